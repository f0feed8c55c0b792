"""Names and places the researcher knows in advance will come up (a colleague, the street, the village).

They live on the study's replacement list (encrypted, like everything else) as "replace by the
kind's placeholder", so every export of every interview replaces them, whatever the detector
finds. Every term the list replaces is also passed to Whisper as a hotword (after the study's
glossary), so it is spelled the same way in every transcript from the start.

    add_known(study, "Jan de Vries")            # → [NAAM] in every export
    add_known(study, "Oisterwijk", "plaats")    # → [PLAATS]
    hotwords(study)                              # ["GGD", ..., "Jan de Vries", "Oisterwijk"]
"""
from storage.errors import VeldwerkError
from storage.pseudonymise.deidentify import PLACEHOLDERS, placeholder
from storage.pseudonymise.store import PseudonymStore, term_key

# Whisper takes hotwords as its prompt, which holds at most 223 tokens and keeps the *last* ones:
# stop adding terms at this many characters so the glossary and the first terms are not cut off.
HOTWORD_CHARS = 600


def add_known(study, term: str, kind: str = "naam") -> None:
    """Put a name, place (or other detail) on the study's list: always replaced by its kind's placeholder."""
    if kind not in PLACEHOLDERS:
        raise VeldwerkError(key="pseudonym.unknown_kind", kind=kind, kinds=", ".join(PLACEHOLDERS))
    PseudonymStore(study).set_list_entry(term, "replace", placeholder(kind))


def add_many(study, terms, kind: str = "naam") -> int:
    """Add several known terms at once (all or none); returns how many were added. Blank lines are skipped."""
    cleaned = [" ".join(t.split()) for t in terms if t and t.strip()]
    if not cleaned:
        raise VeldwerkError(key="pseudonym.no_names")
    with study.transaction():
        for term in cleaned:
            add_known(study, term, kind)
    return len(cleaned)


def known(study) -> list[dict]:
    """The known terms on the list: {term, kind}, alphabetical (entries replaced by a placeholder)."""
    kinds = {v: k for k, v in PLACEHOLDERS.items()}
    return [
        {"term": e["term"], "kind": kinds[e["replacement"]]}
        for e in PseudonymStore(study).list_entries()
        if e["action"] == "replace" and e["replacement"] in kinds
    ]


def hotwords(study) -> list[str]:
    """What Whisper is primed with: the study's glossary, then every term the replacement list replaces."""
    words, seen, size = [], set(), 0
    listed = [e["term"] for e in PseudonymStore(study).list_entries() if e["action"] == "replace"]
    for word in list(study.glossary) + listed:
        key = term_key(word)
        if not key or key in seen:
            continue
        if size + len(word) + 2 > HOTWORD_CHARS:
            break
        words.append(word)
        seen.add(key)
        size += len(word) + 2
    return words

"""Free text of themes and actions (names, organisations, notes) as it may leave the study.

These texts are typed by the researcher, not spoken by a participant, and belong to no interview, so
they pass the study's replacement list (every spelling of a listed term, storage/term_variants.py) but
not the interview-bound detector. Participant codes in them are pseudonyms already.
"""
from storage.pseudonymise.store import PseudonymStore
from storage.pseudonymise.term_variants import VariantMatcher


class ListRedactor:
    """Callable text → text with the study's listed terms replaced (or unchanged when not pseudonymising)."""

    def __init__(self, study, enabled: bool = True):
        entries = PseudonymStore(study).list_entries() if enabled else []
        self.enabled = enabled
        self.matcher = VariantMatcher(
            {e["term_key"]: (e["term"], e["replacement"]) for e in entries if e["action"] == "replace"}
        )

    def __call__(self, text: str | None) -> str:
        if not text or not self.enabled:
            return text or ""
        out, at = [], 0
        for start, end, replacement in sorted(self.matcher.find(text)):
            if start < at:
                continue
            out.append(text[at:start] + replacement)
            at = end
        return "".join(out) + text[at:]

"""Who is who, guessed from the first lines of a transcript: the speaker who asks the questions is the
interviewer, the other one the participant. A suggestion the researcher accepts or ignores; nothing
here changes a transcript.

    suggest_names(segments, "R01")  ->  {"S1": "Interviewer", "S2": "R01"}   (or {} when unsure)
"""
from desktop.editor.speaker_dialogs import INTERVIEWER
from storage.segments import StoredSegment

FIRST_LINES = 30      # look at the opening of the interview, where the roles are clearest
QUESTION_WORDS = ("wat", "wie", "waar", "wanneer", "waarom", "hoe", "welke", "welk", "kun", "kunt", "kan", "wil", "zou",
                  "heb", "hebt", "heeft", "ben", "bent", "is", "was", "vind", "denk", "doe", "doet",
                  "what", "who", "where", "when", "why", "how", "which", "can", "could", "would", "do", "does", "did",
                  "have", "has", "are", "is", "was")


def is_question(text: str) -> bool:
    """A question mark, or (ASR often drops it) a sentence that opens with a question word."""
    text = text.strip()
    if not text:
        return False
    if "?" in text:
        return True
    first = text.split()[0].strip(",.!:;").lower()
    return first in QUESTION_WORDS


def suggest_names(segments: list[StoredSegment], participant: str | None) -> dict[str, str]:
    """{label: name} for a two-speaker transcript whose opening shows who asks the questions; {} otherwise."""
    asked: dict[str, int] = {}
    lines: dict[str, int] = {}
    for seg in segments[:FIRST_LINES]:
        label = seg.speaker or ""
        if not label:
            continue
        lines[label] = lines.get(label, 0) + 1
        asked[label] = asked.get(label, 0) + is_question(seg.text or "")
    if len(lines) != 2 or not participant:
        return {}
    share = {label: asked[label] / lines[label] for label in lines}
    first, second = sorted(share, key=share.get, reverse=True)
    if asked[first] == 0 or share[first] <= share[second]:
        return {}                       # nobody clearly asks: no suggestion
    return {first: INTERVIEWER, second: participant}

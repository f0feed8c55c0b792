"""Test studies for the exports: built through the core API, with planted identifying details.

deduce's lookup tables are cached once for every test session in `.test-data/cache` (git-ignored),
through `VELDWERK_CACHE_DIR`; the first session builds them (about 90 s).
"""
import os
from pathlib import Path

import pytest

CACHE = Path(__file__).resolve().parents[3] / ".test-data" / "cache"
os.environ.setdefault("VELDWERK_CACHE_DIR", str(CACHE))

PASSPHRASE = "correct horse battery staple"

# What must never leave the study in a pseudonymised export.
PLANTED = ["Jan de Vries", "Vries", "Oisterwijk", "06-12345678", "12345678", "jan.devries@example.nl", "devries"]
# As speech recognition writes them (ASR_LINES): lower case, with particles, split, misspelled,
# numbers spoken as words, a phone number in pairs.
PLANTED_ASR = ["marieke", "de boer", "breda", "piet van der berg", "van der berg", "vlaar", "kerk straat",
               "oisterwjik", "fries", "twaalf vierendertig", "zesenvijftig", "achtenzeventig", "12-34-56-78", "56-78"]

R01_LINES = [
    ("S1", "Hoe kijk je naar de politie in de stad?"),
    ("S2", "Eerlijk gezegd vind ik de politie vaak wantrouwig, ze zien ons als een probleem."),
    ("S2", "Mijn vriend Jan de Vries uit Oisterwijk belde me op 06-12345678 om me te waarschuwen."),
    ("S2", "Je kunt hem mailen via jan.devries@example.nl als je dat wilt."),
    ("S2", "Ik ben trots dat we nu samen met de zorg een eigen spreekuur hebben."),
    ("S2", "Een vast aanspreekpunt bij de gemeente zou echt helpen."),
]
# R01 goes on as speech recognition writes (see `add_asr_lines`); PLANTED_ASR must not leave the study.
ASR_LINES = [
    ("S2", "Later belde marieke de boer uit breda nog, en mijn collega piet van der berg ook."),
    ("S2", "Hij woont in vlaar dingen aan de kerk straat, bij oisterwjik in de buurt."),
    ("S2", "Bel hem op nul zes twaalf vierendertig zesenvijftig achtenzeventig of 06-12-34-56-78."),
    ("S2", "Toen zei jan de fries dat het mis was."),
]
R02_LINES = [
    ("S1", "Hoe ziet u het contact met sekswerkers?"),
    ("S2", "Wij proberen sekswerkers serieus te nemen, maar het contact blijft lastig."),
    ("S2", "Een vaste wijkagent voor de branche zou volgens mij helpen."),
]
R03_LINES = [
    ("S1", "Wat vindt u van de exploitanten?"),
    ("S2", "Ik vind dat exploitanten veel te weinig doen voor de vrouwen."),
]


def segments(lines, start: float = 0.0, seconds: float = 6.0) -> list[dict]:
    """Segments with evenly spread word timings, as the transcription engine emits them."""
    result = []
    for n, (speaker, text) in enumerate(lines):
        t0, t1 = start + n * seconds, start + (n + 1) * seconds
        words = text.split()
        step = (t1 - t0) / len(words)
        result.append({
            "start": t0, "end": t1, "text": " " + text, "speaker": speaker, "confidence": 0.9,
            "words": [[t0 + i * step, t0 + (i + 1) * step, " " + w, 0.9] for i, w in enumerate(words)],
        })
    return result


def add_interview(study, code, role, lines, *, quotes: bool = True, date: str = "2026-03-14") -> int:
    study.participants.add(code, role)
    study.consent.record(code, {1: True, 2: True, 3: quotes, 4: True, 5: False}, method="written", researcher="AB")
    iid = study.interviews.create(code, date=date, interviewer="AB")
    tid = study.transcripts.begin(iid, model="whisper-base", language="nl")
    study.transcripts.append_segments(tid, segments(lines), len(lines) * 6.0)
    study.transcripts.complete(tid)
    study.transcripts.set_speaker_names(tid, {"S1": "Interviewer", "S2": code})
    return iid


def build(path, passphrase=PASSPHRASE):
    """A study with three coded interviews: R01 (sekswerker, planted details), R02 (politie), R03 (klant, no quotes)."""
    from storage import Study

    study = Study.create(path, name="Stigma sekswerk Tilburg", passphrase=passphrase)
    r01 = add_interview(study, "R01", "sekswerker", R01_LINES)
    r02 = add_interview(study, "R02", "politie", R02_LINES, date="2026-03-20")
    r03 = add_interview(study, "R03", "klant", R03_LINES, quotes=False, date="2026-03-21")
    add = study.codings.add_by_time
    add(r01, 6, 12, "beeldvorming", about_role="politie", memo="Wantrouwen; noemt later Jan de Vries uit Oisterwijk.")
    add(r01, 12, 24, "beeldvorming", about_role="sekswerker", memo="Netwerk onderling (bel 06-12345678)")
    add(r01, 24, 30, "trots")
    add(r01, 30, 36, "oplossingen", memo="Vast aanspreekpunt")
    add(r02, 6, 12, "beeldvorming", about_role="sekswerker", memo="Serieus nemen")
    add(r02, 12, 18, "oplossingen")
    add(r03, 6, 12, "beeldvorming", about_role="exploitant")
    return study, {"R01": r01, "R02": r02, "R03": r03}


def add_asr_lines(study, interview_id: int) -> None:
    """Append ASR_LINES to the interview's transcript (after its last segment), coded so that every format quotes them."""
    tid = study.transcripts.for_interview(interview_id).id
    start = max(s.end for s in study.transcripts.segments(tid))
    end = start + len(ASR_LINES) * 6.0
    study.transcripts.append_segments(tid, segments(ASR_LINES, start=start), end)
    study.codings.add_by_time(interview_id, start, end, "oplossingen", memo="belde piet van der berg op 06-12-34-56-78")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A private Veldwerk data directory for the test (deduce's cache stays shared)."""
    path = tmp_path / "data"
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(path))
    monkeypatch.setenv("VELDWERK_CACHE_DIR", str(CACHE))
    return path


@pytest.fixture
def coded_study(tmp_path, data_dir):
    """The three-interview study (encrypted); yields (study, {code: interview id})."""
    study, ids = build(tmp_path / "tilburg.veldwerk")
    yield study, ids
    study.close()


@pytest.fixture
def out_dir(tmp_path):
    path = tmp_path / "out"
    path.mkdir()
    return path

"""Plain transcript formats of one interview: txt, srt, vtt, json (with redacted words)."""
import json
import re

import pytest

from storage.errors import VeldwerkError
from storage.exports import export

SRT_TIME = r"\d\d:\d\d:\d\d,\d\d\d --> \d\d:\d\d:\d\d,\d\d\d"
VTT_TIME = r"\d\d:\d\d:\d\d\.\d\d\d --> \d\d:\d\d:\d\d\.\d\d\d"


def test_txt(coded_study, out_dir):
    study, ids = coded_study
    text = export(study, "txt", out_dir / "t.txt", interview_id=ids["R01"]).read_text(encoding="utf-8")
    # one paragraph a segment: a blank line between segments (Calibre, as Taguette uses it, joins single lines)
    paragraphs = text.split("\n\n")
    assert paragraphs.pop(0).startswith("Controle pseudonimisering interview")  # see test_review_notice.py
    assert paragraphs[0] == "Interviewer: Hoe kijk je naar de politie in de stad?"
    assert paragraphs[2] == "R01: Mijn vriend [NAAM] uit [PLAATS] belde me op [TELEFOONNUMMER] om me te waarschuwen."
    assert len(paragraphs) == 6 and text.endswith("\n") and "\n\n\n" not in text
    assert all("\n" not in p.strip() for p in paragraphs)


def test_srt_is_valid(coded_study, out_dir):
    study, ids = coded_study
    text = export(study, "srt", out_dir / "t.srt", interview_id=ids["R01"]).read_text(encoding="utf-8")
    blocks = text.strip().split("\n\n")
    assert "Controle pseudonimisering" in blocks[0]  # the review notice opens the file (test_review_notice.py)
    assert len(blocks) == 7
    previous = -1.0
    for number, block in enumerate(blocks[1:], start=2):
        index, times, cue = block.split("\n")
        assert index == str(number) and re.fullmatch(SRT_TIME, times) and cue
        h, m, s = times[:8].split(":")
        start = int(h) * 3600 + int(m) * 60 + int(s)
        assert start > previous
        previous = start
    assert blocks[4].endswith("R01: Je kunt hem mailen via [E-MAIL] als je dat wilt.")


def test_vtt_is_valid(coded_study, out_dir):
    study, ids = coded_study
    text = export(study, "vtt", out_dir / "t.vtt", interview_id=ids["R02"]).read_text(encoding="utf-8")
    assert text.startswith("WEBVTT\n\nNOTE Controle pseudonimisering")
    cues = text.strip().split("\n\n")[2:]
    assert len(cues) == 3 and all(re.fullmatch(VTT_TIME, c.split("\n")[0]) for c in cues)
    assert cues[2].split("\n")[1] == "R02: Een vaste wijkagent voor de branche zou volgens mij helpen."


def test_json_words_are_redacted_in_context(coded_study, out_dir):
    study, ids = coded_study
    data = json.loads(export(study, "json", out_dir / "t.json", interview_id=ids["R01"]).read_text(encoding="utf-8"))
    assert data["participant"] == "R01" and data["pseudonymised"] is True and data["model"] == "whisper-base"
    segment = data["segments"][2]
    assert segment["speaker"] == "R01" and segment["start"] == 12.0 and segment["end"] == 18.0
    words = [w[2].strip() for w in segment["words"]]
    assert words[:6] == ["Mijn", "vriend", "[NAAM]", "uit", "[PLAATS]", "belde"]  # "de", "Vries" went with the name
    assert "[TELEFOONNUMMER]" in words
    assert all(len(w) == 4 for w in segment["words"])


def test_json_drops_words_of_an_edited_segment(coded_study, out_dir):
    study, ids = coded_study
    segment = study.transcripts.segments(study.transcripts.for_interview(ids["R01"]).id)[2]
    study.transcripts.edit_segment(segment.id, "Mijn vriend belde me om me te waarschuwen.")
    data = json.loads(export(study, "json", out_dir / "t.json", interview_id=ids["R01"]).read_text(encoding="utf-8"))
    assert data["segments"][2]["text"] == "Mijn vriend belde me om me te waarschuwen."
    assert data["segments"][2]["words"] == []  # the recognised words still held the name


def test_participant_without_consent_to_quote(coded_study, out_dir):
    study, ids = coded_study
    text = export(study, "txt", out_dir / "t.txt", interview_id=ids["R03"]).read_text(encoding="utf-8")
    assert text == ("Transcript weggelaten: R03 gaf geen toestemming voor citeren (toestemmingsitem 3); "
                    "2 segmenten niet opgenomen.\n")
    data = json.loads(export(study, "json", out_dir / "t.json", interview_id=ids["R03"]).read_text(encoding="utf-8"))
    assert data["segments"] == [] and "toestemmingsitem 3" in data["omitted"]
    assert study.audit.entries("export")[-1]["detail"]["omitted_quotes"] == 2


def test_needs_one_interview_and_writes_nothing_otherwise(coded_study, out_dir):
    study, _ = coded_study
    with pytest.raises(VeldwerkError, match="--interview"):
        export(study, "srt", out_dir / "t.srt")
    with pytest.raises(VeldwerkError, match="No interview 99"):
        export(study, "txt", out_dir / "t.txt", interview_id=99)
    with pytest.raises(VeldwerkError, match="does not exist"):
        export(study, "txt", out_dir / "missing" / "t.txt", interview_id=1)
    assert list(out_dir.iterdir()) == []
    assert study.audit.entries("export") == []

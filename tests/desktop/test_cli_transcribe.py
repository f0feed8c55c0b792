"""`veldwerk transcribe` and `veldwerk models` with the real embedded model."""
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from storage import Study
from tests.conftest import PASSPHRASE
from tests.storage.helpers import consent_all
from tests.transcribe.voices import two_voice_audio, write_wav

ROOT = Path(__file__).resolve().parents[2]
DUTCH_WAV = ROOT / "tests" / "fixtures" / "dutch_espeak.wav"
pytestmark = pytest.mark.slow


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def test_transcribe_a_file_to_each_format(tmp_path, capsys):
    out = tmp_path / "t.srt"
    assert main(["transcribe", str(DUTCH_WAV), "--out", str(out)]) == 0
    srt = out.read_text()
    assert re.match(r"1\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\n", srt)
    assert {"goedemiddag", "ggd"} <= words(srt)
    assert main(["transcribe", str(DUTCH_WAV), "--format", "vtt"]) == 0
    vtt = capsys.readouterr().out
    assert vtt.startswith("WEBVTT") and re.search(r"\d\d:\d\d:\d\d\.\d{3} --> ", vtt)
    assert main(["transcribe", str(DUTCH_WAV), "--format", "json", "--fast"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["segments"] and doc["segments"][0]["words"]
    assert "gezondheid" in words(" ".join(s["text"] for s in doc["segments"]))


def test_bad_audio_exits_2_and_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "kapot.wav"
    bad.write_bytes(DUTCH_WAV.read_bytes()[:40])
    out = tmp_path / "out.txt"
    assert main(["transcribe", str(bad), "--out", str(out)]) == 2
    assert not out.exists()
    assert main(["transcribe", str(DUTCH_WAV), "--model", "large-v9"]) == 2
    assert "models add" in capsys.readouterr().err


def test_models_list_add_remove(tmp_path, capsys):
    assert main(["models", "list"]) == 0
    listing = capsys.readouterr().out
    assert re.search(r"^base\t\d+\tmultilingual\t\*\t", listing, re.M)
    not_a_model = tmp_path / "hf-model"
    not_a_model.mkdir()
    (not_a_model / "pytorch_model.bin").write_bytes(b"x")
    assert main(["models", "add", str(not_a_model)]) == 2
    assert "not a CTranslate2 model" in capsys.readouterr().err
    assert main(["models", "remove", "base"]) == 2


def _study_with_interview(tmp_path, consent=True):
    path = tmp_path / "t.veldwerk"
    with Study.create(path, name="T", passphrase=PASSPHRASE) as study:
        study.participants.add("R01", "ggd")
        consent_all(study, "R01", declined=() if consent else (2,))
        from transcribe.importing import import_audio

        iid = import_audio(study, "R01", DUTCH_WAV)
    return path, iid


def test_transcribe_an_interview_in_a_study(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    path, iid = _study_with_interview(tmp_path)
    assert main(["transcribe", str(path), "--interview", str(iid)]) == 0
    with Study.open(path, PASSPHRASE) as study:
        transcript = study.transcripts.for_interview(iid)
        assert transcript.state == "complete" and transcript.model
        assert {"goedemiddag", "ggd"} <= words(study.transcripts.text(transcript.id))
    assert main(["search", str(path), "ggd"]) == 0
    assert "[GGD]" in capsys.readouterr().out


def test_transcription_refused_without_consent_to_item_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    path, iid = _study_with_interview(tmp_path, consent=False)
    assert main(["transcribe", str(path), "--interview", str(iid)]) == 2
    assert "item 2" in capsys.readouterr().err
    with Study.open(path, PASSPHRASE) as study:
        assert study.transcripts.for_interview(iid) is None


def test_ctrl_c_keeps_progress_and_a_rerun_resumes(tmp_path):
    """SIGINT mid-run stops cleanly with resumable state; the rerun completes the same transcript."""
    path, iid = _study_with_interview(tmp_path)
    env = dict(os.environ, VELDWERK_PASSPHRASE=PASSPHRASE)
    cmd = [sys.executable, "-m", "desktop", "transcribe", str(path), "--interview", str(iid)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    seen = ""
    while "elapsed" not in seen:  # the bar has started: the model is loaded
        char = proc.stderr.read(1)
        if not char:
            break  # the command ended (checked below)
        seen += char
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130), err  # 0 when the short clip finished before the signal landed
    with Study.open(path, PASSPHRASE) as study:
        state = study.transcripts.for_interview(iid).state
    if proc.returncode == 130:
        assert state == "partial" and "resume" in err
    else:  # the short clip finished before the signal landed: a rerun would rightly be refused
        assert state == "complete"
        return
    rerun = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert rerun.returncode == 0, rerun.stderr
    with Study.open(path, PASSPHRASE) as study:
        transcript = study.transcripts.for_interview(iid)
        assert transcript.state == "complete"
        assert "ggd" in words(study.transcripts.text(transcript.id))


def test_speakers_are_labelled_after_transcribing_an_interview(tmp_path, monkeypatch, capsys):
    """--speakers 2 on a real two-voice conversation: the interviewer's and the participant's
    lines get different labels, proposed as "Interviewer" and the participant's code."""
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    audio, _ = two_voice_audio(tmp_path)
    wav = tmp_path / "gesprek.wav"
    write_wav(wav, audio)
    path = tmp_path / "t.veldwerk"
    with Study.create(path, name="T", passphrase=PASSPHRASE) as study:
        study.participants.add("R01", "ggd")
        consent_all(study, "R01")
        from transcribe.importing import import_audio

        iid = import_audio(study, "R01", wav)
    assert main(["transcribe", str(path), "--interview", str(iid), "--speakers", "twee"]) == 2
    assert "--speakers" in capsys.readouterr().err
    assert main(["transcribe", str(wav), "--speakers", "2"]) == 2
    with Study.open(path, PASSPHRASE) as study:
        assert study.transcripts.for_interview(iid) is None  # refused before anything ran
    assert main(["transcribe", str(path), "--interview", str(iid), "--speakers", "2"]) == 0
    assert "Interviewer" in capsys.readouterr().err
    with Study.open(path, PASSPHRASE) as study:
        transcript = study.transcripts.for_interview(iid)
        segments = study.transcripts.segments(transcript.id)
    assert sorted(transcript.speakers.values()) == ["Interviewer", "R01"]
    assert all(s.speaker in transcript.speakers for s in segments)

    def speaker_of(word):
        return {transcript.speakers[s.speaker] for s in segments if word in words(s.text)}

    # the participant (voice b) speaks longer, so is proposed as R01
    assert speaker_of("goedemiddag") == speaker_of("toekomst") == speaker_of("eerlijk") == {"Interviewer"}
    assert speaker_of("graag") == speaker_of("centrum") == speaker_of("minder") == {"R01"}

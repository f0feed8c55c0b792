"""Speaker tools in the editor on the real core: name once for all segments, merge, reassign a run,
proposed names, undo; and detecting speakers from the recording in the background."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.desktop.editor_fixtures import bare_demo, demo, open_workspace, select  # noqa: F401
from tests.transcribe.voices import LINES, two_voice_audio


def speakers(study, ws) -> list[str]:
    return [s.speaker for s in study.transcripts.segments(ws.transcript_id)]


def test_rename_once_names_every_segment_and_undoes(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    s1_blocks = [i for i, s in enumerate(ws.segments.segments) if s.speaker == "S1"]
    assert len(s1_blocks) >= 3
    before = dict(ws.speaker_names)
    ws.speakers.rename({"S1": "Interviewer", "S2": "R01"})
    assert study.transcripts.get(ws.transcript_id).speakers == {"S1": "Interviewer", "S2": "R01"}
    assert {ws._labels(b)[1] for b in s1_blocks} == {"Interviewer"}
    ws.undo()
    assert study.transcripts.get(ws.transcript_id).speakers == before
    assert ws.speaker_names == before
    ws.redo()
    assert ws._labels(s1_blocks[-1])[1] == "Interviewer"


def test_merge_two_speakers_in_one_step(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    ws.speakers.rename({"S1": "Interviewer", "S2": "R01", "S3": "Tolk"})
    ws.set_speaker([4, 5], "S3")
    original = speakers(study, ws)
    ws.speakers.merge("S3", "S2")
    after = speakers(study, ws)
    assert "S3" not in after and after[4] == after[5] == "S2"
    assert [a for a, b in zip(after, original) if b != "S3"] == [b for b in original if b != "S3"]
    assert "S3" not in study.transcripts.get(ws.transcript_id).speakers
    assert ws.speakers.labels() == ["S1", "S2"]
    ws.undo()   # one step brings the merged speaker back, name and segments
    assert speakers(study, ws) == original
    assert study.transcripts.get(ws.transcript_id).speakers["S3"] == "Tolk"


def test_reassign_a_selected_run_is_one_undo_step_and_alt_digit_does_it(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    original = speakers(study, ws)
    select(ws, 1, ws.segments.segments[1].text[:5], 4, ws.segments.segments[4].text[-4:])
    ws.activateWindow()
    qtbot.waitActive(ws)
    ws.view.setFocus()
    qtbot.keyClick(ws.view, Qt.Key_1, Qt.AltModifier)   # the first speaker (S1) for blocks 1..4
    qtbot.waitUntil(lambda: speakers(study, ws)[1:5] == ["S1"] * 4, timeout=5000)
    assert speakers(study, ws)[0] == original[0] and speakers(study, ws)[5:] == original[5:]
    assert ws.undo_stack.count() == 1
    ws.undo()
    assert speakers(study, ws) == original


def test_the_speaker_menu_offers_the_tools_with_their_keys(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    menu = ws.menus.text_menu_for(0, 0)
    speaker = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Speaker")
    keys = {a.text(): a.shortcut().toString() for a in speaker.actions() if a.text()}
    assert keys["Name speakers…"] == "Alt+N" and keys["Merge speakers…"] == "Alt+M"
    assert keys["Detect speakers…"] == "Alt+R"
    first, second = speaker.actions()[:2]
    assert "S1" in first.text() and first.shortcut().toString() == "Alt+1"
    assert "S2" in second.text() and second.shortcut().toString() == "Alt+2"


def test_interviewer_and_participant_code_are_proposed(qtbot, study, bare_demo):
    from desktop.editor.speaker_dialogs import SpeakerNamesDialog

    ws = open_workspace(qtbot, study, bare_demo["R01"])
    proposals = ws.speakers.proposals()
    assert proposals[:2] == ["Interviewer", "R01"]
    dialog = SpeakerNamesDialog({"S1": "S1", "S2": "S2"}, proposals, ws)
    qtbot.addWidget(dialog)
    combo = dialog.edits["S2"]
    assert [combo.itemText(i) for i in range(combo.count())][:3] == ["S2", "Interviewer", "R01"]
    combo.setCurrentIndex(2)
    dialog.edits["S1"].setCurrentIndex(1)
    assert dialog.names() == {"S1": "Interviewer", "S2": "R01"}


@pytest.fixture
def two_voice_interview(study, tmp_path):
    """An interview whose recording is the espeak two-voice conversation, with one segment per line
    (the reference spans; the labels are all one speaker, as if assigned wrongly by hand)."""
    from tests.storage.helpers import consent_all

    audio, ref = two_voice_audio(tmp_path)
    study.participants.add("R07", "ggd")
    consent_all(study, "R07")
    iid = study.interviews.create("R07", date="2026-11-01")
    pid = study.participants.get("R07")["id"]
    study.recordings.add_pcm(interview_id=iid, participant_id=pid, pcm=(audio * 32767).astype(np.int16), sample_rate=16000)
    tid = study.transcripts.begin(iid, model="base", language="nl")
    study.transcripts.append_segments(
        tid, [{"start": s, "end": e, "text": text, "speaker": "S1", "words": [], "confidence": 0.9}
              for (s, e, _), (_, text) in zip(ref, LINES)], progress_end=ref[-1][1])
    study.transcripts.complete(tid)
    return iid, [voice for _, _, voice in ref]


def test_detect_speakers_in_the_background_then_undo(qtbot, study, two_voice_interview):
    iid, voices = two_voice_interview
    ws = open_workspace(qtbot, study, iid)
    asked = []
    ws.speakers.ask_count = lambda has_labels: (asked.append(has_labels), (True, 2))[1]
    worker = ws.speakers.detect()
    assert asked == [True] and worker is not None
    assert ws.speakers.detect() is None        # one detection at a time
    qtbot.waitUntil(lambda: ws.speakers.worker is None, timeout=120000)
    labels = speakers(study, ws)
    # the two voices get two labels, line for line (random labels would fail)
    assert len(set(labels)) == 2
    assert all((a == b) == (voices[i] == voices[j]) for i, a in enumerate(labels) for j, b in enumerate(labels))
    names = study.transcripts.get(ws.transcript_id).speakers
    assert sorted(names.values()) == ["Interviewer", "R07"]
    assert ws._labels(0)[1] in ("Interviewer", "R07")
    ws.undo()   # the hand-made labels come back
    assert speakers(study, ws) == ["S1"] * len(voices)
    assert study.transcripts.get(ws.transcript_id).speakers == {}


def test_cancelled_detection_changes_nothing_and_errors_are_shown(qtbot, study, two_voice_interview):
    iid, voices = two_voice_interview
    ws = open_workspace(qtbot, study, iid)
    ws.speakers.ask_count = lambda has_labels: (True, None)
    ws.speakers.detect()
    ws.speakers.cancel()
    with qtbot.waitSignal(ws.statusMessage, timeout=120000) as signal:
        pass
    assert "cancelled" in signal.args[0]
    qtbot.waitUntil(lambda: ws.speakers.worker is None, timeout=120000)
    assert speakers(study, ws) == ["S1"] * len(voices) and ws.undo_stack.count() == 0

    from desktop.editor.speaker_tools import error_text
    from transcribe.diarize import DiarizationError
    from transcribe.speaker_job import TOO_LITTLE_SPEECH

    assert error_text(DiarizationError(TOO_LITTLE_SPEECH)).startswith("There is too little speech")


def test_the_speaker_tools_speak_dutch(qtbot, study, bare_demo, qapp):
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from desktop.editor.speaker_dialogs import DetectSpeakersDialog, MergeSpeakersDialog

    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parents[2] / "resources" / "translations" / "editor_nl.qm"))
    qapp.installTranslator(translator)
    try:
        ws = open_workspace(qtbot, study, bare_demo["R01"])
        menu = ws.menus.text_menu_for(0, 0)
        speaker = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Spreker")
        texts = [a.text() for a in speaker.actions()]
        assert {"Sprekers een naam geven…", "Sprekers samenvoegen…", "Sprekers herkennen…"} <= set(texts)
        detect = DetectSpeakersDialog(True, parent=ws)
        merge = MergeSpeakersDialog([("S1", "Interviewer"), ("S2", "R01")], ws)
        assert detect.windowTitle() == "Sprekers herkennen" and merge.windowTitle() == "Sprekers samenvoegen"
        from PySide6.QtWidgets import QLabel

        assert any("Ongedaan maken (Ctrl+Z)" in label.text() for label in detect.findChildren(QLabel))
        from desktop.editor.speaker_tools import error_text
        from transcribe.diarize import DiarizationError
        from transcribe.speaker_job import TOO_LITTLE_SPEECH

        assert error_text(DiarizationError(TOO_LITTLE_SPEECH)) == "Er is te weinig spraak in de opname om sprekers te onderscheiden."
    finally:
        qapp.removeTranslator(translator)


def test_a_new_speaker_is_added_and_assigned_in_one_undo_step(qtbot, study, bare_demo, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    ws = open_workspace(qtbot, study, bare_demo["R01"])
    original, names = speakers(study, ws), dict(ws.speaker_names)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("S3", True)))
    ws.menus.new_speaker([2, 3])
    assert speakers(study, ws)[2:4] == ["S3", "S3"] and "S3" in ws.speaker_names
    assert ws.undo_stack.count() == 1
    ws.undo()
    assert speakers(study, ws) == original and ws.speaker_names == names

"""Starting a transcription with who spoke when (off / N / estimate, by default the expected count),
a model per job, and the speakers pre-filled in the app on the two-voice fixture."""
import pytest
from PySide6.QtWidgets import QDialog

from desktop.main_window import MainWindow
from desktop.queue.options import (
    SpeakersChoice,
    TranscribeOptionsDialog,
    device_preference,
    set_speakers_preference,
    speakers_preference,
)
from tests.transcribe.voices import LINES, two_voice_audio, write_wav


def test_speaker_preference_defaults_to_interviewer_plus_participant(app, settings):
    assert speakers_preference() == 2
    for value in (None, "auto", 3):
        set_speakers_preference(value)
        assert speakers_preference() == value
    from PySide6.QtCore import QSettings

    QSettings().setValue("transcription/speakers", "twee")
    assert speakers_preference() == 2
    QSettings().setValue("transcription/device", "gpu")
    assert device_preference() == "auto"


def test_the_options_dialog_offers_models_with_their_speed_and_speakers(app, qtbot, study, settings):
    dialog = TranscribeOptionsDialog(study, "R01 2026-11-01 (#1)")
    qtbot.addWidget(dialog)
    assert dialog.options() == {"model": "base", "fast": False, "speakers": 2}
    assert "base" in dialog.model.itemText(0) and "(" in dialog.model.itemText(0)
    dialog.speakers.estimate.setChecked(True)
    assert dialog.options()["speakers"] == "auto"
    dialog.speakers.off.setChecked(True)
    assert dialog.options()["speakers"] is None
    choice = SpeakersChoice(None)
    qtbot.addWidget(choice)
    assert choice.value() is None and not choice.count.isEnabled()


@pytest.mark.slow
def test_speakers_are_prefilled_when_transcribing_from_the_app(app, qtbot, consenting, settings, tmp_path, monkeypatch):
    from transcribe.importing import import_audio

    audio, ref = two_voice_audio(tmp_path)
    wav = tmp_path / "gesprek.wav"
    write_wav(wav, audio)
    interview_id = import_audio(consenting, "R01", wav)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(consenting)
    window.tree.select("interview", interview_id, emit=False)

    def estimate_speakers(study, label, parent):
        dialog = TranscribeOptionsDialog(study, label, parent)
        dialog.speakers.estimate.setChecked(True)   # "estimate", with two expected
        dialog.exec = lambda: QDialog.Accepted
        return dialog

    monkeypatch.setattr(window.work, "options_dialog", estimate_speakers)
    with qtbot.waitSignal(window.queue.finished, timeout=240000):
        window.actions["transcribe_options"].trigger()   # Ctrl+Shift+T
    job = window.queue.jobs[-1]
    assert job.speakers == "auto" and "Interviewer" in job.message
    transcript = consenting.transcripts.for_interview(interview_id)
    segments = consenting.transcripts.segments(transcript.id)
    assert sorted(transcript.speakers.values()) == ["Interviewer", "R01"]
    # each segment takes the voice of the reference line it lies in; one label per voice (random fails)
    def voice(seg):
        mid = (seg.start + seg.end) / 2
        return min(ref, key=lambda r: 0 if r[0] <= mid <= r[1] else min(abs(mid - r[0]), abs(mid - r[1])))[2]

    pairs = {(voice(s), s.speaker) for s in segments}
    assert len(pairs) == 2 and len({v for v, _ in pairs}) == 2, pairs
    qtbot.waitUntil(lambda: window.queue.worker is None, timeout=30000)
    window.close()
    assert len(LINES) == 8


def test_settings_show_the_device_measure_speed_and_keep_the_speaker_default(app, qtbot, study, settings):
    from desktop.queue.jobs import preferences
    from desktop.settings_dialog import SettingsDialog
    from transcribe.device import cuda_device_count

    dialog = SettingsDialog(study)
    qtbot.addWidget(dialog)
    if not cuda_device_count():
        assert dialog.device.text() == "CPU (int8) — no NVIDIA GPU seen by CTranslate2"
    from transcribe.speed import speed_path

    speed_path().unlink(missing_ok=True)
    dialog.reload_models()
    assert "speed not measured" in dialog.model.itemText(0)
    dialog.measure_speed()
    assert not dialog.measure.isEnabled()
    qtbot.waitUntil(lambda: dialog.speed_worker is None, timeout=120000)
    assert "one hour of audio ≈" in dialog.model.itemText(dialog.model.findData("base"))
    dialog.speakers.off.setChecked(True)
    dialog.device_pick.setCurrentIndex(dialog.device_pick.findData("cpu"))
    assert dialog.device.text() == "CPU (int8)"   # CPU chosen: no "no GPU" note
    dialog.save()
    assert preferences()["speakers"] is None and preferences()["device"] == "cpu"


def test_a_speaker_step_that_fails_keeps_the_transcript_and_says_why(app, qtbot, consenting, settings):
    """Near silence: the transcription finishes without segments and the speaker step says, in the UI
    language, that there is nothing to label; the job is done, not failed."""
    import numpy as np

    from desktop.queue.jobs import TranscriptionQueue

    pid = consenting.participants.get("R01")["id"]
    iid = consenting.interviews.create("R01", date="2026-11-02")
    rng = np.random.default_rng(3)
    consenting.recordings.add_pcm(interview_id=iid, participant_id=pid, sample_rate=16000,
                                  pcm=(rng.normal(0, 20, 16000 * 6)).astype(np.int16))
    queue = TranscriptionQueue(consenting)
    with qtbot.waitSignal(queue.finished, timeout=120000):
        job = queue.add(iid, "R01 stilte", speakers=2)
    qtbot.waitUntil(lambda: queue.worker is None, timeout=30000)
    assert job.state == "done"
    assert job.message == "The transcript has no text yet, so there are no speakers to label."
    assert consenting.transcripts.for_interview(iid).state == "complete"

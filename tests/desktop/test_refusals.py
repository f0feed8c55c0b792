"""Refusals in the desktop app: before asking for anything, always with the reason, in the UI's language.

The core's refusals (storage/messages.py) reach the Dutch UI in Dutch: a message box, a status line.
"""
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.main_window import MainWindow
from desktop.main_window_work import InterviewWork
from storage.errors import ConsentRequired


class Boxes:
    """Answers the real message boxes the app opens (OK), keeping their title and text."""

    def __init__(self, qtbot):
        self.seen: list[tuple[str, str]] = []
        self.qtbot = qtbot

    def expect(self) -> None:
        from PySide6.QtCore import QTimer

        def close():
            box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
            if box is None:
                QTimer.singleShot(20, close)
                return
            self.seen.append((box.windowTitle(), box.text()))
            box.done(QMessageBox.Ok)

        QTimer.singleShot(0, close)


@pytest.fixture
def dutch(app):
    from desktop import i18n

    i18n.install(app, "nl")
    yield
    i18n.install(app, "en")


@pytest.fixture
def window(app, qtbot, study, settings):
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_study(study)
    study.participants.add("R02", "sekswerker")
    w.refresh()
    w.tree.select("participant", "R02")
    yield w
    w.close()


def test_ctrl_r_without_consent_says_why_in_dutch(dutch, window, qtbot):
    boxes = Boxes(qtbot)
    boxes.expect()
    window.actions["record"].trigger()
    assert boxes.seen, "Ctrl+R without consent refused silently"
    title, text = boxes.seen[0]
    assert text.startswith("R02 heeft geen toestemming gegeven voor geluidsopname (punt 1)")
    assert "not consented" not in text
    assert window.statusBar().currentMessage() == text
    assert window.stack.currentWidget() is not window.recording


def test_ctrl_r_without_a_participant_says_why(dutch, window, qtbot):
    window.tree.clearSelection()
    window.tree.setCurrentItem(None)
    boxes = Boxes(qtbot)
    boxes.expect()
    window.work.show_recording()
    assert boxes.seen and boxes.seen[0][1] == "Kies eerst een deelnemer."


def test_import_refuses_before_the_file_picker_opens(dutch, window, qtbot, monkeypatch):
    import desktop.importing

    asked = []
    monkeypatch.setattr(desktop.importing, "choose_files", lambda parent: asked.append(parent) or [])
    boxes = Boxes(qtbot)
    boxes.expect()
    window.actions["import"].trigger()
    assert asked == [], "the file picker opened before the refusal"
    assert boxes.seen and "heeft geen toestemming gegeven voor geluidsopname" in boxes.seen[0][1]


def test_transcribing_without_consent_refuses_before_the_options_dialog(dutch, window, qtbot, study, monkeypatch):
    study.consent.record("R02", {1: True, 2: False, 3: False}, method="written", researcher="AB")
    iid = study.interviews.create("R02")
    study.recordings.add_pcm(interview_id=iid, participant_id=study.participants.get("R02")["id"],
                             pcm=b"\x00\x10" * 16000, sample_rate=16000)
    window.refresh()
    opened = []
    monkeypatch.setattr(InterviewWork, "options_dialog", staticmethod(lambda *a: opened.append(a)))
    boxes = Boxes(qtbot)
    boxes.expect()
    assert window.work.transcribe(iid, ask=True) is None
    assert opened == []
    assert boxes.seen and "transcriptie op deze laptop (punt 2)" in boxes.seen[0][1]


def test_a_core_refusal_in_a_dialog_is_dutch(dutch, app, qtbot, study, settings):
    from desktop.participants.dialogs import ParticipantDialog

    study.participants.add("R01", "sekswerker")
    dialog = ParticipantDialog(study)
    qtbot.addWidget(dialog)
    dialog.code.setText("R01")
    dialog._save()
    assert dialog.error.text() == "Deelnemer R01 bestaat al."


def test_refusal_text_follows_the_installed_language(app, study):
    from desktop import i18n

    study.participants.add("R05", "sekswerker")
    with pytest.raises(ConsentRequired) as caught:
        study.consent.require("R05", 3)
    i18n.install(app, "nl")
    try:
        assert i18n.refusal(caught.value).startswith("R05 heeft geen toestemming gegeven voor anonieme citaten")
    finally:
        i18n.install(app, "en")
    assert i18n.refusal(caught.value) == str(caught.value)
    assert i18n.refusal(ValueError("x")) == ("An error in Veldwerk stopped this step; please report it. "
                                             "Technical detail: ValueError: x")   # a bug: a sentence, then the detail


@pytest.mark.parametrize("action", ["edit_participant", "consent", "withdraw", "import", "record"])
def test_participant_actions_without_a_participant_say_why(dutch, app, qtbot, study, settings, action):
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_study(study)
    w.show_study_page()
    assert w.current_participant() is None
    boxes = Boxes(qtbot)
    boxes.expect()
    w.actions[action].trigger()
    assert boxes.seen and boxes.seen[0][1] == "Kies eerst een deelnemer.", f"{action} refused silently"
    w.close()


def test_recording_a_session_without_everyones_consent_says_who_in_dutch(dutch, window, qtbot):
    """A focus group selected in the sidebar: Ctrl+R refuses before the recording screen opens, naming who lacks
    consent in the UI's language (the core's refusal for each person present)."""
    sid = window.study.sessions.create("focus group", ["R02"], date="2026-03-02")
    window.refresh()
    window.tree.select("interview", sid)
    boxes = Boxes(qtbot)
    boxes.expect()
    window.actions["record"].trigger()
    qtbot.waitUntil(lambda: bool(boxes.seen), timeout=10000)
    assert boxes.seen[0][1].startswith("R02 heeft geen toestemming gegeven voor geluidsopname (punt 1)")
    assert window.stack.currentWidget() is not window.recording


def test_a_library_text_never_runs_on_inside_a_dutch_sentence(dutch):
    """A refused file operation, a bug in a job, a failed speaker detection or project import: the Dutch UI says
    what happened in Dutch and sets the exception's own English text apart as a technical detail (they were
    appended as "PermissionError: [Errno 13] ..." or shown alone)."""
    from desktop.editor.speaker_tools import error_text
    from desktop.export.jobs import _message
    from desktop.i18n import refusal, unexpected

    denied = PermissionError(13, "Permission denied", "/media/usb/studie.veldwerk")
    assert refusal(denied) == ("Een bestand of map kon niet worden gebruikt: controleer het pad, de rechten en de "
                               "vrije ruimte. Technische melding: [Errno 13] Permission denied: "
                               "'/media/usb/studie.veldwerk'")
    bug = KeyError("speaker")
    assert unexpected(bug) == ("Een fout in Veldwerk heeft deze stap gestopt; meld die alstublieft. "
                               "Technische melding: KeyError: 'speaker'")
    assert _message(bug) == unexpected(bug)                      # an export or preview job that failed
    assert error_text(bug) == ("Sprekers konden niet worden herkend (een fout in Veldwerk). "
                               "Technische melding: KeyError: 'speaker'")
    assert refusal("al vertaald") == "al vertaald"               # a text is shown as it is

"""Crash recovery is offered on the next open; files dropped on a participant are imported; settings."""
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from desktop.main_window import MainWindow
from storage import Study
from tests.conftest import PASSPHRASE
from tests.desktop.conftest import FIXTURE_WAV


def test_an_interrupted_take_is_recovered_and_offered_on_open(app, qtbot, consenting, study_path, settings, monkeypatch):
    from transcribe.capture.takes import begin_interview_take

    interview_id, writer = begin_interview_take(consenting, "R01")
    writer.write(b"\x10\x00" * 16000 * 3)
    writer.flush()  # 3 s reached the disk
    writer.write(b"\x10\x00" * 8000)  # never flushed: lost, as in a crash
    writer._lock_file.close()  # the process "dies": its lock is gone, the take stays 'recording'
    writer._lock_file = None
    consenting.close()

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(Study.open(study_path, PASSPHRASE))
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    assert "1 " in shown[0] and "0:03" in shown[0]
    rec = window.study.recordings.main_for_interview(interview_id)
    assert rec.recovered is True and rec.duration == 3.0
    window.tree.refresh()
    child = window.tree.topLevelItem(0).child(0)
    assert "Recovered" in child.toolTip(0)
    window.close()


def test_files_dropped_on_a_participant_are_imported(app, qtbot, consenting, settings):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(consenting)
    window.show()
    tree = window.tree
    item = tree.topLevelItem(0)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(FIXTURE_WAV)])
    point = QPointF(tree.visualItemRect(item).center())
    event = QDropEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    dropped = []
    tree.files_dropped.connect(lambda code, paths: dropped.append((code, paths)))
    tree.dropEvent(event)
    assert dropped and dropped[0][0] == "R01"
    qtbot.waitUntil(lambda: not window.work.import_workers, timeout=60000)
    interviews = consenting.interviews.list()
    assert len(interviews) == 1 and interviews[0].participant == "R01"
    assert consenting.recordings.main_for_interview(interviews[0].id).source_name == "dutch_espeak.wav"
    qtbot.waitUntil(lambda: tree.topLevelItem(0).childCount() == 1, timeout=60000)
    window.close()


def test_settings_save_glossary_threads_fast_mode_and_language(app, qtbot, study, settings, monkeypatch, tmp_path):
    from desktop import i18n
    from desktop.queue.jobs import preferences
    from desktop.settings_dialog import SettingsDialog

    dialog = SettingsDialog(study)
    qtbot.addWidget(dialog)
    assert dialog.model.currentData() == "base"
    dialog.glossary.setPlainText("GGD\nklankbordgroep\n\n")
    dialog.threads.setValue(1)
    dialog.fast.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.save()
    assert study.glossary == ["GGD", "klankbordgroep"]
    assert preferences() == {"threads": 1, "fast": True, "speakers": 2, "device": "auto"}
    assert i18n.ui_language() == "nl" and dialog.language_changed
    bad = SettingsDialog(study)
    qtbot.addWidget(bad)
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    bad.add_model()  # an empty folder is no model: the reason is shown, nothing is added
    assert "model.bin" in bad.error.text()
    assert [bad.model.itemData(i) for i in range(bad.model.count())] == ["base"]

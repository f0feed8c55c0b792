"""No English in the Dutch UI: every screen and dialog that can be reached with the demo study, every visible
text (titles, labels, buttons, placeholders, tool tips, list items, tabs, headers, cells, menus), checked by
tests/desktop/ui_texts.py. Also Qt's own dialogs (the file dialog) and a core refusal in a message box."""
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.desktop import ui_texts
from tests.desktop.editor_fixtures import demo  # noqa: F401

# Texts that are the same in Dutch (names, units, format names) — kept short and explicit.
SAME_IN_DUTCH = {"English",   # the language list names each language in itself
                 "OK", "Veldwerk", "GGD", "Model: %1 (%2)", "REFI-QDA", "Word", "Excel", "CSV"}


@pytest.fixture
def dutch(app):
    from desktop import i18n

    i18n.install(app, "nl")
    yield
    i18n.install(app, "en")


def _walk(widget, only_visible=True):
    QApplication.processEvents()
    return ui_texts.texts(widget, only_visible)


def test_every_screen_and_dialog_of_the_dutch_ui_is_dutch(dutch, qtbot, study, settings, demo, tmp_path):
    from desktop.main_window import MainWindow

    found = []
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    found += _walk(window)                                              # welcome
    window.set_study(study)
    found += ui_texts.menu_texts(window)
    window.actions["overview"].trigger()
    found += _walk(window)                                              # study overview
    window.show_participant("R01")
    found += _walk(window)                                              # participant page
    study.participants.add("R09", "politie")
    window.refresh()
    window.show_participant("R09")
    found += _walk(window)                                              # participant without consent
    window.show_interview(demo["R01"])
    qtbot.wait(50)
    found += _walk(window)                                              # the editor
    window.actions["analysis"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "analysis_view", None) is not None, timeout=10000)
    view = window.analysis_view
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        found += _walk(window)                                          # each tab of the Analyse view
    window.work.show_recording("R01")
    found += _walk(window)                                              # the recording screen
    from desktop.actions import open_actions

    actions_view = open_actions(window)
    found += _walk(actions_view)
    actions_view.close()

    from desktop.actions.dialogs import ActionDialog
    from desktop.coding.code_dialog import CodeDialog
    from desktop.consent_wizard import ConsentWizard
    from desktop.editor.dialogs import AboutRoleDialog, MemoDialog
    from desktop.editor.speaker_dialogs import DetectSpeakersDialog, SpeakerNamesDialog
    from desktop.export.dialog import ExportDialog
    from desktop.export.known_names import KnownNamesDialog
    from desktop.participants.dialogs import ParticipantDialog, WithdrawDialog
    from desktop.queue.options import TranscribeOptionsDialog
    from desktop.settings_dialog import SettingsDialog
    from desktop.study_dialogs import NewStudyDialog, OpenStudyDialog

    dialogs = [
        NewStudyDialog(window), OpenStudyDialog(study.path, window), SettingsDialog(study, window),
        ParticipantDialog(study, parent=window), ParticipantDialog(study, study.participants.get("R01"), parent=window),
        WithdrawDialog(study, "R01", window), ExportDialog(study, parent=window), KnownNamesDialog(study, window),
        TranscribeOptionsDialog(study, "R01 2024-05-01 (#1)", window), CodeDialog(parent=window), ActionDialog(study, window),
        AboutRoleDialog(study.roles(), "na de controle's vertrouwen ze de politie niet", "sekswerker", window),
        MemoDialog("", "na de controle's vertrouwen ze de politie niet", window), SpeakerNamesDialog({"S1": "S1", "S2": "S2"}, [], window),
        DetectSpeakersDialog(False, parent=window),
    ]
    wizard = ConsentWizard(study, "R09", window)
    export = dialogs[6]
    for i in range(export.format_box.count()):                          # the file name each format suggests
        export.format_box.setCurrentIndex(i)
        found.append((f"export file name {export.current_format().key}", export.suggested_name().rsplit(".", 1)[0]))
    for dialog in dialogs:
        dialog.show()
        found += _walk(dialog)
        dialog.close()
    wizard.show()
    found += _walk(wizard, only_visible=False)                          # every page of the consent wizard
    wizard.close()
    files = QFileDialog(window, "Importeren", str(tmp_path))
    files.setOption(QFileDialog.DontUseNativeDialog)
    files.show()
    found += _walk(files)                                               # Qt's own dialog: "Zoeken in", "Bestandstype"
    files.close()
    problems = ui_texts.problems(found, SAME_IN_DUTCH)
    assert len(found) > 400
    assert problems == [], f"{len(problems)} texts are not Dutch:\n" + "\n".join(problems)
    window.close()


def test_the_detectors_catch_english_entities_and_decimal_points():
    found = [("QLabel.text (x)", "Choose a participant first."), ("QLabel.text (y)", "0.0 uur"),
             ("QLabel.raw (z)", "controle&#x27;s"), ("QLabel.text (n)", "Kies eerst een deelnemer."),
             ("QLabel.text (m)", "12,5 uur")]
    problems = ui_texts.problems(found)
    assert len(problems) == 3
    assert "Kies eerst een deelnemer" in problems[0]


def test_a_core_refusal_in_a_message_box_is_dutch(dutch, qtbot, study):
    from desktop.i18n import refusal
    from storage.consent.forms import ConsentItem

    study.participants.add("R02", "sekswerker")
    with pytest.raises(Exception) as caught:
        study.consent.require("R02", ConsentItem.RECORDING)
    box = QMessageBox(QMessageBox.Information, "Toestemming nodig", refusal(caught.value),
                      QMessageBox.Ok | QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel | QMessageBox.Save)
    qtbot.addWidget(box)
    box.show()
    problems = ui_texts.problems(_walk(box))
    assert problems == []
    assert box.text().startswith("R02 heeft geen toestemming gegeven")
    assert {b.text().replace("&", "") for b in box.buttons()} == {"OK", "Ja", "Nee", "Annuleren", "Opslaan"}

"""Known names and places (Study menu) on an encrypted study: stored by the core, replaced in every export,
given to Whisper as hotwords; bad input said in the UI's language; the menus reach the review screen."""
from PySide6.QtCore import Qt

from desktop.export.known_names import KnownNamesDialog
from storage.exports import export
from storage.pseudonymise.known_names import hotwords, known
from tests.desktop.review_fixtures import spoken  # noqa: F401 - fixture


def make(qtbot, study) -> KnownNamesDialog:
    dialog = KnownNamesDialog(study)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def txt(study, iid, path) -> str:
    return export(study, "txt", path, interview_id=iid).read_text(encoding="utf-8")


def test_typed_names_are_stored_replaced_everywhere_and_primed(qtbot, spoken, tmp_path):
    study, ids = spoken
    dialog = make(qtbot, study)
    assert "gemeente" in txt(study, ids["R02"], tmp_path / "before.txt")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("instelling"))
    qtbot.keyClicks(dialog.term_edit, "  gemeente ")
    qtbot.keyClick(dialog.term_edit, Qt.Key_Return)
    assert dialog.term_edit.text() == ""
    assert known(study) == [{"term": "gemeente", "kind": "instelling"}]
    assert "gemeente" in hotwords(study)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "gemeente"
    assert dialog.table.item(0, 1).text() == "organisation" and dialog.table.item(0, 2).text() == "[INSTELLING]"
    assert "given to speech recognition as a hint" in dialog.status.text()
    for code, iid in ids.items():                              # every interview of the study
        text = txt(study, iid, tmp_path / f"{code}.txt")
        assert "gemeente" not in text and "[INSTELLING]" in text

    dialog.table.selectRow(0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key_Delete)
    assert known(study) == [] and dialog.table.rowCount() == 0
    assert "gemeente" in txt(study, ids["R02"], tmp_path / "after.txt")


def test_bad_input_is_said_and_changes_nothing(qtbot, spoken):
    study, _ids = spoken
    dialog = make(qtbot, study)
    qtbot.keyClicks(dialog.term_edit, "   ")
    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)
    assert dialog.status.text() == "Type a name or place first." and "b00020" in dialog.status.styleSheet()
    assert not dialog.remove("")
    assert dialog.status.text() == "Select a name or place to remove."
    assert known(study) == []
    assert not dialog.remove_button.isEnabled()


def test_dutch(qtbot, spoken, app):
    from desktop import i18n

    study, _ids = spoken
    i18n.install(app, "nl")
    try:
        dialog = make(qtbot, study)
        assert dialog.windowTitle() == "Bekende namen en plaatsen"
        assert dialog.kind_box.itemText(dialog.kind_box.findData("plaats")) == "plaats → [PLAATS]"
        assert not dialog.add("")
        assert dialog.status.text() == "Typ eerst een naam of plaats."
        assert dialog.add("Haaren", "plaats")
        assert dialog.status.text().startswith("“Haaren” wordt altijd vervangen door [PLAATS]")
    finally:
        i18n.install(app, "en")


def test_the_menus_reach_known_names_and_the_review(qtbot, spoken, monkeypatch, settings):
    from desktop import export as export_ui
    from desktop.export.review import PseudonymReviewDialog
    from desktop.main_window import MainWindow

    study, ids = spoken
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(study)
    try:
        assert window.actions["known_names"].isEnabled()
        opened = []
        monkeypatch.setattr(KnownNamesDialog, "exec", lambda self: opened.append(self.objectName()) or 0)
        window.actions["known_names"].trigger()
        assert opened == ["known_names"]

        window.tree.select("interview", ids["R01"])
        item = window.tree.currentItem()
        window.tree.clearSelection()
        menu = export_ui.interview_menu(window, window.tree.visualItemRect(item).center())
        assert menu is not None and window.actions["pseudonym_review"] in menu.actions()
        assert export_ui.current_interview(window) == ids["R01"]           # right-click selects the interview
        reviewed = []
        monkeypatch.setattr(PseudonymReviewDialog, "exec", lambda self: reviewed.append(self.interview_id()) or self.close() or 0)
        window.actions["pseudonym_review"].trigger()
        assert reviewed == [ids["R01"]]
    finally:
        window.close_study(keep_open=True)

"""The export's file name follows the scope and the format, and an existing file is never replaced without
asking (issue 15, section 2: "whole study" silently overwrote an interview's file)."""
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.export.dialog import ExportDialog
from storage.exports.file_names import export_file_name
from tests.desktop.export_fixtures import SLOW, coded  # noqa: F401 - fixture


def _dialog(qtbot, study, interview_id):
    dialog = ExportDialog(study, interview_id)
    qtbot.addWidget(dialog)
    return dialog


def _export(qtbot, dialog):
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=SLOW)


def test_export_file_names_come_from_scope_and_format():
    assert export_file_name("Stigma: Tilburg/Breda", "R01 interview 3", "Coded transcript (.docx)", "docx") == \
        "Stigma- Tilburg-Breda - R01 interview 3 - Coded transcript.docx"
    assert export_file_name("", "whole study", "Matrix (.csv)", "csv") == "export - whole study - Matrix.csv"


def test_changing_the_scope_renames_the_file_and_overwriting_is_asked(qtbot, coded, tmp_path, monkeypatch):
    study, ids = coded
    dialog = _dialog(qtbot, study, ids["R01"])
    dialog.set_format("coded-docx")
    first = Path(dialog.path_edit.text())
    assert "R01" in first.name and first.suffix == ".docx"
    # the researcher picks a folder through the file dialog (which confirms that one path)
    chosen = tmp_path / first.name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    dialog.choose_file()
    _export(qtbot, dialog)
    assert dialog.written == str(chosen)
    written = chosen.read_bytes()

    dialog.all.setChecked(True)                               # now the whole study
    whole = Path(dialog.path_edit.text())
    assert whole.parent == tmp_path and whole != chosen        # same folder, a name of its own
    assert "R01" not in whole.name and "whole study" in whole.name and whole.suffix == ".docx"

    asked = []

    def answer_no(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return QMessageBox.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_no))
    dialog.path_edit.setText(str(chosen))                      # typed back by hand: the old file is there
    assert dialog.start_export() is False
    assert asked and str(chosen) in asked[0] and chosen.read_bytes() == written

    dialog.one.setChecked(True)                                # back to the interview: its own name again
    assert Path(dialog.path_edit.text()).name == first.name
    assert dialog.start_export() is False and len(asked) == 2  # the file dialog's earlier yes no longer counts
    qtbot.waitUntil(dialog.preview_done, timeout=SLOW)


def test_a_custom_name_keeps_its_stem_when_only_the_format_changes(qtbot, coded, tmp_path):
    study, ids = coded
    dialog = _dialog(qtbot, study, None)
    dialog.set_format("matrix-xlsx")
    dialog.path_edit.setText(str(tmp_path / "mijn matrix.xlsx"))
    dialog.set_format("matrix-csv")
    assert dialog.path_edit.text() == str(tmp_path / "mijn matrix.csv")
    qtbot.waitUntil(dialog.preview_done, timeout=SLOW)


def test_the_preview_shows_every_line(qtbot, coded):
    """The dialog opened at its size before the preview arrived, so the warnings' lines were cut off."""
    study, ids = coded
    dialog = _dialog(qtbot, study, ids["R01"])
    dialog.set_format("report-docx")
    dialog.all.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.preview_done() and dialog.open_review_counts is not None, timeout=SLOW)
    label = dialog.preview_label
    assert "R03" in label.text()                                # the warning about quotes left out is there
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=10000)

    def bottom(widget):
        return widget.mapTo(dialog, widget.rect().bottomLeft()).y()

    def top(widget):
        return widget.mapTo(dialog, widget.rect().topLeft()).y()

    # nothing overlaps: the text ends above the review button, which ends above the status and buttons, also
    # when the dialog is asked to be lower (a window manager or the first size on a 1366×768 screen)
    dialog.resize(dialog.width(), 200)
    qtbot.waitUntil(lambda: bottom(label) < top(dialog.review_button), timeout=10000)
    assert bottom(dialog.review_button) < top(dialog.export_button) <= bottom(dialog.export_button) <= dialog.height()

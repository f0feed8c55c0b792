"""The Export dialog at 1366×768 while the pseudonymisation check is still loading: the preview's lines (the
italic "Checking the pseudonymisation review…" one included) stay clear of the review button (walkthrough step
22 showed them running under it)."""
from PySide6.QtCore import QRect

from desktop.export.dialog import ExportDialog
from tests.desktop.conftest import shown_window
from tests.desktop.export_fixtures import SLOW, coded  # noqa: F401 - fixture


def _rect(widget, dialog) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


def _text_rect(label, dialog) -> QRect:
    """Where the label's lines are drawn: as tall as its text needs at its width, from its top."""
    top = label.mapTo(dialog, label.rect().topLeft())
    return QRect(top.x(), top.y(), label.width(), label.heightForWidth(label.width()))


def test_the_loading_preview_does_not_run_under_the_review_button(qtbot, coded, settings):
    study, ids = coded
    window = shown_window(qtbot, study)
    dialog = ExportDialog(study, ids["R01"], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_format("coded-docx")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=SLOW)
    qtbot.waitUntil(lambda: dialog.height() >= dialog.layout().totalMinimumSize().height(), timeout=5000)
    label, button = dialog.preview_label, dialog.review_button
    dialog.open_review_counts = None          # the state of the step: counted, the review check still loading
    dialog.preview_label.setText(dialog.tr("Counting…"))
    dialog._fit_preview()
    dialog.resize(dialog.width(), 0)          # as small as one line of text lets it be, as when it opened
    qtbot.waitUntil(lambda: dialog.height() <= dialog.layout().totalMinimumSize().height(), timeout=5000)
    # the lines arrive: the text and the button are apart at once, before any event runs (the screenshot
    # caught the frame in which the dialog had not grown yet, the text under the button)
    dialog._show_preview()
    assert "Checking the pseudonymisation review" in label.text()
    assert not _text_rect(label, dialog).intersects(_rect(button, dialog)), (_text_rect(label, dialog), _rect(button, dialog))
    assert dialog.height() >= dialog.layout().totalMinimumSize().height()
    assert _rect(button, dialog).bottom() < _rect(dialog.export_button, dialog).top()
    qtbot.waitUntil(dialog.preview_done, timeout=SLOW)

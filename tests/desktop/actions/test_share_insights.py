"""Sharing insights from the desktop: the Acties view's button and the Export dialog write `insights-docx`
through the core's export (read back with python-docx), in English and in Dutch."""
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from desktop.actions.view import ActionsView
from desktop.export.dialog import ExportDialog
from storage.actions.parties import Party
from storage.exports.insights_docx import H_ACTIONS, TITLE
from storage.pseudonymise.review_state import ReviewState
from tests.desktop.export_fixtures import SLOW, coded  # noqa: F401 - fixture

QM = Path(__file__).resolve().parents[3] / "resources" / "translations"


@pytest.fixture
def planned(coded):  # noqa: F811
    study, ids = coded
    theme = study.themes.add("Vast aanspreekpunt")
    study.themes.attach(theme, [c.id for c in study.codings.list(code="oplossingen")])
    study.actions.add(theme, "Eén contactpersoon bij de gemeente", owner=Party(role="gemeente"), status="gepland",
                      target="2026-09-01", on="2026-01-10")
    ReviewState(study).finish(ids["R02"], by="AB")
    return study, ids


def test_the_button_writes_the_handout_and_names_unreviewed_interviews(qtbot, planned, tmp_path):
    study, ids = planned
    view = ActionsView(study)
    qtbot.addWidget(view)
    assert view.share_button.text() == "S&hare insights (.docx)…"
    out = tmp_path / "inzichten.docx"
    assert view.share_insights(str(out))
    assert not view.share_button.isEnabled() and not view.share_insights(str(out))  # one at a time
    qtbot.waitUntil(lambda: view.insights_job is None, timeout=SLOW)
    assert view.share_button.isEnabled()
    message = view.message.text()
    assert message.startswith(f"Insights handout written to {out}.")
    assert f"Review not finished for R01 #{ids['R01']}, R03 #{ids['R03']}: their quotes are left out." in message
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == TITLE and f"4. {H_ACTIONS}" in texts
    assert document.tables[0].rows[1].cells[0].text == "Eén contactpersoon bij de gemeente"
    assert study.audit.entries("export")[-1]["detail"]["format"] == "insights-docx"


def test_a_refusal_is_shown_and_writes_nothing(qtbot, planned, tmp_path):
    study, _ = planned
    view = ActionsView(study)
    qtbot.addWidget(view)
    out = tmp_path / "missing" / "inzichten.docx"
    view.share_insights(str(out))
    qtbot.waitUntil(lambda: view.insights_job is None, timeout=SLOW)
    assert view.message.text().startswith("The insights handout was not written: The folder")
    assert not out.exists() and study.audit.entries("export") == []


def test_the_export_dialog_offers_it_always_pseudonymised(qtbot, planned):
    study, _ = planned
    dialog = ExportDialog(study)
    qtbot.addWidget(dialog)
    index = dialog.format_box.findData("insights-docx")
    assert dialog.format_box.itemText(index) == "Insights to share with participants (.docx)"
    dialog.set_format("coded-docx")
    assert dialog.pseudonymise.isEnabled()
    dialog.set_format("insights-docx")
    assert dialog.pseudonymise.isChecked() and not dialog.pseudonymise.isEnabled()
    assert dialog.path_edit.text().endswith(" - whole study - Insights to share with participants.docx")


def test_dutch(qtbot, planned, app):  # (not the settings fixture: its teardown clears the English UI setting)
    translators = []
    for name in ("actions_nl.qm", "export_nl.qm"):
        translator = QTranslator()
        assert translator.load(str(QM / name))
        app.installTranslator(translator)
        translators.append(translator)
    QSettings().setValue("ui/language", "nl")
    try:
        view = ActionsView(planned[0])
        qtbot.addWidget(view)
        assert view.share_button.text() == "In&zichten delen (.docx)…"
        assert QCoreApplication.translate("ExportFormats", "Insights to share with participants (.docx)") == \
            "Inzichten delen met deelnemers (.docx)"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QSettings().setValue("ui/language", "en")

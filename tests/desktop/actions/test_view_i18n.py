"""The Acties view in Dutch: its own catalog (actions_nl.qm) loads, statuses and errors are Dutch."""
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from desktop.actions.view import ActionsView
from tests.desktop.actions.test_view import coded  # noqa: F401

QM = Path(__file__).resolve().parents[3] / "resources" / "translations" / "actions_nl.qm"


@pytest.fixture
def dutch(qapp, settings):
    """The app in Dutch the way it starts: i18n.install loads every *_nl.qm (actions_nl.qm among them) and
    sets the language the views ask (i18n.current_language)."""
    from desktop import i18n

    QSettings().setValue("ui/language", "nl")
    assert QM.name in i18n.install(qapp, "nl")
    yield
    QSettings().setValue("ui/language", "en")
    i18n.install(qapp, "en")


def test_the_view_speaks_dutch(qtbot, coded, dutch):
    theme = coded.themes.add("Vast aanspreekpunt")
    coded.themes.attach(theme, [coded.ids["R01.solution"]])
    view = ActionsView(coded)
    qtbot.addWidget(view)
    assert view.column_boxes["in gang gezet"].title() == "In gang gezet (0)"
    assert view.role_filter.itemText(0) == "Alle rollen"
    assert "Genoemd door Sekswerker: 1 fragment" in " ".join(view.themes.topLevelItem(0).text(0).split())
    view.new_action()
    dialog = view.action_dialog
    dialog.what.setText("Spreekuur")
    dialog.target.setText("1 september")
    dialog.save()
    assert dialog.error.text() == "De streefdatum moet een datum zijn in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-09-01)."
    assert coded.actions.list() == []
    assert QCoreApplication.translate("ActionsMenu", "&Actions and themes…") == "&Acties en thema's…"


def test_every_string_is_translated():
    text = QM.with_suffix(".ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert text.count("<message") >= 60

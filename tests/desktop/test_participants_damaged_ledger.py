"""A consent record changed behind Veldwerk's back shows as damaged, never as "no consent" (nor as given)."""
from desktop.participants.consent_state import state_label
from desktop.participants.tree import ParticipantTree
from storage.consent.ledger import ConsentState
from storage.overview import study_overview


def _tamper(study):
    study.conn.execute("DROP TRIGGER consent_records_no_update")  # what someone editing the file could do
    study.conn.execute("UPDATE consent_records SET researcher = 'XY' WHERE id = 1")


def test_the_participants_panel_and_overview_say_the_ledger_is_damaged(app, qtbot, consenting):
    _tamper(consenting)
    assert consenting.consent.state("R01") == ConsentState.DAMAGED
    assert not consenting.consent.allows("R01", 1)

    tree = ParticipantTree()
    qtbot.addWidget(tree)
    tree.set_study(consenting)
    item = tree.topLevelItem(0)
    assert item.toolTip(0) == state_label(ConsentState.DAMAGED)
    assert "damaged" in item.toolTip(0) and item.toolTip(0) != state_label(ConsentState.NONE)

    figures = study_overview(consenting)
    assert figures.consent[ConsentState.DAMAGED] == 1 and figures.consent[ConsentState.GIVEN] == 0

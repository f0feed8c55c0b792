"""A full withdrawal takes the participant out of themes and actions; the actions stay."""
from storage.actions.parties import Party


def _plan(coded):
    ids = coded.ids
    a = coded.themes.add("Vast aanspreekpunt")
    b = coded.themes.add("Voorlichting")
    coded.themes.attach(a, [ids["R01.solution"], ids["R01.solution2"], ids["G01.solution"]])
    coded.themes.attach(b, [ids["R01.solution"], ids["R02.solution"]])
    owned = coded.actions.add(a, "Eén contactpersoon", owner=Party(role="sekswerker", participant="R01"),
                              members=[Party(participant="R02")], agreed_in=[ids["R01.interview"], ids["G01.interview"]])
    joined = coded.actions.add(b, "Voorlichting op scholen", owner=Party(participant="R01"),
                               members=[Party(participant="R01", role=None), Party(organisation="GGD West")],
                               status="gepland")
    return a, b, owned, joined


def test_withdrawal_unlinks_the_participant_and_keeps_the_actions(coded):
    a, b, owned, joined = _plan(coded)
    summary = coded.consent.withdraw("R01", researcher="AB")
    assert {k: summary["deleted"][k] for k in ("theme_fragments", "action_parties", "action_links")} == {
        "theme_fragments": 3, "action_parties": 3, "action_links": 1}
    assert [c.participant for c in coded.themes.fragments(a)] == ["G01"]
    assert [c.participant for c in coded.themes.fragments(b)] == ["R02"]
    assert coded.themes.support(a) == [{"role": "ggd", "label": "GGD", "fragments": 1, "participants": 1}]
    first, second = coded.actions.get(owned), coded.actions.get(joined)
    assert (first["what"], first["owner"], first["members"]) == (
        "Eén contactpersoon", Party(role="sekswerker"), [Party(participant="R02")])  # the role stays, the code goes
    assert [link["participant"] for link in first["links"]] == ["G01"]
    assert (second["status"], second["owner"], second["members"]) == ("gepland", None, [Party(organisation="GGD West")])
    pid = coded.participants.get("R01")["id"]
    assert coded.conn.execute("SELECT count(*) FROM action_parties WHERE participant_id = ?", [pid]).fetchone() == (0,)
    logged = coded.audit.entries("participant.withdraw")[-1]["detail"]["deleted"]
    assert logged["action_parties"] == 3 and logged["theme_fragments"] == 3


def test_withdrawing_one_consent_item_changes_no_theme_or_action(coded):
    a, b, owned, joined = _plan(coded)
    before = (coded.themes.list(), coded.actions.list())
    coded.consent.withdraw("R01", items=[3])
    assert (coded.themes.list(), coded.actions.list()) == before


def test_withdrawal_of_someone_not_in_any_action_leaves_them_alone(coded):
    a, b, owned, joined = _plan(coded)
    before = coded.actions.list()
    summary = coded.consent.withdraw("G01")
    assert "action_parties" not in summary["deleted"]
    assert [x["owner"] for x in coded.actions.list()] == [x["owner"] for x in before]
    assert coded.themes.support(a) == [{"role": "sekswerker", "label": "Sekswerker", "fragments": 2, "participants": 1}]

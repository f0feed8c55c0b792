"""Actions: owner and members, dates, status with a dated history, links, bad input changing nothing, audit."""
from datetime import date, timedelta

import pytest

from storage.actions.errors import BadDate, BadParty, UnknownStatus, UnknownTheme
from storage.actions.parties import Party
from storage.errors import ConsentRequired, Duplicate, NotFound, UnknownRole, VeldwerkError
from tests.storage.actions.conftest import snapshot

TODAY = date.today().isoformat()


@pytest.fixture
def theme(coded):
    return coded.themes.add("Vast aanspreekpunt")


def test_an_action_keeps_everything_it_was_given(coded, theme):
    aid = coded.actions.add(
        "vast aanspreekpunt", "Eén  contactpersoon bij de gemeente", owner=Party(role="GGD", participant="r 01"),
        members=[Party(organisation="Stichting Ons  Huis"), Party(role="gemeente / beleid"), Party(participant="G01")],
        start="2026-01-15", target="2026-09-01", status="gepland", note="Afgesproken in de focusgroep",
        on="2026-01-10", author="AB", agreed_in=[coded.ids["R01.interview"]],
    )
    action = coded.actions.get(aid)
    assert (action["theme"], action["what"], action["status"]) == ("Vast aanspreekpunt", "Eén contactpersoon bij de gemeente", "gepland")
    assert (action["start_date"], action["target_date"]) == ("2026-01-15", "2026-09-01")
    assert action["owner"] == Party(role="ggd", participant="R01")
    assert action["members"] == [Party(organisation="Stichting Ons Huis"), Party(role="gemeente"), Party(participant="G01")]
    assert action["history"] == [{"on_date": "2026-01-10", "status": "gepland", "note": "Afgesproken in de focusgroep",
                                  "author": "AB"}]
    assert [(link["interview_id"], link["kind"], link["participant"]) for link in action["links"]] == [
        (coded.ids["R01.interview"], "agreed", "R01")]
    assert coded.themes.list()[0]["actions"] == 1


def test_a_new_action_is_an_idea_dated_today(coded, theme):
    action = coded.actions.get(coded.actions.add(theme, "Voorlichting op scholen"))
    assert action["status"] == "idee" and action["owner"] is None and action["members"] == []
    assert action["history"] == [{"on_date": TODAY, "status": "idee", "note": "", "author": ""}]


@pytest.mark.parametrize("kwargs, error, message", [
    ({"theme": "Onbekend"}, UnknownTheme, "No theme 'Onbekend'"),
    ({"start": "1 maart 2026"}, BadDate, "YYYY-MM-DD"),
    ({"target": "2026-13-01"}, BadDate, "does not exist"),
    ({"start": "2026-05-01", "target": "2026-04-01"}, BadDate, "before the start"),
    ({"status": "klaar"}, UnknownStatus, "in gang gezet"),
    ({"what": "   "}, VeldwerkError, "Say what"),
    ({"owner": Party(participant="R01", organisation="GGD West")}, BadParty, "not both"),
    ({"owner": Party(participant="R99")}, NotFound, "R99"),
    ({"owner": Party(role="brandweer")}, UnknownRole, "brandweer"),
    ({"members": [Party(organisation="X"), Party(organisation=" x ")]}, Duplicate, "already takes part"),
    ({"members": [Party()]}, BadParty, "Name a role"),
    ({"owner": Party()}, BadParty, "Name a role"),
    ({"owner": Party(organisation="")}, BadParty, "Name a role"),
    ({"agreed_in": [999]}, NotFound, "999"),
    ({"on": "2099-01-01"}, BadDate, "future"),
])
def test_bad_input_is_refused_and_adds_nothing(coded, theme, kwargs, error, message):
    before = snapshot(coded)
    args = {"theme": theme, "what": "Voorlichting", **kwargs}
    with pytest.raises(error, match=message):
        coded.actions.add(args.pop("theme"), args.pop("what"), **args)
    assert snapshot(coded) == before


def test_members_are_the_same_in_any_case_and_spacing(coded, theme):
    aid = coded.actions.add(theme, "X", members=[Party(organisation="GGD West"), Party(participant="R01")])
    for same in (Party(organisation="ggd  west"), Party(participant="r01")):
        with pytest.raises(Duplicate):
            coded.actions.update(aid, add_members=[same])
    coded.actions.update(aid, add_members=[Party(role="ggd")])  # the role is another party than the organisation
    coded.actions.update(aid, remove_members=[Party(organisation="GGD WEST")])
    assert coded.actions.get(aid)["members"] == [Party(participant="R01"), Party(role="ggd")]


def test_a_withdrawn_participant_cannot_be_named(coded, theme):
    coded.consent.withdraw("R02")
    with pytest.raises(ConsentRequired, match="withdrawn"):
        coded.actions.add(theme, "X", owner=Party(participant="R02"))


def test_status_changes_and_notes_build_a_dated_history(coded, theme):
    aid = coded.actions.add(theme, "Voorlichting", on="2026-01-05")
    assert coded.actions.update(aid, status="gepland", note="Gemeente doet mee", on="2026-02-01") == ["status"]
    assert coded.actions.update(aid, note="Eerste gesprek gevoerd", on="2026-03-01") == ["note"]
    assert coded.actions.get(aid)["since"] == "2026-02-01"  # a note does not move when the status began
    assert coded.actions.update(aid, status="In gang gezet") == ["status"]
    action = coded.actions.get(aid)
    assert action["status"] == "in gang gezet"
    assert [(h["on_date"], h["status"], h["note"]) for h in action["history"]] == [
        ("2026-01-05", "idee", ""), ("2026-02-01", "gepland", "Gemeente doet mee"),
        ("2026-03-01", "gepland", "Eerste gesprek gevoerd"), (TODAY, "in gang gezet", ""),
    ]


def test_bad_status_updates_change_nothing(coded, theme):
    aid = coded.actions.add(theme, "Voorlichting", on="2026-02-01")
    before = snapshot(coded)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    for kwargs, error, message in [
        ({"status": "idee"}, VeldwerkError, "already 'idee'"),
        ({"status": "bijna klaar"}, UnknownStatus, "gerealiseerd"),
        ({"status": "gepland", "on": "2026-01-31"}, BadDate, "dated 2026-02-01"),
        ({"status": "gepland", "on": tomorrow}, BadDate, "future"),
        ({"status": "gepland", "on": "1-2-2026"}, BadDate, "YYYY-MM-DD"),
        ({"status": "gepland", "target": "morgen"}, BadDate, "YYYY-MM-DD"),  # a good change with a bad one: neither
        ({"what": "Nieuw", "on": "2026-03-01"}, VeldwerkError, "belongs to a status change"),
        ({}, VeldwerkError, "Nothing to change"),
        ({"theme": "Onbekend", "status": "gepland"}, UnknownTheme, "Onbekend"),
        ({"remove_members": [Party(role="politie")]}, NotFound, "does not take part"),
    ]:
        with pytest.raises(error, match=message):
            coded.actions.update(aid, **kwargs)
        assert snapshot(coded) == before, kwargs
    with pytest.raises(NotFound, match="No action 99"):
        coded.actions.update(99, status="gepland")


def test_field_edits(coded, theme):
    other = coded.themes.add("Voorlichting")
    aid = coded.actions.add(theme, "Voorlichting op scholen", owner=Party(role="ggd"),
                            members=[Party(participant="R01"), Party(organisation="School X")], target="2026-06-01")
    changed = coded.actions.update(aid, what="Voorlichting op twee scholen", theme="voorlichting", start="2026-02-01",
                                   target=None, owner=Party(organisation="GGD West", role="ggd"),
                                   remove_members=[Party(participant="r01")], add_members=[Party(role="politie")])
    assert changed == ["start_date", "target_date", "theme_id", "what", "owner", "members"]
    action = coded.actions.get(aid)
    assert (action["theme_id"], action["what"], action["start_date"], action["target_date"]) == (
        other, "Voorlichting op twee scholen", "2026-02-01", None)
    assert action["owner"] == Party(role="ggd", organisation="GGD West")
    assert action["members"] == [Party(organisation="School X"), Party(role="politie")]
    assert [h["status"] for h in action["history"]] == ["idee"]  # field edits are no status change
    coded.actions.update(aid, owner=None)
    assert coded.actions.get(aid)["owner"] is None
    with pytest.raises(BadDate, match="before the start"):
        coded.actions.update(aid, target="2026-01-01")


def test_links_to_interviews_where_agreed_and_reviewed(coded, theme):
    r01, g01 = coded.ids["R01.interview"], coded.ids["G01.interview"]
    aid = coded.actions.add(theme, "X", agreed_in=[r01])
    assert coded.actions.update(aid, reviewed_in=[r01, g01]) == ["link:reviewed", "link:reviewed"]
    with pytest.raises(Duplicate, match="already linked"):
        coded.actions.update(aid, agreed_in=[g01, r01])
    links = coded.actions.get(aid)["links"]
    assert [(link["interview_id"], link["kind"]) for link in links] == [(r01, "agreed"), (r01, "reviewed"), (g01, "reviewed")]


def test_list_filters_by_theme_and_status(coded, theme):
    other = coded.themes.add("Voorlichting")
    a = coded.actions.add(theme, "A", status="gepland")
    b = coded.actions.add(other, "B")
    c = coded.actions.add(theme, "C")
    assert [x["id"] for x in coded.actions.list()] == [a, c, b]
    assert [x["id"] for x in coded.actions.list(theme="Vast aanspreekpunt")] == [a, c]
    assert [x["id"] for x in coded.actions.list(status="IDEE")] == [c, b]
    with pytest.raises(UnknownStatus):
        coded.actions.list(status="klaar")


def test_every_change_is_audited_without_content(coded, theme):
    aid = coded.actions.add(theme, "Geheime tekst", owner=Party(organisation="Stichting Geheim"), note="notitie geheim")
    coded.actions.update(aid, status="gepland", note="nog geheimer")
    coded.actions.update(aid, note="geheim")
    coded.actions.update(aid, what="Andere geheime tekst", reviewed_in=[coded.ids["R01.interview"]])
    entries = [e for e in coded.audit.entries() if e["entity"] == "action"]
    assert [e["action"] for e in entries] == ["action.add", "action.status", "action.note", "action.update", "action.link"]
    assert entries[1]["detail"] == {"from": "idee", "to": "gepland"}
    assert entries[3]["detail"] == {"fields": ["what"]}
    assert "geheim" not in str([e["detail"] for e in entries]).lower()


def test_an_exact_participant_code_wins_over_a_loose_spelling(coded, theme):
    coded.participants.add("R-01", "klant")
    aid = coded.actions.add(theme, "X", owner=Party(participant="R-01"), members=[Party(participant="r01")])
    action = coded.actions.get(aid)
    assert (action["owner"].participant, action["members"][0].participant) == ("R-01", "R01")

"""Solution themes: names, solution fragments only, several themes per fragment, support by role."""
import pytest

from storage.actions.errors import NotASolution, UnknownTheme
from storage.errors import Duplicate, NotFound, VeldwerkError
from tests.storage.actions.conftest import snapshot


def test_a_theme_is_found_by_number_or_by_name_in_any_case(coded):
    tid = coded.themes.add("Vast aanspreekpunt")
    assert coded.themes.get(tid)["name"] == "Vast aanspreekpunt"
    assert coded.themes.get(str(tid))["id"] == tid
    assert coded.themes.get("  vast   AANSPREEKPUNT ")["id"] == tid
    with pytest.raises(UnknownTheme, match="'Voorlichting'.*'Vast aanspreekpunt'"):
        coded.themes.get("Voorlichting")


@pytest.mark.parametrize("name", ["", "   ", "12", "x" * 121])
def test_bad_theme_names_are_refused(coded, name):
    with pytest.raises(VeldwerkError):
        coded.themes.add(name)
    assert coded.themes.list() == []


def test_a_name_in_use_is_refused_in_any_case_also_on_rename(coded):
    coded.themes.add("Voorlichting")
    other = coded.themes.add("Veiligheid")
    with pytest.raises(Duplicate, match="already a theme 'Voorlichting'"):
        coded.themes.add("VOORLICHTING")
    with pytest.raises(Duplicate):
        coded.themes.rename(other, "voorlichting")
    coded.themes.rename(other, "Veiligheid op straat")
    assert [t["name"] for t in coded.themes.list()] == ["Voorlichting", "Veiligheid op straat"]
    with pytest.raises(VeldwerkError, match="already called"):
        coded.themes.rename(other, "Veiligheid op straat")


def test_only_solution_fragments_can_support_a_theme_and_a_refusal_attaches_none(coded):
    tid = coded.themes.add("Vast aanspreekpunt")
    before = snapshot(coded)
    with pytest.raises(NotASolution, match=r"coded 'trots', not as a solution \('oplossingen'\)"):
        coded.themes.attach(tid, [coded.ids["R01.solution"], coded.ids["R01.pride"]])
    with pytest.raises(NotFound):
        coded.themes.attach(tid, [coded.ids["R01.solution"], 9999])
    with pytest.raises(VeldwerkError, match="coding number"):
        coded.themes.attach(tid, ["een"])
    assert snapshot(coded) == before
    assert coded.themes.attach(tid, [coded.ids["R01.solution"]]) == 1
    with pytest.raises(Duplicate, match="already supports"):
        coded.themes.attach(tid, [coded.ids["R02.solution"], coded.ids["R01.solution"]])
    assert [c.id for c in coded.themes.fragments(tid)] == [coded.ids["R01.solution"]]


def test_a_code_under_oplossingen_counts_as_a_solution(coded):
    coded.codebook.add("aanspreekpunt", "Vast aanspreekpunt", parent="oplossingen")
    iid = coded.ids["R01.interview"]
    child = coded.codings.add_by_time(iid, 0.0, 2.0, "aanspreekpunt")
    tid = coded.themes.add("Vast aanspreekpunt")
    assert coded.themes.attach(tid, [child]) == 1


def test_one_fragment_supports_several_themes(coded):
    a, b = coded.themes.add("Aanspreekpunt"), coded.themes.add("Samenwerking")
    fragment = coded.ids["R01.solution"]
    coded.themes.attach(a, [fragment])
    coded.themes.attach(b, [fragment])
    assert [t["name"] for t in coded.themes.themes_of(fragment)] == ["Aanspreekpunt", "Samenwerking"]


def test_support_counts_fragments_and_participants_per_role_in_role_order(coded):
    tid = coded.themes.add("Aanspreekpunt")
    ids = coded.ids
    coded.themes.attach(tid, [ids["G01.solution"], ids["R01.solution"], ids["R01.solution2"], ids["R02.solution"]])
    assert coded.themes.support(tid) == [
        {"role": "sekswerker", "label": "Sekswerker", "fragments": 3, "participants": 2},
        {"role": "ggd", "label": "GGD", "fragments": 1, "participants": 1},
    ]
    listed = coded.themes.list()[0]
    assert (listed["fragments"], listed["actions"], listed["support"]) == (4, 0, coded.themes.support(tid))


def test_detach_and_a_removed_coding_leaves_its_themes(coded):
    tid = coded.themes.add("Aanspreekpunt")
    ids = coded.ids
    coded.themes.attach(tid, [ids["R01.solution"], ids["R02.solution"], ids["G01.solution"]])
    with pytest.raises(NotFound, match="does not support"):
        coded.themes.detach(tid, [ids["R01.solution"], ids["R01.pride"]])
    assert len(coded.themes.fragments(tid)) == 3  # all or nothing
    assert coded.themes.detach(tid, [ids["R01.solution"]]) == 1
    coded.codings.remove(ids["R02.solution"])
    assert [c.id for c in coded.themes.fragments(tid)] == [ids["G01.solution"]]


def test_theme_changes_are_audited_without_their_names(coded):
    tid = coded.themes.add("Geheime naam")
    coded.themes.attach(tid, [coded.ids["R01.solution"]])
    coded.themes.detach(tid, [coded.ids["R01.solution"]])
    coded.themes.rename(tid, "Andere naam")
    entries = [e for e in coded.audit.entries() if e["entity"] == "theme"]
    assert [e["action"] for e in entries] == ["theme.add", "theme.attach", "theme.detach", "theme.rename"]
    assert all(e["entity_id"] == str(tid) for e in entries)
    assert entries[1]["detail"] == {"coding": coded.ids["R01.solution"]}
    assert "naam" not in str([e["detail"] for e in entries]).lower()


def test_a_fragment_recoded_to_another_category_stops_supporting_until_coded_a_solution_again(coded):
    tid = coded.themes.add("Aanspreekpunt")
    fragment = coded.ids["R01.solution"]
    coded.themes.attach(tid, [fragment, coded.ids["G01.solution"]])
    coded.codings.update(fragment, code="trots")
    assert [c.id for c in coded.themes.fragments(tid)] == [coded.ids["G01.solution"]]
    assert [s["role"] for s in coded.themes.support(tid)] == ["ggd"]
    assert coded.themes.list()[0]["fragments"] == 1 and coded.themes.themes_of(fragment) == []
    coded.codings.update(fragment, code="oplossingen")
    assert coded.themes.list()[0]["fragments"] == 2


def test_fragment_ids_are_the_fragments_of_every_theme(coded):
    ids = coded.ids
    a = coded.themes.add("Vast aanspreekpunt")
    b = coded.themes.add("Voorlichting")
    coded.themes.attach(a, [ids["R01.solution"], ids["G01.solution"]])
    coded.themes.attach(b, [ids["R01.solution"]])
    coded.themes.add("Leeg")
    found = coded.themes.fragment_ids()
    assert found == {t: {c.id for c in coded.themes.fragments(t)} for t in (a, b)}
    coded.codings.update(ids["G01.solution"], code="trots")  # recoded: it stops supporting its theme
    assert coded.themes.fragment_ids()[a] == {ids["R01.solution"]}

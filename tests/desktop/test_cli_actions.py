"""`veldwerk theme ...` and `veldwerk action ...`, in-process: round trips, --help, and bad input (exit 2,
one line, nothing changed)."""
import pytest

from desktop.cli import main
from storage import Study
from tests.desktop.cli_study import PASSPHRASE, create_study, env, rows, run  # noqa: F401 - env is a fixture
from tests.storage.actions.conftest import snapshot
from tests.storage.helpers import interview_with_transcript


@pytest.fixture
def made(tmp_path, capsys):
    """A study made with the CLI, with R01 (sekswerker) and G01 (ggd) coded through the core."""
    path = create_study(tmp_path, capsys)
    ids = {}
    with Study.open(path, PASSPHRASE) as study:
        for code, role in (("R01", "sekswerker"), ("G01", "ggd")):
            iid, _ = interview_with_transcript(study, code, role)
            ids[code] = iid
            ids[f"{code}.solution"] = study.codings.add_by_time(iid, 0.0, 1.0, "oplossingen")
            ids[f"{code}.pride"] = study.codings.add_by_time(iid, 1.0, 2.0, "trots")
    return path, ids


def state(path) -> dict:
    with Study.open(path, PASSPHRASE) as study:
        return snapshot(study)


def refused(capsys, path, *args, match: str):
    """The command exits 2 with one line naming the problem, and the study is unchanged."""
    before = state(path)
    code, out, err = run(capsys, *args)
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and err.startswith("veldwerk: ") and match in err, err
    assert out == ""
    assert state(path) == before


def test_themes_round_trip(made, capsys):
    path, ids = made
    assert run(capsys, "theme", "add", path, "Vast aanspreekpunt") == (0, "1\n", "")
    assert run(capsys, "theme", "add", path, "Voorlichting op scholen")[1] == "2\n"
    assert run(capsys, "theme", "attach", path, "vast aanspreekpunt", ids["R01.solution"], ids["G01.solution"])[1] == "2\n"
    assert run(capsys, "theme", "attach", path, "2", ids["R01.solution"])[0] == 0
    listed = rows(run(capsys, "theme", "list", path)[1])
    assert [(r["id"], r["name"], r["fragments"], r["support"]) for r in listed] == [
        ("1", "Vast aanspreekpunt", "2", "Sekswerker 1, GGD 1"), ("2", "Voorlichting op scholen", "1", "Sekswerker 1")]
    shown = rows(run(capsys, "theme", "show", path, "1")[1])
    assert [(r["id"], r["participant"], r["role"], r["code"]) for r in shown] == [
        (str(ids["R01.solution"]), "R01", "sekswerker", "oplossingen"), (str(ids["G01.solution"]), "G01", "ggd", "oplossingen")]
    assert run(capsys, "theme", "detach", path, "1", ids["G01.solution"])[1] == "1\n"
    assert run(capsys, "theme", "rename", path, "2", "Voorlichting – ideeën")[0] == 0
    listed = rows(run(capsys, "theme", "list", path)[1])
    assert [(r["name"], r["fragments"]) for r in listed] == [("Vast aanspreekpunt", "1"), ("Voorlichting – ideeën", "1")]


def test_bad_theme_input_exits_2_and_changes_nothing(made, capsys):
    path, ids = made
    run(capsys, "theme", "add", path, "Vast aanspreekpunt")
    refused(capsys, path, "theme", "attach", path, "1", ids["R01.solution"], ids["R01.pride"], match="not as a solution")
    refused(capsys, path, "theme", "attach", path, "Onbekend thema", ids["R01.solution"], match="No theme 'Onbekend thema'")
    refused(capsys, path, "theme", "attach", path, "1", "9999", match="No coding 9999")
    refused(capsys, path, "theme", "detach", path, "1", ids["R01.solution"], match="does not support")
    refused(capsys, path, "theme", "add", path, "VAST  aanspreekpunt", match="already a theme")
    refused(capsys, path, "theme", "rename", path, "7", "Nieuw", match="No theme '7'")


def test_actions_round_trip(made, capsys):
    path, ids = made
    run(capsys, "theme", "add", path, "Vast aanspreekpunt")
    code, out, err = run(capsys, "action", "add", path, "--theme", "vast aanspreekpunt",
                         "--what", "Eén contactpersoon bij de gemeente", "--owner-role", "GGD", "--owner-participant", "g01",
                         "--with-org", "Stichting Ons Huis", "--with-role", "politie", "--start", "2026-01-15",
                         "--target", "2026-09-01", "--status", "gepland", "--note", "Afgesproken", "--date", "2026-01-10",
                         "--agreed-in", ids["G01"])
    assert (code, out, err) == (0, "1\n", "")
    listed = rows(run(capsys, "action", "list", path)[1])
    assert listed == [{"id": "1", "theme": "Vast aanspreekpunt", "status": "gepland", "since": "2026-01-10",
                       "what": "Eén contactpersoon bij de gemeente", "owner": "GGD · G01",
                       "with": "Politie; Stichting Ons Huis", "start_date": "2026-01-15", "target_date": "2026-09-01",
                       "links": f"{ids['G01']}:agreed"}]
    assert run(capsys, "action", "update", path, "1", "--status", "In gang gezet", "--note", "Eerste overleg",
               "--date", "2026-02-01", "--reviewed-in", ids["R01"])[1] == "status, link:reviewed\n"
    assert run(capsys, "action", "update", path, "1", "--target", "2026-10-01", "--drop-role", "politie",
               "--owner-org", "GGD West")[1] == "target_date, owner, members\n"
    history = rows(run(capsys, "action", "list", path, "--history")[1])
    assert [(h["on_date"], h["status"], h["note"]) for h in history] == [
        ("2026-01-10", "gepland", "Afgesproken"), ("2026-02-01", "in gang gezet", "Eerste overleg")]
    listed = rows(run(capsys, "action", "list", path, "--status", "in-gang-gezet")[1])
    assert [(r["owner"], r["with"], r["target_date"]) for r in listed] == [("GGD West", "Stichting Ons Huis", "2026-10-01")]
    assert rows(run(capsys, "action", "list", path, "--status", "gerealiseerd")[1]) == []


def test_bad_action_input_exits_2_and_changes_nothing(made, capsys):
    path, ids = made
    run(capsys, "theme", "add", path, "Vast aanspreekpunt")
    run(capsys, "action", "add", path, "--theme", "1", "--what", "Contactpersoon", "--date", "2026-01-10")
    add = ("action", "add", path, "--what", "Iets")
    refused(capsys, path, *add, "--theme", "Onbekend", match="No theme 'Onbekend'")
    refused(capsys, path, *add, "--theme", "1", "--target", "1 september 2026", match="YYYY-MM-DD")
    refused(capsys, path, *add, "--theme", "1", "--start", "2026-02-30", match="does not exist")
    refused(capsys, path, *add, "--theme", "1", "--status", "klaar", match="Unknown status 'klaar'")
    refused(capsys, path, *add, "--theme", "1", "--owner-participant", "R77", match="R77")
    refused(capsys, path, *add, "--theme", "1", "--owner-role", "brandweer", match="Unknown role")
    update = ("action", "update", path, "1")
    refused(capsys, path, *update, "--status", "bijna klaar", match="Unknown status")
    refused(capsys, path, *update, "--status", "gepland", "--date", "10-02-2026", match="YYYY-MM-DD")
    refused(capsys, path, *update, "--status", "gepland", "--date", "2026-01-09", match="dated 2026-01-10")
    refused(capsys, path, *update, "--status", "gepland", "--theme", "Onbekend", match="No theme")
    refused(capsys, path, *update, "--status", "idee", match="already 'idee'")
    refused(capsys, path, *update, match="Nothing to change")
    refused(capsys, path, *update, "--owner-org", "X", "--no-owner", match="not both")
    refused(capsys, path, *add, "--theme", "1", "--owner-org", " ", match="organisation name is empty")
    refused(capsys, path, "action", "update", path, "42", "--status", "gepland", match="No action 42")
    refused(capsys, path, "action", "list", path, "--status", "klaar", match="Unknown status")
    refused(capsys, path, "action", "list", path, "--theme", "Onbekend", match="No theme")


def test_usage_errors_exit_2(made, capsys):
    path, _ = made
    for args in (["action", "add", path, "--theme", "1"],  # no --what
                 ["action", "update", path, "1", "--agreed-in", "twee"],
                 ["action", "add", path, "--theme", "1", "--what", "x", "--owner-participant", "R01", "--owner-org", "Y"],
                 ["theme", "attach", path, "1"]):
        with pytest.raises(SystemExit) as exit_:
            main([str(a) for a in args])
        assert exit_.value.code == 2
        capsys.readouterr()


@pytest.mark.parametrize("args, needle", [
    (["theme", "--help"], "oplossingen"), (["theme", "attach", "--help"], "CODING_ID"),
    (["action", "--help"], "'in gang gezet'"), (["action", "add", "--help"], "--owner-org"),
    (["action", "update", "--help"], "nothing is changed"), (["action", "list", "--help"], "--history"),
])
def test_help(capsys, args, needle):
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 0
    assert needle in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["actions-docx", "actions-xlsx"])
def test_export_of_the_progress_report(made, capsys, tmp_path, fmt):
    from tests.storage.exports.readback import zip_text

    path, ids = made
    run(capsys, "theme", "add", path, "Vast aanspreekpunt")
    run(capsys, "action", "add", path, "--theme", "1", "--what", "Spreekuur bij de GGD", "--owner-participant", "R01",
        "--status", "in gang gezet")
    out = tmp_path / f"voortgang.{fmt.split('-')[1]}"
    code, printed, err = run(capsys, "export", path, "--format", fmt, "--out", out)
    assert (code, printed.strip()) == (0, str(out)), err
    text = zip_text(out)
    assert "Spreekuur bij de GGD" in text and "In gang gezet" in text and "R01" in text
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert fmt in capsys.readouterr().out


def test_a_withdrawal_says_what_it_took_out_of_themes_and_actions(made, capsys):
    path, ids = made
    run(capsys, "theme", "add", path, "Vast aanspreekpunt")
    run(capsys, "theme", "attach", path, "1", ids["R01.solution"], ids["G01.solution"])
    run(capsys, "action", "add", path, "--theme", "1", "--what", "Spreekuur", "--owner-role", "ggd",
        "--owner-participant", "R01", "--agreed-in", ids["R01"])
    code, out, _ = run(capsys, "participant", "withdraw", path, "--code", "R01")
    assert code == 0
    assert "  1 fragment(s) from solution themes" in out
    assert "  1 place(s) as owner or member of an action (the actions stay)" in out
    assert "  1 link(s) from actions to their interviews" in out
    listed = rows(run(capsys, "action", "list", path)[1])
    assert [(r["what"], r["owner"], r["links"]) for r in listed] == [("Spreekuur", "GGD", "")]
    assert rows(run(capsys, "theme", "list", path)[1])[0]["support"] == "GGD 1"

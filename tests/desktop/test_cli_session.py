"""`veldwerk session ...`, in-process: a round trip, --help, and bad input (exit 2, one line, nothing changed)."""
from pathlib import Path

import pytest

from desktop.cli import main
from storage import Study
from tests.desktop.cli_study import PASSPHRASE, create_study, env, rows, run  # noqa: F401 - env is a fixture
from tests.storage.helpers import consent_all
from tests.storage.sessions.conftest import transcribe_session

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def made(tmp_path, capsys):
    """A study with R01 (sekswerker), R02 (politie, no quotes), R03 (gemeente) and R04 (klant, no recording)."""
    path = create_study(tmp_path, capsys)
    with Study.open(path, PASSPHRASE) as study:
        for code, role, declined in (("R01", "sekswerker", ()), ("R02", "politie", (3,)), ("R03", "gemeente", ()),
                                     ("R04", "klant", (1, 2))):
            study.participants.add(code, role)
            consent_all(study, code, declined=declined)
    return path


@pytest.fixture
def dutch_wav_path():
    return FIXTURES / "dutch_espeak.wav"


def state(path) -> dict:
    with Study.open(path, PASSPHRASE) as study:
        return {"sessions": study.sessions.list(), "audit": len(study.audit.entries()),
                "recordings": study.conn.execute("SELECT count(*) FROM recordings").fetchone()[0]}


def test_a_session_round_trip(made, capsys, dutch_wav_path):
    code, out, err = run(capsys, "session", "add", made, "focus group", "R01", "r02", "--date", "2026-03-02",
                         "--location", "buurthuis")
    assert (code, err) == (0, "")
    sid = int(out)
    assert run(capsys, "session", "attend", made, sid, "R03", "R02")[:2] == (0, "R03\n")
    code, out, _ = run(capsys, "session", "import", made, sid, dutch_wav_path)
    assert (code, int(out)) == (0, sid)
    with Study.open(made, PASSPHRASE) as study:  # speaker labels from the core (Whisper is tested elsewhere)
        transcribe_session(study, sid, texts=[("S1", "eerste spreker"), ("S2", "tweede spreker")])
    assert run(capsys, "session", "attribute", made, sid, "s2", "r03")[:2] == (0, "S2=R03\n")
    code, out, _ = run(capsys, "session", "list", made)
    [row] = rows(out)
    assert row["id"] == str(sid) and row["kind"] == "focus group" and row["present"] == "R01 R02 R03"
    assert row["speakers"] == "S2=R03" and row["date"] == "2026-03-02"
    code, out, _ = run(capsys, "session", "show", made, sid)
    shown = {r["participant"]: r for r in rows(out.split("Not attributed")[0])}
    assert shown["R02"]["quotes"] == "no" and shown["R03"]["speaker"] == "S2" and shown["R01"]["role"] == "sekswerker"
    assert "Not attributed: S1" in out
    assert run(capsys, "session", "attribute", made, sid, "S2", "--clear")[:2] == (0, "S2=\n")


def test_help_of_every_action(capsys):
    for action in ("add", "list", "show", "attend", "attribute", "import", "record"):
        with pytest.raises(SystemExit) as exited:
            main(["session", action, "--help"])
        assert exited.value.code == 0
        assert "usage: veldwerk session " + action in capsys.readouterr().out


@pytest.mark.parametrize("args, says", [
    (("add", "{dir}", "feestje", "R01"), "Unknown kind of session 'feestje'"),
    (("add", "{dir}", "meeting", "R01", "R99"), "R99"),
    (("add", "{dir}", "meeting", "R01", "--date", "2 maart"), "YYYY-MM-DD"),
    (("add", "{dir}", "interview", "R01"), "focus group or a meeting"),
    (("attend", "{dir}", "{sid}", "R03", "R77"), "R77"),
    (("attend", "{dir}", "99", "R03"), "No interview or session 99"),
    (("attribute", "{dir}", "{sid}", "S9", "R01"), "no speaker 'S9'"),
    (("attribute", "{dir}", "{sid}", "S1", "R03"), "R03 is not present in session"),
    (("attribute", "{dir}", "{sid}", "S1", "R55"), "R55"),
    (("import", "{dir}", "{sid}", "{audio}"), "R04 has not consented to audio recording (item 1)"),
])
def test_bad_input_exits_2_with_one_line_and_changes_nothing(made, capsys, dutch_wav_path, args, says):
    with Study.open(made, PASSPHRASE) as study:
        sid = study.sessions.create("meeting", ["R01", "R02"])
        transcribe_session(study, sid, texts=[("S1", "een"), ("S2", "twee")])
        study.sessions.attend(sid, ["R04"])  # came later; declined recording
    before = state(made)
    code, out, err = run(capsys, "session", *[a.format(dir=made, sid=sid, audio=dutch_wav_path) for a in args])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err
    assert state(made) == before


@pytest.mark.parametrize("args", [("attend", "{dir}", "drie", "R03"), ("attribute", "{dir}", "1", "S1"),
                                  ("add", "{dir}", "meeting")])
def test_usage_errors_exit_2(made, capsys, args):
    with pytest.raises(SystemExit) as exited:
        main(["session", *[a.format(dir=made) for a in args]])
    assert exited.value.code == 2
    capsys.readouterr()

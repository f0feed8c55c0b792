"""Passphrase rules hold on the command line as in the app (issue 13, finding 6; issue 14's policy in the core)."""
import os
import pty
import select
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from storage import Study
from storage.errors import WeakPassphrase, WrongPassphrase

ROOT = Path(__file__).resolve().parents[2]
OLD = "oude wachtzin 2026"


@pytest.fixture
def made(tmp_path, monkeypatch):
    path = tmp_path / "s.veldwerk"
    Study.create(path, name="S", passphrase=OLD).close()
    monkeypatch.setenv("VELDWERK_PASSPHRASE", OLD)
    monkeypatch.delenv("VELDWERK_NEW_PASSPHRASE", raising=False)
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("weak", ["x", " ", "        ", "kort12"])
def test_study_create_refuses_a_weak_passphrase(tmp_path, capsys, monkeypatch, weak):
    monkeypatch.setenv("NEW_PASS", weak)
    target = tmp_path / "new.veldwerk"
    code, _, err = run(capsys, "study", "create", target, "--name", "S", "--passphrase-env", "NEW_PASS")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "passphrase" in err.lower()
    assert not target.exists()


def test_the_core_refuses_weak_and_unchanged_passphrases(tmp_path):
    with pytest.raises(WeakPassphrase):
        Study.create(tmp_path / "a.veldwerk", name="S", passphrase="x")
    study = Study.create(tmp_path / "b.veldwerk", name="S", passphrase=OLD)
    with study:
        with pytest.raises(WeakPassphrase):
            study.change_passphrase("kort")
        with pytest.raises(WeakPassphrase):
            study.change_passphrase(OLD)
    Study.open(tmp_path / "b.veldwerk", OLD).close()


def test_the_old_passphrase_variable_is_never_taken_as_the_new_one(made, capsys):
    """With only VELDWERK_PASSPHRASE set and no terminal, the change is refused, not a silent no-op re-key."""
    code, _, err = run(capsys, "study", "passphrase", made)
    assert code == 2 and "VELDWERK_NEW_PASSPHRASE" in err
    Study.open(made, OLD).close()


@pytest.mark.parametrize("new,message", [(OLD, "same"), ("kort", "at least")])
def test_a_no_op_or_weak_change_is_refused(made, capsys, monkeypatch, new, message):
    monkeypatch.setenv("VELDWERK_NEW_PASSPHRASE", new)
    code, _, err = run(capsys, "study", "passphrase", made)
    assert code == 2 and message in err
    Study.open(made, OLD).close()


def test_a_good_change_from_the_new_variable(made, capsys, monkeypatch):
    monkeypatch.setenv("VELDWERK_NEW_PASSPHRASE", "een heel nieuwe zin")
    code, _, err = run(capsys, "study", "passphrase", made)
    assert code == 0, err
    with pytest.raises(WrongPassphrase):
        Study.open(made, OLD)
    Study.open(made, "een heel nieuwe zin").close()


def _in_terminal(args, answers, env) -> tuple[int, str]:
    """Run the CLI on a pseudo-terminal, typing each answer when a prompt ends in ': '."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the CLI with the terminal as its controlling tty
        os.execvpe(sys.executable, [sys.executable, "-m", "desktop", *map(str, args)], env)
    seen, since, pending = b"", b"", list(answers)  # since: the output after the last answer
    while True:
        ready, _, _ = select.select([fd], [], [], 120)
        if not ready:
            os.kill(pid, 9)
            raise AssertionError(f"no output for 120 s; so far: {seen!r}")
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        since += chunk
        if pending and since.rstrip().endswith(b":"):
            os.write(fd, pending.pop(0).encode() + b"\n")
            since = b""
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def test_in_a_terminal_the_new_passphrase_is_asked_twice_and_a_typo_changes_nothing(made):
    env = {k: v for k, v in os.environ.items() if k not in ("VELDWERK_NEW_PASSPHRASE",)}
    env["PYTHONPATH"] = str(ROOT)
    code, screen = _in_terminal(["study", "passphrase", made], ["een heel nieuwe zin", "een heel nieuwe zon"], env)
    assert code == 2, screen
    assert "Repeat" in screen and "differ" in screen
    Study.open(made, OLD).close()
    code, screen = _in_terminal(["study", "passphrase", made], ["een heel nieuwe zin", "een heel nieuwe zin"], env)
    assert code == 0, screen
    Study.open(made, "een heel nieuwe zin").close()

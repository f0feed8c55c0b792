"""Shared by the in-process CLI tests: a private data folder and passphrase, a made study, one-call runs.

    from tests.desktop.cli_study import PASSPHRASE, env, made, run  # noqa: F401 - fixtures
"""
import pytest

from desktop.cli import main

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def made(tmp_path, capsys):
    path = tmp_path / "cli.veldwerk"
    assert main(["study", "create", str(path), "--name", "CLI-studie", "--passphrase-env", "VELDWERK_PASSPHRASE"]) == 0
    capsys.readouterr()
    return path


def run(capsys, *args):
    """(exit code, stdout, stderr) of `veldwerk ARGS`."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err

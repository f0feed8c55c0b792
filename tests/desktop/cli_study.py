"""Shared by the in-process CLI tests: a private data folder and passphrase, a made study, one-call runs.

    from tests.desktop.cli_study import PASSPHRASE, env, made, run  # noqa: F401 - fixtures

A test module that needs a fuller study defines its own `made` on top of `create_study`.
"""
import pytest

from desktop.cli import main
from tests.conftest import PASSPHRASE
from tests.storage.exports.conftest import CACHE


@pytest.fixture(autouse=True)
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VELDWERK_CACHE_DIR", str(CACHE))  # deduce's tables, built once for every test
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)


def create_study(tmp_path, capsys):
    """A new study made with `veldwerk study create` (tmp_path/cli.veldwerk); returns its path."""
    path = tmp_path / "cli.veldwerk"
    assert main(["study", "create", str(path), "--name", "CLI-studie", "--passphrase-env", "VELDWERK_PASSPHRASE"]) == 0
    capsys.readouterr()
    return path


@pytest.fixture
def made(tmp_path, capsys):
    return create_study(tmp_path, capsys)


def run(capsys, *args):
    """(exit code, stdout, stderr) of `veldwerk ARGS`."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def rows(out):
    """The rows of a tab-separated listing (first line the header) as dicts."""
    lines = out.rstrip("\n").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]

"""What the subcommands share: opening a study with its passphrase, printing tables."""
import getpass
import os
import sys

from storage import Study
from storage.errors import VeldwerkError
from storage.exchange.researchers import RESEARCHER_ENV

PASSPHRASE_ENV = "VELDWERK_PASSPHRASE"


def read_passphrase(prompt: str = "Passphrase: ", env: str | None = None, terminal_only: bool = False) -> str:
    """The passphrase from `env` (or VELDWERK_PASSPHRASE), else a prompt on the terminal.

    terminal_only: never read a variable (a new passphrase typed twice).
    """
    name = env or PASSPHRASE_ENV
    value = None if terminal_only else os.environ.get(name)
    if value is not None:
        if not value:
            raise VeldwerkError(f"{name} is set but empty.")
        return value
    if env:
        raise VeldwerkError(f"Environment variable {env} is not set.")
    if not sys.stdin.isatty() and not terminal_only:
        raise VeldwerkError(f"The study is encrypted: set {PASSPHRASE_ENV} or run in a terminal to be asked.")
    return getpass.getpass(prompt)


def open_study(path) -> Study:
    """Open the study at `path`, asking for the passphrase when it is encrypted; working as $VELDWERK_RESEARCHER."""
    meta = Study.read_marker(path)
    study = Study.open(path, read_passphrase() if meta["encrypted"] else None)
    researcher = os.environ.get(RESEARCHER_ENV, "").strip()
    if researcher:
        try:
            study.researchers.use(researcher)  # codings and corrections of this command carry the name
        except BaseException:
            study.close()
            raise
    return study


def add_study_arg(parser) -> None:
    parser.add_argument("dir", metavar="DIR", help="the study folder (NAME.veldwerk)")


def print_table(rows: list[dict], columns: list[str]) -> None:
    """Tab-separated rows with a header line (easy to read and to parse)."""
    print("\t".join(columns))
    for row in rows:
        print("\t".join("" if row.get(c) is None else str(row.get(c)) for c in columns))

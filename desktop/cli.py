"""The `veldwerk` command: no arguments starts the desktop app; subcommands script the core.

Exit codes: 0 success, 2 bad input or a refused action (one line on stderr), 1 unexpected error.
"""
import argparse
import importlib
import sys

from desktop.commands import MODULES


def version() -> str:
    """The installed Veldwerk version."""
    try:
        from importlib.metadata import version as _version

        return _version("veldwerk")
    except Exception:  # noqa: BLE001 - running from a tree without metadata
        return "0.0.0+source"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="veldwerk",
        description="Veldwerk: record, transcribe (Dutch, on this laptop) and code research interviews. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"veldwerk {version()}")
    parser.add_argument("--selftest", action="store_true", help="run the built-in offline self-test and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in MODULES:
        importlib.import_module(f"desktop.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        args.command, args.func = "selftest", None
        from desktop.commands import selftest

        args.func = selftest.run
    if not args.command:
        from desktop.app import run_app

        return run_app()
    from storage.connection import DatabaseError
    from storage.errors import VeldwerkError

    try:
        return args.func(args) or 0
    except VeldwerkError as exc:
        print(f"veldwerk: {exc}", file=sys.stderr)
        return 2
    except DatabaseError as exc:  # met in the middle of a command: a full disk, or a damaged page
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":
            print("veldwerk: The disk holding this study is full; free some space and try again.", file=sys.stderr)
        else:
            print(f"veldwerk: study.db is damaged ({exc}); nothing more was changed. Restore it from a backup.",
                  file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("veldwerk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def entry() -> None:
    """Console-script entry point (also the built app's): refuses network connections, then runs."""
    from desktop import netguard

    netguard.install()
    sys.exit(main())


if __name__ == "__main__":
    entry()

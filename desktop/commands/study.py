"""`veldwerk study create|info|passphrase`."""
import json
import os
import sys

from desktop.commands.common import add_study_arg, open_study, read_passphrase
from storage import Study
from storage.errors import VeldwerkError
from storage.passphrase import require_acceptable

NEW_PASSPHRASE_ENV = "VELDWERK_NEW_PASSPHRASE"  # the new passphrase for `study passphrase` (never VELDWERK_PASSPHRASE)


def register(sub) -> None:
    study = sub.add_parser("study", help="create a study or show what it holds")
    commands = study.add_subparsers(dest="study_command", metavar="ACTION", required=True)

    create = commands.add_parser("create", help="create a new study folder")
    add_study_arg(create)
    create.add_argument("--name", required=True, help="the study's name")
    create.add_argument("--language", default="nl", help="spoken language of the interviews (default nl)")
    create.add_argument("--retention-until", metavar="YYYY-MM-DD", help="date until which the data is kept (the consent form reads it aloud)")
    create.add_argument("--contact", help="who participants contact with questions or to withdraw (the consent form reads it aloud)")
    secret = create.add_mutually_exclusive_group()
    secret.add_argument("--passphrase-env", metavar="VAR", help="read the new passphrase from this environment variable")
    secret.add_argument("--no-encryption", action="store_true", help="store the study unencrypted (not advised)")
    create.set_defaults(func=_create)

    info = commands.add_parser("info", help="counts of participants, interviews, hours and codings")
    add_study_arg(info)
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(func=_info)

    rekey = commands.add_parser("passphrase", help="change the passphrase (re-encrypts everything)")
    add_study_arg(rekey)
    rekey.add_argument(
        "--new-passphrase-env", metavar="VAR",
        help=f"read the new passphrase from this variable (default {NEW_PASSPHRASE_ENV}; unset: asked twice in a terminal)",
    )
    rekey.set_defaults(func=_passphrase)


def _create(args) -> int:
    from storage import consent_settings

    if args.retention_until is not None:
        consent_settings.check_retention(args.retention_until)     # before asking for a passphrase
    if args.contact is not None:
        consent_settings.check_contact(args.contact)
    if args.no_encryption:
        passphrase = None
    elif args.passphrase_env:
        passphrase = read_passphrase(env=args.passphrase_env)
    else:
        passphrase = _ask_twice()
    with Study.create(args.dir, name=args.name, passphrase=passphrase, language=args.language,
                      retention_until=args.retention_until, contact=args.contact) as study:
        from storage.consent_settings import unfilled_placeholders

        missing = unfilled_placeholders(study, study.consent.current_form())
    print(args.dir)
    if missing:
        print("Note: the consent form still lacks " + " and ".join(f"--{m.replace('consent_', '').replace('_', '-')}" for m in missing)
              + "; set them with `veldwerk consent settings` before taking consent.", file=sys.stderr)
    return 0


def _info(args) -> int:
    with open_study(args.dir) as study:
        info = study.info()
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
    else:
        for key, value in info.items():
            print(f"{key}: {value}")
    return 0


def _ask_twice() -> str:
    """A new passphrase typed twice in a terminal (checked against the policy before the repeat)."""
    if not sys.stdin.isatty():
        raise VeldwerkError(f"Set {NEW_PASSPHRASE_ENV} to the new passphrase, or run in a terminal to be asked twice.")
    first = read_passphrase("New passphrase: ", terminal_only=True)
    require_acceptable(first)
    if read_passphrase("Repeat the new passphrase: ", terminal_only=True) != first:
        raise VeldwerkError("The two passphrases differ; nothing was changed.")
    return first


def _new_passphrase(args) -> str:
    """The new passphrase: from --new-passphrase-env or VELDWERK_NEW_PASSPHRASE, else typed twice."""
    if args.new_passphrase_env or os.environ.get(NEW_PASSPHRASE_ENV) is not None:
        return read_passphrase(env=args.new_passphrase_env or NEW_PASSPHRASE_ENV)
    return _ask_twice()


def _passphrase(args) -> int:
    meta = Study.read_marker(args.dir)
    if not meta["encrypted"]:
        raise VeldwerkError("This study is not encrypted; it has no passphrase to change.")
    current = read_passphrase()
    new = _new_passphrase(args)
    require_acceptable(new)
    with Study.open(args.dir, current) as study:
        study.change_passphrase(new)
    print("The passphrase is changed; the study is re-encrypted.", file=sys.stderr)
    return 0

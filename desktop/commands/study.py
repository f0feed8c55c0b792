"""`veldwerk study create|info|passphrase`."""
import json

from desktop.commands.common import add_study_arg, open_study, read_passphrase
from storage import Study
from storage.errors import VeldwerkError


def register(sub) -> None:
    study = sub.add_parser("study", help="create a study or show what it holds")
    commands = study.add_subparsers(dest="study_command", metavar="ACTION", required=True)

    create = commands.add_parser("create", help="create a new study folder")
    add_study_arg(create)
    create.add_argument("--name", required=True, help="the study's name")
    create.add_argument("--language", default="nl", help="spoken language of the interviews (default nl)")
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
    rekey.add_argument("--new-passphrase-env", metavar="VAR", help="read the new passphrase from this variable")
    rekey.set_defaults(func=_passphrase)


def _create(args) -> int:
    if args.no_encryption:
        passphrase = None
    elif args.passphrase_env:
        passphrase = read_passphrase(env=args.passphrase_env)
    else:
        passphrase = read_passphrase("New passphrase: ")
        if not args.passphrase_env and read_passphrase("Repeat passphrase: ") != passphrase:
            raise VeldwerkError("The passphrases differ.")
    with Study.create(args.dir, name=args.name, passphrase=passphrase, language=args.language):
        pass
    print(args.dir)
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


def _passphrase(args) -> int:
    with open_study(args.dir) as study:
        new = read_passphrase("New passphrase: ", env=args.new_passphrase_env)
        study.change_passphrase(new)
    return 0

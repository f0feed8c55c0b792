"""`veldwerk participant add|list|withdraw`."""
from desktop.commands.common import add_study_arg, open_study, print_table


def register(sub) -> None:
    participant = sub.add_parser("participant", help="add and list participants")
    commands = participant.add_subparsers(dest="participant_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="add a participant by pseudonym code")
    add_study_arg(add)
    add.add_argument("--code", required=True, help="pseudonym code such as R01 (never a real name)")
    add.add_argument("--role", required=True, help="stakeholder role key, e.g. sekswerker, ggd")
    add.add_argument("--notes", default="", help="free notes")
    add.set_defaults(func=_add)

    listing = commands.add_parser("list", help="list participants")
    add_study_arg(listing)
    listing.set_defaults(func=_list)

    withdraw = commands.add_parser("withdraw", help="withdraw consent: some items, or everything (erases their data)")
    add_study_arg(withdraw)
    withdraw.add_argument("--code", required=True, help="pseudonym code such as R01")
    withdraw.add_argument("--items", help="item numbers to withdraw, e.g. 3; without it: everything, and their data is deleted")
    withdraw.add_argument("--researcher", default="", help="who took the withdrawal")
    withdraw.add_argument("--receipt", metavar="FILE", help="write a withdrawal receipt for the participant (.docx, in Dutch)")
    withdraw.set_defaults(func=_withdraw)


def _add(args) -> int:
    with open_study(args.dir) as study:
        study.participants.add(args.code, args.role, args.notes)
    print(args.code)
    return 0


def _list(args) -> int:
    with open_study(args.dir) as study:
        rows = study.participants.list()
    for row in rows:
        row["state"] = "withdrawn" if row["withdrawn_at"] else "active"
    print_table(rows, ["code", "role", "interviews", "state"])
    return 0


def _withdraw(args) -> int:
    from desktop.commands.consent import parse_items, print_withdrawal
    from storage.errors import VeldwerkError

    items = None if args.items is None else parse_items(args.items, "--items")
    if items is not None and not items:
        raise VeldwerkError("--items names no items; leave it out to withdraw everything.")
    if args.receipt:
        from storage.exports.target import check_target

        check_target(args.receipt)           # a bad place is refused before anything is withdrawn
    with open_study(args.dir) as study:
        summary = study.consent.withdraw(args.code, items=items, researcher=args.researcher)
        print_withdrawal(summary)
        if args.receipt:
            from storage.withdrawal_receipt import write_receipt

            print(f"Receipt: {write_receipt(study, summary['record'], args.receipt)}")
    return 0

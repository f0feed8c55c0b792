"""`veldwerk action add|update|list`: actions under solution themes, their owners, dates and status history."""
from desktop.commands.common import add_study_arg, open_study, print_table
from storage.actions.parties import Party
from storage.actions.plans import UNCHANGED
from storage.actions.status import ActionStatus
from storage.errors import VeldwerkError

STATUSES = ", ".join(repr(s.value) for s in ActionStatus)
DATE = "YYYY-MM-DD"


def _owner_args(parser) -> None:
    parser.add_argument("--owner-role", metavar="ROLE", help="the responsible role (key or label, e.g. ggd)")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--owner-participant", metavar="CODE", help="the responsible participant's code, e.g. R03")
    who.add_argument("--owner-org", metavar="NAME", help="the responsible organisation")


def _member_args(parser, prefix: str, verb: str) -> None:
    parser.add_argument(f"--{prefix}-role", action="append", default=[], metavar="ROLE", help=f"{verb} a role (repeatable)")
    parser.add_argument(f"--{prefix}-participant", action="append", default=[], metavar="CODE",
                        help=f"{verb} a participant by code (repeatable)")
    parser.add_argument(f"--{prefix}-org", action="append", default=[], metavar="NAME",
                        help=f"{verb} an organisation (repeatable)")


def _event_args(parser) -> None:
    parser.add_argument("--note", metavar="TEXT", help="a note for the action's history")
    parser.add_argument("--date", metavar=DATE, help="the date of the status (change) or note; default today")
    parser.add_argument("--author", default="", metavar="NAME", help="who recorded it")


def register(sub) -> None:
    action = sub.add_parser(
        "action", help="action plans under solution themes: who does what, with whom, by when, how far",
        description=f"An action belongs to a solution theme (`veldwerk theme`). Its status is one of {STATUSES}; "
        f"every status change and note is kept, dated, in its history. Dates are written {DATE}.",
    )
    commands = action.add_subparsers(dest="action_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="add an action; prints its number")
    add_study_arg(add)
    add.add_argument("--theme", required=True, metavar="THEME", help="the theme's number or name")
    add.add_argument("--what", required=True, metavar="TEXT", help="what is done")
    _owner_args(add)
    _member_args(add, "with", "takes part:")
    add.add_argument("--start", metavar=DATE)
    add.add_argument("--target", metavar=DATE, help="the target date")
    add.add_argument("--status", default=ActionStatus.IDEE.value, metavar="STATUS", help=f"one of {STATUSES} (default idee)")
    _event_args(add)
    add.add_argument("--agreed-in", action="append", default=[], type=int, metavar="INTERVIEW_ID",
                     help="the interview or session where the action was agreed (repeatable)")
    add.set_defaults(func=_add)

    update = commands.add_parser(
        "update", help="change the status (with a note), add a note, edit fields or link interviews",
        description="Everything given is checked first; on any bad input nothing is changed. --owner-role, "
        "--owner-participant and --owner-org together replace the responsible party as a whole.",
    )
    add_study_arg(update)
    update.add_argument("action", metavar="ACTION_ID")
    update.add_argument("--status", metavar="STATUS", help=f"the new status: {STATUSES}")
    _event_args(update)
    update.add_argument("--what", metavar="TEXT")
    update.add_argument("--theme", metavar="THEME", help="move the action to another theme")
    _owner_args(update)
    update.add_argument("--no-owner", action="store_true", help="remove the responsible party")
    _member_args(update, "with", "add")
    _member_args(update, "drop", "remove")
    for name in ("start", "target"):
        dates = update.add_mutually_exclusive_group()
        dates.add_argument(f"--{name}", metavar=DATE)
        dates.add_argument(f"--no-{name}", action="store_true", help=f"clear the {name} date")
    update.add_argument("--agreed-in", action="append", default=[], type=int, metavar="INTERVIEW_ID")
    update.add_argument("--reviewed-in", action="append", default=[], type=int, metavar="INTERVIEW_ID",
                        help="an interview or session where the action was reviewed (repeatable)")
    update.set_defaults(func=_update)

    listing = commands.add_parser("list", help="list actions by theme (no notes unless --history)")
    add_study_arg(listing)
    listing.add_argument("--theme", metavar="THEME")
    listing.add_argument("--status", metavar="STATUS")
    listing.add_argument("--history", action="store_true", help="list every action's dated history instead")
    listing.set_defaults(func=_list)


def _owner(args):
    given = any(v is not None for v in (args.owner_role, args.owner_participant, args.owner_org))
    if getattr(args, "no_owner", False):
        if given:
            raise VeldwerkError("Give a new owner or --no-owner, not both.")
        return None
    if not given:
        return UNCHANGED
    return Party(role=args.owner_role, participant=args.owner_participant, organisation=args.owner_org)


def _members(args, prefix: str) -> list[Party]:
    return ([Party(role=r) for r in getattr(args, f"{prefix}_role")]
            + [Party(participant=p) for p in getattr(args, f"{prefix}_participant")]
            + [Party(organisation=o) for o in getattr(args, f"{prefix}_org")])


def _add(args) -> int:
    owner = _owner(args)
    with open_study(args.dir) as study:
        action_id = study.actions.add(
            args.theme, args.what, owner=None if owner is UNCHANGED else owner, members=_members(args, "with"),
            start=args.start, target=args.target, status=args.status, note=args.note or "", on=args.date,
            author=args.author, agreed_in=args.agreed_in,
        )
    print(action_id)
    return 0


def _update(args) -> int:
    def date_arg(name):
        if getattr(args, f"no_{name}"):
            return None
        value = getattr(args, name)
        return UNCHANGED if value is None else value

    with open_study(args.dir) as study:
        changed = study.actions.update(
            args.action, what=UNCHANGED if args.what is None else args.what,
            theme=UNCHANGED if args.theme is None else args.theme, owner=_owner(args),
            start=date_arg("start"), target=date_arg("target"), add_members=_members(args, "with"),
            remove_members=_members(args, "drop"), status=args.status, note=args.note, on=args.date,
            author=args.author, agreed_in=args.agreed_in, reviewed_in=args.reviewed_in,
        )
    print(", ".join(changed))
    return 0


def _list(args) -> int:
    with open_study(args.dir) as study:
        rows = study.actions.list(theme=args.theme, status=args.status)
        labels = {r["key"]: r["label"] for r in study.roles()}
    if args.history:
        events = [dict(h, action=r["id"]) for r in rows for h in r["history"]]
        print_table(events, ["action", "on_date", "status", "note", "author"])
        return 0
    for row in rows:
        row["owner"] = row["owner"].label(labels) if row["owner"] else ""
        row["with"] = "; ".join(m.label(labels) for m in row["members"])
        row["links"] = ", ".join(f"{link['interview_id']}:{link['kind']}" for link in row["links"])
    print_table(rows, ["id", "theme", "status", "since", "what", "owner", "with", "start_date", "target_date", "links"])
    return 0

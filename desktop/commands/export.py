"""`veldwerk export DIR --format FORMAT --out PATH`: documents, spreadsheets, transcripts and projects."""
import sys
from pathlib import Path

from desktop.commands.common import add_study_arg, open_study
from storage.errors import VeldwerkError


def register(sub) -> None:
    from storage.exports import Scope, exporters

    registered = exporters()   # a broken exporter fails loudly here, not as a missing format
    formats = sorted(registered)
    one = [name for name in formats if registered[name].scope is Scope.INTERVIEW]
    export = sub.add_parser(
        "export",
        help="write a coded transcript, report, matrix, consent register, transcript or REFI-QDA project",
        description="Exports are pseudonymised (names, places, phone numbers, e-mail addresses, dates replaced) "
        "and leave out quotes of participants who did not consent to quoting. Each export states whether the "
        "pseudonymisation review of every interview in it is finished, and warns when it is not.",
    )
    add_study_arg(export)
    export.add_argument("--format", required=True, metavar="FORMAT", help="one of: " + ", ".join(formats))
    export.add_argument("--interview", type=int, metavar="ID", help="only this interview (required for " + ", ".join(one) + ")")
    export.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    export.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    export.add_argument(
        "--no-pseudonymise", action="store_true",
        help="export the text as recorded, without replacing names and other details (recorded in the audit log; "
        "refused for insights-docx, the handout for participants)",
    )
    export.set_defaults(func=_export)


def _export(args) -> int:
    from storage.exports import export, load_all
    from storage.exports.target import check_target
    from storage.pseudonymise import deidentify

    out = Path(args.out)
    if args.format not in load_all():
        raise VeldwerkError(f"Unknown export format {args.format!r}; choose one of: {', '.join(sorted(load_all()))}.")
    if not out.parent.is_dir():
        raise VeldwerkError(f"The folder {out.parent} does not exist.")
    if not out.is_dir():  # (qdpx and qdc also take a folder; the core checks it)
        check_target(out)  # never into a study folder, never a device or link, even with --force
    if out.exists() and not args.force:
        raise VeldwerkError(f"{out} already exists; choose another name or add --force to overwrite it.")
    with open_study(args.dir) as study:
        if args.interview is not None:
            study.interviews.get(args.interview)
        if not args.no_pseudonymise and not deidentify.is_warm():
            print("veldwerk: loading the pseudonymiser (the very first time this takes about two minutes) ...",
                  file=sys.stderr, flush=True)
        path = export(study, args.format, out, interview_id=args.interview, pseudonymise=not args.no_pseudonymise)
        logged = study.audit.entries("export.unpseudonymised" if args.no_pseudonymise else "export")
        omitted = logged[-1]["detail"].get("omitted_quotes", 0) if logged else 0
        unreviewed = logged[-1]["detail"].get("unreviewed", []) if logged else []
        codes = {i: study.interviews.get(i).participant for i in unreviewed}
        chosen = [study.interviews.get(args.interview)] if args.interview is not None else study.interviews.list()
        unfinished = [f"{i.id} ({i.participant})" for i in chosen if i.transcript_state == "partial"]
    if args.no_pseudonymise:
        print("veldwerk: NOT pseudonymised; this export was recorded in the audit log.", file=sys.stderr)
    if omitted:
        print(f"veldwerk: {omitted} quote(s) left out (no consent to quoting, item 3).", file=sys.stderr)
    if unfinished:
        print(f"veldwerk: WARNING: the transcription of interview(s) {', '.join(unfinished)} is not finished; "
              "the export holds only what is done and says 'onvolledig'.", file=sys.stderr)
    if unreviewed:
        which = ", ".join(f"{i} ({code})" for i, code in codes.items())
        print(f"veldwerk: WARNING: pseudonymisation review not finished for interview(s) {which}; the export says so. "
              "Review with `veldwerk pseudonymise list`, then `veldwerk pseudonymise finish`.", file=sys.stderr)
    print(path)
    return 0

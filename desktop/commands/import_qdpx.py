"""`veldwerk import-qdpx DIR FILE.qdpx`: a REFI-QDA project from QualCoder, ATLAS.ti, MAXQDA or NVivo into a study."""
from desktop.commands.common import add_study_arg, open_study


def register(sub) -> None:
    imp = sub.add_parser(
        "import-qdpx",
        help="import a REFI-QDA project (.qdpx): codebook, participants, text-only interviews, codings with memos",
        description="Import a REFI-QDA project (.qdpx) into the study in one step: its codes (nested, with GUIDs), "
                    "a participant per case (role from a 'Rol'/'Role' variable), an interview with a transcript per "
                    "text source, and its codings at the same characters with memos and authors. No consent is "
                    "recorded: the imported participants' text is left out of every export until you record their "
                    "consent. Audio sources are not stored (they need consent to recording). Nothing changes when "
                    "the file is refused.",
    )
    add_study_arg(imp)
    imp.add_argument("file", metavar="FILE.qdpx", help="the REFI-QDA project to import")
    imp.set_defaults(func=_import)


def summary(result) -> list[str]:
    """The lines `veldwerk import-qdpx` prints for a ProjectImport."""
    lines = []
    for code in result.codes.added:
        under = f" (under {code['parent']})" if code["parent"] else ""
        lines.append(f"code added\t{code['key']}\t{code['label']}{under}")
    for code in result.codes.skipped:
        lines.append(f"code kept\t{code['key']}\t{code['label']} (the study has a code with this name)")
    for role in result.roles_added:
        lines.append(f"role added\t{role}")
    for person in result.participants:
        note = " (case name not kept: it may be a person's name)" if person["renamed"] else ""
        lines.append(f"participant\t{person['code']}\t{person['role']}{note}")
    for audio in result.audio_not_stored:
        where = "in the file" if audio["in_archive"] else "not in the file"
        lines.append(f"not imported\taudio {audio['source']!r} ({where}): {audio['reason']}")
    for source in result.sources_skipped:
        lines.append(f"not imported\t{source['kind']} {source['source']!r}: {source['reason']}")
    authors = ", ".join(result.authors) or "none"
    lines.append(f"{len(result.codes.added)} codes added, {len(result.participants)} participants, "
                 f"{len(result.interviews)} interviews, {result.segments} segments, {result.codings} codings "
                 f"(authors: {authors}), {result.selections_skipped} selections without a code or text skipped")
    if result.need_consent:
        lines.append(f"No consent is recorded for {', '.join(result.need_consent)}: their text stays out of every "
                     "export until you record their consent (veldwerk consent record).")
    return lines


def _import(args) -> int:
    from storage.refi_import.importer import import_project

    with open_study(args.dir) as study:
        result = import_project(study, args.file)
    print("\n".join(summary(result)))
    return 0

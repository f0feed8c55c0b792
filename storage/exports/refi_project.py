"""The study as a REFI-QDA project (.qdpx, QDA-XML 1.0): a zip with `project.qde` and `sources/`.

What it holds:
- Users: the researcher exporting and every coding author.
- CodeBook: the codes with GUID, Dutch label, colour, description and nesting.
- Variables and Cases: one case per participant (the pseudonym code) with the stakeholder
  role as the text variable "Rol" and a SourceRef to each of their transcripts.
- Sources: one TextSource per transcript, its pseudonymised plain text stored as
  `sources/GUID.txt` (one line per segment, `[hh:mm:ss] Speaker: text`); each coding is a
  PlainTextSelection whose positions count characters in that pseudonymised text, with a
  Coding/CodeRef. The selection's Description holds the coding memo (pseudonymised) and, for
  perception codes, the role the excerpt is about ("Over: …"): QualCoder reads a coding's memo
  only there.
- Notes: each coding memo again, linked by a NoteRef on its selection (for ATLAS.ti, MAXQDA, NVivo).
- creatingUser on every source, selection, coding and note: the coding's author, or the
  researcher exporting when a coding has none (so no importer falls back to a "default" coder).

Consent to quoting (item 3): a participant who did not consent keeps their case and role,
but none of their transcript text leaves the study; their coded excerpts are counted in
`ctx.omitted_quotes` and the project's Description says how many were left out.
GUIDs are stable across exports (see refi_guids).
"""
import getpass
import zipfile
from pathlib import Path

from lxml import etree

from storage.exports import review_notice
from storage.exports.redacted_offsets import OffsetMap
from storage.exports.refi_codebook import add_codes
from storage.exports.refi_guids import Guids
from storage.exports.refi_schema import PROJECT_NS, origin, xml_text
from storage.exports.registry import QuoteUnit, Scope, register
from storage.exports.target import write_atomically
from storage.sessions.quotes import codings_clear_of, omitted_segment_text
from storage.timefmt import hhmmss
from storage.transcripts import Transcript

ROLE_VARIABLE = "Rol"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so an unchanged study exports to identical bytes


def _el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    element = etree.SubElement(
        parent, f"{{{PROJECT_NS}}}{tag}", {k: xml_text(v) for k, v in attrs.items() if v not in (None, "")}
    )
    if text is not None:
        element.text = xml_text(text)
    return element


def _exporting_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "researcher"


def source_text(ctx, interview_id: int, transcript: Transcript) -> tuple[str, dict]:
    """The pseudonymised plain text of a transcript and, per segment id, (offset of its text, OffsetMap)."""
    names = transcript.speakers or {}
    lines, places, cursor = [], {}, 0
    segments = ctx.study.transcripts.segments(transcript.id)
    # a session's speakers without consent to quoting
    left_out = ctx.unquotable_segments(interview_id, {s.id: s.speaker for s in segments})
    for segment in segments:
        speaker = names.get(segment.speaker) or segment.speaker
        prefix = f"[{hhmmss(segment.start)}] " + (f"{ctx.redact(interview_id, speaker)}: " if speaker else "")
        if segment.id in left_out:
            text = body = omitted_segment_text(left_out[segment.id])
        else:
            text, body = segment.text, ctx.redact(interview_id, segment.text)
        places[segment.id] = (cursor + len(prefix), OffsetMap(text, body))
        lines.append(prefix + body)
        cursor += len(prefix) + len(body) + 1
    return "\n".join(lines), places


def selection_range(coding, places: dict) -> tuple[int, int]:
    """Start and end position of a coding in the source text built by source_text()."""
    start_base, start_map = places[coding.start_segment_id]
    end_base, end_map = places[coding.end_segment_id]
    start = start_base + start_map.start(coding.start_offset)
    end = end_base + end_map.end(coding.end_offset)
    return start, max(start, end)


def build_project(ctx) -> tuple[etree._Element, dict[str, str]]:
    """The <Project> element and the source files ({zip name: text}) of one export run."""
    study = ctx.study
    guids = Guids(study)
    root = etree.Element(f"{{{PROJECT_NS}}}Project", nsmap={None: PROJECT_NS})
    root.set("name", xml_text(study.name) or "Veldwerk")
    root.set("origin", origin())
    exporter = _exporting_user()
    root.set("creatingUserGUID", guids("user", exporter))
    if study.get_setting("created_at"):
        root.set("creationDateTime", study.get_setting("created_at"))

    users = {exporter: guids("user", exporter)}
    cases: dict[int, dict] = {}
    sources: list[dict] = []
    files: dict[str, str] = {}
    left_out = {"transcripts": 0, "excerpts": 0}

    for interview in ctx.interviews():
        transcript = study.transcripts.for_interview(interview.id)
        if transcript is None:
            continue
        codings = study.codings.list(transcript_id=transcript.id)
        case = cases.setdefault(
            interview.participant_id,
            {"code": interview.participant, "role": interview.role, "sources": []},
        )
        if not ctx.quotable_interview(interview):
            left_out["transcripts"] += 1
            left_out["excerpts"] += len(codings)
            ctx.omitted_quotes += len(codings)
            continue
        guid = guids("source", transcript.id)
        text, places = source_text(ctx, interview.id, transcript)
        segments = study.transcripts.segments(transcript.id)
        left = ctx.unquotable_segments(interview.id, {s.id: s.speaker for s in segments})
        if left:  # a session: the codings touching a left-out speaker's words go too
            kept = codings_clear_of(codings, [s.id for s in segments], left)
            left_out["excerpts"] += len(codings) - len(kept)
            ctx.omitted_quotes += len(codings) - len(kept)
            codings = kept
        files[f"sources/{guid}.txt"] = text
        case["sources"].append(guid)
        for coding in codings:
            if coding.author:
                users.setdefault(coding.author, guids("user", coding.author))
        sources.append({"guid": guid, "interview": interview, "transcript": transcript,
                        "codings": codings, "places": places})

    _users(root, users)
    codebook = etree.Element(f"{{{PROJECT_NS}}}CodeBook")
    if add_codes(codebook, study, guids, PROJECT_NS):
        root.append(codebook)
    _cases(root, study, guids, cases)
    notes = _sources(root, ctx, guids, users, sources, exporter)
    if notes:
        container = _el(root, "Notes")
        for note in notes:
            container.append(note)
    description = [line for line, _ in review_notice.lines(ctx, [s["interview"] for s in sources])]
    if left_out["transcripts"] or left_out["excerpts"]:
        description.append(
            f"Left out for lack of consent to quoting (consent item 3): {left_out['transcripts']} transcript(s) "
            f"with {left_out['excerpts']} coded excerpt(s).")
    if description:
        _el(root, "Description", "\n".join(description))
    return root, files


def _users(root, users: dict) -> None:
    container = _el(root, "Users")
    for name, guid in users.items():
        _el(container, "User", guid=guid, name=name)


def _cases(root, study, guids: Guids, cases: dict) -> None:
    if not cases:
        return
    variable = guids("variable", "role")
    variables = _el(root, "Variables")
    var = _el(variables, "Variable", guid=variable, name=ROLE_VARIABLE, typeOfVariable="Text")
    _el(var, "Description", "De stakeholderrol van de deelnemer (bijvoorbeeld sekswerker, klant, GGD, politie).")
    container = _el(root, "Cases")
    for participant_id, case in cases.items():
        element = _el(container, "Case", guid=guids("case", participant_id), name=case["code"])
        value = _el(element, "VariableValue")
        _el(value, "VariableRef", targetGUID=variable)
        _el(value, "TextValue", study.role_label(case["role"]))
        for source in case["sources"]:
            _el(element, "SourceRef", targetGUID=source)


def selection_description(memo: str, about: str) -> str:
    """What a selection's Description holds: the memo, then the role the excerpt is about ("Over: …")."""
    return "\n".join(part for part in (memo, f"Over: {about}" if about else "") if part)


def _sources(root, ctx, guids: Guids, users: dict, sources: list[dict], exporter: str) -> list:
    """Append <Sources>; returns the <Note> elements of the coding memos."""
    if not sources:
        return []
    study = ctx.study
    notes = []
    container = _el(root, "Sources")
    for source in sources:
        interview, transcript = source["interview"], source["transcript"]
        element = _el(
            container, "TextSource",
            guid=source["guid"],
            name=f"{interview.participant} – interview {interview.id} ({interview.date})",
            plainTextPath=f"internal://{source['guid']}.txt",
            creatingUser=users[exporter], creationDateTime=transcript.created_at,
        )
        review = review_notice.plain_line(ctx, interview)
        if review:
            _el(element, "Description", review)
        for coding in source["codings"]:
            start, end = selection_range(coding, source["places"])
            user = users[coding.author or exporter]
            selection = _el(
                element, "PlainTextSelection",
                guid=guids("selection", coding.id), name=coding.code_label,
                startPosition=start, endPosition=end,
                creatingUser=user, creationDateTime=coding.created_at,
                modifyingUser=user, modifiedDateTime=coding.updated_at,
            )
            memo = ctx.redact(interview.id, coding.memo or "").strip()
            about = study.role_label(coding.about_role) if coding.about_role else ""
            if memo or about:
                _el(selection, "Description", selection_description(memo, about))
            code = _el(selection, "Coding", guid=guids("coding", coding.id),
                       creatingUser=user, creationDateTime=coding.created_at)
            _el(code, "CodeRef", targetGUID=guids("code", coding.code_id))
            if memo:
                note_guid = guids("memo", coding.id)
                _el(selection, "NoteRef", targetGUID=note_guid)
                note = etree.Element(f"{{{PROJECT_NS}}}Note", {"guid": note_guid, "name": xml_text(f"Memo: {coding.code_label}")})
                note.set("creatingUser", user)
                note.set("creationDateTime", coding.updated_at or coding.created_at)
                _el(note, "PlainTextContent", memo)
                notes.append(note)
    return notes


@register("qdpx", scope=Scope.ANY, unit=QuoteUnit.CODINGS, extension=".qdpx")
def export(ctx, out: Path) -> Path:
    """Write the study (or one interview) as a REFI-QDA .qdpx project."""
    out = Path(out)
    if out.is_dir():
        out = out / "project.qdpx"
    root, files = build_project(ctx)
    xml = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)

    def write(path):
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(zipfile.ZipInfo("project.qde", _ZIP_TIME), xml, compress_type=zipfile.ZIP_DEFLATED)
            for name, text in files.items():
                archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)

    return write_atomically(out, write)

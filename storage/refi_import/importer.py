"""Importing a REFI-QDA project (.qdpx) into a study: codebook, participants, text-only interviews, codings.

    result = import_project(study, "project.qdpx")

Everything is added in one transaction: a file that is refused (not a zip, not valid against the
project schema, a selection outside its text, a code reference missing from the codebook, a case code
the study already has) changes nothing.

- **Codes** (storage/codebook_import.add_code_tree): nested codes keep their hierarchy, colour and
  description; new codes keep the file's GUID; a code whose name the study has is kept as the study has it.
- **Participants** from Cases (storage/refi_import/cases.py), one **interview** per TextSource with a
  transcript of one segment per non-empty line (source_text.py), and one **coding** per Coding at exactly
  the characters of its selection, with memo, about-role and author (selections.py). Authors become
  researchers of the study.
- **Consent.** The import records no consent: nobody witnessed these participants agree to anything in
  this study. So, enforced by the ledger as for anyone without a record: exports leave their text out
  (item 3), no audio of theirs is stored (item 1: audio sources in the file are reported, not imported)
  and nothing of theirs is transcribed (item 2). `ProjectImport.need_consent` names them.
- Sources other than text and audio (PDF, pictures, video) and text kept outside the archive are
  reported, not imported.
"""
import re
from dataclasses import dataclass, field
from pathlib import Path

from storage.codebook_import import CodebookImport, add_code_tree, read_code
from storage.consent.forms import ConsentItem
from storage.errors import VeldwerkError
from storage.exports.refi_schema import PROJECT_NS
from storage.messages import Text
from storage.refi_import.cases import read_people
from storage.refi_import.project_file import archive_member, read_project
from storage.refi_import.roles import RoleFinder
from storage.refi_import.selections import read_notes, read_selections, user_names
from storage.refi_import.source_text import PositionMap, split_lines

MODEL = "refi-qda"  # transcripts.model of an imported transcript: it was not made by a speech model
OTHER_SOURCES = ("PDFSource", "PictureSource", "VideoSource")
_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\s*$")


def _q(tag: str) -> str:
    return f"{{{PROJECT_NS}}}{tag}"


@dataclass
class ProjectImport:
    """What an import did."""

    codes: CodebookImport = field(default_factory=CodebookImport)
    participants: list[dict] = field(default_factory=list)   # {code, role, renamed}
    interviews: list[int] = field(default_factory=list)
    segments: int = 0
    codings: int = 0
    authors: list[str] = field(default_factory=list)
    roles_added: list[str] = field(default_factory=list)
    audio_not_stored: list[dict] = field(default_factory=list)  # {source, participant, in_archive, reason}
    sources_skipped: list[dict] = field(default_factory=list)  # {source, kind, reason}
    selections_skipped: int = 0   # selections without a code, or covering no segment text

    @property
    def need_consent(self) -> list[str]:
        """Participant codes that need a consent record before their text is exported (all imported ones)."""
        return [p["code"] for p in self.participants]


def import_project(study, path) -> ProjectImport:
    """Add a .qdpx project to the study; returns what was added and what was left out."""
    path = Path(path)
    root = read_project(path)

    def read_file(reference):
        data = archive_member(path, reference)
        return None if data is None else data.decode("utf-8", errors="replace")

    result = ProjectImport()
    sources = root.find(_q("Sources"))
    texts = list(sources.iterfind(_q("TextSource"))) if sources is not None else []
    audio = list(sources.iterfind(_q("AudioSource"))) if sources is not None else []
    users = user_names(root)
    with study.transaction():
        codebook = root.find(f"{_q('CodeBook')}/{_q('Codes')}")
        tree = [read_code(code, PROJECT_NS) for code in codebook.iterfind(_q("Code"))] if codebook is not None else []
        code_keys = add_code_tree(study, tree, result.codes)
        people = read_people(root, study, [s.get("guid", "").upper() for s in texts + audio])
        roles = RoleFinder(study)
        notes = read_notes(root, read_file)
        created: dict[str, dict] = {}
        for source in texts:
            _text_source(study, path, source, read_file, people, created, roles, users, notes, code_keys, result,
                         counts_utf16(root))
        for source in audio:
            person = people[source.get("guid", "").upper()]
            result.audio_not_stored.append({
                "source": source.get("name") or source.get("guid"),
                "participant": person.code,
                "in_archive": archive_member(path, source.get("path") or "") is not None,
                "reason": f"no consent to audio recording (consent item {int(ConsentItem.RECORDING)}) for {person.code}",
            })
        if sources is not None:
            for kind in OTHER_SOURCES:
                for source in sources.iterfind(_q(kind)):
                    result.sources_skipped.append({"source": source.get("name") or source.get("guid"), "kind": kind,
                                                   "reason": "only text and audio sources are imported"})
        result.roles_added = roles.added
        study.audit.log("refi.import", "study", None, {
            "codes_added": len(result.codes.added), "participants": len(result.participants),
            "interviews": len(result.interviews), "codings": result.codings,
            "audio_not_stored": len(result.audio_not_stored), "sources_skipped": len(result.sources_skipped),
        })
    return result


def counts_utf16(root) -> bool:
    """Whether the project's positions count UTF-16 code units (NVivo) rather than code points."""
    return "nvivo" in (root.get("origin") or "").casefold()


def _text_source(study, path, source, read_file, people, created, roles, users, notes, code_keys, result,
                 utf16: bool) -> None:
    name = source.get("name") or source.get("guid")
    text = source.findtext(_q("PlainTextContent"))
    if text is None:
        text = read_file(source.get("plainTextPath") or "")
    if text is None:
        result.sources_skipped.append({"source": name, "kind": "TextSource",
                                       "reason": "its plain text is not inside the .qdpx"})
        return
    lines = split_lines(text)
    positions = PositionMap(text, lines, utf16=utf16)
    selections, uncoded = read_selections(source, users, notes)
    result.selections_skipped += uncoded
    ranges = [positions.selection(s.start, s.end, Text("refi.selection", {"guid": s.guid, "name": name}))
              for s in selections]

    person = people[source.get("guid", "").upper()]
    if person.code not in created:
        role = roles.key(person.role_name)
        created[person.code] = study.participants.add(person.code, role, notes=person.notes)
        result.participants.append({"code": person.code, "role": role, "renamed": person.renamed})
    date = _DATE.search(name or "")
    date = date.group(1) if date else (source.get("creationDateTime") or "")[:10] or None
    # the source's name is not kept (a file name often holds a person's name); its GUID traces it back
    interview_id = study.interviews.create(
        person.code, date=date,
        notes=f"Imported from the REFI-QDA project {path.name} (source {source.get('guid')}); no consent recorded.")
    result.interviews.append(interview_id)
    transcript_id = study.transcripts.begin(interview_id, model=MODEL, language=study.language)
    segments = []
    for i, line in enumerate(lines):
        following = lines[i + 1].start if i + 1 < len(lines) else line.start
        segments.append({"start": line.start, "end": max(line.start, following), "text": line.text,
                         "speaker": line.speaker})
    study.transcripts.append_segments(transcript_id, segments, segments[-1]["end"] if segments else 0.0)
    study.transcripts.complete(transcript_id)
    ids = [s.id for s in study.transcripts.segments(transcript_id)]
    result.segments += len(ids)

    for selection, span in zip(selections, ranges):
        if span is None:
            result.selections_skipped += 1
            continue
        key = code_keys.get(selection.code_guid)
        if key is None:
            raise VeldwerkError(key="refi.selection_code", guid=selection.guid, name=name)
        code = study.codebook.get(key)
        memo, about = selection.memo_and_about(bool(code["perception"]))
        if code["perception"] and not about:
            raise VeldwerkError(
                key="refi.selection_about", guid=selection.guid, name=name, code=key)
        author = study.researchers.add(selection.author) if selection.author else ""
        if author and author not in result.authors:
            result.authors.append(author)
        (first, start), (last, end) = span
        study.codings.add(transcript_id, key, (ids[first], start), (ids[last], end),
                          about_role=roles.key(about) if about else None, memo=memo, author=author)
        result.codings += 1

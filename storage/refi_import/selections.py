"""The codings of a TextSource: one per Coding inside a PlainTextSelection, with its memo and author.

- **Memo**: the selection's Description (where QualCoder keeps a coding's memo) and every Note the
  selection or its Coding points at with a NoteRef (where ATLAS.ti, MAXQDA and NVivo keep memos), text from
  the Note's PlainTextContent or its `internal://` file. Identical texts (Veldwerk writes a memo in both
  places) are kept once; different ones are joined with a blank line, the Description first.
- **About-role**: for a perception code, a last Description line `Over: <role>` (as Veldwerk writes it) is the
  role the excerpt is about, not memo text.
- **Author**: the Coding's `creatingUser`, else the selection's, as the User's name; none gives "".
"""
from dataclasses import dataclass

from storage.exchange.researchers import MAX_LENGTH
from storage.exports.refi_schema import PROJECT_NS

ABOUT_PREFIX = "Over:"


def _q(tag: str) -> str:
    return f"{{{PROJECT_NS}}}{tag}"


@dataclass
class Selection:
    """One coding to make: positions in the source text, code GUID, memo, about-role name, author name."""

    guid: str
    start: int
    end: int
    code_guid: str
    description: str
    notes: list[str]
    author: str

    def memo_and_about(self, perception: bool) -> tuple[str, str]:
        """The memo text and (for a perception code) the about-role name."""
        lines = self.description.strip().split("\n") if self.description.strip() else []
        about = ""
        if perception and lines and lines[-1].strip().startswith(ABOUT_PREFIX):
            about = lines.pop().strip()[len(ABOUT_PREFIX):].strip()
        parts: list[str] = []
        for text in ["\n".join(lines).strip(), *self.notes]:
            if text and text not in parts:
                parts.append(text)
        return "\n\n".join(parts), about


def user_names(root) -> dict[str, str]:
    """{User GUID (upper case): name on one line, at most a researcher name's length}."""
    names = {}
    for user in root.iterfind(f"{_q('Users')}/{_q('User')}"):
        name = " ".join((user.get("name") or user.get("id") or "").split())[:MAX_LENGTH].strip()
        if name:
            names[user.get("guid", "").upper()] = name
    return names


def read_notes(root, read_file) -> dict[str, str]:
    """{Note GUID (upper case): its text}; `read_file(reference)` gives the text of an internal:// file or None."""
    notes = {}
    for note in root.iterfind(f"{_q('Notes')}/{_q('Note')}"):
        text = note.findtext(_q("PlainTextContent"))
        if text is None and note.get("plainTextPath"):
            text = read_file(note.get("plainTextPath"))
        if text and text.strip():
            notes[note.get("guid", "").upper()] = text.strip()
    return notes


def read_selections(source, users: dict[str, str], notes: dict[str, str]) -> tuple[list[Selection], int]:
    """The codings of one TextSource, and how many selections carry no code (not imported)."""
    found, uncoded = [], 0
    for element in source.iterfind(_q("PlainTextSelection")):
        codings = element.findall(_q("Coding"))
        if not codings:
            uncoded += 1
            continue
        refs = [r.get("targetGUID", "").upper() for r in element.iterfind(_q("NoteRef"))]
        for coding in codings:
            texts = [notes[g] for g in refs + [r.get("targetGUID", "").upper() for r in coding.iterfind(_q("NoteRef"))]
                     if g in notes]
            user = coding.get("creatingUser") or element.get("creatingUser") or ""
            code_ref = coding.find(_q("CodeRef"))
            found.append(Selection(
                guid=element.get("guid", ""),
                start=int(element.get("startPosition")),
                end=int(element.get("endPosition")),
                code_guid=(code_ref.get("targetGUID") if code_ref is not None else "").upper(),
                description=element.findtext(_q("Description")) or "",
                notes=texts,
                author=users.get(user.upper(), ""),
            ))
    return found, uncoded

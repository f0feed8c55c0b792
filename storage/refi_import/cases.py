"""Participants from a project's Cases: who each source belongs to.

- **Code.** A case name that looks like a pseudonym (a valid participant code with a digit in it:
  R01, P3, Interviewee_12) is kept. Any other name (Anna, "Jan de Vries") may be a real name: it is
  not stored, and the case gets a neutral code (IMP01, IMP02, …).
- **Role** from a case variable named `Rol` or `Role` (any case), matched to the study's roles by label
  or key (RoleFinder); no such variable, or no value, gives the role `onbekend`.
- **Notes**: the case's other variables (`name: value`, one a line) and its Description.
- A source that no case refers to gets a participant of its own with a neutral code.
- A case code that is already a participant of the study refuses the whole import: an import never
  merges two people (merging copies of one study is what `veldwerk exchange` does).
"""
from dataclasses import dataclass, field

from storage.errors import Duplicate
from storage.exports.refi_schema import PROJECT_NS
from storage.participants import CODE

ROLE_VARIABLES = {"rol", "role"}
NEUTRAL_PREFIX = "IMP"


def _q(tag: str) -> str:
    return f"{{{PROJECT_NS}}}{tag}"


@dataclass
class Person:
    """One participant to create: code, role name (as in the file), notes, the sources that are theirs."""

    code: str
    role_name: str = ""
    notes: str = ""
    sources: list[str] = field(default_factory=list)
    renamed: bool = False


def is_pseudonym(name: str) -> bool:
    """Whether a case name can be kept as a participant code (it could not be a person's name)."""
    return bool(CODE.match(name)) and any(ch.isdigit() for ch in name)


def _value(element) -> str:
    """The value of a VariableValue (TextValue, IntegerValue, …) as text."""
    for child in element:
        if child.tag != _q("VariableRef") and child.text is not None:
            return child.text.strip()
    return ""


def read_people(root, study, source_guids: list[str]) -> dict[str, Person]:
    """Per source GUID (upper case), the participant it belongs to. Raises Duplicate for a code in use."""
    variables = {v.get("guid", "").upper(): v.get("name", "")
                 for v in root.iterfind(f"{_q('Variables')}/{_q('Variable')}")}
    taken = {p["code"].casefold() for p in study.participants.list()}
    used: set[str] = set()
    people: list[Person] = []
    for case in root.iterfind(f"{_q('Cases')}/{_q('Case')}"):
        name = " ".join((case.get("name") or "").split())
        person = Person(code=name if is_pseudonym(name) else "", renamed=not is_pseudonym(name))
        notes = []
        for value in case.iterfind(_q("VariableValue")):
            ref = value.find(_q("VariableRef"))
            variable = variables.get((ref.get("targetGUID") if ref is not None else "").upper(), "")
            text = _value(value)
            if variable.strip().casefold() in ROLE_VARIABLES:
                person.role_name = person.role_name or text
            elif variable and text:
                notes.append(f"{variable}: {text}")
        description = (case.findtext(_q("Description")) or "").strip()
        if description:
            notes.append(description)
        person.notes = "\n".join(notes)
        person.sources = [ref.get("targetGUID", "").upper() for ref in case.iterfind(_q("SourceRef"))]
        if person.code:
            if person.code.casefold() in taken:
                raise Duplicate(
                    key="refi.case_exists", code=person.code)
            if person.code.casefold() in used:  # two cases with one name: the second gets a neutral code
                person.code, person.renamed = "", True
            else:
                used.add(person.code.casefold())
        people.append(person)

    by_source: dict[str, Person] = {}
    for person in people:
        for guid in person.sources:
            by_source.setdefault(guid, person)
    for guid in source_guids:
        if guid not in by_source:
            person = Person(code="", renamed=False, sources=[guid])
            people.append(person)
            by_source[guid] = person
    number = 0
    for person in people:
        if not person.code and any(by_source.get(g) is person for g in source_guids):
            while True:
                number += 1
                code = f"{NEUTRAL_PREFIX}{number:02d}"
                if code.casefold() not in taken and code.casefold() not in used:
                    break
            person.code = code
            used.add(code.casefold())
    return {guid: person for guid, person in by_source.items() if guid in set(source_guids)}


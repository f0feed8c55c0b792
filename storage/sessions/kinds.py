"""What kind of conversation an interview row is: one name per fact, typed or dictated in Dutch or English."""
import re
from enum import StrEnum

from storage.errors import VeldwerkError


class UnknownSessionKind(VeldwerkError):
    """A kind of session that does not exist."""


class SessionKind(StrEnum):
    """The kind stored in `interviews.kind`; a plain interview has one participant, a session several."""

    INTERVIEW = "interview"
    FOCUS_GROUP = "focus_group"
    MEETING = "meeting"

    @property
    def label_nl(self) -> str:
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _LABELS[self][1]

    @property
    def is_session(self) -> bool:
        """A conversation with several participants (focus group or meeting)."""
        return self is not SessionKind.INTERVIEW


_LABELS = {
    SessionKind.INTERVIEW: ("Interview", "Interview"),
    SessionKind.FOCUS_GROUP: ("Focusgroep", "Focus group"),
    SessionKind.MEETING: ("Bijeenkomst", "Meeting"),
}


def _flat(text: str) -> str:
    return re.sub(r"[^a-z]", "", str(text).casefold())


_SPELLINGS = {_flat(k.value): k for k in SessionKind}
_SPELLINGS.update({_flat(k.label_nl): k for k in SessionKind})
_SPELLINGS.update({_flat(k.label_en): k for k in SessionKind})
_SPELLINGS.update({"gesprek": SessionKind.INTERVIEW, "focusgroup": SessionKind.FOCUS_GROUP,
                   "vergadering": SessionKind.MEETING, "overleg": SessionKind.MEETING,
                   "sessie": SessionKind.MEETING})


def parse_kind(text) -> SessionKind:
    """The kind named by `text` ("focus group", "Focusgroep", "focus-group", "meeting", ...); raises UnknownSessionKind."""
    if isinstance(text, SessionKind):
        return text
    found = _SPELLINGS.get(_flat(text or ""))
    if found is None:
        names = ", ".join(k.value.replace("_", " ") for k in SessionKind)
        raise UnknownSessionKind(key="session.unknown_kind", text=text, names=names)
    return found

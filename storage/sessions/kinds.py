"""What kind of conversation an interview row is: one name per fact, typed or dictated in Dutch or English."""
from enum import StrEnum

from storage.errors import VeldwerkError
from storage.vocabulary import Labelled, labels


class UnknownSessionKind(VeldwerkError):
    """A kind of session that does not exist."""


class SessionKind(Labelled, StrEnum):
    """The kind stored in `interviews.kind`; a plain interview has one participant, a session several."""

    INTERVIEW = "interview"
    FOCUS_GROUP = "focus_group"
    MEETING = "meeting"

    @property
    def is_session(self) -> bool:
        """A conversation with several participants (focus group or meeting)."""
        return self is not SessionKind.INTERVIEW


labels(SessionKind, {"interview": ("Interview", "Interview"), "focus_group": ("Focusgroep", "Focus group"),
                     "meeting": ("Bijeenkomst", "Meeting")},
       aliases={"gesprek": "interview", "focusgroup": "focus_group", "vergadering": "meeting", "overleg": "meeting",
                "sessie": "meeting"})


def parse_kind(text) -> SessionKind:
    """The kind named by `text` ("focus group", "Focusgroep", "focus-group", "meeting", ...); raises UnknownSessionKind."""
    if isinstance(text, SessionKind):
        return text
    found = SessionKind.named(text)
    if found is None:
        names = ", ".join(k.value.replace("_", " ") for k in SessionKind)
        raise UnknownSessionKind(key="session.unknown_kind", text=text, names=names)
    return found

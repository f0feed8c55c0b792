"""The status of an action and how an action is linked to an interview or session: one name per fact."""
from enum import Enum

from storage.actions.errors import UnknownStatus
from storage.vocabulary import Labelled, labels


class ActionStatus(Labelled, str, Enum):
    """Where an action stands; the values are what is stored and what the researcher types."""

    IDEE = "idee"
    GEPLAND = "gepland"
    IN_GANG_GEZET = "in gang gezet"
    GEREALISEERD = "gerealiseerd"
    GESTOPT = "gestopt"

    @property
    def open(self) -> bool:
        """Still to be done or under way (not realised and not stopped)."""
        return self in (ActionStatus.IDEE, ActionStatus.GEPLAND, ActionStatus.IN_GANG_GEZET)


# Typed or dictated: "in gang gezet", "In-gang-gezet", "ingang gezet", "under way", "realised".
labels(ActionStatus, {"idee": ("Idee", "Idea"), "gepland": ("Gepland", "Planned"),
                      "in gang gezet": ("In gang gezet", "Under way"), "gerealiseerd": ("Gerealiseerd", "Realised"),
                      "gestopt": ("Gestopt", "Stopped")},
       aliases={"realized": "gerealiseerd", "started": "in gang gezet", "ingangezet": "in gang gezet"})


def parse_status(text) -> ActionStatus:
    """The status named by `text` (Dutch or English, any case, spaces or hyphens); raises UnknownStatus."""
    if isinstance(text, ActionStatus):
        return text
    found = ActionStatus.named(text)
    if found is None:
        names = ", ".join(s.value for s in ActionStatus)
        raise UnknownStatus(key="action.unknown_status", text=text, names=names)
    return found


def status_since(history) -> str | None:
    """The date an action entered its current status: the first entry of the last run of equal statuses.
    `history` holds (on_date, status) pairs in order; notes under the same status do not move it."""
    since, current = None, None
    for on_date, status in history:
        status = parse_status(status)
        if status is not current:
            since, current = on_date, status
    return since


class LinkKind(str, Enum):
    """How an interview or session is linked to an action."""

    AGREED = "agreed"  # the action was agreed there
    REVIEWED = "reviewed"  # its progress was looked at there

    @property
    def label_nl(self) -> str:
        return {"agreed": "afgesproken", "reviewed": "besproken"}[self.value]


class Part(str, Enum):
    """A party's place in an action."""

    OWNER = "owner"  # responsible (at most one per action)
    MEMBER = "member"  # takes part

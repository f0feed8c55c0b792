"""What the themes and actions refuse, each with a one-line message (the CLI exits 2)."""
from storage.errors import NotFound, VeldwerkError


class NotASolution(VeldwerkError):
    """A coding attached to a solution theme that is not coded as a solution (oplossingen)."""


class BadDate(VeldwerkError):
    """A date that is not an ISO date (YYYY-MM-DD), or a target before the start."""


class UnknownStatus(VeldwerkError):
    """A status that is not one of idee, gepland, in gang gezet, gerealiseerd, gestopt."""


class UnknownTheme(NotFound):
    """A theme name or number the study does not have."""


class BadParty(VeldwerkError):
    """A responsible person or party that is empty, unknown or both a participant and an organisation."""

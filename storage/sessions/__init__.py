"""Focus groups and meetings: interviews with several participants present (see store.py, docs/sessions.md)."""
from storage.sessions.kinds import SessionKind, parse_kind  # noqa: F401
from storage.sessions.store import Sessions  # noqa: F401

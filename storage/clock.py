"""Timestamps as stored: ISO 8601 in UTC, to the second."""
from datetime import datetime, timezone


def now() -> str:
    """The current time as an ISO 8601 UTC string."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()

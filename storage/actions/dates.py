"""Dates of actions: ISO calendar dates (YYYY-MM-DD), checked, and today's date."""
import re
from datetime import date

from storage.actions.errors import BadDate

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(text, what: str = "date") -> str | None:
    """`text` as a checked ISO date string; None or "" give None. Raises BadDate with a clear message."""
    if text is None:
        return None
    if isinstance(text, date):
        return text.isoformat()
    text = str(text).strip()
    if not text:
        return None
    if not _ISO.match(text):
        raise BadDate(f"The {what} {text!r} is not a date written as YYYY-MM-DD (for example 2026-03-01).")
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise BadDate(f"The {what} {text!r} does not exist in the calendar.") from None


def today() -> str:
    """Today's date as YYYY-MM-DD."""
    return date.today().isoformat()


def check_order(start: str | None, target: str | None) -> None:
    """Refuse a target date before the start date."""
    if start and target and target < start:
        raise BadDate(f"The target date {target} lies before the start date {start}.")

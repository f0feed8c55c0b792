"""Dates of actions: ISO calendar dates (YYYY-MM-DD), checked, and today's date."""
import re
from datetime import date

from storage.actions.errors import BadDate
from storage.messages import Text

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WHAT = {"date": "action.what.date", "start date": "action.what.start", "target date": "action.what.target",
         "date of the change": "action.what.change", "session date": "action.what.session"}
"""The dates parse_date is told about, by their message key (so a refusal names them in the UI's language)."""


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
        raise BadDate(key="action.date_format", what=Text(_WHAT[what]) if what in _WHAT else what, text=text)
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise BadDate(key="action.date_missing", what=Text(_WHAT[what]) if what in _WHAT else what, text=text) from None


def today() -> str:
    """Today's date as YYYY-MM-DD."""
    return date.today().isoformat()


def check_order(start: str | None, target: str | None) -> None:
    """Refuse a target date before the start date."""
    if start and target and target < start:
        raise BadDate(key="action.target_before_start", target=target, start=start)

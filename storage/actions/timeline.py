"""The timeline of actions, planned against realised, as a grid of periods (months, or quarters for more
than two years) and one row per action; the progress report draws it as a shaded table (.docx, .xlsx).

A row's planned span runs from its start date (or, without one, the day it was recorded) to its target
date; an action with only a start date is planned in that period. The period in which an action became
*gerealiseerd* or *gestopt* is marked; time past the target date, up to the realisation or (while the
action is open) up to today, shows as later than planned.
"""
from dataclasses import dataclass
from datetime import date
from enum import Enum

from storage.actions.status import ActionStatus

MAX_MONTHS = 24
MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


class Mark(Enum):
    """What a cell of the timeline shows: (Dutch legend text, fill colour, symbol)."""

    NONE = ("", None, "")
    PLANNED = ("gepland", "#BDE0FE", "")
    LATE = ("later dan gepland", "#F4A261", "")
    REALISED = ("gerealiseerd", "#8AC926", "✓")
    STOPPED = ("gestopt", "#ADB5BD", "✕")

    @property
    def label_nl(self) -> str:
        return self.value[0]

    @property
    def color(self) -> str | None:
        return self.value[1]

    @property
    def symbol(self) -> str:
        return self.value[2]


LEGEND = [Mark.PLANNED, Mark.LATE, Mark.REALISED, Mark.STOPPED]


@dataclass(frozen=True)
class Period:
    label: str  # 'mrt 26' or 'K1 26'
    first: str  # ISO date of its first day
    last: str  # ISO date of its last day

    def holds(self, day: str | None) -> bool:
        return bool(day) and self.first <= day <= self.last

    def overlaps(self, start: str, end: str) -> bool:
        return start <= self.last and end >= self.first


@dataclass
class Row:
    action_id: int
    what: str
    status: ActionStatus
    planned: tuple[str, str] | None
    ended: str | None  # the date it became gerealiseerd or gestopt (when that is its status now)

    def mark(self, period: Period, today: str) -> Mark:
        if self.ended and period.holds(self.ended):
            return Mark.REALISED if self.status is ActionStatus.GEREALISEERD else Mark.STOPPED
        if self.planned:
            start, target = self.planned
            if period.overlaps(start, target):
                return Mark.PLANNED
            late_until = self.ended if self.ended else (today if self.status.open else None)
            if late_until and self.status is not ActionStatus.GESTOPT and target < late_until \
                    and period.overlaps(_next_day(target), late_until):
                return Mark.LATE
        return Mark.NONE


def _next_day(day: str) -> str:
    return date.fromordinal(date.fromisoformat(day).toordinal() + 1).isoformat()


def _ended(action) -> str | None:
    """The date of the change into the current status, when that status ends an action."""
    return action.since if action.status in (ActionStatus.GEREALISEERD, ActionStatus.GESTOPT) else None


def _planned(action) -> tuple[str, str] | None:
    recorded = action.history[0].on_date if action.history else None
    if action.target:
        start = action.start or min(filter(None, (recorded, action.target)))
        return min(start, action.target), action.target
    if action.start:
        return action.start, action.start
    return None


def _months(first: date, last: date) -> list[Period]:
    periods, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        following = date(year + month // 12, month % 12 + 1, 1)
        end = date.fromordinal(following.toordinal() - 1)
        periods.append(Period(f"{MONTHS_NL[month - 1]} {year % 100:02d}", date(year, month, 1).isoformat(), end.isoformat()))
        year, month = following.year, following.month
    return periods


def _quarters(first: date, last: date) -> list[Period]:
    periods, year, quarter = [], first.year, (first.month - 1) // 3
    while (year, quarter) <= (last.year, (last.month - 1) // 3):
        start = date(year, quarter * 3 + 1, 1)
        following = date(year + (quarter == 3), (quarter + 1) % 4 * 3 + 1, 1)
        periods.append(Period(f"K{quarter + 1} {year % 100:02d}", start.isoformat(),
                              date.fromordinal(following.toordinal() - 1).isoformat()))
        year, quarter = following.year, (following.month - 1) // 3
    return periods


@dataclass
class Timeline:
    periods: list[Period]
    rows: list[Row]
    today: str

    def marks(self, row: Row) -> list[Mark]:
        return [row.mark(period, self.today) for period in self.periods]


def timeline(sections, today: str) -> Timeline | None:
    """The timeline of the report's actions (storage/actions/report.py), or None when no action has a date."""
    rows = []
    for section in sections:
        for action in section.actions:
            rows.append(Row(action.id, action.what, action.status, _planned(action), _ended(action)))
    dated = [r for r in rows if r.planned or r.ended]
    if not dated:
        return None
    days = [d for r in dated for d in (*(r.planned or ()), r.ended) if d]
    if any(r.planned and r.planned[1] < today and (r.status.open or (r.ended and r.ended > r.planned[1]))
           for r in dated):
        days.append(today)  # an action later than planned runs to today
    first, last = date.fromisoformat(min(days)), date.fromisoformat(max(days))
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    periods = _months(first, last) if months <= MAX_MONTHS else _quarters(first, last)
    return Timeline(periods, rows, today)

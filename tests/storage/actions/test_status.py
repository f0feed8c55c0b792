"""Statuses and dates as typed or dictated: recognised, or refused with a message naming what is allowed."""
import pytest

from storage.actions.dates import check_order, parse_date
from storage.actions.errors import BadDate, UnknownStatus
from storage.actions.status import ActionStatus, parse_status, status_since


@pytest.mark.parametrize("text, status", [
    ("idee", ActionStatus.IDEE), ("Gepland", ActionStatus.GEPLAND), ("in gang gezet", ActionStatus.IN_GANG_GEZET),
    ("In-gang-gezet", ActionStatus.IN_GANG_GEZET), ("ingang gezet", ActionStatus.IN_GANG_GEZET),
    ("in_gang_gezet", ActionStatus.IN_GANG_GEZET), ("under way", ActionStatus.IN_GANG_GEZET),
    (" GEREALISEERD ", ActionStatus.GEREALISEERD), ("realised", ActionStatus.GEREALISEERD),
    ("gestopt", ActionStatus.GESTOPT), ("stopped", ActionStatus.GESTOPT),
])
def test_statuses_are_recognised_however_written(text, status):
    assert parse_status(text) is status


@pytest.mark.parametrize("text", ["klaar", "", "gepland!!x", "3"])
def test_an_unknown_status_names_the_five(text):
    with pytest.raises(UnknownStatus, match="idee, gepland, in gang gezet, gerealiseerd, gestopt"):
        parse_status(text)


def test_since_is_when_the_current_status_began_notes_do_not_move_it():
    assert status_since([("2026-01-01", "idee"), ("2026-02-01", "gepland"), ("2026-03-01", "gepland")]) == "2026-02-01"
    assert status_since([("2026-01-01", "gepland"), ("2026-02-01", "idee"), ("2026-03-01", "gepland")]) == "2026-03-01"
    assert status_since([]) is None


def test_open_statuses():
    assert [s.value for s in ActionStatus if s.open] == ["idee", "gepland", "in gang gezet"]


def test_iso_dates_are_accepted_and_others_refused_with_the_format():
    assert parse_date("2026-03-01") == "2026-03-01"
    assert parse_date(" ") is None and parse_date(None) is None
    for bad in ("1 maart 2026", "01-03-2026", "2026/03/01", "20260301", "2026-3-1", "een maart"):
        with pytest.raises(BadDate, match="YYYY-MM-DD"):
            parse_date(bad, "start date")
    with pytest.raises(BadDate, match="does not exist"):
        parse_date("2026-02-30")


def test_a_target_before_the_start_is_refused():
    check_order("2026-03-01", "2026-03-01")
    check_order(None, "2026-01-01")
    with pytest.raises(BadDate, match="before the start date"):
        check_order("2026-03-01", "2026-02-28")

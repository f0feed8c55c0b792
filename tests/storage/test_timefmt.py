"""The one time formatter: each style on the edges (zero, under a minute, an hour, past ten hours, None, negative)."""
import pytest

from storage.timefmt import clock, hhmmss, subtitle_time


@pytest.mark.parametrize("seconds, expected", [
    (0, "0:00:00"), (5.99, "0:00:05"), (59, "0:00:59"), (60, "0:01:00"), (3599.9, "0:59:59"),
    (3725.4, "1:02:05"), (36000, "10:00:00"), (-3, "0:00:00"),
])
def test_clock(seconds, expected):
    assert clock(seconds) == expected


def test_clock_missing_value():
    assert clock(None) == "–"
    assert clock(None, missing="-") == "-"
    assert clock(0, missing="-") == "0:00:00"  # zero is a value, not a missing one


@pytest.mark.parametrize("seconds, expected", [
    (0, "0:00:00.0"), (1.25, "0:00:01.2"), (59.96, "0:00:59.9"), (3725.47, "1:02:05.4"), (-1, "0:00:00.0"),
])
def test_clock_tenths(seconds, expected):
    assert clock(seconds, tenths=True) == expected


@pytest.mark.parametrize("seconds, expected", [
    (None, "00:00:00"), (0, "00:00:00"), (6.9, "00:00:06"), (3725.4, "01:02:05"), (360000, "100:00:00"), (-2, "00:00:00"),
])
def test_hhmmss(seconds, expected):
    assert hhmmss(seconds) == expected


@pytest.mark.parametrize("seconds, separator, expected", [
    (0, ",", "00:00:00,000"), (3725.4567, ",", "01:02:05,457"), (3725.4567, ".", "01:02:05.457"),
    (59.9996, ",", "00:01:00,000"), (-1, ",", "00:00:00,000"),
])
def test_subtitle_time(seconds, separator, expected):
    assert subtitle_time(seconds, separator) == expected

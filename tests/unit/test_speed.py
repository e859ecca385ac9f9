"""Business-day arithmetic and response speed, by tables."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_watch.core.speed import BusinessClock, response_speed, silence_deadline, speed_category
from interview_watch.errors import ConfigError

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
LA = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

CLOCKS = {
    "ny": BusinessClock("America/New_York", "US-NY"),
    "ny_plain": BusinessClock("America/New_York", ""),
    "berlin": BusinessClock("Europe/Berlin", "DE"),
    "berlin_plain": BusinessClock("Europe/Berlin", ""),
    "jerusalem_plain": BusinessClock("Asia/Jerusalem", ""),
    "cairo_plain": BusinessClock("Africa/Cairo", ""),
}


def at(zone, *parts):
    return datetime(*parts, tzinfo=zone)


@pytest.mark.parametrize(
    "clock, start, end, hours",
    [
        # The case: Friday 15:00 to Tuesday 11:00 over Labor Day Monday = 9 + 11 hours.
        ("ny", at(NY, 2026, 9, 4, 15), at(NY, 2026, 9, 8, 11), 20.0),
        # The same span with weekends only counts Monday too.
        ("ny_plain", at(NY, 2026, 9, 4, 15), at(NY, 2026, 9, 8, 11), 44.0),
        # Within one business day.
        ("ny", at(NY, 2026, 9, 9, 9), at(NY, 2026, 9, 9, 17, 30), 8.5),
        # A weekend: Saturday and Sunday count nothing.
        ("berlin", at(BERLIN, 2026, 6, 12, 18), at(BERLIN, 2026, 6, 15, 6), 12.0),
        ("berlin", at(BERLIN, 2026, 6, 13, 10), at(BERLIN, 2026, 6, 14, 22), 0.0),
        # German holidays: Christmas Day and Boxing Day 2026 are Friday and Saturday.
        ("berlin", at(BERLIN, 2026, 12, 24, 12), at(BERLIN, 2026, 12, 28, 12), 24.0),
        # Another time zone: sent from Tokyo Monday 09:00 (= Sunday 20:00 New York),
        # answered from Los Angeles Monday 09:00 (= 12:00 New York): 12 New York business hours.
        ("ny", at(TOKYO, 2026, 9, 14, 9), at(LA, 2026, 9, 14, 9), 12.0),
        # The same moments written in UTC give the same answer.
        ("ny", at(UTC, 2026, 9, 14, 0), at(UTC, 2026, 9, 14, 16), 12.0),
        # DST ends in Berlin on Sunday 2026-10-25: Friday 15:00 CEST to Monday 11:00 CET is 69 real
        # hours, 49 of them on the weekend, so 20 business hours (not 21).
        ("berlin", at(BERLIN, 2026, 10, 23, 15), at(BERLIN, 2026, 10, 26, 11), 20.0),
        # A whole week across that change is exactly five business days.
        ("berlin", at(BERLIN, 2026, 10, 23), at(BERLIN, 2026, 10, 30), 120.0),
        # New York springs forward Sunday 2026-03-08 and falls back Sunday 2026-11-01.
        ("ny", at(NY, 2026, 3, 6, 15), at(NY, 2026, 3, 9, 11), 20.0),
        ("ny", at(NY, 2026, 10, 30, 15), at(NY, 2026, 11, 2, 11), 20.0),
        # Weekday DST days count their real length: Jerusalem springs forward on Friday 2026-03-27
        # (23 hours), Cairo falls back at the end of Thursday 2026-10-29 (25 hours).
        ("jerusalem_plain", at(ZoneInfo("Asia/Jerusalem"), 2026, 3, 27),
         at(ZoneInfo("Asia/Jerusalem"), 2026, 3, 28), 23.0),
        ("cairo_plain", at(ZoneInfo("Africa/Cairo"), 2026, 10, 29),
         at(ZoneInfo("Africa/Cairo"), 2026, 10, 30), 25.0),
        # End before start, or equal: nothing.
        ("ny", at(NY, 2026, 9, 9, 12), at(NY, 2026, 9, 9, 12), 0.0),
        ("ny", at(NY, 2026, 9, 9, 12), at(NY, 2026, 9, 9, 11), 0.0),
    ],
)
def test_business_hours_between(clock, start, end, hours):
    assert CLOCKS[clock].business_hours_between(start, end) == pytest.approx(hours)
    assert CLOCKS[clock].business_days_between(start, end) == pytest.approx(hours / 24)


@pytest.mark.parametrize(
    "clock, day, expected",
    [
        ("ny", date(2026, 9, 7), False),  # Labor Day
        ("ny", date(2026, 9, 8), True),
        ("ny", date(2026, 7, 3), False),  # Independence Day observed (the 4th is a Saturday)
        ("ny", date(2026, 9, 5), False),  # Saturday
        ("ny_plain", date(2026, 9, 7), True),
        ("berlin", date(2026, 10, 3), False),  # Saturday, and German Unity Day
        ("berlin", date(2026, 5, 1), False),  # Labour Day, a Friday
        ("berlin", date(2026, 5, 4), True),
    ],
)
def test_is_business_day(clock, day, expected):
    assert CLOCKS[clock].is_business_day(day) is expected


@pytest.mark.parametrize(
    "clock, start, days, expected",
    [
        # Five business days from Friday 15:00 before Labor Day: Tue, Wed, Thu, Fri, Mon -> Mon 15:00.
        ("ny", at(NY, 2026, 9, 4, 15), 5, at(NY, 2026, 9, 14, 15)),
        # Started on a Saturday: the clock waits for Monday.
        ("ny", at(NY, 2026, 9, 12, 10), 1, at(NY, 2026, 9, 15, 0)),
        # Ending exactly at the end of a business day gives that midnight, not the next Monday.
        ("ny", at(NY, 2026, 9, 11, 0), 1, at(NY, 2026, 9, 12, 0)),
        # Across Berlin's DST end the wall-clock time is kept by counting real hours.
        ("berlin", at(BERLIN, 2026, 10, 23, 15), 1, at(BERLIN, 2026, 10, 26, 15)),
        ("berlin", at(BERLIN, 2026, 10, 23, 15), 0.5, at(BERLIN, 2026, 10, 26, 3)),
        # Zero days: the start itself.
        ("ny", at(NY, 2026, 9, 12, 10), 0, at(NY, 2026, 9, 12, 10)),
    ],
)
def test_add_business_days(clock, start, days, expected):
    result = CLOCKS[clock].add_business_days(start, days)
    assert result == expected
    assert result.tzinfo is not None


@settings(max_examples=150, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31)),
    days=st.floats(min_value=0, max_value=30, allow_nan=False),
    clock=st.sampled_from(sorted(CLOCKS)),
)
def test_add_business_days_inverts_business_hours(start, days, clock):
    begin = start.replace(tzinfo=UTC)
    end = CLOCKS[clock].add_business_days(begin, days)
    assert CLOCKS[clock].business_days_between(begin, end) == pytest.approx(days, abs=1e-6)


@pytest.mark.parametrize(
    "thank_you_at, reply_at, now, restart_at, expected_speed, expected_days",
    [
        # The table case: Friday 15:00, reply Tuesday 11:00 after Labor Day = 0.833 -> prompt.
        (at(NY, 2026, 9, 4, 15), at(NY, 2026, 9, 8, 11), at(NY, 2026, 9, 9), None, "prompt", 20 / 24),
        # Exactly one business day is still prompt; a minute more is normal.
        (at(NY, 2026, 9, 8, 11), at(NY, 2026, 9, 9, 11), at(NY, 2026, 9, 10), None, "prompt", 1.0),
        (at(NY, 2026, 9, 8, 11), at(NY, 2026, 9, 9, 11, 1), at(NY, 2026, 9, 10), None, "normal",
         1 + 1 / (24 * 60)),
        # Three days exactly is normal; later is slow.
        (at(NY, 2026, 9, 8, 11), at(NY, 2026, 9, 11, 11), at(NY, 2026, 9, 12), None, "normal", 3.0),
        (at(NY, 2026, 9, 8, 11), at(NY, 2026, 9, 14, 11), at(NY, 2026, 9, 15), None, "slow", 4.0),
        # A reply sent from Tokyo over the weekend counts no business time in New York.
        (at(NY, 2026, 9, 11, 23), at(TOKYO, 2026, 9, 13, 20), at(NY, 2026, 9, 14), None, "prompt",
         1 / 24),
        # No reply: pending until the silence deadline (Mon 2026-09-14 15:00), silent from then on.
        (at(NY, 2026, 9, 4, 15), None, at(NY, 2026, 9, 14, 14, 59), None, "pending", None),
        (at(NY, 2026, 9, 4, 15), None, at(NY, 2026, 9, 14, 15), None, "silent", None),
        (at(NY, 2026, 9, 4, 15), None, at(NY, 2026, 9, 14, 15, 1), None, "silent", None),
        # An out-of-office until Monday 2026-09-21 restarts the clock at that day's start.
        (at(NY, 2026, 9, 4, 15), None, at(NY, 2026, 9, 14, 15, 1), at(NY, 2026, 9, 21), "pending", None),
        # Five business days from Monday 00:00 have elapsed at Friday's end (Saturday 00:00).
        (at(NY, 2026, 9, 4, 15), None, at(NY, 2026, 9, 25, 23, 59), at(NY, 2026, 9, 21), "pending",
         None),
        (at(NY, 2026, 9, 4, 15), None, at(NY, 2026, 9, 26), at(NY, 2026, 9, 21), "silent", None),
        # ... and the reply's speed counts from the return: Monday 00:00 to Monday 10:00.
        (at(NY, 2026, 9, 4, 15), at(NY, 2026, 9, 21, 10), at(NY, 2026, 9, 22), at(NY, 2026, 9, 21),
         "prompt", 10 / 24),
        (at(NY, 2026, 9, 4, 15), at(NY, 2026, 9, 25, 10), at(NY, 2026, 9, 26), at(NY, 2026, 9, 21),
         "slow", 4 + 10 / 24),
        # A reply that beats the stated return date is measured from the thank-you: 20 hours.
        (at(NY, 2026, 9, 4, 15), at(NY, 2026, 9, 8, 11), at(NY, 2026, 9, 9), at(NY, 2026, 9, 21),
         "prompt", 20 / 24),
        (at(NY, 2026, 9, 4, 15), at(NY, 2026, 9, 10, 11), at(NY, 2026, 9, 11), at(NY, 2026, 9, 21),
         "normal", 68 / 24),
        # A return date before the thank-you changes nothing.
        (at(NY, 2026, 9, 8, 11), at(NY, 2026, 9, 9, 11), at(NY, 2026, 9, 10), at(NY, 2026, 9, 1),
         "prompt", 1.0),
    ],
)
def test_response_speed(thank_you_at, reply_at, now, restart_at, expected_speed, expected_days):
    speed, days = response_speed(thank_you_at, reply_at, now, CLOCKS["ny"], 5, restart_at)
    assert speed == expected_speed
    if expected_days is None:
        assert days is None
    else:
        assert days == pytest.approx(expected_days)


def test_silence_deadline_matches_response_speed():
    deadline = silence_deadline(at(NY, 2026, 9, 4, 15), CLOCKS["ny"], 5)
    assert deadline == at(NY, 2026, 9, 14, 15)
    restarted = silence_deadline(at(NY, 2026, 9, 4, 15), CLOCKS["ny"], 5, at(NY, 2026, 9, 21))
    assert restarted == at(NY, 2026, 9, 26)


@pytest.mark.parametrize(
    "days, expected", [(0, "prompt"), (1, "prompt"), (1.0001, "normal"), (3, "normal"), (3.01, "slow")]
)
def test_speed_category(days, expected):
    assert speed_category(days) == expected


@pytest.mark.parametrize(
    "zone, spec, problem",
    [
        ("Mars/Olympus", "", "tracking.timezone"),
        ("Europe/Berlin", "XX", "tracking.holidays"),
        ("America/New_York", "US-ZZ", "tracking.holidays"),
    ],
)
def test_bad_clock_configuration_is_a_config_error(zone, spec, problem):
    with pytest.raises(ConfigError) as caught:
        BusinessClock(zone, spec)
    assert any(p.startswith(problem) for p in caught.value.problems)


def test_holidays_are_cached_per_year():
    clock = BusinessClock("Europe/Berlin", "DE")
    first = clock.holidays_in(2026)
    assert clock.holidays_in(2026) is first
    assert date(2026, 12, 25) in first


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        CLOCKS["ny"].business_hours_between(datetime(2026, 9, 4, 15), at(NY, 2026, 9, 8, 11))


def test_long_spans_walk_every_day():
    start = at(BERLIN, 2026, 1, 5)  # a Monday
    end = start + timedelta(days=7 * 52)
    # Good Friday, Easter Monday, 1 May, Ascension, Whit Monday, Christmas Day, New Year 2027
    weekdays_2026_holidays = 7
    expected = (52 * 5 - weekdays_2026_holidays) * 24
    assert CLOCKS["berlin"].business_hours_between(start, end) == pytest.approx(expected)

"""Business-day arithmetic and response speed. Pure: every moment is passed in, nothing reads a clock.

A business day is a local calendar day (in the configured time zone) that is Monday to Friday and
not a public holiday of the configured country. Elapsed time is counted in real hours, so the day
clocks spring forward has 23 hours and the day they fall back has 25.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from interview_watch.errors import ConfigError

PROMPT_MAX_DAYS = 1.0
NORMAL_MAX_DAYS = 3.0
_HOURS_PER_DAY = 24.0
_ONE_DAY = timedelta(days=1)
# A guard against an endless walk: no sensible deadline lies further than this many calendar days.
_MAX_WALK_DAYS = 366 * 20


class BusinessClock:
    """Counts business hours in one time zone, less one country's public holidays.

    `timezone_name` is an IANA zone ("Europe/Berlin"); `holidays_spec` is "" (weekends only), a
    country code ("DE") or a country and subdivision ("US-NY"). Raise ConfigError if either is
    unknown. Holiday lookups are cached per year.
    """

    def __init__(self, timezone_name: str = "UTC", holidays_spec: str = "") -> None:
        problems = []
        try:
            self.zone = ZoneInfo(timezone_name)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(f"tracking.timezone: unknown time zone {timezone_name!r}")
        self.timezone_name = timezone_name
        self.holidays_spec = holidays_spec.strip()
        self._country, self._subdiv = _split_holidays_spec(self.holidays_spec)
        if self._country:
            try:
                _country_holidays(self._country, subdiv=self._subdiv)
            except NotImplementedError as exc:
                problems.append(f"tracking.holidays: {exc} (spec {holidays_spec!r})")
        if problems:
            raise ConfigError("[tracking]", problems)
        self._holidays_by_year: dict[int, frozenset[date]] = {}

    def __repr__(self) -> str:
        return f"BusinessClock({self.timezone_name!r}, {self.holidays_spec!r})"

    # -- days -------------------------------------------------------------------------------------

    def holidays_in(self, year: int) -> frozenset[date]:
        """Return the public holidays of `year` (observed days included); cached per year."""
        cached = self._holidays_by_year.get(year)
        if cached is None:
            if self._country:
                found = _country_holidays(self._country, subdiv=self._subdiv, years=year)
                cached = frozenset(found.keys())
            else:
                cached = frozenset()
            self._holidays_by_year[year] = cached
        return cached

    def is_business_day(self, d: date) -> bool:
        """Return True if `d` is Monday to Friday and not a public holiday."""
        return d.weekday() < 5 and d not in self.holidays_in(d.year)

    def start_of(self, d: date) -> datetime:
        """Return the first moment of local day `d`, aware, in the configured zone."""
        return datetime.combine(d, time(0, 0), tzinfo=self.zone)

    def local(self, moment: datetime) -> datetime:
        """Return `moment` expressed in the configured zone."""
        return _require_aware(moment).astimezone(self.zone)

    # -- spans ------------------------------------------------------------------------------------

    def business_hours_between(self, start: datetime, end: datetime) -> float:
        """Return the real hours between `start` and `end` that fall on business days; 0 if end <= start."""
        start_utc, end_utc = _utc(start), _utc(end)
        if end_utc <= start_utc:
            return 0.0
        seconds = 0.0
        day = start_utc.astimezone(self.zone).date()
        last = end_utc.astimezone(self.zone).date()
        while day <= last:
            if self.is_business_day(day):
                lo = max(start_utc, _utc(self.start_of(day)))
                hi = min(end_utc, _utc(self.start_of(day + _ONE_DAY)))
                if hi > lo:
                    seconds += (hi - lo).total_seconds()
            day += _ONE_DAY
        return seconds / 3600.0

    def business_days_between(self, start: datetime, end: datetime) -> float:
        """Return business hours between `start` and `end` divided by 24."""
        return self.business_hours_between(start, end) / _HOURS_PER_DAY

    def add_business_days(self, start: datetime, days: float) -> datetime:
        """Return the first moment at which `days` business days have elapsed since `start`.

        The result is in the configured zone; `start` itself if `days` <= 0. Raise ValueError if
        `days` is not finite.
        """
        if not math.isfinite(days):
            raise ValueError(f"business days must be finite, not {days!r}")
        start_utc = _utc(start)
        if days <= 0:
            return start_utc.astimezone(self.zone)
        remaining = timedelta(hours=days * _HOURS_PER_DAY)
        day = start_utc.astimezone(self.zone).date()
        for _ in range(_MAX_WALK_DAYS):
            if self.is_business_day(day):
                lo = max(start_utc, _utc(self.start_of(day)))
                hi = _utc(self.start_of(day + _ONE_DAY))
                available = hi - lo
                if remaining <= available:
                    return (lo + remaining).astimezone(self.zone)
                if available > timedelta(0):
                    remaining -= available
            day += _ONE_DAY
        raise ValueError(f"{days} business days from {start.isoformat()} lie beyond any sensible date")


def silence_deadline(thank_you_at: datetime, clock: BusinessClock, silence_after: float,
                     restart_at: datetime | None = None) -> datetime:
    """Return the moment silence begins: `silence_after` business days after the clock started.

    The clock starts at `thank_you_at`, or at `restart_at` (an out-of-office return) if later.
    """
    return clock.add_business_days(_clock_start(thank_you_at, restart_at), silence_after)


def response_speed(thank_you_at: datetime, first_human_reply_at: datetime | None, now: datetime,
                   clock: BusinessClock, silence_after: float,
                   restart_at: datetime | None = None) -> tuple[str, float | None]:
    """Given when the thank-you went out and when the first human reply came, return (speed, days).

    The clock runs from max(thank_you_at, restart_at). With a reply: ("prompt"|"normal"|"slow",
    business days to it, unrounded; a reply that came before the restart is measured from the
    thank-you, since the absence delayed nothing). Without one:
    ("silent", None) once `now` has reached the silence deadline, else ("pending", None).
    """
    started = _clock_start(thank_you_at, restart_at)
    if first_human_reply_at is not None:
        if _utc(first_human_reply_at) < _utc(started):
            started = thank_you_at  # they answered before they were back: the absence delayed nothing
        days = clock.business_days_between(started, first_human_reply_at)
        return speed_category(days), days
    if _utc(now) >= _utc(clock.add_business_days(started, silence_after)):
        return "silent", None
    return "pending", None


def speed_category(business_days: float) -> str:
    """Return "prompt" (<= 1 business day), "normal" (<= 3) or "slow" (> 3)."""
    if business_days <= PROMPT_MAX_DAYS:
        return "prompt"
    if business_days <= NORMAL_MAX_DAYS:
        return "normal"
    return "slow"


def _clock_start(thank_you_at: datetime, restart_at: datetime | None) -> datetime:
    if restart_at is not None and _utc(restart_at) > _utc(thank_you_at):
        return restart_at
    return thank_you_at


def _country_holidays(country: str, **kwargs):  # noqa: ANN003, ANN202
    """holidays.country_holidays, imported on first use: the package and its country modules cost
    a quarter of a second to import, which a clock without a country (or a process that never
    counts a day) need not pay. Python caches the import after the first call."""
    import holidays

    return holidays.country_holidays(country, **kwargs)


def _split_holidays_spec(spec: str) -> tuple[str, str | None]:
    if not spec:
        return "", None
    country, _, subdiv = spec.partition("-")
    return country.strip().upper(), (subdiv.strip() or None)


def _require_aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: every time must carry its offset")
    return moment


def _utc(moment: datetime) -> datetime:
    # Subtracting two datetimes that share a tzinfo ignores DST; UTC arithmetic never does.
    return _require_aware(moment).astimezone(timezone.utc)

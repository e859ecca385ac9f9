"""Periodic jobs through APScheduler 3.x: the only module importing it."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Callable

from apscheduler.schedulers.background import BackgroundScheduler

log = logging.getLogger(__name__)


class IntervalScheduler:
    """Runs each job in a background thread every `minutes`; a slow run is never doubled up."""

    def __init__(self) -> None:
        self._scheduler = BackgroundScheduler(
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
            timezone="UTC",
        )

    def every(self, minutes: float, job: Callable[[], None], name: str, first: datetime | None = None) -> None:
        """Run `job` every `minutes`, the first time at `first` (aware; default: `minutes` from now)."""
        self._scheduler.add_job(job, "interval", minutes=minutes, id=name, name=name, start_date=first)

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

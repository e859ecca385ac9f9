"""Exponential reconnection delays with jitter, from 1 second to 5 minutes."""

from __future__ import annotations

import random


class Backoff:
    def __init__(self, first: float = 1.0, cap: float = 300.0, rng: random.Random | None = None) -> None:
        self._first = first
        self._cap = cap
        self._attempt = 0
        self._rng = rng or random.Random()

    def next_delay(self) -> float:
        """Return the next delay: doubling from `first` up to `cap`, each jittered down by up to half."""
        base = min(self._cap, self._first * (2 ** self._attempt))
        self._attempt += 1
        return base / 2 + self._rng.uniform(0, base / 2) if base > self._first else base

    def reset(self) -> None:
        self._attempt = 0

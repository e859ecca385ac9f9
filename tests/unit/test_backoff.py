import random

import pytest

from interview_watch.backoff import Backoff


def test_backoff_doubles_from_one_second_to_five_minutes_with_jitter():
    b = Backoff(rng=random.Random(1))
    delays = [b.next_delay() for _ in range(15)]
    assert delays[0] == 1.0
    for attempt, delay in enumerate(delays):
        base = min(300.0, 2.0 ** attempt)
        assert base / 2 <= delay <= base
    assert max(delays) <= 300.0 and delays[-1] >= 150.0
    assert len({round(d, 6) for d in delays[9:]}) > 1, "jitter spreads reconnects"


@pytest.mark.parametrize("attempts", [3, 10])
def test_reset_starts_again_at_one_second(attempts):
    b = Backoff()
    for _ in range(attempts):
        b.next_delay()
    b.reset()
    assert b.next_delay() == 1.0

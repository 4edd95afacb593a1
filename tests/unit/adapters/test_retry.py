"""The one retry module: Retry-After in both forms, the capped exponential, its floor and its jitter."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from typing import Any

import pytest

from services.adapters.retry import DEFAULT_RETRY, RetryPolicy, parse_retry_after
from services.billingo.client import BILLINGO_RETRY
from services.downstream.worker import WEBHOOK_RETRY
from services.nav.client import NAV_RETRY
from services.szamlazz.client import AGENT_RETRY

NOW = 1445412470.0  # Wed, 21 Oct 2015 07:27:50 GMT


@pytest.fixture
def local_time_not_utc() -> Iterator[None]:
    """A machine clock two hours east of UTC, so that reading an HTTP-date as local time would show."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "EET-2")  # a POSIX rule: needs no time zone database
        time.tzset()
        assert time.timezone == -7200
        yield
    time.tzset()


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        pytest.param("12", 12.0, id="delay-seconds"),
        pytest.param("0", 0.0, id="zero"),
        pytest.param("2.5", 2.5, id="fractional-seconds"),
        pytest.param("-5", 0.0, id="negative-means-now"),
        pytest.param("Wed, 21 Oct 2015 07:28:00 GMT", 10.0, id="imf-fixdate"),
        pytest.param("Wednesday, 21-Oct-15 07:28:00 GMT", 10.0, id="rfc850-date"),
        pytest.param("Wed Oct 21 07:28:00 2015", 10.0, id="asctime-is-gmt"),
        pytest.param("Wed, 21 Oct 2015 07:28:00 -0000", 10.0, id="minus-zero-zone-is-gmt"),
        pytest.param("Wed, 21 Oct 2015 07:00:00 GMT", 0.0, id="date-in-the-past"),
    ],
)
def test_retry_after_reads_seconds_and_every_http_date_form(
    local_time_not_utc: None, header: str, seconds: float
) -> None:
    assert parse_retry_after(header, NOW) == seconds


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(None, id="absent"),
        pytest.param("", id="empty"),
        pytest.param("soon", id="word"),
        pytest.param("Wed, 32 Oct 2015 07:28:00 GMT", id="impossible-date"),
        pytest.param("inf", id="infinite"),
        pytest.param("nan", id="not-a-number"),
    ],
)
def test_unreadable_retry_after_counts_as_absent(header: str | None) -> None:
    assert parse_retry_after(header, NOW) is None


def test_delay_doubles_from_base_and_stops_at_the_cap() -> None:
    policy = RetryPolicy(base_seconds=0.5, cap_seconds=4.0, jitter=0.0)
    assert [policy.delay(n, rand=0.3) for n in range(1, 8)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0, 4.0]
    assert policy.delay(200, rand=0.3) == 4.0


def test_delay_is_never_shorter_than_the_servers_retry_after() -> None:
    policy = RetryPolicy(base_seconds=1.0, cap_seconds=8.0)
    assert policy.delay(1, rand=0.0, retry_after=30.0) == 30.0
    assert policy.delay(9, rand=0.99, retry_after=30.0) == 30.0  # even past the cap
    assert policy.delay(3, rand=1.0, retry_after=0.5) == 4.0  # a shorter one does not cut the backoff
    assert policy.delay(3, rand=1.0, retry_after=None) == 4.0


@pytest.mark.parametrize(
    ("jitter", "shortest"),
    [
        pytest.param(1.0, 0.0, id="full-jitter"),
        pytest.param(0.5, 2.0, id="half-kept"),
        pytest.param(0.0, 4.0, id="no-jitter"),
    ],
)
def test_jitter_spreads_the_wait_between_its_floor_and_the_ceiling(jitter: float, shortest: float) -> None:
    policy = RetryPolicy(base_seconds=1.0, cap_seconds=30.0, jitter=jitter)
    ceiling = 4.0  # the third retry
    assert policy.delay(3, rand=0.0) == shortest
    assert policy.delay(3, rand=0.5) == (shortest + ceiling) / 2
    rng = random.Random(3)
    waits = [policy.delay(3, rand=rng.random()) for _ in range(500)]
    assert all(shortest <= w <= ceiling for w in waits)
    if jitter:
        assert max(waits) - min(waits) > 0.9 * (ceiling - shortest), "the draw must spread the waits"


@pytest.mark.parametrize(
    "policy",
    [
        pytest.param({"jitter": 1.5}, id="jitter-above-one"),
        pytest.param({"jitter": -0.1}, id="negative-jitter"),
        pytest.param({"max_attempts": 0}, id="no-attempt"),
        pytest.param({"base_seconds": -1.0}, id="negative-base"),
        pytest.param({"cap_seconds": -1.0}, id="negative-cap"),
    ],
)
def test_an_unusable_policy_fails_when_it_is_made(policy: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="unusable retry policy"):
        RetryPolicy(**policy)


@pytest.mark.parametrize(
    ("policy", "attempts", "longest_waits"),
    [
        pytest.param(DEFAULT_RETRY, 8, [0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8], id="stage-runner"),
        pytest.param(BILLINGO_RETRY, 4, [0.5, 1.0, 2.0], id="billingo"),
        pytest.param(AGENT_RETRY, 5, [1.0, 2.0, 4.0, 8.0], id="szamla-agent"),
        pytest.param(NAV_RETRY, 4, [1.0, 2.0, 4.0], id="nav"),
        pytest.param(WEBHOOK_RETRY, 5, [0.5, 1.0, 2.0, 4.0], id="webhooks"),
    ],
)
def test_each_callers_policy_keeps_its_schedule(policy: RetryPolicy, attempts: int, longest_waits: list[float]) -> None:
    assert policy.max_attempts == attempts
    assert [policy.delay(n, rand=1.0) for n in range(1, attempts)] == pytest.approx(longest_waits)

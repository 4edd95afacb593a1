"""How every caller that tries again waits: one policy, one delay, one ``Retry-After`` reader.

Exponential backoff with jitter, never shorter than what the server asked for. The functions are
pure: the random draw and the current time come in as arguments, so each caller keeps its own
injectable jitter and clock and a test can pin both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class RetryPolicy:
    """When to try again and how long to wait first.

    ``jitter`` is the share of each exponential delay that is drawn at random, so that clients who
    failed together do not come back together: 1.0 waits anywhere up to the ceiling ("full jitter"),
    0.5 at least half of it, 0.0 exactly the ceiling.
    """

    max_attempts: int = 8  # total tries, the first included
    base_seconds: float = 0.2  # the ceiling of the first wait; it doubles with every failure
    cap_seconds: float = 30.0  # the ceiling stops growing here
    # A longer Retry-After is handed back to the caller (who can reschedule) instead of slept through;
    # the stage runner, with no one to hand it to, sleeps this long and counts the try as an attempt.
    max_retry_after_seconds: float = math.inf
    jitter: float = 1.0
    # A stage waiting out an outage of our own stores (stage_runner.OUTAGES) tries again at least this
    # often, however long the outage: one cheap probe every few seconds, and the stage moves again
    # within seconds of the store's return rather than up to ``cap_seconds`` later.
    outage_cap_seconds: float = 5.0

    def __post_init__(self) -> None:
        # A policy comes from code or settings once at startup; a wrong one must fail there, not as a
        # negative sleep in the middle of an outage.
        if (self.max_attempts < 1 or self.base_seconds < 0 or self.cap_seconds < 0 or self.outage_cap_seconds <= 0
                or not 0.0 <= self.jitter <= 1.0):
            raise ValueError(f"unusable retry policy: {self}")

    def delay(self, failures: int, *, rand: float, retry_after: float | None = None) -> float:
        """Seconds to wait after ``failures`` failed tries (1 after the first), ``rand`` drawn from [0, 1).

        The ceiling is ``base_seconds · 2^(failures-1)``, at most ``cap_seconds``; the wait is never
        shorter than the server's ``retry_after``.
        """
        # The exponent stops growing long after any cap is reached: a consumer that waits out a
        # days-long outage counts its failures into the thousands, and 2**1024 is no float.
        ceiling = min(self.cap_seconds, self.base_seconds * 2.0 ** min(failures - 1, 64))
        return max(ceiling * (1.0 - self.jitter + self.jitter * rand), retry_after or 0.0)


DEFAULT_RETRY = RetryPolicy()


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).

    ``now`` is the caller's clock as a POSIX timestamp. A date already past means 0.0; anything
    unreadable counts as absent (None), so the caller falls back to its own backoff.
    """
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:  # the asctime form or a "-0000" zone; an HTTP-date is always GMT
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - now
    # "inf" and "nan" parse as floats; neither is a wait anyone can sleep through.
    return max(0.0, seconds) if math.isfinite(seconds) else None

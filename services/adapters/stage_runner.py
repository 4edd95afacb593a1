"""The one place that owns per-event policy for a stream consumer (STYLE §3), whatever carries the
records: the faust worker's agents and the kafka-python consumer shell (``consumer_shell.py``:
status-sync, downstream) run every record through ``StageRunner.run``.

decode + validate → record check (optional: the parse stage's producer signature over the message
as it came) → handler → publish outputs → count; ``Retryable`` errors are retried in
place with backoff; ``Rejected`` errors (and anything unexpected) go to the dead-letter topic
(``invoice.dlq``, or ``downstream.dlq`` for downstream) with the stage, error class, reason and
attempts, in the one record shape of ``core/dead_letters.py``. Nothing escapes: faust would ack the
message and crash the agent. That holds for any record: a tombstone (no value) or a value that is
not UTF-8 is dead-lettered with reason ``tombstone`` / ``not_utf8``.

An outage of our own stores (MongoDB, S3, Kafka: ``OUTAGES``) is never a reason to dead-letter: the
message is healthy, the dependency is not. The runner holds the record (and so its partition: nothing
behind it is handled, nothing past it is acked or committed) and probes again at the capped backoff
(``RetryPolicy.outage_cap_seconds``) for as long as the outage lasts, while
``szamlatar_stage_waiting_on_dependency{stage, dependency}`` is 1 (alert ``SzamlatarStageWaitingOnDependency``).
Only a message that fails on its own content goes to the DLQ. Other ``Retryable`` errors (a billing
system's 429 / 5xx) still end in the DLQ after ``max_attempts``, from where ``szamlatar dlq replay``
sends them again: a SaaS that is down for a day must not hold every other tenant's events.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from services.adapters.metrics import StageMetrics
from services.adapters.retry import DEFAULT_RETRY, RetryPolicy
from services.adapters.schemas import decode, encode
from services.core.dead_letters import dead_letter, failure, message_bytes
from services.core.enums import Stage
from services.core.errors import (
    BrokerUnavailableError,
    ObjectStoreUnavailableError,
    Rejected,
    Retryable,
    StorageUnavailableError,
)
from services.core.events import accepted_epoch
from services.core.keys import partition_key_of
from services.core.topics import INVOICE_DLQ, TopicSpec

logger = logging.getLogger(__name__)

Output = tuple[str, dict[str, Any]]  # (topic, event)
Handler = Callable[[dict[str, Any]], Awaitable[Sequence[Output]]]
Headers = Sequence[tuple[str, bytes]]


@dataclass(frozen=True)
class Record:
    """The input message as it came off the wire, for a check that needs more than its decoded
    event (the parse stage verifies a producer's signature over exactly these bytes)."""

    key: bytes | None
    value: bytes | None
    headers: Headers = ()


@dataclass(frozen=True)
class Incoming:
    """One consumed record with where it came from, as the worker's window hands it to ``run_incoming``."""

    value: bytes | None
    topic: str
    partition: int | None = None
    offset: int | None = None
    key: bytes | None = None
    headers: Headers = ()
    produced_at: float | None = None  # the record's timestamp (epoch seconds): when its producer sent it


RecordCheck = Callable[[dict[str, Any], Record], Awaitable[None]]  # raises Rejected / Retryable like a handler
Send = Callable[[str, bytes | None, bytes], Awaitable[None]]  # topic, key, value; returns when durable
Sleep = Callable[[float], Awaitable[None]]
DeadLetterHook = Callable[[dict[str, Any]], None]  # sees each dead letter once it is sent
# Our own stores being down: the message is not at fault, so no runner ever dead-letters for these.
# The value names the dependency on ``szamlatar_stage_waiting_on_dependency``.
OUTAGES: dict[type[Retryable], str] = {
    StorageUnavailableError: "mongodb", ObjectStoreUnavailableError: "s3", BrokerUnavailableError: "kafka",
}


def dependency_down(exc: Retryable) -> str | None:
    """The store an outage error names (``mongodb``, ``s3``, ``kafka``); ``None`` for any other error."""
    return next((name for cls, name in OUTAGES.items() if isinstance(exc, cls)), None)


def decode_record(value: bytes | None, schema: str) -> dict[str, Any]:
    """A consumed record's value → a validated event; ``Rejected`` (tombstone, not_utf8, malformed_json,
    schema_violation) for anything else."""
    return decode(message_bytes(value, schema), schema)


class StageRunner:
    def __init__(
        self, *, stage: Stage, in_schema: str, handler: Handler, send: Send, metrics: StageMetrics,
        sleep: Sleep, retry: RetryPolicy = DEFAULT_RETRY, jitter: Callable[[], float] = random.random,
        check_record: RecordCheck | None = None, dlq: TopicSpec = INVOICE_DLQ,
        on_dead_letter: DeadLetterHook | None = None,
    ) -> None:
        self.stage, self.in_schema, self.handler = stage, in_schema, handler
        self.send, self.metrics, self.sleep, self.retry, self.jitter = send, metrics, sleep, retry, jitter
        self.check_record, self.dlq, self.on_dead_letter = check_record, dlq, on_dead_letter
        # The series every record touches, each looked up once (``labels`` costs more than the update);
        # made at first use, as before, so a stage shows only the series it has reported.
        self._series: dict[str, Any] = {}
        self._waiting = {name: metrics.waiting.labels(stage.value, name) for name in OUTAGES.values()}
        self._waiting_on(None)  # born at 0, so the alert and the dashboard see the stage before its first wait

    async def run(self, value: bytes | None, *, topic: str, partition: int | None = None,
                  offset: int | None = None, key: bytes | None = None, headers: Headers = (),
                  produced_at: float | None = None) -> None:
        self._stage_series("events_in").inc()
        if produced_at is not None:  # how long it waited to be started: fetch, batch, lane (issue 15's tail)
            self._stage_series("queued").observe(max(0.0, time.time() - produced_at))
        started = time.perf_counter()
        try:
            await self._until_done(value, topic, partition, offset, key, headers)
        finally:  # done, dead-lettered, or the process stopping in a wait: this stage waits no more
            self._waiting_on(None)
        self._stage_series("duration").observe(time.perf_counter() - started)

    async def run_incoming(self, r: Incoming) -> None:
        """``run`` for a record as the worker's window hands it over (``record_window.py``)."""
        await self.run(r.value, topic=r.topic, partition=r.partition, offset=r.offset, key=r.key,
                       headers=r.headers, produced_at=r.produced_at)

    async def _until_done(self, value: bytes | None, topic: str, partition: int | None, offset: int | None,
                          key: bytes | None, headers: Headers) -> None:
        """Handle the record until it is published or dead-lettered; outages are waited out here."""
        stage = self.stage.value
        event: dict[str, Any] | None = None
        attempt = 0
        while True:
            attempt += 1
            try:
                if event is None:
                    event = decode_record(value, self.in_schema)
                if self.check_record is not None:
                    await self.check_record(event, Record(key, value, tuple(headers)))
                outputs = await self.handler(event)
                for out_topic, out_event in outputs:
                    await self.send(out_topic, partition_key_of(out_event).encode(), encode(out_event))
                outcome = outputs[-1][1].get("outcome", "ok") if outputs else "ok"
                self.metrics.events_out.labels(stage, outcome).inc()
                self._observe_end_to_end(event, outcome)
                logger.info("%s: %s %s", stage, outcome, event.get("event_id"),
                            extra={"stage": stage, "event_id": event.get("event_id"), "attempts": attempt})
                return
            except Retryable as exc:
                self.metrics.errors.labels(stage, type(exc).__name__, exc.reason.value).inc()
                dependency = dependency_down(exc)
                if attempt >= self.retry.max_attempts and dependency is None:
                    await self._to_dlq(exc, attempt, value, topic, partition, offset, key, headers, event)
                    return
                self.metrics.retries.labels(stage).inc()
                delay = self.retry.delay(attempt, rand=self.jitter(), retry_after=self._bounded(exc.retry_after))
                if dependency is not None:
                    # Probe often enough that the stage resumes within seconds of the store's return.
                    delay = min(delay, self.retry.outage_cap_seconds)
                    self._waiting_on(dependency)
                logger.warning("%s: transient failure (%s), retry %d in %.1fs", stage, exc, attempt, delay, extra={
                    "stage": stage, "error": str(exc), "attempt": attempt, "delay": round(delay, 2),
                    "retry_after": exc.retry_after, "waiting_on": dependency})
                await self.sleep(delay)
                if dependency is not None:
                    self.metrics.waited.labels(stage, dependency).inc(delay)
            except Exception as exc:
                _, reason, _ = failure(exc)
                self.metrics.errors.labels(stage, type(exc).__name__, reason).inc()
                if not isinstance(exc, Rejected):
                    logger.exception("%s: unexpected error", stage, extra={"stage": stage})
                await self._to_dlq(exc, attempt, value, topic, partition, offset, key, headers, event)
                return

    def _observe_end_to_end(self, event: dict[str, Any], outcome: str) -> None:
        """How long the invoice has been on its way since ingest accepted it (not for a duplicate)."""
        since = accepted_epoch({**event, "outcome": outcome})
        if since is not None:
            self._stage_series("end_to_end").observe(max(0.0, time.time() - since))

    def _stage_series(self, metric: str) -> Any:
        """This stage's series of the ``StageMetrics`` field ``metric`` (one labelled by stage alone)."""
        series = self._series.get(metric)
        if series is None:
            series = self._series[metric] = getattr(self.metrics, metric).labels(self.stage.value)
        return series

    def _waiting_on(self, dependency: str | None) -> None:
        """Set the stage's waiting gauge: 1 for the dependency it waits for now, 0 for the others."""
        for name, gauge in self._waiting.items():
            gauge.set(1 if name == dependency else 0)

    def _bounded(self, retry_after: float | None) -> float | None:
        """The server's Retry-After, but never longer than the policy sleeps through.

        The runner cannot hand a long wait back to anyone: sleeping it out would hold the whole
        partition (every event behind this one) for as long as the server likes. So a longer one is
        slept only up to ``max_retry_after_seconds`` and the try that follows counts as an attempt like
        any other: a wait that outlasts ``max_attempts`` ends in ``invoice.dlq`` with its reason,
        from where ``szamlatar dlq replay`` sends it again."""
        if retry_after is None:
            return None
        return min(retry_after, self.retry.max_retry_after_seconds)

    async def _to_dlq(self, exc: BaseException, attempts: int, value: bytes | None, topic: str,
                      partition: int | None, offset: int | None, key: bytes | None, headers: Headers,
                      event: dict[str, Any] | None) -> None:
        error_class, reason, message = failure(exc)
        record = dead_letter(dlq=self.dlq, stage=self.stage.value, topic=topic, partition=partition, offset=offset,
                             key=key, value=value, error_class=error_class, reason=reason, message=message,
                             attempts=attempts, now=datetime.now(UTC), event=event, headers=headers)
        self.metrics.dlq.labels(self.stage.value, reason).inc()
        logger.warning("%s: sent to %s: %s: %s", self.stage.value, self.dlq.name, error_class, message,
                       extra={"stage": self.stage.value, "reason": reason})
        # The DLQ write itself must not be lost: retry until the broker takes it.
        delay_attempt = 0
        while True:
            try:
                await self.send(self.dlq.name, key, encode(record))
                break
            except Retryable:
                delay_attempt += 1
                await self.sleep(self.retry.delay(min(delay_attempt, 8), rand=self.jitter()))
        if self.on_dead_letter is not None:
            self.on_dead_letter(record)

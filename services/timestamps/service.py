"""The timestamper process: RFC 3161 tokens for every archived version and every audit anchor, got
apart from archiving so that archiving never waits for the TSA.

* ``invoice.archived`` through the consumer shell: the version's sha256 is stamped at once; when the
  TSA fails (down, refusing, answering something that does not verify) the digest goes to the backlog
  (``timestamp_backlog``) and the record is done — the offset moves on, archiving is not held up.
* a loop every ``pass_seconds``: the backlog's due digests are tried again (doubling waits, capped at
  an hour), and audit anchors without a token are stamped (an anchor has no event: it is written by
  ``szamlatar audit verify`` and the UI's verify).

A token is stored as a retention-locked object beside its subject (``core/keys.timestamp_key``),
encrypted like every object, and summarised on the version record. It is verified against the TSA's
trust chain before it is stored, so a stored token is one that verified once; ``verify_subject``
checks it again (``szamlatar timestamp verify``, the scrub, the evidence package).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from prometheus_client import CollectorRegistry

from services.adapters.consumer_shell import ConsumerShell, Publisher, Route, kafka_consumer
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import TimestampMetrics, stage_metrics, timestamp_metrics
from services.adapters.mongo import connect
from services.adapters.ops_http import serve_ops
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings, TimestampSettings
from services.adapters.stage_runner import Output
from services.adapters.tsp import TokenInfo, TsaClient, verify_token
from services.core.enums import Stage
from services.core.errors import IntegrityError, NotFoundError, SzamlatarError, UpstreamError
from services.core.keys import timestamp_key
from services.core.scrub import NO_TOKEN
from services.core.timestamps import ANCHOR_PREFIX, Subject, anchor_subject, subject_of_backlog, version_subject
from services.core.topics import INVOICE_ARCHIVED
from services.timestamps.repository import TimestampRepo

logger = logging.getLogger(__name__)
GROUP = "szamlatar-timestamper"
Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


class Stamper:
    def __init__(self, store: S3ObjectStore, repo: TimestampRepo, tsa: TsaClient, chain: bytes,
                 metrics: TimestampMetrics, *, retry_seconds: float, retention_years: int, clock: Clock = _now) -> None:
        self.store, self.repo, self.tsa, self.chain, self.metrics = store, repo, tsa, chain, metrics
        self.retry_seconds, self.years, self.clock = retry_seconds, retention_years, clock

    def default_retention(self) -> date:
        return date(self.clock().year + self.years, 12, 31)

    def stamp(self, subject: Subject) -> bool:
        """Get, verify and store the subject's token; ``False`` when the TSA failed and it was queued.
        Our own stores failing raise (the caller waits the outage out)."""
        if self.store.latest(subject.token_key) is not None:  # a replay, or a pass that raced the event
            self.repo.done(subject.token_key)
            return True
        try:
            token = self.tsa.timestamp(subject.sha256)
            info = verify_token(token, subject.sha256, self.chain)
        except (UpstreamError, IntegrityError) as exc:
            logger.warning("timestamp of %s queued: %s", subject.subject_key, exc)
            self.repo.queue(subject, error=str(exc), now=self.clock(), base_seconds=self.retry_seconds)
            self.metrics.stamped.labels(subject.kind, "backlogged").inc()
            return False
        self.store.archive(subject.token_key, token, hashlib.sha256(token).hexdigest(), subject.retain_until)
        if subject.record_id:
            self.repo.mark_version(subject.record_id, subject.token_key, info)
        self.repo.done(subject.token_key)
        self.metrics.stamped.labels(subject.kind, "ok").inc()
        return True

    def on_archived(self, archived: dict[str, Any]) -> list[Output]:
        retain = self.repo.retain_until(archived["invoice_id"]) or self.default_retention()
        self.stamp(version_subject(archived, retain))
        return []

    def drain_backlog(self, limit: int = 100) -> int:
        """Try the due digests once more; how many got their token."""
        return sum(self.stamp(subject_of_backlog(entry)) for entry in self.repo.due(self.clock(), limit))

    def stamp_anchors(self) -> int:
        """Anchors without a token and not already waiting in the backlog; how many were stamped."""
        stamped = set(self.store.archived_keys(f"timestamps/{ANCHOR_PREFIX}"))
        queued = self.repo.queued_keys()
        done = 0
        for key in self.store.archived_keys(ANCHOR_PREFIX):
            latest = self.store.latest(key)
            if latest is None or latest.sha256 is None:
                continue
            subject = anchor_subject(key, latest.sha256, self.default_retention())
            if subject.token_key not in stamped and subject.token_key not in queued:
                done += self.stamp(subject)
        return done

    def refresh_gauges(self) -> None:
        depth, oldest = self.repo.depth_and_oldest()
        self.metrics.backlog.set(depth)
        self.metrics.backlog_oldest_age.set((self.clock() - oldest).total_seconds() if oldest else 0)


@dataclass(frozen=True)
class Verified:
    """One stored version's token, checked again."""

    version: int
    sha256: str
    token_key: str
    info: TokenInfo | None
    problem: str | None  # None: the token verifies


def verify_subject(store: S3ObjectStore, subject_key: str, sha256: str, chain: bytes) -> tuple[TokenInfo | None,
                                                                                                 str | None]:
    """(what the token says, None) when the stored token verifies for ``sha256``; (None, why) when not."""
    try:
        token = store.read(store.archive_bucket, timestamp_key(subject_key, sha256))
    except NotFoundError:
        return None, NO_TOKEN
    except IntegrityError as exc:
        return None, f"the stored token does not decrypt: {exc}"
    try:
        return verify_token(token, sha256, chain), None
    except IntegrityError as exc:
        return None, str(exc)


def verify_versions(store: S3ObjectStore, versions: Sequence[dict[str, Any]], chain: bytes) -> list[Verified]:
    out = []
    for v in versions:
        info, problem = verify_subject(store, v["object_key"], v["sha256"], chain)
        out.append(Verified(int(v["version"]), v["sha256"], timestamp_key(v["object_key"], v["sha256"]), info,
                            problem))
    return out


def build_stamper(settings: Settings, ts: TimestampSettings, registry: CollectorRegistry) -> Stamper:
    tsa = TsaClient(ts.tsa_url, username=ts.tsa_username, password=ts.tsa_password, timeout=ts.timeout_seconds)
    return Stamper(S3ObjectStore(settings), TimestampRepo(connect(settings, registry)), tsa, ts.trust_chain(),
                   timestamp_metrics(registry), retry_seconds=ts.retry_seconds,
                   retention_years=settings.retention_years)


def build_shell(stamper: Stamper, registry: CollectorRegistry, publisher: Publisher,
                stop: threading.Event | None = None) -> ConsumerShell:
    async def archived(event: dict[str, Any]) -> Sequence[Output]:
        return stamper.on_archived(event)

    return ConsumerShell(stage=Stage.TIMESTAMP, routes={INVOICE_ARCHIVED.name: Route(INVOICE_ARCHIVED.schema,
                                                                                      archived)},
                         publisher=publisher, metrics=stage_metrics(registry), stop=stop)


def _passes(stamper: Stamper, every: float, stop: threading.Event) -> None:
    while not stop.wait(every):
        try:
            got = stamper.drain_backlog() + stamper.stamp_anchors()
            if got:
                logger.info("timestamper pass: %d tokens", got)
        except SzamlatarError as exc:  # our stores are down: the next pass tries again
            logger.warning("timestamper pass failed: %s", exc)


def run_timestamper(settings: Settings, ts: TimestampSettings, *, host: str = "127.0.0.1", port: int | None = None,
                    stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    registry = CollectorRegistry()
    stamper = build_stamper(settings, ts, registry)
    publisher = EventPublisher.of(settings, client_id="szamlatar-timestamper")  # dead letters only
    shell = build_shell(stamper, registry, publisher, stop)
    server = serve_ops(port or ts.timestamper_port, registry, shell.health, host=host, refresh=stamper.refresh_gauges)
    threading.Thread(target=_passes, args=(stamper, ts.pass_seconds, stop), name="timestamper-passes",
                     daemon=True).start()
    consumer = kafka_consumer(settings, shell.topics, group=GROUP, client_id="szamlatar-timestamper",
                              max_poll_records=20, max_poll_interval_ms=600_000)
    logger.info("timestamper consuming %s; TSA %s", INVOICE_ARCHIVED.name, ts.tsa_url)
    try:
        shell.serve(consumer)
    finally:
        stop.set()
        publisher.close()
        server.shutdown()

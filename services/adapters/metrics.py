"""Every Prometheus metric, named once (STYLE §4/§7). Registered on a registry passed in so
tests can use an isolated one; each process exposes its registry on ``/metrics``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


@dataclass(frozen=True)
class StageMetrics:
    events_in: Counter
    events_out: Counter
    errors: Counter
    retries: Counter
    dlq: Counter
    duration: Histogram
    waiting: Gauge
    waited: Counter
    end_to_end: Histogram
    flush: Histogram
    queued: Histogram


# 202 → done, from a tenth of a second (steady state) to minutes (a backlog after an outage).
_END_TO_END_BUCKETS = (0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900)


def stage_metrics(registry: CollectorRegistry) -> StageMetrics:
    return StageMetrics(
        events_in=Counter("szamlatar_stage_events_in_total", "Events a stage consumed.", ["stage"],
                          registry=registry),
        events_out=Counter("szamlatar_stage_events_out_total", "Events a stage finished, by outcome.",
                           ["stage", "outcome"], registry=registry),
        errors=Counter("szamlatar_stage_errors_total", "Errors in a stage, by error class and reason.",
                       ["stage", "kind", "reason"], registry=registry),
        retries=Counter("szamlatar_stage_retries_total", "Retries of transient failures.", ["stage"],
                        registry=registry),
        dlq=Counter("szamlatar_dlq_events_total", "Events sent to a dead-letter topic (invoice.dlq; "
                    "downstream.dlq for stage downstream).", ["stage", "reason"],
                    registry=registry),
        duration=Histogram("szamlatar_stage_duration_seconds", "Time to process one event.", ["stage"],
                           buckets=_LATENCY_BUCKETS, registry=registry),
        waiting=Gauge("szamlatar_stage_waiting_on_dependency", "1 while a stage holds a record because one of our "
                      "own stores (mongodb, s3, kafka) is down; it waits, it does not dead-letter.",
                      ["stage", "dependency"], registry=registry),
        waited=Counter("szamlatar_stage_dependency_wait_seconds", "Seconds a stage spent waiting for a store "
                       "that was down.", ["stage", "dependency"], registry=registry),
        end_to_end=Histogram("szamlatar_stage_end_to_end_seconds", "Seconds from the invoice's acceptance at "
                             "ingest (the 202) to the end of this stage; stage archive: until it is searchable.",
                             ["stage"], buckets=_END_TO_END_BUCKETS, registry=registry),
        flush=Histogram("szamlatar_stage_flush_seconds", "Seconds a consumer's flush took (the indexer: its index "
                        "commit and the batch's client records); a batch becomes searchable within it.",
                        ["stage"], buckets=_LATENCY_BUCKETS, registry=registry),
        queued=Histogram("szamlatar_stage_queued_seconds", "Seconds from a record's produce (its timestamp) to its "
                         "stage starting it: the consumer's fetch, the batch ahead of it, the lane it waits in.",
                         ["stage"], buckets=_LATENCY_BUCKETS, registry=registry),
    )


@dataclass(frozen=True)
class HttpMetrics:
    requests: Counter
    duration: Histogram
    ingested: Counter
    unavailable: Counter


def http_metrics(registry: CollectorRegistry) -> HttpMetrics:
    return HttpMetrics(
        requests=Counter("szamlatar_http_requests_total", "HTTP requests by route and status.",
                         ["method", "route", "status"], registry=registry),
        duration=Histogram("szamlatar_http_request_duration_seconds", "HTTP request latency.",
                           ["method", "route"], buckets=_LATENCY_BUCKETS, registry=registry),
        ingested=Counter("szamlatar_ingest_events_total", "Documents accepted or refused at ingest.",
                         ["source", "outcome", "reason"], registry=registry),
        unavailable=Counter("szamlatar_http_unavailable_total", "Requests answered 503 because one of our stores "
                            "(mongodb, s3, kafka) is down, by route and store: nothing was accepted, the sender "
                            "was told to come back after Retry-After.", ["route", "dependency"], registry=registry),
    )


@dataclass(frozen=True)
class MatchingMetrics:
    results: Counter
    rule_hits: Counter
    held: Counter


def matching_metrics(registry: CollectorRegistry) -> MatchingMetrics:
    """Automatic match rate = results{status="auto"} / sum(results)."""
    return MatchingMetrics(
        results=Counter("szamlatar_match_results_total", "Invoices matched, by engine status (auto, ambiguous, "
                        "weak, unmatched).", ["status"], registry=registry),
        rule_hits=Counter("szamlatar_rule_hits_total", "Rules that fitted an invoice, by rule id.", ["rule"],
                          registry=registry),
        held=Counter("szamlatar_match_held_total", "Invoices rules held back for approval.", registry=registry),
    )


@dataclass(frozen=True)
class DownstreamMetrics:
    """The downstream worker: webhook deliveries, certificate attachments, reference intake, consumed
    events it dead-lettered, and the review queue it reports on ``/metrics``."""

    webhooks: Counter
    attached: Counter
    references: Counter
    dead_lettered: Counter
    review_depth: Gauge
    review_oldest_age: Gauge


# The outcomes the downstream worker counts. Each starts at 0 so that the first dead letter or
# rejection after a start is an increase the alert rules (deploy/prometheus/rules/downstream.yml) see.
WEBHOOK_OUTCOMES = ("ok", "retry", "dlq", "no_subscriber")
REFERENCE_OUTCOMES = ("upserted", "deleted", "rejected")
# The topics the downstream worker consumes (services/downstream/worker.py CONSUMED_TOPICS).
DOWNSTREAM_TOPICS = ("invoice.archived", "invoice.matched", "reference.changed")
# The review queue's kinds (pipeline/matching.py::review_item): approval — held by a rule, neither
# searchable nor sent downstream until approved; match — archived, its client not confirmed. Apart,
# because only the first holds anything back: a tenant may leave matches unconfirmed for good.
REVIEW_KINDS = ("approval", "match")


def downstream_metrics(registry: CollectorRegistry) -> DownstreamMetrics:
    metrics = DownstreamMetrics(
        webhooks=Counter("szamlatar_downstream_webhooks_total", "Outbound webhook deliveries by outcome.",
                         ["outcome"], registry=registry),
        attached=Counter("szamlatar_downstream_attached_total", "Invoices attached to certificates.",
                         registry=registry),
        references=Counter("szamlatar_reference_records_total", "Reference records from reference.changed.",
                           ["outcome"], registry=registry),
        dead_lettered=Counter("szamlatar_downstream_dlq_events_total", "Consumed events the downstream worker "
                              "could not process and sent to downstream.dlq, by topic (webhook deliveries that "
                              "failed: szamlatar_downstream_webhooks_total{outcome=\"dlq\"}).", ["topic"],
                              registry=registry),
        review_depth=Gauge("szamlatar_review_queue_depth", "Open review items, by kind (approval: held, "
                           "unpublished until approved; match: archived, client unconfirmed).", ["kind"],
                           registry=registry),
        review_oldest_age=Gauge("szamlatar_review_queue_oldest_age_seconds", "Age of the oldest open review item, "
                                "by kind (0 when none is open).", ["kind"], registry=registry),
    )
    for outcome in WEBHOOK_OUTCOMES:
        metrics.webhooks.labels(outcome)
    for outcome in REFERENCE_OUTCOMES:
        metrics.references.labels(outcome)
    for topic in DOWNSTREAM_TOPICS:
        metrics.dead_lettered.labels(topic)
    for kind in REVIEW_KINDS:
        metrics.review_depth.labels(kind)
        metrics.review_oldest_age.labels(kind)
    return metrics


@dataclass(frozen=True)
class UpstreamMetrics:
    """Calls to billing systems (Billingo, Számla Agent) from any process."""

    calls: Counter
    latency: Histogram
    waits: Counter
    wait_seconds: Counter


def upstream_metrics(registry: CollectorRegistry) -> UpstreamMetrics:
    return UpstreamMetrics(
        calls=Counter("szamlatar_upstream_calls_total", "Calls to a billing system, by service, operation and "
                      "HTTP status (0: no answer).", ["service", "operation", "status"], registry=registry),
        latency=Histogram("szamlatar_upstream_call_duration_seconds", "Billing-system call latency.",
                          ["service", "operation"], buckets=_LATENCY_BUCKETS, registry=registry),
        waits=Counter("szamlatar_upstream_waits_total", "Back-offs before a retried call, by why (rate_limited, "
                      "pdf_pending, server_error, unreachable, maintenance).", ["service", "reason"],
                      registry=registry),
        wait_seconds=Counter("szamlatar_upstream_wait_seconds_total", "Seconds spent waiting before retried calls "
                             "(rate-limit waits are reason=rate_limited).", ["service", "reason"], registry=registry),
    )


@dataclass(frozen=True)
class BillingIngestMetrics:
    documents: Counter
    polls: Counter
    poll_lag: Gauge


def billing_ingest_metrics(registry: CollectorRegistry) -> BillingIngestMetrics:
    # ``connection`` is a label here: connections are a small set an administrator configures, and
    # the one that falls behind is exactly what an alert must name.
    return BillingIngestMetrics(
        documents=Counter("szamlatar_billing_documents_total", "Billing-system documents seen by ingest, by "
                          "outcome (imported, payments_changed, unchanged, skipped, failed).",
                          ["service", "outcome"], registry=registry),
        polls=Counter("szamlatar_billing_polls_total", "Poll passes, by outcome (complete, failed).",
                      ["service", "outcome"], registry=registry),
        poll_lag=Gauge("szamlatar_billing_poll_lag_seconds", "Age of the newest change known to be imported: now "
                       "minus the time up to which every change of the connection is in Kafka.",
                       ["service", "connection"], registry=registry),
    )


@dataclass(frozen=True)
class StatusSyncMetrics:
    writebacks: Counter
    failures: Counter
    applied: Counter


def status_sync_metrics(registry: CollectorRegistry) -> StatusSyncMetrics:
    return StatusSyncMetrics(
        writebacks=Counter("szamlatar_writeback_total", "Payments written back to a billing system, by outcome "
                           "(written, already_present, not_supported).", ["service", "outcome"], registry=registry),
        failures=Counter("szamlatar_writeback_failures_total", "Failed write-back attempts, by service and reason.",
                         ["service", "reason"], registry=registry),
        applied=Counter("szamlatar_payment_updates_total", "Payment states applied to the archive, by origin and "
                        "outcome (changed, unchanged).", ["origin", "outcome"], registry=registry),
    )


class ReconciliationCounts(Protocol):
    """What the gauges show of a NAV reconciliation (``services/nav/completeness.Reconciliation``)."""

    @property
    def gaps(self) -> Mapping[str, int]: ...

    @property
    def nav_count(self) -> int: ...

    @property
    def archive_count(self) -> int: ...


@dataclass(frozen=True)
class ReconciliationMetrics:
    """NAV completeness gaps. ``connection`` names the NAV connection reconciled (``all`` when the CLI
    reconciles a whole tenant): a small set an administrator configures, and the one with gaps is
    exactly what an alert must name. ``direction`` (outbound, inbound) keeps NAV's two lists apart;
    the alert rules add the directions up per connection (deploy/prometheus/rules/nav.yml)."""

    gaps: Gauge
    nav_invoices: Gauge
    archived_invoices: Gauge
    last_run: Gauge

    def record(self, connection: str, result: ReconciliationCounts, now_seconds: float, *,
               direction: str = "outbound") -> None:
        for kind, count in result.gaps.items():
            self.gaps.labels(connection, kind, direction).set(count)
        self.nav_invoices.labels(connection, direction).set(result.nav_count)
        self.archived_invoices.labels(connection, direction).set(result.archive_count)
        self.last_run.labels(connection).set(now_seconds)


def reconciliation_metrics(registry: CollectorRegistry) -> ReconciliationMetrics:
    return ReconciliationMetrics(
        gaps=Gauge("szamlatar_nav_reconciliation_gaps", "Invoices in a gap of the NAV reconciliation, by kind "
                   "(missing_in_archive, missing_in_nav, differing, without_pdf) and direction (outbound, inbound).",
                   ["connection", "kind", "direction"],
                   registry=registry),
        nav_invoices=Gauge("szamlatar_nav_reconciliation_nav_invoices", "Invoices NAV knows for the reconciled "
                           "period.", ["connection", "direction"], registry=registry),
        archived_invoices=Gauge("szamlatar_nav_reconciliation_archived_invoices", "Archived invoices of the NAV "
                                "taxpayer for the reconciled period.", ["connection", "direction"], registry=registry),
        last_run=Gauge("szamlatar_nav_reconciliation_last_run_timestamp_seconds", "When the last reconciliation "
                       "ran.", ["connection"], registry=registry),
    )


@dataclass(frozen=True)
class NavSyncMetrics:
    runs: Counter
    invoices: Counter
    last_success: Gauge
    reconciliation: ReconciliationMetrics


def nav_sync_metrics(registry: CollectorRegistry) -> NavSyncMetrics:
    return NavSyncMetrics(
        runs=Counter("szamlatar_nav_sync_runs_total", "NAV sync passes, by outcome (complete, failed).",
                     ["outcome"], registry=registry),
        invoices=Counter("szamlatar_nav_sync_invoices_total", "Invoices NAV listed, by outcome "
                         "(imported, unchanged, failed).", ["outcome"], registry=registry),
        last_success=Gauge("szamlatar_nav_sync_last_success_timestamp_seconds",
                           "When the connection's last complete sync ended.", ["connection"], registry=registry),
        reconciliation=reconciliation_metrics(registry),
    )


@dataclass(frozen=True)
class TimestampMetrics:
    """The timestamper (issue 14): tokens got, digests queued because the TSA was down, the backlog."""

    stamped: Counter
    backlog: Gauge
    backlog_oldest_age: Gauge


def timestamp_metrics(registry: CollectorRegistry) -> TimestampMetrics:
    return TimestampMetrics(
        stamped=Counter("szamlatar_timestamps_total", "RFC 3161 time-stamp requests, by subject (version, "
                        "anchor) and outcome (ok, backlogged: the TSA failed and the digest waits in the backlog).",
                        ["subject", "outcome"], registry=registry),
        backlog=Gauge("szamlatar_timestamp_backlog", "Digests waiting for a time-stamp token (the TSA failed).",
                      registry=registry),
        backlog_oldest_age=Gauge("szamlatar_timestamp_backlog_oldest_age_seconds",
                                 "Age of the oldest digest waiting for a time-stamp token (0: none waits).",
                                 registry=registry),
    )


@dataclass(frozen=True)
class ScrubMetrics:
    """The last full integrity scrub (``szamlatar scrub``, written for node_exporter's textfile collector)."""

    checked: Gauge
    failures: Gauge
    last_full_pass: Gauge


def scrub_metrics(registry: CollectorRegistry) -> ScrubMetrics:
    return ScrubMetrics(
        checked=Gauge("szamlatar_scrub_objects_checked", "Stored versions the last full scrub re-read.",
                      registry=registry),
        failures=Gauge("szamlatar_scrub_failures", "Versions the last full scrub found missing, unreadable, "
                       "hashing to other bytes or without a verifying time-stamp token.", registry=registry),
        last_full_pass=Gauge("szamlatar_scrub_last_full_pass_timestamp_seconds",
                             "When the last full scrub finished (Unix time).", registry=registry),
    )


def mongo_command_counter(registry: CollectorRegistry) -> Counter:
    """Fed by ``adapters/mongo_metrics.CommandCounter``, registered on the process's MongoClient."""
    return Counter("szamlatar_mongo_commands_total", "Commands this process sent to the document store (FerretDB), "
                   "by command (find, update, insert, …) and collection (\"\": none).", ["command", "collection"],
                   registry=registry)


def kek_metrics(registry: CollectorRegistry) -> tuple[Gauge, Gauge]:
    """How many stored objects, and how many sealed secrets, each KEK id protects (``szamlatar keys
    status|rotate --prom-file``)."""
    return (Gauge("szamlatar_objects_by_kek", "Stored objects whose data key is wrapped under each KEK id "
                  "(an old KEK may be retired at 0).", ["kek_id"], registry=registry),
            Gauge("szamlatar_sealed_secrets_by_kek", "Secrets kept sealed in the document store (connection "
                  "credentials, webhook and signing secrets, NAV keys) under each KEK id.", ["kek_id"],
                  registry=registry))

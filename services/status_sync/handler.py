"""status-sync: one ``invoice.payment`` event → the archive's payment state, and for payments made in
Számlatár, the billing system's too.

* ``origin=source`` (the billing system changed): the observed payments become the archived
  invoice's payment state, with one history entry — unless nothing changed (our own write-back
  coming back through the poller or the push is exactly such an echo). A Számlázz.hu observation (a
  push, an IPN) is only a notification: the invoice is read through the Számla Agent and what it
  shows now is applied, so a push re-sent after a newer one cannot roll the state back.
* ``origin=szamlatar`` (registered through the API): first the write-back record is consulted — a
  replayed event whose payment was written (or found) already does nothing at all. Otherwise the
  billing system is read first and written only when the payment is not there yet: Billingo gets the
  whole merged history by ``PUT`` (it replaces the history), the Számla Agent our one new entry with
  ``additiv=true``. Every attempt leaves a record: what was written, when, and the answer.

Errors keep their class: a billing system's ``Retryable`` ones (429, 5xx, its outages) are retried in
place by the stage runner and end in ``invoice.dlq`` only after every attempt; an outage of our own
MongoDB or Kafka is waited out by the consumer shell without a DLQ; ``Rejected`` ones (a read-only
key, a payment on a storno, a removed connection) go to the DLQ at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from services.adapters.billing_repos import BillingRepos
from services.adapters.metrics import StatusSyncMetrics, UpstreamMetrics
from services.adapters.settings import Settings
from services.adapters.stage_runner import Output
from services.billingo import writeback as billingo_writeback
from services.billingo.client import BillingoClient, connection_billingo
from services.core.errors import ReasonCode, Rejected, SzamlatarError, UnknownTenantError
from services.core.invoice import Payment
from services.core.money import to_decimal
from services.core.payments import (
    PaymentObservation,
    current_observation,
    event_observation,
    is_notification,
    is_written,
    payments_from_json,
    plan_payment_update,
    registered_payment,
    view_payment_fields,
)
from services.szamlazz import writeback as szamlazz_writeback
from services.szamlazz.client import SzamlaAgentClient, connection_agent

logger = logging.getLogger(__name__)
Doc = dict[str, Any]
DONE = ("written", "already_present", "not_supported")


def _dec(value: Any) -> Decimal | None:
    return to_decimal(value) if value is not None else None


class StatusSyncHandler:
    def __init__(self, *, settings: Settings, repos: BillingRepos, upstream: UpstreamMetrics | None,
                 metrics: StatusSyncMetrics | None, clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 billingo: Callable[..., tuple[BillingoClient, Any]] = connection_billingo,
                 agent: Callable[..., tuple[SzamlaAgentClient, Any]] = connection_agent) -> None:
        self.settings, self.repos, self.upstream, self.metrics, self.clock = settings, repos, upstream, metrics, clock
        self.billingo, self.agent = billingo, agent

    async def __call__(self, event: Doc) -> Sequence[Output]:
        await asyncio.to_thread(self.handle, event)
        return []

    def handle(self, event: Doc) -> None:
        if event["origin"] == "source":
            at = self.clock().isoformat()
            observation = event_observation(event, at)
            if is_notification(event):
                observation = current_observation(observation, self.read_source(event, at))
            self.apply(event, observation)
        else:
            self.write_back(event)

    def read_source(self, event: Doc, at: str) -> PaymentObservation | None:
        """The invoice's payments as the Számla Agent shows them now; ``None`` if the connection is gone.

        Read here rather than in the push receiver: one invoice's events reach this point one at a
        time in order, so each read is newer than the state it may replace, while two pushes read in
        the receiver could still be produced the other way round. The receiver's acknowledgement
        waits only for Kafka, and an Agent outage is an ``UpstreamError`` that the stage runner
        retries in place and finally dead-letters (replayable) — the push was acknowledged already,
        because its notification is durable."""
        connection = self.repos.connections.active(event["source"]["connection_id"])
        if connection is None or connection.kind != "szamlazz":
            return None  # a removed connection's tombstone keeps no Agent key to ask with
        client, _ = self.agent(self.settings, connection.doc, self.upstream)
        return szamlazz_writeback.read_observation(client, event, at)

    # -- the archive side -----------------------------------------------------------------------

    def apply(self, event: Doc, observation: PaymentObservation) -> bool:
        invoice_id = event["invoice_id"]
        current = self.repos.payments.state(invoice_id)
        update = plan_payment_update(current, observation)
        if self.metrics is not None:
            self.metrics.applied.labels(observation.origin, "unchanged" if update is None else "changed").inc()
        if update is None:
            if current is not None:  # always so: no update means the stored state already says this
                # A replay after a crash between the state and the view below, or an echo: either way
                # the view is set from the state again, which repairs the first and costs the second
                # one update by _id.
                self.repos.payments.show_on_invoice(event["tenant"], invoice_id, view_payment_fields(current))
            return False
        state = {
            "_id": invoice_id, "tenant": event["tenant"], "site": event["site"], "source": event["source"],
            "external_id": event["external_id"], "invoice_number": event.get("invoice_number"),
            "currency": event.get("currency"), "gross_total": event.get("gross_total"), **update.state,
        }
        entry = {"_id": f"{invoice_id}:{update.state['seq']}", "invoice_id": invoice_id, "tenant": event["tenant"],
                 "event_id": event["event_id"], **update.history_entry}
        # The state first (the commit point), then the archived view from it. In this order an archive
        # writing the view at the same time cannot leave it behind: it reads the state again after its
        # own write (adapters/payment_store.py ``write_view``), and any state committed after that read is
        # shown by the view update here, which comes later still. Before the invoice is archived the
        # update finds no view; the archive then builds the view from this state.
        self.repos.payments.record_change(state, entry)
        self.repos.payments.show_on_invoice(event["tenant"], invoice_id, view_payment_fields(state))
        return True

    # -- the billing-system side ----------------------------------------------------------------

    def write_back(self, event: Doc) -> None:
        payment = event["payment"]
        pid = payment["payment_id"]
        record = self.repos.payments.writeback(pid)
        if record is not None and record.get("outcome") in DONE:
            return  # a replay: this payment has been written (or found) already
        kind = event["source"]["kind"]
        now = self.clock()
        base: Doc = {
            "_id": pid, "tenant": event["tenant"], "invoice_id": event["invoice_id"],
            "invoice_number": event.get("invoice_number"), "connection_id": event["source"]["connection_id"],
            "service": kind, "payment": payment, "event_id": event["event_id"],
            "requested_at": event["occurred_at"], "attempts": int((record or {}).get("attempts", 0)) + 1,
        }
        wanted = registered_payment(event)
        current = self.repos.payments.state(event["invoice_id"]) or {}
        if kind not in ("billingo", "szamlazz"):
            known = payments_from_json(current.get("payments") or [])
            after: Sequence[Payment] = known if is_written(known, wanted) else (*known, wanted)
            self._finish(event, base, "not_supported", {"note": f"{kind} connections take no write-back"}, after,
                         current, now)
            return
        try:
            connection = self.repos.connections.active(base["connection_id"])
            if connection is None or connection.kind != kind:
                raise UnknownTenantError(f"connection {base['connection_id']!r} no longer exists",
                                         reason=ReasonCode.UNKNOWN_CONNECTION)
            write = self._billingo if kind == "billingo" else self._agent
            outcome, answer, after = write(dict(connection.doc), event, wanted)
        except SzamlatarError as exc:
            if self.metrics is not None:
                self.metrics.failures.labels(kind, type(exc).__name__).inc()
            self.repos.payments.save_writeback({
                **base, "outcome": "failed" if isinstance(exc, Rejected) else "retrying", "at": now,
                "answer": {"error": type(exc).__name__, "message": str(exc)[:500]},
            })
            logger.warning("write-back of %s to %s failed: %s", pid, kind, exc,
                           extra={"payment_id": pid, "service": kind, "error": type(exc).__name__})
            raise
        self._finish(event, base, outcome, answer, after, current, now)

    def _finish(self, event: Doc, base: Doc, outcome: str, answer: Doc, after: Sequence[Payment], current: Doc,
                now: datetime) -> None:
        self.repos.payments.save_writeback({**base, "outcome": outcome, "at": now, "answer": answer})
        if self.metrics is not None:
            self.metrics.writebacks.labels(base["service"], outcome).inc()
        label = event["payment"]["label"]
        self.apply(event, PaymentObservation(
            payments=tuple(after), gross_total=_dec(event.get("gross_total")),
            cancelled=bool(current.get("cancelled", False)), origin="szamlatar", at=now.isoformat(),
            note=f"{label}: {outcome}",
        ))

    def _billingo(self, connection: Doc, event: Doc, wanted: Payment) -> tuple[str, Doc, Sequence[Payment]]:
        client, _ = self.billingo(self.settings, connection, self.upstream, retry=billingo_writeback.WRITEBACK_RETRY)
        return billingo_writeback.write_payment(client, event, wanted, _dec(event.get("conversion_rate")))

    def _agent(self, connection: Doc, event: Doc, wanted: Payment) -> tuple[str, Doc, Sequence[Payment]]:
        client, _ = self.agent(self.settings, connection, self.upstream)
        return szamlazz_writeback.write_payment(client, event, wanted)

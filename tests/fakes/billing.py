"""In-memory twins of the billing integrations' memory: ``adapters/ingest_state.py`` (what each
connection imported, where its poller stands) and ``adapters/payment_store.py`` (payment state, its
history, write-backs; the links between invoices) and ``adapters/backfill_jobs.py`` (history back-fill jobs).

``PaymentStore`` writes the payment fields onto the archived invoice views it is given — the
``InvoiceRepo`` twin's ``views`` when ``tests.fakes.fake_repos`` wires them, as the real store updates
the ``invoices`` collection — and does not create a view that is not there."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import Any

from services.adapters.payment_store import settle_view

Doc = dict[str, Any]


class IngestState:
    def __init__(self) -> None:
        self.items: dict[str, Doc] = {}
        self.cursors: dict[str, Doc] = {}
        self.cursor_saves = 0  # how often a poller checkpointed (the real store has no such count)

    @staticmethod
    def item_id(connection_id: str, external_id: str) -> str:
        return f"{connection_id}|{external_id}"

    def item(self, connection_id: str, external_id: str) -> Doc | None:
        return copy.deepcopy(self.items.get(self.item_id(connection_id, external_id)))

    def save_item(self, item: Doc) -> None:
        self.items[item["_id"]] = copy.deepcopy(item)

    def count_received(self, connection_id: str, since: datetime | None = None) -> int:
        return sum(1 for i in self.items.values() if i.get("connection_id") == connection_id
                   and (since is None or i["received_at"] >= since))

    def cursor(self, connection_id: str) -> Doc | None:
        return copy.deepcopy(self.cursors.get(connection_id))

    def save_cursor(self, cursor: Doc) -> None:
        self.cursor_saves += 1
        self.cursors[cursor["_id"]] = copy.deepcopy(cursor)

    def forget(self, connection_id: str) -> None:
        self.cursors.pop(connection_id, None)


class PaymentStore:
    def __init__(self, views: dict[str, Doc] | None = None) -> None:
        self.states: dict[str, Doc] = {}
        self.entries: dict[str, Doc] = {}
        self.records: dict[str, Doc] = {}  # the write-backs by payment id
        self.views: dict[str, Doc] = {} if views is None else views

    def state(self, invoice_id: str) -> Doc | None:
        return copy.deepcopy(self.states.get(invoice_id))

    def record_change(self, state: Doc, entry: Doc) -> None:
        self.entries[entry["_id"]] = copy.deepcopy(entry)
        self.states[state["_id"]] = copy.deepcopy(state)

    def history(self, invoice_id: str) -> list[Doc]:
        found = sorted((e for e in self.entries.values() if e["invoice_id"] == invoice_id), key=lambda e: e["seq"])
        return [{k: v for k, v in copy.deepcopy(e).items() if k != "_id"} for e in found]

    def show_on_invoice(self, tenant: str, invoice_id: str, fields: Doc) -> bool:
        if invoice_id not in self.views:
            return False
        for path, value in copy.deepcopy(fields).items():  # ``$set`` paths, as MongoDB reads them
            *parents, last = path.split(".")
            target = self.views[invoice_id]
            for name in parents:
                target = target.setdefault(name, {})
            target[last] = value
        return True

    def write_view(self, invoice_id: str, build: Callable[[Doc | None], Doc],
                   upsert: Callable[[Doc], None], *, new: bool = False) -> Doc:
        return settle_view(self, invoice_id, build, upsert, new=new)  # the real store's algorithm over the twin

    def writeback(self, payment_id: str) -> Doc | None:
        return copy.deepcopy(self.records.get(payment_id))

    def save_writeback(self, record: Doc) -> None:
        self.records[record["_id"]] = copy.deepcopy(record)

    def writebacks(self, invoice_id: str) -> list[Doc]:
        found = [r for r in self.records.values() if r["invoice_id"] == invoice_id]
        return copy.deepcopy(sorted(found, key=lambda r: r["at"], reverse=True))


class LinkStore:
    def __init__(self) -> None:
        self.links: dict[str, Doc] = {}

    def save(self, link: Doc) -> None:
        self.links[link["_id"]] = copy.deepcopy(link)

    def of(self, tenant: str, invoice_id: str) -> tuple[list[Doc], list[Doc]]:
        values = [copy.deepcopy(v) for _, v in sorted(self.links.items()) if v.get("tenant") == tenant]
        return ([v for v in values if v.get("from_invoice_id") == invoice_id],
                [v for v in values if v.get("to_invoice_id") == invoice_id])


class BackfillJobs:
    def __init__(self) -> None:
        self.jobs: dict[str, Doc] = {}
        self.saves = 0  # how often a job was written (the real store has no such count)

    def get(self, job_id: str) -> Doc | None:
        return copy.deepcopy(self.jobs.get(job_id))

    def save(self, job: Doc) -> None:
        self.saves += 1
        self.jobs[job["_id"]] = copy.deepcopy(job)

    def claim(self, job: Doc, attempts: int) -> bool:
        stored = self.jobs.get(job["_id"])
        if stored is None or stored.get("attempts") != attempts:
            return False
        self.save(job)
        return True

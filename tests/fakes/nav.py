"""In-memory twins of the NAV slice's repositories (``services/nav/repository.py``,
``services/nav/reconcile.py``): NAV's invoice records and the completeness comparison, which reads
the invoice, connection and NAV twins it is built over."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from services.core.enums import Direction
from services.nav.completeness import Reconciliation, Record, reconcile, record_from_invoice
from services.nav.repository import archive_record
from tests.fakes.mongo import ConnectionRepo, InvoiceRepo

Doc = dict[str, Any]


def _in_period(doc: Doc, date_from: date, date_to: date) -> bool:
    issued = doc.get("issue_date")
    return issued is not None and date_from.isoformat() <= issued <= date_to.isoformat()


class NavInvoiceRepo:
    def __init__(self) -> None:
        self.records_by_id: dict[str, Doc] = {}

    def ensure_indexes(self) -> None:
        return None

    def get(self, record_id: str) -> Doc | None:
        return copy.deepcopy(self.records_by_id.get(record_id))

    def upsert(self, record: Doc) -> None:
        self.records_by_id[record["_id"]] = copy.deepcopy(record)

    def records(self, tenant: str, date_from: date, date_to: date,
                direction: Direction = Direction.OUTGOING) -> list[Record]:
        return [record_from_invoice(d["invoice"], ref=d["_id"]) for d in self.records_by_id.values()
                if d.get("tenant") == tenant and d.get("direction") == direction.nav
                and _in_period(d, date_from, date_to)]


class ReconciliationRepo:
    def __init__(self, invoices: InvoiceRepo, nav: NavInvoiceRepo, connections: ConnectionRepo) -> None:
        self.invoices, self.nav, self.connections = invoices, nav, connections

    def reconcile(self, tenant: str, date_from: date, date_to: date,
                  direction: Direction = Direction.OUTGOING) -> tuple[Reconciliation, set[str]]:
        # Every NAV connection of the tenant counts, a deleted one too, as in nav_taxpayer_ids.
        taxpayers = {str(c["tax_number"]) for c in self.connections.records.values()
                     if c.get("tenant") == tenant and c.get("kind") == "nav"}
        views = [v for v in self.invoices.views.values() if v.get("tenant") == tenant
                 and _in_period(v, date_from, date_to)]
        archive = [r for v in views if (r := archive_record(v, taxpayers, direction)) is not None]
        nav = self.nav.records(tenant, date_from, date_to, direction)
        return reconcile(nav, archive, date_from, date_to), taxpayers

"""MongoDB side of NAV completeness: the NAV invoice data the connector imported
(``nav_invoices``) and the archive's current views, loaded as ``core.reconcile.Record``s.

A direction pairs NAV's side with the archive's: OUTBOUND (we issued) is compared with archived
invoices our taxpayer issued, INBOUND (we received) with archived ``incoming`` invoices addressed
to our taxpayer. ``reconcile_tenant`` is the one loader the API, the CLI and the sync service use."""

from __future__ import annotations

from datetime import date
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database

from services.adapters.mongo import translate_errors
from services.core.invoice import Direction
from services.core.nav_signing import InvoiceDirection
from services.core.reconcile import Reconciliation, Record, reconcile, record_from_invoice


class NavInvoiceRepo:
    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db

    def ensure_indexes(self) -> None:
        with translate_errors("create nav_invoices indexes"):
            self.db.nav_invoices.create_index([("tenant", ASCENDING), ("issue_date", ASCENDING)])

    def get(self, record_id: str) -> dict[str, Any] | None:
        with translate_errors("get nav invoice"):
            return self.db.nav_invoices.find_one({"_id": record_id})

    def upsert(self, record: dict[str, Any]) -> None:
        with translate_errors("store nav invoice"):
            self.db.nav_invoices.replace_one({"_id": record["_id"]}, record, upsert=True)

    def records(self, tenant: str, date_from: date, date_to: date,
                direction: InvoiceDirection = InvoiceDirection.OUTBOUND) -> list[Record]:
        query = {"tenant": tenant, "direction": direction.value,
                 "issue_date": {"$gte": date_from.isoformat(), "$lte": date_to.isoformat()}}
        with translate_errors("read nav invoices"):
            found = list(self.db.nav_invoices.find(query))
        return [record_from_invoice(d["invoice"], ref=d["_id"]) for d in found]


def archive_records(db: Database[dict[str, Any]], tenant: str, taxpayer_ids: set[str],
                    date_from: date, date_to: date,
                    direction: InvoiceDirection = InvoiceDirection.OUTBOUND) -> list[Record]:
    """The tenant's archived invoices of the period that NAV should know in ``direction``:
    OUTBOUND — not incoming, issued by one of ``taxpayer_ids``; INBOUND — incoming, addressed to one
    of them or to nobody by tax number (NAV cannot list those from the buyer's side, so they are
    rightly ``missing_in_nav``). Incoming invoices to a taxpayer without a NAV connection are left
    out: NAV would never show them to us."""
    query = {"tenant": tenant, "issue_date": {"$gte": date_from.isoformat(), "$lte": date_to.isoformat()}}
    with translate_errors("read archive for reconciliation"):
        views = list(db.invoices.find(query, {"invoice": 1, "current_sha256": 1, "invoice_number": 1,
                                              "direction": 1}))
    out = []
    for view in views:
        record = record_from_invoice(view.get("invoice") or {}, has_pdf=bool(view.get("current_sha256")),
                                     ref=view["_id"])
        incoming = (view.get("direction") or (view.get("invoice") or {}).get("direction")) == Direction.INCOMING
        if direction is InvoiceDirection.INBOUND:
            wanted = incoming and (record.buyer_taxpayer_id is None or record.buyer_taxpayer_id in taxpayer_ids)
        else:
            wanted = not incoming and record.supplier_taxpayer_id in taxpayer_ids
        if wanted:
            out.append(record)
    return out


def nav_taxpayer_ids(db: Database[dict[str, Any]], tenant: str) -> set[str]:
    with translate_errors("read nav connections"):
        return {str(c["tax_number"]) for c in db.connections.find({"tenant": tenant, "kind": "nav"})}


def reconcile_tenant(db: Database[dict[str, Any]], tenant: str, date_from: date, date_to: date,
                     direction: InvoiceDirection = InvoiceDirection.OUTBOUND) -> tuple[Reconciliation, set[str]]:
    """The reconciliation of one direction for the tenant's NAV taxpayers, and those taxpayers."""
    taxpayers = nav_taxpayer_ids(db, tenant)
    result = reconcile(NavInvoiceRepo(db).records(tenant, date_from, date_to, direction),
                       archive_records(db, tenant, taxpayers, date_from, date_to, direction), date_from, date_to)
    return result, taxpayers


class ReconciliationRepo:
    """``reconcile_tenant`` over one database, for the API and the UI."""

    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db

    def reconcile(self, tenant: str, date_from: date, date_to: date,
                  direction: InvoiceDirection = InvoiceDirection.OUTBOUND) -> tuple[Reconciliation, set[str]]:
        return reconcile_tenant(self.db, tenant, date_from, date_to, direction)

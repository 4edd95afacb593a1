"""MongoDB side of NAV completeness: the NAV invoice data the connector imported
(``nav_invoices``) and the archive's current views, loaded as ``core.reconcile.Record``s."""

from __future__ import annotations

from datetime import date
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database

from services.adapters.mongo import translate_errors
from services.core.reconcile import Record, record_from_invoice


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

    def records(self, tenant: str, date_from: date, date_to: date, direction: str = "OUTBOUND") -> list[Record]:
        query = {"tenant": tenant, "direction": direction,
                 "issue_date": {"$gte": date_from.isoformat(), "$lte": date_to.isoformat()}}
        with translate_errors("read nav invoices"):
            found = list(self.db.nav_invoices.find(query))
        return [record_from_invoice(d["invoice"], ref=d["_id"]) for d in found]


def archive_records(db: Database[dict[str, Any]], tenant: str, taxpayer_ids: set[str],
                    date_from: date, date_to: date) -> list[Record]:
    """The tenant's archived invoices issued in the period by one of ``taxpayer_ids`` (outgoing)."""
    query = {"tenant": tenant, "issue_date": {"$gte": date_from.isoformat(), "$lte": date_to.isoformat()}}
    with translate_errors("read archive for reconciliation"):
        views = list(db.invoices.find(query, {"invoice": 1, "current_sha256": 1, "invoice_number": 1}))
    out = []
    for view in views:
        record = record_from_invoice(view.get("invoice") or {}, has_pdf=bool(view.get("current_sha256")),
                                     ref=view["_id"])
        if record.supplier_taxpayer_id in taxpayer_ids:
            out.append(record)
    return out


def nav_taxpayer_ids(db: Database[dict[str, Any]], tenant: str) -> set[str]:
    with translate_errors("read nav connections"):
        return {str(c["tax_number"]) for c in db.connections.find({"tenant": tenant, "kind": "nav"})}

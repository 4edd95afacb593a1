"""MongoDB side of the NAV slice: the invoice data NAV holds (``nav_invoices``), the tenant's NAV
connections, and the archive's current views, loaded as ``completeness.Record``s.

A direction pairs NAV's side with the archive's: OUTGOING (NAV's OUTBOUND, we issued) is compared
with archived invoices our taxpayer issued, INCOMING (NAV's INBOUND, we received) with archived
``incoming`` invoices addressed to our taxpayer. ``nav_invoices`` records keep NAV's spelling of the
direction, as they always have."""

from __future__ import annotations

from datetime import date
from typing import Any

from services.adapters.connections import ConnectionRepo
from services.adapters.mongo import MongoDb, translate_errors
from services.adapters.mongo_errors import replace_by_id
from services.adapters.search_index import SearchIndex
from services.core.connection_model import NavSettings
from services.core.enums import Direction
from services.core.search_index import Sort, period_query
from services.nav.completeness import Record, record_from_invoice

Doc = dict[str, Any]
_ASCENDING = 1


class NavInvoiceRepo:
    def __init__(self, db: MongoDb) -> None:
        self.db = db

    def ensure_indexes(self) -> None:
        with translate_errors("create nav_invoices indexes"):
            self.db.nav_invoices.create_index([("tenant", _ASCENDING), ("issue_date", _ASCENDING)])

    def get(self, record_id: str) -> Doc | None:
        with translate_errors("get nav invoice"):
            return self.db.nav_invoices.find_one({"_id": record_id})

    def upsert(self, record: Doc) -> None:
        with translate_errors("store nav invoice"):
            replace_by_id(self.db.nav_invoices, record)

    def records(self, tenant: str, date_from: date, date_to: date,
                direction: Direction = Direction.OUTGOING) -> list[Record]:
        query = {"tenant": tenant, "direction": direction.nav,
                 "issue_date": {"$gte": date_from.isoformat(), "$lte": date_to.isoformat()}}
        with translate_errors("read nav invoices"):
            found = list(self.db.nav_invoices.find(query))
        return [record_from_invoice(d["invoice"], ref=d["_id"]) for d in found]


def archive_records(db: MongoDb, tenant: str, taxpayer_ids: set[str], date_from: date, date_to: date,
                    direction: Direction = Direction.OUTGOING, index: SearchIndex | None = None) -> list[Record]:
    """The tenant's archived invoices of the period that NAV should know in ``direction``:
    OUTGOING — not incoming, issued by one of ``taxpayer_ids``; INCOMING — incoming, addressed to one
    of them or to nobody by tax number (NAV cannot list those from the buyer's side, so they are
    rightly ``missing_in_nav``). Incoming invoices to a taxpayer without a NAV connection are left
    out: NAV would never show them to us.

    Read from the node's query ``index`` (issue 11): the store would decode every view to filter by
    date. Without an index (a process or test that has none), from the store."""
    views = _indexed_views(db, index, tenant, date_from, date_to) if index is not None \
        else _stored_views(db, tenant, date_from, date_to)
    return [record for view in views if (record := archive_record(view, taxpayer_ids, direction)) is not None]


_VIEW_FIELDS = {"invoice": 1, "current_sha256": 1, "invoice_number": 1, "direction": 1, "tenant": 1}


def _stored_views(db: MongoDb, tenant: str, date_from: date, date_to: date) -> list[Doc]:
    query = {"tenant": tenant, "issue_date": {"$gte": date_from.isoformat(), "$lte": date_to.isoformat()}}
    with translate_errors("read archive for reconciliation"):
        return list(db.invoices.find(query, _VIEW_FIELDS))


def _indexed_views(db: MongoDb, index: SearchIndex, tenant: str, date_from: date, date_to: date) -> list[Doc]:
    """The period's views as the index rows hold them (``core/search_index.nav_fields``); a row indexed
    before rows carried those fields is read from the store by ``_id``."""
    query, wanted = period_query(tenant, date_from, date_to), 0
    page = index.search(query, sort=Sort("sort_date", False), offset=0, limit=1)
    while page.total > len(page.rows):  # all in one search, one snapshot: commits meanwhile cannot shift it
        wanted = max(page.total, wanted * 2)
        page = index.search(query, sort=Sort("sort_date", False), offset=0, limit=wanted)
    views: list[Doc] = []
    for row in page.rows:
        nav = row.get("nav")
        if nav is not None:
            views.append({"_id": row["_id"], "direction": row.get("direction"), "invoice": nav,
                          "current_sha256": "stored" if nav.get("has_pdf") else None})
            continue
        with translate_errors("read archive for reconciliation"):
            view = db.invoices.find_one({"_id": row["_id"]}, _VIEW_FIELDS)
        if view is not None and view.get("tenant") == tenant:
            views.append(view)
    return views


def archive_record(view: Doc, taxpayer_ids: set[str], direction: Direction) -> Record | None:
    """One archived view as a ``Record`` when NAV should know it in ``direction`` (``archive_records``
    says which), else None."""
    record = record_from_invoice(view.get("invoice") or {}, has_pdf=bool(view.get("current_sha256")),
                                 ref=view["_id"])
    incoming = (view.get("direction") or (view.get("invoice") or {}).get("direction")) == Direction.INCOMING
    if direction is Direction.INCOMING:
        wanted = incoming and (record.buyer_taxpayer_id is None or record.buyer_taxpayer_id in taxpayer_ids)
    else:
        wanted = not incoming and record.supplier_taxpayer_id in taxpayer_ids
    return record if wanted else None


def nav_taxpayer_ids(db: MongoDb, tenant: str) -> set[str]:
    """The tenant's taxpayers with a live NAV connection (switched off ones too: their data stays)."""
    return {str(c.settings.tax_number) for c in ConnectionRepo(db).list(kinds=("nav",), tenant=tenant)
            if isinstance(c.settings, NavSettings) and c.settings.tax_number}


def nav_connections(db: MongoDb) -> list[Doc]:
    """Every NAV connection the sync service works on: not deleted, not switched off."""
    return [dict(c.doc) for c in ConnectionRepo(db).list(kinds=("nav",), include_disabled=False)]

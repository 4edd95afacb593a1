"""What the query side reads of the document store: invoice views by ``_id`` (the indexer) and, for a
rebuild or a verify only, one pass over the whole collection. A search page reads nothing here: its
rows are stored in the index (``core/search_index.encode_row``).

By ``_id`` one at a time on purpose: FerretDB 1.24 pushes only an ``_id`` equality down to SQLite
(``$in`` decodes the whole collection)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pymongo.database import Database

from services.adapters.mongo import translate_errors
from services.core.payments import with_payment_state

Doc = dict[str, Any]
# Left out of what the index needs: the large parts of a view.
_INDEXED = {"invoice.lines": 0, "provenance": 0, "match": 0, "reader": 0}
# A verify compares ids and versions: what ``core/search_index.view_version`` reads.
_VERSION = {"_id": 1, "tenant": 1, "current_version": 1, "updated_at": 1, "payment": 1}


class InvoiceViews:
    def __init__(self, db: Database[Doc]) -> None:
        self.db = db

    def for_index(self, invoice_id: str) -> Doc | None:
        """The view as the index should show it: with its stored payment state, which status-sync
        writes before the view (``adapters/billing.py``), so an index fed by ``invoice.payment`` is
        not behind the view's own update."""
        with translate_errors("read invoice for the index"):
            view = self.db.invoices.find_one({"_id": invoice_id}, _INDEXED)
        if view is None:
            return None
        state = self.payment_state(invoice_id)
        return with_payment_state(view, state) if state is not None else view

    def payment_state(self, invoice_id: str) -> Doc | None:
        with translate_errors("read payment state"):
            return self.db.payment_state.find_one({"_id": invoice_id})

    def stream(self, tenant: str | None = None, *, batch_size: int = 500) -> Iterator[Doc]:
        """Every view (of one tenant), in the store's order: one pass, for a rebuild."""
        with translate_errors("stream invoices"):
            yield from self.db.invoices.find({"tenant": tenant} if tenant else {}, _INDEXED, batch_size=batch_size)

    def stream_versions(self, tenant: str | None = None, *, batch_size: int = 2000) -> Iterator[Doc]:
        """Every view's id, tenant and version fields (of one tenant): one pass, for a verify."""
        with translate_errors("stream invoice ids"):
            yield from self.db.invoices.find({"tenant": tenant} if tenant else {}, _VERSION, batch_size=batch_size)

    def estimated_count(self) -> int:
        with translate_errors("count invoices"):
            return int(self.db.invoices.estimated_document_count())

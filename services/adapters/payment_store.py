"""Payment state per invoice with its append-only history and the write-back records
(``PaymentStore``), and the links between invoices (``LinkStore``) — shared by status-sync, the
archive, review approvals and the billing slices (``services/billingo``, ``services/szamlazz``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from services.adapters.id_lists import IdLists
from services.adapters.mongo import MongoDb, translate_errors
from services.adapters.mongo_errors import replace_by_id
from services.core.errors import StorageUnavailableError
from services.core.payments import state_mark, view_payment_fields

Doc = dict[str, Any]
_DESCENDING = -1


# Reads of the payment state after a view write before giving up (retried): each extra one means
# status-sync applied another change within the same few milliseconds.
VIEW_SETTLE_READS = 5


class PaymentStore:
    """Payment state per invoice (``payment_state``), its append-only history and the write-backs."""

    def __init__(self, db: MongoDb) -> None:
        self.db = db
        self.writeback_lists = IdLists(db, "payment_writebacks")  # an invoice's, read by _id

    def state(self, invoice_id: str) -> Doc | None:
        with translate_errors("get payment state"):
            return self.db.payment_state.find_one({"_id": invoice_id})

    def record_change(self, state: Doc, entry: Doc) -> None:
        """History entry first (its id is ``invoice:seq``, so a replay rewrites the same one), then
        the state that points past it: a crash in between is repaired by the replay."""
        with translate_errors("record payment change"):
            replace_by_id(self.db.payment_history, entry)
            replace_by_id(self.db.payment_state, state)

    def history(self, invoice_id: str) -> list[Doc]:
        """The entries in seq order, each by its ``_id`` (``invoice:seq``, seqs from 1 without gaps):
        up to the state's seq, and on while there are more (one written before a crash kept the state
        from pointing past it)."""
        state = self.state(invoice_id) or {}
        last, seq = int(state.get("seq") or 0), 1
        out: list[Doc] = []
        with translate_errors("read payment history"):
            while True:
                entry = self.db.payment_history.find_one({"_id": f"{invoice_id}:{seq}"}, {"_id": 0})
                if entry is None and seq > last:
                    return out
                if entry is not None:
                    out.append(entry)
                seq += 1

    def show_on_invoice(self, tenant: str, invoice_id: str, fields: Doc) -> bool:
        """Copy the state onto the archived invoice's view, if it is archived yet. Filtered by ``_id``
        alone: invoice ids are derived from the tenant already, and FerretDB answers an update with a
        compound filter by scanning the whole collection (seconds at a few hundred invoices)."""
        with translate_errors("update invoice payment"):
            result = self.db.invoices.update_one({"_id": invoice_id}, {"$set": fields})
            return bool(result.matched_count)

    def write_view(self, invoice_id: str, build: Callable[[Doc | None], Doc],
                   upsert: Callable[[Doc], None], *, new: bool = False) -> Doc:
        """Write an invoice's whole view (archive, review approval) showing its stored payment state.

        ``build`` makes the view from the state read first (``None``: status-sync has applied nothing
        yet). After the view is written the state is read once more, by ``_id``: status-sync may have
        applied a payment in between, and its view update then found no view yet or was overwritten.
        If the state moved, its fields are set on the view and the state read again until it holds
        still. status-sync writes the view *after* the state, so any change later than the last read
        reaches the view after this write: the view ends with the latest state whichever runs first.

        ``new``: the caller read the invoice's view and found none (an invoice's first archive, the
        common case). Then the first read is left out and the view built without a state: that is
        the interleaving in which status-sync stores the state just after that read, which the read
        after the write already puts right (a find saved per new invoice; a state stored before
        costs an update instead). Only for a new view: no reader has seen one that showed the state."""
        return settle_view(self, invoice_id, build, upsert, new=new)

    def writeback(self, payment_id: str) -> Doc | None:
        with translate_errors("get write-back"):
            return self.db.payment_writebacks.find_one({"_id": payment_id})

    def save_writeback(self, record: Doc) -> None:
        self.writeback_lists.add(str(record["invoice_id"]), str(record["_id"]))
        with translate_errors("save write-back"):
            replace_by_id(self.db.payment_writebacks, record)

    def writebacks(self, invoice_id: str) -> list[Doc]:
        """The invoice's write-backs, newest first."""
        found = self.writeback_lists.read(invoice_id, lambda: self._filtered_writebacks(invoice_id))
        return sorted(found, key=lambda r: r["at"], reverse=True)

    def _filtered_writebacks(self, invoice_id: str) -> list[Doc]:
        with translate_errors("read write-backs"):
            return list(self.db.payment_writebacks.find({"invoice_id": invoice_id}).sort("at", _DESCENDING))


class PaymentStates(Protocol):
    """What ``settle_view`` reads and writes: this store, or its in-memory twin in the tests."""

    def state(self, invoice_id: str) -> Doc | None: ...
    def show_on_invoice(self, tenant: str, invoice_id: str, fields: Doc) -> bool: ...


def settle_view(store: PaymentStates, invoice_id: str, build: Callable[[Doc | None], Doc],
                upsert: Callable[[Doc], None], *, new: bool = False) -> Doc:
    """``PaymentStore.write_view``'s algorithm over any store of payment states."""
    state = None if new else store.state(invoice_id)
    view = build(state)
    upsert(view)
    for _ in range(VIEW_SETTLE_READS):
        latest = store.state(invoice_id)
        if latest is None or state_mark(latest) == state_mark(state):
            return view
        state = latest
        store.show_on_invoice(view["tenant"], invoice_id, view_payment_fields(state))
    # Before the archive's commit point (the version record), so the event is retried whole.
    raise StorageUnavailableError(f"payment state of {invoice_id} kept changing while its view was written")


class LinkStore:
    def __init__(self, db: MongoDb) -> None:
        self.db = db
        self.lists = IdLists(db, "invoice_links")  # both ends' links, read by _id

    def save(self, link: Doc) -> None:
        for owner in link_owners(link):
            self.lists.add(owner, str(link["_id"]))
        with translate_errors("save invoice link"):
            replace_by_id(self.db.invoice_links, link)

    def of(self, tenant: str, invoice_id: str) -> tuple[list[Doc], list[Doc]]:
        """(links from this invoice, links to it)."""
        out = self.lists.read(f"from:{invoice_id}", lambda: self._filtered(tenant, "from_invoice_id", invoice_id))
        back = self.lists.read(f"to:{invoice_id}", lambda: self._filtered(tenant, "to_invoice_id", invoice_id))
        return [d for d in out if d.get("tenant") == tenant], [d for d in back if d.get("tenant") == tenant]

    def _filtered(self, tenant: str, end: str, invoice_id: str) -> list[Doc]:
        with translate_errors("read invoice links"):
            return list(self.db.invoice_links.find({"tenant": tenant, end: invoice_id}))


def link_owners(link: Doc) -> list[str]:
    """The list keys a link is named in: its two ends."""
    return [f"from:{link['from_invoice_id']}", f"to:{link['to_invoice_id']}"]


def backfill_lists(db: MongoDb) -> int:
    """List the write-backs and links written before their lists existed (``szamlatar stack init``)."""
    return (IdLists(db, "payment_writebacks").backfill(lambda d: [str(d["invoice_id"])], ("invoice_id",))
            + IdLists(db, "invoice_links").backfill(link_owners, ("from_invoice_id", "to_invoice_id")))

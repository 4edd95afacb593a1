"""Whose payments the invoice view shows: the stored payment state (status-sync's) whenever there is
one, however the archive's view write and status-sync's update interleave."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from services.adapters.payment_store import VIEW_SETTLE_READS, PaymentStore
from services.core.enums import Outcome
from services.core.errors import StorageUnavailableError
from services.core.events import raw_event
from services.core.payments import state_mark, view_payment_fields, with_payment_state
from services.core.stages.archive import ArchivePlan, invoice_view

Doc = dict[str, Any]
NOW = datetime(2025, 3, 31, 12, tzinfo=UTC)
UNPAID = {"payment_status": "unpaid", "payments": []}


def _state(seq: int, status: str, amount: str) -> Doc:
    return {"_id": "inv-1", "status": status, "paid_total": amount, "cancelled": False, "fingerprint": f"f{seq}",
            "seq": seq, "updated_at": f"2025-03-{10 + seq}T00:00:00+00:00", "updated_by": "source",
            "payments": [{"date": "2025-03-20", "amount": amount, "method": "transfer", "reference": None}]}


PAID, PART = _state(2, "paid", "1000"), _state(1, "partially_paid", "400")


def _shown(view: Doc) -> tuple[Any, Any, Any]:
    return view["invoice"]["payment_status"], view["invoice"]["payments"], (view.get("payment") or {}).get("status")


@pytest.mark.parametrize(("state", "shown"), [
    pytest.param(None, ("unpaid", [], None), id="no-state-the-events-payments-stay"),
    pytest.param(PAID, ("paid", PAID["payments"], "paid"), id="a-stored-state-wins"),
])
def test_the_view_shows_the_stored_state_when_there_is_one(state: Doc | None, shown: tuple[Any, ...]) -> None:
    view = {"_id": "inv-1", "invoice": {"number": "E-1", **UNPAID}, "client_id": "c-1"}
    before = copy.deepcopy(view)
    result = with_payment_state(view, state)
    assert _shown(result) == shown
    assert result["invoice"]["number"] == "E-1" and result["client_id"] == "c-1"
    assert view == before  # pure: the caller's view is not changed


def test_the_set_paths_and_the_view_carry_the_same_fields() -> None:
    fields = view_payment_fields(PAID)
    shown = with_payment_state({"invoice": {}}, PAID)
    assert fields == {"invoice.payment_status": shown["invoice"]["payment_status"],
                      "invoice.payments": shown["invoice"]["payments"], "payment": shown["payment"]}
    assert shown["payment"] == {"status": "paid", "paid_total": "1000", "cancelled": False,
                                "updated_at": PAID["updated_at"], "updated_by": "source"}


def test_states_are_told_apart_by_sequence_and_fingerprint() -> None:
    assert state_mark(None) is None
    assert state_mark(PAID) == (2, "f2") != state_mark(PART)


def _matched(payment_status: str | None) -> Doc:
    event = raw_event(tenant="acme", site="budapest", source_kind="billingo", connection_id="bil-1",
                      external_id="77", correlation_id="c", now=NOW, metadata=None,
                      document={"sha256": "a" * 64, "bucket": "b", "object_key": "k", "media_type": "application/pdf",
                                "size": 10, "filename": None})
    return {**event, "invoice": {"number": "E-77", "gross_total": "1000", "payment_status": payment_status,
                                 "payments": []}, "match": {"client_id": None}, "text": ""}


@pytest.mark.parametrize(("state", "status"), [
    pytest.param(None, "unpaid", id="first-archive-no-payment-yet"),
    pytest.param(PAID, "paid", id="paid-before-archived-or-before-a-new-version"),
])
def test_the_archived_view_takes_payments_from_the_state(state: Doc | None, status: str) -> None:
    plan = ArchivePlan("inv-1", "acme/invoices/inv-1.pdf", Outcome.NEW_VERSION, 2)
    view = invoice_view(_matched("unpaid"), plan, "v2", NOW, date(2033, 12, 31), payment_state=state)
    assert view["invoice"]["payment_status"] == status and view["current_version"] == 2


# --- the shell: PaymentStore.write_view against an in-memory collection pair ------------------------


class _Collection:
    def __init__(self) -> None:
        self.docs: dict[str, Doc] = {}

    def find_one(self, query: Doc) -> Doc | None:
        found = self.docs.get(query["_id"])
        return copy.deepcopy(found) if found else None

    def update_one(self, query: Doc, update: Doc) -> SimpleNamespace:
        doc = self.docs.get(query["_id"])
        if doc is not None:
            for path, value in update["$set"].items():
                *parents, last = path.split(".")
                target = doc
                for name in parents:
                    target = target.setdefault(name, {})
                target[last] = copy.deepcopy(value)
        return SimpleNamespace(matched_count=int(doc is not None))


class _Db:
    def __init__(self) -> None:
        self.invoices, self.payment_state = _Collection(), _Collection()


class _StatusSync:
    """status-sync's apply as it touches the two collections: the state, then the view from it."""

    def __init__(self, db: _Db) -> None:
        self.db = db

    def commit(self, state: Doc) -> None:
        self.db.payment_state.docs["inv-1"] = copy.deepcopy(state)
        self.db.invoices.update_one({"_id": "inv-1"}, {"$set": view_payment_fields(state)})


def _write(db: _Db, during_upsert: Callable[[], None] = lambda: None, *, new: bool = False) -> Doc:
    def build(state: Doc | None) -> Doc:
        return with_payment_state({"_id": "inv-1", "tenant": "acme", "invoice": dict(UNPAID)}, state)

    def upsert(view: Doc) -> None:
        during_upsert()  # status-sync runs between the archive's read and its write
        db.invoices.docs[view["_id"]] = copy.deepcopy(view)

    return PaymentStore(db).write_view("inv-1", build, upsert, new=new)  # type: ignore[arg-type]


@pytest.mark.parametrize("new", [False, True], ids=["read-first", "new-view-read-after-only"])
def test_a_state_stored_before_the_archive_is_on_its_view(new: bool) -> None:
    db = _Db()
    _StatusSync(db).commit(PAID)  # no view yet: the update finds nothing
    _write(db, new=new)
    assert _shown(db.invoices.docs["inv-1"]) == ("paid", PAID["payments"], "paid")


def test_a_new_view_without_a_payment_reads_the_state_once() -> None:
    """An invoice's first archive (the caller found no view): the state is read after the write only."""
    db, reads = _Db(), []
    find_one = db.payment_state.find_one
    db.payment_state.find_one = lambda query: reads.append(query["_id"]) or find_one(query)  # type: ignore[method-assign]
    _write(db, new=True)
    assert reads == ["inv-1"] and _shown(db.invoices.docs["inv-1"])[0] == "unpaid"
    _write(db)  # a view to replace: read before (what the view shows from the start) and after
    assert reads == ["inv-1"] * 3


def test_a_payment_applied_while_a_new_view_is_written_reaches_it() -> None:
    db = _Db()
    sync = _StatusSync(db)
    _write(db, during_upsert=lambda: sync.commit(PAID), new=True)  # its view update finds no view yet
    assert _shown(db.invoices.docs["inv-1"]) == ("paid", PAID["payments"], "paid")


@pytest.mark.parametrize("first_view", [False, True], ids=["first-archive", "new-version"])
def test_a_payment_applied_between_the_archives_read_and_write_still_reaches_the_view(first_view: bool) -> None:
    db = _Db()
    sync = _StatusSync(db)
    if first_view:
        db.invoices.docs["inv-1"] = {"_id": "inv-1", "tenant": "acme", "invoice": dict(UNPAID)}
        sync.commit(PART)
    _write(db, during_upsert=lambda: sync.commit(PAID))  # its view update is overwritten by the upsert
    assert _shown(db.invoices.docs["inv-1"]) == ("paid", PAID["payments"], "paid")


def test_a_state_that_never_holds_still_is_retried_before_the_commit_point() -> None:
    db = _Db()
    store = PaymentStore(db)  # type: ignore[arg-type]
    reads = iter(range(1, 100))
    store.state = lambda invoice_id: _state(next(reads), "paid", "1000")  # type: ignore[method-assign]
    with pytest.raises(StorageUnavailableError):
        store.write_view("inv-1", lambda s: {"_id": "inv-1", "tenant": "acme", "invoice": {}},
                         lambda v: None)
    assert next(reads) == VIEW_SETTLE_READS + 2  # the first read, then one per settle attempt

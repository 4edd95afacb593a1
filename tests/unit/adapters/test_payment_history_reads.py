"""Issue 11: an invoice's payment history is read entry by entry by ``_id`` (``invoice:seq``), not by
filtering ``payment_history`` (which grows with every payment of the archive) — the real
``PaymentStore`` over an in-memory store."""

from __future__ import annotations

from typing import Any

import pytest

from services.adapters.payment_store import PaymentStore
from tests.unit.web.fakes import FakeDb


def _store() -> tuple[FakeDb, PaymentStore]:
    db = FakeDb()
    db.payment_history.find = lambda *a, **k: pytest.fail(f"payment_history.find{a}")  # type: ignore[method-assign]
    return db, PaymentStore(db)  # type: ignore[arg-type]


def _change(store: PaymentStore, invoice_id: str, seq: int, *, state_seq: int | None = None) -> None:
    store.record_change({"_id": invoice_id, "seq": seq if state_seq is None else state_seq},
                        {"_id": f"{invoice_id}:{seq}", "invoice_id": invoice_id, "seq": seq})


def test_the_history_reads_entries_by_id_in_seq_order() -> None:
    _, store = _store()
    assert store.history("inv-1") == []
    for seq in (1, 2, 3):
        _change(store, "inv-1", seq)
    _change(store, "inv-2", 1)
    assert store.history("inv-1") == [{"invoice_id": "inv-1", "seq": n} for n in (1, 2, 3)]


def test_an_entry_the_state_does_not_point_past_yet_is_still_shown() -> None:
    """A crash between the history entry and the state: the entry is there, the state one behind."""
    db, store = _store()
    _change(store, "inv-1", 1)
    db.payment_history.replace_one({"_id": "inv-1:2"}, {"_id": "inv-1:2", "invoice_id": "inv-1", "seq": 2})
    assert [e["seq"] for e in store.history("inv-1")] == [1, 2]


def test_every_read_is_by_id() -> None:
    db, store = _store()
    seen: list[dict[str, Any]] = []
    real = db.payment_history.find_one

    def spy(query: dict[str, Any], *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        seen.append(query)
        return real(query, *args, **kwargs)

    db.payment_history.find_one = spy  # type: ignore[method-assign]
    _change(store, "inv-1", 1)
    store.history("inv-1")
    assert seen and all(set(q) == {"_id"} for q in seen)

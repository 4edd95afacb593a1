"""Contract: the billing integrations' memory — what each connection imported and its cursor
(``adapters/ingest_state.py``), payment state with history and write-backs, and invoice links
(``adapters/payment_store.py``). The payment store writes onto the archived views of ``invoices``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # the client hands datetimes back aware, in UTC


def item(repos: Any, cid: str, ext: str, received_at: datetime) -> dict[str, Any]:
    return {"_id": repos.ingest.item_id(cid, ext), "connection_id": cid, "external_id": ext,
            "received_at": received_at, "content_fp": f"fp-{ext}"}


class TestIngestStateContract:
    def test_items_are_kept_per_connection_and_counted_since_a_time(self, repos: Any) -> None:
        ingest = repos.ingest
        for n, cid in enumerate(("bil-1", "bil-1", "szla-1")):
            ingest.save_item(item(repos, cid, f"E{n}", T0 + timedelta(hours=n)))
        assert ingest.item("bil-1", "E1")["content_fp"] == "fp-E1"
        assert ingest.item("bil-1", "E2") is None and ingest.item("szla-1", "E2")["connection_id"] == "szla-1"
        assert ingest.count_received("bil-1") == 2
        assert ingest.count_received("bil-1", T0 + timedelta(minutes=30)) == 1
        ingest.save_item({**item(repos, "bil-1", "E1", T0), "content_fp": "fp-new"})  # replaced whole
        assert ingest.item("bil-1", "E1")["content_fp"] == "fp-new" and ingest.count_received("bil-1") == 2

    def test_a_cursor_is_replaced_whole_and_forgetting_it_keeps_the_items(self, repos: Any) -> None:
        ingest = repos.ingest
        assert ingest.cursor("bil-1") is None
        ingest.save_cursor({"_id": "bil-1", "modified_since": T0, "last_id": 7})
        ingest.save_cursor({"_id": "bil-1", "modified_since": T0})
        assert ingest.cursor("bil-1") == {"_id": "bil-1", "modified_since": T0}
        ingest.save_item(item(repos, "bil-1", "E1", T0))
        ingest.forget("bil-1")
        assert ingest.cursor("bil-1") is None and ingest.item("bil-1", "E1") is not None


def state(seq: int, status: str) -> dict[str, Any]:
    return {"_id": "inv-1", "tenant": "acme", "seq": seq, "fingerprint": f"fp{seq}", "payment_status": status,
            "paid_total": "0", "payments": []}


class TestPaymentStoreContract:
    def test_changes_keep_the_state_and_an_ordered_history(self, repos: Any) -> None:
        payments = repos.payments
        assert payments.state("inv-1") is None and payments.history("inv-1") == []
        for seq, status in ((2, "paid"), (1, "unpaid")):  # the history reads in seq order, not write order
            payments.record_change(state(seq, status), {"_id": f"inv-1:{seq}", "invoice_id": "inv-1", "seq": seq})
        assert payments.state("inv-1")["payment_status"] == "unpaid"
        assert payments.history("inv-1") == [{"invoice_id": "inv-1", "seq": 1}, {"invoice_id": "inv-1", "seq": 2}]

    def test_the_state_shows_on_an_archived_view_only(self, repos: Any) -> None:
        fields = {"invoice.payment_status": "paid", "payment.status": "paid"}
        assert repos.payments.show_on_invoice("acme", "inv-1", fields) is False
        assert repos.invoices.get("acme", "inv-1") is None  # no view is made by a payment
        repos.invoices.upsert_view({"_id": "inv-1", "tenant": "acme", "invoice": {"number": "A-1"}})
        assert repos.payments.show_on_invoice("acme", "inv-1", fields) is True
        view = repos.invoices.get("acme", "inv-1")
        assert view["invoice"] == {"number": "A-1", "payment_status": "paid"} and view["payment"] == {"status": "paid"}

    def test_a_whole_view_is_built_from_the_stored_state(self, repos: Any) -> None:
        repos.payments.record_change(state(1, "paid"), {"_id": "inv-1:1", "invoice_id": "inv-1", "seq": 1})
        seen: list[Any] = []

        def build(found: dict[str, Any] | None) -> dict[str, Any]:
            seen.append(found)
            status = (found or {}).get("payment_status")
            return {"_id": "inv-1", "tenant": "acme", "invoice": {"payment_status": status}}

        view = repos.payments.write_view("inv-1", build, repos.invoices.upsert_view)
        assert [s["seq"] for s in seen] == [1] and view["invoice"]["payment_status"] == "paid"
        assert repos.invoices.get("acme", "inv-1")["invoice"]["payment_status"] == "paid"

    def test_write_backs_are_kept_by_payment_and_listed_newest_first(self, repos: Any) -> None:
        payments = repos.payments
        assert payments.writeback("p-1") is None
        for pid, minutes in (("p-1", 0), ("p-2", 5), ("p-3", 1)):
            payments.save_writeback({"_id": pid, "invoice_id": "inv-1", "outcome": "retrying",
                                     "at": T0 + timedelta(minutes=minutes)})
        payments.save_writeback({"_id": "p-1", "invoice_id": "inv-1", "outcome": "written", "at": T0})
        assert payments.writeback("p-1")["outcome"] == "written"
        assert [r["_id"] for r in payments.writebacks("inv-1")] == ["p-2", "p-3", "p-1"]
        assert payments.writebacks("inv-2") == []


class TestLinkStoreContract:
    def test_links_are_read_from_and_to_an_invoice_within_the_tenant(self, repos: Any) -> None:
        for lid, tenant, src, dst in (("l1", "acme", "a", "b"), ("l2", "acme", "c", "a"), ("l3", "other", "a", "d")):
            repos.links.save({"_id": lid, "tenant": tenant, "from_invoice_id": src, "to_invoice_id": dst})
        out, back = repos.links.of("acme", "a")
        assert [x["_id"] for x in out] == ["l1"] and [x["_id"] for x in back] == ["l2"]
        assert repos.links.of("acme", "zzz") == ([], [])


class TestBackfillJobsContract:
    def test_a_job_is_read_by_id_replaced_whole_and_claimed_once_per_start(self, repos: Any) -> None:
        jobs = repos.backfills
        assert jobs.get("bil-1|a") is None
        job = {"_id": "bil-1|a", "connection_id": "bil-1", "status": "queued", "attempts": 0, "done": 0}
        jobs.save(job)
        assert jobs.get("bil-1|a") == job
        assert jobs.claim({**job, "status": "running", "attempts": 1}, 0) is True
        assert jobs.claim({**job, "status": "running", "attempts": 1}, 0) is False  # the other runner lost
        assert jobs.get("bil-1|a")["attempts"] == 1
        jobs.save({"_id": "bil-1|a", "status": "done", "attempts": 1})
        assert jobs.get("bil-1|a") == {"_id": "bil-1|a", "status": "done", "attempts": 1}
        assert jobs.claim({"_id": "bil-2|b", "attempts": 1}, 0) is False and jobs.get("bil-2|b") is None

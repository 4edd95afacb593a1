"""Contract: the NAV slice's repository and its completeness comparison (``nav/repository.py``,
``nav/reconcile.py``), over invoice views, NAV connections and NAV's records."""

from __future__ import annotations

from datetime import date
from typing import Any

from services.core.enums import Direction
from services.nav.completeness import reconciliation_to_json

T, OTHER = "acme", "globex"
OURS, THEIRS = "11111111", "22222222"
JAN = (date(2026, 1, 1), date(2026, 1, 31))


def invoice(number: str, *, seller: str = OURS, buyer: str = THEIRS, issued: str = "2026-01-10",
            gross: str = "1270") -> dict[str, Any]:
    return {"number": number, "issue_date": issued, "currency": "HUF", "net_total": "1000", "vat_total": "270",
            "gross_total": gross, "seller": {"taxpayer_id": seller, "name": "Mi Kft."},
            "buyer": {"taxpayer_id": buyer, "name": "Ők Zrt."}}


def nav_record(number: str, *, tenant: str = T, direction: Direction = Direction.OUTGOING,
               **kw: Any) -> dict[str, Any]:
    inv = invoice(number, **kw)
    return {"_id": f"{tenant}|{direction.nav}|{number}", "tenant": tenant, "direction": direction.nav,
            "issue_date": inv["issue_date"], "invoice": inv}


def archived(invoice_id: str, number: str, *, tenant: str = T, incoming: bool = False, pdf: bool = True,
             **kw: Any) -> dict[str, Any]:
    inv = invoice(number, **kw)
    return {"_id": invoice_id, "tenant": tenant, "issue_date": inv["issue_date"], "invoice_number": number,
            "direction": "incoming" if incoming else "outgoing", "invoice": inv,
            **({"current_sha256": "ab" * 32} if pdf else {})}


class TestNavInvoiceRepoContract:
    def test_records_of_a_tenant_direction_and_period(self, repos: Any) -> None:
        repos.nav.ensure_indexes()
        for r in (nav_record("A-1"), nav_record("A-2", issued="2026-02-01"), nav_record("A-3", tenant=OTHER),
                  nav_record("B-1", direction=Direction.INCOMING, seller=THEIRS, buyer=OURS)):
            repos.nav.upsert(r)
        assert [r.number for r in repos.nav.records(T, *JAN)] == ["A-1"]
        assert [r.number for r in repos.nav.records(T, date(2026, 1, 1), date(2026, 2, 1))] == ["A-1", "A-2"]
        incoming = repos.nav.records(T, *JAN, Direction.INCOMING)
        assert [(r.number, r.supplier_taxpayer_id, r.ref) for r in incoming] == [("B-1", THEIRS, f"{T}|INBOUND|B-1")]
        assert repos.nav.get(f"{T}|OUTBOUND|A-1")["invoice"]["number"] == "A-1"
        assert repos.nav.get("missing") is None


class TestReconciliationRepoContract:
    def test_both_sides_of_the_tenant_s_nav_taxpayers_compared(self, repos: Any) -> None:
        repos.connections.upsert({"_id": "nav-1", "tenant": T, "kind": "nav", "tax_number": OURS})
        repos.connections.upsert({"_id": "nav-9", "tenant": OTHER, "kind": "nav", "tax_number": "33333333"})
        for r in (nav_record("A-1"), nav_record("A-2"), nav_record("A-3", gross="9999"),
                  nav_record("B-1", direction=Direction.INCOMING, seller=THEIRS, buyer=OURS)):
            repos.nav.upsert(r)
        for v in (archived("v1", "A-1"), archived("v3", "A-3"), archived("v4", "A-4", pdf=False),
                  archived("v5", "A-5", seller=THEIRS), archived("v6", "A-6", issued="2026-02-02"),
                  archived("w1", "B-1", incoming=True, seller=THEIRS, buyer=OURS, pdf=False),
                  archived("w2", "B-2", incoming=True, seller=THEIRS, buyer="44444444"),
                  archived("x1", "A-2", tenant=OTHER)):
            repos.invoices.upsert_view(v)
        result, taxpayers = repos.reconciliation.reconcile(T, *JAN)
        assert taxpayers == {OURS}
        out = reconciliation_to_json(result)
        assert (out["nav_count"], out["archive_count"], out["matched"]) == (3, 3, 1)
        assert [r["number"] for r in out["missing_in_archive"]] == ["A-2"]
        assert [(r["number"], r["ref"]) for r in out["missing_in_nav"]] == [("A-4", "v4")]
        assert [(d["number"], d["archive_id"], [x["field"] for x in d["differences"]]) for d in out["differing"]] \
            == [("A-3", "v3", ["gross_total"])]
        result, _ = repos.reconciliation.reconcile(T, *JAN, Direction.INCOMING)
        out = reconciliation_to_json(result)
        assert (out["nav_count"], out["archive_count"], out["matched"]) == (1, 1, 0)
        assert [r["ref"] for r in out["without_pdf"]] == ["w1"]

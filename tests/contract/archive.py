"""Contract: the archive's repositories (``adapters/mongo.py``) — invoice views and versions, with the
search filters the core builds; clients; connections; API tokens; the audit log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from services.core.access import site_clause
from services.core.audit_chain import verify_chain
from services.core.search_query import InvoiceQuery, build_filter

T, OTHER = "acme", "globex"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # whole seconds: MongoDB keeps milliseconds


def view(invoice_id: str, *, tenant: str = T, site: str = "budapest", number: str = "", issue_date: str = "2026-01-10",
         gross: float = 1000.0, buyer_tax: str = "12345678-2-41", client: str = "Kovacs es Tarsa Kft.",
         terms: tuple[str, ...] = (), updated: int = 0) -> dict[str, Any]:
    return {
        "_id": invoice_id, "tenant": tenant, "site": site, "invoice_number": number or f"INV-{invoice_id}",
        "issue_date": issue_date, "gross_amount": gross, "buyer_tax_number": buyer_tax, "client_id": f"c-{client[:3]}",
        "client_name": client, "buyer_name": client, "search_terms": list(terms),
        "invoice": {"number": number or f"INV-{invoice_id}", "lines": [{"text": "line"}], "currency": "HUF"},
        "updated_at": NOW + timedelta(minutes=updated),
    }


def seed_search(repos: Any) -> None:
    for v in (
        view("a1", number="SZ-2026-001", issue_date="2026-01-10", gross=1000.0, terms=("szerviz", "januar"), updated=3),
        view("a2", number="SZ-2026-002", issue_date="2026-02-01", gross=25000.5, site="debrecen",
             buyer_tax="87654321-1-09", client="Globus Zrt.", terms=("szerviz",), updated=1),
        view("a3", number="EL-2026-003", issue_date="2026-02-01", gross=300.0, terms=("eloleg",), updated=2),
        view("a4", number="SZ-2025-090", issue_date="2025-12-30", gross=99999.0, client="kovacs bt.", updated=5),
        view("b1", tenant=OTHER, number="SZ-2026-001", issue_date="2026-01-10", terms=("szerviz",), updated=9),
    ):
        repos.invoices.upsert_view(v)


def search_ids(repos: Any, query: InvoiceQuery, skip: int = 0, limit: int = 50) -> tuple[list[str], int]:
    docs, total = repos.invoices.search(build_filter(query), skip=skip, limit=limit)
    return [d["_id"] for d in docs], total


class TestInvoiceRepoContract:
    def test_a_view_reads_back_for_its_own_tenant_only(self, repos: Any) -> None:
        repos.invoices.upsert_view(view("v1"))
        assert repos.invoices.get(T, "v1") == view("v1")
        assert repos.invoices.get(OTHER, "v1") is None
        assert repos.invoices.get(T, "nope") is None

    def test_what_is_read_or_written_is_the_caller_s_own_copy(self, repos: Any) -> None:
        written = view("v1")
        repos.invoices.upsert_view(written)
        written["invoice"]["number"] = "changed after the write"
        read = repos.invoices.get(T, "v1")
        read["invoice"]["currency"] = "changed after the read"
        assert repos.invoices.get(T, "v1")["invoice"] == view("v1")["invoice"]

    def test_an_upsert_replaces_the_whole_view(self, repos: Any) -> None:
        repos.invoices.upsert_view({**view("v1"), "note": "first"})
        repos.invoices.upsert_view(view("v1", gross=2.0))
        got = repos.invoices.get(T, "v1")
        assert "note" not in got and got["gross_amount"] == 2.0

    def test_versions_come_back_in_version_order_per_invoice(self, repos: Any) -> None:
        for invoice_id, version in (("v1", 2), ("v2", 1), ("v1", 1), ("v1", 3)):
            repos.invoices.record_version({"_id": f"{invoice_id}:{version}", "invoice_id": invoice_id,
                                           "version": version, "sha256": f"h{version}"})
        repos.invoices.record_version({"_id": "v1:2", "invoice_id": "v1", "version": 2, "sha256": "again"})
        assert [(r["version"], r["sha256"]) for r in repos.invoices.versions("v1")] == [(1, "h1"), (2, "again"),
                                                                                       (3, "h3")]
        assert repos.invoices.versions("none") == []

    def test_a_version_is_read_by_invoice_and_content(self, repos: Any) -> None:
        repos.invoices.record_version({"_id": "v1:h1", "invoice_id": "v1", "version": 1, "sha256": "h1"})
        assert repos.invoices.version("v1", "h1")["version"] == 1
        assert repos.invoices.version("v1", "h2") is None and repos.invoices.version("v2", "h1") is None

    def test_search_orders_newest_issue_first_then_by_id_and_counts_the_whole_match(self, repos: Any) -> None:
        seed_search(repos)
        assert search_ids(repos, InvoiceQuery(tenant=T)) == (["a2", "a3", "a1", "a4"], 4)
        assert search_ids(repos, InvoiceQuery(tenant=T), skip=1, limit=2) == (["a3", "a1"], 4)

    def test_search_leaves_out_the_search_terms_and_line_items(self, repos: Any) -> None:
        seed_search(repos)
        docs, _ = repos.invoices.search({"tenant": T, "_id": "a1"}, skip=0, limit=10)
        assert "search_terms" not in docs[0] and "lines" not in docs[0]["invoice"]
        assert docs[0]["invoice"]["currency"] == "HUF" and docs[0]["invoice_number"] == "SZ-2026-001"

    def test_search_reads_every_filter_the_core_builds(self, repos: Any) -> None:
        seed_search(repos)
        cases = {
            InvoiceQuery(tenant=T, sites=("debrecen",)): ["a2"],
            InvoiceQuery(tenant=T, client="87654321"): ["a2"],
            InvoiceQuery(tenant=T, client="KOVACS"): ["a3", "a1", "a4"],
            InvoiceQuery(tenant=T, client="c-Glo"): ["a2"],
            InvoiceQuery(tenant=T, issue_from=date(2026, 1, 10), issue_to=date(2026, 1, 31)): ["a1"],
            InvoiceQuery(tenant=T, issue_from=date(2026, 1, 11)): ["a2", "a3"],
            InvoiceQuery(tenant=T, gross_min=Decimal("300"), gross_max=Decimal("25000.5")): ["a2", "a3", "a1"],
            InvoiceQuery(tenant=T, number="sz-2026"): ["a2", "a1"],
            InvoiceQuery(tenant=T, text="szerviz januar"): ["a1"],
            InvoiceQuery(tenant=T, sites=("budapest",), text="szerviz"): ["a1"],
            InvoiceQuery(tenant=T, number="no-such"): [],
        }
        for query, expected in cases.items():
            assert search_ids(repos, query) == (expected, len(expected)), query

    def test_ids_and_latest_read_the_same_filters(self, repos: Any) -> None:
        seed_search(repos)
        scope = {"tenant": T, **site_clause(("budapest",))}
        assert sorted(repos.invoices.ids(scope)) == ["a1", "a3", "a4"]
        assert sorted(repos.invoices.ids({"tenant": T, **site_clause(())})) == ["a1", "a2", "a3", "a4"]
        latest = repos.invoices.latest({"tenant": T}, limit=2)
        assert [d["_id"] for d in latest] == ["a4", "a1"]
        assert latest[0]["search_terms"] == [] and latest[1]["invoice"]["lines"] == [{"text": "line"}]


class TestClientRepoContract:
    def test_clients_are_found_by_taxpayer_id_within_the_tenant(self, repos: Any) -> None:
        for tenant in (T, OTHER):
            repos.clients.upsert({"_id": f"{tenant}|c1", "tenant": tenant, "id": "c1", "name": "Kovács Kft.",
                                  "taxpayer_id": "12345678"})
        assert [c["_id"] for c in repos.clients.by_taxpayer_id(T, "12345678")] == [f"{T}|c1"]
        assert repos.clients.by_taxpayer_id(T, "99999999") == []

    def test_a_name_matches_as_a_literal_case_blind_substring(self, repos: Any) -> None:
        for cid, name in (("c1", "Alfa (Budapest) Kft."), ("c2", "ALFAX Kft"), ("c3", "Béta Bt.")):
            repos.clients.upsert({"_id": f"{T}|{cid}", "tenant": T, "id": cid, "name": name})
        assert sorted(c["id"] for c in repos.clients.find(T, "alfa")) == ["c1", "c2"]
        assert [c["id"] for c in repos.clients.find(T, "(budapest) kft.")] == ["c1"]
        assert repos.clients.find(T, "a.fa") == []  # a dot is a dot, not "any character"
        assert repos.clients.find(OTHER, "alfa") == []


class TestConnectionAndTokenRepoContract:
    def test_a_connection_reads_back_as_last_stored(self, repos: Any) -> None:
        repos.connections.upsert({"_id": "own-1", "tenant": T, "kind": "own_system", "secrets": ["s1"]})
        repos.connections.upsert({"_id": "own-1", "tenant": T, "kind": "own_system", "secrets": ["s2"]})
        assert repos.connections.get("own-1") == {"_id": "own-1", "tenant": T, "kind": "own_system", "secrets": ["s2"]}
        assert repos.connections.get("missing") is None

    def test_a_deleted_connection_is_read_by_id_but_never_active_or_listed(self, repos: Any) -> None:
        for cid, kind, more in (("bg-1", "billingo", {}), ("bg-2", "billingo", {"enabled": False}),
                                ("sz-1", "szamlazz", {}), ("bg-x", "billingo", {"tenant": OTHER})):
            repos.connections.upsert({"_id": cid, "tenant": T, "kind": kind, "name": cid, **more})
        repos.connections.delete(repos.connections.get("sz-1"), NOW)
        gone = repos.connections.connection("sz-1")
        assert gone is not None and gone.deleted and repos.connections.active("sz-1") is None
        assert repos.connections.get("sz-1")["deleted_at"] == NOW
        assert repos.connections.active("bg-2") is not None  # switched off is not deleted
        assert [c.id for c in repos.connections.list(kinds=["billingo", "szamlazz"], tenant=T)] == ["bg-1", "bg-2"]
        assert [c.id for c in repos.connections.list(kinds=["billingo"], tenant=T, include_disabled=False)] == ["bg-1"]
        assert [c.id for c in repos.connections.list(kinds=["billingo"])] == ["bg-1", "bg-2", "bg-x"]

    def test_a_fields_update_and_the_producer_of_a_principal(self, repos: Any) -> None:
        repos.connections.upsert({"_id": "p-1", "tenant": T, "kind": "producer", "kafka_principal": "User:erp"})
        repos.connections.upsert({"_id": "p-2", "tenant": T, "kind": "producer", "kafka_principal": "User:erp"})
        repos.connections.set_fields("p-2", {"enabled": False})
        assert repos.connections.get("p-2")["enabled"] is False
        assert repos.connections.producer_of_principal("User:erp", other_than="p-1").id == "p-2"
        repos.connections.delete(repos.connections.get("p-2"), NOW)
        assert repos.connections.producer_of_principal("User:erp", other_than="p-1") is None

    def test_a_revoked_token_is_not_found(self, repos: Any) -> None:
        repos.tokens.upsert({"_id": "h1", "tenant": T, "role": "admin"})
        repos.tokens.upsert({"_id": "h2", "tenant": T, "role": "viewer", "revoked": False})
        repos.tokens.upsert({"_id": "h3", "tenant": T, "role": "viewer", "revoked": True})
        assert repos.tokens.get("h1") == {"_id": "h1", "tenant": T, "role": "admin"}
        assert repos.tokens.get("h2") is not None
        assert repos.tokens.get("h3") is None and repos.tokens.get("h4") is None


def _append(repos: Any, tenant: str, target: str, n: int = 1) -> None:
    for i in range(n):
        repos.audit.append(tenant=tenant, actor="anna", action=f"act-{i}", target=target, details={"i": i})


class TestAuditLogContract:
    def test_entries_chain_per_tenant_and_the_head_counts_them(self, repos: Any) -> None:
        _append(repos, T, "inv-1", 3)
        _append(repos, OTHER, "inv-1", 1)
        assert repos.audit.head_seq(T) == 3 and repos.audit.head_seq(OTHER) == 1 and repos.audit.head_seq("x") == 0
        assert {T, OTHER} <= set(repos.audit.tenants())
        assert {T: 3, OTHER: 1}.items() <= repos.audit.cached_heads().items()
        entries = repos.audit.seq_range(T, 1, 3)
        assert [e["seq"] for e in entries] == [1, 2, 3] and "_id" not in entries[0]
        assert entries[1]["prev_hash"] == entries[0]["hash"] and entries[2]["details"] == {"i": 2}
        assert verify_chain(repos.audit.stream(T, up_to=3), None).ok

    def test_ranges_streams_and_pages(self, repos: Any) -> None:
        _append(repos, T, "inv-1", 3)
        _append(repos, T, "inv-2", 2)
        assert [e["seq"] for e in repos.audit.seq_range(T, 2, 4, newest_first=True)] == [4, 3, 2]
        assert repos.audit.seq_range(T, 3, 2) == []
        assert [e["seq"] for e in repos.audit.at_seqs(T, [4, 2, 99])] == [4, 2]
        assert [e["seq"] for e in repos.audit.stream(T, up_to=5, batch_size=2)] == [1, 2, 3, 4, 5]
        page, total = repos.audit.about(T, ["inv-2", "inv-9"], skip=0, limit=1)
        assert ([e["seq"] for e in page], total) == ([5], 2)
        assert repos.audit.about(T, [], skip=0, limit=10) == ([], 0)
        assert [e["seq"] for e in repos.audit.trail(T, "inv-1")] == [1, 2, 3]
        assert [e["seq"] for e in repos.audit.trail(T, "inv-1", after_seq=1, limit=1)] == [2]

"""Contract: the matching repositories (``adapters/reference_repo.py``) — change counters, reference
data, versioned rules, the review queue, confirmations and webhook subscriptions."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from services.core.errors import NotFoundError
from services.core.reference import RefKind, record_key

T, OTHER = "acme", "globex"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def ref(kind: RefKind, ref_id: str, *, tenant: str = T, site: str = "budapest", **extra: Any) -> dict[str, Any]:
    return {"_id": record_key(tenant, kind, ref_id), "tenant": tenant, "kind": kind.value, "id": ref_id,
            "site": site, "name": f"{kind.value} {ref_id}", **extra}


def _ids(docs: list[dict[str, Any]]) -> list[str]:
    return [d["id"] for d in docs]


class TestReferenceRepoContract:
    def test_records_upsert_read_back_and_bump_the_reference_counter(self, repos: Any) -> None:
        before = repos.meta.versions(T)
        assert repos.reference.upsert_many(T, [ref(RefKind.PROJECT, "p1"), ref(RefKind.CLIENT, "c1")]) == 2
        assert repos.reference.upsert_many(T, []) == 0
        assert repos.meta.versions(T) == (before[0] + 1, before[1], before[2])
        got = repos.reference.get(T, RefKind.PROJECT, "p1")
        assert got["name"] == "project p1" and got["updated_at"] is not None
        with pytest.raises(NotFoundError):
            repos.reference.get(OTHER, RefKind.PROJECT, "p1")

    def test_a_client_record_is_the_client_repository_s_and_the_client_card_s(self, repos: Any) -> None:
        repos.reference.upsert_many(T, [ref(RefKind.CLIENT, "c1", taxpayer_id="12345678")])
        assert [c["id"] for c in repos.clients.by_taxpayer_id(T, "12345678")] == ["c1"]
        assert repos.accounts.client(T, "c1")["name"] == "client c1"
        assert repos.accounts.client(OTHER, "c1") is None

    def test_a_list_is_one_page_of_the_sites_asked_for_in_key_order(self, repos: Any) -> None:
        repos.reference.upsert_many(T, [ref(RefKind.ORDER, i, site=s) for i, s in
                                        (("o3", "budapest"), ("o1", "debrecen"), ("o2", "budapest"))])
        repos.reference.upsert_many(OTHER, [ref(RefKind.ORDER, "o0", tenant=OTHER)])
        docs, total = repos.reference.list(T, RefKind.ORDER)
        assert (_ids(docs), total) == (["o1", "o2", "o3"], 3)
        docs, total = repos.reference.list(T, RefKind.ORDER, sites=("budapest",), skip=1, limit=1)
        assert (_ids(docs), total) == (["o3"], 2)
        keys = [record_key(T, RefKind.ORDER, i) for i in ("o1", "o3", "o9")]
        assert repos.reference.sites_of(RefKind.ORDER, keys) == {keys[0]: "debrecen", keys[1]: "budapest"}

    def test_delete_says_whether_it_removed_and_bumps_either_way(self, repos: Any) -> None:
        repos.reference.upsert_many(T, [ref(RefKind.CONTRACT, "k1")])
        refs = repos.meta.versions(T)[0]
        assert repos.reference.delete(T, RefKind.CONTRACT, "k1") is True
        assert repos.reference.delete(T, RefKind.CONTRACT, "k1") is False
        assert repos.meta.versions(T)[0] == refs + 2
        assert repos.reference.list(T, RefKind.CONTRACT) == ([], 0)

    def test_all_for_tenant_names_each_record_s_kind(self, repos: Any) -> None:
        repos.reference.upsert_many(T, [ref(RefKind.PROJECT, "p1"), ref(RefKind.DELIVERY_NOTE, "d1")])
        client = ref(RefKind.CLIENT, "c1")
        del client["kind"]  # a client stored without one (the client repository's): its collection says which
        repos.clients.upsert(client)
        found = {(d["kind"], d["id"]) for d in repos.reference.all_for_tenant(T)}
        assert found == {("project", "p1"), ("client", "c1"), ("delivery_note", "d1")}
        assert repos.reference.all_for_tenant(OTHER) == []

    def test_attached_invoices_are_a_set_and_survive_a_certificate_reimport(self, repos: Any) -> None:
        cert = ref(RefKind.COMPLETION_CERTIFICATE, "tj1", invoice_ids=["inv-1"])
        repos.reference.upsert_many(T, [cert])
        assert repos.reference.attach_invoice(T, RefKind.COMPLETION_CERTIFICATE, "tj1", "inv-2") is True
        assert repos.reference.attach_invoice(T, RefKind.COMPLETION_CERTIFICATE, "tj1", "inv-2") is True
        assert repos.reference.attach_invoice(T, RefKind.COMPLETION_CERTIFICATE, "nope", "inv-2") is False
        repos.reference.upsert_many(T, [{**cert, "invoice_ids": ["inv-3"]}])
        got = repos.reference.get(T, RefKind.COMPLETION_CERTIFICATE, "tj1")
        assert got["invoice_ids"] == ["inv-1", "inv-2", "inv-3"]


class TestRuleRepoContract:
    def test_saves_are_versioned_and_the_current_rules_sorted_by_priority(self, repos: Any) -> None:
        rules_before = repos.meta.versions(T)[1]
        first = repos.rules.save(T, {"id": "r1", "priority": 20, "when": {}}, "anna")
        assert (first["version"], first["updated_by"], "tenant" in first) == (1, "anna", False)
        assert repos.rules.save(T, {"id": "r1", "priority": 5, "when": {"a": 1}}, "bela")["version"] == 2
        repos.rules.save(T, {"id": "r0", "priority": 10, "when": {}}, "anna")
        repos.rules.save(OTHER, {"id": "r9", "priority": 1, "when": {}}, "anna")
        assert [(r["id"], r["version"]) for r in repos.rules.list(T)] == [("r1", 2), ("r0", 1)]
        assert "_id" not in repos.rules.list(T)[0] and repos.rules.list(T)[0]["tenant"] == T
        got = repos.rules.get(T, "r1")
        assert (got["when"], got["updated_by"], "_id" in got) == ({"a": 1}, "bela", False)
        assert repos.rules.get(OTHER, "r1") is None
        assert repos.meta.versions(T)[1] == rules_before + 3

    def test_a_delete_is_a_version_too(self, repos: Any) -> None:
        repos.rules.save(T, {"id": "r1", "priority": 1}, "anna")
        assert repos.rules.save(T, {"id": "r1", "priority": 1}, "bela", deleted=True)["version"] == 2
        assert repos.rules.list(T) == [] and repos.rules.get(T, "r1") is None
        versions = repos.rules.versions(T, "r1")
        assert [(v["version"], v["deleted"], v["rule_id"]) for v in versions] == [(1, False, "r1"), (2, True, "r1")]
        assert "_id" not in versions[0]
        assert repos.rules.save(T, {"id": "r1", "priority": 1}, "anna")["version"] == 3


def item(item_id: str, *, tenant: str = T, site: str = "budapest", kind: str = "approval", minutes: int = 0,
         status: str = "open") -> dict[str, Any]:
    return {"_id": item_id, "tenant": tenant, "site": site, "kind": kind, "status": status,
            "created_at": NOW + timedelta(minutes=minutes), "matched": {"big": "event"}}


class TestReviewRepoContract:
    def test_items_list_by_status_and_site_oldest_first_without_the_matched_event(self, repos: Any) -> None:
        for i in (item("i3", minutes=3), item("i1", minutes=1, site="debrecen"), item("i2", minutes=2),
                  item("i0", status="approved"), item("x1", tenant=OTHER)):
            repos.reviews.put(i)
        listed = repos.reviews.list(T, status="open", sites=(), limit=10)
        assert [i["_id"] for i in listed] == ["i1", "i2", "i3"] and "matched" not in listed[0]
        assert [i["_id"] for i in repos.reviews.list(T, status="open", sites=("budapest",), limit=1)] == ["i2"]
        assert sorted(repos.reviews.ids(T, ())) == ["i0", "i1", "i2", "i3"]
        assert sorted(repos.reviews.ids(T, ("debrecen",))) == ["i1"]
        assert repos.reviews.get("i1")["matched"] == {"big": "event"} and repos.reviews.get("none") is None

    def test_an_item_is_decided_once_and_changed_only_while_open(self, repos: Any) -> None:
        repos.reviews.put(item("i1"))
        repos.reviews.update_open("i1", {"note": "looked at"})
        decided = repos.reviews.decide("i1", status="approved", decision={"by": "anna"})
        assert (decided["status"], decided["decision"], decided["note"]) == ("approved", {"by": "anna"}, "looked at")
        assert isinstance(decided["decided_at"], datetime)
        assert repos.reviews.decide("i1", status="rejected", decision={"by": "bela"}) is None
        repos.reviews.update_open("i1", {"note": "too late"})
        assert repos.reviews.get("i1")["note"] == "looked at"
        assert repos.reviews.decide("none", status="approved", decision={}) is None

    def test_a_decided_or_replaced_item_leaves_the_open_queue_and_its_depth(self, repos: Any) -> None:
        for i in (item("i1", kind="match", minutes=1), item("i2", kind="match", minutes=2), item("i3", minutes=3)):
            repos.reviews.put(i)
        repos.reviews.decide("i1", status="approved", decision={"by": "anna"})
        repos.reviews.put(item("i3", status="rejected"))
        assert [i["_id"] for i in repos.reviews.list(T, status="open", sites=(), limit=10)] == ["i2"]
        assert [i["_id"] for i in repos.reviews.list(T, status="approved", sites=(), limit=10)] == ["i1"]
        assert repos.reviews.depth_and_oldest("match") == (1, NOW + timedelta(minutes=2))
        assert repos.reviews.depth_and_oldest("approval") == (0, None)
        repos.reviews.put(item("i1", kind="match", minutes=4))  # the same invoice held again: open again
        assert [i["_id"] for i in repos.reviews.list(T, status="open", sites=(), limit=10)] == ["i2", "i1"]

    def test_depth_counts_open_items_of_a_kind_over_every_tenant(self, repos: Any) -> None:
        assert repos.reviews.depth_and_oldest("match") == (0, None)
        for i in (item("i1", kind="match", minutes=5), item("x1", tenant=OTHER, kind="match", minutes=2),
                  item("i2", kind="match", minutes=1, status="rejected"), item("i3", minutes=0)):
            repos.reviews.put(i)
        assert repos.reviews.depth_and_oldest("match") == (2, NOW + timedelta(minutes=2))


class TestConfirmationRepoContract:
    def test_confirmations_come_back_newest_first_and_bump_the_learned_counter(self, repos: Any) -> None:
        learned = repos.meta.versions(T)[2]
        for invoice_id in ("inv-1", "inv-2", "inv-3"):
            repos.confirmations.record(T, invoice_id, {"client_id": f"c-{invoice_id}"})
            time.sleep(0.005)  # distinct milliseconds, so "newest first" has one answer
        repos.confirmations.record(OTHER, "inv-9", {"client_id": "c"})
        recent = repos.confirmations.recent(T, limit=2)
        assert [(c["_id"], c["client_id"], c["tenant"]) for c in recent] == [("inv-3", "c-inv-3", T),
                                                                             ("inv-2", "c-inv-2", T)]
        assert repos.meta.versions(T)[2] == learned + 3


def sub(sub_id: str, *, tenant: str = T, **extra: Any) -> dict[str, Any]:
    return {"_id": f"{tenant}|{sub_id}", "id": sub_id, "tenant": tenant, "url": f"https://example.test/{sub_id}",
            "secret": "sealed", **extra}


class TestSubscriptionRepoContract:
    def test_subscriptions_for_an_event_follow_events_sites_and_active(self, repos: Any) -> None:
        for s in (sub("s1"), sub("s2", events=["invoice.archived"]), sub("s3", sites=["debrecen"]),
                  sub("s4", active=False), sub("s5", tenant=OTHER)):
            repos.subscriptions.put(s)
        assert sorted(s["id"] for s in repos.subscriptions.for_event(T, "invoice.linked", "budapest")) == ["s1"]
        assert sorted(s["id"] for s in repos.subscriptions.for_event(T, "invoice.linked", "debrecen")) == ["s1", "s3"]
        assert [s["id"] for s in repos.subscriptions.for_event(T, "invoice.archived", "x")] == ["s2"]
        assert [s["id"] for s in repos.subscriptions.list(T)] == ["s1", "s2", "s3", "s4"]

    def test_get_and_delete_stay_within_the_tenant(self, repos: Any) -> None:
        repos.subscriptions.put(sub("s1"))
        assert repos.subscriptions.get(T, "s1") == sub("s1") and repos.subscriptions.get(OTHER, "s1") is None
        assert repos.subscriptions.delete(OTHER, "s1") is False
        assert repos.subscriptions.delete(T, "s1") is True and repos.subscriptions.delete(T, "s1") is False
        assert repos.subscriptions.list(T) == []

"""The downstream worker delivers an invoice's events only to the subscriptions of its site."""

from __future__ import annotations

from typing import Any, cast

from prometheus_client import CollectorRegistry

from services.adapters.sealer import Sealer
from services.downstream.worker import Downstream
from tests.unit.adapters.fakes import FakePublisher
from tests.unit.billing.fakes import settings
from tests.unit.web.fakes import FakeDb

TENANT = "acme"


def _worker() -> tuple[Downstream, FakeDb, list[str]]:
    db, posted = FakeDb(), []

    def post(url: str, body: bytes, headers: dict[str, str]) -> int:
        posted.append(url)
        return 204

    for sub_id, sites in (("bp", ["budapest"]), ("deb", ["debrecen"]), ("all", [])):
        db.webhook_subscriptions.replace_one({}, {
            "_id": f"{TENANT}|{sub_id}", "id": sub_id, "tenant": TENANT, "url": f"https://{sub_id}.example.hu/",
            "events": ["invoice.linked", "rule.notify"], "sites": sites, "active": True,
            "secret": Sealer.of(settings()).seal(f"secret-{sub_id}")})
    downstream = Downstream(cast(Any, db), cast(Any, FakePublisher()), settings(), CollectorRegistry(),
                            post=post, sleep=lambda _: None)
    return downstream, db, posted


def test_a_rule_notification_reaches_only_the_subscriptions_of_the_invoices_site() -> None:
    downstream, _, posted = _worker()
    matched = {"event_id": "e-1", "tenant": TENANT, "site": "budapest", "external_id": "x-1",
               "source": {"kind": "own_system", "connection_id": "erp"}, "invoice": {"number": "A-1"},
               "match": {"notify": ["penzugy@example.hu"], "decision": "hold", "rule_hits": []}}
    downstream.on_matched(matched)
    assert sorted(posted) == ["https://all.example.hu/", "https://bp.example.hu/"]


def test_an_archived_invoice_is_linked_only_to_the_subscriptions_of_its_site() -> None:
    downstream, db, posted = _worker()
    db.invoices.replace_one({}, {"_id": "inv-1", "tenant": TENANT, "site": "debrecen", "invoice_number": "D-1",
                                 "invoice": {}})
    downstream.publisher.publish = lambda topic, event: None  # type: ignore[attr-defined]
    archived = {"event_id": "e-2", "schema": "invoice.archived.v1", "tenant": TENANT, "site": "debrecen",
                "source": {"kind": "own_system", "connection_id": "erp"}, "external_id": "x-2",
                "correlation_id": "c", "occurred_at": "2025-09-01T00:00:00+00:00", "invoice_id": "inv-1",
                "version": 1, "sha256": "a" * 64}
    downstream.on_archived(archived)
    assert sorted(posted) == ["https://all.example.hu/", "https://deb.example.hu/"]

"""INBOUND as NAV specifies it (interface spec 3.0, §1.8.2 and §1.8.5, error table §3.2): the digest
lists invoices where our taxpayer is the customer and filters the *supplier* by taxNumber; the data
query needs the supplier's tax number when several suppliers used one invoice number; and the sync
keeps INBOUND records apart from OUTBOUND ones."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml
from prometheus_client import CollectorRegistry
from starlette.testclient import TestClient

from services.adapters.metrics import reconciliation_metrics
from services.core.enums import Direction
from services.core.invoice import invoice_to_json
from services.core.parsing import parse_document
from services.nav.completeness import Record, reconcile, record_from_invoice
from services.nav.protocol.requests import AdditionalQueryParams, IssueDateRange
from services.nav.protocol.responses import (
    decode_invoice_data,
    parse_query_invoice_data_response,
    parse_query_invoice_digest_response,
)
from services.nav.protocol.signing import NavCredentials
from services.nav.repository import archive_records
from services.nav.service import cursor_id
from services.nav.sync import sync_nav
from szamlatar_dev.demo.nav_gaps import TAXPAYER as DEMO_TAXPAYER
from szamlatar_dev.demo.nav_gaps import nav_gap_plan
from szamlatar_dev.emulators.nav.invoices import describe_invoice

from .conftest import TAX_NUMBER, ASGIAdapter, FakeClock
from .test_client import make_client
from .test_emulator import IN, OUT, data, digest, error_code
from .test_sync_operation import FakeNavInvoiceRepo

APRIL = IssueDateRange(date(2024, 4, 1), date(2024, 4, 30))


def _plant(emulator: TestClient, number: str, supplier: str, customer: str, day: date = date(2024, 4, 10)) -> None:
    r = emulator.post("/_emulator/invoices", json={
        "invoiceNumber": number, "issueDate": day.isoformat(), "supplierTaxNumber": supplier,
        "customerTaxNumber": customer, "insDate": datetime(2024, 4, 11, tzinfo=UTC).isoformat(),
    })
    assert r.status_code == 201, r.text


def _numbers(body: bytes) -> list[tuple[str, str]]:
    digests = parse_query_invoice_digest_response(body).digests
    return sorted((d.supplier_tax_number, d.invoice_number) for d in digests)


def test_inbound_digest_lists_only_invoices_to_us_and_outbound_only_ours(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    _plant(emulator, "IN-A", "10773381", TAX_NUMBER)
    _plant(emulator, "OUT-A", TAX_NUMBER, "10773381")
    _plant(emulator, "ELSE-A", "10773381", "13053929")  # between two others: neither side is ours
    status, body = digest(emulator, credentials, direction=IN, mandatory=APRIL)
    assert status == 200 and _numbers(body) == [("10773381", "IN-A")]
    status, body = digest(emulator, credentials, direction=OUT, mandatory=APRIL)
    assert status == 200 and _numbers(body) == [(TAX_NUMBER, "OUT-A")]


def test_inbound_digest_tax_number_filter_searches_the_supplier_side(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    _plant(emulator, "IN-A", "10773381", TAX_NUMBER)
    _plant(emulator, "IN-B", "13053929", TAX_NUMBER)
    status, body = digest(emulator, credentials, direction=IN, mandatory=APRIL,
                          additional=AdditionalQueryParams(tax_number="13053929"))
    assert status == 200 and _numbers(body) == [("13053929", "IN-B")]


def test_inbound_data_needs_the_supplier_when_two_suppliers_used_the_number(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    _plant(emulator, "SAME-1", "10773381", TAX_NUMBER)
    _plant(emulator, "SAME-1", "13053929", TAX_NUMBER)
    status, body = data(emulator, credentials, "SAME-1", direction=IN)
    assert (status, error_code(body)) == (400, "BAD_QUERY_PARAM_SUPPLIER_EXPECTED")
    status, body = data(emulator, credentials, "SAME-1", direction=IN, supplier_tax_number="13053929")
    result = parse_query_invoice_data_response(body)
    assert status == 200 and result is not None
    assert b"13053929" in decode_invoice_data(result)


def test_inbound_data_does_not_serve_an_invoice_we_issued(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    _plant(emulator, "OURS-1", TAX_NUMBER, "10773381")
    status, body = data(emulator, credentials, "OURS-1", direction=IN, supplier_tax_number=TAX_NUMBER)
    assert status == 200 and parse_query_invoice_data_response(body) is None
    status, body = data(emulator, credentials, "OURS-1", direction=OUT)
    assert status == 200 and parse_query_invoice_data_response(body) is not None


def test_inbound_sync_imports_supplier_invoices_keyed_apart_from_outbound(
    adapter: ASGIAdapter, emulator: TestClient, credentials: NavCredentials, clock: FakeClock
) -> None:
    # The same number from two suppliers, and one we issued: three records, none overwriting another.
    _plant(emulator, "SAME-1", "10773381", TAX_NUMBER)
    _plant(emulator, "SAME-1", "13053929", TAX_NUMBER)
    _plant(emulator, "SAME-1", TAX_NUMBER, "10773381")
    repo = FakeNavInvoiceRepo()
    client = make_client(adapter, credentials, clock)
    for direction in (IN, OUT):
        report = sync_nav(client, repo, tenant="t", connection_id="nav-1",  # type: ignore[arg-type]
                          date_from=APRIL.date_from, date_to=APRIL.date_to, direction=direction)
        assert report.failed == []
    ids = sorted(i for i, d in repo.docs.items() if d["invoice_number"] == "SAME-1")
    assert ids == ["t|INBOUND|10773381|SAME-1|0", "t|INBOUND|13053929|SAME-1|0", f"t|OUTBOUND|{TAX_NUMBER}|SAME-1|0"]
    inbound = repo.docs["t|INBOUND|13053929|SAME-1|0"]
    assert inbound["direction"] == "INBOUND"
    assert inbound["invoice"]["seller"]["taxpayer_id"] == "13053929"
    assert inbound["invoice"]["buyer"]["taxpayer_id"] == TAX_NUMBER
    again = sync_nav(client, repo, tenant="t", connection_id="nav-1",  # type: ignore[arg-type]
                     date_from=APRIL.date_from, date_to=APRIL.date_to, direction=IN)
    assert (again.imported, again.unchanged) == (0, again.found)  # idempotent


class _Found:
    def __init__(self, views: list[dict[str, Any]]) -> None:
        self.views = views

    def find(self, query: dict[str, Any], projection: dict[str, int]) -> list[dict[str, Any]]:
        return [v for v in self.views if v["tenant"] == query["tenant"]]


def _view(vid: str, seller: str, buyer: str | None, direction: str | None) -> dict[str, Any]:
    invoice = {"number": vid, "issue_date": "2024-04-10", "seller": {"taxpayer_id": seller},
               "buyer": {"taxpayer_id": buyer} if buyer else {}}
    return {"_id": vid, "tenant": "t", "direction": direction, "invoice": invoice, "current_sha256": "x"}


def test_archive_side_of_each_direction() -> None:
    db = SimpleNamespace(invoices=_Found([
        _view("ours-out", TAX_NUMBER, "10773381", "outgoing"),
        _view("ours-legacy", TAX_NUMBER, "10773381", None),  # archived before direction was kept
        _view("to-us", "10773381", TAX_NUMBER, "incoming"),
        _view("to-us-no-tax-number", "10773381", None, "incoming"),
        _view("to-our-other-company", "10773381", "13053929", "incoming"),  # no NAV connection: NAV never shows it
        _view("incoming-from-us", TAX_NUMBER, "10773381", "incoming"),  # counted once, as incoming
    ]))

    def ids(direction: Direction) -> list[str | None]:
        return sorted(r.ref for r in archive_records(db, "t", {TAX_NUMBER}, date(2024, 4, 1),  # type: ignore[arg-type]
                                                     date(2024, 4, 30), direction))

    assert ids(OUT) == ["ours-legacy", "ours-out"]
    assert ids(IN) == ["to-us", "to-us-no-tax-number"]


def test_outbound_keeps_the_cursor_it_had_before_inbound_existed() -> None:
    assert cursor_id("acme-nav", OUT) == "acme-nav"
    assert cursor_id("acme-nav", IN) == "acme-nav|INBOUND"


def test_gap_metrics_carry_the_direction_and_the_alert_rules_add_the_directions_up() -> None:
    registry = CollectorRegistry()
    metrics = reconciliation_metrics(registry)
    result = reconcile([], [Record("10773381", "IN-1", "2024-04-10")], date(2024, 4, 1), date(2024, 4, 30))
    metrics.record("acme-nav", result, 0.0, direction="inbound")
    labels = {"connection": "acme-nav", "kind": "missing_in_nav", "direction": "inbound"}
    assert registry.get_sample_value("szamlatar_nav_reconciliation_gaps", labels) == 1.0
    rules = yaml.safe_load((Path(__file__).parents[3] / "deploy/prometheus/rules/nav.yml").read_text())
    gap_rules = [r["expr"] for g in rules["groups"] for r in g["rules"] if "reconciliation_gaps" in r["expr"]]
    assert gap_rules and all("max by (connection) (sum without (direction)" in e for e in gap_rules)


def test_the_demo_plan_reconciles_to_exactly_its_planted_gaps_in_each_direction() -> None:
    """What `make run` shows, without the stack: the plan's NAV side (as the emulator would list it per
    direction) against its archive side (as the archive stage would store the webhook's metadata)."""
    plan = nav_gap_plan()
    nav_side: dict[Direction, list[Record]] = {IN: [], OUT: []}
    for _, document in plan.nav_documents:
        facts = describe_invoice(document)[0]
        direction = OUT if facts.supplier_tax_number == DEMO_TAXPAYER else IN
        assert direction is OUT or facts.customer_tax_number == DEMO_TAXPAYER
        invoice = invoice_to_json(parse_document(document, media_type="application/xml").invoice)
        nav_side[direction].append(record_from_invoice(invoice))
    views = [{"_id": external_id, "tenant": "t", "direction": meta.get("direction", "outgoing"), "invoice": meta,
              "current_sha256": "x"} for external_id, meta, _ in plan.archive_posts]
    db = SimpleNamespace(invoices=_Found(views))
    for direction, expected in ((OUT, plan.expected), (IN, plan.expected_inbound)):
        archive = archive_records(db, "t", {DEMO_TAXPAYER}, plan.first_day, plan.last_day, direction)  # type: ignore[arg-type]
        result = reconcile(nav_side[direction], archive, plan.first_day, plan.last_day)
        assert [r.number for r in result.missing_in_archive] == expected["missing_in_archive"]
        assert [r.number for r in result.missing_in_nav] == expected["missing_in_nav"]
        assert {d.number: [x.field for x in d.differences] for d in result.differing} == expected["differing"]
        assert result.without_pdf == ()

"""Direct producers: invoice.raw with the document inline, by URL, or as structured XML; every
shape that breaks the contract lands in the DLQ with its reason, and the stream moves on."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.admin import create_token
from services.adapters.kafka_producer import EventPublisher
from services.adapters.own_system_admin import create_producer_connection
from services.adapters.recent_connections import KEPT_SECONDS
from services.adapters.settings import Settings
from services.core.enums import Role
from services.core.keys import event_id_for
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from szamlatar_dev.emulators.nav.invoices import generate_invoice
from tests.integration.conftest import SZT, Tenant, consume_matching, wait_until
from tests.integration.doc_server import DocServer

DOCS = demo_documents(demo_book(6, seed=31))
NAV_NUMBER = "PRODNAV-2025/0042"
NAV_XML = generate_invoice(invoice_number=NAV_NUMBER, issue_date=date(2025, 3, 4), supplier_tax_number="12345678",
                           customer_tax_number="24680132")
PORT = int(os.environ.get("SZAMLATAR_EMULATOR_PORT_BASE", "18100")) + 2


@pytest.fixture(scope="module")
def docs() -> Iterator[DocServer]:
    server = DocServer(PORT)
    yield server
    server.close()


def _event(tenant: Tenant, connection_id: str, external_id: str, document: dict[str, Any],
           metadata: dict[str, Any] | None = None, kind: str = "producer") -> dict[str, Any]:
    envelope = {"tenant": tenant.name, "site": "budapest",
                "source": {"kind": kind, "connection_id": connection_id},
                "external_id": external_id, "correlation_id": str(uuid.uuid4())}
    return {"event_id": event_id_for("producer", envelope, uuid.uuid4().hex), "schema": "invoice.raw.v1",
            "occurred_at": datetime.now(UTC).isoformat(), **envelope, "document": document, "metadata": metadata}


def _inline(data: bytes, media_type: str = "application/pdf") -> dict[str, Any]:
    return {"content_base64": base64.b64encode(data).decode(), "media_type": media_type,
            "sha256": hashlib.sha256(data).hexdigest(), "filename": "x"}


def _archived(tenant: Tenant, number: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = tenant.search(number=number)["items"]
    return items


def test_inline_pdf_inline_nav_xml_and_an_allowlisted_url_are_all_archived(
    tenant: Tenant, db: Database, publisher: EventPublisher, docs: DocServer
) -> None:
    conn = f"{tenant.name}-producer"
    create_producer_connection(db, connection_id=conn, tenant=tenant.name,
                               url_hosts=[f"127.0.0.1:{docs.port}"], allow_private=True)
    (inv1, pdf1), (inv2, pdf2) = DOCS[0], DOCS[1]
    publisher.publish("invoice.raw", _event(tenant, conn, "p-inline", _inline(pdf1), invoice_metadata(inv1)))
    publisher.publish("invoice.raw", _event(tenant, conn, "p-xml", _inline(NAV_XML, "application/xml")))
    docs.file(f"/{tenant.name}/p.pdf", pdf2)
    publisher.publish("invoice.raw", _event(tenant, conn, "p-url", {
        "url": f"{docs.base}/{tenant.name}/p.pdf", "media_type": "application/pdf",
        "sha256": hashlib.sha256(pdf2).hexdigest()}, invoice_metadata(inv2)))

    first = wait_until(lambda: _archived(tenant, inv1.number), what="the inline PDF invoice")[0]
    got = tenant.session.get(f"{tenant.api}/api/v1/invoices/{first['id']}/pdf", timeout=30)
    assert got.content == pdf1
    wait_until(lambda: _archived(tenant, inv2.number), what="the invoice fetched by URL")
    wait_until(lambda: _archived(tenant, NAV_NUMBER), what="the NAV XML invoice")
    view = db.invoices.find_one({"tenant": tenant.name, "invoice_number": NAV_NUMBER})
    assert view is not None and view["reader"] == "nav_xml", view and view.get("reader")
    assert (view["invoice"]["seller"]["taxpayer_id"], view["invoice"]["buyer"]["name"],
            view["invoice"]["gross_total"]) == ("12345678", "Dunai Logisztika Zrt.", "237170.00")
    assert tenant.archived_count() == 3


@pytest.mark.parametrize("case,reason", [
    ("inline_and_url", "schema_violation"),
    ("inline_over_limit", "schema_violation"),
    ("wrong_sha256", "integrity"),
    ("url_metadata_service", "url_refused"),
    ("unknown_connection", "unknown_connection"),
    ("another_tenants_connection", "unknown_tenant"),
    ("posing_as_billingo", "unknown_connection"),
    ("billion_laughs", "forbidden_xml"),
    ("external_entity", "forbidden_xml"),
    ("media_type_png", "schema_violation"),
])
def test_a_broken_producer_event_lands_in_the_dlq_with_its_reason(
    tenant: Tenant, db: Database, publisher: EventPublisher, settings: Settings, case: str, reason: str
) -> None:
    conn = f"{tenant.name}-producer"
    create_producer_connection(db, connection_id=conn, tenant=tenant.name, url_hosts=["169.254.169.254"])
    create_producer_connection(db, connection_id=f"{conn}-other", tenant=f"{tenant.name}-other")
    pdf = DOCS[2][1]
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
              b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><InvoiceData>&lol3;</InvoiceData>')
    xxe = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<InvoiceData>&x;</InvoiceData>')
    documents: dict[str, tuple[str, dict[str, Any]]] = {
        "inline_and_url": (conn, {**_inline(pdf), "url": "https://a.example/x.pdf"}),
        "inline_over_limit": (conn, _inline(b"%PDF-1.7\n" + os.urandom(600 * 1024))),
        "wrong_sha256": (conn, {**_inline(pdf), "sha256": "0" * 64}),
        "url_metadata_service": (conn, {"url": "https://169.254.169.254/latest/meta-data/",
                                        "media_type": "application/pdf"}),
        "unknown_connection": ("no-such-connection", {"url": "https://a.example/x.pdf",
                                                      "media_type": "application/pdf"}),
        "another_tenants_connection": (f"{conn}-other", _inline(pdf)),
        "posing_as_billingo": (conn, _inline(pdf)),
        "billion_laughs": (conn, _inline(laughs, "application/xml")),
        "external_entity": (conn, _inline(xxe, "application/xml")),
        "media_type_png": (conn, {**_inline(pdf), "media_type": "image/png"}),
    }
    connection_id, document = documents[case]
    event = _event(tenant, connection_id, f"bad-{case}", document,
                   kind="billingo" if case == "posing_as_billingo" else "producer")
    publisher.publish_raw("invoice.raw", f"{tenant.name}|bad".encode(), json.dumps(event).encode())
    dlq = consume_matching(settings.kafka_bootstrap, "invoice.dlq",
                           lambda r: r.get("original_event_id") == event["event_id"]
                           or event["event_id"] in r.get("payload", ""), timeout=60)
    assert dlq["stage"] == "parse"
    assert dlq["reason"] == reason, dlq["message"]
    # The stream moves on: a good event after the poison one is archived.
    inv, good = DOCS[3]
    publisher.publish("invoice.raw", _event(tenant, conn, f"ok-after-{case}", _inline(good), invoice_metadata(inv)))
    wait_until(lambda: _archived(tenant, inv.number), timeout=60, what="the good event after the poison one")


def test_producer_connections_through_the_api_and_the_cli_bind_events_to_their_tenant(
    tenant: Tenant, db: Database, publisher: EventPublisher, settings: Settings
) -> None:
    admin = requests.Session()
    admin.headers["Authorization"] = "Bearer " + create_token(db, tenant=tenant.name, role=Role.ADMIN, name="t")
    conn = f"{tenant.name}-api"
    created = admin.post(f"{tenant.api}/api/v1/producers", json={"id": conn, "sites": ["budapest"]}, timeout=30)
    assert created.status_code == 201, created.text
    assert created.json()["tenant"] == tenant.name and created.json()["key"].startswith(f"{tenant.name}|producer|")
    assert admin.post(f"{tenant.api}/api/v1/producers", json={"id": conn}, timeout=30).status_code == 409
    assert admin.post(f"{tenant.api}/api/v1/producers", json={"id": "X y"}, timeout=30).status_code == 422
    assert admin.post(f"{tenant.api}/api/v1/producers", json={"id": f"{conn}-2", "source_kinds": ["billingo"]},
                      timeout=30).status_code == 422
    assert [p["id"] for p in admin.get(f"{tenant.api}/api/v1/producers", timeout=30).json()["items"]] == [conn]
    assert tenant.session.get(f"{tenant.api}/api/v1/producers", timeout=30).status_code == 403  # finance

    cli = f"{tenant.name}-cli"
    made = subprocess.run([SZT, "producer", "create", cli, "--tenant", tenant.name, "--site", "budapest"],
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    assert f"{tenant.name}|producer|{cli}|<external_id>" in made.stdout
    listed = subprocess.run([SZT, "producer", "list", "--tenant", tenant.name], capture_output=True, text=True,
                            timeout=60)
    assert {json.loads(line)["_id"] for line in listed.stdout.splitlines()} == {conn, cli}

    (inv1, pdf1), (inv2, pdf2), (inv3, pdf3) = DOCS[3], DOCS[4], DOCS[5]
    publisher.publish("invoice.raw", _event(tenant, conn, "via-api", _inline(pdf1), invoice_metadata(inv1)))
    publisher.publish("invoice.raw", _event(tenant, cli, "via-cli", _inline(pdf2), invoice_metadata(inv2)))
    wait_until(lambda: _archived(tenant, inv1.number) and _archived(tenant, inv2.number), timeout=90,
               what="both producers' invoices")

    assert admin.delete(f"{tenant.api}/api/v1/producers/{conn}", timeout=30).status_code == 204
    time.sleep(KEPT_SECONDS)  # the worker keeps a connection that let a record in for up to this long
    late = _event(tenant, conn, "after-delete", _inline(pdf3), invoice_metadata(inv3))
    publisher.publish("invoice.raw", late)
    dlq = consume_matching(settings.kafka_bootstrap, "invoice.dlq",
                           lambda r: r.get("original_event_id") == late["event_id"], timeout=60)
    assert (dlq["stage"], dlq["reason"]) == ("parse", "unknown_connection")
    assert "deleted" in dlq["message"]
    assert not _archived(tenant, inv3.number)

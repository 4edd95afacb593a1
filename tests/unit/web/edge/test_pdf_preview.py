"""The PDF in the page: the preview of every version and the inline view are reads of the PDF, checked
(permission, site) and audited exactly like the download; a held invoice's PDF is readable through its
review item by those who see the item's site, and by no one else."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from services.core.enums import Role
from services.core.pdf_preview import render_preview
from services.web.deps import Ports
from szamlatar_dev.demo.own_system import demo_book, demo_documents
from tests.fakes import Accounts, InvoiceRepo
from tests.unit.web.edge.support import PASSWORD, TENANT, FakeStore, add_invoice, login, pdf_reads

DEMO_PDF = demo_documents(demo_book(1, seed=3))[0][1]


@pytest.fixture()
def preview_ports(ports: Ports) -> Ports:
    ports.previews = SimpleNamespace(preview=render_preview)  # type: ignore[assignment]  # in-process here
    accounts = ports.accounts
    assert isinstance(accounts, Accounts)
    accounts.add_user(TENANT, "debrecen", PASSWORD, Role.VIEWER, sites=("debrecen",))
    add_invoice(ports, "inv-bp", "SZ-BP-1", chunks=[DEMO_PDF[:1000], DEMO_PDF[1000:]])  # site budapest
    return ports


def _held(ports: Ports, item_id: str, site: str) -> None:
    """A held invoice as the archive stage leaves it: stored, its version recorded, a review item."""
    invoices = ports.invoices
    assert isinstance(invoices, InvoiceRepo)
    invoices.record_version({"_id": f"{item_id}:b", "invoice_id": item_id, "tenant": TENANT, "version": 1,
                             "sha256": "b" * 64, "size": len(DEMO_PDF), "object_key": f"k/{item_id}",
                             "archived_at": datetime.now(UTC)})
    ports.reviews.put({"_id": item_id, "tenant": TENANT, "site": site, "kind": "approval", "status": "open",
                       "invoice_number": "HELD-1", "plan": {"invoice_id": item_id, "object_key": f"k/{item_id}",
                                                            "outcome": "archived", "version": 1}})
    store: FakeStore = ports.store  # type: ignore[assignment]
    store.objects[f"k/{item_id}"] = [DEMO_PDF]


def test_the_preview_of_a_version_is_a_png_and_an_audited_read(client: TestClient, preview_ports: Ports) -> None:
    login(client, "anna")
    response = client.get("/api/v1/invoices/inv-bp/preview.png?version=1")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")
    assert response.headers["x-pdf-pages"] == "1"
    assert response.headers["cache-control"] == "private, no-store"
    (entry,) = pdf_reads(preview_ports)
    assert entry["actor"] == "anna" and entry["target"] == "inv-bp"
    assert entry["details"] == {"version": 1, "sha256": "a" * 64, "how": "preview"}


def test_the_inline_view_is_an_inline_pdf_and_an_audited_read(client: TestClient, preview_ports: Ports) -> None:
    login(client, "anna")
    response = client.get("/api/v1/invoices/inv-bp/pdf?inline=true")
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith('inline; filename="SZ-BP-1.pdf"')
    assert response.content == DEMO_PDF
    assert [e["details"]["how"] for e in pdf_reads(preview_ports)] == ["inline"]


@pytest.mark.parametrize("path", ["/api/v1/invoices/inv-bp/preview.png", "/api/v1/invoices/inv-bp/pdf?inline=1",
                                  "/api/v1/invoices/inv-bp/pdf"])
def test_a_user_of_another_site_reads_nothing_and_nothing_is_audited(
        client: TestClient, preview_ports: Ports, path: str) -> None:
    login(client, "debrecen")
    assert client.get(path).status_code == 404
    assert pdf_reads(preview_ports) == []


def test_without_a_session_or_token_nothing_is_drawn(client: TestClient, preview_ports: Ports) -> None:
    assert client.get("/api/v1/invoices/inv-bp/preview.png").status_code == 401
    assert pdf_reads(preview_ports) == []


def test_a_held_invoice_is_previewed_and_read_through_its_review_item(
        client: TestClient, preview_ports: Ports) -> None:
    _held(preview_ports, "held-bp", "budapest")
    login(client, "anna")
    preview = client.get("/api/v1/review/held-bp/preview.png")
    assert preview.status_code == 200 and preview.content.startswith(b"\x89PNG")
    download = client.get("/api/v1/review/held-bp/pdf?inline=true")
    assert download.content == DEMO_PDF
    assert download.headers["content-disposition"].startswith('inline; filename="HELD-1.pdf"')
    assert [(e["target"], e["details"]) for e in pdf_reads(preview_ports)] == [
        ("held-bp", {"version": 1, "sha256": "b" * 64, "how": "preview", "held": True}),
        ("held-bp", {"version": 1, "sha256": "b" * 64, "how": "inline", "held": True}),
    ]


def test_a_held_invoice_of_another_site_or_tenant_is_not_found(client: TestClient, preview_ports: Ports) -> None:
    _held(preview_ports, "held-bp", "budapest")
    login(client, "debrecen")
    assert client.get("/api/v1/review/held-bp/preview.png").status_code == 404
    assert client.get("/api/v1/review/held-bp/pdf").status_code == 404
    client.cookies.clear()
    login(client, "cecil", tenant="globex")
    assert client.get("/api/v1/review/held-bp/pdf").status_code == 404
    assert pdf_reads(preview_ports) == []

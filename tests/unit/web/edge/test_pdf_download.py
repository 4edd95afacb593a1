"""The PDF download: any invoice number gives an RFC 6266 name, and only a served read is audited."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient

from services.core.errors import IntegrityError, NotFoundError, ObjectStoreUnavailableError
from services.web.deps import Ports
from tests.unit.web.edge.support import PDF, FakeStore, add_invoice, edge_client, login, pdf_reads


@pytest.mark.parametrize("number,fallback,real", [
    ("ŐSZ-2025/7", "OSZ-2025_7.pdf", "ŐSZ-2025_7.pdf"),
    ("SZ-ű-2025", "SZ-u-2025.pdf", "SZ-ű-2025.pdf"),
    ("EUR-€-12", "EUR-_-12.pdf", "EUR-€-12.pdf"),
    ("SZ-1\r\nX-Injected: yes", "SZ-1__X-Injected: yes.pdf", "SZ-1__X-Injected: yes.pdf"),
])
def test_a_pdf_whose_number_holds_non_latin1_or_a_line_break_downloads_with_an_rfc6266_name(
        client: TestClient, ports: Ports, number: str, fallback: str, real: str) -> None:
    add_invoice(ports, "inv-name", number)
    login(client, "anna")
    response = client.get("/api/v1/invoices/inv-name/pdf")
    assert response.status_code == 200
    assert response.content == PDF
    assert "x-injected" not in response.headers
    disposition = response.headers["content-disposition"]
    found = re.fullmatch(r'attachment; filename="([ -~]+)"; filename\*=UTF-8\'\'([A-Za-z0-9%!#$&+^`|~._-]+)',
                         disposition)
    assert found, disposition
    assert found.group(1) == fallback
    assert unquote(found.group(2), errors="strict") == real
    assert len(pdf_reads(ports)) == 1


@pytest.mark.parametrize("failure,status,reason", [
    (NotFoundError("object storage: get object: NoSuchKey"), 404, "not_found"),
    (IntegrityError("encrypted document failed authentication"), 500, "integrity"),
    (ObjectStoreUnavailableError("object storage: get object: ConnectionError"), 503, "object_store_unavailable"),
])
def test_a_download_that_cannot_be_served_is_an_error_and_writes_no_pdf_read_entry(
        ports: Ports, failure: Exception, status: int, reason: str) -> None:
    add_invoice(ports, "inv-bad", "SZ-1", failure=failure)
    with edge_client(ports, raise_server_exceptions=False) as client:
        login(client, "anna")
        response = client.get("/api/v1/invoices/inv-bad/pdf")
    assert response.status_code == status
    assert response.json()["detail"]["reason"] == reason
    assert pdf_reads(ports) == []


def test_the_read_is_audited_after_the_object_opens_and_before_its_bytes_are_sent(
        client: TestClient, ports: Ports) -> None:
    add_invoice(ports, "inv-ok", "SZ-2", chunks=[b"%PDF-1.7\n", b"more", b"%%EOF"])
    login(client, "anna")
    before = len(ports.audit.log)  # type: ignore[attr-defined]
    response = client.get("/api/v1/invoices/inv-ok/pdf")
    assert response.content == b"%PDF-1.7\nmore%%EOF"
    store: FakeStore = ports.store  # type: ignore[assignment]
    assert store.audited_when_opened == [before]  # opened while nothing was audited yet …
    (entry,) = pdf_reads(ports)  # … and audited once it could be served
    assert entry["details"] == {"version": 1, "sha256": "a" * 64}

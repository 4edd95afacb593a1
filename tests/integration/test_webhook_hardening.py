"""The production webhook: replay window and nonce memory, secret rotation, multipart, PDF by URL
under the connection's allowlist (no SSRF), size caps — each refusal clear, nothing else disturbed."""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator

import pytest
import requests
from pymongo.database import Database

from services.adapters.own_system_admin import retire_old_secrets, rotate_webhook_secret, set_url_policy
from services.adapters.recent_connections import KEPT_SECONDS
from services.adapters.settings import Settings
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, wait_until
from tests.integration.doc_server import DocServer

DOCS = demo_documents(demo_book(8, seed=23))
PORT = int(os.environ.get("SZAMLATAR_EMULATOR_PORT_BASE", "18100")) + 1


@pytest.fixture(scope="module")
def docs() -> Iterator[DocServer]:
    server = DocServer(PORT)
    yield server
    server.close()


def _url(tenant: Tenant) -> str:
    return f"{tenant.api}/api/v1/webhooks/{tenant.connection_id}"


def _archived(tenant: Tenant, number: str) -> bool:
    return tenant.search(number=number)["total"] == 1


def _post_json(tenant: Tenant, payload: dict, secret: str | None = None) -> requests.Response:
    body = json.dumps(payload).encode()
    return post_signed(requests.Session(), _url(tenant), secret or tenant.secret, body)


def test_an_identical_request_sent_again_is_a_replay_answered_409_with_the_first_event(tenant: Tenant) -> None:
    inv, pdf = DOCS[0]
    body = webhook_body("rp-1", pdf, invoice=invoice_metadata(inv))
    ts = int(time.time())
    first = post_signed(requests.Session(), _url(tenant), tenant.secret, body, timestamp=ts)
    assert first.status_code == 202, first.text
    again = post_signed(requests.Session(), _url(tenant), tenant.secret, body, timestamp=ts)
    assert again.status_code == 409
    assert again.json()["detail"]["reason"] == "replayed"
    assert again.json()["detail"]["event_id"] == first.json()["event_id"]
    # A second signature appended to the header does not make it a new request.
    headers = {"Content-Type": "application/json", TIMESTAMP_HEADER: str(ts),
               SIGNATURE_HEADER: sign(tenant.secret, ts, body) + ", v1=" + "ab" * 32}
    edited = requests.post(_url(tenant), data=body, headers=headers, timeout=30)
    assert edited.status_code == 409
    # Re-sending the invoice properly (a new timestamp) is accepted, and it stays one invoice.
    assert post_signed(requests.Session(), _url(tenant), tenant.secret, body, timestamp=ts - 1).status_code == 202
    wait_until(lambda: _archived(tenant, inv.number), what="the invoice")
    assert tenant.archived_count() == 1


# 30 s outside the ±300 s window rather than 1 s: the signing clock and the server's read differ by
# the request's own time, and int() drops up to a second, so ±301 passed or failed by timing.
@pytest.mark.parametrize("offset", [-330, 330, -86400])
def test_a_timestamp_outside_the_five_minute_window_is_refused(tenant: Tenant, offset: int) -> None:
    inv, pdf = DOCS[1]
    r = tenant.post("old", pdf, invoice_metadata(inv), timestamp=int(time.time()) + offset)
    assert r.status_code == 401
    assert r.json()["detail"]["reason"] == "stale_timestamp"


def test_while_a_secret_is_rotated_both_verify_and_after_retiring_only_the_new_one(
    tenant: Tenant, db: Database, settings: Settings
) -> None:
    inv, pdf = DOCS[2]
    old = tenant.secret
    new = rotate_webhook_secret(db, settings, tenant.connection_id)
    assert tenant.post("rot-old", pdf, invoice_metadata(inv), secret=old).status_code == 202
    assert tenant.post("rot-new", pdf, invoice_metadata(inv), secret=new).status_code == 202
    retire_old_secrets(db, tenant.connection_id)
    time.sleep(KEPT_SECONDS)  # the API keeps a connection that let a request in for up to this long
    refused = tenant.post("rot-old-2", pdf, invoice_metadata(inv), secret=old)
    assert refused.status_code == 401 and refused.json()["detail"]["reason"] == "bad_signature"
    assert tenant.post("rot-new-2", pdf, invoice_metadata(inv), secret=new).status_code == 202


def test_multipart_pdf_with_json_metadata_is_archived(tenant: Tenant) -> None:
    inv, pdf = DOCS[3]
    prepared = requests.Request("POST", _url(tenant), files={
        "metadata": (None, json.dumps({"external_id": "mp-1", "invoice": invoice_metadata(inv)}), "application/json"),
        "document": ("mp-1.pdf", pdf, "application/pdf"),
    }).prepare()
    ts = int(time.time())
    body = prepared.body
    assert isinstance(body, bytes)
    prepared.headers[TIMESTAMP_HEADER] = str(ts)
    prepared.headers[SIGNATURE_HEADER] = sign(tenant.secret, ts, body)
    r = requests.Session().send(prepared, timeout=30)
    assert r.status_code == 202, r.text
    wait_until(lambda: _archived(tenant, inv.number), what="the multipart invoice")


def test_a_pdf_url_on_the_allowlist_is_fetched_and_archived(tenant: Tenant, db: Database, docs: DocServer) -> None:
    inv, pdf = DOCS[4]
    docs.file(f"/{tenant.name}/a.pdf", pdf)
    set_url_policy(db, tenant.connection_id, [f"127.0.0.1:{docs.port}"], allow_private=True)
    r = _post_json(tenant, {"external_id": "url-1", "invoice": invoice_metadata(inv),
                            "document": {"url": f"{docs.base}/{tenant.name}/a.pdf"}})
    assert r.status_code == 202, r.text
    found = wait_until(lambda: tenant.search(number=inv.number)["items"], what="the fetched invoice")
    got = tenant.session.get(f"{tenant.api}/api/v1/invoices/{found[0]['id']}/pdf", timeout=30)
    assert got.content == pdf


@pytest.mark.parametrize("url,allow_private,status,reason", [
    ("http://127.0.0.1:{port}/{t}/b.pdf", False, 422, "url_refused"),       # loopback without the test flag
    ("https://169.254.169.254/latest/meta-data/", False, 422, "url_refused"),  # cloud metadata service
    ("https://169.254.169.254/latest/meta-data/", True, 422, "url_refused"),   # not on the allowlist either
    ("https://files.example.net/x.pdf", False, 422, "url_refused"),          # not on the allowlist
    ("file:///etc/passwd", False, 422, "url_refused"),
    ("http://127.0.0.1:{port}/{t}/hop", True, 422, "url_refused"),           # redirect off the allowlist
    ("http://127.0.0.1:{port}/{t}/huge", True, 413, "too_large"),            # declared at 2 GB
    ("http://127.0.0.1:{port}/{t}/missing", True, 422, "url_refused"),       # 404 at the source
], ids=["loopback", "metadata", "metadata-allow-private", "not-allowlisted", "file-scheme", "redirect-off",
        "declared-2gb", "404"])
def test_a_pdf_url_that_is_not_allowed_is_refused_with_its_reason_and_nothing_is_produced(
    tenant: Tenant, db: Database, docs: DocServer, url: str, allow_private: bool, status: int, reason: str
) -> None:
    inv, pdf = DOCS[5]
    docs.file(f"/{tenant.name}/b.pdf", pdf)
    docs.redirect(f"/{tenant.name}/hop", "http://169.254.169.254/latest/meta-data/iam")
    docs.declared(f"/{tenant.name}/huge", 2 * 1024**3)
    set_url_policy(db, tenant.connection_id, [f"127.0.0.1:{docs.port}"], allow_private=allow_private)
    hits = len(docs.hits)
    r = _post_json(tenant, {"external_id": "bad-url", "document": {"url": url.format(port=docs.port, t=tenant.name)}})
    assert r.status_code == status, r.text
    assert r.json()["detail"]["reason"] == reason
    if not allow_private:
        assert len(docs.hits) == hits  # refused before any connection
    # Nothing else disturbed: the same connection still takes a good request.
    assert tenant.post("after-bad-url", pdf, invoice_metadata(inv)).status_code == 202


def _read_answer(s: socket.socket) -> str:
    """Headers and the declared body: they may arrive in separate segments."""
    data = b""
    while b"\r\n\r\n" not in data or len(data.partition(b"\r\n\r\n")[2]) < _content_length(data):
        chunk = s.recv(65536)  # the socket's 10 s timeout bounds the wait
        if not chunk:
            break
        data += chunk
    return data.decode(errors="replace")


def _content_length(data: bytes) -> int:
    for line in data.partition(b"\r\n\r\n")[0].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            return int(value.strip())
    return 0


def test_a_webhook_body_declared_at_2gb_is_refused_before_it_is_read(tenant: Tenant) -> None:
    host, port = tenant.api.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall((f"POST /api/v1/webhooks/{tenant.connection_id} HTTP/1.1\r\nHost: {host}\r\n"
                   f"Content-Type: application/json\r\nContent-Length: {2 * 1024**3}\r\n\r\n").encode()
                  + b'{"external_id": ')
        answer = _read_answer(s)
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
    assert "too_large" in answer
    inv, pdf = DOCS[6]
    assert tenant.post("after-2gb", pdf, invoice_metadata(inv)).status_code == 202

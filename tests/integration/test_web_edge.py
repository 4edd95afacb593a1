"""Issue 9 §6 against the real API process (uvicorn), FerretDB and versitygw: PDF names and their audit,
numeric query parameters at and beyond their bounds, security headers, the webhook's Content-Type."""

from __future__ import annotations

import hashlib
import io
import re
import struct
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import unquote

import pytest
import requests
from pymongo.database import Database

from services.adapters.admin import create_token
from services.adapters.crypto import MAGIC, encrypt
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.adapters.users import address_id, create_user
from services.core.enums import Role
from services.web import sessions
from services.web.params import AMOUNT_LIMIT, MAX_PAGE, MAX_SEQ
from tests.integration.conftest import ui_login

PDF = b"%PDF-1.7\n" + b"0123456789" * 10_000 + b"\n%%EOF\n"  # more than one 64 KiB segment
PASSWORD = "edge-test-pw-1"


@dataclass
class Archive:
    api: str
    db: Database[dict[str, Any]]
    store: S3ObjectStore
    settings: Settings
    tenant: str
    session: requests.Session

    def invoice(self, number: str, *, object_key: str | None = None, pdf: bytes = PDF) -> str:
        """An archived invoice written the way the archive stage writes one (object, view, version)."""
        invoice_id = str(uuid.uuid4())
        sha = hashlib.sha256(pdf).hexdigest()
        key = f"{self.tenant}/invoices/{invoice_id}.pdf"
        version_id = self.store.archive(key, pdf, sha, date(2035, 12, 31))
        self.db.invoices.replace_one({"_id": invoice_id}, {
            "_id": invoice_id, "tenant": self.tenant, "site": "budapest", "invoice_number": number,
            "issue_date": "2025-09-08", "currency": "HUF", "gross_total": "1000", "gross_amount": 1000.0,
            "current_version": 1, "search_terms": [], "source": {"kind": "own_system"}}, upsert=True)
        self.db.invoice_versions.replace_one({"_id": f"{invoice_id}:{sha}"}, {
            "_id": f"{invoice_id}:{sha}", "invoice_id": invoice_id, "version": 1, "sha256": sha, "size": len(pdf),
            "object_key": object_key or key, "version_id": None if object_key else version_id,
            "archived_at": datetime.now(UTC)}, upsert=True)
        return invoice_id

    def pdf_reads(self, invoice_id: str) -> int:
        return self.db.audit_log.count_documents({"tenant": self.tenant, "target": invoice_id,
                                                  "action": "invoice.pdf.read"})


@pytest.fixture()
def archive(api: str, db: Database[dict[str, Any]], store: S3ObjectStore, settings: Settings) -> Archive:
    tenant = "e" + uuid.uuid4().hex[:10]
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {create_token(db, tenant=tenant, role=Role.ADMIN, name='edge')}"
    return Archive(api, db, store, settings, tenant, session)


@pytest.mark.parametrize("number", ["ŐSZ-ű/2025-€7", "SZ-2025\r\nSet-Cookie: stolen=1"])
def test_a_pdf_whose_number_holds_oe_ue_euro_or_a_line_break_downloads(archive: Archive, number: str) -> None:
    invoice_id = archive.invoice(number)
    got = archive.session.get(f"{archive.api}/api/v1/invoices/{invoice_id}/pdf", timeout=30)
    assert got.status_code == 200
    assert got.content == PDF
    assert "set-cookie" not in got.headers
    found = re.fullmatch(r'attachment; filename="([ -~]+)"; filename\*=UTF-8\'\'([A-Za-z0-9%!#$&+^`|~._-]+)',
                         got.headers["content-disposition"])
    assert found, got.headers["content-disposition"]
    assert unquote(found.group(2)) == number.replace("/", "_").replace("\r", "_").replace("\n", "_") + ".pdf"
    assert archive.pdf_reads(invoice_id) == 1


def test_a_download_of_a_missing_or_damaged_object_fails_and_writes_no_read_entry(archive: Archive) -> None:
    missing = archive.invoice("SZ-MISSING", object_key=f"{archive.tenant}/invoices/nothing-here.pdf")
    answer = archive.session.get(f"{archive.api}/api/v1/invoices/{missing}/pdf", timeout=30)
    assert answer.status_code == 404 and answer.json()["detail"]["reason"] == "not_found"
    assert archive.pdf_reads(missing) == 0

    # An archived object altered in storage: its first segment no longer authenticates.
    damaged_key = f"{archive.tenant}/invoices/damaged.pdf"
    blob = bytearray(encrypt(PDF, archive.settings.kek, archive.settings.kek_id))
    (header_length,) = struct.unpack(">I", blob[len(MAGIC):len(MAGIC) + 4])
    blob[len(MAGIC) + 4 + header_length + 10] ^= 0x01
    archive.store.client.put_object(archive.settings.archive_bucket, damaged_key, io.BytesIO(bytes(blob)), len(blob))
    damaged = archive.invoice("SZ-DAMAGED", object_key=damaged_key)
    answer = archive.session.get(f"{archive.api}/api/v1/invoices/{damaged}/pdf", timeout=30)
    assert answer.status_code == 500 and answer.json()["detail"]["reason"] == "integrity"
    assert archive.pdf_reads(damaged) == 0


ABSURD = ["1" + "0" * 30, "-" + "1" + "0" * 30, "1e400", "NaN", "abc", ""]


def test_numeric_query_parameters_are_422_beyond_their_bounds_and_work_at_them(archive: Archive) -> None:
    invoice_id = archive.invoice("SZ-BOUNDS")
    spec = requests.get(f"{archive.api}/openapi.json", timeout=30).json()
    failures = []
    checked = 0
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for param in operation.get("parameters", []):
                kinds = [param["schema"], *param["schema"].get("anyOf", [])]
                if param["in"] != "query" or not any(k.get("type") in ("integer", "number") for k in kinds):
                    continue
                url = archive.api + re.sub(r"\{invoice_id\}", invoice_id, re.sub(r"\{kind\}", "client", path))
                url = re.sub(r"\{[^}]+\}", "x", url)
                for value in ABSURD:
                    checked += 1
                    answer = archive.session.request(method.upper(), url, params={param["name"]: value}, timeout=30)
                    if answer.status_code != 422:
                        failures.append(f"{method} {path}?{param['name']}={value[:12]}: {answer.status_code}")
    assert checked >= 6 * len(ABSURD) and failures == []
    # At the bounds themselves the real database answers (no overflow of a skip, a seq or an amount).
    base = f"{archive.api}/api/v1/invoices"
    for params in ({"page": MAX_PAGE, "page_size": 200}, {"gross_min": str(-AMOUNT_LIMIT)},
                   {"gross_max": str(AMOUNT_LIMIT)}):
        answer = archive.session.get(base, params=params, timeout=30)
        assert answer.status_code == 200, (params, answer.text[:300])
    assert archive.session.get(f"{base}/{invoice_id}/audit", params={"after": MAX_SEQ}, timeout=30).json() == {
        "items": [], "next_after": None}
    assert archive.session.get(f"{base}/{invoice_id}/pdf", params={"version": MAX_SEQ}, timeout=30).status_code == 404
    assert archive.session.get(f"{archive.api}/api/v1/reference/client", params={"page": MAX_PAGE},
                               timeout=30).status_code == 200
    create_user(archive.db, tenant=archive.tenant, username="anna", password=PASSWORD, role=Role.ADMIN)
    browser = ui_login(archive.api, archive.tenant, "anna", PASSWORD)
    for path in ("/ui/invoices", "/ui/audit", "/ui/clients/x"):
        assert browser.get(archive.api + path, params={"page": "1" + "0" * 30}, timeout=30).status_code == 422
        assert browser.get(archive.api + path, params={"page": MAX_PAGE}, timeout=30).status_code in (200, 404)
    typed = browser.get(f"{archive.api}/ui/invoices", params={"gross_min": "9" * 400, "gross_max": "9" * 40},
                        timeout=30)
    assert typed.status_code == 200


def test_answers_carry_the_security_headers_and_hsts_only_behind_a_trusted_https_proxy(archive: Archive) -> None:
    answers = [requests.get(archive.api + path, timeout=10, allow_redirects=False)
               for path in ("/ui/login", "/ui/invoices", "/api/v1/invoices", "/healthz", "/docs")]
    answers.append(archive.session.get(f"{archive.api}/api/v1/invoices/{archive.invoice('SZ-H')}/pdf", timeout=30))
    for answer in answers:
        assert answer.headers["x-frame-options"] == "DENY", answer.url
        assert answer.headers["x-content-type-options"] == "nosniff", answer.url
        assert answer.headers["referrer-policy"], answer.url
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"], answer.url
        assert "strict-transport-security" not in answer.headers, answer.url
    # uvicorn trusts X-Forwarded-Proto from 127.0.0.1 (its default --forwarded-allow-ips): a local TLS proxy.
    proxied = requests.get(f"{archive.api}/healthz", headers={"X-Forwarded-Proto": "https"}, timeout=30)
    assert proxied.headers["strict-transport-security"].startswith("max-age=")


def test_the_webhook_refuses_a_body_that_is_not_json_or_multipart_with_415(archive: Archive) -> None:
    url = f"{archive.api}/api/v1/webhooks/{archive.tenant}-erp"
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin-1"):
        answer = requests.post(url, data=b'{"external_id": "x"}', headers={"Content-Type": content_type}, timeout=30)
        assert answer.status_code == 415, (content_type, answer.text)
        assert answer.json()["detail"]["reason"] == "unsupported_media_type"
    answer = requests.post(url, data=b"{}", headers={"Content-Type": "application/json"}, timeout=30)
    assert answer.status_code == 404  # past the type check: no such connection


def test_a_failed_login_counts_against_its_source_address(archive: Archive) -> None:
    record = address_id("127.0.0.1")  # the API sees the tests' own address
    before = sessions.address_failures(archive.db.login_attempts.find_one({"_id": record}) or {}, datetime.now(UTC))
    browser = requests.Session()
    form = browser.get(f"{archive.api}/ui/login", timeout=30)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token
    failed = browser.post(f"{archive.api}/ui/login", timeout=30, allow_redirects=False, data={
        "tenant": f"{archive.tenant}-unknown", "username": "nobody", "password": "x", "csrf_token": token.group(1)})
    assert failed.status_code == 401
    after = archive.db.login_attempts.find_one({"_id": record})
    assert after is not None and after["failures"] == before + 1 and after["kind"] == "address"

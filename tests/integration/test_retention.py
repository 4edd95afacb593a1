"""Legal hold and the retention purge against the real archive: an admin holds an invoice with a reason
(S3 legal hold on its versions, shown on the invoice, audited); a purge past retention removes the
invoice nobody holds, keeps the held one and the one storage still locks; lifted, the hold no longer
keeps it."""

from __future__ import annotations

import hashlib
import io
import json
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from minio.commonconfig import GOVERNANCE
from minio.retention import Retention
from pymongo.database import Database

from services.adapters.admin import create_token
from services.adapters.crypto import encrypt
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.core.enums import Role
from services.core.keys import archive_key
from tests.integration.conftest import szt


def _old_invoice(db: Database[dict[str, Any]], store: S3ObjectStore, settings: Settings, tenant: str, name: str,
                 lock: timedelta) -> dict[str, Any]:
    """An invoice of 2010, archived then: its retention (2018) is over; its object lock ends after ``lock``.
    Written directly, as no pipeline today archives with a retention date already past."""
    invoice_id, pdf = str(uuid.uuid4()), f"%PDF-1.4 {name}".encode()
    sha, key = hashlib.sha256(pdf).hexdigest(), archive_key(tenant, invoice_id)
    blob = encrypt(pdf, settings.kek, settings.kek_id)
    put = store.client.put_object(settings.archive_bucket, key, io.BytesIO(blob), len(blob),
                                  metadata={"plaintext-sha256": sha},
                                  retention=Retention(GOVERNANCE, datetime.now(UTC) + lock))
    db.invoice_versions.insert_one({"_id": f"{invoice_id}:{sha}", "invoice_id": invoice_id, "tenant": tenant,
                                    "version": 1, "sha256": sha, "size": len(pdf), "object_key": key,
                                    "version_id": put.version_id, "archived_at": datetime(2010, 3, 2, tzinfo=UTC)})
    db.invoices.insert_one({"_id": invoice_id, "tenant": tenant, "site": "budapest", "invoice_number": name,
                            "issue_date": "2010-03-01", "retain_until": "2018-12-31", "current_version": 1,
                            "object_key": key, "current_version_id": put.version_id})
    return {"id": invoice_id, "key": key, "version_id": put.version_id}


def _purge(tenant: str, *extra: str) -> dict[str, str]:
    done = szt("retention", "purge", "--tenant", tenant, "--json", *extra)
    assert done.returncode == 0, done.stdout + done.stderr
    return {d["invoice_id"]: d["verdict"] for d in json.loads(done.stdout)}


def test_a_held_invoice_survives_a_purge_past_its_retention(
        api: str, db: Database[dict[str, Any]], store: S3ObjectStore, settings: Settings) -> None:
    tenant = "t" + uuid.uuid4().hex[:10]
    held, free = (_old_invoice(db, store, settings, tenant, n, timedelta(seconds=3)) for n in ("H-1", "F-1"))
    locked = _old_invoice(db, store, settings, tenant, "L-1", timedelta(days=1))
    admin, finance = (requests.Session() for _ in range(2))
    admin.headers["Authorization"] = f"Bearer {create_token(db, tenant=tenant, role=Role.ADMIN, name='tests')}"
    finance.headers["Authorization"] = f"Bearer {create_token(db, tenant=tenant, role=Role.FINANCE, name='tests')}"
    url = f"{api}/api/v1/invoices/{held['id']}/legal-hold"
    assert finance.put(url, json={"reason": "NAV tax audit 2025/17"}, timeout=30).status_code == 403
    assert admin.put(url, json={"reason": ""}, timeout=30).status_code == 422  # a hold needs its reason
    placed = admin.put(url, json={"reason": "NAV tax audit 2025/17"}, timeout=30)
    assert placed.status_code == 200, placed.text
    shown = admin.get(f"{api}/api/v1/invoices/{held['id']}", timeout=30).json()["legal_hold"]
    assert shown["reason"] == "NAV tax audit 2025/17" and shown["by"]
    assert store.legal_hold(held["key"], held["version_id"])
    assert db.audit_log.find_one({"tenant": tenant, "action": "invoice.legal_hold.set", "target": held["id"]})

    time.sleep(4)  # the object lock of H-1 and F-1 ends
    assert _purge(tenant, "--dry-run") == {held["id"]: "legal_hold", free["id"]: "purge", locked["id"]: "object_lock"}
    assert db.invoices.count_documents({"tenant": tenant}) == 3  # a dry run removes nothing

    assert _purge(tenant) == {held["id"]: "legal_hold", free["id"]: "purge", locked["id"]: "object_lock"}
    assert db.invoices.find_one({"_id": free["id"]}) is None and store.versions(free["key"]) == []
    assert db.audit_log.find_one({"tenant": tenant, "action": "invoice.purged", "target": free["id"]})
    assert store.read(settings.archive_bucket, held["key"], held["version_id"]) == b"%PDF-1.4 H-1"  # survived
    assert db.invoices.find_one({"_id": held["id"]}) is not None
    assert store.read(settings.archive_bucket, locked["key"], locked["version_id"]) == b"%PDF-1.4 L-1"

    lifted = admin.request("DELETE", url, json={"reason": "audit closed"}, timeout=30)
    assert lifted.status_code == 200 and lifted.json()["legal_hold"] is None
    assert not store.legal_hold(held["key"], held["version_id"])
    assert _purge(tenant)[held["id"]] == "purge"
    assert store.versions(held["key"]) == []


def test_the_cli_holds_every_invoice_of_a_client(
        api: str, db: Database[dict[str, Any]], store: S3ObjectStore, settings: Settings) -> None:
    tenant = "t" + uuid.uuid4().hex[:10]
    mine = [_old_invoice(db, store, settings, tenant, n, timedelta(seconds=1)) for n in ("C-1", "C-2")]
    other = _old_invoice(db, store, settings, tenant, "O-1", timedelta(seconds=1))
    for inv in mine:
        db.invoices.update_one({"_id": inv["id"]}, {"$set": {"client_id": "c-42"}})
    held = szt("retention", "hold", "--tenant", tenant, "--client", "c-42", "--reason", "lawsuit 12.P.1/2026")
    assert held.returncode == 0, held.stdout + held.stderr
    assert all(store.legal_hold(i["key"], i["version_id"]) for i in mine)
    assert not store.legal_hold(other["key"], other["version_id"])
    assert db.audit_log.count_documents({"tenant": tenant, "action": "invoice.legal_hold.set",
                                         "actor": {"$regex": "^cli:"}}) == 2
    time.sleep(2)
    assert _purge(tenant) == {mine[0]["id"]: "legal_hold", mine[1]["id"]: "legal_hold", other["id"]: "purge"}


def test_an_admin_holds_every_hit_of_a_search_within_its_sites_and_each_is_audited(
        api: str, db: Database[dict[str, Any]], store: S3ObjectStore, settings: Settings) -> None:
    tenant = "t" + uuid.uuid4().hex[:10]
    hits = [_old_invoice(db, store, settings, tenant, n, timedelta(seconds=1)) for n in ("S-1", "S-2")]
    miss = _old_invoice(db, store, settings, tenant, "X-1", timedelta(seconds=1))
    db.invoices.update_one({"_id": hits[1]["id"]}, {"$set": {"site": "debrecen"}})
    # Written straight to the store (see _old_invoice), so the query index, which answers the search,
    # learns them as after an import: by a rebuild of the tenant.
    rebuilt = szt("index", "rebuild", "--tenant", tenant)
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    admin, local_admin, finance = (requests.Session() for _ in range(3))
    admin.headers["Authorization"] = f"Bearer {create_token(db, tenant=tenant, role=Role.ADMIN, name='tests')}"
    local_admin.headers["Authorization"] = "Bearer " + create_token(db, tenant=tenant, role=Role.ADMIN, name="deb",
                                                                    sites=("debrecen",))
    finance.headers["Authorization"] = f"Bearer {create_token(db, tenant=tenant, role=Role.FINANCE, name='tests')}"
    url, body = f"{api}/api/v1/search/legal-hold", {"reason": "per 12.P.1/2026", "query": {"number": "S-"}}
    assert finance.put(url, json=body, timeout=30).status_code == 403
    assert admin.put(url, json=body | {"reason": ""}, timeout=30).status_code == 422  # a hold needs its reason

    placed = admin.put(url, json=body, timeout=60)
    assert placed.status_code == 200, placed.text
    assert sorted(placed.json()["held"]) == sorted(h["id"] for h in hits) and placed.json()["count"] == 2
    assert all(store.legal_hold(h["key"], h["version_id"]) for h in hits)
    assert not store.legal_hold(miss["key"], miss["version_id"])
    for h in hits:
        entry = db.audit_log.find_one({"tenant": tenant, "action": "invoice.legal_hold.set", "target": h["id"]})
        assert entry and entry["details"]["reason"] == "per 12.P.1/2026"
        assert db.invoices.find_one({"_id": h["id"]})["legal_hold"]["reason"] == "per 12.P.1/2026"
    search = db.audit_log.find_one({"tenant": tenant, "action": "search.legal_hold.set"})
    assert search and search["details"]["hits"] == 2 and search["details"]["query"] == {"number": "S-"}

    # A site-restricted admin lifts only what its sites hold; the Budapest invoice stays held.
    lifted = local_admin.request("DELETE", url, json=body | {"reason": "per closed"}, timeout=60)
    assert lifted.status_code == 200 and lifted.json()["lifted"] == [hits[1]["id"]]
    assert not store.legal_hold(hits[1]["key"], hits[1]["version_id"])
    assert store.legal_hold(hits[0]["key"], hits[0]["version_id"])
    time.sleep(2)  # the object locks end: the one still held survives a purge, the others go
    assert _purge(tenant) == {hits[0]["id"]: "legal_hold", hits[1]["id"]: "purge", miss["id"]: "purge"}

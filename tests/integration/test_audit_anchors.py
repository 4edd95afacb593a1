"""Audit anchors in the real archive bucket: a verified head is saved retention-locked and encrypted, and a
log cut short in the database is caught against it — through the API and the CLI."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.admin import create_token
from services.adapters.audit_anchors import anchor_key
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.core.enums import Role
from tests.integration.conftest import SZT
from tests.integration.test_audit_log import filled_audit_log


def _session(db: Database[dict[str, Any]], tenant: str, role: Role) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {create_token(db, tenant=tenant, role=role, name='tests')}"
    return s


def test_the_api_anchors_a_verified_head_and_catches_a_log_cut_short_after_it(
        api: str, db: Database[dict[str, Any]], store: S3ObjectStore, settings: Settings) -> None:
    log, tenant = filled_audit_log(db, 5)
    auditor = _session(db, tenant, Role.AUDITOR)
    assert _session(db, tenant, Role.FINANCE).post(f"{api}/api/v1/audit/verify", timeout=30).status_code == 403

    first = auditor.post(f"{api}/api/v1/audit/verify", timeout=30).json()
    assert (first["ok"], first["entries"], first["anchored_seq"]) == (True, 5, 0)  # nothing to check against yet
    key = anchor_key(tenant, 5)
    assert store.archived_keys(f"audit-anchors/{tenant}/") == [key]
    saved = json.loads(store.read(settings.archive_bucket, key))
    assert (saved["seq"], saved["hash"]) == (5, log.seq_range(tenant, 5, 5)[0]["hash"])
    assert b'"hash"' not in store.raw(settings.archive_bucket, key)  # encrypted like every archived object
    retention = store.client.get_object_retention(settings.archive_bucket, key)
    assert retention is not None and retention.retain_until_date.year == datetime.now(UTC).year + 8

    second = auditor.post(f"{api}/api/v1/audit/verify", timeout=30).json()  # entry 6 is the first verify
    assert (second["ok"], second["entries"], second["anchored_seq"]) == (True, 6, 5)

    db.audit_log.delete_many({"tenant": tenant, "seq": {"$gte": 4}})  # someone removes the newest entries
    cut = auditor.post(f"{api}/api/v1/audit/verify", timeout=30).json()
    assert (cut["ok"], cut["problem"], cut["seq"], cut["entries"]) == (False, "truncated", 6, 3)
    assert store.archived_keys(f"audit-anchors/{tenant}/") == [key, anchor_key(tenant, 6)]  # no anchor of a cut log


def test_the_cli_verifies_every_tenant_and_exits_1_on_an_altered_entry(db: Database[dict[str, Any]]) -> None:
    log, tenant = filled_audit_log(db, 3)
    good = subprocess.run([SZT, "audit", "verify", "--tenant", tenant], capture_output=True, text=True, timeout=120)
    assert good.returncode == 0, good.stderr
    assert f"{tenant}: ok — 3 entries, chain intact" in good.stdout
    db.audit_log.update_one({"_id": f"{tenant}:2"}, {"$set": {"actor": "someone else"}})
    bad = subprocess.run([SZT, "audit", "verify", "--tenant", tenant], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and f"{tenant}: BROKEN — entry 2 was altered" in bad.stdout
    assert log.seq_range(tenant, 5, 5)[0]["details"]["problem"] == "altered"  # the failed verify is recorded

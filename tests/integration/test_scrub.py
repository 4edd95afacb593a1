"""The integrity scrub against the real archive: a version whose stored bytes changed on the storage's
disk (bit rot, a bad disk, an operator's mistake) is reported by invoice; the other stays clean."""

from __future__ import annotations

import json
import os
from pathlib import Path

from services.adapters.settings import Settings
from tests.integration.conftest import Process, Tenant, szt, wait_until
from tests.integration.test_timestamps import _archived, timestamper  # noqa: F401  (the fixture)


def test_a_byte_flipped_in_a_stored_object_is_reported_by_scrub(
        tenant: Tenant, timestamper: Process, settings: Settings) -> None:  # noqa: F811
    good, bad = _archived(tenant, "scrub-1", 2), _archived(tenant, "scrub-2", 3)
    for v in (good, bad):
        wait_until(lambda v=v: tenant.db.invoice_versions.find_one({"_id": v["_id"], "timestamp": {"$exists": True}}),
                   timeout=60, what="the version's timestamp")
    clean = szt("scrub", "--tenant", tenant.name, "--json")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert json.loads(clean.stdout)["checked"] == 2

    # versitygw's posix backend keeps the current version as a plain file under the bucket's directory
    path = Path(os.environ["SZAMLATAR_STATE_DIR"]) / "s3" / "data" / settings.archive_bucket / bad["object_key"]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))

    found = szt("scrub", "--tenant", tenant.name, "--json")
    assert found.returncode == 1
    report = json.loads(found.stdout)
    assert (report["checked"], report["failures"]) == (2, 1)
    assert [(f["invoice_id"], f["problem"]) for f in report["findings"]] == [(bad["invoice_id"], "unreadable")]
    text = szt("scrub", "--tenant", tenant.name)
    assert f"invoice {bad['invoice_id']} ({tenant.name}):" in text.stdout and "v1: unreadable" in text.stdout

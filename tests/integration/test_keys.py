"""Key rotation against the real archive: after ``szamlatar keys rotate`` every stored object and every
sealed secret opens with only the new KEK configured (bodies untouched), the old KEK protects 0 objects
and 0 secrets, and a second run has nothing left to do."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import os
import subprocess
import uuid
from pathlib import Path
from typing import Any

from services.adapters.admin import create_own_system_connection
from services.adapters.s3 import S3ObjectStore
from services.adapters.sealer import Sealer, sealed_census
from services.adapters.settings import Settings
from services.compliance.keys import buckets
from tests.integration.conftest import SZT, Tenant, wait_until
from tests.integration.test_timestamps import _archived


def _szt(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SZT, *args], capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, **env})


def test_after_rotate_every_object_opens_under_the_new_key_and_the_old_key_protects_none(
        tenant: Tenant, settings: Settings, store: S3ObjectStore, tmp_path: Path) -> None:
    version = _archived(tenant, "keys-1", 0)
    before = {(b, k, v): store.raw(b, k, v) for b in buckets(settings) for k, v in store.encrypted_versions(b)}
    assert before
    new_kek, new_id = os.urandom(32), f"rot-{uuid.uuid4().hex[:8]}"
    old = f"{settings.kek_id}:{base64.b64encode(settings.kek).decode()}"
    rotation = {"SZAMLATAR_KEK": base64.b64encode(new_kek).decode(), "SZAMLATAR_KEK_ID": new_id,
                "SZAMLATAR_OLD_KEKS": old}
    connection_id = f"keys-{uuid.uuid4().hex[:6]}"
    secret = create_own_system_connection(tenant.db, settings, connection_id=connection_id, tenant=tenant.name,
                                          site="budapest")
    try:
        _rotated_and_checked(tenant, settings, store, tmp_path, before, version, rotation, new_id)
        opened = Sealer({new_id: new_kek}).open(tenant.db.connections.find_one({"_id": connection_id})["secrets"][0])
        assert opened == secret  # the webhook secret, sealed again, opens under the new KEK alone
    finally:
        # The running services know only the test KEK: seal everything under it again (a rotation back).
        back = _szt({"SZAMLATAR_OLD_KEKS": f"{new_id}:{base64.b64encode(new_kek).decode()}"}, "keys", "rotate")
        assert back.returncode == 0, back.stdout + back.stderr


def _rotated_and_checked(tenant: Tenant, settings: Settings, store: S3ObjectStore, tmp_path: Path,
                         before: dict[tuple[str, str, str | None], bytes], version: dict[str, Any],
                         rotation: dict[str, str], new_id: str) -> None:
    sealed_before = sealed_census(tenant.db)
    assert sealed_before.get(settings.kek_id, 0) >= 1  # the connection's webhook secret, among others
    done = _szt(rotation, "keys", "rotate")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"re-wrapped {len(before)} data keys under {new_id}" in done.stdout
    secrets = sum(sealed_before.values())
    assert f"sealed {secrets} secrets again under {new_id}" in done.stdout

    new_kek = base64.b64decode(rotation["SZAMLATAR_KEK"])
    only_new = dataclasses.replace(settings, kek=new_kek, kek_id=new_id, old_keks={})
    rotated = S3ObjectStore(only_new)
    for (bucket, key, vid), raw in before.items():
        assert rotated.raw(bucket, key, vid) == raw  # the body is not re-encrypted
        rotated.read(bucket, key, vid)  # and opens under the new key alone (IntegrityError otherwise)
    pdf = rotated.read(settings.archive_bucket, version["object_key"], version["version_id"])
    assert hashlib.sha256(pdf).hexdigest() == version["sha256"]

    prom = tmp_path / "kek.prom"
    status = _szt({**rotation, "SZAMLATAR_OLD_KEKS": ""}, "keys", "status", "--prom-file", str(prom))
    assert status.returncode == 0, status.stderr
    assert f"{new_id}: {len(before)} objects" in status.stdout and f"{settings.kek_id}:" not in status.stdout
    assert f'szamlatar_objects_by_kek{{kek_id="{new_id}"}} {float(len(before))}' in prom.read_text()
    assert f"{new_id}: {secrets} sealed secrets" in status.stdout  # and none under the old KEK (above)
    assert f'szamlatar_sealed_secrets_by_kek{{kek_id="{new_id}"}} {float(secrets)}' in prom.read_text()

    again = _szt(rotation, "keys", "rotate")
    assert f"re-wrapped 0 data keys under {new_id} ({len(before)} were already)" in again.stdout
    audited: Any = wait_until(lambda: tenant.db.audit_log.find_one({"tenant": tenant.name, "action": "keys.rotate"}),
                              timeout=10, what="the rotation in the audit log")
    assert audited["details"]["to"] == new_id

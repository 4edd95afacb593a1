"""Audit-chain anchors in the archive bucket (the verify that checks and writes them is a use case:
``app/audit.py``).

An anchor is the chain head (seq, hash) written as a retention-locked object version
(``audit-anchors/<tenant>/<seq>.json``, encrypted like every archived object). The database's writers
cannot change it, so a chain cut short or rewritten wholesale no longer verifies. Only the newest
anchor is checked: its hash already commits to every entry before it.
"""

from __future__ import annotations

import hashlib
from datetime import date

from services.adapters.s3 import S3ObjectStore
from services.core.audit_chain import Anchor, anchor_from_json, anchor_to_json
from services.core.errors import StorageUnavailableError

ANCHOR_PREFIX = "audit-anchors"


def anchor_key(tenant: str, seq: int) -> str:
    # Zero-padded, so key order is seq order and the newest anchor is the last key listed.
    return f"{ANCHOR_PREFIX}/{tenant}/{seq:012d}.json"


class AuditAnchors:
    def __init__(self, store: S3ObjectStore, retention_years: int) -> None:
        self._store = store
        self._years = retention_years

    def newest(self, tenant: str) -> Anchor | None:
        keys = self._store.archived_keys(f"{ANCHOR_PREFIX}/{tenant}/")
        if not keys:
            return None
        data = self._store.read(self._store.archive_bucket, keys[-1])
        try:
            anchor = anchor_from_json(data)
        except ValueError as exc:
            raise StorageUnavailableError(f"audit anchor {keys[-1]} is unreadable: {exc}") from exc
        if anchor.tenant != tenant:
            raise StorageUnavailableError(f"audit anchor {keys[-1]} names another tenant")
        return anchor

    def write(self, anchor: Anchor, today: date) -> None:
        """Retained as long as the invoices of this year: the anchor is evidence about their trail."""
        body = anchor_to_json(anchor)
        self._store.archive(anchor_key(anchor.tenant, anchor.seq), body, hashlib.sha256(body).hexdigest(),
                            retain_until=date(today.year + self._years, 12, 31))


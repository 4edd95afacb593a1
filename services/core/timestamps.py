"""Timestamping decisions (issue 14), pure: what is stamped (a ``Subject``: an archived invoice version
or an audit anchor, by the sha256 of its plaintext), where its token lives, and when a digest the TSA
could not stamp is tried again. The timestamper (``services/timestamps``) does the I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from services.core.keys import timestamp_key

VERSION = "version"
ANCHOR = "anchor"
ANCHOR_PREFIX = "audit-anchors/"  # adapters/audit_anchors.py writes them there


@dataclass(frozen=True)
class Subject:
    kind: str  # VERSION or ANCHOR
    tenant: str
    subject_key: str  # the archive object whose content is stamped
    sha256: str  # of its plaintext
    retain_until: date  # the token is kept as long as what it vouches for
    record_id: str | None = None  # an invoice version's record (``invoice_id:sha256``)

    @property
    def token_key(self) -> str:
        return timestamp_key(self.subject_key, self.sha256)


def version_subject(archived: dict[str, Any], retain_until: date) -> Subject:
    """The version an ``invoice.archived`` event names."""
    return Subject(VERSION, archived["tenant"], archived["object_key"], archived["sha256"], retain_until,
                   f"{archived['invoice_id']}:{archived['sha256']}")


def anchor_subject(key: str, sha256: str, retain_until: date) -> Subject:
    """An audit anchor ``audit-anchors/<tenant>/<seq>.json``."""
    return Subject(ANCHOR, key.removeprefix(ANCHOR_PREFIX).split("/", 1)[0], key, sha256, retain_until)


def retry_at(attempts: int, now: datetime, base_seconds: float, cap_seconds: float = 3600.0) -> datetime:
    """Doubling from ``base_seconds`` per failed attempt, capped: a TSA down for a day is asked about
    once an hour per digest, not hammered."""
    return now + timedelta(seconds=min(cap_seconds, base_seconds * 2 ** max(0, attempts - 1)))


def backlog_entry(subject: Subject, *, error: str, now: datetime, previous: dict[str, Any] | None,
                  base_seconds: float) -> dict[str, Any]:
    """The backlog document for a digest the TSA failed on (``previous``: its entry so far, if any)."""
    attempts = int(previous["attempts"]) + 1 if previous else 1
    return {
        "_id": subject.token_key, "kind": subject.kind, "tenant": subject.tenant,
        "subject_key": subject.subject_key, "sha256": subject.sha256, "record_id": subject.record_id,
        "retain_until": subject.retain_until.isoformat(),
        "queued_at": previous["queued_at"] if previous else now, "attempts": attempts,
        "next_try_at": retry_at(attempts, now, base_seconds), "last_error": error[:500],
    }


def subject_of_backlog(entry: dict[str, Any]) -> Subject:
    return Subject(entry["kind"], entry["tenant"], entry["subject_key"], entry["sha256"],
                   date.fromisoformat(entry["retain_until"]), entry.get("record_id"))

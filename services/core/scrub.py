"""Integrity scrubbing (issue 14), pure: what a re-read of one stored version found, and a pass's tally.

A version is sound when its object still opens (it decrypts and every segment authenticates), its
plaintext still hashes to the sha256 recorded at archiving, and its RFC 3161 token verifies for that
sha256. A token the timestamper still has in its backlog is pending, not a failure: the TSA was down.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

NO_TOKEN = "no time-stamp token yet"
STAMP_GRACE = timedelta(hours=1)  # what verifying says of a version the timestamper has not stamped


class Problem(StrEnum):
    MISSING = "missing"  # the object version is gone from storage
    UNREADABLE = "unreadable"  # it no longer decrypts or authenticates (bit rot, a changed byte, a wrong key)
    SHA256 = "sha256_mismatch"  # it decrypts, but to other bytes than were archived
    TIMESTAMP = "timestamp"  # no token, or one that does not verify for the recorded sha256


@dataclass(frozen=True)
class Finding:
    tenant: str
    invoice_id: str
    version: int
    problem: Problem
    detail: str

    def as_json(self) -> dict[str, Any]:
        return {"tenant": self.tenant, "invoice_id": self.invoice_id, "version": self.version,
                "problem": self.problem.value, "detail": self.detail}


@dataclass
class Tally:
    """A pass so far: versions checked, tokens still pending, and what was wrong."""

    checked: int = 0
    pending_timestamps: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def failures(self) -> int:
        """Versions with at least one problem (one version may have two: unreadable and no token)."""
        return len({(f.invoice_id, f.version) for f in self.findings})

    def by_problem(self) -> dict[str, int]:
        return dict(Counter(f.problem.value for f in self.findings))

    def by_invoice(self) -> dict[str, list[Finding]]:
        out: dict[str, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.invoice_id, []).append(f)
        return out


def content_findings(record: dict[str, Any], *, plaintext_sha256: str | None, read_error: tuple[Problem, str] | None
                     ) -> list[Finding]:
    """What reading the version's object showed: it was missing or unreadable, or hashed to other bytes."""
    where = (record["tenant"], record["invoice_id"], int(record["version"]))
    if read_error is not None:
        return [Finding(*where, read_error[0], read_error[1])]
    if plaintext_sha256 != record["sha256"]:
        detail = f"recorded {record['sha256']}, stored bytes hash to {plaintext_sha256}"
        return [Finding(*where, Problem.SHA256, detail)]
    return []


def timestamp_finding(record: dict[str, Any], problem: str | None, *, queued: bool, now: datetime) -> Finding | None:
    """``problem``: why the token did not verify (None: it did). A missing token is pending, not a finding,
    while the backlog holds it or the version is fresher than ``STAMP_GRACE`` (the timestamper's lag)."""
    archived = record.get("archived_at")
    fresh = isinstance(archived, datetime) and now - archived < STAMP_GRACE
    if problem is None or (problem == NO_TOKEN and (queued or fresh)):
        return None
    return Finding(record["tenant"], record["invoice_id"], int(record["version"]), Problem.TIMESTAMP, problem)


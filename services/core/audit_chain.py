"""The audit log as a hash chain: each entry commits to the one before it, so removing or
editing any entry breaks every hash after it (``verify_chain`` says where), and an ``Anchor`` kept
outside the database shows a chain cut short or rewritten from the start."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
_HASHED = ("tenant", "seq", "at", "actor", "action", "target", "details", "prev_hash")


def entry_hash(entry: dict[str, Any]) -> str:
    canonical = json.dumps(
        {k: entry.get(k) for k in _HASHED}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def next_entry(
    previous: dict[str, Any] | None,
    *,
    tenant: str,
    at: str,
    actor: str,
    action: str,
    target: str,
    details: dict[str, Any],
) -> dict[str, Any]:
    entry = {
        "tenant": tenant,
        "seq": (int(previous["seq"]) + 1) if previous else 1,
        "at": at,
        "actor": actor,
        "action": action,
        "target": target,
        "details": details,
        "prev_hash": previous["hash"] if previous else GENESIS,
    }
    entry["hash"] = entry_hash(entry)
    return entry


def chain_entries(previous: dict[str, Any] | None, drafts: Iterable[dict[str, Any]], *, tenant: str,
                  at: str) -> list[dict[str, Any]]:
    """``drafts`` (each with ``actor``, ``action``, ``target`` and ``details``) as the entries that follow
    ``previous``, in that order, each committing to the one before: what a group of appends writes
    with one insert."""
    out: list[dict[str, Any]] = []
    for draft in drafts:
        previous = next_entry(previous, tenant=tenant, at=at, actor=draft["actor"], action=draft["action"],
                              target=draft["target"], details=draft["details"])
        out.append(previous)
    return out


@dataclass(frozen=True)
class Anchor:
    """A chain head — its seq and hash — copied out of the database into retention-locked storage.

    The hash of entry *n* commits to entries 1‥n, so one anchor pins the whole chain up to it: whoever
    can write the database can rewrite every hash after an edit, or cut the newest entries off, and the
    chain alone would still look intact; it can no longer match an anchor they cannot change."""

    tenant: str
    seq: int
    hash: str
    at: str


def anchor_to_json(anchor: Anchor) -> bytes:
    return json.dumps(
        {"tenant": anchor.tenant, "seq": anchor.seq, "hash": anchor.hash, "at": anchor.at}, sort_keys=True
    ).encode()


def anchor_from_json(data: bytes) -> Anchor:
    """Read a stored anchor; anything that is not one is refused rather than trusted."""
    try:
        raw = json.loads(data)
        anchor = Anchor(tenant=str(raw["tenant"]), seq=int(raw["seq"]), hash=str(raw["hash"]), at=str(raw["at"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"not an audit anchor: {exc}") from exc
    if anchor.seq < 1 or len(anchor.hash) != 64 or any(c not in "0123456789abcdef" for c in anchor.hash):
        raise ValueError("not an audit anchor: seq or hash out of shape")
    return anchor


@dataclass(frozen=True)
class ChainVerdict:
    """What ``verify_chain`` found. ``problem`` is a stable code (the UI translates it); ``seq`` is the
    first entry it concerns."""

    ok: bool
    entries: int
    problem: str = ""  # missing | broken_link | altered | rewritten | truncated
    seq: int = 0
    head_hash: str = GENESIS  # the last entry's hash, what a new anchor would pin
    anchored_seq: int = 0  # the anchor checked against (0: none)

    def as_details(self) -> dict[str, Any]:
        """For the audit entry that records a verification."""
        return {"ok": self.ok, "entries": self.entries, "problem": self.problem, "seq": self.seq,
                "anchored_seq": self.anchored_seq, "result": self.explain()}

    def explain(self) -> str:
        anchored = f", matches the anchor of entry {self.anchored_seq}" if self.anchored_seq else ""
        return {
            "": f"{self.entries} entries, chain intact{anchored}",
            "missing": f"entry {self.seq} is missing",
            "broken_link": f"entry {self.seq} does not follow entry {self.seq - 1}",
            "altered": f"entry {self.seq} was altered",
            "rewritten": f"entries up to {self.seq} differ from their anchor: the chain was rewritten",
            "truncated": f"entries {self.entries + 1}‥{self.seq} are missing: the anchor holds entry {self.seq}",
        }[self.problem]


def verify_chain(entries: Iterable[dict[str, Any]], anchor: Anchor | None = None) -> ChainVerdict:
    """Entries in ``seq`` order (any iterable: batches stream through) → the verdict. With an
    ``anchor``, the chain must also reach it and hold the anchored hash at its seq."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    anchored = anchor.seq if anchor else 0
    for e in entries:
        count += 1
        seq = int(e["seq"])
        if seq != expected_seq:
            return ChainVerdict(False, count - 1, "missing", expected_seq, prev_hash, anchored)
        if e["prev_hash"] != prev_hash:
            return ChainVerdict(False, count - 1, "broken_link", seq, prev_hash, anchored)
        if entry_hash(e) != e["hash"]:
            return ChainVerdict(False, count - 1, "altered", seq, prev_hash, anchored)
        if anchor is not None and seq == anchor.seq and e["hash"] != anchor.hash:
            return ChainVerdict(False, count - 1, "rewritten", seq, prev_hash, anchored)
        prev_hash, expected_seq = e["hash"], expected_seq + 1
    if anchor is not None and count < anchor.seq:
        return ChainVerdict(False, count, "truncated", anchor.seq, prev_hash, anchored)
    return ChainVerdict(True, count, head_hash=prev_hash, anchored_seq=anchored)


# Paging. A tenant's seqs run 1‥head without gaps (each append takes head + 1 under the unique
# ``tenant:seq`` key), so any slice of the chain is a seq range: the store is asked for exactly the
# rows of one page, and the head's seq is the total, so nothing has to be counted or skipped over.


def newest_first_page(head_seq: int, skip: int, limit: int) -> tuple[int, int]:
    """Inclusive ``(first, last)`` seqs of a newest-first page that skips the ``skip`` newest
    entries and holds up to ``limit``; ``first > last`` when the page is empty."""
    last = head_seq - max(0, skip)
    if last < 1 or limit < 1:
        return 1, 0
    return max(1, last - limit + 1), last


def seq_batches(head_seq: int, size: int) -> Iterator[tuple[int, int]]:
    """Inclusive ``(first, last)`` seq ranges of at most ``size`` covering 1‥head_seq, oldest first
    (the order ``verify_chain`` and the export read in)."""
    step = max(1, size)
    for first in range(1, head_seq + 1, step):
        yield first, min(head_seq, first + step - 1)

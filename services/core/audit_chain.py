"""The audit log as a hash chain: each entry commits to the one before it, so removing or
editing any entry breaks every hash after it (``verify_chain`` says where)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
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


def verify_chain(entries: Iterable[dict[str, Any]]) -> tuple[bool, str]:
    """Entries in ``seq`` order → (ok, explanation)."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for e in entries:
        count += 1
        if int(e["seq"]) != expected_seq:
            return False, f"entry {expected_seq} is missing (found {e['seq']})"
        if e["prev_hash"] != prev_hash:
            return False, f"entry {e['seq']} does not follow entry {expected_seq - 1}"
        if entry_hash(e) != e["hash"]:
            return False, f"entry {e['seq']} was altered"
        prev_hash, expected_seq = e["hash"], expected_seq + 1
    return True, f"{count} entries, chain intact"


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

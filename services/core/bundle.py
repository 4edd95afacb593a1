"""What is inside an export bundle (a folder or a zip), judged before anything is read — pure.

* names: no absolute paths, no ``..``, no drive letters, no NUL — a path-traversal name is refused
  and reported, the other entries are still imported;
* sizes: each entry at most ``max_entry_bytes``; the whole bundle at most ``max_total_bytes``
  expanded, and no entry compressed more than ``max_ratio``:1 once it is over 1 MiB — a zip bomb
  is refused as a whole before one byte of it is expanded;
* at most ``max_entries`` entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from services.core.errors import LimitExceededError, ReasonCode, Rejected


class UnsafeNameError(Rejected):
    default_reason = ReasonCode.SCHEMA_VIOLATION


@dataclass(frozen=True)
class BundleLimits:
    max_entries: int = 10_000
    max_entry_bytes: int = 20 * 1024 * 1024
    max_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_ratio: int = 100


def safe_name(name: str) -> str:
    """The entry's normalised relative path; raises ``UnsafeNameError`` for traversal and friends."""
    if "\x00" in name:
        raise UnsafeNameError(f"entry name {name!r} contains NUL")
    unified = name.replace("\\", "/")
    if unified.startswith("/") or (len(unified) > 1 and unified[1] == ":"):
        raise UnsafeNameError(f"entry name {name!r} is an absolute path")
    parts = [p for p in PurePosixPath(unified).parts if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise UnsafeNameError(f"entry name {name!r} leaves the bundle (path traversal)")
    if not parts:
        raise UnsafeNameError(f"entry name {name!r} is empty")
    return "/".join(parts)


def check_zip_plan(entries: list[tuple[str, int, int]], limits: BundleLimits) -> None:
    """``entries``: (name, compressed size, declared size) from the zip directory. Raises
    ``LimitExceededError`` if the whole archive must be refused (a bomb)."""
    if len(entries) > limits.max_entries:
        raise LimitExceededError(f"zip has {len(entries)} entries, limit {limits.max_entries}")
    total = sum(size for _, _, size in entries)
    if total > limits.max_total_bytes:
        raise LimitExceededError(f"zip expands to {total} bytes, limit {limits.max_total_bytes} (zip bomb?)")
    for name, compressed, size in entries:
        if size > 1024 * 1024 and size > max(compressed, 1) * limits.max_ratio:
            raise LimitExceededError(
                f"entry {name!r} expands {size // max(compressed, 1)}:1, limit {limits.max_ratio}:1 (zip bomb?)")

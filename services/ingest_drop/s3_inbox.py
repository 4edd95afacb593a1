"""The S3 inbox: exports dropped under ``inbox/<tenant>/`` of the inbox bucket are imported like
the watched directory, then filed under ``inbox-done/`` (or ``inbox-failed/``) with the report
beside them. Layout, readiness and crash-resume rules: ``services/core/inbox.py``.

One drop at a time: list → ready drops → download into a private temporary directory (names
checked, sizes checked from the listing before a byte is fetched) → the same importer as
``szamlatar import`` → report → copy every object → delete every original. Any failure leaves the
drop (or what is left of it) in the inbox for the next pass.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from services.core.bundle import BundleLimits, UnsafeNameError, safe_name
from services.core.errors import SzamlatarError
from services.core.inbox import INBOX, Drop, InboxObject, already_reported, plan_drops
from services.ingest_drop.bundle_reader import DEFAULT_LIMITS
from services.ingest_drop.importer import ImportReport

logger = logging.getLogger(__name__)
Importer = Callable[[str, Path], ImportReport]  # (tenant, path) → report


class InboxStore(Protocol):
    bucket: str

    def list(self, prefix: str) -> list[InboxObject]: ...
    def download(self, key: str, path: Path) -> None: ...
    def read_json(self, key: str) -> dict[str, Any] | None: ...
    def put_json(self, key: str, value: dict[str, Any]) -> None: ...
    def copy(self, source: str, target: str) -> None: ...
    def delete(self, key: str) -> None: ...


def _fetch(store: InboxStore, drop: Drop, root: Path, limits: BundleLimits, report: ImportReport) -> Path | None:
    """Downloads the drop under ``root``; returns the path to import, or None when nothing can be."""
    try:
        name = safe_name(drop.name)
    except UnsafeNameError as exc:
        report.refuse(drop.name, "path_traversal", exc.message)
        return None
    total = sum(o.size for o in drop.objects)
    if len(drop.objects) > limits.max_entries or total > limits.max_total_bytes:
        report.refuse(drop.name, "too_large", f"{len(drop.objects)} objects, {total} bytes; limits "
                      f"{limits.max_entries} objects, {limits.max_total_bytes} bytes")
        return None
    target = root / name
    if not drop.folder:
        store.download(drop.objects[0].key, target)  # a zip is judged by read_bundle before expansion
        return target
    target.mkdir()
    for obj in drop.objects:
        where = f"{drop.name}/{drop.relative(obj)}"
        try:
            relative = safe_name(drop.relative(obj))
        except UnsafeNameError as exc:
            report.refuse(where, "path_traversal", exc.message)
            continue
        if obj.size > limits.max_entry_bytes:
            report.refuse(relative, "too_large", f"{obj.size} bytes, limit {limits.max_entry_bytes}")
            continue
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        store.download(obj.key, path)
    return target


def import_drop(store: InboxStore, drop: Drop, importer: Importer, limits: BundleLimits = DEFAULT_LIMITS
                ) -> dict[str, Any]:
    pre = ImportReport(f"s3://{store.bucket}/{drop.prefix}")
    with tempfile.TemporaryDirectory(prefix="szamlatar-inbox-") as tmp:
        path = _fetch(store, drop, Path(tmp), limits, pre)
        report = importer(drop.tenant, path) if path is not None else pre
    if report is not pre:
        report.source = pre.source
        report.not_imported[:0] = pre.not_imported
    return {**report.to_json(), "objects": drop.fingerprint()}


def file_drop(store: InboxStore, drop: Drop, report: dict[str, Any]) -> None:
    imported = bool(report.get("imported_count"))
    store.put_json(drop.report_key(imported), report)
    for obj in drop.objects:
        store.copy(obj.key, drop.filed_key(obj, imported))
    for obj in drop.objects:
        store.delete(obj.key)


def scan_once(store: InboxStore, tenants: Iterable[str], importer: Importer, *, now: float,
              settle_seconds: float, limits: BundleLimits = DEFAULT_LIMITS,
              paused: Callable[[str], bool] = lambda tenant: False) -> list[dict[str, Any]]:
    """One pass over every tenant's inbox; returns the reports of the drops it filed. A tenant whose
    export connection is paused (``paused``, asked every pass) is passed over: its drops stay in the
    inbox for the first pass after the resume."""
    filed = []
    for tenant in tenants:
        if paused(tenant):
            logger.info("inbox of %s: its export connection is paused; drops left in place", tenant)
            continue
        for drop in plan_drops(tenant, store.list(f"{INBOX}/{tenant}/"), now=now, settle_seconds=settle_seconds):
            stored = store.read_json(drop.report_key(True)) or store.read_json(drop.report_key(False))
            if stored is not None and already_reported(drop, stored):
                logger.info("inbox drop %s was imported before a crash; filing it", drop.prefix)
                report = stored
            else:
                report = import_drop(store, drop, importer, limits)
            file_drop(store, drop, report)
            logger.info("inbox drop %s: %d imported, %d not", drop.prefix, report.get("imported_count", 0),
                        report.get("not_imported_count", 0))
            filed.append(report)
    return filed


def watch_inbox(store: InboxStore, tenants: list[str], importer: Importer, *, interval: float = 10.0,
                settle_seconds: float = 10.0, stop: threading.Event | None = None,
                on_pass: Callable[[float, str | None], None] | None = None,
                paused: Callable[[str], bool] = lambda tenant: False) -> None:
    stop = stop or threading.Event()
    while not stop.is_set():
        error = None
        try:
            scan_once(store, tenants, importer, now=time.time(), settle_seconds=settle_seconds, paused=paused)
        except (SzamlatarError, OSError) as exc:  # S3 down, a full disk: the drops stay, try again
            error = f"{type(exc).__name__}: {exc}"
            logger.warning("S3 inbox pass failed; trying again: %s", error)
        if on_pass:
            on_pass(time.time(), error)
        stop.wait(interval)

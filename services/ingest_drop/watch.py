"""A watched directory: every file or folder dropped into ``<dir>`` (zip, folder, single PDF) is
imported once it has stopped changing, then moved to ``<dir>/.done`` (or ``.failed`` when nothing
in it could be imported) with its report beside it as ``<name>.report.json``. A crash between
import and move re-imports the drop on restart — harmless, imports are idempotent.

Symbolic links are never followed: a drop that is a link (to a file or a folder, inside the
inbox or out of it) is refused unread — a warning in the log, a report with reason ``symlink``
in ``.failed`` and the link itself moved there — and a link inside a folder drop is reported the
same way while the rest of the folder is imported (``bundle_reader.py``)."""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
import threading
import time
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from pathlib import Path

from prometheus_client import CollectorRegistry

from services.adapters.ops_http import serve_ops
from services.ingest_drop.bundle_reader import SYMLINK
from services.ingest_drop.importer import ImportReport

logger = logging.getLogger(__name__)
Importer = Callable[[Path], ImportReport]


def _fingerprint(path: Path) -> tuple[int, float]:
    """Size and newest change of a drop, from the entries themselves (``lstat``: no link is followed)."""
    st = path.lstat()
    if not stat.S_ISDIR(st.st_mode):
        return (st.st_size, st.st_mtime)
    size, newest = 0, 0.0
    for folder, _dirs, names in os.walk(path, followlinks=False):
        for name in names:
            entry = os.lstat(os.path.join(folder, name))
            size, newest = size + entry.st_size, max(newest, entry.st_mtime)
    return (size, newest)


def _file(inbox: Path, drop: Path, report: ImportReport) -> None:
    target = inbox / (".done" if report.imported else ".failed")
    target.mkdir(exist_ok=True)
    (target / f"{drop.name}.report.json").write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    shutil.move(str(drop), str(target / drop.name))  # a link is moved as the link, never its target


def _refuse_link(inbox: Path, drop: Path) -> ImportReport:
    try:
        points_to = os.readlink(drop)  # where it points, for the log; nothing there is opened
    except OSError:
        points_to = "?"
    logger.warning("inbox: drop %s is a symbolic link (to %s); refused, not read: links are not followed",
                   drop.name, points_to)
    report = ImportReport(str(drop))
    report.refuse(drop.name, SYMLINK, "a symbolic link; links are not followed, nothing was read")
    _file(inbox, drop, report)
    return report


def scan_once(inbox: Path, importer: Importer, seen: dict[str, tuple[int, float]], settle_seconds: float,
              now: float) -> list[ImportReport]:
    """Imports every drop whose fingerprint has not changed for ``settle_seconds``."""
    reports = []
    for drop in sorted(p for p in inbox.iterdir() if not p.name.startswith(".")):
        if drop.is_symlink():
            reports.append(_refuse_link(inbox, drop))
            seen.pop(drop.name, None)
            continue
        fp = _fingerprint(drop)
        if seen.get(drop.name) != fp or now - fp[1] < settle_seconds:
            seen[drop.name] = fp
            continue
        report = importer(drop)
        _file(inbox, drop, report)
        seen.pop(drop.name, None)
        logger.info("imported drop %s: %d imported, %d not", drop.name, len(report.imported),
                    len(report.not_imported))
        for refused in report.not_imported:
            if refused["reason"] == SYMLINK:
                logger.warning("inbox: %s in drop %s is a symbolic link; refused, not read", refused["where"],
                               drop.name)
        reports.append(report)
    return reports


def serve_health(port: int) -> ThreadingHTTPServer:
    """``/healthz`` (and an empty ``/metrics``) on 127.0.0.1: the watcher is up while it answers."""
    return serve_ops(port, CollectorRegistry())


def watch(inbox: Path, importer: Importer, *, interval: float = 2.0, settle_seconds: float = 2.0,
          stop: threading.Event | None = None, paused: Callable[[], bool] = lambda: False) -> None:
    """Imports what settles in ``inbox`` until ``stop``; while the export connection is ``paused``
    (asked every pass) the drops stay where they are."""
    inbox.mkdir(parents=True, exist_ok=True)
    seen: dict[str, tuple[int, float]] = {}
    stop = stop or threading.Event()
    while not stop.is_set():
        try:
            if not paused():
                scan_once(inbox, importer, seen, settle_seconds, time.time())
        except OSError:
            logger.exception("watching %s failed; trying again", inbox)
        stop.wait(interval)

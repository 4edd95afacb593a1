"""A watched directory: every file or folder dropped into ``<dir>`` (zip, folder, single PDF) is
imported once it has stopped changing, then moved to ``<dir>/.done`` (or ``.failed`` when nothing
in it could be imported) with its report beside it as ``<name>.report.json``. A crash between
import and move re-imports the drop on restart — harmless, imports are idempotent."""

from __future__ import annotations

import json
import logging
import shutil
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from services.ingest_drop.importer import ImportReport

logger = logging.getLogger(__name__)
Importer = Callable[[Path], ImportReport]


def _fingerprint(path: Path) -> tuple[int, float]:
    if path.is_dir():
        files = [p for p in path.rglob("*") if p.is_file()]
        return (sum(p.stat().st_size for p in files), max((p.stat().st_mtime for p in files), default=0.0))
    st = path.stat()
    return (st.st_size, st.st_mtime)


def scan_once(inbox: Path, importer: Importer, seen: dict[str, tuple[int, float]], settle_seconds: float,
              now: float) -> list[ImportReport]:
    """Imports every drop whose fingerprint has not changed for ``settle_seconds``."""
    reports = []
    for drop in sorted(p for p in inbox.iterdir() if not p.name.startswith(".")):
        fp = _fingerprint(drop)
        if seen.get(drop.name) != fp or now - fp[1] < settle_seconds:
            seen[drop.name] = fp
            continue
        report = importer(drop)
        target = inbox / (".done" if report.imported else ".failed")
        target.mkdir(exist_ok=True)
        (target / f"{drop.name}.report.json").write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        shutil.move(str(drop), str(target / drop.name))
        seen.pop(drop.name, None)
        logger.info("imported drop %s: %d imported, %d not", drop.name, len(report.imported),
                    len(report.not_imported))
        reports.append(report)
    return reports


def serve_health(port: int) -> ThreadingHTTPServer:
    class Health(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            ok = self.path == "/healthz"
            self.send_response(200 if ok else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            if ok:
                self.wfile.write(b'{"status": "ok"}')

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def watch(inbox: Path, importer: Importer, *, interval: float = 2.0, settle_seconds: float = 2.0,
          stop: threading.Event | None = None) -> None:
    inbox.mkdir(parents=True, exist_ok=True)
    seen: dict[str, tuple[int, float]] = {}
    stop = stop or threading.Event()
    while not stop.is_set():
        try:
            scan_once(inbox, importer, seen, settle_seconds, time.time())
        except OSError:
            logger.exception("watching %s failed; trying again", inbox)
        stop.wait(interval)

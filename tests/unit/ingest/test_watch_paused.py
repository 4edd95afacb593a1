"""The watched export folder while its export connection is paused: drops stay where they are, and
the same loop imports them once the connection is resumed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from services.ingest_drop.importer import ImportReport
from services.ingest_drop.watch import watch


def _passes(n: int, stop: threading.Event, answer: bool) -> Callable[[], bool]:
    """``paused`` for ``n`` passes of the loop, answering ``answer``, then stopping it."""
    seen: list[int] = []

    def paused() -> bool:
        seen.append(1)
        if len(seen) >= n:
            stop.set()
        return answer
    return paused


def test_drops_wait_while_paused_and_are_imported_after_the_resume(tmp_path: Path) -> None:
    drop = tmp_path / "a.pdf"
    drop.write_bytes(b"%PDF-1.7 a")
    imported: list[Path] = []

    def importer(path: Path) -> ImportReport:
        imported.append(path)
        return ImportReport(str(path))

    stop = threading.Event()
    watch(tmp_path, importer, interval=0, settle_seconds=0, stop=stop, paused=_passes(3, stop, True))
    assert imported == [] and drop.exists()
    stop = threading.Event()
    watch(tmp_path, importer, interval=0, settle_seconds=0, stop=stop, paused=_passes(3, stop, False))
    assert imported == [drop] and not drop.exists()

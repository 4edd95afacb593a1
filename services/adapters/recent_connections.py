"""Connection documents kept for a second by the doors that read one per record: the signed webhook
(API) and the parse stage's source check (worker). At 10 invoices/s each read by ``_id`` was one
FerretDB command per invoice per door, for a document that changes when an administrator acts.

What staleness can do, and its bound (``KEPT_SECONDS``, per process):

- Only a document that *lets a record in* is taken from memory. Any refusal made on a kept document
  (unknown, paused, deleted, a signature no kept secret verifies, another tenant or site) is made
  again on a fresh read, and the fresh answer stands. So whatever opens a door — a resume, a new
  connection, a secret added by a rotation — takes effect at once.
- Whatever closes one — a pause, a deletion, a secret retired after a rotation — takes effect within
  ``KEPT_SECONDS`` of its write: a record checked in that second may still be let in on the document
  as it was a moment before (as if it had come a moment earlier).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from services.core.errors import SzamlatarError

Doc = dict[str, Any]
T = TypeVar("T")
KEPT_SECONDS = 1.0
_KEPT_MAX = 4096  # connections are configured by people: far fewer; a bound all the same


class RecentConnections:
    def __init__(self, read: Callable[[str], Doc | None], *, kept_seconds: float = KEPT_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._read, self.kept_seconds, self._clock = read, kept_seconds, clock
        self._kept: dict[str, tuple[float, Doc]] = {}
        self._lock = threading.Lock()  # the stage's records are checked side by side, in threads

    def admit(self, connection_id: str, check: Callable[[Doc | None], T]) -> T:
        """``check``'s answer on the connection document: on the kept one when it lets the record in,
        else on a fresh read (a refusal on a kept document is never final). Blocking: call it in a
        thread from async code."""
        kept = self.admit_kept(connection_id, check)
        return kept[0] if kept is not None else self.admit_read(connection_id, check)

    def admit_kept(self, connection_id: str, check: Callable[[Doc | None], T]) -> tuple[T] | None:
        """``(check's answer,)`` on the kept document when that lets the record in; ``None`` when nothing
        is kept or the kept document refuses — then only ``admit_read`` decides. No I/O: async code calls
        it on its event loop and needs a thread only for the read."""
        kept = self._fresh(connection_id)
        if kept is None:
            return None
        try:
            return (check(kept),)
        except SzamlatarError:
            return None  # refused on what may be a second old: ask the store

    def admit_read(self, connection_id: str, check: Callable[[Doc | None], T]) -> T:
        """``check``'s answer on the document as stored now (kept for the next records). Blocking."""
        return check(self.read(connection_id))

    def read(self, connection_id: str) -> Doc | None:
        """The document as stored now, kept for the next records."""
        doc = self._read(connection_id)
        with self._lock:
            if doc is None:
                self._kept.pop(connection_id, None)
            else:
                if len(self._kept) >= _KEPT_MAX:
                    self._kept.clear()
                self._kept[connection_id] = (self._clock(), doc)
        return doc

    def _fresh(self, connection_id: str) -> Doc | None:
        with self._lock:
            hit = self._kept.get(connection_id)
        if hit is None or self._clock() - hit[0] >= self.kept_seconds:
            return None
        return hit[1]

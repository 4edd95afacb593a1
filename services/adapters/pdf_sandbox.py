"""Parse untrusted documents in a child process with wall-time and memory limits.

A hostile PDF can make pdfminer loop or allocate without bound; in-process that would stall
the faust event loop (and its heartbeats) or kill the worker. The child has RLIMIT_AS
set; the parent waits at most ``max_seconds`` and kills and replaces the child when
it does not answer. The child is reused between documents, so the cost is one process start
per worker, not per document.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import resource
import threading
from collections.abc import Mapping
from multiprocessing.connection import Connection
from typing import Any

from services.core import errors
from services.core.errors import LimitExceededError, ReasonCode, Rejected
from services.core.parsing import DEFAULT_PDF_LIMITS, ParseResult, PdfLimits, parse_document

logger = logging.getLogger(__name__)
_CTX = mp.get_context("spawn")  # a clean interpreter: no inherited sockets, threads or locks


def _child(conn: Connection, limits: PdfLimits) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limits.max_memory_bytes, limits.max_memory_bytes))
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        document, media_type, metadata, source_kind = request
        try:
            result = parse_document(document, media_type=media_type, metadata=metadata, limits=limits,
                                    source_kind=source_kind)
            conn.send(("ok", result))
        except Rejected as exc:
            conn.send(("rejected", type(exc).__name__, exc.message, exc.reason.value))
        except MemoryError:
            conn.send(("rejected", "LimitExceededError", "parsing needed more memory than allowed",
                       ReasonCode.OUT_OF_MEMORY.value))
        except RecursionError:
            conn.send(("rejected", "MalformedDocumentError", "document nesting is too deep",
                       ReasonCode.MALFORMED_PDF.value))
        except Exception as exc:
            conn.send(("rejected", "MalformedDocumentError", f"document cannot be read: {type(exc).__name__}",
                       ReasonCode.MALFORMED_PDF.value))


class PdfSandbox:
    def __init__(self, limits: PdfLimits = DEFAULT_PDF_LIMITS) -> None:
        self.limits = limits
        self._lock = threading.Lock()  # one document at a time per child
        self._proc: Any = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        parent, child = _CTX.Pipe()
        self._proc = _CTX.Process(target=_child, args=(child, self.limits), daemon=True, name="pdf-sandbox")
        self._proc.start()
        child.close()
        self._conn = parent
        return parent

    def _kill(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            self._proc.kill()
            self._proc.join(5)
        self._proc, self._conn = None, None

    def parse(self, document: bytes, *, media_type: str, metadata: Mapping[str, Any] | None,
              source_kind: str | None = None) -> ParseResult:
        if len(document) > self.limits.max_bytes:  # refuse before shipping the bytes anywhere
            raise LimitExceededError(f"document is {len(document)} bytes, limit {self.limits.max_bytes}")
        with self._lock:
            conn = self._conn if self._conn is not None and self._proc.is_alive() else self._start()
            conn.send((document, media_type, dict(metadata) if metadata else None, source_kind))
            if not conn.poll(self.limits.max_seconds):
                self._kill()
                raise LimitExceededError(
                    f"parsing took longer than {self.limits.max_seconds:g} s", reason=ReasonCode.TIMEOUT
                )
            try:
                answer = conn.recv()
            except (EOFError, OSError) as exc:
                self._kill()  # the child died: memory limit, a crash in a C extension, a signal
                raise LimitExceededError(
                    "the parser process died on this document", reason=ReasonCode.OUT_OF_MEMORY
                ) from exc
        if answer[0] == "ok":
            result: ParseResult = answer[1]
            return result
        _, cls_name, message, reason = answer
        cls = getattr(errors, cls_name, errors.MalformedDocumentError)
        raise cls(message, reason=ReasonCode(reason))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
            self._kill()

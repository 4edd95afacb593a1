"""Parse untrusted documents in a child process with wall-time and memory limits.

A hostile PDF can make pdfminer loop or allocate without bound; in-process that would stall
the faust event loop (and its heartbeats) or kill the worker. The child has RLIMIT_AS
set; the parent waits at most ``max_seconds`` and kills and replaces the child when
it does not answer. The children are a bounded pool reused between documents, so the cost is
one process start per pool slot, not per document; a child is replaced after
``max_documents_per_child`` documents so that whatever a parser leaks cannot add up.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import queue
import resource
from collections.abc import Mapping
from multiprocessing.connection import Connection
from typing import Any

from services.adapters import ocr
from services.core import errors
from services.core.errors import LimitExceededError, ReasonCode, Rejected
from services.core.parsing import DEFAULT_PDF_LIMITS, ParseResult, PdfLimits, parse_document
from services.core.pdf_preview import Preview, render_preview

logger = logging.getLogger(__name__)
_CTX = mp.get_context("spawn")  # a clean interpreter: no inherited sockets, threads or locks


def _child(conn: Connection, limits: PdfLimits) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limits.max_memory_bytes, limits.max_memory_bytes))
    tesseract = ocr.available()
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        try:
            if request[0] == "preview":
                conn.send(("ok", render_preview(request[1])))
                continue
            _, document, media_type, metadata, source_kind = request
            # a fresh engine per document: its time budget (max_ocr_seconds) is per document
            engine = ocr.TesseractOcr(limits) if tesseract else None
            result = parse_document(document, media_type=media_type, metadata=metadata, limits=limits,
                                    source_kind=source_kind, ocr=engine)
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


class _Child:
    """One sandbox process and its pipe; used by one document at a time (the pool hands it out)."""

    def __init__(self, limits: PdfLimits, max_documents: int) -> None:
        self.limits, self.max_documents = limits, max_documents
        self._proc: Any = None
        self._conn: Connection | None = None
        self._served = 0

    def _start(self) -> Connection:
        parent, child = _CTX.Pipe()
        self._proc = _CTX.Process(target=_child, args=(child, self.limits), daemon=True, name="pdf-sandbox")
        self._proc.start()
        child.close()
        self._conn, self._served = parent, 0
        return parent

    @property
    def pid(self) -> int | None:
        return int(self._proc.pid) if self._proc is not None and self._proc.is_alive() else None

    def kill(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._proc is not None and self._proc.is_alive():
            self._proc.kill()
            self._proc.join(5)
        self._proc, self._conn = None, None

    def ask(self, request: tuple[Any, ...]) -> tuple[Any, ...]:
        if self._served >= self.max_documents:
            self.kill()
        conn = self._conn if self._conn is not None and self._proc.is_alive() else self._start()
        self._served += 1
        conn.send(request)
        # OCR has a budget of its own, enforced in the child (adapters/ocr.py); this wait is the backstop
        wait = self.limits.max_seconds + self.limits.max_ocr_seconds
        if not conn.poll(wait):
            self.kill()
            raise LimitExceededError(f"parsing took longer than {wait:g} s", reason=ReasonCode.TIMEOUT)
        try:
            answer: tuple[Any, ...] = conn.recv()
        except (EOFError, OSError) as exc:
            self.kill()  # the child died: memory limit, a crash in a C extension, a signal
            raise LimitExceededError(
                "the parser process died on this document", reason=ReasonCode.OUT_OF_MEMORY
            ) from exc
        if self._served >= self.max_documents:
            # Replace it now, not when the next document comes: the new interpreter starts (~1–2 s of
            # imports) while this answer goes on, so no invoice waits for it (issue 15's tail).
            self.kill()
            self._start()
        return answer



class PdfSandbox:
    """A pool of ``workers`` sandbox processes, started when first needed; ``parse`` is thread-safe."""

    def __init__(self, limits: PdfLimits = DEFAULT_PDF_LIMITS, *, workers: int = 1,
                 max_documents_per_child: int = 1000) -> None:
        self.limits = limits
        self._idle: queue.LifoQueue[_Child] = queue.LifoQueue()  # the warmest child first
        self._children = [_Child(limits, max_documents_per_child) for _ in range(max(1, workers))]
        for child in self._children:
            self._idle.put(child)

    def parse(self, document: bytes, *, media_type: str, metadata: Mapping[str, Any] | None,
              source_kind: str | None = None) -> ParseResult:
        if len(document) > self.limits.max_bytes:  # refuse before shipping the bytes anywhere
            raise LimitExceededError(f"document is {len(document)} bytes, limit {self.limits.max_bytes}")
        result: ParseResult = self._ask(("parse", document, media_type, dict(metadata) if metadata else None,
                                         source_kind))
        return result

    def preview(self, document: bytes) -> Preview:
        """The first pages of a PDF drawn as one PNG (``core/pdf_preview.py``), under the same limits as
        a parse: PDFium reads the bytes in the child, never in the caller's process."""
        if len(document) > self.limits.max_bytes:
            raise LimitExceededError(f"document is {len(document)} bytes, limit {self.limits.max_bytes}")
        result: Preview = self._ask(("preview", document))
        return result

    def _ask(self, request: tuple[Any, ...]) -> Any:
        child = self._idle.get()  # waits while every child is busy: at most ``workers`` work at once
        try:
            answer = child.ask(request)
        finally:
            self._idle.put(child)
        if answer[0] == "ok":
            return answer[1]
        _, cls_name, message, reason = answer
        cls = getattr(errors, cls_name, errors.MalformedDocumentError)
        raise cls(message, reason=ReasonCode(reason))

    def pids(self) -> list[int]:
        """The live sandbox processes (at most ``workers``)."""
        return [pid for child in self._children if (pid := child.pid) is not None]

    def close(self) -> None:
        for _ in self._children:  # each once it is idle, so no document is cut off
            self._idle.get().kill()
        for child in self._children:
            self._idle.put(child)

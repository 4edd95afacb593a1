"""Parse untrusted documents in a child process with wall-time and memory limits.

A hostile PDF can make pdfminer loop or allocate without bound; in-process that would stall
the faust event loop (and its heartbeats) or kill the worker. The child has RLIMIT_AS
set; the parent waits at most ``max_seconds`` and kills and replaces the child when
it does not answer. The children are a bounded pool reused between documents, so the cost is
one process start per pool slot, not per document; a child is replaced after
``max_documents_per_child`` documents so that whatever a parser leaks cannot add up.

A child says when its imports are done (a first ``ready`` message, ~1 s after it starts on a busy
machine). The pool hands a document to a ready child first: one that is still starting is used only
when no child is warm at all, else the document waits for the first child that is free and ready —
a warm child finishing its document (tens of milliseconds) rather than an interpreter starting
(issue 15: a replacement past the quota, or the second child starting under a burst, held the next
documents for about a second each time). The first document starts one child; once it has answered,
the others start in the background, so a warm child is there when one is replaced.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import resource
import threading
import time
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
READY = ("ready",)  # a child's first message: its imports are done
POLL_SECONDS = 0.02  # how often a waiting document looks again for a ready child
REBOOT_SECONDS = 1.0  # a child that died while starting is started again at most this often


def _child(conn: Connection, limits: PdfLimits) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limits.max_memory_bytes, limits.max_memory_bytes))
    tesseract = ocr.available()
    conn.send(READY)
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
        self.ready = False  # its ``READY`` has been read: the next document starts at once
        self._started = -REBOOT_SECONDS

    def _start(self) -> Connection:
        parent, child = _CTX.Pipe()
        self._proc = _CTX.Process(target=_child, args=(child, self.limits), daemon=True, name="pdf-sandbox")
        self._proc.start()
        child.close()
        self._conn, self._served, self.ready = parent, 0, False
        self._started = time.monotonic()
        return parent

    @property
    def running(self) -> bool:
        return self._conn is not None and self._proc is not None and self._proc.is_alive()

    def boot(self) -> None:
        """Start the process if it is not running (without waiting for it), unless it was started a
        moment ago: one that dies while starting is not restarted in a tight loop."""
        if not self.running and time.monotonic() - self._started >= REBOOT_SECONDS:
            self.kill()
            self._start()

    def poll_ready(self) -> bool:
        """Whether the child is ready, reading its ``READY`` if it came (never blocks; only for an idle
        child, whose pipe no one else reads)."""
        if not self.ready and self.running and self._conn is not None and self._conn.poll(0):
            try:
                self.ready = self._conn.recv() == READY
            except (EOFError, OSError):
                self.kill()  # died while starting: the next ``ask`` or ``boot`` starts another
        return self.ready

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
        conn = self._conn if self.running and self._conn is not None else self._start()
        self._served += 1
        # OCR has a budget of its own, enforced in the child (adapters/ocr.py); this wait is the backstop.
        # A child still starting spends it too, as when the request waited in its pipe.
        wait = self.limits.max_seconds + self.limits.max_ocr_seconds
        deadline = time.monotonic() + wait
        try:
            if not self.ready:
                if not conn.poll(wait):
                    self.kill()
                    raise LimitExceededError(f"parsing took longer than {wait:g} s", reason=ReasonCode.TIMEOUT)
                self.ready = conn.recv() == READY
            conn.send(request)
        except (EOFError, OSError) as exc:
            self.kill()  # died while starting
            raise LimitExceededError("the parser process died on this document",
                                     reason=ReasonCode.OUT_OF_MEMORY) from exc
        if not conn.poll(max(0.0, deadline - time.monotonic())):
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
            # imports) while this answer goes on, and the pool sends documents to a ready child meanwhile.
            self.kill()
            self._start()
        return answer



class PdfSandbox:
    """A pool of ``workers`` sandbox processes, started when first needed; ``parse`` is thread-safe."""

    def __init__(self, limits: PdfLimits = DEFAULT_PDF_LIMITS, *, workers: int = 1,
                 max_documents_per_child: int = 1000) -> None:
        self.limits = limits
        self._children = [_Child(limits, max_documents_per_child) for _ in range(max(1, workers))]
        self._free = list(self._children)  # idle children, the most recently used last (the warmest)
        self._changed = threading.Condition()

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

    def _take(self) -> _Child:
        """An idle child for one document (at most ``workers`` work at once): a ready one, the warmest
        first; one still starting only when no child is ready anywhere (a cold pool); otherwise wait
        for a child to come back or to finish starting, starting the idle ones meanwhile."""
        with self._changed:
            while True:
                ready = [c for c in reversed(self._free) if c.poll_ready()]
                chosen = ready[0] if ready else None
                if chosen is None and self._free and not any(c.ready for c in self._children):
                    chosen = self._free[-1]  # nothing is warm: this one's start is the shortest wait
                if chosen is not None:
                    self._free.remove(chosen)
                    return chosen
                for child in self._free:
                    child.boot()
                self._changed.wait(POLL_SECONDS)

    def _give(self, child: _Child) -> None:
        with self._changed:
            if child.ready:
                # After a first document the other children start too (one at a time, not with the
                # first batch): when a child is replaced past its quota, a warm one takes the next.
                for other in self._free:
                    other.boot()
            self._free.append(child)
            self._changed.notify()

    def _ask(self, request: tuple[Any, ...]) -> Any:
        child = self._take()
        try:
            answer = child.ask(request)
        finally:
            self._give(child)
        if answer[0] == "ok":
            return answer[1]
        _, cls_name, message, reason = answer
        cls = getattr(errors, cls_name, errors.MalformedDocumentError)
        raise cls(message, reason=ReasonCode(reason))

    def pids(self) -> list[int]:
        """The live sandbox processes (at most ``workers``)."""
        return [pid for child in self._children if (pid := child.pid) is not None]

    def close(self) -> None:
        with self._changed:  # each once it is idle, so no document is cut off
            while len(self._free) < len(self._children):
                self._changed.wait(POLL_SECONDS)
            for child in self._free:
                child.kill()

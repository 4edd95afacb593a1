"""Tesseract (Debian's ``tesseract-ocr`` with ``tesseract-ocr-hun``) as the parse sandbox's OCR engine.

Called as a subprocess without a shell, the image on stdin and the answer on stdout, with an
address-space and CPU-time limit of its own and one wall-clock budget for the whole document
(``PdfLimits.max_ocr_seconds``): a scan that Tesseract cannot finish in time is refused with a
clear error, never waited for.
"""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
import time

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode
from services.core.parsing.limits import PdfLimits

LANGUAGES = "hun+eng"  # Hungarian invoices quote English words (IBAN, SWIFT, Invoice no.)
_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)


def available() -> bool:
    return shutil.which("tesseract") is not None


class TesseractOcr:
    def __init__(self, limits: PdfLimits, binary: str = "tesseract") -> None:
        self.limits, self.binary = limits, binary
        self._deadline = time.monotonic() + limits.max_ocr_seconds

    def _run(self, args: list[str], image: bytes) -> str:
        left = self._deadline - time.monotonic()
        too_slow = f"OCR took longer than {self.limits.max_ocr_seconds:g} s"
        if left <= 0:
            raise LimitExceededError(too_slow, reason=ReasonCode.TIMEOUT)
        memory, cpu = self.limits.max_memory_bytes, int(left) + 1

        def confine() -> None:  # in the child, before exec
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
            resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))

        try:
            done = subprocess.run([self.binary, "stdin", "stdout", *args], input=image, capture_output=True,
                                  timeout=left, preexec_fn=confine, env={"OMP_THREAD_LIMIT": "1"}, check=False)
        except subprocess.TimeoutExpired as exc:
            raise LimitExceededError(too_slow, reason=ReasonCode.TIMEOUT) from exc
        except OSError as exc:
            raise MalformedDocumentError(f"OCR engine cannot be started: {exc}",
                                         reason=ReasonCode.MALFORMED_PDF) from exc
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit {done.returncode}"]
            raise MalformedDocumentError(f"OCR failed on a page image: {message[0]}", reason=ReasonCode.MALFORMED_PDF)
        return done.stdout.decode("utf-8", "replace")

    def orientation(self, image: bytes) -> int:
        try:
            found = _ROTATE.search(self._run(["--psm", "0", "-l", "osd"], image))
        except MalformedDocumentError:
            return 0  # too little text to tell: read it as it is
        return int(found.group(1)) % 360 if found else 0

    def words(self, image: bytes, dpi: int) -> str:
        return self._run(["--dpi", str(dpi), "--psm", "3", "-l", LANGUAGES, "tsv"], image)

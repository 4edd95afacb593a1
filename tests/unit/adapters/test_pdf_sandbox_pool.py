"""The parse sandbox is a bounded pool of reused child processes, recycled after a number of documents."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from services.adapters.pdf_sandbox import PdfSandbox

DOC = b'{"invoice_number": "B-1", "gross_total": 127, "currency": "HUF", "type": "invoice"}'


def _parse(sandbox: PdfSandbox) -> str:
    return sandbox.parse(DOC, media_type="application/json", metadata=None).reader


def test_one_child_serves_document_after_document() -> None:
    sandbox = PdfSandbox()
    try:
        _parse(sandbox)
        first = sandbox.pids()
        _parse(sandbox)
        _parse(sandbox)
        assert len(first) == 1 and sandbox.pids() == first
    finally:
        sandbox.close()
    assert sandbox.pids() == []


def test_the_pool_never_grows_past_its_workers_under_concurrent_parses() -> None:
    sandbox = PdfSandbox(workers=2)
    seen: set[int] = set()
    try:
        with ThreadPoolExecutor(6) as pool:
            for reader in pool.map(lambda _: _parse(sandbox), range(12)):
                assert reader == "source_json"
                seen.update(sandbox.pids())
        assert 1 <= len(seen) <= 2
    finally:
        sandbox.close()


def test_a_child_is_replaced_after_its_quota_of_documents_as_soon_as_the_quota_is_reached() -> None:
    sandbox = PdfSandbox(max_documents_per_child=2)
    try:
        _parse(sandbox)
        first = sandbox.pids()
        _parse(sandbox)
        # its replacement starts right after the quota's last answer, not when the next document comes
        replacement = sandbox.pids()
        assert replacement != first and len(replacement) == 1
        _parse(sandbox)
        assert sandbox.pids() == replacement
    finally:
        sandbox.close()


def test_a_preview_is_drawn_in_the_child_and_a_bad_document_is_refused_there() -> None:
    import pytest

    from services.core.errors import MalformedDocumentError
    from szamlatar_dev.demo.own_system import demo_book, demo_documents

    sandbox = PdfSandbox()
    try:
        drawn = sandbox.preview(demo_documents(demo_book(1, seed=3))[0][1])
        assert drawn.png.startswith(b"\x89PNG") and (drawn.shown, drawn.pages) == (1, 1)
        assert len(sandbox.pids()) == 1  # drawn by the child, which parses as well
        assert _parse(sandbox) == "source_json"
        with pytest.raises(MalformedDocumentError):
            sandbox.preview(b"%PDF-1.7 nothing")
    finally:
        sandbox.close()

"""The parse sandbox is a bounded pool of reused child processes, recycled after a number of documents."""

from __future__ import annotations

import time
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


class _FakeChild:
    """What the pool asks of a child when it picks one: is it ready, is it warm, start it."""

    def __init__(self, name: str, *, ready: bool = False, becomes_ready_after: int | None = None) -> None:
        self.name, self.ready, self.booted = name, ready, 0
        self._polls_left = becomes_ready_after

    def poll_ready(self) -> bool:
        if not self.ready and self._polls_left is not None:
            self._polls_left -= 1
            self.ready = self._polls_left <= 0
        return self.ready

    def boot(self) -> None:
        self.booted += 1


def _pool(children: list[_FakeChild], free: list[_FakeChild]) -> PdfSandbox:
    sandbox = PdfSandbox(workers=len(children))
    sandbox._children = children  # type: ignore[assignment]
    sandbox._free = list(free)  # type: ignore[assignment]
    return sandbox


def test_a_document_goes_to_a_ready_child_before_one_still_starting() -> None:
    warm, starting = _FakeChild("warm", ready=True), _FakeChild("starting")
    for free in ([warm, starting], [starting, warm]):  # whichever was used last
        assert _pool([warm, starting], free)._take() is warm


def test_a_cold_pool_starts_a_child_for_the_document_without_waiting() -> None:
    a, b = _FakeChild("a"), _FakeChild("b")
    assert _pool([a, b], [a, b])._take() is b  # nothing is warm anywhere: its start is the shortest wait


def test_while_the_warm_child_is_busy_the_document_waits_for_it_and_the_idle_one_starts_meanwhile() -> None:
    import threading

    busy, cold = _FakeChild("busy", ready=True), _FakeChild("cold")
    sandbox = _pool([busy, cold], [cold])
    taken: list[object] = []
    waiter = threading.Thread(target=lambda: taken.append(sandbox._take()))
    waiter.start()
    waiter.join(0.2)
    assert not taken and cold.booted >= 1  # not handed the cold one; it was started for later
    sandbox._give(busy)  # type: ignore[arg-type]
    waiter.join(2)
    assert taken == [busy]


def test_a_child_that_finished_starting_is_taken_before_the_warm_one_comes_back() -> None:
    busy, starting = _FakeChild("busy", ready=True), _FakeChild("starting", becomes_ready_after=3)
    assert _pool([busy, starting], [starting])._take() is starting


def test_once_a_child_has_answered_the_idle_ones_start_in_the_background() -> None:
    first, other = _FakeChild("first", ready=True), _FakeChild("other")
    sandbox = _pool([first, other], [other])
    sandbox._give(first)  # type: ignore[arg-type]
    assert other.booted == 1


def test_after_a_replacement_past_the_quota_the_next_document_goes_to_the_warm_child() -> None:
    """Real children: the replaced one is still starting when the next document comes."""
    sandbox = PdfSandbox(workers=2, max_documents_per_child=3)
    try:
        _parse(sandbox)  # starts one child; the other starts once it has answered
        deadline = time.monotonic() + 30
        while len(sandbox.pids()) < 2 or not all(c.poll_ready() for c in sandbox._free):
            assert time.monotonic() < deadline, "the second child never became ready"
            time.sleep(0.05)
        _parse(sandbox)
        _parse(sandbox)  # the warmest child's third: replaced after this answer
        started = time.monotonic()
        assert _parse(sandbox) == "source_json"
        assert time.monotonic() - started < 0.5  # not an interpreter's start
    finally:
        sandbox.close()

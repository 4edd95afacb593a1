"""Group commit (``adapters/group_commit.py``): writes made side by side go out as one command, and each
caller still returns only once its own item is written, or raises its own error."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import pytest

from services.adapters.group_commit import GroupCommit, each_alone
from services.core.errors import StorageRejectedError, StorageUnavailableError


def _wait_for(condition: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.001)


class HeldFlush:
    """Records each group; the first one is held until released, so the callers behind it queue."""

    def __init__(self) -> None:
        self.groups: list[list[int]] = []
        self.release = threading.Event()
        self.refuse: set[int] = set()

    def __call__(self, items: list[int]) -> Sequence[BaseException | None]:
        self.groups.append(list(items))
        if len(self.groups) == 1:
            self.release.wait(5)
        return [StorageRejectedError(f"refused {i}") if i in self.refuse else None for i in items]


def _submit_all(commit: GroupCommit[int], flush: HeldFlush, count: int) -> dict[int, BaseException | None]:
    outcomes: dict[int, BaseException | None] = {}

    def call(i: int) -> None:
        try:
            commit.submit(i)
            outcomes[i] = None
        except BaseException as exc:  # the test looks at each caller's outcome
            outcomes[i] = exc

    first = threading.Thread(target=call, args=(0,))
    first.start()
    _wait_for(lambda: flush.groups)  # the first caller is writing alone
    others = [threading.Thread(target=call, args=(i,)) for i in range(1, count)]
    for t in others:
        t.start()
    _wait_for(lambda: len(commit._queue) == count - 1)  # everyone else waits behind it
    flush.release.set()
    for t in [first, *others]:
        t.join(5)
    return outcomes


def test_callers_that_arrive_while_a_write_is_under_way_are_written_together() -> None:
    flush = HeldFlush()
    commit: GroupCommit[int] = GroupCommit(flush)
    outcomes = _submit_all(commit, flush, 16)
    assert outcomes == dict.fromkeys(range(16))
    assert flush.groups[0] == [0] and sorted(flush.groups[1]) == list(range(1, 16)) and len(flush.groups) == 2


def test_each_caller_gets_its_own_outcome() -> None:
    flush = HeldFlush()
    flush.refuse = {5}
    commit: GroupCommit[int] = GroupCommit(flush)
    outcomes = _submit_all(commit, flush, 8)
    assert isinstance(outcomes.pop(5), StorageRejectedError)
    assert set(outcomes.values()) == {None}


def test_a_group_is_capped_and_the_rest_is_the_next_group() -> None:
    flush = HeldFlush()
    commit: GroupCommit[int] = GroupCommit(flush, max_group=4)
    assert set(_submit_all(commit, flush, 10).values()) == {None}
    assert [len(g) for g in flush.groups] == [1, 4, 4, 1]


def test_a_flush_that_raises_fails_every_caller_of_its_group_and_the_next_group_is_written() -> None:
    calls: list[list[int]] = []

    def flush(items: list[int]) -> list[BaseException | None]:
        calls.append(items)
        if len(calls) == 1:
            raise StorageUnavailableError("MongoDB: down")
        return [None] * len(items)

    commit: GroupCommit[int] = GroupCommit(flush)
    with pytest.raises(StorageUnavailableError):
        commit.submit(1)
    commit.submit(2)
    assert calls == [[1], [2]]


def test_each_alone_writes_a_group_at_once_and_one_item_with_its_plain_write() -> None:
    groups: list[list[str]] = []
    alone: list[str] = []
    flush = each_alone(groups.append, alone.append)
    assert flush(["a", "b"]) == [None, None] and flush(["c"]) == [None]
    assert groups == [["a", "b"]] and alone == ["c"]


def test_each_alone_retries_a_refused_group_item_by_item_so_only_the_refused_item_fails() -> None:
    written: list[str] = []

    def group(items: list[str]) -> None:
        raise StorageRejectedError("MongoDB: document too large")

    def one(item: str) -> None:
        if item == "huge":
            raise StorageRejectedError("MongoDB: document too large")
        written.append(item)

    outcomes = each_alone(group, one)(["a", "huge", "b"])
    assert outcomes[0] is None and outcomes[2] is None and isinstance(outcomes[1], StorageRejectedError)
    assert written == ["a", "b"]


def test_each_alone_fails_the_whole_group_on_an_outage_and_writes_nothing_alone() -> None:
    def group(items: list[str]) -> None:
        raise StorageUnavailableError("MongoDB: down")

    def one(item: str) -> None:
        raise AssertionError("no write one by one during an outage")

    with pytest.raises(StorageUnavailableError):
        each_alone(group, one)(["a", "b"])

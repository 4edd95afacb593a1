"""Group commit: the writes that threads make side by side sent to the store as one command.

The archive stage handles a batch of invoices at once, one thread each (``pipeline/app.py``), and
each ends with the same few writes (its view, its audit entry, its version record). Sent one by
one, every write is a round trip and, on FerretDB, a statement of its own with the CPU that costs.
A ``GroupCommit`` lets the first caller write alone and queues whoever arrives while that write is
under way; the next caller to find the line free writes the whole queue in one command. Nobody
waits for a batch to fill: a caller alone is written at once, and under load the group grows by
itself.

Each caller returns only once its own item is durable, or raises its own error, so the order of a
caller's writes — and with it every crash-safety argument made for one invoice — is unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from services.core.errors import Retryable

T = TypeVar("T")
# The group's items → each one's outcome, in order: ``None`` when it is written, else its error.
# Raising instead fails the whole group with that error.
Flush = Callable[[list[T]], Sequence[BaseException | None]]


@dataclass
class _Slot(Generic[T]):
    item: T
    done: bool = False
    error: BaseException | None = None


class GroupCommit(Generic[T]):
    def __init__(self, flush: Flush[T], *, max_group: int = 64) -> None:
        self._flush, self._max = flush, max_group
        self._cond = threading.Condition()
        self._queue: list[_Slot[T]] = []
        self._busy = False

    def submit(self, item: T) -> None:
        """Return once ``item`` is written; raise the error that kept it from being written."""
        slot = _Slot(item)
        with self._cond:
            self._queue.append(slot)
            while not slot.done and (self._busy or self._queue[0] is not slot):
                self._cond.wait()
            if not slot.done:  # first in line and the line is free: write the queue
                group, self._queue = self._queue[: self._max], self._queue[self._max:]
                self._busy = True
        if not slot.done:
            self._write(group)
        if slot.error is not None:
            raise slot.error

    def _write(self, group: list[_Slot[T]]) -> None:
        try:
            outcomes: Sequence[BaseException | None] = self._flush([s.item for s in group])
        except BaseException as exc:
            outcomes = [exc] * len(group)
        with self._cond:
            for slot, outcome in zip(group, outcomes, strict=True):
                slot.error, slot.done = outcome, True
            self._busy = False
            self._cond.notify_all()


def each_alone(write_group: Callable[[list[T]], None], write_one: Callable[[T], None]) -> Flush[T]:
    """A flush for idempotent writes (upserts by ``_id``): the group in one command; if that fails for
    any reason but an outage, each item again on its own, so one item the store refuses (too large,
    say) fails alone instead of taking the others with it. An outage fails the whole group: every
    caller retries its invoice, and writing the same upsert twice changes nothing."""

    def flush(items: list[T]) -> list[BaseException | None]:
        if len(items) == 1:  # alone: the plain write, with its plain errors
            write_one(items[0])
            return [None]
        try:
            write_group(items)
            return [None] * len(items)
        except Retryable:
            raise
        except Exception:
            pass
        outcomes: list[BaseException | None] = []
        for item in items:
            try:
                write_one(item)
                outcomes.append(None)
            except Exception as exc:
                outcomes.append(exc)
        return outcomes

    return flush

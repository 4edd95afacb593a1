"""A stage's records handled side by side as they arrive, acked in the order they came.

The worker's agents used to take a batch (up to 16 records within 10 ms), handle it, and take the
next only when the whole batch was done: a record that arrived while a batch ran waited for its
slowest record, and at a steady 10 invoices/s most of an invoice's wait in a stage was that barrier
(``szamlatar_stage_queued_seconds``). The window starts each record as it comes, up to ``limit`` in
flight, one invoice's records (one key, ``core/lanes.py``) still one after another.

Acks go out in each partition's offset order and only for records that are done: faust commits the
highest acked offset it sees after a run of acked ones and can step over a record still in flight
when acks arrive out of order (faust#606), so the window holds a finished record's ack until every
earlier record of its partition is acked. A crash replays whatever was not acked; the stages are
idempotent.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from services.adapters.stage_runner import Incoming
from services.core.lanes import Lane, lane_of


@dataclass
class _Entry:
    token: Any  # what ``ack`` is given: the faust event
    done: bool = False


@dataclass
class RecordWindow:
    run: Callable[[Incoming], Awaitable[None]]  # never raises for a record's own failure (StageRunner.run)
    ack: Callable[[Any], Awaitable[None]]
    limit: int
    # Told before the first record after ``refresh_seconds`` (or an idle window): what a batch's start
    # was for the match stage, which reads its reference counters again then (``MatchData``).
    refresh: Callable[[], None] | None = None
    refresh_seconds: float = 0.25
    _slots: asyncio.Semaphore = field(init=False)
    _lanes: dict[Lane, asyncio.Task[None]] = field(default_factory=dict, init=False)
    _order: dict[int | None, deque[_Entry]] = field(default_factory=dict, init=False)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set, init=False)
    _refreshed: float = field(default=float("-inf"), init=False)
    _failure: BaseException | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._slots = asyncio.Semaphore(self.limit)

    async def admit(self, record: Incoming, token: Any) -> None:
        """Start ``record`` once a slot is free (the caller takes no more records meanwhile: backpressure)."""
        if self._failure is not None:
            raise self._failure
        await self._slots.acquire()
        now = time.monotonic()
        if self.refresh is not None and (not self._tasks or now - self._refreshed >= self.refresh_seconds):
            self.refresh()
            self._refreshed = now
        entry = _Entry(token)
        self._order.setdefault(record.partition, deque()).append(entry)
        lane = lane_of(record.partition, record.key)
        task = asyncio.create_task(self._handle(record, entry, self._lanes.get(lane)))
        self._lanes[lane] = task
        self._tasks.add(task)
        task.add_done_callback(lambda t: self._finished(lane, t))

    async def drain(self) -> None:
        """Wait until every admitted record is done and acked."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        if self._failure is not None:
            raise self._failure

    async def _handle(self, record: Incoming, entry: _Entry, before: asyncio.Task[None] | None) -> None:
        try:
            if before is not None:
                await asyncio.wait({before})  # the invoice's earlier record first (its failure is its own)
            await self.run(record)
        except asyncio.CancelledError:
            raise  # stopping: not done, never acked, replayed after the restart
        except BaseException as exc:  # a bug: StageRunner.run handles every record failure itself
            self._failure = exc
            raise
        finally:
            self._slots.release()
        entry.done = True
        await self._ack_ready(record.partition)

    async def _ack_ready(self, partition: int | None) -> None:
        queue = self._order[partition]
        while queue and queue[0].done:
            await self.ack(queue.popleft().token)

    def _finished(self, lane: Lane, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if self._lanes.get(lane) is task:
            del self._lanes[lane]

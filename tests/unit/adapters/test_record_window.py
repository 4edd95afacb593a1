"""The worker's record window: records start as they arrive (no batch barrier), one invoice's records
in order, at most ``limit`` in flight, and acks in each partition's offset order, only once done."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pytest

from services.adapters.record_window import RecordWindow
from services.adapters.stage_runner import Incoming, Output
from services.core.events import raw_event
from tests.unit.handlers.test_stage_runner import FakeBroker, Sleeps, _runner


def _raw_for(external_id: str, seq: int) -> bytes:
    event = raw_event(tenant="acme", site="hq", source_kind="own_system", connection_id="erp", external_id=external_id,
                      correlation_id="c", now=datetime(2025, 1, 1, tzinfo=UTC), metadata={"seq": seq},
                      document={"sha256": "a" * 64, "bucket": "bkt", "object_key": "k",
                                "media_type": "application/pdf", "size": 3, "filename": None})
    return json.dumps(event).encode()


def _record(offset: int, key: bytes | None = None, partition: int = 0) -> Incoming:
    return Incoming(None, topic="t", partition=partition, offset=offset, key=key)


def test_different_invoices_go_side_by_side_and_one_invoices_records_in_order() -> None:
    seen: list[str] = []
    b_started = asyncio.Event()

    async def handler(event: dict[str, Any]) -> Sequence[Output]:
        if event["external_id"] == "a" and not seen:
            # a1 finishes only once b has started: one record at a time, this would never end
            await asyncio.wait_for(b_started.wait(), timeout=5)
        if event["external_id"] == "b":
            b_started.set()
        seen.append(f"{event['external_id']}{event['metadata']['seq']}")
        return [("invoice.parsed", {**event, "outcome": "ok"})]

    broker, acked = FakeBroker(), []
    runner, _ = _runner(handler, broker, Sleeps())

    async def ack(token: Any) -> None:
        acked.append(token)

    async def main() -> None:
        window = RecordWindow(run=runner.run_incoming, ack=ack, limit=16)
        records = [(b"a", "a", 1), (b"b", "b", 1), (b"a", "a", 2), (b"a", "a", 3), (b"b", "b", 2)]
        for offset, (key, external_id, seq) in enumerate(records):
            await window.admit(Incoming(_raw_for(external_id, seq), topic="invoice.raw", partition=0,
                                        offset=offset, key=key), offset)
        await window.drain()

    asyncio.run(main())
    assert [s for s in seen if s.startswith("a")] == ["a1", "a2", "a3"]
    assert [s for s in seen if s.startswith("b")] == ["b1", "b2"]
    assert seen.index("b1") < seen.index("a1")  # b went ahead while a waited
    assert len(broker.sent) == 5
    assert acked == [0, 1, 2, 3, 4]


def test_a_record_that_arrives_while_others_run_starts_at_once() -> None:
    """The batch barrier it replaces: a record waited for the slowest record of the batch before it."""
    slow_may_finish, started = asyncio.Event(), []

    async def run(record: Incoming) -> None:
        started.append(record.offset)
        if record.offset == 0:
            await slow_may_finish.wait()

    async def main() -> None:
        window = RecordWindow(run=run, ack=lambda token: asyncio.sleep(0), limit=4)
        await window.admit(_record(0, b"slow"), 0)
        await asyncio.sleep(0)
        await window.admit(_record(1, b"next"), 1)
        await asyncio.sleep(0)
        assert started == [0, 1]  # started while the slow one still runs
        slow_may_finish.set()
        await window.drain()

    asyncio.run(main())


def test_acks_follow_each_partitions_offsets_whatever_order_records_finish_in() -> None:
    gates = {offset: asyncio.Event() for offset in range(4)}
    acked: list[tuple[int | None, int]] = []

    async def run(record: Incoming) -> None:
        assert record.offset is not None
        await gates[record.offset].wait()

    async def ack(token: Any) -> None:
        acked.append(token)

    async def main() -> None:
        window = RecordWindow(run=run, ack=ack, limit=8)
        for offset, partition in ((0, 0), (1, 0), (2, 1), (3, 0)):
            await window.admit(_record(offset, f"k{offset}".encode(), partition), (partition, offset))
        for offset in (3, 1, 2):  # everything but partition 0's first record
            gates[offset].set()
        await asyncio.sleep(0.01)
        assert acked == [(1, 2)]  # partition 0 holds its acks behind offset 0, still in flight
        gates[0].set()
        await window.drain()

    asyncio.run(main())
    assert acked == [(1, 2), (0, 0), (0, 1), (0, 3)]


def test_no_more_than_limit_records_are_in_flight() -> None:
    running, most = 0, 0

    async def run(record: Incoming) -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(0.01)
        running -= 1

    async def main() -> None:
        window = RecordWindow(run=run, ack=lambda token: asyncio.sleep(0), limit=3)
        for offset in range(10):
            await window.admit(_record(offset, f"k{offset}".encode()), offset)
        await window.drain()

    asyncio.run(main())
    assert most == 3


def test_the_refresh_hook_comes_before_the_first_record_and_again_after_its_period() -> None:
    seen: list[str] = []

    async def run(record: Incoming) -> None:
        seen.append(f"record{record.offset}")
        await asyncio.sleep(0.02)

    async def main() -> None:
        window = RecordWindow(run=run, ack=lambda token: asyncio.sleep(0), limit=8,
                              refresh=lambda: seen.append("refresh"), refresh_seconds=0.05)
        await window.admit(_record(0, b"a"), 0)
        await window.admit(_record(1, b"b"), 1)  # within the period, the window busy: no refresh
        await asyncio.sleep(0.06)
        await window.admit(_record(2, b"c"), 2)  # the period is over
        await window.drain()

    asyncio.run(main())
    assert seen == ["refresh", "record0", "record1", "refresh", "record2"]


def test_a_bug_in_the_handling_is_not_acked_and_stops_the_window() -> None:
    acked: list[int] = []

    async def run(record: Incoming) -> None:
        if record.offset == 1:
            raise RuntimeError("a bug")

    async def ack(token: Any) -> None:
        acked.append(token)

    async def main() -> None:
        window = RecordWindow(run=run, ack=ack, limit=4)
        for offset in range(3):
            await window.admit(_record(offset, f"k{offset}".encode()), offset)
        with pytest.raises(RuntimeError, match="a bug"):
            await window.drain()
        with pytest.raises(RuntimeError, match="a bug"):
            await window.admit(_record(3, b"k3"), 3)

    asyncio.run(main())
    assert acked == [0]  # 1 failed and 2 waits behind it: both are replayed after the restart

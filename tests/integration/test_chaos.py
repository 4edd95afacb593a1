"""The bounded chaos drill (issue 15; the full one is `make chaos`): 100 signed invoices while the
worker, the Kafka broker and versitygw are each SIGKILLed and restarted in turn — every one archived
exactly once, none dead-lettered, every PDF's sha256 as posted, the audit chain intact."""

from __future__ import annotations

from typing import Any

import pytest
from pymongo.database import Database

from services.adapters.settings import Settings
from tests.chaos.run import Drill, report
from tests.integration.conftest import Process


@pytest.mark.timeout(420)
def test_a_bounded_chaos_drill_loses_and_duplicates_nothing(
        api: str, worker: Process, db: Database[dict[str, Any]], settings: Settings, servers_back: None) -> None:
    lines: list[str] = []

    def out(line: str) -> None:
        lines.append(line)
        print(line, flush=True)  # live with -s

    drill = Drill(settings, db, api, {"worker": worker}, out=out, give_up=90.0)
    # ~125 s of posting, a kill about every 30 s: each one lands while invoices still flow.
    result = drill.run(invoices=100, rate=0.8, targets=("kafka", "worker", "versitygw"), down=3.0,
                       quiet_timeout=120.0)
    report(result, out=out)
    assert result.ok, "\n".join(lines)
    assert lines[-1] == "chaos: posted 100, archived 100, lost 0, duplicated 0, sha256 verified 100"
    assert len(result.kills) == 3 and all(k.recovery() is not None for k in result.kills), "\n".join(lines)

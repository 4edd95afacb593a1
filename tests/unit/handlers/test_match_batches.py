"""The match stage reads a tenant's reference counters once per batch, not once per invoice
(``pipeline/matching.py`` ``MatchData``), and still sees a change made before the batch was taken."""

from __future__ import annotations

from services.pipeline.matching import MatchData
from tests.fakes.reference_repo import ConfirmationRepo, MetaRepo, ReferenceRepo, RuleRepo
from tests.unit.web.fakes import FakeDb


class CountingMeta(MetaRepo):
    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def versions(self, tenant: str) -> tuple[int, int, int]:
        self.reads += 1
        return super().versions(tenant)


def _data() -> tuple[MatchData, CountingMeta, ReferenceRepo]:
    data = MatchData(FakeDb())  # type: ignore[arg-type]
    meta = CountingMeta()
    refs = ReferenceRepo(meta)
    data.meta, data.refs = meta, refs  # type: ignore[assignment]
    data.rules, data.confirmations = RuleRepo(meta), ConfirmationRepo(meta)  # type: ignore[assignment]
    return data, meta, refs


def test_one_counter_read_per_tenant_per_batch_and_a_change_before_the_batch_is_seen() -> None:
    data, meta, refs = _data()
    data.new_batch()
    first = [data.load(tenant) for tenant in ("acme", "acme", "globex", "acme")]
    assert meta.reads == 2  # acme once, globex once
    assert first[0] is first[1] is first[3]
    refs.upsert_many("acme", [{"_id": "c1", "kind": "client", "tenant": "acme", "name": "Kovács Kft."}])
    data.new_batch()
    again = data.load("acme")
    assert meta.reads == 3 and again is not first[0]  # the change made before this batch is loaded


def test_without_batches_every_load_reads_the_counters() -> None:
    data, meta, _ = _data()
    for _ in range(3):
        data.load("acme")
    assert meta.reads == 3

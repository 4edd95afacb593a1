"""At-least-once with idempotent writes: kill -9 the worker mid-batch, restart it, and every
invoice is archived exactly once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import requests
from prometheus_client.parser import text_string_to_metric_families

from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.core.keys import archive_key
from szamlatar_dev.demo.own_system import demo_documents, invoice_metadata
from szamlatar_dev.emulators.demo_data import generate_demo
from tests.integration.conftest import Process, Tenant, wait_until

COUNT = 200
BEFORE_KILL = COUNT // 2  # posted before the kill; the rest arrive while the worker is down


def test_worker_killed_and_restarted_in_the_middle_of_200_invoices_archives_all_once(
    tenant: Tenant, worker: Process, store: S3ObjectStore, settings: Settings
) -> None:
    docs = demo_documents(generate_demo(seed=23, invoices=COUNT))
    assert len(docs) >= COUNT
    docs = docs[:COUNT]

    def post(i: int) -> int:
        inv, pdf = docs[i]
        return tenant.post(f"bulk-{i}", pdf, invoice_metadata(inv)).status_code

    def stored() -> int:
        return tenant.db.invoices.count_documents({"tenant": tenant.name})

    metrics_url = f"http://127.0.0.1:{settings.worker_web_port}/metrics"

    def archived_by_worker() -> float:
        # The worker's own count, read from its metrics: a cheap probe, where a count over the invoices
        # store can take seconds under this load, long enough for the worker to finish everything first.
        text = requests.get(metrics_url, timeout=5).text
        return sum(s.value for f in text_string_to_metric_families(text) if f.name == "szamlatar_stage_events_out"
                   for s in f.samples if s.name.endswith("_total") and s.labels.get("stage") == "archive")

    start = archived_by_worker()  # the session's worker has archived other tests' invoices already
    with ThreadPoolExecutor(4) as pool:
        first = pool.map(post, range(BEFORE_KILL))  # submitted at once, answered as they come
        wait_until(lambda: archived_by_worker() - start >= 20, timeout=120, interval=0.05,
                   what="the worker's first 20 archived")
        worker.kill()
        killed_at = stored()
        assert killed_at < BEFORE_KILL, "the worker finished before it could be killed; the test proves nothing"
        answers = [*first, *pool.map(post, range(BEFORE_KILL, COUNT))]  # ingest takes them while the worker is down
    assert set(answers) == {202}
    worker.start()

    wait_until(lambda: tenant.archived_count() >= COUNT, timeout=240, interval=1, what=f"all {COUNT} archived")
    assert tenant.archived_count() == COUNT
    versions = list(tenant.db.invoice_versions.find({"tenant": tenant.name}, {"invoice_id": 1, "version": 1}))
    assert len(versions) == COUNT
    assert {v["version"] for v in versions} == {1}
    # No invoice got a second S3 version from a redelivered message.
    ids = [d["_id"] for d in tenant.db.invoices.find({"tenant": tenant.name}, {"_id": 1})]
    for invoice_id in ids:
        assert len(store.versions(archive_key(tenant.name, invoice_id))) == 1

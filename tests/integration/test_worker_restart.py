"""At-least-once with idempotent writes: kill -9 the worker mid-batch, restart it, and every
invoice is archived exactly once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from services.adapters.s3 import S3ObjectStore
from services.core.keys import archive_key
from szamlatar_dev.demo.own_system import demo_documents, invoice_metadata
from szamlatar_dev.emulators.demo_data import generate_demo
from tests.integration.conftest import Process, Tenant, wait_until

COUNT = 200


def test_worker_killed_and_restarted_in_the_middle_of_200_invoices_archives_all_once(
    tenant: Tenant, worker: Process, store: S3ObjectStore
) -> None:
    docs = demo_documents(generate_demo(seed=23, invoices=COUNT))
    assert len(docs) >= COUNT
    docs = docs[:COUNT]

    def post(i: int) -> int:
        inv, pdf = docs[i]
        return tenant.post(f"bulk-{i}", pdf, invoice_metadata(inv)).status_code

    def stored() -> int:  # the worker's own progress: the search index follows it a second or more later
        return tenant.db.invoices.count_documents({"tenant": tenant.name})

    # The kill comes while invoices are still being posted, at the worker's 20th stored invoice: a worker
    # that keeps up with the posting would otherwise have archived all of them before it was killed.
    with ThreadPoolExecutor(4) as pool:
        answers = pool.map(post, range(COUNT))  # submitted at once, answered as they come
        wait_until(lambda: stored() >= 20, timeout=120, interval=0.05, what="the first 20 stored")
        worker.kill()
        killed_at = stored()
        assert set(answers) == {202}
    assert killed_at < COUNT, "the worker finished before it could be killed; the test proves nothing"
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

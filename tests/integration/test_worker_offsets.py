"""The worker commits what it has handled: once the pipeline is quiet, its consumer group's committed
offsets on the three stage topics reach the end of each partition. (Acks that never reach faust
would still archive every invoice once, and replay the whole topic after every restart.)"""

from __future__ import annotations

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from services.adapters.kafka_auth import client_options
from services.adapters.settings import Settings
from services.core.topics import INVOICE_MATCHED, INVOICE_PARSED, INVOICE_RAW
from szamlatar_dev.demo.own_system import demo_documents, invoice_metadata
from szamlatar_dev.emulators.demo_data import generate_demo
from tests.integration.conftest import Process, Tenant, wait_until

COUNT = 12


def test_the_worker_commits_every_record_it_handled(tenant: Tenant, worker: Process, settings: Settings) -> None:
    for i, (inv, pdf) in enumerate(demo_documents(generate_demo(seed=31, invoices=COUNT))[:COUNT]):
        assert tenant.post(f"offsets-{i}", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: tenant.archived_count() >= COUNT, timeout=120, interval=0.5, what=f"{COUNT} archived")

    options = client_options(settings.kafka_auth)
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, **options)
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, **options)
    try:
        topics = {INVOICE_RAW.name, INVOICE_PARSED.name, INVOICE_MATCHED.name}
        partitions = [TopicPartition(t, p) for t in topics for p in consumer.partitions_for_topic(t) or ()]

        def behind() -> dict[TopicPartition, int]:
            ends = consumer.end_offsets(partitions)
            committed = admin.list_group_offsets(settings.app_id).get(settings.app_id, {})
            return {tp: ends[tp] - (committed[tp].offset if tp in committed else 0) for tp in partitions
                    if ends[tp] - (committed[tp].offset if tp in committed else 0) > 0}

        # faust commits acked offsets every second (broker_commit_interval)
        try:
            wait_until(lambda: not behind(), timeout=30, interval=0.5, what="the worker's offsets at the end")
        except AssertionError:
            raise AssertionError(f"records handled but not committed, by partition: {behind()}") from None
    finally:
        admin.close()
        consumer.close()

"""The stream processors: one faust app, three agents over separate topics.

invoice.raw → parse → invoice.parsed → match → invoice.matched → archive → invoice.archived

This module is the one place that reads settings at import time, because faust's CLI needs a
module-level ``app``. Each agent body is one line; policy lives in ``StageRunner`` and the work
in ``handlers``. Agent concurrency stays 1 (faust can commit past an in-flight message otherwise,
faust#606). Instead each agent hands its records to a ``RecordWindow``, which starts each as it
arrives, up to ``STAGE_WINDOW`` in flight, different invoices side by side and one invoice's records
in order, and acks them in offset order once handled: the stages wait on MongoDB, S3, Kafka and the
parse sandbox, and one record at a time left them idle most of the time. Scale out with partitions
and more worker processes under the same app id.
"""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import faust
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from services.adapters.connections import ConnectionRepo
from services.adapters.kafka_auth import faust_credentials
from services.adapters.logging import configure_logging, logging_config
from services.adapters.metrics import matching_metrics, stage_metrics
from services.adapters.mongo import AuditLog, InvoiceRepo, connect
from services.adapters.payment_store import PaymentStore
from services.adapters.pdf_sandbox import PdfSandbox
from services.adapters.record_window import RecordWindow
from services.adapters.reference_repo import ReviewRepo
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import load_settings
from services.adapters.stage_runner import Incoming, StageRunner
from services.core.enums import Stage
from services.core.errors import BrokerUnavailableError
from services.core.topics import INVOICE_MATCHED, INVOICE_PARSED, INVOICE_RAW
from services.pipeline.handlers import ParseHandler
from services.pipeline.matching import HoldingArchiveHandler, MatchData, MatchingHandler

configure_logging()
logger = logging.getLogger(__name__)
settings = load_settings()

app = faust.App(
    settings.app_id,
    broker=f"kafka://{settings.kafka_bootstrap}",
    broker_credentials=faust_credentials(settings.kafka_auth),
    store="memory://",
    datadir=settings.worker_datadir,
    key_serializer="raw",
    value_serializer="raw",
    topic_partitions=3,
    topic_replication_factor=1,
    consumer_auto_offset_reset="earliest",
    broker_commit_interval=1.0,
    # A killed worker is noticed in seconds, not the default minute, so its partitions move on.
    broker_session_timeout=10.0,
    broker_heartbeat_interval=2.0,
    # Static membership when configured: a worker restarted under the same id gets its partitions back
    # without waiting out the killed process's session (issue 15: recovery after a worker restart).
    consumer_group_instance_id=settings.worker_instance_id,
    producer_acks=-1,
    web_bind="127.0.0.1",
    web_port=settings.worker_web_port,
    web_host="127.0.0.1",
    logging_config=logging_config(),  # JSON lines like every other process, not faust's formatter
)

# Records a stage handles at once (``RecordWindow``): each starts as it arrives, while fewer are in flight.
STAGE_WINDOW = 16
# The stages' blocking calls run in threads (``asyncio.to_thread``): enough for three full windows,
# which the default executor (cores + 4) is not.
THREADS = 3 * STAGE_WINDOW + 4

registry = CollectorRegistry()
metrics = stage_metrics(registry)
match_metrics = matching_metrics(registry)
# Raw bytes in: faust decodes nothing, so no record can fail before the agent body sees it. A tombstone
# arrives as ``None`` and bytes that are not UTF-8 as they are; the stage runner dead-letters both.
raw_topic = app.topic(INVOICE_RAW.name, key_type=bytes, value_type=bytes)
parsed_topic = app.topic(INVOICE_PARSED.name, key_type=bytes, value_type=bytes)
matched_topic = app.topic(INVOICE_MATCHED.name, key_type=bytes, value_type=bytes)


# The topics the stages send to, each made once: a faust ``Topic`` costs more to build than to send on.
_out_topics: dict[str, Any] = {}


def _out_topic(name: str) -> Any:
    topic = _out_topics.get(name)
    if topic is None:
        topic = _out_topics[name] = app.topic(name, key_type=bytes, value_type=bytes)
    return topic


async def _send(topic: str, key: bytes | None, value: bytes) -> None:
    """Produce now (not as a faust attachment) and wait for the broker's ack, so the input is
    acked only after its output is durable."""
    try:
        fut = await _out_topic(topic).send(key=key, value=value, force=True)
        await fut
    except Exception as exc:  # aiokafka raises many types; all of them mean "try again"
        raise BrokerUnavailableError(f"Kafka: produce to {topic}: {type(exc).__name__}") from exc


class _Ports:
    """Clients built lazily in the worker (never at import), shared by the three stages."""

    def __init__(self) -> None:
        self.runners: dict[Stage, StageRunner] = {}
        self.match: MatchingHandler | None = None

    def runner(self, stage: Stage) -> StageRunner:
        if not self.runners:
            asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(THREADS, "stage"))
            store = S3ObjectStore(settings)
            db = connect(settings, registry)
            # one sandbox process per core: parsing is the CPU-bound part of the pipeline
            parse = ParseHandler(store, PdfSandbox(workers=os.cpu_count() or 1), ConnectionRepo(db),
                                 settings.staging_bucket, settings.max_document_bytes, keks=settings.keyring)
            self.match = match = MatchingHandler(MatchData(db), match_metrics)
            handlers: dict[Stage, tuple[str, Any]] = {
                Stage.PARSE: (INVOICE_RAW.schema, parse),
                Stage.MATCH: (INVOICE_PARSED.schema, match),
                Stage.ARCHIVE: (
                    INVOICE_MATCHED.schema,
                    HoldingArchiveHandler(store, InvoiceRepo(db), AuditLog(db), ReviewRepo(db), PaymentStore(db),
                                          settings.retention_years),
                ),
            }
            for st, (schema, handler) in handlers.items():
                self.runners[st] = StageRunner(
                    stage=st, in_schema=schema, handler=handler, send=_send, metrics=metrics,
                    sleep=asyncio.sleep, check_record=parse.check_signature if st is Stage.PARSE else None,
                )
        return self.runners[stage]


ports = _Ports()


async def _consume(stage: Stage, stream: Any) -> None:
    runner = ports.runner(stage)
    window = RecordWindow(run=runner.run_incoming, ack=stream.ack, limit=STAGE_WINDOW,
                          refresh=ports.match.new_batch if stage is Stage.MATCH and ports.match else None)
    async for event in stream.noack().events():  # acked by the window, in order, once handled
        message = event.message
        await window.admit(Incoming(event.value, topic=message.topic, partition=message.partition,
                                    offset=message.offset, key=message.key, headers=message.headers or (),
                                    produced_at=message.timestamp), event)


@app.agent(raw_topic, concurrency=1)
async def parse_invoices(stream: Any) -> None:
    await _consume(Stage.PARSE, stream)


@app.agent(parsed_topic, concurrency=1)
async def match_invoices(stream: Any) -> None:
    await _consume(Stage.MATCH, stream)


@app.agent(matched_topic, concurrency=1)
async def archive_invoices(stream: Any) -> None:
    await _consume(Stage.ARCHIVE, stream)


@app.page("/metrics")
async def metrics_page(web: Any, request: Any) -> Any:
    return web.bytes(generate_latest(registry), content_type=CONTENT_TYPE_LATEST.split(";")[0])


@app.page("/healthz")
async def health_page(web: Any, request: Any) -> Any:
    return web.json({"status": "ok", "app": settings.app_id})

"""Pipeline throughput against bare pdfminer.six on the same PDFs, side by side in one run.

Run with `make bench` (starts the test-profile stack). Prints invoices/s for
  1. the whole pipeline: signed webhook → Kafka → parse (PDFium text layer, sandboxed) → match →
     archive (encrypt + S3 version + MongoDB), measured from the first POST to the last archived invoice;
  2. the parse stage alone: the same PDFs through the parse sandbox's pool (one process per core);
  3. bare `pdfminer.high_level.extract_text` on the same PDFs, one process per CPU core;
the CPU milliseconds per invoice each process of the stack spent while the pipeline ran (`/proc`);
and, as the last line, the ratio (`pipeline / bare pdfminer: <ratio>×`). No thresholds: the
figures are for people to compare.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
import time
import uuid
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import requests
from kafka import KafkaConsumer, TopicPartition
from pdfminer.high_level import extract_text

from bench.process_cpu import server_pids, snapshot
from services.adapters.admin import create_own_system_connection
from services.adapters.mongo import connect
from services.adapters.pdf_sandbox import PdfSandbox
from services.adapters.settings import load_settings
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.topics import INVOICE_ARCHIVED
from szamlatar_dev.demo.own_system import demo_documents, invoice_metadata
from szamlatar_dev.emulators.demo_data import generate_demo

ROOT = Path(__file__).resolve().parents[1]


def _serve(args: list[str], url: str, log: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(args, stdout=log.open("ab"), stderr=subprocess.STDOUT, cwd=ROOT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=1).ok:
                return proc
        except requests.RequestException:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"{args[1]} did not start; see {log}")


def _bare_text(pdf: bytes) -> int:
    return len(extract_text(io.BytesIO(pdf)))


def bare_pdfminer(pdfs: list[bytes], processes: int) -> tuple[float, int]:
    """Seconds for ``extract_text`` over ``pdfs`` with one process per core (started before the clock)."""
    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(_bare_text, pdfs[:processes]))  # every process has imported pdfminer
        t0 = time.perf_counter()
        chars = sum(pool.map(_bare_text, pdfs, chunksize=max(1, len(pdfs) // (4 * processes))))
        return time.perf_counter() - t0, chars


def sandbox_parse(docs: list[tuple[object, bytes]], processes: int) -> float:
    """Seconds for the parse stage's sandbox pool over the PDFs (metadata as the webhook sends it)."""
    sandbox = PdfSandbox(workers=processes)
    try:
        def parse(doc: tuple[object, bytes]) -> None:
            sandbox.parse(doc[1], media_type="application/pdf", metadata=invoice_metadata(doc[0]))

        with ThreadPoolExecutor(processes) as pool:
            list(pool.map(parse, docs[:processes]))  # every child started and warm
            t0 = time.perf_counter()
            list(pool.map(parse, docs))
            return time.perf_counter() - t0
    finally:
        sandbox.close()


def stage_seconds(worker_urls: list[str]) -> dict[str, tuple[int, float]]:
    """Per stage: events handled and mean seconds per event, summed over the workers' /metrics."""
    totals: dict[str, list[float]] = {}
    for url in worker_urls:
        for line in requests.get(f"{url}/metrics", timeout=5).text.splitlines():
            m = re.match(r'szamlatar_stage_duration_seconds_(sum|count)\{stage="(\w+)"\} (\S+)', line)
            if m:
                totals.setdefault(m[2], [0.0, 0.0])[m[1] == "count"] += float(m[3])
    return {stage: (int(count), total / count) for stage, (total, count) in totals.items() if count}


def archived_records(consumer: KafkaConsumer) -> int:
    """Records on ``invoice.archived`` so far, summed over its partitions' end offsets. The broker
    answers, so waiting for the last invoice costs the measured worker nothing: reading its /metrics
    every 0.1 s instead took it ~6 ms each time (py-spy)."""
    topic = INVOICE_ARCHIVED.name
    partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
    return sum(consumer.end_offsets(partitions).values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--invoices", type=int, default=200)
    parser.add_argument("-w", "--workers", type=int, default=1,
                        help="faust worker processes sharing the partitions (scale-out)")
    args = parser.parse_args()
    settings = load_settings()
    logs = Path(os.environ.get("SZAMLATAR_STATE_DIR", ROOT / ".run" / "test")) / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    szt = str(Path(sys.executable).parent / "szamlatar")
    api_url = f"http://127.0.0.1:{settings.api_port}"
    procs = [_serve([szt, "api"], f"{api_url}/healthz", logs / "bench-api.log")]
    worker_urls = [f"http://127.0.0.1:{settings.worker_web_port + w}" for w in range(args.workers)]
    for w in range(args.workers):
        port = settings.worker_web_port + w
        procs.append(_serve([szt, "worker", "--web-port", str(port)], f"http://127.0.0.1:{port}/healthz",
                            logs / f"bench-worker-{w}.log"))
    try:
        docs = demo_documents(generate_demo(seed=99, invoices=args.invoices))[: args.invoices]
        pdfs = [pdf for _, pdf in docs]
        mb = sum(map(len, pdfs)) / 1e6
        print(f"{len(docs)} demo invoice PDFs, {mb:.1f} MB, {mb * 1e3 / len(docs):.0f} KB average")

        db = connect(settings)
        tenant = "bench" + uuid.uuid4().hex[:8]
        secret = create_own_system_connection(db, settings, connection_id=f"{tenant}-erp", tenant=tenant,
                                              site="bench")
        url = f"{api_url}/api/v1/webhooks/{tenant}-erp"
        session = requests.Session()

        def post(i: int) -> int:
            inv, pdf = docs[i]
            body = webhook_body(f"b-{i}", pdf, invoice=invoice_metadata(inv))
            return post_signed(session, url, secret, body).status_code

        offsets = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, group_id=None)
        archived_before = archived_records(offsets)
        processes = {"api": procs[0].pid, **{f"worker-{w}": p.pid for w, p in enumerate(procs[1:])},
                     **server_pids(logs.parent)}
        cpu_before = snapshot(processes)
        started = time.perf_counter()
        with ThreadPoolExecutor(4) as pool:
            codes = list(pool.map(post, range(len(docs))))
        accepted = time.perf_counter() - started
        assert set(codes) == {202}, f"webhook refused some posts: {set(codes)}"
        while archived_records(offsets) - archived_before < len(docs):
            time.sleep(0.1)
            if time.perf_counter() - started > 600:
                raise SystemExit("pipeline did not archive everything within 10 minutes")
        pipeline = time.perf_counter() - started
        cpu = {name: seconds - cpu_before.get(name, 0.0) for name, seconds in snapshot(processes).items()}
        offsets.close()
        archived = db.invoices.count_documents({"tenant": tenant})  # once, after the clock stopped
        assert archived == len(docs), f"{archived} invoices archived, {len(docs)} posted"
        stages = stage_seconds(worker_urls)

        cores = os.cpu_count() or 1
        bare, chars = bare_pdfminer(pdfs, cores)
        parse_only = sandbox_parse(docs, cores)

        n = len(docs)
        print(f"{args.workers} worker process(es), {cores} CPU cores; bare pdfminer: {cores} processes, "
              f"{chars} characters")
        print(f"{'':34}{'invoices/s':>12}{'seconds':>10}")
        print(f"{'webhook accepted (202)':34}{n / accepted:12.1f}{accepted:10.2f}")
        print(f"{'whole pipeline, archived':34}{n / pipeline:12.1f}{pipeline:10.2f}")
        print(f"{'parse stage (sandbox pool)':34}{n / parse_only:12.1f}{parse_only:10.2f}")
        print(f"{'bare pdfminer.six extract_text':34}{n / bare:12.1f}{bare:10.2f}")
        for stage, (count, mean) in stages.items():
            print(f"  {stage + ' stage, ms per event (worker)':32}{mean * 1e3:12.1f}{count:10d} events")
        per_invoice = ", ".join(f"{name} {seconds * 1e3 / n:.1f}" for name, seconds in cpu.items())
        print(f"CPU ms per invoice while the pipeline ran (with children, /proc): {per_invoice}; "
              f"all {sum(cpu.values()) * 1e3 / n:.1f}")
        print(f"parse stage / bare pdfminer: {bare / parse_only:.2f}×")
        print(f"pipeline / bare pdfminer: {bare / pipeline:.2f}×")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()


if __name__ == "__main__":
    main()

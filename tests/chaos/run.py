"""`make chaos` (issue 15): nothing lost, nothing duplicated, whatever dies.

On a fresh test stack: posts N distinct signed invoices at about R per second (and more at the same
rate while kills remain: each kill must land while invoices flow, or its recovery means nothing) as a well-behaved
client would (the same external id and body again only on a connection error, 429/503 after its
``Retry-After``, or another 5xx; re-signed with a fresh timestamp each try), while SIGKILLing and
restarting, one after another, our processes (the faust worker, downstream, status-sync, the API)
and the servers (Kafka, versitygw, FerretDB). Then it waits for quiet and checks: every accepted
invoice archived exactly once (one current view, one version record, one S3 version, one
``invoice.archived`` audit entry), nothing of the tenant in ``invoice.dlq``, every archived PDF
downloaded through the API with the sha256 that was posted, the tenant's audit chain intact.

It prints the kill timeline, the seconds each kill took until the pipeline archived again, a table,
and last exactly::

    chaos: posted N, archived N, lost L, duplicated D, sha256 verified V

Run as ``python -m tests.chaos.run --invoices N --rate R`` inside the test profile's environment
(``make chaos CHAOS_ARGS="--invoices 200 --rate 5"``); the bounded variant runs in
``tests/integration/test_chaos.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import itertools
import os
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.admin import create_own_system_connection, create_token
from services.adapters.mongo import AuditLog, connect
from services.adapters.retry import RetryPolicy, parse_retry_after
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings, load_settings
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.audit_chain import verify_chain
from services.core.enums import Role
from services.core.keys import archive_key
from szamlatar_dev.demo.own_system import invoice_metadata
from szamlatar_dev.emulators.demo_data import generate_demo, render_invoice_pdf
from tests.chaos.stack import SERVERS, Process, kill_server, start_servers
from tests.chaos.topics import dead_letters_of

PROCESSES = ("worker", "downstream", "status-sync", "api")
WORKER_INSTANCE = "szamlatar-worker-1"  # SZAMLATAR_WORKER_INSTANCE_ID of the one worker these runs start
DEFAULT_TARGETS = ("worker", "downstream", "status-sync", "api", "kafka", "versitygw", "ferretdb")
CLIENT = RetryPolicy(max_attempts=1_000, base_seconds=0.5, cap_seconds=5.0)  # the poster's backoff
SPARE_BOOKS = 3  # the demo book is this many times the invoices asked for: spares for kills that remain
GIVE_UP_SECONDS = 600.0  # a client that has tried this long gives up (the invoice is not accepted: "lost" at the door)


@dataclass
class Posting:
    """One invoice as the client saw it."""

    external_id: str
    sha256: str
    attempts: int = 0
    answers: Counter[str] = field(default_factory=Counter)  # "202", "503", "connection", …
    accepted: bool = False
    accepted_at: float | None = None  # wall clock of the 202, to compare with the view's updated_at


@dataclass
class Kill:
    target: str
    killed_at: float
    up_at: float | None = None
    archiving_again_at: float | None = None

    def recovery(self) -> float | None:
        """Seconds from the kill until the pipeline archived again after the restart."""
        return None if self.archiving_again_at is None else self.archiving_again_at - self.killed_at


@dataclass
class Result:
    posted: int
    accepted: int
    archived: int
    lost: int
    duplicated: int
    verified: int
    dead_letters: int
    chain: str
    kills: list[Kill]
    answers: Counter[str]

    @property
    def ok(self) -> bool:
        return (self.lost == 0 and self.duplicated == 0 and self.dead_letters == 0 and self.chain.endswith("intact")
                and self.posted == self.accepted == self.archived == self.verified)

    def summary(self) -> str:
        return (f"chaos: posted {self.posted}, archived {self.archived}, lost {self.lost}, "
                f"duplicated {self.duplicated}, sha256 verified {self.verified}")


class ArchivedCounter:
    """Samples the tenant's archived count twice a second (a sample fails while FerretDB is down)."""

    def __init__(self, db: Database[dict[str, Any]], tenant: str) -> None:
        self.db, self.tenant = db, tenant
        self.samples: list[tuple[float, int]] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="chaos-counter", daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            with contextlib.suppress(Exception):  # the database is one of the things being killed
                self.samples.append((time.monotonic(), self.db.invoices.count_documents({"tenant": self.tenant})))
            self.stop.wait(0.5)

    def count_at(self, moment: float) -> int:
        return max((c for t, c in self.samples if t <= moment), default=0)

    def rose_after(self, moment: float) -> float | None:
        """The first sample after ``moment`` with more archived than at ``moment``."""
        base = self.count_at(moment)
        return next((t for t, c in self.samples if t > moment and c > base), None)


class Drill:
    def __init__(self, settings: Settings, db: Database[dict[str, Any]], api: str,
                 processes: dict[str, Process], out: Callable[[str], None] = print,
                 give_up: float = GIVE_UP_SECONDS) -> None:
        self.settings, self.db, self.api, self.processes, self.out = settings, db, api, processes, out
        self.give_up = give_up
        self.abandoned = threading.Event()  # the drill failed or was interrupted: posters and killer stop
        self.tenant = "chaos" + uuid.uuid4().hex[:8]
        self.connection_id = f"{self.tenant}-erp"
        self.secret = create_own_system_connection(db, settings, connection_id=self.connection_id,
                                                   tenant=self.tenant, site="budapest")
        self.token = create_token(db, tenant=self.tenant, role=Role.FINANCE, name="chaos")
        self.counter = ArchivedCounter(db, self.tenant)
        self.started = time.monotonic()

    def at(self, moment: float | None) -> str:
        return "-" if moment is None else f"{moment - self.started:7.1f}s"

    # --- the client --------------------------------------------------------------------------------

    def post(self, posting: Posting, body: bytes) -> None:
        """Post until accepted, as a well-behaved client: retry only what a retry can fix."""
        url = f"{self.api}/api/v1/webhooks/{self.connection_id}"
        first = time.monotonic()
        session = requests.Session()
        while time.monotonic() - first < self.give_up and not self.abandoned.is_set():
            posting.attempts += 1
            wait: float | None = None
            try:
                response = post_signed(session, url, self.secret, body)
            except requests.RequestException:
                posting.answers["connection"] += 1
            else:
                status = response.status_code
                posting.answers[str(status)] += 1
                if status in (202, 409):  # 409: an earlier try of this very request was accepted
                    posting.accepted, posting.accepted_at = True, time.time()
                    return
                if status not in (429, 503) and status < 500:
                    return  # refused on its content: retrying the same body cannot help
                wait = parse_retry_after(response.headers.get("Retry-After"), time.time())
            time.sleep(CLIENT.delay(posting.attempts, rand=0.5, retry_after=wait))

    def post_all(self, documents: Iterable[tuple[Any, bytes]], rate: float,
                 more: Callable[[], bool] = lambda: False, first: int | None = None) -> list[Posting]:
        """Post ``documents`` at ``rate``: the ``first`` of them (default: all), then the rest only while
        ``more()`` (the killer has targets left)."""
        postings: list[Posting] = []
        with ThreadPoolExecutor(max_workers=24, thread_name_prefix="chaos-post") as pool:
            for i, (inv, pdf) in enumerate(documents):
                if self.abandoned.is_set() or (first is not None and i >= first and not more()):
                    break
                time.sleep(max(0.0, self.started + i / rate - time.monotonic()))
                posting = Posting(f"chaos-{i}", hashlib.sha256(pdf).hexdigest())
                postings.append(posting)
                body = webhook_body(posting.external_id, pdf, filename=f"{posting.external_id}.pdf",
                                    invoice=invoice_metadata(inv))
                pool.submit(self.post, posting, body)
        return postings

    # --- the killer --------------------------------------------------------------------------------

    def kill_in_turn(self, targets: Sequence[str], every: float, down: float) -> list[Kill]:
        kills: list[Kill] = []
        for n, target in enumerate(targets, start=1):
            if self.abandoned.is_set():
                break
            # On schedule (spread over the posting), but never before the previous one has recovered.
            time.sleep(max(0.0, self.started + n * every - time.monotonic()))
            kill = Kill(target, time.monotonic())
            kills.append(kill)
            self.out(f"[{self.at(kill.killed_at)}] SIGKILL {target}")
            if target in SERVERS:
                kill_server(target)
            else:
                self.processes[target].kill()
            time.sleep(down)
            if target in SERVERS:
                start_servers()
            else:
                self.processes[target].start()
            kill.up_at = time.monotonic()
            self.out(f"[{self.at(kill.up_at)}] {target} is up again")
            # The next kill waits until the pipeline archives again (or a minute): one failure at a time.
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and self.counter.rose_after(kill.up_at) is None:
                time.sleep(0.5)
            kill.archiving_again_at = self.counter.rose_after(kill.up_at)
            self.out(f"[{self.at(kill.archiving_again_at)}] archiving again after {target}: "
                     f"{_seconds(kill.recovery())}")
        return kills

    # --- the checks --------------------------------------------------------------------------------

    def wait_for_quiet(self, expected: int, timeout: float) -> None:
        """Until every accepted invoice is archived, or nothing has moved for a minute (a backlog that
        still drains is waited for, up to ``timeout``: on FerretDB a thousand invoices take minutes)."""
        deadline, last, moved = time.monotonic() + timeout, -1, time.monotonic()
        while time.monotonic() < deadline:
            try:
                count = self.db.invoices.count_documents({"tenant": self.tenant})
            except Exception:
                count = last
            if count >= expected:
                return
            if count != last:
                last, moved = count, time.monotonic()
            elif time.monotonic() - moved > 60:
                return
            time.sleep(1)

    def check(self, postings: list[Posting], kills: list[Kill]) -> Result:
        accepted = {p.external_id: p for p in postings if p.accepted}
        views = list(self.db.invoices.find({"tenant": self.tenant}, {"_id": 1, "external_id": 1}))
        archived_ids = {v["external_id"] for v in views}
        versions = Counter(v["invoice_id"] for v in self.db.invoice_versions.find({"tenant": self.tenant},
                                                                                  {"invoice_id": 1}))
        audited = Counter(e["target"] for e in self.db.audit_log.find(
            {"tenant": self.tenant, "action": "invoice.archived"}, {"target": 1}))
        store = S3ObjectStore(self.settings)
        duplicated = len(views) - len(archived_ids)  # two views for one external id
        for view in views:
            extra = max(versions[view["_id"]], audited[view["_id"]],
                        len(store.versions(archive_key(self.tenant, view["_id"])))) - 1
            duplicated += max(0, extra)
        verified = self._verify_pdfs(views, accepted)
        log = AuditLog(self.db)
        chain = verify_chain(list(log.stream(self.tenant, up_to=log.head_seq(self.tenant)))).explain()
        answers: Counter[str] = Counter()
        for posting in postings:
            answers.update(posting.answers)
        return Result(posted=len(postings), accepted=len(accepted), archived=len(archived_ids),
                      lost=len(set(accepted) - archived_ids), duplicated=duplicated, verified=verified,
                      dead_letters=len(dead_letters_of(self.settings, self.tenant)), chain=chain, kills=kills,
                      answers=answers)

    def _verify_pdfs(self, views: list[dict[str, Any]], accepted: dict[str, Posting]) -> int:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {self.token}"

        def matches(view: dict[str, Any]) -> bool:
            posting = accepted.get(view["external_id"])
            response = session.get(f"{self.api}/api/v1/invoices/{view['_id']}/pdf", timeout=60)
            return (posting is not None and response.status_code == 200
                    and hashlib.sha256(response.content).hexdigest() == posting.sha256)

        with ThreadPoolExecutor(max_workers=4) as pool:
            return sum(pool.map(matches, views))

    # --- the whole drill ---------------------------------------------------------------------------

    def run(self, *, invoices: int, rate: float, targets: Sequence[str], down: float, seed: int = 15,
            quiet_timeout: float = 1800.0) -> Result:
        book = generate_demo(seed=seed, invoices=invoices * SPARE_BOOKS).invoices
        if len(book) < invoices:
            raise SystemExit(f"the demo book made only {len(book)} invoices")
        rendered = ((inv, render_invoice_pdf(inv)) for inv in book)
        # The first ``invoices`` rendered up front (out of the drill's timing); the spares one at a
        # time, only while kills remain.
        documents = itertools.chain(list(itertools.islice(rendered, invoices)), rendered)
        self.out(f"chaos: {invoices} invoices at ~{rate:g}/s to tenant {self.tenant}; kills: {', '.join(targets)}")
        self.counter.thread.start()
        self.started = time.monotonic()
        every = max(3.0, invoices / rate / (len(targets) + 1))
        kills: list[Kill] = []
        killer = threading.Thread(target=lambda: kills.extend(self.kill_in_turn(targets, every, down)),
                                  name="chaos-killer")
        killer.start()
        try:
            postings = self.post_all(documents, rate, more=killer.is_alive, first=invoices)
        except BaseException:
            self.abandoned.set()
            raise
        finally:
            killer.join()
        extra = f" ({len(postings) - invoices} more while kills remained)" if len(postings) > invoices else ""
        self.out(f"[{self.at(time.monotonic())}] posting done: {len(postings)}{extra}; waiting for quiet")
        self.wait_for_quiet(sum(p.accepted for p in postings), quiet_timeout)
        self.counter.stop.set()
        self.out(f"[{self.at(time.monotonic())}] quiet; checking")
        return self.check(postings, kills)


def _seconds(value: float | None) -> str:
    return "never (within 60 s)" if value is None else f"{value:.1f} s"


def report(result: Result, out: Callable[[str], None] = print) -> None:
    out("")
    out(f"{'kill':<12} {'recovery (kill → archiving again)':>36}")
    for kill in result.kills:
        out(f"{kill.target:<12} {_seconds(kill.recovery()):>36}")
    out("")
    rows = [("posted", result.posted), ("accepted (202/409)", result.accepted), ("archived", result.archived),
            ("lost", result.lost), ("duplicated", result.duplicated), ("in invoice.dlq", result.dead_letters),
            ("sha256 verified", result.verified), ("audit chain", result.chain),
            ("client answers", ", ".join(f"{k}: {v}" for k, v in sorted(result.answers.items())))]
    for name, value in rows:
        out(f"{name:<20} {value}")
    out(result.summary())


def stack_processes(settings: Settings) -> dict[str, Process]:
    szt = str(Path(sys.executable).parent / "szamlatar")
    downstream, status_sync = settings.api_port + 2, int(os.environ.get("SZAMLATAR_STATUS_SYNC_PORT", "6069"))
    return {
        "api": Process("chaos-api", [szt, "run", "api"], f"http://127.0.0.1:{settings.api_port}/healthz"),
        # One worker, restarted under the same static member id: it takes its partitions back at once
        # (docs/operations.md), as a worker run under a supervisor with a stable name does.
        "worker": Process("chaos-worker", [szt, "run", "worker"], f"http://127.0.0.1:{settings.worker_web_port}/healthz",
                          env={"SZAMLATAR_WORKER_INSTANCE_ID": WORKER_INSTANCE}),
        "downstream": Process("chaos-downstream", [szt, "run", "downstream", "--host", "127.0.0.1", "--port",
                                                   str(downstream)], f"http://127.0.0.1:{downstream}/healthz"),
        "status-sync": Process("chaos-status-sync", [szt, "run", "status-sync"],
                               f"http://127.0.0.1:{status_sync}/healthz"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=10.0, help="invoices posted per second")
    parser.add_argument("--kill", default=",".join(DEFAULT_TARGETS),
                        help=f"what to SIGKILL and restart, in order (of {', '.join(DEFAULT_TARGETS)})")
    parser.add_argument("--down", type=float, default=3.0, help="seconds each one stays dead")
    args = parser.parse_args(argv)
    targets = [t for t in args.kill.split(",") if t]
    unknown = set(targets) - set(DEFAULT_TARGETS)
    if unknown:
        parser.error(f"unknown kill targets: {', '.join(sorted(unknown))}")
    settings = load_settings()
    out = functools.partial(print, flush=True)  # the timeline as it happens, also through a pipe
    processes = stack_processes(settings)
    for process in processes.values():
        process.start()
    try:
        drill = Drill(settings, connect(settings), f"http://127.0.0.1:{settings.api_port}", processes, out=out)
        result = drill.run(invoices=args.invoices, rate=args.rate, targets=targets, down=args.down)
    finally:
        for process in processes.values():
            process.stop()
    report(result, out=out)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())

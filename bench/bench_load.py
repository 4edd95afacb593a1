"""End-to-end latency under a steady load (issue 15): `make bench-load`.

Drives the signed webhook at a steady rate for a few minutes (the chaos drill's well-behaved client,
``tests/chaos/run.py``) and reports, from the 202 to the invoice being found by search:
p50/p95/p99, throughput and the client's answers — for the steady run, for the invoices posted in
the run's first ``START`` seconds, and for those posted around one SIGKILL + restart of the worker
(``--restart-worker-at``). The API, the worker and the
indexer run as in production. (The process-side figure is ``szamlatar_stage_end_to_end_seconds``
``{stage="searchable"}``, observed by the indexer at the index commit; this bench measures from the
client's side, including the readers' reload.) No thresholds: the issue's target
(p99 ≤ 1 s at 10/s, steady again within 30 s of a worker restart) is for people to compare against.

"Searchable" is when the node's index answers a search with the invoice (``SearchWatcher``): the
bench opens the index read-only as every API process does (``TantivySearchIndex``: a stat of
``CURRENT`` and ``meta.json``, a reload when they changed, then the search) and asks for the
tenant's invoices every ``POLL_SECONDS``; an invoice's time is the end of the first search that
found it — an upper bound, at most one poll late. Why not another way:

- the view's ``updated_at`` (what this bench measured first) is the store, not search: the indexer's
  read, its batch and the index commit (100–200 ms) come after it;
- a time recorded in the index document (``indexed_at``) is taken before the commit that makes the
  document visible, so it leaves out exactly the commit and the readers' reload;
- polling ``GET /api/v1/invoices`` over HTTP would be the same search plus a bearer-token read from
  FerretDB per request — load on the very store that is the pipeline's bottleneck, so the measure
  would slow what it measures — and the API cannot sort by ``indexed_at`` to see the newest first.

It also prints where the time goes, per invoice: the record timestamps of its events on
``invoice.raw`` / ``.parsed`` / ``.matched`` / ``.archived`` (set by each producer), the index
document's ``indexed_at`` (the indexer's read of the view) and the search that found it; the
percentiles of each step, and the mean of each step over the slowest invoices (``--tail``).
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import requests
from kafka import KafkaConsumer
from prometheus_client.parser import text_string_to_metric_families

from services.adapters.mongo import connect
from services.adapters.settings import IndexSettings, Settings, load_index_settings, load_settings
from services.adapters.tantivy_index import TantivySearchIndex
from services.core.search_index import Sort, decode_row, index_query
from services.core.search_query import InvoiceQuery
from szamlatar_dev.demo.own_system import demo_documents
from szamlatar_dev.emulators.demo_data import generate_demo
from tests.chaos.run import Drill, Posting, stack_processes
from tests.chaos.stack import Process

AROUND = (-5.0, 30.0)  # seconds around the restart whose invoices make the "around a restart" row
# The first seconds of a run are a start, not a steady state: the worker's consumer group is still
# settling, its clients connect, the index's readers open. Those invoices get a row of their own.
START = 10.0
POLL_SECONDS = 0.05  # the search watcher's period: the resolution of "found", and ~20 small searches/s
# Newest-indexed invoices per search; more pages only while a page is all new. Small: at 10/s a poll
# finds ~0.5 new invoices, and each row read is CPU this bench takes from the pipeline it measures.
PAGE = 25
LOAD_PERIOD = 1.0  # seconds between samples of the machine's CPU (``MachineLoad``)
BENCH = "bench"  # this process in ``MachineLoad`` (its own CPU, not its children's)
# Each invoice's events in pipeline order; the record timestamp is when its producer sent it.
STEPS = ("invoice.raw", "invoice.parsed", "invoice.matched", "invoice.archived")


def quantiles(values: Sequence[float]) -> str:
    if not values:
        return "no invoices"
    ordered = sorted(values)

    def q(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

    return (f"n={len(ordered):5d}  p50 {q(0.50):6.2f} s  p95 {q(0.95):6.2f} s  p99 {q(0.99):6.2f} s  "
            f"max {ordered[-1]:6.2f} s")


class SearchWatcher:
    """When each of the tenant's invoices is first found by a search of the node's index, read as the
    API reads it (``TantivySearchIndex``): external id → wall clock at the end of that search."""

    def __init__(self, index: IndexSettings, tenant: str, period: float = POLL_SECONDS) -> None:
        self.index = TantivySearchIndex(Path(index.index_dir))
        self.query = index_query(InvoiceQuery(tenant=tenant))
        self.period = period
        self.found: dict[str, float] = {}
        self.searches = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="bench-search-watcher", daemon=True)

    def _run(self) -> None:
        while not self.stop.wait(self.period):
            try:
                self.poll()
            except Exception as exc:  # the index is rebuilt or briefly unreadable: the next poll tries again
                print(f"search watcher: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)

    def poll(self) -> None:
        """The newest-indexed invoices, page by page until a page holds one already found."""
        offset = 0
        while True:
            page = self.index.search(self.query, sort=Sort("indexed_at", descending=True), offset=offset, limit=PAGE)
            at = time.time()
            self.searches += 1
            new = [r["external_id"] for r in page.rows if r.get("external_id") not in self.found]
            for external_id in new:
                self.found[external_id] = at
            if len(new) < len(page.rows) or len(page.rows) < PAGE:
                return
            offset += PAGE

    def indexed_at(self) -> dict[str, float]:
        """Each invoice's ``indexed_at`` (the indexer's read of its view), in seconds."""
        return {str(decode_row(d["row"][0]).get("external_id")): d["indexed_at"][0] / 1e6
                for d in self.index.documents(self.query) if d.get("row") and d.get("indexed_at")}


def recovered_after(points: Sequence[tuple[float, float]], threshold: float) -> float | None:
    """Seconds after a restart from which every invoice posted took at most ``threshold`` (back to
    steady): ``points`` are (posted, seconds to searchable) with ``posted`` relative to the restart.
    0 when none after the restart was slower; ``None`` when the last one still was (not recovered)."""
    slow = [posted for posted, seconds in points if posted >= 0 and seconds > threshold]
    if not slow:
        return 0.0
    later = [posted for posted, _ in points if posted > max(slow)]
    return min(later) if later else None


def _cpu_ticks(pid: int) -> int:
    """utime + stime of ``pid`` in clock ticks (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0
    return int(fields[11]) + int(fields[12])


def _parents() -> dict[int, int]:
    """pid → parent pid of every process (to count a process's children: the worker's PDF sandboxes)."""
    out = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", encoding="ascii") as fh:
                    out[int(entry.name)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    return out


class MachineLoad:
    """The machine's CPU while the bench runs, sampled every ``LOAD_PERIOD``: the 1-minute load
    average, all CPU time used (``/proc/stat``) and the part used by the stack under test (each named
    process and its descendants: the API, the worker and its sandboxes, the indexer, the servers,
    this bench). What is left is other people's work on a shared machine, reported beside the
    figures because it moves them."""

    def __init__(self, pids: Callable[[], Mapping[str, int]]) -> None:
        self.pids = pids
        self.hz = os.sysconf("SC_CLK_TCK")
        self.cores = os.cpu_count() or 1
        self.samples: list[tuple[float, float, float, float]] = []  # (wall, load1, busy cores, ours cores)
        self.used: dict[str, float] = {}  # name → CPU seconds
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="bench-machine-load", daemon=True)

    @staticmethod
    def _busy() -> int:
        with open("/proc/stat", encoding="ascii") as fh:
            ticks = [int(v) for v in fh.readline().split()[1:]]
        return sum(ticks) - ticks[3] - ticks[4]  # all but idle and iowait

    def _ours(self) -> dict[str, int]:
        parents, ticks = _parents(), {}
        for name, root in self.pids().items():
            family, frontier = {root}, [] if name == BENCH else [root]  # the bench's children are named apart
            while frontier:
                frontier = [p for p, parent in parents.items() if parent in frontier and p not in family]
                family.update(frontier)
            ticks[name] = sum(_cpu_ticks(p) for p in family)
        return ticks

    def _run(self) -> None:
        busy, ours, at = self._busy(), self._ours(), time.time()
        while not self.stop.wait(LOAD_PERIOD):
            busy_now, ours_now, now = self._busy(), self._ours(), time.time()
            span = (now - at) * self.hz
            delta = {n: max(0, t - ours.get(n, t)) for n, t in ours_now.items()}  # a restarted process: from 0
            for name, d in delta.items():
                self.used[name] = self.used.get(name, 0.0) + d / self.hz
            with open("/proc/loadavg", encoding="ascii") as fh:
                load1 = float(fh.read().split()[0])
            self.samples.append((now, load1, (busy_now - busy) / span, sum(delta.values()) / span))
            busy, ours, at = busy_now, ours_now, now

    def summary(self, since: float, until: float) -> str:
        window = [s for s in self.samples if since <= s[0] <= until]
        if not window:
            return "machine load: no samples"
        loads, busy, ours = ([s[i] for s in window] for i in (1, 2, 3))
        others = [max(0.0, b - o) for b, o in zip(busy, ours, strict=True)]
        return (f"machine load ({self.cores} cores): load average {min(loads):.1f}–{max(loads):.1f} "
                f"(mean {statistics.fmean(loads):.1f}); CPU busy {statistics.fmean(busy):.2f} cores, of which "
                f"this stack {statistics.fmean(ours):.2f} and other work {statistics.fmean(others):.2f} "
                f"(max {max(others):.2f})")

    def others_at(self, moment: float) -> float | None:
        """Cores used by other work in the sample around ``moment``."""
        near = [s for s in self.samples if moment <= s[0] < moment + 2 * LOAD_PERIOD]
        return None if not near else max(0.0, near[0][2] - near[0][3])


def server_pids() -> dict[str, int]:
    """The test stack's servers (``start.sh`` wrote their PIDs under the state directory)."""
    state = os.environ.get("SZAMLATAR_STATE_DIR")
    out = {}
    for name in ("kafka", "versitygw", "ferretdb"):
        try:
            out[name] = int(Path(state or ".", "pids", f"{name}.pid").read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue
    return out


def event_times(settings: Settings, tenant: str, topics: Sequence[str] = STEPS) -> dict[str, dict[str, float]]:
    """topic → external id → the earliest record timestamp of the tenant's events on it (a replay's
    copy comes later), each topic read from its start to its end."""
    times: dict[str, dict[str, float]] = {}
    for topic in topics:
        consumer = KafkaConsumer(topic, bootstrap_servers=settings.kafka_bootstrap, group_id=None,
                                 auto_offset_reset="earliest", enable_auto_commit=False, consumer_timeout_ms=3000)
        seen: dict[str, float] = {}
        try:
            for record in consumer:
                parts = (record.key or b"").decode("utf-8", "replace").split("|")
                if len(parts) == 4 and parts[0] == tenant:
                    seen[parts[3]] = min(seen.get(parts[3], float("inf")), record.timestamp / 1000)
        finally:
            consumer.close()
        times[topic] = seen
    return times


def breakdown(marks: Mapping[str, Mapping[str, float]], ids: Sequence[str], tail: float
              ) -> list[tuple[str, list[float], float]]:
    """Per step (from one mark to the next): every invoice's seconds, and the mean over the ``tail``
    share of ``ids`` slowest from the first mark to the last."""
    names = list(marks)
    complete = [i for i in ids if all(i in marks[n] for n in names)]
    total = {i: marks[names[-1]][i] - marks[names[0]][i] for i in complete}
    slowest = sorted(complete, key=total.__getitem__, reverse=True)[:max(1, int(len(complete) * tail))]
    rows = []
    for a, b in itertools.pairwise(names):
        values = [marks[b][i] - marks[a][i] for i in complete]
        rows.append((f"{a} → {b}", values, statistics.fmean(marks[b][i] - marks[a][i] for i in slowest)
                     if complete else 0.0))
    return rows


def indexer_process(index: IndexSettings) -> Process:
    szt = str(Path(sys.executable).parent / "szamlatar")
    return Process("bench-indexer", [szt, "run", "indexer"], f"http://127.0.0.1:{index.indexer_port}/healthz")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=10.0, help="invoices posted per second")
    parser.add_argument("--duration", type=float, default=180.0, help="seconds of posting")
    parser.add_argument("--restart-worker-at", type=float, default=None,
                        help="seconds into the run to SIGKILL and restart the worker (default: half-way)")
    parser.add_argument("--no-restart", action="store_true")
    parser.add_argument("--dump", type=Path, default=None,
                        help="write each invoice's marks (wall-clock seconds per step) to this JSON-lines file")
    parser.add_argument("--tail", type=float, default=0.02,
                        help="share of the slowest steady invoices whose steps are averaged (default 0.02)")
    args = parser.parse_args(argv)
    out = functools.partial(print, flush=True)
    settings, index = load_settings(), load_index_settings()
    # The indexer first: it creates the node's index, which the API and the watcher open.
    processes = {"indexer": indexer_process(index),
                 **{name: p for name, p in stack_processes(settings).items() if name in ("api", "worker")}}
    count = int(args.rate * args.duration)
    documents = demo_documents(generate_demo(seed=77, invoices=count))[:count]
    restart_at = None if args.no_restart else (args.restart_worker_at or args.duration / 2)
    for process in processes.values():
        process.start()
    load = MachineLoad(lambda: {**{n: p.proc.pid for n, p in processes.items() if p.proc is not None},
                                **server_pids(), BENCH: os.getpid()})
    load.thread.start()
    try:
        drill = Drill(settings, connect(settings), f"http://127.0.0.1:{settings.api_port}", processes, out=out)
        watcher = SearchWatcher(index, drill.tenant)
        watcher.thread.start()
        out(f"bench-load: {len(documents)} invoices at {args.rate:g}/s for {args.duration:g} s"
            + (f", worker restarted at {restart_at:g} s" if restart_at is not None else ""))
        restarted: list[float] = []

        def restart() -> None:
            time.sleep(max(0.0, drill.started + (restart_at or 0.0) - time.monotonic()))
            restarted.append(time.time())
            processes["worker"].kill()
            processes["worker"].start()
            out(f"worker SIGKILLed and restarted ({time.time() - restarted[0]:.1f} s to healthy)")

        killer = threading.Thread(target=restart, daemon=True) if restart_at is not None else None
        drill.started = time.monotonic()
        if killer is not None:
            killer.start()
        started = time.time()
        postings = drill.post_all(documents, args.rate)
        posted_for = time.time() - started
        accepted = [p for p in postings if p.accepted]
        wait_until_found(watcher, {p.external_id for p in accepted}, drill, timeout=600)
        finished = time.time()
        watcher.stop.set()
        watcher.thread.join()
        load.stop.set()
        load.thread.join()
        report(drill, watcher, postings, accepted, restarted, posted_for, finished - started, args.tail, out,
               dump=args.dump, load=load)
        out(load.summary(started, started + posted_for))
        count = len(accepted)
        out("CPU seconds per invoice: " + "; ".join(f"{n} {s / max(1, count) * 1000:.0f} ms"
                                                      for n, s in sorted(load.used.items(), key=lambda i: -i[1])))
        service_times({"worker": f"http://127.0.0.1:{settings.worker_web_port}/metrics",
                       "indexer": f"http://127.0.0.1:{index.indexer_port}/metrics"}, out)
    finally:
        for process in processes.values():
            process.stop()
    return 0


def service_times(endpoints: Mapping[str, str], out: Callable[[str], None]) -> None:
    """Each stage's mean (and bucket-bound p99) time per event, the time each event waited before its
    stage started it, and the indexer's flush, from the processes' own histograms
    (``szamlatar_stage_duration_seconds``, ``…_queued_seconds``, ``…_flush_seconds``): the work itself
    and the waiting for it, where the steps above hold both (a restarted worker counts only since its
    restart)."""
    sums: dict[tuple[str, str], float] = {}
    buckets: dict[str, dict[float, float]] = {}
    for process, url in endpoints.items():
        try:
            text = requests.get(url, timeout=5).text
        except requests.RequestException as exc:
            out(f"{process} metrics: {exc}")
            continue
        for family in text_string_to_metric_families(text):
            if family.name in ("szamlatar_stage_duration_seconds", "szamlatar_stage_flush_seconds",
                               "szamlatar_stage_queued_seconds"):
                for sample in family.samples:
                    what = f"{family.name.split('_')[2]} {sample.labels['stage']}"
                    if sample.name.endswith(("_sum", "_count")):
                        key = (what, sample.name.rsplit("_", 1)[1])
                        sums[key] = sums.get(key, 0.0) + sample.value
                    elif sample.name.endswith("_bucket"):
                        le = float(sample.labels["le"])
                        buckets.setdefault(what, {})[le] = buckets.get(what, {}).get(le, 0.0) + sample.value

    def p99(what: str, n: float) -> str:
        bound = next((le for le, c in sorted(buckets.get(what, {}).items()) if c >= 0.99 * n), None)
        return "" if bound is None else f", p99 ≤ {bound * 1000:.0f} ms"

    means = [f"{what} {sums[(what, 'sum')] / n * 1000:.0f} ms{p99(what, n)} (n={n:.0f})"
             for what in sorted({w for w, _ in sums}) if (n := sums.get((what, "count"), 0.0))]
    out("time per event: " + "; ".join(means))


def wait_until_found(watcher: SearchWatcher, wanted: set[str], drill: Drill, timeout: float) -> None:
    """Until search finds every accepted invoice, or nothing new was found for a minute."""
    drill.wait_for_quiet(len(wanted), timeout=timeout)  # archived first (the store), then the index
    deadline, last, moved = time.monotonic() + timeout, -1, time.monotonic()
    while time.monotonic() < deadline and not wanted <= watcher.found.keys():
        if len(watcher.found) != last:
            last, moved = len(watcher.found), time.monotonic()
        elif time.monotonic() - moved > 60:
            return
        time.sleep(0.5)


def report(drill: Drill, watcher: SearchWatcher, postings: list[Posting], accepted: list[Posting],
           restarted: list[float], posted_for: float, took: float, tail: float, out: Callable[[str], None],
           dump: Path | None = None, load: MachineLoad | None = None) -> None:
    views = {v["external_id"]: v["updated_at"].timestamp()
             for v in drill.db.invoices.find({"tenant": drill.tenant}, {"external_id": 1, "updated_at": 1})}
    acked = {p.external_id: p.accepted_at for p in accepted if p.accepted_at is not None}

    def since_202(done: Mapping[str, float]) -> dict[str, float]:
        return {i: max(0.0, done[i] - at) for i, at in acked.items() if i in done}

    first = min(acked.values(), default=0.0)

    def window(i: str) -> str | None:
        """Which row invoice ``i`` counts in: the start, steady, around the restart, or none (after it)."""
        if acked[i] < first + START:
            return "start"
        if not restarted or acked[i] < restarted[0] + AROUND[0]:
            return "steady"
        return "around" if acked[i] <= restarted[0] + AROUND[1] else None

    def rows(latency: Mapping[str, float]) -> dict[str | None, list[float]]:
        split: dict[str | None, list[float]] = {"start": [], "steady": [], "around": [], None: []}
        for i, seconds in latency.items():
            split[window(i)].append(seconds)
        return split

    searchable, stored = since_202(watcher.found), since_202(views)
    by_row = rows(searchable)
    steady, around = by_row["steady"], by_row["around"]
    answers: dict[str, int] = {}
    for posting in postings:
        for answer, n in posting.answers.items():
            answers[answer] = answers.get(answer, 0) + n
    out("")
    out(f"202 → searchable, steady          {quantiles(steady)}")
    out(f"202 → searchable, start +0…+{START:g} s  {quantiles(by_row['start'])}")
    if restarted:
        out(f"202 → searchable, restart {AROUND[0]:+g}…{AROUND[1]:+g} s {quantiles(around)}")
        if steady:
            # Back to steady: no invoice slower than twice the steady p99 or the slowest steady one (by
            # definition 1 % of steady invoices exceed the p99 itself, so that alone never "recovers").
            ordered = sorted(steady)
            bound = max(2 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], ordered[-1])
            points = [(acked[i] - restarted[0], s) for i, s in searchable.items()]
            back = recovered_after(points, bound)
            out("recovered: " + ("not by the end of the run" if back is None else
                                 f"every invoice posted from {back:+.1f} s after the kill on was searchable "
                                 f"within {bound:.2f} s (2 × steady p99, or the slowest steady one)"))
            out("slowest per 2 s of posting after the kill: " + " ".join(
                f"{k:+d}:{max(s for t, s in points if k <= t < k + 2):.1f}"
                for k in range(-2, int(AROUND[1]) + 10, 2) if any(k <= t < k + 2 for t, _ in points)))
    out(f"202 → view stored, steady         {quantiles(rows(stored)['steady'])}")
    out(f"posted {len(postings)} in {posted_for:.0f} s ({len(postings) / posted_for:.1f}/s); "
        f"searchable {len(watcher.found)} in {took:.0f} s ({len(watcher.found) / took:.1f}/s)")
    out(f"client answers: {', '.join(f'{k}: {v}' for k, v in sorted(answers.items()))}; "
        f"not archived: {len(acked.keys() - views.keys())}; archived, not found by search: "
        f"{len(views.keys() - watcher.found.keys())}; {watcher.searches} searches "
        f"every {watcher.period * 1000:.0f} ms")
    steady_ids = [i for i in acked if i in watcher.found and window(i) == "steady"]
    tail_times(sorted(steady_ids, key=searchable.__getitem__), acked, first, load, out)
    marks: dict[str, Mapping[str, float]] = {**event_times(drill.settings, drill.tenant), "202": acked,
                                             "view stored": views, "indexer read": watcher.indexed_at(),
                                             "found by search": watcher.found}
    order = ("invoice.raw", "202", "invoice.parsed", "invoice.matched", "view stored", "invoice.archived",
             "indexer read", "found by search")
    if dump is not None:
        with dump.open("w", encoding="utf-8") as fh:
            for i in acked:
                fh.write(json.dumps({"external_id": i, **{k: marks[k].get(i) for k in order}}) + "\n")
    out(f"\nwhere the time goes (steady; 'slowest': mean over the slowest {tail:.0%}, raw → found):")
    for step, values, slow in breakdown({k: marks[k] for k in order}, steady_ids, tail):
        out(f"  {step:<38} {quantiles(values)}  slowest {slow:6.2f} s")


def tail_times(ordered: Sequence[str], acked: Mapping[str, float], first: float, load: MachineLoad | None,
               out: Callable[[str], None]) -> None:
    """When the slowest 1 % of ``ordered`` (fastest first) were posted, in seconds since the first 202,
    and how much CPU other work took then: a tail spread over the run is the pipeline's, a tail in
    a few bursts is a stall of the machine or of one store."""
    slowest = ordered[-max(1, len(ordered) // 100):]
    if not slowest:
        return
    seconds = sorted(int(acked[i] - first) for i in slowest)
    bursts: list[list[int]] = [[seconds[0], seconds[0]]]
    for s in seconds[1:]:
        if s - bursts[-1][1] <= 3:
            bursts[-1][1] = s
        else:
            bursts.append([s, s])

    def others(a: int, b: int) -> str:
        if load is None:
            return ""
        used = [u for t in range(a, b + 1) if (u := load.others_at(first + t)) is not None]
        return f" (other work {max(used):.2f} cores)" if used else ""

    out(f"slowest 1 % ({len(slowest)}) posted at: " + ", ".join(
        f"{a}–{b} s{others(a, b)}" if a != b else f"{a} s{others(a, b)}" for a, b in bursts))


if __name__ == "__main__":
    sys.exit(main())

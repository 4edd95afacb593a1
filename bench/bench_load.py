"""End-to-end latency under a steady load (issue 15): `make bench-load`.

Drives the signed webhook at a steady rate for a few minutes (the chaos drill's well-behaved client,
``tests/chaos/run.py``) and reports, from the 202 to the invoice being searchable (its current view
written, ``updated_at``): p50/p95/p99, throughput and the client's answers — for the steady run and
for the invoices posted around one SIGKILL + restart of the worker (``--restart-worker-at``).
The same figure is exported by the worker as ``szamlatar_stage_end_to_end_seconds{stage="archive"}``.
No thresholds: the issue's target (p99 ≤ 1 s at 10/s, steady again within 30 s of a worker restart)
is for people to compare against.
"""

from __future__ import annotations

import argparse
import functools
import sys
import threading
import time
from collections.abc import Sequence

from services.adapters.mongo import connect
from services.adapters.settings import load_settings
from szamlatar_dev.demo.own_system import demo_documents
from szamlatar_dev.emulators.demo_data import generate_demo
from tests.chaos.run import Drill, Posting, stack_processes

AROUND = (-5.0, 30.0)  # seconds around the restart whose invoices make the "around a restart" row


def quantiles(values: Sequence[float]) -> str:
    if not values:
        return "no invoices"
    ordered = sorted(values)

    def q(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

    return (f"n={len(ordered):5d}  p50 {q(0.50):6.2f} s  p95 {q(0.95):6.2f} s  p99 {q(0.99):6.2f} s  "
            f"max {ordered[-1]:6.2f} s")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=10.0, help="invoices posted per second")
    parser.add_argument("--duration", type=float, default=180.0, help="seconds of posting")
    parser.add_argument("--restart-worker-at", type=float, default=None,
                        help="seconds into the run to SIGKILL and restart the worker (default: half-way)")
    parser.add_argument("--no-restart", action="store_true")
    args = parser.parse_args(argv)
    out = functools.partial(print, flush=True)
    settings = load_settings()
    processes = {name: p for name, p in stack_processes(settings).items() if name in ("api", "worker")}
    count = int(args.rate * args.duration)
    documents = demo_documents(generate_demo(seed=77, invoices=count))[:count]
    restart_at = None if args.no_restart else (args.restart_worker_at or args.duration / 2)
    for process in processes.values():
        process.start()
    try:
        drill = Drill(settings, connect(settings), f"http://127.0.0.1:{settings.api_port}", processes, out=out)
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
        drill.wait_for_quiet(len(accepted), timeout=600)
        finished = time.time()
        report(drill, postings, accepted, restarted, posted_for, finished - started, out)
    finally:
        for process in processes.values():
            process.stop()
    return 0


def report(drill: Drill, postings: list[Posting], accepted: list[Posting], restarted: list[float],
           posted_for: float, took: float, out: functools.partial[None]) -> None:
    views = {v["external_id"]: v["updated_at"].timestamp()
             for v in drill.db.invoices.find({"tenant": drill.tenant}, {"external_id": 1, "updated_at": 1})}
    latency = {p.external_id: max(0.0, views[p.external_id] - p.accepted_at)
               for p in accepted if p.external_id in views and p.accepted_at is not None}
    steady = [s for p in accepted if (s := latency.get(p.external_id)) is not None
              and (not restarted or (p.accepted_at or 0) < restarted[0] + AROUND[0])]
    around = [s for p in accepted if restarted and (s := latency.get(p.external_id)) is not None
              and restarted[0] + AROUND[0] <= (p.accepted_at or 0) <= restarted[0] + AROUND[1]]
    answers: dict[str, int] = {}
    for posting in postings:
        for answer, n in posting.answers.items():
            answers[answer] = answers.get(answer, 0) + n
    out("")
    out(f"202 → searchable, steady          {quantiles(steady)}")
    if restarted:
        out(f"202 → searchable, restart {AROUND[0]:+g}…{AROUND[1]:+g} s {quantiles(around)}")
    out(f"posted {len(postings)} in {posted_for:.0f} s ({len(postings) / posted_for:.1f}/s); "
        f"archived {len(views)} in {took:.0f} s ({len(views) / took:.1f}/s)")
    out(f"client answers: {', '.join(f'{k}: {v}' for k, v in sorted(answers.items()))}; "
        f"not archived: {len(accepted) - len(latency)}")


if __name__ == "__main__":
    sys.exit(main())

"""The archive at scale (issue 11): N synthetic invoices straight into the store and the query index,
then what the UI asks, measured over HTTP through the running API, and the pipeline's invoices/s on
the same 200 PDFs with an empty archive and with N invoices in it, and each process's memory.

Run with `make bench-scale BENCH_ARGS="--invoices N"` (default 1 000 000; starts the test-profile
stack). Synthetic invoices: Hungarian names and numbers, several tenants and sites; each gets its
view, its version record and its version list (all grow with the archive). The index is filled by
`szamlatar index rebuild`'s code (one pass over the store) while the indexer runs.

The ratio's two rates are measured at the same time, so that whatever else the machine is doing slows
both alike: once the N invoices are in, a second test stack (slot ``--baseline-slot``, an empty
archive) starts beside this one and both pipelines take the same 200 PDFs together. The empty
archive's rate measured alone before the load is printed too, for reference.

Prints a table, then exactly these last lines:

    search p95 <ms> ms at <N> invoices
    pipeline at <N> invoices / empty: <ratio>
    largest process RSS <MB> MB

``--reuse`` keeps the archive a previous run loaded into this slot's state (the Makefile then does not
wipe it): the searches, the side-by-side pipeline and the memory again, without the ~45 minutes of
loading and indexing at a million. It refuses when the index holds fewer than N invoices.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import requests
from bench_pipeline import _serve as serve  # bench/ is the script's directory: its sibling imports

from services.adapters.admin import create_own_system_connection, create_token
from services.adapters.invoice_views import InvoiceViews
from services.adapters.mongo import connect
from services.adapters.settings import Settings, load_index_settings, load_settings
from services.adapters.tantivy_index import TantivySearchIndex
from services.adapters.users import create_user
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.enums import Role
from services.core.search_index import IndexQuery
from services.core.search_terms import build_search_terms
from services.indexer.maintenance import rebuild
from szamlatar_dev.demo.own_system import demo_documents, invoice_metadata
from szamlatar_dev.emulators.demo_data import generate_demo

ROOT = Path(__file__).resolve().parents[1]
TENANTS = ("acme", "bolt", "cegcsoport", "delta")
SITES = ("budapest", "debrecen", "szeged", "gyor", "pecs")
FIRST = ("Kovács", "Nagy", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh",
         "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete")
TRADE = ("Építő", "Szállító", "Informatikai", "Tanácsadó", "Kereskedelmi", "Vendéglátó", "Irodaszer", "Gépjármű",
         "Villamossági", "Takarító")
FORM = ("Kft.", "Zrt.", "Bt.", "Nyrt.")
WORDS = ("szoftver", "licenc", "karbantartás", "szállítás", "építés", "tanácsadás", "bérleti díj", "irodaszer",
         "üzemanyag", "javítás", "takarítás", "oktatás", "fuvar", "reklám", "tárhely")
CLIENTS = 2000
REPEAT = 20
PASSWORD = "bench-scale-pw-1"


def client_name(c: int) -> str:
    return f"{FIRST[c % len(FIRST)]} {TRADE[(c // len(FIRST)) % len(TRADE)]} {FORM[c % len(FORM)]}"


def synthetic(i: int, rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    """One invoice's view and version record, as the archive stage writes them (the fields search reads)."""
    tenant = TENANTS[i % len(TENANTS)]
    c = rng.randrange(CLIENTS)
    name = client_name(c)
    number = f"SZ-{2019 + i % 7}/{i:07d}"
    issued = date(2019, 1, 1) + timedelta(days=rng.randrange(7 * 365))
    gross = Decimal(rng.randrange(1_000, 20_000_000))
    invoice_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    sha = f"{rng.getrandbits(256):064x}"
    now = datetime.now(UTC)
    view = {
        "_id": invoice_id, "tenant": tenant, "site": SITES[c % len(SITES)], "source": {"kind": "own_system"},
        "external_id": f"syn-{i}", "invoice_number": number, "kind": "normal",
        "direction": "outgoing" if i % 3 else "incoming", "issue_date": issued.isoformat(), "currency": "HUF",
        "gross_total": str(gross), "gross_amount": float(gross), "seller_name": "Számlatár Minta Zrt.",
        "seller_tax_number": "10000007-2-41", "buyer_name": name, "buyer_tax_number": f"{20000000 + c}-2-41",
        "client_id": f"c{c}", "client_name": name,
        "invoice": {"number": number, "gross_total": str(gross), "payment_status": rng.choice(
            ("paid", "unpaid", "partially_paid"))},
        "search_terms": build_search_terms(number, name, "Számlatár Minta Zrt.", " ".join(rng.sample(WORDS, 3))),
        "current_version": 1, "current_sha256": sha, "updated_at": now,
    }
    version = {"_id": f"{invoice_id}:{sha}", "invoice_id": invoice_id, "tenant": tenant, "version": 1, "sha256": sha,
               "size": 1000, "object_key": f"{tenant}/invoices/{invoice_id}.pdf", "version_id": None,
               "archived_at": now}
    return view, version


def load(db: Any, n: int) -> float:
    rng = random.Random(11)
    started = time.perf_counter()
    for start in range(0, n, 1000):
        pairs = [synthetic(i, rng) for i in range(start, min(n, start + 1000))]
        db.invoices.insert_many([v for v, _ in pairs], ordered=False)
        db.invoice_versions.insert_many([r for _, r in pairs], ordered=False)
        db.version_lists.insert_many([{"_id": r["invoice_id"], "records": [r["_id"]]} for _, r in pairs],
                                     ordered=False)
        if start and start % 100_000 == 0:
            print(f"  loaded {start} invoices into the store", flush=True)
    return time.perf_counter() - started


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children (the worker's PDF sandboxes), in MB."""
    total = 0
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
            pids.extend(int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split())
        except (FileNotFoundError, AttributeError, ProcessLookupError):
            continue
    return total / 1024


def pipeline_rate(settings: Settings, db: Any, api: str, docs: list[tuple[Any, bytes]]) -> float:
    """Invoices/s from the first POST until every one is found through the API's search."""
    tenant = "pipe" + uuid.uuid4().hex[:8]
    secret = create_own_system_connection(db, settings, connection_id=f"{tenant}-erp", tenant=tenant, site="bench")
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {create_token(db, tenant=tenant, role=Role.FINANCE, name='bench')}"
    url = f"{api}/api/v1/webhooks/{tenant}-erp"

    def post(i: int) -> int:
        """As a well-behaved client: the same body again after a 429/503 (``Retry-After``), for a minute."""
        inv, pdf = docs[i]
        body = webhook_body(f"p-{i}", pdf, invoice=invoice_metadata(inv))
        deadline = time.monotonic() + 60
        while True:
            answer = post_signed(requests.Session(), url, secret, body)
            if answer.status_code not in (429, 503) or time.monotonic() > deadline:
                return answer.status_code
            time.sleep(float(answer.headers.get("Retry-After") or 1))

    started = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        codes = set(pool.map(post, range(len(docs))))
    assert codes <= {202, 409}, f"webhook refused some posts: {codes}"  # 409: already accepted
    while session.get(f"{api}/api/v1/invoices", params={"page_size": 1}, timeout=60).json()["total"] < len(docs):
        time.sleep(0.2)
        if time.perf_counter() - started > 1800:
            raise SystemExit("the pipeline did not archive the PDFs within 30 minutes")
    return len(docs) / (time.perf_counter() - started)


def timed(call: Callable[[], requests.Response], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        answer = call()
        samples.append((time.perf_counter() - t0) * 1000)
        assert answer.status_code == 200, (answer.status_code, answer.text[:300])
    return samples


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def ui_session(api: str, db: Any, tenant: str) -> requests.Session:
    create_user(db, tenant=tenant, username="bench", password=PASSWORD, role=Role.FINANCE)
    browser = requests.Session()
    form = browser.get(f"{api}/ui/login", timeout=30).text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert csrf, "no CSRF field on the login page"
    done = browser.post(f"{api}/ui/login", allow_redirects=False, timeout=30, data={
        "tenant": tenant, "username": "bench", "password": PASSWORD, "csrf_token": csrf.group(1)})
    assert done.status_code == 303, done.text[:300]
    return browser


def searches(api: str, db: Any, n: int) -> dict[str, tuple[Callable[[], requests.Response], int]]:
    tenant = TENANTS[0]
    api_session = requests.Session()
    api_session.headers["Authorization"] = f"Bearer {create_token(db, tenant=tenant, role=Role.FINANCE, name='b')}"
    browser = ui_session(api, db, tenant)
    per_tenant = n // len(TENANTS)
    deep = max(1, per_tenant // 50 // 2)  # the middle page of the tenant's list, 50 a page
    first = api_session.get(f"{api}/api/v1/invoices", params={"page_size": 1}, timeout=600).json()["items"]
    card = first[0]["client_id"] if first else "c0"  # a client the tenant has invoices of

    def get(**params: Any) -> Callable[[], requests.Response]:
        return lambda: api_session.get(f"{api}/api/v1/invoices", params=params, timeout=600)

    def page(path: str) -> Callable[[], requests.Response]:
        return lambda: browser.get(f"{api}{path}", timeout=600)

    return {
        "full text (2 words)": (get(q="szoftver kovacs"), REPEAT),
        "invoice number prefix": (get(number="SZ-2023/00012"), REPEAT),
        "client (name words)": (get(client="nagy epito"), REPEAT),
        "client (tax number)": (get(client="20000042-2-41"), REPEAT),
        "date + amount range": (get(issue_from="2022-01-01", issue_to="2022-03-31", gross_min="100000"), REPEAT),
        f"page {deep} sorted by amount": (get(sort="gross_total", page=deep), REPEAT),
        "counts (facets)": (get(facets="true", page_size=1), REPEAT),
        "UI start page (counters)": (page("/ui/"), REPEAT),
        "UI search page": (page("/ui/invoices?q=irodaszer"), REPEAT),
        "UI client card": (page(f"/ui/clients/{card}"), REPEAT),
    }


def start_processes(settings: Settings) -> tuple[str, dict[str, subprocess.Popen[bytes]]]:
    """The indexer, the API and the worker of this stack: the API's address and the processes."""
    logs = Path(os.environ.get("SZAMLATAR_STATE_DIR", ROOT / ".run" / "test")) / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    szt = str(Path(sys.executable).parent / "szamlatar")
    api = f"http://127.0.0.1:{settings.api_port}"
    index = load_index_settings()
    return api, {
        "indexer": serve([szt, "run", "indexer"], f"http://127.0.0.1:{index.indexer_port}/healthz",
                         logs / "bench-indexer.log"),
        "api": serve([szt, "run", "api"], f"{api}/healthz", logs / "bench-api.log"),
        "worker": serve([szt, "run", "worker"], f"http://127.0.0.1:{settings.worker_web_port}/healthz",
                        logs / "bench-worker.log"),
    }


def stop_processes(procs: dict[str, subprocess.Popen[bytes]]) -> None:
    for proc in procs.values():
        proc.terminate()
    for proc in procs.values():
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


def baseline_child(pdfs: int) -> None:
    """``--baseline``: on an empty stack of its own, say ready, wait for "go", measure, print the rate."""
    settings = load_settings()
    db = connect(settings)
    api, procs = start_processes(settings)
    try:
        docs = demo_documents(generate_demo(seed=99, invoices=pdfs))[:pdfs]
        print("ready", flush=True)
        sys.stdin.readline()
        print(f"rate {pipeline_rate(settings, db, api, docs)}", flush=True)
    finally:
        stop_processes(procs)


def start_baseline(slot: int, pdfs: int) -> subprocess.Popen[str]:
    """A fresh empty test stack on ``slot`` running ``--baseline``; returns once it is ready."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SZAMLATAR_") or k == "SZAMLATAR_CACHE"}
    env |= {"SZAMLATAR_PROFILE": "test", "SZAMLATAR_TEST_SLOT": str(slot)}
    # The fresh state's generated credentials are read after start.sh made them (with-env.sh read the old ones).
    script = ('deploy/local/stop.sh >/dev/null; rm -rf "$SZAMLATAR_STATE_DIR"; deploy/local/start.sh >&2 || exit 1; '
              '. "$SZAMLATAR_STATE_DIR/secrets.env"; '
              f'{sys.executable} bench/bench_scale.py --baseline --pdfs {pdfs}; rc=$?; deploy/local/stop.sh >&2; '
              'exit $rc')
    child = subprocess.Popen(["deploy/local/with-env.sh", "bash", "-c", script], cwd=ROOT, env=env, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    if _said(child, "ready") is None:
        raise SystemExit(f"the baseline stack on slot {slot} did not start")
    return child


def _said(child: subprocess.Popen[str], word: str) -> list[str] | None:
    """The child's first output line that starts with ``word``, split (``None``: it ended first)."""
    assert child.stdout is not None
    for line in child.stdout:
        if line.split()[:1] == [word]:
            return line.split()
    return None


def concurrent_rates(settings: Settings, db: Any, api: str, docs: list[tuple[Any, bytes]],
                     baseline: subprocess.Popen[str]) -> tuple[float, float]:
    """(this archive's rate, the empty baseline's rate), both pipelines posting at the same time."""
    assert baseline.stdin is not None and baseline.stdout is not None
    baseline.stdin.write("go\n")
    baseline.stdin.flush()
    full = pipeline_rate(settings, db, api, docs)
    answer = _said(baseline, "rate")
    baseline.wait(120)
    if answer is None or len(answer) != 2:
        raise SystemExit(f"the baseline stack did not measure: {answer}")
    return full, float(answer[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--pdfs", type=int, default=200)
    parser.add_argument("--ui", action="store_true", help="then time to first paint in Chromium (bench_ui.py)")
    slot = int(os.environ.get("SZAMLATAR_TEST_SLOT", "0") or 0)
    parser.add_argument("--baseline-slot", type=int, default=slot + 1 if slot < 9 else 1,
                        help="the test slot of the empty stack measured beside this one")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the archive a previous run loaded in this slot (needs at least N indexed)")
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args()
    if args.baseline:
        baseline_child(args.pdfs)
        return
    settings = load_settings()
    db = connect(settings)
    api, procs = start_processes(settings)
    index = load_index_settings()
    rss: dict[str, float] = {}

    def sample_rss() -> None:
        for name, proc in procs.items():
            rss[name] = max(rss.get(name, 0.0), rss_mb(proc.pid))

    try:
        docs = demo_documents(generate_demo(seed=99, invoices=args.pdfs))[: args.pdfs]
        empty: float | None = None
        if args.reuse:
            held = TantivySearchIndex(Path(index.index_dir)).count(IndexQuery(()))
            if held < args.invoices:
                raise SystemExit(f"--reuse: the index holds {held} invoices, fewer than {args.invoices}")
            print(f"reusing the archive loaded before: {held} invoices in the index", flush=True)
        else:
            empty = pipeline_rate(settings, db, api, docs)
            sample_rss()
            print(f"pipeline, empty archive: {empty:.1f} invoices/s ({len(docs)} PDFs)", flush=True)
            loaded = load(db, args.invoices)
            print(f"loaded {args.invoices} invoices into the store in {loaded:.0f} s", flush=True)
            t0 = time.perf_counter()
            report = rebuild(InvoiceViews(db), Path(index.index_dir))
            print(f"indexed {report.from_store} invoices in {time.perf_counter() - t0:.0f} s ({report.generation})",
                  flush=True)
        rows = []
        for name, (call, repeat) in searches(api, db, args.invoices).items():
            call()  # warm
            samples = timed(call, repeat)
            rows.append((name, statistics.median(samples), p95(samples)))
            print(f"  {name}: p50 {rows[-1][1]:.1f} ms, p95 {rows[-1][2]:.1f} ms", flush=True)  # as it goes
            sample_rss()
        if args.ui:  # the start page and the search list in Chromium, as the user searches() signed in
            from bench_ui import first_paints, report
            ui_lines = report(first_paints(api, TENANTS[0], "bench", PASSWORD), str(args.invoices))
            print("\n".join(ui_lines), flush=True)
        print(f"starting an empty stack on slot {args.baseline_slot} to measure beside this one", flush=True)
        full, beside = concurrent_rates(settings, db, api, docs, start_baseline(args.baseline_slot, args.pdfs))
        sample_rss()
        ratio = full / beside
        print()
        print(f"{'query (over HTTP, one tenant of ' + str(len(TENANTS)) + ')':40}{'p50 ms':>10}{'p95 ms':>10}")
        for name, p50, p95_ms in rows:
            print(f"{name:40}{p50:10.1f}{p95_ms:10.1f}")
        alone = "n/a" if empty is None else f"{empty:.1f}"  # --reuse: the archive was never empty
        print(f"{'pipeline, empty archive, alone (inv./s)':40}{alone:>10}")
        print(f"{'pipeline, empty archive, beside (inv./s)':40}{beside:10.1f}")
        print(f"{'pipeline, ' + str(args.invoices) + ' invoices (inv./s)':40}{full:10.1f}")
        for name, mb in rss.items():
            print(f"{'RSS ' + name + ' (MB)':40}{mb:10.0f}")
        all_samples = max(p for _, _, p in rows)
        print(f"search p95 {all_samples:.1f} ms at {args.invoices} invoices")
        print(f"pipeline at {args.invoices} invoices / empty: {ratio:.2f}")
        print(f"largest process RSS {max(rss.values()):.0f} MB")
    finally:
        stop_processes(procs)


if __name__ == "__main__":
    main()

"""Time to first paint of the start page and the search list in Chromium (issue 12), against a running API.

Each page is loaded ``--repeat`` times in one signed-in browser context (after one warm-up load), and
the browser's own figures are read from the Performance API: first-contentful-paint, and the navigation
entry's time to first byte and DOMContentLoaded. Figures only: nothing here passes or fails.

    deploy/local/with-env.sh .venv/bin/python bench/bench_ui.py --api http://127.0.0.1:8000 \\
        --tenant demo --username konyvelo --password …

``bench/bench_scale.py --ui`` runs it after its loads, at the archive size it built, as a user it creates.
Chromium is Debian's (``SZAMLATAR_CHROMIUM``, default /usr/bin/chromium), driven by Playwright as in the
browser tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from szamlatar_dev.browser import sign_in

CHROMIUM = os.environ.get("SZAMLATAR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
PAGES = {"start page (/ui/)": "/ui/", "search list (/ui/invoices)": "/ui/invoices"}

# The paint entry can land a moment after the load event: wait for it, then read the three figures.
FIGURES = """() => {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const nav = performance.getEntriesByType('navigation')[0];
  return paint && nav ? {fcp: paint.startTime, ttfb: nav.responseStart, dcl: nav.domContentLoadedEventEnd} : null;
}"""


@dataclass(frozen=True)
class PageTimes:
    fcp: list[float]  # ms from navigation start
    ttfb: list[float]
    dcl: list[float]




def first_paints(api: str, tenant: str, username: str, password: str, repeat: int = 10,
                 pages: dict[str, str] = PAGES) -> dict[str, PageTimes]:
    """The figures of each page in ``pages`` (name → path), ``repeat`` loads each after a warm-up."""
    from playwright.sync_api import sync_playwright

    found: dict[str, PageTimes] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=60_000)
        context = browser.new_context(locale="hu-HU")
        context.set_default_timeout(300_000)  # a page at a large archive may be slow: measure, do not fail
        page = context.new_page()
        sign_in(page, api, tenant, username, password, timeout=120_000)
        for name, path in pages.items():
            times = PageTimes([], [], [])
            for n in range(repeat + 1):
                page.goto(f"{api}{path}", wait_until="load")
                figures = page.wait_for_function(FIGURES).json_value()
                if n:  # the first load warms the API's and the browser's caches
                    times.fcp.append(figures["fcp"])
                    times.ttfb.append(figures["ttfb"])
                    times.dcl.append(figures["dcl"])
            found[name] = times
        context.close()
        browser.close()
    return found


def p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def report(found: dict[str, PageTimes], invoices: str = "") -> list[str]:
    """A table, then one line per page: ``first contentful paint <page> p50 <ms> ms p95 <ms> ms``."""
    at = f" at {invoices} invoices" if invoices else ""
    lines = [f"{'page (Chromium, ms)':32}{'FCP p50':>10}{'FCP p95':>10}{'TTFB p50':>10}{'DCL p50':>10}"]
    for name, t in found.items():
        lines.append(f"{name:32}{statistics.median(t.fcp):10.0f}{p95(t.fcp):10.0f}{statistics.median(t.ttfb):10.0f}"
                     f"{statistics.median(t.dcl):10.0f}")
    for name, t in found.items():
        lines.append(f"first contentful paint {name} p50 {statistics.median(t.fcp):.0f} ms "
                     f"p95 {p95(t.fcp):.0f} ms{at}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", default=f"http://127.0.0.1:{os.environ.get('SZAMLATAR_API_PORT', '8000')}")
    parser.add_argument("--tenant", default="demo")
    parser.add_argument("--username", default="konyvelo")
    parser.add_argument("--password", default=os.environ.get("SZAMLATAR_BENCH_PASSWORD", ""))
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--invoices", default="", help="the archive's size, for the printed lines")
    args = parser.parse_args(argv)
    if not args.password:
        sys.exit("--password (or SZAMLATAR_BENCH_PASSWORD) is needed to sign in")
    for line in report(first_paints(args.api, args.tenant, args.username, args.password, args.repeat),
                       args.invoices):
        print(line, flush=True)


if __name__ == "__main__":
    main()

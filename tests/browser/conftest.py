"""Browser tests: the integration stack's fixtures plus Debian's Chromium driven by Playwright.

Playwright's own browser download cannot work on these machines, so the test drives
``/usr/bin/chromium`` (installed by ``.ci/run``) through ``executable_path``."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

if "SZAMLATAR_KAFKA_BOOTSTRAP" not in os.environ:
    pytest.skip("browser tests need the test stack: run `make test-browser`", allow_module_level=True)

from tests.integration.conftest import (  # noqa: F401
    api,
    db,
    indexer,
    settings,
    status_sync,
    status_sync_process,
    store,
    tenant,
    worker,
)

CHROMIUM = os.environ.get("SZAMLATAR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    assert shutil.which(CHROMIUM) or os.path.exists(CHROMIUM), f"{CHROMIUM} is missing: apt-get install chromium"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=30_000)
        yield browser
        browser.close()


@pytest.fixture()
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(locale="hu-HU")
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test's ``roles`` marker travels with its report, for the count per role below."""
    for item in items:
        for mark in item.iter_markers("roles"):
            item.user_properties.append(("roles", tuple(mark.args)))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The browser tests per role and outcome (a test names its roles with ``@pytest.mark.roles``)."""
    counts: dict[str, Counter[str]] = {}
    for outcome in ("passed", "failed", "error", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            if outcome == "passed" and getattr(report, "when", "call") != "call":
                continue
            for name, roles in getattr(report, "user_properties", ()):
                if name == "roles":
                    for role in roles:
                        counts.setdefault(role, Counter())[outcome] += 1
    if counts:
        terminalreporter.write_sep("-", "browser tests per role")
        for role, by_outcome in sorted(counts.items()):
            terminalreporter.write_line(f"{role}: {sum(by_outcome.values())} ("
                                        + ", ".join(f"{n} {o}" for o, n in sorted(by_outcome.items())) + ")")

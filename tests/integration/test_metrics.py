"""Every process's /metrics passes promtool's lint, and a real Prometheus scrapes them."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import requests

from services.adapters.settings import Settings
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Process, Tenant, wait_until

# promtool and prometheus are built into ~/.cache/szamlatar/bin by `make test-tools`, which the stack
# scripts put first on PATH; a missing tool fails these tests rather than skipping them.


def _endpoints(settings: Settings) -> dict[str, str]:
    return {"api": f"http://127.0.0.1:{settings.api_port}/metrics",
            "worker": f"http://127.0.0.1:{settings.worker_web_port}/metrics"}


def test_metrics_pass_promtool_lint_and_count_the_pipeline(tenant: Tenant, settings: Settings) -> None:
    inv, pdf = demo_documents(demo_book(1, seed=5))[0]
    assert tenant.post("metrics-1", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: tenant.archived_count() == 1, what="the invoice archived")
    for name, url in _endpoints(settings).items():
        text = requests.get(url, timeout=5).text
        lint = subprocess.run(["promtool", "check", "metrics"], input=text, capture_output=True, text=True)
        assert lint.returncode == 0, f"{name}: {lint.stdout}{lint.stderr}"
    worker_text = requests.get(_endpoints(settings)["worker"], timeout=5).text
    assert 'szamlatar_stage_events_out_total{outcome="ok",stage="archive"}' in worker_text
    assert "szamlatar_stage_duration_seconds_bucket" in worker_text


def test_a_real_prometheus_scrapes_every_process(tenant: Tenant, settings: Settings) -> None:
    prometheus = shutil.which("prometheus")
    assert prometheus, "prometheus is not installed: make test-tools"
    port = int(settings.api_port) + 7
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "prometheus.yml"
        targets = {n: u.removeprefix("http://").removesuffix("/metrics") for n, u in _endpoints(settings).items()}
        config.write_text(
            "global: {scrape_interval: 1s}\nscrape_configs:\n"
            + "".join(f"  - job_name: szamlatar-{n}\n    static_configs: [{{targets: ['{t}']}}]\n"
                      for n, t in targets.items()),
            encoding="utf-8",
        )
        proc = Process("prometheus", [prometheus, f"--config.file={config}", f"--storage.tsdb.path={tmp}/data",
                                      f"--web.listen-address=127.0.0.1:{port}"], f"http://127.0.0.1:{port}/-/ready")
        proc.start()
        try:
            def query(expr: str) -> list[dict]:
                r = requests.get(f"http://127.0.0.1:{port}/api/v1/query", params={"query": expr}, timeout=5)
                return list(r.json()["data"]["result"])

            up = wait_until(lambda: [s for s in query('up{job=~"szamlatar-.*"}') if s["value"][1] == "1"]
                            if len(query('up{job=~"szamlatar-.*"}')) == 2 else [], timeout=30, what="both targets up")
            assert {s["metric"]["job"] for s in up} == {"szamlatar-api", "szamlatar-worker"}
            wait_until(lambda: query("szamlatar_http_requests_total"), timeout=30, what="API metrics in Prometheus")
        finally:
            proc.stop()

"""One consumer shell, one health/metrics server: a process that consumes Kafka records in a group
does it through ``adapters/consumer_shell.py``, and one that serves ``/healthz`` and ``/metrics``
without a web framework does it through ``adapters/ops_http.py`` — so retries, dead letters, commits
and the health answer cannot drift apart again. (Ids: ``tests/unit/core/test_keys.py``.)"""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "services"
HTTP_SERVERS = {"HTTPServer", "ThreadingHTTPServer", "start_http_server", "start_wsgi_server"}


def _name(node: ast.expr) -> str:
    return node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""


def _where(called: set[str], subclassed: set[str]) -> set[str]:
    """Modules under services/ that call one of ``called`` or subclass one of ``subclassed``."""
    found = set()
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and _name(node.func) in called) or (
                    isinstance(node, ast.ClassDef) and any(_name(b) in subclassed for b in node.bases)):
                found.add(str(path.relative_to(SERVICES)))
    return found


def test_only_ops_http_serves_health_and_metrics_by_hand() -> None:
    assert _where(HTTP_SERVERS, {"BaseHTTPRequestHandler"}) == {"adapters/ops_http.py"}


def test_only_the_consumer_shell_and_the_dlq_reader_build_a_kafka_consumer() -> None:
    # The DLQ reader reads a topic's snapshot without a group (``szamlatar dlq list|replay``); every
    # consumer in a group runs its records through the shell's per-record policy.
    assert _where({"KafkaConsumer"}, set()) == {"adapters/consumer_shell.py", "adapters/dlq.py"}


def test_the_status_sync_and_downstream_processes_run_in_the_shell() -> None:
    for module in ("status_sync/service.py", "downstream/worker.py"):
        assert "ConsumerShell(" in (SERVICES / module).read_text(encoding="utf-8"), module

"""``/healthz`` and ``/metrics`` for every process that has no web framework of its own (pollers,
the kafka-python consumers, the import watchers): a stdlib HTTP server on a daemon thread, bound
to 127.0.0.1 by default. The one such server in the code base (``tests/unit/test_one_shell.py``);
the API and the faust worker answer the same two paths through their own web servers."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from services.core.errors import SzamlatarError

logger = logging.getLogger(__name__)


def always_ok() -> dict[str, Any]:
    """The health of a process that is up whenever it answers."""
    return {"status": "ok"}


def serve_ops(port: int, registry: CollectorRegistry, health: Callable[[], dict[str, Any]] = always_ok,
              host: str = "127.0.0.1", refresh: Callable[[], None] | None = None) -> ThreadingHTTPServer:
    """Start answering; ``health()`` returns the /healthz body (``status`` other than ``ok`` → 503).
    ``refresh()`` runs before each /metrics answer, for gauges read at scrape time (a queue's depth);
    when it fails on one of our errors (the database is down) the gauges keep their last values and
    the scrape is still answered."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.split("?")[0] == "/metrics":
                if refresh is not None:
                    try:
                        refresh()
                    except SzamlatarError as exc:
                        logger.warning("metrics: gauges not refreshed: %s", exc)
                body, ctype, code = generate_latest(registry), CONTENT_TYPE_LATEST, 200
            elif self.path.split("?")[0] == "/healthz":
                state = health()
                body = json.dumps(state, default=str).encode()
                ctype, code = "application/json", 200 if state.get("status") == "ok" else 503
            else:
                body, ctype, code = b"not found\n", "text/plain", 404
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return  # the process logs in JSON; health probes are not worth a line each

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name=f"ops-http-{port}", daemon=True).start()
    return server

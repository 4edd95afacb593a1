"""A ``requests`` session for a billing system's API that counts every call by service, operation
and status, times it, and tells the back-off sleeps apart (rate limited, PDF not ready, server
error, unreachable, maintenance). Each slice names its operations (``services/billingo/client.py``,
``services/szamlazz/client.py``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import requests

from services.adapters.metrics import UpstreamMetrics

# (method in capitals, url, the request's keyword arguments) → the operation's name in the metrics
OperationOf = Callable[[str, str, dict[str, Any]], str]
# an answer → is the service down for maintenance (a back-off sleep is then counted as such)?
MaintenanceOf = Callable[[requests.Response], bool]


def _never(response: requests.Response) -> bool:
    return False


class ObservedSession(requests.Session):
    """Counts and times every call; remembers the last status so a back-off sleep knows its cause."""

    def __init__(self, service: str, metrics: UpstreamMetrics | None, operation: OperationOf,
                 maintenance: MaintenanceOf = _never) -> None:
        super().__init__()
        self.service, self.metrics = service, metrics
        self.operation, self.maintenance = operation, maintenance
        self.last_status: int | None = None
        self.last_maintenance = False

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        m = method.decode() if isinstance(method, bytes) else method
        u = url.decode() if isinstance(url, bytes) else url
        op = self.operation(m.upper(), u, kwargs)
        started = time.perf_counter()
        try:
            response = super().request(m, u, *args, **kwargs)
        except requests.RequestException:
            self._record(op, 0, time.perf_counter() - started)
            raise
        self.last_maintenance = self.maintenance(response)
        self._record(op, response.status_code, time.perf_counter() - started)
        return response

    def _record(self, op: str, status: int, seconds: float) -> None:
        self.last_status = status
        if self.metrics is not None:
            self.metrics.calls.labels(self.service, op, str(status)).inc()
            self.metrics.latency.labels(self.service, op).observe(seconds)

    def wait_reason(self) -> str:
        status = self.last_status
        if status == 0 or status is None:
            return "unreachable"
        if status == 429:
            return "rate_limited"
        if status == 202:
            return "pdf_pending"
        if self.last_maintenance:
            return "maintenance"
        return "server_error" if status >= 500 else "other"


def observed_sleep(session: ObservedSession, sleep: Callable[[float], None] = time.sleep) -> Callable[[float], None]:
    def wait(seconds: float) -> None:
        if session.metrics is not None:
            reason = session.wait_reason()
            session.metrics.waits.labels(session.service, reason).inc()
            session.metrics.wait_seconds.labels(session.service, reason).inc(max(0.0, seconds))
        sleep(seconds)

    return wait

"""The NAV sync process: every NAV connection, every interval, both directions (OUTBOUND: invoices
the taxpayer issued; INBOUND: invoices it received), import NAV's invoice data (``sync.sync_nav``)
from where the last complete sync of that direction got to — minus ``lookback_days``, because
invoices are reported to NAV days after they are issued — up to today, then reconcile the
connection's whole period (``sync_from`` .. today) against the archive and publish the gaps as
metrics. The first sync of a connection starts at its ``sync_from`` (default: ``lookback_days``
ago). Progress is kept in ``ingest_cursors`` per direction (``cursor_id``: ``{_id: connection,
synced_until}`` for OUTBOUND, as before INBOUND existed, ``connection|INBOUND`` for INBOUND), so a
restart does not start over and INBOUND, added later, starts at ``sync_from``. A failing direction
does not hold the other back; the pass counts as complete only when both are. ``/healthz`` shows
each connection's last sync and gaps per direction; ``/metrics`` the counters and gauges of
``metrics.py``."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from prometheus_client import CollectorRegistry

from services.adapters.ingest_state import IngestState
from services.adapters.metrics import NavSyncMetrics, nav_sync_metrics
from services.adapters.mongo import MongoDb, connect
from services.adapters.ops_http import serve_ops
from services.adapters.search_index import SearchIndex
from services.adapters.settings import Settings
from services.adapters.tantivy_index import open_node_index
from services.core.enums import Direction
from services.core.errors import SzamlatarError
from services.nav.client import NavClient
from services.nav.connection import credentials_of
from services.nav.reconcile import reconcile_tenant
from services.nav.repository import NavInvoiceRepo, nav_connections
from services.nav.sync import sync_nav

logger = logging.getLogger(__name__)
Doc = dict[str, Any]
DIRECTIONS = (Direction.OUTGOING, Direction.INCOMING)


def cursor_id(connection_id: str, direction: Direction) -> str:
    """OUTBOUND keeps the connection's own id, so progress saved before INBOUND existed still counts."""
    return connection_id if direction is Direction.OUTGOING else f"{connection_id}|{direction.nav}"


def sync_window(connection: Doc, cursor: Doc | None, today: date, lookback_days: int) -> tuple[date, date]:
    """(first, last) issue date to ask NAV about in this pass."""
    start = _date(connection.get("sync_from")) or today - timedelta(days=lookback_days)
    done = _date((cursor or {}).get("synced_until"))
    if done is not None:
        start = max(start, done - timedelta(days=lookback_days))
    return min(start, today), today


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class NavSyncer:
    def __init__(self, settings: Settings, db: MongoDb, metrics: NavSyncMetrics, *, lookback_days: int = 35,
                 client_factory: Callable[[Doc], NavClient] | None = None,
                 today: Callable[[], date] = lambda: datetime.now(UTC).date(),
                 index: SearchIndex | None = None) -> None:
        self.settings, self.db, self.metrics, self.lookback_days = settings, db, metrics, lookback_days
        self.index = index  # the node's query index: the archive side of the gap metrics
        self.state = IngestState(db)
        self.today = today
        self.client_factory = client_factory or (lambda c: NavClient(c["url"], credentials_of(c, settings)))

    def connections(self) -> list[Doc]:
        return nav_connections(self.db)

    def run_once(self, connection: Doc) -> Doc:
        """One pass over both directions: ``{"error", "outbound": {...}, "inbound": {...}}``."""
        cid = connection["_id"]
        summary: Doc = {d.nav.lower(): self._run_direction(connection, d) for d in DIRECTIONS}
        errors = [f"{d}: {s['error']}" for d, s in summary.items() if s["error"]]
        summary["error"] = "; ".join(errors) or None
        self.metrics.runs.labels("failed" if errors else "complete").inc()
        if not errors:
            self.metrics.last_success.labels(cid).set(time.time())
        return summary

    def _run_direction(self, connection: Doc, direction: Direction) -> Doc:
        cid, tenant = connection["_id"], connection["tenant"]
        key = cursor_id(cid, direction)
        cursor = self.state.cursor(key) or {"_id": key}
        today = self.today()
        first, last = sync_window(connection, cursor, today, self.lookback_days)
        summary: Doc = {"from": first.isoformat(), "to": last.isoformat(), "error": None}
        try:
            client = self.client_factory(connection)
            try:
                report = sync_nav(client, NavInvoiceRepo(self.db), tenant=tenant, connection_id=cid,
                                  date_from=first, date_to=last, direction=direction)
            finally:
                client.close()
        except SzamlatarError as exc:
            summary["error"] = f"{exc.reason.value}: {exc.message}"
            cursor.update({"last_attempt_at": datetime.now(UTC), "last_error": summary["error"]})
            self.state.save_cursor(cursor)
            logger.warning("NAV sync of %s (%s) failed: %s", cid, direction.nav, exc, extra={"connection": cid})
            return summary
        for outcome, n in (("imported", report.imported), ("unchanged", report.unchanged),
                           ("failed", len(report.failed))):
            self.metrics.invoices.labels(outcome).inc(n)
        summary.update({"found": report.found, "imported": report.imported, "unchanged": report.unchanged,
                        "failed": [f"{n}: {r}" for n, r in report.failed]})
        cursor.update({"synced_until": last.isoformat(), "last_attempt_at": datetime.now(UTC), "last_error": None})
        self.state.save_cursor(cursor)

        period_from = _date(connection.get("sync_from")) or first
        result, _ = reconcile_tenant(self.db, tenant, period_from, last, direction, self.index)
        self.metrics.reconciliation.record(cid, result, time.time(), direction=direction.nav.lower())
        cursor["gaps"] = dict(result.gaps)  # the start page shows these (app/connections.nav_gaps)
        self.state.save_cursor(cursor)
        summary["reconciliation"] = {"from": period_from.isoformat(), "to": last.isoformat(),
                                     "gaps": dict(result.gaps), "matched": result.matched}
        return summary


def run_nav_sync(settings: Settings, *, port: int, interval: float = 900.0, lookback_days: int = 35,
                 stop: threading.Event | None = None, once: bool = False) -> Doc:
    stop = stop or threading.Event()
    registry = CollectorRegistry()
    state: Doc = {"status": "ok", "rounds": 0, "last_round_at": None, "connections": {}}
    server = serve_ops(port, registry, lambda: state) if port else None
    syncer = NavSyncer(settings, connect(settings, registry), nav_sync_metrics(registry), lookback_days=lookback_days,
                       index=open_node_index())
    logger.info("NAV sync started", extra={"interval": interval})
    try:
        while not stop.is_set():
            started = time.monotonic()
            try:
                connections = syncer.connections()
            except Exception as exc:  # MongoDB away: try again next round
                logger.warning("NAV sync: cannot read connections: %s", exc)
                connections = []
            for connection in connections:
                if stop.is_set():
                    break
                state["connections"][connection["_id"]] = syncer.run_once(connection)
            state["rounds"] += 1
            state["last_round_at"] = datetime.now(UTC).isoformat()
            if once:
                break
            stop.wait(max(0.0, interval - (time.monotonic() - started)))
    finally:
        if server is not None:
            server.shutdown()
    return state

"""The test fetch that runs when a Számlázz.hu connection is saved: whether the Agent key works,
and how many invoices the push brought in the window."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
from typing import Any

from services.adapters.ingest_state import IngestState
from services.adapters.metrics import UpstreamMetrics
from services.adapters.retry import RetryPolicy
from services.adapters.settings import Settings
from services.core.connections import FetchOutcome
from services.core.errors import SzamlatarError, UpstreamError
from services.szamlazz.client import AgentAuthenticationError, InvoiceNotFoundError, connection_agent

QUICK = (5.0, 15.0)  # an administrator is waiting for the answer


def probe_szamlazz(settings: Settings, connection: dict[str, Any], ingest: IngestState,
                   upstream: UpstreamMetrics | None, now: datetime, days: int = 30) -> FetchOutcome:
    """Whether the Agent key works, as a ``FetchOutcome``; one quick try."""
    agent, session = connection_agent(settings, connection, upstream, retry=RetryPolicy(max_attempts=1),
                                       timeout=QUICK)
    try:
        with contextlib.suppress(InvoiceNotFoundError):  # the key was accepted; there is just no such invoice
            agent.get_invoice_xml(invoice_number="SZAMLATAR-KAPCSOLATTESZT")
        return FetchOutcome(found=ingest.count_received(connection["_id"], now - timedelta(days=days)), days=days)
    except AgentAuthenticationError as exc:
        return FetchOutcome(reason="no_subscription" if exc.code == 136 else "wrong_key", days=days)
    except UpstreamError:
        if session.last_maintenance:
            return FetchOutcome(reason="maintenance", days=days)
        detail = f"HTTP {session.last_status}" if session.last_status else "no answer"
        return FetchOutcome(reason="unreachable", detail=detail, days=days)
    except SzamlatarError as exc:
        return FetchOutcome(reason="unexpected", detail=str(exc)[:200], days=days)
    finally:
        agent.close()

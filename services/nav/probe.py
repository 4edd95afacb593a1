"""The test fetch of a NAV connection (Próbalekérés): the technical user's credentials are tried with a
token exchange, then the first page of the invoices the company issued in the last ``days`` is asked
for — one quick try each, an administrator is waiting for the answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from services.adapters.retry import RetryPolicy
from services.adapters.settings import Settings
from services.core.connections import FetchOutcome
from services.core.enums import Direction
from services.core.errors import SzamlatarError
from services.nav.client import NavAuthenticationError, NavClient, NavRejectedError, NavUnavailableError
from services.nav.connection import credentials_of
from services.nav.protocol.requests import IssueDateRange

QUICK = (5.0, 20.0)
Doc = dict[str, Any]


def quick_client(settings: Settings, connection: Doc) -> NavClient:
    return NavClient(str(connection.get("url") or ""), credentials_of(connection, settings), timeout=QUICK,
                     retry=RetryPolicy(max_attempts=1))


def probe_nav(settings: Settings, connection: Doc, now: datetime, days: int = 30,
              client_factory: Callable[[Doc], NavClient] | None = None) -> FetchOutcome:
    """What NAV answers this connection, as a ``FetchOutcome`` (never raises for NAV's side)."""
    try:
        client = (client_factory or (lambda c: quick_client(settings, c)))(connection)
    except SzamlatarError as exc:  # the sealed secrets cannot be opened: a configuration problem
        return FetchOutcome(reason="unexpected", detail=str(exc)[:200], days=days)
    try:
        client.token_exchange()
        window = IssueDateRange((now - timedelta(days=days)).date(), now.date())
        page = client.query_invoice_digest_page(page=1, direction=Direction.OUTGOING, mandatory=window)
        return FetchOutcome(found=len(page.digests), more=page.available_page > 1, days=days)
    except NavAuthenticationError:
        return FetchOutcome(reason="wrong_key", days=days)
    except NavUnavailableError as exc:
        detail = f"HTTP {exc.http_status}" if exc.http_status else "no answer"
        return FetchOutcome(reason="unreachable", detail=detail, retry_after=exc.retry_after, days=days)
    except NavRejectedError as exc:
        return FetchOutcome(reason="unexpected", detail=(exc.error_code or str(exc))[:200], days=days)
    except SzamlatarError as exc:
        return FetchOutcome(reason="unexpected", detail=str(exc)[:200], days=days)
    finally:
        client.close()

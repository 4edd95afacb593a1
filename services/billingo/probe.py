"""The test fetch that runs when a Billingo connection is saved: what the account holds, and
whether the key may write payments back."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from services.adapters.metrics import UpstreamMetrics
from services.adapters.retry import RetryPolicy
from services.adapters.settings import Settings
from services.billingo.client import (
    AuthenticationError,
    DocumentNotFoundError,
    PermissionDeniedError,
    RequestRejectedError,
    SubscriptionRequiredError,
    connection_billingo,
)
from services.core.connections import FetchOutcome
from services.core.errors import SzamlatarError, UpstreamError

QUICK = (5.0, 15.0)  # an administrator is waiting for the answer


def probe_billingo(settings: Settings, connection: dict[str, Any], upstream: UpstreamMetrics | None,
                   now: datetime, days: int = 30) -> FetchOutcome:
    """What the account holds, as a ``FetchOutcome``; one quick try."""
    client, session = connection_billingo(settings, connection, upstream, timeout=QUICK,
                                          retry=RetryPolicy(max_attempts=1))
    try:
        found = client.count_documents(since=(now - timedelta(days=days)).date())
        total = client.count_documents()
        try:
            client.put_payments(0, [])  # no such document: 404 with a write key, 403 with a read-only one
            read_only: bool | None = False
        except PermissionDeniedError:
            read_only = True
        except (DocumentNotFoundError, RequestRejectedError):
            read_only = False
        except SzamlatarError:
            read_only = None
        return FetchOutcome(found=found, total=total, read_only=read_only, days=days)
    except AuthenticationError:
        return FetchOutcome(reason="wrong_key", days=days)
    except SubscriptionRequiredError:
        return FetchOutcome(reason="no_subscription", days=days)
    except UpstreamError as exc:
        if session.last_status == 429:
            return FetchOutcome(reason="rate_limited", retry_after=exc.retry_after, days=days)
        detail = f"HTTP {session.last_status}" if session.last_status else "no answer"
        return FetchOutcome(reason="unreachable", detail=detail, days=days)
    except SzamlatarError as exc:
        return FetchOutcome(reason="unexpected", detail=str(exc)[:200], days=days)
    finally:
        client.close()

"""The test fetch of a pull connection (Próbalekérés): the own system's list, first page only, read with
the connection's credential as the poller would — nothing imported, no cursor moved."""

from __future__ import annotations

from datetime import datetime

from services.adapters.ingest_state import IngestState
from services.adapters.settings import Settings
from services.adapters.url_fetch import UnauthorizedError, fetch
from services.core.connection_model import Connection
from services.core.connections import FetchOutcome
from services.core.errors import ConfigurationError, Retryable, SzamlatarError
from services.core.url_policy import UrlRefusedError
from services.ingest_pull.poller import Fetcher, PullPoller


def probe_pull(settings: Settings, connection: Connection, state: IngestState, now: datetime,
               fetcher: Fetcher = fetch) -> FetchOutcome:
    """What the list answers, as a ``FetchOutcome`` (never raises for the own system's side)."""
    del now  # the first page is the same whenever it is asked for
    poller = PullPoller(settings=settings, state=state, store=None, publisher=None, fetcher=fetcher)
    try:
        found, more = poller.first_page(connection)
        return FetchOutcome(found=found, more=more)
    except UnauthorizedError:
        return FetchOutcome(reason="wrong_key")
    except UrlRefusedError as exc:
        return FetchOutcome(reason="url_refused", detail=str(exc)[:200])
    except Retryable as exc:
        return FetchOutcome(reason="unreachable", detail=str(exc)[:200], retry_after=exc.retry_after)
    except ConfigurationError as exc:  # an OAuth token refused, a mapping that cannot be read
        refused = "OAuth" in str(exc)
        return FetchOutcome(reason="wrong_key" if refused else "unexpected", detail=str(exc)[:200])
    except SzamlatarError as exc:
        return FetchOutcome(reason="unexpected", detail=str(exc)[:200])

"""One pass of one pull connection: list pages from the saved cursor, map each item
(``services/core/pull_mapping.py``), fetch its PDF through ``adapters/url_fetch.py`` under the
connection's URL policy (the list URL too), stage it and produce ``invoice.raw``.

State, in MongoDB (``adapters/ingest_state.IngestState``):

* ``ingest_cursors`` ``{_id: connection, cursor}`` — saved after every item (field cursor) or every
  page (opaque cursor), so a crash resumes where it stopped, not at the start;
* ``ingest_items`` ``{_id: connection|external_id, fingerprint, pdf_sha256, raw_event_id}`` —
  written after the event is acknowledged. An item seen again with the same fingerprint costs no
  download; one whose PDF has the same sha256 as before is not produced again. A crash between the
  produce and this write produces the same event again (same event id), which the archive turns
  into ``duplicate`` — nothing is archived twice.

Failures: an item that cannot be mapped or whose URL is refused or whose document is not a PDF is
*rejected* — recorded in ``ingest_items`` with its reason, and the cursor moves past it (retrying it
would block the connection for ever). It is tried again when it changes, or after ``szamlatar pull
rewind`` (which forgets the refusals and lists everything again; the rest costs no download).
A *retryable* failure (the system or its file server is down, 5xx, timeouts) ends the pass where it
is; the next round starts there again.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from services.adapters.connections import credential
from services.adapters.ingest_state import IngestState
from services.adapters.metrics import BillingIngestMetrics
from services.adapters.oauth_client import ClientCredentials, oauth_settings
from services.adapters.settings import Settings
from services.adapters.source_documents import publish_document
from services.adapters.url_fetch import Fetched, UnauthorizedError, fetch
from services.core.connection_model import Connection
from services.core.errors import ConfigurationError, Rejected, Retryable, SzamlatarError, UnauthenticatedError
from services.core.pull_mapping import MISSING, PullConfig, get_path, is_stuck, map_item, page_url, read_page
from services.core.url_policy import UrlPolicy

logger = logging.getLogger(__name__)
Doc = dict[str, Any]
Fetcher = Callable[..., Fetched]
SOURCE_KIND = "own_system"  # an in-house system, like the webhook; the connection's kind is "pull"
MAX_PAGES_PER_PASS = 1000


@dataclass
class PullResult:
    pages: int = 0
    listed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    complete: bool = False
    errors: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


class PullPoller:
    def __init__(self, *, settings: Settings, state: IngestState, store: Any, publisher: Any,
                 metrics: BillingIngestMetrics | None = None, fetcher: Fetcher = fetch,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 tokens: ClientCredentials | None = None) -> None:
        self.settings, self.state, self.store, self.publisher = settings, state, store, publisher
        self.metrics, self.fetcher, self.clock = metrics, fetcher, clock
        self.tokens = tokens or ClientCredentials(settings)

    def poll(self, connection: Connection, stop: threading.Event | None = None) -> PullResult:
        """One pass; never raises for a problem of the remote side (the result says what happened)."""
        cid = connection.id
        result = PullResult()
        now = self.clock()
        cursor_doc = self.state.cursor(cid)
        try:
            config = PullConfig.read(cid, connection.pull.pull)
            policy = UrlPolicy.of_settings(connection.pull, self.settings.max_document_bytes)
            self._static_headers(connection)  # a credential that cannot be opened is a configuration error
            oauth_settings(connection)
        except (ConfigurationError, Rejected) as exc:
            result.errors.append(f"configuration: {exc}")
            self._finish(cid, cursor_doc or {"_id": cid}, result, now)
            return result
        if cursor_doc is None:
            cursor_doc = {"_id": cid, "cursor": config.initial_cursor}
        cursor: str | None = cursor_doc.get("cursor")

        def save(value: str | None) -> None:
            cursor_doc["cursor"] = value
            self.state.save_cursor(cursor_doc)

        try:
            while result.pages < MAX_PAGES_PER_PASS and not (stop and stop.is_set()):
                listing = self._get(connection, page_url(config, cursor), policy, accept="application/json")
                page = read_page(listing.content, config, cursor)
                result.pages += 1
                result.listed += len(page.items)
                if is_stuck(page, cursor):
                    result.errors.append(f"cursor {cursor!r} does not advance: more items share one "
                                         f"{config.cursor_field!r} than a page of {config.page_size} holds")
                    break
                for item in page.items:
                    outcome = self._import_one(connection, config, policy, item, now)
                    result.count(outcome)
                    if self.metrics is not None:
                        self.metrics.documents.labels("pull", outcome).inc()
                    if not config.next_cursor_path:
                        value = get_path(item, config.cursor_field)
                        if value is not MISSING and value not in (None, "") and str(value) != cursor:
                            cursor = str(value)
                            save(cursor)
                if page.next_cursor != cursor:
                    cursor = page.next_cursor
                    save(cursor)
                if page.last:
                    result.complete = True
                    break
        except Retryable as exc:
            result.errors.append(f"{exc.reason.value}: {exc.message}")
            logger.warning("pull of %s stopped: %s", cid, exc, extra={"connection": cid})
        except SzamlatarError as exc:  # the list itself refused (URL policy) or unreadable
            result.errors.append(f"{exc.reason.value}: {exc.message}")
            logger.warning("pull of %s failed: %s", cid, exc, extra={"connection": cid})
        self._finish(cid, cursor_doc, result, now)
        return result

    def first_page(self, connection: Connection) -> tuple[int, bool]:
        """The test fetch's read: the list's first page from the mapping's initial cursor, with the
        connection's credential, nothing imported and no cursor moved — (items on it, more pages?).
        Raises what a pass would record (``ConfigurationError``, ``UrlRefusedError``, ``Retryable``…)."""
        config = PullConfig.read(connection.id, connection.pull.pull)
        policy = UrlPolicy.of_settings(connection.pull, self.settings.max_document_bytes)
        listing = self._get(connection, page_url(config, config.initial_cursor), policy, accept="application/json")
        page = read_page(listing.content, config, config.initial_cursor)
        return len(page.items), not page.last

    def _finish(self, cid: str, cursor_doc: Doc, result: PullResult, now: datetime) -> None:
        cursor_doc["last_attempt_at"] = now
        cursor_doc["last_error"] = result.errors[-1] if result.errors else None
        if result.complete:
            cursor_doc["completed_at"] = now
        self.state.save_cursor(cursor_doc)
        if self.metrics is not None:
            self.metrics.polls.labels("pull", "complete" if result.complete else "failed").inc()
            done = cursor_doc.get("completed_at")
            if done is not None:
                done = done if done.tzinfo else done.replace(tzinfo=UTC)
                self.metrics.poll_lag.labels("pull", cid).set(max(0.0, (self.clock() - done).total_seconds()))

    def _static_headers(self, connection: Connection) -> dict[str, str]:
        if connection.has_credential("authorization"):
            return {"Authorization": credential(self.settings, connection, "authorization")}
        return {}

    def _headers(self, connection: Connection) -> dict[str, str]:
        """The connection's ``Authorization``: an OAuth client-credentials token (cached by
        ``self.tokens`` until shortly before it expires) or the static header value."""
        if oauth_settings(connection) is not None:
            try:
                return {"Authorization": self.tokens.header(connection)}
            except UnauthenticatedError as exc:  # the connection's client is refused, not an item: end the pass
                raise ConfigurationError(f"OAuth token: {exc}") from exc
        return self._static_headers(connection)

    def _get(self, connection: Connection, url: str, policy: UrlPolicy, **options: Any) -> Fetched:
        """One GET with the connection's credential; a 401 to an OAuth token renews it and asks once more
        (revoked early, or the server's clock runs ahead of ours). A second 401 ends the pass: the credential
        is refused, not the item."""
        try:
            return self.fetcher(url, policy, headers=self._headers(connection), **options)
        except UnauthorizedError:
            if oauth_settings(connection) is None:
                raise
            self.tokens.invalidate(connection)
        try:
            return self.fetcher(url, policy, headers=self._headers(connection), **options)
        except UnauthorizedError as exc:  # a fresh token refused too: the credential, not the item
            raise ConfigurationError(f"{url}: a new OAuth token was refused as well (HTTP 401)") from exc

    def _import_one(self, connection: Connection, config: PullConfig, policy: UrlPolicy,
                    item: Any, now: datetime) -> str:
        cid = connection.id
        raw_id = get_path(item, config.id_field)
        fingerprint: str | None = None
        try:
            pulled = map_item(item, config)
            fingerprint = pulled.fingerprint
            known = self.state.item(cid, pulled.external_id)
            if known is not None and known.get("fingerprint") == pulled.fingerprint:
                return "unchanged"
            fetched = self._get(connection, pulled.pdf_url, policy)
            sha = hashlib.sha256(fetched.content).hexdigest()
            record: Doc = dict(known or {"_id": self.state.item_id(cid, pulled.external_id), "received_at": now})
            record.update({"tenant": connection.tenant, "connection_id": cid, "external_id": pulled.external_id,
                           "invoice_number": pulled.metadata.get("number"), "fingerprint": pulled.fingerprint,
                           "updated_at": now, "error": None})
            if known is not None and known.get("pdf_sha256") == sha:
                self.state.save_item(record)
                return "unchanged"
            envelope = {"tenant": connection.tenant, "site": connection.site,
                        "source": {"kind": SOURCE_KIND, "connection_id": cid}, "external_id": pulled.external_id,
                        "correlation_id": f"pull-{cid}-{pulled.external_id}-{sha[:12]}"[:128]}
            name = str(pulled.metadata.get("number") or pulled.external_id).replace("/", "_")
            event = publish_document(settings=self.settings, store=self.store, publisher=self.publisher,
                                     envelope=envelope, pdf=fetched.content, filename=f"{name}.pdf",
                                     metadata=pulled.metadata, now=now)
            record.update({"pdf_sha256": sha, "raw_event_id": event["event_id"]})
            self.state.save_item(record)
            return "imported"
        except Rejected as exc:
            ext = str(raw_id)[:256] if raw_id is not MISSING and raw_id not in (None, "") else None
            logger.warning("pull %s: item %s refused: %s", cid, ext, exc, extra={"connection": cid})
            if ext is not None:
                failed = dict(self.state.item(cid, ext) or {"_id": self.state.item_id(cid, ext), "received_at": now})
                failed.update({"tenant": connection.tenant, "connection_id": cid, "external_id": ext,
                               "error": f"{exc.reason.value}: {exc.message}"[:500], "updated_at": now,
                               "fingerprint": fingerprint})  # the same item again is not retried
                self.state.save_item(failed)
            return "failed"

"""Connections to billing systems and other sources, one set of use cases for every door: the JSON API
(``/api/v1/connections``, ``web/routes/connections.py``) and the admin's Integrációk page
(``web/ui/pages/integrations.py``) call these, so a saved key is tested, stored and audited the same
whichever way it came.

Billingo and Számlázz.hu connections are created and changed here; saving runs the kind's test fetch
(``ConnectionPorts.probe``: ``billingo/probe.py``, ``szamlazz/probe.py``) and stores its verdict on the
connection (``last_test``). Every kind can be paused and resumed (``enabled``; what each process
does with a paused one: ``core/pausing.py``). Credentials are sealed on the way in
(``ConnectionPorts.seal``) and never shown back. Errors are domain errors (``core/errors.py``).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Protocol

from services.app.ports import AuditLog, Clock, utc_now
from services.core.access import Principal
from services.core.connection_model import Connection, ConnectionKind
from services.core.connections import (
    CREDENTIALS,
    FetchOutcome,
    check_connection_id,
    describe_test,
    public_view,
    validate_settings,
)
from services.core.errors import ConflictError, ForbiddenError, NotFoundError, ReasonCode, UnsupportedOperationError

Doc = dict[str, Any]
PUSH_KEY_SUFFIX = "sztar"  # our receiver's registered keypostfix: Számlázz.hu keys end with it
OWN_SYSTEM = "own-system connections are managed with `szamlatar connection` commands"
# What the API lists (its answer is unchanged); the Integrációk page shows every kind.
API_KINDS = ("billingo", "szamlazz", "own_system")
EVERY_KIND = tuple(k.value for k in ConnectionKind)
# Every kind can be paused: each process honours ``enabled`` as ``core/pausing.py`` describes (pollers
# skip, doors answer 503 ``disabled``, the export inbox leaves drops, a producer's records wait in the DLQ).
PAUSABLE = EVERY_KIND
# The kinds with a test fetch (``ConnectionPorts.probe``): the billing services, NAV, the pull list.
TESTABLE = ("billingo", "szamlazz", "nav", "pull")


class ConnectionStore(Protocol):
    """The ``connections`` collection (``adapters/connections.py`` ``ConnectionRepo``)."""

    def get(self, connection_id: str) -> Doc | None: ...
    def active(self, connection_id: str) -> Connection | None: ...
    def list(self, *, kinds: Iterable[str], tenant: str | None = None,
             include_disabled: bool = True) -> list[Connection]: ...
    def save(self, connection: Doc) -> None: ...
    def delete(self, connection: Doc, at: datetime) -> None: ...


class IngestCursors(Protocol):
    """Where each poller keeps its place and its last error (``adapters/ingest_state.py`` ``IngestState``)."""

    def cursor(self, connection_id: str) -> Doc | None: ...
    def forget(self, connection_id: str) -> None: ...


@dataclass(frozen=True)
class ConnectionPorts:
    """What the connection use cases reach (the web app builds it: ``billing_deps.connection_ports``)."""

    connections: ConnectionStore
    ingest: IngestCursors
    audit: AuditLog
    probe: Callable[[Doc, datetime], FetchOutcome]  # the kind's test fetch
    seal: Callable[[str], str]  # a credential sealed with the key-encryption key
    push_url: Callable[[str], str]  # where Számlázz.hu pushes for this connection id
    require_sites: Callable[[Principal, Iterable[str]], None]  # ForbiddenError beyond the principal's sites
    url_allowlist: tuple[str, ...] = ()
    clock: Clock = utc_now


def view(ports: ConnectionPorts, doc: Mapping[str, Any]) -> Doc:
    """The connection as it may be shown: settings and which credentials are set, never their values."""
    return public_view(doc, ports.push_url(str(doc["_id"])) if doc.get("kind") == "szamlazz" else None)


def owned(ports: ConnectionPorts, principal: Principal, connection_id: str) -> Doc:
    """A live connection of this principal's tenant and sites; else ``NotFoundError``."""
    found = ports.connections.active(connection_id)
    if found is None or found.tenant != principal.tenant or not principal.sees_site(found.doc.get("site", "")):
        raise NotFoundError(f"no connection {connection_id!r}")
    return dict(found.doc)


def _audit(ports: ConnectionPorts, principal: Principal, action: str, target: str, details: Doc) -> None:
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action=action, target=target,
                       details=details)


def test_and_store(ports: ConnectionPorts, doc: Doc) -> Doc:
    """Run the test fetch, keep its verdict on the connection (``last_test``) and answer it with what was seen."""
    now = ports.clock()
    outcome = ports.probe(doc, now)
    result = {**describe_test(doc["kind"], outcome), "at": now.isoformat()}
    doc["last_test"] = result
    ports.connections.save(doc)
    return {**result, "observed": {k: v for k, v in asdict(outcome).items() if v not in (None, ())}}


def list_connections(ports: ConnectionPorts, principal: Principal, kinds: Iterable[str] = API_KINDS) -> list[Doc]:
    """The tenant's live connections of ``kinds`` this principal sees, as ``view`` shows them."""
    found = ports.connections.list(tenant=principal.tenant, kinds=tuple(kinds))
    return [view(ports, dict(c.doc)) for c in found if principal.sees_site(c.doc.get("site", ""))]


def create_connection(ports: ConnectionPorts, principal: Principal, body: Mapping[str, Any]) -> Doc:
    """A new Billingo or Számlázz.hu connection, tested at once: ``{connection, test[, shown_once]}``.
    A Számlázz.hu push key generated here is answered once (it must be entered in the account)."""
    kind = str(body.get("kind", ""))
    fields, creds = validate_settings(kind, body, allowed_url_prefixes=ports.url_allowlist, creating=True)
    connection_id = check_connection_id(str(body["id"])) if body.get("id") else f"{kind}-{secrets.token_hex(4)}"
    ports.require_sites(principal, [fields["site"]])
    if ports.connections.get(connection_id) is not None:
        raise ConflictError(f"connection {connection_id!r} exists", reason=ReasonCode.EXISTS)
    shown_once: dict[str, str] = {}
    if kind == "szamlazz" and "push_key" not in creds:
        creds["push_key"] = secrets.token_urlsafe(24)[:30] + PUSH_KEY_SUFFIX
        shown_once["push_key"] = creds["push_key"]
    now = ports.clock()
    doc = {"_id": connection_id, "kind": kind, "tenant": principal.tenant, **fields,
           "credentials": {k: ports.seal(v) for k, v in creds.items()},
           "created_at": now, "updated_at": now, "created_by": principal.subject}
    ports.connections.save(doc)
    _audit(ports, principal, "connection.created", connection_id,
           {"kind": kind, "site": fields["site"], "credentials": sorted(creds)})
    test = test_and_store(ports, doc)
    answer: Doc = {"connection": view(ports, doc), "test": test}
    if shown_once:
        answer["shown_once"] = shown_once
    return answer


def change_connection(ports: ConnectionPorts, principal: Principal, connection_id: str,
                      body: Mapping[str, Any]) -> Doc:
    """Change settings or replace credentials of a Billingo / Számlázz.hu connection, then test it again."""
    doc = owned(ports, principal, connection_id)
    if doc.get("kind") not in CREDENTIALS:
        raise UnsupportedOperationError(OWN_SYSTEM)
    fields, creds = validate_settings(doc["kind"], {k: v for k, v in body.items() if k not in ("id", "kind")},
                                      allowed_url_prefixes=ports.url_allowlist, creating=False)
    if "site" in fields:
        ports.require_sites(principal, [fields["site"]])
    doc.update(fields)
    doc["credentials"] = {**(doc.get("credentials") or {}), **{k: ports.seal(v) for k, v in creds.items()}}
    doc["updated_at"] = ports.clock()
    ports.connections.save(doc)
    _audit(ports, principal, "connection.changed", connection_id,
           {"fields": sorted(fields), "credentials": sorted(creds)})
    return {"connection": view(ports, doc), "test": test_and_store(ports, doc)}


def retest_connection(ports: ConnectionPorts, principal: Principal, connection_id: str) -> Doc:
    """The kind's test fetch now (``TESTABLE``), its verdict kept on the connection. A NAV connection's
    lists are the whole company's: only a tenant-wide principal asks NAV about them."""
    doc = owned(ports, principal, connection_id)
    if doc.get("kind") not in TESTABLE:
        raise UnsupportedOperationError(f"a {doc.get('kind')} connection has no test fetch")
    if doc.get("kind") == "nav" and not principal.tenant_wide:
        raise ForbiddenError("a NAV connection covers every site: only an admin without a site limit tests it")
    return test_and_store(ports, doc)


def delete_connection(ports: ConnectionPorts, principal: Principal, connection_id: str) -> None:
    """Credentials are destroyed (a tombstone stays); invoices already archived stay."""
    doc = owned(ports, principal, connection_id)
    if doc.get("kind") not in CREDENTIALS:
        raise UnsupportedOperationError(OWN_SYSTEM)
    ports.connections.delete(doc, ports.clock())
    ports.ingest.forget(connection_id)
    _audit(ports, principal, "connection.deleted", connection_id, {"kind": doc["kind"]})


def set_enabled(ports: ConnectionPorts, principal: Principal, connection_id: str, enabled: bool) -> Doc:
    """Pause (``enabled: False``) or resume a connection of any kind; no test fetch. Audited as a change."""
    doc = owned(ports, principal, connection_id)
    if doc.get("kind") not in PAUSABLE:
        raise UnsupportedOperationError(f"a {doc.get('kind')} connection cannot be paused")
    if doc.get("enabled", True) != enabled:
        doc["enabled"], doc["updated_at"] = enabled, ports.clock()
        ports.connections.save(doc)
        _audit(ports, principal, "connection.changed", connection_id, {"fields": ["enabled"], "enabled": enabled})
    return view(ports, doc)


@dataclass(frozen=True)
class ConnectionStatus:
    """One row of the Integrációk page: the connection as shown, and what its poller last said."""

    connection: Doc
    last_attempt_at: Any  # datetime or ISO text, as the poller stored it; None: never ran
    last_success_at: Any
    last_error: str | None


def _cursor_ids(doc: Mapping[str, Any]) -> list[str]:
    """Where a connection's poller keeps its progress: the NAV sync one per direction, under the
    connection's id (OUTBOUND) and ``<id>|INBOUND`` (``nav/service.cursor_id``); the others its id."""
    cid = str(doc["_id"])
    return [cid, f"{cid}|INBOUND"] if doc.get("kind") == "nav" else [cid]


def _cursors(ports: ConnectionPorts, doc: Mapping[str, Any]) -> list[Doc]:
    return [c for c in (ports.ingest.cursor(k) for k in _cursor_ids(doc)) if c is not None]


def _latest(values: Iterable[Any]) -> Any:
    present = [v for v in values if v]
    return max(present, key=lambda v: v.isoformat() if isinstance(v, datetime) else str(v)) if present else None


def nav_gaps(ports: ConnectionPorts, principal: Principal) -> dict[str, int] | None:
    """What the NAV sync's last reconciliation of each direction found missing or differing, summed
    over the tenant's NAV connections (``None``: there is none). NAV's lists are the whole company's,
    so only a tenant-wide principal is told."""
    if not principal.tenant_wide:
        return None
    found = list(ports.connections.list(tenant=principal.tenant, kinds=("nav",)))
    if not found:
        return None
    gaps: dict[str, int] = {}
    for cursor in (c for f in found for c in _cursors(ports, f.doc)):
        for name, n in (cursor.get("gaps") or {}).items():
            gaps[name] = gaps.get(name, 0) + int(n)
    return gaps


def overview(ports: ConnectionPorts, principal: Principal) -> list[ConnectionStatus]:
    """Every live connection of the tenant this principal sees, whatever its kind, with its last sync
    (a poller's ``last_attempt_at`` / ``completed_at``, or the last test fetch) and last error."""
    rows: list[ConnectionStatus] = []
    for found in ports.connections.list(tenant=principal.tenant, kinds=EVERY_KIND):
        doc = dict(found.doc)
        if not principal.sees_site(doc.get("site", "")):
            continue
        cursors = _cursors(ports, doc)
        test = doc.get("last_test") or {}
        errors = [c.get("last_error") for c in cursors if c.get("last_error")]
        if test and not test.get("ok"):
            errors.append((test.get("message") or {}).get("hu"))
        rows.append(ConnectionStatus(
            connection=view(ports, doc),
            last_attempt_at=_latest([*(c.get("last_attempt_at") for c in cursors), test.get("at")]),
            last_success_at=_latest([*(c.get("completed_at") for c in cursors),
                                     test.get("at") if test.get("ok") else None]),
            last_error=next((e for e in errors if e), None)))
    return rows

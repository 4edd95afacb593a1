"""The integrations beyond Billingo and Számlázz.hu (``app/connections.py``), one set of use cases for
every door: an own-system webhook connection (created with its first secret; the secret rotated — the
new one shown once, the previous one valid beside it until retired) and the direct producers'
connections (created, their record-signing secret rotated, deleted). The JSON API
(``web/routes/producers.py``) and the admin's Integrációk page (``web/ui/pages/integrations_more.py``)
call these; the CLI (``szamlatar connection|webhook|producer``) calls the same adapter functions and
writes the same audit actions. Secrets are answered once and never audited."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from services.app.ports import AuditLog
from services.core.access import Principal
from services.core.connections import check_connection_id
from services.core.errors import (
    ConfigurationError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    ReasonCode,
    SchemaViolationError,
    UnsupportedOperationError,
)

Doc = dict[str, Any]
PRODUCER_FIELDS = ("sites", "source_kinds", "url_allowlist", "allow_private_urls", "kafka_principal")


class ConnectionLookup(Protocol):
    def get(self, connection_id: str) -> Doc | None: ...


class OwnSystemAdmin(Protocol):
    """``adapters/own_system_admin.OwnSystemConnections``."""

    def create(self, *, connection_id: str, tenant: str, site: str, name: str) -> str: ...
    def change(self, connection_id: str, *, name: str, site: str, url_hosts: list[str]) -> Doc: ...
    def rotate(self, connection_id: str) -> str: ...
    def retire(self, connection_id: str) -> None: ...
    def issue_signing_secret(self, connection_id: str) -> str: ...


class ProducerStore(Protocol):
    """``adapters/own_system_admin.ProducerConnections``."""

    def create(self, *, connection_id: str, tenant: str, sites: list[str], source_kinds: list[str],
               url_hosts: list[str], kafka_principal: str | None, created_by: str) -> Doc: ...
    def delete(self, connection_id: str, tenant: str) -> bool: ...
    def list(self, tenant: str) -> list[Doc]: ...


@dataclass(frozen=True)
class IntegrationSetup:
    """The set-up adapters bound to the database and settings (``web/app.build_ports``): own-system
    secrets, ``nav/connection.create_nav_connection`` / ``change_nav_connection`` and
    ``ingest_pull/connection.create_pull_connection`` / ``change_pull_connection`` (keywords as theirs,
    less the database and settings)."""

    own: OwnSystemAdmin
    create_nav: Callable[..., Doc]
    create_pull: Callable[..., Doc]
    change_nav: Callable[..., Doc]
    change_pull: Callable[..., Doc]


@dataclass(frozen=True)
class IntegrationPorts:
    connections: ConnectionLookup
    setup: IntegrationSetup | None  # None where the app was built without a database (test doubles)
    producers: ProducerStore
    first_signing_secret: Callable[[Doc], str | None]  # a new producer's secret, when it has a Kafka principal
    audit: AuditLog
    require_sites: Callable[[Principal, Iterable[str]], None]  # ForbiddenError beyond the principal's sites
    webhook_url: Callable[[str], str]  # where an own system POSTs for this connection id
    nav_url_prefixes: tuple[str, ...] = ("https://",)  # where a NAV connection may point (+ the allow-list)


def _audit(ports: IntegrationPorts, principal: Principal, action: str, target: str, details: Doc) -> None:
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action=action, target=target,
                       details=details)


def _setup(ports: IntegrationPorts) -> IntegrationSetup:
    if ports.setup is None:
        raise UnsupportedOperationError("connections cannot be set up here: no database")
    return ports.setup


def _free(ports: IntegrationPorts, connection_id: str) -> str:
    connection_id = check_connection_id(connection_id)
    if ports.connections.get(connection_id) is not None:  # a tombstone too: an id is never reused
        raise ConflictError(f"connection {connection_id!r} exists", reason=ReasonCode.EXISTS)
    return connection_id


# --- own-system webhook connections ------------------------------------------------------------------

def own_system(ports: IntegrationPorts, principal: Principal, connection_id: str) -> Doc:
    """A live own-system connection of the principal's tenant and sites; else ``NotFoundError``."""
    doc = ports.connections.get(connection_id)
    if (doc is None or doc.get("deleted") or doc.get("kind") != "own_system" or doc.get("tenant") != principal.tenant
            or not principal.sees_site(str(doc.get("site") or ""))):
        raise NotFoundError(f"no own-system connection {connection_id!r}")
    return doc


def create_own_system(ports: IntegrationPorts, principal: Principal, *, connection_id: str, site: str,
                      name: str = "") -> Doc:
    """``{id, url, secret}``: the webhook address and its first secret (shown once)."""
    connection_id = _free(ports, connection_id)
    site = site.strip() or "default"
    ports.require_sites(principal, [site])
    secret = _setup(ports).own.create(connection_id=connection_id, tenant=principal.tenant, site=site,
                                      name=name.strip())
    _audit(ports, principal, "connection.created", connection_id,
           {"kind": "own_system", "site": site, "credentials": ["secret"]})
    return {"id": connection_id, "url": ports.webhook_url(connection_id), "secret": secret}


def rotate_own_secret(ports: IntegrationPorts, principal: Principal, connection_id: str) -> str:
    """A new secret in front (returned, shown once); the previous one verifies beside it until retired."""
    own_system(ports, principal, connection_id)
    secret = _setup(ports).own.rotate(connection_id)
    _audit(ports, principal, "connection.changed", connection_id, {"credentials": ["secret"],
                                                                   "secrets": "new one added"})
    return secret


def _changed(before: Mapping[str, Any], after: Mapping[str, Any], fields: Iterable[str]) -> list[str]:
    return sorted(f for f in fields if before.get(f) != after.get(f))


def change_own_system(ports: IntegrationPorts, principal: Principal, connection_id: str, *, name: str, site: str,
                      url_hosts: list[str]) -> Doc:
    """New name, site and document-URL hosts of an own-system webhook connection (its secrets are
    rotated, never edited); both its old and its new site must be the principal's."""
    before = own_system(ports, principal, connection_id)
    site = site.strip() or "default"
    ports.require_sites(principal, [site])
    after = _setup(ports).own.change(connection_id, name=name.strip(), site=site, url_hosts=url_hosts)
    changed = _changed(before, after, ("name", "site", "url_allowlist"))
    if changed:
        _audit(ports, principal, "connection.changed", connection_id,
               {"fields": changed, **{k: after.get(k) for k in changed}})
    return after


def retire_own_secrets(ports: IntegrationPorts, principal: Principal, connection_id: str) -> None:
    own_system(ports, principal, connection_id)
    _setup(ports).own.retire(connection_id)
    _audit(ports, principal, "connection.changed", connection_id, {"credentials": ["secret"],
                                                                   "secrets": "older ones retired"})


# --- direct producers --------------------------------------------------------------------------------

def producer_view(doc: Mapping[str, Any]) -> Doc:
    return {"id": doc["_id"], "tenant": doc["tenant"], **{k: doc.get(k) for k in PRODUCER_FIELDS},
            "key": f"{doc['tenant']}|{(doc.get('source_kinds') or ['producer'])[0]}|{doc['_id']}|<external_id>"}


def producers(ports: IntegrationPorts, principal: Principal) -> list[Doc]:
    return [producer_view(d) for d in ports.producers.list(principal.tenant) if principal.covers(d.get("sites") or ())]


def producer(ports: IntegrationPorts, principal: Principal, connection_id: str) -> Doc:
    found = next((d for d in ports.producers.list(principal.tenant) if d["_id"] == connection_id), None)
    if found is None or not principal.covers(found.get("sites") or ()):
        raise NotFoundError(f"no producer connection {connection_id!r}")
    return found


def _strings(body: Mapping[str, Any], name: str) -> list[str]:
    value = body.get(name) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SchemaViolationError(f"{name} must be a list of strings")
    return value


def create_producer(ports: IntegrationPorts, principal: Principal, body: Mapping[str, Any]) -> Doc:
    """A producer connection, as ``producer_view`` shows it, with ``signing_secret`` (shown once) when it
    names a Kafka principal."""
    connection_id = check_connection_id(str(body.get("id") or ""))
    sites = _strings(body, "sites")
    ports.require_sites(principal, sites)
    _free(ports, connection_id)
    kafka_principal = body.get("kafka_principal")
    if kafka_principal is not None and not isinstance(kafka_principal, str):
        raise SchemaViolationError("kafka_principal must be a string")
    try:
        doc = ports.producers.create(connection_id=connection_id, tenant=principal.tenant, sites=sites,
                                     source_kinds=_strings(body, "source_kinds"), url_hosts=_strings(body, "url_hosts"),
                                     kafka_principal=kafka_principal or None, created_by=principal.subject)
    except ValueError as exc:
        raise SchemaViolationError(str(exc)) from exc
    secret = ports.first_signing_secret(doc)
    _audit(ports, principal, "producer.created", connection_id, {k: doc.get(k) for k in PRODUCER_FIELDS})
    return {**producer_view(doc), **({"signing_secret": secret} if secret else {})}


def change_producer(ports: IntegrationPorts, principal: Principal, connection_id: str,
                    body: Mapping[str, Any]) -> Doc:
    """New sites, source kinds or document-URL hosts for a producer; its Kafka principal and signing
    secrets stay (``own_system_admin.create_producer_connection`` replaces in place)."""
    doc = producer(ports, principal, connection_id)

    def given(name: str, stored: str) -> list[str]:
        return _strings(body, name) if name in body else list(doc.get(stored) or [])

    sites = given("sites", "sites")
    ports.require_sites(principal, sites)
    try:
        saved = ports.producers.create(
            connection_id=connection_id, tenant=principal.tenant, sites=sites,
            source_kinds=given("source_kinds", "source_kinds"), url_hosts=given("url_hosts", "url_allowlist"),
            kafka_principal=doc.get("kafka_principal"), created_by=principal.subject)
    except ValueError as exc:
        raise SchemaViolationError(str(exc)) from exc
    changed = sorted(k for k in PRODUCER_FIELDS if saved.get(k) != doc.get(k))
    if changed:
        _audit(ports, principal, "connection.changed", connection_id, {k: saved.get(k) for k in changed})
    return producer_view(saved)


def rotate_producer_secret(ports: IntegrationPorts, principal: Principal, connection_id: str) -> str:
    """A new record-signing secret (shown once); the previous one stays valid until the next rotation."""
    doc = producer(ports, principal, connection_id)
    if not doc.get("kafka_principal"):
        raise SchemaViolationError("a producer without a Kafka principal signs nothing")
    secret = _setup(ports).own.issue_signing_secret(connection_id)
    _audit(ports, principal, "connection.changed", connection_id, {"credentials": ["signing_secret"],
                                                                   "secrets": "new one added"})
    return secret


def delete_producer(ports: IntegrationPorts, principal: Principal, connection_id: str) -> None:
    producer(ports, principal, connection_id)
    ports.producers.delete(connection_id, principal.tenant)
    _audit(ports, principal, "producer.deleted", connection_id, {})


# --- NAV and pull connections ------------------------------------------------------------------------

def create_nav(ports: IntegrationPorts, principal: Principal, *, connection_id: str, url: str, login: str,
               password: str, tax_number: str, signature_key: str, exchange_key: str = "") -> Doc:
    """The company's NAV technical user as a connection (password hashed, keys sealed by the adapter).
    NAV's lists are the whole company's, so only an admin without a site limit connects it."""
    if not principal.tenant_wide:
        raise ForbiddenError("a NAV connection covers every site: only an admin without a site limit sets it up")
    connection_id = _free(ports, connection_id)
    if not url.startswith(ports.nav_url_prefixes):
        raise SchemaViolationError(f"url must start with one of {', '.join(ports.nav_url_prefixes)}")
    try:
        _setup(ports).create_nav(connection_id=connection_id, tenant=principal.tenant, url=url, login=login.strip(),
                         password=password, tax_number=tax_number.strip(), signature_key=signature_key,
                         exchange_key=exchange_key)
    except ValueError as exc:
        raise SchemaViolationError(str(exc)) from exc
    _audit(ports, principal, "connection.created", connection_id,  # as `szamlatar nav connect` writes it
           {"kind": "nav", "url": url, "tax_number": tax_number.strip(),
            "credentials": ["login", "password", "signature_key", "exchange_key"]})
    return {"id": connection_id}


def _live(ports: IntegrationPorts, principal: Principal, connection_id: str, kind: str) -> Doc:
    doc = ports.connections.get(connection_id)
    if (doc is None or doc.get("deleted") or doc.get("kind") != kind or doc.get("tenant") != principal.tenant
            or not principal.sees_site(str(doc.get("site") or ""))):
        raise NotFoundError(f"no {kind} connection {connection_id!r}")
    return doc


def _sync_from(value: str) -> str | None:
    try:
        return date.fromisoformat(value.strip()).isoformat() if value.strip() else None
    except ValueError as exc:
        raise SchemaViolationError("sync_from must be a date (YYYY-MM-DD)") from exc


def change_nav(ports: IntegrationPorts, principal: Principal, connection_id: str, *, name: str, url: str,
               login: str, tax_number: str, sync_from: str = "", password: str = "", signature_key: str = "",
               exchange_key: str = "") -> Doc:
    """New settings of the NAV connection (tenant-wide admins); a secret left empty keeps the stored one.
    Audited with the names of the fields and secrets changed, never a secret."""
    if not principal.tenant_wide:
        raise ForbiddenError("a NAV connection covers every site: only an admin without a site limit changes it")
    before = _live(ports, principal, connection_id, "nav")
    url = url.strip()
    if not url.startswith(ports.nav_url_prefixes):
        raise SchemaViolationError(f"url must start with one of {', '.join(ports.nav_url_prefixes)}")
    secrets = {"password": password, "signature_key": signature_key, "exchange_key": exchange_key}
    try:
        after = _setup(ports).change_nav(connection_id=connection_id, name=name.strip(), url=url, login=login.strip(),
                                         tax_number=tax_number.strip(), sync_from=_sync_from(sync_from),
                                         **{k: v for k, v in secrets.items() if v})
    except (ValueError, ConfigurationError) as exc:
        raise SchemaViolationError(str(exc)) from exc
    changed = _changed(before, after, ("name", "url", "login", "tax_number", "sync_from"))
    _audit(ports, principal, "connection.changed", connection_id,
           {"fields": changed, "credentials": sorted(k for k, v in secrets.items() if v)})
    return after


def change_pull(ports: IntegrationPorts, principal: Principal, connection_id: str, *, name: str, site: str,
                pull: Mapping[str, Any], url_hosts: list[str], authorization: str = "") -> Doc:
    """New settings of a pull connection, checked as at creation; an empty Authorization keeps the stored one."""
    before = _live(ports, principal, connection_id, "pull")
    site = site.strip() or "default"
    ports.require_sites(principal, [site])
    try:
        after = _setup(ports).change_pull(connection_id=connection_id, name=name.strip(), site=site, pull=dict(pull),
                                          url_hosts=url_hosts, authorization=authorization or None)
    except ConfigurationError as exc:
        raise SchemaViolationError(str(exc)) from exc
    changed = _changed(before, after, ("name", "site", "pull", "url_allowlist"))
    _audit(ports, principal, "connection.changed", connection_id,
           {"fields": changed, "credentials": ["authorization"] if authorization else []})
    return after


def create_pull(ports: IntegrationPorts, principal: Principal, *, connection_id: str, site: str,
                pull: Mapping[str, Any], url_hosts: list[str], authorization: str = "") -> Doc:
    """A connection the pull poller reads the own system's list and PDFs through (``core/pull_mapping.py``);
    the list URL must pass the URL policy, the Authorization value is sealed."""
    connection_id = _free(ports, connection_id)
    site = site.strip() or "default"
    ports.require_sites(principal, [site])
    try:
        saved = _setup(ports).create_pull(connection_id=connection_id, tenant=principal.tenant, pull=dict(pull),
                                  url_hosts=url_hosts, site=site, authorization=authorization or None)
    except ConfigurationError as exc:
        raise SchemaViolationError(str(exc)) from exc
    _audit(ports, principal, "connection.created", connection_id,  # as `szamlatar pull connect` writes it
           {"kind": "pull", "site": site, "url_allowlist": saved["url_allowlist"], "allow_private_urls": False,
            "credentials": ["authorization"] if authorization else []})
    return {"id": connection_id}

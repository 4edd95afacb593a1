"""One model of a connection, whatever its kind: the stored document read into typed settings.

Every kind keeps its settings in the same ``connections`` document (the id is shared by all kinds,
so an id is never reused across them); ``connection_of`` reads one into a ``Connection`` whose
``settings`` is the kind's own dataclass. Credentials stay sealed here: ``sealed_credential``
names the sealed value and the shell's ``Sealer`` opens it. A deleted connection is a tombstone
(``deleted``): listing never shows it, reading one by id does (a Számlázz.hu push to it is
answered ``KEY_DEL``, an own system's events are refused as from an unknown connection)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from services.core.errors import ReasonCode, UnknownTenantError


class ConnectionKind(StrEnum):
    BILLINGO = "billingo"
    SZAMLAZZ = "szamlazz"
    OWN_SYSTEM = "own_system"  # signed webhook
    PULL = "pull"  # we pull from the own system's list endpoint
    PRODUCER = "producer"  # produces to invoice.raw itself
    EXPORT = "export"  # file imports, import-watch, the S3 inbox
    NAV = "nav"


@dataclass(frozen=True)
class BillingSystemSettings:
    """Billingo and Számlázz.hu: where to call and what to import."""

    name: str | None
    base_url: str | None
    document_kinds: tuple[str, ...] | None  # None: the default kinds
    import_since: str | None


@dataclass(frozen=True)
class UrlPolicySettings:
    url_allowlist: tuple[str, ...]
    allow_private_urls: bool


@dataclass(frozen=True)
class WebhookSettings(UrlPolicySettings):
    """An own system that posts signed webhooks (its secrets are sealed credentials)."""


@dataclass(frozen=True)
class PullSettings(UrlPolicySettings):
    pull: Mapping[str, Any]  # the list endpoint and field mapping (``core.pull_mapping``)
    interval_seconds: float | None


@dataclass(frozen=True)
class ProducerSettings(UrlPolicySettings):
    sites: tuple[str, ...]
    source_kinds: tuple[str, ...]
    kafka_principal: str | None


@dataclass(frozen=True)
class ExportSettings:
    pass


@dataclass(frozen=True)
class NavSettings:
    url: str | None
    login: str | None
    tax_number: str | None
    sync_from: date | str | None


KindSettings = BillingSystemSettings | WebhookSettings | PullSettings | ProducerSettings | ExportSettings | NavSettings


@dataclass(frozen=True)
class Connection:
    id: str
    kind: ConnectionKind
    tenant: str
    site: str
    enabled: bool
    deleted: bool
    settings: KindSettings
    doc: Mapping[str, Any]  # the stored document, for the code that still takes it whole

    def sealed_credential(self, name: str) -> str:
        """A sealed credential by name (``api_key``, ``agent_key``, ``push_key``, ``authorization``)."""
        sealed = (self.doc.get("credentials") or {}).get(name)
        if not sealed:
            raise UnknownTenantError(f"connection {self.id!r} has no {name}", reason=ReasonCode.UNKNOWN_CONNECTION)
        return str(sealed)

    def has_credential(self, name: str) -> bool:
        return bool((self.doc.get("credentials") or {}).get(name))


def _policy(doc: Mapping[str, Any]) -> dict[str, Any]:
    return {"url_allowlist": tuple(doc.get("url_allowlist") or ()),
            "allow_private_urls": bool(doc.get("allow_private_urls", False))}


def _settings(kind: ConnectionKind, doc: Mapping[str, Any]) -> KindSettings:
    if kind in (ConnectionKind.BILLINGO, ConnectionKind.SZAMLAZZ):
        kinds = doc.get("document_kinds")
        return BillingSystemSettings(name=doc.get("name"), base_url=doc.get("base_url"),
                                     document_kinds=tuple(kinds) if kinds else None,
                                     import_since=doc.get("import_since"))
    if kind is ConnectionKind.OWN_SYSTEM:
        return WebhookSettings(**_policy(doc))
    if kind is ConnectionKind.PULL:
        return PullSettings(**_policy(doc), pull=dict(doc.get("pull") or {}),
                            interval_seconds=doc.get("interval_seconds"))
    if kind is ConnectionKind.PRODUCER:
        return ProducerSettings(**_policy(doc), sites=tuple(doc.get("sites") or ()),
                                source_kinds=tuple(doc.get("source_kinds") or ()),
                                kafka_principal=doc.get("kafka_principal"))
    if kind is ConnectionKind.NAV:
        return NavSettings(url=doc.get("url"), login=doc.get("login"), tax_number=doc.get("tax_number"),
                           sync_from=doc.get("sync_from"))
    return ExportSettings()


def connection_of(doc: Mapping[str, Any]) -> Connection:
    """The model of a stored connection document (a tombstone too: it keeps id, kind and tenant)."""
    try:
        kind = ConnectionKind(str(doc.get("kind")))
    except ValueError as exc:
        raise UnknownTenantError(f"connection {doc.get('_id')!r} has an unknown kind {doc.get('kind')!r}",
                                 reason=ReasonCode.UNKNOWN_CONNECTION) from exc
    return Connection(id=str(doc["_id"]), kind=kind, tenant=str(doc.get("tenant") or ""),
                      site=str(doc.get("site") or "default"), enabled=bool(doc.get("enabled", True)),
                      deleted=bool(doc.get("deleted", False)), settings=_settings(kind, doc), doc=doc)

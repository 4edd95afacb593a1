"""Which connection may carry a raw event — the in-app half of binding a producer to a tenant.

Every ``invoice.raw`` event names ``tenant`` and ``source {kind, connection_id}``. Our own ingest
paths take both from a connection they authenticated (webhook secret, Billingo key, push key, the
operator's shell for exports), but a billing system producing to Kafka itself writes whatever it
likes. So the parse stage looks the connection up and asks this module:

* no such connection (or a deleted producer connection) → ``unknown_connection``;
* the connection writes for another tenant → ``unknown_tenant``;
* the connection's kind does not carry this source kind (a producer posing as a Billingo
  connection, an export posing as a webhook) → ``unknown_connection``;
* the event names a site its connection does not write for → ``unknown_tenant`` (the tenant's
  site is not one this connection knows): a producer limited to some sites, or an in-house
  connection (webhook, pull), which is made for one site (``connection_site``).

Kafka ACLs decide *who may write to the topic*; this decides *what a write may claim*. What still
needs the principal on the record is in ``schemas/README.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from services.core.access import in_scope
from services.core.errors import ReasonCode, UnknownTenantError

# connection kind → the source kinds its events carry. A pull connection is an in-house system
# like the webhook, so its events say ``own_system``.
SOURCE_KINDS: Mapping[str, tuple[str, ...]] = {
    "own_system": ("own_system",),
    "pull": ("own_system",),
    "billingo": ("billingo",),
    "szamlazz": ("szamlazz",),
    "nav": ("nav",),
    "export": ("export",),
    "producer": ("producer",),
}
PRODUCER_SOURCE_KINDS = ("producer", "own_system")  # what a producer connection may be allowed to claim


SITE_BOUND_KINDS = ("own_system", "pull")  # in-house connections: made for one site, which their events carry


def connection_site(connection: Mapping[str, Any]) -> str:
    """The site an in-house connection's events carry: its own (``default`` when it was made
    without one, as the webhook and the pull poller have always done)."""
    return str(connection.get("site") or "default")


def connection_sites(connection: Mapping[str, Any]) -> tuple[str, ...]:
    """The sites a connection's events may name; empty: any site of its tenant."""
    kind = connection.get("kind")
    if kind == "producer":
        return tuple(str(s) for s in connection.get("sites") or ())
    if kind in SITE_BOUND_KINDS:
        return (connection_site(connection),)
    return ()


def allowed_source_kinds(connection: Mapping[str, Any]) -> tuple[str, ...]:
    kind = str(connection.get("kind", ""))
    if kind == "producer" and connection.get("source_kinds"):
        return tuple(str(k) for k in connection["source_kinds"])
    return SOURCE_KINDS.get(kind, ())


def check_raw_source(event: Mapping[str, Any], connection: dict[str, Any] | None) -> dict[str, Any]:
    """Returns ``connection`` — the stored connection ``event['source']['connection_id']`` names, or
    None — when it may carry ``event``; raises ``UnknownTenantError`` (reason ``unknown_connection``
    or ``unknown_tenant``) otherwise."""
    source = event["source"]
    cid, tenant = source["connection_id"], event["tenant"]
    # A deleted producer stops at once. Our own ingest paths authenticated their events before the
    # delete, and the tombstone still names tenant and kind: what they fetched is not thrown away.
    if connection is None or (connection.get("deleted") and connection.get("kind") == "producer"):
        state = "was deleted" if connection else "does not exist"
        raise UnknownTenantError(f"connection {cid!r} {state}: every producer needs a connection of its tenant "
                                 "(szamlatar producer create)", reason=ReasonCode.UNKNOWN_CONNECTION)
    if connection.get("tenant") != tenant:
        raise UnknownTenantError(f"connection {cid!r} does not write for tenant {tenant!r}",
                                 reason=ReasonCode.UNKNOWN_TENANT)
    allowed = allowed_source_kinds(connection)
    if source["kind"] not in allowed:
        raise UnknownTenantError(
            f"connection {cid!r} (kind {connection.get('kind')!r}) carries source kind "
            f"{' or '.join(allowed) or 'nothing'}, not {source['kind']!r}", reason=ReasonCode.UNKNOWN_CONNECTION)
    sites = connection_sites(connection)
    if not in_scope(sites, event.get("site")):
        raise UnknownTenantError(f"connection {cid!r} writes for sites {', '.join(sites)} of {tenant!r}, "
                                 f"not {event.get('site')!r}", reason=ReasonCode.UNKNOWN_TENANT)
    return connection


def check_staged_reference(event: Mapping[str, Any], staging_bucket: str) -> None:
    """A staged document must be this tenant's own staged bytes: in the staging bucket under
    ``<tenant>/`` (``keys.staging_key``) — otherwise a producer that knows another tenant's sha256
    could pull that tenant's PDF into its own archive."""
    document, tenant = event["document"], event["tenant"]
    key = str(document.get("object_key", ""))
    if document.get("bucket") != staging_bucket or not key.startswith(f"{tenant}/") or ".." in key.split("/"):
        raise UnknownTenantError(f"staged document {document.get('bucket')}/{key} is not in tenant {tenant!r}'s "
                                 "staging area", reason=ReasonCode.UNKNOWN_TENANT)


def producer_connection(*, connection_id: str, tenant: str, sites: list[str], source_kinds: list[str],
                        url_hosts: list[str], allow_private: bool) -> dict[str, Any]:
    """The stored form of a producer connection; raises ``ValueError`` on a source kind a producer
    may not claim (it may never pose as Billingo, Számlázz.hu, NAV or an export)."""
    kinds = list(dict.fromkeys(source_kinds or ["producer"]))
    bad = [k for k in kinds if k not in PRODUCER_SOURCE_KINDS]
    if bad:
        raise ValueError(f"a producer may carry source kinds {', '.join(PRODUCER_SOURCE_KINDS)}, not {', '.join(bad)}")
    if not connection_id or "|" in connection_id or "|" in tenant:
        raise ValueError("connection id and tenant must be non-empty and without '|'")
    return {"_id": connection_id, "kind": "producer", "tenant": tenant,
            "sites": [s.strip() for s in sites if s.strip()], "source_kinds": kinds,
            "url_allowlist": [h.strip().lower() for h in url_hosts if h.strip()], "allow_private_urls": allow_private}

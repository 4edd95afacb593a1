"""Which connection may carry a raw event — the in-app half of binding a producer to a tenant.

Every ``invoice.raw`` event names ``tenant`` and ``source {kind, connection_id}``. Our own ingest
paths take both from a connection they authenticated (webhook secret, Billingo key, push key, the
operator's shell for exports), but a billing system producing to Kafka itself writes whatever it
likes. So the parse stage looks the connection up and asks this module:

* no such connection (or a deleted producer connection) → ``unknown_connection``;
* the connection writes for another tenant → ``unknown_tenant``;
* a paused producer connection → ``disabled`` (dead-lettered, replayed after the resume: ``core/pausing.py``);
* the connection's kind does not carry this source kind (a producer posing as a Billingo
  connection, an export posing as a webhook) → ``unknown_connection``;
* the event names a site its connection does not write for → ``unknown_tenant`` (the tenant's
  site is not one this connection knows): a producer limited to some sites, or an in-house
  connection (webhook, pull), which is made for one site (``connection_site``).

Kafka ACLs decide *who may write to the topic*; this decides *what a write may claim*. Kafka does
not tell a consumer which principal wrote a record, so a producer connection that has its own
principal (``kafka_principal``) also gets a signing secret, known only to the system holding that
principal: its records carry ``szamlatar-signature: v1=<hex HMAC-SHA256(secret, "<len(key)>." +
key + value)>`` (the webhook signature's MAC, ``core/webhook_signature.py``), and
``check_record_signature`` refuses one without it (``missing_signature``) or with a wrong one
(``bad_signature``) — another principal cannot write in that connection's name. Connections without
a principal keep working unsigned (the open local stack).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from services.core.access import in_scope
from services.core.errors import BadSignatureError, ReasonCode, UnknownTenantError
from services.core.pausing import check_producer_running
from services.core.webhook_signature import mac, matches

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
SIGNATURE_HEADER = "szamlatar-signature"  # on a Kafka record of a producer connection with its own principal
# A SCRAM user name the provisioning script and the ACL tools take as it is (no quoting, no '=' or ',').
_PRINCIPAL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


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
    check_producer_running(connection)  # a paused producer's record waits in the DLQ for the resume
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


def kafka_principal(name: str) -> str:
    """``User:<name>`` for ``name`` or ``User:name``; raises ``ValueError`` on a name the provisioning
    (``deploy/kafka/provision.sh``) cannot carry."""
    user = name.strip().removeprefix("User:")
    if not _PRINCIPAL_NAME.fullmatch(user):
        raise ValueError(f"Kafka principal {name!r}: a SCRAM user name is letters, digits, '.', '_' and '-'")
    return f"User:{user}"


def requires_signature(connection: Mapping[str, Any]) -> bool:
    """A producer connection with its own Kafka principal accepts signed records only."""
    return connection.get("kind") == "producer" and bool(connection.get("kafka_principal"))


def record_message(key: bytes | None, value: bytes) -> bytes:
    """What a producer signs: the key's length in bytes, a dot, the key, the value — so no other
    split of the same bytes into key and value verifies."""
    key = key or b""
    return f"{len(key)}.".encode() + key + value


def sign_record(secret: str, key: bytes | None, value: bytes) -> str:
    """The ``szamlatar-signature`` header value of a record."""
    return mac(secret, record_message(key, value))


def check_record_signature(connection: Mapping[str, Any], secrets: Sequence[str], key: bytes | None, value: bytes,
                           headers: Sequence[tuple[str, bytes]]) -> None:
    """Nothing for a connection that takes unsigned records; otherwise raises ``BadSignatureError``
    unless a ``szamlatar-signature`` header holds the record's signature under one of ``secrets``
    (the connection's signing secrets, newest first)."""
    if not requires_signature(connection):
        return
    cid, principal = connection.get("_id"), connection.get("kafka_principal")
    given = [v.decode("ascii", "replace") for k, v in headers if k.lower() == SIGNATURE_HEADER and v]
    if not given:
        raise BadSignatureError(f"connection {cid!r} (Kafka principal {principal}) takes signed records only: "
                                f"no {SIGNATURE_HEADER} header", reason=ReasonCode.MISSING_SIGNATURE)
    if not any(matches(secrets, g, record_message(key, value)) for g in given):
        raise BadSignatureError(f"the {SIGNATURE_HEADER} header is not the record's signature under connection "
                                f"{cid!r}'s secret", reason=ReasonCode.BAD_SIGNATURE)


def producer_connection(*, connection_id: str, tenant: str, sites: list[str], source_kinds: list[str],
                        url_hosts: list[str], allow_private: bool, principal: str | None = None) -> dict[str, Any]:
    """The stored form of a producer connection (without its signing secret, which the shell seals);
    raises ``ValueError`` on a source kind a producer may not claim (it may never pose as Billingo,
    Számlázz.hu, NAV or an export) or a principal name ``kafka_principal`` refuses."""
    kinds = list(dict.fromkeys(source_kinds or ["producer"]))
    bad = [k for k in kinds if k not in PRODUCER_SOURCE_KINDS]
    if bad:
        raise ValueError(f"a producer may carry source kinds {', '.join(PRODUCER_SOURCE_KINDS)}, not {', '.join(bad)}")
    if not connection_id or "|" in connection_id or "|" in tenant:
        raise ValueError("connection id and tenant must be non-empty and without '|'")
    return {"_id": connection_id, "kind": "producer", "tenant": tenant,
            "sites": [s.strip() for s in sites if s.strip()], "source_kinds": kinds,
            "url_allowlist": [h.strip().lower() for h in url_hosts if h.strip()], "allow_private_urls": allow_private,
            "kafka_principal": kafka_principal(principal) if principal else None}

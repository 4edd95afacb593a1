"""Which connection may carry a raw event (core/source_binding.py)."""

from __future__ import annotations

from typing import Any

import pytest

from services.core.errors import BadSignatureError, UnknownTenantError
from services.core.source_binding import (
    SIGNATURE_HEADER,
    check_raw_source,
    check_record_signature,
    check_staged_reference,
    kafka_principal,
    producer_connection,
    requires_signature,
    sign_record,
)
from services.core.webhook_signature import mac


def _event(kind: str, connection_id: str, tenant: str = "acme", site: str = "budapest") -> dict[str, Any]:
    return {"tenant": tenant, "site": site, "source": {"kind": kind, "connection_id": connection_id},
            "document": {"bucket": "staging", "object_key": f"{tenant}/sha256/ab/ab12"}}


PRODUCER = producer_connection(connection_id="acme-billing", tenant="acme", sites=[], source_kinds=[],
                               url_hosts=[], allow_private=False)
CONNECTIONS: dict[str, dict[str, Any]] = {
    "acme-billing": PRODUCER,
    "acme-budapest": producer_connection(connection_id="acme-budapest", tenant="acme", sites=["budapest"],
                                         source_kinds=["producer", "own_system"], url_hosts=[], allow_private=False),
    "acme-erp": {"_id": "acme-erp", "kind": "own_system", "tenant": "acme", "site": "szeged"},
    "acme-erp-old": {"_id": "acme-erp-old", "kind": "own_system", "tenant": "acme"},  # made without a site
    "acme-pull": {"_id": "acme-pull", "kind": "pull", "tenant": "acme", "site": "budapest"},
    "acme-bgo": {"_id": "acme-bgo", "kind": "billingo", "tenant": "acme"},
    "acme-export": {"_id": "acme-export", "kind": "export", "tenant": "acme"},
    "gone": {"_id": "gone", "kind": "producer", "tenant": "acme", "deleted": True},
    "acme-bgo-gone": {"_id": "acme-bgo-gone", "kind": "billingo", "tenant": "acme", "deleted": True},
    "beta-billing": {"_id": "beta-billing", "kind": "producer", "tenant": "beta"},
}


@pytest.mark.parametrize("kind,connection_id,site", [
    pytest.param("producer", "acme-billing", "szeged", id="producer-any-site"),
    pytest.param("producer", "acme-budapest", "budapest", id="producer-its-site"),
    pytest.param("own_system", "acme-budapest", "budapest", id="producer-allowed-own-system"),
    pytest.param("own_system", "acme-erp", "szeged", id="webhook"),
    pytest.param("own_system", "acme-erp-old", "default", id="webhook-made-without-a-site"),
    pytest.param("own_system", "acme-pull", "budapest", id="pull-poller"),
    pytest.param("billingo", "acme-bgo", "budapest", id="billingo"),
    pytest.param("export", "acme-export", "budapest", id="export"),
    pytest.param("billingo", "acme-bgo-gone", "budapest", id="fetched-before-its-billingo-connection-was-deleted"),
])
def test_an_event_its_connection_may_carry_passes(kind: str, connection_id: str, site: str) -> None:
    event = _event(kind, connection_id, site=site)
    assert check_raw_source(event, CONNECTIONS.get(connection_id)) is CONNECTIONS[connection_id]


@pytest.mark.parametrize("kind,connection_id,tenant,site,reason", [
    pytest.param("producer", "nobody", "acme", "budapest", "unknown_connection", id="unknown"),
    pytest.param("producer", "gone", "acme", "budapest", "unknown_connection", id="deleted"),
    pytest.param("producer", "beta-billing", "acme", "budapest", "unknown_tenant", id="another-tenants"),
    pytest.param("producer", "acme-billing", "beta", "budapest", "unknown_tenant", id="claims-another-tenant"),
    pytest.param("billingo", "acme-billing", "acme", "budapest", "unknown_connection", id="producer-as-billingo"),
    pytest.param("own_system", "acme-billing", "acme", "budapest", "unknown_connection", id="own-system-not-allowed"),
    pytest.param("producer", "acme-bgo", "acme", "budapest", "unknown_connection", id="billingo-as-producer"),
    pytest.param("own_system", "acme-export", "acme", "budapest", "unknown_connection", id="export-as-webhook"),
    pytest.param("producer", "acme-budapest", "acme", "szeged", "unknown_tenant", id="producer-other-site"),
    pytest.param("own_system", "acme-erp", "acme", "budapest", "unknown_tenant", id="webhook-other-site"),
    pytest.param("own_system", "acme-erp-old", "acme", "szeged", "unknown_tenant", id="siteless-webhook-other-site"),
    pytest.param("own_system", "acme-pull", "acme", "szeged", "unknown_tenant", id="pull-other-site"),
])
def test_an_event_its_connection_may_not_carry_is_refused_with_the_reason(
    kind: str, connection_id: str, tenant: str, site: str, reason: str
) -> None:
    with pytest.raises(UnknownTenantError) as caught:
        check_raw_source(_event(kind, connection_id, tenant, site), CONNECTIONS.get(connection_id))
    assert caught.value.reason == reason
    assert connection_id in caught.value.message


@pytest.mark.parametrize("bucket,key,ok", [
    ("staging", "acme/sha256/ab/ab12", True),
    ("staging", "beta/sha256/ab/ab12", False),
    ("staging", "acme-other/sha256/ab/ab12", False),
    ("staging", "acme/../beta/sha256/ab/ab12", False),
    ("archive", "acme/invoices/x.pdf", False),
])
def test_a_staged_document_must_be_in_the_tenants_staging_area(bucket: str, key: str, ok: bool) -> None:
    event = {"tenant": "acme", "document": {"bucket": bucket, "object_key": key}}
    if ok:
        check_staged_reference(event, "staging")
    else:
        with pytest.raises(UnknownTenantError):
            check_staged_reference(event, "staging")


@pytest.mark.parametrize("kinds", [["billingo"], ["producer", "nav"], ["export"]])
def test_a_producer_may_not_pose_as_a_billing_system_nav_or_an_export(kinds: list[str]) -> None:
    with pytest.raises(ValueError, match="source kinds"):
        producer_connection(connection_id="p", tenant="acme", sites=[], source_kinds=kinds, url_hosts=[],
                            allow_private=False)


# --- records of a producer with its own Kafka principal must be signed --------------------------------

SIGNED = producer_connection(connection_id="acme-signed", tenant="acme", sites=[], source_kinds=[], url_hosts=[],
                             allow_private=False, principal="producer-acme-signed")
KEY, VALUE = b"acme|producer|acme-signed|2025-0001", b'{"tenant": "acme"}'
SECRETS = ["new-secret", "old-secret"]  # newest first, both valid while the producer switches


def _header(value: str) -> list[tuple[str, bytes]]:
    return [("traceparent", b"00-abc"), (SIGNATURE_HEADER, value.encode())]


def test_a_principal_is_stored_as_a_user_principal_and_makes_the_connection_take_signed_records_only() -> None:
    assert SIGNED["kafka_principal"] == "User:producer-acme-signed"
    assert requires_signature(SIGNED)
    assert not requires_signature(PRODUCER) and PRODUCER["kafka_principal"] is None
    assert kafka_principal("User:billing.acme_1") == "User:billing.acme_1"


@pytest.mark.parametrize("name", ["", "User:", "acme billing", "a=b", "a,b", "-leading-dash", "x" * 129])
def test_a_principal_name_the_provisioning_cannot_carry_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="Kafka principal"):
        kafka_principal(name)


@pytest.mark.parametrize("secret", SECRETS)
def test_a_record_signed_with_a_current_secret_passes(secret: str) -> None:
    check_record_signature(SIGNED, SECRETS, KEY, VALUE, _header(sign_record(secret, KEY, VALUE)))


def test_the_signature_is_the_webhook_mac_over_the_key_length_key_and_value() -> None:
    assert sign_record("s", KEY, VALUE) == mac("s", f"{len(KEY)}.".encode() + KEY + VALUE)
    assert sign_record("s", None, VALUE) == mac("s", b"0." + VALUE)


def test_a_connection_without_a_principal_takes_unsigned_records_as_before() -> None:
    check_record_signature(PRODUCER, [], KEY, VALUE, [])
    check_record_signature(CONNECTIONS["acme-erp"], [], KEY, VALUE, [])


@pytest.mark.parametrize("headers,reason", [
    pytest.param([], "missing_signature", id="no-headers"),
    pytest.param([("traceparent", b"00-abc")], "missing_signature", id="other-headers-only"),
    pytest.param(_header(sign_record("a-guess", KEY, VALUE)), "bad_signature", id="another-secret"),
    pytest.param(_header(sign_record(SECRETS[0], KEY, VALUE + b" ")), "bad_signature", id="another-value"),
    pytest.param(_header(sign_record(SECRETS[0], b"acme|producer|acme-signed|2025-0002", VALUE)), "bad_signature",
                 id="another-key"),
    pytest.param(_header(sign_record(SECRETS[0], KEY[:-1], KEY[-1:] + VALUE)), "bad_signature",
                 id="same-bytes-split-elsewhere"),
    pytest.param(_header("v1=" + "0" * 64), "bad_signature", id="garbage"),
])
def test_a_record_of_a_signing_connection_without_its_signature_is_refused(
    headers: list[tuple[str, bytes]], reason: str
) -> None:
    with pytest.raises(BadSignatureError) as caught:
        check_record_signature(SIGNED, SECRETS, KEY, VALUE, headers)
    assert caught.value.reason == reason
    assert "acme-signed" in caught.value.message
    assert SECRETS[0] not in caught.value.message

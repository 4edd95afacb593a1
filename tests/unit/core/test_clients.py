"""Client records that make themselves: the counterparty, its key, and which source wins each field."""

from __future__ import annotations

from typing import Any

import pytest

from services.core.clients import (
    ClientSource,
    client_key,
    client_key_of_reference,
    counterparty_id,
    counterparty_of,
    invoice_layer,
    is_client_record_id,
    manual_layer,
    merge_client,
    reference_layer,
    same_record,
)
from services.core.keys import client_record_id
from services.core.reference import RefKind, normalise_record


def view(direction: str = "outgoing", *, source: str = "own_system", issue: str = "2026-03-01",
         buyer: dict[str, Any] | None = None, seller: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"_id": "inv-1", "tenant": "t1", "site": "bp", "direction": direction, "issue_date": issue,
            "source": {"kind": source, "connection_id": "c"},
            "invoice": {"buyer": buyer if buyer is not None else {"name": "Alfa Kft.", "tax_number": "12345678-2-41"},
                        "seller": seller if seller is not None else {"name": "Mi Zrt.", "tax_number": "87654321-2-42"}}}


@pytest.mark.parametrize(("party", "key"), [
    pytest.param({"tax_number": "12345678-2-41"}, "hu:12345678", id="tax-number"),
    pytest.param({"tax_number": "12345678 2 41", "name": "Other name"}, "hu:12345678", id="spaced-same-company"),
    pytest.param({"tax_number": "12345678"}, "hu:12345678", id="taxpayer-id-only"),
    pytest.param({"vat_number": "HU12345678", "name": "x"}, "hu:12345678", id="hu-vat-is-the-taxpayer"),
    pytest.param({"vat_number": "de 123456789", "name": "Berlin GmbH"}, "vat:DE123456789", id="foreign-vat"),
    pytest.param({"name": "Kovács  Éva", "address": {"postal_code": "1051", "city": "Budapest",
                                                    "street": "Fő utca 1."}},
                 "name:kovacs eva|1051 budapest fo utca 1", id="private-person-name-address"),
    pytest.param({"name": "KOVÁCS ÉVA", "address": {"postal_code": "1051", "city": "budapest",
                                                   "street": "Fő  utca 1"}},
                 "name:kovacs eva|1051 budapest fo utca 1", id="same-person-other-spelling"),
    pytest.param({"name": "  "}, None, id="nothing-to-key-by"),
])
def test_client_key_normalises_tax_number_then_vat_then_name_and_address(party: dict[str, Any],
                                                                       key: str | None) -> None:
    assert client_key(party) == key


def test_the_counterparty_is_the_buyer_of_outgoing_and_the_seller_of_incoming_invoices() -> None:
    assert counterparty_of(view("outgoing"))["name"] == "Alfa Kft."
    assert counterparty_of(view("incoming"))["name"] == "Mi Zrt."
    flat = {"tenant": "t1", "direction": "outgoing", "buyer_name": "Béta Bt.", "buyer_tax_number": "11111111-1-11"}
    assert client_key(counterparty_of(flat)) == "hu:11111111"  # a view without the stored invoice


def test_record_id_is_deterministic_per_tenant_and_opaque() -> None:
    one = counterparty_id(view())
    assert one == client_record_id("t1", "hu:12345678") == counterparty_id(view(issue="2020-01-01"))
    assert one != client_record_id("t2", "hu:12345678")
    assert one is not None and is_client_record_id(one) and "12345678" not in one and "t1" not in one
    assert not is_client_record_id("client-003")


def test_billing_system_partner_data_becomes_its_own_layer_with_the_partner_id() -> None:
    buyer = {"name": "Alfa Kft.", "tax_number": "12345678-2-41", "partner_id": "77", "email": "a@alfa.hu"}
    source, layer = invoice_layer(view(source="billingo", buyer=buyer)) or (None, {})
    assert source is ClientSource.BILLINGO and layer["ids"] == {"billingo": ["77"]}
    assert layer["email"] == "a@alfa.hu"
    source, layer = invoice_layer(view(source="szamlazz", buyer=buyer)) or (None, {})
    assert source is ClientSource.SZAMLAZZ and layer["ids"] == {"szamlazz": ["77"]}
    source, layer = invoice_layer(view(source="own_system", buyer=buyer)) or (None, {})
    assert source is ClientSource.INVOICE and "ids" not in layer  # another system's ids are not ours to keep
    assert invoice_layer(view(buyer={"name": ""})) is None


def _merged(*steps: tuple[ClientSource, dict[str, Any]]) -> dict[str, Any]:
    record: dict[str, Any] | None = None
    for source, layer in steps:
        record = merge_client(record, tenant="t1", key="hu:12345678", source=source, layer=layer)
    assert record is not None
    return record


def test_merge_is_idempotent() -> None:
    source, layer = invoice_layer(view()) or (ClientSource.INVOICE, {})
    once = _merged((source, layer))
    assert same_record(once, merge_client(once, tenant="t1", key="hu:12345678", source=source, layer=layer))


def test_the_latest_invoice_wins_whatever_order_they_arrive_in() -> None:
    old = invoice_layer(view(issue="2025-01-01", buyer={"name": "Alfa Bt.", "tax_number": "12345678-2-41",
                                                      "address": {"city": "Pécs"}}))
    new = invoice_layer(view(issue="2026-01-01", buyer={"name": "Alfa Kft.", "tax_number": "12345678-2-41"}))
    assert old is not None and new is not None
    a, b = _merged(old, new), _merged(new, old)
    assert a["name"] == b["name"] == "Alfa Kft."
    assert a["address"] == b["address"] == {"city": "Pécs"}  # the older invoice still fills a gap
    assert same_record(a, b)


def test_which_source_wins_each_field() -> None:
    ref = normalise_record(RefKind.CLIENT, "t1", {"id": "client-003", "name": "Alfa Kereskedelmi Kft.",
                                                  "tax_number": "12345678-2-41", "postal_code": "1111",
                                                  "city": "Budapest", "cost_centre": "K-1"})
    billingo = {"name": "ALFA KFT", "tax_number": "12345678-2-41", "email": "billing@alfa.hu",
                "address": {"postal_code": "6720", "city": "Szeged", "street": "Kárász u. 1."},
                "ids": {"billingo": ["9"]}, "as_of": "2026-02-01"}
    invoice = {"name": "Alfa", "phone": "+36 1 111", "as_of": "2026-03-01"}
    record = _merged((ClientSource.INVOICE, invoice), (ClientSource.BILLINGO, billingo),
                     (ClientSource.REFERENCE, reference_layer(ref)))
    assert record["name"] == "Alfa Kereskedelmi Kft."  # reference data beats billing systems for names
    assert record["address"]["city"] == "Szeged"  # the billing system keeps the address current
    assert record["email"] == "billing@alfa.hu" and record["phone"] == "+36 1 111"  # gaps filled lower down
    assert record["cost_centre"] == "K-1" and record["taxpayer_id"] == "12345678"
    assert record["ids"] == {"billingo": ["9"], "reference": ["client-003"]}
    edited = merge_client(record, tenant="t1", key="hu:12345678", source=ClientSource.MANUAL,
                          layer=manual_layer({"name": "Alfa (kézi)", "email": "kezi@alfa.hu"}))
    assert edited["name"] == "Alfa (kézi)" and edited["email"] == "kezi@alfa.hu"  # a person's edit beats all
    cleared = merge_client(edited, tenant="t1", key="hu:12345678", source=ClientSource.MANUAL,
                           layer=manual_layer({"name": ""}))
    assert cleared["name"] == "Alfa Kereskedelmi Kft." and cleared["email"] == "kezi@alfa.hu"


def test_a_reference_client_is_keyed_like_the_invoices_of_its_company() -> None:
    ref = normalise_record(RefKind.CLIENT, "t1", {"id": "c-1", "name": "Alfa", "tax_number": "12345678241"})
    assert client_key_of_reference(ref) == client_key(counterparty_of(view()))

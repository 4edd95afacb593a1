"""Golden corpus: EN 16931, Számla Agent, Billingo; NAV InvoiceData built by the emulator's builders.

NAV's 30 official samples and its printed sample invoices are read by tests/conformance/test_nav_samples.py.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from services.core.invoice import invoice_from_json, invoice_to_json
from services.core.parsing import parse_document
from services.core.parsing.nav_xml import read_nav_invoice_data
from services.core.parsing.xmlsafe import parse_xml
from szamlatar_dev.emulators.nav.invoices import describe_invoice
from szamlatar_dev.emulators.nav.seed import seed_invoices

GOLDEN = Path(__file__).parents[3] / "golden"
# The NAV emulator's seed (dev/szamlatar_dev/emulators/nav/seed.py), by invoice number, for taxpayer 12345678.
NAV = {describe_invoice(s.document)[0].invoice_number: s.document for s in seed_invoices("12345678")}


def test_the_nav_seed_covers_every_kind_of_document() -> None:
    kinds = {parse_document(doc, media_type="application/xml").invoice.kind.value for doc in NAV.values()}
    assert kinds == {"normal", "advance", "final", "correction"}
    assert len(NAV) == 21


@pytest.mark.parametrize("number", sorted(NAV))
def test_nav_invoice_reads_and_its_totals_agree_with_its_lines(number: str) -> None:
    result = parse_document(NAV[number], media_type="application/xml")
    inv = result.invoice
    assert result.reader == "nav_xml"
    assert (inv.number, inv.issue_date.year, inv.issue_date.month) == (number, 2021, 5)
    assert inv.seller.tax_number and inv.currency and inv.gross_total is not None
    assert inv.warnings == ()
    assert invoice_from_json(json.loads(json.dumps(invoice_to_json(inv)))) == inv


@pytest.mark.parametrize(
    ("number", "field", "expected"),
    [
        pytest.param("PK-2021/0001", "seller.tax_number", "12345678-2-43", id="seller-tax-number"),
        pytest.param("PK-2021/0001", "seller.name", "Példa Kereskedelmi Kft.", id="seller-name"),
        pytest.param("PK-2021/0001", "buyer.tax_number", "13579241-2-02", id="buyer-tax-number"),
        pytest.param("PK-2021/0001", "buyer.address.city", "Pécs", id="buyer-city"),
        pytest.param("PK-2021/0001", "references.order", "BE-2021/118", id="order"),
        pytest.param("PK-2021/0001", "references.delivery_note", "SZL-2021/0311", id="delivery-note"),
        pytest.param("PK-2021/0001", "net_total", Decimal("456200.00"), id="net-with-discount-line"),
        pytest.param("PK-2021/0001", "vat_total", Decimal("119280.00"), id="vat-two-rates"),
        pytest.param("PK-2021/0001", "due_date.isoformat", "2021-05-18", id="due-date"),
        pytest.param("PK-2021/0002", "references.contract", "KSZ-2020/44", id="contract"),
        pytest.param("PK-2021/0002", "vat_breakdown.rates", [Decimal("0.27"), Decimal("0.18"), Decimal("0.05"), "AAM"],
                     id="several-vat-treatments"),
        pytest.param("PK-2021/0003", "kind", "advance", id="advance"),
        pytest.param("PK-2021/0004", "kind", "final", id="final"),
        pytest.param("PK-2021/0004", "gross_total", Decimal("4064000.00"), id="final-deducts-the-advance"),
        pytest.param("PK-2021/0005", "currency", "EUR", id="currency"),
        pytest.param("PK-2021/0005", "exchange_rate", Decimal("359.87"), id="exchange-rate"),
        pytest.param("PK-2021/0005", "gross_total", Decimal("11506.20"), id="gross-in-eur"),
        pytest.param("PK-2021/0005", "gross_total_huf", Decimal("4140736.19"), id="huf-twin"),
        pytest.param("PK-2021/0006", "buyer.vat_number", "DE814736925", id="eu-buyer"),
        pytest.param("PK-2021/0006", "seller.vat_number", "HU12345678", id="eu-seller-vat-number"),
        pytest.param("PK-2021/0006", "vat_breakdown.rates", ["KBAET"], id="intra-community-exemption"),
        pytest.param("PK-2021/0007", "currency", "USD", id="third-country-currency"),
        pytest.param("PK-2021/0007", "vat_breakdown.rates", ["EAM"], id="export-exemption"),
        pytest.param("PK-2021/0007", "buyer.address.country", "RS", id="third-country-buyer"),
        pytest.param("PK-2021/0007", "buyer.vat_number", "RS104512378", id="third-state-tax-id"),
        pytest.param("PK-2021/0008", "category", "SIMPLIFIED", id="simplified"),
        pytest.param("PK-2021/0008", "gross_total", Decimal("18220.00"), id="simplified-gross"),
        pytest.param("PK-2021/0008", "payment_method", "cash", id="cash"),
        pytest.param("PK-2021/0009", "buyer.private_person", True, id="private"),
        pytest.param("PK-2021/0009", "buyer.tax_number", None, id="private-no-tax"),
        pytest.param("PK-2021/0009", "buyer.name", None, id="private-no-name"),
        pytest.param("PK-2021/0010", "category", "AGGREGATE", id="aggregate"),
        pytest.param("PK-2021/0010", "net_total", Decimal("1996600.00"), id="aggregate-net"),
        pytest.param("PK-2021/0012", "references.preceding_invoice", "PK-2021/0011", id="modification-ref"),
        pytest.param("PK-2021/0012", "kind", "correction", id="modification-kind"),
        pytest.param("PK-2021/0013", "gross_total", Decimal("-1078230.00"), id="storno-negates-what-is-left"),
        pytest.param("PK-2021/0017", "references.preceding_invoices", ("PK-2021/0014", "PK-2021/0015", "PK-2021/0016"),
                     id="batch"),
        pytest.param("PK-2021/0017", "gross_total", Decimal("9525.00"), id="batch-adds-its-parts-up"),
        pytest.param("AI-2021/0412", "seller.name", "Alföldi Irodaszer Kft.", id="inbound-seller"),
        pytest.param("AI-2021/0412", "buyer.taxpayer_id", "12345678", id="inbound-buyer-is-us"),
        pytest.param("BIT-2021-077", "references.project", "ERP-2021", id="project"),
    ],
)
def test_nav_reader_maps_field(number: str, field: str, expected: object) -> None:
    assert field_of(read_nav_invoice_data(parse_xml(NAV[number])), field) == expected


def field_of(value: object, dotted: str) -> object:
    """``buyer.tax_number`` of an Invoice; ``vat_breakdown.rates`` lists each row's rate or category."""
    for part in dotted.split("."):
        if part == "rates":
            value = [v.rate if v.rate is not None else v.category for v in value]  # type: ignore[attr-defined]
        elif part == "isoformat":
            value = value.isoformat()  # type: ignore[attr-defined]
        else:
            value = getattr(value, part)
    return value


def test_storno_operation_from_the_nav_digest_makes_a_storno() -> None:
    root = parse_xml(NAV["PK-2021/0013"])
    assert read_nav_invoice_data(root).kind == "correction"
    assert read_nav_invoice_data(root, operation="STORNO").kind == "storno"


STRUCTURED = [
    pytest.param("en16931/ubl_invoice.xml", "ubl", {"number": "UBL-2025/0042", "kind": "normal",
                 "gross_total": "127000", "seller.tax_number": "12345676-2-08", "buyer.vat_number": "HU99887764",
                 "order_reference": "MR-7781", "fulfilment_date": "2025-09-05"}, id="ubl-invoice"),
    pytest.param("en16931/ubl_creditnote.xml", "ubl", {"kind": "credit_note", "due_date": "2025-09-30",
                 "preceding_invoice": "UBL-2025/0042", "vat_total": "27.00", "vat_total_huf": "10800"},
                 id="ubl-creditnote"),
    pytest.param("en16931/cii_facturx.xml", "cii", {"kind": "correction", "gross_total": "-6350",
                 "preceding_invoice": "FX-2025-0099", "seller.tax_number": "99999999-2-41", "due_date": "2025-09-22"},
                 id="cii-with-bom"),
    pytest.param("en16931/zugferd1_comfort.xml", "zugferd1", {"number": "471102", "gross_total": "529.87",
                 "due_date": "2013-04-04", "seller.vat_number": "DE123456789"}, id="zugferd1"),
    pytest.param("szamlazz/push_szamla_example.xml", "szamla_agent", {"number": "2015-123", "currency": "EUR",
                 "gross_total": "254", "preceding_invoice": "2015-1", "due_date": "2015-12-03"}, id="szamla-push"),
    pytest.param("szamlazz/agent_response_xmlszamlaxml_szamla.xml", "szamla_agent", {"kind": "proforma",
                 "gross_total": "557", "buyer.name": "Customer name"}, id="szamla-query"),
]


def _get(data: dict[str, object], dotted: str) -> object:
    value: object = data
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


@pytest.mark.parametrize(("name", "reader", "expected"), STRUCTURED)
def test_structured_reader(name: str, reader: str, expected: dict[str, object]) -> None:
    result = parse_document((GOLDEN / name).read_bytes(), media_type="application/xml")
    assert result.reader == reader
    data = invoice_to_json(result.invoice)
    assert {k: _get(data, k) for k in expected} == expected


@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in sorted((GOLDEN / "billingo").glob("*.json"))])
def test_billingo_document(path: Path) -> None:
    doc = json.loads(path.read_text())
    result = parse_document(path.read_bytes(), media_type="application/json")
    inv = result.invoice
    assert result.reader == "billingo"
    assert inv.number == doc["invoice_number"]
    assert inv.gross_total == Decimal(str(doc["gross_total"]))
    assert inv.seller.tax_number == doc["organization"]["tax_number"]
    assert inv.kind.value == path.stem.removeprefix("document_")
    if doc["related_documents"] and inv.kind.value in ("storno", "correction", "final"):
        assert inv.references.preceding_invoice == doc["related_documents"][0]["invoice_number"]
    assert inv.warnings == ()


@pytest.mark.parametrize(
    ("stem", "changes"),
    [
        pytest.param("document_normal", {"cancelled": True}, id="cancelled-original-names-its-storno"),
        pytest.param("document_advance", {}, id="advance-names-its-final-invoice"),
        pytest.param("document_normal", {}, id="original-names-its-correction"),
    ],
)
def test_billingo_links_pointing_forward_are_not_preceding_invoices(stem: str, changes: dict) -> None:
    doc = {**json.loads((GOLDEN / "billingo" / f"{stem}.json").read_text()), **changes,
           "related_documents": [{"id": 999, "invoice_number": "LATER-2025-1"}]}
    inv = parse_document(json.dumps(doc).encode(), media_type="application/json").invoice
    assert inv.kind.value == stem.removeprefix("document_")
    assert inv.references.preceding_invoice is None


def test_every_golden_invoice_matches_the_wire_schema() -> None:
    import jsonschema

    schema = json.loads((Path(__file__).parents[4] / "schemas" / "invoice.v1.json").read_text())
    docs = [(p.read_bytes(), "application/xml") for p in sorted(GOLDEN.glob("*/*.xml"))]
    docs += [(p.read_bytes(), "application/json") for p in sorted((GOLDEN / "billingo").glob("*.json"))]
    docs += [(doc, "application/xml") for doc in NAV.values()]
    for data, media_type in docs:
        jsonschema.validate(invoice_to_json(parse_document(data, media_type=media_type).invoice), schema)


# --- NAV's invoiceOperation and the QueryInvoiceDataResponse envelope ---------------------------

MODIFICATION = NAV["PK-2021/0012"]


@pytest.mark.parametrize(
    ("operation", "metadata", "kind"),
    [
        pytest.param(None, None, "correction", id="no-operation"),
        pytest.param("MODIFY", None, "correction", id="modify"),
        pytest.param("STORNO", None, "storno", id="keyword"),
        pytest.param(None, {"invoice_operation": "STORNO"}, "storno", id="metadata"),
    ],
)
def test_parse_document_takes_the_nav_operation(operation: str | None, metadata: dict[str, str] | None,
                                                kind: str) -> None:
    result = parse_document(MODIFICATION, media_type="application/xml", operation=operation, metadata=metadata)
    assert (result.reader, result.invoice.kind.value) == ("nav_xml", kind)
    assert result.invoice.number == "PK-2021/0012"  # metadata holding only the operation adds no empty layer


def query_invoice_data_response(payload: bytes, *, compressed: bool, func_code: str = "OK") -> bytes:
    import base64

    encoded = base64.b64encode(payload).decode()
    # NAV's base64 may be folded over lines
    folded = "\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<QueryInvoiceDataResponse xmlns="http://schemas.nav.gov.hu/OSA/3.0/api"
    xmlns:common="http://schemas.nav.gov.hu/NTCA/1.0/common">
  <common:header><common:requestId>RID1</common:requestId><common:timestamp>2021-05-21T10:00:00.000Z</common:timestamp>
  <common:requestVersion>3.0</common:requestVersion></common:header>
  <common:result><common:funcCode>{func_code}</common:funcCode></common:result>
  <software><softwareId>HU12345678-0000001</softwareId></software>
  <invoiceDataResult>
    <invoiceData>{folded}</invoiceData>
    <auditData><insdate>2021-05-21T10:00:00.000Z</insdate><insCusUser>user</insCusUser><source>MGM</source>
      <originalRequestVersion>3.0</originalRequestVersion></auditData>
    <compressedContentIndicator>{"true" if compressed else "false"}</compressedContentIndicator>
  </invoiceDataResult>
</QueryInvoiceDataResponse>""".encode()


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "gzip"])
def test_nav_query_invoice_data_response_reads_like_its_invoice_data(compressed: bool) -> None:
    import gzip

    xml = MODIFICATION
    envelope = query_invoice_data_response(gzip.compress(xml) if compressed else xml, compressed=compressed)
    direct = parse_document(xml, media_type="application/xml", operation="STORNO")
    wrapped = parse_document(envelope, media_type="application/xml", operation="STORNO")
    assert wrapped.reader == "nav_xml"
    assert invoice_to_json(wrapped.invoice) == invoice_to_json(direct.invoice)

"""The NAV reader against NAV's own documents: the 30 official InvoiceData samples (read right, and
served by the emulator) and the printed sample-invoice PDF, page by page against the XML it names."""

from __future__ import annotations

import base64
import dataclasses
import json
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from services.core.enums import Direction
from services.core.invoice import invoice_from_json, invoice_to_json
from services.core.parsing import parse_document
from services.core.parsing.limits import DEFAULT_PDF_LIMITS
from services.core.parsing.nav_xml import read_nav_invoice_data
from services.core.parsing.pdf.layout import PdfContent, extract_pdf
from services.core.parsing.pdf.reader import invoice_from_lines
from services.core.parsing.structured import read_xml
from services.core.parsing.xmlsafe import parse_xml
from services.nav.protocol.requests import (
    IssueDateRange,
    RequestContext,
    SoftwareInfo,
    build_query_invoice_digest_request,
)
from services.nav.protocol.responses import parse_query_invoice_digest_response
from services.nav.protocol.signing import NavCredentials
from szamlatar_dev.emulators.nav.app import DEMO_USER, EmulatorSettings, create_app
from tests.conformance.conftest import spec_file
from tests.unit.core.parsing.test_readers import field_of

SAMPLES_DIR = spec_file("nav", "samples", "invoiceData")
NAV = sorted(SAMPLES_DIR.glob("*.xml"))
PRINTED = spec_file("nav", "samples", "2020-12-07-Peldaszamlak_v3.0-hoz.pdf")
WIRE_SCHEMA = Path(__file__).parents[2] / "schemas" / "invoice.v1.json"

# NAV's own samples that do not add up (checked by hand against the XML): the reader must say so.
NAV_INCONSISTENT = {
    "Belfoldi_ertekesites_tobb_AFA_tipus.xml": 2,
    "Gyujtoszamla_1.xml": 1,
    "Harmadik_orszagbeli_devizas_szamla.xml": 1,
    "Tagorszagi_devizas_szamla.xml": 1,
    "Termekdijas_szamla.xml": 3,
    "Uj_kozlekedesi_eszkoz_export.xml": 2,
}


def _get(data: dict[str, object], dotted: str) -> object:
    value: object = data
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def test_the_specs_hold_all_thirty_nav_samples() -> None:
    assert len(NAV) == 30


@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in NAV])
def test_nav_sample_reads_and_its_totals_agree_with_its_lines(path: Path) -> None:
    result = parse_document(path.read_bytes(), media_type="application/xml")
    inv = result.invoice
    assert result.reader == "nav_xml"
    assert inv.number and inv.issue_date and inv.seller.tax_number and inv.currency
    assert inv.gross_total is not None
    assert len(inv.warnings) == NAV_INCONSISTENT.get(path.name, 0), inv.warnings
    assert invoice_from_json(json.loads(json.dumps(invoice_to_json(inv)))) == inv


@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        pytest.param("Modositas_es_ervenytelenites_1.xml", "references.preceding_invoice", "ZZZ000001",
                     id="modification-ref"),
        pytest.param("Modositas_es_ervenytelenites_1.xml", "kind", "correction", id="modification-kind"),
        pytest.param("Belfoldi_egyszerusitett_szamla.xml", "category", "SIMPLIFIED", id="simplified"),
        pytest.param("Belfoldi_egyszerusitett_szamla.xml", "gross_total", Decimal("33000"), id="simplified-gross"),
        pytest.param("Gyujtoszamla_2.xml", "category", "AGGREGATE", id="aggregate"),
        pytest.param("Belfoldi_termekertekesites_maganszemelynek.xml", "buyer.private_person", True, id="private"),
        pytest.param("Belfoldi_termekertekesites_maganszemelynek.xml", "buyer.tax_number", None, id="private-no-tax"),
        pytest.param("Belfoldi_devizas_szamla.xml", "gross_total_huf", Decimal("7322944.00"), id="huf-twin"),
        pytest.param("Belfoldi_elolegszamla.xml", "kind", "advance", id="advance"),
        pytest.param("Belfoldi_vegszamla.xml", "kind", "final", id="final"),
        pytest.param("Tagorszagi_devizas_szamla.xml", "buyer.vat_number", "DE888888888", id="eu-buyer"),
        pytest.param("Belfoldi_termekertekesites.xml", "references.order", "12345678/2021", id="order"),
        pytest.param("Tobb_szamla_modositasa_egy_okirattal.xml", "references.preceding_invoices",
                     ("SZ00001", "SZ00002", "SZ00003"), id="batch"),
    ],
)
def test_nav_reader_maps_field(name: str, field: str, expected: object) -> None:
    assert field_of(read_nav_invoice_data(parse_xml((SAMPLES_DIR / name).read_bytes())), field) == expected


def test_storno_operation_from_the_nav_digest_makes_a_storno() -> None:
    root = parse_xml((SAMPLES_DIR / "Teves_termek_helyesbitese_20.xml").read_bytes())
    assert read_nav_invoice_data(root, operation="STORNO").kind == "storno"


def test_every_nav_sample_matches_the_wire_schema() -> None:
    import jsonschema

    schema = json.loads(WIRE_SCHEMA.read_text())
    for path in NAV:
        jsonschema.validate(invoice_to_json(parse_document(path.read_bytes(), media_type="application/xml").invoice),
                            schema)


def test_the_emulator_serves_the_official_samples_planted_into_it() -> None:
    """The emulator's digest is read from InvoiceData; NAV's own documents (a batch among them) work too."""
    clock = datetime(2021, 6, 1, 12, 0, tzinfo=UTC)
    creds = NavCredentials(DEMO_USER.login, DEMO_USER.password_hash, DEMO_USER.tax_number,
                               DEMO_USER.signature_key)
    with TestClient(create_app(EmulatorSettings(), clock=lambda: clock)) as client:
        for path in NAV:
            document = path.read_bytes().replace(b"<base:taxpayerId>99999999<",
                                                 f"<base:taxpayerId>{DEMO_USER.tax_number}<".encode())
            planted = client.post("/_emulator/invoices", json={
                "invoiceDataBase64": base64.b64encode(document).decode(), "insDate": clock.isoformat()})
            assert planted.status_code == 201, (path.name, planted.text)
        body = build_query_invoice_digest_request(
            creds, SoftwareInfo(), RequestContext("RIDSAMPLES1", clock), page=1,
            direction=Direction.OUTGOING, mandatory=IssueDateRange(date(2021, 5, 1), date(2021, 6, 1)))
        answer = client.post("/invoiceService/v3/queryInvoiceDigest", content=body)
    digests = parse_query_invoice_digest_response(answer.content).digests
    # 29 samples of supplier 99999999 (now ours), one a batch of three; the VAT-group sample has another supplier.
    assert len(digests) == 31
    assert {d.batch_index for d in digests if d.invoice_number == "SZ00004"} == {1, 2, 3}


# --- NAV's printed sample invoices, each checked against the XML it names ---------------------
PRINTED_FIELDS = ("number", "kind", "issue_date", "fulfilment_date", "due_date", "currency", "net_total",
                  "vat_total", "gross_total", "seller.tax_number", "buyer.tax_number", "order_reference",
                  "preceding_invoice")
# Where the printed page and its XML still disagree. Each entry was checked by eye against the page
# and the XML and is NAV's own inconsistency, not a reader miss: the page prints something else,
# or nothing, for that field. A reader change that fixes or breaks one makes the test fail.
_NUMBER_PADDED = "the page prints 2021/000345, the XML says 2021/00345"
_XML_GROSS_OFF = "the page prints gross = net (VAT exempt); the XML's gross is net + 0.40, its own sum disagrees"
PRINTED_KNOWN: dict[str, dict[str, str]] = {
    "Belfoldi_ertekesites_tobb_AFA_tipus": {
        "gross_total": "the page prints 3 263 600; the XML's 3263000.00 disagrees with its own lines",
        "seller.tax_number": "the page prints the seller's tax number 12345676-2-42, the XML 99999999-2-41",
    },
    "Belfoldi_devizas_szamla": {"number": _NUMBER_PADDED},
    "Termekdijas_szamla": {
        "number": "the page prints 202000099, the XML 201900099",
        "vat_total": "the page prints 280 800; the XML's 280000.00 disagrees with its own VAT rows",
    },
    "Belfoldi_elolegszamla": {"fulfilment_date": "the page prints 2021.05.10, the XML 2021-05-15"},
    "Belfoldi_elolegszamla_egysegar_nelkul": {"fulfilment_date": "the page prints 2021.05.10, the XML 2021-05-15"},
    "Belfoldi_devizas_vegszamla_tobb_eloleg_tetel": {"number": _NUMBER_PADDED},
    "Tagorszagi_devizas_szamla": {"number": _NUMBER_PADDED, "gross_total": _XML_GROSS_OFF},
    "Uj_kozlekedesi_eszkoz_export": {"number": _NUMBER_PADDED, "gross_total": _XML_GROSS_OFF},
    "Harmadik_orszagbeli_devizas_szamla": {"number": _NUMBER_PADDED, "gross_total": _XML_GROSS_OFF},
    "Gyujtoszamla_1": {
        "number": "the page under Gyujtoszamla_1.xml prints 2021/000234 (the _2 XML's number, padded)",
        "net_total": "the page prints three delivery notes (5 432 000); both aggregate XMLs have four (6032000)",
        "vat_total": "the page's 1 334 640 covers three delivery notes; the XML's 1364640 four",
        "gross_total": "the page's 6 766 640 covers three delivery notes; the XML's 7396640 four",
    },
    "Gyujtoszamla_2": {"number": "the page under Gyujtoszamla_2.xml prints 2021/000235 (the _1 XML's number)"},
    "Teves_termek_helyesbitese": {"fulfilment_date": "the page prints the Teljesítés label with no date"},
    "Teves_termek_helyesbitese_20": {
        "kind": "the page is titled Érvénytelenítő számla (storno); InvoiceData cannot say so (operation=STORNO)",
        "due_date": "the page prints the Fizetés esedékessége label with no date",
    },
    "Teves_termek_helyesbitese_21": {"due_date": "the page prints the Fizetés esedékessége label with no date"},
    "Tobbszoros_modositas_1": {"preceding_invoice": "the page prints ZZ000001, the XML ZZZ000001"},
    "Tobbszoros_modositas_2": {"preceding_invoice": "the page prints ZZ000001, the XML ZZZ000001"},
    "Modositas_es_ervenytelenites_1": {"number": "the page prints ZZZ000023, the XML ZZZ000009"},
    "Modositas_es_ervenytelenites_2": {
        "preceding_invoice": "the page names ZZZ000009 (the chain's previous document), the XML the base ZZZ000001",
    },
    "Tobb_szamla_modositasa_egy_okirattal": {
        field: "the page changes due dates only: it prints no " + what
        for field, what in (("fulfilment_date", "fulfilment date (blank label)"), ("currency", "currency"),
                            ("net_total", "amounts"), ("vat_total", "amounts"), ("gross_total", "amounts"),
                            ("preceding_invoice", "invoice numbers of the modified invoices"))
    },
}


@cache
def _printed_content() -> PdfContent:
    return extract_pdf(PRINTED.read_bytes(), DEFAULT_PDF_LIMITS, with_embedded=False)


def _printed_pages() -> list[tuple[int, str]]:
    """(page, sample name) of each page that names exactly one sample XML."""
    content = _printed_content()
    pages: list[tuple[int, str]] = []
    for page in range(max(ln.page for ln in content.lines) + 1):
        names = [m for ln in content.lines if ln.page == page for m in re.findall(r"Fájlnév:\s*(.+?)\.xml", ln.text)]
        if len(names) == 1:
            pages.append((page, names[0].strip().replace(" ", "_")))
    return pages


def test_the_printed_pdf_names_a_sample_on_27_pages() -> None:
    pages = _printed_pages()
    assert len(pages) == 27
    assert {stem for _, stem in pages} <= {p.stem for p in NAV}


@pytest.fixture(scope="module")
def printed_lines() -> dict[int, list[object]]:
    out: dict[int, list[object]] = {}
    for ln in _printed_content().lines:
        out.setdefault(ln.page, []).append(dataclasses.replace(ln, page=0))
    return out


def _same(field: str, want: object, got: object) -> bool:
    if field.endswith("_total") and want is not None and got is not None:
        return Decimal(str(want)) == Decimal(str(got))
    return want == got


@pytest.mark.parametrize(("page", "stem"), [pytest.param(p, s, id=s) for p, s in _printed_pages()])
def test_printed_sample_page_matches_its_xml(page: int, stem: str, printed_lines: dict[int, list[object]]) -> None:
    _, expected = read_xml((SAMPLES_DIR / f"{stem}.xml").read_bytes(), DEFAULT_PDF_LIMITS)
    got = invoice_to_json(invoice_from_lines(printed_lines[page]))  # type: ignore[arg-type]
    want = invoice_to_json(expected)
    wrong = {f for f in PRINTED_FIELDS if _get(want, f) is not None and not _same(f, _get(want, f), _get(got, f))}
    assert wrong == set(PRINTED_KNOWN.get(stem, {}))


# Printed pages whose item table the text reader takes (its sums agree with the page's totals).
PRINTED_WITH_LINES = {"Belfoldi_termekertekesites", "Belfoldi_elolegszamla_egysegar_nelkul",
                      "Belfoldi_devizas_vegszamla_tobb_eloleg_tetel", "Belfoldi_termekertekesites_AFA_csoportok_kozott",
                      "Eredeti_szamla_modositasokhoz", "Teves_termek_helyesbitese", "Teves_termek_helyesbitese_20",
                      "Teves_termek_helyesbitese_21", "Modositas_es_ervenytelenites_1"}


def test_printed_sample_line_items_are_the_xml_lines(printed_lines: dict[int, list[object]]) -> None:
    with_lines = set()
    for page, stem in _printed_pages():
        got = invoice_from_lines(printed_lines[page]).lines  # type: ignore[arg-type]
        if not got:
            continue
        with_lines.add(stem)
        _, expected = read_xml((SAMPLES_DIR / f"{stem}.xml").read_bytes(), DEFAULT_PDF_LIMITS)
        assert [(g.quantity, g.net, g.vat, g.gross) for g in got] == [
            (e.quantity, e.net, e.vat, e.gross) for e in expected.lines], stem
        # names only: the VTSZ / product codes printed under them are left out
        assert all(g.description and not re.search(r"(?:^|\s)\d{6,8}(?:\s|$)", g.description) for g in got), [
            g.description for g in got]
    assert with_lines == PRINTED_WITH_LINES


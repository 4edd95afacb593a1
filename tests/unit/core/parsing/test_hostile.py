"""Hostile input: every case is refused with a clear reason, never expanded, fetched or hung on."""

from __future__ import annotations

import io
import zlib

import pytest

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode, Rejected
from services.core.parsing import parse_document
from services.core.parsing.limits import PdfLimits

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<InvoiceData xmlns="http://schemas.nav.gov.hu/OSA/3.0/data">&lol2;</InvoiceData>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<InvoiceData xmlns="http://schemas.nav.gov.hu/OSA/3.0/data"><invoiceNumber>&xxe;</invoiceNumber></InvoiceData>"""
DTD = b"""<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><x/>"""


@pytest.mark.parametrize(
    ("document", "limits", "error", "reason"),
    [
        pytest.param(BOMB, PdfLimits(), MalformedDocumentError, ReasonCode.FORBIDDEN_XML, id="billion-laughs"),
        pytest.param(XXE, PdfLimits(), MalformedDocumentError, ReasonCode.FORBIDDEN_XML, id="xxe"),
        pytest.param(DTD, PdfLimits(), MalformedDocumentError, ReasonCode.FORBIDDEN_XML, id="external-dtd"),
        pytest.param(b"<a><b></a>", PdfLimits(), MalformedDocumentError, ReasonCode.MALFORMED_XML, id="broken"),
        pytest.param(b"<a>" + b" " * 2000 + b"</a>", PdfLimits(max_xml_bytes=1000), LimitExceededError,
                     ReasonCode.TOO_LARGE, id="too-big"),
        pytest.param(b"<a>" * 100 + b"</a>" * 100, PdfLimits(max_xml_depth=50), LimitExceededError,
                     ReasonCode.TOO_LARGE, id="too-deep"),
        pytest.param(b"<a>" + b"<b/>" * 1000 + b"</a>", PdfLimits(max_xml_elements=500), LimitExceededError,
                     ReasonCode.TOO_LARGE, id="too-many-elements"),
        pytest.param(b"<x xmlns='urn:other'/>", PdfLimits(), Rejected, ReasonCode.UNSUPPORTED_DOCUMENT,
                     id="unknown-root"),
    ],
)
def test_hostile_xml_is_refused(document: bytes, limits: PdfLimits, error: type[Exception], reason: str) -> None:
    with pytest.raises(error) as caught:
        parse_document(document, media_type="application/xml", limits=limits)
    assert caught.value.reason == reason  # type: ignore[attr-defined]


def _pdf(pages: int = 1, encrypt: bool = False) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=StandardEncryption("titok", canPrint=0) if encrypt else None)
    for n in range(pages):
        c.drawString(72, 720, f"Számla sorszáma: T-{n}")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(
    ("document", "limits", "reason"),
    [
        pytest.param(b"MZ\x90\x00 not a pdf", PdfLimits(), ReasonCode.MALFORMED_PDF, id="not-a-pdf"),
        pytest.param(b"%PDF-1.7\n" + b"\x00" * 100, PdfLimits(), ReasonCode.MALFORMED_PDF, id="truncated"),
        pytest.param(_pdf(), PdfLimits(max_bytes=100), ReasonCode.TOO_LARGE, id="too-big"),
        pytest.param(_pdf(pages=5), PdfLimits(max_pages=3), ReasonCode.TOO_MANY_PAGES, id="too-many-pages"),
        pytest.param(_pdf(encrypt=True), PdfLimits(), ReasonCode.ENCRYPTED_PDF, id="password-protected"),
    ],
)
def test_hostile_pdf_is_refused(document: bytes, limits: PdfLimits, reason: str) -> None:
    with pytest.raises(Rejected) as caught:
        parse_document(document, limits=limits)
    assert caught.value.reason == reason


def test_password_protected_pdf_says_so_in_words() -> None:
    with pytest.raises(MalformedDocumentError, match="password-protected"):
        parse_document(_pdf(encrypt=True))


def test_xml_bomb_inside_a_pdf_is_reported_and_the_text_still_read() -> None:
    from tests.unit.core.parsing.pdf_builder import pdf_with_attachment

    result = parse_document(pdf_with_attachment(BOMB.replace(b"InvoiceData", b"Invoice").replace(
        b"http://schemas.nav.gov.hu/OSA/3.0/data", b"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"),
        name="factur-x.xml", text="Számla sorszáma: PDF-1"))
    assert result.reader == "pdf_text"
    assert result.invoice.number == "PDF-1"
    assert any("forbidden" in w for w in result.invoice.warnings)


def test_deflate_bomb_stream_is_not_taken_as_an_attachment() -> None:
    from tests.unit.core.parsing.pdf_builder import pdf_with_attachment

    big = zlib.compress(b"<" + b"a" * 5_000_000)
    result = parse_document(pdf_with_attachment(big, name="big.xml", text="Számla sorszáma: B-1", raw=True),
                            limits=PdfLimits(max_xml_bytes=1_000_000))
    assert result.reader == "pdf_text"


def test_sandbox_kills_a_child_that_does_not_answer_in_time() -> None:
    from services.adapters.pdf_sandbox import PdfSandbox

    sandbox = PdfSandbox(PdfLimits(max_seconds=0.001, max_ocr_seconds=0))  # the wait is both budgets
    try:
        with pytest.raises(LimitExceededError) as caught:
            sandbox.parse(_pdf(), media_type="application/pdf", metadata=None)
        assert caught.value.reason == ReasonCode.TIMEOUT
    finally:
        sandbox.close()


@pytest.mark.parametrize(
    ("name", "af", "name_tree", "escaped"),
    [
        pytest.param("UBL-Invoice-2.1.xml", False, True, False, id="odoo-name-tree-only"),
        pytest.param("factur-x.xml", True, False, False, id="af-only"),
        pytest.param("számla_ő.xml", True, True, False, id="utf16-name-both"),
        # a file that spells its names with escapes still has them looked for (layout._needs_pdfminer)
        pytest.param("UBL-Invoice-2.1.xml", False, True, True, id="name-tree-escaped"),
        pytest.param("factur-x.xml", True, False, True, id="af-escaped"),
    ],
)
def test_embedded_invoice_xml_wins_over_pdf_text(name: str, af: bool, name_tree: bool, escaped: bool) -> None:
    from pathlib import Path

    from tests.unit.core.parsing.pdf_builder import pdf_with_attachment

    golden = Path(__file__).parents[3] / "golden" / "en16931"
    for xml, reader, number in ((golden / "ubl_invoice.xml", "ubl", "UBL-2025/0042"),
                                (golden / "cii_facturx.xml", "cii", "FX-2025-0100")):
        pdf = pdf_with_attachment(xml.read_bytes(), name=name, text="Számla sorszáma: OTHER-1", af=af,
                                  name_tree=name_tree, escaped=escaped)
        result = parse_document(pdf)
        assert (result.reader, result.invoice.number) == (reader, number)
        assert any("number" in w and "OTHER-1" in w for w in result.invoice.warnings)


def _nav_envelope(payload: bytes, *, compressed: bool) -> bytes:
    from tests.unit.core.parsing.test_readers import query_invoice_data_response

    return query_invoice_data_response(payload, compressed=compressed)


@pytest.mark.parametrize(
    ("document", "limits", "error", "reason"),
    [
        pytest.param(_nav_envelope(zlib.compress(b"x"), compressed=True), PdfLimits(), MalformedDocumentError,
                     ReasonCode.MALFORMED_XML, id="zlib-not-gzip"),
        pytest.param(_nav_envelope(b"<a/>", compressed=False).replace(b"PGEvPg==", b"PGEvP!=="), PdfLimits(),
                     MalformedDocumentError, ReasonCode.MALFORMED_XML, id="bad-base64"),
        pytest.param(_nav_envelope(BOMB, compressed=False), PdfLimits(), MalformedDocumentError,
                     ReasonCode.FORBIDDEN_XML, id="entity-bomb-inside"),
        pytest.param(_nav_envelope(b"<x xmlns='urn:other'/>", compressed=False), PdfLimits(), Rejected,
                     ReasonCode.UNSUPPORTED_DOCUMENT, id="not-invoice-data-inside"),
        pytest.param(_nav_envelope(b"<a/>", compressed=False, ).replace(b">OK<", b">ERROR<"), PdfLimits(),
                     Rejected, ReasonCode.UNSUPPORTED_DOCUMENT, id="nav-error"),
    ],
)
def test_hostile_nav_envelope_is_refused(document: bytes, limits: PdfLimits, error: type[Exception],
                                         reason: str) -> None:
    with pytest.raises(error) as caught:
        parse_document(document, media_type="application/xml", limits=limits)
    assert caught.value.reason == reason  # type: ignore[attr-defined]


def test_gzip_bomb_in_a_nav_envelope_is_refused_without_expanding_it() -> None:
    import gzip
    import tracemalloc

    bomb = gzip.compress(b"<InvoiceData>" + b" " * 60_000_000, compresslevel=9)
    envelope = _nav_envelope(bomb, compressed=True)
    assert len(envelope) < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(LimitExceededError) as caught:
            parse_document(envelope, media_type="application/xml", limits=PdfLimits(max_xml_bytes=1_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.reason == ReasonCode.TOO_LARGE
    assert "decompresses to more than 1000000 bytes" in caught.value.message
    assert peak < 8_000_000  # the 60 MB never existed


def test_deflate_bomb_attachment_is_refused_by_the_reader_without_expanding_it() -> None:
    import tracemalloc

    from tests.unit.core.parsing.pdf_builder import pdf_with_attachment

    bomb = zlib.compress(b"<" + b"a" * 60_000_000, 9)
    pdf = pdf_with_attachment(bomb, name="factur-x.xml", text="Számla sorszáma: B-1", raw=True)
    tracemalloc.start()
    try:
        result = parse_document(pdf, limits=PdfLimits(max_xml_bytes=1_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (result.reader, result.invoice.number) == ("pdf_text", "B-1")
    assert any("factur-x.xml" in w and "decompresses to more than 1000000 bytes" in w
               for w in result.invoice.warnings), result.invoice.warnings
    assert peak < 20_000_000  # pdfminer's get_data would have held all 60 MB


def test_bounded_inflate_gives_back_exactly_what_was_compressed() -> None:
    import gzip
    import random

    from services.core.parsing.inflate import GZIP, inflate_limited

    data = random.Random(3).randbytes(300_000) + b"\0" * 2_000_000
    assert inflate_limited(zlib.compress(data), len(data)) == data
    assert inflate_limited(gzip.compress(data), len(data), wbits=GZIP) == data
    with pytest.raises(LimitExceededError):
        inflate_limited(zlib.compress(data), len(data) - 1)
    with pytest.raises(MalformedDocumentError):
        inflate_limited(zlib.compress(data)[:-10], len(data))


def test_sandbox_passes_the_source_kind_to_the_child() -> None:
    from services.adapters.pdf_sandbox import PdfSandbox

    doc = b'{"invoice_number": "B-1", "gross_total": 127, "currency": "HUF", "type": "invoice"}'
    sandbox = PdfSandbox()
    try:
        plain = sandbox.parse(doc, media_type="application/json", metadata=None)
        hinted = sandbox.parse(doc, media_type="application/json", metadata=None, source_kind="billingo")
    finally:
        sandbox.close()
    assert (plain.reader, hinted.reader) == ("source_json", "billingo")

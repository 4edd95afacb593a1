"""A pushed Számlázz.hu <szamla> and its acknowledgement, read without I/O (services/szamlazz/protocol)."""

from __future__ import annotations

import base64
import re

import pytest

from services.core.errors import MalformedDocumentError, UnsupportedDocumentError
from services.core.invoice import InvoiceKind, invoice_from_json
from services.szamlazz.protocol.documents import (
    read_szamla_document,
    szamla_links,
    szamla_metadata,
    szamla_payments_fp,
    szamlavalasz,
)
from szamlatar_dev.emulators.demo_data import generate_demo
from szamlatar_dev.emulators.szamla_agent.push import acknowledgement
from szamlatar_dev.emulators.szamla_agent.xml import Kifizetes, szamla_xml

BOOK = generate_demo(seed=3, invoices=12)


def _szamla(kind: InvoiceKind, *, pdf: bytes | None = None, paid: bool = False, stornoed: bool = False) -> bytes:
    inv = next(i for i in BOOK.invoices if i.kind.value == kind.value)
    payments = [Kifizetes(BOOK.today, "átutalás", inv.gross_total, "SZT-9")] if paid else []
    return szamla_xml(inv, payments, stornoed=stornoed,
                      pdf_base64=base64.b64encode(pdf).decode() if pdf is not None else None)


def test_pushed_storno_links_to_the_invoice_it_cancels() -> None:
    doc = read_szamla_document(_szamla(InvoiceKind.STORNO))
    original = next(i for i in BOOK.invoices if i.kind.value == "storno").related_number
    assert doc.kind is InvoiceKind.STORNO and doc.type_code == "SS"
    assert [(lk.relation, lk.target_external_id) for lk in szamla_links(doc)] == [("cancels", original)]
    assert invoice_from_json(szamla_metadata(doc)).payment_status is None


def test_push_fingerprints_split_content_from_payments() -> None:
    plain = read_szamla_document(_szamla(InvoiceKind.NORMAL))
    with_pdf = read_szamla_document(_szamla(InvoiceKind.NORMAL, pdf=b"%PDF-1.4 x", paid=True))
    stornoed = read_szamla_document(_szamla(InvoiceKind.NORMAL, stornoed=True))
    assert plain.content_fp == with_pdf.content_fp == stornoed.content_fp
    assert with_pdf.pdf == b"%PDF-1.4 x" and plain.pdf is None
    assert len({szamla_payments_fp(plain), szamla_payments_fp(with_pdf), szamla_payments_fp(stornoed)}) == 3
    assert invoice_from_json(szamla_metadata(with_pdf)).payment_status == "paid"


def test_push_that_is_not_a_szamla_is_refused() -> None:
    with pytest.raises(UnsupportedDocumentError):
        read_szamla_document(b'<xmlszamlavalasz xmlns="http://www.szamlazz.hu/xmlszamlavalasz"/>')
    with pytest.raises(MalformedDocumentError):
        read_szamla_document(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><szamla/>')


@pytest.mark.parametrize(("error", "verdict"), [(None, "ok"), ("KEY_ERR", "key_error"), ("KEY_DEL", "key_error")])
def test_acknowledgement_is_read_by_the_emulated_sender(error: str | None, verdict: str) -> None:
    """The emulator's push reads our answer as Számlázz.hu does (tests/conformance checks it against the XSD)."""
    body = szamlavalasz(None if error else 901234, None if error else "a-b-c", error)
    assert acknowledgement(200, body, 901234) == verdict
    if error is None:
        assert re.search(rb"<alap><id>901234</id><iktatoszam>a-b-c</iktatoszam></alap>", body)
        assert acknowledgement(200, szamlavalasz(901235, "a-b-c", None), 901234) == "retry"  # another invoice's id


def test_the_buyers_id_and_e_mail_are_read_for_the_client_record() -> None:
    buyer = read_szamla_document(_szamla(InvoiceKind.NORMAL)).invoice.buyer
    assert buyer.partner_id and buyer.email and "@" in buyer.email

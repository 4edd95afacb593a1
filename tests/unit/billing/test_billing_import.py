"""What to import from Billingo and Számlázz.hu, decided without I/O (services/core/billing_import.py)."""

from __future__ import annotations

import base64
import re
from decimal import Decimal

import pytest

from services.core.billing_import import (
    billingo_content_fingerprint,
    billingo_links,
    billingo_metadata,
    billingo_payment_marker,
    link_record,
    plan_import,
    read_szamla_document,
    szamla_links,
    szamla_metadata,
    szamla_payments_fp,
    szamlavalasz,
    wants,
)
from services.core.errors import MalformedDocumentError, UnsupportedDocumentError
from services.core.invoice import InvoiceKind, Payment, invoice_from_json
from szamlatar_dev.emulators.billingo.documents import document_from_invoice
from szamlatar_dev.emulators.demo_data import generate_demo
from szamlatar_dev.emulators.szamla_agent.push import acknowledgement
from szamlatar_dev.emulators.szamla_agent.xml import Kifizetes, szamla_xml

BOOK = generate_demo(seed=3, invoices=12)


def _doc(kind: InvoiceKind) -> dict:
    inv = next(i for i in BOOK.invoices if i.kind.value == kind.value)
    related = [{"id": inv.related_id, "invoice_number": inv.related_number}] if inv.related_id else []
    return document_from_invoice(inv, block_id=1, related=related)


def test_unchanged_document_is_not_imported_again() -> None:
    known = {"content_fp": "a", "payment_marker": "paid|2025-03-01|False", "payments_fp": "x"}
    assert plan_import(None, "a", "m", listed_as_modified=False).reason == "new"
    assert plan_import(known, "b", "paid|2025-03-01|False", listed_as_modified=False).reason == "changed"
    assert plan_import(known, "a", "partially_paid||False", listed_as_modified=False).reason == "payments"
    assert plan_import(known, "a", "paid|2025-03-01|False", listed_as_modified=True).reason == "payments"
    unchanged = plan_import(known, "a", "paid|2025-03-01|False", listed_as_modified=False)
    assert (unchanged.import_document, unchanged.check_payments) == (False, False)


def test_payment_and_notification_state_do_not_change_the_content_fingerprint() -> None:
    doc = _doc(InvoiceKind.NORMAL)
    paid = {**doc, "payment_status": "paid", "paid_date": "2025-03-05", "notification_status": "opened",
            "online_szamla_status": "done", "cancelled": True}
    assert billingo_content_fingerprint(paid) == billingo_content_fingerprint(doc)
    assert billingo_content_fingerprint({**doc, "comment": "javítva"}) != billingo_content_fingerprint(doc)
    # Unpaid documents carry "the current date" as paid_date: it must not look like a payment change.
    unpaid = {**doc, "payment_status": "outstanding"}
    assert billingo_payment_marker({**unpaid, "paid_date": "2025-01-01"}) == billingo_payment_marker(
        {**unpaid, "paid_date": "2025-01-02"})


def test_billingo_metadata_is_the_structured_invoice_with_its_payments() -> None:
    doc = _doc(InvoiceKind.NORMAL)
    gross = Decimal(str(doc["gross_total"]))
    payments = (Payment(date=BOOK.today, amount=gross / 2, method="transfer", reference="SZT-1"),)
    invoice = invoice_from_json(billingo_metadata(doc, payments))
    assert invoice.number == doc["invoice_number"] and invoice.gross_total == gross
    assert invoice.payments == payments and invoice.payment_status == "partially_paid"


def test_only_a_storno_or_correction_links_to_its_related_documents() -> None:
    storno = _doc(InvoiceKind.STORNO)
    links = billingo_links(storno)
    assert [(lk.relation, lk.target_number) for lk in links] == [("cancels", storno["related_documents"][0][
        "invoice_number"])]
    original = {**_doc(InvoiceKind.NORMAL), "related_documents": [{"id": storno["id"], "invoice_number": "X"}]}
    assert billingo_links(original) == []  # Billingo lists the storno on the original too: not a link from it
    envelope = {"tenant": "t", "site": "s", "source": {"kind": "billingo", "connection_id": "c"},
                "external_id": str(storno["id"]), "correlation_id": "x"}
    record = link_record(envelope, links[0])
    again = link_record(envelope, links[0])
    assert record == again and record["from_invoice_id"] != record["to_invoice_id"]


@pytest.mark.parametrize(("kinds", "kind", "expected"), [
    (("normal", "storno"), InvoiceKind.STORNO, True),
    (("normal", "storno"), InvoiceKind.PROFORMA, False),
    (("normal",), None, False),
])
def test_document_kind_filter(kinds: tuple[str, ...], kind: InvoiceKind | None, expected: bool) -> None:
    assert wants(kind, kinds) is expected


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

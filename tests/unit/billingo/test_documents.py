"""Which Billingo documents to import and what they carry, decided without I/O (services/billingo/protocol)."""

from __future__ import annotations

from decimal import Decimal

from services.billingo.protocol.documents import (
    billingo_content_fingerprint,
    billingo_links,
    billingo_metadata,
    billingo_payment_marker,
)
from services.core.billing_import import link_record
from services.core.invoice import InvoiceKind, Payment, invoice_from_json
from szamlatar_dev.emulators.billingo.documents import document_from_invoice
from szamlatar_dev.emulators.demo_data import generate_demo

BOOK = generate_demo(seed=3, invoices=12)


def _doc(kind: InvoiceKind) -> dict:
    inv = next(i for i in BOOK.invoices if i.kind.value == kind.value)
    related = [{"id": inv.related_id, "invoice_number": inv.related_number}] if inv.related_id else []
    return document_from_invoice(inv, block_id=1, related=related)


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


def test_the_partner_id_and_e_mail_travel_in_the_metadata_for_the_client_record() -> None:
    doc = _doc(InvoiceKind.NORMAL)
    buyer = invoice_from_json(billingo_metadata(doc, ())).buyer
    assert buyer.partner_id == str(doc["document_partner"]["id"])
    assert buyer.email == doc["document_partner"]["emails"][0] and buyer.phone is None  # "" is no phone

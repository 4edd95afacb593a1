"""Which reader a structured document needs, decided by its root element (never by file name)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from typing import Any
from xml.etree.ElementTree import Element

from services.core.errors import MalformedDocumentError, ReasonCode, UnsupportedDocumentError
from services.core.invoice import Invoice
from services.core.parsing.consistency import totals_warnings
from services.core.parsing.limits import PdfLimits
from services.core.parsing.xmlsafe import parse_xml, split_tag

XmlReader = Callable[[Element], Invoice]


def _nav(root: Element) -> Invoice:
    from services.core.parsing.nav_xml import read_nav_invoice_data

    return read_nav_invoice_data(root)


def _ubl(root: Element) -> Invoice:
    from services.core.parsing.ubl import read_ubl

    return read_ubl(root)


def _cii(root: Element) -> Invoice:
    from services.core.parsing.cii import read_cii

    return read_cii(root)


def _zugferd1(root: Element) -> Invoice:
    from services.core.parsing.cii import read_zugferd1

    return read_zugferd1(root)


def _szamla(root: Element) -> Invoice:
    from services.core.parsing.szamla_agent import read_szamla

    return read_szamla(root)


# (root namespace, root name) → (reader name, reader)
XML_READERS: dict[tuple[str, str], tuple[str, XmlReader]] = {
    ("http://schemas.nav.gov.hu/OSA/3.0/data", "InvoiceData"): ("nav_xml", _nav),
    ("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice"): ("ubl", _ubl),
    ("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", "CreditNote"): ("ubl", _ubl),
    ("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "CrossIndustryInvoice"): ("cii", _cii),
    ("urn:ferd:CrossIndustryDocument:invoice:1p0", "CrossIndustryDocument"): ("zugferd1", _zugferd1),
    ("http://www.szamlazz.hu/szamla", "szamla"): ("szamla_agent", _szamla),
}


def is_invoice_xml(root: Element) -> bool:
    return split_tag(root.tag) in XML_READERS


def with_checks(invoice: Invoice) -> Invoice:
    """The invoice with its own arithmetic disagreements appended to its warnings."""
    extra = tuple(w for w in totals_warnings(invoice) if w not in invoice.warnings)
    return dataclasses.replace(invoice, warnings=invoice.warnings + extra) if extra else invoice


NAV_QUERY_INVOICE_DATA = ("http://schemas.nav.gov.hu/OSA/3.0/api", "QueryInvoiceDataResponse")


def read_xml(data: bytes, limits: PdfLimits, *, operation: str | None = None) -> tuple[str, Invoice]:
    """(reader name, invoice) for an XML invoice in any supported syntax.

    A NAV ``QueryInvoiceDataResponse`` is unwrapped to its InvoiceData. ``operation`` is NAV's
    ``invoiceOperation`` (``CREATE`` / ``MODIFY`` / ``STORNO``), which InvoiceData itself
    cannot carry; it is used by the NAV reader only.
    """
    root = parse_xml(data, limits)
    if split_tag(root.tag) == NAV_QUERY_INVOICE_DATA:
        from services.core.parsing.nav_xml import unwrap_query_invoice_data

        root = unwrap_query_invoice_data(root, limits)
    found = XML_READERS.get(split_tag(root.tag))
    if found is None:
        ns, local = split_tag(root.tag)
        raise UnsupportedDocumentError(f"no reader for XML root {local!r} in namespace {ns!r}")
    name, reader = found
    if name == "nav_xml":
        from services.core.parsing.nav_xml import read_nav_invoice_data

        return name, with_checks(read_nav_invoice_data(root, operation=operation))
    return name, with_checks(reader(root))


def is_billingo_document(data: Mapping[str, Any]) -> bool:
    return "invoice_number" in data and any(k in data for k in ("document_partner", "organization", "partner"))


def read_json(data: bytes, source_kind: str | None = None) -> tuple[str, Invoice]:
    """(reader name, invoice) for a Billingo v3 Document or our own wire form."""
    try:
        payload = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedDocumentError(f"JSON is not valid: {exc}", reason=ReasonCode.MALFORMED_JSON) from exc
    if not isinstance(payload, dict):
        raise UnsupportedDocumentError("JSON document is not an object")
    if source_kind == "billingo" or is_billingo_document(payload):
        from services.core.parsing.billingo import read_billingo_document

        return "billingo", with_checks(read_billingo_document(payload))
    from services.core.parsing.source_json import invoice_from_source_json

    return "source_json", invoice_from_source_json(payload)

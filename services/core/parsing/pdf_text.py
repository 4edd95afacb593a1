"""Text out of a PDF with pdfminer.six, and invoice fields out of Hungarian invoice text."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode
from services.core.invoice import Invoice, Party, Provenance, References
from services.core.money import to_decimal
from services.core.parsing.limits import PdfLimits
from services.core.taxnumber import normalise_tax_number, taxpayer_id


def extract_pdf_text(document: bytes, limits: PdfLimits) -> str:
    """All text of the PDF; rejects what is too big, encrypted or not a PDF at all."""
    if len(document) > limits.max_bytes:
        raise LimitExceededError(
            f"PDF is {len(document)} bytes, limit {limits.max_bytes}", reason=ReasonCode.TOO_LARGE
        )
    if not document.lstrip()[:5].startswith(b"%PDF-"):
        raise MalformedDocumentError("not a PDF (no %PDF- header)", reason=ReasonCode.MALFORMED_PDF)
    try:
        text = extract_text(io.BytesIO(document), maxpages=limits.max_pages)
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise MalformedDocumentError(
            "PDF is password-protected", reason=ReasonCode.ENCRYPTED_PDF
        ) from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise MalformedDocumentError(
            f"PDF cannot be read: {type(exc).__name__}", reason=ReasonCode.MALFORMED_PDF
        ) from exc
    return text[: limits.max_text_chars]


_MONTHS = {
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10, "november": 11, "december": 12,
}
_DATE_NUM = re.compile(r"(\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\.?")
_DATE_WORD = re.compile(r"(\d{4})\.\s*(" + "|".join(_MONTHS) + r")\s+(\d{1,2})\.?", re.IGNORECASE)
_AMOUNT = re.compile(r"(-?\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d{1,2})?|-?\d+(?:,\d{1,2})?)\s*(Ft|HUF|EUR|€)?")


def parse_hungarian_date(text: str) -> date | None:
    for pattern in (_DATE_NUM, _DATE_WORD):
        m = pattern.search(text)
        if m:
            year, month_s, day = m.group(1), m.group(2), m.group(3)
            month = int(month_s) if month_s.isdigit() else _MONTHS[month_s.lower()]
            try:
                return date(int(year), month, int(day))
            except ValueError:
                return None
    return None


def parse_hungarian_amount(text: str) -> Decimal | None:
    """``1 234 567,89 Ft`` → Decimal('1234567.89')."""
    m = _AMOUNT.search(text)
    if not m:
        return None
    raw = re.sub(r"[ \u00a0.]", "", m.group(1)).replace(",", ".")
    return to_decimal(raw)


def _after_label(text: str, labels: tuple[str, ...]) -> str | None:
    """The value written after the first of ``labels`` on the same line (or the next one)."""
    for label in labels:
        m = re.search(rf"{label}\s*:?[ \t]*([^\n]*)(?:\n([^\n]*))?", text, re.IGNORECASE)
        if m:
            value = m.group(1).strip() or (m.group(2) or "").strip()
            if value:
                return value
    return None


def invoice_from_text(text: str) -> Invoice:
    """Best-effort fields from Hungarian invoice text; every field is marked ``pdf_text``."""
    prov: dict[str, Provenance] = {}

    def found(name: str, value: object, confidence: float) -> None:
        if value is not None:
            prov[name] = Provenance(source="pdf_text", confidence=confidence)

    number_raw = _after_label(text, (r"Számla\s*sorszáma", r"Számlaszám", r"Sorszám"))
    number = number_raw.split()[0] if number_raw else None
    found("number", number, 0.8)

    issue = _after_label(text, (r"Számla\s*kelte", r"Kelte", r"Kiállítás\s*dátuma"))
    issue_date = parse_hungarian_date(issue) if issue else None
    found("issue_date", issue_date, 0.8)
    fulfil = _after_label(text, (r"Teljesítés\s*dátuma", r"Teljesítés"))
    fulfilment_date = parse_hungarian_date(fulfil) if fulfil else None
    found("fulfilment_date", fulfilment_date, 0.8)
    due = _after_label(text, (r"Fizetési\s*határidő", r"Esedékesség"))
    due_date = parse_hungarian_date(due) if due else None
    found("due_date", due_date, 0.8)

    gross_raw = _after_label(text, (r"Fizetendő\s*összesen", r"Bruttó\s*összesen", r"Végösszeg"))
    gross = parse_hungarian_amount(gross_raw) if gross_raw else None
    found("gross_total", gross, 0.7)
    currency = None
    if gross_raw:
        currency = "EUR" if re.search(r"EUR|€", gross_raw) else "HUF"
        found("currency", currency, 0.6)

    tax_numbers = [normalise_tax_number(m.group(0)) for m in re.finditer(r"\d{8}-\d-\d{2}", text)]
    seller_tax = tax_numbers[0] if tax_numbers else None
    buyer_tax = tax_numbers[1] if len(tax_numbers) > 1 else None
    found("seller.tax_number", seller_tax, 0.6)
    found("buyer.tax_number", buyer_tax, 0.6)
    seller_name = _after_label(text, (r"Eladó", r"Szállító", r"Kibocsátó"))
    buyer_name = _after_label(text, (r"Vevő", r"Megrendelő"))
    found("seller.name", seller_name, 0.5)
    found("buyer.name", buyer_name, 0.5)
    order = _after_label(text, (r"Megrendelés\s*száma", r"Rendelésszám"))
    found("references.order", order, 0.6)

    return Invoice(
        number=number,
        issue_date=issue_date,
        fulfilment_date=fulfilment_date,
        due_date=due_date,
        currency=currency,
        gross_total=gross,
        seller=Party(name=seller_name, tax_number=seller_tax, taxpayer_id=taxpayer_id(seller_tax)),
        buyer=Party(name=buyer_name, tax_number=buyer_tax, taxpayer_id=taxpayer_id(buyer_tax)),
        references=References(order=order),
        provenance=prov,
    )

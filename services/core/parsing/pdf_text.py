"""Invoice fields out of Hungarian invoice text, without one template per issuer.

pdfminer.six lays the page out into text lines with coordinates. A field is found by its
label (``Számla kelte``, ``Adószám``…) and a value next to it: after the label on the same
line, then the nearest line to the right on the same row, then the nearest line below in the
same column. Whatever the layout, a printed invoice puts a value in one of those three
places. Each value must also parse as what the field holds (a date, an amount, a tax number),
and the place it was found in sets its confidence. Totals are cross-checked: a row with
net + VAT = gross is stronger evidence than a lone label.

Plain text (no coordinates) goes through the same code: each text line becomes a row of its own.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from services.core.invoice import Address, Invoice, InvoiceKind, Party, Provenance, References
from services.core.parsing.limits import PdfLimits
from services.core.taxnumber import normalise_vat_number, taxpayer_id

READER = "pdf_text"
T = TypeVar("T")

# --- the PDF ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextLine:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)


@dataclass(frozen=True)
class PdfContent:
    text: str
    lines: tuple[TextLine, ...]
    embedded: tuple[tuple[str, bytes], ...] = ()  # (file name, bytes) of embedded files
    refused: tuple[str, ...] = ()  # embedded files not taken (too large, a bomb, broken), one sentence each


def extract_pdf(document: bytes, limits: PdfLimits, *, with_embedded: bool = True) -> PdfContent:
    """Text, positioned lines and embedded files of a PDF, within ``limits``.

    Raises ``LimitExceededError`` (too big, too many pages), ``MalformedDocumentError``
    (not a PDF, broken, or password-protected: reason ``encrypted_pdf``).
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.psparser import PSException

    from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode
    from services.core.parsing.embedded import embedded_files

    if len(document) > limits.max_bytes:
        raise LimitExceededError(f"PDF is {len(document)} bytes, limit {limits.max_bytes}", reason=ReasonCode.TOO_LARGE)
    if b"%PDF-" not in document[:1024]:
        raise MalformedDocumentError("not a PDF (no %PDF- header)", reason=ReasonCode.MALFORMED_PDF)
    lines: list[TextLine] = []
    chunks: list[str] = []
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(document)))
        if not doc.is_extractable:
            pass  # copy protection flags do not stop an archive from reading its own invoices
        attachments = embedded_files(doc, limits) if with_embedded else None
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=LAParams())
        interpreter = PDFPageInterpreter(manager, device)
        for number, page in enumerate(PDFPage.create_pages(doc)):
            if number >= limits.max_pages:
                raise LimitExceededError(
                    f"PDF has more than {limits.max_pages} pages", reason=ReasonCode.TOO_MANY_PAGES
                )
            interpreter.process_page(page)
            layout = device.get_result()
            for box in layout:
                if isinstance(box, LTTextBox):
                    chunks.append(box.get_text())
                    for line in box:
                        if isinstance(line, LTTextLine):
                            text = " ".join(line.get_text().split())
                            if text:
                                lines.append(TextLine(number, line.x0, line.y0, line.x1, line.y1, text))
            chunks.append("\f")
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise MalformedDocumentError(
            "PDF is password-protected; ask the sender for an unprotected copy", reason=ReasonCode.ENCRYPTED_PDF
        ) from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError,
            AttributeError, IndexError, ZeroDivisionError) as exc:
        raise MalformedDocumentError(
            f"PDF cannot be read: {type(exc).__name__}", reason=ReasonCode.MALFORMED_PDF
        ) from exc
    text = "".join(chunks)[: limits.max_text_chars]
    if attachments is None:
        return PdfContent(text=text, lines=tuple(lines))
    return PdfContent(text=text, lines=tuple(lines), embedded=attachments.files, refused=attachments.refused)


def extract_pdf_text(document: bytes, limits: PdfLimits) -> str:
    return extract_pdf(document, limits, with_embedded=False).text


def lines_from_text(text: str) -> tuple[TextLine, ...]:
    """Plain text as positioned lines: one row per text line, pages split on form feeds."""
    out: list[TextLine] = []
    for page, page_text in enumerate(text.split("\f")):
        for row, raw in enumerate(page_text.splitlines()):
            value = " ".join(raw.split())
            if value:
                y = 10_000.0 - row * 12.0
                out.append(TextLine(page, 0.0, y, 6.0 * len(value), y + 10.0, value))
    return tuple(out)


# --- values ------------------------------------------------------------------------------------

_MONTHS = {
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10, "november": 11, "december": 12,
    "jan": 1, "febr": 2, "feb": 2, "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "aug": 8,
    "szept": 9, "szep": 9, "okt": 10, "nov": 11, "dec": 12,
}
_DATE_NUM = re.compile(r"(?<!\d)(\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})(?!\d)\.?")
_DATE_WORD = re.compile(
    r"(?<!\d)(\d{4})\.?\s*(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2})(?!\d)\.?",
    re.IGNORECASE,
)
_DATE_DMY = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
_AMOUNT = re.compile(
    r"(?<![\d\w.,])(-?\s?\d{1,3}(?:(?:[ \u00a0\u202f]|\.(?=\d{3}(?!\d)))\d{3})+(?:[,.]\d{1,2})?"
    r"|-?\d+(?:[.,]\d{1,2})?)"
    r"(?![\d])(?:\s*(Ft|HUF|EUR|€|USD|\$|CHF|GBP))?",
)
_CURRENCIES = {"Ft": "HUF", "HUF": "HUF", "EUR": "EUR", "€": "EUR", "USD": "USD", "$": "USD",
               "CHF": "CHF", "GBP": "GBP"}
_HU_TAX = re.compile(r"(?<!\d)(\d{8})\s?-\s?([1-5])\s?-\s?(\d{2})(?!\d)")
_EU_VAT = re.compile(r"\b(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK)"
                     r"\s?[0-9A-Z]{8,12}\b")
_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9/\-_.]*(?:\s/\s[A-Za-z0-9][A-Za-z0-9/\-_.]*)?")


def parse_hungarian_date(text: str) -> date | None:
    """``2025. 09. 08.``, ``2025.09.08``, ``2025-09-08``, ``2025. szeptember 8.``, ``08.09.2025``."""
    for pattern, order in ((_DATE_NUM, "ymd"), (_DATE_WORD, "ymd"), (_DATE_DMY, "dmy")):
        m = pattern.search(text)
        if not m:
            continue
        a, b, c = m.group(1), m.group(2), m.group(3)
        year, month_s, day = (a, b, c) if order == "ymd" else (c, b, a)
        month = int(month_s) if month_s.isdigit() else _MONTHS.get(month_s.lower().rstrip("."), 0)
        try:
            return date(int(year), month, int(day))
        except ValueError:
            continue
    return None


def _amount_match(m: re.Match[str]) -> tuple[Decimal, str | None] | None:
    raw = re.sub(r"[\s\u00a0\u202f]", "", m.group(1))
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(".") > 1 or re.search(r"\.\d{3}$", raw):
        raw = raw.replace(".", "")
    try:
        return Decimal(raw), _CURRENCIES.get(m.group(2) or "")
    except InvalidOperation:
        return None


def parse_hungarian_amount(text: str) -> Decimal | None:
    """``1 234 567,89 Ft`` → Decimal('1234567.89'); ``1.234.567`` and ``600 000`` too."""
    for m in _AMOUNT.finditer(text):
        found = _amount_match(m)
        if found is not None:
            return found[0]
    return None


# "168. §", "86.§ (1) l)", "(2) bekezdés": section and paragraph numbers of a law, not amounts
_LEGAL_REF = re.compile(r"\d+\s*\.?\s*§|\(\d+\)")


def amounts_in(text: str) -> list[tuple[Decimal, str | None]]:
    """Every amount in ``text`` that is not part of a date or a percentage."""
    cleaned = _DATE_NUM.sub(" ", text)
    cleaned = re.sub(r"\d+(?:[.,]\d+)?\s*%", " ", cleaned)
    cleaned = _LEGAL_REF.sub(" ", cleaned)
    out: list[tuple[Decimal, str | None]] = []
    for m in _AMOUNT.finditer(cleaned):
        found = _amount_match(m)
        if found is not None:
            out.append(found)
    return out


def _tax_number(text: str) -> str | None:
    m = _HU_TAX.search(text)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _vat_number(text: str) -> str | None:
    m = _EU_VAT.search(text.upper())
    return normalise_vat_number(m.group(0)) if m else None


def _invoice_number(text: str) -> str | None:
    for m in _NUMBER.finditer(text):
        value = m.group(0).rstrip(".")
        if any(ch.isdigit() for ch in value) and parse_hungarian_date(value) is None:
            return value
    return None


def _amount(text: str) -> Decimal | None:
    found = amounts_in(text)
    return found[0][0] if found else None


# --- finding a labelled value ------------------------------------------------------------------

_LABEL_WORDS = re.compile(
    r"^(?:számla|szállító|eladó|vevő|adószám|teljesítés|kelte|fizetés|esedékesség|bankszámla|"
    r"megrendel|összesen|nettó|bruttó|áfa|cím|közösségi)", re.IGNORECASE
)


@dataclass(frozen=True)
class Found:
    value: object
    line: TextLine
    confidence: float
    label: str


def _rest_after(line: TextLine, m: re.Match[str]) -> str:
    return line.text[m.end():].lstrip(" :.-–\t")


def _right_of(label: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    mid = (label.y0 + label.y1) / 2
    row = [ln for ln in lines if ln.page == label.page and ln is not label
           and ln.y0 - 2 <= mid <= ln.y1 + 2 and ln.x0 >= label.x1 - 2]
    return sorted(row, key=lambda ln: ln.x0)


def _below(label: TextLine, lines: Sequence[TextLine], rows: int = 4) -> list[TextLine]:
    limit = label.y0 - rows * label.height * 1.6
    col = [ln for ln in lines if ln.page == label.page and ln is not label
           and ln.y1 <= label.y0 + 2 and ln.y1 >= limit
           and ln.x0 < label.x1 + 15 and ln.x1 > label.x0 - 15]
    return sorted(col, key=lambda ln: (-ln.y1, abs(ln.x0 - label.x0)))


def find_value(
    lines: Sequence[TextLine],
    labels: Iterable[str],
    parse: Callable[[str], T | None],
    *,
    pages: int | None = 1,
) -> Found | None:
    """The first value that ``parse`` accepts next to one of ``labels`` (regexes, in priority order)."""
    for label in labels:
        pattern = re.compile(label if label.startswith("^") else r"^\s*" + label, re.IGNORECASE)
        for line in lines:
            if pages is not None and line.page >= pages:
                continue
            m = pattern.search(line.text)
            if not m:
                continue
            found = _value_beside(line, m, lines, parse, label)
            if found is not None:
                return found
    return None


def find_all_values(
    lines: Sequence[TextLine], labels: Iterable[str], parse: Callable[[str], T | None], *, pages: int | None = 1,
) -> list[Found]:
    """Every labelled value (one per label line), for fields an invoice may print several times."""
    out: list[Found] = []
    patterns = [re.compile(lb if lb.startswith("^") else r"^\s*" + lb, re.IGNORECASE) for lb in labels]
    for line in lines:
        if pages is not None and line.page >= pages:
            continue
        for label, pattern in zip(labels, patterns, strict=True):
            m = pattern.search(line.text)
            if m:
                found = _value_beside(line, m, lines, parse, label)
                if found is not None:
                    out.append(found)
                break
    return out


def _value_beside(
    line: TextLine, m: re.Match[str], lines: Sequence[TextLine], parse: Callable[[str], T | None], label: str
) -> Found | None:
    rest = _rest_after(line, m)
    if rest:
        value = parse(rest)
        if value is not None:
            return Found(value, line, 0.9, label)
    right = [(n, 0.8) for n in _right_of(line, lines)[:2]]
    below = [(n, 0.75) for n in _below(line, lines)[:3]]
    # a party block is written under its heading; what sits to its right is another block
    for neighbour, confidence in (below + right if parse is _party_name else right + below):
        value = parse(neighbour.text)
        if value is not None:
            return Found(value, neighbour, confidence, label)
    return None


def _party_name(text: str) -> str | None:
    value = text.strip(" :")
    if not value or len(value) > _SHORT or _LABEL_WORDS.match(value) or _HU_TAX.search(value):
        return None
    if not re.search(r"[^\W\d_]", value):
        return None
    if re.match(r"^\d{4}\s", value):  # a postcode: this is the address
        return None
    return value


def _postal_address(text: str) -> Address | None:
    m = re.match(r"^(?:(H|HU)-?)?(\d{4})\s+([^\d,]+?)(?:,\s*(.*))?$", text.strip())
    if not m:
        return None
    return Address(country="HU", postal_code=m.group(2), city=m.group(3).strip(), street=(m.group(4) or None))


# --- the invoice -------------------------------------------------------------------------------

_L_NUMBER = (r"Számla\s*sorszáma", r"Számla\s*száma", r"Számlaszám", r"Bizonylatszám", r"Sorszám",
             r"Invoice\s*(?:number|no\.?)")
_L_ISSUE = (r"Számla\s*kelte", r"Kiállítás\s*dátuma", r"Kiállítás\s*kelte", r"Számla\s*kelte", r"Kelte",
            r"Kelt", r"Kiállítva", r"Számla\s*dátuma", r"Invoice\s*date")
_L_FULFIL = (r"Teljesítés\s*(?:dátuma|ideje|napja|időpontja)", r"Teljesítés", r"Teljesítve")
_L_DUE = (r"Fizetési\s*határidő", r"Fizetés\s*esedékessége", r"esedékessége", r"Esedékesség",
          r"Fizetési\s*hat\.", r"Határidő", r"Due\s*date")
_L_GROSS = (r"Fizetendő\s*összeg", r"Fizetendő\s*összesen", r"Bruttó\s*összesen", r"Végösszeg",
            r"Összesen\s*fizetendő", r"Fizetendő", r"Számla\s*végösszege", r"Bruttó\s*végösszeg")
_L_NET = (r"Nettó\s*összesen", r"Nettó\s*érték\s*összesen", r"Nettó\s*végösszeg", r"Összes\s*nettó")
_L_VAT = (r"ÁFA\s*összesen", r"Áfa\s*összesen", r"Összes\s*ÁFA", r"ÁFA\s*tartalom")
_L_SELLER = (r"^Szállító", r"^Eladó", r"^Kibocsátó", r"^Számlakibocsátó", r"^Értékesítő\s*:", r"^Seller")
_L_BUYER = (r"^Vevő", r"^Megrendelő", r"^Vásárló", r"^Buyer", r"^Customer")
_L_ORDER = (r"Megrendelés\s*száma", r"Megrendelésszám", r"Rendelésszám", r"Rendelési\s*szám", r"PO\s*szám")
_L_DELIVERY = (r"Szállítólevél\s*száma", r"Szállítólevél\s*szám", r"Szállítólevél")
_L_CONTRACT = (r"Szerződés\s*száma", r"Szerződésszám")
_L_PAYMENT = (r"Fizetés\s*módja", r"Fizetési\s*mód")
_L_CURRENCY = (r"Pénznem", r"Deviza(?:nem)?", r"Currency")
_SHORT = 70  # characters: longer lines are prose, not labels or titles
_PAYMENTS = (("átutalás", "transfer"), ("készpénz", "cash"), ("bankkártya", "card"), ("kártya", "card"),
             ("utánvét", "cash_on_delivery"), ("utalvány", "voucher"))
_PRECEDING = (
    r"(?:Az?\s+)?([A-Z0-9][A-Z0-9/\-_.]*\d[A-Z0-9/\-_.]*)\s+(?:sz\.|számú)?\s*számla\s+(?:érvénytelenítése|"
    r"módosítása|helyesbítése|sztornója)",
    r"(?:Eredeti|Helyesbített|Módosított|Sztornózott|Érvénytelenített|Hivatkozott)\s+számla(?:\s+sorszáma|"
    r"\s+száma)?\s*:?\s*([A-Z0-9][A-Z0-9/\-_.]*\d[A-Z0-9/\-_.]*)",
)


def _kind(lines: Sequence[TextLine]) -> InvoiceKind:
    """From title-like lines only: a long line is prose, which may mention any kind."""
    low = "\n".join(ln.text for ln in lines if len(ln.text) <= _SHORT).lower()
    if re.search(r"érvénytelenítő\s+számla|sztornó\s*számla|storno", low):
        return InvoiceKind.STORNO
    # "számlával egy tekintet alá eső okirat" is a title only where it starts the line; a chapter
    # heading or a sentence may mention it anywhere ("4 Adatszolgáltatás számlával egy tekintet alá…")
    if re.search(r"helyesbítő\s+számla|módosító\s+számla|^\W*számlával\s+egy\s+tekintet\s+alá", low,
                 re.MULTILINE):
        return InvoiceKind.CORRECTION
    if re.search(r"jóváíró\s+számla|jóváírás|credit\s+note", low):
        return InvoiceKind.CREDIT_NOTE
    if re.search(r"díjbekérő|proforma|pro\s+forma", low):
        return InvoiceKind.PROFORMA
    if re.search(r"végszámla|^előleg\s*\(.*számla\)|^előleg\s+beszámítás", low, re.MULTILINE):
        return InvoiceKind.FINAL
    if re.search(r"előlegszámla|előleg\s*számla|előleg$", low, re.MULTILINE):
        return InvoiceKind.ADVANCE
    return InvoiceKind.NORMAL


def _triples(values: Sequence[Decimal]) -> Iterable[tuple[Decimal, Decimal, Decimal]]:
    for i in range(len(values) - 2):
        net, vat, gross = values[i], values[i + 1], values[i + 2]
        if net + vat == gross and gross != 0:
            yield net, vat, gross


def _totals_row(
    lines: Sequence[TextLine], labelled_gross: Decimal | None
) -> tuple[Decimal, Decimal, Decimal, TextLine] | None:
    """Three amounts with net + VAT = gross, on one row or one after another in reading order.

    A triple whose gross is the labelled total wins; else the largest gross with VAT ≠ 0
    on a row that says ``Összesen``, else the largest anywhere.
    """
    candidates: list[tuple[int, Decimal, Decimal, Decimal, TextLine]] = []
    pairs: list[tuple[int, Decimal, Decimal, Decimal, TextLine]] = []
    for line in lines:
        if len(line.text) > _SHORT:  # a sentence, not a row of a table
            continue
        row = [line, *(ln for ln in _right_of(line, lines) if len(ln.text) <= _SHORT)]
        labelled = bool(re.search(r"összesen|total|végösszeg", line.text, re.IGNORECASE))
        values = [a for ln in row for a, _ in amounts_in(ln.text)]
        for net, vat, gross in _triples(values):
            candidates.append((2 if labelled else 1, net, vat, gross, line))
        # an exempt or out-of-scope invoice prints no VAT: "Összesen: 19 120.00 | 19 120.00" (net, gross)
        if labelled and len(values) == 2 and values[0] == values[1] == labelled_gross and values[0] != 0:
            pairs.append((1, values[0], Decimal(0), values[0], line))
    sequence: list[tuple[Decimal, TextLine]] = [
        (a, ln) for ln in lines if len(ln.text) <= _SHORT for a, _ in amounts_in(ln.text)
    ]
    for i in range(len(sequence) - 2):
        (net, line), (vat, _), (gross, _) = sequence[i], sequence[i + 1], sequence[i + 2]
        if net + vat == gross and gross != 0:
            candidates.append((0, net, vat, gross, line))
    if not candidates:
        candidates = pairs
    if not candidates:
        return None

    def rank(c: tuple[int, Decimal, Decimal, Decimal, TextLine]) -> tuple[bool, bool, int, Decimal]:
        return (labelled_gross is not None and c[3] == labelled_gross, c[2] != 0, c[0], abs(c[3]))

    best = max(candidates, key=rank)
    return best[1], best[2], best[3], best[4]


def _fulfilment_date(lines: Sequence[TextLine], issue_date: object, prov: dict[str, Provenance]) -> date | None:
    """The fulfilment date; on an aggregate invoice (one per delivery) the latest; if not printed, the issue date.

    Áfa tv. 169. § g) and 176. § (1) b): an invoice prints the fulfilment date only where it
    differs from the issue date, so a page with no fulfilment label at all means "same day".
    """
    found = [(f.value, f) for f in find_all_values(lines, _L_FULFIL, parse_hungarian_date)
             if isinstance(f.value, date)]
    if found:
        latest, where = max(found, key=lambda pair: pair[0])
        distinct = len({d for d, _ in found})
        prov["fulfilment_date"] = (
            Provenance(READER, f"page {where.line.page + 1}: {where.label}", where.confidence) if distinct == 1
            else Provenance(READER, f"latest of {distinct} fulfilment dates (aggregate invoice)", 0.6))
        return latest
    label_printed = any(re.match(r"^\s*" + lb, ln.text, re.IGNORECASE) for ln in lines if ln.page == 0
                        for lb in _L_FULFIL)
    if isinstance(issue_date, date) and not label_printed:
        prov["fulfilment_date"] = Provenance(READER, "not printed: the issue date (Áfa tv. 169. § g)", 0.5)
        return issue_date
    return None


def _lone_total(lines: Sequence[TextLine]) -> Found | None:
    """``Összesen: 33 000`` with nothing else on its row: the total of an invoice that prints one sum."""
    for line in lines:
        if len(line.text) > _SHORT or not re.match(r"^\s*Összesen\b", line.text, re.IGNORECASE):
            continue
        values = [a for ln in [line, *_right_of(line, lines)] for a, _ in amounts_in(ln.text)]
        if len(values) == 1:
            return Found(values[0], line, 0.7, "Összesen (the only amount on its row)")
    return None


def invoice_from_lines(lines: Sequence[TextLine]) -> Invoice:
    """Best-effort fields from positioned lines; every field carries ``pdf_text`` provenance."""
    prov: dict[str, Provenance] = {}
    text = "\n".join(ln.text for ln in lines)

    def take(field: str, found: Found | None) -> object:
        if found is None:
            return None
        prov[field] = Provenance(READER, f"page {found.line.page + 1}: {found.label}", found.confidence)
        return found.value

    number = take("number", find_value(lines, _L_NUMBER, _invoice_number))
    issue_date = take("issue_date", find_value(lines, _L_ISSUE, parse_hungarian_date))
    fulfilment_date = _fulfilment_date(lines, issue_date, prov)
    due_date = take("due_date", find_value(lines, _L_DUE, parse_hungarian_date))

    gross_found = find_value(lines, _L_GROSS, _amount, pages=None) or _lone_total(lines)
    net_found = find_value(lines, _L_NET, _amount, pages=None)
    vat_found = find_value(lines, _L_VAT, _amount, pages=None)
    row = _totals_row(lines, gross_found.value if gross_found is not None
                      and isinstance(gross_found.value, Decimal) else None)
    net: object = None
    vat: object = None
    gross: object = None
    if row is not None:
        r_net, r_vat, r_gross, r_line = row
        agrees = gross_found is None or gross_found.value == r_gross
        conf = 0.9 if agrees and gross_found is not None else 0.8
        for field in ("net_total", "vat_total", "gross_total"):
            prov[field] = Provenance(READER, f"page {r_line.page + 1}: totals row (net + VAT = gross)", conf)
        net, vat, gross = r_net, r_vat, r_gross
        if gross_found is not None and not agrees:
            gross = take("gross_total", gross_found)  # a labelled total beats an inferred row
    else:
        gross = take("gross_total", gross_found)
        net = take("net_total", net_found)
        vat = take("vat_total", vat_found)
        if gross is None and isinstance(net, Decimal) and isinstance(vat, Decimal):
            gross = net + vat
            prov["gross_total"] = Provenance(READER, "net + VAT", 0.6)

    if isinstance(gross, Decimal) and gross == 0 and net is None and vat is None:
        # nothing to pay: with Hungarian VAT rates (all ≥ 0) net and VAT are nothing too
        net, vat = Decimal(0), Decimal(0)
        for field in ("net_total", "vat_total"):
            prov[field] = Provenance(READER, "the payable total is 0", 0.5)

    from services.core.parsing.pdf_lines import lines_from_table

    items = lines_from_table(lines, net if isinstance(net, Decimal) else None,
                             vat if isinstance(vat, Decimal) else None, gross if isinstance(gross, Decimal) else None)
    if items:
        prov["lines"] = Provenance(READER, f"line table: {len(items)} items whose sums are the totals", 0.8)

    currency = None
    cur_found = find_value(lines, _L_CURRENCY, lambda s: _CURRENCIES.get(s.split()[0]) if s.split() else None)
    if cur_found is not None:
        currency = take("currency", cur_found)
    elif gross_found is not None:
        marks = [c for _, c in amounts_in(gross_found.line.text) if c] + [
            c for ln in _right_of(gross_found.line, lines) for _, c in amounts_in(ln.text) if c]
        if marks:
            currency = marks[0]
            prov["currency"] = Provenance(READER, "beside the total", 0.8)
    if currency is None:
        for pattern, code in ((r"\bEUR\b|€", "EUR"), (r"\bUSD\b", "USD"), (r"\bFt\b|\bHUF\b|forint", "HUF")):
            if re.search(pattern, text):
                currency = code
                prov["currency"] = Provenance(READER, "anywhere in the text", 0.5)
                break

    seller, buyer = _parties(lines, prov)
    order = take("references.order", find_value(lines, _L_ORDER, _invoice_number, pages=None))
    delivery = take("references.delivery_note", find_value(lines, _L_DELIVERY, _invoice_number, pages=None))
    contract = take("references.contract", find_value(lines, _L_CONTRACT, _invoice_number, pages=None))
    preceding = None
    short = "\n".join(ln.text for ln in lines if len(ln.text) <= _SHORT)
    for pattern in _PRECEDING:
        m = re.search(pattern, short)
        if m:
            preceding = m.group(1)
            prov["references.preceding_invoice"] = Provenance(READER, "reference sentence", 0.7)
            break
    kind = _kind(lines)
    if kind is not InvoiceKind.NORMAL:
        prov["kind"] = Provenance(READER, "document title", 0.7)
    elif preceding:
        kind = InvoiceKind.CORRECTION
        prov["kind"] = Provenance(READER, "reference sentence", 0.6)
    method_found = find_value(
        lines, _L_PAYMENT,
        lambda s: next((code for word, code in _PAYMENTS if word in s.lower()), None),
    )
    payment_method = take("payment_method", method_found)

    return Invoice(
        number=number if isinstance(number, str) else None,
        kind=kind,
        issue_date=issue_date if isinstance(issue_date, date) else None,
        fulfilment_date=fulfilment_date if isinstance(fulfilment_date, date) else None,
        due_date=due_date if isinstance(due_date, date) else None,
        currency=currency if isinstance(currency, str) else None,
        net_total=net if isinstance(net, Decimal) else None,
        vat_total=vat if isinstance(vat, Decimal) else None,
        gross_total=gross if isinstance(gross, Decimal) else None,
        seller=seller,
        buyer=buyer,
        references=References(
            order=order if isinstance(order, str) else None,
            delivery_note=delivery if isinstance(delivery, str) else None,
            contract=contract if isinstance(contract, str) else None,
            preceding_invoice=preceding,
        ),
        payment_method=payment_method if isinstance(payment_method, str) else None,
        lines=items,
        provenance=prov,
    )


def _nearest_party(line: TextLine, anchors: list[tuple[str, TextLine]]) -> str | None:
    """The party whose label is nearest above ``line`` in its column (or on its row, to its left)."""
    best: tuple[float, str] | None = None
    for role, anchor in anchors:
        if anchor.page != line.page or anchor.y0 < line.y0 - 2:
            continue
        dx = abs(anchor.x0 - line.x0)
        if dx > 120:
            continue
        score = (anchor.y0 - line.y0) + dx * 2
        if best is None or score < best[0]:
            best = (score, role)
    return best[1] if best else None


def _parties(lines: Sequence[TextLine], prov: dict[str, Provenance]) -> tuple[Party, Party]:
    anchors: list[tuple[str, TextLine]] = []
    for role, labels in (("seller", _L_SELLER), ("buyer", _L_BUYER)):
        for line in lines:
            if line.page == 0 and any(re.search(lb, line.text, re.IGNORECASE) for lb in labels):
                anchors.append((role, line))
                break
    values: dict[str, dict[str, object]] = {"seller": {}, "buyer": {}}
    for role, anchor in anchors:
        labels = _L_SELLER if role == "seller" else _L_BUYER
        found = find_value([anchor, *[ln for ln in lines if ln is not anchor]], labels, _party_name)
        if found is not None:
            values[role]["name"] = found.value
            prov[f"{role}.name"] = Provenance(READER, f"page 1: {found.label}", found.confidence - 0.1)
            below = _below(found.line, lines, rows=2)
            if below:
                address = _postal_address(below[0].text)
                if address is not None:
                    street = below[1].text if len(below) > 1 and not _LABEL_WORDS.match(below[1].text) else None
                    if street and not address.street and not _HU_TAX.search(street):
                        address = Address(address.country, address.postal_code, address.city, street)
                    values[role]["address"] = address
                    prov[f"{role}.address"] = Provenance(READER, "below the name", 0.6)
    # tax numbers: each belongs to the party label nearest above it; else the first is the seller's
    unassigned: list[tuple[str, TextLine]] = []
    for line in lines:
        if line.page != 0:
            continue
        for kind in ("tax_number", "vat_number"):
            value = _tax_number(line.text) if kind == "tax_number" else _vat_number(line.text)
            if value is None or (kind == "vat_number" and not re.search(r"közösségi|EU|VAT|adószám", line.text,
                                                                          re.IGNORECASE)):
                continue
            owner = _nearest_party(line, anchors) if anchors else None
            if owner is not None and kind not in values[owner]:
                values[owner][kind] = value
                prov[f"{owner}.{kind}"] = Provenance(READER, "page 1: beside the party", 0.8)
            elif owner is None:
                unassigned.append((kind, line))
    for kind, line in unassigned:
        value = _tax_number(line.text) if kind == "tax_number" else _vat_number(line.text)
        for role in ("seller", "buyer"):
            if kind not in values[role]:
                values[role][kind] = value
                prov[f"{role}.{kind}"] = Provenance(READER, "page 1: order of appearance", 0.5)
                break

    def party(v: dict[str, object]) -> Party:
        tax = v.get("tax_number")
        tax_s = tax if isinstance(tax, str) else None
        name, vat, address = v.get("name"), v.get("vat_number"), v.get("address")
        return Party(
            name=name if isinstance(name, str) else None,
            tax_number=tax_s,
            taxpayer_id=taxpayer_id(tax_s),
            vat_number=vat if isinstance(vat, str) else None,
            address=address if isinstance(address, Address) else None,
        )

    seller, buyer = party(values["seller"]), party(values["buyer"])
    for role, p in (("seller", seller), ("buyer", buyer)):
        if p.taxpayer_id and f"{role}.tax_number" in prov:
            prov[f"{role}.taxpayer_id"] = prov[f"{role}.tax_number"]
    return seller, buyer


def invoice_from_text(text: str) -> Invoice:
    """Fields from plain text (no coordinates): each text line is its own row."""
    return invoice_from_lines(lines_from_text(text))

"""What a piece of printed text reads as: a date, an amount, a tax number, an invoice number.

Each function takes the text beside a label and returns None when the text is not that kind of
value, which is how the label search (``labels.find_value``) tells a value from the next label.
Hungarian invoices write ``1 234 567,89 Ft`` and ``2025. 09. 08.``, but English and ISO forms
appear too, so every form seen on real invoices is accepted.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from services.core.taxnumber import normalise_vat_number

_MONTHS = {
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10, "november": 11, "december": 12,
    "jan": 1, "febr": 2, "feb": 2, "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "aug": 8,
    "szept": 9, "szep": 9, "okt": 10, "nov": 11, "dec": 12,
}
# a scan's OCR (or a fixed-pitch print) drops the accents: "2027. marc. 8.", "2027. aprilis 2."
_MONTHS |= {"".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch)): number
            for word, number in _MONTHS.items()}
# a foreign supplier's invoice in English (or German): "October 1, 2025", "Oct 1, 2025", "1 October 2025"
_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    # a German or Austrian supplier's: "15. Mai 2027", "14. Juni 2027", "3. Jänner 2027"
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}
_EN_MONTH = "(" + "|".join(sorted(_EN_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_MDY = re.compile(r"\b" + _EN_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.IGNORECASE)
_DATE_DMY_WORD = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _EN_MONTH + r",?\s+(\d{4})(?!\d)",
                            re.IGNORECASE)
_DATE_NUM = re.compile(r"(?<!\d)(\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})(?!\d)\.?")
_DATE_WORD = re.compile(
    r"(?<!\d)(\d{4})\.?\s*(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2})(?!\d)\.?",
    re.IGNORECASE,
)
# day, month, year: "08.09.2025", and with slashes as a European supplier's program prints it, "08/09/2025"
# (a year of this century or the last: "BT-26/11/0902" is a document's number, not 26 Nov 902)
_DATE_DMY = re.compile(r"(?<!\d)(\d{1,2})(?:\.\s?|/)(\d{1,2})(?:\.\s?|/)((?:19|20)\d{2})(?!\d)")
CURRENCIES = {"Ft": "HUF", "HUF": "HUF", "EUR": "EUR", "€": "EUR", "USD": "USD", "$": "USD",
              "CHF": "CHF", "GBP": "GBP", "£": "GBP",  # a UK supplier's "£4,529.00": the pound sign
              # a neighbour country's supplier invoicing in its own money: "93 162,50 CZK" (or "Kč"), "18 788,50
              # PLN" (or "zł"), "RON"; a Hungarian buyer books it in that currency
              "CZK": "CZK", "Kč": "CZK", "PLN": "PLN", "zł": "PLN", "RON": "RON"}
# the marks an amount may carry, as one alternation (longest first, "$" escaped)
_MARKS = "|".join(re.escape(mark) for mark in sorted(CURRENCIES, key=len, reverse=True))
# Thousands grouped by a (narrow, no-break) space or by dots; decimals after a comma or a dot. English
# ``5,820.00`` (comma thousands, point decimals) only with both: ``1,500`` alone is Hungarian 1.5 or 1500.
# Digits joined to a word by a hyphen or a slash ("E-2025-0052", "2025/21. sz.") are part of an identifier
# (an invoice's or a contract's number, a year in it), never an amount: neither the group after the joint
# nor the one before it is read. An amount groups its thousands one way throughout: "1.034.056 163.599" is
# two amounts in a row of cells, not one of twelve digits.
_AMOUNT = re.compile(
    r"(?<![\d\w.,])(?<!\w[-/])(-?\s?\d{1,3}(?:,\d{3})+\.\d{1,2}(?!\d)"
    r"|-?\s?\d{1,3}(?:(?:[ \u00a0\u202f]\d{3})+|(?:\.(?=\d{3}(?!\d))\d{3})+)(?:[,.]\d{1,2})?"
    r"|-?\d+(?:[.,]\d{1,2})?)"
    # "4.227.576,- Ft": a whole amount's ",-" (no fillér) stands between the amount and its currency
    rf"(?![\d])(?![-/]\d)(?:,-(?=\s*(?:{_MARKS})))?(?:\s*({_MARKS}))?",
)
# a currency written before its amount ("EUR 1 250,00", "€ -12,50"): looked for, in the few characters
# before it, only where none follows the amount (a pattern that tried it at every character is slower)
_BEFORE = re.compile(rf"(?<!\w)({_MARKS})\s?$")
_HU_TAX = re.compile(r"(?<!\d)(\d{8})\s?-\s?([1-5])\s?-\s?(\d{2})(?!\d)")
# a digit early after the country code: "DEUTSCHLAND" is a country, not DE + UTSCHLAND
# (and a British one: a UK supplier still prints its GB VAT registration number)
_EU_VAT = re.compile(r"\b(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|GB)"
                     r"\s?(?=[A-Z]{0,2}\d)[0-9A-Z]{8,12}\b")
# a word of letters (accented ones too: "ŐV-2025/1032") and digits, or two joined by a spaced slash
_NUMBER = re.compile(r"[^\W_][\w/\-.]*(?:\s/\s[^\W_][\w/\-.]*)?")
# a number printed in groups: "HT 4417 0081 92", "4417 0081 92", "SZ25 0001" (the whole value, nothing after it)
# or a series in capitals, a space, then its number with a slash or a dash: "EVT 2026/112", "KP 25-0042"
# (the series may be two joined by a dash: "NK-SZ 2026/118447")
_GROUPED_NUMBER = re.compile(r"(?:[A-ZÁÉÍÓÖŐÚÜŰ]{1,4}\d*|\d{2,})(?: \d{2,})+"
                             r"|[A-ZÁÉÍÓÖŐÚÜŰ]{2,4}(?:-[A-ZÁÉÍÓÖŐÚÜŰ]{1,4})? \d{2,}(?:[/\-]\d+)+")
# the series and its number opening the text, words after them: "VBSZ 2027/0019 Eredeti példány" (the copy
# mark a dot-matrix print puts on the number's line); the series is part of the number
_SERIES_FIRST = re.compile(r"[A-ZÁÉÍÓÖŐÚÜŰ]{2,4}(?:-[A-ZÁÉÍÓÖŐÚÜŰ]{1,4})? \d{2,}(?:[/\-]\d+)+(?=\s+[^\W\d_])")
# what a number label's neighbour may hold that is never an invoice's number: a bank account (GIRO,
# 2 or 3 groups of 8 digits), an IBAN, a tax number. "Számlaszám" is a bank account's label as often
# as an invoice's, so the value itself has to tell
# (a GIRO account wrapped after its second group, "12010422-01385517-", is one too)
_NOT_INVOICE_NUMBER = re.compile(r"\d{8}-\d{8}(?:-\d{8})?(?![\d-])|\d{8}-\d{8}-\s*$"
                                 r"|[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b|\d{8}-\d-\d{2}(?!\d)")
# an address, "5561 Kőrösszeg, Fő tér 1.": a party's block set level with a number's label puts it beside the
# label, and its postcode is no invoice's number
_ADDRESS = re.compile(r"\s*(?:H-)?\d{4}\s+[A-ZÁÉÍÓÖŐÚÜŰ][^\W\d_]+(?:[ -][^\W\d_]+)?\s*,")
# "168. §", "86.§ (1) l)", "(2) bekezdés": section and paragraph numbers of a law, not amounts
_LEGAL_REF = re.compile(r"\d+\s*\.?\s*§|\(\d+\)")
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*%")
_GROUPING = re.compile(r"[\s\u00a0\u202f]")
_DOT_THOUSANDS = re.compile(r"\.\d{3}$")


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
            continue  # 2025.13.45 is not a date; a later form may still read the text
    return _english_date(text) if _LETTER.search(text) else None


_LETTER = re.compile(r"[A-Za-z]")


def _english_date(text: str) -> date | None:
    """``October 1, 2025``, ``Oct 1, 2025``, ``1 October 2025``: the month named in English."""
    for pattern, month_at, day_at in ((_DATE_MDY, 1, 2), (_DATE_DMY_WORD, 2, 1)):
        m = pattern.search(text)
        if m is None:
            continue
        try:
            return date(int(m.group(3)), _EN_MONTHS[m.group(month_at).lower()], int(m.group(day_at)))
        except ValueError:
            continue
    return None


def _amount_match(m: re.Match[str], floor: int = 0) -> tuple[Decimal, str | None] | None:
    """The amount ``m`` found and its currency; ``floor``: where the amount before it (and its currency) ended."""
    raw = _GROUPING.sub("", m.group(1))
    if "," in raw and "." in raw[raw.rindex(","):]:  # English 5,820.00: the commas group thousands
        raw = raw.replace(",", "")
    elif "," in raw:  # a decimal comma: any dots group thousands
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(".") > 1 or _DOT_THOUSANDS.search(raw):  # dots grouping thousands: 1.234.567
        raw = raw.replace(".", "")
    try:
        return Decimal(raw), CURRENCIES.get(m.group(2) or _currency_before(m, floor) or "")
    except InvalidOperation:
        return None


def _currency_before(m: re.Match[str], floor: int) -> str | None:
    start = m.start()
    before = _BEFORE.search(m.string, max(floor, start - 4), start) if start > floor else None
    return before.group(1) if before else None


def parse_hungarian_amount(text: str) -> Decimal | None:
    """``1 234 567,89 Ft`` → Decimal('1234567.89'); ``1.234.567`` and ``600 000`` too."""
    for m in _AMOUNT.finditer(text):
        found = _amount_match(m)
        if found is not None:
            return found[0]
    return None


# The readers ask for the amounts of the same few dozen lines over and over (every row to the
# right of every label); a page's worth of texts stays cached, so each line is read once a document.
@lru_cache(maxsize=1024)
def amounts_in(text: str) -> tuple[tuple[Decimal, str | None], ...]:
    """Every amount in ``text`` that is not part of a date or a percentage, with its currency if marked."""
    # a date with its month's name ("2027. április 18.") is no amount either: its year would read as one
    cleaned = _LEGAL_REF.sub(" ", _PERCENT.sub(" ", _DATE_WORD.sub(" ", _DATE_NUM.sub(" ", text))))
    out: list[tuple[Decimal, str | None]] = []
    floor = 0
    for m in _AMOUNT.finditer(cleaned):
        found = _amount_match(m, floor)
        floor = m.end()
        if found is not None:
            out.append(_bracketed(m, found))
    return tuple(out)


# A run of three or more space-grouped thousands: two amounts a row of cells printed too close together may
# reach the text layer as one ("MINDÖSSZESEN 444 000 119 880", net and VAT), as a space groups both
_SPACED_RUN = re.compile(r"(?<![\d\w.,])\d{1,3}(?: \d{3}){2,}(?!\d)")


def split_readings(text: str) -> tuple[tuple[Decimal, ...], ...]:
    """The other ways to read ``text``'s amounts: each run of space-grouped digits cut, at one of its spaces,
    into two amounts. A space groups thousands and parts cells alike, so only the sum a reader checks them
    by (net + VAT = gross on a totals row) can tell which is meant; the plain reading is ``amounts_in``'s.
    """
    out: list[tuple[Decimal, ...]] = []
    for m in _SPACED_RUN.finditer(text):
        groups = m.group(0).split(" ")
        for cut in range(1, len(groups)):
            if groups[cut].startswith("0"):  # no amount is printed with a leading zero
                continue
            parted = f"{text[:m.start()]}{' '.join(groups[:cut])} | {' '.join(groups[cut:])}{text[m.end():]}"
            out.append(tuple(a for a, _ in amounts_in(parted)))
    return tuple(out)


# The accountant's negative: "(2,784.00)", "HUF (184 500,00)" on a credit note or a cancellation. Only an
# amount that ends its text in brackets: "végösszegét (151 344,00 Ft) a bank beszedte" is a sentence's aside.
_CLOSES_TEXT = re.compile(r"\)\s*$")


def _bracketed(m: re.Match[str], found: tuple[Decimal, str | None]) -> tuple[Decimal, str | None]:
    start = m.start()
    if start == 0 or m.string[start - 1] != "(" or not _CLOSES_TEXT.match(m.string, m.end()) or found[0] < 0:
        return found
    return -found[0], found[1]


def first_amount(text: str) -> Decimal | None:
    """The first amount in ``text`` (dates, percentages and paragraphs of law skipped)."""
    found = amounts_in(text)
    return found[0][0] if found else None


def tax_number(text: str) -> str | None:
    """A Hungarian tax number ``12345678-2-41`` in ``text``, written without the stray spaces."""
    m = _HU_TAX.search(text)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def vat_number(text: str) -> str | None:
    """An EU VAT number (``HU12345678``, ``DE123456789``…) in ``text``, normalised."""
    m = _EU_VAT.search(text.upper())
    return normalise_vat_number(m.group(0)) if m else None


def invoice_number(text: str) -> str | None:
    """The first word with a digit in it that is not a date: ``2025/000123``, ``A-1``, ``INV 7 / 2025``.

    A bank account, an IBAN or a tax number is skipped, and an address's postcode refused: none of them is ever
    an invoice's number.
    """
    if _ADDRESS.match(text):
        return None
    grouped = _GROUPED_NUMBER.fullmatch(text.strip())
    if grouped is not None and _NOT_INVOICE_NUMBER.match(grouped.group(0)) is None:
        return grouped.group(0)
    series = _SERIES_FIRST.match(text.strip())
    if series is not None:
        return series.group(0)
    skip_to = 0
    for m in _NUMBER.finditer(text):
        if m.start() < skip_to:
            continue
        value = m.group(0).rstrip(".")
        if not any(ch.isdigit() for ch in value):
            continue
        other = _NOT_INVOICE_NUMBER.match(text, m.start())
        if other is not None:
            skip_to = other.end()
            continue
        if parse_hungarian_date(value) is None:
            return value
    return None


# a series alone with its dash or slash: a narrow column wrapped the number after it ("KB-" over "2027-20517")
_OPEN_SERIES = re.compile(r"[A-ZÁÉÍÓÖŐÚÜŰ]{1,6}[-/]")


def number_or_open_series(text: str) -> str | None:
    """``invoice_number``, else a series alone that ends open (``KB-``): the rest of the number is on the next
    line (``labels.continued`` joins it); without it, a series alone is no number."""
    found = invoice_number(text)
    return text.strip() if found is None and _OPEN_SERIES.fullmatch(text.strip()) else found

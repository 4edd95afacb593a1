"""Invoice fields out of Hungarian invoice text, without one template per issuer.

The page is read as positioned text lines (``layout``); each field is found by its label and a
value beside it that parses as what the field holds (``labels``, ``values``); the parts of the
invoice are read one module each, and every field carries ``pdf_text`` provenance saying where
it was found and how sure the reader is. Plain text (no coordinates) goes through the same code:
each text line becomes a row of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.core.invoice import Invoice, InvoiceKind, Party, Provenance
from services.core.parsing.pdf.currency import (
    CURRENCY_LABELS,
    declared_currency,
    for_totals,
    forint_figures,
    read_currency,
)
from services.core.parsing.pdf.dates import DATE_LABELS, read_dates, without_inferred_fulfilment
from services.core.parsing.pdf.findings import not_an_invoice
from services.core.parsing.pdf.items import lines_from_table
from services.core.parsing.pdf.labels import FOREIGN_TWINS, READER, Found, continued, find_value, take
from services.core.parsing.pdf.layout import lines_from_text
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.normalise import comma_grouped_forints, normalise_lines
from services.core.parsing.pdf.parties import read_parties
from services.core.parsing.pdf.references import (
    PRECEDING_LABELS,
    number_on_title,
    number_under_title,
    read_kind,
    read_references,
)
from services.core.parsing.pdf.segments import (
    bilingual_splitter,
    caption_row,
    close_up,
    field_splitter,
    join_wrapped,
    label_line,
    split_bilingual,
    split_captions,
    split_fields,
    split_trailing,
    trailing_splitter,
)
from services.core.parsing.pdf.totals import read_totals
from services.core.parsing.pdf.values import invoice_number, number_or_open_series
from services.core.parsing.pdf.vat_summary import read_vat_summary, reconcile

# "Számlaszám" labels a bank account as often as the invoice's number: followed by one (GIRO or IBAN),
# it is the bank account's label; so it is followed by 8 digits and a dash that end the line, a bank account
# wrapped after its first group ("Számlaszám: 10402142-" over "00017744-00000000"); or the label says so itself,
# "SZÁMLASZÁM (BANK)", "Számlaszám (IBAN)": whatever stands under it is no invoice's number
_NOT_A_BANK_ACCOUNT = (r"(?!\s*:?\s*(?:\d{8}\s?-\s?(?:\d{8}|$)|[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3}"
                       r"|\(\s*(?:bank|IBAN|GIRO)))")
# a bilingual header prints the English twin after the Hungarian label, with no slash between them:
# "Számlaszám Invoice No.: THS 2026/1471"; the twin is the label's, or its "No." would end the number's search
_EN_TWIN = r"(?:\s+Invoice\s*(?:number|no\.?))?"
_L_NUMBER = (rf"Számla\s*sorszáma?{_EN_TWIN}", rf"Számla\s*száma{_EN_TWIN}{_NOT_A_BANK_ACCOUNT}",
             # never a longer word: "számlaszámra, közleményben…" (to the account number) opens a payment sentence
             rf"Számlaszám(?![^\W\d_]){_EN_TWIN}{_NOT_A_BANK_ACCOUNT}",
             r"Bizonylatszám", r"Bizonylat\s*(?:sor)?száma",
             # a till roll's, a narrow box's or a hotel system's abbreviation: "Szla.sz.", "Szla. szám",
             # "SZÁMLA SZ.:"; "Számla" with "sz" only before its dot, as "Számlaszám" may name a bank account
             # and an old program's "Sz. sz.: 004512" (számla száma, both words cut to their first letters)
             r"(?:Szla\.?|Számla|Sz\.)\s*sz\.|Szla\.?\s*szám(?:a)?",
             # the correcting or cancelling document's own number: "Helyesbítő számla száma: SZ-1/H1"
             r"(?:Helyesbítő|Módosító|Érvénytelenítő|Sztornó|Stornó)\s*számla\s*(?:sor)?száma",
             r"Sorszáma?", r"Számla\s*azonosító(?:ja)?",
             # with a foreign twin after a slash, its "Nr." and words in small letters before the number:
             # "Invoice No. / Nr. factură CT 000917" (a Romanian supplier's); the series in capitals is the number's
             r"Invoice\s*(?:number|no\.?)(?:\s*/\s*(?:Nr|No)\.?(?-i:\s+[a-zà-ɏ]+){1,2}(?=\s))?",
             # a foreign supplier's credit note numbers itself as such: "Credit Note number NLC-CN-2027-000112"
             r"Credit\s*note\s*(?:number|no\.?)",
             # a Polish or Czech supplier's title holds its number as its "nr" or "č." (number): "FAKTURA VAT nr
             # FV/1187/10/2027", "Faktura č. 2027118"; a word, the number after it, as "Számla száma" is a label
             r"Faktura(?:\s*VAT)?\s*(?:nr|č)\.?(?=\s)",
             # a DOS-era program's header names the document's number "Bizonylat: 0877/S", the word alone with its
             # colon: after every label that says "number", as "Bizonylat: számla" may say only what the document is
             r"Bizonylat(?=\s*:)",
             # the title with the number after it, "SZTORNÓ SZÁMLA · STO-2025-6": only where no label names it;
             # a letter's subject line sets it off with a dash ("Számla – MP 2026/412"), a digit after it
             r"^\W*(?:(?!eredeti|módosított|helyesbített|sztornózott|érvénytelenített|hivatkozott|előzmény)"
             r"\w+\s+)?számla(?:\s*[:·#]|\s+[–—-]\s+(?=[^:]*\d))\s*")
# "No.: RA-2025/117" under a bilingual title: the last resort, and never a field to split a line at
# ("Tel. No.: …" is one field); "č. / No. 2026110187" (a Czech supplier's) with its dot, then a number
# or "No. KS 2027/118", a series in capitals and a space before the number (a till's header)
_L_NUMBERS = (*_L_NUMBER,
              r"(?:No|Nr)(?:\.?\s*:|\.\s+(?=[A-Z0-9][\w/\-]*\d|(?-i:[A-ZÁÉÍÓÖŐÚÜŰ]{2,4})\s\d))")
# a proforma is no számla, so no "Számla száma" labels it: its own number may be just its "Azonosító:" (identifier),
# which only counts on a page the title makes a díjbekérő, and only with its colon or alone, a caption over its
# value ("Azonosító jel" is another's)
_L_PROFORMA_NUMBER = (r"Díjbekérő\s*(?:sor)?száma?", r"Díjbekérő\s*azonosító(?:ja)?", r"Proforma\s*(?:number|no\.?)",
                      r"Azonosító(?=\s*(?::|$))",
                      # the title alone, as the caption of the number a designed header prints big over or
                      # beside it ("DB-2027-0077" over "DÍJBEKÉRŐ"): the last resort, on a díjbekérő's page only
                      r"Díjbekérő(?=\s*$)")
_L_PAYMENT = (r"Fizetés\s*módja", r"Fizetési\s*mód")
# the header fields a program may draw as one string: each label with its colon starts a field of its own
_FIELD_LABELS = (*_L_NUMBER[:-1], *DATE_LABELS, *_L_PAYMENT, *CURRENCY_LABELS)
_FIELDS = field_splitter(_FIELD_LABELS)
_TRAILING = trailing_splitter(_FIELD_LABELS)  # the same labels ending a line, their values to the right
_FIELD_LABEL = label_line(_FIELD_LABELS)  # a label alone on its line, once a wrapped one is joined
# a label wrapped onto a second line may have its foreign twins first: "Data wykonania usługi / Service" over "date"
_WRAPPED_LABEL = label_line(_FIELD_LABELS, FOREIGN_TWINS)
# the same fields, and the invoice a correction modifies, as a bilingual print runs them into one line
_BILINGUAL = bilingual_splitter((*_FIELD_LABELS, r"Eredeti\s*számla"))
# the same fields, and the invoice a correction modifies, as captions over their values run into one line
_CAPTIONS = caption_row((*_FIELD_LABELS, *PRECEDING_LABELS))
# in priority order: the first of these words found in the printed method names it
_PAYMENTS = (("átutalás", "transfer"), ("készpénz", "cash"), ("bankkártya", "card"), ("kártya", "card"),
             ("utánvét", "cash_on_delivery"), ("utalvány", "voucher"))


def invoice_from_lines(lines: Sequence[TextLine]) -> Invoice:
    """Best-effort fields from positioned lines; every field carries ``pdf_text`` provenance."""
    # each part records where its fields were found in this one dict, as it reads them
    provenance: dict[str, Provenance] = {}
    lines = close_up(comma_grouped_forints(normalise_lines(lines)), _FIELD_LABEL)
    lines = split_trailing(split_fields(join_wrapped(lines, _WRAPPED_LABEL), _FIELDS), _TRAILING)
    lines = split_captions(split_bilingual(lines, _BILINGUAL), _CAPTIONS)
    number = take(provenance, "number", _labelled_number(lines) or number_under_title(lines) or number_on_title(lines))
    dates = read_dates(lines, provenance)
    warnings: list[str] = []
    declared = declared_currency(lines, provenance)
    totals = read_totals(for_totals(lines, declared), provenance)
    currency = read_currency(lines, declared, totals.printed_gross, provenance, totalled=totals.gross is not None)
    forints = forint_figures(lines, currency, provenance)
    totals, breakdown = reconcile(totals, read_vat_summary(for_totals(lines, currency)), currency, provenance, warnings)
    items = lines_from_table(lines, totals.net, totals.vat, totals.gross)
    if items:
        provenance["lines"] = Provenance(READER, f"line table: {len(items)} items whose sums are the totals", 0.8)
    seller, buyer = read_parties(lines, provenance)
    references = read_references(lines, provenance)
    kind = read_kind(lines, references.preceding_invoice, provenance)
    payment_method = take(provenance, "payment_method", find_value(lines, _L_PAYMENT, _payment_method))
    if _foreign_seller(seller, buyer):
        # "not printed means the issue day" is the Hungarian Áfa tv.'s rule; a foreign seller's invoice is not under it
        dates = without_inferred_fulfilment(dates, provenance)
    if kind is InvoiceKind.PROFORMA:  # kept and shown, but never taken for an invoice
        warnings.append(not_an_invoice("díjbekérő"))
        dates = without_inferred_fulfilment(dates, provenance)
        if number is None:  # its own number: on an invoice "Díjbekérő száma" names the proforma it was paid on
            number = take(provenance, "number", find_value(lines, _L_PROFORMA_NUMBER, invoice_number))
    return Invoice(
        number=number,
        kind=kind,
        issue_date=dates.issue,
        fulfilment_date=dates.fulfilment,
        due_date=dates.due,
        currency=currency,
        net_total=totals.net,
        vat_total=totals.vat,
        gross_total=totals.gross,
        vat_breakdown=breakdown,
        exchange_rate=forints.exchange_rate,
        vat_total_huf=forints.vat_huf,
        gross_total_huf=forints.gross_huf,
        seller=seller,
        buyer=buyer,
        references=references,
        payment_method=payment_method,
        lines=items,
        provenance=provenance,
        warnings=tuple(warnings),
    )


def _labelled_number(lines: Sequence[TextLine]) -> Found[str] | None:
    """The number beside its label, wrapped lines joined; a series wrapped after its dash ("Számla sorszáma:
    KB-" over "2027-20517") is the number's start, but where nothing completes it, the label's other value is."""
    found = continued(find_value(lines, _L_NUMBERS, number_or_open_series), lines)
    if found is not None and any(ch.isdigit() for ch in found.value):
        return found
    return continued(find_value(lines, _L_NUMBERS, invoice_number), lines)


def _foreign_seller(seller: Party, buyer: Party) -> bool:
    """Whether the seller is no Hungarian taxpayer: no adószám, and a foreign VAT number; or none at all where the
    buyer is named by its community VAT number alone, as a supplier from abroad names its customer (a US SaaS
    vendor's "VAT ID: HU28155436", for the reverse charge); a Hungarian seller prints both parties' adószám."""
    if seller.tax_number is not None or (seller.vat_number or "").startswith("HU"):
        return False
    return seller.vat_number is not None or (buyer.tax_number is None and buyer.vat_number is not None)


def _payment_method(text: str) -> str | None:
    low = text.lower()
    return next((code for word, code in _PAYMENTS if word in low), None)


def invoice_from_text(text: str) -> Invoice:
    """Fields from plain text (no coordinates): each text line is its own row."""
    return invoice_from_lines(lines_from_text(text))

"""The invoice's totals (net, VAT, gross).

Totals are cross-checked: three amounts with net + VAT = gross on one row (or one after another)
are stronger evidence than a lone label, so such a row wins unless its gross disagrees with a
labelled payable total, which then wins for the gross.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from services.core.invoice import Provenance
from services.core.parsing.pdf.labels import READER, Found, find_all_values, find_value, on_row, right_of, take, where
from services.core.parsing.pdf.lines import SHORT, TextLine
from services.core.parsing.pdf.normalise import loose
from services.core.parsing.pdf.segments import label_line
from services.core.parsing.pdf.values import amounts_in, first_amount, split_readings

# a correcting invoice's totals are what it changes, printed as the difference ("Nettó különbözet", "ÁFA
# különbözet", "Bruttó különbözet (HUF)"): first, as the same page may print the items' or the original's totals
_DIFFERENCE = r"\s*különbözet(?:\s*\([A-Z]{3}\))?"
_L_GROSS = (rf"Bruttó{_DIFFERENCE}",
            r"Fizetendő\s*összeg", r"Fizetendő\s*összesen", r"Bruttó\s*(?:érték\s*)?összesen", r"Végösszeg",
            # what one payer owes of it is no total: the client's "fizetendő önrész" (its excess on an insured
            # repair, the insurer paying the rest), "Fizetendő részlet" (an instalment)
            r"Összesen\s*fizetendő", r"Fizetendő(?!\s*(?:önrész|részlet))",
            r"Számla\s*(?:bruttó\s*)?végösszege", r"Bruttó\s*végösszeg", r"Mindösszesen",
            r"Összesen\s*bruttó", r"Összes\s*bruttó", r"Számla\s*összesen",
            r"Számla\s*bruttó\s*összege",  # NAV's invoice image: "Számla nettó / ÁFA / bruttó összege"
            r"Jóváírt\s*végösszeg",  # a credit note's total: what is credited
            # a foreign supplier's English total; plain "Total" also heads an item column, so never alone, and
            # "Amount due" is what is left to pay, 0 on an invoice paid by card
            r"Total\s*due", r"Grand\s*total", r"Invoice\s*total",
            # the gross alone, with its colon (and maybe its currency), as a short totals block prints it:
            # "Bruttó:", "Bruttó (EUR):"; without the colon it heads a column of item rows
            r"Bruttó(?:\s*\([A-Z]{3}\))?\s*:")
# a receipt-like simplified invoice prints the gross as its total and what it holds under it: "ebből nettó:"
# (of which net)
_L_NET = (rf"Nettó{_DIFFERENCE}", r"ebből\s*nettó",
          r"Nettó\s*összesen", r"Nettó\s*érték\s*összesen", r"Nettó\s*végösszeg", r"Összes(?:en)?\s*nettó",
          r"Számla\s*nettó\s*összege", r"Adóalap\s*összesen", r"Nettó\s*összeg", r"Nettó\s*érték")
_L_VAT = (rf"ÁFA{_DIFFERENCE}",
          r"ÁFA\s*összesen", r"ÁFA\s*érték\s*összesen", r"Összes(?:en)?\s*ÁFA", r"ÁFA\s*tartalom",
          r"Számla\s*ÁFA\s*összege", r"Felszámított\s*ÁFA", r"ÁFA\s*összege?", r"ÁFA\s*értéke")
_TOTAL_WORDS = re.compile(loose(r"összesen|total|végösszeg"), re.IGNORECASE)
_LONE = re.compile(loose(r"^\s*Összesen\b"), re.IGNORECASE)

# (rank, net, VAT, gross, the row's first line); a higher rank is a likelier totals row
_Triple = tuple[int, Decimal, Decimal, Decimal, TextLine]


@dataclass(frozen=True)
class Totals:
    net: Decimal | None
    vat: Decimal | None
    gross: Decimal | None
    printed_gross: Found[Decimal] | None  # the payable total as printed (labelled or alone on its row)


def read_totals(lines: Sequence[TextLine], provenance: dict[str, Provenance]) -> Totals:
    """Net, VAT and gross, each with its provenance recorded."""
    rounding = find_value(lines, _L_ROUNDING, _cash_rounding, pages=None)
    if rounding is not None:  # its amount is none of the totals: "1 272, -2, 1 270" is no net, VAT and gross
        lines = [ln for ln in lines if ln is not rounding.line]
    gross_found = find_value(lines, _L_GROSS, first_amount, pages=None) or _lone_total(lines)
    if rounding is not None and gross_found is not None:
        gross_found = _unrounded(lines, gross_found, rounding.value)
    if gross_found is not None:
        gross_found = _row_gross(lines, gross_found)
    row = _totals_row(lines, gross_found.value if gross_found is not None else None)
    if row is None and (gross_found is None or gross_found.label == _LONE_LABEL):
        row = _net_then_gross(lines)
        if row is not None:  # its gross is the payable total, not the run of its two amounts read as one
            gross_found = Found(row[2], row[3], 0.7, "totals row (net and gross, the VAT printed apart)")
    net: Decimal | None
    vat: Decimal | None
    gross: Decimal | None
    split = _split_by_net(lines, gross_found) if row is not None and gross_found is not None \
        and row[2] != gross_found.value else None
    labelled = _net_and_vat_over(lines, row) if row is not None and gross_found is None else None
    if split is not None:  # the labelled totals beat an item row that only looks like a totals row
        net, vat, gross = split[0].value, split[1], split[0].value + split[1]
        provenance["net_total"] = split[0].provenance()
        provenance["vat_total"] = Provenance(READER, "gross − net, printed", 0.7)
        take(provenance, "gross_total", gross_found)
    elif labelled is not None:  # as above, where the gross has a label the reader does not know
        net, vat, gross = labelled[0].value, labelled[1].value, labelled[0].value + labelled[1].value
        take(provenance, "net_total", labelled[0])
        take(provenance, "vat_total", labelled[1])
        provenance["gross_total"] = Provenance(READER, "labelled net + VAT, printed", 0.7)
    elif row is not None:
        net, vat, gross = _from_row(row, gross_found, provenance)
    else:
        net_found = find_value(lines, _L_NET, first_amount, pages=None)
        vat_found = find_value(lines, _L_VAT, first_amount, pages=None)
        split = _split_by_net(lines, gross_found) if gross_found is not None and vat_found is None else None
        if split is not None:  # the VAT by a label the reader does not know ("ebből ÁFA 27%:"), or by rate only
            net_found, vat_found = split[0], Found(split[1], split[0].line, 0.7, "gross − net, printed")
        gross = take(provenance, "gross_total", gross_found)
        net = take(provenance, "net_total", net_found)
        vat = take(provenance, "vat_total", vat_found)
        if gross is None and net is not None and vat is not None:
            gross = net + vat
            provenance["gross_total"] = Provenance(READER, "net + VAT", 0.6)
    if gross is not None and net is None and vat is None and (gross == 0 or _subject_exempt(lines)):
        # nothing to pay: with Hungarian VAT rates (all ≥ 0) net and VAT are nothing too; a subject-exempt
        # seller charges no VAT on anything, so what is paid is the net
        net, vat = (Decimal(0), Decimal(0)) if gross == 0 else (gross, Decimal(0))
        why = "the payable total is 0" if gross == 0 else "subject-exempt seller (alanyi adómentes): no VAT"
        for field in ("net_total", "vat_total"):
            provenance[field] = Provenance(READER, why, 0.5)
    return Totals(net, vat, gross, gross_found)


# "Alanyi adómentes" (Áfa tv. XIII. fejezet): a seller under the turnover threshold, exempt as a person, not by
# item (as "tárgyi adómentes" is): none of its invoice bears VAT. A simplified invoice or a receipt pad then
# prints only what to pay.
_SUBJECT_EXEMPT = re.compile(loose(r"\balanyi\s*adómentes"), re.IGNORECASE)


def _subject_exempt(lines: Sequence[TextLine]) -> bool:
    return any(_SUBJECT_EXEMPT.search(ln.text) for ln in lines)


# Cash paid in forints is rounded to 5 Ft (the 1 and 2 Ft coins are gone; some tills round to 10 Ft): a
# cash invoice may print the gross, "Kerekítés: -2 Ft" and the rounded amount to pay. The invoice's gross
# is the unrounded one, net + VAT (NAV's invoiceGrossAmount); the rounding is only what changes hands.
_L_ROUNDING = (r"Kerekítés(?:i\s*(?:különbözet|különbség|összeg))?", r"Készpénz(?:es)?\s*kerekítés",
               r"Kerekítő")
_ROUNDING_STEP = Decimal(5)


def _cash_rounding(text: str) -> Decimal | None:
    """A rounding to 5 or 10 Ft: at most 5 Ft either way, never 0 (a rounding of nothing changes no total)."""
    amount = first_amount(text)
    return amount if amount is not None and 0 < abs(amount) <= _ROUNDING_STEP else None


def _unrounded(lines: Sequence[TextLine], found: Found[Decimal], rounding: Decimal) -> Found[Decimal]:
    """The gross before the rounding, where the labelled total found is the rounded amount to pay.

    Another labelled total that is this one less the rounding is the gross it was rounded from; one that
    is this one plus the rounding is the amount to pay, and this one is the gross. Where only one is
    printed, the amount to pay is the one that is a multiple of 5 Ft.
    """
    labelled = find_all_values(lines, _L_GROSS, first_amount, pages=None)
    gross = found.value - rounding
    if any(f.value == found.value + rounding for f in labelled):
        return found
    return next((f for f in labelled if f.value == gross),
                found if found.value % _ROUNDING_STEP != 0
                else Found(gross, found.line, 0.7, "the amount to pay less the cash rounding"))


def _from_row(
    row: tuple[Decimal, Decimal, Decimal, TextLine], gross_found: Found[Decimal] | None,
    provenance: dict[str, Provenance],
) -> tuple[Decimal, Decimal, Decimal]:
    net, vat, gross, line = row
    agrees = gross_found is None or gross_found.value == gross
    confidence = 0.9 if agrees and gross_found is not None else 0.8
    for field in ("net_total", "vat_total", "gross_total"):
        provenance[field] = where(line, "totals row (net + VAT = gross)", confidence)
    if gross_found is not None and not agrees:
        gross = gross_found.value  # a labelled total beats an inferred row
        provenance["gross_total"] = gross_found.provenance()
    return net, vat, gross


def _split_by_net(lines: Sequence[TextLine], gross_found: Found[Decimal]) -> tuple[Found[Decimal], Decimal] | None:
    """The labelled net and the VAT (gross − net), where no totals row adds up to the labelled gross.

    "Nettó összesen | 598,93 | 234 349" and "ÁFA 27% | 161,72 | 63 278" beside their forint figures (an
    EUR invoice) are no triple; the largest item row is one, but not the invoice's. The net's label and
    the gross's decide, where their difference is a plausible VAT and is printed on the page as well.
    """
    net_found = find_value(lines, _L_NET, first_amount, pages=None)
    if net_found is None:
        return None
    vat = gross_found.value - net_found.value
    if not plausible(net_found.value, vat, gross_found.value):
        return None
    return (net_found, vat) if _printed(lines, vat) else None


def _net_and_vat_over(
    lines: Sequence[TextLine], row: tuple[Decimal, Decimal, Decimal, TextLine],
) -> tuple[Found[Decimal], Found[Decimal]] | None:
    """The labelled net and VAT totals, where no gross label is known and they outweigh the row found.

    "Nettó összesen: 46 300", "Áfa összesen: 405" and "Fizetve (bankkártya): 46 705" (or a credit note's
    "Jóváírás összesen: -70 188"): the only triple is an item's or one rate's row (1 500 | 405 | 1 905). The
    totals sum the items, so a net larger than the row's is the invoice's, where net + VAT is printed too.
    """
    net_found = find_value(lines, _L_NET, first_amount, pages=None)
    vat_found = find_value(lines, _L_VAT, first_amount, pages=None)
    if net_found is None or vat_found is None:
        return None
    net, vat = net_found.value, vat_found.value
    if abs(net) <= abs(row[0]) or not plausible(net, vat, net + vat) or not _printed(lines, net + vat):
        return None
    return net_found, vat_found


def _printed(lines: Sequence[TextLine], amount: Decimal) -> bool:
    """Whether ``amount`` is printed in a table cell or a short line of the page."""
    return any(amount == a for ln in lines if len(ln.text) <= SHORT for a, _ in amounts_in(ln.text))


def _row_gross(lines: Sequence[TextLine], found: Found[Decimal]) -> Found[Decimal]:
    """The gross of a totals row a gross label names: "Mindösszesen | 1 650 000 | 445 500 | 2 095 500".

    The label's nearest amount is the row's first, its net; where it and the two after it on the row
    add up (net + VAT = gross), the label names the whole row, and the payable total is its last.
    Only for a value on the label's own row (after it, or the next cell to its right). Where the row
    does not add up as read, two of its amounts may have been read as one ("Fizetendő 539 000" beside
    "145 530 684 530"): a reading that cuts one run of space-grouped digits in two may add up instead.
    """
    if found.confidence < _SAME_ROW:
        return found
    row = [found.line, *right_of(found.line, lines)]
    readings = _readings([ln for ln in row if len(ln.text) <= SHORT])
    plain = next(readings)
    if not plain or plain[0][0] != found.value:
        return found
    for values in (plain, *readings):
        if len(values) >= 3 and plausible(values[0][0], values[1][0], values[2][0]):
            return Found(values[2][0], values[2][1], found.confidence, found.label)
    return found


def _readings(row: Sequence[TextLine]) -> Iterator[list[tuple[Decimal, TextLine]]]:
    """The row's amounts, each with its cell: as read (``amounts_in``), then with one cell read another way
    (``split_readings``: a run of space-grouped digits cut in two)."""
    cells = [(ln, [a for a, _ in amounts_in(ln.text)]) for ln in row]
    yield [(a, ln) for ln, amounts in cells for a in amounts]
    for k, (line, _) in enumerate(cells):
        for other in split_readings(line.text):
            yield [(a, ln) for j, (ln, amounts) in enumerate(cells) for a in (other if j == k else amounts)]


_SAME_ROW = 0.8  # ``labels``' confidence for a value beside its label (after it on its line, or to its right)


def _lone_total(lines: Sequence[TextLine]) -> Found[Decimal] | None:
    """``Összesen: 33 000`` with nothing else on its row: the total of an invoice that prints one sum."""
    for line in lines:
        if len(line.text) > SHORT or not _LONE.match(line.text) or _ends_a_wrapped_label(line, lines):
            continue
        values = [a for ln in [line, *right_of(line, lines)] for a, _ in amounts_in(ln.text)]
        if len(values) == 1:
            return Found(values[0], line, 0.7, _LONE_LABEL)
    return None


_LONE_LABEL = "Összesen (the only amount on its row)"
# what the VAT of a total printed net and gross is labelled apart, under them: "ebből ÁFA: 972,00 EUR" (of which VAT)
_L_VAT_APART = (*_L_VAT, r"ebből\s*ÁFA")


def _net_then_gross(lines: Sequence[TextLine]) -> tuple[Decimal, Decimal, Decimal, TextLine] | None:
    """Net and gross on an "Összesen" row with no VAT column, the VAT labelled on a line of its own.

    A word processor's item table may have no VAT column: "Összesen: 3 600,00 4 572,00" under "Nettó" and
    "Bruttó", then "ebből ÁFA: 972,00 EUR". Two amounts whose difference is the labelled VAT are the net and the
    gross. A VAT-exempt one prints the same amount twice ("Összesen: 552 000 552 000", "ebből ÁFA: 0 Ft"), and its
    space-grouped thousands run the two together: a reading that cuts the run in two (``_readings``) is tried too.
    Only where no row adds up as net, VAT and gross (``_totals_row``).
    """
    vat: Found[Decimal] | None = None
    searched = False  # the VAT's label is looked for once, and only once a row of two such amounts is found
    for line in lines:
        if len(line.text) > SHORT or not _LONE.match(line.text):
            continue
        for values in _readings([ln for ln in [line, *right_of(line, lines)] if len(ln.text) <= SHORT]):
            if len(values) != 2 or not plausible(values[0][0], values[1][0] - values[0][0], values[1][0]):
                continue
            if not searched:
                vat, searched = find_value(lines, _L_VAT_APART, first_amount, pages=None), True
            if vat is not None and vat.value == values[1][0] - values[0][0]:
                return values[0][0], vat.value, values[1][0], line
    return None


_NET_OR_VAT = label_line((*_L_NET, *_L_VAT))


def _ends_a_wrapped_label(line: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether ``line`` is the second line of a net or VAT label: a till roll's narrow column wraps "NETTÓ
    ÖSSZESEN" after its first word, its amount centred between the two, so the "ÖSSZESEN" under "NETTÓ" is
    no total of its own (the payable one is a later "ÖSSZESEN")."""
    return any(ln.page == line.page and abs(ln.x0 - line.x0) <= 2 and -2 < ln.y0 - line.y1 < line.height
               and _NET_OR_VAT.match(f"{ln.text} {line.text}") for ln in lines)


_TOP_RATE = Decimal("0.27")  # the highest VAT rate in Hungary (and in the EU)


def plausible(net: Decimal, vat: Decimal, gross: Decimal) -> bool:
    """Net + VAT = gross, and VAT no more than the top rate of the net.

    Without the rate check, ``0 150 000 150 000`` (a VAT-exempt invoice's VAT printed before its
    net) reads as net 0, VAT 150 000: a VAT-exempt advance with its net and VAT swapped. The VAT of
    an invoice of many items is the sum of each item's rounded VAT, so it may pass the top rate of
    the net by a little more than one unit: 86 fuel purchases at 27% sum to 2 over it.
    """
    return (net + vat == gross and gross != 0
            and abs(vat) <= abs(net) * _TOP_RATE + max(Decimal(1), abs(net) * _ROUNDING_SHARE))


_ROUNDING_SHARE = Decimal("0.002")  # the share of the net the items' rounded VAT may add up to (as ``vat_summary``)


def _triples(values: Sequence[Decimal]) -> Iterable[tuple[Decimal, Decimal, Decimal]]:
    for i in range(len(values) - 2):
        net, vat, gross = values[i], values[i + 1], values[i + 2]
        if plausible(net, vat, gross):
            yield net, vat, gross


def _totals_row(
    lines: Sequence[TextLine], labelled_gross: Decimal | None
) -> tuple[Decimal, Decimal, Decimal, TextLine] | None:
    """Three amounts with net + VAT = gross, on one row or one after another in reading order.

    A triple whose gross is the labelled total wins; else the largest gross with VAT ≠ 0
    on a row that says ``Összesen``, else the largest anywhere.
    """
    candidates, pairs = _row_candidates(lines, labelled_gross)
    sequence: list[tuple[Decimal, TextLine]] = [
        (a, ln) for ln in lines if len(ln.text) <= SHORT for a, _ in amounts_in(ln.text)
    ]
    on_page: dict[int, list[TextLine]] = {}
    for ln in lines:
        on_page.setdefault(ln.page, []).append(ln)
    for i in range(len(sequence) - 2):
        (net, line), (vat, _), (gross, _) = sequence[i], sequence[i + 1], sequence[i + 2]
        if plausible(net, vat, gross):
            candidates.append((2 if _says_total(line, on_page[line.page]) else 0, net, vat, gross, line))
    if not candidates:
        candidates = pairs
    if not candidates:
        return None

    def rank(c: _Triple) -> tuple[bool, bool, int, Decimal]:
        return (labelled_gross is not None and c[3] == labelled_gross, c[2] != 0, c[0], abs(c[3]))

    best = max(candidates, key=rank)
    return best[1], best[2], best[3], best[4]


def _says_total(line: TextLine, page: Sequence[TextLine]) -> bool:
    """Whether ``line`` or a line left of it on its row says "total": the net of a totals block that prints
    net, VAT and gross one under another, each beside its label ("Subtotal £4,529.00" over "VAT £0.00" over
    "Total GBP £4,529.00"), is as sure a totals row as one printed across; an item row never says it."""
    return any(ln.x0 <= line.x0 + 2 and _TOTAL_WORDS.search(ln.text) for ln in (line, *on_row(line, page)))


def _row_candidates(
    lines: Sequence[TextLine], labelled_gross: Decimal | None
) -> tuple[list[_Triple], list[_Triple]]:
    """Triples read along each row, and (net, 0, gross) pairs of rows that print no VAT."""
    candidates: list[_Triple] = []
    pairs: list[_Triple] = []
    # each row is looked for among its own page's cells, and each cell's amounts are read once: a
    # 200-page itemised bill has ~10 000 cells, and a search over all of them for each took minutes
    cells = [ln for ln in lines if len(ln.text) <= SHORT]  # longer lines are sentences, not table rows
    on_page: dict[int, list[TextLine]] = {}
    for line in cells:
        on_page.setdefault(line.page, []).append(line)
    amounts = {id(line): [a for a, _ in amounts_in(line.text)] for line in cells}
    unread: list[tuple[TextLine, list[TextLine]]] = []  # rows that say "total" but add up to nothing as read
    for line in cells:
        row = [line, *right_of(line, on_page[line.page])]
        labelled = bool(_TOTAL_WORDS.search(line.text))
        values = [a for ln in row for a in amounts[id(ln)]]
        triples = list(_triples(values))
        if not triples and labelled:
            unread.append((line, row))
        for net, vat, gross in triples:
            candidates.append((2 if labelled else 1, net, vat, gross, line))
        # an exempt or out-of-scope invoice prints no VAT: "Összesen: 19 120.00 | 19 120.00" (net, gross)
        if labelled and len(values) == 2 and values[0] == values[1] == labelled_gross and values[0] != 0:
            pairs.append((1, values[0], Decimal(0), values[0], line))
    if not any(c[0] == 2 for c in candidates):
        # a totals row whose net and VAT cells stand too close: "Összesen: | 814 000 219 780 | 1 033 780" reads
        # as one amount; a reading that cuts a run of space-grouped digits in two may add up (only where no
        # row that says "total" adds up as read: the other readings cost a parse of the row each)
        for line, row in unread:
            triples = next((t for other in _readings(row) if (t := list(_triples([a for a, _ in other])))), [])
            candidates += [(2, net, vat, gross, line) for net, vat, gross in triples]
    return candidates, pairs

"""The invoice's dates: issue, fulfilment (teljesítés) and payment due."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from services.core.invoice import Provenance
from services.core.parsing.pdf.labels import (
    READER,
    Found,
    below,
    find_all_values,
    find_value,
    label_pattern,
    on_row,
    take,
    wrapped_after,
)
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.normalise import loose
from services.core.parsing.pdf.values import parse_hungarian_date

# A neighbour country's supplier labels its dates in its own language, often with no English twin: a Czech or
# Slovak one's "Datum vystavení" / "Dátum vystavenia", a Polish one's "Data wystawienia", a Romanian one's "Data
# emiterii" (issue); "Datum zdanitelného plnění" (DUZP, abbreviated "Datum zdan. plnění"), "Dátum dodania", "Data
# dostawy" / "Data sprzedaży", "Data livrării" (the taxable supply: the fulfilment); "Datum splatnosti", "Termin
# płatności", "Data scadenței" / "Scadență" (due). Each is a label as a Hungarian one is, at its line's start
# (or inside a line after a separator, with its colon), never a word searched in running text.
_FOREIGN_ISSUE = (r"Dátum\s*vystavení(?:a)?", r"Data\s*wystawienia", r"Data\s*(?:emiterii|facturii)")
_FOREIGN_FULFIL = (r"Dátum\s*(?:uskutečnění\s*)?zdan(?:itelného|\.)?\s*pln[eě]ní", r"DUZP", r"Dátum\s*dodania",
                   r"Data\s*(?:dokonania\s*)?(?:dostawy|sprzeda[żz]y)", r"Data\s*livr[aă]rii")
_FOREIGN_DUE = (r"Dátum\s*splatnosti", r"Termin\s*(?:p[łl]atno[śs]ci|zap[łl]aty)",
                r"(?:Data\s*)?scaden[țţt](?:ei|[aă])", r"Termen\s*de\s*plat[aă]")

# the act of issuing is "kiállítás" or "kibocsátás" (Áfa tv. 169. § a): "kibocsátásának kelte"), its day
# "kelte", "dátuma", "napja" or "ideje"; an ERP names the invoice a "bizonylat" (document) throughout
# ("Bizonylatszám", "Bizonylat dátuma"), its date the issue date
# a correcting or cancelling invoice names its own day by its kind: "Helyesbítő számla kelte", "Sztornó kelte"
_L_ISSUE = (r"(?:A\s+)?(?:(?:Helyesbítő|Módosító|Sztornó|Érvénytelenítő)\s*)?Számla\s*kelte",
            r"(?:Sztornó|Sztornózás|Érvénytelenítés)\s*(?:kelte|dátuma)",
            # a correction dates itself by its act as well: "Módosítás kelte", "Helyesbítés dátuma"
            r"(?:Módosítás|Helyesbítés)\s*(?:kelte|dátuma)",
            r"Ki(?:állítás|bocsátás)\s*(?:dátuma|kelte|napja|ideje)",
            r"(?:A\s+)?Számla\s*ki(?:állításának|bocsátásának)\s*(?:dátuma|kelte|napja|ideje)", r"Kelte",
            r"Kelt", r"Kiállítva", r"Számla\s*dátuma", r"Invoice\s*date", r"Date\s*of\s*issue",
            r"Bizonylat\s*(?:dátuma|kelte)", r"(?:Invoice\s*)?Issue\s*date", r"Rechnungsdatum", r"Ausstellungsdatum",
            # a narrow header box names the act alone ("Kiállítás", "Kibocsátás"), its date beside it; only
            # alone or before its colon: "Kiállítás helye" is the place of issue
            r"Ki(?:állítás|bocsátás)(?=\s*(?:[:/]|$))",
            # a dot-matrix print's "Szla kelte" (számla abbreviated); not named, the issue date would be the one
            # the bare "Kelte" finds inside "Telj. kelte:" (the fulfilment's), set off by its abbreviation's dot
            r"Szla\.?\s*kelte",
            *_FOREIGN_ISSUE)
# the English as the issue and due dates have it: "Date of supply", "Supply date" (a foreign supplier's invoice);
# a German supplier's "Rechnungsdatum", "Leistungsdatum", "Fällig am"; an SAP print's "Nettó esedékesség" (net due)
# a cancelling invoice repeats the cancelled one's fulfilment and due dates as its own, "Eredeti" (original)
# before them: it reverses that supply, on that day (Áfa tv. 170. §)
# ("Teljesítési időpont", the point in time, as "Teljesítési dátum" the day); a letter's sentence names it with
# its article, after a comma: "Időszaki elszámolású szolgáltatás, a teljesítés időpontja: 2027.10.31."
_L_FULFIL = (r"(?:A\s+|Eredeti\s*)?Teljesítési?\s*(?:dátuma?|ideje|napja|időpont(?:ja)?|kelte)", r"Teljesítés",
             r"Teljesítve",
             # abbreviated in a narrow box ("Telj. dátum", "Telj.:"): alone, before its colon or its date
             r"Telj\.(?:\s*(?:dátuma?|ideje|napja|időpontja|kelte))?(?=\s*(?:[:/]|$|\d))",
             # "Date of taxable supply" (a Czech or Slovak supplier's "Datum zdanitelného plnění" in English)
             r"Date\s*of\s*(?:taxable\s*)?supply", r"Supply\s*date", r"Date\s*of\s*delivery",
             # a UK invoice's "Tax point": the day VAT becomes due, which is the supply's day (VATA 1994 s. 6)
             r"Tax\s*point", r"Delivery\s*date", r"Leistungsdatum", r"Lieferdatum",
             # a service's day of supply, in a foreign supplier's English
             r"Service\s*date", r"Date\s*of\s*service",
             # a subscription's supply is its period's, fulfilled on the day the period ends (Áfa tv. 58. §)
             r"Service\s*period\s*end(?:\s*date)?", r"End\s*of\s*(?:the\s*)?service\s*period",
             # "Performance date": the English a foreign supplier prints for "teljesítés" (performance)
             r"Performance\s*date", r"Date\s*of\s*performance", *_FOREIGN_FULFIL)
_L_DUE = (r"(?:Eredeti\s*)?(?:Be)?fizetési\s*határ(?:idő|nap)",
          r"Fizetés\s*határideje", r"Fizetés\s*esedékessége", r"esedékessége",
          r"(?:Nettó\s*)?Esedékes(?:ség)?(?:\s*(?:dátuma|napja|ideje))?",
          r"Fiz(?:etési|\.)?\s*hat(?:\.|áridő|(?=\s*(?::|$)))",  # "Fiz. hat.", its dots lost: "Fizhat"
          r"Határidő",
          # "payable until": "Fizetendő" alone labels the total to pay, with "eddig" the day it is due by
          r"Fizetendő\s*eddig",
          # a dot-matrix print's abbreviation, before its colon: "Esed.: 2027.03.31."
          r"Esed\.(?=\s*:)",
          r"(?:Net\s*)?Due\s*date", r"Date\s*due", r"Payment\s*due", r"Fällig(?:keitsdatum|keit|\s*am)?",
          r"Zahlbar\s*bis", *_FOREIGN_DUE)

# A small program's header names the issue date "Dátum:" alone, beside "Teljesítés:" and "Fizetési határidő:"
# (the day the document is dated is the day it is issued); asked last, only where no label names the issue date,
# and only before its colon: "Dátum" in a longer label or a column's header is another day's
_L_BARE_DATE = (r"(?:Dátum|Date)(?=\s*:)",)
DATE_LABELS = (*_L_ISSUE, *_L_FULFIL, *_L_DUE)
# a settlement or rental period printed ("Elszámolási időszak", "Bérleti időszak"): a periodic supply is fulfilled
# on a day the period sets (Áfa tv. 58. §), not on the issue date
_PERIOD = re.compile(loose(r"^\s*(?:(?:elszámolási|számlázási|szolgáltatási|fogyasztási|tárgy|billing|service|"
                           r"settlement|supply|invoicing|bérleti|rental)\s*)?(?:időszak|period)\b"), re.IGNORECASE)
_NOT_PRINTED = "not printed: the issue date (Áfa tv. 169. § g)"


@dataclass(frozen=True)
class Dates:
    issue: date | None
    fulfilment: date | None
    due: date | None


def read_dates(lines: Sequence[TextLine], provenance: dict[str, Provenance]) -> Dates:
    """The three dates, each with its provenance recorded."""
    lines = _with_wrapped_dates(lines)
    issue = take(provenance, "issue_date", find_value(lines, _L_ISSUE, parse_hungarian_date)
                 or wrapped_after(lines, _L_ISSUE, parse_hungarian_date, _DATE_START) or _dated_at_a_place(lines)
                 or find_value(lines, _L_BARE_DATE, parse_hungarian_date))
    fulfilment = _fulfilment_date(lines, issue, provenance)
    due = take(provenance, "due_date", find_value(lines, _L_DUE, parse_hungarian_date)
               or wrapped_after(lines, _L_DUE, parse_hungarian_date, _DATE_START) or _due_in_a_sentence(lines)
               or _payable_by(lines))
    return Dates(issue, fulfilment, due)


# A letter dates itself where it is written, on a line of its own: "Pécs, 2027. február 15." (a chamber's or an
# authority's invoice set as a letter, "Kelt" left out). The place is one or two words with a capital, the date
# all that follows its comma: an address ("Pécs, Király u. 44.") or a sentence never reads as one
_PLACE_AND_DATE = re.compile(r"^\s*[A-ZÁÉÍÓÖŐÚÜŰ][^\W\d_]+(?:[ -][^\W\d_]+)?,\s*(\d{4}\.?[^,;:]{1,20})$")


def _dated_at_a_place(lines: Sequence[TextLine]) -> Found[date] | None:
    """The issue date as a letter's dating line on page 1 prints it, where no label names the issue date."""
    for line in lines:
        m = _PLACE_AND_DATE.match(line.text) if line.page == 0 else None
        when = parse_hungarian_date(m.group(1)) if m is not None else None
        if when is not None:
            return Found(when, line, 0.6, "place and date of a letter")
    return None


# A date written with its month's name wraps in a narrow value column: "2026. november" over "11.". The year
# and month alone are never a field's value, nor is a lone day number: the two lines are one date. A narrow
# column of "label: value" lines wraps the same way, the day back at the line's left edge: "Esedékesség: 2027.
# szeptember" over "8." (only after a label's colon: a sentence ending in a month is no field)
_YEAR_MONTH = re.compile(r"^(?:[^:\d]{3,40}:)?\s*(\d{4}\.?\s*[^\W\d_]{3,}\.?)\s*$")
_DAY = re.compile(r"^\s*\d{1,2}\.?\s*$")
# and at the end of a line of running text: "… | Fizetési határidő: 2027." over "március 26. | Fizetés módja: …"
_DATE_START = re.compile(r"\d{4}\.?(?:\s*(?:\d{1,2}|[^\W\d_]{3,})\.?)?")


def _with_wrapped_dates(lines: Sequence[TextLine]) -> Sequence[TextLine]:
    """``lines`` with each year-and-month line joined to the day printed right under it, in its column."""
    tops = [ln for ln in lines if (m := _YEAR_MONTH.match(ln.text)) and parse_hungarian_date(m.group(1) + " 1.")]
    if not tops:
        return lines
    joined: dict[int, TextLine] = {}
    dropped: set[int] = set()
    for top in tops:
        day = next((ln for ln in lines if ln.page == top.page and abs(ln.x0 - top.x0) < 3 and id(ln) not in dropped
                    and -2 < top.y0 - ln.y1 < top.height * 0.6 and _DAY.match(ln.text)), None)
        if day is not None:
            joined[id(top)] = TextLine(top.page, top.x0, day.y0, max(top.x1, day.x1), top.y1,
                                       f"{top.text.strip()} {day.text.strip()}")
            dropped.add(id(day))
    return [joined.get(id(ln), ln) for ln in lines if id(ln) not in dropped] if joined else lines


# "Kérjük, a számla ellenértékét 2025. november 3-ig utalja át": a date with "-ig" ("until") and a payment
# verb in the same clause (no comma, period or semicolon between them) is the deadline of the payment. A
# date "-ig" in another clause ("2025.12.31-ig érvényes, átutalással fizesse") is not; nor is a period
# ("2025.10.01-től 2025.10.31-ig"), as "-tól/-től" never starts a deadline.
# ("2027.10.15. napjáig": "by that day", the day's word carrying the "-ig")
_UNTIL = r"(\d{4}\.?\s*(?:\d{1,2}|[a-zA-Záéíóöőúüű]{3,})\.?\s*\d{1,2}\.?)\s*(?:-\s*(?:j?[éá])?|napj[áa])ig\b"
# and their forms: "utalja", "fizesse", "egyenlítse"; or what is paid, the sum ("az összeget", "a számla összegét"),
# where the verb has wrapped to the next line: "Kérjük, hogy az összeget legkésőbb 2027.10.15. napjáig a …" over
# "… számlaszámra átutalni szíveskedjenek."
_PAY = r"(?:át)?utal|(?:meg|be)?fiz(?:et|ess)|egyenlít|rendez|összeg[eé]t\b"
_DUE_SENTENCE = re.compile(loose(rf"(?:{_UNTIL}[^,.;:]{{0,40}}?\b(?:{_PAY}))|(?:\b(?:{_PAY})[^,.;:]{{0,40}}?{_UNTIL})"),
                           re.IGNORECASE)
_SINCE = re.compile(r"-\s*t[óő]l\b", re.IGNORECASE)


def _due_in_a_sentence(lines: Sequence[TextLine]) -> Found[date] | None:
    """The payment deadline written in a sentence, where no label names one (first page only)."""
    for line in lines:
        if line.page != 0 or "ig" not in line.text or _SINCE.search(line.text):
            continue
        m = _DUE_SENTENCE.search(line.text)
        if m is not None:
            when = parse_hungarian_date(m.group(1) or m.group(2))
            if when is not None:
                return Found(when, line, 0.6, "payment deadline sentence")
    return None


# "Fizetendő" (payable) alone labels the total to pay; heading a column in a row of the header's date headings
# ("Kelt | Teljesítés | Fizetendő | Fizetés módja"), with a date under it, it says by when
_PAYABLE = re.compile(loose(r"^\s*Fizetendő\s*$"), re.IGNORECASE)


def _payable_by(lines: Sequence[TextLine]) -> Found[date] | None:
    """The due date under a lone "Fizetendő" whose row holds an issue or fulfilment date heading."""
    for line in lines:
        if not _PAYABLE.match(line.text):
            continue
        if not any(label_pattern(label).match(ln.text) for ln in on_row(line, lines)
                   for label in (*_L_ISSUE, *_L_FULFIL)):
            continue  # beside a total, or over one: the payable amount's label
        under = below(line, lines, rows=1)
        when = parse_hungarian_date(under[0].text) if under else None
        if when is not None:
            return Found(when, under[0], 0.7, "Fizetendő")
    return None


def _fulfilment_date(
    lines: Sequence[TextLine], issue_date: date | None, provenance: dict[str, Provenance]
) -> date | None:
    """The fulfilment date; on an aggregate invoice (one per delivery) the latest; if not printed, the issue date.

    Áfa tv. 169. § g) and 176. § (1) b): an invoice prints the fulfilment date only where it
    differs from the issue date, so a page with no fulfilment label at all means "same day".
    """
    found = _labelled_fulfilment(lines)
    if not found:  # its value wrapped to the next line of running text
        wrapped = wrapped_after(lines, _L_FULFIL, parse_hungarian_date, _DATE_START)
        found = [wrapped] if wrapped is not None else []
    issued = provenance.get("issue_date")
    issue_page = issued.page if issued is not None and issued.page is not None else 1
    if not found and issue_page > 1:  # page 1 a cover letter, the invoice after it
        found = _on_its_page(lines, issue_page - 1)
    if found:
        where = max(found, key=lambda f: f.value)
        distinct = len({f.value for f in found})
        provenance["fulfilment_date"] = (
            where.provenance() if distinct == 1
            else Provenance(READER, f"latest of {distinct} fulfilment dates (aggregate invoice)", 0.6))
        return where.value
    label_printed = any(_PERIOD.match(ln.text) or any(label_pattern(lb).match(ln.text) for lb in _L_FULFIL)
                        for ln in lines if ln.page == 0)
    if issue_date is not None and not label_printed:
        provenance["fulfilment_date"] = Provenance(READER, _NOT_PRINTED, 0.5)
        return issue_date
    return None


def _on_its_page(lines: Sequence[TextLine], page: int) -> list[Found[date]]:
    """The fulfilment dates labelled on ``page``, the invoice's own (where its issue date is labelled).

    An inbox's PDF may open with a cover letter ("Tárgy: számla megküldése"), the invoice on page 2: its own
    labelled date is the one, not the issue date that "not printed" would give. Only on the invoice's page: a
    delivery note or a certificate of completion filed after it dates its own handover."""
    return [f for f in _labelled_fulfilment(lines, pages=None) if f.line.page == page]


def _labelled_fulfilment(lines: Sequence[TextLine], *, pages: int | None = 1) -> list[Found[date]]:
    """The dates a fulfilment label gives on the first ``pages`` (None: every page), but for another date's
    field (``_other_dates``) and a date under another date's label (``_under_other_label``)."""
    return [f for f in find_all_values(lines, _L_FULFIL, parse_hungarian_date, pages=pages)
            if not _other_dates(f.line) and not _under_other_label(f.line, lines)]


def _other_dates(line: TextLine) -> bool:
    """Whether ``line`` is another date's field: "TELJESÍTÉS:" left empty on a proforma, "ESEDÉKESSÉG:
    2027-03-22" to its right; the date beside an empty label, on a line another date's label starts and no
    fulfilment label is in, is that date's."""
    return (any(label_pattern(label).match(line.text) for label in (*_L_ISSUE, *_L_DUE))
            and not _ANY_FULFIL.search(line.text))  # "Kelt Budapesten, …, teljesítés: 2025.10.12." is its own


def _under_other_label(value: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether the line right above ``value``, in its column, is another date's caption: a stack of captions each
    over its date ("TELJESÍTÉS" left empty on a proforma, "ESEDÉKES" over "2027-06-08") gives the date under
    the next caption to that caption, not to the empty one further up."""
    if _ANY_FULFIL.search(value.text):
        return False  # the date beside its own label
    above = [ln for ln in lines if ln.page == value.page and ln is not value and ln.x0 < value.x1 and ln.x1 > value.x0
             and -2 <= ln.y0 - value.y1 <= value.height]
    nearest = min(above, key=lambda ln: ln.y0 - value.y1, default=None)
    # a caption alone: a label with its own date beside it captions nothing under it
    return nearest is not None and _other_dates(nearest) and parse_hungarian_date(nearest.text) is None


_ANY_FULFIL = re.compile(loose("|".join(f"(?:{label})" for label in _L_FULFIL)), re.IGNORECASE)


def without_inferred_fulfilment(dates: Dates, provenance: dict[str, Provenance]) -> Dates:
    """``dates`` without a fulfilment date taken from the issue date: a díjbekérő asks for payment
    before anything is supplied, and the rule that reads "not printed" as "the issue day" is an invoice's."""
    found = provenance.get("fulfilment_date")
    if found is None or found.path != _NOT_PRINTED:
        return dates
    del provenance["fulfilment_date"]
    return Dates(dates.issue, None, dates.due)

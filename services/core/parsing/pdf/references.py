"""What kind of invoice it is (from its title) and which documents it refers to."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from services.core.invoice import InvoiceKind, Provenance, References
from services.core.parsing.pdf.labels import READER, Found, find_value, take, where
from services.core.parsing.pdf.lines import SHORT, TextLine
from services.core.parsing.pdf.normalise import loose
from services.core.parsing.pdf.segments import join_wrapped, label_line
from services.core.parsing.pdf.values import invoice_number

# the buyer's own order ("Vevőrendelés", "Vevői rendelés"), and the English of an ERP's printout
_L_ORDER = (r"Megrendelés\s*száma", r"Megrendelésszám", r"Rendelésszám", r"Rendelési\s*szám", r"PO\s*szám",
            r"Vevő(?:i)?\s*rendelés(?:\s*(?:száma|szám))?", r"Purchase\s*order(?:\s*(?:number|no\.?))?",
            r"Order\s*(?:number|no\.?)", r"PO\s*(?:number|no\.?)",
            # "Megrendelés" (the order) as a label only alone, before its colon or its English twin:
            # "Megrendelés dátuma" dates it, "Megrendelés alapján…" is a sentence
            r"Megrendelés(?=\s*(?:[:/]|$))")
_L_DELIVERY = (r"Szállítólevél\s*száma", r"Szállítólevél\s*szám", r"Szállítólevél")
_L_CONTRACT = (r"Szerződés\s*száma", r"Szerződésszám")
# "A 2025/0042 számú számla helyesbítése" (or by its serial number: "A(z) RLZ-27-004512 sorszámú számla
# módosítása"), "Eredeti számla sorszáma: 2025/0042"; each pattern with the words it cannot match without
# (``_preceding_in_a_sentence``)
_WHICH = "Eredeti|Helyesbített|Módosított|Sztornózott|Érvénytelenített|Hivatkozott"
# "(eredeti)" between the words, or the kind's other word in brackets: "Érvénytelenített (sztornózott) számla"
_ORIGINAL = rf"(?:\s+\((?i:eredeti|{_WHICH})\))?"
# the number: a series may start with an accented capital ("ÁLV-2027-0261"); the words are matched without their
# accents too (``loose``), as a dot-matrix print drops them ("ERVENYTELENITETT SZAMLA: TP-000388")
_NUMBER = r"([A-ZÁÉÍÓÖŐÚÜŰ0-9][A-ZÁÉÍÓÖŐÚÜŰ0-9/\-_.]*\d[A-ZÁÉÍÓÖŐÚÜŰ0-9/\-_.]*)"
_AMENDED = r"számla\s+(?:érvénytelenítése|módosítása|helyesbítése|sztornója)"  # "the invoice's correction"
_NUMBERED = r"(?:sz\.|(?:sor)?számú)"  # "numbered": "2025/0042 számú", "RLZ-27-004512 sorszámú"
_PRECEDING = tuple((re.compile(loose(words)), re.compile(loose(pattern))) for words, pattern in (
    (_AMENDED, rf"(?:Az?\s+)?{_NUMBER}\s+{_NUMBERED}?\s*{_AMENDED}"),
    # in any case ("EREDETI SZÁMLA SORSZÁMA", "Az érvénytelenített számla"), "(eredeti)" between the words; the
    # number maybe in brackets after them ("Az eredeti számla (BMK/27/01267) módosítása")
    (rf"(?i:{_WHICH}){_ORIGINAL}\s+(?i:számla)",
     rf"(?i:{_WHICH}){_ORIGINAL}\s+(?i:számla(?:\s+sorszáma|"
     rf"\s+száma)?)[ \t]*:?[ \t]*\(?{_NUMBER}"),  # on its line: the label search
    # finds a number beside or under it by position, not the next line in reading order
    # "Sztornó számla a 2025/0042 sz. számlához", "Helyesbítő számla a(z) A-17 számú számlához"
    (r"számlához", rf"{_NUMBER}\s+{_NUMBERED}\s+számlához"),
))
# the same as labels, for a number printed beside or under its label (a header box), an English twin after a
# slash ("Eredeti számla / Original invoice"); "A helyesbítés alapjául szolgáló számla sorszáma: …" (the invoice
# the correction is based on) with its number after it, its line often a sentence that goes on
_TWIN = r"(?:\s*/[^:/]{1,40})?"
# (abbreviated "szla." where a narrow box has no room: "Eredeti szla:"); with its colon, the label may also
# have the number after it on a line too long for a reference sentence ("Érvénytelenített számla sorszáma:
# 2026/00981 (kelt: 2026.11.09.) - téves vevőnek kiállítva.")
_L_PRECEDING = (
    *(rf"(?:Az?\s+)?{word}{_ORIGINAL}\s*(?:számla|szla\.?)(?:\s*(?:sorszáma|száma))?{_TWIN}\s*:?\s*$"
      for word in ("Eredeti", "Helyesbített", "Módosított", "Sztornózott", "Érvénytelenített", "Hivatkozott",
                   "Előzmény", "Módosítandó")),
    # a relative clause may stand between the label and its colon: "Az eredeti számla sorszáma, amelyet ez a
    # bizonylat érvénytelenít: LH-2027-0218" still labels the number after the colon
    rf"(?:Az?\s+)?(?:{_WHICH}){_ORIGINAL}\s*számla\s*(?:sorszáma|száma)(?:\s*,\s*amely[^:]{{0,60}})?\s*:",
    # the bare words with an English twin and then the colon, the number after it: "Eredeti számla / Original
    # invoice: 9140027715" (an ERP's bilingual header box); the twin makes it a label, not a sentence
    rf"(?:Az?\s+)?(?:{_WHICH}){_ORIGINAL}\s*számla\s*/[^:/]{{1,40}}:",
    r"Original\s*invoice(?:\s*number)?\s*:?\s*$",
    r"(?:Az?\s+)?(?:\S+\s+){0,2}alapjául\s+szolgáló\s+számla\s*(?:sorszáma|száma)\s*:?",
    # "A helyesbítés a következő számlára vonatkozik: BMK/27/01267" (the correction refers to this invoice)
    r"(?:Az?\s+)?(?:\S+\s+){0,3}számlára\s+vonatkozik\s*:",
)

_PRECEDING_LABEL = label_line(_L_PRECEDING)
PRECEDING_LABELS = _L_PRECEDING  # a header table's caption over the number (``segments.split_captions``)
# a final invoice (végszámla) names the advance invoice it settles in a header field of its own
# ("Előlegszámla sorszáma", "Kapcsolódó előlegszámla"): that is the invoice it follows. Only on a final
# invoice's page, as an advance invoice may label its own number so; a sentence naming it
# ("Levonva: E-1 sz. előlegszámla") is no such field.
# The number beside, under or after it on its line ("Előlegszámla sorszáma: PF-2026/0941", a cell's
# "Kapcsolódó előlegszámla ZE-2026-0211"): "Kapcsolódó" (related) makes the bare word a label
_L_ADVANCE = (rf"Előleg\s*számla\s*(?:sorszáma|száma){_TWIN}",
              rf"Kapcsolódó\s+előleg\s*számla(?:\s*(?:sorszáma|száma))?{_TWIN}")
_FINAL = re.compile(loose(r"\bvég\s*számla"), re.IGNORECASE)


def read_references(lines: Sequence[TextLine], provenance: dict[str, Provenance]) -> References:
    """Order, delivery note, contract and the invoice this one corrects or cancels, with provenance."""
    order = take(provenance, "references.order", find_value(lines, _L_ORDER, invoice_number, pages=None))
    delivery = take(provenance, "references.delivery_note",
                    find_value(lines, _L_DELIVERY, invoice_number, pages=None))
    contract = take(provenance, "references.contract", find_value(lines, _L_CONTRACT, invoice_number, pages=None))
    preceding = _preceding_in_a_sentence(lines, provenance)
    if preceding is None:  # a label with the number beside or under it, as in a header box, maybe wrapped
        # in a narrow label column ("Sztornózott" over "számla"): only a page with such a lone "számla" is joined
        wrapped = any(ln.text == "számla" for ln in lines)
        preceding = take(provenance, "references.preceding_invoice",
                         find_value(join_wrapped(lines, _PRECEDING_LABEL) if wrapped else lines, _L_PRECEDING,
                                    invoice_number, pages=None))
    if preceding is None and any(_FINAL.search(ln.text) for ln in lines if ln.page == 0):
        preceding = take(provenance, "references.preceding_invoice",
                         find_value(lines, _L_ADVANCE, invoice_number, pages=None))
    return References(order=order, delivery_note=delivery, contract=contract, preceding_invoice=preceding)


def _preceding_in_a_sentence(lines: Sequence[TextLine], provenance: dict[str, Provenance]) -> str | None:
    short = [ln for ln in lines if len(ln.text) <= SHORT]
    text = "\n".join(ln.text for ln in short)
    for words, pattern in _PRECEDING:
        # the number before or after the words is tried at every place in the page's text, letter by
        # letter: costly, and only worth it on a page that has the words at all
        m = pattern.search(text) if words.search(text) else None
        if m:
            line = short[text.count("\n", 0, m.start(1))]
            provenance["references.preceding_invoice"] = where(line, "reference sentence", 0.7)
            return m.group(1)
    return _opening_a_long_line(lines, provenance)


# A correcting invoice's first sentence may run on past a short line's length: "A(z) RLZ-27-004512 sorszámú számla
# módosítása. Módosítás oka: minőségi reklamáció," opens the line with the invoice it modifies; so does one that
# names itself first: "Ez a számla a(z) TF-2027/002201 sorszámú számla érvénytelenítése (sztornó)." A long line is
# prose, so only a sentence that opens it so is read, never the words found further inside it
_OPENING = re.compile(loose(rf"\s*(?:Ez\s+a\s+(?:számla|bizonylat)\s+)?(?:[Aa](?:\(z\)|z)?\s+)?{_NUMBER}\s+{_NUMBERED}"
                            rf"\s*{_AMENDED}"))


def _opening_a_long_line(lines: Sequence[TextLine], provenance: dict[str, Provenance]) -> str | None:
    """The invoice a long line's opening sentence corrects or cancels, where no short line names one."""
    for line in lines:
        m = _OPENING.match(line.text) if len(line.text) > SHORT and "számla" in line.text else None
        if m is not None:
            provenance["references.preceding_invoice"] = where(line, "reference sentence", 0.7)
            return m.group(1)
    return None


def read_kind(lines: Sequence[TextLine], preceding_invoice: str | None,
              provenance: dict[str, Provenance]) -> InvoiceKind:
    """The kind its title says; an untitled invoice that names the invoice it modifies is a correction."""
    title = _title(lines)
    if title is not None:
        kind, line = title
        provenance["kind"] = where(line, "document title", 0.85)
        return kind
    kind = _titled_kind(lines)
    if kind is not InvoiceKind.NORMAL:
        provenance["kind"] = Provenance(READER, "document title", 0.7)
    elif preceding_invoice:
        kind = InvoiceKind.CORRECTION
        provenance["kind"] = Provenance(READER, "reference sentence", 0.6)
    else:
        plain = next((ln for ln in lines if _PLAIN_TITLE.match(ln.text)), None)
        if plain is not None:  # "SZÁMLA" and no other kind named anywhere: a normal invoice
            provenance["kind"] = where(plain, "document title", 0.8)
    return kind


# A title names the kind and nothing else (bar an English translation after a slash or in brackets):
# "SZTORNÓ SZÁMLA", "Előlegszámla / Advance invoice", "DÍJBEKÉRŐ". The same words inside a line
# are a reference to another document ("Díjbekérő száma: D-12", "Előleg számlaszám").
_TITLES: tuple[tuple[InvoiceKind, str], ...] = (
    (InvoiceKind.STORNO, r"(?:érvénytelenítő|sztornó|stornó)\s*számla|sztornó|stornó|érvénytelenítő\s+okirat"),
    (InvoiceKind.CORRECTION, r"(?:helyesbítő|módosító)\s*számla|(?:számlát\s+)?(?:helyesbítő|módosító)\s+okirat|"
                             r"számlával\s+egy\s+tekintet\s+alá\s+eső\s+okirat"),
    (InvoiceKind.CREDIT_NOTE, r"jóváíró\s*számla|credit\s+note"),
    (InvoiceKind.PROFORMA, r"díjbekérő|előlegbekérő|pro\s*-?\s*forma(?:\s*számla)?"),
    (InvoiceKind.FINAL, r"vég\s*számla"),
    (InvoiceKind.ADVANCE, r"előleg\s*számla"),
)
# the title alone, or with an English translation, or with the document's number after it
_TITLE_RES = tuple(
    (kind, re.compile(rf"^\W*(?:{loose(words)})\W*(?:[/(|]\s*[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ .-]*\)?)?"
                      rf"(?:\W+[A-Z0-9][\w/.-]*\d[\w/.-]*)?\W*$", re.IGNORECASE))
    for kind, words in _TITLES)


# A Hungarian issuer's credit memo is in law a módosító számla (Áfa tv. 170. §): one whose title says so in
# brackets, "JÓVÁÍRÓ SZÁMLA (HELYESBÍTŐ)", "Jóváíró számla (módosító számla)", is a correction
_CREDIT_AS_CORRECTION = re.compile(loose(r"jóváíró\s*számla\s*\(\s*(?:helyesbítő|módosító)(?:\s*számla)?\s*\)"),
                                   re.IGNORECASE)


_L_PLAIN_TITLE = r"^\W*(?:számla|invoice)\W*(?:[/(|]\s*(?:invoice|számla)\W*)?$"
_PLAIN_TITLE = re.compile(_L_PLAIN_TITLE, re.IGNORECASE)


# the title naming this document's own kind ("Előlegszámla", "Végszámla" over "NGC-E-2027-0019") stands over
# its number as the plain one does; never another's ("Eredeti számla" names the invoice it refers to)
_OWN_KIND = r"(?:(?:előleg|vég|rész|helyesbítő|módosító|sztornó|stornó|érvénytelenítő|jóváíró)\s*)?"
_L_OWN_TITLE = rf"^\W*{_OWN_KIND}(?:számla|invoice)\W*(?:[/(|]\s*(?:invoice|számla)\W*)?$"


def number_under_title(lines: Sequence[TextLine]) -> Found[str] | None:
    """The number printed beside or under a "Számla" title with no label of its own (a webshop's
    header: "Számla" over "KB-2025-031877"); only where no label names it, and only a line that is that
    number and nothing else: a year or a page number under the title is not one."""
    found = find_value(lines, (_L_OWN_TITLE,), _lone_number)
    return dataclasses.replace(found, label="number under the title") if found else None


# the title with the number after it on its line and nothing else, no separator between them, or a "No."
# (number) sign: "SZÁMLA P-2026/03318" (a till's receipt-style invoice), "ELŐLEGSZÁMLA No. SZM-E-2027-004". The
# title words alone: "Eredeti számla 2025/1" names another invoice, and the line must end with the number
# A bilingual title may print its twin after a dash or a slash, the number after both: "INVOICE – Faktúra No.
# 2027051190" (a Slovak supplier's), "Számla / Rechnung Nr. 4711"; the twin is one word naming an invoice
_TWIN_TITLE = r"(?:\s*[/–—-]\s*(?:számla|invoice|faktúra|faktura|rechnung|factură|factura|račun|rachunek))?"
_L_TITLE_NUMBER = (rf"^\W*{_OWN_KIND}(?:számla|invoice){_TWIN_TITLE}\s+(?:(?:No|Nr|č)\.\s*)?"
                   r"(?=[^\s:]*\d[^\s:]*\s*$)")


def number_on_title(lines: Sequence[TextLine]) -> Found[str] | None:
    """The number on the plain title's own line, with no label or separator ("SZÁMLA P-2026/03318");
    only where no label names it and no number stands beside or under the title."""
    found = find_value(lines, (_L_TITLE_NUMBER,), _title_number)
    return dataclasses.replace(found, label="number on the title line") if found else None


def _title_number(text: str) -> str | None:
    """A lone number of three digits or more: "1/2" or "2." beside a title counts pages or copies."""
    value = _lone_number(text)
    return value if value is not None and sum(ch.isdigit() for ch in value) >= 3 else None


def _lone_number(text: str) -> str | None:
    """The number that is all of ``text``; a number sign before it ("#HXC-2027-00073", "№ 118") is no part of it."""
    value = invoice_number(text)
    alone = text.strip().lstrip("#№").strip().rstrip(".")
    return value if value == alone and not re.fullmatch(r"\d{1,4}", value) else None


# a fixed-pitch program spaces a title's letters out with real spaces, one between words as between letters:
# "S Z T O R N Ó S Z Á M L A"; without them it reads "SZTORNÓSZÁMLA", which a title's words match (their
# "\s*" lets two words run together). Only a line of single letters, four or more, each a space apart.
_SPACED_OUT_LINE = re.compile(r"\s*[^\W\d_](?: [^\W\d_]){3,}\s*")
_SPACED_OUT = re.compile(r"\s+")


def _title(lines: Sequence[TextLine]) -> tuple[InvoiceKind, TextLine] | None:
    """The kind of the tallest line that is nothing but a kind's title (the topmost of equals).

    A Hungarian issuer's "Credit note" is in law a módosító számla (Áfa tv. 170. §): where the page is
    titled a correction too ("CREDIT NOTE" over "Módosító számla (helyesbítő)"), the correction is its kind.
    """
    best: tuple[tuple[float, int, float], InvoiceKind, TextLine] | None = None
    correction: TextLine | None = None
    for line in lines:
        if len(line.text) > 60:
            continue
        text = _SPACED_OUT.sub("", line.text) if _SPACED_OUT_LINE.fullmatch(line.text) else line.text
        kind = next((k for k, pattern in _TITLE_RES if pattern.match(text)), None)
        if kind is None:
            continue
        if kind is InvoiceKind.CORRECTION and correction is None:
            correction = line
        rank = (line.height, -line.page, line.y1)
        if best is None or rank > best[0]:
            best = (rank, kind, line)
    if best is not None and best[1] is InvoiceKind.CREDIT_NOTE and correction is not None:
        return InvoiceKind.CORRECTION, correction
    if best is not None and best[1] is InvoiceKind.CREDIT_NOTE and _CREDIT_AS_CORRECTION.search(best[2].text):
        return InvoiceKind.CORRECTION, best[2]
    return (best[1], best[2]) if best else None


def _titled_kind(lines: Sequence[TextLine]) -> InvoiceKind:
    """From title-like lines only: a long line is prose, which may mention any kind."""
    low = "\n".join(ln.text for ln in lines if len(ln.text) <= SHORT).lower()
    if re.search(r"érvénytelenítő\s+számla|sztornó\s*számla|storn[oó]", low):
        return InvoiceKind.STORNO
    # "számlával egy tekintet alá eső okirat" is a title only where it starts the line; a chapter
    # heading or a sentence may mention it anywhere ("4 Adatszolgáltatás számlával egy tekintet alá…")
    if (re.search(r"helyesbítő\s+számla|módosító\s+számla|^\W*számlával\s+egy\s+tekintet\s+alá", low,
                  re.MULTILINE) or _CREDIT_AS_CORRECTION.search(low)):
        return InvoiceKind.CORRECTION
    # the word itself: "…hűtődobozok visszaszállításkor jóváírásra kerülnek" is a note's promise, not a title
    if re.search(r"jóváíró\s+számla|jóváírás\b|credit\s+note", low):
        return InvoiceKind.CREDIT_NOTE
    # "Díjbekérő száma: D-12" on an invoice names the proforma it was paid on: not this document's kind
    if re.search(r"(?:díjbekérő|proforma|pro\s+forma)(?!\s*(?:sorszáma|száma|szám|alapján|szerint|azonosító|:))",
                 low):
        return InvoiceKind.PROFORMA
    if re.search(r"végszámla|^előleg\s*\(.*számla\)|^előleg\s+beszámítás", low, re.MULTILINE):
        return InvoiceKind.FINAL
    # "Előlegszámla sorszáma: E-1" on a final invoice names the advance invoice it deducts
    if re.search(r"(?:előlegszámla|előleg\s*számla)(?!\s*(?:(?:sorszáma|száma|szám|alapján)\b|:))|előleg$", low,
                 re.MULTILINE):
        return InvoiceKind.ADVANCE
    return InvoiceKind.NORMAL

"""What kind of invoice it is (from its title) and which documents it refers to."""

from __future__ import annotations

import re
from collections.abc import Sequence

from services.core.invoice import InvoiceKind, Provenance, References
from services.core.parsing.pdf.labels import READER, find_value, take
from services.core.parsing.pdf.lines import SHORT, TextLine
from services.core.parsing.pdf.values import invoice_number

_L_ORDER = (r"Megrendelés\s*száma", r"Megrendelésszám", r"Rendelésszám", r"Rendelési\s*szám", r"PO\s*szám")
_L_DELIVERY = (r"Szállítólevél\s*száma", r"Szállítólevél\s*szám", r"Szállítólevél")
_L_CONTRACT = (r"Szerződés\s*száma", r"Szerződésszám")
# "A 2025/0042 számú számla helyesbítése", "Eredeti számla sorszáma: 2025/0042"
_PRECEDING = (
    r"(?:Az?\s+)?([A-Z0-9][A-Z0-9/\-_.]*\d[A-Z0-9/\-_.]*)\s+(?:sz\.|számú)?\s*számla\s+(?:érvénytelenítése|"
    r"módosítása|helyesbítése|sztornója)",
    r"(?:Eredeti|Helyesbített|Módosított|Sztornózott|Érvénytelenített|Hivatkozott)\s+számla(?:\s+sorszáma|"
    r"\s+száma)?\s*:?\s*([A-Z0-9][A-Z0-9/\-_.]*\d[A-Z0-9/\-_.]*)",
)


def read_references(lines: Sequence[TextLine], provenance: dict[str, Provenance]) -> References:
    """Order, delivery note, contract and the invoice this one corrects or cancels, with provenance."""
    order = take(provenance, "references.order", find_value(lines, _L_ORDER, invoice_number, pages=None))
    delivery = take(provenance, "references.delivery_note",
                    find_value(lines, _L_DELIVERY, invoice_number, pages=None))
    contract = take(provenance, "references.contract", find_value(lines, _L_CONTRACT, invoice_number, pages=None))
    preceding = None
    short = "\n".join(ln.text for ln in lines if len(ln.text) <= SHORT)
    for pattern in _PRECEDING:
        m = re.search(pattern, short)
        if m:
            preceding = m.group(1)
            provenance["references.preceding_invoice"] = Provenance(READER, "reference sentence", 0.7)
            break
    return References(order=order, delivery_note=delivery, contract=contract, preceding_invoice=preceding)


def read_kind(lines: Sequence[TextLine], preceding_invoice: str | None,
              provenance: dict[str, Provenance]) -> InvoiceKind:
    """The kind its title says; an untitled invoice that names the invoice it modifies is a correction."""
    kind = _titled_kind(lines)
    if kind is not InvoiceKind.NORMAL:
        provenance["kind"] = Provenance(READER, "document title", 0.7)
    elif preceding_invoice:
        kind = InvoiceKind.CORRECTION
        provenance["kind"] = Provenance(READER, "reference sentence", 0.6)
    return kind


def _titled_kind(lines: Sequence[TextLine]) -> InvoiceKind:
    """From title-like lines only: a long line is prose, which may mention any kind."""
    low = "\n".join(ln.text for ln in lines if len(ln.text) <= SHORT).lower()
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

"""Whose tax and VAT numbers are whose: by the line that names the party, else by where they are printed.

A party's numbers are often printed away from its name: each belongs to the party its line names
(``Vevő adószáma``, a row label beside a value cell, a footer starting with the party's name), else to
the heading nearest above it in its column; the rest go in order of appearance, a tax number to the
party whose VAT number carries its taxpayer ID.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from services.core.invoice import Provenance
from services.core.parsing.pdf.labels import where
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.normalise import loose
from services.core.parsing.pdf.party_labels import ROLES, about
from services.core.parsing.pdf.values import tax_number, vat_number

# a foreign supplier's own word for it: German USt-IdNr., Austrian UID, Slovak IČ DPH, Czech DIČ, Romanian CUI,
# Polish NIP, Croatian PDV, Slovene DDV
# (and an old program's abbreviation without accents: "Koz.adosz."); a dot-matrix print or an OCR'd scan may drop
# every accent ("Kozossegi adoszam: HU…"), so the words match without theirs too
_VAT_SAYS = re.compile(loose(r"közösségi|EU|VAT|adószám|köz\.\s*adósz|USt|UID|IČ\s*DPH|DIČ|CUI|NIP|PDV|DDV"),
                       re.IGNORECASE)
# a VAT number's label alone at the end of its line, the number on the next: "Közösségi adószám:"
_VAT_LABEL = re.compile(r"(?:közösségi\s+adószám|(?:EU\s+)?VAT(?:\s+(?:number|no\.?|ID))?)\s*:?\s*$", re.IGNORECASE)


def assign_identifiers(
    lines: Sequence[TextLine], anchors: Sequence[tuple[str, TextLine]], names: dict[str, str],
    ids: dict[str, dict[str, str]], provenance: dict[str, Provenance],
) -> None:
    """Each tax / VAT number to the party its line names, else to the party heading nearest above it;
    the rest in order of appearance.

    The numbers on lines that name their party are taken first: a footer ``Duna Kft. · Adószám: …``
    printed under the buyer's block is the seller's, and must not take the buyer's place before
    the buyer's own ``Vevő adószáma: …`` is read.
    """
    unassigned: list[tuple[str, str, TextLine]] = []
    pages = {line.page for _, line in anchors} or {0}
    # (the role the line names, kind, value, line, the value cell's label on its row)
    found: list[tuple[str | None, str, str, TextLine, TextLine | None]] = []
    above: TextLine | None = None
    later: list[tuple[str, str, TextLine]] = []  # foreign VAT numbers on later pages: a footer on the last
    for at, line in enumerate(lines):
        for kind, value in _identifiers(line, above, lines[at + 1] if at + 1 < len(lines) else None, lines):
            if line.page not in pages:
                if kind == "vat_number" and not value.startswith("HU"):
                    later.append((kind, value, line))
                continue
            # a value cell's label names its party wherever the value column stands, even nearer the other block:
            # "Eladó adószáma | 12345678-2-19"
            label = _row_label(line, lines)
            named = about(line) or (about(label) if label is not None else None) or _starts_with_name(line, names)
            found.append((named, kind, value, line, label))
        above = line
    for named, kind, value, line, label in sorted(found, key=lambda f: f[0] is None):  # stable: in order within each
        # a spreadsheet's grid sets a party's "Adószám:" under its heading and the value cells of both blocks in
        # columns of their own: the seller's value may stand nearer the buyer's heading than its own, its label
        # never does; so a value cell's label says whose it is, its own place only where the label is beside none
        by_label = _nearest_party(label, anchors) if label is not None and _id_label(label, line, lines) else None
        owner = named or by_label or _nearest_party(line, anchors)
        if owner is not None and kind not in ids[owner]:
            ids[owner][kind] = value
            how = "on a line naming the party" if named else "beside the party"
            provenance[f"{owner}.{kind}"] = where(line, how, 0.85 if named else 0.8)
        elif owner is None or _other_country(kind, value, ids[owner]):
            unassigned.append((kind, value, line))

    for kind, value, line in unassigned:
        # a tax number goes with the VAT number of its taxpayer: a foreign seller's page prints the buyer's both;
        # and a VAT number with its taxpayer's tax number, printed beside it outside the column of the party's heading
        same = [r for r in ROLES if (kind == "tax_number" and ids[r].get("vat_number", "")[2:10] == value[:8])
                or (kind == "vat_number" and value[2:10] == ids[r].get("tax_number", "-")[:8])]
        for role in same or ROLES:
            if kind not in ids[role]:
                ids[role][kind] = value
                provenance[f"{role}.{kind}"] = where(line, "order of appearance", 0.5)
                break
    # a foreign party has no Hungarian tax number: its VAT number, in a footer on whichever page, identifies it
    for kind, value, line in later:
        foreign = next((r for r in ROLES if "tax_number" not in ids[r] and kind not in ids[r]), None)
        if foreign is not None:
            ids[foreign][kind] = value
            provenance[f"{foreign}.{kind}"] = where(line, "a foreign party's VAT number on a later page", 0.5)


def _other_country(kind: str, value: str, own: dict[str, str]) -> bool:
    """A second VAT number of another country than the one the party already has: the other party's."""
    return kind == "vat_number" and kind in own and own[kind][:2] != value[:2]


def _starts_with_name(line: TextLine, names: dict[str, str]) -> str | None:
    """The party whose name starts ``line`` followed by more (``Duna Kft. · Adószám: …``): its own numbers."""
    return next((role for role, name in names.items()
                 if line.text.startswith(name) and len(line.text) > len(name)), None)


def _id_label(label: TextLine, line: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether ``label`` is the label of ``line``'s number on its row ("Adószám:" | "22418836-2-06"): an
    identifier's label, the number alone in its cell (no label of its own). A label over its own number, the
    number right under it, is another party's that happens to stand level with this one ("Adószám / Tax no.:"
    over the seller's number, level with the buyer's number in the next block, its label one line higher)."""
    if ":" in line.text or _VAT_SAYS.search(label.text.replace(" ", "")) is None:
        return False
    return not any(ln.page == label.page and abs(ln.x0 - label.x0) <= 3 and -2 < label.y0 - ln.y1 < label.height
                   and (tax_number(ln.text) or vat_number(ln.text)) for ln in lines)


def _row_label(line: TextLine, lines: Sequence[TextLine]) -> TextLine | None:
    """The label to a value cell's left on its row. Only for a value cell (the number alone): a line with
    its own label says itself what it is."""
    if len(line.text.split()) > 2:
        return None
    mid = (line.y0 + line.y1) / 2
    left = [ln for ln in lines if ln.page == line.page and ln is not line and ln.x1 <= line.x0 + 2
            and ln.y0 - 2 <= mid <= ln.y1 + 2]
    nearest = max(left, key=lambda ln: ln.x1, default=None)
    return nearest if nearest is not None and not any(ch.isdigit() for ch in nearest.text) else None


def vat_numbers_of_tax_numbers(
    lines: Sequence[TextLine], ids: dict[str, dict[str, str]], provenance: dict[str, Provenance],
) -> None:
    """A party's EU VAT number printed alone, its label not read (wrapped in a label column beside it).

    A Hungarian VAT number is "HU" and the taxpayer's 8-digit ID, the tax number's first part: a line that
    is nothing but the VAT number of a party's tax number is that party's, wherever its label is.
    """
    for role in ROLES:
        own_ids = ids[role]
        tax = own_ids.get("tax_number")
        if tax is None or "vat_number" in own_ids:
            continue
        own = f"HU{tax[:8]}"
        line = next((ln for ln in lines if len(ln.text) <= 14 and ln.page == 0  # "HU 1234 5678" at most
                     and ln.text.replace(" ", "").upper() == own), None)
        if line is not None:
            own_ids["vat_number"] = own
            provenance[f"{role}.vat_number"] = where(line, "the VAT number of the party's tax number", 0.8)


# a tax number wrapped at a hyphen: "… adószám 73764041-" over "2-02, közösségi adószám …" in a sentence,
# "Adószám: 22901143-2-" over "07" in a narrow column
_CUT_TAX = re.compile(r"\d{8}-(?:\d-?)?\s*$")
_TAX_REST = re.compile(r"^\s*(?:\d-)?\d{1,2}\b")


def _identifiers(
    line: TextLine, above: TextLine | None, after: TextLine | None, lines: Sequence[TextLine],
) -> Iterator[tuple[str, str]]:
    """The tax number on ``line``, and its EU VAT number only where the line says that is what it is,
    or is nothing but the number under its label (``above``: ``Közösségi adószám:`` over ``HU…``), or
    starts with it under a line that ends with the label (an imprint wrapped between the two), or is
    beside it on its row (``USt-IdNr. / Közösségi adószám | HU…``)."""
    tax = tax_number(line.text)
    if tax is None and _CUT_TAX.search(line.text):
        under = [ln for ln in lines if ln.page == line.page and abs(ln.x0 - line.x0) <= 3
                 and -line.height / 2 <= line.y0 - ln.y1 < line.height]  # the rest in the column, or next in order
        rest = next((ln for ln in [*under, *([after] if after else [])] if _TAX_REST.match(ln.text)), None)
        tax = tax_number(line.text.rstrip() + rest.text.strip()) if rest is not None else None
    if tax is not None:
        yield "tax_number", tax
    vat = vat_number(line.text)
    # the label's words as the text layer may break them: "Kö zö s s é g ia d ó s zá m:HU…"; or no label, the VAT
    # number beside the tax number it is made of ("22074311-2-13 / HU22074311"): the pair says what each is
    if vat is not None and (_VAT_SAYS.search(line.text.replace(" ", "")) or (tax is not None and vat == f"HU{tax[:8]}")
                            or (above is not None and _starts_under_label(line, vat) and _label_above(above, line))
                            or _VAT_SAYS.search(getattr(_row_label(line, lines), "text", ""))):
        yield "vat_number", vat


def _starts_under_label(line: TextLine, vat: str) -> bool:
    """Whether ``line`` may be a VAT number's value under its label: nothing but the number, or the number
    first, the rest of a wrapped imprint after it (``HU24588061 · 10700024-70123456-51100005``)."""
    words = line.text.split()
    return len(words) <= 2 or "".join(words[:2]).upper().startswith(vat)


def _label_above(above: TextLine, line: TextLine) -> bool:
    """Whether ``above`` is a VAT number's label right over ``line``, in its column."""
    return (abs(above.x0 - line.x0) < 3 and -2 < above.y0 - line.y1 < line.height
            and _VAT_LABEL.search(above.text) is not None)


def _nearest_party(line: TextLine, anchors: Sequence[tuple[str, TextLine]]) -> str | None:
    """The party whose label is nearest above ``line`` in its column (or on its row, to its left)."""
    best: tuple[float, str] | None = None
    for role, anchor in anchors:
        if anchor.page != line.page or anchor.y0 < line.y0 - 2:
            continue
        dx = abs(anchor.x0 - line.x0)
        if dx > 120:
            continue
        score = (anchor.y0 - line.y0) + dx * 2  # sideways counts double: a party's numbers are in its column
        if best is None or score < best[0]:
            best = (score, role)
    return best[1] if best else None

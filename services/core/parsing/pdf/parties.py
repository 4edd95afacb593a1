"""Seller and buyer: name and address under their heading, tax numbers by where they are printed.

A party block is a heading (``Szállító``, ``Vevő``…) with the name under it (or after it) and
the postal address below the name. Tax numbers are often printed away from the name, so each
belongs to the party heading nearest above it; without headings, the first is the seller's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from services.core.invoice import Address, Party, Provenance
from services.core.parsing.pdf.labels import READER, below, find_value
from services.core.parsing.pdf.lines import SHORT, TextLine
from services.core.parsing.pdf.values import tax_number, vat_number
from services.core.taxnumber import taxpayer_id

_L_SELLER = (r"^Szállító", r"^Eladó", r"^Kibocsátó", r"^Számlakibocsátó", r"^Értékesítő\s*:", r"^Seller")
_L_BUYER = (r"^Vevő", r"^Megrendelő", r"^Vásárló", r"^Buyer", r"^Customer")
_ROLES = (("seller", _L_SELLER), ("buyer", _L_BUYER))
# a line starting with one of these is another label, never a party's name or street
_LABEL_WORDS = re.compile(
    r"^(?:számla|szállító|eladó|vevő|adószám|teljesítés|kelte|fizetés|esedékesség|bankszámla|"
    r"megrendel|összesen|nettó|bruttó|áfa|cím|közösségi)", re.IGNORECASE
)
_VAT_SAYS = re.compile(r"közösségi|EU|VAT|adószám", re.IGNORECASE)


@dataclass
class _Fields:
    name: str | None = None
    address: Address | None = None
    ids: dict[str, str] = field(default_factory=dict)  # "tax_number" / "vat_number" → value


def read_parties(lines: Sequence[TextLine], provenance: dict[str, Provenance]) -> tuple[Party, Party]:
    """Seller and buyer, each field with its provenance recorded."""
    anchors = _anchors(lines)
    fields = {"seller": _Fields(), "buyer": _Fields()}
    for role, anchor in anchors:
        _read_name_and_address(role, anchor, lines, fields[role], provenance)
    _assign_identifiers(lines, anchors, fields, provenance)
    seller, buyer = _party(fields["seller"]), _party(fields["buyer"])
    for role, party in (("seller", seller), ("buyer", buyer)):
        if party.taxpayer_id and f"{role}.tax_number" in provenance:
            provenance[f"{role}.taxpayer_id"] = provenance[f"{role}.tax_number"]
    return seller, buyer


def _anchors(lines: Sequence[TextLine]) -> list[tuple[str, TextLine]]:
    """Each party's heading: the first line on page 1 that starts with one of its labels."""
    anchors: list[tuple[str, TextLine]] = []
    for role, labels in _ROLES:
        for line in lines:
            if line.page == 0 and any(re.search(lb, line.text, re.IGNORECASE) for lb in labels):
                anchors.append((role, line))
                break
    return anchors


def _read_name_and_address(
    role: str, anchor: TextLine, lines: Sequence[TextLine], into: _Fields, provenance: dict[str, Provenance]
) -> None:
    labels = _L_SELLER if role == "seller" else _L_BUYER
    # the heading goes first, so the label search starts at this party's heading and not at a
    # line elsewhere that happens to start with the same word
    found = find_value([anchor, *[ln for ln in lines if ln is not anchor]], labels, _party_name, below_first=True)
    if found is None:
        return
    into.name = found.value
    provenance[f"{role}.name"] = Provenance(READER, f"page 1: {found.label}", found.confidence - 0.1)
    under = below(found.line, lines, rows=2)
    address = _postal_address(under[0].text) if under else None
    if address is None:
        return
    street = under[1].text if len(under) > 1 and not _LABEL_WORDS.match(under[1].text) else None
    if street and not address.street and tax_number(street) is None:  # "1111 Budapest" then the street
        address = Address(address.country, address.postal_code, address.city, street)
    into.address = address
    provenance[f"{role}.address"] = Provenance(READER, "below the name", 0.6)


def _assign_identifiers(
    lines: Sequence[TextLine], anchors: list[tuple[str, TextLine]], fields: dict[str, _Fields],
    provenance: dict[str, Provenance],
) -> None:
    """Each tax / VAT number to the party heading nearest above it; the rest in order of appearance."""
    unassigned: list[tuple[str, str]] = []
    for line in lines:
        if line.page != 0:
            continue
        for kind, value in _identifiers(line):
            owner = _nearest_party(line, anchors)
            if owner is not None and kind not in fields[owner].ids:
                fields[owner].ids[kind] = value
                provenance[f"{owner}.{kind}"] = Provenance(READER, "page 1: beside the party", 0.8)
            elif owner is None:
                unassigned.append((kind, value))
    for kind, value in unassigned:
        for role in ("seller", "buyer"):
            if kind not in fields[role].ids:
                fields[role].ids[kind] = value
                provenance[f"{role}.{kind}"] = Provenance(READER, "page 1: order of appearance", 0.5)
                break


def _identifiers(line: TextLine) -> Iterator[tuple[str, str]]:
    """The tax number on ``line``, and its EU VAT number only where the line says that is what it is."""
    tax = tax_number(line.text)
    if tax is not None:
        yield "tax_number", tax
    vat = vat_number(line.text)
    if vat is not None and _VAT_SAYS.search(line.text):
        yield "vat_number", vat


def _nearest_party(line: TextLine, anchors: list[tuple[str, TextLine]]) -> str | None:
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


def _party_name(text: str) -> str | None:
    value = text.strip(" :")
    if not value or len(value) > SHORT or _LABEL_WORDS.match(value) or tax_number(value) is not None:
        return None
    if not re.search(r"[^\W\d_]", value):  # no letter at all: a number or a date, not a name
        return None
    if re.match(r"^\d{4}\s", value):  # a postcode: this is the address
        return None
    return value


def _postal_address(text: str) -> Address | None:
    m = re.match(r"^(?:(H|HU)-?)?(\d{4})\s+([^\d,]+?)(?:,\s*(.*))?$", text.strip())
    if not m:
        return None
    return Address(country="HU", postal_code=m.group(2), city=m.group(3).strip(), street=(m.group(4) or None))


def _party(fields: _Fields) -> Party:
    tax = fields.ids.get("tax_number")
    return Party(name=fields.name, tax_number=tax, taxpayer_id=taxpayer_id(tax),
                 vat_number=fields.ids.get("vat_number"), address=fields.address)

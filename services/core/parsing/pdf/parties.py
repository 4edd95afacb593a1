"""Seller and buyer: name and address under their heading, or where a layout without headings puts them.

A party block is a heading (``Szállító``, ``Eladó /Seller``, ``Vevő``…, ``party_labels``) with the
name after it on its line, under it (past an English sub-label), or in the box to its right, and
the postal address below the name. Without a heading, the seller is named in a footer sentence or
its one-line imprint, else it is the letterhead; the buyer is the block its own label names, else the
address window. Whose tax and VAT numbers are whose is ``party_ids``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from services.core.invoice import Address, Party, Provenance
from services.core.parsing.pdf.labels import Found, below, on_row, right_of, where
from services.core.parsing.pdf.letterheads import letterhead_line, letterhead_name, party_block, with_line_above
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.party_ids import assign_identifiers, vat_numbers_of_tax_numbers
from services.core.parsing.pdf.party_labels import (
    ANY_HEADING,
    COMPANY,
    FORM,
    ROLES,
    about,
    before_next_label,
    heading,
    in_table_header,
    name_before_address,
    name_label,
    party_name,
    unlabelled,
)
from services.core.parsing.pdf.segments import close_up
from services.core.parsing.pdf.values import tax_number
from services.core.parsing.pdf.wrapped_names import with_second_line
from services.core.taxnumber import taxpayer_id

# confidence of a name by where it was found: after the heading on its line, under it, to its right
_AFTER, _BELOW, _RIGHT = 0.85, 0.8, 0.7


@dataclass
class _Fields:
    name: str | None = None
    address: Address | None = None
    ids: dict[str, str] = field(default_factory=dict)  # "tax_number" / "vat_number" → value


@dataclass(frozen=True)
class _Anchor:
    role: str
    line: TextLine
    label: str  # the heading as printed: "Eladó /Seller"
    rest: str  # what follows it on its line


def read_parties(lines: Sequence[TextLine], provenance: dict[str, Provenance]) -> tuple[Party, Party]:
    """Seller and buyer, each field with its provenance recorded."""
    lines = close_up(lines, ANY_HEADING)  # "Ügyf é l": a heading the text layer broke inside its word
    anchors = _anchors(lines)
    fields = {"seller": _Fields(), "buyer": _Fields()}
    for anchor in anchors:
        _read_name_and_address(anchor, lines, fields[anchor.role], provenance)
    by_role = {a.role: a for a in anchors}
    for anchor in anchors:
        # a heading whose block gave no name (a layout no rule knows yet): where a layout without headings puts it
        fallback = _unheaded(lines, anchor.role, by_role) if fields[anchor.role].name is None else None
        other = fields["buyer" if anchor.role == "seller" else "seller"].name
        if fallback is not None and fallback.rest.strip() != other:
            _read_name_and_address(fallback, lines, fields[anchor.role], provenance)
    ids = {role: f.ids for role, f in fields.items()}
    assign_identifiers(lines, [(a.role, a.line) for a in anchors],
                       {role: f.name for role, f in fields.items() if f.name}, ids, provenance)
    vat_numbers_of_tax_numbers(lines, ids, provenance)
    seller, buyer = _party(fields["seller"]), _party(fields["buyer"])
    for role, party in (("seller", seller), ("buyer", buyer)):
        if party.taxpayer_id and f"{role}.tax_number" in provenance:
            provenance[f"{role}.taxpayer_id"] = provenance[f"{role}.tax_number"]
    return seller, buyer


def _anchors(lines: Sequence[TextLine]) -> list[_Anchor]:
    """Each party's heading: its role's topmost heading on page 1 that is not a column header.

    A page 1 without any (a bill's cover letter) hands over to the first later page with a heading
    that stands alone on its line: on later pages a role word starting a sentence of the terms
    (``Vevő köteles…``) is more likely than a heading with the name after it.
    """
    anchors: dict[str, _Anchor] = {}
    for line in sorted(lines, key=lambda ln: (ln.page, -ln.y1, ln.x0)):
        if line.page > 0 and anchors and line.page > min(a.line.page for a in anchors.values()):
            break
        found = heading(line)
        if found is None or found[0] in anchors or in_table_header(line, lines) or (line.page > 0 and found[2]):
            continue
        anchors[found[0]] = _Anchor(found[0], line, found[1], found[2])
    for role in ROLES:
        unheaded = anchors.get(role) or _unheaded(lines, role, anchors)
        if unheaded is not None:
            anchors[role] = unheaded
    return [anchors[role] for role in ROLES if role in anchors]


def _unheaded(lines: Sequence[TextLine], role: str, anchors: dict[str, _Anchor]) -> _Anchor | None:
    """Where a layout without ``role``'s heading names it: the seller in a sentence, an imprint or the letterhead;
    the buyer in a block its own label names, else the address window."""
    if role == "seller":
        stated = _stated_seller(lines)
        if stated is not None:
            return _Anchor("seller", stated[0], _STATED, stated[1])
        buyer = anchors.get("buyer")
        letterhead = letterhead_line(lines, buyer.line if buyer is not None else None)
        if letterhead is None:
            # a bill whose first pages are its subscriber's details (a call list) names its issuer only in the
            # imprint on a later page: "Szolgáltató: Hírvonal Nyrt., 1097 Budapest, …, adószám …"
            stated = _stated_seller(lines, later=True)
            return _Anchor("seller", stated[0], _STATED, stated[1]) if stated else None
        return _Anchor("seller", letterhead, "letterhead", with_line_above(
            letterhead, letterhead_name(letterhead.text), lines))
    block = _block_of_label(lines, "buyer")
    if block is not None:
        return _Anchor("buyer", block, "block with a label naming the buyer", block.text)
    window = _address_window(lines, anchors["seller"]) if "seller" in anchors else None
    return _Anchor("buyer", window, "address window", window.text) if window is not None else None


_STATED = "seller named in a sentence"  # the label of a seller a sentence or the company's one-line imprint names

# an address line starting with its postcode, a foreign one too: "1139 Budapest", "831 04 Bratislava", "A-4020 Linz"
_POSTCODE = re.compile(r"^\s*(?:[A-Z]{1,2}-?)?\d{3,5}(?: \d{2})?\s+[^\W\d_]")


# a footer or a note naming the seller: "Szolgáltató: Alföldi Áramszolgáltató Nyrt., 6720 Szeged, …"
_STATED_SELLER = re.compile(r"\b(?:Szolgáltató|Eladó|Szállító|Kibocsátó|Számlakibocsátó|Kereskedő)\s*:\s*"
                            r"([^\W\d_][^,:;]{2,80}?)\s*,")


_IMPRINT_ROLE = re.compile(r"^\s*(?:Üzemeltető|Szolgáltató|Kibocsátó|Forgalmazó)\s*:\s*")


def _stated_seller(lines: Sequence[TextLine], *, later: bool = False) -> tuple[TextLine, str] | None:
    """The seller's name as a line too long to be a heading states it, the name ending with its form; or as
    the company's imprint prints it, its name, address and tax number in one line (a footer, a letterhead).

    On page 1, else (``later``, once page 1 has no letterhead either) on the pages after it."""
    for line in lines:
        if (line.page > 0) != later:
            if later:
                continue
            break
        m = _STATED_SELLER.search(line.text) if len(line.text) > 40 else None
        if m is not None and COMPANY.search(m.group(1)) and party_name(m.group(1)) == m.group(1):
            return line, m.group(1)
        parts = line.text.split(" · ")
        # a company's own imprint: "Kapocs Zrt. · 1097 Budapest, Könyves Kálmán krt. 36. · Adószám: 13774202-2-44";
        # a hotel's or a shop's names the company behind its brand by its role: "Üzemeltető: Tech Kft. · 8230 …"
        name = _IMPRINT_ROLE.sub("", parts[0]).strip()
        if (len(parts) >= 3 and FORM.search(name) and party_name(name) == name
                and _POSTCODE.match(parts[1]) and tax_number(line.text) is not None):
            return line, name
    return None


def _block_of_label(lines: Sequence[TextLine], role: str) -> TextLine | None:
    """The name of a block printed with no heading, whose own label names its party: a name, its postal
    address under it, and lower in the same column ``Vevő adószáma: …`` (the block is the buyer's)."""
    page = [ln for ln in lines if ln.page == 0]
    for label in page:
        if about(label) != role or heading(label) is not None:
            continue
        above = sorted((ln for ln in page if abs(ln.x0 - label.x0) < 3 and ln.y0 > label.y0 + label.height / 2
                        and ln.y0 - label.y0 < 4 * label.height * 1.6), key=lambda ln: ln.y0)
        for name, under in zip(above[1:], above, strict=False):
            if ":" not in name.text and party_name(name.text) == name.text.strip() and _POSTCODE.match(under.text):
                return name
    return None


def _address_window(lines: Sequence[TextLine], seller: _Anchor) -> TextLine | None:
    """The buyer printed with no heading, as a bill posted to them prints it: the topmost name on page 1
    with a postal address right under it, outside the seller's block and not the seller's own name."""
    found = _name(seller, lines)
    seller_name = found.value if found else None
    # under a heading, the seller's block is its column; a letterhead's, its lines down to a blank row (a German
    # letter's sender line, printing its address on its own line, is the whole block); a company's one-line
    # imprint ("Duna Kft. · 1097 Budapest, … · adószám: …") is a block in itself: a letter prints its addressee's
    # name and address right under it, in the same column
    headed = seller.label != "letterhead" and not (seller.label == _STATED and tax_number(seller.line.text))
    alone = letterhead_name(seller.line.text) == seller.line.text.strip()
    page = [ln for ln in lines if ln.page == 0]
    # an envelope's window is in the sheet's upper half: a name over an address lower down is a footer's or the terms'
    half = (max(ln.y1 for ln in page) + min(ln.y0 for ln in page)) / 2 if page else 0.0
    own = party_block(seller.line, lines) if not headed and alone else [seller.line]
    for line in sorted((ln for ln in page if ln.y1 >= half), key=lambda ln: (-ln.y1, ln.x0)):
        if any(line is ln for ln in own) or (  # (a seller named on a later page has no block on this one)
                headed and seller.line.page == line.page and line.y1 <= seller.line.y1 + 2
                and abs(line.x0 - seller.line.x0) < 120):
            continue
        if (":" in line.text or party_name(line.text) != line.text.strip() or line.text.strip() == seller_name
                or _ATTENTION.match(line.text)):
            continue
        # the postcode right under the name (its tail, if it wraps), or under its street as a German address prints it
        tail = line if any(ch.isdigit() for ch in line.text) else (
            with_second_line(Found(line.text.strip(), line, 0.0, ""), lines).line)
        under = [ln for ln in below(tail, lines, rows=4) if not _ATTENTION.match(ln.text)][:3]
        while (len(under) > 1 and any(ch.isdigit() for ch in under[0].text) and not _POSTCODE.match(under[0].text)
               and len(under[0].text) <= 40):
            under = under[1:]  # the street with its number, a customer's ID: the postcode comes after
        if (under and _POSTCODE.match(under[0].text) and heading(line) is None
                and not _sender_line(line, page, seller_name)):
            return line
    return None


def _sender_line(line: TextLine, page: Sequence[TextLine], seller_name: str | None) -> bool:
    """Whether ``line`` is the tail of the envelope's sender line: the seller's return address printed over the
    window, its name first, cut inside its address (after the postcode or a comma) and wrapped onto a second line
    right under it in its own type ("Kárpát GmbH · Industriestraße 14, 78048" over "Villingen, Deutschland").
    The recipient's name may stand right under a sender line that ends with its town: that is no tail."""
    return seller_name is not None and any(
        abs(ln.x0 - line.x0) <= 3 and -line.height * 0.5 < ln.y0 - line.y1 < line.height * 0.5
        and abs(ln.height - line.height) < max(1.0, line.height * 0.2) and ln.text.startswith(seller_name)
        and _CUT_ADDRESS.search(ln.text) is not None for ln in page if ln is not line)


# a line ending with a comma or a postcode goes on: its address is cut before the town (a house number, "14",
# may end a sender line that prints no town)
_CUT_ADDRESS = re.compile(r"(?:,|\b\d{4,5})\s*$")


# a letter's "for the attention of" line between the name and the street: "z. Hd. Buchhaltung", "Attn: …", "c/o …"
_ATTENTION = re.compile(r"^\s*(?:z\.\s?Hd\.?|zu\s+Händen|Attn\.?|Attention|c/o|Figyelmébe)\b", re.IGNORECASE)




def _name(anchor: _Anchor, lines: Sequence[TextLine]) -> Found[str] | None:
    """The name after the heading, else the first name-like line under it, else the one to its right."""
    if anchor.rest:
        return Found(anchor.rest, anchor.line, _AFTER, anchor.label)
    head = anchor.line
    # in the heading's column: a long name of the block beside it may run up to it, but never across it
    column = [ln for ln in below(head, lines, rows=3) if ln.x1 > head.x0 and ln.x0 < head.x1]
    # a label column (the name is beside its heading), or a heading whose colon points at the cell after it, or
    # one over more labels of its party with their values beside them ("Ügyfél" over "Ügyfél címe | 2100 Gödöllő…")
    if (not column or head.y0 - column[0].y1 > head.height or head.text.rstrip().endswith(":")
            or (about(column[0]) == anchor.role and right_of(column[0], lines))):
        on_row = _beside(anchor, lines)
        if on_row is not None:
            return on_row
    for line in column[:3]:
        if in_table_header(line, lines):
            break  # the item table: this block prints no name
        # NAV's számlakép: "Név" (or "Eladó neve") in the label column, the name in the value column
        own_label = name_label(line.text) or _own_name_label(line, anchor.role)
        if heading(line) is not None and not own_label:
            break  # the next block's heading: this block prints no name
        if own_label:
            beside = right_of(line, lines)[:1]
            name = party_name(before_next_label(beside[0].text)) if beside else None
            if name is not None:
                return Found(name, beside[0], _RIGHT, anchor.label)
            wrapped = _wrapped_stem_name(beside[0], beside[0].text, lines, anchor.label, _RIGHT) if beside else None
            if wrapped is not None:
                return wrapped
            continue
        # the name alone, or before its address and numbers on one line ("Borsodi Kft. | 3700 Kazincbarcika | …")
        name = party_name(unlabelled(line.text)) or party_name(name_before_address(unlabelled(line.text)))
        if name is not None:
            return Found(name, line, _BELOW, anchor.label)
        wrapped = _wrapped_stem_name(line, unlabelled(line.text), lines, anchor.label, _BELOW)
        if wrapped is not None:
            return wrapped
    return _beside(anchor, lines)


def _beside(anchor: _Anchor, lines: Sequence[TextLine]) -> Found[str] | None:
    """The name to the heading's right on its row, else atop the block its row is in."""
    row = right_of(anchor.line, lines)
    for line in sorted((ln for ln in row if ln.x0 - row[0].x0 < 2), key=lambda ln: -ln.y1)[:1]:
        # the name alone, or before its address: "Aranykalász Pékség Kft., 6000 Kecskemét, Szolnoki út 41."
        name = party_name(name_before_address(line.text)) or party_name(line.text)
        if heading(line) is not None or not (line.x0 - anchor.line.x1 < 200 or _flush_right(line, lines)):
            return None
        if name is not None and ":" not in name:  # "Páciens azonosító: 2024/1183" is the next column's label
            return Found(name, line, _RIGHT, anchor.label)
        top = _top_of_block(line, lines)
        if top is not None:
            return Found(top.text.strip(), top, _RIGHT, anchor.label)
    return _tagged(anchor, lines) if not row else None


def _tagged(anchor: _Anchor, lines: Sequence[TextLine]) -> Found[str] | None:
    """A heading set at the row's far right as the block's tag ("VEVŐ" right of "Medicor Kft."): the name is the
    line to its left on its row, the block's first."""
    row = sorted((ln for ln in on_row(anchor.line, lines) if ln.x1 <= anchor.line.x0 + 2), key=lambda ln: -ln.x1)
    name = party_name(row[0].text) if row and heading(row[0]) is None else None
    return Found(name, row[0], _RIGHT, anchor.label) if name is not None and ":" not in name else None


def _top_of_block(line: TextLine, lines: Sequence[TextLine]) -> TextLine | None:
    """The name heading the block ``line`` is in: a label column may set its heading at the middle of the
    block beside it ("Szolgáltató" level with the tax number), so the name is up the value column, each line
    close over the next (a wider gap ends the block: the one above is the other party's)."""
    column = sorted((ln for ln in lines if ln.page == line.page and abs(ln.x0 - line.x0) < 2 and ln.y0 > line.y1 - 2),
                    key=lambda ln: ln.y0)
    current = line
    for up in column[:5]:
        if up.y0 - current.y1 > current.height * 0.25 or heading(up) is not None:
            return None
        if ":" not in up.text and party_name(up.text) == up.text.strip():
            return up
        current = up
    return None


def _flush_right(line: TextLine, lines: Sequence[TextLine]) -> bool:
    """``line`` ends where the line under it ends: a receipt's value column, set flush right far from its labels."""
    under = below(line, lines, rows=1)
    return bool(under) and abs(under[0].x1 - line.x1) < 1.5


_NAME_WORD = re.compile(r"\b(?:neve|name)\s*:?\s*$", re.IGNORECASE)


def _own_name_label(line: TextLine, role: str) -> bool:
    """``Eladó neve`` alone under the ``Eladó adatai`` heading: the label of the name beside it, not a new block."""
    found = heading(line)
    return found is not None and found[0] == role and not found[2] and _NAME_WORD.search(line.text) is not None


def _wrapped_stem_name(
    line: TextLine, text: str, lines: Sequence[TextLine], label: str, confidence: float,
) -> Found[str] | None:
    """A name whose first word starts with a label's word (``Számlatár Minta``), wrapped before its form.

    Alone, such a first line reads as a label (``party_label``); joined with the rest of the name under
    it (``Kereskedelmi Kft.``), it is a company's name ending with its form, and is taken whole.
    """
    joined = with_second_line(Found(text.strip(), line, confidence, label), lines)
    if joined.value == text.strip() or party_name(joined.value) != joined.value:
        return None
    return joined


def _read_name_and_address(
    anchor: _Anchor, lines: Sequence[TextLine], into: _Fields, provenance: dict[str, Provenance]
) -> None:
    role = anchor.role
    found = _name(anchor, lines)
    if found is None:
        return
    found = with_second_line(found, lines)
    into.name = found.value
    provenance[f"{role}.name"] = found.provenance()
    under = below(found.line, lines, rows=2)
    address = _postal_address(under[0].text) if under else None
    if address is None:
        return
    street = under[1].text if len(under) > 1 and party_name(under[1].text) is not None else None
    if street and not address.street and tax_number(street) is None:  # "1111 Budapest" then the street
        address = Address(address.country, address.postal_code, address.city, street)
    into.address = address
    provenance[f"{role}.address"] = where(under[0], f"below the {role}'s name", 0.6)


def _postal_address(text: str) -> Address | None:
    m = re.match(r"^(?:(H|HU)-?)?(\d{4})\s+([^\d,]+?)(?:,\s*(.*))?$", text.strip())
    if not m:
        return None
    return Address(country="HU", postal_code=m.group(2), city=m.group(3).strip(), street=(m.group(4) or None))


def _party(fields: _Fields) -> Party:
    tax = fields.ids.get("tax_number")
    return Party(name=fields.name, tax_number=tax, taxpayer_id=taxpayer_id(tax),
                 vat_number=fields.ids.get("vat_number"), address=fields.address)

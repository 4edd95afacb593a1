"""Invoices that differ the way real Hungarian invoices differ from one another, drawn with reportlab.

The other golden layouts imitate one issuer each, with the wording that issuer prints. Real
invoices vary along axes those do not: the label of each field (``Számla kelte`` / ``Kiállítás
dátuma`` / ``Kibocsátás dátuma``…), the form of a date (``2025.10.15.``, ``2025. okt. 15.``), the
form of an amount (space, dot, no-break or thin-space thousands, a decimal comma, ``Ft`` / ``HUF``
before or after, ``,-``), where a value sits (after its label, in a column to its right, under it
in a box), how a party block is headed (``Eladó``, ``Szállító adatai``, a letterhead with no
heading, ``Név:`` lines), the VAT summary (one or several rates, with or without its
``Összesen`` row), the currency (EUR with its exchange rate and forint VAT) and the kind
(advance, final, modification, storno, cash accounting, collective). Each document draws its
choices from its own seed, so the set is the same on every run; the data is made up.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.golden.traps import Op, write_traps

COUNT = 60
STYLES = ("boxes", "labelled", "columns", "szamlakep", "letterhead", "utility")
_MONTHS = ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december")
_MON = ("jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec.")
DATE_FORMS = ("{y}.{m:02}.{d:02}", "{y}.{m:02}.{d:02}.", "{y}. {m:02}. {d:02}.", "{y}-{m:02}-{d:02}",
              "{y}. {month} {d}.", "{y}. {mon} {d}.", "{d:02}.{m:02}.{y}")
NUMBER_LABELS = ("Számla sorszáma", "Számlaszám", "Sorszám", "Számla száma", "Bizonylatszám", "Számla azonosító",
                 "Számla sorszám")
ISSUE_LABELS = ("Számla kelte", "Kiállítás dátuma", "Kibocsátás dátuma", "Kelte", "Kiállítás kelte",
                "Számla kiállításának dátuma", "Kibocsátás kelte", "Kiállítás napja", "Számla dátuma")
FULFIL_LABELS = ("Teljesítés dátuma", "Teljesítés időpontja", "Teljesítés kelte", "Teljesítés napja",
                 "Teljesítési dátum", "Teljesítés ideje")
DUE_LABELS = ("Fizetési határidő", "Esedékesség", "Fizetés határideje", "Esedékesség dátuma", "Fiz. határidő",
              "Befizetési határidő", "Fizetési határnap")
NET_LABELS = ("Nettó összesen", "Nettó érték összesen", "Összesen nettó", "Nettó összeg", "Nettó érték",
              "Adóalap összesen", "Összes nettó")
VAT_LABELS = ("ÁFA összesen", "Áfa összesen", "ÁFA összeg", "Összesen ÁFA", "ÁFA érték összesen", "Áfa értéke",
              "Felszámított ÁFA")
GROSS_LABELS = ("Fizetendő összeg", "Bruttó összesen", "Végösszeg", "Fizetendő végösszeg", "Mindösszesen",
                "Számla végösszege", "Bruttó végösszeg", "Fizetendő", "Összesen fizetendő", "Bruttó érték összesen")
SELLER_HEADINGS = ("Eladó", "Szállító", "Kibocsátó", "Számlakibocsátó", "Eladó adatai", "Szállító adatai",
                   "Értékesítő:", "Eladó / Seller")
BUYER_HEADINGS = ("Vevő", "Megrendelő", "Vásárló", "Vevő adatai", "Vevő (megrendelő)", "Ügyfél", "Vevő / Buyer")
TAX_LABELS = ("Adószám", "Adószáma", "Adószám (HU)", "Adóazonosító szám")
EU_LABELS = ("Közösségi adószám", "EU adószám", "Közösségi adószáma")
RATE_LINES = ("Árfolyam: 1 EUR = {r} HUF", "MNB árfolyam: {r} Ft/EUR", "Alkalmazott árfolyam (MNB): 1 EUR = {r} Ft",
              "Átváltási árfolyam: {r} HUF/EUR")
HUF_VAT_LINES = ("ÁFA összesen forintban: {v} Ft", "Áfa HUF-ban: {v}", "ebből ÁFA (HUF): {v}",
                 "Fizetendő összeg forintban: {g} Ft, ebből ÁFA: {v} Ft")
TITLES = {
    "normal": ("SZÁMLA", "Számla", "Számla / Invoice", "SZÁMLA Eredeti példány"),
    "cash_accounting": ("SZÁMLA",), "collective": ("GYŰJTŐSZÁMLA", "Gyűjtőszámla"),
    "advance": ("ELŐLEGSZÁMLA", "Előleg számla", "Előlegszámla / Advance invoice", "ELŐLEG SZÁMLA"),
    "final": ("VÉGSZÁMLA", "Végszámla", "VÉGSZÁMLA / Final invoice"),
    "correction": ("HELYESBÍTŐ SZÁMLA", "MÓDOSÍTÓ SZÁMLA", "Módosító számla",
                   "SZÁMLÁVAL EGY TEKINTET ALÁ ESŐ OKIRAT"),
    "storno": ("SZTORNÓ SZÁMLA", "ÉRVÉNYTELENÍTŐ SZÁMLA", "Sztornó számla", "STORNÓ SZÁMLA"),
}
KINDS = ("normal", "normal", "advance", "final", "correction", "storno", "cash_accounting", "collective")
_NAME_PARTS = (("Duna", "Tisza", "Kőrös", "Mecsek", "Bakony", "Hegyalja", "Pannon", "Zala", "Rába", "Mátra",
                "Ipoly", "Vértes", "Somló", "Alföld", "Balaton", "Kékes"),
               ("Papír", "Építő", "Informatikai", "Gépészeti", "Kereskedelmi", "Logisztikai", "Nyomda", "Faipari",
                "Élelmiszer", "Szerviz", "Tanácsadó", "Energia"),
               ("Kft.", "Zrt.", "Bt.", "Nyrt.", "Korlátolt Felelősségű Társaság", "Kft"))
_STREETS = ("Fő utca 12.", "Kossuth Lajos u. 4.", "Petőfi tér 3/B.", "Ipari park 7.", "Váci út 144-150.",
            "Rákóczi út 21. II/4.")
_CITIES = (("1134", "Budapest"), ("6720", "Szeged"), ("4025", "Debrecen"), ("9021", "Győr"), ("7621", "Pécs"),
           ("8200", "Veszprém"), ("3300", "Eger"), ("2800", "Tatabánya"))
_ITEMS = ("Tanácsadási díj", "Irodaszer csomag", "Szoftver licenc", "Szállítási díj", "Karbantartás",
          "Nyomtatvány", "Könyv", "Alapanyag")


@dataclass(frozen=True)
class Party:
    name: str
    postcode: str
    city: str
    street: str
    tax: str | None  # Hungarian tax number
    vat: str | None  # EU VAT number


@dataclass(frozen=True)
class Deal:
    """The facts one invoice states, whatever it looks like."""

    number: str
    kind: str  # a key of TITLES
    issue: date
    fulfil: date
    due: date
    currency: str
    rows: tuple[tuple[str, int, Decimal], ...]  # (item, VAT rate in % or -1 for exempt, net)
    seller: Party
    buyer: Party
    preceding: str | None
    eu_supply: bool


@dataclass(frozen=True)
class Look:
    """How one issuer prints: each axis drawn from the seed."""

    style: str
    date_form: str
    sep: str  # thousands separator
    unit_before: bool
    huf_unit: str  # "Ft", "HUF" or "" (no unit)
    dash: bool  # "12 000,-"
    labels: dict[str, str]
    title: str
    print_fulfil: bool
    summary_total_row: bool
    upper: bool  # labels in capitals: "SZÁMLA KELTE"
    english: bool  # bilingual labels: "Számla kelte / Date of issue"
    leaders: bool  # "Számla kelte ........ 2025.10.15" instead of a colon
    swapped: bool  # the buyer's block on the left (the envelope window), the seller's on the right
    rate_second: bool  # VAT summary columns: net, rate, VAT, gross
    items_total: bool  # an "Összesen" row under the item table
    with_time: bool  # the issue date with the time of issue
    euro_sign: bool
    extras: bool  # phone, e-mail, registry number and bank account lines in the party blocks
    one_line: bool  # the dates drawn as one string: "Kelt: … Teljesítés: … Határidő: …"
    wrap: bool  # a box's label on two lines ("Teljesítés" over "dátuma:"), with its colon
    title_number: bool  # the number drawn with the title as one string: "SZÁMLA   Sorszám: 2025/00123"


def _money(value: Decimal, look: Look, currency: str, *, unit: bool = True) -> str:
    decimals = currency != "HUF" or (look.sep == "." and not look.dash)
    q = value.quantize(Decimal("0.01") if decimals else Decimal(1), ROUND_HALF_UP)
    sign, digits = ("-" if q < 0 else ""), f"{abs(q):.2f}" if decimals else f"{abs(q):.0f}"
    whole, _, cents = digits.partition(".")
    groups = [whole[max(0, i - 3):i] for i in range(len(whole), 0, -3)][::-1]
    text = sign + look.sep.join(groups) + ("," + cents if cents else "") + (",-" if look.dash and not cents else "")
    word = look.huf_unit and (look.huf_unit if currency == "HUF" else "€" if look.euro_sign else "EUR")
    if not unit or not word:
        return text
    return f"{word} {text}" if look.unit_before else f"{text} {word}"


def _date(d: date, look: Look, *, time: bool = False) -> str:
    text = look.date_form.format(y=d.year, m=d.month, d=d.day, month=_MONTHS[d.month - 1], mon=_MON[d.month - 1])
    return f"{text} 10:32" if time and look.with_time else text


ENGLISH = {"number": "Invoice number", "issue": "Date of issue", "fulfil": "Date of supply", "due": "Due date",
           "net": "Net total", "vat": "VAT total", "gross": "Total payable", "payment": "Payment method",
           "currency": "Currency"}


def _label(look: Look, key: str, *, sub_line: bool = False) -> str:
    """The printed label of ``key``: in capitals, and with its English twin after a slash, as the look says."""
    text = look.labels.get(key) or {"payment": "Fizetési mód", "currency": "Pénznem"}[key]
    text = text.upper() if look.upper else text
    return f"{text} / {ENGLISH[key]}" if look.english and not sub_line else text


def _party(rng: random.Random, foreign: bool = False, private: bool = False) -> Party:
    parts = [rng.choice(p) for p in _NAME_PARTS]
    if private:  # a private person: no tax number
        code, city = rng.choice(_CITIES)
        return Party(rng.choice(("Nagy Péter", "Kovács Anna", "dr. Szabó Éva", "Tóth-Kiss Gábor")), code, city,
                     rng.choice(_STREETS), None, None)
    if foreign:
        return Party(f"{parts[0]}land Handels GmbH", "A-1010", "Wien", "Ring 5.", None,
                     f"ATU{rng.randrange(10**7, 10**8)}")
    code, city = rng.choice(_CITIES)
    tax = f"{rng.randrange(10**7, 10**8)}-{rng.choice('2234')}-{rng.randrange(2, 44):02}"
    return Party(" ".join(parts), code, city, rng.choice(_STREETS), tax, None)


def _rows(rng: random.Random, currency: str, eu_supply: bool) -> tuple[tuple[str, int, Decimal], ...]:
    rates = [-1] if eu_supply else rng.choice(([27], [27], [27, 5], [27, 18, 5], [5], [27, -1]))
    step = Decimal("0.5") if currency == "EUR" else Decimal(100)
    return tuple((rng.choice(_ITEMS), rate, step * rng.randrange(20, 20000)) for rate in rates)


def _vat(net: Decimal, rate: int, currency: str) -> Decimal:
    exact = net * max(rate, 0) / 100
    return exact.quantize(Decimal("0.01") if currency == "EUR" else Decimal(1), ROUND_HALF_UP)


def make_deal(seed: int) -> Deal:
    rng = random.Random(seed)
    kind = KINDS[seed % len(KINDS)]
    eu_supply = seed % 12 == 5
    currency = "EUR" if eu_supply or seed % 7 == 3 else "HUF"
    issue = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 360))
    fulfil = issue - timedelta(days=rng.choice((0, 0, 1, 3, 9)))
    due = issue + timedelta(days=rng.choice((0, 8, 15, 30)))
    prefix = rng.choice(("E-ABC-2025-", "2025/", "SZ-", "INV", "ABC-2025/", "K"))
    number = f"{prefix}{rng.randrange(1, 99999):05}"
    preceding = f"{prefix}{rng.randrange(1, 99999):05}" if kind in ("correction", "storno", "final") else None
    rows = _rows(rng, currency, eu_supply)
    if kind == "storno":
        rows = tuple((item, rate, -net) for item, rate, net in rows)
    buyer = _party(rng, foreign=eu_supply, private=seed % 5 == 2 and not eu_supply)
    return Deal(number, kind, issue, fulfil, due, currency, rows, _party(rng), buyer, preceding, eu_supply)


def make_look(seed: int, deal: Deal) -> Look:
    rng = random.Random(seed * 7919 + 1)
    style = STYLES[seed % len(STYLES)]
    sep = rng.choice((" ", " ", ".", "\u00a0", "\u202f", "\u2009"))
    labels = {"number": rng.choice(NUMBER_LABELS), "issue": rng.choice(ISSUE_LABELS),
              "fulfil": rng.choice(FULFIL_LABELS), "due": rng.choice(DUE_LABELS), "net": rng.choice(NET_LABELS),
              "vat": rng.choice(VAT_LABELS), "gross": rng.choice(GROSS_LABELS),
              "seller": rng.choice(SELLER_HEADINGS), "buyer": rng.choice(BUYER_HEADINGS),
              "tax": rng.choice(TAX_LABELS), "eu": rng.choice(EU_LABELS)}
    return Look(style, rng.choice(DATE_FORMS), sep, rng.random() < 0.25, rng.choice(("Ft", "Ft", "HUF", "")),
                rng.random() < 0.15, labels, rng.choice(TITLES[deal.kind]),
                deal.kind == "collective" or deal.fulfil != deal.issue or rng.random() < 0.8, rng.random() < 0.6,
                *(rng.random() < share for share in (0.2, 0.25, 0.15, 0.3, 0.3, 0.3, 0.15, 0.5, 0.5, 0.25, 0.4, 0.25)))


def totals(deal: Deal) -> tuple[Decimal, Decimal, Decimal]:
    net = sum((n for _, _, n in deal.rows), Decimal(0))
    vat = sum((_vat(n, r, deal.currency) for _, r, n in deal.rows), Decimal(0))
    if deal.kind == "final":  # the advance, paid earlier, is deducted: half of the first row
        _, rate, first = deal.rows[0]
        net, vat = net - first / 2, vat - _vat(first / 2, rate, deal.currency)
    return net, vat, net + vat


def _exempt(deal: Deal) -> str:
    return "KBAET" if deal.eu_supply else "TAM"


def _rate(rate: int, deal: Deal) -> str:
    return _exempt(deal) if rate < 0 else f"{rate}%"


def _item_rows(deal: Deal, look: Look) -> list[list[str]]:
    cur = deal.currency
    rows = [[item, "1 db", _money(net, look, cur, unit=False), _money(net, look, cur, unit=False), _rate(rate, deal),
             _money(_vat(net, rate, cur), look, cur, unit=False),
             _money(net + _vat(net, rate, cur), look, cur, unit=False)] for item, rate, net in deal.rows]
    if deal.kind == "final":
        _, rate, first = deal.rows[0]
        half, vat = -first / 2, -_vat(first / 2, rate, cur)
        rows.append([f"Előleg levonás ({deal.preceding})", "1 db", _money(half, look, cur, unit=False),
                     _money(half, look, cur, unit=False), _rate(rate, deal), _money(vat, look, cur, unit=False),
                     _money(half + vat, look, cur, unit=False)])
    if deal.kind == "collective":  # each delivery with its own date, the last of them the invoice's
        for i, row in enumerate(rows):
            row[1] = _date(deal.fulfil - timedelta(days=7 * (len(rows) - 1 - i)), look)
    if look.items_total:
        net, vat, gross = (_money(v, look, cur, unit=False) for v in totals(deal))
        rows.append(["Összesen", "", "", net, "", vat, gross])
    return rows


def _table(y: float, heads: tuple[str, ...], xs: tuple[float, ...], rows: list[list[str]], size: int = 8) -> list[Op]:
    ops: list[Op] = [(x, y, h, size) for h, x in zip(heads, xs, strict=True)]
    for i, row in enumerate(rows):
        ops += [(x, y - 13 * (i + 1), cell, size) for x, cell in zip(xs, row, strict=True)]
    return ops


def _items(deal: Deal, look: Look, y: float) -> list[Op]:
    second = "Teljesítés" if deal.kind == "collective" else "Menny."
    heads = ("Megnevezés", second, "Nettó egységár", "Nettó ár", "ÁFA kulcs", "ÁFA érték", "Bruttó ár")
    return _table(y, heads, (40, 150, 215, 290, 355, 410, 480), _item_rows(deal, look))


def _summary(deal: Deal, look: Look, y: float, total_row: bool) -> list[Op]:
    by_rate: dict[int, Decimal] = {}
    for _, rate, net in deal.rows:
        by_rate[rate] = by_rate.get(rate, Decimal(0)) + net
    cur, rows = deal.currency, []
    for rate, net in by_rate.items():
        vat = _vat(net, rate, cur)
        rows.append([_rate(rate, deal), _money(net, look, cur), _money(vat, look, cur), _money(net + vat, look, cur)])
    if total_row:
        rows.append(["Összesen", *(_money(v, look, cur) for v in totals(deal))])
    heads = ["ÁFA kulcs", "Nettó érték", "ÁFA érték", "Bruttó érték"]
    if look.rate_second:  # "Nettó | ÁFA % | ÁFA | Bruttó": the rate (or the "Összesen" label) in the second column
        heads, rows = [heads[1], heads[0], *heads[2:]], [[r[1], r[0], *r[2:]] for r in rows]
    return [(40, y + 14, "ÁFA összesítő", 9), *_table(y, tuple(heads), (40, 160, 280, 400), rows, 9)]


def _fields(deal: Deal, look: Look) -> list[tuple[str, str]]:
    """(field key, printed value) of the header fields, in the order the issuer prints them."""
    out = [] if _numbered_title(look) else [("number", deal.number)]
    out.append(("issue", _date(deal.issue, look, time=True)))
    if look.print_fulfil:
        out.append(("fulfil", _date(deal.fulfil, look)))
    out += [("due", _date(deal.due, look)), ("payment", "Átutalás" if deal.due != deal.issue else "Készpénz")]
    if deal.currency != "HUF" and (deal.issue.day % 2 == 0 or not look.huf_unit):  # else only beside amounts
        out.append(("currency", deal.currency))
    return out


def _numbered_title(look: Look) -> bool:
    return look.title_number and look.style != "szamlakep"  # NAV's invoice image's title is its own


def _title(deal: Deal, look: Look, x: float, y: float, size: int, suffix: str = "") -> Op:
    """The title, and the number after it in the same string where the look says so."""
    if not _numbered_title(look):
        return (x, y, look.title + suffix, size)
    return (40, y, f"{look.title}{suffix}   {_label(look, 'number')}: {deal.number}", 9)


def _place(fields: list[tuple[str, str]], look: Look, how: str, x: float, y: float) -> list[Op]:
    """Labels and values: ``inline`` (label: value), ``columns`` (value to the right), ``boxes`` (value under)."""
    ops: list[Op] = []
    if look.one_line and how == "inline" and not look.english:  # the dates drawn as one string
        dates = [(k, v) for k, v in fields if k in ("issue", "fulfil", "due")]
        joined = "   ".join(f"{_label(look, key)}: {value}" for key, value in dates)
        rest = [(k, v) for k, v in fields if k not in ("issue", "fulfil", "due")]
        return [(x, y, joined, 6)] + [(x, y - 15 * (i + 1), f"{_label(look, k)}: {v}", 9) for i, (k, v) in
                                      enumerate(rest)]
    for i, (key, value) in enumerate(fields):
        if how == "boxes":
            bx, by = x + 135 * (i % 4), y - 40 * (i // 4)
            label = _label(look, key, sub_line=True)
            if look.wrap and " " in label:
                first, rest = label.split(" ", 1)
                ops.append((bx, by + 9, first, 8))
                label = f"{rest}:"
            ops.append((bx, by, label, 8))
            ops += [(bx, by - 8, f"/{ENGLISH[key]}", 6)] if look.english else []
            ops.append((bx, by - 20, value))
        elif how == "columns":
            ops += [(x, y - 15 * i, _label(look, key), 9), (x + (210 if look.english else 165), y - 15 * i, value, 9)]
        else:
            joint = " ........ " if look.leaders else ": "
            ops.append((x, y - 15 * i, f"{_label(look, key)}{joint}{value}", 9))
    return ops


def _ids(party: Party, look: Look) -> list[str]:
    out = [f"{look.labels['tax']}: {party.tax}"] if party.tax else []
    return out + ([f"{look.labels['eu']}: {party.vat}"] if party.vat else [])


def _address(party: Party) -> str:
    return f"{party.postcode} {party.city}, {party.street}"


def _sides(look: Look) -> tuple[float, float]:
    """The x of the seller's and the buyer's block."""
    return (320, 40) if look.swapped else (40, 320)


def _block(x: float, y: float, heading: str, party: Party, look: Look, *, inline: bool = False) -> list[Op]:
    """A party's box: its heading, the name after it or under it, the address and the tax numbers."""
    lines = [_address(party), *_ids(party, look)]
    if look.extras:
        lines += ["Cégjegyzékszám: 01-09-123456" if party.tax else "Ügyfélazonosító: 300012345",
                  "Tel.: +36 1 234 5678", "E-mail: szamla@example.hu"]
    if inline:
        head = [(x, y, f"{heading.rstrip(':')}: {party.name}")]
    else:
        head = [(x, y, heading, 9), (x, y - 14, party.name, 11)]
        y -= 14
    return head + [(x, y - 14 * (i + 1), text, 9) for i, text in enumerate(lines)]


def _labelled(x: float, y: float, heading: str, party: Party, look: Look) -> list[Op]:
    """``Szállító neve: …`` / ``Szállító címe: …`` / ``Szállító adószáma: …``."""
    role = heading.split()[0].rstrip(":")
    rows = [f"{role} neve: {party.name}", f"{role} címe: {_address(party)}"]
    rows += [f"{role} adószáma: {party.tax}"] if party.tax else []
    rows += [f"{role} közösségi adószáma: {party.vat}"] if party.vat else []
    return [(x, y - 14 * i, text, 9) for i, text in enumerate(rows)]


def _nav(x: float, y: float, heading: str, party: Party, look: Look) -> list[Op]:
    rows = [f"Név: {party.name}", *_ids(party, look), f"Cím: {_address(party)}"]
    return [(x, y, f"{heading.split()[0].rstrip(':')} adatai", 11)] + [
        (x, y - 14 * (i + 1), text, 9) for i, text in enumerate(rows)]


def _letterhead(party: Party, look: Look) -> list[Op]:
    """The seller as the page's letterhead: no heading, name in large type, address and numbers under it."""
    rows = [_address(party), *_ids(party, look), "Bankszámlaszám: 11773016-01234567-00000000"]
    return [(40, 810, party.name, 15)] + [(40, 795 - 11 * i, text, 8) for i, text in enumerate(rows)]


def _kind_lines(deal: Deal, look: Look, x: float, y: float) -> list[Op]:
    p = deal.preceding
    lines = {
        "cash_accounting": ["Pénzforgalmi elszámolás"],
        "collective": ["Gyűjtőszámla: a teljesítések a tételeknél"],
        "correction": [random.Random(p).choice((f"Módosított számla sorszáma: {p}", f"Eredeti számla: {p}",
                                                 f"A {p} számú számla módosítása"))],
        "storno": [random.Random(p).choice((f"Sztornózott számla: {p}", f"Az {p} számú számla érvénytelenítése"))],
        "final": [f"Előlegszámla sorszáma: {p}"],
    }.get(deal.kind, [])
    if deal.currency != "HUF":
        rate = random.Random(deal.number).choice(RATE_LINES).format(r="392,15")
        lines.append(rate)
        vat_huf, gross_huf = (v * Decimal("392.15") for v in totals(deal)[1:])
        if vat_huf:
            lines.append(random.Random(deal.number).choice(HUF_VAT_LINES).format(
                v=_money(vat_huf, look, "HUF", unit=False), g=_money(gross_huf, look, "HUF", unit=False)))
    if deal.eu_supply:
        lines.append("Közösségen belüli adómentes termékértékesítés (Áfa tv. 89. §)")
    return [(x, y - 12 * i, text, 8) for i, text in enumerate(lines)]


def _total_lines(deal: Deal, look: Look, x: float, y: float, columns: bool) -> list[Op]:
    values = [_money(v, look, deal.currency) for v in totals(deal)]
    labels = [_label(look, "net"), _label(look, "vat"), _label(look, "gross")]
    if columns:
        return [op for i, (lb, v) in enumerate(zip(labels, values, strict=True))
                for op in ((x, y - 15 * i, lb, 9), (x + (210 if look.english else 150), y - 15 * i, v, 9))]
    return [(x, y - 15 * i, f"{lb}: {v}", 9) for i, (lb, v) in enumerate(zip(labels, values, strict=True))]


def _payable(deal: Deal, look: Look, y: float) -> list[Op]:
    return [(300, y, f"{_label(look, 'gross')}: {_money(totals(deal)[2], look, deal.currency)}", 12)]


def _boxes(deal: Deal, look: Look) -> list[Op]:
    lb = look.labels
    return [_title(deal, look, 40, 805, 18), *_kind_lines(deal, look, 40, 785),
            *_block(_sides(look)[0], 750, lb["seller"], deal.seller, look),
            *_block(_sides(look)[1], 750, lb["buyer"], deal.buyer, look),
            *_place(_fields(deal, look), look, "boxes", 40, 660 if look.extras else 675), *_items(deal, look, 575),
            *_summary(deal, look, 500, look.summary_total_row), *_payable(deal, look, 420)]


def _labelled_page(deal: Deal, look: Look) -> list[Op]:
    lb = look.labels
    return [_title(deal, look, 250, 805, 18), *_kind_lines(deal, look, 40, 785),
            *_labelled(_sides(look)[0], 750, lb["seller"], deal.seller, look),
            *_labelled(_sides(look)[1], 750, lb["buyer"], deal.buyer, look),
            *_place(_fields(deal, look), look, "inline", 40, 690), *_items(deal, look, 590),
            *_total_lines(deal, look, 300, 500, columns=False)]


def _columns(deal: Deal, look: Look) -> list[Op]:
    lb = look.labels
    return [_title(deal, look, 40, 805, 18), *_kind_lines(deal, look, 40, 785),
            *_place(_fields(deal, look), look, "columns", 260, 760),
            *_block(_sides(look)[0], 660, lb["seller"], deal.seller, look, inline=True),
            *_block(_sides(look)[1], 660, lb["buyer"], deal.buyer, look, inline=True), *_items(deal, look, 560),
            *_total_lines(deal, look, 280 if look.english else 300, 500, columns=True)]


def _szamlakep(deal: Deal, look: Look) -> list[Op]:
    lb = look.labels
    cur, (net, vat, gross) = deal.currency, totals(deal)
    sums = [("Számla nettó összege", net), ("Számla ÁFA összege", vat), ("Számla bruttó összege", gross)]
    kind = {"normal": "Normál számla", "cash_accounting": "Normál számla", "collective": "Gyűjtőszámla",
            "advance": "Előlegszámla", "final": "Végszámla", "correction": "Módosító számla",
            "storno": "Sztornó számla"}[deal.kind]
    return [(200, 810, "Számlakép", 16), (150, 795, "a NAV Online Számla rendszerébe beküldött adatok alapján", 7),
            (320, 690, f"{'Számla típusa' if look.upper else 'Számla jellege'}: {kind}", 9),
            *_nav(_sides(look)[0], 765, lb["seller"], deal.seller, look),
            *_nav(_sides(look)[1], 765, lb["buyer"], deal.buyer, look),
            (40, 690, "Számla adatai", 11), *_place(_fields(deal, look), look, "inline", 40, 673),
            *_kind_lines(deal, look, 320, 675), *_items(deal, look, 570), *_summary(deal, look, 480, False),
            *[op for i, (label, v) in enumerate(sums)
              for op in ((280, 400 - 14 * i, label, 9), (430, 400 - 14 * i, _money(v, look, cur), 9))]]


def _letterhead_page(deal: Deal, look: Look) -> list[Op]:
    return [*_letterhead(deal.seller, look), _title(deal, look, 420, 830, 16),
            *_place(_fields(deal, look), look, "columns", 280, 780),
            *_block(40, 720, look.labels["buyer"], deal.buyer, look), *_kind_lines(deal, look, 40, 650),
            *_items(deal, look, 610), *_summary(deal, look, 530, True), *_payable(deal, look, 440)]


def _utility(deal: Deal, look: Look) -> list[Op]:
    buyer = "Felhasználó:" if deal.issue.month % 2 else "Előfizető:"
    return [_title(deal, look, 40, 805, 14, " – közüzemi szolgáltatás"),
            *_block(_sides(look)[0], 760, "Szolgáltató:", deal.seller, look),
            *_block(_sides(look)[1], 760, buyer, deal.buyer, look),
            *_place(_fields(deal, look), look, "inline", 40, 690), *_kind_lines(deal, look, 320, 690),
            *_payable(deal, look, 580), (480, 40, "1. oldal / 2", 7), ("new page",),
            (40, 805, "Számla részletező", 12), *_items(deal, look, 780),
            *_total_lines(deal, look, 300, 690, columns=False), (480, 40, "2. oldal / 2", 7)]


PAGES = {"boxes": _boxes, "labelled": _labelled_page, "columns": _columns, "szamlakep": _szamlakep,
         "letterhead": _letterhead_page, "utility": _utility}
_KIND = {"cash_accounting": "normal", "collective": "normal"}


def expected(deal: Deal, look: Look) -> dict[str, Any]:
    net, vat, gross = totals(deal)
    out: dict[str, Any] = {
        "layout": f"variant_{look.style}", "invoice_number": deal.number, "kind": _KIND.get(deal.kind, deal.kind),
        "issue_date": deal.issue.isoformat(), "fulfilment_date": deal.fulfil.isoformat(),
        "due_date": deal.due.isoformat(), "currency": deal.currency,
        "net_total": str(net), "vat_total": str(vat), "gross_total": str(gross),
        "seller.name": deal.seller.name, "seller.tax_number": deal.seller.tax, "buyer.name": deal.buyer.name}
    if deal.buyer.vat:
        out["buyer.vat_number"] = deal.buyer.vat
    else:
        out["buyer.tax_number"] = deal.buyer.tax
    return out


def case(seed: int) -> tuple[list[Op], dict[str, Any]]:
    deal = make_deal(seed)
    look = make_look(seed, deal)
    return PAGES[look.style](deal, look), expected(deal, look)


CASES: dict[str, tuple[list[Op], dict[str, Any]]] = {
    f"v{seed:02}_{STYLES[seed % len(STYLES)]}_{KINDS[seed % len(KINDS)]}": case(seed) for seed in range(COUNT)}


def write_variants(folder: Path) -> None:
    """Every variant's PDF beside its expected JSON (what ``szamlatar accuracy`` reads)."""
    write_traps(folder, CASES)

"""What a party heading looks like, and what can be a party's name.

A heading is a role word at the start of a line (``Eladó``, ``Szállító``, ``Kibocsátó``, ``Vevő``,
``Megrendelő``, ``Vásárló``, English ``Seller`` / ``Buyer``…), optionally with ``neve`` / ``adatai``
and a synonym in the other language (``Eladó /Seller``, ``Szállító (Eladó)``), then a colon. A
role word inside a longer word is not one: ``Szállítólevél szám(ok)`` names delivery notes,
``Vevőkód`` a customer code. Whatever follows the heading on its line must itself be a name,
else the line is another label (``Vevő adószáma: …``) and not the block's heading.

A name is never a label, a table header, a column's English sub-label (``/Sold by``,
``/Client``), an item number (``tétel 1``), an address, a number or a watermark: each of those
has been read as a seller's or buyer's name off a real invoice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from services.core.parsing.pdf.lines import SHORT, TextLine
from services.core.parsing.pdf.normalise import loose

# a word that names a party only as a heading, with its colon: "Szolgáltató:", "Értékesítő neve:"
_NAMED = r"(?:\s+(?:neve|adatai)(?:\s*,\s*címe)?)?\s*:"  # "Felhasználó neve, címe:" too
_ALONE = r"(?=\s*[:/]|\s*$)"
# a utility's words: a heading with its colon, alone on its line, or before its synonym ("Felhasználó (vevő)")
_HEAD = rf"(?={_NAMED}|\s*$|\s*[(/])"
# "Szolgáltató" alone on its line heads a block too; "Szolgáltató köteles…" is a sentence of the terms
# A service contract's parties: the "Megbízott" (contractor) invoices the "Megbízó" (principal, the client)
# an insurer ("Biztosító") bills its policyholder ("Szerződő"); "Számla kiállítója / befogadója": who issues the
# invoice and who receives it
SELLER_WORDS = (rf"Eladó|Szállító|Számlakibocsátó|Számla\s+kibocsátója|Számla\s+kiállítója|Kibocsátó|Kiállító{_ALONE}|"
                rf"Biztosító{_ALONE}|Értékesítő(?={_NAMED})|"
                # a trade's own word for who provides the service: "Egészségügyi szolgáltató", "Képző intézmény"
                rf"(?:(?:Egészségügyi|Szálláshely|Távközlési|Oktatási|Képzési)[\s-]*)?Szolgáltató{_HEAD}|"
                rf"(?:Képző|Oktatási|Egészségügyi)\s*intézmény{_HEAD}|Utazásszervező{_HEAD}|Szálláshely{_HEAD}|"
                rf"Kereskedő{_HEAD}|Megbízott|Bérbeadó|Seller|Supplier|Vendor|Issuer|"
                # foreign suppliers' own words (German, Slovak, Czech, Romanian, Polish), only as a heading: before a
                # colon, a slash or the line's end ("Käufer GmbH" is a name)
                rf"(?:Verkäufer|Lieferant|Rechnungssteller|Auftragnehmer|Dodávateľ|Dodavatel|Furnizor|Sprzedawca){_ALONE}")
# "Ügyfél" (client) on service invoices; a utility bill's buyer: "Felhasználó:", "Előfizető:", "Fizető:" (with the
# colon: "Felhasználási hely" is not one); "Számlafizető" (the bill's payer) is the buyer a utility bill is made out to
# A webshop's "Számlázási cím" (billing address) block is the buyer's: an invoice is billed to its buyer. Only alone
# on its line: "Számlázási cím: 1111 Budapest…" is an address's label inside a block.
BUYER_WORDS = (rf"Vevő|Megrendelő|Vásárló|Ügyfél|Megbízó|Számlafizető|"
               # a kind of client, the line nothing else: "Kártyabirtokos ügyfél", "Üzleti ügyfél"
               r"[^\W\d_]{4,}\s+ügyfél(?=\s*:?\s*$)|"
               rf"Felhasználó{_HEAD}|Előfizető{_HEAD}|Fizető{_HEAD}|Bérlő|Számla\s+címzettje|Címzett{_ALONE}|"
               rf"Partner{_ALONE}|Számla\s+befogadója|Befogadó{_ALONE}|Szerződő{_ALONE}|"
               # who the service was for, the invoice made out to them: a patient, a student, a hotel's guest
               rf"(?:Páciens|Beteg|Hallgató|Tanuló|Résztvevő|Vendég|Utas){_HEAD}|"
               r"Számlázási\s+(?:név\s*(?:/|,|és)\s*)?(?:cím|adatok|név)(?=\s*:?\s*$)|Buyer|Customer|Client|Purchaser|Bill[\s-]+to|Invoiced?\s+to|Sold\s+to|"
               r"Billing\s+address(?=\s*:?\s*$)|"
               rf"(?:Käufer|Kunde|Rechnungsempfänger|Auftraggeber|Odberateľ|Odběratel|Cumpărător|Nabywca){_ALONE}")
ROLES = ("seller", "buyer")
_WORDS = {"seller": SELLER_WORDS, "buyer": BUYER_WORDS}
_SUFFIX = r"(?:\s+(?:neve|adatai|name|details)(?:\s*,\s*címe)?)?"
# the same role said once more: "Eladó /Seller", "Szállító (Eladó)", "Vevő - Buyer"
_ALSO = rf"(?:\s*[/(,\-]\s*(?:{SELLER_WORDS}|{BUYER_WORDS}|Sold\s+by){_SUFFIX}\s*\)?)*"
# a heading in three languages may print its foreign twins first: "Rechnungsempfänger / Bill to / Vevő"
# (not possessive: "Vevő / felhasználó" is a heading and its synonym, not a twin before "felhasználó"); or the
# party's own word with its role in brackets: "Páciens (vevő)", "Alvállalkozó (eladó)", "Tag (vevő)"
_LEAD = r"^[\s*•·\-]*(?:[^\W\d_][\w .\-]{0,30}+/\s*){0,2}(?:[^\W\d_][\w\-]{2,25}+\s*\(\s*(?=\w+\s*\)?\s*:?\s*$))?"
# (a desktop program's dot leaders before the colon: "Vevő.............: Tiszamenti Fuvar Kft."); the "neve, címe"
# may follow the synonym in brackets, as a printed form's "Eladó (szállító) neve, címe:" has it
_HEADING = {role: re.compile(loose(rf"{_LEAD}(?:{words}){_SUFFIX}\b\)?{_ALSO}{_SUFFIX}(?:\s*\.{{2,}})?\s*:?\s*"),
                             re.IGNORECASE)
            for role, words in _WORDS.items()}
ANY_HEADING = re.compile("|".join(f"(?:{h.pattern})" for h in _HEADING.values()), re.IGNORECASE)
# a line about one party that is not its heading: "Vevő adószáma: …", "Seller VAT number …"
_ABOUT = {role: re.compile(loose(rf"{_LEAD}(?:{words})\b"), re.IGNORECASE) for role, words in _WORDS.items()}

# a line starting with one of these is a label (or a column header), never a party's name or street; accents
# optional, as a fixed-pitch print drops them ("CIM", "ADOSZAM")
_LABEL_WORDS = re.compile(loose(
    r"^(?:számla|szállító|eladó|vevő|adószám|teljesítés|kelte|fizetés|esedékesség|bankszámla|kiállítás|kibocsátás|"
    r"megrendel|összesen|nettó|bruttó|áfa|cím|közösségi|no\.|nr\.)"
    r"|^(?:név|neve|name|címe|address|tétel|megnevezés|mennyiség|egységár|description|quantity|unit|"
    r"sold\s+by|bill[\s-]+to|client|customer|buyer|seller|supplier|vendor|issuer|purchaser|ügyfél|"
    r"tax|vat|bank|iban|swift|bic|e-?mail|tel|telefon|fax|web|honlap|adó|azonosító|nyilvántartás|"
    r"cégjegyzék|képvisel|aláírás|szállítási|számlázási|levél|oldal|page|dátum|date|kelt|sorszám|"
    r"pénznem|currency|árfolyam|megjegyzés|invoice|total|payment|due)\b"),
    re.IGNORECASE,
)
# what follows a role word in a label about that party rather than its heading
_QUALIFIER = re.compile(
    r"^(?:adó|közösségi|eu\b|cím|bank|kód|azonosító|aláír|telefon|e-?mail|képvisel|számlaszám|ügyfélszám|"
    r"köteles|részére|által|felé|rendelés|megrendelés|szerződés|tax|vat|address|signature|id\b|number|code|"
    r"no\b|nr\b|po\b|order\b|ref)", re.IGNORECASE)  # "Customer PO PO-SK-2027-044": the buyer's order number
_NEXT_LABEL = re.compile(
    loose(r"\s(?=(?:Adószám|Adóazonosító|Közösségi|Cím|Tel|Telefon|Bank|E-?mail|Tax|VAT)\b"
          r"|(?:Eladó|Vevő|Szállító|Vásárló)\s+(?:adó|cím|közösségi|bank))"), re.IGNORECASE)


def before_next_label(text: str) -> str:
    """``text`` up to the next column's label run into it: "Nagybolt C+C Kft. Eladó adószáma" → the name."""
    return _NEXT_LABEL.split(text, 1)[0]


# the words of an item table's column headers
_COLUMN = re.compile(loose(r"megnevezés|mennyiség|menny\.|egységár|nettó|bruttó|áfa|tétel|cikkszám|"
                           r"description|quantity|unit\s*price|amount"), re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"^(?:tétel|sor|item|line|pos)\.?\s*\d", re.IGNORECASE)
_WATERMARK = re.compile(r"^(?:minta|másolat|sample|copy|specimen|próba|tervezet|draft|void|érvénytelen)$",
                        re.IGNORECASE)


# a Hungarian company's name ends with its form (Ptk. 3:6. §), a sole trader's with "e.v."; foreign forms too
_FORM = (
    r"\b(?:Kft|Zrt|Nyrt|Bt|Kkt|Rt|Kht|Nonprofit\s+Kft|e\.\s?v|Korlátolt\s+Felelősségű\s+Társaság|"
    r"Zártkörűen\s+Működő\s+Részvénytársaság|Nyilvánosan\s+Működő\s+Részvénytársaság|Betéti\s+Társaság|"
    r"Közkereseti\s+Társaság|Szövetkezet|Egyesülete?|Szövetsége?|Alapítvány|"
    # a law office, a notary's or a bailiff's office is a legal person of its own kind, named with its kind; an
    # Irish or British company may spell its form out ("… Ireland Limited")
    r"(?:Ügyvédi|Közjegyzői|Végrehajtói|Szabadalmi\s+Ügyvivői)\s+Iroda|GmbH|Ltd|Limited|s\.r\.o|AG|SE|Inc|"
    # foreign forms: Czech / Slovak, Romanian, Polish, German, Austrian, Dutch, Nordic, Italian (which writes its
    # forms in small letters with dots: "S.r.l.", "S.p.A.", "S.a.s.", "S.n.c.")
    # in their own case: "12 kg" ends an item's line, "KG" a German partnership's name
    r"(?-i:a\.\s?s|spol\.\s?s\s?r\.\s?o|S\.?R\.?L|S\.A|Sp\.\s?z\s?o\.\s?o|KG|OHG|GesmbH|B\.?V|N\.?V|Oy|AB|ApS|A/S|"
    r"d\.o\.o|S\.(?:r\.l|p\.A|a\.s|n\.c)))\.?$"
    # a sole trader's name may go on with the trade after the form: "Szalai Bence e.v. okl. építészmérnök"
    r"|\b(?:e\.\s?v\.|egyéni\s+vállalkozó)(?:\s+[^\W\d_][\w.\-]*){1,4}$")
# a public body has no company form: its name ends with what it is ("Városi Önkormányzat", "Tudományegyetem")
_BODY = (r"(?:önkormányzat|egyetem|főiskola|kórház|rendelőintézet|intézet|hivatal|iskola|gimnázium|múzeum|"
         r"könyvtár|kamara|minisztérium|igazgatóság)$")
FORM = re.compile(_FORM, re.IGNORECASE)  # a name that is complete: nothing of it wraps onto the next line
COMPANY = re.compile(f"{_FORM}|{_BODY}", re.IGNORECASE)  # an organisation's name (a body's may still wrap)


# where a one-line block's name ends: at a comma, a separator, or the bracket of its address; a colon with a space
# before it is a separator dot a scan's OCR misread (a label's colon follows its word)
_UP_TO_ADDRESS = re.compile(r"\s*(?:,|[·|•–]\s|-\s|(?<=\s):\s|\((?=\s*\d{4}\s))")
# a letterhead's name with its address after a separator: "Fényforrás Zrt. · 1132 Budapest, Váci út 72."
# or with the street first after a dot or bar: "Werkzeugbau Lindner GmbH · Industriestraße 14, 90411 Nürnberg"
_NAME_THEN_ADDRESS = re.compile(r"\s*[·|•]\s+|\s*[,–-]\s+(?=(?:H-?|HU-?)?\d{4}\s+\w)")


def name_before_address(text: str) -> str:
    """The name a line prints before its postal address (after a separator, or a comma after its legal form:
    "Zeevaart Trading B.V., Wilhelminakade 91, 3072 AP Rotterdam"), or the whole line."""
    name = _NAME_THEN_ADDRESS.split(text, 1)[0].strip()
    head, comma, _ = name.partition(", ")
    if comma and FORM.search(head):
        return head.strip()
    # a scan's OCR may read the separator dot as a colon: "Lindner GmbH : Industriestra8e 14, …" is a name ending
    # with its form, then its address (a label's colon never follows a company's form)
    head, colon, rest = name.partition(" : ")
    return head.strip() if colon and FORM.search(head) and any(ch.isdigit() for ch in rest) else name


def heading(line: TextLine) -> tuple[str, str, str] | None:
    """(role, the heading as printed, what follows it on the line) when ``line`` heads a party block.

    A heading is a short line and starts with a capital: ``vevő ilyennel rendelkezik…`` is prose; a small
    caption in lower case is one only alone on its line (``kibocsátó`` over the seller's block). A longer one
    heads a block printed as one line only with a company's name after it, up to a comma.
    """
    for role in ROLES:
        m = _HEADING[role].match(line.text)
        if m is None:
            continue
        if not next((ch for ch in m.group(0) if ch.isalpha()), "a").isupper() and line.text[m.end():].strip():
            continue
        rest = line.text[m.end():].strip()
        if len(line.text) > SHORT:  # a block printed as one line: the name up to its address, else not a heading
            name = _UP_TO_ADDRESS.split(rest, 1)[0].strip()
            return (role, line.text[: m.end()].strip(" :"), name) if FORM.search(name) and party_name(name) else None
        if rest and _QUALIFIER.match(rest):
            return None  # "Vevő adószáma: 12345678-2-41": a label about the buyer, not the heading
        if rest and party_name(rest) is None:
            # "Eladó: Duna Kft. Adószám: 1234…": the name up to the next label; "Eladó Megrendelésszám
            # PO-88": the next column's label joined the heading's line, and the name is under it; "Vevő: Duna
            # Kft. (5000 Szolnok, …)": the name up to its address
            rest = party_name(_UP_TO_ADDRESS.split(rest, 1)[0]) or party_name(before_next_label(rest)) or ""
        return role, line.text[: m.end()].strip(" :"), rest
    return None


# a name printed under its own label inside the block: NAV's invoice image ("Eladó adatai", then "Név: …")
_NAME_LABEL = re.compile(loose(r"^\s*(?:Név|Neve|Cégnév|Name)\s*:\s*"), re.IGNORECASE)


def unlabelled(text: str) -> str:
    """``text`` without a leading ``Név:`` label (the party's name the label introduces)."""
    return _NAME_LABEL.sub("", text, count=1)


# the same label alone on its line, its colon optional: the name is in the next column of its row
_NAME_LABEL_ALONE = re.compile(loose(r"^\s*(?:Név|Neve|Cégnév|Name)\s*:?\s*$"), re.IGNORECASE)


def name_label(text: str) -> bool:
    """Whether ``text`` is nothing but a name's label (``Név``, ``Név:``), its value printed beside it."""
    return _NAME_LABEL_ALONE.match(text) is not None


def about(line: TextLine) -> str | None:
    """The role a line names at its start (``Vevő adószáma: …`` → buyer), heading or not."""
    return next((role for role in ROLES if _ABOUT[role].match(line.text)), None)


def party_name(text: str) -> str | None:
    """``text`` as a party's name, or None when it is anything else that sits near a heading."""
    raw = text.strip()
    value = raw.strip(" :")
    # a name spelt out in full ("… Korlátolt Felelősségű Társaság") may run longer than a label ever does
    if not value or (len(value) > SHORT and not (len(value) <= 2 * SHORT and FORM.search(value))):
        return None
    if raw.endswith(":") or value[0] in "/([{|,;":
        return None
    if ((_LABEL_WORDS.match(value) and not _compound_name(value)) or _ITEM_NUMBER.match(value)
            or any(h.match(value) for h in _HEADING.values())):
        return None
    letters = re.sub(r"[^\w]|[\d_]", "", value)
    if len(letters) < 2 or _WATERMARK.match(letters):  # "M I N T A", a lone letter: a watermark
        return None
    if re.match(r"^(?:[A-Z]{1,2}-?)?\d{4,5}\s", value):  # a postcode: this is the address
        return None
    if re.search(r"\d{8}-\d-\d{2}", value):  # a tax number
        return None
    if re.search(r"\w*\d{3,}[-/]\w|\w[-/]\d{3,}", value):  # a document's number: "PO-SK-2027-044", "2024/1183"
        return None
    if _STREET.search(value) and not FORM.search(value):  # "Ipari park, Kőrösi Csoma Sándor út 14.": an address
        return None
    return value


# a street and its house number, as a Hungarian, German or Polish address prints it
_STREET = re.compile(r"(?:\b(?:utca|út|u\.|útja|tér|tere|körút|krt\.|köz|fasor|sétány|rakpart|dűlő|lakótelep)"
                     r"|(?:straße|strasse|str\.|gasse|platz|weg))\s+\d+"  # "Industriestraße 44"
                     r"|^\s*(?:ul\.|ulica|al\.)\s+[^\W\d_]+.*\d", re.IGNORECASE)  # "ul. Przemysłowa 27"


# a label's first word alone: "Számla kelte", "Vevő neve"; "Számlatár" merely starts with one
_LABEL_WORD_ALONE = re.compile(_LABEL_WORDS.pattern.replace(")|^(?:", "|", 1), re.IGNORECASE)


def _compound_name(value: str) -> bool:
    """Whether ``value`` is a company's name whose first word only starts with a label's word.

    Label words are matched as stems (``számla`` for ``számlaszám``, ``megrendel`` for ``megrendelő``),
    so a firm named ``Számlatár Minta Kereskedelmi Kft.`` or ``Vevőpont Bt.`` would read as a label. A
    label has no company form at its end and no colon; a name of more words ending with its form, whose
    first word goes on past the stem, is the name.
    """
    return (":" not in value and len(value.split()) >= 2 and COMPANY.search(value) is not None
            and _LABEL_WORD_ALONE.match(value) is None)


def in_table_header(line: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether ``line`` is one cell of a row of column headers (two more cells name an item table's columns)."""
    mid = (line.y0 + line.y1) / 2
    cells = [ln for ln in lines if ln is not line and ln.page == line.page and ln.y0 - 1 <= mid <= ln.y1 + 1
             and len(ln.text) <= 30 and _COLUMN.search(ln.text)]
    return len(cells) >= 2

"""Look-alike characters made plain before any label or value is matched.

A text layer says what the issuer's program drew, not what it meant: tax numbers written with a
non-breaking hyphen (U+2011) or an en dash, amounts grouped by no-break or thin spaces, a label
set with an ``ﬁ`` ligature, an ``õ`` where a Latin-1 font had no ``ő``, an invoice number whose
``A`` is the Cyrillic ``А`` of a font that had it first, an ``O`` between digits where a scan or a
font map meant a zero. Matching the labels and values of ``values`` against those would miss them,
so each line is rewritten once, here, into the characters a Hungarian invoice means.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from services.core.parsing.pdf.lines import TextLine

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_GONE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen and zero-width characters: nothing printed
# PDFium hands a printed hyphen that ends a line after a letter ("SZHK/2026/K-" over "018840") back as
# U+0002 (U+FFFE in its page text): it marks a word it takes for hyphenated, but the dash was printed
_LINE_END_HYPHENS = "\x02\ufffe"
# Cyrillic and Greek capitals and small letters drawn exactly like Latin ones
_LOOKALIKES = dict(zip(
    "АВЕЗКМНОРСТХУаеорсухіјѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧο",
    "ABE3KMHOPCTXYaeopcyxijsABEZHIKMNOPTYXo",
    strict=True,
))
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKES)
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_TABLE = str.maketrans({
    **{c: "-" for c in _DASHES + _LINE_END_HYPHENS}, **{c: " " for c in _SPACES}, **{c: "" for c in _GONE},
    **{chr(0xFF10 + d): str(d) for d in range(10)},  # full-width digits
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
    # Latin-1 has no ő / ű: old programs print its õ / û in their place, and Hungarian has no õ / û
    "õ": "ő", "û": "ű", "Õ": "Ő", "Û": "Ű",
})
# a letter that looks like a digit, standing between two digits: 1234O678 → 12340678, 2O25 → 2025
_ZERO = re.compile(r"(?<=\d)[Oo](?=\d)")
_ONE = re.compile(r"(?<=\d)[lI|](?=\d)")
_DIGIT = re.compile(r"\d")
# dot leaders between a label and its value, as fixed-width programs fill a label's column:
# "Név...................: Kft." is "Név: Kft." (four dots or more: "..." may end a sentence)
_LEADER = re.compile(r"(?<=[^\W\d_])\s?\.{4,}\s*:?\s*")


# a glyph pdfminer found no Unicode for (a broken font map, often only the accented letters of a font)
_UNMAPPED = re.compile(r"\(cid:\d+\)")
UNKNOWN = "\ufffd"


def normalise(text: str) -> str:
    """``text`` with look-alike dashes, spaces, ligatures, letters and digits made plain."""
    plain = (_UNMAPPED.sub(UNKNOWN, text) if "(cid:" in text else text).translate(_TABLE)
    if _FOREIGN.search(plain):
        plain = " ".join(_latin(word) for word in plain.split())
    if "...." in plain:
        plain = _LEADER.sub(": ", plain)
    if _DIGIT.search(plain):  # both rewrites need a digit on either side: a line without one has nothing to do
        plain = _ONE.sub("1", _ZERO.sub("0", plain))
    return " ".join(plain.split())


def _latin(word: str) -> str:
    """A word mixing Cyrillic or Greek look-alikes with Latin letters or digits, in Latin letters.

    A word written wholly in Cyrillic (a Ukrainian buyer's name) is left as it is.
    """
    if not _FOREIGN.search(word) or not re.search(r"[A-Za-z0-9]", word):
        return word
    return word.translate(_LOOKALIKE_TABLE)


def normalise_lines(lines: Iterable[TextLine]) -> list[TextLine]:
    """Every line's text normalised; a line left with nothing in it is dropped."""
    out: list[TextLine] = []
    for line in lines:
        text = normalise(line.text)
        if text:
            out.append(line if text == line.text else dataclasses.replace(line, text=text))
    return out


# An English-style print groups forints by commas ("HUF 176,500", "224,155 Ft"). A forint amount never has
# three decimals, so one such amount with the forint's mark beside it shows the whole document groups so,
# and each bare "47,655" of its tables is 47655 too; a decimal comma ("18,5 oldal") is left as it is.
_COMMA_FORINT = re.compile(r"(?:HUF|Ft)\s?\d{1,3}(?:,\d{3})+(?![\d,.])|(?<![\d,.])\d{1,3}(?:,\d{3})+\s?(?:HUF|Ft)\b")
_COMMA_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,.])")


def comma_grouped_forints(lines: Sequence[TextLine]) -> list[TextLine]:
    """``lines`` with forints grouped by commas written ungrouped (``176,500`` → ``176500``), where a forint
    amount printed so shows the document's grouping; else ``lines`` as they are. Not grouped by spaces: a
    row of amounts ("176 500 47 655") would read as fewer, longer ones."""
    if not any("," in ln.text and _COMMA_FORINT.search(ln.text) for ln in lines):
        return list(lines)
    return [dataclasses.replace(ln, text=_COMMA_GROUPED.sub(lambda m: m.group(0).replace(",", ""), ln.text))
            if "," in ln.text else ln for ln in lines]


# OCR often reads an accented vowel plain ("Teljesités datuma", "Osszesen", "SZTORNO"), and a broken
# font map loses it (``(cid:225)``): a label matches either way. Each accented vowel of a pattern
# becomes a class of its look-alikes and the unknown character (a German label's umlaut too: "Falligkeit").
_LOOSE = {"á": "aá", "ä": "aä", "é": "eé", "í": "ií", "ó": "oóö", "ö": "oóö", "ő": "oóöő", "ú": "uúü", "ü": "uúü",
          "ű": "uúüű"}
_LOOSE = {**{k: v + UNKNOWN for k, v in _LOOSE.items()}, **{k.upper(): v.upper() + UNKNOWN for k, v in _LOOSE.items()}}


def loose(pattern: str) -> str:
    """``pattern`` (a regex) with each accented vowel outside a character class matching its plain twin too."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        elif not in_class and ch in _LOOSE:
            out.append(f"[{_LOOSE[ch]}]")
            continue
        out.append(ch)
    return "".join(out)

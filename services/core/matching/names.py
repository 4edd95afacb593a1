"""Company and person names, compared without accents, case, punctuation and legal form.

"Mátra Informatika Korlátolt Felelősségű Társaság" and "MATRA INFORMATIKA KFT" have the same
``core`` ("matra informatika") and the same ``legal_form`` ("kft"); the core is what fuzzy
matching compares, the legal form only tells apart near-duplicates ("… Kft." vs "… Zrt.").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Long forms first: they are replaced by their short code before tokens are split.
_LONG_FORMS: tuple[tuple[str, str], ...] = (
    ("korlatolt felelossegu tarsasag", "kft"),
    ("zartkoruen mukodo reszvenytarsasag", "zrt"),
    ("nyilvanosan mukodo reszvenytarsasag", "nyrt"),
    ("reszvenytarsasag", "rt"),
    ("betetei tarsasag", "bt"),
    ("beteti tarsasag", "bt"),
    ("kozkereseti tarsasag", "kkt"),
    ("egyeni vallalkozo", "ev"),
    ("egyeni cég", "ec"),
    ("egyeni ceg", "ec"),
    ("gesellschaft mit beschrankter haftung", "gmbh"),
    ("limited liability company", "llc"),
    ("private limited company", "ltd"),
    ("limited", "ltd"),
)
_SHORT_FORMS = frozenset({
    "kft", "zrt", "nyrt", "rt", "bt", "kkt", "ev", "ec", "gmbh", "ag", "kg", "ltd", "llc", "plc", "sro",
    "srl", "sa", "sas", "bv", "nv", "oy", "ab", "as", "spzoo", "inc", "corp", "se",
})
# Words that qualify the legal form and carry no identity of their own.
_FORM_QUALIFIERS = frozenset({"nonprofit", "kozhasznu", "kiemelten", "vegelszamolas", "va", "fa", "alatt"})
_DOTTED = {"e v": "ev", "s r o": "sro", "sp z o o": "spzoo", "b v": "bv", "n v": "nv"}


def fold(text: str) -> str:
    """Lower case, accents removed (ő → o, ű → u), punctuation to single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = plain.replace("&", " es ")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


@dataclass(frozen=True)
class NameKey:
    core: str  # folded name without the legal form, e.g. "matra informatika"
    legal_form: str | None  # short code, e.g. "kft"


def name_key(name: str | None) -> NameKey:
    if not name:
        return NameKey("", None)
    text = f" {fold(name)} "
    for long, short in _LONG_FORMS:
        text = text.replace(f" {long} ", f" {short} ")
    for dotted, short in _DOTTED.items():
        text = text.replace(f" {dotted} ", f" {short} ")
    form: str | None = None
    core: list[str] = []
    for token in text.split():
        if token in _SHORT_FORMS:
            form = form or token
        elif token in _FORM_QUALIFIERS and form is None:
            continue
        else:
            core.append(token)
    if form is not None:  # qualifiers after the form ("Kft. v.a.") are dropped too
        core = [t for t in core if t not in _FORM_QUALIFIERS]
    return NameKey(" ".join(core), form)


def name_tokens(name: str | None) -> tuple[str, ...]:
    return tuple(name_key(name).core.split())

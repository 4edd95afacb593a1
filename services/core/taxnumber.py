"""Hungarian tax numbers (adószám) and EU VAT numbers."""

from __future__ import annotations

import re

# 8-digit taxpayer id (törzsszám), 1-digit VAT code, 2-digit county code.
_HU_TAX = re.compile(r"(?<!\d)(\d{8})[\s-]?([1-5])[\s-]?(\d{2})(?!\d)")
_EU_VAT = re.compile(r"\b([A-Z]{2})\s?([0-9A-Z+*.]{2,13})\b")
_WEIGHTS = (9, 7, 3, 1, 9, 7, 3)


def is_valid_taxpayer_id(taxpayer_id: str) -> bool:
    """The 8th digit of the törzsszám is a check digit over the first seven (weights 9,7,3,1)."""
    if len(taxpayer_id) != 8 or not taxpayer_id.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(taxpayer_id[:7], _WEIGHTS, strict=True))
    return (10 - total % 10) % 10 == int(taxpayer_id[7])


def normalise_tax_number(text: str | None) -> str | None:
    """``12345678241`` / ``12345678 2 41`` / ``HU12345678`` → ``12345678-2-41`` (or the 8-digit id)."""
    if not text:
        return None
    match = _HU_TAX.search(text)
    if match:
        return f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
    digits = re.sub(r"\D", "", text)
    if len(digits) == 8:
        return digits
    return None


def taxpayer_id(tax_number: str | None) -> str | None:
    """The first eight digits, the part that identifies the company in every form."""
    if not tax_number:
        return None
    digits = re.sub(r"\D", "", tax_number)
    return digits[:8] if len(digits) >= 8 else None


def normalise_vat_number(text: str | None) -> str | None:
    """``hu 12345678`` → ``HU12345678``."""
    if not text:
        return None
    compact = re.sub(r"[\s.-]", "", text.upper())
    match = _EU_VAT.fullmatch(compact) or _EU_VAT.search(compact)
    return f"{match.group(1)}{match.group(2)}" if match else None

"""Small helpers shared by the XML readers: namespaced look-ups and provenance bookkeeping."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TypeVar
from xml.etree.ElementTree import Element

from services.core.invoice import Provenance

T = TypeVar("T")


class Collector:
    """Records which source path every value came from while a reader fills an invoice."""

    def __init__(self, source: str, confidence: float = 1.0) -> None:
        self.source = source
        self.confidence = confidence
        self.provenance: dict[str, Provenance] = {}

    def take(self, field: str, value: T, path: str | None, confidence: float | None = None) -> T:
        if value not in (None, "", ()):
            self.provenance[field] = Provenance(
                self.source, path, self.confidence if confidence is None else confidence
            )
        return value


class Xml:
    """``find``/``text`` on an element with a fixed prefix → namespace map."""

    def __init__(self, ns: Mapping[str, str]) -> None:
        self.ns = dict(ns)

    def find(self, el: Element | None, path: str) -> Element | None:
        return None if el is None else el.find(path, self.ns)

    def findall(self, el: Element | None, path: str) -> list[Element]:
        return [] if el is None else el.findall(path, self.ns)

    def text(self, el: Element | None, path: str) -> str | None:
        found = self.find(el, path) if path else el
        if found is None or found.text is None:
            return None
        value = " ".join(found.text.split())
        return value or None

    def dec(self, el: Element | None, path: str) -> Decimal | None:
        return to_dec(self.text(el, path))

    def date(self, el: Element | None, path: str) -> date | None:
        return to_date(self.text(el, path))


def to_dec(value: str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(value.strip().replace(" ", ""))
    except InvalidOperation:
        return None


def to_date(value: str | None) -> date | None:
    """ISO ``2021-05-15`` or the compact ``20210515`` (CII format 102)."""
    if not value:
        return None
    raw = value.strip()[:10]
    try:
        if len(raw) >= 8 and raw[:8].isdigit():
            return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
        return date.fromisoformat(raw)
    except ValueError:
        return None


def is_true(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "1")

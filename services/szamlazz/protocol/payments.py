"""Számlázz.hu credit entries (kifizetések), pure: reading them from a ``<szamla>`` with their label,
and the Számla Agent credit-entry request that writes ours back — only our new entry, with
``additiv=true``: a replace would drop entries we never saw in full (bank-transaction ids from
Számlázz.hu's own bank reconciliation)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.etree.ElementTree import Element

from services.core.errors import SchemaViolationError
from services.core.invoice import Payment
from services.core.money import to_decimal
from services.core.payments import is_written

JOGCIM = {"transfer": "átutalás", "cash": "készpénz", "card": "bankkártya", "cash_on_delivery": "utánvét"}


@dataclass(frozen=True)
class KifizRequest:
    """A Számla Agent credit-entry request: ``additiv`` and the entries to send (at most five)."""

    additive: bool
    entries: tuple[Payment, ...]


def plan_kifiz(current: Sequence[Payment], wanted: Payment) -> KifizRequest | None:
    """Append our entry with ``additiv=true`` unless the source already has it (then ``None``)."""
    if is_written(current, wanted):
        return None
    return KifizRequest(additive=True, entries=(wanted,))


def jogcim(method: str | None) -> str:
    return JOGCIM.get(method or "", "egyéb")


_SZ = "{http://www.szamlazz.hu/szamla}"


def szamla_payments(root: Element) -> tuple[Payment, ...]:
    """The credit entries of a ``<szamla>`` with their note (``megjegyzes``) as the label, which the
    invoice reader leaves out."""
    from services.core.parsing.szamla_agent import _payment as method_of  # one jogcím vocabulary

    found: list[Payment] = []
    for k in root.iterfind(f"{_SZ}kifizetesek/{_SZ}kifizetes"):
        day, amount = k.findtext(f"{_SZ}datum"), k.findtext(f"{_SZ}osszeg")
        if not day or not amount:
            continue
        try:
            found.append(Payment(date=date.fromisoformat(day.strip()[:10]), amount=to_decimal(amount.strip()),
                                 method=method_of(k.findtext(f"{_SZ}jogcim")),
                                 reference=(k.findtext(f"{_SZ}megjegyzes") or "").strip() or None))
        except ValueError as exc:
            raise SchemaViolationError(f"Számlázz.hu credit entry is not valid: {exc}") from exc
    return tuple(found)

"""Completeness reconciliation: what NAV knows for a period against what the archive holds.

Pure: the caller loads NAV's invoice data (imported by the NAV connector) and the archive's
current views, both already limited to the period and to the taxpayer, and gets back

* ``missing_in_archive`` — NAV has it, the archive does not (the gap that matters most),
* ``missing_in_nav``     — archived, but never reported to NAV,
* ``differing``          — in both, with the fields that disagree (amounts, dates, buyer, currency),
* ``without_pdf``        — in both and matching, but the archive holds no PDF for it,

and gap counts for metrics. Invoices are matched on (supplier taxpayer id, invoice number) in both
directions: for outgoing invoices the supplier is our taxpayer, for incoming ones (NAV's INBOUND)
the supplier is the partner, and an invoice number is unique only per supplier.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

COMPARED = ("issue_date", "currency", "net_total", "vat_total", "gross_total", "buyer_taxpayer_id")
AMOUNTS = frozenset({"net_total", "vat_total", "gross_total"})


@dataclass(frozen=True)
class Record:
    supplier_taxpayer_id: str | None
    number: str
    issue_date: str | None = None
    currency: str | None = None
    net_total: Decimal | None = None
    vat_total: Decimal | None = None
    gross_total: Decimal | None = None
    buyer_taxpayer_id: str | None = None
    buyer_name: str | None = None
    has_pdf: bool = True
    ref: str | None = None  # the archive's invoice id, or NAV's record key
    supplier_name: str | None = None  # who to ask about an incoming invoice's gap

    @property
    def key(self) -> tuple[str, str]:
        return (self.supplier_taxpayer_id or "", self.number.strip().upper())


@dataclass(frozen=True)
class Difference:
    field: str
    nav: str | None
    archive: str | None


@dataclass(frozen=True)
class Differing:
    number: str
    archive_id: str | None
    differences: tuple[Difference, ...]


@dataclass(frozen=True)
class Reconciliation:
    date_from: date
    date_to: date
    nav_count: int
    archive_count: int
    matched: int
    missing_in_archive: tuple[Record, ...] = ()
    missing_in_nav: tuple[Record, ...] = ()
    differing: tuple[Differing, ...] = ()
    without_pdf: tuple[Record, ...] = ()
    gaps: Mapping[str, int] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not (self.missing_in_archive or self.missing_in_nav or self.differing or self.without_pdf)


def _dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _taxpayer_id(tax_number: Any) -> str | None:
    digits = "".join(ch for ch in str(tax_number or "") if ch.isdigit())
    return digits[:8] if len(digits) >= 8 else None


def record_from_invoice(invoice: Mapping[str, Any], *, has_pdf: bool = True, ref: str | None = None) -> Record:
    """From the invoice wire form (invoice.v1) — what the NAV connector stores and what the
    archive's view keeps under ``invoice``."""
    seller, buyer = invoice.get("seller") or {}, invoice.get("buyer") or {}
    return Record(
        supplier_taxpayer_id=seller.get("taxpayer_id") or _taxpayer_id(seller.get("tax_number")),
        number=str(invoice.get("number") or ""),
        issue_date=invoice.get("issue_date"),
        supplier_name=seller.get("name"),
        currency=invoice.get("currency"),
        net_total=_dec(invoice.get("net_total")),
        vat_total=_dec(invoice.get("vat_total")),
        gross_total=_dec(invoice.get("gross_total")),
        buyer_taxpayer_id=buyer.get("taxpayer_id") or _taxpayer_id(buyer.get("tax_number")),
        buyer_name=buyer.get("name"),
        has_pdf=has_pdf,
        ref=ref,
    )


def _differences(nav: Record, archive: Record) -> tuple[Difference, ...]:
    out = []
    for name in COMPARED:
        a, b = getattr(nav, name), getattr(archive, name)
        if a is None or b is None:
            if a is None and b is None:
                continue
            if name in AMOUNTS or name == "buyer_taxpayer_id":
                out.append(Difference(name, None if a is None else str(a), None if b is None else str(b)))
            continue
        if a != b:
            out.append(Difference(name, str(a), str(b)))
    return tuple(out)


MAX_PERIOD_DAYS = 366  # one request, page or metric covers at most a year of issue dates


class PeriodProblem(StrEnum):
    """Why a reconciliation period cannot be asked for; the sentences are in ``web/i18n``
    (``recon.period.<code>``)."""

    REVERSED = "reversed"  # 'to' is before 'from'
    TOO_LONG = "too_long"  # more than MAX_PERIOD_DAYS


def period_problem(date_from: date, date_to: date) -> PeriodProblem | None:
    """Why a reconciliation period cannot be asked for, or ``None`` when it can."""
    if date_to < date_from:
        return PeriodProblem.REVERSED
    if (date_to - date_from).days > MAX_PERIOD_DAYS:
        return PeriodProblem.TOO_LONG
    return None


def reconcile(nav: Iterable[Record], archive: Iterable[Record], date_from: date, date_to: date) -> Reconciliation:
    def in_period(r: Record) -> bool:
        return r.issue_date is None or date_from.isoformat() <= r.issue_date <= date_to.isoformat()

    nav_by = {r.key: r for r in nav if r.number and in_period(r)}
    archive_by: dict[tuple[str, str], Record] = {}
    for r in archive:
        if r.number and in_period(r):
            archive_by.setdefault(r.key, r)
    missing_in_archive = tuple(nav_by[k] for k in sorted(nav_by.keys() - archive_by.keys()))
    missing_in_nav = tuple(archive_by[k] for k in sorted(archive_by.keys() - nav_by.keys()))
    differing, without_pdf = [], []
    matched = 0
    for k in sorted(nav_by.keys() & archive_by.keys()):
        diffs = _differences(nav_by[k], archive_by[k])
        if diffs:
            differing.append(Differing(archive_by[k].number, archive_by[k].ref, diffs))
        elif not archive_by[k].has_pdf:
            without_pdf.append(archive_by[k])
        else:
            matched += 1
    gaps = {"missing_in_archive": len(missing_in_archive), "missing_in_nav": len(missing_in_nav),
            "differing": len(differing), "without_pdf": len(without_pdf)}
    return Reconciliation(date_from, date_to, len(nav_by), len(archive_by), matched, missing_in_archive,
                          missing_in_nav, tuple(differing), tuple(without_pdf), gaps)


def _record_json(r: Record) -> dict[str, Any]:
    return {"number": r.number, "issue_date": r.issue_date, "currency": r.currency,
            "supplier_taxpayer_id": r.supplier_taxpayer_id, "supplier_name": r.supplier_name,
            "gross_total": None if r.gross_total is None else str(r.gross_total),
            "buyer_taxpayer_id": r.buyer_taxpayer_id, "buyer_name": r.buyer_name, "ref": r.ref}


def reconciliation_to_json(result: Reconciliation) -> dict[str, Any]:
    return {
        "from": result.date_from.isoformat(), "to": result.date_to.isoformat(),
        "complete": result.complete, "nav_count": result.nav_count, "archive_count": result.archive_count,
        "matched": result.matched, "gaps": dict(result.gaps),
        "missing_in_archive": [_record_json(r) for r in result.missing_in_archive],
        "missing_in_nav": [_record_json(r) for r in result.missing_in_nav],
        "differing": [{"number": d.number, "archive_id": d.archive_id,
                       "differences": [{"field": x.field, "nav": x.nav, "archive": x.archive} for x in d.differences]}
                      for d in result.differing],
        "without_pdf": [_record_json(r) for r in result.without_pdf],
    }

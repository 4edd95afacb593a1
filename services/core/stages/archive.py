"""archive: invoice.matched → the stored invoice (current view + a version) → invoice.archived.

Decisions only; the archiver handler does the S3 and MongoDB I/O in the order these imply.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from services.core.enums import Outcome, Stage
from services.core.events import derive
from services.core.keys import archive_key, invoice_id_of
from services.core.payments import with_payment_state
from services.core.search_terms import build_search_terms


@dataclass(frozen=True)
class ArchivePlan:
    invoice_id: str
    object_key: str
    outcome: Outcome  # OK (first version), NEW_VERSION, or DUPLICATE (already stored)
    version: int


def plan_archive(matched: dict[str, Any], known_versions: list[dict[str, Any]]) -> ArchivePlan:
    """``known_versions``: the version records already stored for this invoice."""
    invoice_id = invoice_id_of(matched)
    sha = matched["document"]["sha256"]
    key = archive_key(matched["tenant"], invoice_id)
    for v in known_versions:
        if v["sha256"] == sha:
            return ArchivePlan(invoice_id, key, Outcome.DUPLICATE, int(v["version"]))
    if not known_versions:
        return ArchivePlan(invoice_id, key, Outcome.OK, 1)
    return ArchivePlan(invoice_id, key, Outcome.NEW_VERSION, max(int(v["version"]) for v in known_versions) + 1)


def known_versions(sha256: str, own: dict[str, Any] | None,
                   named: list[tuple[int, str]]) -> list[dict[str, Any]]:
    """What ``plan_archive`` needs, from reads by ``_id`` only (the store scans any other filter):
    ``own`` is this content's version record (``invoice_id:sha256``) if stored; ``named`` the
    (version, sha256) the invoice's current view and its held review item name. Both are written
    before the version record, so the highest they name is the highest stored version — except one
    naming this very content without its record, left by a crash before the commit point: its number
    is taken again, as a replay of the whole list would."""
    if own is not None:
        return [own]
    top = max((version - 1 if sha == sha256 else version for version, sha in named), default=0)
    return [{"version": top, "sha256": ""}] if top > 0 else []


def retain_until(issue_date: date | None, received: date, years: int) -> date:
    """Hungarian accounting act §169: keep for ``years`` from the end of the issue year."""
    year = (issue_date or received).year
    return date(year + years, 12, 31)


def _amount(value: str | None) -> float | None:
    # Range queries need a number; the exact decimal string is kept beside it.
    return float(Decimal(value)) if value is not None else None


def version_record(
    matched: dict[str, Any], plan: ArchivePlan, version_id: str | None, now: datetime
) -> dict[str, Any]:
    document = matched["document"]
    return {
        "_id": f"{plan.invoice_id}:{document['sha256']}",
        "invoice_id": plan.invoice_id,
        "tenant": matched["tenant"],
        "version": plan.version,
        "sha256": document["sha256"],
        "size": document["size"],
        "filename": document.get("filename"),
        "object_key": plan.object_key,
        "version_id": version_id,
        "event_id": matched["event_id"],
        "archived_at": now,
        "fields": version_fields(matched["invoice"]),
    }


def version_fields(invoice: Mapping[str, Any]) -> dict[str, Any]:
    """What this version said of the invoice, kept beside it so the invoice page can compare versions
    field by field (the current view holds only the latest). Flat keys: MongoDB keys hold no dots."""
    seller, buyer = invoice.get("seller") or {}, invoice.get("buyer") or {}
    return {k: invoice.get(k) for k in ("number", "kind", "direction", "issue_date", "fulfilment_date", "due_date",
                                        "currency", "net_total", "vat_total", "gross_total")} | {
        "seller_name": seller.get("name"), "seller_tax_number": seller.get("tax_number"),
        "buyer_name": buyer.get("name"), "buyer_tax_number": buyer.get("tax_number")}


def invoice_view(
    matched: dict[str, Any], plan: ArchivePlan, version_id: str | None, now: datetime, retain: date, *,
    payment_state: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The current-view document in MongoDB (everything search needs, flattened).

    ``payment_state``: the invoice's stored payment state (``None`` if status-sync has applied
    nothing yet). When there is one, its payments win over those the event carried, which are the
    source's as of the raw event and may be older (``core/payments.py`` ``with_payment_state``)."""
    inv = matched["invoice"]
    match = matched["match"]
    seller, buyer = inv.get("seller") or {}, inv.get("buyer") or {}
    terms = build_search_terms(
        inv.get("number"), seller.get("name"), buyer.get("name"), seller.get("tax_number"),
        buyer.get("tax_number"), match.get("client_name"), matched.get("text"),
    )
    return with_payment_state({
        "_id": plan.invoice_id,
        "tenant": matched["tenant"],
        "site": matched["site"],
        "source": matched["source"],
        "external_id": matched["external_id"],
        "invoice_number": inv.get("number"),
        "kind": inv.get("kind"),
        "direction": inv.get("direction"),
        "issue_date": inv.get("issue_date"),
        "currency": inv.get("currency"),
        "gross_total": inv.get("gross_total"),
        "gross_amount": _amount(inv.get("gross_total")),
        "seller_name": seller.get("name"),
        "seller_tax_number": seller.get("tax_number"),
        "buyer_name": buyer.get("name"),
        "buyer_tax_number": buyer.get("tax_number"),
        "client_id": match.get("client_id"),
        "client_name": match.get("client_name"),
        "match": match,
        # MongoDB keys may not contain dots, so provenance is stored as a list here.
        "invoice": {k: v for k, v in inv.items() if k != "provenance"},
        "provenance": [{"field": k, **v} for k, v in (inv.get("provenance") or {}).items()],
        "reader": matched.get("reader"),
        "search_terms": terms,
        "current_version": plan.version,
        "current_sha256": matched["document"]["sha256"],
        "object_key": plan.object_key,
        "current_version_id": version_id,
        "retain_until": retain.isoformat(),
        "updated_at": now,
    }, payment_state)


def archived_event(
    matched: dict[str, Any], plan: ArchivePlan, version_id: str | None, now: datetime
) -> dict[str, Any]:
    return derive(
        matched,
        stage=Stage.ARCHIVE,
        schema="invoice.archived.v1",
        now=now,
        content_sha256=matched["document"]["sha256"],
        invoice_id=plan.invoice_id,
        sha256=matched["document"]["sha256"],
        version=plan.version,
        object_key=plan.object_key,
        version_id=version_id,
        outcome=plan.outcome.value,
        client_id=matched["match"].get("client_id"),
    )

"""Importing from a billing system (Billingo, Számlázz.hu), as pure decisions both share.

* which documents a connection imports (``wants``: the document's kind among the connection's
  kinds; never drafts, receipts, offers or delivery notes);
* whether a document changed since we imported it (``plan_import``): a *content* fingerprint
  decides on a new raw event, a *payment* marker on an ``invoice.payment`` observation — so a
  re-listed or re-sent document is never imported twice;
* the raw event's ``metadata`` (the structured reader's invoice in the wire form) and the links of
  a storno / correction to the invoice it refers to.

Each system's own reading lives in its slice: ``services/billingo/protocol``,
``services/szamlazz/protocol``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from services.core.invoice import Invoice, InvoiceKind, invoice_to_json
from services.core.keys import invoice_id_of

DEFAULT_DOCUMENT_KINDS: tuple[str, ...] = tuple(k.value for k in InvoiceKind if k is not InvoiceKind.PROFORMA)
RELATIONS = {
    InvoiceKind.STORNO: "cancels", InvoiceKind.CORRECTION: "corrects", InvoiceKind.CREDIT_NOTE: "credits",
    InvoiceKind.FINAL: "settles",
}
INVERSE_RELATIONS = {"cancels": "cancelled_by", "corrects": "corrected_by", "credits": "credited_by",
                     "settles": "settled_by"}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def wants(kind: InvoiceKind | None, document_kinds: Sequence[str]) -> bool:
    return kind is not None and kind.value in document_kinds


def invoice_metadata(invoice: Invoice) -> dict[str, Any]:
    data = invoice_to_json(invoice)
    data.pop("provenance", None)  # the parse stage marks every field as coming from the source
    return data


@dataclass(frozen=True)
class ImportPlan:
    import_document: bool  # download the PDF and publish invoice.raw
    check_payments: bool  # read the payments and publish invoice.payment if they changed
    reason: str  # new | changed | payments | unchanged


def plan_import(known: Mapping[str, Any] | None, content_fp: str, payment_marker: str, *,
                listed_as_modified: bool) -> ImportPlan:
    """``known``: what we recorded when we last imported this document (``None``: never).
    A document listed because it was modified is checked for payments even when its marker is
    unchanged (a second part payment on the same day leaves Billingo's status and date alone)."""
    if known is None or not known.get("content_fp"):
        return ImportPlan(True, True, "new")
    if known["content_fp"] != content_fp:
        return ImportPlan(True, True, "changed")
    if listed_as_modified or known.get("payment_marker") != payment_marker:
        return ImportPlan(False, True, "payments")
    return ImportPlan(False, False, "unchanged")


@dataclass(frozen=True)
class InvoiceLink:
    relation: str  # cancels | corrects | credits | settles
    target_external_id: str
    target_number: str | None


def link_record(event_envelope: Mapping[str, Any], link: InvoiceLink) -> dict[str, Any]:
    """A stored link between two invoices of one connection; ids are derived, so a re-import
    writes the same record. The target need not be archived yet."""
    target = {**event_envelope, "external_id": link.target_external_id}
    source_id, target_id = invoice_id_of(dict(event_envelope)), invoice_id_of(target)
    return {
        "_id": f"{source_id}:{link.relation}:{target_id}",
        "tenant": event_envelope["tenant"],
        "from_invoice_id": source_id,
        "to_invoice_id": target_id,
        "relation": link.relation,
        "from_external_id": event_envelope["external_id"],
        "to_external_id": link.target_external_id,
        "to_number": link.target_number,
        "connection_id": event_envelope["source"]["connection_id"],
    }



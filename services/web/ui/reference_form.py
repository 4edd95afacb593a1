"""The Törzsadatok page's record form and a reference record, both ways (pure): which fields each kind's form
shows, ``record_from_form`` turns what an admin typed into the record body the API takes
(``core/reference.normalise_record`` judges it, as for the API and the CSV import), ``form_from_record``
fills the form from a stored record. Lists are typed as in the CSV import: separated by ``|``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from services.core.reference import RefKind

# The kinds the page manages: every kind the API and the CLI take.
KINDS = tuple(RefKind)
CLIENT_FIELDS = ("name", "tax_number", "vat_number", "aliases", "partner_ids", "postal_code", "city", "cost_centre")
LIST_FIELDS = frozenset({"aliases", "partner_ids", "invoice_ids"})
# The records a kind names, the broader first: a contract belongs to a client and maybe a project.
_DOCUMENT_LINKS = ("client_id", "project_id", "contract_id", "order_id")
LINKS: dict[RefKind, tuple[str, ...]] = {
    RefKind.PROJECT: ("client_id",),
    RefKind.CONTRACT: ("client_id", "project_id"),
    RefKind.ORDER: ("client_id", "project_id", "contract_id"),
    RefKind.DELIVERY_NOTE: _DOCUMENT_LINKS,
    RefKind.COMPLETION_CERTIFICATE: _DOCUMENT_LINKS,
    RefKind.HANDOVER: _DOCUMENT_LINKS,
}
# The kinds that name the invoices they certify (``core/reference.normalise_record``).
WITH_INVOICES = (RefKind.COMPLETION_CERTIFICATE, RefKind.HANDOVER)
PAGE_SIZE = 50


def fields_of(kind: RefKind) -> tuple[str, ...]:
    """The text fields of a kind's form, besides ``id``, ``site`` and the check boxes."""
    if kind is RefKind.CLIENT:
        return CLIENT_FIELDS
    return ("number", "name", *LINKS.get(kind, ()), "cost_centre",
            *(("invoice_ids",) if kind in WITH_INVOICES else ()))


def record_from_form(kind: RefKind, form: Mapping[str, str]) -> dict[str, Any]:
    """The record body of a submitted form (not yet validated): empty fields left out."""
    record: dict[str, Any] = {name: value for name in ("id", "site", *fields_of(kind))
                              if (value := str(form.get(name) or "").strip())}
    record["active"] = form.get("active") == "1"
    if kind is RefKind.CLIENT:
        record["private_person"] = form.get("private_person") == "1"
    return record


def form_from_record(kind: RefKind, record: Mapping[str, Any]) -> dict[str, str]:
    """The form's fields for a stored record."""
    values: dict[str, str] = {}
    for name in ("id", "site", *fields_of(kind)):
        value = record.get(name)
        if name in LIST_FIELDS:
            values[name] = " | ".join(str(v) for v in value or ())
        else:
            values[name] = "" if value is None else str(value)
    values["active"] = "1" if record.get("active", True) else ""
    values["private_person"] = "1" if record.get("private_person") else ""
    return values


def pages(total: int, page_size: int = PAGE_SIZE) -> int:
    """How many pages ``total`` records fill (one, when there are none)."""
    return max(1, -(-total // page_size))

"""Reference data: the things an invoice is linked to (DESIGN §5).

Seven kinds, each a plain dict with ``tenant``, ``site`` and its own ``id``; the API, the CSV
import and the ``reference.changed`` topic all pass records through ``normalise_record`` so the
matcher sees one shape whatever the door.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from services.core.errors import InvalidInputError, SchemaViolationError
from services.core.taxnumber import normalise_tax_number, normalise_vat_number, taxpayer_id


class RefKind(StrEnum):
    CLIENT = "client"
    PROJECT = "project"
    CONTRACT = "contract"
    ORDER = "order"
    DELIVERY_NOTE = "delivery_note"
    COMPLETION_CERTIFICATE = "completion_certificate"  # teljesítési jegyzőkönyv
    HANDOVER = "handover"  # átadás-átvételi dokumentum


# The collection each kind lives in; clients keep the walking skeleton's collection.
COLLECTIONS: dict[RefKind, str] = {
    RefKind.CLIENT: "clients",
    RefKind.PROJECT: "projects",
    RefKind.CONTRACT: "contracts",
    RefKind.ORDER: "orders",
    RefKind.DELIVERY_NOTE: "delivery_notes",
    RefKind.COMPLETION_CERTIFICATE: "completion_certificates",
    RefKind.HANDOVER: "handover_documents",
}

# Which invoice reference field names a number of this kind.
REFERENCE_FIELDS: dict[RefKind, str] = {
    RefKind.PROJECT: "project",
    RefKind.CONTRACT: "contract",
    RefKind.ORDER: "order",
    RefKind.DELIVERY_NOTE: "delivery_note",
}

_LINKS = ("client_id", "project_id", "contract_id", "order_id")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")


def normalise_number(number: str | None) -> str:
    """``pr-2024 / 17`` → ``PR-2024/17``: upper case, no spaces."""
    return re.sub(r"\s+", "", number or "").upper()


def record_key(tenant: str, kind: RefKind, ref_id: str) -> str:
    """Storage key: ids are the tenant's own, so two tenants may both have a ``client-001``."""
    return f"{tenant}|{ref_id}"


def _split(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    raise InvalidInputError(f"expected a list, got {type(value).__name__}", problem="reference.list")


def normalise_record(kind: RefKind, tenant: str, raw: dict[str, Any], default_site: str = "default") -> dict[str, Any]:
    """One validated record in its stored form; raises ``SchemaViolationError`` on bad input."""
    ref_id = str(raw.get("id") or "").strip()
    if not _ID.match(ref_id):
        raise InvalidInputError(f"{kind.value}: id {ref_id!r} is missing or has characters we do not allow",
                                problem="reference.id", params={"id": ref_id})
    site = str(raw.get("site") or default_site)
    record: dict[str, Any] = {"_id": record_key(tenant, kind, ref_id), "id": ref_id, "kind": kind.value,
                              "tenant": tenant, "site": site, "active": raw.get("active", True) not in (False, "0",
                                                                                                        "false")}
    if kind is RefKind.CLIENT:
        name = str(raw.get("name") or "").strip()
        if not name:
            raise InvalidInputError(f"client {ref_id}: name is required", problem="reference.name_required")
        tax = normalise_tax_number(raw.get("tax_number"))
        vat = normalise_vat_number(raw.get("vat_number")) if raw.get("vat_number") else None
        record.update(
            name=name, tax_number=tax, taxpayer_id=taxpayer_id(tax), vat_number=vat,
            partner_ids=_split(raw.get("partner_ids")), aliases=_split(raw.get("aliases")),
            private_person=str(raw.get("private_person", "")).lower() in ("1", "true", "yes")
            or raw.get("private_person") is True,
            postal_code=(str(raw["postal_code"]).strip() if raw.get("postal_code") else None),
            city=(str(raw["city"]).strip() if raw.get("city") else None),
            cost_centre=raw.get("cost_centre") or None,
        )
        return record
    number = str(raw.get("number") or "").strip()
    if not number:
        raise InvalidInputError(f"{kind.value} {ref_id}: number is required", problem="reference.number_required")
    record.update(number=number, number_key=normalise_number(number), name=raw.get("name") or None,
                  cost_centre=raw.get("cost_centre") or None)
    for link in _LINKS:
        if raw.get(link):
            record[link] = str(raw[link])
    if kind in (RefKind.COMPLETION_CERTIFICATE, RefKind.HANDOVER):
        record["invoice_ids"] = _split(raw.get("invoice_ids"))
    return record


@dataclass(frozen=True)
class CsvRow:
    """One data row of a reference CSV: its record, or why it was refused (``problem`` and ``params`` as
    ``InvalidInputError`` names them, ``message`` in English)."""

    line: int  # the line of the file, the header being line 1
    ref_id: str
    record: dict[str, Any] | None
    problem: str = ""
    params: dict[str, str] = field(default_factory=dict)
    message: str = ""


def csv_rows(kind: RefKind, tenant: str, text: str, default_site: str = "default") -> list[CsvRow]:
    """Every data row of a CSV with a header row (``id,name,tax_number,…``; lists separated by ``|``;
    ``;`` or ``,``), each a record or a refusal: a bad row never hides the others."""
    sample = text[:2048]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    out = []
    for row in reader:
        line = reader.line_num  # the file's line, blank lines counted: what a spreadsheet shows
        raw = {k.strip(): v for k, v in row.items() if k}
        ref_id = str(raw.get("id") or "").strip()
        try:
            out.append(CsvRow(line, ref_id, normalise_record(kind, tenant, raw, default_site)))
        except InvalidInputError as exc:
            out.append(CsvRow(line, ref_id, None, exc.problem, exc.params, exc.message))
        except SchemaViolationError as exc:
            out.append(CsvRow(line, ref_id, None, "invalid", {}, exc.message))
    return out


def records_from_csv(kind: RefKind, tenant: str, text: str, default_site: str = "default") -> list[dict[str, Any]]:
    """The records of a CSV (as ``csv_rows``), all or none: the first refused row refuses the file."""
    out = []
    for row in csv_rows(kind, tenant, text, default_site):
        if row.record is None:
            raise SchemaViolationError(f"CSV line {row.line}: {row.message}")
        out.append(row.record)
    return out


def by_kind(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        grouped.setdefault(str(r.get("kind") or RefKind.CLIENT.value), []).append(r)
    return grouped

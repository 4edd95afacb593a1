"""Merging readers: structured data wins over text, and disagreements become warnings."""

from __future__ import annotations

import dataclasses
from typing import Any

from services.core.invoice import Invoice, Provenance

# Fields compared between sources; a difference here is worth a person's attention.
_COMPARED = (
    "number", "issue_date", "fulfilment_date", "due_date", "currency",
    "net_total", "vat_total", "gross_total",
    "seller.tax_number", "buyer.tax_number",
)


def _get(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = getattr(obj, part, None)
    return obj


def _fill(primary: Any, secondary: Any, prefix: str, taken: dict[str, str]) -> Any:
    """``primary`` with its empty fields filled from ``secondary`` (recursively)."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(primary):
        if f.name in ("provenance", "warnings"):
            continue
        mine, theirs = getattr(primary, f.name), getattr(secondary, f.name)
        path = f"{prefix}{f.name}"
        if dataclasses.is_dataclass(mine) and dataclasses.is_dataclass(theirs):
            changes[f.name] = _fill(mine, theirs, path + ".", taken)
        elif mine in (None, (), "") and theirs not in (None, (), ""):
            changes[f.name] = theirs
            taken[path] = "secondary"
    return dataclasses.replace(primary, **changes) if changes else primary


def merge_invoices(primary: Invoice, secondary: Invoice) -> Invoice:
    """``primary`` (structured) wins; ``secondary`` (text) fills gaps; conflicts are warned about."""
    taken: dict[str, str] = {}
    merged = _fill(primary, secondary, "", taken)
    warnings = list(primary.warnings) + list(secondary.warnings)
    for name in _COMPARED:
        a, b = _get(primary, name), _get(secondary, name)
        if a is not None and b is not None and a != b:
            src_a = primary.provenance.get(name, Provenance("structured")).source
            src_b = secondary.provenance.get(name, Provenance("text")).source
            warnings.append(f"{name}: {src_a} says {a}, {src_b} says {b}; kept {a}")
    provenance = dict(primary.provenance)
    for path in taken:
        if path in secondary.provenance:
            provenance[path] = secondary.provenance[path]
    result: Invoice = dataclasses.replace(merged, provenance=provenance, warnings=tuple(warnings))
    return result

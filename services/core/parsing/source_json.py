"""The invoice data a source sends with the document (own-system webhook metadata).

The own-system contract is our wire form (``invoice_to_json``), so reading it is the codec;
every field it carries is marked as coming from the source with full confidence.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from services.core.errors import MalformedDocumentError, ReasonCode
from services.core.invoice import Invoice, Provenance, invoice_from_json


def _present_paths(value: Any, prefix: str = "") -> list[str]:
    paths: list[str] = []
    for f in dataclasses.fields(value):
        if f.name in ("provenance", "warnings"):
            continue
        v = getattr(value, f.name)
        if dataclasses.is_dataclass(v):
            paths.extend(_present_paths(v, f"{prefix}{f.name}."))
        elif v not in (None, (), ""):
            paths.append(f"{prefix}{f.name}")
    return paths


def invoice_from_source_json(data: dict[str, Any], source: str = "source_json") -> Invoice:
    payload = dict(data)
    if "number" not in payload and "invoice_number" in payload:
        payload["number"] = payload["invoice_number"]
    try:
        invoice = invoice_from_json(payload)
    except (ValueError, TypeError, KeyError) as exc:
        raise MalformedDocumentError(
            f"invoice metadata is not valid: {exc}", reason=ReasonCode.SCHEMA_VIOLATION
        ) from exc
    given = {"kind", "direction"} & payload.keys()
    prov = {
        path: Provenance(source=source, path=path)
        for path in _present_paths(invoice)
        if path not in ("kind", "direction") or path in given
    }
    return dataclasses.replace(invoice, provenance=prov)

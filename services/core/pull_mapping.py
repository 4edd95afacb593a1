"""The generic pull poller's pure half: a connection's configuration, reading one list page, and
mapping one item of *their* JSON to *our* invoice wire form (``schemas/invoice.v1.json``).

A pull connection describes an in-house system's list endpoint::

    GET <list_url>?<cursor_param>=<cursor>&<limit_param>=<page_size>
    → {"items": [ {...}, ... ], "next": "..."}        (items_path "items", next_cursor_path "next")

Two cursor styles:

* **field cursor** (``next_cursor_path`` empty): the cursor is the ``cursor_field`` of the last
  item of a page (e.g. ``updated_at`` or a growing sequence number). The list must be ordered by that
  field and ``since`` must be *inclusive* (``>=``): the boundary items come again on the next page
  and are skipped by their fingerprint. A short page ends the pass.
* **opaque cursor** (``next_cursor_path`` set): the server returns the next cursor; null or
  absent ends the pass.

``fields`` maps our field (dotted for parties: ``buyer.tax_number``) to their path (dotted, list
indexes as numbers: ``customer.ids.0``), either as a plain string or as ``{"path": ..., "type": ...}``
with ``type`` one of ``string`` (default), ``amount`` (``127 000,50`` / ``127000.5`` / 127000),
``date`` (``2025-03-01``, ``2025-03-01T10:00:00Z``, ``2025.03.01.``), ``tax_number``, ``vat_number``.
``defaults`` gives constant values (``{"direction": "outgoing", "kind": "normal"}``). Stored in
MongoDB both become lists (``storable``), because a key may not hold a dot there.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from services.core.errors import ConfigurationError, MalformedDocumentError, ReasonCode, Rejected
from services.core.invoice import invoice_from_json
from services.core.money import format_amount
from services.core.taxnumber import normalise_tax_number, normalise_vat_number, taxpayer_id

FIELD_TYPES = frozenset({"string", "amount", "date", "tax_number", "vat_number"})
# What our wire form can take from a mapping (parties and references are nested one level).
TOP_FIELDS = frozenset({
    "number", "kind", "direction", "issue_date", "fulfilment_date", "due_date", "currency", "exchange_rate",
    "net_total", "vat_total", "gross_total", "net_total_huf", "vat_total_huf", "gross_total_huf",
    "payment_method",
})
PARTY_FIELDS = frozenset({"name", "tax_number", "taxpayer_id", "vat_number"})
REFERENCE_FIELDS = frozenset({"order", "preceding_invoice", "contract", "project", "delivery_note"})
MISSING = object()


class PullMappingError(Rejected):
    """One item cannot be mapped to our model (a missing id, an unreadable amount or date)."""

    default_reason = ReasonCode.SCHEMA_VIOLATION


@dataclass(frozen=True)
class FieldSpec:
    path: str
    type: str = "string"


@dataclass(frozen=True)
class PullConfig:
    list_url: str
    id_field: str
    pdf_url_field: str
    fields: Mapping[str, FieldSpec]
    items_path: str = "items"
    cursor_param: str = "since"
    cursor_field: str = "updated_at"
    next_cursor_path: str = ""
    limit_param: str = "limit"
    page_size: int = 50
    initial_cursor: str | None = None
    defaults: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, connection: Mapping[str, Any]) -> PullConfig:
        """Reads and checks the ``pull`` part of a connection; raises ``ConfigurationError``."""
        return cls.read(connection.get("_id"), connection.get("pull"))

    @classmethod
    def read(cls, cid: object, raw: object) -> PullConfig:
        """Checks a connection's ``pull`` settings (``PullSettings.pull``); raises ``ConfigurationError``."""
        if not isinstance(raw, Mapping) or not raw:
            raise ConfigurationError(f"connection {cid!r} has no pull configuration")
        for required in ("list_url", "id_field", "pdf_url_field"):
            if not isinstance(raw.get(required), str) or not raw[required]:
                raise ConfigurationError(f"connection {cid!r}: pull.{required} is required")
        fields: dict[str, FieldSpec] = {}
        for ours, spec in _pairs(raw.get("fields"), "path"):
            _check_target(str(ours), cid)
            if isinstance(spec, str):
                fields[str(ours)] = FieldSpec(spec)
            elif isinstance(spec, Mapping) and isinstance(spec.get("path"), str):
                kind = str(spec.get("type") or "string")
                if kind not in FIELD_TYPES:
                    raise ConfigurationError(f"connection {cid!r}: field {ours!r} has unknown type {kind!r}")
                fields[str(ours)] = FieldSpec(spec["path"], kind)
            else:
                raise ConfigurationError(f"connection {cid!r}: field {ours!r} needs a path")
        defaults = {str(k): str(v) for k, v in _pairs(raw.get("defaults"), "value")}
        for ours in defaults:
            _check_target(ours, cid)
        page_size = int(raw["page_size"]) if raw.get("page_size") is not None else 50
        if not 1 <= page_size <= 1000:
            raise ConfigurationError(f"connection {cid!r}: pull.page_size must be 1..1000")
        initial = raw.get("initial_cursor")
        return cls(
            list_url=raw["list_url"], id_field=raw["id_field"], pdf_url_field=raw["pdf_url_field"], fields=fields,
            items_path=str(raw.get("items_path", "items")), cursor_param=str(raw.get("cursor_param") or "since"),
            cursor_field=str(raw.get("cursor_field") or "updated_at"),
            next_cursor_path=str(raw.get("next_cursor_path") or ""), limit_param=str(raw.get("limit_param") or ""),
            page_size=page_size, initial_cursor=None if initial in (None, "") else str(initial), defaults=defaults,
        )


def _pairs(value: Any, key: str) -> list[tuple[str, Any]]:
    """``{ours: spec}``, or the stored form ``[{"field": ours, key: ..., ...}]`` (MongoDB keys hold no dots)."""
    if isinstance(value, Mapping):
        return [(str(k), v) for k, v in value.items()]
    out = []
    for entry in value or ():
        if not isinstance(entry, Mapping) or not isinstance(entry.get("field"), str):
            raise ConfigurationError(f"a mapping entry needs a 'field': {entry!r}")
        rest = {k: v for k, v in entry.items() if k != "field"}
        out.append((entry["field"], rest if key == "path" else rest.get(key)))
    return out


def storable(pull: Mapping[str, Any]) -> dict[str, Any]:
    """The configuration with ``fields``/``defaults`` as lists, so no MongoDB key holds a dot."""
    out = dict(pull)
    out["fields"] = [{"field": k, **({"path": v} if isinstance(v, str) else dict(v))}
                     for k, v in _pairs(pull.get("fields"), "path")]
    out["defaults"] = [{"field": k, "value": v} for k, v in _pairs(pull.get("defaults"), "value")]
    return out


def _check_target(ours: str, cid: object) -> None:
    head, _, tail = ours.partition(".")
    ok = (not tail and head in TOP_FIELDS) or (head in ("seller", "buyer") and tail in PARTY_FIELDS) or (
        head == "references" and tail in REFERENCE_FIELDS)
    if not ok:
        raise ConfigurationError(f"connection {cid!r}: {ours!r} is not a field of our invoice model")


# --- reading their JSON ----------------------------------------------------------------------------


def get_path(data: Any, path: str) -> Any:
    """``a.b.0.c`` in nested dicts/lists; ``MISSING`` when any step is absent. Empty path: ``data``."""
    current = data
    for step in (s for s in path.split(".") if s) if path else ():
        if isinstance(current, Mapping):
            if step not in current:
                return MISSING
            current = current[step]
        elif isinstance(current, list) and step.isdigit() and int(step) < len(current):
            current = current[int(step)]
        else:
            return MISSING
    return current


def page_url(config: PullConfig, cursor: str | None) -> str:
    """The list URL with the cursor and page size added to whatever query it already has."""
    parts = urlsplit(config.list_url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k not in (config.cursor_param, config.limit_param)]
    if cursor is not None:
        query.append((config.cursor_param, cursor))
    if config.limit_param:
        query.append((config.limit_param, str(config.page_size)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


@dataclass(frozen=True)
class Page:
    items: tuple[Mapping[str, Any], ...]
    next_cursor: str | None  # where the next page starts; None: this page is the last
    last: bool


def read_page(body: bytes, config: PullConfig, cursor: str | None) -> Page:
    """One list answer → its items and the next cursor. Raises ``MalformedDocumentError``."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedDocumentError("the list answer is not JSON", reason=ReasonCode.MALFORMED_JSON) from exc
    items = get_path(data, config.items_path)
    if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
        raise MalformedDocumentError(f"the list answer has no list of objects at {config.items_path!r}",
                                     reason=ReasonCode.SCHEMA_VIOLATION)
    if config.next_cursor_path:
        nxt = get_path(data, config.next_cursor_path)
        following = None if nxt is MISSING or nxt in (None, "") else str(nxt)
        return Page(tuple(items), following, following is None or not items)
    if not items:
        return Page((), cursor, True)
    value = get_path(items[-1], config.cursor_field)
    if value is MISSING or value in (None, ""):
        raise MalformedDocumentError(f"the last item has no {config.cursor_field!r} to continue from",
                                     reason=ReasonCode.SCHEMA_VIOLATION)
    following = str(value)
    short = bool(config.limit_param) and len(items) < config.page_size
    return Page(tuple(items), following, short or not config.limit_param)


def is_stuck(page: Page, cursor: str | None) -> bool:
    """A full page whose last item has the cursor we asked with: asking again returns the same page
    (more items share one ``cursor_field`` value than a page holds)."""
    return not page.last and page.next_cursor == cursor


# --- one item → our wire form ----------------------------------------------------------------------


@dataclass(frozen=True)
class PulledItem:
    external_id: str
    pdf_url: str
    metadata: dict[str, Any]
    fingerprint: str  # of what we took from the item: unchanged → nothing to fetch


def _text(value: Any) -> str:
    if isinstance(value, bool | Mapping | list):
        raise ValueError(f"expected text, got {type(value).__name__}")
    return str(value).strip()


_HU_DATE = re.compile(r"^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?$")


def parse_amount(value: Any) -> str:
    if isinstance(value, bool):
        raise ValueError("a boolean is not an amount")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_amount(Decimal(repr(value))) or ""
    text = re.sub(r"[\s\u00a0\u202f]", "", _text(value))
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return format_amount(amount) or ""


def parse_date(value: Any) -> str:
    text = _text(value)
    hungarian = _HU_DATE.match(text)
    if hungarian:
        y, m, d = (int(g) for g in hungarian.groups())
        return date(y, m, d).isoformat()
    return date.fromisoformat(text[:10]).isoformat()


def _convert(value: Any, kind: str) -> str | None:
    if kind == "amount":
        return parse_amount(value)
    if kind == "date":
        return parse_date(value)
    if kind == "tax_number":
        found = normalise_tax_number(_text(value))
        if found is None:
            raise ValueError(f"not a Hungarian tax number: {value!r}")
        return found
    if kind == "vat_number":
        return normalise_vat_number(_text(value))
    return _text(value) or None


def map_item(item: Mapping[str, Any], config: PullConfig) -> PulledItem:
    """Their item → (external id, PDF URL, our metadata). Raises ``PullMappingError`` naming the field."""
    ext = get_path(item, config.id_field)
    if ext is MISSING or ext in (None, "") or isinstance(ext, bool | Mapping | list):
        raise PullMappingError(f"item has no usable id at {config.id_field!r}")
    external_id = str(ext).strip()[:256]
    url = get_path(item, config.pdf_url_field)
    if not isinstance(url, str) or not url.strip():
        raise PullMappingError(f"item {external_id}: no PDF URL at {config.pdf_url_field!r}")
    metadata: dict[str, Any] = {}
    for ours, value in config.defaults.items():
        _put(metadata, ours, value)
    for ours, spec in config.fields.items():
        raw = get_path(item, spec.path)
        if raw is MISSING or raw is None or raw == "":
            continue
        try:
            converted = _convert(raw, spec.type)
        except ValueError as exc:
            raise PullMappingError(f"item {external_id}: {ours} (from {spec.path!r}): {exc}") from exc
        if converted is not None:
            _put(metadata, ours, converted)
    for party in ("seller", "buyer"):
        found = metadata.get(party)
        if isinstance(found, dict) and found.get("tax_number") and not found.get("taxpayer_id"):
            found["taxpayer_id"] = taxpayer_id(found["tax_number"])
    try:
        invoice_from_json(metadata)  # the same reader the parse stage uses: kind, direction, dates
    except (ValueError, TypeError, Rejected) as exc:
        raise PullMappingError(f"item {external_id}: not a valid invoice: {exc}") from exc
    canonical = json.dumps({"id": external_id, "url": url.strip(), "metadata": metadata}, sort_keys=True)
    return PulledItem(external_id, url.strip(), metadata, hashlib.sha256(canonical.encode()).hexdigest())


def _put(target: dict[str, Any], ours: str, value: str) -> None:
    head, _, tail = ours.partition(".")
    if tail:
        target.setdefault(head, {})[tail] = value
    else:
        target[head] = value

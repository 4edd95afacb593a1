"""Client records that make themselves (pure): every counterparty of an archived invoice is a client,
keyed by its tax number, and what each source knows of it is merged field by field.

* **Who** — the counterparty is the buyer of an outgoing invoice and the seller of an incoming one
  (``counterparty_of``).
* **Which record** — ``client_key``: the 8-digit taxpayer id of a Hungarian tax number (``12345678-2-41``
  and ``12345678`` are one company), else the EU VAT number, else, for private persons and foreign
  buyers without either, the folded name with the folded address. ``client_record_id`` derives the
  record's ``_id`` from tenant + key, so every door (the indexer, a backfill, a reference import, a
  manual edit) writes the same record, and a replay writes the same content.
* **Which source wins** — each source keeps its own layer in the record (``sources``); the top-level
  fields are recomputed from the layers by ``PRECEDENCE`` on every merge (``merge_client``). A person's
  edit beats everything; the tenant's reference data beats what billing systems say for names and tax
  numbers; the billing systems' partner data (Billingo partners, Számlázz.hu buyers) beats the
  reference data for contact details and the address, which they keep current; what an invoice says
  comes last, and of invoices the latest issued one wins.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from services.core.keys import client_record_id
from services.core.search_terms import fold
from services.core.taxnumber import normalise_tax_number, normalise_vat_number, taxpayer_id


class ClientSource(StrEnum):
    MANUAL = "manual"  # a person's edit
    REFERENCE = "reference"  # reference data: API, CSV import, reference.changed
    BILLINGO = "billingo"  # the partner on a Billingo document
    SZAMLAZZ = "szamlazz"  # the buyer (vevő) on a Számlázz.hu document
    INVOICE = "invoice"  # any other invoice's counterparty (own system, imports, NAV, PDF text)


# The source kinds of an invoice (``source.kind``) whose party data is the billing system's partner.
_BILLING_SOURCES = {"billingo": ClientSource.BILLINGO, "szamlazz": ClientSource.SZAMLAZZ}

# Field → sources, strongest first. A source not named never sets the field.
_IDENTITY = (ClientSource.MANUAL, ClientSource.REFERENCE, ClientSource.BILLINGO, ClientSource.SZAMLAZZ,
             ClientSource.INVOICE)
_CONTACT = (ClientSource.MANUAL, ClientSource.BILLINGO, ClientSource.SZAMLAZZ, ClientSource.REFERENCE,
            ClientSource.INVOICE)
PRECEDENCE: dict[str, tuple[ClientSource, ...]] = {
    "name": _IDENTITY,
    "tax_number": _IDENTITY,
    "vat_number": _IDENTITY,
    "private_person": _IDENTITY,
    "address": _CONTACT,
    "email": _CONTACT,
    "phone": _CONTACT,
    "cost_centre": (ClientSource.MANUAL, ClientSource.REFERENCE),
}
# Ids each source may add; they accumulate (a partner id seen once stays known).
ID_KINDS = ("billingo", "szamlazz", "reference")
LAYER_FIELDS = tuple(PRECEDENCE)


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _address(value: Any) -> dict[str, str] | None:
    if not isinstance(value, Mapping):
        return None
    out = {k: t for k in ("country", "postal_code", "city", "street") if (t := _text(value.get(k)))}
    return out or None


def address_line(address: Mapping[str, Any] | None) -> str:
    """``1051 Budapest, Fő utca 1.`` (country last, when there is one)."""
    if not address:
        return ""
    head = " ".join(p for p in (address.get("postal_code"), address.get("city")) if p)
    return ", ".join(p for p in (head, address.get("street"), address.get("country")) if p)


def _folded(text: str | None) -> str:
    return " ".join(re.findall(r"[0-9a-z]+", fold(text or "")))


def client_key(party: Mapping[str, Any]) -> str | None:
    """The identity of a counterparty, ``None`` when it has neither a tax number nor a name."""
    tax = taxpayer_id(normalise_tax_number(_text(party.get("tax_number")) or _text(party.get("taxpayer_id"))))
    if tax:
        return f"hu:{tax}"
    vat = normalise_vat_number(_text(party.get("vat_number")))
    if vat:
        return f"hu:{vat[2:10]}" if vat.startswith("HU") and len(vat) == 10 else f"vat:{vat}"
    name = _folded(party.get("name"))
    if not name:
        return None
    found = party.get("address")
    address: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    where = _folded(" ".join(str(address.get(k) or "") for k in ("country", "postal_code", "city", "street")))
    return f"name:{name}|{where}"


def is_client_record_id(value: str) -> bool:
    try:
        return uuid.UUID(value).version == 5
    except ValueError:
        return False


def counterparty_of(view: Mapping[str, Any]) -> dict[str, Any]:
    """The other party of an invoice view: the buyer when we issued it, the seller when we received it.
    The stored invoice (``view["invoice"]``) has the address and contacts; the flat fields stand in."""
    role = "seller" if view.get("direction") == "incoming" else "buyer"
    party = dict((view.get("invoice") or {}).get(role) or {})
    party.setdefault("name", view.get(f"{role}_name"))
    party.setdefault("tax_number", view.get(f"{role}_tax_number"))
    return party


def counterparty_id(view: Mapping[str, Any]) -> str | None:
    """The client record an invoice view belongs to (``None``: a counterparty without tax number or name)."""
    key = client_key(counterparty_of(view))
    return client_record_id(str(view["tenant"]), key) if key else None


def _issued(view: Mapping[str, Any]) -> str:
    value = view.get("issue_date") or (view.get("invoice") or {}).get("issue_date")
    return str(value)[:10] if value else ""


def invoice_layer(view: Mapping[str, Any]) -> tuple[ClientSource, dict[str, Any]] | None:
    """What one archived invoice view says of its counterparty, and as which source; ``None`` when it
    cannot be keyed. ``as_of`` (the issue month) lets a later invoice's data replace an earlier one's."""
    party = counterparty_of(view)
    if client_key(party) is None:
        return None
    source_kind = str((view.get("source") or {}).get("kind") or "")
    source = _BILLING_SOURCES.get(source_kind, ClientSource.INVOICE)
    tax = normalise_tax_number(_text(party.get("tax_number")))
    layer: dict[str, Any] = {
        "name": _text(party.get("name")), "tax_number": tax,
        "vat_number": normalise_vat_number(_text(party.get("vat_number"))),
        "private_person": bool(party.get("private_person")) or None,
        "address": _address(party.get("address")), "email": _text(party.get("email")),
        # The issue month, not the day: a client billed daily gets one write a month (the indexer's
        # cost on the store), not one per invoice; within a month the invoice merged last wins.
        "phone": _text(party.get("phone")), "as_of": _issued(view)[:7],
    }
    partner = _text(party.get("partner_id"))
    if partner and source is not ClientSource.INVOICE:
        layer["ids"] = {source.value: [partner]}
    return source, layer


def reference_layer(record: Mapping[str, Any]) -> dict[str, Any]:
    """A stored reference client (``core/reference.normalise_record``) as the reference layer."""
    address = _address({"postal_code": record.get("postal_code"), "city": record.get("city")})
    return {
        "name": _text(record.get("name")), "tax_number": _text(record.get("tax_number")),
        "vat_number": _text(record.get("vat_number")), "private_person": record.get("private_person") or None,
        "address": address, "cost_centre": _text(record.get("cost_centre")),
        "ids": {"reference": [str(record["id"])]} if record.get("id") else {},
    }


def manual_layer(edit: Mapping[str, Any]) -> dict[str, Any]:
    """A person's edit: only the fields they filled in (an empty field clears their earlier value)."""
    layer: dict[str, Any] = {}
    for name in LAYER_FIELDS:
        if name not in edit:
            continue
        value = edit[name]
        if name == "address":
            layer[name] = _address(value)
        elif name == "tax_number":
            layer[name] = normalise_tax_number(_text(value))
        elif name == "private_person":
            layer[name] = bool(value) if value is not None else None
        else:
            layer[name] = _text(value)
    return layer


def client_key_of_reference(record: Mapping[str, Any]) -> str | None:
    return client_key({"name": record.get("name"), "tax_number": record.get("tax_number"),
                       "vat_number": record.get("vat_number"),
                       "address": {"postal_code": record.get("postal_code"), "city": record.get("city")}})


def _merge_layer(old: Mapping[str, Any] | None, new: Mapping[str, Any], source: ClientSource) -> dict[str, Any]:
    """One source's layer after it said ``new``. A person's edit overrides their earlier one field by
    field (an empty value clears it); a reference record replaces the layer whole, as the import
    replaces the record; an invoice's data replaces what an older invoice said and only fills the gaps
    of a newer one — so invoices merged in any order give the same layer."""
    before = {k: v for k, v in (old or {}).items() if k != "ids"}
    given = {k: v for k, v in new.items() if k != "ids"}
    if source is ClientSource.MANUAL:
        merged = {**before, **given}
    elif source is ClientSource.REFERENCE:
        merged = given
    elif str(given.get("as_of") or "") >= str(before.get("as_of") or ""):
        merged = {**before, **{k: v for k, v in given.items() if v is not None}}
    else:
        merged = {**given, **{k: v for k, v in before.items() if v is not None}}
    old_ids, new_ids = (old or {}).get("ids") or {}, new.get("ids") or {}
    ids = {k: sorted(set(old_ids.get(k, [])) | set(new_ids.get(k, []))) for k in ID_KINDS
           if old_ids.get(k) or new_ids.get(k)}
    if ids:
        merged["ids"] = ids
    return {k: v for k, v in merged.items() if v is not None}


def resolve(sources: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The record's top-level fields from its layers, by ``PRECEDENCE``, with the ids of every layer."""
    out: dict[str, Any] = {}
    for name, order in PRECEDENCE.items():
        out[name] = next((sources[s.value][name] for s in order
                          if s.value in sources and sources[s.value].get(name) not in (None, "")), None)
    ids: dict[str, set[str]] = {}
    for layer in sources.values():
        for kind, values in (layer.get("ids") or {}).items():
            ids.setdefault(kind, set()).update(values)
    out["ids"] = {k: sorted(v) for k, v in sorted(ids.items())}
    out["taxpayer_id"] = taxpayer_id(out["tax_number"])
    return out


def merge_client(record: Mapping[str, Any] | None, *, tenant: str, key: str, source: ClientSource,
                 layer: Mapping[str, Any], site: str | None = None) -> dict[str, Any]:
    """The client record after ``source`` said ``layer`` (``record``: the stored one, ``None`` if new).
    Idempotent: merging the same layer again returns an equal record. ``site``: an invoice's site,
    remembered so a site-limited viewer's client list can be narrowed (the card filters the invoices)."""
    old = dict(record or {})
    sources = {k: dict(v) for k, v in (old.get("sources") or {}).items()}
    sources[source.value] = _merge_layer(sources.get(source.value), layer, source)
    sites = sorted(set(old.get("sites") or []) | ({site} if site else set()))
    return {"_id": client_record_id(tenant, key), "tenant": tenant, "key": key, **resolve(sources),
            "sites": sites, "sources": sources, "rev": int(old.get("rev") or 0)}


def same_record(a: Mapping[str, Any] | None, b: Mapping[str, Any]) -> bool:
    """Equal but for the revision counter: nothing to write."""
    if a is None:
        return False
    return {k: v for k, v in a.items() if k not in ("rev", "updated_at")} == \
        {k: v for k, v in b.items() if k not in ("rev", "updated_at")}

"""Client records through the API: the client card as JSON, and a person's edit of a client.

``{client_id}`` is a client record's opaque id (an invoice summary's ``counterparty_id``) or a
reference client's own id (``web/client_card.py``). An edit is the *manual* layer of the record
(``core/clients.py``): it wins over every other source field by field, and an empty value hands the
field back to the other sources. A record spans sites, so only an admin without a site limit edits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body

from services.core.access import Permission, Principal
from services.core.client_card import Amount, summarise
from services.core.clients import LAYER_FIELDS, ClientSource, client_key_of_reference, manual_layer
from services.core.errors import ForbiddenError, NotFoundError, SchemaViolationError
from services.web import presentation as fmt
from services.web.client_card import card_rows, fill_from_rows, resolve_client, shown
from services.web.deps import Ports, PortsDep, PrincipalDep, require

router = APIRouter(prefix="/api/v1/clients", tags=["clients"])


def _amounts(rows: Iterable[Amount]) -> list[dict[str, Any]]:
    return [{"currency": a.currency, "count": a.count, "total": str(a.total)} for a in rows]


def _card(ports: Ports, principal: Principal, client_id: str) -> dict[str, Any]:
    client = resolve_client(ports, principal.tenant, principal.sites, client_id)
    rows, total = card_rows(ports, principal.tenant, principal.sites, client) if client else ([], 0)
    if not shown(client_id, client, rows) or client is None:
        raise NotFoundError(f"no client {client_id}")
    fill_from_rows(client, rows)
    summary = summarise(rows, datetime.now(fmt.LOCAL_TZ).date())
    return {
        "id": client.record_id, "name": client.name, "tax_number": client.tax_number,
        "vat_number": client.vat_number, "address": client.address or None, "email": client.email,
        "phone": client.phone, "ids": {**client.billing_ids, "reference": client.reference_ids},
        "invoices": total, "totals": _amounts(summary.totals), "open": _amounts(summary.open),
        "overdue": _amounts(summary.overdue),
        "years": [{"year": y.year, "currency": y.currency, "count": y.count, "invoiced": str(y.invoiced),
                   "paid": str(y.paid)} for y in summary.years],
    }


@router.get("/{client_id}", summary="A client card: the client, its open balance, overdue and totals")
async def get_client(client_id: str, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    return await asyncio.to_thread(_card, ports, principal, client_id)


def _key_of(ports: Ports, tenant: str, client_id: str) -> str:
    """The record key a card id names (a record must exist, or a reference client with a key)."""
    records = ports.client_records
    if records is None or ports.accounts is None:
        raise NotFoundError(f"no client {client_id}")
    record = records.get(tenant, client_id)
    if record is not None:
        return str(record["key"])
    reference = ports.accounts.client(tenant, client_id)
    key = client_key_of_reference(reference) if reference is not None else None
    if key is None:
        raise NotFoundError(f"no client {client_id}")
    return key


@router.patch("/{client_id}", summary="Edit a client (a person's edit wins over every source)")
async def edit_client(client_id: str, ports: PortsDep, principal: PrincipalDep,
                      edit: Annotated[dict[str, Any], Body(examples=[{"email": "szamla@pelda.hu"}])]
                      ) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    if not principal.tenant_wide:
        raise ForbiddenError("a client spans sites: only an admin without a site limit edits it")
    unknown = sorted(set(edit) - set(LAYER_FIELDS))
    if unknown or not edit:
        raise SchemaViolationError(f"fields one may edit: {', '.join(LAYER_FIELDS)}; not {', '.join(unknown)}")
    key = await asyncio.to_thread(_key_of, ports, principal.tenant, client_id)
    assert ports.client_records is not None  # _key_of found a record store
    await asyncio.to_thread(ports.client_records.merge, principal.tenant, key, ClientSource.MANUAL,
                            manual_layer(edit))
    await asyncio.to_thread(ports.audit.append, tenant=principal.tenant, actor=principal.subject,
                            action="client.edited", target=client_id, details={"fields": sorted(edit)})
    return await asyncio.to_thread(_card, ports, principal, client_id)

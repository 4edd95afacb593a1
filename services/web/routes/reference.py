"""Reference data through the API: CRUD, bulk upsert and CSV import for clients, projects,
contracts, orders, delivery notes, completion certificates and handover documents."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request

from services.core.access import Permission, Principal
from services.core.errors import ForbiddenError, LimitExceededError, NotFoundError, SchemaViolationError
from services.core.reference import RefKind, normalise_record, records_from_csv
from services.web.deps import Ports, PortsDep, PrincipalDep, require
from services.web.params import Page

router = APIRouter(prefix="/api/v1/reference", tags=["reference data"])
MAX_BULK = 5000


def _kind(kind: str) -> RefKind:
    try:
        return RefKind(kind)
    except ValueError as exc:
        raise NotFoundError(f"unknown kind {kind}; one of {[k.value for k in RefKind]}") from exc


def _public(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in doc.items() if k != "_id"}


def _check_sites(principal: Principal, records: list[dict[str, Any]]) -> None:
    for r in records:
        if not principal.sees_site(r["site"]):
            raise ForbiddenError(f"site {r['site']} is not yours")


async def _check_existing(ports: Ports, principal: Principal, kind: RefKind, records: list[dict[str, Any]]) -> None:
    """A record stored at another site is that site's: replacing it (even moving it to one's own site)
    is changing it, so a site-restricted principal may not."""
    if principal.tenant_wide:
        return
    stored = await asyncio.to_thread(ports.reference.sites_of, kind, [r["_id"] for r in records])
    theirs = sorted({site for site in stored.values() if not principal.sees_site(site)})
    if theirs:
        raise ForbiddenError("records stored at sites outside your scope: " + ", ".join(theirs))


async def _visible(ports: Ports, principal: Principal, kind: RefKind, ref_id: str) -> dict[str, Any]:
    """The record, if the principal's sites reach it; another site's is as absent as a missing one."""
    doc = await asyncio.to_thread(ports.reference.get, principal.tenant, kind, ref_id)  # NotFoundError if none
    if not principal.sees_site(doc.get("site", "")):
        raise NotFoundError(f"no {kind.value} {ref_id}")
    return doc


async def _store(ports: Ports, principal: Principal, kind: RefKind, records: list[dict[str, Any]],
                 how: str) -> dict[str, Any]:
    _check_sites(principal, records)
    await _check_existing(ports, principal, kind, records)
    n = await asyncio.to_thread(ports.reference.upsert_many, principal.tenant, records)
    await asyncio.to_thread(
        ports.audit.append, tenant=principal.tenant, actor=principal.subject, action=f"reference.{how}",
        target=f"{kind.value}", details={"count": n, "ids": [r["id"] for r in records[:50]]})
    return {"kind": kind.value, "upserted": n}


@router.get("/{kind}", summary="List reference records of one kind")
async def list_records(kind: str, ports: PortsDep, principal: PrincipalDep,
                       page: Page = 1,
                       page_size: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    k = _kind(kind)
    # The site filter is in the query, so `total` counts only what the caller may see.
    docs, total = await asyncio.to_thread(ports.reference.list, principal.tenant, k, sites=principal.sites,
                                          skip=(page - 1) * page_size, limit=page_size)
    return {"items": [_public(d) for d in docs], "total": total, "page": page}


@router.get("/{kind}/{ref_id}", summary="One reference record")
async def get_record(kind: str, ref_id: str, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    return _public(await _visible(ports, principal, _kind(kind), ref_id))


@router.put("/{kind}/{ref_id}", summary="Create or replace one record")
async def put_record(kind: str, ref_id: str, ports: PortsDep, principal: PrincipalDep,
                     record: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    k = _kind(kind)
    stored = normalise_record(k, principal.tenant, {**record, "id": ref_id}, principal.sites[0] if principal.sites
                              else "default")
    await _store(ports, principal, k, [stored], "upserted")
    return _public(stored)


@router.delete("/{kind}/{ref_id}", summary="Delete one record")
async def delete_record(kind: str, ref_id: str, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    k = _kind(kind)
    await _visible(ports, principal, k, ref_id)
    gone = await asyncio.to_thread(ports.reference.delete, principal.tenant, k, ref_id)
    if not gone:
        raise NotFoundError(f"no {kind} {ref_id}")
    await asyncio.to_thread(ports.audit.append, tenant=principal.tenant, actor=principal.subject,
                            action="reference.deleted", target=f"{k.value}:{ref_id}", details={})
    return {"deleted": ref_id}


@router.post("/{kind}/_bulk", summary="Bulk upsert: {\"records\": [...]} (all or nothing on validation)")
async def bulk_upsert(kind: str, ports: PortsDep, principal: PrincipalDep,
                      body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    k = _kind(kind)
    raw = body.get("records")
    if not isinstance(raw, list) or not raw or len(raw) > MAX_BULK:
        raise SchemaViolationError(f"records must be a list of 1..{MAX_BULK} objects")
    default_site = principal.sites[0] if principal.sites else "default"
    records = []
    for n, r in enumerate(raw):
        try:
            records.append(normalise_record(k, principal.tenant, r, default_site))
        except SchemaViolationError as exc:
            raise SchemaViolationError(f"records[{n}]: {exc.message}") from exc
    return await _store(ports, principal, k, records, "bulk_upserted")


@router.post("/{kind}/_csv", summary="CSV import (text/csv body with a header row; lists separated by |)")
async def import_csv(kind: str, request: Request, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    k = _kind(kind)
    body = await request.body()
    if len(body) > 20 * 1024 * 1024:
        raise LimitExceededError("CSV over 20 MiB")
    text = body.decode("utf-8-sig", errors="replace")
    records = records_from_csv(k, principal.tenant, text, principal.sites[0] if principal.sites else "default")
    if not records:
        raise SchemaViolationError("the CSV has no rows")
    return await _store(ports, principal, k, records, "csv_imported")

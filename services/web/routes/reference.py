"""Reference data through the API: CRUD, bulk upsert and CSV import for clients, projects,
contracts, orders, delivery notes, completion certificates and handover documents.

Each endpoint is a use case of ``app/reference.py``, the same as the Törzsadatok page."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request

from services.app import reference as uc
from services.core.access import Permission
from services.core.errors import LimitExceededError, NotFoundError, SchemaViolationError
from services.core.reference import RefKind, normalise_record
from services.web.admin_deps import ReferenceDep
from services.web.deps import PrincipalDep, require
from services.web.params import Page

router = APIRouter(prefix="/api/v1/reference", tags=["reference data"])
MAX_BULK = 5000
MAX_CSV = 20 * 1024 * 1024


def _kind(kind: str) -> RefKind:
    try:
        return RefKind(kind)
    except ValueError as exc:
        raise NotFoundError(f"unknown kind {kind}; one of {[k.value for k in RefKind]}") from exc


def _public(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in doc.items() if k != "_id"}


@router.get("/{kind}", summary="List reference records of one kind")
async def list_records(kind: str, refs: ReferenceDep, principal: PrincipalDep,
                       page: Page = 1,
                       page_size: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    docs, total = await asyncio.to_thread(uc.list_records, refs, principal, _kind(kind),
                                          skip=(page - 1) * page_size, limit=page_size)
    return {"items": [_public(d) for d in docs], "total": total, "page": page}


@router.get("/{kind}/{ref_id}", summary="One reference record")
async def get_record(kind: str, ref_id: str, refs: ReferenceDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    return _public(await asyncio.to_thread(uc.visible_record, refs, principal, _kind(kind), ref_id))


@router.put("/{kind}/{ref_id}", summary="Create or replace one record")
async def put_record(kind: str, ref_id: str, refs: ReferenceDep, principal: PrincipalDep,
                     record: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return _public(await asyncio.to_thread(uc.put_record, refs, principal, _kind(kind), ref_id, record))


@router.delete("/{kind}/{ref_id}", summary="Delete one record")
async def delete_record(kind: str, ref_id: str, refs: ReferenceDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    await asyncio.to_thread(uc.delete_record, refs, principal, _kind(kind), ref_id)
    return {"deleted": ref_id}


@router.post("/{kind}/_bulk", summary="Bulk upsert: {\"records\": [...]} (all or nothing on validation)")
async def bulk_upsert(kind: str, refs: ReferenceDep, principal: PrincipalDep,
                      body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    k = _kind(kind)
    raw = body.get("records")
    if not isinstance(raw, list) or not raw or len(raw) > MAX_BULK:
        raise SchemaViolationError(f"records must be a list of 1..{MAX_BULK} objects")
    default_site = uc.default_site(principal)
    records = []
    for n, r in enumerate(raw):
        try:
            records.append(normalise_record(k, principal.tenant, r, default_site))
        except SchemaViolationError as exc:
            raise SchemaViolationError(f"records[{n}]: {exc.message}") from exc
    return await asyncio.to_thread(uc.store, refs, principal, k, records, "bulk_upserted")


@router.post("/{kind}/_csv", summary="CSV import (text/csv body with a header row; lists separated by |)")
async def import_csv(kind: str, request: Request, refs: ReferenceDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    k = _kind(kind)
    body = await request.body()
    if len(body) > MAX_CSV:
        raise LimitExceededError("CSV over 20 MiB")
    return await asyncio.to_thread(uc.import_csv, refs, principal, k, body.decode("utf-8-sig", errors="replace"))

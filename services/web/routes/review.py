"""The review queue: invoices rules held for approval, and matches too uncertain to trust.

The decisions themselves are use cases (``app/review.py``), shared with the UI's review pages; they
raise domain errors, which the app's one handler (``web/errors.py``) answers as JSON: no such item
404, decided already 409, an unknown client or an empty reassignment 422.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Query

from services.app.review import Decision, approve_item, load_item, reject_item, visible_items
from services.core.access import Permission
from services.web.deps import PrincipalDep, ReviewDep, require

router = APIRouter(prefix="/api/v1/review", tags=["review queue"])


def public_item(item: dict[str, Any]) -> dict[str, Any]:
    out = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in item.items()
           if k not in ("_id", "matched")}
    out["id"] = item["_id"]
    return out


@router.get("", summary="Review queue, oldest first")
async def list_items(review: ReviewDep, principal: PrincipalDep, status: str = "open",
                     limit: int = Query(100, ge=1, le=1000)) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    items = await asyncio.to_thread(visible_items, review, principal, status=status, limit=limit)
    return {"items": [public_item(i) for i in items]}


@router.get("/{item_id}", summary="One review item with its ranked candidates")
async def get_item(item_id: str, review: ReviewDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    return public_item(await asyncio.to_thread(load_item, review, principal, item_id))


@router.post("/{item_id}/approve", summary="Approve: archive a held invoice / confirm a match")
async def approve(item_id: str, decision: Decision, review: ReviewDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.REVIEW)
    return public_item(await asyncio.to_thread(approve_item, review, principal, item_id, decision, "approve"))


@router.post("/{item_id}/reassign", summary="Assign another client / project / contract")
async def reassign(item_id: str, decision: Decision, review: ReviewDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.REVIEW)
    return public_item(await asyncio.to_thread(approve_item, review, principal, item_id, decision, "reassign"))


@router.post("/{item_id}/reject", summary="Reject: a held invoice stays stored but unpublished; a match is dropped")
async def reject(item_id: str, decision: Decision, review: ReviewDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.REVIEW)
    return public_item(await asyncio.to_thread(reject_item, review, principal, item_id, decision))

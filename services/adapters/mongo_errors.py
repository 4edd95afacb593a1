"""MongoDB errors as the domain's (``core/errors.py``), and the two multi-document writes the grouped
writes use (``adapters/group_commit.py``): an ``insert_many`` that reports which documents the store
refused, and an unordered ``bulk_write`` of upserts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pymongo import ReplaceOne, UpdateOne
from pymongo.collection import Collection
from pymongo.errors import (
    BulkWriteError,
    ConnectionFailure,
    DocumentTooLarge,
    DuplicateKeyError,
    OperationFailure,
    PyMongoError,
    WriteError,
)

from services.core.errors import StorageRejectedError, StorageUnavailableError


@contextmanager
def translate_errors(operation: str) -> Iterator[None]:
    try:
        yield
    except DuplicateKeyError:
        raise
    except (WriteError, DocumentTooLarge) as exc:
        raise StorageRejectedError(f"MongoDB: {operation}: {exc}"[:500]) from exc
    except (ConnectionFailure, OperationFailure, PyMongoError) as exc:
        raise StorageUnavailableError(f"MongoDB: {operation}: {type(exc).__name__}") from exc


DUPLICATE_KEY = 11000


def replace_by_id(collection: Collection[dict[str, Any]], doc: dict[str, Any]) -> None:
    """Replace the document with ``doc``'s ``_id``, creating it if it is missing. Two upserts of one new
    ``_id`` at once can both miss and insert; the loser gets a duplicate key error although the
    document now exists, so it replaces once more (the document is there by then)."""
    try:
        collection.replace_one({"_id": doc["_id"]}, doc, upsert=True)
    except DuplicateKeyError:
        collection.replace_one({"_id": doc["_id"]}, doc, upsert=True)


def insert_all(collection: Collection[dict[str, Any]], docs: list[dict[str, Any]], *,
                ordered: bool) -> dict[int, int]:
    """``insert_many``; the documents the store refused, by index → error code (11000: the ``_id`` is
    taken). Ordered, it stops at the first refusal and the rest are not written either (each reported
    with code 0). Inside ``translate_errors``: an outage still raises."""
    try:
        collection.insert_many(docs, ordered=ordered)
        return {}
    except BulkWriteError as exc:
        errors = exc.details.get("writeErrors") or []
        if not errors:
            raise  # a write concern failure: the store's trouble, not the documents'
        refused = {int(e["index"]): int(e.get("code") or 0) for e in errors}
        if ordered:
            refused.update({i: 0 for i in range(min(refused) + 1, len(docs)) if i not in refused})
        return refused


def bulk_upserts(collection: Collection[dict[str, Any]], requests: list[UpdateOne] | list[ReplaceOne[dict[str, Any]]],
          operation: str) -> None:
    """Unordered ``bulk_write`` of upserts; a document the store refuses is ``StorageRejectedError`` (so
    ``group_commit.each_alone`` writes the group's items one by one), an outage as ever."""
    with translate_errors(operation):
        try:
            collection.bulk_write(requests, ordered=False)
        except BulkWriteError as exc:
            errors = exc.details.get("writeErrors") or []
            if not errors:
                raise
            raise StorageRejectedError(f"MongoDB: {operation}: {errors[0].get('errmsg')}"[:500]) from exc

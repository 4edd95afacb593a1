"""``replace_by_id``: an upsert that lost the race to create its ``_id`` (a duplicate key error although
the document now exists) replaces once more instead of failing the import that asked for it."""

from __future__ import annotations

from typing import Any

import pytest
from pymongo.errors import DuplicateKeyError

from services.adapters.mongo_errors import replace_by_id


class RacingCollection:
    """The first ``n`` upserts lose the race: another writer inserted the ``_id`` meanwhile."""

    def __init__(self, losses: int) -> None:
        self.losses, self.docs, self.calls = losses, {}, 0  # type: ignore[var-annotated]

    def replace_one(self, query: dict[str, Any], doc: dict[str, Any], upsert: bool = False) -> None:
        self.calls += 1
        if self.losses:
            self.losses -= 1
            self.docs[query["_id"]] = {"_id": query["_id"], "by": "the other writer"}
            raise DuplicateKeyError("E11000 duplicate key error", 11000)
        assert upsert
        self.docs[query["_id"]] = doc


def test_a_lost_race_replaces_once_more_and_the_document_is_ours() -> None:
    collection = RacingCollection(losses=1)
    replace_by_id(collection, {"_id": "c|900015", "state": "imported"})  # type: ignore[arg-type]
    assert collection.docs == {"c|900015": {"_id": "c|900015", "state": "imported"}} and collection.calls == 2


def test_no_race_is_one_write_and_a_second_refusal_is_not_hidden() -> None:
    calm = RacingCollection(losses=0)
    replace_by_id(calm, {"_id": "a"})  # type: ignore[arg-type]
    assert calm.calls == 1
    with pytest.raises(DuplicateKeyError):  # not a race any more: a unique index the document breaks
        replace_by_id(RacingCollection(losses=2), {"_id": "b"})  # type: ignore[arg-type]

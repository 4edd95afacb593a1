"""The document store's single-document writes are atomic, as MongoDB's are and as the project relies on
(audit heads, client records and review decisions are compare-and-set; open summaries and id lists are
``$set`` / ``$addToSet``). FerretDB 1.24 on SQLite was not: it reads, then writes in a separate step, and
concurrent writers undid each other — the review queue lost a held invoice in CI. The project's build
(deploy/local/install.sh) locks those commands per collection; these tests fail on a build without it."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

from pymongo.database import Database

THREADS = 8


def _race(work: Callable[[int], None]) -> None:
    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_concurrent_field_sets_on_one_document_all_stay(db: Database[dict[str, Any]]) -> None:
    coll, key = db.atomicity_probe, f"set-{uuid.uuid4()}"
    coll.insert_one({"_id": key})
    _race(lambda i: [coll.update_one({"_id": key}, {"$set": {f"items.w{i}-{j}": j}}) for j in range(15)])
    assert len(coll.find_one({"_id": key})["items"]) == THREADS * 15
    coll.delete_one({"_id": key})


def test_compare_and_set_lets_exactly_one_racer_win_each_step(db: Database[dict[str, Any]]) -> None:
    coll, key = db.atomicity_probe, f"cas-{uuid.uuid4()}"
    coll.insert_one({"_id": key, "v": 0})
    wins = [0] * THREADS

    def step(i: int) -> None:
        while wins[i] < 10:
            seen = coll.find_one({"_id": key})["v"]
            if coll.replace_one({"_id": key, "v": seen}, {"_id": key, "v": seen + 1}).modified_count == 1:
                wins[i] += 1

    _race(step)
    assert coll.find_one({"_id": key})["v"] == sum(wins) == THREADS * 10
    coll.delete_one({"_id": key})


def test_find_one_and_update_hands_an_open_item_to_one_caller(db: Database[dict[str, Any]]) -> None:
    coll = db.atomicity_probe
    for round_ in range(10):
        key, winners = f"claim-{uuid.uuid4()}", []
        coll.insert_one({"_id": key, "status": "open"})

        def claim(i: int, key: str = key, winners: list[int] = winners) -> None:
            if coll.find_one_and_update({"_id": key, "status": "open"}, {"$set": {"status": f"by-{i}"}}):
                winners.append(i)

        _race(claim)
        assert len(winners) == 1, f"round {round_}: {winners} all claimed it"
        coll.delete_one({"_id": key})

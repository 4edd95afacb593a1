"""Search latency against archive size on the configured MongoDB-compatible store.

`make bench-search` runs it on the test-profile FerretDB (SQLite). Prints, for each archive size,
the latency of the searches the API runs (text, number prefix, client, date + amount range,
count). FerretDB 1.24 on SQLite pushes no filter into an index (its query plan is a full scan), so
latency grows linearly with the tenant's invoice count here; MongoDB serves the same queries from
the indexes in services/adapters/mongo.py.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from services.adapters.mongo import InvoiceRepo, connect, ensure_indexes
from services.adapters.settings import load_settings
from services.core.search_query import InvoiceQuery, build_filter
from services.core.search_terms import build_search_terms

WORDS = ["Kft", "Zrt", "Bt", "Budapest", "Debrecen", "Szeged", "tanácsadás", "szoftver", "licenc",
         "karbantartás", "szállítás", "építés"]


def _view(tenant: str, i: int, rng: random.Random) -> dict:
    number = f"SZ-{2020 + i % 6}-{i:06d}"
    buyer = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i % 500} Kft."
    issued = date(2020, 1, 1) + timedelta(days=i % 2000)
    gross = Decimal(rng.randint(1_000, 5_000_000))
    return {
        "_id": str(uuid.uuid4()), "tenant": tenant, "site": "hq", "invoice_number": number,
        "issue_date": issued.isoformat(), "currency": "HUF", "gross_total": str(gross), "gross_amount": float(gross),
        "buyer_name": buyer, "buyer_tax_number": f"{10000000 + i % 500}-2-41", "client_id": f"c{i % 500}",
        "client_name": buyer, "search_terms": build_search_terms(number, buyer, " ".join(rng.sample(WORDS, 6))),
        "updated_at": datetime.now(UTC),
    }


def _time(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,5000")
    args = parser.parse_args()
    settings = load_settings()
    db = connect(settings)
    ensure_indexes(db)
    repo = InvoiceRepo(db)
    rng = random.Random(7)
    tenant = "bsearch" + uuid.uuid4().hex[:6]
    have = 0
    print(f"{'invoices':>9} {'text':>8} {'number':>8} {'client':>8} {'range':>8} {'count':>8}   (ms, median of 3)")
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            batch = [_view(tenant, i, rng) for i in range(have, size)]
            for start in range(0, len(batch), 500):
                db.invoices.insert_many(batch[start : start + 500])
            have = size
            queries = {
                "text": InvoiceQuery(tenant=tenant, text="szoftver budapest"),
                "number": InvoiceQuery(tenant=tenant, number="SZ-2023-0012"),
                "client": InvoiceQuery(tenant=tenant, client="10000042-2-41"),
                "range": InvoiceQuery(tenant=tenant, issue_from=date(2022, 1, 1), issue_to=date(2022, 3, 31),
                                      gross_min=Decimal(100_000)),
            }
            row = [_time(lambda q=q: repo.search(build_filter(q), skip=0, limit=50)) for q in queries.values()]
            row.append(_time(lambda: db.invoices.count_documents({"tenant": tenant})))
            print(f"{size:>9} " + " ".join(f"{v:8.0f}" for v in row))
    finally:
        # By _id in chunks: FerretDB turns one delete_many over 100 000 documents into one SQL statement
        # with a variable per document, and SQLite refuses it ("too many SQL variables").
        ids = [d["_id"] for d in db.invoices.find({"tenant": tenant}, {"_id": 1})]
        for start in range(0, len(ids), 500):
            db.invoices.delete_many({"_id": {"$in": ids[start : start + 500]}})


if __name__ == "__main__":
    main()

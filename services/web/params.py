"""Bounds of the numeric query parameters the API and the UI share, in one place.

Without an upper bound a page number like 10**30 passed validation and reached the database driver as a
skip beyond BSON's int64, which answered 500; every numeric query parameter is bounded here or where it is
declared (``Query(ge=…, le=…)``), so an absurd value is a 422 that names the bound.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from fastapi import Query

MAX_PAGE = 1_000_000  # at 200 a page, 200 million invoices: far beyond an archive, far inside int64
MAX_SEQ = 2**63 - 1  # audit seqs and version numbers are stored as BSON int64
AMOUNT_LIMIT = Decimal(10**15)  # a thousand billion in any currency; exact as a float, so as a BSON double

Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page number, from 1")]
AfterSeq = Annotated[int, Query(ge=0, le=MAX_SEQ, description="the previous page's next_after (seq of its last entry)")]
Version = Annotated[int | None, Query(ge=1, le=MAX_SEQ, description="version number; default: the latest")]
Amount = Annotated[Decimal | None, Query(ge=-AMOUNT_LIMIT, le=AMOUNT_LIMIT, description="gross amount bound")]

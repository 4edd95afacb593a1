"""Demo data for NAV completeness: invoices reported to NAV and archived, with planted gaps.

Eight outgoing invoices of taxpayer 12345678 in one month. NAV (the emulator) gets numbers 1–7;
the archive (through the signed webhook) gets 1–6 and 8, with two of them altered:

* ``…-007`` is in NAV only                     → missing_in_archive
* ``…-008`` is in the archive only             → missing_in_nav
* ``…-003`` is archived with 1000 more gross     → differing: gross_total
* ``…-005`` is archived with another buyer       → differing: buyer_taxpayer_id

A reconciliation over the month must show exactly these four and nothing else.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import requests

from services.adapters.webhook_client import post_signed, webhook_body
from services.core.invoice import invoice_to_json
from services.core.parsing import parse_document
from services.demo.own_system import demo_book, demo_documents
from services.emulators.nav.invoices import generate_invoice

TAXPAYER = "12345678"
CUSTOMERS = ("24681357", "13572468", "11223344")
OTHER_BUYER = ("99887766", "99887766-2-41")


@dataclass(frozen=True)
class NavGapPlan:
    first_day: date
    last_day: date
    nav_documents: tuple[tuple[str, bytes], ...]  # (number, InvoiceData XML) for the emulator
    archive_posts: tuple[tuple[str, dict[str, Any], bytes], ...]  # (external id, metadata, PDF)
    expected: dict[str, Any] = field(default_factory=dict)


def nav_gap_plan(prefix: str = "NAVDEMO", month: date = date(2025, 3, 1)) -> NavGapPlan:
    numbers = [f"{prefix}-{i:03d}" for i in range(1, 9)]
    xml = {n: generate_invoice(invoice_number=n, issue_date=month + timedelta(days=i * 2),
                               supplier_tax_number=TAXPAYER, customer_tax_number=CUSTOMERS[i % len(CUSTOMERS)])
           for i, n in enumerate(numbers)}
    pdfs = [pdf for _, pdf in demo_documents(demo_book(len(numbers), seed=5))]
    posts = []
    for i, n in enumerate(numbers):
        if n.endswith("-007"):
            continue
        meta = invoice_to_json(parse_document(xml[n], media_type="application/xml").invoice)
        meta.pop("provenance", None)
        meta.pop("warnings", None)
        if n.endswith("-003"):
            meta["gross_total"] = str(Decimal(meta["gross_total"]) + 1000)
        if n.endswith("-005"):
            meta["buyer"] = {**meta["buyer"], "taxpayer_id": OTHER_BUYER[0], "tax_number": OTHER_BUYER[1]}
        posts.append((f"navdemo-{n}", meta, pdfs[i]))
    last = month.replace(day=28)
    return NavGapPlan(
        first_day=month, last_day=last,
        nav_documents=tuple((n, xml[n]) for n in numbers if not n.endswith("-008")),
        archive_posts=tuple(posts),
        expected={"missing_in_archive": [f"{prefix}-007"], "missing_in_nav": [f"{prefix}-008"],
                  "differing": {f"{prefix}-003": ["gross_total"], f"{prefix}-005": ["buyer_taxpayer_id"]}},
    )


def plant(plan: NavGapPlan, *, nav_admin_url: str, webhook_url: str, secret: str) -> None:
    """Puts the NAV side into the emulator (admin endpoint) and the archive side through the webhook."""
    with requests.Session() as http:
        for number, document in plan.nav_documents:
            r = http.post(f"{nav_admin_url}/_emulator/invoices",
                          json={"invoiceDataBase64": base64.b64encode(document).decode()}, timeout=30)
            if r.status_code != 201:
                raise RuntimeError(f"NAV emulator refused {number}: {r.status_code} {r.text[:200]}")
        for external_id, metadata, pdf in plan.archive_posts:
            body = webhook_body(external_id, pdf, filename=f"{external_id}.pdf", invoice=metadata)
            r = post_signed(http, webhook_url, secret, body)
            if r.status_code != 202:
                raise RuntimeError(f"webhook refused {external_id}: {r.status_code} {json.dumps(r.json())[:200]}")

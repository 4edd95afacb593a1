"""Demo data for NAV completeness: invoices reported to NAV and archived, with planted gaps.

Eight outgoing invoices of taxpayer 12345678 in one month. NAV (the emulator) gets numbers 1–7;
the archive (through the signed webhook) gets 1–6 and 8, with two of them altered:

* ``…-007`` is in NAV only                     → missing_in_archive
* ``…-008`` is in the archive only             → missing_in_nav
* ``…-003`` is archived with 1000 more gross     → differing: gross_total
* ``…-005`` is archived with another buyer       → differing: buyer_taxpayer_id

Five incoming invoices of three suppliers to taxpayer 12345678 in the same month (``…-IN-00n``,
archived with direction ``incoming``). NAV lists IN-001–004 as INBOUND; the archive gets IN-001–003
and IN-005, one of them altered:

* ``…-IN-004`` is in NAV only                  → missing_in_archive (a supplier invoice never archived)
* ``…-IN-005`` is in the archive only          → missing_in_nav
* ``…-IN-002`` is archived with 1000 more gross  → differing: gross_total

A reconciliation over the month must show exactly these four outbound and three inbound gaps and
nothing else.
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
from szamlatar_dev.demo.own_system import demo_book, demo_documents
from szamlatar_dev.emulators.nav.invoices import generate_invoice

TAXPAYER = "12345678"
CUSTOMERS = ("24681357", "13572468", "11223344")
OTHER_BUYER = ("99887766", "99887766-2-41")
SUPPLIERS = ("10773381", "13053929", "23465709")


@dataclass(frozen=True)
class NavGapPlan:
    first_day: date
    last_day: date
    nav_documents: tuple[tuple[str, bytes], ...]  # (number, InvoiceData XML) for the emulator
    archive_posts: tuple[tuple[str, dict[str, Any], bytes], ...]  # (external id, metadata, PDF)
    expected: dict[str, Any] = field(default_factory=dict)  # OUTBOUND gaps
    expected_inbound: dict[str, Any] = field(default_factory=dict)


def _archived_form(document: bytes, pdf: bytes, external_id: str, *, incoming: bool = False,
                   gross_plus: int = 0, buyer: tuple[str, str] | None = None) -> tuple[str, dict[str, Any], bytes]:
    """The webhook post of what NAV holds, altered as the plan says."""
    meta = invoice_to_json(parse_document(document, media_type="application/xml").invoice)
    meta.pop("provenance", None)
    meta.pop("warnings", None)
    if incoming:
        meta["direction"] = "incoming"
    if gross_plus:
        meta["gross_total"] = str(Decimal(meta["gross_total"]) + gross_plus)
    if buyer is not None:
        meta["buyer"] = {**meta["buyer"], "taxpayer_id": buyer[0], "tax_number": buyer[1]}
    return (external_id, meta, pdf)


def nav_gap_plan(prefix: str = "NAVDEMO", month: date = date(2025, 3, 1)) -> NavGapPlan:
    numbers = [f"{prefix}-{i:03d}" for i in range(1, 9)]
    xml = {n: generate_invoice(invoice_number=n, issue_date=month + timedelta(days=i * 2),
                               supplier_tax_number=TAXPAYER, customer_tax_number=CUSTOMERS[i % len(CUSTOMERS)])
           for i, n in enumerate(numbers)}
    incoming = [f"{prefix}-IN-{i:03d}" for i in range(1, 6)]
    xml.update({n: generate_invoice(invoice_number=n, issue_date=month + timedelta(days=i * 3 + 1),
                                    supplier_tax_number=SUPPLIERS[i % len(SUPPLIERS)], customer_tax_number=TAXPAYER)
                for i, n in enumerate(incoming)})
    pdfs = [pdf for _, pdf in demo_documents(demo_book(len(numbers) + len(incoming), seed=5))]
    posts = [_archived_form(xml[n], pdfs[i], f"navdemo-{n}", gross_plus=1000 if n.endswith("-003") else 0,
                            buyer=OTHER_BUYER if n.endswith("-005") else None)
             for i, n in enumerate(numbers) if not n.endswith("-007")]
    posts += [_archived_form(xml[n], pdfs[len(numbers) + i], f"navdemo-{n}", incoming=True,
                             gross_plus=1000 if n.endswith("-IN-002") else 0)
              for i, n in enumerate(incoming) if not n.endswith("-IN-004")]
    last = month.replace(day=28)
    return NavGapPlan(
        first_day=month, last_day=last,
        nav_documents=tuple((n, xml[n]) for n in numbers + incoming if not n.endswith(("-008", "-IN-005"))),
        archive_posts=tuple(posts),
        expected={"missing_in_archive": [f"{prefix}-007"], "missing_in_nav": [f"{prefix}-008"],
                  "differing": {f"{prefix}-003": ["gross_total"], f"{prefix}-005": ["buyer_taxpayer_id"]}},
        expected_inbound={"missing_in_archive": [f"{prefix}-IN-004"], "missing_in_nav": [f"{prefix}-IN-005"],
                          "differing": {f"{prefix}-IN-002": ["gross_total"]}},
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

"""Finishing the archiving of an invoice is one use case (``app/archiving.py``), and both doors reach it:
the archive stage for an invoice no rule held, and the approval of a held one. Whichever door, the
same view (with the stored payment state), the same ``invoice.archived`` audit entry and event."""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from services.app import review
from services.app.archiving import AuditNote, StoredInvoice, finish_archiving
from services.core.access import Principal
from services.core.enums import Outcome, Role
from services.core.events import raw_event
from services.core.stages.archive import ArchivePlan, archived_event
from services.core.topics import INVOICE_ARCHIVED
from services.pipeline.matching import HoldingArchiveHandler
from tests.fakes import FakeRepos, fake_repos

Doc = dict[str, Any]
NOW = datetime(2025, 9, 10, 8, 0, tzinfo=UTC)
SHA = "a" * 64
PAID = {"_id": "", "status": "paid", "paid_total": "1000", "cancelled": False, "fingerprint": "f1", "seq": 1,
        "updated_at": "2025-09-09T00:00:00+00:00", "updated_by": "source",
        "payments": [{"date": "2025-09-09", "amount": "1000", "method": "transfer", "reference": None}]}
SERVICES = Path(__file__).resolve().parents[3] / "services"


class Payments:
    """The payment store's ``write_view`` contract over one stored state."""

    def __init__(self, state: Doc | None) -> None:
        self.stored = state
        self.new: list[bool] = []  # each write's ``new``

    def state(self, invoice_id: str) -> Doc | None:
        return self.stored

    def write_view(self, invoice_id: str, build: Callable[[Doc | None], Doc], upsert: Callable[[Doc], None], *,
                   new: bool = False) -> Doc:
        self.new.append(new)
        view = build(self.stored)
        upsert(view)
        return view


def _matched(*, hold: bool) -> Doc:
    event = raw_event(tenant="acme", site="budapest", source_kind="own_system", connection_id="erp",
                      external_id="x-1", correlation_id="c", now=NOW, metadata=None,
                      document={"sha256": SHA, "bucket": "staging", "object_key": "k", "media_type": "application/pdf",
                                "size": 10, "filename": "x-1.pdf"})
    match = {"client_id": "c-1", "client_name": "Kovács Kft.", "status": "matched", "confidence": 0.9,
             "decision": "hold" if hold else "archive", "rule_hits": [{"rule_id": "nagy"}] if hold else [],
             "tags": []}
    return {**event, "invoice": {"number": "E-1", "issue_date": "2025-09-01", "gross_total": "1000",
                                 "currency": "HUF", "direction": "outgoing", "payment_status": "unpaid",
                                 "payments": []},
            "match": match, "text": ""}


def test_finishing_writes_the_view_with_the_stored_payment_state_then_audits_and_announces() -> None:
    repos = fake_repos()
    invoices, audit = repos.invoices, repos.audit
    matched = _matched(hold=False)
    plan = ArchivePlan("inv-1", "acme/invoices/inv-1.pdf", Outcome.OK, 1)
    stored = StoredInvoice(matched, plan, "v1", date(2033, 12, 31))
    topic, event = finish_archiving(invoices, Payments({**PAID, "_id": "inv-1"}), audit, stored, actor="anna",
                                    now=NOW, details={"approved": True}, note=AuditNote("review.approved", {"r": 1}))
    view = invoices.views["inv-1"]
    assert view["invoice"]["payment_status"] == "paid" and view["client_id"] == "c-1"  # stored state, assignment
    assert [(e["action"], e["actor"], e["target"]) for e in audit.log] == [
        ("review.approved", "anna", "inv-1"), ("invoice.archived", "anna", "inv-1")]
    assert audit.log[1]["details"] == {"version": 1, "sha256": SHA, "approved": True}
    assert (topic, event) == (INVOICE_ARCHIVED.name, archived_event(matched, plan, "v1", NOW))


def _archive_stage(repos: FakeRepos) -> HoldingArchiveHandler:
    # The PDF is in the archive already (same sha256), so the stage stores nothing new.
    store: Any = SimpleNamespace(latest=lambda key: SimpleNamespace(version_id="v1", sha256=SHA))
    return HoldingArchiveHandler(store, repos.invoices, repos.audit, repos.reviews, Payments(None),
                                 retention_years=8)


@pytest.mark.parametrize("door", ["archive-stage", "approval"])
def test_both_doors_finish_alike(door: str) -> None:
    repos = fake_repos()
    invoices, audit = repos.invoices, repos.audit
    stage = _archive_stage(repos)
    if door == "archive-stage":
        outputs = stage._archive(_matched(hold=False))
        actions = [("invoice.archived", "pipeline")]
    else:
        assert stage._archive(_matched(hold=True)) == []  # held: stored, not announced
        ports = review.ReviewPorts(reviews=repos.reviews, invoices=invoices, payments=Payments(None),
                                   reference=repos.reference, confirmations=repos.confirmations,
                                   audit=audit, publisher=repos.publisher, clock=lambda: NOW)
        item_id = next(iter(repos.reviews.items))
        review.approve_item(ports, Principal("anna", "acme", Role.FINANCE), item_id, review.Decision(reason="rendben"),
                            "approve")
        assert len(repos.publisher.sent) == 1
        outputs = [(INVOICE_ARCHIVED.name, event) for event in repos.publisher.on(INVOICE_ARCHIVED.name)]
        actions = [("invoice.held", "pipeline"), ("review.approved", "anna"), ("invoice.archived", "anna")]
    [(topic, event)] = outputs
    assert topic == INVOICE_ARCHIVED.name and event["sha256"] == SHA and event["version"] == 1
    assert [(e["action"], e["actor"]) for e in audit.log] == actions
    [view] = invoices.views.values()
    assert (view["_id"], view["current_version_id"], view["client_id"]) == (event["invoice_id"], "v1", "c-1")
    assert len(invoices.version_records) == 1  # the version record: written once, by the stage, in both cases


def _calls(name: str) -> list[str]:
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == name:
                found.append(str(path.relative_to(SERVICES)))
    return found


def test_only_the_use_case_builds_an_archived_view() -> None:
    # core/stages/archive.py's invoice_view makes the view; writing it is finishing the archiving, in one place.
    assert _calls("invoice_view") == ["app/archiving.py"]
    assert _calls("finish_archiving") == ["app/review.py", "pipeline/matching.py"]


def test_the_archive_stage_numbers_versions_from_reads_by_id(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stage finds a content's version record by ``_id`` and the latest number in the view or a held
    item (never a filter on ``invoice_versions``): a new content is the next version, a replay a
    duplicate, and a replay after a crash before the commit point takes its number again."""
    repos = fake_repos()
    monkeypatch.setattr(repos.invoices, "versions", lambda invoice_id: pytest.fail("listed every version"))
    stage = _archive_stage(repos)
    first = _matched(hold=False)
    [(_, event)] = stage._archive(first)
    assert event["version"] == 1
    second = {**first, "document": {**first["document"], "sha256": "b" * 64}}
    stage.store = SimpleNamespace(latest=lambda key: SimpleNamespace(version_id="v2", sha256="b" * 64))
    [(_, event)] = stage._archive(second)
    assert event["version"] == 2 and len(repos.invoices.version_records) == 2
    [(_, again)] = stage._archive(second)  # a replay: the record is found by _id, nothing written
    assert again["version"] == 2 and len(repos.invoices.version_records) == 2
    del repos.invoices.version_records[f"{event['invoice_id']}:{'b' * 64}"]  # crashed before the commit point
    [(_, resumed)] = stage._archive(second)
    assert resumed["version"] == 2 and len(repos.invoices.version_records) == 2
    # Only the first archive found no view: there the payment state is read after the view's write only.
    assert stage.payments.new == [True, False, False]  # type: ignore[attr-defined]

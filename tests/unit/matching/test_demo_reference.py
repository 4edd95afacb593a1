"""`szamlatar demo reference`: the demo tenant's reference data puts demo invoices on projects."""

from __future__ import annotations

from services.core.matching import snapshot
from services.core.matching.engine import match_invoice
from services.core.reference import RefKind, normalise_record
from szamlatar_dev.demo.own_system import demo_book, invoice_metadata
from szamlatar_dev.demo.reference_demo import demo_reference_records


def test_demo_invoices_of_known_buyers_land_on_order_contract_and_project() -> None:
    book = demo_book(12)
    records = demo_reference_records(book)
    snap = snapshot(normalise_record(RefKind(k), "demo", r) for k, rs in records.items() for r in rs)
    known = {r["tax_number"]: r["id"] for r in records["client"]}
    linked = 0
    for inv in book.invoices:
        result = match_invoice(invoice_metadata(inv), "", snap, source_kind="own_system")
        if inv.buyer.tax_number not in known:
            assert result.client_id is None
            continue
        n = known[inv.buyer.tax_number].removeprefix("client-")
        assert result.status == "auto" and result.client_id == known[inv.buyer.tax_number]
        assert result.links == {"order_id": f"o-{inv.order_number}", "contract_id": f"szerz-{n}",
                                "project_id": f"prj-{n}"}
        assert {"tax_number", "order"} <= {e.kind for e in result.evidence}
        linked += 1
    assert linked >= len(book.invoices) - 2


def test_the_demo_approval_rule_holds_only_big_in_house_invoices() -> None:
    from decimal import Decimal

    from services.core.rules import RuleContext, evaluate_rules, validate_rule
    from szamlatar_dev.demo.reference_demo import DEMO_APPROVAL_RULE

    rules = [validate_rule(DEMO_APPROVAL_RULE)]

    def held(connection: str, amount: str) -> bool:
        ctx = RuleContext("own_system", connection, "normal", None, Decimal(amount), "HUF", "", frozenset())
        return evaluate_rules(rules, ctx).hold

    assert held("demo-inhouse", "895248") and held("demo-inhouse", "600000")
    assert not held("demo-inhouse", "533400") and not held("demo-erp", "900000")

"""Számlázz.hu credit entries: reading them and the kifiz request (services/szamlazz/protocol)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from defusedxml import ElementTree

from services.core.invoice import Payment
from services.szamlazz.protocol.payments import plan_kifiz, szamla_payments
from tests.unit.billing.test_payments import D1, D2, pay


def test_kifiz_appends_only_our_entry_and_only_when_absent() -> None:
    current = (pay("300", D1, "bank"),)
    plan = plan_kifiz(current, pay("200", D2, "SZT-1"))
    assert plan is not None and plan.additive is True and plan.entries == (pay("200", D2, "SZT-1"),)
    assert plan_kifiz((*current, pay("200", D2, "SZT-1")), pay("200", D2, "SZT-1")) is None


def test_szamla_payments_keep_the_note_as_label() -> None:
    xml = (b'<szamla xmlns="http://www.szamlazz.hu/szamla"><kifizetesek><kifizetes><datum>2025-03-01</datum>'
           b'<jogcim>\xc3\xa1tutal\xc3\xa1s</jogcim><osszeg>1000</osszeg><megjegyzes>SZT-1</megjegyzes></kifizetes>'
           b'<kifizetes><datum>2025-03-02</datum><jogcim>k\xc3\xa9szp\xc3\xa9nz</jogcim><osszeg>20.5</osszeg>'
           b'</kifizetes></kifizetesek></szamla>')
    assert szamla_payments(ElementTree.fromstring(xml)) == (
        Payment(D1, Decimal("1000"), "transfer", "SZT-1"), Payment(date(2025, 3, 2), Decimal("20.5"), "cash", None))

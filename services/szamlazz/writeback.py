"""status-sync's Számlázz.hu side: reading an invoice's payments through the Számla Agent (a push
or an IPN is only a notification), and a payment registered in Számlatár written back as one new
credit entry with ``additiv=true`` unless the invoice already shows it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from services.core.invoice import Payment
from services.core.payments import PaymentObservation, payments_to_json
from services.szamlazz.client import PaymentEntry, SzamlaAgentClient
from services.szamlazz.protocol.documents import read_szamla_document, szamla_observation
from services.szamlazz.protocol.payments import jogcim, plan_kifiz

Doc = dict[str, Any]


def invoice_number(event: Doc) -> str:
    return str(event.get("invoice_number") or event["external_id"])


def read_observation(client: SzamlaAgentClient, event: Doc, at: str) -> PaymentObservation:
    """What the Agent shows for the event's invoice now; closes the client."""
    try:
        answer = client.get_invoice_xml(invoice_number=invoice_number(event))
    finally:
        client.close()
    return szamla_observation(read_szamla_document(answer.xml), at)


def write_payment(client: SzamlaAgentClient, event: Doc, wanted: Payment) -> tuple[str, Doc, Sequence[Payment]]:
    """(outcome, the answer to record, the payments the invoice shows after); closes the client."""
    number = invoice_number(event)
    try:
        doc = read_szamla_document(client.get_invoice_xml(invoice_number=number).xml)
        plan = plan_kifiz(doc.payments, wanted)
        if plan is None:
            return "already_present", {"read": len(doc.payments)}, doc.payments
        result = client.register_payment(
            number,
            [PaymentEntry(day=p.date, title=jogcim(p.method), amount=p.amount, description=p.reference or "")
             for p in plan.entries],
            additive=plan.additive,
        )
    finally:
        client.close()
    answer = {"request": "action-szamla_agent_kifiz", "additiv": plan.additive,
              "entries": payments_to_json(plan.entries),
              "outstanding": str(result.outstanding) if result.outstanding is not None else None,
              "gross_total": str(result.gross_total) if result.gross_total is not None else None}
    return "written", answer, (*doc.payments, *plan.entries)

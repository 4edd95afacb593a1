"""In-memory account of the emulated Számlázz.hu user: invoices, credit entries, keys, faults."""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from szamlatar_dev.emulators.demo_data import DemoBook, Invoice, InvoiceKind, render_invoice_pdf
from szamlatar_dev.emulators.szamla_agent.push import PushDispatcher
from szamlatar_dev.emulators.szamla_agent.xml import Kifizetes, szamla_xml


@dataclass
class AgentInvoice:
    invoice: Invoice
    payments: list[Kifizetes] = field(default_factory=list)
    stornoed: bool = False
    pdf: bytes | None = None

    @property
    def outstanding(self) -> Decimal:
        return self.invoice.gross_total - sum((p.osszeg for p in self.payments), Decimal(0))


@dataclass(frozen=True)
class PaymentWrite:
    invoice_number: str
    additive: bool
    entries: list[dict[str, str]]


class AgentState:
    def __init__(self, agent_keys: set[str], push: PushDispatcher | None = None) -> None:
        self.agent_keys = agent_keys
        self.invoices: dict[str, AgentInvoice] = {}  # by invoice number, in issue order
        self.push = push or PushDispatcher()
        self.maintenance = False
        self.payment_writes: list[PaymentWrite] = []
        self.lock = threading.RLock()

    def load_demo(self, book: DemoBook) -> None:
        for inv in book.invoices:
            payments = [Kifizetes(p.date, _jogcim(p.method), p.amount, p.note) for p in inv.payments]
            self.invoices[inv.number] = AgentInvoice(inv, payments, stornoed=inv.cancelled)

    def find(self, *, number: str = "", order: str = "", external_id: str = "") -> AgentInvoice | None:
        if number:
            return self.invoices.get(number)
        # "If multiple invoices have the same order number, the last one will be returned."
        matches = [
            a
            for a in self.invoices.values()
            if (order and a.invoice.order_number == order) or (external_id and a.invoice.external_id == external_id)
        ]
        return matches[-1] if matches else None

    def pdf(self, agent_invoice: AgentInvoice) -> bytes:
        if agent_invoice.pdf is None:
            agent_invoice.pdf = render_invoice_pdf(agent_invoice.invoice)
        return agent_invoice.pdf

    def document_xml(self, agent_invoice: AgentInvoice, *, with_pdf: bool) -> bytes:
        pdf = base64.b64encode(self.pdf(agent_invoice)).decode() if with_pdf else None
        return szamla_xml(
            agent_invoice.invoice, agent_invoice.payments, stornoed=agent_invoice.stornoed, pdf_base64=pdf
        )

    def set_payments(self, agent_invoice: AgentInvoice, entries: list[Kifizetes], *, additive: bool) -> None:
        with self.lock:
            agent_invoice.payments = [*agent_invoice.payments, *entries] if additive else list(entries)
        self.notify(agent_invoice)

    def issue(self, template: Invoice, number: str, today: date) -> AgentInvoice:
        """Issue a new invoice from a template (admin route), then push it like the real service does."""
        with self.lock:
            next_id = max((a.invoice.id for a in self.invoices.values()), default=900_000) + 1
            invoice = replace(
                template,
                id=next_id,
                number=number,
                kind=InvoiceKind.NORMAL,
                issue_date=today,
                fulfillment_date=today,
                due_date=today,
                payments=(),
                cancelled=False,
                related_number="",
                related_id=None,
                external_id=f"admin-{next_id}",
            )
            created = AgentInvoice(invoice)
            self.invoices[number] = created
        self.notify(created)
        return created

    def notify(self, agent_invoice: AgentInvoice) -> None:
        target = self.push.target
        if target is not None:
            self.push.enqueue(
                agent_invoice.invoice.id,
                agent_invoice.invoice.number,
                self.document_xml(agent_invoice, with_pdf=target.with_pdf),
            )


def _jogcim(method: str) -> str:
    return {"wire_transfer": "átutalás", "cash": "készpénz", "bankcard": "bankkártya"}.get(method, "egyéb")

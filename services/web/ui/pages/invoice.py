"""``/ui/invoices/{id}``: one invoice, its payment state, versions (each with its preview, compared field
by field) and audit trail, the records it is linked to, and its legal hold. The preview images and PDF
links point at the API's audited PDF routes (``web/pdf_reads.py``), which accept the session cookie.

Admins place and lift a legal hold here (``POST /ui/invoices/{id}/legal-hold``, a reason always), through
``web/holds.py`` as the API does.

The "Fizetés rögzítése" form (finance and admin: ``Permission.PAY``) records a payment through
``app/payments.py``, the same use case as ``POST /api/v1/invoices/{id}/payments``; its domain errors
become a Hungarian message on the page. Status-sync applies the payment a moment later, so the page
says the payment is queued rather than showing a state that has not changed yet."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from services.app import payments
from services.core.access import Permission
from services.core.clients import counterparty_id
from services.core.errors import NotFoundError, NotPayableError, Rejected, Retryable
from services.core.payments import METHODS
from services.core.pdf_preview import MAX_PREVIEW_PAGES
from services.core.reference import RefKind
from services.core.retention import REASON_MAX, REASON_MIN
from services.web import audit_reads, holds, wording
from services.web import presentation as fmt
from services.web.deps import Ports, PortsDep, payment_ports
from services.web.sessions import SessionContext
from services.web.ui.guard import AdminForm, PageNotFound, PayerForm, Reader
from services.web.ui.render import language, render

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]
METHOD_ORDER = ("transfer", "cash", "card", "cash_on_delivery", "other")
assert set(METHOD_ORDER) == METHODS  # the form offers every method core knows


LINKED = (("project_id", RefKind.PROJECT), ("contract_id", RefKind.CONTRACT), ("order_id", RefKind.ORDER),
          ("delivery_note_id", RefKind.DELIVERY_NOTE))


def linked_records(ports: Ports, tenant: str, doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The project, contract, order and delivery note the invoice is linked to, with their names when
    the reference record is still there (a deleted one is shown by its id)."""
    match = doc.get("match") or {}
    out = []
    for field, kind in LINKED:
        ref_id = doc.get(field) or match.get(field)
        if not ref_id:
            continue
        try:
            record = ports.reference.get(tenant, kind, str(ref_id))
        except NotFoundError:
            record = {}
        out.append({"kind": kind.value, "id": ref_id, "name": record.get("name"), "number": record.get("number"),
                    "href": f"/ui/reference/{kind.value}/{quote(str(ref_id), safe='')}"})
    return out


def _invoice_page(request: Request, ports: Ports, ctx: SessionContext, invoice_id: str, *, status: int = 200,
                  error: str | None = None, notice: str | None = None, hold_error: str | None = None,
                  hold_notice: str | None = None, values: dict[str, str] | None = None) -> HTMLResponse:
    principal = ctx.principal
    try:
        view = payments.payment_view(payment_ports(ports), principal, invoice_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    doc, state = view.invoice, view.state
    versions = ports.invoices.versions(invoice_id)
    trail = audit_reads.trail(ports, principal.tenant, invoice_id)
    invoice = doc.get("invoice") or {}
    paid = fmt.paid_amount(state)
    gross = fmt.as_decimal(doc.get("gross_total"))
    lang = language(request, ctx.user)
    return render(request, "invoice.html", ctx, status=status, doc=doc, inv=invoice, match=doc.get("match") or {},
                  versions=versions, trail=trail, warnings=invoice.get("warnings") or [],
                  links=linked_records(ports, principal.tenant, doc), compared=wording.compare_versions(versions, lang),
                  can_hold=principal.can(Permission.ADMIN), hold_error=hold_error, hold_notice=hold_notice,
                  can_evidence=principal.can(Permission.READ_AUDIT) and principal.tenant_wide,
                  preview_pages=MAX_PREVIEW_PAGES, counterparty=counterparty_id(doc),
                  can_pdf=principal.can(Permission.READ_PDF), pay=state, paid=paid,
                  remaining=(gross - paid) if gross is not None and state.get("status") == "partially_paid" else None,
                  pay_history=view.history, payable=payments.payable(doc, state),
                  can_pay=principal.can(Permission.PAY) and payments.payable(doc, state),
                  methods=METHOD_ORDER, error=error, notice=notice, values=values or {})


@router.get("/invoices/{invoice_id}")
def invoice_page(request: Request, ports: PortsDep, ctx: Reader, invoice_id: str, paid: str = "",
                 hold: str = "") -> HTMLResponse:
    return _invoice_page(request, ports, ctx, invoice_id, notice=paid[:120] or None,
                         hold_notice=f"hold.{hold}" if hold in ("placed", "lifted") else None)


@router.post("/invoices/{invoice_id}/legal-hold", response_model=None)
def invoice_legal_hold(request: Request, ports: PortsDep, ctx: AdminForm, invoice_id: str, action: FormStr = "",
                       reason: FormStr = "") -> Response:
    """Place (``action=place``) or lift (``action=lift``) the legal hold, with a reason."""
    reason = reason.strip()
    if action not in ("place", "lift") or not REASON_MIN <= len(reason) <= REASON_MAX:
        return _invoice_page(request, ports, ctx, invoice_id, status=422, hold_error="hold.bad_reason",
                             values={"hold_reason": reason})
    try:
        holds.hold_invoice(ports, ctx.principal, invoice_id, reason=reason, on=action == "place")
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except (Retryable, Rejected):
        return _invoice_page(request, ports, ctx, invoice_id, status=503, hold_error="hold.failed",
                             values={"hold_reason": reason})
    done = "placed" if action == "place" else "lifted"
    return RedirectResponse(f"/ui/invoices/{quote(invoice_id)}?hold={done}#legal-hold", status_code=303)


@router.post("/invoices/{invoice_id}/payments", response_model=None)
def invoice_record_payment(request: Request, ports: PortsDep, ctx: PayerForm, invoice_id: str,
                           date: FormStr = "", amount: FormStr = "", method: FormStr = "transfer",
                           reference: FormStr = "") -> Response:
    values = {"date": date, "amount": amount, "method": method, "reference": reference}

    def again(status: int, key: str) -> HTMLResponse:
        return _invoice_page(request, ports, ctx, invoice_id, status=status, error=key, values=values)

    try:
        when = fmt.parse_date_input(date)
    except ValueError:
        when = None
    if when is None:
        return again(422, "payment.bad_date")
    try:
        how_much = fmt.parse_amount_input(amount)
    except ValueError:
        how_much = None
    if how_much is None or how_much <= 0:
        return again(422, "payment.bad_amount")
    if method not in METHODS:
        return again(422, "payment.bad_method")
    try:
        body = payments.PaymentIn(date=when, amount=how_much, method=method,  # type: ignore[arg-type]
                                  reference=reference.strip() or None)
    except ValidationError:
        return again(422, "payment.bad_reference")
    try:
        queued = payments.record_payment(payment_ports(ports), ctx.principal, invoice_id, body)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except NotPayableError:
        return again(409, "payment.not_payable")
    except Retryable:
        return again(503, "payment.failed")
    except Rejected:
        return again(422, "payment.failed")
    # Post/redirect/get: a reload does not record the payment twice.
    return RedirectResponse(f"/ui/invoices/{quote(invoice_id)}?paid={quote(queued.label, safe='')}", status_code=303)

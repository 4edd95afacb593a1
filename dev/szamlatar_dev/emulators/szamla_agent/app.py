"""HTTP surface of the Számla Agent emulator: ``POST /szamla/`` plus the test-only ``/_emulator`` routes.

Business errors are HTTP 200, as on the real service. Which error channel is used follows the
observations in billing-apis.md §2.7: the XML query reports "not found" (7) in the body only;
other failures set ``szlahu_error`` / ``szlahu_error_code`` headers and answer in the format the
request asked for (``valaszVerzio`` 2 → ``xmlszamlavalasz``, otherwise ``[ERR]`` text).
"""

from __future__ import annotations

import base64
import secrets
from datetime import date
from urllib.parse import quote
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from szamlatar_dev.emulators.szamla_agent.agent_requests import (
    AgentRequest,
    CreditEntries,
    Login,
    PdfQuery,
    RequestInvalid,
    Selector,
    XmlQuery,
    answer_version,
    kifizetes,
    parse_request,
)
from szamlatar_dev.emulators.szamla_agent.push import PushTarget
from szamlatar_dev.emulators.szamla_agent.state import AgentInvoice, AgentState, PaymentWrite
from szamlatar_dev.emulators.szamla_agent.xml import valasz_xml

ACTIONS = {
    "action-szamla_agent_xml": "xmlszamlaxml",
    "action-szamla_agent_pdf": "xmlszamlapdf",
    "action-szamla_agent_kifiz": "xmlszamlakifiz",
}
LOGIN_ERROR = "Bejelentkezési hiba - a megadott login név és jelszó pároshoz nem létezik felhasználó"
NOT_FOUND = "Hiányzó adat: számla xml (ismeretlen számlaszám, rendelésszám vagy külső azonosító)."
STORNO_PAYMENT = "Sztornózó vagy sztornózott számlához nem tartozhat kifizetettségi információ."
XML_TYPE = "application/xml; charset=UTF-8"


class AgentFailure(Exception):
    def __init__(self, code: int, message: str, *, headers: bool = True) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.headers = headers


def _error_response(failure: AgentFailure, *, xml_answer: bool) -> Response:
    headers = {}
    if failure.headers:
        headers = {"szlahu_error": quote(failure.message), "szlahu_error_code": str(failure.code)}
    if failure.code == 1:
        headers["szlahu_down"] = "true"
    if xml_answer:
        body = valasz_xml(sikeres=False, hibakod=failure.code, hibauzenet=failure.message)
        return Response(body, headers=headers, media_type=XML_TYPE)
    text = f"[ERR] {failure.message} ---------- hu.szamlazz.agent.AgentException (emulated)\n"
    return Response(text, headers=headers, media_type="text/plain; charset=UTF-8")


def _totals_headers(agent_invoice: AgentInvoice) -> dict[str, str]:
    invoice = agent_invoice.invoice
    return {
        "szlahu_szamlaszam": quote(invoice.number),
        "szlahu_id": str(invoice.id),
        "szlahu_nettovegosszeg": str(invoice.net_total),
        "szlahu_bruttovegosszeg": str(invoice.gross_total),
        "szlahu_kintlevoseg": str(agent_invoice.outstanding),
    }


def _lookup(state: AgentState, selector: Selector) -> AgentInvoice | None:
    return state.find(number=selector.number, order=selector.order, external_id=selector.external_id)


def _check_key(state: AgentState, login: Login) -> None:
    if login.key not in state.agent_keys:
        raise AgentFailure(3, LOGIN_ERROR)


def query_xml(state: AgentState, request: XmlQuery) -> Response:
    _check_key(state, request.login)
    found = _lookup(state, request.selector)
    if found is None:
        raise AgentFailure(7, NOT_FOUND, headers=False)
    return Response(
        state.document_xml(found, with_pdf=request.with_pdf),
        media_type=XML_TYPE,
        headers={"szlahu_id": str(found.invoice.id)},
    )


def query_pdf(state: AgentState, request: PdfQuery) -> Response:
    _check_key(state, request.login)
    found = _lookup(state, request.selector)
    if found is None:
        raise AgentFailure(7, NOT_FOUND)
    pdf = state.pdf(found)
    headers = _totals_headers(found)
    if request.answer_version == 2:
        body = valasz_xml(
            sikeres=True,
            szamlaszam=found.invoice.number,
            netto=found.invoice.net_total,
            brutto=found.invoice.gross_total,
            pdf_base64=base64.b64encode(pdf).decode(),
        )
        return Response(body, headers=headers, media_type=XML_TYPE)
    headers["Content-Disposition"] = f'attachment; filename="{found.invoice.number}.pdf"'
    return Response(pdf, headers=headers, media_type="application/pdf")


def register_payment(state: AgentState, request: CreditEntries) -> Response:
    _check_key(state, request.login)
    found = state.find(number=request.invoice_number)
    if found is None:
        raise AgentFailure(7, NOT_FOUND, headers=False)
    if found.stornoed or found.invoice.kind.value == "storno":
        raise AgentFailure(463, STORNO_PAYMENT, headers=False)
    entries = list(request.entries)
    state.payment_writes.append(PaymentWrite(found.invoice.number, request.additive, list(request.sent)))
    state.set_payments(found, entries, additive=request.additive)
    headers = {**_totals_headers(found), "szlahu_fizetesmod": quote(entries[-1].jogcim if entries else "")}
    if request.answer_version == 2:
        body = valasz_xml(
            sikeres=True,
            szamlaszam=found.invoice.number,
            netto=found.invoice.net_total,
            brutto=found.invoice.gross_total,
            kintlevoseg=found.outstanding,
        )
        return Response(body, headers=headers, media_type=XML_TYPE)
    return Response("xmlagentresponse=DONE", headers=headers, media_type="text/plain; charset=UTF-8")


def _answer(state: AgentState, request: AgentRequest) -> Response:
    if isinstance(request, XmlQuery):
        return query_xml(state, request)
    if isinstance(request, PdfQuery):
        return query_pdf(state, request)
    return register_payment(state, request)


def _wants_xml(root: str, element: Element | None) -> bool:
    """The XML query always answers in XML; the others only when the request asks for version 2."""
    return root == "xmlszamlaxml" or (element is not None and answer_version(element) == 2)


def _parsed(raw: bytes) -> Element | None:
    try:
        element: Element = ElementTree.fromstring(raw, forbid_dtd=True)
    except Exception:  # defusedxml refusals and parse errors alike: the request is unreadable
        return None
    return element


async def agent_endpoint(request: Request) -> Response:
    state: AgentState = request.app.state.agent
    form = await request.form()
    field = next((name for name in form if name.startswith("action-")), None)
    upload = form.get(field) if field else None
    root = ACTIONS.get(field or "", "")
    raw = await upload.read() if isinstance(upload, UploadFile) else b""
    element = _parsed(raw) if raw else None
    try:
        if state.maintenance:
            raise AgentFailure(1, "Rendszerkarbantartás miatt a számlázás átmenetileg szünetel.")
        if not isinstance(upload, UploadFile):
            raise AgentFailure(53, "Hiányzó XML fájl (a kérést fájlként, multipart/form-data-ban kell küldeni).")
        if not root:
            raise AgentFailure(57, f"Az emulátor nem ismeri ezt a műveletet: {field}")
        if element is None:
            raise AgentFailure(57, "XML beolvasási hiba: a kérés nem olvasható XML")
        try:
            parsed = parse_request(root, element)
        except RequestInvalid as invalid:
            raise AgentFailure(57, f"XML beolvasási hiba: {invalid}") from invalid
        response = _answer(state, parsed)
    except AgentFailure as failure:
        response = _error_response(failure, xml_answer=_wants_xml(root, element))
    if "JSESSIONID" not in request.cookies:
        response.set_cookie("JSESSIONID", secrets.token_hex(16), path="/szamla", httponly=True)
    return response


# -- admin (/_emulator) -----------------------------------------------------------------------------


async def admin_push(request: Request) -> Response:
    state: AgentState = request.app.state.agent
    body = await request.json()
    url = body.get("url")
    state.push.target = PushTarget(url, body.get("key", ""), bool(body.get("pdf", True))) if url else None
    return JSONResponse({"registered": url is not None})


async def admin_trigger(request: Request) -> Response:
    state: AgentState = request.app.state.agent
    body = await request.json()
    number = body.get("szamlaszam")
    targets = [state.invoices[number]] if number else list(state.invoices.values())
    for agent_invoice in targets:
        state.notify(agent_invoice)
    return JSONResponse({"queued": len(targets) if state.push.target else 0})


async def admin_resend(request: Request) -> Response:
    """Re-send delivery number ``delivery`` (its index in ``/_emulator/push/deliveries``) with its old body."""
    state: AgentState = request.app.state.agent
    body = await request.json()
    index = body.get("delivery")
    resent = state.push.resend(index) if isinstance(index, int) else None
    if resent is None:
        return JSONResponse({"error": "no such delivery, or no receiver registered"}, 404)
    number = next(i for i, d in enumerate(state.push.deliveries) if d is resent)
    return JSONResponse({"queued": True, "delivery": number})


async def admin_deliveries(request: Request) -> Response:
    state: AgentState = request.app.state.agent
    return JSONResponse([d.__dict__ for d in state.push.deliveries])


async def admin_payments(request: Request) -> Response:
    state: AgentState = request.app.state.agent
    found = state.find(number=request.path_params["number"])
    if found is None:
        return JSONResponse({"error": "no such invoice"}, 404)
    body = await request.json()
    try:
        entries = [kifizetes({k: str(v) for k, v in e.items()}) for e in body.get("kifizetesek", [])]
    except RequestInvalid as invalid:
        return JSONResponse({"error": str(invalid)}, 400)
    state.set_payments(found, entries, additive=bool(body.get("additive", False)))
    return JSONResponse({"szamlaszam": found.invoice.number, "kintlevoseg": str(found.outstanding)})


async def admin_issue(request: Request) -> Response:
    state: AgentState = request.app.state.agent
    body = await request.json()
    template = next(iter(state.invoices.values())).invoice
    number = body.get("szamlaszam") or f"{template.number.rsplit('-', 1)[0]}-{len(state.invoices) + 1}"
    created = state.issue(template, number, date.fromisoformat(body.get("kelt", template.issue_date.isoformat())))
    return JSONResponse({"szamlaszam": created.invoice.number, "id": created.invoice.id}, 201)


async def admin_faults(request: Request) -> Response:
    state: AgentState = request.app.state.agent
    body = await request.json()
    state.maintenance = bool(body.get("maintenance", False))
    return JSONResponse({"maintenance": state.maintenance})


async def admin_payment_writes(request: Request) -> Response:
    state: AgentState = request.app.state.agent
    return JSONResponse([w.__dict__ for w in state.payment_writes])


def create_app(state: AgentState) -> Starlette:
    app = Starlette(
        routes=[
            Route("/szamla/", agent_endpoint, methods=["POST"]),
            Route("/_emulator/push", admin_push, methods=["POST"]),
            Route("/_emulator/push/trigger", admin_trigger, methods=["POST"]),
            Route("/_emulator/push/deliveries", admin_deliveries, methods=["GET"]),
            Route("/_emulator/push/resend", admin_resend, methods=["POST"]),
            Route("/_emulator/invoices", admin_issue, methods=["POST"]),
            Route("/_emulator/invoices/{number}/payments", admin_payments, methods=["POST"]),
            Route("/_emulator/faults", admin_faults, methods=["POST"]),
            Route("/_emulator/payment-writes", admin_payment_writes, methods=["GET"]),
            Route("/healthz", lambda request: JSONResponse({"status": "ok", "emulator": "szamlazz"}),
                  methods=["GET"]),
        ]
    )
    app.state.agent = state
    return app

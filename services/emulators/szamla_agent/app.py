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
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote

from defusedxml import ElementTree
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from services.emulators.szamla_agent.push import PushTarget
from services.emulators.szamla_agent.schemas import schema
from services.emulators.szamla_agent.state import AgentInvoice, AgentState, PaymentWrite
from services.emulators.szamla_agent.xml import Kifizetes, request_fields, valasz_xml

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


def _lookup(state: AgentState, fields: dict[str, Any]) -> AgentInvoice | None:
    return state.find(
        number=str(fields.get("szamlaszam", "")),
        order=str(fields.get("rendelesSzam", "")),
        external_id=str(fields.get("szamlaKulsoAzon", "")),
    )


def _check_key(state: AgentState, fields: dict[str, Any]) -> None:
    key = str(fields.get("szamlaagentkulcs") or fields.get("jelszo") or "")
    if key not in state.agent_keys:
        raise AgentFailure(3, LOGIN_ERROR)


def query_xml(state: AgentState, fields: dict[str, Any]) -> Response:
    _check_key(state, fields)
    found = _lookup(state, fields)
    if found is None:
        raise AgentFailure(7, NOT_FOUND, headers=False)
    with_pdf = fields.get("pdf") in ("true", "1")
    return Response(
        state.document_xml(found, with_pdf=with_pdf), media_type=XML_TYPE, headers={"szlahu_id": str(found.invoice.id)}
    )


def query_pdf(state: AgentState, fields: dict[str, Any]) -> Response:
    _check_key(state, fields)
    found = _lookup(state, fields)
    if found is None:
        raise AgentFailure(7, NOT_FOUND)
    pdf = state.pdf(found)
    headers = _totals_headers(found)
    if fields.get("valaszVerzio") == "2":
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


def _entries(raw: list[dict[str, str]]) -> list[Kifizetes]:
    try:
        return [
            Kifizetes(date.fromisoformat(e["datum"]), e["jogcim"], Decimal(e["osszeg"]), e.get("leiras", ""))
            for e in raw
        ]
    except (KeyError, ValueError, InvalidOperation) as exc:
        raise AgentFailure(57, f"XML beolvasási hiba: {exc}") from exc


def register_payment(state: AgentState, fields: dict[str, Any]) -> Response:
    _check_key(state, fields)
    found = state.find(number=str(fields.get("szamlaszam", "")))
    if found is None:
        raise AgentFailure(7, NOT_FOUND, headers=False)
    if found.stornoed or found.invoice.kind.value == "storno":
        raise AgentFailure(463, STORNO_PAYMENT, headers=False)
    additive = fields.get("additiv") in ("true", "1")
    entries = _entries(fields["kifizetes"])
    state.payment_writes.append(PaymentWrite(found.invoice.number, additive, list(fields["kifizetes"])))
    state.set_payments(found, entries, additive=additive)
    headers = {**_totals_headers(found), "szlahu_fizetesmod": quote(entries[-1].jogcim if entries else "")}
    if fields.get("valaszVerzio") == "2":
        body = valasz_xml(
            sikeres=True,
            szamlaszam=found.invoice.number,
            netto=found.invoice.net_total,
            brutto=found.invoice.gross_total,
            kintlevoseg=found.outstanding,
        )
        return Response(body, headers=headers, media_type=XML_TYPE)
    return Response("xmlagentresponse=DONE", headers=headers, media_type="text/plain; charset=UTF-8")


HANDLERS = {"xmlszamlaxml": query_xml, "xmlszamlapdf": query_pdf, "xmlszamlakifiz": register_payment}


def _wants_xml(root: str, raw: bytes) -> bool:
    """The XML query always answers in XML; the others only with valaszVerzio 2."""
    return root == "xmlszamlaxml" or b"<valaszVerzio>2</valaszVerzio>" in raw


async def agent_endpoint(request: Request) -> Response:
    state: AgentState = request.app.state.agent
    form = await request.form()
    field = next((name for name in form if name.startswith("action-")), None)
    upload = form.get(field) if field else None
    root = ACTIONS.get(field or "", "")
    raw = await upload.read() if isinstance(upload, UploadFile) else b""
    xml_answer = _wants_xml(root, raw)
    try:
        if state.maintenance:
            raise AgentFailure(1, "Rendszerkarbantartás miatt a számlázás átmenetileg szünetel.")
        if not isinstance(upload, UploadFile):
            raise AgentFailure(53, "Hiányzó XML fájl (a kérést fájlként, multipart/form-data-ban kell küldeni).")
        if not root:
            raise AgentFailure(57, f"Az emulátor nem ismeri ezt a műveletet: {field}")
        try:
            element = ElementTree.fromstring(raw, forbid_dtd=True)
        except Exception as exc:
            raise AgentFailure(57, f"XML beolvasási hiba: {type(exc).__name__}") from exc
        problem = next(iter(schema(root).iter_errors(element)), None)
        if problem is not None:
            raise AgentFailure(57, f"XML beolvasási hiba: {problem.reason}")
        response = HANDLERS[root](state, request_fields(raw))
    except AgentFailure as failure:
        response = _error_response(failure, xml_answer=xml_answer)
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
    entries = _entries([{k: str(v) for k, v in e.items()} for e in body.get("kifizetesek", [])])
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

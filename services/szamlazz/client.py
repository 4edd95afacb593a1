"""Számlázz.hu Számla Agent client on ``requests``: invoice XML, PDF and credit entries (payments).

The Agent answers HTTP 200 even for business errors, so every answer is read for the
``szlahu_error_code`` header and for an ``xmlszamlavalasz``/``[ERR]`` body. Számlázz.hu forbids blind
retries: at most five sends of the same request, and only when the request surely did no work
(maintenance, connection refused) or is idempotent (queries, replacing credit entries). The
``JSESSIONID`` cookie is kept by the session and sent back, as the vendor asks.
"""

from __future__ import annotations

import base64
import logging
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import unquote
from xml.sax.saxutils import escape

import requests
from defusedxml import ElementTree  # type: ignore[import-untyped]

from services.adapters.connections import credential
from services.adapters.metrics import UpstreamMetrics
from services.adapters.retry import RetryPolicy
from services.adapters.settings import Settings
from services.adapters.upstream_http import ObservedSession, observed_sleep
from services.core.errors import NotFoundError, ReasonCode, Rejected, UpstreamError

logger = logging.getLogger(__name__)

DEFAULT_URL = "https://www.szamlazz.hu/szamla/"
MAX_IDENTICAL_TRIES = 5  # the vendor's rule; more can get the account banned
AGENT_RETRY = RetryPolicy(max_attempts=MAX_IDENTICAL_TRIES, base_seconds=1.0, cap_seconds=60.0, jitter=0.5)
_VALASZ = "{http://www.szamlazz.hu/xmlszamlavalasz}"
_SZAMLA = "{http://www.szamlazz.hu/szamla}"
_LOGIN_CODES = {3, 135, 136, 164}


class SzamlaAgentError(Rejected):
    """The Agent refused the request; ``code`` is Számlázz.hu's numeric error code."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class AgentAuthenticationError(SzamlaAgentError):
    """Codes 3/135/136/164: wrong agent key, browser session, unpaid subscription, multi-company user."""


class InvoiceNotFoundError(NotFoundError):
    """Code 7: no invoice with that number, order number or external id in this account."""


class PaymentNotAllowedError(SzamlaAgentError):
    """Code 463: credit entries cannot be recorded on a storno or a stornoed invoice."""


class AgentRequestInvalidError(SzamlaAgentError):
    """Codes 53/57: the request XML was missing or did not match the XSD — a bug on our side."""


@dataclass(frozen=True)
class PaymentEntry:
    """One credit entry (kifizetés)."""

    day: date
    title: str  # jogcím, e.g. "átutalás"
    amount: Decimal
    description: str = ""


@dataclass(frozen=True)
class AgentInvoiceXml:
    invoice_number: str
    xml: bytes  # the <szamla> document as received (with the <pdf> element, if asked for)
    pdf: bytes | None


@dataclass(frozen=True)
class PaymentResult:
    invoice_number: str
    net_total: Decimal | None
    gross_total: Decimal | None
    outstanding: Decimal | None


def _el(name: str, value: str) -> str:
    return f"<{name}>{escape(value)}</{name}>"


def _request_xml(root: str, body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><{root} xmlns="http://www.szamlazz.hu/{root}">{body}</{root}>'
    ).encode()


def _selector(invoice_number: str | None, order_number: str | None, external_id: str | None) -> dict[str, str]:
    given = {
        k: v
        for k, v in (("szamlaszam", invoice_number), ("rendelesSzam", order_number), ("szamlaKulsoAzon", external_id))
        if v
    }
    if len(given) != 1:
        raise ValueError("give exactly one of invoice_number, order_number or external_id")
    return given


def _tolerant_xml(body: bytes) -> bytes:
    """The documented credit-entry answer has a bare '&' in a URL; escape such ones before parsing."""
    return re.sub(rb"&(?!#?\w+;)", b"&amp;", body)


def _decimal(text: str | None) -> Decimal | None:
    # Header amounts were observed with a decimal comma ("100,01").
    return Decimal(text.replace(",", ".")) if text else None


class SzamlaAgentClient:
    def __init__(
        self,
        agent_key: str,
        *,
        url: str = DEFAULT_URL,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (5.0, 30.0),
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._key = agent_key
        self._url = url
        self._session = session or requests.Session()  # keeps JSESSIONID between calls
        self._timeout = timeout
        retry = retry or AGENT_RETRY
        self._retry = replace(retry, max_attempts=min(retry.max_attempts, MAX_IDENTICAL_TRIES))
        self._sleep = sleep
        self._jitter = jitter

    def close(self) -> None:
        self._session.close()

    # -- public operations ---------------------------------------------------------------------

    def get_invoice_xml(
        self,
        *,
        invoice_number: str | None = None,
        order_number: str | None = None,
        external_id: str | None = None,
        with_pdf: bool = False,
    ) -> AgentInvoiceXml:
        selector = _selector(invoice_number, order_number, external_id)
        body = _el("szamlaagentkulcs", self._key) + "".join(
            _el(k, selector.get(k, "")) for k in ("szamlaszam", "rendelesSzam") if k in selector
        )
        if with_pdf:
            body += _el("pdf", "true")
        if "szamlaKulsoAzon" in selector:
            body += _el("szamlaKulsoAzon", selector["szamlaKulsoAzon"])
        response = self._send("action-szamla_agent_xml", _request_xml("xmlszamlaxml", body), idempotent=True)
        root = self._root(response)
        number = root.findtext(f"{_SZAMLA}alap/{_SZAMLA}szamlaszam") or ""
        pdf_text = root.findtext(f"{_SZAMLA}pdf")
        return AgentInvoiceXml(number, response.content, base64.b64decode(pdf_text) if pdf_text else None)

    def get_pdf(
        self, *, invoice_number: str | None = None, order_number: str | None = None, external_id: str | None = None
    ) -> bytes:
        selector = _selector(invoice_number, order_number, external_id)
        body = _el("szamlaagentkulcs", self._key) + "".join(
            _el(k, selector[k]) for k in ("szamlaszam", "rendelesSzam") if k in selector
        )
        body += _el("valaszVerzio", "2")  # always XML, so success and failure are explicit
        if "szamlaKulsoAzon" in selector:
            body += _el("szamlaKulsoAzon", selector["szamlaKulsoAzon"])
        response = self._send("action-szamla_agent_pdf", _request_xml("xmlszamlapdf", body), idempotent=True)
        pdf_text = self._root(response).findtext(f"{_VALASZ}pdf")
        if not pdf_text:
            raise SzamlaAgentError("Számla Agent PDF query: the answer carried no PDF")
        return base64.b64decode(pdf_text)

    def register_payment(
        self, invoice_number: str, entries: Sequence[PaymentEntry], *, additive: bool
    ) -> PaymentResult:
        """Record credit entries; ``additive=False`` replaces all earlier ones (and [] clears them)."""
        if len(entries) > 5:
            raise ValueError("the Számla Agent takes at most 5 credit entries per request")
        settings = (
            _el("szamlaagentkulcs", self._key)
            + _el("szamlaszam", invoice_number)
            + _el("additiv", str(additive).lower())
            + _el("valaszVerzio", "2")
        )
        payments = "".join(
            "<kifizetes>"
            + _el("datum", e.day.isoformat())
            + _el("jogcim", e.title)
            + _el("osszeg", str(e.amount))
            + (_el("leiras", e.description) if e.description else "")
            + "</kifizetes>"
            for e in entries
        )
        xml = _request_xml("xmlszamlakifiz", f"<beallitasok>{settings}</beallitasok>{payments}")
        # Appending is not idempotent: a retried request that had reached the server would pay twice.
        response = self._send("action-szamla_agent_kifiz", xml, idempotent=not additive)
        root = self._root(response)
        return PaymentResult(
            invoice_number=root.findtext(f"{_VALASZ}szamlaszam") or invoice_number,
            net_total=_decimal(root.findtext(f"{_VALASZ}szamlanetto")),
            gross_total=_decimal(root.findtext(f"{_VALASZ}szamlabrutto")),
            outstanding=_decimal(root.findtext(f"{_VALASZ}kintlevoseg") or response.headers.get("szlahu_kintlevoseg")),
        )

    # -- transport -----------------------------------------------------------------------------

    def _send(self, action: str, xml: bytes, *, idempotent: bool) -> requests.Response:
        what = f"Számla Agent {action.removeprefix('action-')}"
        last_error = UpstreamError(f"{what}: no attempt was made")
        for attempt in range(self._retry.max_attempts):
            files = {action: (action, xml, "text/xml")}
            try:
                response = self._session.post(self._url, files=files, timeout=self._timeout)
            except requests.ConnectionError as exc:
                # ConnectionError covers refused connections, where nothing reached the server.
                last_error = UpstreamError(f"{what}: Számlázz.hu could not be reached ({type(exc).__name__})")
                last_error.__cause__ = exc
            except requests.Timeout as exc:
                last_error = UpstreamError(f"{what}: Számlázz.hu did not answer in time")
                last_error.__cause__ = exc
                if not idempotent:
                    raise last_error from exc
            else:
                down = "szlahu_down" in response.headers or response.headers.get("szlahu_error_code") == "1"
                if down:
                    last_error = UpstreamError(f"{what}: Számlázz.hu is down for maintenance (code 1)")
                elif response.status_code >= 500:
                    last_error = UpstreamError(f"{what}: HTTP {response.status_code}")
                    if not idempotent:
                        raise last_error
                else:
                    self._raise_for_agent_error(what, response)
                    return response
            if attempt + 1 < self._retry.max_attempts:
                delay = self._retry.delay(attempt + 1, rand=self._jitter())
                logger.info("szamla agent retry", extra={"action": action, "attempt": attempt + 1})
                self._sleep(delay)
        raise last_error

    def _root(self, response: requests.Response) -> ElementTree.Element:
        try:
            return ElementTree.fromstring(_tolerant_xml(response.content))
        except ElementTree.ParseError as exc:
            raise SzamlaAgentError("Számla Agent: the answer was not readable XML", code=None) from exc

    def _raise_for_agent_error(self, what: str, response: requests.Response) -> None:
        code_text = response.headers.get("szlahu_error_code")
        message = unquote(response.headers.get("szlahu_error", ""))
        body = response.content.lstrip()
        if code_text is None and body.startswith((b"<?xml", b"<xmlszamlavalasz")):
            try:
                root = ElementTree.fromstring(_tolerant_xml(body))
            except ElementTree.ParseError:
                return
            if root.tag == f"{_VALASZ}xmlszamlavalasz" and root.findtext(f"{_VALASZ}sikeres") == "false":
                code_text = root.findtext(f"{_VALASZ}hibakod")
                message = (root.findtext(f"{_VALASZ}hibauzenet") or "").strip()
        elif code_text is None and body.startswith(b"[ERR]"):
            message = body.decode("utf-8", "replace").removeprefix("[ERR]").split("----------")[0].strip()
            code_text = "0"
        if code_text is None:
            return
        code = int(code_text) if code_text.strip().isdigit() else None
        text = f"{what}: Számlázz.hu error {code}: {message}"
        if code in _LOGIN_CODES:
            raise AgentAuthenticationError(text + " — check the Számla Agent key in the account settings", code)
        if code == 7:
            raise InvoiceNotFoundError(text, reason=ReasonCode.NOT_FOUND)
        if code == 463:
            raise PaymentNotAllowedError(text, code)
        if code in (53, 57):
            raise AgentRequestInvalidError(text, code)
        raise SzamlaAgentError(text, code)


# --- the client of one connection, observed -------------------------------------------------------

_AGENT_ACTIONS = {"action-szamla_agent_xml": "query_xml", "action-szamla_agent_pdf": "query_pdf",
                  "action-szamla_agent_kifiz": "kifiz"}


def agent_operation(method: str, url: str, kwargs: Mapping[str, Any]) -> str:
    """The Agent action a call makes (named by its file part), for the upstream-call metrics."""
    files = kwargs.get("files")
    names = list(files) if isinstance(files, dict) else []
    return next((_AGENT_ACTIONS[n] for n in names if n in _AGENT_ACTIONS), "other")


def agent_maintenance(response: requests.Response) -> bool:
    return "szlahu_down" in response.headers or response.headers.get("szlahu_error_code") == "1"


def szamla_agent_client(
    agent_key: str, url: str, metrics: UpstreamMetrics | None, *, retry: RetryPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep, timeout: tuple[float, float] = (5.0, 30.0),
) -> tuple[SzamlaAgentClient, ObservedSession]:
    session = ObservedSession("szamlazz", metrics, agent_operation, agent_maintenance)
    client = SzamlaAgentClient(agent_key, url=url, session=session, retry=retry,
                               sleep=observed_sleep(session, sleep), timeout=timeout)
    return client, session


def connection_agent(settings: Settings, connection: Mapping[str, Any], metrics: UpstreamMetrics | None,
                     **kwargs: Any) -> tuple[SzamlaAgentClient, ObservedSession]:
    doc = dict(connection)
    return szamla_agent_client(credential(settings, doc, "agent_key"), doc["base_url"], metrics, **kwargs)

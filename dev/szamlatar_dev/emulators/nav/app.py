"""A NAV Online Számla 3.0 emulator: tokenExchange, queryInvoiceDigest, queryInvoiceData.

It checks requests in the order NAV documents its technical errors (spec §3.2): readable XML,
schema, versions, crypto types, login + password hash, user ↔ taxpayer, timestamp window,
signature, requestId uniqueness, rights, then the operation's own rules. Errors come back as
``GeneralErrorResponse`` with the spec's error code and HTTP status.

Admin endpoints under ``/_emulator`` add, list and remove invoices so tests can plant gaps.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import math
import secrets
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.etree.ElementTree import Element

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from fastapi import FastAPI, HTTPException, Request, Response
from pydantic import BaseModel

from services.core.enums import Direction
from services.core.errors import LimitExceededError, MalformedDocumentError
from services.core.parsing.xmlsafe import parse_xml
from services.nav.protocol.signing import hash_password, parse_request_timestamp
from services.nav.protocol.spec import API_NS as NS
from services.nav.protocol.spec import (
    MAX_QUERY_WINDOW,
    PASSWORD_HASH_CRYPTO,
    REQUEST_SIGNATURE_CRYPTO,
    REQUEST_VERSION,
    Operation,
    qname,
)

from . import responses
from .invoices import generate_invoice
from .request_model import request_faults
from .request_parsing import (
    RequestEnvelope,
    expected_request_signature,
    iter_children,
    parse_request_envelope,
    text_of,
)
from .seed import seed_invoices
from .store import InvoiceStore, StoredRecord

MAX_BODY_BYTES = 10 * 1024 * 1024  # NAV's POST limit
XML = "application/xml"

# HTTP status per error code, from the spec's table of technical errors (§3.2).
HTTP_STATUS: dict[str, int] = {
    "INVALID_REQUEST": 400,
    "INVALID_SECURITY_USER": 401,
    "NOT_REGISTERED_CUSTOMER": 500,
    "INVALID_CUSTOMER": 500,
    "INVALID_USER_RELATION": 500,
    "FORBIDDEN": 500,
    "REQUEST_ID_NOT_UNIQUE": 400,
    "INVALID_REQUEST_SIGNATURE": 400,
    "MAINTENANCE_MODE": 503,  # 527 at NAV, rewritten to 503 by its network edge
    "MULTIPLE_QUERY_RESULT_FOUND": 400,
    "BAD_QUERY_PARAM_OVERLAP": 400,
    "BAD_QUERY_PARAM_RANGE_EXCEEDED": 400,
    "BAD_QUERY_PARAM_EQ_NOT_STANDALONE": 400,
    "BAD_QUERY_PARAM_OPERATOR_COLLISION": 400,
    "BAD_QUERY_PARAM_SUPPLIER_NOT_EXPECTED": 400,
    "BAD_QUERY_PARAM_SUPPLIER_EXPECTED": 400,
    "INVALID_TIMESTAMP": 400,
    "INVALID_PASSWORD_HASH_CRYPTO": 400,
    "INVALID_REQUEST_SIGNATURE_HASH_CRYPTO": 400,
    "INVALID_REQUEST_VERSION": 400,
    "INVALID_HEADER_VERSION": 400,
    "OPERATION_FAILED": 500,
}


@dataclass(frozen=True)
class TechnicalUser:
    login: str
    password_hash: str = field(repr=False)
    tax_number: str
    signature_key: str = field(repr=False)
    exchange_key: str = field(repr=False)
    can_query_invoices: bool = True

    @classmethod
    def with_password(
        cls,
        login: str,
        password: str,
        tax_number: str,
        signature_key: str,
        exchange_key: str,
        *,
        can_query_invoices: bool = True,
    ) -> TechnicalUser:
        return cls(login, hash_password(password), tax_number, signature_key, exchange_key, can_query_invoices)


# A fixed demo user so a local emulator and `szamlatar nav digest` work without setup.
DEMO_USER = TechnicalUser.with_password(
    login="szamlatardemo01",
    password="demo-password",
    tax_number="12345678",
    signature_key="demo-signature-key-000000000000",
    exchange_key="DEMOEXCHANGEKEY1",  # AES-128 needs exactly 16 bytes
)


@dataclass(frozen=True)
class EmulatorSettings:
    users: tuple[TechnicalUser, ...] = (DEMO_USER,)
    page_size: int = 100
    timestamp_tolerance: timedelta = timedelta(days=1)
    token_validity: timedelta = timedelta(minutes=5)
    validate_schema: bool = True
    seed_tax_number: str | None = None  # None: start empty


class NavFault(Exception):
    """One of NAV's error answers; raised inside a handler, rendered by ``_fault_response``."""

    def __init__(self, code: str, message: str, validation_messages: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.validation_messages = validation_messages


def encrypt_exchange_token(token: str, exchange_key: str) -> bytes:
    """AES-128-ECB with PKCS#7 padding, keyed by the technical user's exchange key (spec §1.8.10)."""
    padder = padding.PKCS7(128).padder()
    data = padder.update(token.encode("utf-8")) + padder.finalize()
    # ECB is what NAV specifies for this token; it is not our choice of mode.
    encryptor = Cipher(algorithms.AES(exchange_key.encode("utf-8")), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def _random_token() -> str:
    alphabet = string.ascii_uppercase + string.digits
    return f"{secrets.token_hex(16)}{''.join(secrets.choice(alphabet) for _ in range(12))}"


class _Emulator:
    def __init__(
        self,
        settings: EmulatorSettings,
        store: InvoiceStore,
        clock: Callable[[], datetime],
        token_factory: Callable[[], str],
    ) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.token_factory = token_factory
        self.users = {u.login: u for u in settings.users}
        self.used_request_ids: set[tuple[str, str]] = set()
        self.issued_tokens: dict[str, tuple[str, datetime]] = {}

    # ------------------------------------------------------------------ pipeline

    def handle(self, operation: Operation, body: bytes) -> tuple[int, bytes]:
        now = self.clock()
        if len(body) > MAX_BODY_BYTES:
            return 400, responses.general_exception("INVALID_REQUEST", "request body too large")
        try:
            root = parse_xml(body)
        except (MalformedDocumentError, LimitExceededError) as exc:
            return 400, responses.general_exception("INVALID_REQUEST", str(exc))
        request_id = "UNKNOWN"
        try:
            self._validate_schema(root)
            if root.tag != qname(NS, operation.request_element):
                raise NavFault("INVALID_REQUEST", f"{operation.value} expects {operation.request_element}")
            envelope = parse_request_envelope(root)
            request_id = envelope.request_id
            user = self._authenticate(root, envelope, now)
            answer = self._dispatch(operation, root, envelope, user, now)
            # Only successful requests use up their id (spec §1.3.1).
            self.used_request_ids.add((envelope.tax_number, envelope.request_id))
            return 200, answer
        except NavFault as fault:
            return HTTP_STATUS.get(fault.code, 400), responses.general_error(
                request_id, now, fault.code, fault.message, fault.validation_messages
            )

    def _validate_schema(self, root: Element) -> None:
        if not self.settings.validate_schema:
            return
        faults = request_faults(root)
        if faults:
            raise NavFault("INVALID_REQUEST", "request does not follow the 3.0 API schema", tuple(faults[:10]))

    def _authenticate(self, root: Element, envelope: RequestEnvelope, now: datetime) -> TechnicalUser:
        if envelope.request_version != REQUEST_VERSION:
            raise NavFault("INVALID_REQUEST_VERSION", "requestVersion must be 3.0")
        if envelope.header_version not in (None, "1.0"):
            raise NavFault("INVALID_HEADER_VERSION", "headerVersion must be 1.0")
        if envelope.password_hash_crypto != PASSWORD_HASH_CRYPTO:
            raise NavFault("INVALID_PASSWORD_HASH_CRYPTO", "passwordHash cryptoType must be SHA-512")
        if envelope.request_signature_crypto != REQUEST_SIGNATURE_CRYPTO:
            raise NavFault("INVALID_REQUEST_SIGNATURE_HASH_CRYPTO", "requestSignature cryptoType must be SHA3-512")
        user = self.users.get(envelope.login)
        if user is None or not hmac.compare_digest(user.password_hash, envelope.password_hash):
            raise NavFault("INVALID_SECURITY_USER", "invalid login or password hash")
        if user.tax_number != envelope.tax_number:
            raise NavFault("INVALID_USER_RELATION", "technical user does not belong to this taxpayer")
        try:
            timestamp = parse_request_timestamp(envelope.timestamp_text)
        except MalformedDocumentError as exc:
            raise NavFault("INVALID_TIMESTAMP", str(exc)) from exc
        if abs(now - timestamp) > self.settings.timestamp_tolerance:
            raise NavFault("INVALID_TIMESTAMP", "timestamp is outside the tolerated window")
        expected = expected_request_signature(root, envelope, user.signature_key)
        if not hmac.compare_digest(expected, envelope.request_signature):
            raise NavFault("INVALID_REQUEST_SIGNATURE", "request signature does not match")
        if (envelope.tax_number, envelope.request_id) in self.used_request_ids:
            raise NavFault("REQUEST_ID_NOT_UNIQUE", "requestId was already used")
        return user

    def _dispatch(
        self, operation: Operation, root: Element, envelope: RequestEnvelope, user: TechnicalUser, now: datetime
    ) -> bytes:
        if operation is Operation.TOKEN_EXCHANGE:
            token = self.token_factory()
            valid_to = now + self.settings.token_validity
            self.issued_tokens[token] = (user.tax_number, valid_to)
            encoded = encrypt_exchange_token(token, user.exchange_key)
            return responses.token_exchange(envelope.request_id, now, encoded, now, valid_to)
        if not user.can_query_invoices:
            raise NavFault("FORBIDDEN", "technical user has no right to query invoices")
        if operation is Operation.QUERY_INVOICE_DIGEST:
            return self._query_digest(root, envelope, user, now)
        if operation is Operation.QUERY_INVOICE_DATA:
            return self._query_data(root, envelope, user, now)
        raise NavFault("OPERATION_FAILED", f"{operation.value} is not emulated")

    # ------------------------------------------------------------------ queryInvoiceDigest

    def _query_digest(self, root: Element, envelope: RequestEnvelope, user: TechnicalUser, now: datetime) -> bytes:
        page = int(text_of(root, "page") or "1")
        direction = _direction(root)
        params = _child(root, "invoiceQueryParams")
        predicates = [_mandatory_predicate(_child(params, "mandatoryQueryParams"))]
        additional = params.find(qname(NS, "additionalQueryParams"))
        if additional is not None:
            predicates.extend(_additional_predicates(additional, direction))
        relational = params.find(qname(NS, "relationalQueryParams"))
        if relational is not None:
            predicates.extend(_relational_predicates(relational))
        transaction = params.find(qname(NS, "transactionQueryParams"))
        if transaction is not None:
            predicates.extend(_transaction_predicates(transaction))
        hits = [
            r
            for r in self.store.all()
            if r.matches_direction(direction, user.tax_number) and all(p(r) for p in predicates)
        ]
        hits.sort(key=lambda r: (r.ins_date, r.facts.invoice_number, r.facts.batch_index or 0))
        size = self.settings.page_size
        available = math.ceil(len(hits) / size)
        chunk = hits[(page - 1) * size : page * size]
        return responses.invoice_digest(envelope.request_id, now, page, available, chunk)

    # ------------------------------------------------------------------ queryInvoiceData

    def _query_data(self, root: Element, envelope: RequestEnvelope, user: TechnicalUser, now: datetime) -> bytes:
        query = _child(root, "invoiceNumberQuery")
        number = text_of(query, "invoiceNumber") or ""
        direction = _direction(query)
        batch_text = text_of(query, "batchIndex")
        batch_index = int(batch_text) if batch_text is not None else None
        supplier = text_of(query, "supplierTaxNumber")
        if direction is Direction.OUTGOING and supplier is not None:
            raise NavFault("BAD_QUERY_PARAM_SUPPLIER_NOT_EXPECTED", "supplierTaxNumber is not allowed on OUTBOUND")
        hits = [
            r
            for r in self.store.all()
            if r.facts.invoice_number == number
            and r.matches_direction(direction, user.tax_number)
            and (batch_index is None or r.facts.batch_index == batch_index)
            and (supplier is None or r.facts.supplier_tax_number == supplier)
        ]
        if direction is Direction.INCOMING and len({r.facts.supplier_tax_number for r in hits}) > 1:
            raise NavFault("BAD_QUERY_PARAM_SUPPLIER_EXPECTED", "several suppliers used this number")
        if len({r.document_id for r in hits}) > 1:
            raise NavFault("MULTIPLE_QUERY_RESULT_FOUND", "more than one valid invoice has this number")
        return responses.invoice_data(envelope.request_id, now, hits[0] if hits else None, batch_index)


# ---------------------------------------------------------------------- query predicates

Predicate = Callable[[StoredRecord], bool]


def _child(parent: Element, tag: str) -> Element:
    node = parent.find(qname(NS, tag))
    if node is None:  # the schema check makes this unreachable unless it is switched off
        raise NavFault("INVALID_REQUEST", f"missing <{tag}>")
    return node


def _direction(parent: Element) -> Direction:
    try:
        return Direction.from_nav(text_of(parent, "invoiceDirection") or "")
    except ValueError as exc:  # only reachable with the schema check switched off
        raise NavFault("INVALID_REQUEST", "invoiceDirection must be OUTBOUND or INBOUND") from exc


def _mandatory_predicate(mandatory: Element) -> Predicate:
    issue = mandatory.find(qname(NS, "invoiceIssueDate"))
    if issue is not None:
        start = date.fromisoformat(text_of(issue, "dateFrom") or "")
        end = date.fromisoformat(text_of(issue, "dateTo") or "")
        _check_window(end - start)
        return lambda r: start <= r.facts.issue_date <= end
    ins = mandatory.find(qname(NS, "insDate"))
    if ins is not None:
        try:
            t_from = parse_request_timestamp(text_of(ins, "dateTimeFrom") or "")
            t_to = parse_request_timestamp(text_of(ins, "dateTimeTo") or "")
        except MalformedDocumentError as exc:
            raise NavFault("INVALID_REQUEST", str(exc)) from exc
        _check_window(t_to - t_from)
        return lambda r: t_from <= r.ins_date <= t_to
    original = text_of(mandatory, "originalInvoiceNumber") or ""
    # The whole chain: the base invoice and every document that modifies it.
    return lambda r: original in (r.facts.invoice_number, r.facts.original_invoice_number)


def _check_window(span: timedelta) -> None:
    if span < timedelta(0):
        raise NavFault("BAD_QUERY_PARAM_OVERLAP", "the interval ends before it starts")
    if span > MAX_QUERY_WINDOW:
        raise NavFault("BAD_QUERY_PARAM_RANGE_EXCEEDED", "the interval is longer than 35 days")


def _additional_predicates(node: Element, direction: Direction) -> list[Predicate]:
    out: list[Predicate] = []
    outbound = direction is Direction.OUTGOING

    # taxNumber, groupMemberTaxNumber and name filter the other party of the invoice.
    def other_tax(r: StoredRecord) -> str | None:
        return r.facts.customer_tax_number if outbound else r.facts.supplier_tax_number

    def other_group(r: StoredRecord) -> str | None:
        f = r.facts
        return f.customer_group_member_tax_number if outbound else f.supplier_group_member_tax_number

    def other_name(r: StoredRecord) -> str:
        return (r.facts.customer_name if outbound else r.facts.supplier_name) or ""

    if (tax := text_of(node, "taxNumber")) is not None:
        out.append(lambda r: other_tax(r) == tax)
    if (group := text_of(node, "groupMemberTaxNumber")) is not None:
        out.append(lambda r: other_group(r) == group)
    if (name := text_of(node, "name")) is not None:
        prefix = name.casefold()
        out.append(lambda r: other_name(r).casefold().startswith(prefix))
    simple: list[tuple[str, Callable[[StoredRecord], str | None]]] = [
        ("invoiceCategory", lambda r: r.facts.invoice_category),
        ("paymentMethod", lambda r: r.facts.payment_method),
        ("invoiceAppearance", lambda r: r.facts.invoice_appearance),
        ("source", lambda r: r.source),
        ("currency", lambda r: r.facts.currency),
    ]
    for tag, getter in simple:
        if (wanted := text_of(node, tag)) is not None:
            out.append(lambda r, g=getter, w=wanted: g(r) == w)  # type: ignore[misc]
    return out


_RELATIONAL: dict[str, Callable[[StoredRecord], Any]] = {
    "invoiceDelivery": lambda r: r.facts.delivery_date,
    "paymentDate": lambda r: r.facts.payment_date,
    "invoiceNetAmount": lambda r: r.facts.net_amount,
    "invoiceNetAmountHUF": lambda r: r.facts.net_amount_huf,
    "invoiceVatAmount": lambda r: r.facts.vat_amount,
    "invoiceVatAmountHUF": lambda r: r.facts.vat_amount_huf,
}
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "EQ": lambda a, b: a == b,
    "GT": lambda a, b: a > b,
    "GTE": lambda a, b: a >= b,
    "LT": lambda a, b: a < b,
    "LTE": lambda a, b: a <= b,
}


def _relational_predicates(node: Element) -> list[Predicate]:
    out: list[Predicate] = []
    for tag, getter in _RELATIONAL.items():
        conditions = list(iter_children(node, tag))
        operators = [text_of(c, "queryOperator") or "" for c in conditions]
        if len(conditions) == 2:
            if "EQ" in operators:
                raise NavFault("BAD_QUERY_PARAM_EQ_NOT_STANDALONE", f"{tag}: EQ must stand alone")
            lower = {"GT", "GTE"} & set(operators)
            upper = {"LT", "LTE"} & set(operators)
            if len(lower) != 1 or len(upper) != 1:
                raise NavFault("BAD_QUERY_PARAM_OPERATOR_COLLISION", f"{tag}: a range needs one lower, one upper")
        for condition, operator in zip(conditions, operators, strict=True):
            raw = text_of(condition, "queryValue") or ""
            try:
                value: Any = date.fromisoformat(raw) if tag in ("invoiceDelivery", "paymentDate") else Decimal(raw)
            except (ValueError, InvalidOperation) as exc:
                raise NavFault("INVALID_REQUEST", f"{tag}: bad queryValue") from exc
            compare = _COMPARE[operator]
            out.append(
                lambda r, g=getter, c=compare, v=value: g(r) is not None and c(g(r), v)  # type: ignore[misc]
            )
    return out


def _transaction_predicates(node: Element) -> list[Predicate]:
    out: list[Predicate] = []
    if (transaction_id := text_of(node, "transactionId")) is not None:
        out.append(lambda r: r.transaction_id == transaction_id)
    if (operation := text_of(node, "invoiceOperation")) is not None:
        out.append(lambda r: r.facts.operation == operation)
    return out


# ---------------------------------------------------------------------- admin API


class NewInvoice(BaseModel):
    """Either ``invoiceDataBase64`` (a full InvoiceData) or the fields to generate one from a sample."""

    invoiceDataBase64: str | None = None
    invoiceNumber: str | None = None
    issueDate: date | None = None
    supplierTaxNumber: str | None = None
    customerTaxNumber: str | None = None
    insDate: datetime | None = None
    compress: bool = False
    operation: str | None = None
    insCusUser: str = "emulatoruser01"


def _record_json(record: StoredRecord) -> dict[str, Any]:
    f = record.facts
    return {
        "recordId": record.record_id,
        "documentId": record.document_id,
        "invoiceNumber": f.invoice_number,
        "batchIndex": f.batch_index,
        "invoiceOperation": f.operation,
        "invoiceIssueDate": f.issue_date.isoformat(),
        "supplierTaxNumber": f.supplier_tax_number,
        "customerTaxNumber": f.customer_tax_number,
        "insDate": record.ins_date.isoformat(),
        "compressed": record.compressed,
    }


def create_app(
    settings: EmulatorSettings | None = None,
    *,
    store: InvoiceStore | None = None,
    clock: Callable[[], datetime] | None = None,
    token_factory: Callable[[], str] | None = None,
) -> FastAPI:
    settings = settings or EmulatorSettings()
    store = store or InvoiceStore()
    emulator = _Emulator(settings, store, clock or (lambda: datetime.now(UTC)), token_factory or _random_token)
    if settings.seed_tax_number is not None:
        for seed in seed_invoices(settings.seed_tax_number):
            store.add(seed.document, ins_date=seed.ins_date, operation=seed.operation)

    app = FastAPI(title="NAV Online Számla 3.0 emulator", docs_url=None, redoc_url=None)
    app.state.emulator = emulator

    def route(operation: Operation) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            status, body = emulator.handle(operation, await request.body())
            return Response(content=body, status_code=status, media_type=XML)

        endpoint.__name__ = operation.value
        return endpoint

    for operation in (Operation.TOKEN_EXCHANGE, Operation.QUERY_INVOICE_DIGEST, Operation.QUERY_INVOICE_DATA):
        app.add_api_route(f"/invoiceService/v3/{operation.value}", route(operation), methods=["POST"])

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        return {"status": "ok", "invoices": len(store.all())}

    @app.get("/_emulator/invoices")
    def list_invoices() -> list[dict[str, Any]]:
        return [_record_json(r) for r in store.all()]

    @app.post("/_emulator/invoices", status_code=201)
    def add_invoice(new: NewInvoice) -> list[dict[str, Any]]:
        if new.invoiceDataBase64 is not None:
            try:
                document = base64.b64decode(new.invoiceDataBase64, validate=True)
            except binascii.Error as exc:
                raise HTTPException(422, "invoiceDataBase64 is not base64") from exc
        elif new.invoiceNumber and new.issueDate and new.supplierTaxNumber and new.customerTaxNumber:
            document = generate_invoice(
                invoice_number=new.invoiceNumber,
                issue_date=new.issueDate,
                supplier_tax_number=new.supplierTaxNumber,
                customer_tax_number=new.customerTaxNumber,
            )
        else:
            raise HTTPException(422, "give invoiceDataBase64, or invoiceNumber + issueDate + both tax numbers")
        ins_date = new.insDate or emulator.clock()
        if ins_date.tzinfo is None:
            raise HTTPException(422, "insDate must carry a time zone")
        try:
            added = store.add(
                document,
                ins_date=ins_date.astimezone(UTC),
                compress=new.compress,
                operation=new.operation,
                ins_cus_user=new.insCusUser,
            )
        except (MalformedDocumentError, LimitExceededError) as exc:
            raise HTTPException(422, str(exc)) from exc
        return [_record_json(r) for r in added]

    @app.delete("/_emulator/invoices/{document_id}")
    def delete_invoice(document_id: int) -> dict[str, int]:
        removed = store.remove_document(document_id)
        if removed == 0:
            raise HTTPException(404, "no such document")
        return {"removed": removed}

    @app.delete("/_emulator/invoices")
    def clear_invoices() -> dict[str, int]:
        count = len(store.all())
        store.clear()
        return {"removed": count}

    return app

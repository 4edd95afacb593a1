"""Domain errors become HTTP answers through one table and one handler (``web/errors.py``, registered by
``create_app``): each row below is raised by a route of a real app and its answer checked whole —
status, body, headers. The reasons clients read stay ``ReasonCode`` values, never renamed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from services.core.errors import (
    BadSignatureError,
    ConfigurationError,
    ConflictError,
    ConnectionDisabledError,
    FetchFailedError,
    ForbiddenError,
    IntegrityError,
    LimitExceededError,
    MalformedDocumentError,
    NotFoundError,
    NotPayableError,
    NotPermittedError,
    ReasonCode,
    Rejected,
    ReplayedError,
    Retryable,
    SchemaViolationError,
    StorageRejectedError,
    StorageUnavailableError,
    SzamlatarError,
    UnauthenticatedError,
    UnknownReferenceError,
    UnsupportedMediaTypeError,
    UnsupportedOperationError,
    UpstreamError,
)
from services.core.url_policy import UrlRefusedError
from services.web import errors
from services.web.app import create_app
from tests.unit.web.fakes import fake_ports


def _body(reason: str, message: str, **more: Any) -> dict[str, Any]:
    return {"detail": {"reason": reason, "message": message, **more}}


# (raised, status, body, headers the answer must carry). The statuses and reasons are those the routes
# answered by hand before the table: 404 not_found / unknown_connection, 409 conflict / exists / replayed…
CASES: list[tuple[SzamlatarError, int, Any, dict[str, str]]] = [
    (NotFoundError("no invoice x"), 404, _body("not_found", "no invoice x"), {}),
    (NotFoundError("no connection", reason=ReasonCode.UNKNOWN_CONNECTION), 404,
     _body("unknown_connection", "no connection"), {}),
    (UnknownReferenceError("no client c-9"), 422, _body("not_found", "no client c-9"), {}),
    (ConflictError("already approved"), 409, _body("conflict", "already approved"), {}),
    (ConflictError("connection 'c' exists", reason=ReasonCode.EXISTS), 409, _body("exists", "connection 'c' exists"),
     {}),
    (ReplayedError("seen", event_id="ev-1"), 409, _body("replayed", "seen", event_id="ev-1"), {}),
    (ReplayedError("seen", event_id=None), 409, _body("replayed", "seen", event_id=None), {}),
    (BadSignatureError("stale", reason=ReasonCode.STALE_TIMESTAMP), 401, _body("stale_timestamp", "stale"), {}),
    (UnauthenticatedError("missing bearer token"), 401, {"detail": "missing bearer token"},
     {"www-authenticate": "Bearer"}),
    (UnauthenticatedError("token expired", challenge='Bearer error="invalid_token"'), 401,
     {"detail": "token expired"}, {"www-authenticate": 'Bearer error="invalid_token"'}),
    (ForbiddenError("site budapest is not yours"), 403, _body("forbidden", "site budapest is not yours"), {}),
    (NotPermittedError("role viewer may not admin"), 403, {"detail": "role viewer may not admin"}, {}),
    (LimitExceededError("CSV over 20 MiB"), 413, _body("too_large", "CSV over 20 MiB"), {}),
    (UnsupportedMediaTypeError("send JSON"), 415, _body("unsupported_media_type", "send JSON"), {}),
    (SchemaViolationError("bad"), 422, _body("schema_violation", "bad"), {}),
    (SchemaViolationError("other site", reason=ReasonCode.SITE_MISMATCH), 422, _body("site_mismatch", "other site"),
     {}),
    (MalformedDocumentError("not a PDF"), 422, _body("malformed_pdf", "not a PDF"), {}),
    (UrlRefusedError("private address"), 422, _body("url_refused", "private address"), {}),
    (NotPayableError("a storno invoice takes no payment"), 422,
     _body("not_payable", "a storno invoice takes no payment"), {}),
    (UnsupportedOperationError("own-system"), 422, _body("unsupported", "own-system"), {}),
    (StorageRejectedError("too big a document"), 422, _body("storage_rejected", "too big a document"), {}),
    (errors.unprocessable(LimitExceededError("XML too deep")), 422, _body("too_large", "XML too deep"), {}),
    (errors.unprocessable(NotFoundError("no bucket")), 422, _body("not_found", "no bucket"), {}),
    (IntegrityError("failed authentication"), 500, _body("integrity", "failed authentication"), {}),
    (FetchFailedError("could not fetch"), 502, _body("upstream", "could not fetch"), {}),
    (StorageUnavailableError("MongoDB down"), 503, _body("storage_unavailable", "MongoDB down"), {"retry-after": "5"}),
    (UpstreamError("429", retry_after=30.5), 503, _body("upstream", "429"), {"retry-after": "30"}),
    (ConnectionDisabledError("connection is disabled; re-send later", retry_after=600), 503,
     _body("disabled", "connection is disabled; re-send later"), {"retry-after": "600"}),
]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = create_app(None, fake_ports())  # type: ignore[arg-type]

    def boom(n: int) -> None:
        raise CASES[n][0]

    app.add_api_route("/boom/{n}", boom)
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize(("n", "case"), list(enumerate(CASES)), ids=[f"{type(c[0]).__name__}-{c[1]}" for c in CASES])
def test_a_domain_error_is_answered_by_the_table(client: TestClient, n: int,
                                                 case: tuple[SzamlatarError, int, Any, dict[str, str]]) -> None:
    _, status, body, headers = case
    answer = client.get(f"/boom/{n}")
    assert (answer.status_code, answer.json()) == (status, body)
    assert {k: answer.headers.get(k) for k in headers} == headers
    if "retry-after" not in headers:
        assert "retry-after" not in answer.headers


def test_every_row_of_the_table_is_exercised() -> None:
    raised = {type(case[0]) for case in CASES}
    untried = [cls.__name__ for cls in errors.STATUS if not any(issubclass(r, cls) for r in raised)]
    assert untried == []


def test_one_handler_answers_every_rejected_and_retryable_error() -> None:
    app: FastAPI = create_app(None, fake_ports())  # type: ignore[arg-type]
    assert app.exception_handlers[Rejected] is errors.answer_error
    assert app.exception_handlers[Retryable] is errors.answer_error


def test_an_error_outside_the_table_has_no_status() -> None:
    with pytest.raises(LookupError):  # a ConfigurationError is a crash, not an answer
        errors.status_of(ConfigurationError("no KEK"))


# Every reason an API answer has carried: clients match on them, so none may disappear or be renamed.
ANSWERED_REASONS = {
    "not_found", "unknown_connection", "conflict", "exists", "replayed", "forbidden", "bad_signature",
    "missing_signature", "stale_timestamp", "too_large", "unsupported_media_type", "schema_violation",
    "site_mismatch", "malformed_pdf", "url_refused", "not_payable", "unsupported", "integrity", "upstream",
    "disabled", "storage_rejected", "storage_unavailable", "object_store_unavailable", "broker_unavailable",
}


def test_every_reason_the_api_answers_is_a_reason_code() -> None:
    assert ANSWERED_REASONS - {r.value for r in ReasonCode} == set()

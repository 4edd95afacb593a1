"""Domain errors as HTTP answers: one table, one handler (registered by ``web/app.py``).

Routes and the functions they call raise the errors of ``core/errors.py``, never HTTP ones; the
handler answers each with the status of the first class of its MRO found in ``STATUS`` and the body
``{"detail": {"reason": <ReasonCode>, "message": ...}}`` (a replay also carries its ``event_id``).
A ``Retryable`` error is an outage: 503 with ``Retry-After``.

Two answers keep the shape they had before reasons existed, because clients read ``detail`` as the
message itself: the bearer check's 401 (``UnauthenticatedError``, with ``WWW-Authenticate``) and a
role's missing permission (``NotPermittedError``, 403).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from services.adapters.stage_runner import dependency_down
from services.core.errors import (
    BadSignatureError,
    ConflictError,
    FetchFailedError,
    ForbiddenError,
    IntegrityError,
    LimitExceededError,
    NotFoundError,
    NotPermittedError,
    Rejected,
    ReplayedError,
    Retryable,
    SzamlatarError,
    UnauthenticatedError,
    UnsupportedMediaTypeError,
)

# Error class → status; the most specific class of an error's MRO that is listed wins. Every other
# ``Rejected`` (a schema violation, an unknown reference, a refused URL, a document that is not a
# PDF, not payable, unsupported…) is 422.
STATUS: dict[type[SzamlatarError], int] = {
    Rejected: 422,
    NotFoundError: 404,
    ConflictError: 409,
    UnauthenticatedError: 401,
    BadSignatureError: 401,
    ForbiddenError: 403,
    LimitExceededError: 413,
    UnsupportedMediaTypeError: 415,
    IntegrityError: 500,  # our own stored bytes failed authentication: not the caller's fault
    FetchFailedError: 502,
    Retryable: 503,
}
# Answered with the message alone as ``detail`` (see the module's docstring).
BARE: tuple[type[SzamlatarError], ...] = (UnauthenticatedError, NotPermittedError)
DEFAULT_RETRY_AFTER = 5  # seconds, for an outage that does not say


def status_of(exc: SzamlatarError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    raise LookupError(f"{type(exc).__name__} has no HTTP status")  # SzamlatarError itself, ConfigurationError


def http_answer(exc: SzamlatarError) -> tuple[int, Any, dict[str, str]]:
    """(status, ``detail``, headers) of the answer to ``exc``."""
    headers: dict[str, str] = {}
    if isinstance(exc, Retryable):
        headers["Retry-After"] = str(int(exc.retry_after or DEFAULT_RETRY_AFTER))
    if isinstance(exc, UnauthenticatedError):
        headers["WWW-Authenticate"] = exc.challenge
    if isinstance(exc, BARE):
        return status_of(exc), exc.message, headers
    detail: dict[str, Any] = {"reason": exc.reason.value, "message": exc.message}
    if isinstance(exc, ReplayedError):
        detail["event_id"] = exc.event_id
    return status_of(exc), detail, headers


def unprocessable(exc: Rejected) -> Rejected:
    """``exc`` answered 422 whatever its class, with its reason and message: for an edge whose contract
    says every refusal of the content it was sent is a 422 (a staged PDF the store refuses is not a
    404, an over-limit XML inside a Számlázz.hu push is not a 413 of the push)."""
    return Rejected(exc.message, reason=exc.reason)


async def answer_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, SzamlatarError)  # registered for Rejected and Retryable only
    status, detail, headers = http_answer(exc)
    if isinstance(exc, Retryable) and (dependency := dependency_down(exc)) is not None:
        _count_unavailable(request, dependency)
    return JSONResponse({"detail": detail}, status_code=status, headers=headers or None)


def _count_unavailable(request: Request, dependency: str) -> None:
    """``szamlatar_http_unavailable_total``: the alert on refusals because a store is down reads it."""
    ports = getattr(request.app.state, "ports", None)
    if ports is not None:
        route = str(getattr(request.scope.get("route"), "path", None) or "unmatched")
        ports.metrics.unavailable.labels(route, dependency).inc()


def install(app: FastAPI) -> None:
    # Not for SzamlatarError as a whole: a ConfigurationError is a crash, answered 500 by the server.
    app.add_exception_handler(Rejected, answer_error)
    app.add_exception_handler(Retryable, answer_error)

"""The one error tree of Számlatár.

::

    SzamlatarError
    ├─ Rejected              permanent for this message → DLQ (or 4xx at an HTTP edge); the stream moves on
    │  ├─ SchemaViolationError       an event or payload does not match its JSON Schema
    │  │  └─ InvalidInputError       one a person typed: names its problem for the UI's wording
    │  ├─ MalformedDocumentError     a PDF/XML/JSON that cannot be read
    │  ├─ UnsupportedDocumentError   readable, but not something we can turn into an invoice
    │  ├─ LimitExceededError         too big, too many pages, too slow, too much memory
    │  ├─ BadSignatureError          webhook HMAC missing, wrong or stale
    │  ├─ UnknownTenantError         tenant or connection we do not know
    │  ├─ UnsupportedMediaTypeError  a request body of a type the edge does not take
    │  ├─ NotFoundError              a referenced object (staged document, invoice) does not exist
    │  ├─ UnknownReferenceError      a request names a reference record (a client…) that does not exist
    │  ├─ ConflictError              the object is not in the state the request expects (decided, exists)
    │  │  └─ ReplayedError           a signed request received before (carries the first one's event id)
    │  ├─ UnauthenticatedError       no credential, or an unknown, revoked or expired one (carries its challenge)
    │  ├─ ForbiddenError             the principal may not: sites beyond its scope, a tenant-wide resource
    │  │  └─ NotPermittedError       its role lacks the permission
    │  ├─ NotPayableError            the invoice takes no payment (its kind, or it is cancelled)
    │  ├─ UnsupportedOperationError  the subject does not take this operation (own-system connections here)
    │  ├─ ConnectionPausedError      a record of a paused producer connection: dead-lettered, replayed after resuming
    │  ├─ FetchFailedError           a document URL the request names could not be fetched
    │  ├─ IntegrityError             bytes do not match their hash or fail authentication
    │  └─ StorageRejectedError       the database refuses the document itself (not an outage)
    ├─ Retryable             transient → back off and retry in place: our own stores' outages (the first
    │                        three) for as long as they last, never to the DLQ; the others then DLQ with the attempts
    │  ├─ StorageUnavailableError    MongoDB unreachable or timing out
    │  ├─ ObjectStoreUnavailableError  S3 unreachable or 5xx
    │  ├─ BrokerUnavailableError     Kafka unreachable or not acknowledging
    │  ├─ UpstreamError              a billing system answered 429/5xx (carries retry_after)
    │  └─ ConnectionDisabledError    a connection switched off for now: the sender re-sends later
    └─ ConfigurationError    bad settings; fail fast at start-up

The core raises only ``Rejected`` subclasses; adapters translate driver errors into
``Retryable`` ones with ``raise ... from exc``. Every error carries a ``reason`` code and a
message that is safe to log: no secrets, no document text. The HTTP edge answers each class
with the status of one table (``services/web/errors.py``); the reason is what its clients read,
so a reason code, once answered, is never renamed.
"""

from __future__ import annotations

from enum import StrEnum


class ReasonCode(StrEnum):
    SCHEMA_VIOLATION = "schema_violation"
    MALFORMED_JSON = "malformed_json"
    TOMBSTONE = "tombstone"  # a consumed record without a value (Kafka's null value)
    NOT_UTF8 = "not_utf8"  # a consumed record whose value is not UTF-8 text
    MALFORMED_PDF = "malformed_pdf"
    MALFORMED_XML = "malformed_xml"
    ENCRYPTED_PDF = "encrypted_pdf"
    UNSUPPORTED_DOCUMENT = "unsupported_document"
    TOO_LARGE = "too_large"
    TOO_MANY_PAGES = "too_many_pages"
    TIMEOUT = "timeout"
    OUT_OF_MEMORY = "out_of_memory"
    FORBIDDEN_XML = "forbidden_xml"
    BAD_SIGNATURE = "bad_signature"
    MISSING_SIGNATURE = "missing_signature"
    STALE_TIMESTAMP = "stale_timestamp"
    REPLAYED = "replayed"
    URL_REFUSED = "url_refused"
    UNKNOWN_TENANT = "unknown_tenant"
    UNKNOWN_CONNECTION = "unknown_connection"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    EXISTS = "exists"  # an object with this id exists already
    UNAUTHENTICATED = "unauthenticated"
    FORBIDDEN = "forbidden"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    SITE_MISMATCH = "site_mismatch"  # a request names another site than its connection's
    NOT_PAYABLE = "not_payable"
    UNSUPPORTED = "unsupported"  # an operation the subject does not take
    DISABLED = "disabled"  # a connection switched off for now
    INTEGRITY = "integrity"
    STORAGE_UNAVAILABLE = "storage_unavailable"
    OBJECT_STORE_UNAVAILABLE = "object_store_unavailable"
    BROKER_UNAVAILABLE = "broker_unavailable"
    UPSTREAM = "upstream"
    CONFIGURATION = "configuration"
    STORAGE_REJECTED = "storage_rejected"
    INTERNAL = "internal"


class SzamlatarError(Exception):
    """Base of every error we raise on purpose."""

    default_reason: ReasonCode = ReasonCode.INTERNAL

    def __init__(self, message: str, *, reason: ReasonCode | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.reason: ReasonCode = reason or self.default_reason

    def __str__(self) -> str:
        return self.message


class Rejected(SzamlatarError):
    """Permanent for this input: send it to the DLQ (or answer 4xx) and move on."""


class SchemaViolationError(Rejected):
    default_reason = ReasonCode.SCHEMA_VIOLATION


class InvalidInputError(SchemaViolationError):
    """A schema violation in what a person fills in (a rule, a reference record): ``problem`` names it and
    ``params`` are the values its wording shows, so a page words it in the reader's language
    (``problem.<problem>`` in the UI catalogues) while ``message`` stays the API's English."""

    def __init__(self, message: str, *, problem: str, params: dict[str, str] | None = None,
                 reason: ReasonCode | None = None) -> None:
        super().__init__(message, reason=reason)
        self.problem = problem
        self.params = dict(params or {})


class MalformedDocumentError(Rejected):
    default_reason = ReasonCode.MALFORMED_PDF


class UnsupportedDocumentError(Rejected):
    default_reason = ReasonCode.UNSUPPORTED_DOCUMENT


class LimitExceededError(Rejected):
    default_reason = ReasonCode.TOO_LARGE


class BadSignatureError(Rejected):
    default_reason = ReasonCode.BAD_SIGNATURE


class UnknownTenantError(Rejected):
    default_reason = ReasonCode.UNKNOWN_TENANT


class NotFoundError(Rejected):
    default_reason = ReasonCode.NOT_FOUND


class UnknownReferenceError(Rejected):
    """The request is wrong, not its subject missing: it names a client, project… that does not exist
    (an HTTP edge answers 422, where a missing subject is 404)."""

    default_reason = ReasonCode.NOT_FOUND


class ConflictError(Rejected):
    """The object has moved on since the request was made, e.g. a review item decided meanwhile, or
    one with the id the request gives exists already (reason ``exists``)."""

    default_reason = ReasonCode.CONFLICT


class ReplayedError(ConflictError):
    """A signed request (timestamp and body) received before; ``event_id`` is what the first one
    produced (None while it is still being worked on)."""

    default_reason = ReasonCode.REPLAYED

    def __init__(self, message: str, *, event_id: str | None, reason: ReasonCode | None = None) -> None:
        super().__init__(message, reason=reason)
        self.event_id = event_id


class UnsupportedMediaTypeError(Rejected):
    default_reason = ReasonCode.UNSUPPORTED_MEDIA_TYPE


class UnauthenticatedError(Rejected):
    """Who is asking is not known: no credential, or an unknown, revoked or expired one. ``challenge``
    says how to authenticate (an HTTP edge sends it as ``WWW-Authenticate``)."""

    default_reason = ReasonCode.UNAUTHENTICATED

    def __init__(self, message: str, *, challenge: str = "Bearer", reason: ReasonCode | None = None) -> None:
        super().__init__(message, reason=reason)
        self.challenge = challenge


class ForbiddenError(Rejected):
    """The principal is known but may not do this: sites beyond its scope, a tenant-wide resource."""

    default_reason = ReasonCode.FORBIDDEN


class NotPermittedError(ForbiddenError):
    """The principal's role (or its site restriction) does not carry the permission at all."""


class NotPayableError(Rejected):
    default_reason = ReasonCode.NOT_PAYABLE


class UnsupportedOperationError(Rejected):
    default_reason = ReasonCode.UNSUPPORTED


class ConnectionPausedError(Rejected):
    """A record a paused producer connection wrote: not taken now, replayed after the resume
    (``core/pausing.py``); a door's pause is ``ConnectionDisabledError`` (the sender retries)."""

    default_reason = ReasonCode.DISABLED


class FetchFailedError(Rejected):
    """A document URL the request names could not be fetched (the remote failed or did not answer):
    this request fails; the sender may try again."""

    default_reason = ReasonCode.UPSTREAM


class IntegrityError(Rejected):
    """Bytes do not match their recorded hash or fail authentication on decryption."""

    default_reason = ReasonCode.INTEGRITY


class StorageRejectedError(Rejected):
    """The database refused this document for what it is (not for an outage)."""

    default_reason = ReasonCode.STORAGE_REJECTED


class Retryable(SzamlatarError):
    """Transient: back off and try again."""

    def __init__(
        self, message: str, *, reason: ReasonCode | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, reason=reason)
        self.retry_after = retry_after


class StorageUnavailableError(Retryable):
    default_reason = ReasonCode.STORAGE_UNAVAILABLE


class ObjectStoreUnavailableError(Retryable):
    default_reason = ReasonCode.OBJECT_STORE_UNAVAILABLE


class BrokerUnavailableError(Retryable):
    default_reason = ReasonCode.BROKER_UNAVAILABLE


class UpstreamError(Retryable):
    default_reason = ReasonCode.UPSTREAM


class ConnectionDisabledError(Retryable):
    default_reason = ReasonCode.DISABLED


class ConfigurationError(SzamlatarError):
    default_reason = ReasonCode.CONFIGURATION

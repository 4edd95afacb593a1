"""NAV Online Számla 3.0 request signing (pure): password hash, timestamps, request signature.

No clock, no random request ids, no environment: the shell (``services/nav/client.py``) supplies
``now`` and the request id, and the emulator (``emulators/nav`` of ``dev/``) checks what clients send
with the same functions, so both sides agree on one implementation of the spec's formulas.

Formulas (Interface Specification 3.0, §1.3.2 and §1.5):

* ``passwordHash = UPPER(hex(SHA-512(password)))``
* ``partial = requestId + YYYYMMDDhhmmss(UTC timestamp) + signatureKey``
* manageInvoice / manageAnnulment only:
  ``requestSignature = UPPER(hex(SHA3-512(partial + indexHash_1 + … + indexHash_n)))`` with
  ``indexHash_i = UPPER(hex(SHA3-512(operation_i + base64Data_i)))``
* every other operation (tokenExchange, queryInvoiceDigest, queryInvoiceData, …):
  ``requestSignature = UPPER(hex(SHA3-512(partial)))``. queryInvoiceData carries no invoice
  payload, so it has no index hashes; the official sample confirms this.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from services.core.errors import MalformedDocumentError, ReasonCode

_TAXPAYER_ID = re.compile(r"[0-9]{8}")
_TIMESTAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z")


def _upper_hex(digest: bytes) -> str:
    return digest.hex().upper()


def hash_password(password: str) -> str:
    """The ``passwordHash`` of a technical user: uppercase hex SHA-512 of the UTF-8 password."""
    return _upper_hex(hashlib.sha512(password.encode("utf-8")).digest())


def require_utc(moment: datetime) -> datetime:
    """``moment`` in UTC. A naive datetime would be signed in whatever zone the caller happened to
    mean; NAV checks the signature against UTC, so the ambiguity is refused instead of guessed."""
    if moment.tzinfo is None:
        raise ValueError("timestamps for NAV must be timezone-aware")
    return moment.astimezone(UTC)


def format_request_timestamp(moment: datetime) -> str:
    """``YYYY-MM-DDThh:mm:ss.sssZ`` in UTC, the form NAV's samples use."""
    utc = require_utc(moment)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_request_timestamp(text: str) -> datetime:
    """Parse a ``GenericTimestampType`` value; NAV requires UTC with a ``Z`` suffix."""
    match = _TIMESTAMP.fullmatch(text.strip())
    if match is None:
        raise MalformedDocumentError(f"not a UTC NAV timestamp: {text!r}", reason=ReasonCode.MALFORMED_XML)
    year, month, day, hour, minute, second, fraction = match.groups()
    micros = int((fraction or ".0")[1:].ljust(6, "0"))
    try:
        return datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), micros, tzinfo=UTC
        )
    except ValueError as exc:
        raise MalformedDocumentError(
            f"impossible timestamp: {text!r}", reason=ReasonCode.MALFORMED_XML
        ) from exc


def signature_timestamp(moment: datetime) -> str:
    """The ``YYYYMMDDhhmmss`` UTC mask used inside the signature (fractions and zone dropped)."""
    return require_utc(moment).strftime("%Y%m%d%H%M%S")


def index_hash(operation: str, base64_data: str) -> str:
    """Hash of one manageInvoice/manageAnnulment index: operation literal + the base64 text as sent."""
    return _upper_hex(hashlib.sha3_512((operation + base64_data).encode("utf-8")).digest())


def request_signature(
    request_id: str,
    timestamp: datetime,
    signature_key: str,
    index_hashes: Sequence[str] = (),
) -> str:
    """SHA3-512 request signature; pass ``index_hashes`` only for manageInvoice/manageAnnulment."""
    partial = request_id + signature_timestamp(timestamp) + signature_key
    return _upper_hex(hashlib.sha3_512((partial + "".join(index_hashes)).encode("utf-8")).digest())


@dataclass(frozen=True)
class NavCredentials:
    """A technical user of one taxpayer. Secrets are kept out of ``repr`` so they never reach a log."""

    login: str
    password_hash: str = field(repr=False)
    tax_number: str
    signature_key: str = field(repr=False)
    exchange_key: str = field(repr=False, default="")

    def __post_init__(self) -> None:
        if not _TAXPAYER_ID.fullmatch(self.tax_number):
            raise ValueError("tax_number must be the 8-digit taxpayer id")

    @classmethod
    def from_password(
        cls, *, login: str, password: str, tax_number: str, signature_key: str, exchange_key: str = ""
    ) -> NavCredentials:
        return cls(
            login=login,
            password_hash=hash_password(password),
            tax_number=tax_number,
            signature_key=signature_key,
            exchange_key=exchange_key,
        )

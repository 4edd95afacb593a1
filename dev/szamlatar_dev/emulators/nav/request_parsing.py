"""The NAV emulator reads requests the way NAV's server does: the authentication part of the
envelope, the index hashes of a manage request, and the signature it expects, computed with the
client's own signing functions (``services/nav/protocol/signing.py``) so both sides agree."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from services.core.errors import MalformedDocumentError, ReasonCode
from services.nav.protocol.responses import child_text, required_text
from services.nav.protocol.signing import index_hash, parse_request_timestamp, request_signature
from services.nav.protocol.spec import API_NS, COMMON_NS, qname


@dataclass(frozen=True)
class RequestEnvelope:
    """The authentication part of a request, as a server reads it to check the caller."""

    root_tag: str
    request_id: str
    timestamp_text: str
    request_version: str
    header_version: str | None
    login: str
    password_hash: str
    password_hash_crypto: str | None
    tax_number: str
    request_signature: str
    request_signature_crypto: str | None


def parse_request_envelope(root: Element) -> RequestEnvelope:
    header = root.find(qname(COMMON_NS, "header"))
    user = root.find(qname(COMMON_NS, "user"))
    if header is None or user is None:
        raise MalformedDocumentError("request lacks header or user", reason=ReasonCode.MALFORMED_XML)
    password = user.find(qname(COMMON_NS, "passwordHash"))
    signature = user.find(qname(COMMON_NS, "requestSignature"))
    return RequestEnvelope(
        root_tag=root.tag,
        request_id=required_text(header, COMMON_NS, "requestId"),
        timestamp_text=required_text(header, COMMON_NS, "timestamp"),
        request_version=required_text(header, COMMON_NS, "requestVersion"),
        header_version=child_text(header, COMMON_NS, "headerVersion"),
        login=required_text(user, COMMON_NS, "login"),
        password_hash=required_text(user, COMMON_NS, "passwordHash"),
        password_hash_crypto=password.get("cryptoType") if password is not None else None,
        tax_number=required_text(user, COMMON_NS, "taxNumber"),
        request_signature=required_text(user, COMMON_NS, "requestSignature"),
        request_signature_crypto=signature.get("cryptoType") if signature is not None else None,
    )


def request_index_hashes(root: Element) -> list[str]:
    """Index hashes of a manageInvoice/manageAnnulment request, in index order; empty otherwise."""
    hashes: list[tuple[int, str]] = []
    operations = root.find(qname(API_NS, "invoiceOperations"))
    if operations is not None:
        for op in operations.findall(qname(API_NS, "invoiceOperation")):
            hashes.append(
                (
                    int(required_text(op, API_NS, "index")),
                    index_hash(
                        required_text(op, API_NS, "invoiceOperation"), required_text(op, API_NS, "invoiceData")
                    ),
                )
            )
    annulments = root.find(qname(API_NS, "annulmentOperations"))
    if annulments is not None:
        for op in annulments.findall(qname(API_NS, "annulmentOperation")):
            hashes.append(
                (
                    int(required_text(op, API_NS, "index")),
                    index_hash(
                        required_text(op, API_NS, "annulmentOperation"),
                        required_text(op, API_NS, "invoiceAnnulment"),
                    ),
                )
            )
    return [h for _, h in sorted(hashes)]


def expected_request_signature(root: Element, envelope: RequestEnvelope, signature_key: str) -> str:
    """The signature a server computes for a parsed request, index hashes included where they belong."""
    timestamp = parse_request_timestamp(envelope.timestamp_text)
    return request_signature(envelope.request_id, timestamp, signature_key, request_index_hashes(root))


def text_of(parent: Element, tag: str, ns: str = API_NS) -> str | None:
    """A request body's value in the api namespace (stripped; ``None`` when absent)."""
    return child_text(parent, ns, tag)


def iter_children(parent: Element, tag: str, ns: str = API_NS) -> Iterable[Element]:
    return parent.findall(qname(ns, tag))

"""The names and limits of NAV Online Számla's Interface Specification 3.0 that both sides share.

The namespaces are defined once, beside the InvoiceData reader in ``core/parsing/nav_xml.py``.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from typing import Final

from services.core.parsing.nav_xml import API_NS, BASE_NS, COMMON_NS, DATA_NS

__all__ = [
    "API_NS", "BASE_NS", "COMMON_NS", "DATA_NS", "HEADER_VERSION", "MAX_INVOICE_BYTES", "MAX_QUERY_WINDOW",
    "PASSWORD_HASH_CRYPTO", "REQUEST_SIGNATURE_CRYPTO", "REQUEST_VERSION", "Operation", "qname",
]

REQUEST_VERSION: Final = "3.0"
HEADER_VERSION: Final = "1.0"
PASSWORD_HASH_CRYPTO: Final = "SHA-512"
REQUEST_SIGNATURE_CRYPTO: Final = "SHA3-512"

# NAV rejects a digest query whose issue-date or insDate interval is longer than 35 days
# (BAD_QUERY_PARAM_RANGE_EXCEEDED).
MAX_QUERY_WINDOW: Final = timedelta(days=35)
# One invoice may be at most 15 MB uncompressed (spec §1.6.5); it also caps a gzip bomb.
MAX_INVOICE_BYTES: Final = 15 * 1024 * 1024


class Operation(StrEnum):
    """The endpoint names; each request root is ``<Operation>Request`` with a capital first letter."""

    TOKEN_EXCHANGE = "tokenExchange"
    QUERY_INVOICE_DIGEST = "queryInvoiceDigest"
    QUERY_INVOICE_DATA = "queryInvoiceData"
    MANAGE_INVOICE = "manageInvoice"
    MANAGE_ANNULMENT = "manageAnnulment"

    @property
    def request_element(self) -> str:
        return self.value[0].upper() + self.value[1:] + "Request"

    @property
    def response_element(self) -> str:
        return self.value[0].upper() + self.value[1:] + "Response"


def qname(ns: str, tag: str) -> str:
    """ElementTree's ``{namespace}tag`` form."""
    return f"{{{ns}}}{tag}"

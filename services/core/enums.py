"""Small closed vocabularies shared by every layer."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    INGEST = "ingest"
    PARSE = "parse"
    MATCH = "match"
    ARCHIVE = "archive"
    STATUS_SYNC = "status_sync"
    DOWNSTREAM = "downstream"
    INDEX = "index"  # the query index's indexer (services/indexer)
    TIMESTAMP = "timestamp"  # the timestamper (RFC 3161 tokens for archived versions)


class Outcome(StrEnum):
    """What a stage did with one event; ``DUPLICATE`` is a normal, successful outcome."""

    OK = "ok"
    DUPLICATE = "duplicate"
    NEW_VERSION = "new_version"
    REJECTED = "rejected"
    RETRIED = "retried"


class SourceKind(StrEnum):
    OWN_SYSTEM = "own_system"
    BILLINGO = "billingo"
    SZAMLAZZ = "szamlazz"
    NAV = "nav"
    EXPORT = "export"
    PRODUCER = "producer"


class Role(StrEnum):
    ADMIN = "admin"
    FINANCE = "finance"
    VIEWER = "viewer"
    AUDITOR = "auditor"
    SERVICE = "service"


class Direction(StrEnum):
    """Which side of an invoice the tenant is on: the one name for it in every layer.

    The value is the invoice wire form (``invoice.v1`` ``direction``). NAV says OUTBOUND / INBOUND,
    and what keeps NAV's word keeps its spelling: requests to NAV, ``nav_invoices`` records and sync
    cursors (``nav``), and lower-cased, the reconciliation's API, UI, CLI and metric label.
    """

    OUTGOING = "outgoing"  # we issued it (NAV: OUTBOUND, we are the supplier)
    INCOMING = "incoming"  # we received it (NAV: INBOUND, we are the customer)

    @property
    def nav(self) -> str:
        return "OUTBOUND" if self is Direction.OUTGOING else "INBOUND"

    @classmethod
    def from_nav(cls, text: str) -> Direction:
        """``OUTBOUND`` / ``INBOUND`` exactly, as NAV writes them; ``ValueError`` otherwise."""
        for direction in cls:
            if direction.nav == text:
                return direction
        raise ValueError(f"{text!r} is not a NAV invoice direction (OUTBOUND, INBOUND)")

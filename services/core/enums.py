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

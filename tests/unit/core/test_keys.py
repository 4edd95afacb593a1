"""Derived ids keep the values the code before them computed: stored write-back records, replay logs
and receivers' dedupe keys hold them, so a changed derivation would make a replay look new. The
expected values below were computed by the pre-``core/keys.py`` code (``uuid.uuid5`` in the payments
route, the downstream worker and the stage runner) and must never change."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from services.core import keys

SERVICES = Path(__file__).resolve().parents[3] / "services"
KEYS = SERVICES / "core" / "keys.py"


def test_a_registered_payment_keeps_its_id() -> None:
    assert keys.payment_id("inv-1", "idem-42") == "70e6cbc5-e840-5815-af42-3aa9f37eb3c2"


def test_an_invoice_linked_event_keeps_its_id() -> None:
    assert keys.linked_event_id("e-arch-1") == "29f6fc2c-5270-53ec-b48d-7a9e59ef9c79"


def test_a_once_per_version_audit_entry_keeps_its_id() -> None:
    assert keys.audit_entry_id("acme", "invoice.archived", "inv-1", "a" * 64) == "b304bdaa-cfcf-5e2c-b13e-23cd03286448"


def test_a_webhook_delivery_keeps_its_id() -> None:
    assert keys.delivery_id("acme|hr", "invoice.linked", "e-arch-1") == "71147d1c-593d-50f7-b0b3-4d628a01d5e2"


@pytest.mark.parametrize(("dlq", "topic", "partition", "offset", "value", "expected"), [
    pytest.param("invoice.dlq", "invoice.raw", 1, 42, b"x", "0e7a8328-d148-51a7-8212-546b0dd89f92", id="invoice"),
    pytest.param("invoice.dlq", "invoice.raw", None, None, b"abc", "dac65f0e-3119-534d-96e4-8170f4fea8fc",
                 id="invoice-by-content"),
    pytest.param("invoice.dlq", "invoice.raw", None, None, None, "673d9a0a-183c-577f-9df7-a00ec227e065",
                 id="invoice-tombstone"),
    pytest.param("downstream.dlq", "invoice.archived", 1, 7, b"x", "e0ac973d-348a-569d-92be-d9bf4d203a7e",
                 id="downstream"),
])
def test_a_dead_letter_keeps_its_id(dlq: str, topic: str, partition: int | None, offset: int | None,
                                    value: bytes | None, expected: str) -> None:
    assert keys.dlq_event_id(dlq, topic, partition, offset, value) == expected


def test_the_pipeline_ids_keep_their_values() -> None:
    event = {"tenant": "acme", "source": {"kind": "own_system", "connection_id": "erp"}, "external_id": "x-1"}
    assert keys.invoice_id_of(event) == "eaa548e9-3839-54b0-ad2d-0b6f63564a3d"
    assert keys.event_id_for("parse", event, "a" * 64) == "c119d4c8-3682-5763-810c-6de17fa335f7"


def _uuid5_calls(path: Path) -> list[int]:
    """Lines where ``path`` names ``uuid5`` (``uuid.uuid5(...)``, ``from uuid import uuid5``)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        attribute = isinstance(node, ast.Attribute) and node.attr == "uuid5"
        imported = isinstance(node, ast.ImportFrom) and any(a.name == "uuid5" for a in node.names)
        if attribute or imported:
            lines.append(node.lineno)
    return lines


def test_ids_are_derived_only_in_core_keys() -> None:
    """One place derives ids, so two callers cannot derive the same id two ways (or a new one from
    a namespace of their own)."""
    found = {f"{path.relative_to(SERVICES)}:{line}" for path in sorted(SERVICES.rglob("*.py")) if path != KEYS
             for line in _uuid5_calls(path)}
    assert not found, f"uuid5 outside services/core/keys.py: {sorted(found)}"
    assert _uuid5_calls(KEYS), "the rule's scan finds the calls in core/keys.py"

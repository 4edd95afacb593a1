"""A consumed value as consumers read it (tombstone, not UTF-8 → Rejected with a reason) and as a dead
letter carries it (text, base64, or nothing) — and back, byte for byte."""

from __future__ import annotations

import pytest

from services.core.dead_letters import carried, key_text, message_bytes, original
from services.core.errors import ReasonCode, Rejected


@pytest.mark.parametrize(("value", "reason"), [
    pytest.param(None, ReasonCode.TOMBSTONE, id="tombstone"),
    pytest.param(b"\xff\xfe{}", ReasonCode.NOT_UTF8, id="not-utf8"),
    pytest.param('{"név": 1}'.encode("latin-1"), ReasonCode.NOT_UTF8, id="latin-1"),
    pytest.param(b'{"a": "\xc3"}', ReasonCode.NOT_UTF8, id="cut-utf8-sequence"),
])
def test_a_value_that_is_not_utf8_text_is_rejected_with_its_reason(value: bytes | None, reason: ReasonCode) -> None:
    with pytest.raises(Rejected) as caught:
        message_bytes(value, "invoice.raw.v1")
    assert caught.value.reason is reason
    assert str(caught.value).startswith("invoice.raw.v1: ")


@pytest.mark.parametrize("value", [b"", b"{}", "{\"név\": \"Őrház Kft. €\"}".encode(), b"not json at all"])
def test_utf8_text_passes_unchanged_whatever_it_holds(value: bytes) -> None:
    assert message_bytes(value, "invoice.raw.v1") is value


@pytest.mark.parametrize(("value", "payload", "encoding"), [
    pytest.param(None, "", "none", id="tombstone"),
    pytest.param(b"", "", "utf-8", id="empty-is-not-a-tombstone"),
    pytest.param("Őrház €".encode(), "Őrház €", "utf-8", id="text"),
    pytest.param(b"\xff\x00\xfe", "/wD+", "base64", id="binary"),
])
def test_a_dead_letter_carries_the_value_and_gives_the_same_bytes_back(
        value: bytes | None, payload: str, encoding: str) -> None:
    assert carried(value) == (payload, encoding)
    assert original(payload, encoding) == value


def test_a_dead_letter_written_before_payload_encoding_holds_text() -> None:
    assert original('{"a": 1}', None) == b'{"a": 1}'


def test_a_key_is_shown_as_text_with_bytes_that_are_not_utf8_replaced() -> None:
    assert key_text(None) is None
    assert key_text("acme|own_system|erp|Ő-1".encode()) == "acme|own_system|erp|Ő-1"
    assert key_text(b"\xffacme") == "\ufffdacme"

"""``decode`` skips validating only the exact bytes ``encode`` validated against the same schema lately
(``schemas.Encoded``); everything else is validated as before."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from services.adapters import schemas
from services.adapters.schemas import Encoded, decode, encode
from services.core.errors import SchemaViolationError
from tests.unit.adapters.test_schema_fast_path import EVENTS

PARSED = next(e for e in EVENTS if e["schema"] == "invoice.parsed.v1")


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = schemas.validate

    def counting(schema: str, event: Any) -> None:
        seen.append(schema)
        real(schema, event)

    monkeypatch.setattr(schemas, "validate", counting)
    monkeypatch.setattr(schemas, "ENCODED", Encoded(16))
    return seen


def test_what_this_process_encoded_is_not_validated_twice(validations: list[str]) -> None:
    value = encode(PARSED)
    assert decode(value, "invoice.parsed.v1") == PARSED
    assert validations == ["invoice.parsed.v1"]  # by encode only


def test_other_bytes_are_validated(validations: list[str]) -> None:
    value = encode(PARSED)
    spaced = value.replace(b'":', b'": ', 1)  # the same event, other bytes
    assert decode(spaced, "invoice.parsed.v1") == PARSED
    assert validations == ["invoice.parsed.v1", "invoice.parsed.v1"]


def test_the_same_bytes_read_as_another_schema_are_validated(validations: list[str]) -> None:
    value = encode(PARSED)
    with pytest.raises(SchemaViolationError):
        decode(value, "invoice.matched.v1")


def test_an_event_encode_refused_is_never_taken_as_validated(validations: list[str]) -> None:
    bad = copy.deepcopy(PARSED)
    bad["tenant"] = 7
    with pytest.raises(SchemaViolationError):
        encode(bad)
    value = json.dumps(bad, ensure_ascii=False, separators=(",", ":")).encode()  # what encode would have sent
    with pytest.raises(SchemaViolationError):
        decode(value, "invoice.parsed.v1")


def test_only_the_latest_are_kept() -> None:
    kept = Encoded(2)
    keys = [Encoded.key("s", bytes([i])) for i in range(3)]
    for key in keys:
        kept.add(key)
    assert [key in kept for key in keys] == [False, True, True]

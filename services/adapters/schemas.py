"""The topic contracts in ``schemas/``: loaded once, validated at every produce and consume."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from services.core.errors import ReasonCode, SchemaViolationError

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
_BASE = "https://schemas.szamlatar.hu/"


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted(SCHEMA_DIR.glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((_BASE + path.name, Resource.from_contents(contents)))
    return Registry().with_resources(resources)


@cache
def validator(schema: str) -> Draft202012Validator:
    contents = _registry().contents(_BASE + schema + ".json")
    return Draft202012Validator(contents, registry=_registry())


def validate(schema: str, event: Any) -> None:
    """Raise ``SchemaViolationError`` naming the first offending field."""
    error = next(iter(sorted(validator(schema).iter_errors(event), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise SchemaViolationError(f"{schema}: {where}: {error.message[:300]}")


def decode(value: bytes, schema: str) -> dict[str, Any]:
    """Bytes off a topic → a validated event dict."""
    try:
        event = json.loads(value)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SchemaViolationError(f"{schema}: not JSON: {exc}", reason=ReasonCode.MALFORMED_JSON) from exc
    validate(schema, event)
    return event  # type: ignore[no-any-return]


def encode(event: dict[str, Any]) -> bytes:
    """A validated event → bytes for a topic (validated against its own ``schema`` field)."""
    validate(event["schema"], event)
    return json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode()

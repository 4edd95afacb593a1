"""The topic contracts in ``schemas/``: loaded once, validated at every produce and consume.

Every event is validated about six times on its way through the pipeline, and ``jsonschema`` walks
a schema — following each ``$ref`` through the registry — for about a millisecond per event. So an
event is first checked by a validator that ``fastjsonschema`` compiled from the same schema with
every ``$ref`` written out in place (``bundled``): ~30× faster. Only an event it refuses goes to
``jsonschema``, which stays the authority: it names the offending field, and an event it accepts is
accepted. Formats are not checked by either (``jsonschema`` checks none without a format checker).

The worker's next stage consumes what its previous stage produced, in the same process: ``decode``
does not validate again bytes that ``encode`` validated against the same schema lately (``Encoded``,
by a 256-bit digest of the exact bytes). The same bytes against the same schema can only give the
same answer; bytes from anywhere else, or older than the last few thousand, are validated as ever.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from services.core.errors import ReasonCode, SchemaViolationError

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
_BASE = "https://schemas.szamlatar.hu/"
# The keywords whose value is a schema, a list of schemas or a map of them (JSON Schema 2020-12).
_ONE = frozenset({"items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
                  "unevaluatedProperties", "unevaluatedItems"})
_LIST = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_MAP = frozenset({"properties", "patternProperties", "dependentSchemas"})
_ANNOTATIONS = frozenset({"title", "description", "$comment", "examples", "default", "deprecated", "readOnly",
                          "writeOnly"})
_MAX_DEPTH = 32  # deeper means a schema that refers to itself: it cannot be written out


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


def _inline(node: Any, resolver: Any, depth: int = 0) -> Any:
    if not isinstance(node, dict):
        return node  # true / false
    if depth > _MAX_DEPTH:
        raise ValueError("a schema that refers to itself cannot be bundled")
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("$ref", "$id", "$schema", "$defs", "$anchor"):
            continue
        if key in _ONE:
            out[key] = _inline(value, resolver, depth + 1)
        elif key in _LIST:
            out[key] = [_inline(v, resolver, depth + 1) for v in value]
        elif key in _MAP:
            out[key] = {name: _inline(v, resolver, depth + 1) for name, v in value.items()}
        else:
            out[key] = value
    if "$ref" not in node:
        return out
    target = resolver.lookup(node["$ref"])
    inlined = _inline(target.contents, target.resolver, depth + 1)
    # $ref beside other keywords applies both (2020-12); beside annotations alone, it is the target.
    return inlined if set(out) <= _ANNOTATIONS else {"allOf": [inlined], **out}


def bundled(schema: str) -> dict[str, Any]:
    """The schema with every ``$ref`` replaced by what it refers to: the same constraints, no references."""
    uri = _BASE + schema + ".json"
    root = _registry().resolver(base_uri=uri).lookup(uri)
    return _inline(root.contents, root.resolver)  # type: ignore[no-any-return]


@cache
def _fast(schema: str) -> Callable[[Any], Any]:
    return fastjsonschema.compile(bundled(schema), use_formats=False)


def validate(schema: str, event: Any) -> None:
    """Raise ``SchemaViolationError`` naming the first offending field."""
    try:
        _fast(schema)(event)
        return
    except fastjsonschema.JsonSchemaValueException:
        pass  # jsonschema decides, and says where
    error = next(iter(sorted(validator(schema).iter_errors(event), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise SchemaViolationError(f"{schema}: {where}: {error.message[:300]}")


class Encoded:
    """The (schema, digest) of the values ``encode`` validated lately: at most ``kept``, oldest out first."""

    def __init__(self, kept: int) -> None:
        self.kept = kept
        self._seen: dict[tuple[str, bytes], None] = {}
        self._lock = threading.Lock()  # the worker encodes on its event loop, the API in its threads

    @staticmethod
    def key(schema: str, value: bytes) -> tuple[str, bytes]:
        return schema, hashlib.blake2b(value, digest_size=32).digest()

    def add(self, key: tuple[str, bytes]) -> None:
        with self._lock:
            self._seen[key] = None
            if len(self._seen) > self.kept:
                del self._seen[next(iter(self._seen))]

    def __contains__(self, key: tuple[str, bytes]) -> bool:
        with self._lock:
            return key in self._seen


# Enough for the records between a stage and the next one in a backlog of thousands; ~0.3 MB.
ENCODED = Encoded(4096)


def decode(value: bytes, schema: str) -> dict[str, Any]:
    """Bytes off a topic → a validated event dict."""
    try:
        event = json.loads(value)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SchemaViolationError(f"{schema}: not JSON: {exc}", reason=ReasonCode.MALFORMED_JSON) from exc
    if Encoded.key(schema, value) not in ENCODED:
        validate(schema, event)
    return event  # type: ignore[no-any-return]


def encode(event: dict[str, Any]) -> bytes:
    """A validated event → bytes for a topic (validated against its own ``schema`` field)."""
    validate(event["schema"], event)
    value = json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode()
    ENCODED.add(Encoded.key(event["schema"], value))
    return value

"""Turn Billingo's official OpenAPI 3.0 document (from ``SZAMLATAR_SPECS``) into JSON Schemas for ``jsonschema``.

OpenAPI 3.0 schemas are almost JSON Schema; the differences that matter here are ``$ref`` into
``#/components/...`` (resolved inline) and ``nullable: true`` (rewritten as a union with null).
With ``strict=True`` objects also reject properties the spec does not declare, so a typo in an
emulator field name fails the test instead of slipping through.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import jsonschema
import yaml

from tests.conformance.conftest import spec_file


@cache
def load_spec() -> dict[str, Any]:
    with spec_file("billingo", "openapi-3.0.14.yml").open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def _resolve(spec: dict[str, Any], ref: str) -> Any:
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def to_json_schema(spec: dict[str, Any], node: Any, *, strict: bool, seen: tuple[str, ...] = ()) -> Any:
    if isinstance(node, list):
        return [to_json_schema(spec, x, strict=strict, seen=seen) for x in node]
    if not isinstance(node, dict):
        # YAML reads unquoted example dates as date objects; JSON Schema wants plain values.
        return node.isoformat() if isinstance(node, dt.date) else node
    if "$ref" in node:
        ref = node["$ref"]
        if ref in seen:  # recursive schema: accept anything below the cycle
            return {}
        return to_json_schema(spec, _resolve(spec, ref), strict=strict, seen=(*seen, ref))
    out = {
        k: to_json_schema(spec, v, strict=strict, seen=seen)
        for k, v in node.items()
        if k not in ("nullable", "example", "readOnly", "writeOnly", "deprecated", "xml", "discriminator")
    }
    if strict and out.get("type") == "object" and "properties" in out:
        out.setdefault("additionalProperties", False)
    if node.get("nullable"):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        if "type" not in out and "enum" not in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def response_schema(path: str, method: str, status: int, content_type: str = "application/json") -> Any:
    spec = load_spec()
    operation = spec["paths"][path][method.lower()]
    response = operation["responses"][str(status)]
    if "$ref" in response:
        response = _resolve(spec, response["$ref"])
    return to_json_schema(spec, response["content"][content_type]["schema"], strict=True)


def request_schema(path: str, method: str, content_type: str = "application/json") -> Any:
    """The request body's schema, as the spec declares it (unknown properties allowed, as the spec leaves them)."""
    spec = load_spec()
    body = spec["paths"][path][method.lower()]["requestBody"]
    return to_json_schema(spec, body["content"][content_type]["schema"], strict=False)


def documented_headers(path: str, method: str, status: int) -> set[str]:
    spec = load_spec()
    response = spec["paths"][path][method.lower()]["responses"][str(status)]
    if "$ref" in response:
        response = _resolve(spec, response["$ref"])
    return set(response.get("headers", {}))


def assert_matches_spec(path: str, method: str, status: int, body: Any) -> None:
    """Fail with jsonschema's explanation when ``body`` is not what the spec says ``status`` returns."""
    jsonschema.validate(
        body,
        response_schema(path, method, status),
        format_checker=jsonschema.FormatChecker(),
    )

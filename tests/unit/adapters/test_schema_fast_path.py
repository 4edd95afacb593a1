"""Topic validation's fast path (``fastjsonschema`` over the bundled schema) may refuse more than
``jsonschema`` does (then ``jsonschema`` decides), never less: every event ``jsonschema`` refuses must
be refused by it too. Checked on real events from the pure stages and on mutations of each field."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import fastjsonschema
import pytest

from services.adapters.schemas import SCHEMA_DIR, _fast, bundled, validate, validator
from services.core.errors import SchemaViolationError
from services.core.events import raw_event
from services.core.matching import snapshot
from services.core.parsing import parse_document
from services.core.stages.match import decide_match, matched_event
from services.core.stages.parse import parsed_event
from szamlatar_dev.demo.own_system import demo_documents, invoice_metadata
from szamlatar_dev.emulators.demo_data import generate_demo

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
SCHEMAS = sorted(p.name.removesuffix(".json") for p in SCHEMA_DIR.glob("*.json"))
# What a field is turned into: other types, empty, too long, a value no pattern or enum allows.
ODD_VALUES: list[Any] = [None, 7, 1.5, True, "", "x" * 5000, "not-a-pattern ü", [], {}, -1]


def _events() -> list[dict[str, Any]]:
    events = []
    for i, (inv, pdf) in enumerate(demo_documents(generate_demo(seed=5, invoices=1))[:1]):
        document = {"sha256": hashlib.sha256(pdf).hexdigest(), "size": len(pdf), "media_type": "application/pdf",
                    "bucket": "staging", "object_key": f"t/{i}.pdf"}
        raw = raw_event(tenant="t", site="budapest", source_kind="own_system", connection_id="c1",
                        external_id=f"e{i}", correlation_id=f"c{i}", document=document,
                        metadata=invoice_metadata(inv), now=NOW)
        parsed = parsed_event(raw, parse_document(pdf, metadata=invoice_metadata(inv)), NOW)
        matched = matched_event(parsed, decide_match(parsed, snapshot([]), None, []), NOW)
        events += [raw, parsed, matched]
    return events


EVENTS = _events()


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node[:1]):
            yield (*path, i)
            yield from _paths(value, (*path, i))


def _mutations(event: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for path in _paths(event):
        *parents, last = path
        for value in [*ODD_VALUES, "drop"]:
            mutated = copy.deepcopy(event)
            holder = mutated
            for p in parents:
                holder = holder[p]
            if value == "drop":
                holder.pop(last)
            else:
                holder[last] = value
            yield mutated
    yield {**copy.deepcopy(event), "unexpected_field": 1}


def _fast_accepts(schema: str, event: Any) -> bool:
    try:
        _fast(schema)(event)
        return True
    except fastjsonschema.JsonSchemaValueException:
        return False


@pytest.mark.parametrize("schema", SCHEMAS)
def test_every_schema_bundles_without_a_reference_left(schema: str) -> None:
    text = json.dumps(bundled(schema))
    assert "$ref" not in text and "$defs" not in text


def test_the_real_events_pass_both_validators() -> None:
    for event in EVENTS:
        assert _fast_accepts(event["schema"], event)
        assert not list(validator(event["schema"]).iter_errors(event))


def test_the_fast_path_refuses_every_mutation_jsonschema_refuses() -> None:
    refused = 0
    for event in EVENTS:
        schema = event["schema"]
        for mutated in _mutations(event):
            if list(validator(schema).iter_errors(mutated)):
                refused += 1
                assert not _fast_accepts(schema, mutated), f"{schema}: fast path accepts {mutated!r:.500}"
    assert refused > 500  # the mutations reach the constraints, not only a few of them


def test_a_refused_event_is_named_by_jsonschema() -> None:
    raw = copy.deepcopy(EVENTS[0])
    raw["source"]["kind"] = "webhook"
    with pytest.raises(SchemaViolationError, match=r"invoice.raw.v1: source/kind: 'webhook' is not one of"):
        validate("invoice.raw.v1", raw)

"""One direction enum for every layer: the invoice contract's values, NAV's words beside them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.core.enums import Direction

SCHEMA = Path(__file__).resolve().parents[3] / "schemas" / "invoice.v1.json"


def test_the_values_are_the_invoice_contracts() -> None:
    contract = json.loads(SCHEMA.read_text(encoding="utf-8"))["properties"]["direction"]["enum"]
    assert sorted(d.value for d in Direction) == sorted(contract)


def test_nav_words_map_both_ways() -> None:
    assert (Direction.OUTGOING.nav, Direction.INCOMING.nav) == ("OUTBOUND", "INBOUND")
    assert all(Direction.from_nav(d.nav) is d for d in Direction)


@pytest.mark.parametrize("text", ["outbound", " OUTBOUND", "OUTGOING", "outgoing", "SIDEWAYS", ""])
def test_only_navs_exact_words_are_read(text: str) -> None:
    # NAV's schema takes OUTBOUND / INBOUND exactly; callers that accept other casing upper-case first.
    with pytest.raises(ValueError):
        Direction.from_nav(text)

"""The pull poller's pure half: configuration, list pages, cursors and the field mapping."""

from __future__ import annotations

import json

import pytest

from services.core.errors import ConfigurationError, MalformedDocumentError
from services.core.pull_mapping import (
    PullConfig,
    PullMappingError,
    is_stuck,
    map_item,
    page_url,
    parse_amount,
    parse_date,
    read_page,
)
from szamlatar_dev.emulators.inhouse.app import DEMO_MAPPING, InhouseState, item_json

URL = "https://erp.example.hu/api/v1/invoices"


def config(**overrides: object) -> PullConfig:
    pull = {**DEMO_MAPPING, "list_url": URL, "page_size": 3, **overrides}
    return PullConfig.of({"_id": "c", "pull": pull})


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("127 000,50", "127000.50", id="hungarian-spaces-comma"),
    pytest.param("1.234.567,8", "1234567.8", id="dot-thousands"),
    pytest.param("1,234,567.80", "1234567.80", id="comma-thousands"),
    pytest.param(127000, "127000", id="int"),
    pytest.param(0.1, "0.1", id="float-repr"),
    pytest.param("-5000", "-5000", id="negative"),
    pytest.param("127\u00a0000", "127000", id="nbsp"),
])
def test_amounts_in_their_forms_become_wire_amounts(text: object, expected: str) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize("bad", ["12a", "", "NaN", True, {"x": 1}])
def test_what_is_not_an_amount_is_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        parse_amount(bad)


@pytest.mark.parametrize(("text", "expected"), [
    ("2025.03.01.", "2025-03-01"), ("2025. 3. 1.", "2025-03-01"), ("2025-03-01T10:00:00Z", "2025-03-01"),
    ("2025-03-01", "2025-03-01"),
])
def test_dates_in_their_forms(text: str, expected: str) -> None:
    assert parse_date(text) == expected


def test_an_emulator_item_maps_to_the_invoice_it_describes() -> None:
    state = InhouseState(token="t")
    state.add(3, 3)
    stored = state.items["INH-00003"]
    inv = stored.invoice
    item = item_json(stored, "http://h")
    pulled = map_item(item, config())
    assert pulled.external_id == "INH-00003" and pulled.pdf_url == "http://h/files/INH-00003.pdf"
    meta = pulled.metadata
    assert meta["number"] == stored.invoice.number and meta["direction"] == "outgoing"
    assert meta["issue_date"] == inv.issue_date.isoformat() and meta["due_date"] == inv.due_date.isoformat()
    assert meta["gross_total"] == str(stored.invoice.gross_total)
    assert meta["net_total"] == f"{stored.invoice.net_total:.2f}"  # came as "1 234 567,00"
    assert meta["buyer"]["tax_number"] == stored.invoice.buyer.tax_number
    assert meta["buyer"]["taxpayer_id"] == stored.invoice.buyer.tax_number[:8]
    assert meta["seller"]["name"] == stored.invoice.issuer.name


def test_the_fingerprint_changes_with_the_data_not_with_the_cursor() -> None:
    item = {"id": "A1", "updated_at": "2025-01-01T00:00:00Z", "invoice_no": "A/1", "pdf": "https://x/a.pdf",
            "totals": {"gross": "100"}}
    same = map_item({**item, "updated_at": "2025-02-01T00:00:00Z"}, config())
    changed = map_item({**item, "totals": {"gross": "101"}}, config())
    assert map_item(item, config()).fingerprint == same.fingerprint != changed.fingerprint


@pytest.mark.parametrize(("item", "says"), [
    pytest.param({"pdf": "https://x/a.pdf"}, "no usable id", id="no-id"),
    pytest.param({"id": "A1"}, "no PDF URL", id="no-url"),
    pytest.param({"id": "A1", "pdf": "https://x/a.pdf", "totals": {"gross": "sok"}}, "gross_total", id="amount"),
    pytest.param({"id": "A1", "pdf": "https://x/a.pdf", "issued": "tegnap"}, "issue_date", id="date"),
    pytest.param({"id": "A1", "pdf": "https://x/a.pdf", "type": "receipt"}, "not a valid invoice", id="kind"),
    pytest.param({"id": "A1", "pdf": "https://x/a.pdf", "customer": {"vat_id": "123"}}, "tax number", id="tax"),
])
def test_an_item_that_cannot_be_mapped_names_the_field(item: dict[str, object], says: str) -> None:
    with pytest.raises(PullMappingError, match=says):
        map_item(item, config())


@pytest.mark.parametrize(("pull", "says"), [
    pytest.param({"fields": {"amount": "x"}}, "not a field of our invoice model", id="unknown-target"),
    pytest.param({"fields": {"gross_total": {"path": "x", "type": "money"}}}, "unknown type", id="unknown-type"),
    pytest.param({"pdf_url_field": ""}, "pdf_url_field is required", id="no-pdf-field"),
    pytest.param({"page_size": 0}, "page_size", id="page-size"),
])
def test_a_bad_configuration_is_refused_before_any_pass(pull: dict[str, object], says: str) -> None:
    with pytest.raises(ConfigurationError, match=says):
        config(**pull)


def test_page_url_adds_cursor_and_limit_to_the_query_it_has() -> None:
    c = config(list_url=URL + "?status=final&limit=999")
    assert page_url(c, None) == URL + "?status=final&limit=3"
    assert page_url(c, "2025-03-01T08:00:01Z") == URL + "?status=final&updated_since=2025-03-01T08%3A00%3A01Z&limit=3"


def _body(n: int, start: int = 0, same_time: bool = False) -> bytes:
    return json.dumps({"data": [{"id": f"A{i}", "updated_at": "t0" if same_time else f"t{i:03d}"}
                                for i in range(start, start + n)]}).encode()


def test_a_full_page_continues_from_its_last_item_and_a_short_one_ends_the_pass() -> None:
    full = read_page(_body(3), config(), None)
    assert (full.next_cursor, full.last) == ("t002", False)
    short = read_page(_body(2, start=2), config(), "t002")
    assert (short.next_cursor, short.last) == ("t003", True)
    assert read_page(_body(0), config(), "t003").last


def test_a_page_that_cannot_move_the_cursor_is_noticed() -> None:
    page = read_page(_body(3, same_time=True), config(), "t0")
    assert is_stuck(page, "t0")
    assert not is_stuck(read_page(_body(3), config(), "t0"), "t0")


def test_an_opaque_cursor_comes_from_the_answer() -> None:
    c = config(next_cursor_path="paging.next")
    body = json.dumps({"data": [{"id": "A"}], "paging": {"next": "abc"}}).encode()
    assert read_page(body, c, None).next_cursor == "abc"
    end = read_page(json.dumps({"data": [{"id": "B"}], "paging": {"next": None}}).encode(), c, "abc")
    assert end.last and end.next_cursor is None


@pytest.mark.parametrize("body", [b"<html>", b'{"data": {"id": 1}}', b'{"data": [1, 2]}', b'{"items": []}'])
def test_a_list_answer_of_another_shape_is_refused(body: bytes) -> None:
    with pytest.raises(MalformedDocumentError):
        read_page(body, config(), None)


def test_the_stored_form_holds_no_dotted_key_and_reads_back_the_same() -> None:
    from services.core.pull_mapping import storable

    stored = storable({**DEMO_MAPPING, "list_url": URL})

    def keys(value: object) -> list[str]:
        if isinstance(value, dict):
            return [k for k in value] + [x for v in value.values() for x in keys(v)]
        if isinstance(value, list):
            return [x for v in value for x in keys(v)]
        return []

    assert not any("." in k for k in keys(stored))
    assert PullConfig.of({"_id": "c", "pull": stored}) == PullConfig.of({"_id": "c", "pull": {**DEMO_MAPPING,
                                                                                                "list_url": URL}})

"""A reference CSV row by row (``core/reference.csv_rows``): each row is its record or its problem, a bad row
never hides the others; ``records_from_csv`` (the API and the CLI) keeps answering all or none, naming the
first refused line. Invalid input names the problem a page words in Hungarian (``InvalidInputError``)."""

from __future__ import annotations

import pytest

from services.core.errors import InvalidInputError, SchemaViolationError
from services.core.reference import RefKind, csv_rows, normalise_record, records_from_csv
from services.core.rules import validate_rule

TEXT = "id;number;name\np-1;PR-1;Híd\n;PR-2;Id nélkül\np-3;;Szám nélkül\np-4;PR-4;Csarnok\n"


def test_every_row_comes_back_with_its_line_and_its_record_or_problem() -> None:
    rows = csv_rows(RefKind.PROJECT, "t", TEXT, "budapest")
    assert [(r.line, r.ref_id, r.problem) for r in rows] == [
        (2, "p-1", ""), (3, "", "reference.id"), (4, "p-3", "reference.number_required"), (5, "p-4", "")]
    assert rows[0].record is not None and rows[0].record["number_key"] == "PR-1"
    assert rows[0].record["site"] == "budapest" and rows[1].record is None
    assert rows[1].params == {"id": ""} and "id" in rows[1].message


def test_the_api_import_stays_all_or_none_and_names_the_first_bad_line() -> None:
    with pytest.raises(SchemaViolationError, match="CSV line 3: project: id '' is missing"):
        records_from_csv(RefKind.PROJECT, "t", TEXT)
    good = "id,name\nc-1,Kovács Kft.\nc-2,Szabó Bt.\n"
    assert [r["id"] for r in records_from_csv(RefKind.CLIENT, "t", good)] == ["c-1", "c-2"]


def test_a_missing_client_name_and_a_bad_rule_name_their_problem() -> None:
    with pytest.raises(InvalidInputError) as missing:
        normalise_record(RefKind.CLIENT, "t", {"id": "c-1"})
    assert missing.value.problem == "reference.name_required"
    for rule, problem, params in (
        ({"id": "rossz id"}, "rule.id", {}),
        ({"id": "r", "priority": "első"}, "rule.priority", {}),
        ({"id": "r", "conditions": {"amount_max": "sok"}}, "rule.amount_max", {"value": "sok"}),
        ({"id": "r", "conditions": {"text": {"mode": "regex", "value": "[x"}}}, "rule.regex", None),
        ({"id": "r", "conditions": {"text": {"mode": "fuzzy", "value": "x", "threshold": "magas"}}},
         "rule.threshold", {}),
        ({"id": "r", "actions": {"archive": "soha"}}, "rule.archive", {}),
        ({"id": "r", "sites": [" "]}, "sites", {}),
    ):
        with pytest.raises(InvalidInputError) as refused:
            validate_rule(rule)
        assert refused.value.problem == problem
        if params is not None:
            assert refused.value.params == params


def test_the_line_is_the_files_line_blank_lines_counted() -> None:
    rows = csv_rows(RefKind.CLIENT, "t", "id,name\nc-1,Kovács Kft.\n\n,Névtelen azonosító\n")
    assert [(r.line, r.problem) for r in rows] == [(2, ""), (4, "reference.id")]

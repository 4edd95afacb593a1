"""The rule and reference record forms, both ways (``web/ui/rule_form.py``, ``web/ui/reference_form.py``):
what an admin types becomes the body the API takes, and a stored rule or record fills the form back so
that saving it unchanged stores the same thing."""

from __future__ import annotations

from services.core.reference import RefKind, normalise_record
from services.core.rules import validate_rule
from services.web.ui.reference_form import fields_of, form_from_record, pages, record_from_form
from services.web.ui.rule_form import form_from_rule, plain_amount, rule_from_form, split_list


def test_lists_split_on_commas_and_lines_without_blanks_or_repeats() -> None:
    assert split_list("a, b\nc;; a ,") == ["a", "b", "c"]
    assert split_list("") == []


def test_amounts_may_be_written_the_hungarian_way() -> None:
    assert plain_amount("1 000 000,50") == "1000000.50"
    assert plain_amount("1.000.000,5") == "1000000.5"
    assert plain_amount("2500000") == "2500000"
    assert plain_amount("sok") == "sok"  # left for the validation to name


def test_a_rule_form_becomes_the_api_body_and_back() -> None:
    form = {"id": "nagy", "name": "Nagy", "priority": "10", "sites": "budapest, debrecen", "enabled": "1",
            "sources": "billingo", "amount_min": "1 000 000", "text_mode": "all", "text_value": "híd építés",
            "archive": "approval", "add_tags": "nagy, ellenőrizendő", "set_project": "p-1", "notify": "a@b.hu"}
    rule = validate_rule(rule_from_form(form))
    assert rule["sites"] == ["budapest", "debrecen"] and rule["priority"] == 10 and rule["enabled"] is True
    assert rule["stop"] is False and rule["conditions"]["sources"] == ["billingo"]
    assert rule["conditions"]["amount_min"] == "1000000" and rule["conditions"]["amount_max"] is None
    assert rule["conditions"]["text"] == {"mode": "all", "value": "híd építés", "threshold": 85}
    assert rule["actions"] == {"archive": "approval", "add_tags": ["nagy", "ellenőrizendő"], "set_project": "p-1",
                               "set_contract": None, "notify": ["a@b.hu"]}
    assert validate_rule(rule_from_form(form_from_rule(rule))) == rule


def test_an_unticked_box_switches_a_rule_off_and_no_text_means_no_text_condition() -> None:
    rule = validate_rule(rule_from_form({"id": "r", "text_mode": "regex"}))
    assert rule["enabled"] is False and rule["conditions"]["text"] is None
    assert form_from_rule(rule)["enabled"] == ""


def test_a_record_form_becomes_the_api_body_and_back() -> None:
    form = {"id": "c-1", "name": "Kovács Kft.", "tax_number": "12345676-2-41", "aliases": "Kovács | K és T",
            "site": "budapest", "active": "1", "city": ""}
    record = normalise_record(RefKind.CLIENT, "t", record_from_form(RefKind.CLIENT, form))
    assert record["aliases"] == ["Kovács", "K és T"] and record["city"] is None and record["active"] is True
    assert record["private_person"] is False
    again = normalise_record(RefKind.CLIENT, "t", record_from_form(RefKind.CLIENT,
                                                                   form_from_record(RefKind.CLIENT, record)))
    assert again == record
    inactive = record_from_form(RefKind.ORDER, {"id": "o-1", "number": "R-1", "contract_id": "k-1"})
    assert inactive == {"id": "o-1", "number": "R-1", "contract_id": "k-1", "active": False}


def test_each_kind_shows_the_records_it_names_and_pages_count_up() -> None:
    assert "tax_number" in fields_of(RefKind.CLIENT)
    assert fields_of(RefKind.PROJECT) == ("number", "name", "client_id", "cost_centre")
    assert "contract_id" in fields_of(RefKind.ORDER) and "contract_id" not in fields_of(RefKind.CONTRACT)
    assert (pages(0), pages(50), pages(51)) == (1, 1, 2)

"""Hungarian notation, pagination maths, message lookup and input parsing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from services.core.access import EVERY_SITE
from services.nav.completeness import PeriodProblem
from services.web import presentation as p
from services.web.i18n import CATALOGUES


@pytest.mark.parametrize(("value", "currency", "lang", "expected"), [
    pytest.param("1234567", "HUF", "hu", "1 234 567 Ft", id="huf-hu"),
    pytest.param("1234567.00", "HUF", "hu", "1 234 567 Ft", id="zero-decimals-dropped"),
    pytest.param("999", "HUF", "hu", "999 Ft", id="small"),
    pytest.param("1000", "HUF", "hu", "1 000 Ft", id="thousand"),
    pytest.param("-25400", "HUF", "hu", "-25 400 Ft", id="storno-negative"),
    pytest.param("1234.5", "EUR", "hu", "1 234,50 EUR", id="eur-decimal-comma"),
    pytest.param(Decimal("1234567"), "HUF", "en", "1,234,567 HUF", id="english"),
    pytest.param("0", "HUF", "hu", "0 Ft", id="zero"),
    pytest.param(None, "HUF", "hu", "", id="missing"),
])
def test_amounts_are_written_in_the_users_notation(value: object, currency: str, lang: str, expected: str) -> None:
    assert p.format_amount(value, currency, lang) == expected  # type: ignore[arg-type]


def test_dates_are_hungarian_with_dots_and_english_iso() -> None:
    assert p.format_date("2025-09-08") == "2025. 09. 08."
    assert p.format_date(date(2025, 1, 2), "en") == "2025-01-02"
    assert p.format_date(None) == ""
    assert p.format_date("not a date") == "not a date"


def test_instants_show_budapest_local_time() -> None:
    summer = datetime(2025, 7, 1, 10, 0, 0, tzinfo=UTC)
    winter = datetime(2025, 1, 1, 10, 0, 0, tzinfo=UTC)
    assert p.format_datetime(summer) == "2025. 07. 01. 12:00:00"
    assert p.format_datetime(winter.isoformat(), "en") == "2025-01-01 11:00:00"


@pytest.mark.parametrize(("text", "expected"), [
    ("1 234 567", Decimal("1234567")), ("1234567,5", Decimal("1234567.5")), ("1.234.567", Decimal("1234567")),
    ("1 000 Ft", Decimal("1000")), ("12.5", Decimal("12.5")), ("", None), ("  ", None),
])
def test_typed_amounts_are_understood(text: str, expected: Decimal | None) -> None:
    assert p.parse_amount_input(text) == expected


@pytest.mark.parametrize("text", ["abc", "-5", "1,2,3", "12e3"])
def test_nonsense_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        p.parse_amount_input(text)


def test_typed_dates_in_iso_or_hungarian_form() -> None:
    assert p.parse_date_input("2025-09-08") == date(2025, 9, 8)
    assert p.parse_date_input("2025. 09. 08.") == date(2025, 9, 8)
    assert p.parse_date_input("2025.9.8") == date(2025, 9, 8)
    assert p.parse_date_input("") is None
    with pytest.raises(ValueError):
        p.parse_date_input("08/09/2025")
    with pytest.raises(ValueError):
        p.parse_date_input("2025-13-40")


def test_the_nav_check_defaults_to_the_last_full_month() -> None:
    assert p.previous_month(date(2026, 11, 29)) == (date(2026, 10, 1), date(2026, 10, 31))
    assert p.previous_month(date(2026, 1, 1)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert p.previous_month(date(2024, 3, 15)) == (date(2024, 2, 1), date(2024, 2, 29))


def test_pagination_clamps_and_windows() -> None:
    pg = p.paginate(total=95, page=3, page_size=10)
    assert (pg.pages, pg.skip, pg.has_prev, pg.has_next) == (10, 20, True, True)
    assert pg.window() == [1, 2, 3, 4, 5, None, 10]
    assert p.paginate(95, 10, 10).window() == [1, None, 8, 9, 10]
    assert p.paginate(95, 99, 10).page == 10
    assert p.paginate(0, 5, 10) == p.Pagination(page=1, page_size=10, total=0, pages=1)
    assert not p.paginate(10, 1, 10).has_next
    assert p.paginate(11, 1, 10).pages == 2


def test_catalogues_have_the_same_keys_and_no_empty_message() -> None:
    hu, en = CATALOGUES["hu"], CATALOGUES["en"]
    assert set(en) == set(hu)
    assert all(v.strip() for c in (hu, en) for v in c.values())


def test_translation_falls_back_to_hungarian_then_the_key() -> None:
    assert p.translate("hu", "nav.search") == "Keresés"
    assert p.translate("en", "nav.search") == "Search"
    assert p.translate("de", "nav.search") == "Keresés"
    assert p.translate("en", "no.such.key") == "no.such.key"
    assert p.translate("hu", "search.results", total=3) == "3 találat"


def test_language_choice_order() -> None:
    assert p.choose_language(None, None, None, None) == "hu"
    assert p.choose_language(None, None, None, "en-GB,en;q=0.8") == "en"
    assert p.choose_language(None, None, "hu", "en-GB") == "hu"
    assert p.choose_language(None, "en", "hu", None) == "en"
    assert p.choose_language("hu", "en", "en", "en") == "hu"
    assert p.choose_language(None, "xx", None, "de") == "hu"


@pytest.mark.parametrize(("target", "expected"), [
    ("/ui/invoices/abc?x=1", "/ui/invoices/abc?x=1"), (None, "/ui/"), ("https://evil.example/", "/ui/"),
    ("//evil.example/ui/", "/ui/"), ("/api/v1/invoices", "/ui/"), ("/ui/\\evil", "/ui/"),
])
def test_only_local_ui_paths_are_followed_after_login(target: str | None, expected: str) -> None:
    assert p.safe_next(target) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-1", "'-1"), ("@sum", "'@sum"),
    ("anna", "anna"), (12, "12"), (None, ""),
])
def test_csv_cells_never_start_a_formula(value: object, expected: str) -> None:
    assert p.csv_cell(value) == expected


def test_the_site_refusal_says_which_sites_or_that_every_site_needs_an_unrestricted_principal() -> None:
    # The sentence is the catalogue's, the API's in English; core only says which sites (EVERY_SITE: none).
    assert p.beyond_message(("debrecen", "szeged")) == "sites outside your scope: debrecen, szeged"
    assert "only a principal without a site limit" in p.beyond_message((EVERY_SITE,))
    assert p.beyond_message(("szeged",), "hu") == "az Ön hatókörén kívüli telephelyek: szeged"


def test_every_period_problem_has_a_sentence_in_each_language() -> None:
    for problem in PeriodProblem:
        for lang, catalogue in CATALOGUES.items():
            assert f"recon.period.{problem}" in catalogue, (lang, problem)
    assert p.translate("en", f"recon.period.{PeriodProblem.TOO_LONG}", days=366) == "at most 366 days per request"


def test_sizes_use_the_hungarian_decimal_comma() -> None:
    assert p.format_size(23962) == "23,4 KiB"
    assert p.format_size(23962, lang="en") == "23.4 KiB"
    assert p.format_size(512) == "512 B" and p.format_size(3 * 1024 * 1024) == "3,0 MiB"


def test_codes_are_worded_by_the_catalogues_and_unknown_ones_stay_as_they_are() -> None:
    assert p.code_label("hu", "audit.action", "invoice.payment.recorded") == "fizetés rögzítve"
    assert p.code_label("en", "source", "own_system") == "own system"
    assert p.code_label("hu", "audit.action", "something.new") == "something.new"
    assert p.code_label("hu", "source", None) == ""


def test_plain_figures_take_the_languages_marks_and_keep_only_the_fraction_they_have() -> None:
    from services.web.presentation import format_number
    assert format_number(1.234) == "1,234" and format_number("0.5", "en") == "0.5"
    assert format_number(1234567.5) == "1 234 567,5" and format_number(1234567.5, "en") == "1,234,567.5"
    assert format_number(2.0) == "2" and format_number(-0.25) == "-0,25" and format_number(None) == ""

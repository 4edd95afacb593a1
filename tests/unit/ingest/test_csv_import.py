from __future__ import annotations

from decimal import Decimal

import pytest

from services.core.csv_import import decode_text, parse_amount, parse_csv, parse_date

HEADER = "Számlaszám;Fájl;Kelt;Pénznem;Nettó;ÁFA;Bruttó;Vevő;Vevő adószáma\n"
GOOD = "SZ-2025-001;sz1.pdf;2025.03.01.;HUF;100 000,00;27 000,00;127 000,00;Árvíztűrő Kft.;12345676-2-41\n"


@pytest.mark.parametrize("text,value", [("1 234 567,89", "1234567.89"), ("1.234.567,89", "1234567.89"),
                                        ("127000", "127000"), ("-5 000,50", "-5000.50"),
                                        ("12\u00a0000 Ft", "12000")])
def test_hungarian_amounts(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


def test_dates_in_hungarian_and_iso_form() -> None:
    assert parse_date("2025.03.01.").isoformat() == parse_date("2025-03-01").isoformat() == "2025-03-01"
    with pytest.raises(ValueError):
        parse_date("01/03/2025")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250"])
def test_utf8_with_or_without_bom_and_windows_1250_read_the_same(encoding: str) -> None:
    data = (HEADER + GOOD).encode(encoding)
    rows, errors = parse_csv(data)
    assert errors == []
    assert rows[0].metadata["buyer"]["name"] == "Árvíztűrő Kft."
    assert rows[0].metadata["gross_total"] == "127000.00" and rows[0].file == "sz1.pdf"
    assert decode_text(data)[1] == encoding


def test_formulas_and_broken_rows_are_refused_one_by_one_and_the_rest_is_read() -> None:
    data = (HEADER + GOOD
            + '=HYPERLINK("http://evil");sz2.pdf;2025.03.02.;HUF;1;0;1;X;\n'
            + "SZ-3;@SUM(A1);2025.03.02.;HUF;1;0;1;X;\n"
            + "SZ-4;sz4.pdf;2025.03.02.;HUF;1;0\n"
            + 'SZ-5;"sz5.pdf;2025.03.02.;HUF;1;0;1;X;\n'
            + "SZ-6;sz6.pdf;tegnap;HUF;1;0;1;X;\n"
            + "SZ-7;sz7.pdf;2025.03.02.;HUF;egy;0;1;X;\n"
            + ";sz8.pdf;2025.03.02.;HUF;1;0;1;X;\n"
            + "SZ-9;sz9.pdf;2025.03.09.;HUF;-1 000;0;-1 000;Y;\n").encode()
    rows, errors = parse_csv(data)
    assert [r.metadata["number"] for r in rows] == ["SZ-2025-001", "SZ-9"]
    assert [(e.line, e.reason) for e in errors] == [
        (3, "formula"), (4, "formula"), (5, "bad_row"), (6, "malformed_csv"), (7, "bad_row"), (8, "bad_row"),
        (9, "bad_row")]


def test_a_column_mapping_names_the_columns() -> None:
    data = "Bizonylat;Dokumentum;Végösszeg\nB-1;b1.pdf;1 000,5\n".encode()
    assert parse_csv(data)[1][0].reason == "bad_header"
    rows, errors = parse_csv(data, {"number": "Bizonylat", "file": "Dokumentum", "gross_total": "Végösszeg"})
    assert errors == [] and rows[0].metadata["gross_total"] == "1000.5"

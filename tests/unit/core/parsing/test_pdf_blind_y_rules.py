"""Rules found on the blind set Y, each shown on text alone: a neighbour country's supplier's date labels and
money, a Polish title's number, a dot-matrix "Szla kelte", a fulfilment and a deadline written in sentences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines
from services.core.parsing.pdf.values import amounts_in


def _at(x: float, y: float, text: str, width: float = 4.5) -> TextLine:
    return TextLine(0, x, y, x + width * len(text), y + 9, text)


def test_a_czech_suppliers_captions_over_their_dates_and_its_crowns() -> None:
    # a row of captions in Czech, each over its date (day first, spaced), the currency's with an English twin
    inv = invoice_from_lines([
        _at(40, 662, "DATUM VYSTAVENÍ", 3.8), _at(172, 662, "DATUM ZDAN. PLNĚNÍ (DUZP)", 3.8),
        _at(303, 662, "DATUM SPLATNOSTI", 3.8), _at(435, 662, "MĚNA / CURRENCY", 3.8),
        _at(40, 652, "4. 3. 2028"), _at(172, 652, "2. 3. 2028"), _at(303, 652, "3. 4. 2028"), _at(435, 652, "CZK"),
        _at(293, 531, "Celkem k úhradě"), _at(477, 531, "41 250,00 Kč"),
    ])
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2028, 3, 4), date(2028, 3, 2),
                                                                     date(2028, 4, 3))
    assert inv.currency == "CZK"


def test_a_neighbour_countrys_money_marks_its_amounts() -> None:
    assert amounts_in("93 162,50 CZK") == ((Decimal("93162.50"), "CZK"),)
    assert amounts_in("1 204,00 Kč") == ((Decimal("1204.00"), "CZK"),)
    assert amounts_in("18 788,50 zł") == ((Decimal("18788.50"), "PLN"),)
    assert amounts_in("RON 5.120,00") == ((Decimal("5120.00"), "RON"),)


def test_a_polish_title_holds_the_number_and_the_due_date_has_a_polish_label() -> None:
    inv = invoice_from_lines([
        _at(85, 786, "FAKTURA VAT nr FV/204/02/2028"),
        _at(375, 775, "Data wystawienia / Date of issue: 2028-02-11"),
        _at(375, 764, "Data sprzedaży: 2028-02-09"),
        _at(375, 754, "Termin płatności / Due: 2028-03-12"),
        _at(40, 529, "Do zapłaty / Amount due: 7 340,00 PLN"),
    ])
    assert inv.number == "FV/204/02/2028"
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2028, 2, 11), date(2028, 2, 9),
                                                                     date(2028, 3, 12))
    assert inv.currency == "PLN"


def test_a_romanian_suppliers_stack_of_labels_each_over_its_date() -> None:
    # the English twin after the Romanian label is a bare word ("Issue:", "Supply:", "Due:"), no label of its own
    inv = invoice_from_lines([
        _at(425, 708, "Data emiterii / Issue:", 4), _at(425, 695, "06.01.2028"),
        _at(425, 682, "Data livrării / Supply:", 4), _at(425, 670, "04.01.2028"),
        _at(425, 657, "Scadență / Due:", 4), _at(425, 644, "05.02.2028"),
    ])
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2028, 1, 6), date(2028, 1, 4),
                                                                     date(2028, 2, 5))


def test_a_dot_matrix_szla_kelte_is_the_issue_date_not_the_telj_kelte_beside_it() -> None:
    inv = invoice_from_lines([
        _at(34, 676, "Szla kelte: 2028.05.08."), _at(168, 676, "Telj. kelte: 2028.05.06."),
        _at(308, 676, "Fiz.hat.: 2028.05.22."),
    ])
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2028, 5, 8), date(2028, 5, 6),
                                                                     date(2028, 5, 22))


def test_a_periods_fulfilment_and_a_deadline_written_in_a_letters_sentences() -> None:
    # "…, a teljesítés időpontja:" (the article before the label, after a comma) names the fulfilment day; "az
    # összeget legkésőbb … napjáig" (the sum by that day, its verb wrapped to the next line) the payment deadline
    inv = invoice_from_lines([
        _at(362, 657, "Kecskemét, 2028.03.01."),
        _at(68, 588, "A bérleti szerződés alapján az alábbi díjakat számlázzuk. Időszaki", 5.2),
        _at(68, 573, "elszámolású szolgáltatás, a teljesítés időpontja: 2028.03.31.", 5.2),
        _at(68, 423, "Kérjük, hogy az összeget legkésőbb 2028.03.16. napjáig a 11600006-00000000-", 5.2),
        _at(68, 408, "43218765 számlaszámra átutalni szíveskedjenek.", 5.2),
    ])
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2028, 3, 1), date(2028, 3, 31),
                                                                     date(2028, 3, 16))


def test_a_correcting_sentence_opening_a_long_line_names_the_invoice_it_modifies() -> None:
    # the invoice referred to by its serial number ("sorszámú"), the sentence running on past a short line
    inv = invoice_from_lines([
        _at(51, 620, "Helyesbítő számla"),
        _at(50, 597, "A(z) KT-28-000731 sorszámú számla módosítása. Módosítás oka: minőségi kifogás, árengedmény", 5),
    ])
    assert inv.references.preceding_invoice == "KT-28-000731"
    # the same words further inside a long line of prose are no reference
    prose = invoice_from_lines([
        _at(50, 597, "Reklamáció esetén jelezze, mert a KT-28-000731 sorszámú számla módosítása csak így lehet", 5),
    ])
    assert prose.references.preceding_invoice is None

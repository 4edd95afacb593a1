"""The invoice's kind from its title, and the invoice a modification or storno refers to."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.parsing.pdf.findings import NOT_AN_INVOICE, has
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text

BODY = "Számla sorszáma: X-1\nSzámla kelte: 2025.09.08\n"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        pytest.param("SZÁMLA", "normal", id="számla"),
        pytest.param("ELŐLEGSZÁMLA", "advance", id="előlegszámla"),
        pytest.param("Előleg számla / Advance invoice", "advance", id="előleg-számla-bilingual"),
        pytest.param("VÉGSZÁMLA", "final", id="végszámla"),
        pytest.param("Helyesbítő számla", "correction", id="helyesbítő"),
        pytest.param("MÓDOSÍTÓ SZÁMLA", "correction", id="módosító"),
        pytest.param("Számlát módosító okirat", "correction", id="módosító-okirat"),
        pytest.param("SZTORNÓ SZÁMLA", "storno", id="sztornó"),
        pytest.param("Érvénytelenítő számla", "storno", id="érvénytelenítő"),
        pytest.param("DÍJBEKÉRŐ", "proforma", id="díjbekérő"),
        pytest.param("Proforma számla", "proforma", id="proforma"),
    ],
)
def test_kind_from_the_title(title: str, kind: str) -> None:
    assert invoice_from_text(f"{title}\n{BODY}").kind.value == kind


def test_a_dijbekero_is_not_an_invoice_and_says_so_in_a_coded_warning() -> None:
    inv = invoice_from_text(f"DÍJBEKÉRŐ\n{BODY}Fizetendő: 12 700 Ft\n")
    assert inv.kind.value == "proforma"
    assert has(inv.warnings, NOT_AN_INVOICE)
    assert "nem számla" in inv.warnings[0]


def test_an_invoice_that_names_the_proforma_it_was_paid_on_is_an_invoice() -> None:
    inv = invoice_from_text(f"SZÁMLA\n{BODY}Díjbekérő száma: D-2025-44\n")
    assert inv.kind.value == "normal"
    assert inv.warnings == ()


def test_the_tallest_title_wins_over_a_smaller_line_naming_another_kind() -> None:
    lines = [TextLine(0, 40, 800, 200, 818, "VÉGSZÁMLA"), TextLine(0, 40, 700, 120, 709, "Előlegszámla"),
             TextLine(0, 140, 700, 200, 709, "E-2025-1")]
    inv = invoice_from_lines(lines)
    assert inv.kind.value == "final"
    assert (inv.provenance["kind"].page, inv.provenance["kind"].label) == (1, "document title")


@pytest.mark.parametrize(
    ("text", "preceding"),
    [
        pytest.param("SZTORNÓ SZÁMLA\na 2025/000118 sz. számlához\n", "2025/000118", id="számlához"),
        pytest.param("Helyesbítő számla a(z) A-17 számú számlához\n", "A-17", id="számú-számlához"),
        pytest.param("MÓDOSÍTÓ SZÁMLA\nEredeti számla sorszáma: 2025/0042\n", "2025/0042", id="eredeti"),
        pytest.param("MÓDOSÍTÓ SZÁMLA\nMódosított számla\nINV-2025-77\n", "INV-2025-77", id="label-then-below"),
        pytest.param("Az ZZZ000001 számla módosítása\n", "ZZZ000001", id="sentence"),
        pytest.param("HELYESBÍTŐ SZÁMLA\nA helyesbítés/érvénytelenítés alapjául szolgáló számla sorszáma: "
                     "KI/2025/00452, kelte: 2025.10.07. Helyesbítés oka: visszáru és árkorrekció\n",
                     "KI/2025/00452", id="alapjául-szolgáló-számla"),
        pytest.param("MÓDOSÍTÓ SZÁMLA\nMódosított (eredeti) számla sorszáma: KP-2025-01288\n", "KP-2025-01288",
                     id="eredeti-in-brackets"),
        pytest.param("SZTORNÓ SZÁMLA\nAz érvénytelenített számla sorszáma: VE-2025-00874\n", "VE-2025-00874",
                     id="az-lower-case"),
        pytest.param("HELYESBÍTŐ SZÁMLA\nEREDETI SZÁMLA SORSZÁMA: SZ-2025/118\n", "SZ-2025/118", id="capitals"),
        pytest.param("SZTORNÓ SZÁMLA\nEredeti szla:\nEUR-2026/0344\n", "EUR-2026/0344", id="szla-abbreviated"),
        pytest.param("SZTORNÓ SZÁMLA\nÉrvénytelenített számla sorszáma: 2026/00981 (kelt: 2026.11.09.) - téves "
                     "vevőnek kiállítva.\n", "2026/00981", id="label-on-a-long-line"),
    ],
)
def test_preceding_invoice(text: str, preceding: str) -> None:
    inv = invoice_from_text(text + BODY)
    assert inv.references.preceding_invoice == preceding
    assert inv.provenance["references.preceding_invoice"].page == 1


def test_preceding_invoice_in_a_header_box_beside_the_number() -> None:
    lines = [TextLine(0, 40, 800, 200, 816, "MÓDOSÍTÓ SZÁMLA"),
             TextLine(0, 40, 770, 110, 778, "Számla sorszáma"), TextLine(0, 40, 748, 100, 758, "M-2025-12"),
             TextLine(0, 175, 770, 250, 778, "Módosított számla"), TextLine(0, 175, 748, 240, 758, "INV-2025-77")]
    inv = invoice_from_lines(lines)
    assert (inv.kind.value, inv.number, inv.references.preceding_invoice) == ("correction", "M-2025-12", "INV-2025-77")


def test_an_ocr_title_without_accents_and_with_the_number_after_it() -> None:
    inv = invoice_from_text("SZTORNO SZÁMLA : STO-2025-6\nEredeti számla sorszáma: TKSZ-2025-5\n")
    assert (inv.kind.value, inv.number, inv.references.preceding_invoice) == ("storno", "STO-2025-6", "TKSZ-2025-5")


def test_the_preceding_invoice_is_never_taken_for_the_number() -> None:
    inv = invoice_from_text("MÓDOSÍTÓ SZÁMLA\nEredeti számla: TKSZ-2025-5\n")
    assert (inv.number, inv.references.preceding_invoice) == (None, "TKSZ-2025-5")


def test_a_label_read_in_row_order_does_not_take_the_next_rows_number() -> None:
    # OCR gives the header box row by row: the labels, then the values; the value is under its label
    lines = [TextLine(0, 41, 770, 109, 777, "Számla sorszáma"), TextLine(0, 176, 770, 248, 777, "Módosított számla"),
             TextLine(0, 41, 748, 93, 756, "M-2025-12"), TextLine(0, 176, 748, 237, 756, "INV-2025-77")]
    inv = invoice_from_lines(lines)
    assert (inv.number, inv.references.preceding_invoice) == ("M-2025-12", "INV-2025-77")


def test_a_preceding_invoice_label_with_its_english_twin_after_a_slash() -> None:
    # a bilingual header box: the English twin wraps onto the next line, the number to the right
    lines = [TextLine(0, 37, 744, 121, 754, "Számla sorszáma /"), TextLine(0, 158, 744, 247, 754, "PNY-2025-000327"),
             TextLine(0, 37, 733, 107, 743, "Invoice number"),
             TextLine(0, 37, 720, 147, 730, "Eredeti számla / Original"),
             TextLine(0, 158, 720, 238, 730, "PNY-2025-000318"), TextLine(0, 37, 709, 69, 719, "invoice")]
    inv = invoice_from_lines(lines)
    assert (inv.number, inv.references.preceding_invoice) == ("PNY-2025-000327", "PNY-2025-000318")


@pytest.mark.parametrize(
    ("lines", "number"),
    [
        pytest.param([TextLine(0, 504, 790, 558, 806, "Számla"), TextLine(0, 483, 780, 558, 791, "KB-2025-031877")],
                     "KB-2025-031877", id="under-the-title"),
        pytest.param([TextLine(0, 40, 790, 100, 806, "SZÁMLA"), TextLine(0, 40, 780, 70, 791, "2025")], None,
                     id="a-year-is-no-number"),
        pytest.param([TextLine(0, 40, 790, 100, 806, "SZÁMLA"), TextLine(0, 40, 780, 100, 791, "12 700 Ft")], None,
                     id="an-amount-is-no-number"),
        pytest.param([TextLine(0, 40, 790, 100, 806, "SZÁMLA"), TextLine(0, 40, 780, 100, 791, "A-9"),
                      TextLine(0, 300, 790, 370, 800, "Sorszám: B-7")], "B-7", id="a-label-wins"),
    ],
)
def test_the_number_under_a_plain_title_with_no_label(lines: list[TextLine], number: str | None) -> None:
    assert invoice_from_lines(lines).number == number


def test_a_preceding_invoice_label_wrapped_in_a_narrow_label_column() -> None:
    # "Sztornózott" over "számla", the cancelled invoice's number to the right, between the two lines
    lines = [TextLine(0, 346, 718, 415, 732, "Sztornózott"), TextLine(0, 346, 703, 389, 717, "számla"),
             TextLine(0, 431, 710, 548, 724, "IRD-2026/004512"),
             TextLine(0, 346, 735, 415, 749, "Számlaszám"), TextLine(0, 431, 735, 548, 749, "IRD-2026/004530")]
    inv = invoice_from_lines(lines)
    assert (inv.number, inv.references.preceding_invoice) == ("IRD-2026/004530", "IRD-2026/004512")


def test_a_hungarian_issuers_credit_note_titled_a_correction_too_is_a_correction() -> None:
    lines = [TextLine(0, 450, 790, 560, 810, "CREDIT NOTE"),
             TextLine(0, 410, 777, 560, 788, "Módosító számla (helyesbítő)")]
    assert invoice_from_lines(lines).kind.value == "correction"


def test_bilingual_boxes_run_into_one_line_are_split_at_each_label() -> None:
    lines = [TextLine(0, 34, 761, 469, 772, "Credit note no. / Bizonylatszám CN-HU-2026-00117 Original invoice / "
                                            "Eredeti számla INV-HU-2026-04412"),
             TextLine(0, 34, 750, 110, 761, "Date of issue / Kelt"),
             TextLine(0, 167, 750, 350, 761, "November 30, 2026 Delivery date / Teljesítés"),
             TextLine(0, 389, 750, 469, 761, "November 12, 2026")]
    inv = invoice_from_lines(lines)
    assert (inv.number, inv.references.preceding_invoice) == ("CN-HU-2026-00117", "INV-HU-2026-04412")
    assert (inv.issue_date, inv.fulfilment_date) == (date(2026, 11, 30), date(2026, 11, 12))


@pytest.mark.parametrize("title", ["JÓVÁÍRÓ SZÁMLA (HELYESBÍTŐ)", "JÓVÁÍRÓ SZÁMLA (HELYESBÍTŐ) / CREDIT MEMO",
                                   "Jóváíró számla (módosító számla)"])
def test_a_credit_memo_titled_a_correction_in_brackets_is_a_correction(title: str) -> None:
    assert invoice_from_text(f"{title}\nSzámlaszám: 6200018834\n").kind.value == "correction"


def test_the_original_invoice_with_its_english_twin_and_the_number_after_it() -> None:
    inv = invoice_from_text("JÓVÁÍRÓ SZÁMLA\nSzámlaszám / Invoice No.: 6200018834\n"
                            "Eredeti számla / Original invoice: 9140027715\n")
    assert inv.references.preceding_invoice == "9140027715"

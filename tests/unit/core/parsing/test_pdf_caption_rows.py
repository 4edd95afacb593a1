"""A row of values centred over their captions, a dot-matrix print's abbreviations, a wrapped bank account
under "Számlaszám", and a rental period in place of the fulfilment date."""

from __future__ import annotations

from datetime import date

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text


def _centred(centre: float, y: float, text: str, size: float) -> TextLine:
    width = size * 0.5 * len(text)
    return TextLine(0, centre - width / 2, y, centre + width / 2, y + size, text)


def _row(y: float, size: float, cells: list[tuple[float, str, str]], gap: float = 0.2) -> list[TextLine]:
    """Each cell's value centred over its 8.7 pt caption (bottom at ``y``), ``gap`` above the caption's top."""
    return [line for centre, value, caption in cells
            for line in (_centred(centre, y, caption, 8.7), _centred(centre, y + 8.7 + gap, value, size))]


def test_values_centred_over_their_captions_beat_the_next_rows_value() -> None:
    # a Word table: each value centred over its small caption; the next row (a project number over
    # "Projekt") sits under the first caption, further down than the value touching it from above
    inv = invoice_from_lines([
        _centred(300, 780, "SZÁMLA", 21),
        *_row(632, 13, [(88, "TÉZ-2027/0012", "számla sorszáma"), (196, "2027.01.08.", "számla kelte"),
                        (295, "2027.01.07.", "teljesítés időpontja"), (395, "2027.01.15.", "fizetési határidő")]),
        *_row(603, 13, [(76, "P-2027-017", "Projekt")]),
    ])
    assert inv.number == "TÉZ-2027/0012"
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (
        date(2027, 1, 8), date(2027, 1, 7), date(2027, 1, 15))


def test_a_bigger_value_whose_box_reaches_into_its_caption_is_still_its_value() -> None:
    # the value's box reaches 0.7 pt down into its caption's
    inv = invoice_from_lines([
        _centred(300, 780, "SZÁMLA", 21),
        *_row(660.2, 14.7, [(175, "2027. január 20.", "számla kelte"), (70, "2027/007", "számla sorszáma")],
             gap=-0.7),
        *_row(631.7, 12.9, [(67, "Átutalás", "fizetés módja")]),
    ])
    assert (inv.number, inv.issue_date) == ("2027/007", date(2027, 1, 20))


def test_dot_matrix_abbreviations_series_number_and_due_date() -> None:
    inv = invoice_from_text("SZAMLA\nSzla.sz.: VBSZ 2027/0019 Eredeti példány\n"
                            "Kelt: 2027.03.01. Telj.: 2027.02.28. Esed.: 2027.03.31. Fiz.mod: Átutalás\n")
    assert inv.number == "VBSZ 2027/0019"
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (
        date(2027, 3, 1), date(2027, 2, 28), date(2027, 3, 31))


def test_a_bank_account_wrapped_under_szamlaszam_is_not_the_invoice_number() -> None:
    def cell(x: float, y: float, text: str) -> TextLine:
        return TextLine(0, x, y, x + 5.5 * len(text), y + 10, text)
    inv = invoice_from_lines([
        cell(37, 786, "SZÁMLA"),
        cell(41, 700, "Számlaszám"), cell(166, 700, "12010422-01385517-"), cell(166, 689, "00100004"),
        cell(41, 673, "Bizonylat szám"), cell(166, 673, "HBU/2027/000213"),
    ])
    assert inv.number == "HBU/2027/000213"


def test_a_rental_period_printed_means_no_fulfilment_date_is_taken_from_the_issue_date() -> None:
    inv = invoice_from_text("SZÁMLA\nSzámla kelte: 2027.02.01.\nBérleti időszak: 2027.01.01. – 2027.01.31.\n")
    assert inv.issue_date == date(2027, 2, 1)
    assert inv.fulfilment_date is None

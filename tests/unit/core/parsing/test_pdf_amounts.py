"""Totals checked against the VAT summary per rate; a foreign-currency invoice's forint figures kept apart."""

from __future__ import annotations

from decimal import Decimal

from services.core.parsing.pdf.findings import VAT_SUMMARY_MISMATCH, has
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.normalise import comma_grouped_forints
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text
from services.core.parsing.pdf.totals import plausible
from services.core.parsing.pdf.values import amounts_in

HEAD = "SZÁMLA\nSzámla sorszáma: A-1\nSzámla kelte: 2025.09.08\n"


def _row(y: float, *cells: str) -> list[TextLine]:
    return [TextLine(0, 40 + 180 * i, y, 40 + 180 * i + 5 * len(c), y + 10, c) for i, c in enumerate(cells)]


def test_a_multi_rate_summary_without_a_total_row_gives_the_sums_not_its_largest_row() -> None:
    lines = [*_row(545, "ÁFA mérték", "Nettó érték", "ÁFA érték", "Bruttó érték"),
             *_row(530, "27%", "200 000", "54 000", "254 000"), *_row(515, "5%", "100 000", "5 000", "105 000"),
             *_row(470, "Fizetendő összeg:", "359 000 Ft")]
    inv = invoice_from_lines(lines)
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (300000, 59000, 359000)
    assert [(v.rate, v.net, v.vat) for v in inv.vat_breakdown] == [
        (Decimal("0.27"), 200000, 54000), (Decimal("0.05"), 100000, 5000)]
    assert inv.provenance["net_total"].label == "sum of the VAT summary's rows"


def test_totals_that_agree_with_the_summary_are_surer() -> None:
    lines = [*_row(530, "27%", "100 000", "27 000", "127 000"), *_row(500, "Nettó összesen:", "100 000"),
             *_row(485, "ÁFA összesen:", "27 000"), *_row(470, "Fizetendő:", "127 000 Ft")]
    inv = invoice_from_lines(lines)
    assert inv.gross_total == 127000
    assert inv.provenance["gross_total"].confidence >= 0.95
    assert inv.warnings == ()


def test_a_summary_that_disagrees_with_the_totals_lowers_confidence_and_warns_in_code() -> None:
    lines = [*_row(530, "27%", "100 000", "27 000", "127 000"), *_row(515, "5%", "10 000", "500", "10 500"),
             *_row(500, "Nettó összesen:", "100 000 Ft"), *_row(485, "ÁFA összesen:", "27 000 Ft"),
             *_row(470, "Fizetendő összesen:", "127 000 Ft")]
    inv = invoice_from_lines(lines)
    assert inv.gross_total == 127000  # the printed totals stay; a person decides
    assert has(inv.warnings, VAT_SUMMARY_MISMATCH)
    assert "áfakulcsonkénti összesítő" in inv.warnings[0]
    assert inv.provenance["gross_total"].confidence < 0.6
    assert inv.vat_breakdown == ()


def test_an_item_row_is_not_a_summary_row() -> None:
    # rate, quantity, unit price, net, VAT, gross: six amounts, an item
    inv = invoice_from_lines([*_row(530, "27%", "2 db", "500", "1 000", "270", "1 270"),
                              *_row(500, "Fizetendő:", "1 270 Ft")])
    assert inv.vat_breakdown == ()
    assert inv.gross_total == 1270


def test_an_exempt_row_has_no_vat() -> None:
    inv = invoice_from_lines([*_row(530, "TAM", "150 000", "0", "150 000"), *_row(500, "Fizetendő:", "150 000 Ft")])
    assert [(v.category, v.net, v.vat) for v in inv.vat_breakdown] == [("TAM", 150000, 0)]
    assert (inv.net_total, inv.vat_total) == (150000, 0)


def test_a_vat_exempt_advance_printing_its_vat_first_is_not_swapped() -> None:
    inv = invoice_from_text("ELŐLEGSZÁMLA\nÁFA összesen: 0 Ft\nNettó összesen: 150 000 Ft\nFizetendő: 150 000 Ft\n")
    assert (inv.kind.value, inv.net_total, inv.vat_total, inv.gross_total) == ("advance", 150000, 0, 150000)


def test_vat_above_the_top_rate_is_not_a_totals_row() -> None:
    assert plausible(Decimal(100), Decimal(27), Decimal(127))
    assert not plausible(Decimal(0), Decimal(150000), Decimal(150000))
    assert not plausible(Decimal(100), Decimal(50), Decimal(150))


def test_an_eur_invoice_never_takes_its_forint_total_and_reads_the_forint_vat_and_rate() -> None:
    lines = [*_row(600, "Árfolyam: 1 EUR = 395,20 HUF"), *_row(570, "Fizetendő összeg forintban:", "1 977 502 Ft"),
             *_row(555, "ebből ÁFA forintban:", "420 414 Ft"), *_row(520, "Nettó összesen:", "3 940,00 EUR"),
             *_row(505, "ÁFA összesen:", "1 063,80 EUR"), *_row(490, "Fizetendő összesen:", "5 003,80 EUR")]
    inv = invoice_from_lines(lines)
    assert (inv.currency, inv.net_total, inv.vat_total, inv.gross_total) == (
        "EUR", Decimal("3940.00"), Decimal("1063.80"), Decimal("5003.80"))
    assert (inv.exchange_rate, inv.vat_total_huf, inv.gross_total_huf) == (
        Decimal("395.20"), Decimal("420414"), Decimal("1977502"))
    assert inv.provenance["vat_total_huf"].page == 1


def test_a_forint_invoice_reads_no_forint_twins() -> None:
    inv = invoice_from_text(HEAD + "Fizetendő összesen: 12 700 Ft\nÁrfolyam: 1\n")
    assert (inv.currency, inv.exchange_rate, inv.vat_total_huf) == ("HUF", None, None)


def test_the_forint_copy_of_a_eur_invoices_vat_summary_is_not_a_second_summary() -> None:
    lines = [*_row(540, "27%", "3 940,00 EUR", "1 063,80 EUR", "5 003,80 EUR"),
             *_row(525, "27%", "1 557 088 Ft", "420 414 Ft", "1 977 502 Ft"),
             *_row(490, "Fizetendő összesen:", "5 003,80 EUR")]
    inv = invoice_from_lines(lines)
    assert (inv.currency, inv.net_total, inv.vat_total) == ("EUR", Decimal("3940.00"), Decimal("1063.80"))
    assert [(v.rate, v.net) for v in inv.vat_breakdown] == [(Decimal("0.27"), Decimal("3940.00"))]


def test_a_gross_label_naming_a_totals_row_takes_the_rows_gross_not_its_net() -> None:
    # "Mindösszesen | net | VAT | gross": the label's nearest amount is the row's net
    lines = [*_row(530, "27%", "1 650 000", "445 500", "2 095 500"),
             *_row(515, "Mindösszesen", "1 650 000", "445 500", "2 095 500")]
    inv = invoice_from_lines(lines)
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (1650000, 445500, 2095500)


def test_digits_joined_to_a_word_by_a_hyphen_or_slash_are_an_identifier_not_an_amount() -> None:
    assert amounts_in("A E-2025-0052 számú előlegszámlán levonva") == ()
    assert amounts_in("Tetőfelújítás a 2025/21. sz. szerződés szerint") == ()
    assert amounts_in("-1 650 000") == ((Decimal(-1650000), None),)
    assert amounts_in("990 Ft/hó") == ((Decimal(990), "HUF"),)
    text = HEAD + "Fizetendő végösszeg\nA E-2025-0052 számú előlegszámlán kiszámlázott előleg levonásra került.\n"
    assert invoice_from_text(text).gross_total is None


def test_a_date_with_its_months_name_is_no_amount() -> None:
    # "Fizetendő" heading a date column ("Kelt | Teljesítés | Fizetendő") is not the total: its year is no amount
    assert amounts_in("2027. április 18.") == ()
    assert amounts_in("2027. ápr. 18-ig fizetendő: 362 712 Ft") == ((Decimal(362712), "HUF"),)


def test_the_clients_excess_to_pay_is_not_the_invoices_gross_total() -> None:
    text = HEAD + ("Nettó összesen: 569 250 Ft\nÁFA összesen: 153 698 Ft\nSzámla bruttó végösszege: 722 948 Ft\n"
                   "Ebből a biztosító által fizetendő\n(kárszám BPB-27-55140): 622 948 Ft; az ügyfél által\n"
                   "fizetendő önrész: 100 000 Ft\n")
    assert invoice_from_text(text).gross_total == 722948


def test_forints_grouped_by_commas() -> None:
    # an English-style print: a forint amount never has three decimals, so "HUF 176,500" is 176 500 Ft,
    # and the bare amounts of its VAT summary row are grouped the same way
    inv = invoice_from_text("SZÁMLA\nSzámla kelte: 2026. 11. 05.\n"
                            "Qty 18,5 page/oldal 6,800 125,800 27% 33,966 159,766\n27% 176,500 47,655 224,155\n"
                            "Net total / Nettó HUF 176,500\nVAT / ÁFA HUF 47,655\n"
                            "Total / Bruttó HUF 224,155\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal(176500), Decimal(47655), Decimal(224155))


def test_comma_grouping_only_where_a_forint_amount_shows_it() -> None:
    lines = [TextLine(0, 0, 0, 100, 10, "Mennyiség 1,500 kg"), TextLine(0, 0, 20, 100, 30, "18,5 oldal")]
    assert comma_grouped_forints(lines) == lines
    marked = comma_grouped_forints([*lines, TextLine(0, 0, 40, 100, 50, "Total 1,234,000 Ft")])
    assert [ln.text for ln in marked] == ["Mennyiség 1500 kg", "18,5 oldal", "Total 1234000 Ft"]


def test_amounts_grouped_by_dots_side_by_side_are_separate_amounts() -> None:
    assert [a for a, _ in amounts_in("ÖSSZESEN 1.034.056 163.599 1.197.655")] == [
        Decimal(1034056), Decimal(163599), Decimal(1197655)]


def test_an_amount_in_brackets_that_ends_its_cell_is_negative() -> None:
    assert [a for a, _ in amounts_in("(2,784.00)")] == [Decimal("-2784.00")]
    assert [a for a, _ in amounts_in("148 000,00 (148 000,00)")] == [Decimal("148000.00"), Decimal("-148000.00")]
    # in a sentence the brackets are an aside, not a sign
    assert [a for a, _ in amounts_in("A végösszeget (151 344,00 Ft) beszedtük.")] == [Decimal("151344.00")]


def test_a_short_totals_block_under_the_item_rows_gives_the_totals() -> None:
    # "Bruttó:" with its colon labels the gross; no item row, however large, is the totals row then
    invoice = invoice_from_text("SZTORNÓ SZÁMLA\nSorszám: S-1\nKelt: 2026.11.23.\n"
                                "Munkadíj -175 000 27% -47 250 -222 250\nCsapágy -86 300 27% -23 301 -109 601\n"
                                "Nettó: -261 300 Ft\nÁFA 27%: -70 551 Ft\nBruttó: -331 851 Ft")
    assert (invoice.net_total, invoice.vat_total, invoice.gross_total) == (
        Decimal(-261300), Decimal(-70551), Decimal(-331851))


def test_a_credit_notes_credited_total_is_its_gross() -> None:
    invoice = invoice_from_text("CREDIT NOTE\nBizonylatszám: CN-1\nKelt: 2026.11.30.\n"
                                "Rack credit 148 000,00 -148 000,00 -39 960,00 -187 960,00\n"
                                "Net change / Nettó változás HUF (184 500,00)\n"
                                "VAT change / ÁFA változás HUF (49 815,00)\n"
                                "Total credited / Jóváírt végösszeg HUF (234 315,00)")
    assert invoice.gross_total == Decimal(-234315)


def test_the_labelled_net_and_gross_beat_an_item_row_on_an_euro_invoice_with_forint_figures() -> None:
    invoice = invoice_from_text("SZÁMLA\nSzámla száma: T-1\nPénznem: EUR\n"
                                "Fuvar 1,00 385,00 385,00 27% 103,95 488,95\nÁllás 3,00 42,50 127,50 27% 34,43 161,93\n"
                                "Nettó összesen 512,50 EUR 200 531 Ft\nÁFA 27% 138,38 EUR 54 146 Ft\n"
                                "Bruttó végösszeg 650,88 EUR 254 677 Ft")
    assert (invoice.net_total, invoice.vat_total, invoice.gross_total) == (
        Decimal("512.50"), Decimal("138.38"), Decimal("650.88"))


def test_a_whole_forint_amount_written_with_its_dash_keeps_its_currency() -> None:
    assert amounts_in("Fizetendő: 4.227.576,- Ft") == ((Decimal("4227576"), "HUF"),)


def test_a_product_named_after_the_euro_does_not_make_a_forint_invoice_euro() -> None:
    inv = invoice_from_text("SZÁMLA\nSzámlaszám: 2026/00612\nCsomagolás, EUR raklap 6 db 4.500,- 27.000,-\n"
                            "Összesen 3.328.800,- 898.776,- 4.227.576,-\nFizetendő: 4.227.576,- Ft")
    assert inv.currency == "HUF"


def test_a_corrections_totals_are_its_printed_differences_not_its_first_item_row() -> None:
    inv = invoice_from_text("HELYESBÍTŐ SZÁMLA\nBizonylatszám TVK-H-1\nEredeti számla száma TVK-1\n"
                            "Rózsa visszáru -40 szál 310,00 -12 400,00 27% -3 348,00 -15 748,00\n"
                            "Kála visszáru -15 szál 520,00 -7 800,00 27% -2 106,00 -9 906,00\n"
                            "Nettó különbözet: -20 200,00\nÁFA különbözet: -5 454,00\n"
                            "Bruttó különbözet (HUF): -25 654,00\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal("-20200"), Decimal("-5454"),
                                                               Decimal("-25654"))


def test_a_till_slips_net_and_vat_rows_of_one_rate_are_its_summary() -> None:
    inv = invoice_from_text("EGYSZERŰSÍTETT SZÁMLA\nSZÁMLASZÁM: E-1\nÖSSZESEN: 30 352 Ft\nKEREKÍTÉS: -2 Ft\n"
                            "FIZETENDŐ KÉSZPÉNZ: 30 350 Ft\nÁFA ÖSSZESÍTŐ\nC 27% NETTÓ 23 899 Ft\n"
                            "C 27% ÁFA 6 453 Ft\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal("23899"), Decimal("6453"), Decimal("30352"))


def test_the_labelled_net_and_vat_totals_beat_an_item_row_where_the_gross_label_is_unknown() -> None:
    # "Fizetve" (paid) and "Jóváírás összesen" label no gross the reader knows: the only triple is an item's row
    lines = [*_row(545, "Megnevezés", "Nettó", "Áfa", "Bruttó"),
             *_row(530, "Szakrendelés", "35 000,00", "TAM 0,00", "35 000,00"),
             *_row(515, "Parkolójegy", "1 500,00", "27% 405,00", "1 905,00"),
             *_row(480, "", "", "Nettó összesen:", "36 500,00 HUF"),
             *_row(465, "", "", "Áfa összesen:", "405,00 HUF"),
             *_row(450, "", "", "Fizetve (bankkártya):", "36 905,00 HUF")]
    inv = invoice_from_lines([ln for ln in lines if ln.text])
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal(36500), Decimal(405), Decimal(36905))


def test_a_credit_notes_labelled_net_and_vat_beat_its_largest_item_row() -> None:
    inv = invoice_from_text("JÓVÁÍRÓ SZÁMLA\nSzámla száma: M-1\nKelt: 2027.03.19.\n"
                            "Visszáru: maszk -200 db 260 -52 000 27% -14 040 -66 040\n"
                            "Visszáru: tabletta -5 db 790 -3 950 5% -198 -4 148\n"
                            "Nettó összesen: -55 950 Ft\nÁfa összesen: -14 238 Ft\nJóváírás összesen: -70 188 Ft")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal(-55950), Decimal(-14238), Decimal(-70188))


def test_a_till_rolls_net_label_wrapped_around_its_amount_is_no_lone_total() -> None:
    # "NETTÓ" over "ÖSSZESEN", the amount centred between them: the payable total is the later "ÖSSZESEN"
    def line(x0: float, y0: float, text: str) -> TextLine:
        return TextLine(0, x0, y0, x0 + 6 * len(text), y0 + 14, text)
    lines = [line(18, 620, "EGYSZERŰSÍTETT SZÁMLA"), line(18, 605, "Sorszám: FK-1"),
             line(18, 590, "Kifli 80 db x 45 nettó 3 780 5"), line(18, 575, "Kakaós csiga 40 db x 210 nettó 8 400 18"),
             line(18, 527, "NETTÓ"), line(144, 520, "12 180 Ft"), line(18, 513, "ÖSSZESEN"),
             line(18, 497, "ÁFA ÖSSZESEN"), line(151, 497, "1 701 Ft"),
             line(18, 481, "ÖSSZESEN"), line(144, 481, "13 881 Ft")]
    inv = invoice_from_lines(lines)
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal(12180), Decimal(1701), Decimal(13881))

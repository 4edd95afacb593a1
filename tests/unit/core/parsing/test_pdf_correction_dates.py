"""A correcting or cancelling invoice's dates, labelled by the invoice's kind or as the original's."""

from __future__ import annotations

from datetime import date

from services.core.parsing.pdf.reader import invoice_from_text


def test_a_cancelling_invoices_own_day_and_the_originals_fulfilment_and_due_dates() -> None:
    inv = invoice_from_text("Sztornó számla\nSorszám: LH-2027-0231\nSztornó kelte: 2027. április 9.\n"
                            "Eredeti teljesítés kelte: 2027. április 2.\n"
                            "Eredeti fizetési határidő: 2027. április 18.\n")
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (
        date(2027, 4, 9), date(2027, 4, 2), date(2027, 4, 18))


def test_a_correcting_invoices_day_named_by_its_kind() -> None:
    inv = invoice_from_text("HELYESBÍTŐ SZÁMLA\nSorszám: BN-2027/0412-H1\nHelyesbítő számla kelte: 2027.03.29.\n"
                            "Teljesítés dátuma: 2027.03.17.\n")
    assert inv.issue_date == date(2027, 3, 29)


def test_the_cancelled_invoices_number_after_a_relative_clause_before_the_labels_colon() -> None:
    inv = invoice_from_text("Sztornó számla\nSorszám: LH-2027-0231\n"
                            "Az eredeti számla sorszáma, amelyet ez a bizonylat érvénytelenít: LH-2027-0218\n")
    assert inv.references.preceding_invoice == "LH-2027-0218"

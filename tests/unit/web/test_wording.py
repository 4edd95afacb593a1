"""What the pipeline stores in English or as codes, worded in Hungarian (issue 12 §6): warnings by their
shape with amounts in Hungarian notation, match explanations from the match's parts, audit details, and
every audit action the code writes has a catalogue word."""

from __future__ import annotations

import ast
from pathlib import Path

from services.web.i18n import CATALOGUES
from services.web.wording import compare_versions, details_words, evidence_phrase, match_sentence, warning_sentence

SERVICES = Path(__file__).resolve().parents[3] / "services"


def test_a_conflict_between_readers_is_a_hungarian_sentence_with_hungarian_amounts() -> None:
    text = "gross_total: source_json says 6157040.00, pdf_text says 6157000.00; kept 6157040.00"
    assert warning_sentence(text) == ("Bruttó: a küldő rendszer adatai szerint 6 157 040 Ft, a PDF szövege szerint "
                                      "6 157 000 Ft — a(z) 6 157 040 Ft érték maradt.")
    assert warning_sentence(text, "en").startswith("Gross: the sending system's data says 6,157,040 HUF")
    assert warning_sentence("issue_date: ubl says 2025-09-08, pdf_text says 2025-09-09; kept 2025-09-08") == (
        "Kelte: az UBL XML szerint 2025. 09. 08., a PDF szövege szerint 2025. 09. 09. — a(z) 2025. 09. 08. érték "
        "maradt.")


def test_sums_pages_and_embedded_files_are_worded_and_an_unknown_warning_is_kept() -> None:
    assert warning_sentence("vat_total: the lines sum to 14251.00, the invoice says 14250.00", currency="EUR") == (
        "ÁFA: a tételsorok összege 14 251 EUR, a számlán 14 250 EUR szerepel.")
    assert warning_sentence("page 2 is an image without a text layer and no OCR engine was available") == (
        "A(z) 2. oldal szövegréteg nélküli kép, és nem volt elérhető szövegfelismerő.")
    assert warning_sentence("page 9 was not read: only 8 image pages are OCR'd").startswith("A(z) 9. oldalt nem")
    assert warning_sentence("embedded file 'x.xml' was not read: bad XML") == (
        "A beágyazott 'x.xml' fájlt nem olvastuk be (bad XML).")
    assert warning_sentence("something new") == "something new"


EVIDENCE = [{"kind": "tax_number", "value": "12345678", "where": "buyer.tax_number"},
            {"kind": "name", "value": "Kovács Kft ~ Kovács és Társa Kft. (92%, legal form kft ≠ zrt)",
             "where": "buyer.name"},
            {"kind": "order", "value": "REND-2025-3672", "where": "pdf text"}]


def test_a_match_explanation_is_built_from_the_match_not_from_its_english_sentence() -> None:
    auto = {"status": "auto", "client_id": "c-1", "client_name": "Kovács és Társa Kft.", "evidence": EVIDENCE,
            "explanation": "client Kovács és Társa Kft.: tax number 12345678 (buyer.tax_number)"}
    assert match_sentence(auto) == (
        "Ügyfél: Kovács és Társa Kft.; alapja: adószám: 12345678 (a vevő adószáma); név: Kovács Kft ~ Kovács és "
        "Társa Kft. (92% hasonló, cégforma kft ≠ zrt) (a vevő neve); megrendelés: REND-2025-3672 (a PDF szövege).")
    cands = [{"client_id": "c-1", "client_name": "A Kft.", "confidence": 0.87},
             {"client_id": "c-2", "client_name": "B Kft.", "confidence": 0.8549}]
    assert match_sentence({"status": "ambiguous", "candidates": cands}) == (
        "Több ügyfél is illik rá: A Kft. (87%), B Kft. (85%).")
    assert match_sentence({"status": "unmatched", "explanation": "no client matches Zöld Bt."}) == (
        "Egyik ügyfél sem illik rá (Zöld Bt.).")
    assert match_sentence({"status": "unmatched", "explanation": "no client matches the counterparty"}) == (
        "Egyik ügyfél sem illik rá (a partner).")
    assert match_sentence({"status": "unmatched", "candidates": cands[:1]}) == (
        "Csak nagyon gyenge jelöltek vannak; a legjobb: A Kft. (87%).")
    confirmed = {"status": "auto", "client_id": "c-1", "explanation": "confirmed by kata: telefonon",
                 "evidence": [{"kind": "confirmed", "value": "telefonon", "where": "kata"}]}
    assert match_sentence(confirmed) == "kata döntése: „telefonon”."
    assert match_sentence({"explanation": "older record"}) == "older record"


def test_learned_evidence_reads_in_hungarian() -> None:
    learned = {"kind": "learned", "value": "3 confirmed similar invoice(s), score 0.8",
               "where": "confirmed assignments"}
    assert evidence_phrase(learned) == "korábbi döntések: 3 hasonló, megerősített számla (pontszám 0,8)"


def test_audit_details_name_their_keys_and_codes_in_hungarian() -> None:
    details = {"version": 2, "sha256": "a" * 64, "how": "preview", "held": True, "source": "billingo", "x": ""}
    assert details_words(details) == ("verzió: 2, SHA-256: aaaaaaaaaaaa…, mód: előnézet, jóváhagyásra vár: igen, "
                                      "forrás: Billingo")
    assert details_words({"unknown_key": "v"}) == "unknown_key: v"
    payment = {"date": "2025-09-08", "amount": "6157040.00", "label": "BR-1"}
    assert details_words(payment, currency="HUF") == "dátum: 2025. 09. 08., összeg: 6 157 040 Ft, fizetés: BR-1"
    assert details_words(payment | {"amount": "1234.5"}) == "dátum: 2025. 09. 08., összeg: 1 234,50, fizetés: BR-1"
    assert details_words(None) == ""


def test_versions_without_recorded_fields_compare_as_not_recorded() -> None:
    rows = compare_versions([{"version": 1}, {"version": 2, "fields": {"gross_total": "10", "kind": "storno"}}])
    assert [(r.field, r.values, r.changed) for r in rows] == [
        ("kind", ("", "sztornó"), False), ("gross_total", ("", "10 Ft"), False)]


def _audit_actions() -> set[str]:
    """Every action a literal in services/ writes: ``action="…"`` (or either side of a conditional) and
    the action names passed to the audit helpers positionally (``_audit(…, "connection.created", …)``)."""
    found: set[str] = set()
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            values: list[ast.expr] = []
            if isinstance(node, ast.keyword) and node.arg == "action":
                values = [node.value]
            elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                    "_audit", "_audit_attempt", "audit_cli"):
                values = list(node.args)
            for value in values:
                for part in ([value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]):
                    if isinstance(part, ast.Constant) and isinstance(part.value, str) and "." in part.value:
                        found.add(part.value)
    return found


def test_every_audit_action_the_code_writes_has_a_hungarian_and_an_english_word() -> None:
    actions = _audit_actions()
    assert {"invoice.pdf.read", "invoice.legal_hold.lifted", "search.legal_hold.set", "connection.created",
            "retention.purge"} <= actions  # the scan finds each form
    for lang in ("hu", "en"):
        missing = sorted(a for a in actions if f"audit.action.{a}" not in CATALOGUES[lang])
        assert missing == [], f"{lang}: audit actions without a word: {missing}"

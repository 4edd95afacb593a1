"""The matching engine and the name normaliser, with no servers."""

from __future__ import annotations

from typing import Any

import pytest

from services.core.matching import build_model, invoice_features, match_invoice, name_key, snapshot
from services.core.reference import RefKind, normalise_record

T = "t1"


def client(cid: str, name: str, tax: str | None = None, **kw: Any) -> dict[str, Any]:
    return normalise_record(RefKind.CLIENT, T, {"id": cid, "name": name, "tax_number": tax, **kw})


def ref(kind: RefKind, rid: str, number: str, **kw: Any) -> dict[str, Any]:
    return normalise_record(kind, T, {"id": rid, "number": number, **kw})


def inv(name: str | None = None, tax: str | None = None, refs: dict[str, str] | None = None,
        lines: tuple[str, ...] = (), **party: Any) -> dict[str, Any]:
    return {"direction": "outgoing", "buyer": {"name": name, "tax_number": tax, **party},
            "references": refs or {}, "lines": [{"description": d} for d in lines], "currency": "HUF"}


@pytest.mark.parametrize(("a", "b"), [
    ("Mátra Informatika Korlátolt Felelősségű Társaság", "MATRA INFORMATIKA KFT."),
    ("Szűcs és Társa Könyvelőiroda Bt.", "Szucs & Tarsa Konyveloiroda Betéti Társaság"),
    ("Zöldülő Város Nonprofit Kft.", "Zöldülő Város Nonprofit Korlátolt Felelősségű Társaság"),
    ("Kőbányai Nyomda Zrt.", "kőbányai nyomda zártkörűen működő részvénytársaság"),
], ids=["kft", "bt-and-es", "nonprofit", "zrt"])
def test_names_compare_without_accents_case_and_legal_form(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_legal_form_is_kept_apart_from_the_name() -> None:
    assert name_key("Mátra Informatika Kft.").legal_form == "kft"
    assert name_key("Mátra Informatika Zrt.").core == "matra informatika"


SNAP = snapshot([
    client("c1", "Mátra Informatika Kft.", "12345676-2-10"),
    client("c2", "Mátra Informatika Zrt.", "23456780-2-10"),
    client("c3", "Dunakanyar Logisztika Kft.", "34567898-2-13", vat_number="HU34567898",
           partner_ids="billingo:77"),
    client("p1", "Kovács János", private_person=True, postal_code="1111", city="Budapest"),
    client("p2", "Kovács János", private_person=True, postal_code="6720", city="Szeged"),
    ref(RefKind.PROJECT, "pr1", "PR-2024-01", client_id="c1"),
    ref(RefKind.PROJECT, "pr2", "PR-2024-01", client_id="c3"),  # overlapping number, other client
    ref(RefKind.CONTRACT, "k1", "SZ-2023/118", client_id="c3", project_id="pr2"),
    ref(RefKind.ORDER, "o1", "RE-55123", client_id="c3", contract_id="k1"),
    ref(RefKind.COMPLETION_CERTIFICATE, "tj1", "TJ-2024-009", client_id="c3"),
])


def test_tax_number_links_the_client_with_evidence() -> None:
    r = match_invoice(inv("Mátra Informatika Kft.", "12345676-2-10"), "", SNAP)
    assert (r.status, r.client_id) == ("auto", "c1")
    assert {e.kind for e in r.evidence} >= {"tax_number", "name"}


def test_near_duplicate_name_without_tax_number_is_not_auto() -> None:
    r = match_invoice(inv("Mátra Informatika"), "", SNAP)
    assert r.status == "ambiguous" and r.client_id is None
    assert {c.client_id for c in r.candidates[:2]} == {"c1", "c2"}


def test_legal_form_breaks_the_tie_between_near_duplicates() -> None:
    r = match_invoice(inv("MÁTRA INFORMATIKA ZÁRTKÖRŰEN MŰKÖDŐ RÉSZVÉNYTÁRSASÁG"), "", SNAP)
    assert r.candidates[0].client_id == "c2"
    assert r.candidates[0].points > r.candidates[1].points


def test_vat_number_and_partner_id_are_evidence() -> None:
    r = match_invoice(inv(None, None, vat_number="HU 34567898"), "", SNAP)
    assert r.client_id == "c3"
    r = match_invoice(inv(None, None, partner_id="77"), "", SNAP, source_kind="billingo")
    assert r.client_id == "c3" and r.evidence[0].kind == "partner_id"
    assert match_invoice(inv(None, None, partner_id="77"), "", SNAP, source_kind="szamlazz").status == "unmatched"


def test_order_number_in_pdf_text_links_client_order_contract_and_project() -> None:
    r = match_invoice(inv("Dunakanyar Logisztika Kft."), "Megrendelés száma: RE-55123, köszönjük.", SNAP)
    assert r.client_id == "c3"
    assert r.links == {"order_id": "o1", "contract_id": "k1", "project_id": "pr2"}


def test_overlapping_project_number_links_only_the_chosen_clients_project() -> None:
    r = match_invoice(inv("Mátra Informatika Kft.", "12345676-2-10", {"project": "pr-2024-01"}), "", SNAP)
    assert r.client_id == "c1" and r.links["project_id"] == "pr1"


def test_a_number_inside_a_longer_number_is_not_evidence() -> None:
    r = match_invoice(inv(None), "Rendelés: RE-551234", SNAP)
    assert r.status == "unmatched"


def test_certificate_number_in_text_is_reported_for_attachment() -> None:
    r = match_invoice(inv("Dunakanyar Logisztika Kft.", "34567898-2-13"), "Teljesítési jegyzőkönyv TJ-2024-009", SNAP)
    assert r.certificate_ids == ("tj1",)


def test_conflicting_tax_number_outweighs_a_matching_name() -> None:
    r = match_invoice(inv("Mátra Informatika Kft.", "99999990-2-41"), "", SNAP)
    assert r.status != "auto"


def test_private_persons_with_the_same_name_are_told_apart_by_address() -> None:
    r = match_invoice(inv("Kovács János", address={"postal_code": "6720", "city": "Szeged"}), "", SNAP)
    assert r.candidates[0].client_id == "p2"
    assert r.candidates[0].points > r.candidates[1].points


def test_learned_matcher_predicts_project_after_confirmations() -> None:
    snap = snapshot([client("c1", "Mátra Informatika Kft.", "12345676-2-10")])
    web = inv("Mátra Informatika Kft.", "12345676-2-10", lines=("Webfejlesztés backend", "Tárhely"))
    ops = inv("Mátra Informatika Kft.", "12345676-2-10", lines=("Szerver karbantartás", "Ügyelet"))
    assert "project_id" not in match_invoice(web, "", snap).links
    model = build_model([
        {"features": invoice_features(web), "client_id": "c1", "project_id": "web"},
        {"features": invoice_features(ops), "client_id": "c1", "project_id": "ops"},
    ])
    later = inv("Mátra Informatika Kft.", "12345676-2-10", lines=("Webfejlesztés frontend",))
    r = match_invoice(later, "", snap, model)
    assert r.links.get("project_id") == "web"
    assert any(e.kind == "learned" for e in r.evidence)

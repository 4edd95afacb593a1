"""The matcher measured on a generated, labelled reference set; the learned matcher improves
after confirmations."""

from __future__ import annotations

from services.core.matching import snapshot
from services.core.matching.engine import Policy
from services.core.matching.evaluate import confirmations_from, evaluate
from services.core.reference import RefKind, normalise_record
from szamlatar_dev.demo.reference_set import generate_reference_set

REF = generate_reference_set(seed=5, clients=200, persons=40, invoices=400)
SNAP = snapshot(normalise_record(RefKind(r["kind"]), "eval", r) for r in REF.records)


def test_the_reference_set_is_realistic() -> None:
    names = [r["name"] for r in REF.records if r["kind"] == "client"]
    cores = [n.rsplit(" ", 1)[0] for n in names if n.endswith((".",))]
    assert len(cores) - len(set(cores)) >= 10  # same name, other legal form
    numbers = [r["number"] for r in REF.records if r["kind"] == "project"]
    assert len(numbers) - len(set(numbers)) >= 50  # overlapping project numbers
    assert sum(1 for r in REF.records if r.get("private_person")) == 40
    assert sum(1 for c in REF.cases if c.client_id is None) >= 20  # counterparties we do not know


def test_automatic_matches_are_precise_and_uncertain_ones_go_to_review() -> None:
    s = evaluate(REF.cases, SNAP)
    assert s.precision >= 0.98
    assert s.recall >= 0.85
    assert 0.0 < s.review_rate < 0.2


def test_first_one_wins_would_be_measurably_worse() -> None:
    reckless = evaluate(REF.cases, SNAP, policy=Policy(auto_points=0.5, margin_points=0.0))
    assert reckless.precision < evaluate(REF.cases, SNAP).precision


def test_learned_matcher_improves_after_confirmations() -> None:
    half = len(REF.cases) // 2
    later = REF.cases[half:]
    before = evaluate(later, SNAP)
    after = evaluate(later, SNAP, confirmations_from(REF.cases[:half]))
    assert after.project_accuracy >= before.project_accuracy + 0.08
    assert after.precision >= before.precision - 0.01

"""Measuring the matcher on labelled cases (pure): precision and recall of automatic matches,
the review rate, and project accuracy with and without what people confirmed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from services.core.matching.engine import DEFAULT_POLICY, Policy, ReferenceSnapshot, match_invoice
from services.core.matching.learned import LearnedModel, build_model, invoice_features


class LabelledCase(Protocol):
    @property
    def invoice(self) -> dict[str, Any]: ...
    @property
    def text(self) -> str: ...
    @property
    def client_id(self) -> str | None: ...
    @property
    def project_id(self) -> str | None: ...


@dataclass(frozen=True)
class Scores:
    cases: int
    auto: int
    auto_correct: int
    review: int  # ambiguous + weak
    unmatched: int
    known: int  # cases whose client is in the reference set
    projects: int  # cases with a true project
    projects_correct: int
    projects_wrong: int

    @property
    def precision(self) -> float:
        return self.auto_correct / self.auto if self.auto else 1.0

    @property
    def recall(self) -> float:
        return self.auto_correct / self.known if self.known else 0.0

    @property
    def review_rate(self) -> float:
        return self.review / self.cases if self.cases else 0.0

    @property
    def project_accuracy(self) -> float:
        return self.projects_correct / self.projects if self.projects else 0.0


def evaluate(cases: Sequence[LabelledCase], snap: ReferenceSnapshot, model: LearnedModel | None = None,
             policy: Policy = DEFAULT_POLICY, source_kind: str = "billingo") -> Scores:
    auto = correct = review = unmatched = known = projects = p_ok = p_bad = 0
    for case in cases:
        r = match_invoice(case.invoice, case.text, snap, model, source_kind=source_kind, policy=policy)
        known += case.client_id is not None
        if r.status == "auto":
            auto += 1
            correct += r.client_id == case.client_id
        elif r.status in ("ambiguous", "weak"):
            review += 1
        else:
            unmatched += 1
        if case.project_id is not None:
            projects += 1
            got = r.links.get("project_id")
            p_ok += got == case.project_id
            p_bad += got is not None and got != case.project_id
    return Scores(len(cases), auto, correct, review, unmatched, known, projects, p_ok, p_bad)


def confirmations_from(cases: Sequence[LabelledCase]) -> LearnedModel:
    """What people would have confirmed for these cases (their truth), as a learned model."""
    return build_model({"features": invoice_features(c.invoice), "client_id": c.client_id,
                        "project_id": c.project_id} for c in cases if c.client_id)

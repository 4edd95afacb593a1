"""Matching an invoice to its client, project, contract, order and delivery note (pure)."""

from services.core.matching.engine import (
    DEFAULT_POLICY,
    MatchResult,
    Policy,
    ReferenceSnapshot,
    match_invoice,
    result_to_wire,
    snapshot,
)
from services.core.matching.learned import LearnedModel, build_model, invoice_features
from services.core.matching.names import fold, name_key

__all__ = [
    "DEFAULT_POLICY", "LearnedModel", "MatchResult", "Policy", "ReferenceSnapshot", "build_model", "fold",
    "invoice_features", "match_invoice", "name_key", "result_to_wire", "snapshot",
]

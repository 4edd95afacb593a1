"""Learned: assignments people confirmed predict the client, project and cost centre of
similar later invoices.

A nearest-neighbour vote over confirmed examples: each example is a bag of features (the
counterparty's name tokens and tax id, the words of the line descriptions, the currency),
weighted by inverse document frequency so that "szolgáltatás" counts for little and
"kotrógép" for a lot. No training step: the model is rebuilt from the confirmations passed in.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from services.core.matching.names import fold, name_tokens
from services.core.taxnumber import taxpayer_id

_STOP = frozenset({"es", "a", "az", "egy", "szerint", "resz", "reszere", "ft", "huf", "db", "ora", "ho", "the", "and",
                   "for", "of"})


def invoice_features(invoice: dict[str, Any]) -> list[str]:
    side = "seller" if invoice.get("direction") == "incoming" else "buyer"
    party = invoice.get(side) or {}
    feats = {f"name:{t}" for t in name_tokens(party.get("name"))}
    tid = party.get("taxpayer_id") or taxpayer_id(party.get("tax_number"))
    if tid:
        feats.add(f"tax:{tid}")
    for line in invoice.get("lines") or ():
        for word in fold(str(line.get("description") or "")).split():
            if len(word) >= 3 and not re.search(r"\d", word) and word not in _STOP:
                feats.add(f"w:{word}")
    if invoice.get("currency"):
        feats.add(f"cur:{invoice['currency']}")
    return sorted(feats)


@dataclass(frozen=True)
class Prediction:
    value: str | None
    score: float  # 0..1: share of the neighbours' similarity that voted for ``value``, times closeness
    support: int  # how many confirmed examples voted for it


@dataclass(frozen=True)
class LearnedModel:
    examples: tuple[tuple[frozenset[str], dict[str, Any]], ...] = ()
    idf: dict[str, float] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.examples)

    def predict(self, features: Iterable[str], target: str, *, client_id: str | None = None,
                k: int = 7) -> Prediction:
        """``target``: ``client_id``, ``project_id``, ``contract_id`` or ``cost_centre``. With
        ``client_id`` only that client's examples vote (a project must belong to the client)."""
        feats = frozenset(features)
        if not feats or not self.examples:
            return Prediction(None, 0.0, 0)
        own = sum(self.idf.get(f, self._unseen) for f in feats)
        scored: list[tuple[float, str]] = []
        for ex_feats, labels in self.examples:
            value = labels.get(target)
            if not value or (client_id is not None and labels.get("client_id") != client_id):
                continue
            shared = sum(self.idf.get(f, self._unseen) for f in feats & ex_feats)
            if shared <= 0:
                continue
            theirs = sum(self.idf.get(f, self._unseen) for f in ex_feats)
            scored.append((shared / math.sqrt(own * theirs), str(value)))
        if not scored:
            return Prediction(None, 0.0, 0)
        scored.sort(reverse=True)
        votes: dict[str, float] = {}
        counts: Counter[str] = Counter()
        for sim, value in scored[:k]:
            votes[value] = votes.get(value, 0.0) + sim
            counts[value] += 1
        best, weight = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
        share = weight / sum(votes.values())
        closeness = max(sim for sim, v in scored[:k] if v == best)
        return Prediction(best, round(share * closeness, 4), counts[best])

    @property
    def _unseen(self) -> float:
        return math.log(1 + len(self.examples)) + 1.0


def build_model(confirmations: Iterable[dict[str, Any]]) -> LearnedModel:
    """``confirmations``: ``{"features": [...], "client_id", "project_id", "contract_id", "cost_centre"}``."""
    examples = []
    df: Counter[str] = Counter()
    for c in confirmations:
        feats = frozenset(c.get("features") or ())
        if not feats:
            continue
        labels = {k: c.get(k) for k in ("client_id", "project_id", "contract_id", "cost_centre")}
        examples.append((feats, labels))
        df.update(feats)
    n = len(examples)
    idf = {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in df.items()}
    return LearnedModel(tuple(examples), idf)

"""The matching engine: an invoice + the tenant's reference data → ranked candidates with
their evidence, and a decision (auto / ambiguous / weak / unmatched).

Evidence first (tax number, EU VAT number, billing-system partner id, order / contract /
project / delivery-note numbers in the structured fields or in the PDF text), then fuzzy
names, then what people confirmed before. Every piece of evidence adds points to one client;
``confidence = 1 - exp(-points)``. A candidate is taken automatically only when it is strong
*and* clearly ahead of the next one — never "the first one wins".
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from services.core.matching.learned import LearnedModel, invoice_features
from services.core.matching.names import NameKey, fold, name_key
from services.core.reference import REFERENCE_FIELDS, RefKind, normalise_number
from services.core.taxnumber import normalise_vat_number, taxpayer_id

# Points per kind of evidence (see module docstring).
W_TAX = 3.0
W_VAT = 3.0
W_PARTNER = 3.0
W_REF_FIELD = 2.5
W_REF_TEXT = 1.5
W_CERT_TEXT = 0.8
W_NAME = 2.4  # at 100% similarity; linear down to 0 at NAME_FLOOR
W_ADDRESS = 0.6
W_LEARNED = 1.2
P_TAX_CONFLICT = -2.0  # the invoice names another tax number than the client has
NAME_FLOOR = 70.0
NAME_MIN = 85.0
LEGAL_FORM_MISMATCH = 0.5


@dataclass(frozen=True)
class Policy:
    auto_points: float = 2.3  # confidence ≈ 0.90
    margin_points: float = 1.0  # ahead of the runner-up by this much
    weak_points: float = 0.7  # below this a candidate is not worth a person's time
    max_candidates: int = 5


DEFAULT_POLICY = Policy()


@dataclass(frozen=True)
class Evidence:
    kind: str  # tax_number, vat_number, partner_id, project, contract, order, delivery_note, name, address, learned…
    value: str
    where: str  # "buyer.tax_number", "references.project", "pdf text", "confirmed assignments"
    target: str  # "client:<id>", "project:<id>", …
    points: float

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "where": self.where, "target": self.target,
                "points": round(self.points, 3)}


@dataclass(frozen=True)
class Candidate:
    client_id: str
    client_name: str
    points: float
    evidence: tuple[Evidence, ...]

    @property
    def confidence(self) -> float:
        return confidence_of(self.points)


@dataclass(frozen=True)
class MatchResult:
    status: str  # auto | ambiguous | weak | unmatched
    client_id: str | None
    client_name: str | None
    confidence: float
    explanation: str
    candidates: tuple[Candidate, ...] = ()
    links: dict[str, str] = field(default_factory=dict)  # project_id, contract_id, order_id, delivery_note_id
    certificate_ids: tuple[str, ...] = ()
    link_evidence: tuple[Evidence, ...] = ()
    cost_centre: str | None = None

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        top = next((c for c in self.candidates if c.client_id == self.client_id), None)
        return (top.evidence if top else ()) + self.link_evidence


def confidence_of(points: float) -> float:
    return round(1.0 - math.exp(-max(points, 0.0)), 4)


@dataclass(frozen=True)
class ReferenceSnapshot:
    """The tenant's reference data, indexed for matching. Build once per change with ``snapshot``."""

    clients: dict[str, dict[str, Any]]
    by_taxpayer: dict[str, tuple[str, ...]]
    by_vat: dict[str, tuple[str, ...]]
    by_partner: dict[str, tuple[str, ...]]
    name_keys: dict[str, NameKey]  # client id → key (one per name and alias: "id#n")
    name_choices: dict[str, str]  # "id#n" → core name, for rapidfuzz
    refs: dict[str, dict[str, dict[str, Any]]]  # kind → id → record
    numbers: dict[str, dict[str, tuple[str, ...]]]  # kind → number key → ids (numbers overlap)


def snapshot(records: Iterable[dict[str, Any]]) -> ReferenceSnapshot:
    clients: dict[str, dict[str, Any]] = {}
    refs: dict[str, dict[str, dict[str, Any]]] = {}
    for r in records:
        if r.get("active") is False:
            continue
        kind = str(r.get("kind") or RefKind.CLIENT.value)
        rid = str(r.get("id") or r["_id"])
        if kind == RefKind.CLIENT.value:
            clients[rid] = r
        else:
            refs.setdefault(kind, {})[rid] = r
    by_tax: dict[str, list[str]] = {}
    by_vat: dict[str, list[str]] = {}
    by_partner: dict[str, list[str]] = {}
    keys: dict[str, NameKey] = {}
    choices: dict[str, str] = {}
    for cid, c in clients.items():
        tid = c.get("taxpayer_id") or taxpayer_id(c.get("tax_number"))
        if tid:
            by_tax.setdefault(tid, []).append(cid)
        vat = normalise_vat_number(c.get("vat_number"))
        if vat:
            by_vat.setdefault(vat, []).append(cid)
        for pid in c.get("partner_ids") or ():
            by_partner.setdefault(str(pid), []).append(cid)
        for n, name in enumerate([c.get("name"), *(c.get("aliases") or ())]):
            key = name_key(name)
            if key.core:
                keys[f"{cid}#{n}"] = key
                choices[f"{cid}#{n}"] = key.core
    numbers: dict[str, dict[str, list[str]]] = {}
    for kind, items in refs.items():
        for rid, r in items.items():
            nk = r.get("number_key") or normalise_number(r.get("number"))
            if nk:
                numbers.setdefault(kind, {}).setdefault(nk, []).append(rid)
    return ReferenceSnapshot(
        clients=clients,
        by_taxpayer={k: tuple(v) for k, v in by_tax.items()},
        by_vat={k: tuple(v) for k, v in by_vat.items()},
        by_partner={k: tuple(v) for k, v in by_partner.items()},
        name_keys=keys,
        name_choices=choices,
        refs=refs,
        numbers={k: {n: tuple(ids) for n, ids in v.items()} for k, v in numbers.items()},
    )


def _counterparty(invoice: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    side = "seller" if invoice.get("direction") == "incoming" else "buyer"
    return side, (invoice.get(side) or {})


def _in_text(haystack: str, needle: str) -> bool:
    """``needle`` occurs as a whole reference number (not inside a longer one)."""
    start = 0
    while True:
        i = haystack.find(needle, start)
        if i < 0:
            return False
        before = haystack[i - 1] if i > 0 else " "
        after = haystack[i + len(needle): i + len(needle) + 2] or " "
        glued_after = after[0].isalnum() or (after[0] in "-/." and len(after) > 1 and after[1].isalnum())
        if not before.isalnum() and before not in "-/" and not glued_after:
            return True
        start = i + 1


@dataclass
class _Board:
    points: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)

    def add(self, client_id: str, ev: Evidence) -> None:
        self.points[client_id] = self.points.get(client_id, 0.0) + ev.points
        self.evidence.setdefault(client_id, []).append(ev)


def _reference_hits(invoice: dict[str, Any], text: str, snap: ReferenceSnapshot) -> list[tuple[str, str, str, str]]:
    """(kind, ref id, number, where) for every known number in the structured fields or the text."""
    hits: list[tuple[str, str, str, str]] = []
    refs = invoice.get("references") or {}
    seen: set[tuple[str, str]] = set()
    for kind, fld in REFERENCE_FIELDS.items():
        nk = normalise_number(refs.get(fld))
        for rid in snap.numbers.get(kind.value, {}).get(nk, ()) if nk else ():
            hits.append((kind.value, rid, refs[fld], f"references.{fld}"))
            seen.add((kind.value, rid))
    upper = " ".join(text.upper().split())
    compact = upper.replace(" ", "")
    for kind_name, numbers in snap.numbers.items():
        for nk, ids in numbers.items():
            if len(nk) < 4 or (nk not in compact):
                continue
            if not _in_text(upper, nk):
                continue
            for rid in ids:
                if (kind_name, rid) not in seen:
                    hits.append((kind_name, rid, nk, "pdf text"))
                    seen.add((kind_name, rid))
    return hits


def match_invoice(
    invoice: dict[str, Any],
    text: str,
    snap: ReferenceSnapshot,
    model: LearnedModel | None = None,
    *,
    source_kind: str | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> MatchResult:
    side, party = _counterparty(invoice)
    board = _Board()
    clients = snap.clients

    def client_ev(cid: str, kind: str, value: str, where: str, pts: float) -> None:
        if cid in clients:
            board.add(cid, Evidence(kind, value, where, f"client:{cid}", pts))

    # 1 — identifiers
    tid = party.get("taxpayer_id") or taxpayer_id(party.get("tax_number"))
    if tid:
        for cid in snap.by_taxpayer.get(tid, ()):
            client_ev(cid, "tax_number", party.get("tax_number") or tid, f"{side}.tax_number", W_TAX)
    vat = normalise_vat_number(party.get("vat_number"))
    if vat:
        for cid in snap.by_vat.get(vat, ()):
            client_ev(cid, "vat_number", vat, f"{side}.vat_number", W_VAT)
    if party.get("partner_id") and source_kind:
        pid = f"{source_kind}:{party['partner_id']}"
        for cid in snap.by_partner.get(pid, ()):
            client_ev(cid, "partner_id", pid, f"{side}.partner_id", W_PARTNER)

    # 2 — reference numbers (each names its client, if it has one)
    hits = _reference_hits(invoice, text, snap)
    for kind, rid, number, where in hits:
        ref = snap.refs[kind][rid]
        if ref.get("client_id"):
            is_cert = kind in (RefKind.COMPLETION_CERTIFICATE.value, RefKind.HANDOVER.value)
            pts = W_CERT_TEXT if is_cert else (W_REF_FIELD if where != "pdf text" else W_REF_TEXT)
            client_ev(str(ref["client_id"]), kind, number, where, pts)

    # 3 — fuzzy names
    key = name_key(party.get("name"))
    if key.core and snap.name_choices:
        found = process.extract(key.core, snap.name_choices, scorer=fuzz.token_sort_ratio,
                                score_cutoff=NAME_MIN, limit=20)
        best: dict[str, tuple[float, str]] = {}
        for _choice, score, choice_key in found:
            cid = str(choice_key).split("#", 1)[0]
            if score > best.get(cid, (0.0, ""))[0]:
                best[cid] = (float(score), str(choice_key))
        for cid, (score, choice_key) in best.items():
            their = snap.name_keys[choice_key]
            pts = W_NAME * (score - NAME_FLOOR) / (100.0 - NAME_FLOOR)
            note = f"{score:.0f}%"
            if key.legal_form and their.legal_form and key.legal_form != their.legal_form:
                pts *= LEGAL_FORM_MISMATCH
                note += f", legal form {key.legal_form} ≠ {their.legal_form}"
            client_ev(cid, "name", f"{party.get('name')} ~ {clients[cid].get('name')} ({note})", f"{side}.name", pts)
        addr = party.get("address") or {}
        postal, city = addr.get("postal_code"), fold(str(addr.get("city") or ""))
        for cid in best:
            c = clients[cid]
            if postal and c.get("postal_code") == postal and city and fold(str(c.get("city") or "")) == city:
                client_ev(cid, "address", f"{postal} {addr.get('city')}", f"{side}.address", W_ADDRESS)

    # A client whose tax number differs from the invoice's is another company, whatever its name.
    if tid:
        for cid in list(board.points):
            other = clients[cid].get("taxpayer_id")
            if other and other != tid:
                board.add(cid, Evidence("tax_number_conflict", f"{tid} ≠ {other}", f"{side}.tax_number",
                                        f"client:{cid}", P_TAX_CONFLICT))

    # 4 — learned from confirmed assignments
    feats = invoice_features(invoice)
    if model is not None and model.size:
        guess = model.predict(feats, "client_id")
        if guess.value and guess.value in clients and guess.score >= 0.3:
            client_ev(guess.value, "learned", f"{guess.support} confirmed similar invoice(s), score {guess.score}",
                      "confirmed assignments", W_LEARNED * guess.score)

    ranked = sorted(
        (Candidate(cid, str(clients[cid].get("name")), pts, tuple(board.evidence[cid]))
         for cid, pts in board.points.items() if pts > 0),
        key=lambda c: (-c.points, c.client_name, c.client_id),
    )[: policy.max_candidates]
    status, chosen, why = _decide(ranked, policy, party)
    links, link_ev, certs, cost = _links(hits, snap, chosen, model, feats)
    if chosen is None:
        return MatchResult(status, None, None, ranked[0].confidence if ranked else 0.0, why, tuple(ranked),
                           links, certs, link_ev, cost)
    return MatchResult(status, chosen.client_id, chosen.client_name, chosen.confidence, why, tuple(ranked),
                       links, certs, link_ev, cost or clients[chosen.client_id].get("cost_centre"))


def _describe(c: Candidate) -> str:
    return "; ".join(f"{e.kind.replace('_', ' ')} {e.value} ({e.where})" for e in c.evidence)


def _decide(ranked: list[Candidate], policy: Policy, party: dict[str, Any]) -> tuple[str, Candidate | None, str]:
    if not ranked:
        who = party.get("name") or party.get("tax_number") or "the counterparty"
        return "unmatched", None, f"no client matches {who}"
    top = ranked[0]
    runner = ranked[1].points if len(ranked) > 1 else 0.0
    if top.points >= policy.auto_points and top.points - runner >= policy.margin_points:
        return "auto", top, f"client {top.client_name}: {_describe(top)}"
    if top.points >= policy.auto_points:
        names = ", ".join(f"{c.client_name} ({c.confidence:.2f})" for c in ranked[:3])
        return "ambiguous", None, f"several clients fit: {names}"
    if top.points >= policy.weak_points:
        return "weak", None, f"weak match {top.client_name} ({top.confidence:.2f}): {_describe(top)}"
    return "unmatched", None, f"only very weak candidates, best {top.client_name} ({top.confidence:.2f})"


def _links(
    hits: list[tuple[str, str, str, str]], snap: ReferenceSnapshot, chosen: Candidate | None,
    model: LearnedModel | None, feats: list[str],
) -> tuple[dict[str, str], tuple[Evidence, ...], tuple[str, ...], str | None]:
    """Project / contract / order / delivery note (and certificates) for the chosen client.

    A number that several records share (overlapping project numbers) links only when exactly
    one of them belongs to the chosen client; a record of another client never links."""
    client_id = chosen.client_id if chosen else None
    links: dict[str, str] = {}
    evidence: list[Evidence] = []
    certs: list[str] = []
    cost: str | None = None
    by_kind: dict[str, list[tuple[str, str, str]]] = {}
    for kind, rid, number, where in hits:
        by_kind.setdefault(kind, []).append((rid, number, where))
    for kind, items in by_kind.items():
        ok = [(rid, n, w) for rid, n, w in items
              if client_id is not None and snap.refs[kind][rid].get("client_id") in (client_id, None)]
        ids = sorted({rid for rid, _, _ in ok})
        if kind in (RefKind.COMPLETION_CERTIFICATE.value, RefKind.HANDOVER.value):
            certs.extend(ids)
            continue
        if len(ids) == 1:
            rid, number, where = next(x for x in ok if x[0] == ids[0])
            links[f"{kind}_id"] = rid
            evidence.append(Evidence(kind, number, where, f"{kind}:{rid}", W_REF_FIELD if where != "pdf text"
                                     else W_REF_TEXT))
            cost = cost or snap.refs[kind][rid].get("cost_centre")
    # Links implied by what was found: an order names its contract and project, a contract its project.
    for kind in ("delivery_note", "order", "contract"):
        link = links.get(f"{kind}_id")
        if link is None:
            continue
        ref = snap.refs[kind][link]
        for implied in ("order_id", "contract_id", "project_id"):
            if ref.get(implied) and implied not in links:
                links[implied] = str(ref[implied])
                evidence.append(Evidence(implied[:-3], str(ref[implied]), f"{kind} {ref.get('number')}",
                                         f"{implied[:-3]}:{ref[implied]}", 0.0))
    if client_id is not None and model is not None and model.size:
        for target in ("project_id", "cost_centre"):
            if target in links or (target == "cost_centre" and cost):
                continue
            guess = model.predict(feats, target, client_id=client_id)
            if guess.value and guess.score >= 0.35:
                if target == "cost_centre":
                    cost = guess.value
                else:
                    links[target] = guess.value
                label = target.removesuffix("_id")
                evidence.append(Evidence("learned", f"{guess.support} confirmed similar invoice(s), score "
                                         f"{guess.score}", "confirmed assignments", f"{label}:{guess.value}",
                                         W_LEARNED * guess.score))
    return links, tuple(evidence), tuple(sorted(set(certs))), cost


def result_to_wire(result: MatchResult) -> dict[str, Any]:
    """The ``match`` object of ``invoice.matched.v1`` (the first four keys are the v1 originals)."""
    return {
        "client_id": result.client_id,
        "client_name": result.client_name,
        "confidence": result.confidence,
        "explanation": result.explanation,
        "status": result.status,
        "evidence": [e.as_dict() for e in result.evidence],
        "candidates": [
            {"client_id": c.client_id, "client_name": c.client_name, "confidence": c.confidence,
             "points": round(c.points, 3), "evidence": [e.as_dict() for e in c.evidence]}
            for c in result.candidates
        ],
        "project_id": result.links.get("project_id"),
        "contract_id": result.links.get("contract_id"),
        "order_id": result.links.get("order_id"),
        "delivery_note_id": result.links.get("delivery_note_id"),
        "certificate_ids": list(result.certificate_ids),
        "cost_centre": result.cost_centre,
    }

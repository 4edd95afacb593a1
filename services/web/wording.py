"""What the pipeline stored as English or as codes, worded for a person in the reader's language: the
match explanation (rebuilt from the match's status, candidates and evidence), the parse warnings
(recognised by their shape, amounts and dates in the reader's notation), an audit entry's details, and
the field-by-field comparison of two versions. Pure, like ``presentation.py``; a text it does not
recognise is shown as it is rather than hidden.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from services.web.i18n import CATALOGUES, DEFAULT_LANGUAGE
from services.web.presentation import code_label, format_amount, format_date, format_size, translate

AMOUNT_FIELDS = frozenset({"net_total", "vat_total", "gross_total"})
DATE_FIELDS = frozenset({"issue_date", "fulfilment_date", "due_date"})

_CONFLICT = re.compile(r"^(?P<field>[\w.]+): (?P<sa>\S+) says (?P<a>.+), (?P<sb>\S+) says (?P<b>.+); "
                       r"kept (?P<kept>.+)$")
_SUM = re.compile(r"^(?P<field>\w+): the (?P<what>lines|VAT breakdown|net \+ VAT) sum to (?P<parts>\S+), "
                  r"the invoice says (?P<total>\S+)$")
_NO_OCR = re.compile(r"^page (?P<page>\d+) is an image without a text layer and no OCR engine was available$")
_OCR_LIMIT = re.compile(r"^page (?P<page>\d+) was not read: only (?P<limit>\d+) image pages are OCR'd$")
_EMBEDDED = re.compile(r"^embedded file (?P<name>.+?) was not read: (?P<reason>.+)$")
_NAME = re.compile(r"^(?P<ours>.*) ~ (?P<theirs>.*) \((?P<score>\d+)%(?:, legal form (?P<a>\S+) ≠ (?P<b>\S+))?\)$")
_LEARNED = re.compile(r"^(?P<count>\d+) confirmed similar invoice\(s\), score (?P<score>[\d.]+)$")
_NO_CLIENT = re.compile(r"^no client matches (?P<who>.+)$")


def _known(lang: str, key: str) -> bool:
    return key in (CATALOGUES.get(lang) or {}) or key in CATALOGUES[DEFAULT_LANGUAGE]


def _decimal_comma(text: str, lang: str) -> str:
    return text.replace(".", ",") if lang == "hu" else text


def field_value(field: str, value: Any, currency: str | None, lang: str) -> str:
    """A field's value in the reader's notation: amounts grouped with the currency, dates, the rest as is."""
    if value is None or value == "":
        return ""
    name = field.rsplit(".", 1)[-1]
    if name in AMOUNT_FIELDS:
        return format_amount(value, currency, lang)
    if name in DATE_FIELDS:
        return format_date(value, lang)
    return str(value)


def warning_sentence(text: str, lang: str = "hu", currency: str | None = None) -> str:
    """A parse warning as a sentence in ``lang``; one of an unknown shape as it is."""
    say = partial(translate, lang)
    if m := _CONFLICT.match(text):
        f = m["field"]
        return say("warning.conflict", field=code_label(lang, "field", f), source_a=code_label(lang, "reader", m["sa"]),
                   source_b=code_label(lang, "reader", m["sb"]), a=field_value(f, m["a"], currency, lang),
                   b=field_value(f, m["b"], currency, lang), kept=field_value(f, m["kept"], currency, lang))
    if m := _SUM.match(text):
        f = m["field"]
        return say("warning.sum", field=code_label(lang, "field", f), what=code_label(lang, "warning.sum", m["what"]),
                   parts=field_value(f, m["parts"], currency, lang), total=field_value(f, m["total"], currency, lang))
    if m := _NO_OCR.match(text):
        return say("warning.no_ocr", page=m["page"])
    if m := _OCR_LIMIT.match(text):
        return say("warning.ocr_limit", page=m["page"], limit=m["limit"])
    if m := _EMBEDDED.match(text):
        return say("warning.embedded", name=m["name"], reason=m["reason"])
    return text


def evidence_phrase(evidence: Mapping[str, Any], lang: str = "hu") -> str:
    """One piece of match evidence: what it is, its value, where it was found."""
    kind, value, where = str(evidence.get("kind") or ""), str(evidence.get("value") or ""), evidence.get("where")
    if kind == "name" and (m := _NAME.match(value)):
        legal = translate(lang, "match.legal_form", ours=m["a"], theirs=m["b"]) if m["a"] else ""
        value = translate(lang, "match.name_score", ours=m["ours"], theirs=m["theirs"], score=m["score"], legal=legal)
    elif kind == "learned" and (m := _LEARNED.match(value)):
        value = translate(lang, "match.learned", count=m["count"], score=_decimal_comma(m["score"], lang))
    label = code_label(lang, "evidence", kind)
    place = code_label(lang, "where", str(where)) if where else ""
    return f"{label}: {value}" + (f" ({place})" if place and place != label else "")


def _percent(confidence: Any) -> int:
    try:
        return round(float(confidence or 0) * 100)
    except (TypeError, ValueError):
        return 0


def match_sentence(match: Mapping[str, Any], lang: str = "hu") -> str:
    """Why the invoice belongs to its client (or to none), from the match's parts; a match stored without
    a status (older records) keeps its stored explanation."""
    status = match.get("status")
    evidence = list(match.get("evidence") or [])
    confirmed = [e for e in evidence if e.get("kind") == "confirmed"]
    if confirmed and str(match.get("explanation") or "").startswith("confirmed by "):
        last = confirmed[-1]
        return translate(lang, "match.why.confirmed", actor=last.get("where") or "", reason=last.get("value") or "")
    candidates = list(match.get("candidates") or [])
    top = candidates[0] if candidates else {}
    because = "; ".join(evidence_phrase(e, lang) for e in evidence) or "—"
    if status == "auto" and match.get("client_id"):
        return translate(lang, "match.why.auto", client=match.get("client_name") or match.get("client_id"),
                         evidence=because)
    if status == "ambiguous":
        names = ", ".join(f"{c.get('client_name') or c.get('client_id')} ({_percent(c.get('confidence'))}%)"
                          for c in candidates[:3])
        return translate(lang, "match.why.ambiguous", names=names)
    if status == "weak" and top:
        return translate(lang, "match.why.weak", client=top.get("client_name") or top.get("client_id"),
                         confidence=_percent(top.get("confidence")),
                         evidence="; ".join(evidence_phrase(e, lang) for e in top.get("evidence") or []) or "—")
    if status == "unmatched":
        if top:
            return translate(lang, "match.why.unmatched_weak", client=top.get("client_name") or top.get("client_id"),
                             confidence=_percent(top.get("confidence")))
        found = _NO_CLIENT.match(str(match.get("explanation") or ""))
        named = found["who"] if found and found["who"] != "the counterparty" else None
        who = named or translate(lang, "match.why.counterparty")
        return translate(lang, "match.why.unmatched", who=who)
    return str(match.get("explanation") or "")


def review_why(item: Mapping[str, Any], lang: str = "hu") -> str:
    """Why a review item waits: the rules that held it, or the match's status, confidence and the
    sentence ``match_sentence`` makes of it (the stored ``reason`` is English)."""
    match = item.get("match") or {}
    if item.get("kind") == "approval":
        rules = ", ".join(str(h.get("name") or h.get("rule_id")) for h in match.get("rule_hits") or [])
        return translate(lang, "review.why.approval", rules=rules or "—")
    status = str(match.get("status") or "")
    return translate(lang, "review.why.match", status=translate(lang, f"review.match.{status}"),
                     confidence=_percent(match.get("confidence")), explanation=match_sentence(match, lang))


def detail_value(key: str, value: Any, lang: str, currency: str | None = None) -> str:
    if isinstance(value, bool):
        return translate(lang, "detail.yes" if value else "detail.no")
    if key == "source":
        return code_label(lang, "source", str(value))
    if key == "how":
        return code_label(lang, "detail.how", str(value))
    if key == "kind":
        return code_label(lang, "review.kind", str(value))
    if key == "size" and isinstance(value, int):
        return format_size(value, lang)
    if key in ("amount", "paid_total", "gross_total") and not isinstance(value, (list, dict)):
        # with the invoice's currency where the page knows it, else the number alone, grouped
        return format_amount(value, currency, lang) if currency else format_amount(value, "XXX", lang)[:-4]
    if key in ("date", "retain_until", "from", "to") and isinstance(value, str):
        return format_date(value, lang)
    if key == "sha256" and isinstance(value, str) and len(value) > 16:
        return value[:12] + "…"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def details_words(details: Any, lang: str = "hu", currency: str | None = None) -> str:
    """An audit entry's details on one line, keys and known codes in ``lang``; empty values left out."""
    if not details:
        return ""
    if not isinstance(details, dict):
        return str(details)
    parts = []
    for key, value in details.items():
        if value in (None, "", [], {}):
            continue
        name = translate(lang, f"detail.{key}") if _known(lang, f"detail.{key}") else key
        parts.append(f"{name}: {detail_value(key, value, lang, currency)}")
    return ", ".join(parts)


# The fields a version records of its invoice (``core/stages/archive.py::version_fields``), in page order.
COMPARED = ("number", "kind", "direction", "issue_date", "fulfilment_date", "due_date", "currency", "net_total",
            "vat_total", "gross_total", "seller_name", "seller_tax_number", "buyer_name", "buyer_tax_number")
LABELLED = {"kind": "kind", "direction": "invoice.direction"}  # fields whose value is a code


@dataclass(frozen=True)
class FieldRow:
    field: str
    values: tuple[str, ...]  # one per version, oldest first; "" where not recorded
    changed: bool


def compare_versions(versions: Sequence[Mapping[str, Any]], lang: str = "hu") -> list[FieldRow]:
    """Every compared field across the versions (each version's ``fields``), formatted; ``changed`` when
    two versions that both recorded it disagree. Versions archived before fields were recorded show ""."""
    rows = []
    for name in COMPARED:
        raw = [(v.get("fields") or {}).get(name) for v in versions]
        if all(x in (None, "") for x in raw):
            continue
        shown = tuple(code_label(lang, LABELLED[name], str(x)) if name in LABELLED and x not in (None, "")
                      else field_value(name, x, (v.get("fields") or {}).get("currency"), lang)
                      for x, v in zip(raw, versions, strict=True))
        recorded = {str(x) for x, v in zip(raw, versions, strict=True) if v.get("fields")}
        rows.append(FieldRow(name, shown, len(recorded) > 1))
    return rows

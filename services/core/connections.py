"""Billingo and Számlázz.hu connections as data: what an administrator may set, what the API
shows (never a credential), and what a test fetch tells them, in Hungarian and English."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from services.core.billing_import import DEFAULT_DOCUMENT_KINDS
from services.core.errors import SchemaViolationError
from services.core.invoice import InvoiceKind

KINDS = ("billingo", "szamlazz")
CREDENTIALS: dict[str, tuple[str, ...]] = {"billingo": ("api_key",), "szamlazz": ("agent_key", "push_key")}
DEFAULT_URLS = {"billingo": "https://api.billingo.hu/v3", "szamlazz": "https://www.szamlazz.hu/szamla/"}
PUSH_KEY_MAX = 40  # Számlázz.hu: the identification key is at most 40 characters
SERVICE_NAMES = {"billingo": "Billingo", "szamlazz": "Számlázz.hu"}
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{2,62}$")
_SETTABLE = ("site", "name", "base_url", "document_kinds", "import_since", "enabled")


def _fail(message: str) -> SchemaViolationError:
    return SchemaViolationError(message)


def check_base_url(url: str, allowed_prefixes: Sequence[str]) -> str:
    """Only the official endpoints or a configured allowlist (local emulators): no SSRF through a
    connection setting (DESIGN §7)."""
    clean = url.strip()
    if not any(clean.startswith(prefix) for prefix in allowed_prefixes):
        raise _fail(f"base_url {clean!r} is not allowed; allowed: {', '.join(allowed_prefixes)}")
    return clean


def validate_settings(
    kind: str, body: Mapping[str, Any], *, allowed_url_prefixes: Sequence[str], creating: bool
) -> tuple[dict[str, Any], dict[str, str]]:
    """(plain settings to store, credentials to seal) from a create or change request. On a change,
    only the given fields are returned."""
    if kind not in KINDS:
        raise _fail(f"kind must be one of {', '.join(KINDS)} (own-system connections: "
                    "`szamlatar connection create-own-system`)")
    unknown = set(body) - {*_SETTABLE, *CREDENTIALS[kind], "kind", "id"}
    if unknown:
        raise _fail(f"unknown fields: {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    if "site" in body or creating:
        site = str(body.get("site") or "default").strip()
        if not 1 <= len(site) <= 64:
            raise _fail("site must be 1..64 characters")
        out["site"] = site
    if "name" in body or creating:
        out["name"] = str(body.get("name") or SERVICE_NAMES[kind]).strip()[:120]
    if "base_url" in body or creating:
        out["base_url"] = check_base_url(str(body.get("base_url") or DEFAULT_URLS[kind]), allowed_url_prefixes)
    if "document_kinds" in body or creating:
        kinds = body.get("document_kinds", list(DEFAULT_DOCUMENT_KINDS))
        valid = {k.value for k in InvoiceKind}
        if not isinstance(kinds, list) or not kinds or any(k not in valid for k in kinds):
            raise _fail(f"document_kinds must be a non-empty list of: {', '.join(sorted(valid))}")
        out["document_kinds"] = sorted(set(kinds))
    if "import_since" in body or creating:
        raw = body.get("import_since")
        try:
            out["import_since"] = date.fromisoformat(str(raw)).isoformat() if raw else None
        except ValueError as exc:
            raise _fail("import_since must be a date (YYYY-MM-DD)") from exc
    if "enabled" in body or creating:
        out["enabled"] = bool(body.get("enabled", True))
    secrets: dict[str, str] = {}
    for name in CREDENTIALS[kind]:
        value = body.get(name)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise _fail(f"{name} must be a non-empty string")
        secrets[name] = value.strip()
    if "agent_key" in secrets:
        secrets["agent_key"] = secrets["agent_key"].lower()  # "the system accepts the key only in lowercase"
    if len(secrets.get("push_key", "")) > PUSH_KEY_MAX:
        raise _fail(f"push_key is at most {PUSH_KEY_MAX} characters (Számlázz.hu's limit)")
    if creating:
        required = "api_key" if kind == "billingo" else "agent_key"
        if required not in secrets:
            raise _fail(f"{required} is required for a {SERVICE_NAMES[kind]} connection")
    return out, secrets


def check_connection_id(value: str) -> str:
    if not _ID.match(value):
        raise _fail("id: 3..63 lower-case letters, digits, '-' or '_'")
    return value


def public_view(doc: Mapping[str, Any], push_url: str | None = None) -> dict[str, Any]:
    """What the API shows: settings and which credentials are set — never their values."""
    creds = doc.get("credentials") or {}
    view = {
        "id": doc["_id"],
        "kind": doc.get("kind"),
        "tenant": doc.get("tenant"),
        "site": doc.get("site"),
        "name": doc.get("name"),
        "base_url": doc.get("base_url"),
        "document_kinds": doc.get("document_kinds"),
        "import_since": doc.get("import_since"),
        "enabled": doc.get("enabled", True),
        "credentials_set": sorted(creds) if doc.get("kind") in KINDS else (["webhook_secret"] if doc.get("secrets")
                                                                            else []),
        "last_test": doc.get("last_test"),
        "created_at": doc.get("created_at"),
        "updated_at": doc.get("updated_at"),
    }
    if doc.get("kind") == "szamlazz" and push_url:
        view["push_url"] = push_url
    if doc.get("backfill_job"):  # the latest history back-fill's id (core/backfill.py)
        view["backfill_job"] = doc["backfill_job"]
    return view


# --- test fetch ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchOutcome:
    """What a test fetch saw; ``reason`` is None when it worked."""

    reason: str | None = None  # wrong_key | no_subscription | rate_limited | unreachable | maintenance | unexpected
    found: int | None = None  # invoices in the window
    total: int | None = None  # invoices the account holds (Billingo) / has sent us (Számlázz.hu)
    retry_after: float | None = None
    detail: str | None = None
    read_only: bool | None = None  # Billingo: the key cannot write payments back
    days: int = 30
    more: bool = False  # NAV, pull: only the first page was read, and there are more
    notes: tuple[str, ...] = field(default_factory=tuple)


def _sec(value: float | None) -> str:
    return str(int(value)) if value else "néhány"


# The systems a test fetch reaches beyond the billing services, as its sentences name them.
TESTED_NAMES = {**SERVICE_NAMES, "nav": "NAV Online Számla", "pull": "saját rendszer"}
# What to check when the credentials are refused, per kind (hu, en).
_CHECK_KEY = {
    "billingo": ("Billingo → Beállítások → API kulcsok.", "Billingo → Settings → API keys."),
    "szamlazz": ("a fiók Számla Agent kulcsát.", "the account's Számla Agent key."),
    "nav": ("a technikai felhasználó nevét, jelszavát, aláíró- és cserekulcsát.",
            "the technical user's login, password, signature and exchange keys."),
    "pull": ("az Authorization értéket vagy az OAuth-kliens adatait.",
             "the Authorization value or the OAuth client's settings."),
}


def _found_sentence(kind: str, outcome: FetchOutcome) -> tuple[str, str]:
    """What a working test fetch found, in Hungarian and English."""
    found, days = outcome.found or 0, outcome.days
    s = "s" if found != 1 else ""
    if kind == "szamlazz":
        return (f"A Számla Agent kulcs érvényes; {found} számla érkezett az elmúlt {days} napban.",
                f"The Számla Agent key works; {found} invoice{s} arrived in the last {days} days.")
    if kind == "nav":
        more_hu, more_en = (" (legalább ennyi: csak az első oldalt kértük le)", " (at least: only the first "
                            "page was read)") if outcome.more else ("", "")
        return (f"A NAV technikai felhasználó érvényes; {found} kiállított számla az elmúlt {days} napban{more_hu}.",
                f"The NAV technical user works; {found} invoice{s} issued in the last {days} days{more_en}.")
    if kind == "pull":
        more_hu, more_en = ((", és további oldalak is vannak", ", and there are more pages") if outcome.more
                            else ("", ""))
        return (f"A lista elérhető; az első oldalán {found} tétel{more_hu}.",
                f"The list answers; {found} item{s} on its first page{more_en}.")
    hu, en = f"{found} számla az elmúlt {days} napban", f"{found} invoice{s} in the last {days} days"
    if outcome.total is not None and outcome.total != found:
        hu, en = hu + f" (összesen {outcome.total})", en + f" ({outcome.total} in all)"
    return hu, en


def describe_test(kind: str, outcome: FetchOutcome) -> dict[str, Any]:
    """The answer an administrator reads after saving: what was found, or why nothing was."""
    service = TESTED_NAMES.get(kind, kind)
    check_hu, check_en = _CHECK_KEY.get(kind, _CHECK_KEY["szamlazz"])
    reasons: dict[str, tuple[str, str]] = {
        "wrong_key": (f"Hibás hitelesítés: a(z) {service} elutasította; ellenőrizze {check_hu}"
                      if kind in ("nav", "pull") else f"Hibás kulcs: a {service} elutasította; ellenőrizze: {check_hu}",
                      f"Wrong credentials: {service} refused them; check {check_en}"
                      if kind in ("nav", "pull") else f"Wrong key: {service} refused it; check {check_en}"),
        "url_refused": (
            "A cím nem engedélyezett: nem szerepel az engedélyezett hosztok között, vagy belső címre mutat"
            + (f" ({outcome.detail})" if outcome.detail else "") + ".",
            "The address is not allowed: its host is not on the allowed list, or it points at an internal address"
            + (f" ({outcome.detail})" if outcome.detail else "") + ".",
        ),
        "no_subscription": (
            f"A {service} előfizetés nem tartalmaz API-hozzáférést, vagy lejárt / nincs kifizetve.",
            f"The {service} subscription does not include API access, or it expired / is unpaid.",
        ),
        "rate_limited": (
            f"Túl sok kérés: a {service} átmenetileg korlátozza a hívásokat; próbálja újra "
            f"{_sec(outcome.retry_after)} másodperc múlva.",
            f"Rate limited: {service} is throttling calls; try again in "
            f"{int(outcome.retry_after) if outcome.retry_after else 'a few'} seconds.",
        ),
        "unreachable": (
            f"A {service} nem érhető el" + (f" ({outcome.detail})" if outcome.detail else "") + ".",
            f"{service} cannot be reached" + (f" ({outcome.detail})" if outcome.detail else "") + ".",
        ),
        "maintenance": (
            f"A {service} karbantartás miatt átmenetileg nem elérhető; próbálja újra később.",
            f"{service} is down for maintenance; try again later.",
        ),
        "unexpected": (
            f"Váratlan válasz a {service} felől" + (f": {outcome.detail}" if outcome.detail else "") + ".",
            f"Unexpected answer from {service}" + (f": {outcome.detail}" if outcome.detail else "") + ".",
        ),
    }
    warnings: list[dict[str, str]] = []
    if outcome.read_only:
        warnings.append({
            "hu": "A kulcs csak olvasásra jogosult: a Számlatárban rögzített fizetések nem írhatók vissza a "
                  "Billingóba (ehhez 'Írás' jogú kulcs kell).",
            "en": "The key is read-only: payments recorded in Számlatár cannot be written back to Billingo "
                  "(that needs a key with the 'Írás' / write scope).",
        })
    if outcome.reason is not None:
        hu, en = reasons.get(outcome.reason, reasons["unexpected"])
        return {"ok": False, "reason": outcome.reason, "found": None, "message": {"hu": hu, "en": en},
                "warnings": warnings}
    hu, en = _found_sentence(kind, outcome)
    return {"ok": True, "reason": None, "found": outcome.found or 0, "total": outcome.total,
            "message": {"hu": hu, "en": en}, "warnings": warnings}

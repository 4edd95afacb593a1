"""Pure presentation helpers for the web UI: Hungarian number and date notation, pagination
maths, message lookup, input parsing and the client-card totals. No I/O, no clock."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from services.core.access import EVERY_SITE
from services.core.client_card import as_decimal
from services.web.i18n import CATALOGUES, DEFAULT_LANGUAGE, LANGUAGES

# The tzdata package (a direct dependency) supplies the zone where the machine has none.
LOCAL_TZ = ZoneInfo("Europe/Budapest")

CURRENCY_SUFFIX = {"HUF": "Ft"}


def translate(lang: str, key: str, **values: Any) -> str:
    """The message for ``key`` in ``lang``; Hungarian, then the key itself, as fallbacks."""
    catalogue = CATALOGUES.get(lang) or CATALOGUES[DEFAULT_LANGUAGE]
    text = catalogue.get(key) or CATALOGUES[DEFAULT_LANGUAGE].get(key) or key
    return text.format(**values) if values else text


def code_label(lang: str, prefix: str, code: str | None) -> str:
    """A code (an audit action, a source kind, a payment status) as the catalogue words it under
    ``prefix``; a code the catalogues do not know is shown as it is, rather than as its key."""
    if not code:
        return ""
    key = f"{prefix}.{code}"
    catalogue = CATALOGUES.get(lang) or CATALOGUES[DEFAULT_LANGUAGE]
    return catalogue.get(key) or CATALOGUES[DEFAULT_LANGUAGE].get(key) or code


def choose_language(requested: str | None, cookie: str | None, user_language: str | None,
                    accept_language: str | None) -> str:
    """An explicit switch wins, then the cookie, then the user's setting, then the browser; else Hungarian."""
    for candidate in (requested, cookie, user_language):
        if candidate in LANGUAGES:
            return candidate
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LANGUAGES:
            return tag
    return DEFAULT_LANGUAGE


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def format_amount(value: Decimal | str | float | int | None, currency: str | None = "HUF",
                  lang: str = "hu") -> str:
    """``1234567`` HUF → ``1 234 567 Ft`` (hu) or ``1,234,567 HUF`` (en); decimals only when present."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    cur = (currency or "HUF").upper()
    unit = CURRENCY_SUFFIX.get(cur, cur) if lang == "hu" else cur
    return f"{_number_text(amount, lang, places=2)} {unit}"


def format_number(value: Decimal | str | float | int | None, lang: str = "hu") -> str:
    """A plain figure (match points): ``1234.5`` → ``1 234,5`` (hu) or ``1,234.5`` (en)."""
    if value is None or value == "":
        return ""
    try:
        return _number_text(Decimal(str(value)), lang)
    except InvalidOperation:
        return str(value)


def _number_text(amount: Decimal, lang: str, places: int | None = None) -> str:
    """Grouped digits with the language's marks; the fraction as given (or to ``places``), when any."""
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    whole = int(amount)
    thousands, decimal_mark = (" ", ",") if lang == "hu" else (",", ".")
    text = _group(str(whole), thousands)
    if amount - whole:
        fixed = amount.quantize(Decimal(1).scaleb(-places)) if places is not None else amount.normalize()
        text = f"{text}{decimal_mark}{f'{fixed:f}'.split('.')[1]}"
    return f"{sign}{text}"


def as_date(value: date | datetime | str | None) -> date | None:
    """A stored date (a date, a datetime or an ISO text) as a date; ``None`` when there is none."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def format_date(value: date | datetime | str | None, lang: str = "hu") -> str:
    """``2025-09-08`` → ``2025. 09. 08.`` in Hungarian, ISO in English; unparseable text as is."""
    day = as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return f"{day.year}. {day.month:02d}. {day.day:02d}." if lang == "hu" else day.isoformat()


def format_datetime(value: datetime | str | None, lang: str = "hu") -> str:
    """An instant in Budapest local time: ``2025. 09. 08. 14:03:12`` (hu), ``2025-09-08 14:03:12`` (en)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone(LOCAL_TZ)
    return f"{format_date(local.date(), lang)} {local:%H:%M:%S}"


def format_size(size: int | None, lang: str = "hu") -> str:
    """``23962`` → ``23,4 KiB`` in Hungarian (decimal comma), ``23.4 KiB`` in English."""
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    text, unit = (f"{size / 1024:.1f}", "KiB") if size < 1024 * 1024 else (f"{size / 1024 / 1024:.1f}", "MiB")
    return f"{text.replace('.', ',') if lang == 'hu' else text} {unit}"


_DATE_FORMS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?$"),
)


def previous_month(today: date) -> tuple[date, date]:
    """The last full calendar month — the period a monthly VAT return covers, so the NAV check's default."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def parse_date_input(text: str | None) -> date | None:
    """A date typed into a filter: ISO (what ``<input type=date>`` sends) or ``2025. 09. 08.``.
    Empty → None; anything else raises ValueError."""
    text = (text or "").strip()
    if not text:
        return None
    for form in _DATE_FORMS:
        m = form.match(text)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(text)


def parse_amount_input(text: str | None) -> Decimal | None:
    """An amount typed into a filter: ``1 234 567``, ``1234567,5``, ``1.234.567`` … Empty → None;
    a negative or malformed amount raises ValueError."""
    raw = (text or "").strip()
    if not raw:
        return None
    cleaned = re.sub(r"[\s\u00a0\u202f]|Ft$|HUF$", "", raw, flags=re.IGNORECASE)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", cleaned):  # 1.234.567 or 1.234,5
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", cleaned):
        raise ValueError(raw)
    return Decimal(cleaned)


@dataclass(frozen=True)
class Pagination:
    page: int
    page_size: int
    total: int
    pages: int

    @property
    def skip(self) -> int:
        return (self.page - 1) * self.page_size

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    def window(self, radius: int = 2) -> list[int | None]:
        """Page numbers to link: first, last and ``radius`` around the current one; None is a gap."""
        wanted = {1, self.pages, *range(self.page - radius, self.page + radius + 1)}
        shown = sorted(p for p in wanted if 1 <= p <= self.pages)
        out: list[int | None] = []
        for p in shown:
            if out and p - (out[-1] or 0) > 1:
                out.append(None)
            out.append(p)
        return out


def paginate(total: int, page: int, page_size: int) -> Pagination:
    """Clamp ``page`` into 1‥pages (one empty page when nothing was found)."""
    size = max(1, page_size)
    pages = max(1, -(-max(0, total) // size))
    return Pagination(page=min(max(1, page), pages), page_size=size, total=max(0, total), pages=pages)


def paid_amount(state: Mapping[str, Any]) -> Decimal:
    """What a payment state says was paid: its ``paid_total``, else the sum of its payments."""
    stored = as_decimal(state.get("paid_total"))
    if stored is not None:
        return stored
    return sum((as_decimal(p.get("amount")) or Decimal(0) for p in state.get("payments") or []), Decimal(0))


def safe_next(target: str | None, default: str = "/ui/") -> str:
    """Only a local UI path may be a post-login redirect (no open redirect)."""
    if not target or not target.startswith("/ui/") or target.startswith("//") or "\\" in target:
        return default
    if any(ch in target for ch in "\r\n"):
        return default
    return target


def csv_cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (a failed login's username is
    attacker-chosen and lands in the audit log): a leading = + - @ tab or CR gets a ``'``."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def beyond_message(beyond: Sequence[str], lang: str = "en") -> str:
    """Why a grant or a change reaching the sites ``beyond`` a principal's scope was refused
    (``core/access.sites_beyond``): for an API answer, which speaks English."""
    if EVERY_SITE in beyond:
        return translate(lang, "access.every_site")
    return translate(lang, "access.sites_beyond", sites=", ".join(beyond))

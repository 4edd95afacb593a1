"""HTTP header values built from data (pure): a download's ``Content-Disposition``, a body's media
type, and the security headers every answer of the API and the UI carries.

A header value is text a client parses, so nothing taken from an invoice, a tenant or a request
reaches one unchecked: a line break would end the header (or start a forged one), and anything
outside Latin-1 cannot be sent at all — both used to make a PDF download fail.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from collections.abc import Collection
from urllib.parse import quote

MAX_FILENAME_CHARS = 150  # ample for an invoice number, and keeps the header far below server limits
# RFC 5987 attr-char beyond what ``quote`` keeps anyway (letters, digits, "_.-~"): sent as they are.
_ATTR_CHAR_EXTRA = "!#$&+^`|"
# Characters that may be dropped from a name or would make it a path: Unicode controls, format
# characters, line and paragraph separators (Cc, Cf, Zl, Zp), and both slashes.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def safe_filename(name: str, fallback: str = "download") -> str:
    """``name`` with control and format characters, line breaks and slashes each replaced by ``_``,
    outer whitespace trimmed and the stem cut so the whole stays within ``MAX_FILENAME_CHARS``
    (the extension kept). An empty result becomes ``fallback``."""
    cleaned = "".join("_" if unicodedata.category(c) in _UNSAFE_CATEGORIES or c in "/\\" else c
                      for c in name).strip()
    if len(cleaned) > MAX_FILENAME_CHARS:
        stem, dot, ext = cleaned.rpartition(".")
        keep = ext if dot and stem and len(ext) <= 10 else ""
        cleaned = cleaned[:MAX_FILENAME_CHARS - len(keep) - (1 if keep else 0)] + (f".{keep}" if keep else "")
    return cleaned or fallback


def ascii_filename(name: str) -> str:
    """The plain-ASCII stand-in for ``filename=`` (RFC 6266 §4.3): accents dropped (``Ő`` → ``O``), any
    other non-ASCII character, a quote, a backslash or ``%`` (which some clients decode) → ``_``."""
    decomposed = unicodedata.normalize("NFKD", safe_filename(name))
    out = []
    for c in decomposed:
        if unicodedata.combining(c):
            continue
        out.append(c if " " <= c <= "~" and c not in '"\\%' else "_")
    return "".join(out)


def content_disposition(filename: str, disposition: str = "attachment") -> str:
    """``attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded UTF-8>`` (RFC 6266 with
    RFC 5987 encoding): clients that read ``filename*`` get the real name, older ones the stand-in.
    Always ASCII, never a line break, whatever ``filename`` holds."""
    if disposition not in ("attachment", "inline"):
        raise ValueError(f"disposition: attachment or inline, not {disposition!r}")
    name = safe_filename(filename)
    encoded = quote(name, safe=_ATTR_CHAR_EXTRA, encoding="utf-8")
    return f"{disposition}; filename=\"{ascii_filename(name)}\"; filename*=UTF-8''{encoded}"


# --- request bodies ----------------------------------------------------------------------------------


def media_type(header: str | None) -> tuple[str, dict[str, str]]:
    """A ``Content-Type`` value as (``type/subtype`` lower-cased, parameters with lower-cased names and
    unquoted values). A missing header is ``("", {})``."""
    main, *params = (header or "").split(";")
    parsed: dict[str, str] = {}
    for param in params:
        key, sep, value = param.partition("=")
        if sep:
            parsed[key.strip().lower()] = value.strip().strip('"')
    return main.strip().lower(), parsed


def unsupported_media_type(header: str | None, accepted: Collection[str]) -> str | None:
    """Why a request body of this ``Content-Type`` is refused, or None when it is one of ``accepted``.
    A charset, when given, must be UTF-8: JSON is UTF-8 (RFC 8259), and so is what we read from a form."""
    kind, params = media_type(header)
    if kind not in accepted:
        shown = kind or "none"
        return f"Content-Type {shown} is not accepted; send {' or '.join(sorted(accepted))}"
    charset = params.get("charset")
    if charset is not None and charset.lower() not in ("utf-8", "utf8"):
        return f"charset {charset} is not accepted; send UTF-8"
    return None


# --- security headers --------------------------------------------------------------------------------

# The UI's templates hold no inline script, style or event handler and load only /ui/static: so
# everything from our own origin, nothing inline, no plugins, no framing, forms post only to us.
CONTENT_SECURITY_POLICY = ("default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                           "frame-ancestors 'none'")
HSTS = "max-age=31536000"  # no includeSubDomains: other hosts of the same domain are not ours to decide


def security_headers(*, https: bool) -> dict[str, str]:
    """The headers every answer carries; HSTS only over https (a browser ignores it over http, and
    sending it there would claim something this server cannot see)."""
    headers = {
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
    }
    if https:
        headers["Strict-Transport-Security"] = HSTS
    return headers


_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def inline_script_sources(html: str) -> list[str]:
    """A CSP ``'sha256-…'`` source for each inline ``<script>`` of ``html`` (CSP Level 2 hashes)."""
    return [f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
            for body in _INLINE_SCRIPT.findall(html)]


def docs_policy(html: str, cdn: str = "https://cdn.jsdelivr.net") -> str:
    """The policy of an API documentation page (Swagger UI, ReDoc): their bundles from ``cdn``, the
    page's own inline scripts by hash (never ``'unsafe-inline'`` for scripts), inline styles (the
    bundles set them), ReDoc's fonts and web worker. These pages show the OpenAPI document only."""
    scripts = " ".join(["'self'", cdn, *inline_script_sources(html)])
    return (f"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline' {cdn} "
            "https://fonts.googleapis.com; font-src 'self' https://fonts.gstatic.com; "
            "img-src 'self' data: https:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")

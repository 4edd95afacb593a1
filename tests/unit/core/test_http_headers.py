"""Header values built from data: Content-Disposition (RFC 6266 / 5987), body media types, security headers."""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import unquote

import pytest

from services.core.http_headers import (
    CONTENT_SECURITY_POLICY,
    MAX_FILENAME_CHARS,
    ascii_filename,
    content_disposition,
    docs_policy,
    inline_script_sources,
    media_type,
    safe_filename,
    security_headers,
    unsupported_media_type,
)

DISPOSITION = re.compile(r'^attachment; filename="([ -~]*)"; filename\*=UTF-8\'\'([A-Za-z0-9!#$&+^`|~%._-]*)$')


def _parts(header: str) -> tuple[str, str]:
    """(the ASCII fallback, the decoded filename*) — failing unless the header has exactly the RFC form."""
    found = DISPOSITION.fullmatch(header)
    assert found, header
    return found.group(1), unquote(found.group(2), encoding="utf-8", errors="strict")


@pytest.mark.parametrize("number,fallback,real", [
    ("SZ-2025/0042", "SZ-2025_0042.pdf", "SZ-2025_0042.pdf"),
    ("ŐSZI-ŰR-2025", "OSZI-UR-2025.pdf", "ŐSZI-ŰR-2025.pdf"),
    ("árvíztűrő tükörfúrógép", "arvizturo tukorfurogep.pdf", "árvíztűrő tükörfúrógép.pdf"),
    ("EUR-100€", "EUR-100_.pdf", "EUR-100€.pdf"),
    ("A-1\r\nSet-Cookie: x=1", "A-1__Set-Cookie: x=1.pdf", "A-1__Set-Cookie: x=1.pdf"),
    ("B\u2028C\u202eD\x00E\tF", "B_C_D_E_F.pdf", "B_C_D_E_F.pdf"),
    ('"quoted"\\back%20', "_quoted__back_20.pdf", '"quoted"_back%20.pdf'),
    ("2025;1 ,=x", "2025;1 ,=x.pdf", "2025;1 ,=x.pdf"),
])
def test_a_download_name_is_an_ascii_fallback_plus_the_utf8_name(number: str, fallback: str, real: str) -> None:
    header = content_disposition(f"{number}.pdf")
    header.encode("ascii")  # a header value that any server can send
    assert "\r" not in header and "\n" not in header
    assert _parts(header) == (fallback, real)


def test_nothing_is_left_for_an_empty_name_and_a_long_one_keeps_its_extension() -> None:
    assert _parts(content_disposition("")) == ("download", "download")
    assert _parts(content_disposition("\n\r")) == ("__", "__")
    long = safe_filename("Ő" * 400 + ".pdf")
    assert len(long) == MAX_FILENAME_CHARS and long.endswith("Ő.pdf")
    assert len(safe_filename("x" * 400)) == MAX_FILENAME_CHARS


def test_the_fallback_drops_accents_of_every_hungarian_letter() -> None:
    assert ascii_filename("ÁÉÍÓÖŐÚÜŰ áéíóöőúüű") == "AEIOOOUUU aeiooouuu"


def test_inline_is_allowed_and_anything_else_is_refused() -> None:
    assert content_disposition("a.pdf", "inline").startswith('inline; filename="a.pdf"')
    with pytest.raises(ValueError):
        content_disposition("a.pdf", "attachment\r\nX-Evil: 1")


def test_media_types_are_read_case_insensitively_with_their_parameters() -> None:
    assert media_type('Application/JSON; Charset="UTF-8"') == ("application/json", {"charset": "UTF-8"})
    assert media_type("multipart/form-data; boundary=abc") == ("multipart/form-data", {"boundary": "abc"})
    assert media_type(None) == ("", {})


@pytest.mark.parametrize("header,refused", [
    ("application/json", False),
    ("application/json; charset=utf-8", False),
    ("APPLICATION/JSON;charset=UTF-8", False),
    ("multipart/form-data; boundary=x", False),
    (None, True),
    ("", True),
    ("text/plain", True),
    ("application/x-www-form-urlencoded", True),
    ("application/json-patch+json", True),
    ("application/jsonx", True),
    ("application/json; charset=latin-1", True),
    ("application/xml", True),
])
def test_only_the_accepted_body_types_in_utf8_pass(header: str | None, refused: bool) -> None:
    reason = unsupported_media_type(header, ("application/json", "multipart/form-data"))
    assert (reason is not None) == refused
    if refused:
        assert "application/json" in reason or "UTF-8" in reason  # the message says what to send


def test_security_headers_forbid_framing_sniffing_and_foreign_content_and_hsts_only_over_https() -> None:
    plain = security_headers(https=False)
    assert plain["X-Frame-Options"] == "DENY"
    assert plain["X-Content-Type-Options"] == "nosniff"
    assert plain["Referrer-Policy"] in ("same-origin", "no-referrer")
    assert "Strict-Transport-Security" not in plain
    directives = dict(d.strip().split(" ", 1) for d in CONTENT_SECURITY_POLICY.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "unsafe" not in CONTENT_SECURITY_POLICY
    assert security_headers(https=True)["Strict-Transport-Security"].startswith("max-age=")


def test_a_docs_page_may_run_exactly_its_own_inline_scripts() -> None:
    html = "<script src='x.js'></script><script>\nconst a = 1;\n</script><p>x</p><script>b()</script>"
    expected = [f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                for s in ("\nconst a = 1;\n", "b()")]
    assert inline_script_sources(html) == expected
    policy = docs_policy(html)
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert all(h in script_src for h in expected)
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    assert "frame-ancestors 'none'" in policy

"""Security headers on every answer of the API and the UI; a strict CSP the UI needs nothing beyond."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from fastapi.testclient import TestClient

from services.core.http_headers import inline_script_sources
from services.web.app import create_app
from services.web.deps import Ports
from services.web.ui.render import TEMPLATES
from tests.unit.web.edge.support import add_invoice, login

HEADERS = ("content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy")


def _answers(client: TestClient, ports: Ports) -> Iterator[tuple[str, Any]]:
    """One answer of each kind: pages, redirects, static files, JSON, errors, a streamed PDF."""
    add_invoice(ports, "inv-h", "SZ-H")
    for path in ("/ui/login", "/ui/invoices", "/ui/static/style.css", "/ui/static/app.js", "/healthz", "/metrics",
                 "/openapi.json", "/api/v1/invoices", "/no/such/page", "/docs", "/redoc"):
        yield path, client.get(path)
    yield "POST /api/v1/webhooks/x", client.post("/api/v1/webhooks/x", content=b"x")
    yield "failed login", login(client, "anna", "wrong")
    login(client, "anna")
    yield "search page", client.get("/ui/invoices")
    yield "422", client.get("/api/v1/invoices", params={"page": 0})
    yield "pdf", client.get("/api/v1/invoices/inv-h/pdf")


def test_every_answer_carries_the_security_headers_and_hsts_only_over_https(client: TestClient, ports: Ports) -> None:
    seen = set()
    for what, response in _answers(client, ports):
        seen.add(response.status_code)
        missing = [h for h in HEADERS if h not in response.headers]
        assert missing == [], f"{what} ({response.status_code}) lacks {missing}"
        assert response.headers["x-frame-options"] == "DENY", what
        assert response.headers["x-content-type-options"] == "nosniff", what
        assert response.headers["referrer-policy"] == "same-origin", what
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"], what
        assert "strict-transport-security" not in response.headers, what
    assert {200, 303, 401, 404, 415, 422} <= seen
    # X-Forwarded-Proto on its own proves nothing (uvicorn honours it only from the proxies it trusts).
    assert "strict-transport-security" not in client.get("/healthz", headers={"X-Forwarded-Proto": "https"}).headers
    with TestClient(create_app(None, ports), base_url="https://testserver") as secure:  # type: ignore[arg-type]
        assert secure.get("/healthz").headers["strict-transport-security"].startswith("max-age=")
        assert secure.get("/ui/login").headers["strict-transport-security"].startswith("max-age=")


def test_ui_pages_get_the_strict_policy_and_the_templates_need_nothing_inline(client: TestClient) -> None:
    policy = client.get("/ui/login").headers["content-security-policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    for template in TEMPLATES.glob("*.html"):
        html = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), f"inline script in {template.name}"
        assert "<style" not in html and not re.search(r"\sstyle=", html), f"inline style in {template.name}"
        assert not re.search(r"\son[a-z]+=", html), f"inline event handler in {template.name}"
        assert "javascript:" not in html, template.name


def test_the_docs_pages_may_run_only_their_own_inline_script(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    script_src = next(d for d in docs.headers["content-security-policy"].split(";")
                      if d.strip().startswith("script-src"))
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    hashes = inline_script_sources(docs.text)
    assert hashes, "Swagger UI's page has its set-up script inline"
    assert all(h in script_src for h in hashes)
    assert client.get("/redoc").status_code == 200

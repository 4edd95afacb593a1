"""The UI's shape: pages as modules, each served; one answer to a refusal raised anywhere in a page;
static files served by Starlette with a declared type, a cache lifetime and the security headers."""

from __future__ import annotations

import pkgutil

from fastapi import APIRouter, Request
from fastapi.testclient import TestClient

from services.web.app import create_app
from services.web.deps import Ports
from services.web.ui import pages
from services.web.ui.guard import Forbidden, LoginRequired, PageNotFound
from services.web.ui.router import PAGES, STATIC_DIR, STATIC_TYPES
from tests.unit.web.fakes import fake_ports


def test_every_page_module_is_served() -> None:
    on_disk = {info.name for info in pkgutil.iter_modules(pages.__path__)}
    assert on_disk == {page.__name__.rsplit(".", 1)[-1] for page in PAGES}
    assert all(isinstance(page.router, APIRouter) and page.router.prefix == "/ui" for page in PAGES)


def test_one_handler_answers_a_refusal_raised_anywhere_in_a_page() -> None:
    ports = fake_ports()
    app = create_app(None, ports)  # type: ignore[arg-type]

    @app.get("/ui/test/{what}")
    def refusing(request: Request, what: str) -> None:
        raise {"login": LoginRequired(), "forbidden": Forbidden(None, "csrf.failed"),
               "missing": PageNotFound()}[what]

    with TestClient(app, follow_redirects=False) as client:
        to_login = client.get("/ui/test/login?x=1")
        assert to_login.status_code == 303
        assert to_login.headers["location"] == "/ui/login?next=%2Fui%2Ftest%2Flogin%3Fx%3D1"
        forbidden = client.get("/ui/test/forbidden")
        assert forbidden.status_code == 403 and "Az űrlap lejárt vagy érvénytelen." in forbidden.text
        assert forbidden.headers["content-type"].startswith("text/html")
        assert forbidden.headers["cache-control"] == "no-store"
        missing = client.get("/ui/test/missing", headers={"Accept-Language": "en"})
        assert missing.status_code == 404 and "Not found." in missing.text


def test_a_page_without_a_user_store_says_so_in_a_page() -> None:
    ports: Ports = fake_ports()
    ports.accounts = None
    with TestClient(create_app(None, ports), follow_redirects=False) as client:  # type: ignore[arg-type]
        answer = client.get("/ui/invoices")
    assert answer.status_code == 503 and "A felhasználókezelés nincs beállítva" in answer.text


def test_static_files_have_their_declared_type_a_cache_lifetime_and_the_security_headers() -> None:
    assert {p.suffix for p in STATIC_DIR.iterdir()} <= set(STATIC_TYPES)  # no file served with a guessed type
    ports = fake_ports()
    with TestClient(create_app(None, ports), follow_redirects=False) as client:  # type: ignore[arg-type]
        for path in sorted(STATIC_DIR.iterdir()):
            answer = client.get(f"/ui/static/{path.name}")
            assert answer.status_code == 200 and answer.content == path.read_bytes()
            assert answer.headers["content-type"] == STATIC_TYPES[path.suffix]
            assert answer.headers["cache-control"] == "public, max-age=300"
            assert answer.headers["x-content-type-options"] == "nosniff"
            again = client.get(f"/ui/static/{path.name}", headers={"If-None-Match": answer.headers["etag"]})
            assert again.status_code == 304 and again.headers["x-frame-options"] == "DENY"
        assert client.get("/ui/static/app.js").headers["content-type"] == "text/javascript; charset=utf-8"
        for outside in ("/ui/static/nope.css", "/ui/static/../router.py", "/ui/static/%2e%2e/router.py",
                        "/ui/static/", "/ui/static/../templates/base.html"):
            refused = client.get(outside)
            assert refused.status_code == 404, outside
            assert "content-security-policy" in refused.headers

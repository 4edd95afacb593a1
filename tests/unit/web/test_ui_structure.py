"""The UI's shape: pages as modules that reach the API's use cases through shared modules (never through
``services.web.routes``) and refuse through ``ui/guard.py`` (never ``HTTPException``); one answer to a
refusal; static files served by Starlette with a declared type, a cache lifetime and the security headers."""

from __future__ import annotations

import ast
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.testclient import TestClient

from services.web.app import create_app
from services.web.deps import Ports
from services.web.ui import pages
from services.web.ui.guard import Forbidden, LoginRequired, PageNotFound
from services.web.ui.router import PAGES, STATIC_DIR, STATIC_TYPES
from tests.unit.web.fakes import fake_ports

UI = Path(pages.__file__).resolve().parents[1]


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(UI.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _imported(tree: ast.Module) -> set[str]:
    """Every module a file imports, ``from a import b`` counting as ``a`` and ``a.b``."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_ui_module_imports_the_api_route_modules() -> None:
    api = "services.web.routes"
    offenders = {str(path.relative_to(UI)): sorted(n for n in _imported(tree) if n == api or n.startswith(api + "."))
                 for path, tree in _modules()}
    assert {k: v for k, v in offenders.items() if v} == {}
    assert len(offenders) >= len(PAGES) + 3  # the walk saw the pages, the guard, the renderer, the router


def test_no_ui_module_raises_or_imports_http_exception() -> None:
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            named = (isinstance(node, ast.Name) and node.id == "HTTPException") or (
                isinstance(node, ast.Attribute) and node.attr == "HTTPException") or (
                isinstance(node, ast.alias) and node.name.endswith("HTTPException"))
            if named:
                found.append(f"{path.relative_to(UI)}:{getattr(node, 'lineno', '?')}")
    assert found == []


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


def test_words_break_only_between_words_and_card_tables_fold_under_480_px() -> None:
    # "jóvá/hagy/ás": ``overflow-wrap: anywhere`` (or ``word-break: break-all``) on text shrinks a cell's
    # minimum width to one letter; only hashes (code.hash, one long token) may break anywhere.
    css = (STATIC_DIR / "style.css").read_text(encoding="utf-8")
    rules = [r.strip() for r in css.replace("}", "}\n").splitlines() if "{" in r]
    breaking = [r for r in rules if ("anywhere" in r or "break-all" in r) and not r.startswith("code.hash")]
    assert breaking == []
    narrow = css.split("@media (max-width: 480px)", 1)
    assert len(narrow) == 2 and "table.cards td::before { content: attr(data-label)" in narrow[1]


def test_every_cell_of_a_card_table_is_labelled_for_narrow_screens() -> None:
    # A card shows each cell's column name from data-label: a cell without one would lose its meaning.
    templates = UI / "templates"
    for path in sorted(templates.glob("*.html")):
        text = path.read_text(encoding="utf-8")
        for table in re.findall(r'<table class="cards".*?</table>', text, re.S):
            body = table.split("<tbody>", 1)[1]
            cells = re.findall(r"<td\b[^>]*>", body)
            assert cells and all("data-label=" in c for c in cells), f"{path.name}: {cells}"

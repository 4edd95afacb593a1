"""What ``services/web`` may not touch: it builds no ``HTTPException`` (routes raise domain errors, which
``web/errors.py`` answers), imports no database driver, and reaches no database handle (``.db``): every
store is a repository of ``services/adapters`` on ``Ports``, which translates the driver's errors."""

from __future__ import annotations

import ast
from pathlib import Path

import services.web

WEB = Path(services.web.__file__).resolve().parent
DRIVERS = ("pymongo", "bson", "motor")


def _modules() -> list[tuple[str, ast.Module]]:
    return [(str(path.relative_to(WEB)), ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(WEB.rglob("*.py"))]


def http_exceptions(tree: ast.Module) -> list[int]:
    """Lines naming ``HTTPException`` (raised, built, or imported)."""
    def names_it(node: ast.AST) -> bool:
        return ((isinstance(node, ast.Name) and node.id == "HTTPException")
                or (isinstance(node, ast.Attribute) and node.attr == "HTTPException")
                or (isinstance(node, ast.ImportFrom) and any(a.name == "HTTPException" for a in node.names)))

    return sorted(node.lineno for node in ast.walk(tree) if names_it(node))


def database_reaches(tree: ast.Module) -> list[str]:
    """Lines importing a database driver or reading a ``.db`` attribute (``ports.invoices.db``, ``x.db[...]``)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"{node.lineno}: import {a.name}" for a in node.names if a.name.split(".")[0] in DRIVERS]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in DRIVERS:
            found.append(f"{node.lineno}: from {node.module}")
        elif isinstance(node, ast.Attribute) and node.attr == "db":
            found.append(f"{node.lineno}: .db")
    return sorted(found, key=lambda line: int(line.split(":")[0]))


def test_no_web_module_builds_an_http_exception() -> None:
    modules = _modules()
    assert sum(name.startswith("routes/") for name, _ in modules) >= 10  # the walk saw the route modules
    assert {name: lines for name, tree in modules if (lines := http_exceptions(tree))} == {}


def test_no_web_module_imports_the_database_driver_or_reaches_a_database_handle() -> None:
    assert {name: lines for name, tree in _modules() if (lines := database_reaches(tree))} == {}


def test_the_checks_see_what_they_forbid() -> None:
    # The detectors themselves, on the code the web had before the repositories and the error table.
    before = ast.parse("from fastapi import HTTPException\nfrom pymongo import DESCENDING\nimport bson\n"
                       "def f(ports):\n"
                       "    ports.invoices.db.invoices.find({})\n"
                       "    WebhookNonces(ports.connections.db)\n"
                       "    raise HTTPException(404, 'no')\n"
                       "    raise fastapi.HTTPException(404, 'no')\n")
    assert http_exceptions(before) == [1, 7, 8]
    assert database_reaches(before) == ["2: from pymongo", "3: import bson", "5: .db", "6: .db"]

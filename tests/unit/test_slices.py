"""Billingo and Számlázz.hu each live in one folder (``services/billingo``, ``services/szamlazz``), the
way NAV lives in ``services/nav``: their clients, document and payment mappings, write-back and
push code are imported only from inside the slice and from the thin shells around it — API routes,
CLI commands, and status-sync, the process that hands each payment to its system's slice. Neither
slice imports the other, and the old scattered homes stay gone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ROOT / "services"
SLICES = {"services.billingo": SERVICES / "billingo", "services.szamlazz": SERVICES / "szamlazz"}
SHELLS = (SERVICES / "web" / "routes", SERVICES / "commands", SERVICES / "status_sync")
OLD_HOMES = ("services/ingest_billingo", "services/adapters/billing.py", "services/adapters/billingo_client.py",
             "services/adapters/szamla_agent_client.py")


def imported_modules(source: str) -> set[str]:
    """Every module a source imports, by absolute name (``from x import y`` counts ``x`` and ``x.y``)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _importers(package: str) -> set[Path]:
    found = set()
    for path in [*SERVICES.rglob("*.py"), *(ROOT / "dev").rglob("*.py")]:
        if any(_within(name, package) for name in imported_modules(path.read_text(encoding="utf-8"))):
            found.add(path)
    return found


def _allowed(path: Path, home: Path) -> bool:
    return home in path.parents or any(shell in path.parents for shell in SHELLS)


@pytest.mark.parametrize("package", sorted(SLICES))
def test_a_billing_slice_is_imported_only_from_itself_and_thin_shells(package: str) -> None:
    home = SLICES[package]
    stray = sorted(str(p.relative_to(ROOT)) for p in _importers(package) if not _allowed(p, home))
    assert stray == [], f"{package} is imported from outside its slice and the shells: {stray}"


def test_the_shells_do_reach_the_slices() -> None:
    # Guards the scan above: if the imports were not found at all, the test would pass on nothing.
    for package, home in SLICES.items():
        outside = {p for p in _importers(package) if home not in p.parents}
        assert outside, f"no shell imports {package}"


def test_each_slice_has_its_pure_protocol_client_and_service() -> None:
    for home in SLICES.values():
        assert (home / "protocol" / "documents.py").is_file() and (home / "protocol" / "payments.py").is_file()
        assert (home / "client.py").is_file() and (home / "writeback.py").is_file()
    assert (SERVICES / "billingo" / "service.py").is_file() and (SERVICES / "szamlazz" / "push.py").is_file()


def test_the_old_scattered_homes_stay_gone() -> None:
    assert [old for old in OLD_HOMES if (ROOT / old).exists()] == []


def test_the_import_scan_sees_every_form() -> None:
    source = "import services.billingo.client\nfrom services.szamlazz import push\nfrom . import x\n"
    assert {"services.billingo.client", "services.szamlazz", "services.szamlazz.push"} <= imported_modules(source)
    assert not any(_within(n, "services.billingo") for n in imported_modules("import services.billingo_x\n"))

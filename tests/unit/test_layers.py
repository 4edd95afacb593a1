"""The pure parts import nothing that does I/O (STYLE §1): the core, in the NAV slice its
protocol and its completeness comparison, and the Billingo and Számlázz.hu slices' protocols
(document and payment mappings). Dependencies point inward: the core imports no slice, and
the product imports nothing of the development kit (emulators, demo data)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SERVICES = Path(__file__).resolve().parents[2] / "services"
CORE = SERVICES / "core"
NAV = SERVICES / "nav"
BILLINGO = SERVICES / "billingo"
SZAMLAZZ = SERVICES / "szamlazz"
SLICE_PACKAGES = {"services.nav", "services.billingo", "services.szamlazz"}
FORBIDDEN = {
    "kafka", "faust", "aiokafka", "mode", "pymongo", "bson", "minio", "fastapi", "starlette",
    "prometheus_client", "requests", "httpx", "uvicorn", "services.adapters", "services.web",
    "services.pipeline", "szamlatar_dev", "socket", "subprocess",
}
# A pure module of a slice may import the core and its slice's other pure modules, nothing of its shell.
NAV_PURE = {NAV / "protocol": "services.nav.protocol", NAV / "completeness.py": "services.nav.completeness"}
BILLINGO_PURE = {BILLINGO / "protocol": "services.billingo.protocol"}
SZAMLAZZ_PURE = {SZAMLAZZ / "protocol": "services.szamlazz.protocol"}
SLICES_PURE = (NAV_PURE, BILLINGO_PURE, SZAMLAZZ_PURE)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _pure_modules() -> list[tuple[Path, set[str], set[str]]]:
    """(module, forbidden import prefixes, allowed exceptions) for every module that must stay pure."""
    out = [(p, FORBIDDEN | SLICE_PACKAGES, set()) for p in sorted(CORE.rglob("*.py"))]
    for pure in SLICES_PURE:
        for place in pure:
            for path in sorted(place.rglob("*.py")) if place.is_dir() else [place]:
                out.append((path, FORBIDDEN | SLICE_PACKAGES, set(pure.values())))
    return out


@pytest.mark.parametrize(("path", "forbidden", "allowed"),
                         [pytest.param(*m, id=str(m[0].relative_to(SERVICES))) for m in _pure_modules()])
def test_pure_module_imports_no_io_library(path: Path, forbidden: set[str], allowed: set[str]) -> None:
    bad = {
        name for name in _imports(path)
        if any(_within(name, f) for f in forbidden) and not any(_within(name, a) for a in allowed)
    }
    assert not bad, f"{path.relative_to(SERVICES)} imports {sorted(bad)}"


def test_the_nav_slice_has_its_pure_parts() -> None:
    # Guards the list above: a renamed package would otherwise leave the check with nothing to check.
    assert all(place.exists() for place in NAV_PURE)
    assert len([p for p in _pure_modules() if NAV in p[0].parents]) >= 5


def test_the_billing_slices_have_their_pure_parts() -> None:
    assert all(place.is_dir() for place in (*BILLINGO_PURE, *SZAMLAZZ_PURE))
    for home in (BILLINGO, SZAMLAZZ):
        assert len([p for p in _pure_modules() if home in p[0].parents]) >= 3  # __init__, documents, payments


DEV_KIT = SERVICES.parent / "dev" / "szamlatar_dev"


def test_nothing_in_the_product_imports_the_development_kit() -> None:
    # The emulators and demo data live in dev/ (not in the wheel, not in the image): an import of
    # them from services/ would fail in production. Their commands join the CLI by entry point.
    assert DEV_KIT.is_dir()
    naming = sorted(str(p.relative_to(SERVICES)) for p in SERVICES.rglob("*.py")
                    if DEV_KIT.name in p.read_text(encoding="utf-8"))  # any import form, importlib's too
    assert naming == []


SETTINGS = SERVICES / "adapters" / "settings.py"


def _reads_environment(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv") \
                and isinstance(node.value, ast.Name) and node.value.id == "os":
            return True
    return False


def test_only_the_settings_module_reads_the_environment() -> None:
    # One reader: every knob is named, defaulted and validated in one place (and secrets wrapped there).
    readers = sorted(str(p.relative_to(SERVICES)) for p in SERVICES.rglob("*.py") if _reads_environment(p))
    assert readers == [str(SETTINGS.relative_to(SERVICES))]


APP = SERVICES / "app"
# The service layer works on its ports: no driver, no adapter, no process package, no web framework.
APP_FORBIDDEN = FORBIDDEN | {"services.commands", "services.downstream", "services.status_sync", "services.nav",
                             "services.billingo", "services.szamlazz", "services.ingest_drop", "services.ingest_pull"}


@pytest.mark.parametrize("path", sorted(APP.rglob("*.py")), ids=lambda p: str(p.relative_to(SERVICES)))
def test_the_service_layer_imports_only_the_core_and_its_ports(path: Path) -> None:
    bad = {name for name in _imports(path) if any(_within(name, f) for f in APP_FORBIDDEN)}
    assert not bad, f"{path.relative_to(SERVICES)} imports {sorted(bad)}"


def test_the_service_layer_has_its_modules() -> None:
    # Guards the check above: a moved package would otherwise leave it with nothing to check.
    assert {p.name for p in APP.glob("*.py")} >= {"ports.py", "archiving.py", "review.py", "audit.py"}


ADAPTERS = SERVICES / "adapters"


def test_pymongo_is_named_only_in_the_adapters() -> None:
    # Every database call goes through a repository in services/adapters, inside its error translation
    # (adapters/mongo.py translate_errors). Any mention counts — an import, a TYPE_CHECKING import, a
    # comment — so the word is a signal that the boundary has moved. MongoDb names the handle elsewhere.
    naming = sorted(str(p.relative_to(SERVICES)) for p in SERVICES.rglob("*") if p.is_file()
                    and ADAPTERS not in p.parents and p.suffix != ".pyc"
                    and "pymongo" in p.read_text(encoding="utf-8", errors="replace").lower())
    assert naming == []

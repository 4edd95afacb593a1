"""The pure core imports nothing that does I/O (STYLE §1)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "services" / "core"
FORBIDDEN = {
    "kafka", "faust", "aiokafka", "mode", "pymongo", "bson", "minio", "fastapi", "starlette",
    "prometheus_client", "requests", "httpx", "uvicorn", "services.adapters", "services.web",
    "services.pipeline", "services.emulators", "socket", "subprocess",
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_imports_no_io_library(path: Path) -> None:
    bad = {
        name for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not bad, f"{path.name} imports {sorted(bad)}"


SERVICES = CORE.parent
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

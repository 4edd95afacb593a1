"""Strict mypy covers the adapters (issue 10, point 7): every module under ``services/adapters`` is in
``[tool.mypy] files`` unless it is named below as waiting for another change, so a new adapter cannot
slip out of the strict check unnoticed, and a waiting one is struck off the list once it is checked."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ADAPTERS = ROOT / "services" / "adapters"
# A module may wait here, named, while a change moves or rewrites it; none does now.
WAITING: set[str] = set()


def _checked() -> set[Path]:
    files = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]["files"]
    out: set[Path] = set()
    for name in files:
        path = ROOT / name
        out.update(path.rglob("*.py") if path.is_dir() else [path])
    return out


def test_every_adapter_module_is_strictly_typed_or_named_as_waiting() -> None:
    checked = _checked()
    modules = set(ADAPTERS.rglob("*.py"))
    unchecked = sorted(str(p.relative_to(ADAPTERS)) for p in modules - checked if p.name not in WAITING)
    assert unchecked == [], f"add to [tool.mypy] files in pyproject.toml: {unchecked}"


def test_the_waiting_list_names_only_modules_still_outside_the_check() -> None:
    checked = _checked()
    stale = sorted(name for name in WAITING if (ADAPTERS / name).exists() and ADAPTERS / name in checked)
    assert stale == [], f"checked now; strike them off WAITING: {stale}"

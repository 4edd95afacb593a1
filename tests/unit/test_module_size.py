"""No module under services/ is over 450 lines: a room that grows past that is doing several jobs and
is split by job (as ``core/nav_signing.py`` became ``nav/protocol/signing``, ``requests``, ``responses``).

The emulators live outside the production package (``dev/szamlatar_dev``), so every module here counts.
An exception names its module and why it stays whole; it is dropped once the module is back under."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 450

# module (relative to the repository) -> why it may be longer; none today.
EXCEPTIONS: dict[str, str] = {}


def _too_long(root: Path, package: str, limit: int) -> dict[str, int]:
    """Modules of ``package`` (a folder under ``root``) longer than ``limit`` lines, with their length."""
    out: dict[str, int] = {}
    for path in sorted((root / package).rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            out[path.relative_to(root).as_posix()] = lines
    return out


def test_no_module_under_services_is_over_450_lines() -> None:
    over = {name: n for name, n in _too_long(ROOT, "services", MAX_LINES).items() if name not in EXCEPTIONS}
    assert over == {}, f"split these by job (or name them in EXCEPTIONS with a reason): {over}"


def test_every_exception_is_still_needed() -> None:
    over = _too_long(ROOT, "services", MAX_LINES)
    assert [name for name in EXCEPTIONS if name not in over] == []


def test_a_long_module_is_found(tmp_path: Path) -> None:
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "pkg" / "short.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    (tmp_path / "pkg" / "sub" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert _too_long(tmp_path, "pkg", MAX_LINES) == {"pkg/sub/long.py": MAX_LINES + 1}

"""Imports under services/ run one way: no module imports a module that (directly or not) imports it back.

A cycle makes two modules one unit that can only be read, tested and moved together, and it
pushes someone to hide an import inside a function so the program starts at all. Every import
statement counts, also one inside a function or under ``if TYPE_CHECKING:``.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name → file, for every module of ``package`` (a folder under ``root``)."""
    modules: dict[str, Path] = {}
    for path in (root / package).rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _imported(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of ``modules`` that the module ``name`` imports."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[: len(package) - node.level + 1]) if node.level else ""
            source = ".".join(p for p in (base, node.module or "") if p)
            for alias in node.names:
                # "from pkg import mod" imports the module pkg.mod; "from pkg import name", the package
                target = f"{source}.{alias.name}" if f"{source}.{alias.name}" in modules else source
                if target in modules:
                    out.add(target)
    out.discard(name)
    return out


def import_cycles(root: Path, package: str) -> list[list[str]]:
    """Every group of modules that import each other in a circle (strongly connected, Tarjan)."""
    modules = _modules(root, package)
    graph = {name: sorted(_imported(name, path, modules)) for name, path in sorted(modules.items())}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = stack[stack.index(node):]
            del stack[stack.index(node):]
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    return sorted(cycles)


def test_no_module_under_services_imports_a_module_that_imports_it_back() -> None:
    assert import_cycles(ROOT, "services") == []


def test_no_module_of_the_development_kit_imports_one_that_imports_it_back() -> None:
    assert (ROOT / "dev" / "szamlatar_dev").is_dir()
    assert import_cycles(ROOT / "dev", "szamlatar_dev") == []


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_the_check_finds_a_cycle_hidden_inside_a_function_and_through_a_third_module(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app/__init__.py": "",
        "app/a.py": "from app.b import f\n",
        "app/b.py": "def f() -> None:\n    from app import c\n",
        "app/c.py": "from app.a import f\n",
        "app/d.py": "from app.a import f\nimport app.c\n",  # imports the circle but is not part of it
    })
    assert import_cycles(tmp_path, "app") == [["app.a", "app.b", "app.c"]]


def test_the_check_reads_relative_imports_and_lets_a_package_import_its_modules(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app/__init__.py": "from app.x import y\n",
        "app/x/__init__.py": "",
        "app/x/y.py": "from . import z\n",
        "app/x/z.py": "from ..x.y import thing\n",
    })
    assert import_cycles(tmp_path, "app") == [["app.x.y", "app.x.z"]]

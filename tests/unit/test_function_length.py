"""No function in the readers (services/core/parsing) is longer than 60 lines, a screenful.

A reader that grows one long function at a time becomes the 117-line ``invoice_from_lines`` the
PDF reader once had: every field's rules interleaved, each change a risk to all of them.
"""

from __future__ import annotations

import ast
from pathlib import Path

PARSING = Path(__file__).resolve().parents[2] / "services" / "core" / "parsing"
LIMIT = 60
# Readers not yet split, each at its length today: it may shrink, not grow. Delete the entry
# once the function is within LIMIT (the test says so).
WAIVED = {
    "nav_xml.py::read_nav_invoice_data": 148,
    "cii.py::_read": 82,
    "ubl.py::read_ubl": 77,
    "billingo.py::_read": 70,
}


def long_functions(folder: Path, limit: int = LIMIT) -> dict[str, int]:
    """``file::qualified.name`` → length in lines (``def`` to last line) of every function over ``limit``."""
    out: dict[str, int] = {}

    def visit(node: ast.AST, path: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = f"{prefix}{child.name}"
                length = (child.end_lineno or child.lineno) - child.lineno + 1
                if not isinstance(child, ast.ClassDef) and length > limit:
                    out[f"{path}::{name}"] = length
                visit(child, path, f"{name}.")
            else:
                visit(child, path, prefix)

    for file in sorted(folder.rglob("*.py")):
        visit(ast.parse(file.read_text(encoding="utf-8")), file.relative_to(folder).as_posix(), "")
    return out


def test_no_function_in_the_readers_is_over_60_lines() -> None:
    found = long_functions(PARSING)
    too_long = {name: length for name, length in found.items() if length > WAIVED.get(name, LIMIT)}
    assert too_long == {}, f"split these into functions of at most {LIMIT} lines"
    shortened = sorted(set(WAIVED) - set(found))
    assert shortened == [], "within the limit now: delete them from WAIVED"


def _function(name: str, lines: int, indent: str = "") -> str:
    """Source of a function ``lines`` long, its ``def`` line included."""
    return f"{indent}def {name}():\n" + "".join(f"{indent}    x{i} = {i}\n" for i in range(lines - 1))


def test_the_check_counts_from_def_to_the_last_line_and_names_nested_functions(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "m.py").write_text(
        _function("fits", LIMIT) + _function("over", LIMIT + 1)
        + "class C:\n    def method(self):\n" + _function("inner", LIMIT + 1, "        ") + "        return inner\n",
        encoding="utf-8",
    )
    assert long_functions(tmp_path) == {
        "sub/m.py::over": 61, "sub/m.py::C.method": 63, "sub/m.py::C.method.inner": 61,
    }

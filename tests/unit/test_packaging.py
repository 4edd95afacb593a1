"""The production wheel holds the product (``services``) and nothing of the development kit
(``dev/``: emulators, demo data, their commands), which ``uv sync`` installs beside it for
development, the tests and ``make run`` and whose commands join ``szamlatar`` by entry point."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
import zipfile
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from services.cli import PLUGINS

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DEV = tomllib.loads((ROOT / "dev" / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_wheel_packs_services_and_the_dev_kit_is_a_workspace_member_of_its_own() -> None:
    assert PROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == ["services"]
    assert PROJECT["tool"]["uv"]["workspace"]["members"] == ["dev"]
    assert "szamlatar-dev" in PROJECT["dependency-groups"]["dev"]  # `uv sync` installs it, `--no-dev` does not
    assert not any(d.startswith("szamlatar-dev") for d in PROJECT["project"]["dependencies"])
    assert DEV["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == ["szamlatar_dev"]
    assert DEV["project"]["entry-points"][PLUGINS] == {"dev": "szamlatar_dev.commands:register"}


def test_the_installed_dev_kit_registers_its_commands_by_entry_point() -> None:
    assert [p.value for p in entry_points(group=PLUGINS)] == ["szamlatar_dev.commands:register"]


def _uv() -> str | None:
    # As the Makefile finds it: on PATH, or where `pip install --user uv` (.ci/run) puts it.
    home = Path.home() / ".local" / "bin" / "uv"
    return shutil.which("uv") or (str(home) if home.is_file() else None)


def test_the_built_wheel_holds_no_emulator_demo_data_or_dev_dependency(tmp_path: Path) -> None:
    uv = _uv()
    if uv is None:
        pytest.skip("uv is not installed")
    subprocess.run([uv, "build", "--wheel", "--out-dir", str(tmp_path), str(ROOT)], check=True,
                   capture_output=True, timeout=300)
    [wheel] = tmp_path.glob("szamlatar-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert {n.split("/")[0] for n in names} == {"services", wheel.name.split("-py3")[0] + ".dist-info"}
    assert "services/cli.py" in names and "services/commands/run.py" in names
    assert [n for n in names if "emulator" in n or "demo" in n] == []
    assert "reportlab" not in metadata  # the demo PDFs' library is the dev kit's dependency

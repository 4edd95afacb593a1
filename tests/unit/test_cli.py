"""The ``szamlatar`` command line: grouped by noun, commands at module level sharing one lazily built
context, the old names hidden aliases of the new ones, and nothing heavy imported to show --help."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.core import TyperGroup
from typer.testing import CliRunner

from services.cli import app
from services.commands.context import Context
from tests.unit.adapters.fakes import FakePublisher
from tests.unit.billing.fakes import settings

ROOT = Path(__file__).resolve().parents[2]
GROUP = typer.main.get_group(app)

NOUNS = {"run", "import", "parse", "accuracy", "billing", "nav", "pull", "producer", "connection", "webhook",
         "subscription", "reference", "client", "clients", "token", "user", "dlq", "audit", "timestamp", "scrub",
         "evidence", "retention", "keys", "stack", "emulator", "demo", "index", "signin"}
RUN = {"api", "worker", "downstream", "status-sync", "billingo-poller", "nav-sync", "pull-poller", "import-watch",
       "s3-inbox", "timestamper", "scrubber", "indexer"}
# Written out here rather than read from services/commands/legacy.py, so a wrong alias there fails.
RENAMED = {
    ("api",): ("run", "api"),
    ("worker",): ("run", "worker"),
    ("downstream",): ("run", "downstream"),
    ("status-sync",): ("run", "status-sync"),
    ("billingo-poller",): ("run", "billingo-poller"),
    ("nav-sync-service",): ("run", "nav-sync"),
    ("import-watch",): ("run", "import-watch"),
    ("import-s3-inbox",): ("run", "s3-inbox"),
    ("pull", "run"): ("run", "pull-poller"),
    ("backfill",): ("billing", "backfill"),
    ("nav-connect",): ("nav", "connect"),
    ("nav-sync",): ("nav", "sync"),
    ("nav-digest",): ("nav", "digest"),
    ("reconcile",): ("nav", "reconcile"),
    ("nav-emulator",): ("emulator", "nav"),
    ("nav-demo",): ("demo", "nav"),
    ("match-eval",): ("demo", "match-eval"),
    ("reference", "demo"): ("demo", "reference"),
    ("billing", "demo"): ("demo", "billing"),
    ("pull", "demo"): ("demo", "pull"),
    ("user", "demo"): ("demo", "users"),
}


def command(*path: str) -> Any:
    found: Any = GROUP
    for name in path:
        assert isinstance(found, TyperGroup), f"{path}: {name} under a command"
        found = found.commands[name]
    return found


def visible(group: TyperGroup) -> set[str]:
    return {name for name, c in group.commands.items() if not c.hidden}


def test_the_top_level_lists_nouns_and_run_lists_every_process() -> None:
    assert visible(GROUP) == NOUNS
    assert visible(command("run")) == RUN


@pytest.mark.parametrize(("old", "new"), [pytest.param(o, n, id=" ".join(o)) for o, n in RENAMED.items()])
def test_an_old_name_is_a_hidden_alias_of_its_new_command(old: tuple[str, ...], new: tuple[str, ...]) -> None:
    was, now = command(*old), command(*new)
    assert inspect.unwrap(was.callback) is inspect.unwrap(now.callback)  # typer wraps each registration
    assert [p.opts for p in was.params] == [p.opts for p in now.params]
    assert was.context_settings == now.context_settings  # `worker` passes unknown options on to faust
    assert was.hidden and was.deprecated and not now.hidden and not now.deprecated


def test_an_old_name_runs_and_names_its_new_one_on_stderr() -> None:
    result = CliRunner().invoke(app, ["nav-digest", "--from", "2024-13-01", "--to", "2024-01-02"])
    assert result.exit_code == 2 and "month must be in 1..12" in result.output
    assert "Use `szamlatar nav digest`" in result.stderr


def _commands_inside_functions(path: Path) -> list[str]:
    """Functions decorated with ``<app>.command(...)`` that are defined inside another function."""
    found: list[str] = []

    def visit(node: ast.AST, inside: bool) -> None:
        for child in ast.iter_child_nodes(node):
            is_function = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if is_function and inside and any(
                    isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute) and d.func.attr == "command"
                    for d in child.decorator_list):
                found.append(f"{path.name}::{child.name}")
            visit(child, inside or is_function)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def test_commands_are_module_level_functions() -> None:
    modules = sorted([*(ROOT / "services" / "commands").glob("*.py"),
                      *(ROOT / "dev" / "szamlatar_dev" / "commands").glob("*.py")])
    assert len(modules) > 10 and any("dev" in m.parts for m in modules)
    assert [name for m in modules for name in _commands_inside_functions(m)] == []


def test_the_module_level_check_finds_a_command_defined_in_a_register_function(tmp_path: Path) -> None:
    module = tmp_path / "old.py"
    module.write_text("def register(app):\n    @app.command('x')\n    def x() -> None: ...\n", encoding="utf-8")
    assert _commands_inside_functions(module) == ["old.py::x"]


def test_loading_the_cli_imports_no_client_library_or_server() -> None:
    heavy = ("uvicorn", "faust", "fastapi", "starlette", "pymongo", "kafka", "minio", "reportlab", "requests",
             "pdfminer", "prometheus_client", "rich", "jinja2")
    code = ("import sys, services.cli\n"
            f"print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r}))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert loaded.stdout.split() == []


def test_commands_use_the_context_given_and_load_nothing_themselves(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("the command loaded settings although its context holds them")

    monkeypatch.setattr("services.adapters.settings.load_settings", refuse)
    asked: list[str] = []
    monkeypatch.setattr("services.adapters.dlq.read_dlq", lambda bootstrap, topic, auth=None: asked.append(bootstrap)
                        or iter(()))
    given = Context()
    given.settings = settings()  # type: ignore[misc]
    result = CliRunner().invoke(app, ["dlq", "list"], obj=given)
    assert result.exit_code == 0, result.output
    assert asked == [given.settings.kafka_bootstrap]


def test_a_publisher_is_made_once_per_name_and_closed_when_the_command_line_ends(
        monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[tuple[str, FakePublisher]] = []
    closed: list[str] = []

    class Publisher(FakePublisher):
        def __init__(self, client_id: str) -> None:
            super().__init__()
            self.client_id = client_id
            made.append((client_id, self))

        def close(self) -> None:
            closed.append(self.client_id)

    monkeypatch.setattr("services.adapters.kafka_producer.EventPublisher.of",
                        lambda settings, client_id: Publisher(client_id))
    context = Context()
    context.settings = object()  # type: ignore[assignment]
    assert context.publisher("a") is context.publisher("a") is not context.publisher("b")
    assert [name for name, _ in made] == ["a", "b"] and closed == []
    context.close()
    assert sorted(closed) == ["a", "b"]
    context.close()
    assert sorted(closed) == ["a", "b"]  # once

"""docker-compose.yml cannot run here (no Docker engine), so check it against the code."""

from __future__ import annotations

import re
from pathlib import Path

import typer
import yaml

from services.cli import app as cli

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SETTINGS_SRC = (ROOT / "services" / "adapters" / "settings.py").read_text(encoding="utf-8")


def _python_services() -> dict[str, dict]:
    return {name: svc for name, svc in COMPOSE["services"].items() if svc.get("image") == "szamlatar:latest"}


def _cli_commands() -> set[str]:
    group = typer.main.get_group(cli)
    return set(group.commands)


def test_every_szamlatar_variable_in_compose_is_one_the_settings_read() -> None:
    known = set(re.findall(r'"(SZAMLATAR_[A-Z0-9_]+)"', SETTINGS_SRC))
    for name, svc in _python_services().items():
        env = svc["environment"]
        unknown = {k for k in env if k.startswith("SZAMLATAR_")} - known
        assert not unknown, f"{name} sets variables the code never reads: {sorted(unknown)}"


def test_every_required_setting_is_provided_to_every_python_service() -> None:
    required = set(re.findall(r'_env\("(SZAMLATAR_[A-Z0-9_]+)"\)', SETTINGS_SRC))  # no default given
    assert "SZAMLATAR_KEK" in required
    for name, svc in _python_services().items():
        missing = required - set(svc["environment"])
        assert not missing, f"{name} lacks required settings {sorted(missing)}"


def test_every_python_service_runs_a_real_cli_command() -> None:
    commands = _cli_commands()
    for name, svc in _python_services().items():
        assert svc["command"][0] in commands, f"{name} runs unknown command {svc['command'][0]!r}"


def test_prometheus_in_compose_scrapes_the_ports_the_services_listen_on() -> None:
    prom = yaml.safe_load((ROOT / "deploy/prometheus/prometheus.compose.yml").read_text(encoding="utf-8"))
    targets = {t for job in prom["scrape_configs"] for sc in job["static_configs"] for t in sc["targets"]}
    services = _python_services()
    assert f"api:{services['api']['environment']['SZAMLATAR_API_PORT']}" in targets
    assert f"worker:{services['worker']['environment']['SZAMLATAR_WORKER_WEB_PORT']}" in targets


def test_the_image_is_built_from_a_dockerfile_in_the_repo() -> None:
    for svc in _python_services().values():
        assert (ROOT / svc["build"]["dockerfile"]).is_file()

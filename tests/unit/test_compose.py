"""docker-compose.yml cannot run here (no Docker engine), so check it against the code."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
import yaml
from typer.core import TyperGroup

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


def _parse(command: Any, name: str, args: list[str]) -> None:
    """Parse ``args`` as the CLI would, running nothing; raises on an unknown command or option, and
    fails on an old command name (a hidden alias kept for one release)."""
    assert not command.deprecated, f"{name} is an old name: use the one its --help gives"
    ctx = command.make_context(name, list(args))
    if isinstance(command, TyperGroup):
        sub_name, sub, rest = command.resolve_command(ctx, list(args))
        _parse(sub, str(sub_name), rest)


def test_every_python_service_command_line_parses_with_the_cli() -> None:
    """A compose command with an option the CLI lacks (``downstream --host``) exits at start."""
    group = typer.main.get_group(cli)
    for svc in _python_services().values():
        command, *args = svc["command"]
        _parse(group.commands[command], command, args)


def _scrape_jobs(path: str) -> dict[str, set[str]]:
    prom = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))
    return {job["job_name"]: {t for sc in job["static_configs"] for t in sc["targets"]}
            for job in prom["scrape_configs"]}


def _listen_port(svc: dict[str, Any]) -> str | None:
    """The /metrics port a service's command line names."""
    args = svc["command"]
    return next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("--port", "--web-port")), None)


def test_prometheus_in_compose_scrapes_the_ports_the_services_listen_on() -> None:
    targets = set().union(*_scrape_jobs("deploy/prometheus/prometheus.compose.yml").values())
    services = _python_services()
    assert f"api:{services['api']['environment']['SZAMLATAR_API_PORT']}" in targets
    assert f"worker:{services['worker']['environment']['SZAMLATAR_WORKER_WEB_PORT']}" in targets
    listening = {name: port for name, svc in services.items() if (port := _listen_port(svc))}
    assert "downstream" in listening
    for name, port in listening.items():
        assert f"{name}:{port}" in targets, f"Prometheus does not scrape {name} on {port}"
        assert f"localhost:{port}/healthz" in " ".join(services[name]["healthcheck"]["test"]), name


# Processes `make run` starts and its Prometheus scrapes that docker-compose.yml does not run yet.
NOT_IN_COMPOSE_YET = {"szamlatar-pull-poller", "szamlatar-nav-sync"}


def test_compose_scrapes_every_process_the_local_config_scrapes() -> None:
    local = set(_scrape_jobs("deploy/prometheus/prometheus.yml"))
    compose = set(_scrape_jobs("deploy/prometheus/prometheus.compose.yml"))
    assert compose == local - NOT_IN_COMPOSE_YET, "a process is scraped in one deployment and not the other"


def test_the_image_is_built_from_a_dockerfile_in_the_repo() -> None:
    for svc in _python_services().values():
        assert (ROOT / svc["build"]["dockerfile"]).is_file()


# --- Kafka: SASL/SCRAM, ACLs, a principal per process and per producer (deploy/kafka) -----------------

KAFKA_DIR = ROOT / "deploy" / "kafka"
BROKER = dict(line.split("=", 1) for line in (KAFKA_DIR / "server.properties").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#"))
MOUNT = "/opt/szamlatar-kafka"


@dataclass(frozen=True)
class Acl:
    principal: str
    operations: frozenset[str]
    resources: tuple[str, ...]


def _acls() -> list[Acl]:
    """deploy/kafka/acls.conf, as provision.sh reads it: principal, operations, resources."""
    lines = (KAFKA_DIR / "acls.conf").read_text(encoding="utf-8").splitlines()
    return [Acl(p, frozenset(ops.split(",")), tuple(res)) for p, ops, *res in
            (line.split() for line in lines if line.strip() and not line.startswith("#"))]


def _granted(principal: str) -> set[tuple[str, str]]:
    """(operation, resource) pairs the user holds."""
    return {(op, res) for acl in _acls() if acl.principal == principal for op in acl.operations
            for res in acl.resources}


def test_kafka_runs_the_broker_of_deploy_kafka_with_scram_on_every_listener_and_acls_on() -> None:
    kafka = COMPOSE["services"]["kafka"]
    assert kafka["command"] == [f"{MOUNT}/broker.sh"] and f"./deploy/kafka:{MOUNT}:ro" in kafka["volumes"]
    protocols = dict(pair.split(":") for pair in BROKER["listener.security.protocol.map"].split(","))
    listeners = {url.split("://")[0] for url in BROKER["listeners"].split(",")}
    assert listeners == set(protocols) == {"INTERNAL", "EXTERNAL", "CONTROLLER"}
    assert all(p.startswith("SASL_") for p in protocols.values()), protocols  # no PLAINTEXT / SSL-only listener
    assert protocols["EXTERNAL"] == "SASL_SSL"  # billing systems come over the internet
    assert "CONTROLLER://127.0.0.1:" in BROKER["listeners"]
    assert BROKER["sasl.enabled.mechanisms"] == "SCRAM-SHA-512"
    assert BROKER["authorizer.class.name"] == "org.apache.kafka.metadata.authorizer.StandardAuthorizer"
    assert BROKER["allow.everyone.if.no.acl.found"] == "false"
    assert BROKER["super.users"] == "User:admin" and "controller" in BROKER["process.roles"]  # KRaft
    assert "@ADMIN_PASSWORD@" in BROKER["listener.name.internal.scram-sha-512.sasl.jaas.config"]  # no password here
    assert kafka["ports"] == ["9094:9094"], "only EXTERNAL (SASL_SSL) may be published"
    assert COMPOSE["x-szamlatar-env"]["SZAMLATAR_KAFKA_BOOTSTRAP"] == "kafka:9092"  # INTERNAL


def test_every_python_service_logs_in_to_kafka_as_its_own_user_with_a_secret_file() -> None:
    users: dict[str, str] = {}
    for name, svc in _python_services().items():
        env = svc["environment"]
        user = env.get("SZAMLATAR_KAFKA_USERNAME")
        assert user, f"{name} has no Kafka credentials"
        assert env["SZAMLATAR_KAFKA_PASSWORD_FILE"] == f"/run/secrets/{user}" and svc["secrets"] == [user], name
        assert "SZAMLATAR_KAFKA_PASSWORD" not in env, f"{name}: a password in the environment"
        assert _granted(user), f"{name}: its user {user} has no ACLs, so Kafka refuses it everything"
        users[user] = name
    assert len(users) == len(_python_services()), "two processes share a Kafka user"
    in_acls = {acl.principal for acl in _acls() if not acl.principal.startswith("@")}
    assert in_acls == set(users), "acls.conf and the compose services name different users"
    access = COMPOSE["services"]["kafka-access"]
    assert access["entrypoint"] == [f"{MOUNT}/provision.sh"] and access["command"] == ["services"]
    assert set(access["secrets"]) == {"admin", *users}
    assert COMPOSE["services"]["init"]["depends_on"]["kafka-access"] == {"condition": "service_completed_successfully"}


def test_every_kafka_secret_is_a_file_outside_the_repo() -> None:
    secrets = COMPOSE["secrets"]
    assert set(secrets) == {"admin", "kafka-tls.pem", *(svc["environment"]["SZAMLATAR_KAFKA_USERNAME"]
                                                       for svc in _python_services().values())}
    for name, secret in secrets.items():
        assert secret == {"file": f"${{SZAMLATAR_SECRETS_DIR:-./secrets}}/{name}"}, name
    assert "/secrets/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_a_producer_principal_may_write_invoice_raw_and_nothing_else() -> None:
    templates = [acl for acl in _acls() if acl.principal.startswith("@")]
    assert [t.principal for t in templates] == ["@producer"]
    assert _granted("@producer") == {("Write", "topic:invoice.raw"), ("Describe", "topic:invoice.raw")}
    assert all(not acl.principal.startswith(("*", "User:")) for acl in _acls()), "no wildcard principals"


def test_each_process_holds_the_acls_its_code_needs() -> None:
    from services.core.topics import PIPELINE_TOPICS
    from services.downstream.worker import CONSUMED_TOPICS, serve
    from services.status_sync.service import GROUP

    app_id = re.search(r'"SZAMLATAR_APP_ID", "([^"]+)"', SETTINGS_SRC)
    assert app_id, "the faust app id's default moved"
    def reads(topics: Iterable[str], group: str) -> set[tuple[str, str]]:
        return {("Read", f"topic:{t}") for t in topics} | {("Read", f"group:{group}")}

    def writes(*topics: str) -> set[tuple[str, str]]:
        return {("Write", f"topic:{t}") for t in topics}

    worker = _granted("szamlatar-worker")
    assert reads(("invoice.raw", "invoice.parsed", "invoice.matched"), app_id.group(1)) <= worker
    assert writes("invoice.parsed", "invoice.matched", "invoice.archived", "invoice.dlq") <= worker
    assert {("Create", f"prefixed-topic:{app_id.group(1)}-")} <= worker  # faust's own topics
    assert not {("Write", "topic:invoice.raw")} <= worker
    downstream = _granted("szamlatar-downstream")
    assert reads(CONSUMED_TOPICS, inspect.signature(serve).parameters["group"].default) <= downstream
    assert writes("invoice.linked", "downstream.dlq") <= downstream
    assert reads(("invoice.payment",), GROUP) | writes("invoice.dlq") <= _granted("szamlatar-status-sync")
    node = _python_services()["indexer"]["environment"]["SZAMLATAR_INDEX_NODE"]
    indexer = reads(("invoice.archived", "invoice.payment", "invoice.linked"), f"szamlatar-indexer-{node}")
    assert indexer | writes("invoice.dlq") <= _granted("szamlatar-indexer")
    from services.timestamps.service import GROUP as TIMESTAMPER

    assert reads(("invoice.archived",), TIMESTAMPER) | writes("invoice.dlq") <= _granted("szamlatar-timestamper")
    assert writes("invoice.raw", "invoice.payment", "invoice.archived", "invoice.linked") == {
        g for g in _granted("szamlatar-api") if g[0] == "Write"}
    assert {("Create", f"topic:{t.name}") for t in PIPELINE_TOPICS} == {
        g for g in _granted("szamlatar-init") if g[0] == "Create"}
    assert writes("invoice.raw", "invoice.payment") == {g for g in _granted("szamlatar-billingo-poller")
                                                         if g[0] == "Write"}

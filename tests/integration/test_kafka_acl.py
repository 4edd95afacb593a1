"""Kafka access in the production setup, on a real broker: a second broker beside the test stack's,
started by deploy/kafka/broker.sh from deploy/kafka/server.properties (SASL/SCRAM, StandardAuthorizer,
nothing allowed without an ACL) with the local stack's jars, and provisioned by deploy/kafka/provision.sh
from deploy/kafka/acls.conf — the script, file and settings docker-compose.yml runs, so what passes
here is the compose setup. Only the host, ports and directories differ."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import ipaddress
import json
import os
import re
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import (
    ACLFilter,
    ACLOperation,
    ACLPermissionType,
    ACLResourcePatternType,
    KafkaAdminClient,
    ResourcePatternFilter,
    ResourceType,
)
from kafka.errors import KafkaError, KafkaTimeoutError, TopicAuthorizationFailedError
from pymongo.database import Database

from services.adapters.kafka_auth import client_options
from services.adapters.kafka_producer import ensure_topics
from services.adapters.own_system_admin import create_producer_connection, issue_signing_secret
from services.adapters.settings import KafkaAuth, Secret, Settings
from services.core.events import raw_event
from services.core.keys import partition_key_of
from services.core.source_binding import SIGNATURE_HEADER, sign_record
from services.core.topics import INVOICE_PARSED, INVOICE_RAW, PIPELINE_TOPICS
from szamlatar_dev.demo.own_system import demo_book, demo_documents
from tests.integration.conftest import LOGS, ROOT, SZT, consume_matching, wait_until

KAFKA_DIR = ROOT / "deploy" / "kafka"
SERVICE_USERS = sorted({line.split()[0] for line in (KAFKA_DIR / "acls.conf").read_text(encoding="utf-8").splitlines()
                        if line.strip() and not line.startswith(("#", "@"))})
# The test stack's Kafka port + 5, 6, 7: inside this slot's block of ten, so slots never clash.
BASE_PORT = int(os.environ["SZAMLATAR_KAFKA_BOOTSTRAP"].rsplit(":", 1)[1])
DOCS = demo_documents(demo_book(2, seed=97))


@dataclass(frozen=True)
class SecureBroker:
    internal: str  # SASL_PLAINTEXT: the Számlatár processes
    external: str  # SASL_SSL: billing systems
    cafile: Path
    secrets: Path
    env: dict[str, str]  # what broker.sh and provision.sh read
    log: Path

    def auth(self, user: str, *, password: str | None = None) -> KafkaAuth:
        """A process's login on the INTERNAL listener (its password from the secrets directory)."""
        return KafkaAuth(username=user, password=Secret(password or (self.secrets / user).read_text().strip()))

    def external_options(self, user: str, password: str) -> dict[str, Any]:
        """A billing system's client settings (schemas/README.md): SASL_SSL, SCRAM-SHA-512."""
        return {"bootstrap_servers": self.external, "security_protocol": "SASL_SSL",
                "sasl_mechanism": "SCRAM-SHA-512", "sasl_plain_username": user, "sasl_plain_password": password,
                "ssl_cafile": str(self.cafile)}


def _kafka_libs() -> str:
    """The jars the local stack runs Kafka from, as deploy/local/env.sh names them."""
    found = subprocess.run(["bash", "-c", '. deploy/local/env.sh && printf %s "$KAFKA_LIBS"'], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout
    assert Path(found, "kafka_2.13-3.9.1.jar").is_file(), f"no Kafka jars in {found} (deploy/local/install.sh)"
    return found


def _tls(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1: the broker's PEM (key + certificate) and the CA file
    clients verify it with."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    (directory / "kafka-tls.pem").write_bytes(key_pem + cert_pem)
    (directory / "ca.pem").write_bytes(cert_pem)
    return directory / "kafka-tls.pem", directory / "ca.pem"


def _run(script: str, *args: str, env: dict[str, str], timeout: float = 120) -> str:
    done = subprocess.run([str(KAFKA_DIR / script), *args], env={**os.environ, **env}, capture_output=True,
                          text=True, timeout=timeout)
    assert done.returncode == 0, f"{script} {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Ends the process group we started (the shell script and the JVM it runs)."""
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureBroker]:
    root = tmp_path_factory.mktemp("kafka-acl")
    secrets = root / "secrets"
    secrets.mkdir(mode=0o700)
    for user in ["admin", *SERVICE_USERS]:  # as an operator would: random, never in the repo
        (secrets / user).write_text(os.urandom(24).hex() + "\n")
    tls_pem, cafile = _tls(secrets)
    logs = LOGS / "kafka-acl"
    logs.mkdir(parents=True, exist_ok=True)
    internal, external, controller = BASE_PORT + 5, BASE_PORT + 6, BASE_PORT + 7
    java = (f"-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true "
            f"-Dlog4j.configuration=file:{ROOT}/deploy/local/kafka/log4j.properties -Dkafka.logs.dir={logs}")
    env = {"KAFKA_LIBS": _kafka_libs(), "KAFKA_JAVA_OPTS": java, "KAFKA_SECRETS": str(secrets),
           "KAFKA_BOOTSTRAP": f"127.0.0.1:{internal}",
           "BROKER_DATA": str(root / "data"), "BROKER_CONFIG": str(root / "config" / "server.properties"),
           "BROKER_INTERNAL_LISTENER": f"127.0.0.1:{internal}", "BROKER_INTERNAL_ADVERTISED": f"127.0.0.1:{internal}",
           "BROKER_EXTERNAL_LISTENER": f"127.0.0.1:{external}", "BROKER_EXTERNAL_ADVERTISED": f"127.0.0.1:{external}",
           "BROKER_CONTROLLER_PORT": str(controller), "BROKER_TLS_PEM": str(tls_pem)}
    with (logs / "broker.out").open("wb") as out:
        proc = subprocess.Popen([str(KAFKA_DIR / "broker.sh")], env={**os.environ, **env}, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    secure = SecureBroker(f"127.0.0.1:{internal}", f"127.0.0.1:{external}", cafile, secrets, env,
                          logs / "server.log")
    try:
        def answers() -> bool:
            assert proc.poll() is None, f"the broker exited; see {logs}"
            try:
                KafkaAdminClient(bootstrap_servers=secure.internal, bootstrap_timeout_ms=2000,
                                 **client_options(secure.auth("admin"))).close()
                return True
            except KafkaError:
                return False

        wait_until(answers, timeout=60, interval=0.5, what=f"the SASL broker on {secure.internal} (logs: {logs})")
        print(_run("provision.sh", "services", env=env))
        # What `szamlatar stack init` does in compose, as its own principal.
        ensure_topics(secure.internal, PIPELINE_TOPICS, secure.auth("szamlatar-init"))
        yield secure
    finally:
        _stop(proc)
        subprocess.run(["rm", "-rf", str(root)], check=False)


def _producer(options: dict[str, Any]) -> KafkaProducer:
    return KafkaProducer(**options, acks="all", enable_idempotence=True, max_block_ms=15_000,
                         request_timeout_ms=10_000)


def test_a_producer_principal_writes_invoice_raw_and_is_denied_everything_else(broker: SecureBroker) -> None:
    user = "producer-acl-test"
    out = _run("provision.sh", "producer", user, env=broker.env)
    shown = re.search(rf"password of {user} \(shown once\): (\S+)", out)
    assert shown, out
    password = shown.group(1)

    # What the broker holds for it: Write and Describe on the literal topic invoice.raw — nothing else.
    admin = KafkaAdminClient(bootstrap_servers=broker.internal, **client_options(broker.auth("admin")))
    try:
        acls, _ = admin.describe_acls(ACLFilter(
            principal=f"User:{user}", host="*", operation=ACLOperation.ANY, permission_type=ACLPermissionType.ANY,
            resource_pattern=ResourcePatternFilter(ResourceType.ANY, None, ACLResourcePatternType.ANY)))
    finally:
        admin.close()
    assert sorted((a.resource_pattern.resource_type.name, a.resource_pattern.resource_name,
                   a.resource_pattern.pattern_type.name, a.operation.name, a.permission_type.name)
                  for a in acls) == [("TOPIC", "invoice.raw", "LITERAL", "DESCRIBE", "ALLOW"),
                                     ("TOPIC", "invoice.raw", "LITERAL", "WRITE", "ALLOW")]

    # It writes invoice.raw over TLS, idempotently, signed as schemas/README.md shows.
    producer = _producer(broker.external_options(user, password))
    try:
        key, value = b"acme|producer|acme-billing|acl-1", b'{"schema": "invoice.raw.v1"}'
        sent = producer.send(INVOICE_RAW.name, key=key, value=value,
                             headers=[(SIGNATURE_HEADER, sign_record("s", key, value).encode())]).get(timeout=20)
        assert sent.topic == INVOICE_RAW.name and sent.offset >= 0
        # … and nothing else: no other topic,
        with pytest.raises(TopicAuthorizationFailedError):
            producer.send(INVOICE_PARSED.name, key=key, value=value).get(timeout=20)
    finally:
        producer.close(timeout=5)
    # … no reading, not even the topic it writes.
    consumer = KafkaConsumer(**broker.external_options(user, password), group_id=None, consumer_timeout_ms=5000)
    try:
        consumer.assign([TopicPartition(INVOICE_RAW.name, 0)])
        consumer.seek_to_beginning()
        with pytest.raises(TopicAuthorizationFailedError):
            consumer.poll(timeout_ms=10_000)
            list(consumer)
    finally:
        consumer.close()

    # A wrong password is refused at login: the client gets nowhere, and the broker says why.
    def refusals() -> int:
        return broker.log.read_text(errors="replace").count("due to invalid credentials with SASL mechanism SCRAM")

    before = refusals()
    with pytest.raises(KafkaTimeoutError):
        KafkaAdminClient(bootstrap_timeout_ms=4000, **broker.external_options(user, password[::-1]))
    wait_until(lambda: refusals() > before, timeout=10, what="the broker to log the refused login")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_the_worker_runs_as_its_own_principal_and_takes_only_its_producers_signed_records(
    broker: SecureBroker, db: Database[dict[str, Any]], settings: Settings
) -> None:
    """The faust worker under its ACLs (group, faust's own topics, every stage's output) archives a
    producer's signed invoice and dead-letters the same producer's unsigned one."""
    tenant, connection, user = "t" + uuid.uuid4().hex[:10], "acl-billing", "producer-acl-billing"
    create_producer_connection(db, connection_id=f"{tenant}-{connection}", tenant=tenant,
                               kafka_principal=f"User:{user}-{tenant}")
    secret = issue_signing_secret(db, settings, f"{tenant}-{connection}")
    out = _run("provision.sh", "producer", f"{user}-{tenant}", env=broker.env)
    password = re.search(r"\(shown once\): (\S+)", out).group(1)  # type: ignore[union-attr]

    port = _free_port()
    env = {**os.environ, "SZAMLATAR_KAFKA_BOOTSTRAP": broker.internal, "SZAMLATAR_KAFKA_USERNAME": "szamlatar-worker",
           "SZAMLATAR_KAFKA_PASSWORD_FILE": str(broker.secrets / "szamlatar-worker"),
           "SZAMLATAR_WORKER_WEB_PORT": str(port), "SZAMLATAR_WORKER_DATADIR": str(broker.secrets.parent / "worker")}
    with (LOGS / "kafka-acl" / "worker.log").open("ab") as log:
        worker = subprocess.Popen([SZT, "run", "worker", "--web-port", str(port)], env=env, stdout=log,
                                  stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
    try:
        (_, pdf), (_, other_pdf) = DOCS
        # Signed: by the example producer (schemas/README.md), logged in over TLS as the billing system.
        files = broker.secrets.parent
        (files / "producer.password").write_text(password)
        (files / "signing.secret").write_text(secret)
        (files / "invoice.pdf").write_bytes(pdf)
        example = subprocess.run(
            [sys.executable, "examples/producer_kafka_python.py", "--bootstrap", broker.external, "--tenant", tenant,
             "--connection", f"{tenant}-{connection}", "--external-id", "acl-signed", "--site", "budapest",
             "--user", f"{user}-{tenant}", "--password-file", str(files / "producer.password"),
             "--cafile", str(broker.cafile), "--signing-secret-file", str(files / "signing.secret"),
             str(files / "invoice.pdf")], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert example.returncode == 0, example.stderr
        # Unsigned, by the same principal.
        unsigned = raw_event(
            tenant=tenant, site="budapest", source_kind="producer", connection_id=f"{tenant}-{connection}",
            external_id="acl-unsigned", correlation_id="unsigned", metadata=None, now=dt.datetime.now(dt.UTC),
            document={"content_base64": base64.b64encode(other_pdf).decode(), "media_type": "application/pdf",
                      "sha256": hashlib.sha256(other_pdf).hexdigest()})
        producer = _producer(broker.external_options(f"{user}-{tenant}", password))
        try:
            producer.send(INVOICE_RAW.name, key=partition_key_of(unsigned).encode(),
                          value=json.dumps(unsigned).encode()).get(timeout=20)
        finally:
            producer.close(timeout=5)

        admin = broker.auth("admin")
        archived = consume_matching(broker.internal, "invoice.archived", lambda e: e.get("tenant") == tenant,
                                    timeout=90, auth=admin)
        assert archived["external_id"] == "acl-signed"
        dead = consume_matching(broker.internal, "invoice.dlq",
                                lambda r: r.get("original_event_id") == unsigned["event_id"],
                                timeout=30, auth=admin)
        assert (dead["stage"], dead["reason"]) == ("parse", "missing_signature")
        assert worker.poll() is None, "the worker exited"
    finally:
        _stop(worker)

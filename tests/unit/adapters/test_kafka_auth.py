"""Each process logs in to Kafka as its own principal when docker-compose.yml gives it one, and not
at all on the open local broker."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from faust.types.auth import AuthProtocol

from services.adapters.kafka_auth import client_options, faust_credentials
from services.adapters.settings import load_settings
from services.core.errors import ConfigurationError

BASE = {"SZAMLATAR_S3_ACCESS_KEY": "a", "SZAMLATAR_S3_SECRET_KEY": "b",
        "SZAMLATAR_KEK": base64.b64encode(b"k" * 32).decode()}


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("USERNAME", "PASSWORD", "PASSWORD_FILE", "SECURITY_PROTOCOL", "SASL_MECHANISM", "SSL_CAFILE"):
        monkeypatch.delenv(f"SZAMLATAR_KAFKA_{name}", raising=False)
    for name, value in BASE.items():
        monkeypatch.setenv(name, value)
    return monkeypatch


def test_without_a_username_the_clients_connect_as_before(env: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    assert settings.kafka_auth is None
    assert client_options(settings.kafka_auth) == {} and faust_credentials(settings.kafka_auth) is None


def test_the_password_comes_from_the_secret_file_and_never_prints(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "kafka-worker").write_text("s3cr3t-pw\n", encoding="utf-8")
    env.setenv("SZAMLATAR_KAFKA_USERNAME", "szamlatar-worker")
    env.setenv("SZAMLATAR_KAFKA_PASSWORD_FILE", str(tmp_path / "kafka-worker"))
    auth = load_settings().kafka_auth
    assert auth is not None and "s3cr3t" not in repr(auth)
    assert client_options(auth) == {"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "SCRAM-SHA-512",
                                    "sasl_plain_username": "szamlatar-worker", "sasl_plain_password": "s3cr3t-pw"}
    credentials = faust_credentials(auth)
    assert credentials is not None and credentials.protocol is AuthProtocol.SASL_PLAINTEXT
    assert (credentials.mechanism.value, credentials.username) == ("SCRAM-SHA-512", "szamlatar-worker")


def test_sasl_ssl_verifies_the_broker_against_the_given_ca(env: pytest.MonkeyPatch) -> None:
    import certifi

    env.setenv("SZAMLATAR_KAFKA_USERNAME", "szamlatar-api")
    env.setenv("SZAMLATAR_KAFKA_PASSWORD", "pw")
    env.setenv("SZAMLATAR_KAFKA_SECURITY_PROTOCOL", "sasl_ssl")
    env.setenv("SZAMLATAR_KAFKA_SSL_CAFILE", certifi.where())
    auth = load_settings().kafka_auth
    assert client_options(auth)["ssl_cafile"] == certifi.where()
    credentials = faust_credentials(auth)
    assert credentials is not None and credentials.protocol is AuthProtocol.SASL_SSL


@pytest.mark.parametrize("variables,message", [
    pytest.param({"SZAMLATAR_KAFKA_SECURITY_PROTOCOL": "PLAINTEXT", "SZAMLATAR_KAFKA_PASSWORD": "pw"},
                 "SASL_PLAINTEXT or SASL_SSL", id="plaintext-with-a-user"),
    pytest.param({}, "SZAMLATAR_KAFKA_PASSWORD", id="no-password"),
    pytest.param({"SZAMLATAR_KAFKA_PASSWORD_FILE": "/nonexistent/kafka-pw"}, "cannot read", id="missing-file"),
])
def test_a_username_without_a_usable_password_or_protocol_fails_at_start(
    env: pytest.MonkeyPatch, variables: dict[str, str], message: str
) -> None:
    env.setenv("SZAMLATAR_KAFKA_USERNAME", "szamlatar-api")
    for name, value in variables.items():
        env.setenv(name, value)
    with pytest.raises(ConfigurationError, match=message):
        load_settings()

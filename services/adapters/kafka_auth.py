"""How our Kafka clients log in: one ``KafkaAuth`` (adapters/settings.py) turned into kafka-python's
keyword arguments or faust's credentials. ``None`` is the open local broker (PLAINTEXT on 127.0.0.1);
docker-compose.yml gives every process its own SCRAM principal with only the ACLs it needs
(deploy/kafka/acls.conf)."""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Any

from services.adapters.settings import KafkaAuth

if TYPE_CHECKING:
    from faust.types.auth import CredentialsT


def client_options(auth: KafkaAuth | None) -> dict[str, Any]:
    """Keyword arguments for ``KafkaProducer`` / ``KafkaConsumer`` / ``KafkaAdminClient``."""
    if auth is None:
        return {}
    options: dict[str, Any] = {"security_protocol": auth.security_protocol, "sasl_mechanism": auth.mechanism,
                               "sasl_plain_username": auth.username, "sasl_plain_password": auth.password.get()}
    if auth.ssl_cafile:
        options["ssl_cafile"] = auth.ssl_cafile
    return options


def faust_credentials(auth: KafkaAuth | None) -> CredentialsT | None:
    """``broker_credentials`` for the faust worker (aiokafka underneath)."""
    if auth is None:
        return None
    import faust  # only the worker needs it; the other processes never import faust

    context = ssl.create_default_context(cafile=auth.ssl_cafile) if auth.security_protocol == "SASL_SSL" else None
    return faust.SASLCredentials(username=auth.username, password=auth.password.get(), mechanism=auth.mechanism,
                                 ssl_context=context)

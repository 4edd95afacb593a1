"""Produce an invoice straight to ``invoice.raw`` (the public contract: schemas/README.md).

    python examples/producer_kafka_python.py --bootstrap 127.0.0.1:19092 --tenant acme \
        --connection acme-billing --external-id 2025-0001 invoice.pdf

On a production cluster (docker-compose.yml) log in as your own Kafka user over TLS and sign every
record with your connection's signing secret:

    python examples/producer_kafka_python.py --bootstrap kafka.example.hu:9094 --tenant acme \
        --connection acme-billing --external-id 2025-0001 --user producer-acme-billing \
        --password-file kafka.password --signing-secret-file signing.secret invoice.pdf

The document goes inline (base64, at most 512 KiB) — or pass ``--url https://…`` for a PDF on a
host the producer connection allows. Validate before sending: an event that breaks the schema is
not lost, but it lands in ``invoice.dlq`` instead of the archive.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

from jsonschema import Draft202012Validator
from kafka import KafkaProducer
from referencing import Registry, Resource

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def validator() -> Draft202012Validator:
    registry = Registry().with_resources(
        ("https://schemas.szamlatar.hu/" + p.name, Resource.from_contents(json.loads(p.read_text())))
        for p in SCHEMAS.glob("*.json"))
    return Draft202012Validator(json.loads((SCHEMAS / "invoice.raw.v1.json").read_text()), registry=registry)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bootstrap", default="127.0.0.1:19092")
    ap.add_argument("--tenant", required=True)
    ap.add_argument("--connection", required=True)
    ap.add_argument("--external-id", required=True)
    ap.add_argument("--site", default="default")
    ap.add_argument("--url", help="https URL of the PDF instead of sending it inline")
    ap.add_argument("--user", help="your Kafka user: SASL/SCRAM-SHA-512 over TLS (none: the open local stack)")
    ap.add_argument("--password-file", help="the file holding your Kafka user's password")
    ap.add_argument("--cafile", help="the CA the broker's certificate is checked against (default: the system's)")
    ap.add_argument("--signing-secret-file", help="the file holding your producer connection's signing secret")
    ap.add_argument("pdf", nargs="?")
    args = ap.parse_args()

    if args.url:
        document = {"url": args.url, "media_type": "application/pdf"}
    else:
        data = Path(args.pdf).read_bytes()
        document = {"content_base64": base64.b64encode(data).decode(), "media_type": "application/pdf",
                    "sha256": hashlib.sha256(data).hexdigest(), "filename": Path(args.pdf).name}
    event = {
        "event_id": str(uuid.uuid4()), "schema": "invoice.raw.v1", "occurred_at": datetime.now(UTC).isoformat(),
        "tenant": args.tenant, "site": args.site, "source": {"kind": "producer", "connection_id": args.connection},
        "external_id": args.external_id, "correlation_id": str(uuid.uuid4()),
        "document": document, "metadata": None,
    }
    validator().validate(event)
    login = {}
    if args.user:
        login = {"security_protocol": "SASL_SSL", "sasl_mechanism": "SCRAM-SHA-512", "sasl_plain_username": args.user,
                 "sasl_plain_password": Path(args.password_file).read_text().strip()}
        if args.cafile:
            login["ssl_cafile"] = args.cafile
    producer = KafkaProducer(bootstrap_servers=args.bootstrap, acks="all", enable_idempotence=True,
                             max_request_size=1024 * 1024, **login)
    key = f"{args.tenant}|producer|{args.connection}|{args.external_id}".encode()
    value = json.dumps(event).encode()
    headers = []
    if args.signing_secret_file:
        # HMAC-SHA256 over the key's length in bytes, ".", the key and the value — exactly the bytes sent.
        secret = Path(args.signing_secret_file).read_text().strip().encode()
        mac = hmac.new(secret, f"{len(key)}.".encode() + key + value, hashlib.sha256).hexdigest()
        headers.append(("szamlatar-signature", f"v1={mac}".encode()))
    metadata = producer.send("invoice.raw", key=key, value=value, headers=headers).get(timeout=30)
    producer.close()
    print(f"produced {event['event_id']} to {metadata.topic}[{metadata.partition}]@{metadata.offset}")


if __name__ == "__main__":
    main()

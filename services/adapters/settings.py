"""The one place that reads the environment (STYLE §6)."""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass, field

from services.core.errors import ConfigurationError


class Secret:
    """A value that must never reach a log; ``repr``/``str`` hide it."""

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None or value == "":
        raise ConfigurationError(f"environment variable {name} is not set")
    return value


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    try:
        return int(raw) if raw else default
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be an integer, got {raw!r}") from exc


@dataclass(frozen=True)
class KafkaAuth:
    """This process's own Kafka principal (SASL/SCRAM, docker-compose.yml); none on the open local broker."""

    username: str
    password: Secret
    mechanism: str = "SCRAM-SHA-512"
    security_protocol: str = "SASL_PLAINTEXT"  # SASL_SSL: TLS as well, verified against ssl_cafile
    ssl_cafile: str | None = None


@dataclass(frozen=True)
class Settings:
    kafka_bootstrap: str
    s3_endpoint: str
    s3_access_key: Secret
    s3_secret_key: Secret
    mongo_url: str
    mongo_db: str
    kek: bytes = field(repr=False)
    kek_id: str
    staging_bucket: str
    archive_bucket: str
    api_port: int
    worker_web_port: int
    retention_years: int
    retention_mode: str
    webhook_tolerance_seconds: int
    max_document_bytes: int
    app_id: str
    worker_datadir: str
    inbox_bucket: str = "szamlatar-inbox"  # exports dropped under inbox/<tenant>/ (services/ingest_drop/s3_inbox.py)
    downstream_port: int = 0  # the downstream process's /healthz and /metrics; 0: API port + 2
    kafka_auth: KafkaAuth | None = None
    # The faust worker's static group membership (SZAMLATAR_WORKER_INSTANCE_ID, one per worker, kept
    # across its restarts): a restarted worker takes its partitions back at once instead of waiting
    # for the killed one's session to expire. Unset: dynamic membership (docs/operations.md).
    worker_instance_id: str | None = None
    # Retired key-encryption keys by id (SZAMLATAR_OLD_KEKS), kept while objects are still under them:
    # ``szamlatar keys rotate`` re-wraps those objects' data keys under ``kek`` (issue 14).
    old_keks: dict[str, bytes] = field(default_factory=dict, repr=False)

    @property
    def keyring(self) -> dict[str, bytes]:
        """Every KEK by id: the current one and the old ones still opening older objects."""
        return {**self.old_keks, self.kek_id: self.kek}

    def __repr__(self) -> str:  # never print the key material
        return f"Settings(kafka={self.kafka_bootstrap}, s3={self.s3_endpoint}, mongo={self.mongo_db})"


def log_level() -> str:
    """Read apart from ``Settings`` because logging is configured before settings are validated."""
    return os.environ.get("SZAMLATAR_LOG_LEVEL", "INFO").upper()


def _kek(name: str, value: str) -> bytes:
    try:
        kek = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ConfigurationError(f"{name} must be base64") from exc
    if len(kek) != 32:
        raise ConfigurationError(f"{name} must decode to 32 bytes (AES-256)")
    return kek


def _old_keks() -> dict[str, bytes]:
    """``SZAMLATAR_OLD_KEKS``: ``id:base64,id:base64`` — retired KEKs that still open older objects."""
    out = {}
    for item in filter(None, (i.strip() for i in os.environ.get("SZAMLATAR_OLD_KEKS", "").split(","))):
        kek_id, sep, value = item.partition(":")
        if not sep or not kek_id:
            raise ConfigurationError("SZAMLATAR_OLD_KEKS must be id:base64[,id:base64…]")
        out[kek_id] = _kek(f"SZAMLATAR_OLD_KEKS ({kek_id})", value)
    return out


def load_settings() -> Settings:
    kek = _kek("SZAMLATAR_KEK", _env("SZAMLATAR_KEK"))
    mode = os.environ.get("SZAMLATAR_RETENTION_MODE", "GOVERNANCE").upper()
    if mode not in ("GOVERNANCE", "COMPLIANCE"):
        raise ConfigurationError("SZAMLATAR_RETENTION_MODE must be GOVERNANCE or COMPLIANCE")
    return Settings(
        kafka_bootstrap=_env("SZAMLATAR_KAFKA_BOOTSTRAP", "127.0.0.1:19092"),
        s3_endpoint=_env("SZAMLATAR_S3_ENDPOINT", "127.0.0.1:7070"),
        s3_access_key=Secret(_env("SZAMLATAR_S3_ACCESS_KEY")),
        s3_secret_key=Secret(_env("SZAMLATAR_S3_SECRET_KEY")),
        mongo_url=_env("SZAMLATAR_MONGO_URL", "mongodb://127.0.0.1:27018/"),
        mongo_db=_env("SZAMLATAR_MONGO_DB", "szamlatar"),
        kek=kek,
        kek_id=_env("SZAMLATAR_KEK_ID", "local-1"),
        staging_bucket=_env("SZAMLATAR_STAGING_BUCKET", "szamlatar-staging"),
        archive_bucket=_env("SZAMLATAR_ARCHIVE_BUCKET", "szamlatar-archive"),
        api_port=_int("SZAMLATAR_API_PORT", 8000),
        worker_web_port=_int("SZAMLATAR_WORKER_WEB_PORT", 6066),
        retention_years=_int("SZAMLATAR_RETENTION_YEARS", 8),
        retention_mode=mode,
        webhook_tolerance_seconds=_int("SZAMLATAR_WEBHOOK_TOLERANCE_SECONDS", 300),
        max_document_bytes=_int("SZAMLATAR_MAX_DOCUMENT_BYTES", 20 * 1024 * 1024),
        app_id=_env("SZAMLATAR_APP_ID", "szamlatar-pipeline"),
        worker_datadir=_env("SZAMLATAR_WORKER_DATADIR", "/tmp/szamlatar-worker"),
        inbox_bucket=_env("SZAMLATAR_INBOX_BUCKET", "szamlatar-inbox"),
        downstream_port=_int("SZAMLATAR_DOWNSTREAM_PORT", _int("SZAMLATAR_API_PORT", 8000) + 2),
        kafka_auth=_kafka_auth(),
        worker_instance_id=os.environ.get("SZAMLATAR_WORKER_INSTANCE_ID", "").strip() or None,
        old_keks=_old_keks(),
    )


def _password(file_name: str, name: str) -> str:
    """A password from the file ``file_name`` names (a Docker secret), else from ``name``; "" if neither."""
    password_file = os.environ.get(file_name, "")
    if not password_file:
        return os.environ.get(name, "")
    try:
        with open(password_file, encoding="utf-8") as f:
            return f.read().strip()
    except OSError as exc:
        raise ConfigurationError(f"{file_name}: cannot read {password_file}: {exc}") from exc


def _kafka_auth() -> KafkaAuth | None:
    """SASL credentials when ``SZAMLATAR_KAFKA_USERNAME`` is set; the password from
    ``SZAMLATAR_KAFKA_PASSWORD_FILE`` (a Docker secret) or ``SZAMLATAR_KAFKA_PASSWORD``."""
    username = os.environ.get("SZAMLATAR_KAFKA_USERNAME", "")
    if not username:
        return None
    password = _password("SZAMLATAR_KAFKA_PASSWORD_FILE", "SZAMLATAR_KAFKA_PASSWORD")
    protocol = os.environ.get("SZAMLATAR_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT").upper()
    if protocol not in ("SASL_PLAINTEXT", "SASL_SSL"):
        raise ConfigurationError("SZAMLATAR_KAFKA_SECURITY_PROTOCOL must be SASL_PLAINTEXT or SASL_SSL "
                                 "when SZAMLATAR_KAFKA_USERNAME is set")
    if not password:
        raise ConfigurationError("SZAMLATAR_KAFKA_USERNAME needs a password: SZAMLATAR_KAFKA_PASSWORD_FILE "
                                 "(a non-empty file) or SZAMLATAR_KAFKA_PASSWORD")
    return KafkaAuth(username=username, password=Secret(password),
                     mechanism=_env("SZAMLATAR_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"),
                     security_protocol=protocol, ssl_cafile=os.environ.get("SZAMLATAR_KAFKA_SSL_CAFILE") or None)


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    try:
        return float(raw) if raw else default
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be a number, got {raw!r}") from exc


OFFICIAL_BILLING_URLS = ("https://api.billingo.hu/v3", "https://www.szamlazz.hu/szamla/")


@dataclass(frozen=True)
class BillingSettings:
    """Billingo / Számlázz.hu integration (issue 4): the poller, status-sync and the API's push receiver."""

    poller_port: int
    status_sync_port: int
    poll_interval_seconds: float
    poll_overlap_seconds: int
    download_concurrency: int
    writeback_attempts: int
    public_url: str  # how billing systems reach our API (the Számlázz.hu push URL shown to admins)
    url_allowlist: tuple[str, ...]  # base URLs a connection may point at (the official ones + local emulators)


def load_billing_settings(api_port: int | None = None) -> BillingSettings:
    allow = os.environ.get("SZAMLATAR_BILLING_URL_ALLOWLIST", "")
    extra = tuple(u.strip() for u in allow.split(",") if u.strip())
    port = api_port or _int("SZAMLATAR_API_PORT", 8000)
    return BillingSettings(
        poller_port=_int("SZAMLATAR_BILLINGO_POLLER_PORT", 6068),
        status_sync_port=_int("SZAMLATAR_STATUS_SYNC_PORT", 6069),
        poll_interval_seconds=_float("SZAMLATAR_BILLINGO_POLL_SECONDS", 30.0),
        poll_overlap_seconds=_int("SZAMLATAR_BILLINGO_POLL_OVERLAP_SECONDS", 120),
        download_concurrency=max(1, _int("SZAMLATAR_BILLINGO_CONCURRENCY", 8)),
        writeback_attempts=max(1, _int("SZAMLATAR_WRITEBACK_ATTEMPTS", 20)),
        public_url=_env("SZAMLATAR_PUBLIC_URL", f"http://127.0.0.1:{port}").rstrip("/"),
        url_allowlist=OFFICIAL_BILLING_URLS + extra,
    )


@dataclass(frozen=True)
class IndexSettings:
    """The query index (issue 11): where this node's index lives and who keeps it current."""

    index_dir: str  # this node's index (generations + CURRENT); the indexer writes, API processes read
    node: str  # names the indexer's consumer group, one per node: every node's index sees every event
    indexer_port: int  # the indexer's /healthz and /metrics


def load_index_settings() -> IndexSettings:
    return IndexSettings(
        index_dir=_env("SZAMLATAR_INDEX_DIR", "/tmp/szamlatar-index"),
        node=_env("SZAMLATAR_INDEX_NODE", "local"),
        indexer_port=_int("SZAMLATAR_INDEXER_PORT", _int("SZAMLATAR_API_PORT", 8000) + 3),
    )


@dataclass(frozen=True)
class TimestampSettings:
    """RFC 3161 timestamps (issue 14): the TSA the timestamper asks, and its trust chain. In production
    a qualified trust service (e-Szignó, NETLOCK …) with the credentials it issued; locally the TSA of
    the development kit that ``deploy/local/start.sh`` starts."""

    tsa_url: str
    tsa_username: str | None
    tsa_password: Secret | None
    tsa_ca_file: str  # PEM: the TSA's trust anchor (and intermediates); tokens are verified against it
    timeout_seconds: float
    timestamper_port: int  # the timestamper's /healthz and /metrics
    retry_seconds: float  # a digest the TSA could not stamp is tried again after this long (then doubling, capped)
    pass_seconds: float  # how often the timestamper retries its backlog and looks for new audit anchors

    def trust_chain(self) -> bytes:
        try:
            with open(self.tsa_ca_file, "rb") as f:
                return f.read()
        except OSError as exc:
            raise ConfigurationError(f"SZAMLATAR_TSA_CA_FILE: cannot read {self.tsa_ca_file!r}: {exc}") from exc


def load_timestamp_settings() -> TimestampSettings:
    password = _password("SZAMLATAR_TSA_PASSWORD_FILE", "SZAMLATAR_TSA_PASSWORD")
    state = os.environ.get("SZAMLATAR_STATE_DIR", "")
    return TimestampSettings(
        tsa_url=_env("SZAMLATAR_TSA_URL", "http://127.0.0.1:18084/"),
        tsa_username=os.environ.get("SZAMLATAR_TSA_USERNAME") or None,
        tsa_password=Secret(password) if password else None,
        tsa_ca_file=_env("SZAMLATAR_TSA_CA_FILE", os.path.join(state, "tsa", "chain.pem") if state else None),
        timeout_seconds=_float("SZAMLATAR_TSA_TIMEOUT_SECONDS", 15.0),
        timestamper_port=_int("SZAMLATAR_TIMESTAMPER_PORT", 8011),
        retry_seconds=_float("SZAMLATAR_TIMESTAMP_RETRY_SECONDS", 60.0),
        pass_seconds=_float("SZAMLATAR_TIMESTAMP_PASS_SECONDS", 30.0),
    )

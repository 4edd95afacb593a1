"""Pull connections (kind ``pull``) in the ``connections`` collection: the list endpoint, the field
mapping, the URL policy (which hosts the list and the PDFs may come from) and an optional
credential, sealed with the KEK like every other: a static ``Authorization`` header value, or OAuth 2.0
client credentials (``oauth``: token URL, client id, scope; the sealed ``client_secret``), whose token
``adapters/oauth_client.py`` fetches, caches and renews."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from services.adapters.connections import ConnectionRepo
from services.adapters.mongo import MongoDb
from services.adapters.sealer import Sealer
from services.adapters.settings import Settings
from services.core.connection_model import Connection
from services.core.errors import ConfigurationError
from services.core.pull_mapping import PullConfig, storable
from services.core.url_policy import UrlPolicy, check_url

KIND = "pull"


@dataclass(frozen=True)
class OAuthClient:
    """OAuth 2.0 client credentials of a pull connection, as given (the secret is sealed when stored)."""

    token_url: str
    client_id: str
    client_secret: str = field(repr=False)
    scope: str | None = None


def create_pull_connection(db: MongoDb, settings: Settings, *, connection_id: str, tenant: str,
                           pull: dict[str, Any], url_hosts: list[str], site: str = "default",
                           allow_private: bool = False, authorization: str | None = None,
                           interval_seconds: float | None = None, oauth: OAuthClient | None = None,
                           ) -> dict[str, Any]:
    """Checks the mapping and that the list URL (and an OAuth token URL) passes the URL policy, then
    stores the connection (replacing one of the same id; its cursor and item memory stay)."""
    connection: dict[str, Any] = {
        "_id": connection_id, "kind": KIND, "tenant": tenant, "site": site, "pull": storable(pull),
        "url_allowlist": [h.strip().lower() for h in url_hosts if h.strip()], "allow_private_urls": allow_private,
        "created_at": datetime.now(UTC),
    }
    if interval_seconds is not None:
        connection["interval_seconds"] = interval_seconds
    _check_list_url(connection, settings)
    if authorization and oauth:
        raise ConfigurationError("a pull connection authenticates with an Authorization value or OAuth, not both")
    if authorization:
        connection["credentials"] = {"authorization": Sealer.of(settings).seal(authorization)}
    if oauth:
        check_url(oauth.token_url, UrlPolicy.of(connection, settings.max_document_bytes))
        connection["oauth"] = {"token_url": oauth.token_url, "client_id": oauth.client_id, "scope": oauth.scope}
        connection["credentials"] = {"client_secret": Sealer.of(settings).seal(oauth.client_secret)}
    ConnectionRepo(db).upsert(connection)
    return connection


def _check_list_url(connection: dict[str, Any], settings: Settings) -> None:
    """The mapping reads (``ConfigurationError`` naming what is wrong) and its list URL passes the
    connection's URL policy (``UrlRefusedError``)."""
    config = PullConfig.of(connection)
    check_url(config.list_url, UrlPolicy.of(connection, settings.max_document_bytes))


def change_pull_connection(db: MongoDb, settings: Settings, *, connection_id: str, name: str, site: str,
                           pull: dict[str, Any], url_hosts: list[str], authorization: str | None = None,
                           ) -> dict[str, Any]:
    """New settings of a live pull connection, checked as at creation; an empty ``authorization`` keeps
    the stored credential (write-only), and an OAuth client stays as it was (the CLI sets it). Its
    cursor, item memory, pause and private-address allowance stay."""
    existing = ConnectionRepo(db).get(connection_id)
    if existing is None or existing.get("deleted") or existing.get("kind") != KIND:
        raise ConfigurationError(f"no pull connection {connection_id!r}")
    connection = {**existing, "name": name, "site": site, "pull": storable(pull),
                  "url_allowlist": [h.strip().lower() for h in url_hosts if h.strip()], "updated_at": datetime.now(UTC)}
    _check_list_url(connection, settings)
    if existing.get("oauth"):
        check_url(existing["oauth"]["token_url"], UrlPolicy.of(connection, settings.max_document_bytes))
    if authorization:
        if existing.get("oauth"):
            raise ConfigurationError("this pull connection authenticates with OAuth, not an Authorization value")
        connection["credentials"] = {"authorization": Sealer.of(settings).seal(authorization)}
    ConnectionRepo(db).upsert(connection)
    return connection


def pull_connections(db: MongoDb) -> list[Connection]:
    return [c for c in ConnectionRepo(db).list(kinds=(KIND,)) if c.enabled]

"""Outbound webhook subscriptions: creating one (the signing secret is generated here, sealed with
the key-encryption key like connection secrets (``adapters/crypto``), shown once and never again)
and sending one signed POST of a delivery — the downstream worker's tries and a replay from
``downstream.dlq`` go through the same ``post_delivery``."""

from __future__ import annotations

import base64
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.crypto import decrypt, encrypt
from services.adapters.reference_repo import SubscriptionRepo
from services.adapters.settings import Settings
from services.core.subscriptions import delivery_headers

# url, body, headers → the receiver's HTTP status; raises requests.RequestException when there is no answer.
Post = Callable[[str, bytes, dict[str, str]], int]


def seal_secret(settings: Settings, secret: str) -> str:
    return base64.b64encode(encrypt(secret.encode(), settings.kek, settings.kek_id)).decode()


def open_secret(settings: Settings, sub: dict[str, Any]) -> str:
    return decrypt(base64.b64decode(sub["secret"]), {settings.kek_id: settings.kek}).decode()


def create_subscription(db: Database[dict[str, Any]], settings: Settings, *, tenant: str, fields: dict[str, Any],
                        actor: str) -> tuple[dict[str, Any], str]:
    """Store a subscription (``fields`` from ``core.subscriptions.validate_subscription``);
    returns the stored document and the plain secret, which exists nowhere else."""
    sub_id = fields.get("id") or f"wh-{secrets.token_hex(4)}"
    secret = "whsec_" + secrets.token_urlsafe(32)
    doc = {**fields, "_id": f"{tenant}|{sub_id}", "id": sub_id, "tenant": tenant,
           "secret": seal_secret(settings, secret), "created_at": datetime.now(UTC), "created_by": actor}
    SubscriptionRepo(db).put(doc)
    return doc, secret


def http_post(session: requests.Session) -> Post:
    def post(url: str, body: bytes, headers: dict[str, str]) -> int:
        return session.post(url, data=body, headers=headers, timeout=10).status_code

    return post


def post_delivery(post: Post, url: str, secret: str, body: bytes, *, event: str, delivery: str) -> tuple[int, str]:
    """One signed try: ``(HTTP status, "")`` on 2xx, else ``(status or 0 without an answer, error)``."""
    try:
        status = post(url, body, delivery_headers(secret, int(time.time()), body, event=event, delivery=delivery))
    except requests.RequestException as exc:
        return 0, type(exc).__name__
    return status, "" if 200 <= status < 300 else f"HTTP {status}"

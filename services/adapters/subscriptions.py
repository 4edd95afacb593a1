"""Creating outbound webhook subscriptions: the signing secret is generated here, sealed with the
key-encryption key like connection secrets (``adapters/crypto``), shown once and never again."""

from __future__ import annotations

import base64
import secrets
from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database

from services.adapters.crypto import decrypt, encrypt
from services.adapters.reference_repo import SubscriptionRepo
from services.adapters.settings import Settings


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

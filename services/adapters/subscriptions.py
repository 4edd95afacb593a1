"""Outbound webhook subscriptions: creating one (the signing secret is generated here, sealed with
the key-encryption key like connection secrets (``adapters/sealer``), shown once and never again)
and sending one signed POST of a delivery — the downstream worker's tries and a replay from
``downstream.dlq`` go through the same ``post_delivery``.

Every URL is held to ``core.url_policy.subscription_policy`` twice: when the subscription is
created (``check_subscription_url``: a clear refusal, 422 / CLI exit 2) and at every delivery
(``http_post`` connects only to an address the policy allowed, through ``adapters/url_fetch``),
because DNS — and the operator's allowlist — can change after creation."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from services.adapters import url_fetch
from services.adapters.reference_repo import SubscriptionRepo
from services.adapters.sealer import Sealer
from services.adapters.settings import Settings
from services.core.errors import UpstreamError
from services.core.subscriptions import delivery_headers
from services.core.url_policy import UrlRefusedError, subscription_policy

# url, body, headers → the receiver's HTTP status. Raises UrlRefusedError when the URL policy
# refuses the URL (nothing was sent), UpstreamError when there is no answer.
Post = Callable[[str, bytes, dict[str, str]], int]
NOT_SENT = -1  # post_delivery's status when the URL policy refused the delivery: never retried


def open_secret(settings: Settings, sub: dict[str, Any]) -> str:
    return Sealer.of(settings).open(sub["secret"])


def check_subscription_url(url: str, url_allowlist: Sequence[str], resolver: url_fetch.Resolver = url_fetch.resolve,
                           ) -> None:
    """Raises ``UrlRefusedError`` (422 in the API) unless ``url`` may receive deliveries now:
    the policy's checks and every address its host resolves to."""
    url_fetch.check_target(url, subscription_policy(url, url_allowlist), resolver)


def create_subscription(subscriptions: SubscriptionRepo, settings: Settings, *, tenant: str, fields: dict[str, Any],
                        actor: str, url_allowlist: Sequence[str],
                        resolver: url_fetch.Resolver = url_fetch.resolve) -> tuple[dict[str, Any], str]:
    """Store a subscription (``fields`` from ``core.subscriptions.validate_subscription``) whose
    URL passes ``check_subscription_url``; returns the stored document and the plain secret,
    which exists nowhere else."""
    check_subscription_url(fields["url"], url_allowlist, resolver)
    sub_id = fields.get("id") or f"wh-{secrets.token_hex(4)}"
    secret = "whsec_" + secrets.token_urlsafe(32)
    doc = {**fields, "_id": f"{tenant}|{sub_id}", "id": sub_id, "tenant": tenant,
           "secret": Sealer.of(settings).seal(secret), "created_at": datetime.now(UTC), "created_by": actor}
    subscriptions.put(doc)
    return doc, secret


def http_post(url_allowlist: Sequence[str], resolver: url_fetch.Resolver = url_fetch.resolve) -> Post:
    """The real ``Post``: each delivery's URL checked against the policy at the time of sending
    (``url_allowlist``: the operator's ``SZAMLATAR_BILLING_URL_ALLOWLIST``)."""
    def post(url: str, body: bytes, headers: dict[str, str]) -> int:
        return url_fetch.post(url, body, headers, subscription_policy(url, url_allowlist), resolver=resolver)

    return post


def post_delivery(post: Post, url: str, secret: str, body: bytes, *, event: str, delivery: str) -> tuple[int, str]:
    """One signed try: ``(HTTP status, "")`` on 2xx, else ``(status, error)`` — status 0 when there
    was no answer, ``NOT_SENT`` when the URL policy refused the URL (error ``url_refused: …``)."""
    try:
        status = post(url, body, delivery_headers(secret, int(time.time()), body, event=event, delivery=delivery))
    except UrlRefusedError as exc:
        return NOT_SENT, f"{exc.reason.value}: {exc.message}"
    except UpstreamError as exc:
        return 0, exc.message
    return status, "" if 200 <= status < 300 else f"HTTP {status}"

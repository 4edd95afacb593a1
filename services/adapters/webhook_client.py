"""A client for our own signed webhook — what an in-house billing system would run; used by
the demo feeder, the benchmark and the tests."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import requests

from services.core.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign


def webhook_body(external_id: str, pdf: bytes, *, filename: str | None = None,
                 invoice: dict[str, Any] | None = None, site: str | None = None) -> bytes:
    payload: dict[str, Any] = {
        "external_id": external_id,
        "document": {"filename": filename, "content_base64": base64.b64encode(pdf).decode()},
    }
    if invoice is not None:
        payload["invoice"] = invoice
    if site is not None:
        payload["site"] = site
    return json.dumps(payload, ensure_ascii=False).encode()


def post_signed(session: requests.Session, url: str, secret: str, body: bytes,
                timestamp: int | None = None, timeout: float = 30.0) -> requests.Response:
    ts = int(time.time()) if timestamp is None else timestamp
    headers = {"Content-Type": "application/json", TIMESTAMP_HEADER: str(ts), SIGNATURE_HEADER: sign(secret, ts, body)}
    return session.post(url, data=body, headers=headers, timeout=timeout)

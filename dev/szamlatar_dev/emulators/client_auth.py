"""How an OAuth client authenticates at an emulator's token endpoint (RFC 6749 §2.3.1): HTTP Basic
(id and secret form-urlencoded, then joined) or ``client_id`` / ``client_secret`` in the form."""

from __future__ import annotations

import base64
import binascii
from typing import Any
from urllib.parse import unquote

from starlette.requests import Request


def client_of(request: Request, form: Any) -> tuple[str, str]:
    """(client id, secret) the request presents; empty strings when it presents none readable."""
    basic = request.headers.get("authorization", "")
    if basic.startswith("Basic "):
        try:
            pair = base64.b64decode(basic[6:], validate=True).decode()
        except (binascii.Error, ValueError):
            return "", ""
        raw_id, _, raw_secret = pair.partition(":")
        return unquote(raw_id), unquote(raw_secret)
    return str(form.get("client_id") or ""), str(form.get("client_secret") or "")

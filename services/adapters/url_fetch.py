"""Fetch a document from a URL under a ``UrlPolicy`` (services/core/url_policy.py).

The policy decides; this module does the I/O and never skips a check:

1. ``check_url`` (scheme, user-info, allowlisted host and port) for the URL and every redirect hop
   — redirects are followed by hand, never by ``requests``;
2. DNS is resolved here and every address checked with ``check_addresses`` before connecting;
3. once connected, the peer address of the socket is checked again, so a DNS answer that
   changes between the check and the connect (rebinding) cannot reach a private address;
4. a declared ``Content-Length`` over the cap is refused before reading, and the body is read in
   chunks and abandoned as soon as it passes the cap (servers may lie or stream without length).

Environment proxies are ignored (``trust_env = False``): a proxy would hide the real peer.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

import requests

from services.core.errors import LimitExceededError, UpstreamError
from services.core.url_policy import UrlPolicy, UrlRefusedError, check_addresses, check_declared_size, check_url

Resolver = Callable[[str, int], Sequence[str]]
REDIRECTS = frozenset({301, 302, 303, 307, 308})


def resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise UrlRefusedError(f"host {host} does not resolve") from exc
    return sorted({str(info[4][0]) for info in infos})


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    media_type: str | None
    filename: str | None


def _peer_address(response: requests.Response) -> str | None:
    connection = getattr(response.raw, "_connection", None) or getattr(response.raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is None:
        return None
    try:
        return str(sock.getpeername()[0])
    except OSError:
        return None


def fetch(
    url: str,
    policy: UrlPolicy,
    *,
    session: requests.Session | None = None,
    resolver: Resolver = resolve,
    timeout: tuple[float, float] = (5.0, 30.0),
    deadline_seconds: float = 60.0,
    headers: Mapping[str, str] | None = None,
    accept: str = "application/pdf, application/xml, */*;q=0.1",
) -> Fetched:
    """The bytes at ``url``; raises ``UrlRefusedError``/``LimitExceededError`` (Rejected) or
    ``UpstreamError`` (Retryable: timeouts, connection errors, 5xx). ``headers`` (say, a pull
    connection's ``Authorization``) go to every hop, which the policy keeps on the allowlist."""
    http = session or requests.Session()
    http.trust_env = False
    started = time.monotonic()
    current = url
    try:
        for _hop in range(policy.max_redirects + 1):
            target = check_url(current, policy)
            check_addresses(target.host, resolver(target.host, target.port), policy)
            try:
                response = http.get(current, stream=True, allow_redirects=False, timeout=timeout,
                                    headers={**(headers or {}), "Accept": accept})
            except requests.Timeout as exc:
                raise UpstreamError(f"fetching the document timed out ({target.host})") from exc
            except requests.RequestException as exc:
                raise UpstreamError(f"fetching the document failed ({target.host}: {type(exc).__name__})") from exc
            with response:
                peer = _peer_address(response)
                if peer is not None:
                    check_addresses(target.host, [peer], policy)
                if response.status_code in REDIRECTS:
                    location = response.headers.get("Location")
                    if not location:
                        raise UrlRefusedError("redirect without a Location")
                    current = urljoin(current, location)
                    continue
                if response.status_code >= 500 or response.status_code == 429:
                    raise UpstreamError(f"document server answered HTTP {response.status_code}")
                if response.status_code != 200:
                    raise UrlRefusedError(f"document server answered HTTP {response.status_code}")
                check_declared_size(response.headers.get("Content-Length"), policy)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_content(64 * 1024):
                    size += len(chunk)
                    if size > policy.max_bytes:
                        raise LimitExceededError(f"document is larger than the limit of {policy.max_bytes} bytes")
                    if time.monotonic() - started > deadline_seconds:
                        raise UpstreamError(f"fetching the document took longer than {deadline_seconds:.0f} s")
                    chunks.append(chunk)
                ctype = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower() or None
                name = current.rsplit("/", 1)[-1].split("?")[0][:255] or None
                return Fetched(current, b"".join(chunks), ctype, name)
        raise UrlRefusedError(f"more than {policy.max_redirects} redirects")
    finally:
        if session is None:
            http.close()

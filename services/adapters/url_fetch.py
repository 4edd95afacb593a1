"""HTTP to a URL under a ``UrlPolicy`` (services/core/url_policy.py): inbound document fetches and
outbound webhook deliveries go through the one connect helper here, ``open_checked``.

The policy decides; this module does the I/O and never skips a check:

1. ``check_url`` (scheme, user-info, allowlisted host and port) for the URL and every redirect hop
   — redirects are followed by hand (``fetch``) or not at all (``post``);
2. DNS is resolved once, here, and every address checked with ``check_addresses``;
3. the connection goes to a checked *address*, not to the name: the host name is sent only as
   ``Host`` and as the TLS server name (SNI), and the certificate is verified for it. Nothing
   resolves the name a second time, so a DNS answer that changes between the check and the
   connect (rebinding) cannot reach a private address, and no request is ever sent to one;
4. a declared ``Content-Length`` over the cap is refused before reading, and the body is read in
   chunks and abandoned as soon as it passes the cap (servers may lie or stream without length).

No proxy is used (not even from the environment): a proxy would hide the real peer.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlencode, urljoin, urlsplit

import certifi
import urllib3
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.exceptions import HTTPError as TransportError

from services.core.errors import LimitExceededError, UpstreamError
from services.core.url_policy import (
    Target,
    UrlPolicy,
    UrlRefusedError,
    check_addresses,
    check_declared_size,
    check_url,
)

Resolver = Callable[[str, int], Sequence[str]]
REDIRECTS = frozenset({301, 302, 303, 307, 308})
Timeout = tuple[float, float]  # (connect, read) seconds


def resolve(host: str, port: int) -> list[str]:
    """The host's addresses in the system's order of preference (RFC 6724), each once."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise UrlRefusedError(f"host {host} does not resolve") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_target(url: str, policy: UrlPolicy, resolver: Resolver = resolve) -> tuple[Target, list[str]]:
    """The URL's target and its checked addresses; raises ``UrlRefusedError`` saying why not.
    Also what a subscription's URL must pass when it is created."""
    target = check_url(url, policy)
    addresses = list(resolver(target.host, target.port))
    check_addresses(target.host, addresses, policy)
    return target, addresses


def _host_header(target: Target) -> str:
    host = f"[{target.host}]" if ":" in target.host else target.host
    default = 443 if target.scheme == "https" else 80
    return host if target.port == default else f"{host}:{target.port}"


@contextmanager
def open_checked(method: str, url: str, policy: UrlPolicy, *, body: bytes | None = None,
                 headers: Mapping[str, str] | None = None, resolver: Resolver = resolve,
                 timeout: Timeout = (5.0, 30.0), ca_certs: str | None = None,
                 ) -> Iterator[urllib3.BaseHTTPResponse]:
    """One request to ``url`` (no redirects followed) on a connection to an address the policy
    allowed — the first that accepts the connection, in the resolver's order (nothing is sent to
    one that does not) — with the response body left to stream. Raises ``UrlRefusedError`` before
    connecting, or ``UpstreamError`` when there is no answer (timeout, refused connection, TLS failure)."""
    target, addresses = check_target(url, policy, resolver)
    limits = urllib3.Timeout(connect=timeout[0], read=timeout[1])
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    for index, address in enumerate(addresses):
        pool = _pool(target, address, limits, ca_certs)
        try:
            try:
                response = pool.urlopen(method, path, body=body,
                                        headers={**(headers or {}), "Host": _host_header(target)}, redirect=False,
                                        retries=False, preload_content=False, assert_same_host=False)
            except (NewConnectionError, ConnectTimeoutError) as exc:
                if index + 1 < len(addresses):
                    continue  # never connected, nothing sent: the host's next checked address
                raise UpstreamError(f"{target.host}: no answer ({type(exc).__name__})") from exc
            except TransportError as exc:
                raise UpstreamError(f"{target.host}: no answer ({type(exc).__name__})") from exc
            try:
                yield response
            finally:
                response.release_conn()
            return
        finally:
            pool.close()


def _pool(target: Target, address: str, limits: urllib3.Timeout, ca_certs: str | None) -> urllib3.HTTPConnectionPool:
    """A connection pool to ``address`` that speaks to it as ``target.host`` (TLS name and certificate)."""
    if target.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            address, target.port, timeout=limits, retries=False, maxsize=1, cert_reqs="CERT_REQUIRED",
            ca_certs=ca_certs or certifi.where(), server_hostname=target.host, assert_hostname=target.host)
    return urllib3.HTTPConnectionPool(address, target.port, timeout=limits, retries=False, maxsize=1)


class UnauthorizedError(UrlRefusedError):
    """The server refused the credential (HTTP 401): a caller holding a token it can renew (OAuth
    client credentials) renews it and asks once more."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    media_type: str | None
    filename: str | None


def fetch(
    url: str,
    policy: UrlPolicy,
    *,
    resolver: Resolver = resolve,
    timeout: Timeout = (5.0, 30.0),
    deadline_seconds: float = 60.0,
    headers: Mapping[str, str] | None = None,
    accept: str = "application/pdf, application/xml, */*;q=0.1",
    ca_certs: str | None = None,
) -> Fetched:
    """The bytes at ``url``; raises ``UrlRefusedError``/``LimitExceededError`` (Rejected) or
    ``UpstreamError`` (Retryable: timeouts, connection errors, 5xx). ``headers`` (say, a pull
    connection's ``Authorization``) go to every hop, which the policy keeps on the allowlist."""
    started = time.monotonic()
    current = url
    for _hop in range(policy.max_redirects + 1):
        try:
            with open_checked("GET", current, policy, headers={**(headers or {}), "Accept": accept},
                              resolver=resolver, timeout=timeout, ca_certs=ca_certs) as response:
                if response.status in REDIRECTS:
                    location = response.headers.get("Location")
                    if not location:
                        raise UrlRefusedError("redirect without a Location")
                    current = urljoin(current, location)
                    continue
                if response.status >= 500 or response.status == 429:
                    raise UpstreamError(f"document server answered HTTP {response.status}")
                if response.status == 401:
                    raise UnauthorizedError("document server answered HTTP 401")
                if response.status != 200:
                    raise UrlRefusedError(f"document server answered HTTP {response.status}")
                check_declared_size(response.headers.get("Content-Length"), policy)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.stream(64 * 1024):
                    size += len(chunk)
                    if size > policy.max_bytes:
                        raise LimitExceededError(f"document is larger than the limit of {policy.max_bytes} bytes")
                    if time.monotonic() - started > deadline_seconds:
                        raise UpstreamError(f"fetching the document took longer than {deadline_seconds:.0f} s")
                    chunks.append(chunk)
                ctype = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower() or None
                name = current.rsplit("/", 1)[-1].split("?")[0][:255] or None
                return Fetched(current, b"".join(chunks), ctype, name)
        except TransportError as exc:  # while reading the body: the server went away
            raise UpstreamError(f"fetching the document failed ({type(exc).__name__})") from exc
    raise UrlRefusedError(f"more than {policy.max_redirects} redirects")


def post_form(url: str, form: Mapping[str, str], headers: Mapping[str, str], policy: UrlPolicy, *,
              resolver: Resolver = resolve, timeout: Timeout = (5.0, 15.0), max_bytes: int = 256 * 1024,
              ca_certs: str | None = None) -> tuple[int, bytes]:
    """POST an ``application/x-www-form-urlencoded`` body (an OAuth token request) and return the
    status and the answer's body, read up to ``max_bytes``; a redirect is not followed."""
    body = urlencode(form).encode("ascii")
    sent = {**headers, "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    try:
        with open_checked("POST", url, policy, body=body, headers=sent, resolver=resolver, timeout=timeout,
                          ca_certs=ca_certs) as response:
            check_declared_size(response.headers.get("Content-Length"), UrlPolicy((), max_bytes=max_bytes))
            data = response.read(max_bytes + 1, decode_content=True)
            if len(data) > max_bytes:
                raise LimitExceededError(f"the answer is larger than {max_bytes} bytes")
            return int(response.status), data
    except TransportError as exc:
        raise UpstreamError(f"the answer broke off ({type(exc).__name__})") from exc


def post(url: str, body: bytes, headers: Mapping[str, str], policy: UrlPolicy, *, resolver: Resolver = resolve,
         timeout: Timeout = (5.0, 10.0), ca_certs: str | None = None) -> int:
    """POST ``body`` and return the HTTP status; a redirect is not followed (its status is the
    answer). Raises ``UrlRefusedError`` (nothing was sent) or ``UpstreamError`` (no answer)."""
    with open_checked("POST", url, policy, body=body, headers=headers, resolver=resolver, timeout=timeout,
                      ca_certs=ca_certs) as response:
        return int(response.status)

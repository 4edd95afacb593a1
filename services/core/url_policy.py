"""Which URLs we may fetch a document from (DESIGN §7: no SSRF). Pure: the caller resolves DNS
and passes the addresses in, so the decision is testable and the adapter cannot skip it.

A URL is fetched only if

* its scheme is ``https`` (``http`` only when the policy allows private addresses, i.e. tests),
* it has no user-info (``https://user:pw@host``) and no port other than the scheme's default
  unless that port is allowed with the host (``host:8443`` in the allowlist),
* its host is on the connection's allowlist (exact name, or ``*.example.com`` for subdomains),
* every address the host resolves to is public — loopback, private, link-local (the
  169.254.169.254 metadata service), multicast, reserved and unspecified addresses are refused
  unless the policy explicitly allows them (a test connection pointing at 127.0.0.1); link-local
  addresses (169.254.0.0/16, fe80::/10 — the metadata service) are refused even then.

Every hop of a redirect is checked again with the same policy.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from services.core.errors import LimitExceededError, ReasonCode, Rejected


class UrlRefusedError(Rejected):
    """The URL is not one we are allowed to fetch."""

    default_reason = ReasonCode.URL_REFUSED


@dataclass(frozen=True)
class UrlPolicy:
    allowed_hosts: tuple[str, ...]
    allow_private: bool = False  # only for test connections whose server runs on 127.0.0.1
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 3

    @classmethod
    def of(cls, connection: dict[str, object], max_bytes: int) -> UrlPolicy:
        hosts = connection.get("url_allowlist") or ()
        assert isinstance(hosts, list | tuple)
        return cls(tuple(str(h).lower() for h in hosts), bool(connection.get("allow_private_urls")), max_bytes)


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int


def _host_allowed(host: str, port: int, default_port: int, allowed: Iterable[str]) -> bool:
    for entry in allowed:
        name, _, entry_port = entry.partition(":")
        if entry_port:
            if not entry_port.isdigit() or int(entry_port) != port:
                continue
        elif port != default_port:
            continue
        if name == host or (name.startswith("*.") and host.endswith(name[1:]) and host != name[2:]):
            return True
    return False


def check_url(url: str, policy: UrlPolicy) -> Target:
    """The scheme, host and port to connect to; raises ``UrlRefusedError`` saying why not."""
    if len(url) > 2048:
        raise UrlRefusedError("URL is longer than 2048 characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UrlRefusedError(f"URL cannot be parsed: {exc}") from exc
    scheme = parts.scheme.lower()
    allowed_schemes = ("https", "http") if policy.allow_private else ("https",)
    if scheme not in allowed_schemes:
        raise UrlRefusedError(f"scheme {scheme or '(none)'!r} is not allowed; use https")
    if parts.username is not None or parts.password is not None:
        raise UrlRefusedError("URLs with user-info are not allowed")
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        raise UrlRefusedError("URL has no host")
    default_port = 443 if scheme == "https" else 80
    effective_port = port or default_port
    if not _host_allowed(host, effective_port, default_port, policy.allowed_hosts):
        raise UrlRefusedError(f"host {host}:{effective_port} is not on this connection's allowlist")
    if _is_ip_literal(host):
        check_addresses(host, [host], policy)
    return Target(scheme, host, effective_port)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0].strip("[]"))
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
        or ip.is_unspecified or (isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT)
    )


_CGNAT = ipaddress.ip_network("100.64.0.0/10")


def _is_link_local(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0].strip("[]"))
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_link_local


def check_addresses(host: str, addresses: Sequence[str], policy: UrlPolicy) -> None:
    """Every address ``host`` resolved to must be public (unless the policy allows private ones)."""
    if not addresses:
        raise UrlRefusedError(f"host {host} does not resolve")
    for address in addresses:
        try:
            public = is_public_address(address)
            link_local = _is_link_local(address)
        except ValueError as exc:
            raise UrlRefusedError(f"host {host} resolved to an unreadable address") from exc
        if link_local:  # the cloud metadata service lives here: never, not even for tests
            raise UrlRefusedError(f"host {host} resolves to a link-local address ({address})")
        if not public and not policy.allow_private:
            raise UrlRefusedError(f"host {host} resolves to a non-public address ({address})")


def check_declared_size(declared: str | None, policy: UrlPolicy) -> None:
    """Refuse before reading when the server announces more than the cap."""
    if declared is None:
        return
    try:
        size = int(declared)
    except ValueError as exc:
        raise UrlRefusedError("Content-Length is not a number") from exc
    if size > policy.max_bytes:
        raise LimitExceededError(f"document declared at {size} bytes exceeds the limit of {policy.max_bytes}")

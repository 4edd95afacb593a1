"""Which URLs we may fetch a document from (DESIGN §7: no SSRF). Pure: the caller resolves DNS
and passes the addresses in, so the decision is testable and the adapter cannot skip it.

A URL is fetched only if

* its scheme is ``https`` (``http`` only when the policy allows private addresses, i.e. tests),
* it has no user-info (``https://user:pw@host``) and no port other than the scheme's default
  unless that port is allowed with the host (``host:8443`` in the allowlist),
* its host is on the connection's allowlist (exact name, ``*.example.com`` for subdomains,
  ``host:*`` for any port, ``*`` for any host on any port — outbound webhooks),
* every address the host resolves to is public — loopback, private, CGNAT, link-local,
  multicast, reserved and unspecified addresses are refused (also when an IPv6 address wraps
  one: ``::ffff:10.0.0.1``, 6to4 ``2002:0a00:0001::``) unless the policy explicitly allows them
  (a test connection pointing at 127.0.0.1); link-local addresses (169.254.0.0/16, fe80::/10)
  and the cloud metadata services are refused even then.

Two kinds of URL use it: inbound document fetches (the connection's allowlist, ``UrlPolicy.of``)
and outbound webhook deliveries (any public host, ``subscription_policy``); the operator's
``SZAMLATAR_BILLING_URL_ALLOWLIST`` is what lets a webhook reach a local receiver. The adapter
(``adapters/url_fetch.py``) resolves a host once, checks every address, and connects to a checked
address — so a DNS answer that changes between check and connect (rebinding) changes nothing.
Every hop of a redirect is checked again with the same policy.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from services.core.connection_model import UrlPolicySettings
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

    @classmethod
    def of_settings(cls, settings: UrlPolicySettings, max_bytes: int) -> UrlPolicy:
        """The policy a connection model's settings name (own system, pull, producer)."""
        return cls(tuple(h.lower() for h in settings.url_allowlist), settings.allow_private_urls, max_bytes)


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int


ANY_HOST = "*"  # an allowlist entry that lets any host, on any port, through (addresses are still checked)


def _split_entry(entry: str) -> tuple[str, str]:
    """``host[:port]`` of an allowlist entry; an IPv6 host is written in brackets (``[::1]:8080``)."""
    if entry.startswith("["):
        name, _, rest = entry[1:].partition("]")
        return name, rest.removeprefix(":")
    name, _, port = entry.partition(":")
    return name, port


def _host_allowed(host: str, port: int, default_port: int, allowed: Iterable[str]) -> bool:
    for entry in allowed:
        if entry == ANY_HOST:
            return True
        name, entry_port = _split_entry(entry)
        if entry_port == "*":
            pass
        elif entry_port:
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


def _ip(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The address a connection really reaches: an IPv6 address that wraps an IPv4 one
    (IPv4-mapped ``::ffff:a.b.c.d``, 6to4 ``2002:AABB:CCDD::``) is judged by the IPv4 address."""
    ip = ipaddress.ip_address(address.split("%")[0].strip("[]"))
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is not None:
            return inner
    return ip


def is_public_address(address: str) -> bool:
    ip = _ip(address)
    return not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
        or ip.is_unspecified or (isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT)
    )


_CGNAT = ipaddress.ip_network("100.64.0.0/10")
# Cloud metadata services outside link-local space (AWS's IPv6 endpoint, Alibaba Cloud's): refused
# like link-local, even by a policy that allows private addresses.
_METADATA = frozenset({ipaddress.ip_address("fd00:ec2::254"), ipaddress.ip_address("100.100.100.200")})


def _is_link_local(address: str) -> bool:
    ip = _ip(address)
    return ip.is_link_local or ip in _METADATA


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
        if link_local:  # the cloud metadata services live here: never, not even for tests
            raise UrlRefusedError(f"host {host} resolves to a link-local or metadata address ({address})")
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


def _prefix_allows(url: str, prefix: str) -> str | None:
    """The allowlist entry (``host:port`` or ``host:*``) for ``url`` when it lies under ``prefix``
    (same scheme and host; the prefix's port, any port when the prefix ends in ``host:``, the
    default port when it names none; the path under the prefix's path), else ``None``."""
    try:
        want, got = urlsplit(prefix), urlsplit(url)
        want_port, got_port = want.port, got.port
    except ValueError:
        return None
    if not want.hostname or want.scheme.lower() != got.scheme.lower() or want.hostname != got.hostname:
        return None
    default = 443 if want.scheme.lower() == "https" else 80
    if want.netloc.endswith(":"):
        port = "*"
    elif (got_port or default) != (want_port or default):
        return None
    else:
        port = str(want_port or default)
    if not got.path.startswith(want.path):
        return None
    host = f"[{want.hostname}]" if ":" in want.hostname else want.hostname
    return f"{host}:{port}"


def subscription_policy(url: str, allowlist: Sequence[str], max_bytes: int = 64 * 1024) -> UrlPolicy:
    """The policy an outbound webhook URL is checked against, at creation and at every delivery.

    Any host may receive webhooks, over https, if it resolves to public addresses only. A URL
    under a prefix of the operator's allowlist (``SZAMLATAR_BILLING_URL_ALLOWLIST``, the same
    setting that lets billing connections point at local emulators — ``http://127.0.0.1:`` in
    ``make run`` and the tests) may use that prefix's scheme and reach private addresses; it is
    held to the prefix's host and port. The allowlist is the operator's, never a tenant admin's:
    a subscription cannot widen its own policy. ``max_bytes`` caps what is read of an answer."""
    for prefix in allowlist:
        entry = _prefix_allows(url, prefix)
        if entry is not None:
            return UrlPolicy((entry,), allow_private=True, max_bytes=max_bytes, max_redirects=0)
    return UrlPolicy((ANY_HOST,), max_bytes=max_bytes, max_redirects=0)

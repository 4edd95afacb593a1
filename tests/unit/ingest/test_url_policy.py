"""The URL policy: only allowlisted https hosts that resolve to public addresses."""

from __future__ import annotations

import pytest

from services.core.errors import LimitExceededError
from services.core.url_policy import (
    UrlPolicy,
    UrlRefusedError,
    check_addresses,
    check_declared_size,
    check_url,
    subscription_policy,
)

POLICY = UrlPolicy(("erp.example.com", "*.files.example.net", "dl.example.org:8443"))


@pytest.mark.parametrize("url", [
    "https://erp.example.com/invoices/1.pdf",
    "https://a.files.example.net/x.pdf",
    "https://dl.example.org:8443/x.pdf",
    "https://ERP.example.com./x.pdf",
], ids=["exact", "wildcard", "host-with-port", "case-and-dot"])
def test_allowlisted_https_urls_pass(url: str) -> None:
    assert check_url(url, POLICY).scheme == "https"


@pytest.mark.parametrize("url,why", [
    ("http://erp.example.com/x.pdf", "scheme"),
    ("ftp://erp.example.com/x.pdf", "scheme"),
    ("file:///etc/passwd", "scheme"),
    ("https://evil.example.com/x.pdf", "allowlist"),
    ("https://erp.example.com.evil.io/x.pdf", "allowlist"),
    ("https://files.example.net/x.pdf", "allowlist"),  # the wildcard covers subdomains only
    ("https://erp.example.com:444/x.pdf", "allowlist"),
    ("https://dl.example.org/x.pdf", "allowlist"),
    ("https://user:pw@erp.example.com/x.pdf", "user-info"),
    ("https://127.0.0.1/x.pdf", "allowlist"),
    ("https:///x.pdf", "no host"),
])
def test_other_urls_are_refused_with_the_reason(url: str, why: str) -> None:
    with pytest.raises(UrlRefusedError, match=why):
        check_url(url, POLICY)


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1",
    "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "224.0.0.1",
])
def test_private_loopback_and_link_local_addresses_are_refused(address: str) -> None:
    with pytest.raises(UrlRefusedError, match=r"non-public|link-local"):
        check_addresses("erp.example.com", [address], POLICY)


def test_one_private_address_among_public_ones_is_enough_to_refuse() -> None:
    with pytest.raises(UrlRefusedError):
        check_addresses("erp.example.com", ["93.184.216.34", "10.0.0.1"], POLICY)


def test_public_addresses_pass_and_a_test_policy_may_allow_private_ones() -> None:
    check_addresses("erp.example.com", ["93.184.216.34", "2606:2800:220:1::1"], POLICY)
    test_policy = UrlPolicy(("127.0.0.1:8443",), allow_private=True)
    assert check_url("http://127.0.0.1:8443/x.pdf", test_policy).port == 8443
    check_addresses("127.0.0.1", ["127.0.0.1"], test_policy)


def test_ip_literal_on_the_allowlist_is_still_refused_when_private() -> None:
    policy = UrlPolicy(("169.254.169.254",))
    with pytest.raises(UrlRefusedError, match="link-local"):
        check_url("https://169.254.169.254/latest/meta-data/", policy)


def test_link_local_is_refused_even_when_a_test_policy_allows_private_addresses() -> None:
    policy = UrlPolicy(("169.254.169.254",), allow_private=True)
    with pytest.raises(UrlRefusedError, match="link-local"):
        check_url("http://169.254.169.254/latest/meta-data/", policy)


def test_a_declared_size_over_the_cap_is_refused_before_reading() -> None:
    policy = UrlPolicy(("erp.example.com",), max_bytes=1000)
    check_declared_size("1000", policy)
    check_declared_size(None, policy)
    with pytest.raises(LimitExceededError, match="2147483648"):
        check_declared_size(str(2 * 1024**3), policy)
    with pytest.raises(UrlRefusedError):
        check_declared_size("lots", policy)


def test_an_ipv6_address_wrapping_a_private_ipv4_one_is_refused() -> None:
    with pytest.raises(UrlRefusedError, match="non-public"):
        check_addresses("erp.example.com", ["2002:7f00:1::"], POLICY)  # 6to4 of 127.0.0.1


@pytest.mark.parametrize("address", ["2002:a9fe:a9fe::1", "fd00:ec2::254", "100.100.100.200"],
                         ids=["6to4-metadata", "aws-metadata-v6", "alibaba-metadata"])
def test_metadata_services_are_refused_even_for_a_test_policy(address: str) -> None:
    for policy in (POLICY, UrlPolicy(("erp.example.com",), allow_private=True)):
        with pytest.raises(UrlRefusedError, match="link-local or metadata"):
            check_addresses("erp.example.com", [address], policy)


LOCAL_PREFIXES = ("https://api.billingo.hu/v3", "http://127.0.0.1:", "https://hr.intra.example:8443/hooks/")


@pytest.mark.parametrize("url", [
    "https://hr.example.hu/in", "https://hr.example.hu:8443/in", "http://127.0.0.1:9000/x", "http://127.0.0.1/x",
    "https://hr.intra.example:8443/hooks/a",
])
def test_a_webhook_may_go_to_any_https_host_and_over_http_only_under_a_local_prefix(url: str) -> None:
    check_url(url, subscription_policy(url, LOCAL_PREFIXES))


@pytest.mark.parametrize("url,why", [
    ("http://hr.example.hu/in", "scheme"),
    ("http://127.0.0.1.evil.example:9000/x", "scheme"),
    ("http://localhost:9000/x", "scheme"),
    ("https://127.0.0.1/x", "non-public"),
    ("https://[::1]:8443/x", "non-public"),
    ("https://hr.intra.example:9443/hooks/a", "non-public|resolve"),  # not the prefix's port: public rules
    ("http://169.254.169.254/latest/meta-data/", "scheme"),
])
def test_other_webhook_urls_are_refused(url: str, why: str) -> None:
    policy = subscription_policy(url, LOCAL_PREFIXES)
    with pytest.raises(UrlRefusedError, match=why):
        target = check_url(url, policy)
        check_addresses(target.host, ["10.1.2.3"], policy)


def test_only_a_url_under_a_local_prefix_may_reach_private_addresses_and_never_link_local_ones() -> None:
    local = subscription_policy("http://127.0.0.1:9000/x", LOCAL_PREFIXES)
    check_addresses("127.0.0.1", ["127.0.0.1"], local)
    intra = subscription_policy("https://hr.intra.example:8443/hooks/a", LOCAL_PREFIXES)
    check_addresses("hr.intra.example", ["10.20.0.5"], intra)
    with pytest.raises(UrlRefusedError, match="link-local"):
        check_addresses("hr.intra.example", ["169.254.169.254"], intra)
    public = subscription_policy("https://hr.example.hu/in", LOCAL_PREFIXES)
    check_addresses("hr.example.hu", ["93.184.216.34"], public)
    for private in ("127.0.0.1", "10.0.0.1", "192.168.1.10", "100.64.1.1", "::1", "fd12::1", "224.0.0.251"):
        with pytest.raises(UrlRefusedError, match="non-public"):
            check_addresses("hr.example.hu", [private], public)
    assert (public.max_redirects, local.max_redirects) == (0, 0)  # deliveries never follow redirects


def test_an_allowlist_entry_may_allow_any_port_or_name_an_ipv6_host() -> None:
    policy = UrlPolicy(("files.example.com:*", "[::1]:8080"), allow_private=True)
    assert check_url("https://files.example.com:9443/x", policy).port == 9443
    assert check_url("http://[::1]:8080/x", policy).host == "::1"
    with pytest.raises(UrlRefusedError, match="allowlist"):
        check_url("http://[::1]:8081/x", policy)

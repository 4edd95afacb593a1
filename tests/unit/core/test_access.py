"""The site rule of core/access.py: what a principal sees, and what it may grant or manage."""

from __future__ import annotations

import pytest

from services.core.access import (
    EVERY_SITE,
    Principal,
    in_scope,
    site_clause,
    sites_beyond,
    validate_sites,
)
from services.core.enums import Role
from services.core.errors import SchemaViolationError

BUDAPEST_ADMIN = Principal("bp-admin", "acme", Role.ADMIN, ("budapest",))
TWO_SITE_ADMIN = Principal("two", "acme", Role.ADMIN, ("budapest", "gyor"))
ROOT = Principal("root", "acme", Role.ADMIN)


@pytest.mark.parametrize("scope,site,inside", [
    ((), "anywhere", True),
    (("budapest",), "budapest", True),
    (("budapest",), "debrecen", False),
    (("budapest",), "", False),
    (("budapest",), None, False),
])
def test_a_site_is_in_scope_when_the_scope_is_empty_or_names_it(scope: tuple[str, ...], site: str | None,
                                                               inside: bool) -> None:
    assert in_scope(scope, site) is inside


@pytest.mark.parametrize("principal,sites,beyond", [
    pytest.param(ROOT, [], (), id="unrestricted-grants-every-site"),
    pytest.param(ROOT, ["debrecen"], (), id="unrestricted-grants-any-site"),
    pytest.param(BUDAPEST_ADMIN, ["budapest"], (), id="own-site"),
    pytest.param(TWO_SITE_ADMIN, ["gyor", "budapest", "gyor"], (), id="own-sites-repeated"),
    pytest.param(BUDAPEST_ADMIN, [], (EVERY_SITE,), id="no-site-limit-is-every-site"),
    pytest.param(BUDAPEST_ADMIN, ["debrecen"], ("debrecen",), id="another-site"),
    pytest.param(BUDAPEST_ADMIN, ["budapest", "debrecen", "szeged"], ("debrecen", "szeged"), id="some-outside"),
])
def test_a_restricted_principal_reaches_only_its_own_sites_and_never_every_site(
        principal: Principal, sites: list[str], beyond: tuple[str, ...]) -> None:
    assert sites_beyond(principal.sites, sites) == beyond
    assert principal.covers(sites) is (beyond == ())


def test_sees_site_and_tenant_wide_follow_the_same_scope() -> None:
    assert BUDAPEST_ADMIN.sees_site("budapest") and not BUDAPEST_ADMIN.sees_site("debrecen")
    assert ROOT.sees_site("debrecen")
    assert ROOT.tenant_wide and not BUDAPEST_ADMIN.tenant_wide


def test_the_site_clause_filters_only_a_restricted_scope() -> None:
    assert site_clause(()) == {}
    assert site_clause(("budapest", "gyor")) == {"site": {"$in": ["budapest", "gyor"]}}
    assert site_clause(("budapest",), field="sites") == {"sites": {"$in": ["budapest"]}}


def test_site_lists_are_trimmed_and_deduplicated_and_bad_ones_refused() -> None:
    assert validate_sites(None) == [] and validate_sites([]) == []
    assert validate_sites([" budapest", "gyor", "budapest "]) == ["budapest", "gyor"]
    for bad in ("budapest", [""], ["x" * 65], [1]):
        with pytest.raises(SchemaViolationError):
            validate_sites(bad)

"""Reference data (clients, projects, contracts, orders …), one set of use cases for every door: the JSON
API (``/api/v1/reference``, ``web/routes/reference.py``) and the admin's Törzsadatok page
(``web/ui/pages/reference_admin.py``) call these, so a record is normalised (``core/reference.py``),
site-checked and audited the same whichever way it came.

A record lies at one site; a site-restricted principal lists, reads and changes only those of its sites,
and may not replace one stored at another site (even moving it to its own). Errors are domain errors
(``core/errors.py``).
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, replace
from typing import Any, Protocol

from services.app.ports import AuditLog
from services.core.access import Principal
from services.core.errors import ForbiddenError, NotFoundError, SchemaViolationError
from services.core.reference import CsvRow, RefKind, csv_rows, normalise_record, records_from_csv

Doc = dict[str, Any]
AUDITED_IDS = 50  # ids named in one audit entry; the count says how many there were


class ReferenceStore(Protocol):
    """The reference collections (``adapters/reference_repo.py`` ``ReferenceRepo``)."""

    def get(self, tenant: str, kind: RefKind, ref_id: str) -> Doc: ...
    def list(self, tenant: str, kind: RefKind, *, sites: tuple[str, ...] = (), skip: int = 0,
             limit: int = 100) -> tuple[builtins.list[Doc], int]: ...  # list: the method itself
    def upsert_many(self, tenant: str, records: builtins.list[Doc]) -> int: ...
    def sites_of(self, kind: RefKind, keys: builtins.list[str]) -> dict[str, str]: ...
    def delete(self, tenant: str, kind: RefKind, ref_id: str) -> bool: ...


@dataclass(frozen=True)
class ReferencePorts:
    """What the reference use cases reach (the web app builds it: ``web/admin_deps.reference_ports``)."""

    reference: ReferenceStore
    audit: AuditLog


def default_site(principal: Principal) -> str:
    """Where a record that names no site lies: the principal's first site, or ``default``."""
    return principal.sites[0] if principal.sites else "default"


def list_records(ports: ReferencePorts, principal: Principal, kind: RefKind, *, skip: int,
                 limit: int) -> tuple[list[Doc], int]:
    """One page of the records of the principal's sites and how many there are (the site filter is in
    the query, so the count is only of what the principal may see)."""
    return ports.reference.list(principal.tenant, kind, sites=principal.sites, skip=skip, limit=limit)


def visible_record(ports: ReferencePorts, principal: Principal, kind: RefKind, ref_id: str) -> Doc:
    """The record, if the principal's sites reach it; another site's is as absent as a missing one."""
    doc = ports.reference.get(principal.tenant, kind, ref_id)  # NotFoundError if none
    if not principal.sees_site(doc.get("site", "")):
        raise NotFoundError(f"no {kind.value} {ref_id}")
    return doc


def _check_sites(principal: Principal, records: list[Doc]) -> None:
    for r in records:
        if not principal.sees_site(r["site"]):
            raise ForbiddenError(f"site {r['site']} is not yours")


def _stored_elsewhere(ports: ReferencePorts, principal: Principal, kind: RefKind,
                      records: list[Doc]) -> dict[str, str]:
    """``_id`` → site of those among ``records`` stored at a site outside the principal's scope:
    replacing such a record (even moving it to one's own site) is changing it."""
    if principal.tenant_wide or not records:
        return {}
    stored = ports.reference.sites_of(kind, [r["_id"] for r in records])
    return {key: site for key, site in stored.items() if not principal.sees_site(site)}


def store(ports: ReferencePorts, principal: Principal, kind: RefKind, records: list[Doc], how: str) -> Doc:
    """Upsert normalised records, all or none, and audit it as ``reference.<how>``."""
    _check_sites(principal, records)
    theirs = _stored_elsewhere(ports, principal, kind, records)
    if theirs:
        raise ForbiddenError("records stored at sites outside your scope: " + ", ".join(sorted(set(theirs.values()))))
    n = ports.reference.upsert_many(principal.tenant, records)
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action=f"reference.{how}",
                       target=f"{kind.value}", details={"count": n, "ids": [r["id"] for r in records[:AUDITED_IDS]]})
    return {"kind": kind.value, "upserted": n}


def put_record(ports: ReferencePorts, principal: Principal, kind: RefKind, ref_id: str,
               record: dict[str, Any]) -> Doc:
    """Create or replace one record; returns it as stored."""
    stored = normalise_record(kind, principal.tenant, {**record, "id": ref_id}, default_site(principal))
    store(ports, principal, kind, [stored], "upserted")
    return stored


def delete_record(ports: ReferencePorts, principal: Principal, kind: RefKind, ref_id: str) -> None:
    visible_record(ports, principal, kind, ref_id)
    if not ports.reference.delete(principal.tenant, kind, ref_id):
        raise NotFoundError(f"no {kind.value} {ref_id}")
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action="reference.deleted",
                       target=f"{kind.value}:{ref_id}", details={})


def import_csv(ports: ReferencePorts, principal: Principal, kind: RefKind, text: str) -> Doc:
    """The API's CSV import: every row, or none when one is refused."""
    records = records_from_csv(kind, principal.tenant, text, default_site(principal))
    if not records:
        raise SchemaViolationError("the CSV has no rows")
    return store(ports, principal, kind, records, "csv_imported")


def import_csv_rows(ports: ReferencePorts, principal: Principal, kind: RefKind, text: str) -> list[CsvRow]:
    """The page's CSV import: the rows that are valid and within the principal's sites are stored (one
    audit entry), each other row is reported with its problem; every row comes back, in file order."""
    rows = csv_rows(kind, principal.tenant, text, default_site(principal))
    rows = [replace(r, record=None, problem="reference.site_beyond", params={"site": r.record["site"]},
                    message=f"site {r.record['site']} is not yours")
            if r.record is not None and not principal.sees_site(r.record["site"]) else r for r in rows]
    theirs = _stored_elsewhere(ports, principal, kind, [r.record for r in rows if r.record is not None])
    rows = [replace(r, record=None, problem="reference.stored_elsewhere",
                    message="stored at a site outside your scope")
            if r.record is not None and r.record["_id"] in theirs else r for r in rows]
    good = [r.record for r in rows if r.record is not None]
    if good:
        store(ports, principal, kind, good, "csv_imported")
    return rows

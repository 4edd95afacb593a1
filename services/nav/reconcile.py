"""The NAV completeness use case: NAV's side and the archive's for a tenant's NAV taxpayers, one
direction and period, compared (``completeness.reconcile``). The one loader the API, the UI, the
CLI and the sync service use."""

from __future__ import annotations

from datetime import date

from services.adapters.mongo import MongoDb
from services.adapters.search_index import SearchIndex
from services.core.enums import Direction
from services.nav.completeness import Reconciliation, reconcile
from services.nav.repository import NavInvoiceRepo, archive_records, nav_taxpayer_ids


def reconcile_tenant(db: MongoDb, tenant: str, date_from: date, date_to: date,
                     direction: Direction = Direction.OUTGOING,
                     index: SearchIndex | None = None) -> tuple[Reconciliation, set[str]]:
    """The reconciliation of one direction for the tenant's NAV taxpayers, and those taxpayers; the
    archive's side from the node's query ``index`` when there is one."""
    taxpayers = nav_taxpayer_ids(db, tenant)
    archive = archive_records(db, tenant, taxpayers, date_from, date_to, direction, index)
    result = reconcile(NavInvoiceRepo(db).records(tenant, date_from, date_to, direction), archive, date_from, date_to)
    return result, taxpayers


class ReconciliationRepo:
    """``reconcile_tenant`` over one database, for the API and the UI (their ``Ports``)."""

    def __init__(self, db: MongoDb, index: SearchIndex | None = None) -> None:
        self.db, self.index = db, index

    def reconcile(self, tenant: str, date_from: date, date_to: date,
                  direction: Direction = Direction.OUTGOING) -> tuple[Reconciliation, set[str]]:
        return reconcile_tenant(self.db, tenant, date_from, date_to, direction, self.index)

"""The NAV completeness use case: NAV's side and the archive's for a tenant's NAV taxpayers, one
direction and period, compared (``completeness.reconcile``). The one loader the API, the UI, the
CLI and the sync service use."""

from __future__ import annotations

from datetime import date

from services.adapters.mongo import MongoDb
from services.core.enums import Direction
from services.nav.completeness import Reconciliation, reconcile
from services.nav.repository import NavInvoiceRepo, archive_records, nav_taxpayer_ids


def reconcile_tenant(db: MongoDb, tenant: str, date_from: date, date_to: date,
                     direction: Direction = Direction.OUTGOING) -> tuple[Reconciliation, set[str]]:
    """The reconciliation of one direction for the tenant's NAV taxpayers, and those taxpayers."""
    taxpayers = nav_taxpayer_ids(db, tenant)
    result = reconcile(NavInvoiceRepo(db).records(tenant, date_from, date_to, direction),
                       archive_records(db, tenant, taxpayers, date_from, date_to, direction), date_from, date_to)
    return result, taxpayers


class ReconciliationRepo:
    """``reconcile_tenant`` over one database, for the API and the UI (their ``Ports``)."""

    def __init__(self, db: MongoDb) -> None:
        self.db = db

    def reconcile(self, tenant: str, date_from: date, date_to: date,
                  direction: Direction = Direction.OUTGOING) -> tuple[Reconciliation, set[str]]:
        return reconcile_tenant(self.db, tenant, date_from, date_to, direction)

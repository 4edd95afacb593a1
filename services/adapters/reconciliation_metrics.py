"""Gap metrics of a NAV completeness reconciliation (STYLE §7: declared here, registry passed in)."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Gauge

from services.core.reconcile import Reconciliation


@dataclass(frozen=True)
class ReconciliationMetrics:
    gaps: Gauge
    nav_invoices: Gauge
    archived_invoices: Gauge
    last_run: Gauge

    def record(self, result: Reconciliation, now_seconds: float) -> None:
        for kind, count in result.gaps.items():
            self.gaps.labels(kind).set(count)
        self.nav_invoices.set(result.nav_count)
        self.archived_invoices.set(result.archive_count)
        self.last_run.set(now_seconds)


def reconciliation_metrics(registry: CollectorRegistry) -> ReconciliationMetrics:
    return ReconciliationMetrics(
        gaps=Gauge("szamlatar_reconciliation_gaps", "Invoices in a NAV reconciliation gap, by kind",
                   ["kind"], registry=registry),
        nav_invoices=Gauge("szamlatar_reconciliation_nav_invoices", "Invoices NAV knows for the period",
                           registry=registry),
        archived_invoices=Gauge("szamlatar_reconciliation_archived_invoices",
                                "Archived invoices of the NAV taxpayer for the period", registry=registry),
        last_run=Gauge("szamlatar_reconciliation_last_run_timestamp_seconds",
                       "When the last reconciliation ran", registry=registry),
    )

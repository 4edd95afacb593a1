"""Metrics of the NAV sync process (STYLE §7: declared here, registry passed in). ``connection`` is
a label: NAV connections are a small set an administrator configures, and the one with gaps is
exactly what an alert must name."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge


@dataclass(frozen=True)
class NavSyncMetrics:
    runs: Counter
    invoices: Counter
    last_success: Gauge
    gaps: Gauge
    nav_invoices: Gauge
    archived_invoices: Gauge


def nav_sync_metrics(registry: CollectorRegistry) -> NavSyncMetrics:
    return NavSyncMetrics(
        runs=Counter("szamlatar_nav_sync_runs_total", "NAV sync passes, by outcome (complete, failed).",
                     ["outcome"], registry=registry),
        invoices=Counter("szamlatar_nav_sync_invoices_total", "Invoices NAV listed, by outcome "
                         "(imported, unchanged, failed).", ["outcome"], registry=registry),
        last_success=Gauge("szamlatar_nav_sync_last_success_timestamp_seconds",
                           "When the connection's last complete sync ended.", ["connection"], registry=registry),
        gaps=Gauge("szamlatar_nav_reconciliation_gaps", "Invoices in a gap of the reconciliation after the last "
                   "sync, by kind (missing_in_archive, missing_in_nav, differing, without_pdf).",
                   ["connection", "kind"], registry=registry),
        nav_invoices=Gauge("szamlatar_nav_reconciliation_nav_invoices", "Invoices NAV knows for the reconciled "
                           "period.", ["connection"], registry=registry),
        archived_invoices=Gauge("szamlatar_nav_reconciliation_archived_invoices", "Archived invoices of the NAV "
                                "taxpayer for the reconciled period.", ["connection"], registry=registry),
    )

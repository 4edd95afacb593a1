"""The pipeline's Kafka topics: one place for names, partitions and configs."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TopicSpec:
    name: str
    schema: str  # schemas/<schema>.json
    partitions: int = 3
    configs: dict[str, str] = field(default_factory=dict)


_WEEK_MS = str(7 * 24 * 3600 * 1000)
_MONTH_MS = str(30 * 24 * 3600 * 1000)

INVOICE_RAW = TopicSpec("invoice.raw", "invoice.raw.v1", configs={"retention.ms": _WEEK_MS})
INVOICE_PARSED = TopicSpec("invoice.parsed", "invoice.parsed.v1", configs={"retention.ms": _WEEK_MS})
INVOICE_MATCHED = TopicSpec("invoice.matched", "invoice.matched.v1", configs={"retention.ms": _WEEK_MS})
INVOICE_ARCHIVED = TopicSpec("invoice.archived", "invoice.archived.v1", configs={"retention.ms": _MONTH_MS})
# The DLQ keeps its events long enough for a person to look and replay.
INVOICE_DLQ = TopicSpec("invoice.dlq", "invoice.dlq.v1", configs={"retention.ms": _MONTH_MS})

# Matching (issue 6): reference data published by other systems; archived invoices with their
# links for systems downstream; outbound webhook deliveries that failed every retry.
REFERENCE_CHANGED = TopicSpec("reference.changed", "reference.changed.v1", configs={"retention.ms": _MONTH_MS})
INVOICE_LINKED = TopicSpec("invoice.linked", "invoice.linked.v1", configs={"retention.ms": _MONTH_MS})
DOWNSTREAM_DLQ = TopicSpec("downstream.dlq", "downstream.dlq.v1", configs={"retention.ms": _MONTH_MS})

# Billing systems (issue 4): payments of one invoice changed, in the billing system or in
# Számlatár; status-sync updates the archive and writes Számlatár's payments back.
INVOICE_PAYMENT = TopicSpec("invoice.payment", "invoice.payment.v1", configs={"retention.ms": _MONTH_MS})

PIPELINE_TOPICS: tuple[TopicSpec, ...] = (
    INVOICE_RAW, INVOICE_PARSED, INVOICE_MATCHED, INVOICE_ARCHIVED, INVOICE_DLQ,
    REFERENCE_CHANGED, INVOICE_LINKED, DOWNSTREAM_DLQ, INVOICE_PAYMENT,
)

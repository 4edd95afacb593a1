"""Legal holds placed or lifted from the web — on one invoice or on every hit of a search — one way for
the API (``routes/legal_hold.py``) and the invoice page's form (``ui/pages/invoice.py``).

Admins only, a reason always. Each invoice is held through ``compliance/retention.set_legal_hold`` (S3
Object Lock legal hold on every stored version and token, the invoice's ``legal_hold``, its own
``invoice.legal_hold.set|lifted`` entry). A search is bounded: more hits than ``MAX_SEARCH_HOLD`` is
refused before anything is held, so nobody believes a partly held result is held; the search itself,
its hit count and the reason get one more entry (``search.legal_hold.set|lifted``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from services.compliance.retention import RetentionRepo, set_legal_hold
from services.core.access import Permission, Principal
from services.core.errors import LimitExceededError, NotFoundError, SchemaViolationError
from services.core.retention import REASON_MAX, REASON_MIN
from services.core.search_query import InvoiceQuery
from services.web.deps import Ports, require
from services.web.invoice_search import find_ids

MAX_SEARCH_HOLD = 1000  # invoices one request may hold; a larger case is held by client or by narrower searches


def retention_of(ports: Ports) -> RetentionRepo:
    if ports.retention is None:
        raise RuntimeError("the retention repository is not configured")
    return ports.retention


def _check_reason(reason: str) -> None:
    # The reason is stored stripped (core/retention.hold_record): blanks around it do not count.
    if not REASON_MIN <= len(reason.strip()) <= REASON_MAX:
        raise SchemaViolationError(f"a legal hold needs a reason of {REASON_MIN}‥{REASON_MAX} characters")


def hold_invoice(ports: Ports, principal: Principal, invoice_id: str, *, reason: str,
                 on: bool) -> dict[str, Any] | None:
    """Place (``on``) or lift the hold on one invoice the admin sees; the hold now shown (None: lifted)."""
    require(principal, Permission.ADMIN)
    _check_reason(reason)
    doc = ports.invoices.get(principal.tenant, invoice_id)
    if doc is None or not principal.sees_site(doc.get("site", "")):
        raise NotFoundError(f"no invoice {invoice_id}")
    return set_legal_hold(ports.invoices, retention_of(ports), ports.store, ports.audit, tenant=principal.tenant,
                          invoice_id=invoice_id, actor=principal.subject, reason=reason, on=on)


@dataclass(frozen=True)
class SearchHold:
    held: list[str]  # the invoice ids, in the order they were held
    total: int


def hold_search(ports: Ports, principal: Principal, query: InvoiceQuery, *, reason: str, on: bool,
                limit: int = MAX_SEARCH_HOLD) -> SearchHold:
    """Place or lift the hold on every invoice ``query`` finds within the admin's tenant and sites."""
    require(principal, Permission.ADMIN)
    _check_reason(reason)
    scoped = InvoiceQuery(**(asdict(query) | {"tenant": principal.tenant, "sites": principal.sites}))
    ids, total = find_ids(ports, scoped, limit=limit)  # from the query index
    if total > limit:
        raise LimitExceededError(f"the search finds {total} invoices; at most {limit} are held at once — "
                                 "narrow the search (a client's invoices: szamlatar retention hold --client)")
    ids = sorted(ids)
    for invoice_id in ids:
        set_legal_hold(ports.invoices, retention_of(ports), ports.store, ports.audit, tenant=principal.tenant,
                       invoice_id=invoice_id, actor=principal.subject, reason=reason, on=on)
    criteria = {k: str(v) for k, v in asdict(query).items() if k not in ("tenant", "sites") and v not in (None, "")}
    ports.audit.append(tenant=principal.tenant, actor=principal.subject,
                       action="search.legal_hold.set" if on else "search.legal_hold.lifted", target="search",
                       details={"reason": reason, "query": criteria, "hits": len(ids)})
    return SearchHold(ids, len(ids))

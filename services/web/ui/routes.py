"""UI pages: login/logout, search, invoice detail, client card, review queue, audit log, users.

Handlers are plain ``def`` (FastAPI runs them in its thread pool, so the blocking pymongo and scrypt
calls never stall the event loop). Every permission decision is ``Principal.can`` / ``sees_site`` /
``covers`` from ``core/access.py`` and every query goes through ``core/search_query.build_filter`` —
the same as the JSON API; what a site-restricted reader sees of the audit log is
``routes/audit.visible_targets``. PDF links point at the API's audited PDF route, which accepts the
session cookie.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import ValidationError
from starlette.background import BackgroundTask

from services.adapters.audit_anchors import verify_and_anchor
from services.adapters.reconciliation_repo import reconcile_tenant
from services.adapters.reference_repo import ReviewRepo
from services.adapters.users import Accounts, build_user, validate_username
from services.core.access import EVERY_SITE, Permission, Principal, sites_beyond
from services.core.audit_chain import ChainVerdict, newest_first_page
from services.core.enums import Role
from services.core.nav_signing import InvoiceDirection
from services.core.reconcile import period_problem
from services.core.search_query import InvoiceQuery, build_filter
from services.web import presentation as fmt
from services.web import sessions
from services.web.deps import Ports, PortsDep, anchors_of
from services.web.i18n import LANGUAGES
from services.web.params import Page
from services.web.routes import review as decisions
from services.web.routes.audit import visible_targets
from services.web.sessions import SessionContext

HERE = Path(__file__).resolve().parent
STATIC = {"style.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
PAGE_SIZE = 25
CLIENT_CARD_LIMIT = 2000  # invoices summed on one client card (FerretDB's $group has only $sum/$count)
AUDIT_PAGE_SIZE = 50
REVIEW_LIMIT = 200  # open items on one page; FerretDB scans the queue per query, so one query, no count

router = APIRouter(prefix="/ui", include_in_schema=False)
templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                        trim_blocks=True, lstrip_blocks=True)

FormStr = Annotated[str, Form()]


def _now() -> datetime:
    return datetime.now(UTC)


def _accounts(ports: Ports) -> Accounts:
    if ports.accounts is None:
        raise HTTPException(503, "the UI has no user store configured")
    return ports.accounts


def _session(request: Request, ports: Ports) -> SessionContext | None:
    return sessions.load_session(_accounts(ports), request.cookies.get(sessions.SESSION_COOKIE), _now())


def _lang(request: Request, user: dict[str, Any] | None = None) -> str:
    return fmt.choose_language(None, request.cookies.get(sessions.LANG_COOKIE),
                               (user or {}).get("language"), request.headers.get("accept-language"))


def _here(request: Request) -> str:
    return request.url.path + (f"?{request.url.query}" if request.url.query else "")


def render(request: Request, template: str, ctx: SessionContext | None, *, status: int = 200,
           **values: Any) -> HTMLResponse:
    lang = _lang(request, ctx.user if ctx else None)
    principal = ctx.principal if ctx else None
    html = templates.get_template(template).render(
        t=partial(fmt.translate, lang), lang=lang, other_lang=next(x for x in LANGUAGES if x != lang),
        here=_here(request), quote=quote, money=partial(fmt.format_amount, lang=lang),
        day=partial(fmt.format_date, lang=lang), instant=partial(fmt.format_datetime, lang=lang),
        size=fmt.format_size, why=partial(fmt.review_why, lang=lang), ctx=ctx, principal=principal,
        csrf=ctx.csrf if ctx else None,
        can_audit=bool(principal and principal.can(Permission.READ_AUDIT)),
        can_read_review=bool(principal and principal.can(Permission.SEARCH)),
        can_admin=bool(principal and principal.can(Permission.ADMIN)),
        can_reconcile=bool(principal and principal.can(Permission.SEARCH) and principal.tenant_wide),
        can_verify=bool(principal and principal.can(Permission.READ_AUDIT) and principal.tenant_wide), **values,
    )
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def _page_session(request: Request, ports: Ports, permission: str) -> tuple[SessionContext | None, Response | None]:
    """A page: signed in (else to the login page, back here after) and allowed (else 403). Exactly one of
    the two is set: the session to render with, or the response that refuses."""
    ctx = _session(request, ports)
    if ctx is None:
        return None, _to_login(request)
    if not ctx.principal.can(permission):
        return None, _error(request, ctx, 403, "error.forbidden")
    return ctx, None


def _form_session(
    request: Request, ports: Ports, permission: str, csrf_token: str
) -> tuple[SessionContext | None, Response | None]:
    """A state-changing form: a page's checks, and carrying this session's CSRF token."""
    ctx, refusal = _page_session(request, ports, permission)
    if ctx is not None and not sessions.csrf_ok(ctx.csrf, csrf_token):
        return None, _error(request, ctx, 403, "csrf.failed")
    return ctx, refusal


def _to_login(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/ui/login?next={quote(_here(request), safe='')}", status_code=303)


def _error(request: Request, ctx: SessionContext | None, status: int, key: str) -> HTMLResponse:
    return render(request, "error.html", ctx, status=status, message_key=key)


def _audit(ports: Ports, principal_or_tenant: Principal | str, actor: str, action: str, target: str,
           details: dict[str, Any]) -> None:
    tenant = principal_or_tenant.tenant if isinstance(principal_or_tenant, Principal) else principal_or_tenant
    ports.audit.append(tenant=tenant, actor=actor, action=action, target=target, details=details)


def _remote(request: Request) -> str:
    return request.client.host if request.client else ""


# --- static, language -------------------------------------------------------------------------------


@router.get("/static/{name}")
def static(name: str) -> Response:
    if name not in STATIC:
        raise HTTPException(404)
    return Response((HERE / "static" / name).read_bytes(), media_type=STATIC[name],
                    headers={"Cache-Control": "public, max-age=300"})


@router.get("/lang/{code}")
def switch_language(request: Request, code: str, next: str | None = None) -> RedirectResponse:
    response = RedirectResponse(fmt.safe_next(next), status_code=303)
    if code in LANGUAGES:
        sessions.set_cookie(response, request, sessions.LANG_COOKIE, code, max_age=365 * 24 * 3600)
    return response


@router.get("")
@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/ui/invoices", status_code=303)


# --- login / logout ---------------------------------------------------------------------------------


def _login_page(request: Request, *, status: int = 200, error: str | None = None, tenant: str = "",
                username: str = "", next_url: str | None = None, notice: str | None = None,
                error_values: dict[str, Any] | None = None) -> HTMLResponse:
    prelogin = request.cookies.get(sessions.PRELOGIN_COOKIE) or sessions.new_prelogin()
    response = render(request, "login.html", None, status=status, error=error, notice=notice, tenant=tenant,
                      error_values=error_values or {},
                      username=username, next_url=fmt.safe_next(next_url), login_csrf=sessions.login_csrf(prelogin))
    sessions.set_cookie(response, request, sessions.PRELOGIN_COOKIE, prelogin, max_age=3600)
    return response


@router.get("/login", response_model=None)
def login_form(request: Request, ports: PortsDep, next: str | None = None, tenant: str = "",
               bye: bool = False) -> Response:
    if _session(request, ports) is not None:
        return RedirectResponse(fmt.safe_next(next), status_code=303)
    return _login_page(request, tenant=tenant, next_url=next, notice="login.logged_out" if bye else None)


@router.post("/login", response_model=None)
def login(request: Request, ports: PortsDep, tenant: FormStr = "", username: FormStr = "",
          password: FormStr = "", csrf_token: FormStr = "", next: FormStr = "") -> Response:
    accounts = _accounts(ports)
    prelogin = request.cookies.get(sessions.PRELOGIN_COOKIE)
    tenant = tenant.strip()
    if not prelogin or not sessions.csrf_ok(sessions.login_csrf(prelogin), csrf_token):
        return _login_page(request, status=403, error="csrf.failed", tenant=tenant, next_url=next)
    try:
        name = validate_username(username)
    except ValueError:
        name = ""
    now = _now()
    remote = _remote(request)
    details = {"remote": remote}
    # Until the answer is sent, the work done is the same for every tenant and user, known or not:
    # records read by _id, one password hash, records written. Whether the tenant exists — which
    # decides whether the attempt is audited — is looked up after the answer, in its background task.
    throttle = accounts.throttle.get(tenant, name) if name else {"failures": 0}
    from_address = accounts.throttle.address(remote)
    lock = sessions.login_lock(throttle, from_address, now)
    if lock is not None:
        wait, scope, record = lock
        minutes = max(1, -(-int(wait.total_seconds()) // 60))
        response = _login_page(request, status=429, error="login.locked", tenant=tenant, username=name,
                               next_url=next, error_values={"minutes": minutes})
        response.headers["Retry-After"] = str(int(wait.total_seconds()) + 1)
        response.background = BackgroundTask(_audit_attempt, ports, tenant, name or username[:64], "login.locked",
                                             {**details, "failures": record["failures"], "scope": scope})
        return response
    user = accounts.users.check_password(tenant, name, password)
    if user is None:
        failures = int(throttle.get("failures", 0)) + 1
        locked_until = sessions.lock_after_failure(failures, now)
        if name:
            accounts.throttle.failed(tenant, name, failures, locked_until, now)
        accounts.throttle.address_failed(remote, *sessions.address_failed(from_address, now), now)
        until = locked_until.isoformat() if locked_until else None
        response = _login_page(request, status=401, error="login.failed", tenant=tenant, username=name,
                               next_url=next)
        response.background = BackgroundTask(_audit_attempt, ports, tenant, name or username[:64], "login.failure",
                                             {**details, "failures": failures, "locked_until": until})
        return response
    accounts.throttle.reset(tenant, name)
    new = accounts.sessions.create(tenant, name, now, sessions.SESSION_LIFETIME)
    _audit(ports, tenant, name, "login.success", f"user:{name}", {**details, "role": user["role"]})
    response = RedirectResponse(fmt.safe_next(next), status_code=303)
    sessions.set_cookie(response, request, sessions.SESSION_COOKIE, new.token,
                        max_age=int(sessions.SESSION_LIFETIME.total_seconds()))
    sessions.clear_cookie(response, request, sessions.PRELOGIN_COOKIE)
    return response


def _audit_attempt(ports: Ports, tenant: str, actor: str, action: str, details: dict[str, Any]) -> None:
    """A refused login, in the tenant's log when there is such a tenant (an unknown one has no log,
    and a log per guessed name would let anyone create them)."""
    if tenant and _accounts(ports).users.tenant_exists(tenant):
        _audit(ports, tenant, actor, action, f"user:{actor}", details)


@router.post("/logout", response_model=None)
def logout(request: Request, ports: PortsDep, csrf_token: FormStr = "") -> Response:
    ctx = _session(request, ports)
    if ctx is None:
        return RedirectResponse("/ui/login", status_code=303)
    if not sessions.csrf_ok(ctx.csrf, csrf_token):
        return _error(request, ctx, 403, "csrf.failed")
    _accounts(ports).sessions.delete(ctx.token)
    _audit(ports, ctx.principal, ctx.principal.subject, "logout", f"user:{ctx.principal.subject}",
           {"remote": _remote(request)})
    response = RedirectResponse(f"/ui/login?bye=1&tenant={quote(ctx.principal.tenant)}", status_code=303)
    sessions.clear_cookie(response, request, sessions.SESSION_COOKIE)
    return response


# --- search -----------------------------------------------------------------------------------------

FILTERS = ("client", "issue_from", "issue_to", "gross_min", "gross_max", "number", "q")


@router.get("/invoices", response_model=None)
def search_page(request: Request, ports: PortsDep, page: Page = 1,
                client: str = "", issue_from: str = "", issue_to: str = "", gross_min: str = "",
                gross_max: str = "", number: str = "", q: str = "") -> Response:
    ctx, refusal = _page_session(request, ports, Permission.SEARCH)
    if ctx is None:
        return refusal or _to_login(request)
    principal = ctx.principal
    raw = {"client": client, "issue_from": issue_from, "issue_to": issue_to, "gross_min": gross_min,
           "gross_max": gross_max, "number": number, "q": q}
    errors: list[tuple[str, str]] = []

    def parsed(parse: Any, key: str, message: str) -> Any:
        try:
            return parse(raw[key])
        except (ValueError, ArithmeticError):
            errors.append((message, raw[key]))
            return None

    query = InvoiceQuery(
        tenant=principal.tenant, sites=principal.sites, client=client.strip() or None,
        issue_from=parsed(fmt.parse_date_input, "issue_from", "search.bad_date"),
        issue_to=parsed(fmt.parse_date_input, "issue_to", "search.bad_date"),
        gross_min=parsed(fmt.parse_amount_input, "gross_min", "search.bad_amount"),
        gross_max=parsed(fmt.parse_amount_input, "gross_max", "search.bad_amount"),
        number=number.strip() or None, text=q.strip() or None,
    )
    items: list[dict[str, Any]] = []
    pager = fmt.paginate(0, 1, PAGE_SIZE)
    if not errors:
        wanted = fmt.paginate(page * PAGE_SIZE, page, PAGE_SIZE)  # assume the page exists …
        items, total = ports.invoices.search(build_filter(query), skip=wanted.skip, limit=PAGE_SIZE)
        pager = fmt.paginate(total, page, PAGE_SIZE)
        if pager.page != page:  # … and fetch the last one when it does not
            items, total = ports.invoices.search(build_filter(query), skip=pager.skip, limit=PAGE_SIZE)
    kept = {k: v for k, v in raw.items() if v}
    return render(request, "search.html", ctx, items=items, pg=pager, values=raw, errors=errors,
                  page_url=lambda p: "/ui/invoices?" + urlencode({**kept, "page": p}))


# --- invoice detail ---------------------------------------------------------------------------------


@router.get("/invoices/{invoice_id}", response_model=None)
def invoice_page(request: Request, ports: PortsDep, invoice_id: str) -> Response:
    ctx, refusal = _page_session(request, ports, Permission.READ)
    if ctx is None:
        return refusal or _to_login(request)
    principal = ctx.principal
    doc = ports.invoices.get(principal.tenant, invoice_id)
    if doc is None or not principal.sees_site(doc.get("site", "")):
        return _error(request, ctx, 404, "error.not_found")
    versions = ports.invoices.versions(invoice_id)
    trail = ports.audit.trail(principal.tenant, invoice_id)
    invoice = doc.get("invoice") or {}
    return render(request, "invoice.html", ctx, doc=doc, inv=invoice, match=doc.get("match") or {},
                  versions=versions, trail=trail, warnings=invoice.get("warnings") or [],
                  can_pdf=principal.can(Permission.READ_PDF), details=_details_text)


def _details_text(details: Any) -> str:
    if not details:
        return ""
    if isinstance(details, dict):
        return ", ".join(f"{k}: {v}" for k, v in details.items() if v not in (None, "", [], {}))
    return str(details)


# --- client card ------------------------------------------------------------------------------------


@router.get("/clients/{client_id}", response_model=None)
def client_page(request: Request, ports: PortsDep, client_id: str,
                page: Page = 1) -> Response:
    ctx, refusal = _page_session(request, ports, Permission.SEARCH)
    if ctx is None:
        return refusal or _to_login(request)
    principal = ctx.principal
    client = _accounts(ports).client(principal.tenant, client_id)
    if client is not None and not principal.sees_site(client.get("site", "")):
        client = None  # another site's record, as the reference API would not show it either
    scope = build_filter(InvoiceQuery(tenant=principal.tenant, sites=principal.sites))
    docs, total = ports.invoices.search({"$and": [scope, {"client_id": client_id}]}, skip=0,
                                        limit=CLIENT_CARD_LIMIT)
    if client is None and not docs:
        return _error(request, ctx, 404, "error.not_found")
    pager = fmt.paginate(total, page, PAGE_SIZE)
    shown = docs[pager.skip:pager.skip + PAGE_SIZE]
    return render(request, "client.html", ctx, client=client or {"_id": client_id, "name": docs[0].get("client_name")},
                  items=shown, pg=pager, totals=fmt.client_totals(docs), truncated=total > len(docs),
                  limit=CLIENT_CARD_LIMIT, page_url=lambda p: f"/ui/clients/{quote(client_id)}?page={p}")


# --- review queue -----------------------------------------------------------------------------------

# The decision functions' HTTPException, by (status, reason), as a message for a person.
DECISION_ERRORS = {(404, "not_found"): "error.not_found", (422, "not_found"): "review.unknown_client",
                   (409, "conflict"): "review.already_decided",
                   (422, "schema_violation"): "review.reassign_needs_client"}
DECISION_ACTIONS = ("approve", "reassign", "reject")


@router.get("/review", response_model=None)
def review_page(request: Request, ports: PortsDep, done: str = "") -> Response:
    ctx, refusal = _page_session(request, ports, Permission.SEARCH)
    if ctx is None:
        return refusal or _to_login(request)
    items = decisions.visible_items(ports, ctx.principal, status="open", limit=REVIEW_LIMIT)
    return render(request, "review.html", ctx, items=items, limit=REVIEW_LIMIT, review_open=len(items),
                  notice=f"review.done.{done}" if done in DECISION_ACTIONS else None)


def _review_item_page(request: Request, ports: Ports, ctx: SessionContext, item: dict[str, Any], *,
                      status: int = 200, error: str | None = None, values: dict[str, str] | None = None
                      ) -> HTMLResponse:
    principal = ctx.principal
    # A match item's invoice is archived already; a held one is published only once approved.
    published = ports.invoices.get(principal.tenant, item["_id"]) is not None
    matched = item.get("matched") or {}
    return render(request, "review_item.html", ctx, status=status, item=item, match=item.get("match") or {},
                  inv=matched.get("invoice") or {}, published=published, error=error, values=values or {},
                  can_decide=principal.can(Permission.REVIEW) and item["status"] == "open")


@router.get("/review/{item_id}", response_model=None)
def review_item_page(request: Request, ports: PortsDep, item_id: str) -> Response:
    ctx, refusal = _page_session(request, ports, Permission.SEARCH)
    if ctx is None:
        return refusal or _to_login(request)
    try:
        item = decisions.load_item(ports, ctx.principal, item_id)
    except HTTPException:
        return _error(request, ctx, 404, "error.not_found")
    return _review_item_page(request, ports, ctx, item)


@router.post("/review/{item_id}", response_model=None)
def review_decide(request: Request, ports: PortsDep, item_id: str, csrf_token: FormStr = "",
                  action: FormStr = "", reason: FormStr = "", client_id: FormStr = "") -> Response:
    ctx, refusal = _form_session(request, ports, Permission.REVIEW, csrf_token)
    if ctx is None:
        return refusal or _to_login(request)
    principal = ctx.principal
    try:
        item = decisions.load_item(ports, principal, item_id)
    except HTTPException:
        return _error(request, ctx, 404, "error.not_found")
    values = {"reason": reason, "client_id": client_id}
    if action not in DECISION_ACTIONS:
        return _review_item_page(request, ports, ctx, item, status=422, error="review.bad_action", values=values)
    try:
        decision = decisions.Decision(reason=reason.strip(), client_id=client_id.strip() or None)
    except ValidationError:
        return _review_item_page(request, ports, ctx, item, status=422, error="review.bad_reason", values=values)
    try:
        if action == "reject":
            decisions.reject_item(ports, principal, item_id, decision)
        else:
            decisions.approve_item(ports, principal, item_id, decision, action)
    except HTTPException as exc:
        reason_code = exc.detail.get("reason") if isinstance(exc.detail, dict) else None
        key = DECISION_ERRORS.get((exc.status_code, str(reason_code)), "review.failed")
        current = ReviewRepo(ports.invoices.db).get(item_id) or item  # e.g. decided meanwhile
        return _review_item_page(request, ports, ctx, current, status=exc.status_code, error=key, values=values)
    return RedirectResponse(f"/ui/review?done={action}", status_code=303)


# --- NAV completeness ------------------------------------------------------------------------------

RECON_DIRECTIONS = {"outbound": InvoiceDirection.OUTBOUND, "inbound": InvoiceDirection.INBOUND}


@router.get("/reconciliation", response_model=None)
def reconciliation_page(request: Request, ports: PortsDep, direction: str = "outbound",
                        date_from: Annotated[str, Query(alias="from")] = "",
                        date_to: Annotated[str, Query(alias="to")] = "") -> Response:
    ctx, refusal = _page_session(request, ports, Permission.SEARCH)
    if ctx is None:
        return refusal or _to_login(request)
    if not ctx.principal.tenant_wide:  # NAV's lists are the whole company's: no site filter can apply to them
        return _error(request, ctx, 403, "recon.tenant_wide")
    default_from, default_to = fmt.previous_month(_now().date())
    try:
        start = fmt.parse_date_input(date_from) or default_from
        end = fmt.parse_date_input(date_to) or default_to
    except ValueError:
        start, end = default_from, default_to
        bad_period = True
    else:
        bad_period = period_problem(start, end) is not None
    chosen = direction if direction in RECON_DIRECTIONS else "outbound"
    values = {"from": start.isoformat(), "to": end.isoformat(), "direction": chosen}
    if bad_period:
        return render(request, "reconciliation.html", ctx, status=422, values=values, result=None, bad_period=True,
                      taxpayers=set())
    result, taxpayers = reconcile_tenant(ports.invoices.db, ctx.principal.tenant, start, end,
                                         RECON_DIRECTIONS[chosen])
    return render(request, "reconciliation.html", ctx, values=values, result=result, bad_period=False,
                  taxpayers=taxpayers, gap_total=sum(result.gaps.values()))


# --- audit log --------------------------------------------------------------------------------------


def _audit_page(request: Request, ports: Ports, ctx: SessionContext, page: int,
                verified: ChainVerdict | None = None, status: int = 200) -> HTMLResponse:
    tenant = ctx.principal.tenant
    targets = visible_targets(ports, ctx.principal)
    if targets is None:
        # The head's seq is the total and a page is a seq range: one page read, not the whole chain.
        pager = fmt.paginate(ports.audit.head_seq(tenant), page, AUDIT_PAGE_SIZE)
        first, last = newest_first_page(pager.total, pager.skip, AUDIT_PAGE_SIZE)
        newest_first = ports.audit.seq_range(tenant, first, last, newest_first=True)
    else:  # a site-restricted reader: its invoices' entries, counted alone (the total is what it may see)
        wanted = fmt.paginate(page * AUDIT_PAGE_SIZE, page, AUDIT_PAGE_SIZE)
        newest_first, total = ports.audit.about(tenant, targets, skip=wanted.skip, limit=AUDIT_PAGE_SIZE)
        pager = fmt.paginate(total, page, AUDIT_PAGE_SIZE)
        if pager.page != page:
            newest_first, total = ports.audit.about(tenant, targets, skip=pager.skip, limit=AUDIT_PAGE_SIZE)
    return render(request, "audit.html", ctx, status=status, entries=newest_first, pg=pager, verified=verified,
                  details=_details_text, page_url=lambda p: f"/ui/audit?page={p}")


@router.get("/audit", response_model=None)
def audit_page(request: Request, ports: PortsDep, page: Page = 1) -> Response:
    ctx, refusal = _page_session(request, ports, Permission.READ_AUDIT)
    if ctx is None:
        return refusal or _to_login(request)
    return _audit_page(request, ports, ctx, page)


@router.post("/audit/verify", response_model=None)
def audit_verify(request: Request, ports: PortsDep, csrf_token: FormStr = "") -> Response:
    ctx, refusal = _form_session(request, ports, Permission.READ_AUDIT, csrf_token)
    if ctx is None:
        return refusal or _to_login(request)
    if not ctx.principal.tenant_wide:  # the chain is the whole tenant's; its count alone says too much
        return _error(request, ctx, 403, "audit.tenant_wide")
    verdict = verify_and_anchor(ports.audit, anchors_of(ports), ctx.principal.tenant)
    _audit(ports, ctx.principal, ctx.principal.subject, "audit.verify", f"tenant:{ctx.principal.tenant}",
           verdict.as_details())
    return _audit_page(request, ports, ctx, 1, verified=verdict)


def _about(entries: Iterator[dict[str, Any]], targets: frozenset[str]) -> Iterator[dict[str, Any]]:
    return (e for e in entries if e.get("target") in targets)


CSV_COLUMNS = ("seq", "at", "actor", "action", "target", "details", "prev_hash", "hash")


@router.get("/audit.csv", response_model=None)
def audit_export(request: Request, ports: PortsDep) -> Response:
    ctx, refusal = _page_session(request, ports, Permission.READ_AUDIT)
    if ctx is None:
        return refusal or _to_login(request)
    tenant = ctx.principal.tenant
    _audit(ports, ctx.principal, ctx.principal.subject, "audit.export", f"tenant:{tenant}", {"format": "csv"})
    # The head is read here, after the export's own entry (so the file lists itself last) and before
    # the response starts (so a store outage is still an error page); the rows stream in seq batches.
    targets = visible_targets(ports, ctx.principal)
    entries = ports.audit.stream(tenant, up_to=ports.audit.head_seq(tenant))
    if targets is not None:  # a site-restricted reader: only its invoices' entries
        entries = _about(entries, frozenset(targets))

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        for e in entries:
            writer.writerow([fmt.csv_cell(json.dumps(e.get(c), ensure_ascii=False, sort_keys=True)
                                          if c == "details" else e.get(c)) for c in CSV_COLUMNS])
            if buffer.tell() > 64 * 1024:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    stamp = _now().strftime("%Y%m%d-%H%M%S")
    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="audit-{tenant}-{stamp}.csv"', "Cache-Control": "no-store"})


# --- users (admin) ----------------------------------------------------------------------------------


def _users_page(request: Request, ports: Ports, ctx: SessionContext, *, status: int = 200,
                notice: str | None = None, error: str | None = None,
                refusal: tuple[str, dict[str, str]] | None = None) -> HTMLResponse:
    principal = ctx.principal
    # A site-restricted admin manages, and so lists, only the users whose sites are all its own.
    users = [u for u in _accounts(ports).users.list(principal.tenant) if principal.covers(u.get("sites") or ())]
    return render(request, "users.html", ctx, status=status, users=users, roles=[r.value for r in Role],
                  languages=LANGUAGES, notice=notice, error=error, refusal=refusal)


def _grant_refusal(principal: Principal, sites: tuple[str, ...]) -> tuple[str, dict[str, str]] | None:
    """The message key and values refusing a grant of ``sites`` (empty: every site), or None when
    the principal may grant them (``core/access.py``)."""
    beyond = sites_beyond(principal.sites, sites)
    if not beyond:
        return None
    own = ", ".join(principal.sites)
    if EVERY_SITE in beyond:
        return "admin.sites_every", {"own": own}
    return "admin.sites_beyond", {"sites": ", ".join(beyond), "own": own}


@router.get("/admin/users", response_model=None)
def users_page(request: Request, ports: PortsDep) -> Response:
    ctx, refusal = _page_session(request, ports, Permission.ADMIN)
    if ctx is None:
        return refusal or _to_login(request)
    return _users_page(request, ports, ctx)


@router.post("/admin/users", response_model=None)
def users_create(request: Request, ports: PortsDep, csrf_token: FormStr = "", username: FormStr = "",
                 password: FormStr = "", role: FormStr = "", sites: FormStr = "", display_name: FormStr = "",
                 language: FormStr = "hu") -> Response:
    ctx, refusal = _form_session(request, ports, Permission.ADMIN, csrf_token)
    if ctx is None:
        return refusal or _to_login(request)
    try:
        if role not in {r.value for r in Role}:
            raise ValueError(f"role: {role!r}")
        site_list = tuple(s.strip() for s in sites.split(",") if s.strip())
        denied = _grant_refusal(ctx.principal, site_list)
        if denied is not None:
            _audit(ports, ctx.principal, ctx.principal.subject, "user.create.refused", f"user:{username.strip()[:64]}",
                   {"role": role, "sites": list(site_list), "reason": denied[0]})
            return _users_page(request, ports, ctx, status=403, refusal=denied)
        if _accounts(ports).users.get(ctx.principal.tenant, validate_username(username)) is not None:
            raise ValueError(f"username: {username.strip().lower()} exists")
        user = build_user(tenant=ctx.principal.tenant, username=username, password=password, role=Role(role),
                          sites=site_list, display_name=display_name.strip() or None, language=language, now=_now())
        _accounts(ports).users.upsert(user)
    except ValueError as exc:
        return _users_page(request, ports, ctx, status=422, error=str(exc))
    _audit(ports, ctx.principal, ctx.principal.subject, "user.create", f"user:{user['username']}",
           {"role": user["role"], "sites": user["sites"]})
    return _users_page(request, ports, ctx, notice=user["username"])

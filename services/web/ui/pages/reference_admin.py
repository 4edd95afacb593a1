"""``/ui/admin/reference`` (Törzsadatok): the clients, projects, contracts, orders, delivery notes, completion
certificates and handover documents of the reader's sites, a page at a time; an admin edits, adds or deletes
(a ticked confirmation) a record, and imports a CSV with a report of every row (its line, OK or why it was
refused, in the reader's language): the valid rows are stored, a bad one never stops them.

Every action is a use case of ``app/reference.py``, the same as ``/api/v1/reference``: records are normalised
by ``core/reference.normalise_record``, site-checked and audited (``reference.upserted``,
``reference.csv_imported``, ``reference.deleted``) as there. Finance sees the lists and records (it links
invoices to them in the review); viewers and auditors do not. The list is the reference repository's page
(``skip``/``limit``) of a collection bounded by the tenant's reference data, not by the archive.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse

from services.app import reference as uc
from services.app.reference import ReferencePorts
from services.core.access import Permission
from services.core.csv_import import decode_text
from services.core.errors import ForbiddenError, InvalidInputError, NotFoundError, SzamlatarError
from services.core.reference import CsvRow, RefKind
from services.web.admin_deps import ReferenceDep
from services.web.params import Page
from services.web.sessions import SessionContext
from services.web.ui.form_fields import FormFields
from services.web.ui.guard import AdminForm, PageNotFound, Reviewer
from services.web.ui.pages.reference import KINDS as REFERENCE_PAGE_KINDS
from services.web.ui.reference_form import KINDS, PAGE_SIZE, fields_of, form_from_record, pages, record_from_form
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
MAX_CSV = 20 * 1024 * 1024  # as the API's CSV import
FormStr = Annotated[str, Form()]


def _kind(ctx: SessionContext, kind: str) -> RefKind:
    found = next((k for k in KINDS if k.value == kind), None)
    if found is None:
        raise PageNotFound(ctx)
    return found


def _page(request: Request, refs: ReferencePorts, ctx: SessionContext, kind: RefKind, *, page: int = 1,
          status: int = 200, editing: str | None = None, values: dict[str, str] | None = None,
          notice: tuple[str, dict[str, Any]] | None = None, error: tuple[str, dict[str, str]] | None = None,
          report: list[CsvRow] | None = None) -> HTMLResponse:
    docs, total = uc.list_records(refs, ctx.principal, kind, skip=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    return render(request, "reference_admin.html", ctx, status=status, kind=kind.value, kinds=[k.value for k in KINDS],
                  items=docs, total=total, page=page, pages=pages(total), fields=fields_of(kind),
                  editing=editing, values=values or {"active": "1"}, notice=notice, error=error, report=report,
                  can_edit=ctx.principal.can(Permission.ADMIN), default_site=uc.default_site(ctx.principal),
                  linkable=[k.value for k in REFERENCE_PAGE_KINDS])


def _refusal(exc: SzamlatarError) -> tuple[int, tuple[str, dict[str, str]]]:
    if isinstance(exc, InvalidInputError):
        return 422, (f"problem.{exc.problem}", exc.params)
    if isinstance(exc, ForbiddenError):
        return 403, ("reference_admin.sites_beyond", {})
    return 422, ("problem.invalid", {})


@router.get("/admin/reference")
def reference_admin_page(request: Request, ctx: Reviewer, refs: ReferenceDep, kind: str = "client",
                         page: Page = 1, edit: str = "") -> HTMLResponse:
    k = _kind(ctx, kind)
    values = None
    if edit:
        try:
            values = form_from_record(k, uc.visible_record(refs, ctx.principal, k, edit))
        except NotFoundError as exc:
            raise PageNotFound(ctx) from exc
    return _page(request, refs, ctx, k, page=page, editing=edit or None, values=values)


@router.post("/admin/reference/{kind}/save")
def reference_admin_save(request: Request, ctx: AdminForm, refs: ReferenceDep, kind: str,
                         fields: FormFields) -> HTMLResponse:
    k = _kind(ctx, kind)
    record = record_from_form(k, fields)
    editing = fields.get("original") or None
    try:
        stored = uc.put_record(refs, ctx.principal, k, str(record.get("id") or ""), record)
    except SzamlatarError as exc:
        status, error = _refusal(exc)
        return _page(request, refs, ctx, k, status=status, editing=editing, values=dict(fields), error=error)
    return _page(request, refs, ctx, k, editing=stored["id"], values=form_from_record(k, stored),
                 notice=("reference_admin.saved", {"id": stored["id"]}))


@router.post("/admin/reference/{kind}/import")
def reference_admin_import(request: Request, ctx: AdminForm, refs: ReferenceDep, kind: str,
                           file: Annotated[UploadFile, File()]) -> HTMLResponse:
    k = _kind(ctx, kind)
    data = file.file.read(MAX_CSV + 1)
    if len(data) > MAX_CSV:
        return _page(request, refs, ctx, k, status=413, error=("reference_admin.too_large", {}))
    text, _ = decode_text(data)  # a spreadsheet's export: UTF-8 with or without a BOM, or Windows-1250
    try:
        report = uc.import_csv_rows(refs, ctx.principal, k, text)
    except SzamlatarError as exc:
        status, error = _refusal(exc)
        return _page(request, refs, ctx, k, status=status, error=error)
    if not report:
        return _page(request, refs, ctx, k, status=422, error=("reference_admin.no_rows", {}))
    stored = sum(1 for r in report if r.record is not None)
    return _page(request, refs, ctx, k, report=report,
                 notice=("reference_admin.imported", {"stored": stored, "refused": len(report) - stored}))


@router.post("/admin/reference/{kind}/delete")
def reference_admin_delete(request: Request, ctx: AdminForm, refs: ReferenceDep, kind: str,
                           id: FormStr = "", confirm: FormStr = "") -> HTMLResponse:
    """Deletes the record once the admin has ticked the confirmation; without it the form is shown again."""
    k = _kind(ctx, kind)
    if confirm != "1":
        try:
            values = form_from_record(k, uc.visible_record(refs, ctx.principal, k, id))
        except NotFoundError as exc:
            raise PageNotFound(ctx) from exc
        return _page(request, refs, ctx, k, status=422, editing=id, values=values,
                     error=("reference_admin.confirm_needed", {}))
    try:
        uc.delete_record(refs, ctx.principal, k, id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    return _page(request, refs, ctx, k, notice=("reference_admin.deleted", {"id": id}))

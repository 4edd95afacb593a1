"""``/ui/admin/rules`` (Szabályok): the tenant's rules in the order they run, each with its version; create
or edit one with its conditions and actions; every saved version of a rule (load an older one into the form
to look at it or save it again); delete; and the dry run — the stored rules, or the rule in the form before
saving it — over the last invoices of the admin's sites, shown as a table of what would happen to each.

Every action is a use case of ``app/rules.py``, the same as ``/api/v1/rules``: the rule is validated by
``core/rules.validate_rule``, site-checked, versioned and audited (``rule.saved``, ``rule.deleted``) as
there. An invalid rule is answered with the problem ``InvalidInputError`` names, in the reader's language.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from services.app import rules as uc
from services.app.rules import RulePorts
from services.core.errors import ForbiddenError, InvalidInputError, NotFoundError, SzamlatarError
from services.core.rules import ARCHIVE_MODES, TEXT_MODES
from services.web.admin_deps import RulesDep
from services.web.sessions import SessionContext
from services.web.ui.form_fields import FormFields
from services.web.ui.guard import Admin, AdminForm, PageNotFound
from services.web.ui.render import render
from services.web.ui.rule_form import form_from_rule, rule_from_form

router = APIRouter(prefix="/ui", include_in_schema=False)
DRAFT_ID = "uj-szabaly"
MAX_VERSION = 1_000_000
Version = Annotated[int, Query(ge=0, le=MAX_VERSION, description="an older version to load (0: the current one)")]
NEW_RULE = {"enabled": "1", "priority": "100", "archive": "auto", "text_mode": "any"}


def _refusal(exc: SzamlatarError) -> tuple[int, str, dict[str, str]]:
    """A refused save or dry run: the page's status, the message key and its values."""
    if isinstance(exc, InvalidInputError):
        return 422, f"problem.{exc.problem}", exc.params
    if isinstance(exc, ForbiddenError):
        return 403, "rules.sites_beyond", {}
    return 422, "rules.invalid", {}


def _page(request: Request, rules: RulePorts, ctx: SessionContext, *, status: int = 200,
          editing: str | None = None, values: dict[str, str] | None = None, notice: str | None = None,
          error: tuple[str, dict[str, str]] | None = None, result: dict[str, Any] | None = None,
          proposed: bool = False) -> HTMLResponse:
    versions = uc.rule_versions(rules, ctx.principal, editing) if editing else []
    return render(request, "rules.html", ctx, status=status, rules=uc.visible_rules(rules, ctx.principal),
                  editing=editing, versions=versions, notice=notice, error=error,
                  # a site admin's new rule starts at its own sites, the only ones it may give
                  values=values or {**NEW_RULE, "sites": ", ".join(ctx.principal.sites)},
                  result=result, proposed=proposed, text_modes=TEXT_MODES, archive_modes=ARCHIVE_MODES,
                  dry_run_limit=uc.DRY_RUN_DEFAULT)


@router.get("/admin/rules")
def rules_page(request: Request, ctx: Admin, rules: RulesDep, edit: str = "", version: Version = 0) -> HTMLResponse:
    if not edit:
        return _page(request, rules, ctx)
    versions = uc.rule_versions(rules, ctx.principal, edit)
    try:
        shown: dict[str, Any] = uc.visible_rule(rules, ctx.principal, edit)
    except NotFoundError:
        if not versions:
            raise PageNotFound(ctx) from None
        shown = versions[-1]  # a deleted rule: its history is still there to look at or restore
    if version:
        older = [v for v in versions if int(v.get("version", 0)) == version]
        if not older:
            raise PageNotFound(ctx)
        shown = older[0]
    notice = "rules.version_loaded" if version else None
    return _page(request, rules, ctx, editing=edit, values=form_from_rule(shown), notice=notice)


@router.post("/admin/rules/save")
def rules_save(request: Request, ctx: AdminForm, rules: RulesDep, fields: FormFields) -> HTMLResponse:
    body = rule_from_form(fields)
    editing = fields.get("original") or None
    try:
        stored = uc.save_rule(rules, ctx.principal, body["id"], body)
    except SzamlatarError as exc:
        status, key, params = _refusal(exc)
        return _page(request, rules, ctx, status=status, editing=editing, values=dict(fields), error=(key, params))
    return _page(request, rules, ctx, editing=stored["id"], values=form_from_rule(stored), notice="rules.saved")


@router.post("/admin/rules/dry-run")
def rules_dry_run(request: Request, ctx: AdminForm, rules: RulesDep, fields: FormFields) -> HTMLResponse:
    """``scope=stored``: the stored rules; otherwise the rule in the form, alone and unsaved."""
    proposed = fields.get("scope") != "stored"
    editing = fields.get("original") or None
    values = dict(fields) if proposed else None
    try:
        draft = rule_from_form(fields)
        draft["id"] = draft["id"] or DRAFT_ID  # an unsaved rule may be tried before it has a name
        result = uc.dry_run_rules(rules, ctx.principal, [draft] if proposed else None)
    except SzamlatarError as exc:
        status, key, params = _refusal(exc)
        return _page(request, rules, ctx, status=status, editing=editing, values=values, error=(key, params))
    return _page(request, rules, ctx, editing=editing, values=values, result=result, proposed=proposed)


@router.post("/admin/rules/{rule_id}/delete")
def rules_delete(request: Request, ctx: AdminForm, rules: RulesDep, rule_id: str) -> HTMLResponse:
    try:
        uc.delete_rule(rules, ctx.principal, rule_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    return _page(request, rules, ctx, notice="rules.deleted")

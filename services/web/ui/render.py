"""Rendering a UI page: the Jinja2 environment, the helpers every template gets, the error page."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from services.core.access import Permission
from services.web import presentation as fmt
from services.web import sessions, wording
from services.web.i18n import LANGUAGES
from services.web.sessions import SessionContext

TEMPLATES = Path(__file__).resolve().parent / "templates"
templates = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                        trim_blocks=True, lstrip_blocks=True)


def language(request: Request, user: dict[str, Any] | None = None) -> str:
    return fmt.choose_language(None, request.cookies.get(sessions.LANG_COOKIE),
                               (user or {}).get("language"), request.headers.get("accept-language"))


def here(request: Request) -> str:
    """This page's path and query: where the language switch and the login page send the reader back."""
    return request.url.path + (f"?{request.url.query}" if request.url.query else "")


def render(request: Request, template: str, ctx: SessionContext | None, *, status: int = 200,
           **values: Any) -> HTMLResponse:
    lang = language(request, ctx.user if ctx else None)
    principal = ctx.principal if ctx else None
    html = templates.get_template(template).render(
        t=partial(fmt.translate, lang), lang=lang, other_lang=next(x for x in LANGUAGES if x != lang),
        here=here(request), quote=quote, money=partial(fmt.format_amount, lang=lang),
        num=partial(fmt.format_number, lang=lang),
        day=partial(fmt.format_date, lang=lang), instant=partial(fmt.format_datetime, lang=lang),
        size=partial(fmt.format_size, lang=lang), label=partial(fmt.code_label, lang),
        why=partial(wording.review_why, lang=lang), details=partial(wording.details_words, lang=lang),
        match_why=partial(wording.match_sentence, lang=lang), warning=partial(wording.warning_sentence, lang=lang),
        evidence_phrase=partial(wording.evidence_phrase, lang=lang), ctx=ctx,
        principal=principal, csrf=ctx.csrf if ctx else None,
        can_audit=bool(principal and principal.can(Permission.READ_AUDIT)),
        can_read_review=bool(principal and principal.can(Permission.SEARCH)),
        can_admin=bool(principal and principal.can(Permission.ADMIN)),
        can_reconcile=bool(principal and principal.can(Permission.SEARCH) and principal.tenant_wide),
        can_verify=bool(principal and principal.can(Permission.READ_AUDIT) and principal.tenant_wide), **values,
    )
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def error_page(request: Request, ctx: SessionContext | None, status: int, key: str) -> HTMLResponse:
    return render(request, "error.html", ctx, status=status, message_key=key)

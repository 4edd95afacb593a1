"""The web UI as one piece: every page module's routes (``ui/pages/``, each under ``/ui``), the static
files, and the one answer to a refused page — put on the app by ``install`` (``web/app.py``).

Handlers are plain ``def`` (FastAPI runs them in its thread pool, so the blocking database and scrypt
calls never stall the event loop). Every permission decision is ``Principal.can`` / ``sees_site`` /
``covers`` from ``core/access.py`` (through ``ui/guard.py``) and every query goes through
``core/search_query.build_filter`` — the same as the JSON API.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from services.web.ui.guard import Refusal, answer_refusal
from services.web.ui.pages import (
    audit,
    client,
    export,
    home,
    integrations,
    integrations_backfill,
    integrations_edit,
    integrations_more,
    invoice,
    login,
    oidc_login,
    reconciliation,
    reference,
    reference_admin,
    review,
    rules,
    search,
    signin_admin,
    users,
    webhooks,
)

STATIC_URL = "/ui/static"
STATIC_DIR = Path(__file__).resolve().parent / "static"
# Declared, not guessed: mimetypes reads the host's tables, and a script served as anything but
# JavaScript is refused under ``X-Content-Type-Options: nosniff``.
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}
STATIC_CACHE = "public, max-age=300"

PAGES = (login, oidc_login, home, search, export, invoice, client, reference, review, reconciliation, audit, users,
         integrations, integrations_more, integrations_edit, integrations_backfill, webhooks, rules, reference_admin,
         signin_admin)


class UiStatic(StaticFiles):
    """The stylesheet and the script: a declared Content-Type and a short public cache."""

    def file_response(self, full_path: str | os.PathLike[str], stat_result: os.stat_result, scope: Scope,
                      status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        media_type = STATIC_TYPES.get(Path(full_path).suffix)
        if media_type is not None and "content-type" in response.headers:
            response.headers["content-type"] = media_type
        response.headers["cache-control"] = STATIC_CACHE
        return response


def install(app: FastAPI) -> None:
    for page in PAGES:
        app.include_router(page.router)
    app.mount(STATIC_URL, UiStatic(directory=STATIC_DIR), name="ui-static")
    app.add_exception_handler(Refusal, answer_refusal)

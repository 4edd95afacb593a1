"""A page dependency: every text field of the submitted form, for forms with too many fields to declare one
by one (the rule editor, the reference record form); the page's pure helper reads what it needs."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request


async def form_fields(request: Request) -> dict[str, str]:
    form = await request.form()  # parsed once per request: the CSRF check reads the same form
    return {key: value for key, value in form.items() if isinstance(value, str)}


FormFields = Annotated[dict[str, str], Depends(form_fields)]

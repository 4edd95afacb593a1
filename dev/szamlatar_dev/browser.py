"""Signing in to the web UI from Playwright: the one way the browser tests and ``bench/bench_ui.py`` do it."""

from __future__ import annotations

from typing import Any


def sign_in(page: Any, api: str, tenant: str, username: str, password: str, *, target: str = "/ui/",
            timeout: float = 30_000) -> None:
    """Open ``target`` (which sends a stranger to the login form), sign in with the password, and wait
    until the form has sent the browser back to ``target``."""
    page.goto(f"{api}{target}")
    page.get_by_label("Szervezet").fill(tenant)
    page.get_by_label("Felhasználónév").fill(username)
    page.get_by_label("Jelszó").fill(password)
    # Exact: the company sign-in button's name ("Belépés a céges fiókkal") also starts with it.
    page.get_by_role("button", name="Belépés", exact=True).click()
    page.wait_for_url(f"**{target}", timeout=timeout)

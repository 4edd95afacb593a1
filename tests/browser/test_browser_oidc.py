"""In a real browser: "Belépés a céges fiókkal" on the login page, the local OpenID Connect provider's
form, back signed in with the role and sites the provider's groups map to."""

from __future__ import annotations

from typing import Any

from pymongo.database import Database

from tests.integration.test_oidc_signin import company, idp  # noqa: F401  (fixtures)


def test_browser_company_sign_in_through_the_local_provider(page: Any, api: str, company: str,  # noqa: F811
                                                             db: Database[dict[str, Any]]) -> None:
    refused: list[str] = []  # what the Content-Security-Policy blocked, as Chromium reports it
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(f"{api}/ui/invoices")
    assert "/ui/login" in page.url
    page.get_by_label("Szervezet").fill(company)
    page.get_by_role("button", name="Belépés a céges fiókkal").click()
    page.wait_for_url("**/authorize?*")  # the provider's own page
    assert "Teszt azonosító szolgáltató" in page.content()
    page.get_by_label("Céges Könyvelő", exact=False).check()
    page.get_by_role("button", name="Belépés").click()
    page.wait_for_url("**/ui/invoices")
    assert "Céges Könyvelő" in page.get_by_test_id("user").inner_text()
    user = db.users.find_one({"_id": f"{company}:ceges.konyvelo"})
    assert user is not None and (user["role"], user["sites"]) == ("finance", ["budapest"])
    assert refused == []

"""Login, sessions, CSRF, lockout, roles and site scoping of the UI — against in-memory fakes."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from services.adapters.users import hash_password, verify_password
from services.core.enums import Role
from services.core.reference import RefKind, record_key
from services.web import sessions
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes import AuditLog, FakeRepos, InvoiceRepo
from tests.unit.web.fakes import fake_ports, invoice_doc

TENANT = "acme"
PASSWORD = "correct horse 1"


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = fake_ports(repos)
    accounts = repos.accounts
    accounts.add_user(TENANT, "anna", PASSWORD, Role.FINANCE)
    accounts.add_user(TENANT, "deb", PASSWORD, Role.VIEWER, sites=("debrecen",))
    accounts.add_user(TENANT, "audi", PASSWORD, Role.AUDITOR)
    accounts.add_user(TENANT, "root", PASSWORD, Role.ADMIN, language="en")
    repos.clients.upsert({"_id": record_key(TENANT, RefKind.CLIENT, "c-1"), "id": "c-1", "tenant": TENANT,
                          "name": "Kovács és Társa Kft.", "tax_number": "12345678-2-41"})
    invoices = repos.invoices
    invoices.add(invoice_doc("inv-bp", tenant=TENANT, site="budapest", number="BP-2025/1", gross="1234567"),
                 versions=[{"version": 1, "sha256": "a" * 64, "size": 2048, "archived_at": datetime.now(UTC)}])
    invoices.add(invoice_doc("inv-db", tenant=TENANT, site="debrecen", number="DB-2025/7", gross="25400",
                             issue_date="2025-09-01"))
    invoices.add(invoice_doc("inv-other", tenant="other", site="budapest", number="BP-2025/9", gross="1"))
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, ports), follow_redirects=False) as c:  # type: ignore[arg-type]
        yield c


def _login_csrf(client: TestClient) -> str:
    page = client.get("/ui/login")
    assert page.status_code == 200
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found
    return found.group(1)


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD, tenant: str = TENANT,
          next_url: str = "") -> object:
    token = _login_csrf(client)
    return client.post("/ui/login", data={"tenant": tenant, "username": username, "password": password,
                                          "csrf_token": token, "next": next_url})


def audit(ports: Ports) -> AuditLog:
    assert isinstance(ports.audit, AuditLog)
    return ports.audit


# --- pure pieces ------------------------------------------------------------------------------------


def test_passwords_are_scrypt_hashed_with_a_salt_and_verify() -> None:
    a, b = hash_password("titok-jelszó"), hash_password("titok-jelszó")
    assert a != b and a.startswith("scrypt$")
    assert verify_password("titok-jelszó", a)
    assert not verify_password("titok-jelszo", a)
    assert not verify_password("x", "garbage")


def test_lock_doubles_after_five_failures_and_is_capped() -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    assert [sessions.lock_after_failure(n, now) for n in range(1, 5)] == [None] * 4
    assert sessions.lock_after_failure(5, now) == now + timedelta(seconds=30)
    assert sessions.lock_after_failure(6, now) == now + timedelta(seconds=60)
    assert sessions.lock_after_failure(40, now) == now + timedelta(minutes=15)
    assert sessions.locked_for({"locked_until": now + timedelta(seconds=5)}, now) == timedelta(seconds=5)
    assert sessions.locked_for({"locked_until": now - timedelta(seconds=5)}, now) is None


def test_csrf_comparison_needs_both_values_equal() -> None:
    assert sessions.csrf_ok("abc", "abc")
    assert not sessions.csrf_ok("abc", "abd")
    assert not sessions.csrf_ok("", "")
    assert not sessions.csrf_ok(None, "abc")
    assert sessions.login_csrf("x") != "x"


# --- login ------------------------------------------------------------------------------------------


def test_pages_need_a_login_and_come_back_after_it(client: TestClient, ports: Ports) -> None:
    response = client.get("/ui/invoices?number=BP")
    assert response.status_code == 303
    assert response.headers["location"].startswith("/ui/login?next=")
    done = login(client, "anna", next_url="/ui/invoices?number=BP")
    assert done.status_code == 303  # type: ignore[attr-defined]
    assert done.headers["location"] == "/ui/invoices?number=BP"  # type: ignore[attr-defined]
    cookie = done.headers["set-cookie"]  # type: ignore[attr-defined]
    assert f"{sessions.SESSION_COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert client.get("/ui/invoices").status_code == 200
    assert audit(ports).actions(TENANT) == ["login.success"]


def test_login_without_the_form_token_is_refused_and_makes_no_session(client: TestClient, ports: Ports) -> None:
    _login_csrf(client)
    response = client.post("/ui/login", data={"tenant": TENANT, "username": "anna", "password": PASSWORD,
                                              "csrf_token": "forged"})
    assert response.status_code == 403
    assert sessions.SESSION_COOKIE not in response.headers.get("set-cookie", "")
    assert client.get("/ui/invoices").status_code == 303
    assert audit(ports).actions(TENANT) == []


def test_failed_logins_are_audited_and_lock_the_account(client: TestClient, ports: Ports) -> None:
    for _ in range(sessions.FREE_FAILURES):
        assert login(client, "anna", "wrong password").status_code == 401  # type: ignore[attr-defined]
    locked = login(client, "anna")  # the right password no longer helps
    assert locked.status_code == 429  # type: ignore[attr-defined]
    assert "Retry-After" in locked.headers  # type: ignore[attr-defined]
    actions = audit(ports).actions(TENANT)
    assert actions == ["login.failure"] * sessions.FREE_FAILURES + ["login.locked"]
    last_failure = [e for e in audit(ports).log if e["action"] == "login.failure"][-1]
    assert last_failure["details"]["failures"] == sessions.FREE_FAILURES
    assert last_failure["details"]["locked_until"]
    assert "password" not in str(audit(ports).log)
    # Another user is not affected.
    assert login(client, "audi").status_code == 303  # type: ignore[attr-defined]


def test_a_formula_typed_as_username_is_neutralised_in_the_csv_export(client: TestClient, ports: Ports) -> None:
    assert login(client, "=cmd|' /C calc'!A0").status_code == 401  # type: ignore[attr-defined]
    login(client, "audi")
    rows = list(csv.DictReader(io.StringIO(client.get("/ui/audit.csv").text)))
    assert rows[0]["action"] == "login.failure"
    assert rows[0]["actor"] == "'=cmd|' /C calc'!A0"


def test_unknown_user_fails_like_a_wrong_password(client: TestClient, ports: Ports) -> None:
    response = login(client, "nobody")
    assert response.status_code == 401  # type: ignore[attr-defined]
    assert audit(ports).actions(TENANT) == ["login.failure"]
    assert login(client, "anna", tenant="no-such-tenant").status_code == 401  # type: ignore[attr-defined]
    assert audit(ports).entries("no-such-tenant") == []


def test_logout_needs_the_csrf_token_and_ends_the_session(client: TestClient, ports: Ports) -> None:
    login(client, "anna")
    page = client.get("/ui/invoices")
    assert client.post("/ui/logout", data={"csrf_token": "nope"}).status_code == 403
    assert client.get("/ui/invoices").status_code == 200
    out = client.post("/ui/logout", data={"csrf_token": _csrf(page.text)})
    assert out.status_code == 303
    assert client.get("/ui/invoices").status_code == 303
    assert audit(ports).actions(TENANT)[-1] == "logout"


# --- search, detail, client card --------------------------------------------------------------------


def test_search_shows_hungarian_amounts_and_dates(client: TestClient) -> None:
    login(client, "anna")
    page = client.get("/ui/invoices")
    assert "1 234 567 Ft" in page.text and "2025. 09. 08." in page.text
    assert "BP-2025/1" in page.text and "DB-2025/7" in page.text
    assert "BP-2025/9" not in page.text  # another tenant's
    filtered = client.get("/ui/invoices", params={"gross_min": "1 000 000"})
    assert "BP-2025/1" in filtered.text and "DB-2025/7" not in filtered.text
    bad = client.get("/ui/invoices", params={"issue_from": "tegnap"})
    assert bad.status_code == 200 and "Érvénytelen dátum: tegnap" in bad.text


def test_a_site_scoped_user_sees_only_that_site(client: TestClient) -> None:
    login(client, "deb")
    page = client.get("/ui/invoices")
    assert "DB-2025/7" in page.text and "BP-2025/1" not in page.text
    assert "debrecen" in page.text
    assert client.get("/ui/invoices/inv-bp").status_code == 404
    assert client.get("/ui/invoices/inv-db").status_code == 200
    card = client.get("/ui/clients/c-1")
    assert "25 400 Ft" in card.text and "1 234 567 Ft" not in card.text
    # The JSON API, reached with the same session cookie, is scoped the same way.
    assert client.get("/api/v1/invoices/inv-bp").status_code == 404
    assert [i["id"] for i in client.get("/api/v1/invoices").json()["items"]] == ["inv-db"]


def test_invoice_detail_has_fields_match_versions_and_warnings(client: TestClient) -> None:
    login(client, "anna")
    page = client.get("/ui/invoices/inv-bp")
    assert page.status_code == 200
    # A match stored without a status keeps its explanation; a warning is a Hungarian sentence, its
    # amounts in Hungarian notation (issue 12: no raw English, no 6157040.00).
    for text in ("BP-2025/1", "1 234 567 Ft", "normál számla", "buyer tax number 12345678 matches client",
                 "Bruttó: a PDF szerint 1 Ft, a forrásadat szerint 2 Ft — a(z) 2 Ft érték maradt.",
                 "/api/v1/invoices/inv-bp/pdf?version=1", "/ui/clients/c-1"):
        assert text in page.text
    assert "pdf says 1" not in page.text
    assert client.get("/ui/invoices/inv-other").status_code == 404


def test_client_card_totals_are_summed_in_python(client: TestClient) -> None:
    login(client, "anna")
    card = client.get("/ui/clients/c-1")
    assert card.status_code == 200
    assert "Kovács és Társa Kft." in card.text
    assert "1 259 967 Ft" in card.text  # 1 234 567 + 25 400
    assert client.get("/ui/clients/nope").status_code == 404


def test_session_cookie_does_not_authenticate_unsafe_api_methods(client: TestClient) -> None:
    login(client, "anna")
    assert client.get("/api/v1/invoices").status_code == 200
    assert client.post("/api/v1/invoices").status_code in (401, 405)
    client.cookies.clear()
    assert client.get("/api/v1/invoices").status_code == 401


# --- roles: audit log and admin ---------------------------------------------------------------------


def test_viewer_and_finance_cannot_open_audit_or_admin_pages(client: TestClient) -> None:
    login(client, "deb")
    assert client.get("/ui/audit").status_code == 403
    assert client.get("/ui/audit.csv").status_code == 403
    assert client.get("/ui/admin/users").status_code == 403
    assert "/ui/audit" not in client.get("/ui/invoices").text


def test_auditor_verifies_the_chain_and_exports_it(client: TestClient, ports: Ports) -> None:
    login(client, "audi")
    page = client.get("/ui/audit")
    assert page.status_code == 200 and "login.success" in page.text
    assert client.get("/ui/admin/users").status_code == 403
    assert client.post("/ui/audit/verify", data={"csrf_token": "x"}).status_code == 403
    ok = client.post("/ui/audit/verify", data={"csrf_token": _csrf(page.text)})
    assert "A napló sértetlen: 1 bejegyzés, a lánc ép." in ok.text
    assert ports.anchors.newest(TENANT).seq == 1  # type: ignore[union-attr]  # the verified head is anchored
    exported = client.get("/ui/audit.csv")
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    # The export is recorded before it is read, so it lists itself last.
    assert [r["action"] for r in rows] == ["login.success", "audit.verify", "audit.export"]
    assert rows[0]["hash"] == audit(ports).log[0]["hash"]
    audit(ports).log[0]["actor"] = "someone else"  # tamper
    broken = client.post("/ui/audit/verify", data={"csrf_token": _csrf(page.text)})
    assert "A napló sérült: a(z) 1. bejegyzést módosították." in broken.text


def _shown_seqs(html: str) -> list[int]:
    return [int(s) for s in re.findall(r'<tr><td data-label="[^"]*" class="num">(\d+)</td>', html)]


def test_audit_pages_are_newest_first_seq_ranges_and_the_export_streams_every_batch(
        client: TestClient, ports: Ports) -> None:
    for i in range(119):
        audit(ports).append(tenant=TENANT, actor="t", action="test", target=f"x{i}", details={})
    audit(ports).append(tenant="other", actor="t", action="test", target="x", details={})
    login(client, "audi")  # seq 120
    assert _shown_seqs(client.get("/ui/audit").text) == list(range(120, 70, -1))
    assert _shown_seqs(client.get("/ui/audit?page=3").text) == list(range(20, 0, -1))
    assert _shown_seqs(client.get("/ui/audit?page=99").text) == list(range(20, 0, -1))  # clamped to the last
    rows = list(csv.DictReader(io.StringIO(client.get("/ui/audit.csv").text)))  # the fake reads batches of 2
    assert [int(r["seq"]) for r in rows] == list(range(1, 122)) and rows[-1]["action"] == "audit.export"
    ok = client.post("/ui/audit/verify", data={"csrf_token": _csrf(client.get("/ui/audit").text)})
    assert "A napló sértetlen: 121 bejegyzés, a lánc ép." in ok.text


def test_a_log_cut_short_after_a_verify_is_reported_against_the_anchor(client: TestClient, ports: Ports) -> None:
    for i in range(5):
        audit(ports).append(tenant=TENANT, actor="t", action="test", target=f"x{i}", details={})
    login(client, "audi")  # seq 6
    ok = client.post("/ui/audit/verify", data={"csrf_token": _csrf(client.get("/ui/audit").text)})
    assert "A napló sértetlen: 6 bejegyzés, a lánc ép." in ok.text
    del audit(ports).log[3:]  # someone with database access removes entries 4‥7 (7: the verify itself)
    cut = client.post("/ui/audit/verify", data={"csrf_token": _csrf(client.get("/ui/audit").text)})
    assert "A napló sérült: a(z) 4–6. bejegyzés hiányzik" in cut.text
    assert audit(ports).log[-1]["details"]["problem"] == "truncated"  # and the failed verify is itself logged
    assert ports.anchors.newest(TENANT).seq == 6  # type: ignore[union-attr]  # a broken chain is never anchored


def test_the_api_pages_an_invoice_trail_oldest_first_by_seq(client: TestClient, ports: Ports) -> None:
    for i in range(5):
        audit(ports).append(tenant=TENANT, actor="t", action="invoice.pdf.read", target="inv-bp", details={"i": i})
        audit(ports).append(tenant=TENANT, actor="t", action="test", target="inv-db", details={})
    login(client, "anna")  # the session cookie authenticates the API's reads
    first = client.get("/api/v1/invoices/inv-bp/audit", params={"limit": 2}).json()
    assert [e["seq"] for e in first["items"]] == [1, 3] and first["next_after"] == 3
    rest = client.get("/api/v1/invoices/inv-bp/audit", params={"limit": 3, "after": 3}).json()
    assert [e["seq"] for e in rest["items"]] == [5, 7, 9] and rest["next_after"] is None
    whole = client.get("/api/v1/invoices/inv-bp/audit").json()
    assert [e["details"]["i"] for e in whole["items"]] == [0, 1, 2, 3, 4] and whole["next_after"] is None
    assert client.get("/api/v1/invoices/inv-bp/audit", params={"limit": 0}).status_code == 422
    assert client.get("/api/v1/invoices/inv-other/audit").status_code == 404


def test_admin_creates_a_user_with_csrf_and_the_change_is_audited(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    page = client.get("/ui/admin/users")
    assert page.status_code == 200 and "New user" in page.text  # root's language is English
    form = {"username": "Nora", "password": "long enough 1", "role": "viewer", "sites": "gyor", "language": "hu"}
    assert client.post("/ui/admin/users", data={**form, "csrf_token": "bad"}).status_code == 403
    created = client.post("/ui/admin/users", data={**form, "csrf_token": _csrf(page.text)})
    assert created.status_code == 200 and "nora created" in created.text
    assert ports.accounts.users.get(TENANT, "nora")["sites"] == ["gyor"]  # type: ignore[union-attr]
    assert audit(ports).actions(TENANT)[-1] == "user.create"
    again = client.post("/ui/admin/users", data={**form, "csrf_token": _csrf(page.text)})
    assert again.status_code == 422


def test_language_switch_changes_labels(client: TestClient) -> None:
    login(client, "anna")
    assert "Számlák keresése" in client.get("/ui/invoices").text
    switched = client.get("/ui/lang/en", params={"next": "/ui/invoices"})
    assert switched.status_code == 303 and switched.headers["location"] == "/ui/invoices"
    page = client.get("/ui/invoices")
    assert "Search invoices" in page.text and '<html lang="en">' in page.text
    assert "1,234,567 HUF" in page.text and "2025-09-08" in page.text


def test_a_legal_hold_shows_on_the_invoice_page_with_its_reason(client: TestClient, ports: Ports) -> None:
    invoices: InvoiceRepo = ports.invoices  # type: ignore[assignment]  # the twin
    login(client, "anna")
    assert "Nincs jogi zárolás." in client.get("/ui/invoices/inv-bp").text
    hold = {"reason": "NAV-ellenőrzés 2025/17", "by": "root", "at": "2026-12-06T03:00:00+00:00"}
    invoices.add(invoice_doc("inv-held", tenant=TENANT, site="budapest", number="BP-2025/2", gross="10")
                 | {"legal_hold": hold})
    page = client.get("/ui/invoices/inv-held").text
    assert "Zárolva: „NAV-ellenőrzés 2025/17” (root, 2026. 12. 06.)" in page
    assert "Nincs jogi zárolás." not in page

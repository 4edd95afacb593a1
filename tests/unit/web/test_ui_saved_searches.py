"""Saved searches on the search list and the start page (issue 12): a person keeps the list's filters
under a name and finds them on both pages, private to them; an admin may share one with the tenant, and
it still shows each reader only their own sites; deleting is the owner's (a shared one the admins');
every change needs the session's CSRF token; the name is checked and a name saved again replaces."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from services.core import saved_searches as saved
from services.core.saved_searches import SavedSearchError, new_search, with_search
from tests.unit.web import test_ui_start_search as _seeded
from tests.unit.web.test_ui_auth import _csrf, login

client, ports = _seeded.client, _seeded.ports  # the seeded fixtures, shared with the start page tests

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
FILTERS = "direction=outgoing&status=open&sort=gross_total"


def _save(client: TestClient, name: str, listing: str = FILTERS, **extra: str) -> object:
    form = client.get(f"/ui/invoices?{listing}").text
    return client.post("/ui/invoices/saved", data={"csrf_token": _csrf(form), "listing": listing, "name": name,
                                                   **extra}, follow_redirects=False)


def _links(html: str) -> list[tuple[str, str]]:
    """(name, address) of each saved search on a page."""
    found = re.findall(r'data-testid="saved-search"><a href="([^"]+)">([^<]+)</a>', html)
    return [(name, href.replace("&amp;", "&")) for href, name in found]


def _delete_form(html: str, name: str) -> dict[str, str]:
    form = re.search(rf'>{re.escape(name)}</a>.*?<form method="post" action="/ui/invoices/saved/delete"(.*?)</form>',
                     html, re.S)
    assert form, f"no delete button for {name}"
    return dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form.group(1)))


def test_a_saved_search_is_the_persons_own_on_the_list_and_the_start_page(client: TestClient) -> None:
    login(client, "konyvelo")
    answer = _save(client, "  Nyitott   kimenő ")
    assert answer.status_code == 303 and "saved=saved" in answer.headers["location"]
    assert "direction=outgoing" in answer.headers["location"]  # back to the same list
    page = client.get(answer.headers["location"]).text
    assert 'data-testid="saved-notice">A keresés elmentve.' in page
    assert _links(page) == [("Nyitott kimenő", f"/ui/invoices?{FILTERS}")]
    assert _links(client.get("/ui/").text) == [("Nyitott kimenő", f"/ui/invoices?{FILTERS}")]

    client.cookies.clear()
    login(client, "auditor")
    assert _links(client.get("/ui/invoices").text) == []  # private
    assert 'data-testid="saved"' not in client.get("/ui/").text  # nothing to show: no section

    client.cookies.clear()
    login(client, "konyvelo")
    page = client.get("/ui/invoices").text
    answer = client.post("/ui/invoices/saved/delete", data=_delete_form(page, "Nyitott kimenő"),
                         follow_redirects=False)
    assert answer.status_code == 303 and "saved=deleted" in answer.headers["location"]
    assert _links(client.get("/ui/invoices").text) == []


def test_an_admin_shares_a_search_which_shows_each_reader_only_their_sites(client: TestClient) -> None:
    login(client, "konyvelo")
    assert _save(client, "Mindenkié", shared="1").status_code == 403  # only an admin shares
    client.cookies.clear()
    login(client, "demo")
    assert _save(client, "Nyitott", "status=open", shared="1").status_code == 303
    assert 'name="shared"' in client.get("/ui/invoices").text  # the admin's form offers sharing

    client.cookies.clear()
    login(client, "debrecen")
    page = client.get("/ui/invoices").text
    assert _links(page) == [("Nyitott", "/ui/invoices?status=open")]
    assert 'name="shared"' not in page and "saved/delete" not in page  # neither share nor delete it
    listed = client.get("/ui/invoices?status=open").text
    assert "DB-2026/0001" in listed and "BP-2026" not in listed  # the viewer's own site only
    item = re.search(r'name="search_id" value="([^"]+)"', client.get("/ui/invoices").text)
    assert item is None
    shared_id = next(s.id for s in client.app.state.ports.accounts.searches.of("acme", "debrecen"))  # type: ignore[attr-defined]
    refused = client.post("/ui/invoices/saved/delete", data={"csrf_token": _csrf(page), "search_id": shared_id,
                                                              "shared": "1"}, follow_redirects=False)
    assert refused.status_code == 403

    client.cookies.clear()
    login(client, "demo")
    page = client.get("/ui/invoices").text
    assert client.post("/ui/invoices/saved/delete", data=_delete_form(page, "Nyitott"),
                       follow_redirects=False).status_code == 303
    assert _links(client.get("/ui/invoices").text) == []


def test_saving_needs_the_csrf_token_and_a_name(client: TestClient) -> None:
    login(client, "konyvelo")
    no_token = client.post("/ui/invoices/saved", data={"listing": FILTERS, "name": "X"}, follow_redirects=False)
    assert no_token.status_code == 403
    unnamed = _save(client, "   ")
    assert "saved=name_missing" in unnamed.headers["location"]
    assert "Adjon nevet a keresésnek." in client.get(unnamed.headers["location"]).text
    assert _links(client.get("/ui/invoices").text) == []


def test_unknown_parameters_are_not_kept_and_a_name_saved_again_replaces() -> None:
    first = new_search("Havi", "?currency=EUR", owner="anna", shared=False, now=NOW)
    assert first.query == "currency=EUR"
    again = new_search("HAVI", "currency=HUF", owner="anna", shared=False, now=NOW)
    assert [(s.name, s.query) for s in with_search([first], again)] == [("HAVI", "currency=HUF")]
    many = [new_search(f"k{i}", "", owner="anna", shared=False, now=NOW) for i in range(saved.KEPT_MAX)]
    with pytest.raises(SavedSearchError) as refused:
        with_search(many, new_search("még egy", "", owner="anna", shared=False, now=NOW))
    assert refused.value.code == "too_many"
    replaced = with_search(many, new_search("k3", "q=x", owner="anna", shared=False, now=NOW))  # a name kept: fine
    assert len(replaced) == saved.KEPT_MAX and next(s.query for s in replaced if s.name == "k3") == "q=x"
    with pytest.raises(SavedSearchError):
        new_search("x" * (saved.NAME_MAX + 1), "", owner="anna", shared=False, now=NOW)


def test_the_saved_list_keeps_only_the_lists_own_parameters(client: TestClient) -> None:
    login(client, "konyvelo")
    _save(client, "Tisztított", "status=open&evil=1&page=3&hold=placed")
    assert _links(client.get("/ui/invoices").text) == [("Tisztított", "/ui/invoices?status=open")]


def test_saving_and_deleting_a_search_is_audited_with_its_name_and_filters(client: TestClient, ports: object) -> None:
    login(client, "konyvelo")
    assert _save(client, "Nyitott kimenő").status_code == 303
    assert _save(client, "x" * (saved.NAME_MAX + 1)).status_code == 303  # refused: nothing to audit
    audit = ports.audit  # type: ignore[attr-defined]
    [entry] = [e for e in audit.entries(_seeded.TENANT) if e["action"].startswith("search.")]
    assert (entry["action"], entry["actor"]) == ("search.saved", "konyvelo")
    assert entry["details"] == {"name": "Nyitott kimenő", "query": FILTERS, "shared": False}
    page = client.get("/ui/invoices").text
    client.post("/ui/invoices/saved/delete", data=_delete_form(page, "Nyitott kimenő"), follow_redirects=False)
    deleted = [e for e in audit.entries(_seeded.TENANT) if e["action"] == "search.deleted"]
    assert [e["target"] for e in deleted] == [entry["target"]]

"""The start page (Kezdőlap) and the search list (issue 12) on in-memory fakes with the query index:

- every start-page figure is the count of the list its link opens, per role and within the reader's sites;
  a one-site viewer sees none of another site's numbers, on the start page, in the list or in an export;
- the list shows direction, kind (a storno as such), due date, the seller of an incoming invoice, payment
  state; sorts by a column; sums all hits per currency; keeps filters, sort and page size in its links;
- the CSV and XLSX exports carry Hungarian headers, amounts as numbers, dates as dates, and are audited;
- the chart's geometry covers twelve months and is drawn as SVG with a pattern and a table beside it.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.adapters.dlq import DeadLetterCounts
from services.core.enums import Role
from services.core.search_index import index_document
from services.web.deps import Ports
from services.web.ui import chart as charts
from services.web.ui import search_params as sp
from tests.fakes import FakeRepos
from tests.unit.search.fake_index import FakeSearchIndex
from tests.unit.web import test_ui_integrations
from tests.unit.web.fakes import FakeDb, db_of, fake_ports, invoice_doc
from tests.unit.web.test_ui_auth import PASSWORD, TENANT, audit, login

client = test_ui_integrations.client  # the app with the connections' ports, over this module's ``ports``
TODAY = sp.today()
NOW = datetime.now(UTC)


def _doc(invoice_id: str, site: str, number: str, gross: str, **over: Any) -> dict[str, Any]:
    doc = invoice_doc(invoice_id, tenant=TENANT, site=site, number=number, gross=gross,
                      issue_date=over.pop("issue_date", TODAY.isoformat()), currency=over.pop("currency", "HUF"))
    doc["invoice"] |= {"payment_status": over.pop("status", "unpaid"), "due_date": over.pop("due", None)}
    doc["source"] = {"kind": over.pop("source", "billingo"), "connection_id": "b-1"}
    return {**doc, **over}


def invoices() -> list[dict[str, Any]]:
    overdue = (TODAY - timedelta(days=10)).isoformat()
    return [
        _doc("00000001-a", "budapest", "BP-2026/0001", "127000", due=overdue),
        _doc("00000002-b", "budapest", "BP-2026/0002", "50000", status="paid",
             payment={"status": "paid", "paid_total": "50000"}),
        _doc("00000003-c", "budapest", "BP-2026/0003", "-50000", kind="storno", status=None),
        _doc("00000004-d", "budapest", "BE-77/2026", "8000", direction="incoming", seller_name="Papír Bolt Kft.",
             buyer_name="Demo Zrt.", client_id=None, client_name=None, source="own_system"),
        _doc("00000005-e", "debrecen", "DB-2026/0001", "99900", due=overdue),
        _doc("00000006-f", "budapest", "BP-2026/0004", "1234.5", currency="EUR"),
    ]


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = fake_ports(repos)
    for name, role, sites in (("konyvelo", Role.FINANCE, ()), ("demo", Role.ADMIN, ()),
                              ("auditor", Role.AUDITOR, ()), ("debrecen", Role.VIEWER, ("debrecen",))):
        repos.accounts.add_user(TENANT, name, PASSWORD, role, sites=sites)
    index = FakeSearchIndex()
    for doc in invoices():
        repos.invoices.add(doc)
        index.upsert([index_document(doc, indexed_at=NOW)])
    index.commit()
    ports.search = index
    db = db_of(ports)
    db.connections.docs["pull-deb"] = {"_id": "pull-deb", "kind": "pull", "tenant": TENANT, "site": "debrecen",
                                       "name": "Raktár"}
    db.connections.docs["nav-main"] = {"_id": "nav-main", "kind": "nav", "tenant": TENANT, "site": "budapest",
                                       "name": "NAV"}
    db.ingest_cursors.docs["pull-deb"] = {"_id": "pull-deb", "last_error": "unreachable: timeout"}
    db.ingest_cursors.docs["nav-main"] = {"_id": "nav-main", "gaps": {"missing_in_archive": 2, "differing": 1}}
    db.ingest_cursors.docs["nav-main|INBOUND"] = {"_id": "nav-main|INBOUND", "gaps": {"missing_in_archive": 1}}
    return ports


def _figure(html: str, name: str) -> tuple[int, str]:
    found = re.search(rf'data-testid="fig-{name}">\s*<a href="([^"]+)"><span class="figure">(\d+)', html)
    assert found, name
    return int(found.group(2)), found.group(1).replace("&amp;", "&")


def _total(client: TestClient, url: str) -> int:
    html = client.get(url).text
    found = re.search(r'data-testid="total">(\d+) találat', html)
    assert found, url
    return int(found.group(1))


@pytest.mark.parametrize("user", ["konyvelo", "demo", "auditor", "debrecen"])
def test_each_start_page_figure_is_the_count_of_the_list_it_links(client: TestClient, user: str) -> None:
    login(client, user)
    html = client.get("/ui/").text
    assert "Kezdőlap" in html
    for name in ("outgoing-today", "outgoing-month", "outgoing-open", "outgoing-overdue", "incoming-today",
                 "incoming-month", "incoming-open", "incoming-overdue"):
        count, url = _figure(html, name)
        assert _total(client, url) == count, name
    expected = {"konyvelo": 2, "demo": 2, "auditor": 2, "debrecen": 1}[user]
    assert _figure(html, "outgoing-overdue")[0] == expected


def test_start_page_roles_see_their_own_items(client: TestClient) -> None:
    login(client, "demo")
    admin = client.get("/ui/").text
    assert 'data-testid="fig-failing"' in admin and "unreachable: timeout" in admin
    assert re.search(r'data-testid="fig-nav"><span class="figure">4<', admin)  # 2 + 1 outbound, 1 inbound
    client.cookies.clear()
    login(client, "konyvelo")
    finance = client.get("/ui/").text
    assert 'data-testid="fig-failing"' not in finance  # integrations are the admin's
    assert 'data-testid="fig-nav"' in finance and 'data-testid="fig-review"' in finance


def test_a_one_site_viewer_sees_no_other_sites_numbers(client: TestClient) -> None:
    login(client, "debrecen")
    for page in ("/ui/", "/ui/invoices", "/ui/invoices?site=budapest", "/ui/invoices.csv"):
        body = client.get(page).text
        assert "BP-2026" not in body and "127 000" not in body and "127000" not in body, page
    assert 'data-testid="fig-nav"' not in client.get("/ui/").text  # NAV's lists are the whole company's
    assert _total(client, "/ui/invoices?site=budapest") == 0
    assert "DB-2026/0001" in client.get("/ui/invoices").text


def test_the_list_shows_direction_kind_seller_due_date_and_payment_state(client: TestClient) -> None:
    login(client, "konyvelo")
    html = client.get("/ui/invoices", params={"direction": "incoming"}).text
    assert "Papír Bolt Kft." in html and "Demo Zrt." not in html.split("<tbody>")[1]  # the seller, not ourselves
    html = client.get("/ui/invoices", params={"kind": "storno"}).text
    assert 'class="tag kind-storno">sztornó<' in html
    html = client.get("/ui/invoices", params={"overdue": "1"}).text
    assert _total(client, "/ui/invoices?overdue=1") == 2 and "lejárt" in html
    assert "fizetetlen" in html


def test_the_list_sorts_sums_per_currency_and_keeps_its_choices(client: TestClient) -> None:
    login(client, "konyvelo")
    html = client.get("/ui/invoices", params={"sort": "-gross_total", "page_size": "50", "site": "budapest"}).text
    numbers = re.findall(r'<a href="/ui/invoices/[^"]+">([^<]+)</a>', html)
    assert numbers[:2] == ["BP-2026/0001", "BP-2026/0002"]
    assert 'aria-sort="descending"' in html
    totals = re.search(r'data-testid="total-HUF">(.*?)</tr>', html, re.S)
    assert totals and "135 000 Ft" in totals.group(1)  # 127000 + 50000 + 8000 − 50000, every hit
    assert "EUR" in html and 'data-testid="total-EUR"' in html
    assert "page_size=50" in html and "sort=-gross_total" in html and "site=budapest" in html
    assert '<input type="hidden" name="sort" value="-gross_total">' in html  # a new search keeps the order


def test_number_search_finds_any_part_without_accents_or_case(client: TestClient) -> None:
    login(client, "konyvelo")
    assert _total(client, "/ui/invoices?number=2026%2F000") == 5
    assert _total(client, "/ui/invoices?number=77%2F20") == 1
    assert _total(client, "/ui/invoices?client=papir+bolt") == 1


def test_csv_export_has_hungarian_headers_numbers_and_is_audited(client: TestClient, ports: Ports) -> None:
    login(client, "konyvelo")
    answer = client.get("/ui/invoices.csv", params={"site": "budapest", "sort": "invoice_number"})
    assert answer.status_code == 200 and answer.headers["x-export-rows"] == "5"
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Irány", "Típus", "Számlaszám", "Kelte"] and "Bruttó" in rows[0]
    storno = next(r for r in rows if r[2] == "BP-2026/0003")
    assert storno[1] == "sztornó" and storno[rows[0].index("Bruttó")] == "-50000.0"  # a number, not "'-50 000 Ft"
    entry = audit(ports).trail(TENANT, f"tenant:{TENANT}", after_seq=0, limit=50)[-1]
    assert entry["action"] == "invoice.export" and entry["details"]["rows"] == 5


def test_xlsx_export_writes_numbers_and_dates_as_such(client: TestClient) -> None:
    login(client, "konyvelo")
    answer = client.get("/ui/invoices.xlsx", params={"direction": "outgoing", "currency": "EUR"})
    assert answer.status_code == 200
    with zipfile.ZipFile(io.BytesIO(answer.content)) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()  # constant memory: strings inline
    assert "<t>Számlaszám</t>" in sheet and "<t>Fizetési határidő</t>" in sheet
    assert re.search(r'<c r="H2"[^>]*><v>1234.5</v></c>', sheet)  # gross: a number cell, no t="s"
    assert re.search(r'<c r="D2" s="\d+"><v>\d+</v></c>', sheet)  # issue date: a date serial


def test_chart_has_twelve_months_patterns_and_a_table(client: TestClient) -> None:
    months = charts.last_months(date(2026, 3, 15))
    assert months[0] == date(2025, 4, 1) and months[-1] == date(2026, 3, 1) and len(months) == 12
    drawn = charts.monthly_chart(months, {"202603": {"gross_amount": 1000.0, "paid_amount": 250.0}})
    last = drawn.months[-1]
    assert last.invoiced.height == 4 * last.paid.height and drawn.months[0].invoiced.height == 0
    login(client, "konyvelo")
    html = client.get("/ui/").text
    assert 'data-testid="chart"' in html and 'fill="url(#hatch)"' in html and "csíkozott" in html
    assert html.count("<title>") >= 24 and 'data-testid="chart-table"' in html


def _dead_letters(records: dict[str, list[dict[str, Any]]], replayed: tuple[str, ...] = ()) -> DeadLetterCounts:
    db = FakeDb()
    for event_id in replayed:
        db.dlq_replays.docs[event_id] = {"_id": event_id}
    settings: Any = SimpleNamespace(kafka_bootstrap="kafka:9092", kafka_auth=None)
    return DeadLetterCounts(settings, db, read=lambda _bootstrap, topic, _auth: iter(records.get(topic, [])))


def test_dead_letters_count_the_tenant_s_unreplayed_records_per_topic() -> None:
    records = {"invoice.dlq": [{"tenant": TENANT, "event_id": "e1"}, {"tenant": TENANT, "event_id": "e2"},
                               {"tenant": "other", "event_id": "e3"}],
               "downstream.dlq": [{"tenant": TENANT, "event_id": "e4"}]}
    counts = _dead_letters(records, replayed=("e2",))
    assert counts.waiting(TENANT) == {"invoice.dlq": 1, "downstream.dlq": 1}
    records["invoice.dlq"].append({"tenant": TENANT, "event_id": "e5"})
    assert counts.waiting(TENANT) == {"invoice.dlq": 1, "downstream.dlq": 1}  # read once a minute

    def unreachable(*_: Any) -> Iterator[dict[str, Any]]:
        raise OSError("no broker")

    counts.read, counts._cache = unreachable, {}
    assert counts.waiting(TENANT) is None


def test_the_admin_s_start_page_shows_dead_letters_others_do_not(client: TestClient, ports: Ports) -> None:
    ports.dead_letters = _dead_letters({"downstream.dlq": [{"tenant": TENANT, "event_id": "e1"}]})
    login(client, "demo")
    html = client.get("/ui/").text
    assert re.search(r'data-testid="fig-dead"><span class="figure">1<', html) and "kézbesítés" in html
    client.cookies.clear()
    login(client, "konyvelo")
    assert 'data-testid="fig-dead"' not in client.get("/ui/").text

"""Billingo and Számlázz.hu both ways, against the emulators and the real stack: invoices arrive by
themselves (poller, push), payments travel in both directions, a replay changes nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import requests
from kafka import KafkaConsumer
from pymongo.database import Database

from services.adapters.kafka_producer import EventPublisher
from services.adapters.settings import Settings
from services.core.topics import INVOICE_PAYMENT
from szamlatar_dev.emulators.demo_data import generate_demo
from tests.integration.billing.conftest import Admin, Emulator
from tests.integration.conftest import Process, json_objects, wait_for_group_caught_up, wait_until

pytestmark = pytest.mark.integration
AGENT_KEY = "sync-agent-key"


@pytest.fixture(scope="module")
def billingo() -> Iterator[Emulator]:
    with Emulator("billingo", "--invoices", "16", "--seed", "21", "--rate-limit", "100000") as emulator:
        yield emulator


@pytest.fixture(scope="module")
def szamlazz() -> Iterator[Emulator]:
    with Emulator("szamlazz", "--invoices", "12", "--seed", "22", "--agent-key", AGENT_KEY) as emulator:
        yield emulator


def _events(settings: Settings, payment_id: str, timeout: float = 30.0) -> list[bytes]:
    """The raw bytes of every invoice.payment event of this payment (read from the start)."""
    consumer = KafkaConsumer(INVOICE_PAYMENT.name, bootstrap_servers=settings.kafka_bootstrap,
                             auto_offset_reset="earliest", enable_auto_commit=False, group_id=None,
                             consumer_timeout_ms=1000)
    found: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while not found and time.monotonic() < deadline:
            for message in consumer:
                event = next(json_objects([message]), {})
                if (event.get("payment") or {}).get("payment_id") == payment_id:
                    found.append(message.value)
    finally:
        consumer.close()
    assert found, f"no invoice.payment event for {payment_id}"
    return found


def _writes(billingo: Emulator, doc_id: str) -> list[dict[str, Any]]:
    return [w for w in billingo.get("/_emulator/payment-writes") if str(w["document_id"]) == doc_id]


def test_a_payment_registered_in_szamlatar_reaches_billingo_once_even_when_replayed(
    admin: Admin, billingo: Emulator, billingo_poller: Process, status_sync: Process, settings: Settings,
    publisher: EventPublisher, db: Database[dict[str, Any]],
) -> None:
    created = admin.connect(kind="billingo", api_key="demo-write-key", base_url=f"{billingo.url}/v3", site="pécs")
    cid = created["connection"]["id"]
    assert created["test"]["ok"], created["test"]
    docs = billingo.billingo("/documents", per_page=100)["data"]
    invoices = admin.wait_archived(cid, len(docs))
    unpaid = next(d for d in docs if d["payment_status"] in ("outstanding", "expired") and d["type"] == "invoice")
    invoice = next(i for i in invoices if i["external_id"] == str(unpaid["id"]))

    queued = admin.pay(invoice["_id"], str(unpaid["gross_total"]), reference="UTALAS-2025-77")
    wait_until(lambda: _writes(billingo, str(unpaid["id"])), timeout=60, what="the write-back in Billingo")
    history = billingo.billingo(f"/documents/{unpaid['id']}/payments")
    assert [h["voucher_number"] for h in history] == ["UTALAS-2025-77"]
    assert billingo.billingo(f"/documents/{unpaid['id']}")["payment_status"] == "paid"
    state = wait_until(lambda: (p := admin.payments(invoice["_id"]))["status"] == "paid" and p, timeout=30,
                       what="the archive to show the payment")
    assert state["writebacks"][0]["outcome"] == "written" and state["writebacks"][0]["payment_id"] == queued[
        "payment_id"]

    # Replay the event: once as it is, once more after losing the write-back record (then the
    # merge finds the payment already in Billingo). Neither may write again.
    [raw] = _events(settings, queued["payment_id"])
    key = f"{admin.tenant}|billingo|{cid}|{unpaid['id']}".encode()
    publisher.publish_raw(INVOICE_PAYMENT.name, key, raw)
    db.payment_writebacks.delete_one({"_id": queued["payment_id"]})
    publisher.publish_raw(INVOICE_PAYMENT.name, key, raw)
    wait_until(lambda: (db.payment_writebacks.find_one({"_id": queued["payment_id"]}) or {}).get("outcome")
               == "already_present", timeout=60, what="the replay to be processed")
    assert len(_writes(billingo, str(unpaid["id"]))) == 1
    assert len(billingo.billingo(f"/documents/{unpaid['id']}/payments")) == 1


def test_a_payment_changed_in_billingo_reaches_the_archive(
    admin: Admin, billingo: Emulator, billingo_poller: Process, status_sync: Process,
) -> None:
    cid = admin.connect(kind="billingo", api_key="demo-write-key", base_url=f"{billingo.url}/v3",
                        site="győr")["connection"]["id"]
    docs = billingo.billingo("/documents", per_page=100)["data"]
    invoices = admin.wait_archived(cid, len(docs))
    target = next(d for d in docs if d["payment_status"] in ("outstanding", "expired") and d["type"] == "invoice"
                  and not _writes(billingo, str(d["id"])))
    invoice = next(i for i in invoices if i["external_id"] == str(target["id"]))
    part = round(float(target["gross_total"]) / 2)
    # Someone records a part payment in Billingo itself (with a write key, as Billingo's UI would).
    response = requests.put(f"{billingo.url}/v3/documents/{target['id']}/payments", timeout=10,
                            headers={"X-API-KEY": "demo-write-key"},
                            json=[{"date": "2025-03-20", "price": part, "payment_method": "cash",
                                   "voucher_number": "PENZTAR-12", "conversion_rate": 1}])
    assert response.status_code == 200, response.text
    state = wait_until(lambda: (p := admin.payments(invoice["_id"]))["status"] == "partially_paid" and p,
                       timeout=60, what="the Billingo payment in the archive")
    assert state["payments"] == [{"date": "2025-03-20", "amount": str(part), "method": "cash",
                                  "reference": "PENZTAR-12"}]
    assert state["updated_by"] == "source" and [h["status"] for h in state["history"]] == ["unpaid",
                                                                                             "partially_paid"]
    # The state is status-sync's commit point; the view follows it a moment later.
    wait_until(lambda: ((shown := admin.invoice(cid, str(target["id"]))) is not None
                        and shown["invoice"]["payment_status"] == "partially_paid"),
               timeout=30, what="the invoice view to show the part payment")


def _szamlazz_connection(admin: Admin, szamlazz: Emulator, *, with_pdf: bool) -> tuple[str, str]:
    created = admin.connect(kind="szamlazz", agent_key=AGENT_KEY, base_url=f"{szamlazz.url}/szamla/",
                            site="szeged")
    assert created["test"]["ok"], created["test"]
    push_key = created["shown_once"]["push_key"]
    szamlazz.post("/_emulator/push", {"url": created["connection"]["push_url"], "key": push_key, "pdf": with_pdf})
    return created["connection"]["id"], push_key


def _acknowledged(szamlazz: Emulator, number: str, times: int = 1) -> bool:
    done = [d for d in szamlazz.get("/_emulator/push/deliveries") if d["invoice_number"] == number]
    return len([d for d in done if d["outcome"] == "acknowledged"]) >= times


def test_a_pushed_storno_is_linked_to_the_invoice_it_cancels(
    admin: Admin, szamlazz: Emulator, status_sync: Process, db: Database[dict[str, Any]],
) -> None:
    cid, push_key = _szamlazz_connection(admin, szamlazz, with_pdf=False)  # PDFs come through the Agent
    storno = next(d for d in _szamlazz_invoices(szamlazz) if d["kind"] == "storno")
    original = storno["related"]
    # The storno first: the link must not depend on the order in which Számlázz.hu sends them.
    for number in (storno["number"], original):
        szamlazz.post("/_emulator/push/trigger", {"szamlaszam": number})
        wait_until(lambda n=number: _acknowledged(szamlazz, n), timeout=60, what=f"the push of {number} acknowledged")
    [first, second] = admin.wait_archived(cid, 2)
    by_number = {first["invoice_number"]: first, second["invoice_number"]: second}
    storno_doc, original_doc = by_number[storno["number"]], by_number[original]
    assert storno_doc["kind"] == "storno" and storno_doc["invoice"]["references"]["preceding_invoice"] == original
    links = admin.session.get(f"{admin.api}/api/v1/invoices/{storno_doc['_id']}/links", timeout=30).json()["items"]
    assert links == [{"relation": "cancels", "invoice_id": original_doc["_id"], "archived": True,
                      "invoice_number": original}]
    back = admin.session.get(f"{admin.api}/api/v1/invoices/{original_doc['_id']}/links", timeout=30).json()["items"]
    assert [(b["relation"], b["invoice_id"]) for b in back] == [("cancelled_by", storno_doc["_id"])]
    items = list(db.ingest_items.find({"connection_id": cid}))
    assert {i["pdf_from"] for i in items} == {"agent"}

    # A re-sent push is acknowledged again and imports nothing new.
    szamlazz.post("/_emulator/push/trigger", {"szamlaszam": storno["number"]})
    wait_until(lambda: _acknowledged(szamlazz, storno["number"], 2), timeout=60, what="the re-sent push")
    assert db.invoice_versions.count_documents({"tenant": admin.tenant}) == 2
    # A push with the wrong key is refused with KEY_ERR, which stops Számlázz.hu re-sending it.
    refused = requests.post(f"{admin.api}/api/v1/szamlazz/push/{cid}", data=b"<szamla/>", timeout=10,
                            headers={"X-Szamlazzhu-Key": push_key + "x"})
    assert refused.status_code == 200 and b"<hibakod>KEY_ERR</hibakod>" in refused.content


def test_payments_travel_both_ways_with_szamlazz(
    admin: Admin, szamlazz: Emulator, status_sync: Process, settings: Settings, publisher: EventPublisher,
) -> None:
    cid, _ = _szamlazz_connection(admin, szamlazz, with_pdf=True)
    invoices = _szamlazz_invoices(szamlazz)
    unpaid = [d for d in invoices if d["kind"] == "normal" and not d["payments"] and not d["stornoed"]][:2]
    for d in unpaid:
        szamlazz.post("/_emulator/push/trigger", {"szamlaszam": d["number"]})
    archived = {i["invoice_number"]: i for i in admin.wait_archived(cid, 2)}
    ours, theirs = (archived[d["number"]] for d in unpaid)

    # Számlatár → Számlázz.hu: a credit entry (additiv) — once, even when the event is replayed.
    queued = admin.pay(ours["_id"], "1000", key="idem-1")
    assert admin.pay(ours["_id"], "1000", key="idem-1")["payment_id"] == queued["payment_id"]  # same request twice

    def kifiz() -> list[dict[str, Any]]:
        return [w for w in szamlazz.get("/_emulator/payment-writes") if w["invoice_number"] == ours["invoice_number"]]

    wait_until(kifiz, timeout=60, what="the credit entry in Számlázz.hu")
    [raw] = _events(settings, queued["payment_id"])[:1]
    publisher.publish_raw(INVOICE_PAYMENT.name, None, raw)
    state = wait_until(lambda: (p := admin.payments(ours["_id"]))["status"] == "partially_paid" and p,
                       timeout=60, what="the archive to show the credit entry")
    assert [(w["additive"], [e["osszeg"] for e in w["entries"]]) for w in kifiz()] == [(True, ["1000"])]
    assert [w["outcome"] for w in state["writebacks"]] == ["written"]

    # Számlázz.hu → Számlatár: a payment recorded there is pushed and reaches the archive.
    szamlazz.post(f"/_emulator/invoices/{theirs['invoice_number']}/payments",
                  {"kifizetesek": [{"datum": "2025-03-25", "jogcim": "készpénz", "osszeg": theirs["gross_total"]}]})
    paid = wait_until(lambda: (p := admin.payments(theirs["_id"]))["status"] == "paid" and p, timeout=60,
                      what="the Számlázz.hu payment in the archive")
    assert paid["payments"][0]["method"] == "cash" and paid["updated_by"] == "source"


def _observed(settings: Settings, invoice_id: str, timeout: float = 30.0) -> list[list[Decimal]]:
    """The amounts each ``origin=source`` invoice.payment event of this invoice carried, oldest first
    (the topic read from the start to its end)."""
    consumer = KafkaConsumer(INVOICE_PAYMENT.name, bootstrap_servers=settings.kafka_bootstrap,
                             auto_offset_reset="earliest", enable_auto_commit=False, group_id=None,
                             consumer_timeout_ms=1000)
    events: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            batch = list(json_objects(consumer))  # ends after a second without messages
            events += batch
            if events and not batch:
                break
    finally:
        consumer.close()
    return [[Decimal(p["amount"]) for p in e["observed"]["payments"]]
            for e in sorted(events, key=lambda e: e["occurred_at"])
            if e["invoice_id"] == invoice_id and e["origin"] == "source"]


def test_a_push_resent_late_with_an_older_payment_state_rolls_nothing_back(
    admin: Admin, szamlazz: Emulator, status_sync: Process, settings: Settings,
) -> None:
    cid, _ = _szamlazz_connection(admin, szamlazz, with_pdf=True)
    # A new invoice of its own: the emulator is shared, and other tests pay its demo invoices.
    number = szamlazz.post("/_emulator/invoices", {"szamlaszam": f"LATE-{admin.tenant}"})["szamlaszam"]
    [archived] = admin.wait_archived(cid, 1)
    gross = Decimal(str(archived["gross_total"]))
    part = (gross / 2).quantize(Decimal(1))

    def pushes() -> list[tuple[int, dict[str, Any]]]:
        return [(i, d) for i, d in enumerate(szamlazz.get("/_emulator/push/deliveries"))
                if d["invoice_number"] == number]

    def pay_in_szamlazz(amount: Decimal, additive: bool, status: str) -> int:
        before = len(pushes())
        szamlazz.post(f"/_emulator/invoices/{number}/payments", {"additive": additive, "kifizetesek": [
            {"datum": "2025-03-20", "jogcim": "átutalás", "osszeg": str(amount)}]})
        index, _ = wait_until(lambda: len(p := pushes()) > before and p[-1][1]["outcome"] == "acknowledged" and p[-1],
                              timeout=60, what=f"the push of the {status} state acknowledged")
        wait_until(lambda: admin.payments(archived["_id"])["status"] == status, timeout=60,
                   what=f"the archive to show {status}")
        return int(index)

    older = pay_in_szamlazz(part, additive=False, status="partially_paid")
    pay_in_szamlazz(gross - part, additive=True, status="paid")

    # Számlázz.hu re-sends the part-paid push (its acknowledgement was lost) after the newer one.
    resent = szamlazz.post("/_emulator/push/resend", {"delivery": older})["delivery"]
    wait_until(lambda: szamlazz.get("/_emulator/push/deliveries")[resent]["outcome"] == "acknowledged",
               timeout=60, what="the re-sent push acknowledged")
    # Acknowledged means its notification is on invoice.payment; once status-sync has caught up, it was applied.
    wait_for_group_caught_up(settings.kafka_bootstrap, "szamlatar-status-sync", (INVOICE_PAYMENT.name,))
    assert _observed(settings, archived["_id"])[-1] == [part], "the old state reached status-sync"

    state = admin.payments(archived["_id"])
    statuses = [h["status"] for h in state["history"]]
    assert state["status"] == "paid" and statuses[-1] == "paid" and statuses.count("paid") == 1, statuses
    assert sorted(Decimal(p["amount"]) for p in state["payments"]) == sorted([part, gross - part])
    shown = admin.invoice(cid, number)
    assert shown is not None and shown["invoice"]["payment_status"] == "paid"


def _szamlazz_invoices(szamlazz: Emulator) -> list[dict[str, Any]]:
    """The emulator's demo book (same seed and size as the process was started with)."""
    book = generate_demo(seed=22, invoices=12)
    return [{"number": i.number, "kind": i.kind.value, "related": i.related_number, "payments": i.payments,
             "stornoed": i.cancelled} for i in book.invoices]


def test_connections_api_tests_on_save_hides_secrets_and_says_why_in_two_languages(
    admin: Admin, billingo: Emulator, szamlazz: Emulator,
) -> None:
    api = f"{admin.api}/api/v1/connections"
    wrong = admin.connect(kind="billingo", id=f"wrong-{admin.tenant}", api_key="nem-jo-kulcs",
                          base_url=f"{billingo.url}/v3")
    assert wrong["test"]["ok"] is False and wrong["test"]["reason"] == "wrong_key"
    assert wrong["test"]["message"]["hu"].startswith("Hibás kulcs") and "Wrong key" in wrong["test"]["message"]["en"]
    read_only = admin.connect(kind="billingo", id=f"ro-{admin.tenant}", api_key="demo-read-key",
                              base_url=f"{billingo.url}/v3")
    assert read_only["test"]["ok"] and "számla az elmúlt 30 napban" in read_only["test"]["message"]["hu"]
    assert "read-only" in read_only["test"]["warnings"][0]["en"]
    agent_wrong = admin.connect(kind="szamlazz", id=f"sz-{admin.tenant}", agent_key="rossz",
                                base_url=f"{szamlazz.url}/szamla/")
    assert agent_wrong["test"]["reason"] == "wrong_key"

    # Nothing that was sent as a secret ever comes back.
    listed = admin.session.get(api, timeout=30).json()["items"]
    text = json.dumps(listed)
    assert {c["id"] for c in listed} == set(admin.created)
    assert "nem-jo-kulcs" not in text and "demo-read-key" not in text and "rossz" not in text
    assert "push_key" in next(c for c in listed if c["kind"] == "szamlazz")["credentials_set"]

    # Fixing the key runs the test again; the audit log has every change.
    fixed = admin.session.patch(f"{api}/wrong-{admin.tenant}", json={"api_key": "demo-write-key"}, timeout=30)
    assert fixed.status_code == 200 and fixed.json()["test"]["ok"] and not fixed.json()["test"]["warnings"]
    refused = admin.session.post(api, json={"kind": "billingo", "api_key": "k",
                                            "base_url": "http://169.254.169.254/v3"}, timeout=30)
    assert refused.status_code == 422 and "not allowed" in refused.text

    # A deleted Számlázz.hu connection tells a late push to sever the link (KEY_DEL).
    assert admin.session.delete(f"{api}/sz-{admin.tenant}", timeout=30).status_code == 204
    late = requests.post(f"{admin.api}/api/v1/szamlazz/push/sz-{admin.tenant}", data=b"<szamla/>", timeout=10,
                         headers={"X-Szamlazzhu-Key": "barmi"})
    assert b"<hibakod>KEY_DEL</hibakod>" in late.content
    assert admin.session.get(f"{api}/sz-{admin.tenant}", timeout=30).status_code == 404
    actions = [e["action"] for e in admin.db.audit_log.find({"tenant": admin.tenant}).sort("seq", 1)]
    assert actions.count("connection.created") == 3 and "connection.changed" in actions
    assert "connection.deleted" in actions


def test_an_ipn_has_the_invoice_read_again_through_the_agent(
    admin: Admin, szamlazz: Emulator, status_sync: Process,
) -> None:
    cid, _ = _szamlazz_connection(admin, szamlazz, with_pdf=True)
    # A new invoice of its own: the emulator is shared, and other tests pay its demo invoices.
    target = {"number": szamlazz.post("/_emulator/invoices", {"szamlaszam": f"IPN-{admin.tenant}"})["szamlaszam"]}
    [archived] = admin.wait_archived(cid, 1)
    szamlazz.post("/_emulator/push", {"url": None})  # no push this time: only the IPN tells us
    szamlazz.post(f"/_emulator/invoices/{target['number']}/payments",
                  {"kifizetesek": [{"datum": "2025-03-30", "jogcim": "átutalás", "osszeg": archived["gross_total"]}]})
    response = requests.post(f"{admin.api}/api/v1/szamlazz/ipn/{cid}", timeout=30, data={
        "szlahu_szamlaszam": target["number"], "szlahu_bruttovegosszeg": archived["gross_total"],
        "szlahu_kifizetettbrutto": archived["gross_total"], "szlahu_fizetesmod": "átutalás"})
    assert response.status_code == 200 and response.text.strip() == "OK"
    state = wait_until(lambda: (p := admin.payments(archived["_id"]))["status"] == "paid" and p, timeout=60,
                       what="the IPN's payment in the archive")
    assert [p["date"] for p in state["payments"]] == ["2025-03-30"]
    unknown = requests.post(f"{admin.api}/api/v1/szamlazz/ipn/{cid}", data={"szlahu_szamlaszam": "NINCS-ILYEN"},
                            timeout=30)
    assert unknown.status_code == 200 and unknown.text.startswith("ignored")

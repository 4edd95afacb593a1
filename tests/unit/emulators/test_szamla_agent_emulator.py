"""The Számla Agent emulator over HTTP: queries, credit entries, error channels, push.

Requests are checked by the emulator's own model (``agent_requests.py``, unit-tested in
test_szamla_agent_requests.py); ``tests/conformance`` holds both the model and these answers to the
official XSDs and examples.
"""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import unquote
from xml.etree.ElementTree import Element

import pytest
from defusedxml import ElementTree
from starlette.testclient import TestClient

from szamlatar_dev.emulators.szamla_agent.push import PushDispatcher, PushTarget
from szamlatar_dev.emulators.szamla_agent.state import AgentState
from tests.unit.emulators.fixtures import AGENT_KEY as KEY
from tests.unit.emulators.fixtures import FakeReceiver

NS = "{http://www.szamlazz.hu/xmlszamlavalasz}"
SZ = "{http://www.szamlazz.hu/szamla}"


def szamla(body: bytes | str) -> Element:
    """A ``<szamla>`` document: its root, with the parts every reader of it needs."""
    root: Element = ElementTree.fromstring(body)
    assert root.tag == f"{SZ}szamla"
    for part in ("szallito", "alap", "vevo", "tetelek", "osszegek"):
        assert root.find(f"{SZ}{part}") is not None, part
    return root


def valasz(response: Any, *, ok: bool) -> Element:
    """An ``xmlszamlavalasz`` answer: its root, after checking ``sikeres`` and that errors carry code and text."""
    assert response.headers["content-type"].startswith("application/xml")
    root: Element = ElementTree.fromstring(response.content)
    assert root.tag == f"{NS}xmlszamlavalasz"
    assert root.findtext(f"{NS}sikeres") == str(ok).lower()
    if not ok:
        assert (root.findtext(f"{NS}hibakod") or "").isdigit() and root.findtext(f"{NS}hibauzenet")
    return root


def _request(root: str, body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><{root} xmlns="http://www.szamlazz.hu/{root}">{body}</{root}>'


def _post(agent: TestClient, action: str, xml: str | bytes) -> object:
    data = xml.encode() if isinstance(xml, str) else xml
    return agent.post("/szamla/", files={action: (action, data, "text/xml")})


def _first_number(state: AgentState, kind: str = "normal", cancelled: bool = False) -> str:
    return next(
        a.invoice.number for a in state.invoices.values() if a.invoice.kind.value == kind and a.stornoed == cancelled
    )


# Requests written the way the Agent documentation shows them: an xsi:schemaLocation, comments, indentation,
# empty optional elements. The official examples themselves are run in tests/conformance.
DOCUMENTED_STYLE = {
    "action-szamla_agent_xml": """<?xml version="1.0" encoding="UTF-8"?>
<xmlszamlaxml xmlns="http://www.szamlazz.hu/xmlszamlaxml" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.szamlazz.hu/xmlszamlaxml xmlszamlaxml.xsd">
  <szamlaagentkulcs>{key}</szamlaagentkulcs>
  <szamlaszam>{number}</szamlaszam> <!-- by number -->
  <rendelesSzam></rendelesSzam>
  <pdf>true</pdf>
  <szamlaKulsoAzon></szamlaKulsoAzon>
</xmlszamlaxml>""",
    "action-szamla_agent_pdf": """<xmlszamlapdf xmlns="http://www.szamlazz.hu/xmlszamlapdf">
  <szamlaagentkulcs>{key}</szamlaagentkulcs>
  <szamlaszam>{number}</szamlaszam>
  <valaszVerzio>2</valaszVerzio><!-- XML answer -->
  <szamlaKulsoAzon></szamlaKulsoAzon>
</xmlszamlapdf>""",
    "action-szamla_agent_kifiz": """<?xml version="1.0" encoding="UTF-8"?>
<xmlszamlakifiz xmlns="http://www.szamlazz.hu/xmlszamlakifiz">
  <beallitasok> <!-- settings -->
    <szamlaagentkulcs>{key}</szamlaagentkulcs>
    <szamlaszam>{number}</szamlaszam>
    <adoszam>12345678-2-41</adoszam>
    <additiv>false</additiv>
  </beallitasok>
  <kifizetes><datum>2025-01-02</datum><jogcim>készpénz</jogcim><osszeg>500</osszeg></kifizetes>
  <kifizetes>
    <datum>2025-01-20</datum>
    <jogcim>átutalás</jogcim>
    <osszeg>1500.5</osszeg>
    <leiras>második részlet</leiras>   <!-- optional -->
  </kifizetes>
</xmlszamlakifiz>""",
}


@pytest.mark.parametrize("action", list(DOCUMENTED_STYLE))
def test_requests_in_the_documented_style_are_accepted(
    agent: TestClient, agent_state: AgentState, action: str
) -> None:
    number = _first_number(agent_state)
    response = _post(agent, action, DOCUMENTED_STYLE[action].format(key=KEY, number=number))
    assert response.status_code == 200
    assert "szlahu_error_code" not in response.headers, response.text
    assert "JSESSIONID" in response.cookies
    if action == "action-szamla_agent_kifiz":
        assert [(str(p.osszeg), p.leiras) for p in agent_state.invoices[number].payments] == [
            ("500", ""), ("1500.5", "második részlet")]
        assert agent_state.payment_writes[-1].entries[1] == {
            "datum": "2025-01-20", "jogcim": "átutalás", "osszeg": "1500.5", "leiras": "második részlet"}


def test_xml_query_returns_the_szamla_with_pdf(agent: TestClient, agent_state: AgentState) -> None:
    for agent_invoice in agent_state.invoices.values():
        number = agent_invoice.invoice.number
        response = _post(
            agent,
            "action-szamla_agent_xml",
            _request(
                "xmlszamlaxml",
                f"<szamlaagentkulcs>{KEY}</szamlaagentkulcs><szamlaszam>{number}</szamlaszam><pdf>true</pdf>",
            ),
        )
        root = szamla(response.content)
        assert root.findtext(f"{SZ}alap/{SZ}szamlaszam") == number
        assert response.headers["szlahu_id"] == str(agent_invoice.invoice.id)
        assert base64.b64decode(root.findtext(f"{SZ}pdf") or "").startswith(b"%PDF")


@pytest.mark.parametrize("selector", ["rendelesSzam", "szamlaKulsoAzon"])
def test_xml_query_by_order_number_or_external_id_returns_the_latest(
    agent: TestClient, agent_state: AgentState, selector: str
) -> None:
    storno = next(a.invoice for a in agent_state.invoices.values() if a.invoice.kind.value == "storno")
    value = storno.order_number if selector == "rendelesSzam" else storno.external_id
    response = _post(
        agent,
        "action-szamla_agent_xml",
        _request("xmlszamlaxml", f"<szamlaagentkulcs>{KEY}</szamlaagentkulcs><{selector}>{value}</{selector}>"),
    )
    assert f"<szamlaszam>{storno.number}</szamlaszam>" in response.text


def test_unknown_invoice_is_error_7_in_the_body_only(agent: TestClient) -> None:
    response = _post(
        agent,
        "action-szamla_agent_xml",
        _request("xmlszamlaxml", f"<szamlaagentkulcs>{KEY}</szamlaagentkulcs><szamlaszam>NINCS-1</szamlaszam>"),
    )
    assert response.status_code == 200 and "szlahu_error_code" not in response.headers
    assert valasz(response, ok=False).findtext(f"{NS}hibakod") == "7"


def test_wrong_agent_key_is_error_3_with_headers(agent: TestClient) -> None:
    response = _post(
        agent,
        "action-szamla_agent_pdf",
        _request(
            "xmlszamlapdf",
            "<szamlaagentkulcs>rossz</szamlaagentkulcs><szamlaszam>X</szamlaszam><valaszVerzio>1</valaszVerzio>",
        ),
    )
    assert response.status_code == 200
    assert response.headers["szlahu_error_code"] == "3"
    assert response.text.startswith("[ERR] Bejelentkezési hiba")


def test_pdf_version_1_is_raw_and_version_2_is_base64_xml(agent: TestClient, agent_state: AgentState) -> None:
    number = _first_number(agent_state)
    base = f"<szamlaagentkulcs>{KEY}</szamlaagentkulcs><szamlaszam>{number}</szamlaszam>"
    raw = _post(agent, "action-szamla_agent_pdf", _request("xmlszamlapdf", base + "<valaszVerzio>1</valaszVerzio>"))
    assert raw.headers["content-type"] == "application/pdf" and raw.content.startswith(b"%PDF")
    assert raw.headers["szlahu_szamlaszam"] == number
    wrapped = _post(agent, "action-szamla_agent_pdf", _request("xmlszamlapdf", base + "<valaszVerzio>2</valaszVerzio>"))
    root = valasz(wrapped, ok=True)
    assert root.findtext(f"{NS}szamlaszam") == number
    assert base64.b64decode(root.findtext(f"{NS}pdf") or "") == raw.content


def _kifiz(number: str, additive: bool, amounts: list[int]) -> str:
    entries = "".join(
        f"<kifizetes><datum>2025-03-{10 + i}</datum><jogcim>átutalás</jogcim><osszeg>{a}</osszeg></kifizetes>"
        for i, a in enumerate(amounts)
    )
    return _request(
        "xmlszamlakifiz",
        f"<beallitasok><szamlaagentkulcs>{KEY}</szamlaagentkulcs>"
        f"<szamlaszam>{number}</szamlaszam><additiv>{str(additive).lower()}</additiv>"
        f"<valaszVerzio>2</valaszVerzio></beallitasok>{entries}",
    )


def test_credit_entries_replace_or_append(agent: TestClient, agent_state: AgentState) -> None:
    number = _first_number(agent_state)
    gross = agent_state.invoices[number].invoice.gross_total
    _post(agent, "action-szamla_agent_kifiz", _kifiz(number, False, [100]))
    _post(agent, "action-szamla_agent_kifiz", _kifiz(number, False, [200]))
    answer = _post(agent, "action-szamla_agent_kifiz", _kifiz(number, True, [50]))
    assert [p.osszeg for p in agent_state.invoices[number].payments] == [200, 50]
    assert valasz(answer, ok=True).findtext(f"{NS}kintlevoseg") == str(gross - 250)
    assert answer.headers["szlahu_kintlevoseg"] == str(gross - 250)


def test_six_credit_entries_are_error_57_and_change_nothing(agent: TestClient, agent_state: AgentState) -> None:
    number = _first_number(agent_state)
    before = list(agent_state.invoices[number].payments)
    response = _post(agent, "action-szamla_agent_kifiz", _kifiz(number, False, [1] * 6))
    assert response.headers["szlahu_error_code"] == "57"
    assert "legfeljebb 5" in unquote(response.headers["szlahu_error"])
    assert valasz(response, ok=False).findtext(f"{NS}hibakod") == "57"
    assert agent_state.invoices[number].payments == before and agent_state.payment_writes == []


def test_credit_entry_on_a_stornoed_invoice_is_error_463(agent: TestClient, agent_state: AgentState) -> None:
    number = _first_number(agent_state, cancelled=True)
    response = _post(agent, "action-szamla_agent_kifiz", _kifiz(number, False, [1]))
    assert valasz(response, ok=False).findtext(f"{NS}hibakod") == "463"


def test_xml_sent_as_a_text_field_is_error_53(agent: TestClient) -> None:
    response = agent.post(
        "/szamla/", data={"action-szamla_agent_xml": "<xmlszamlaxml/>"}, files={"other": ("x", b"", "text/plain")}
    )
    assert response.headers["szlahu_error_code"] == "53"


def test_maintenance_is_error_1_with_the_down_header(agent: TestClient) -> None:
    agent.post("/_emulator/faults", json={"maintenance": True})
    response = _post(agent, "action-szamla_agent_xml", _request("xmlszamlaxml", "<szamlaszam>X</szamlaszam>"))
    assert "szlahu_down" in response.headers and response.headers["szlahu_error_code"] == "1"


def test_push_on_issue_and_payment_change_retries_until_acknowledged(
    agent: TestClient, agent_state: AgentState, receiver: FakeReceiver
) -> None:
    agent.post("/_emulator/push", json={"url": "http://receiver/in", "key": "abc-12345", "pdf": True})
    receiver.statuses = [500, 200]
    issued = agent.post("/_emulator/invoices", json={"kelt": "2025-03-31"}).json()
    number = _first_number(agent_state)
    agent.post(
        f"/_emulator/invoices/{number}/payments",
        json={"kifizetesek": [{"datum": "2025-03-31", "jogcim": "átutalás", "osszeg": 10}]},
    )
    agent_state.push.drain()
    deliveries = agent.get("/_emulator/push/deliveries").json()
    assert [(d["invoice_number"], d["outcome"], d["attempts"]) for d in deliveries] == [
        (issued["szamlaszam"], "acknowledged", 2),
        (number, "acknowledged", 1),
    ]
    url, body, headers = receiver.received[-1]
    assert url == "http://receiver/in"
    assert headers["X-Szamlazzhu-Key"] == "abc-12345"
    root = szamla(body)
    assert root.findtext(f"{SZ}alap/{SZ}szamlaszam") == number
    assert root.find(f"{SZ}pdf") is not None and root.find(f"{SZ}kifizetesek/{SZ}kifizetes") is not None


def test_push_stops_on_key_error(agent_state: AgentState) -> None:
    def reject(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        return (
            200,
            b'<szamlavalasz xmlns="http://www.szamlazz.hu/szamlavalasz"><hibakod>KEY_ERR</hibakod></szamlavalasz>',
        )

    agent_state.push = PushDispatcher(reject, sleep=lambda s: None)
    agent_state.push.target = PushTarget("http://receiver", "k")
    agent_state.notify(next(iter(agent_state.invoices.values())))
    agent_state.push.drain()
    assert [(d.outcome, d.attempts) for d in agent_state.push.deliveries] == [("key_error", 1)]


def test_an_earlier_push_is_resent_with_its_old_body_after_a_newer_one(
    agent: TestClient, agent_state: AgentState, receiver: FakeReceiver
) -> None:
    agent.post("/_emulator/push", json={"url": "http://receiver/in", "key": "abc-12345", "pdf": False})
    number = _first_number(agent_state)
    for amount in (10, 20):  # two payment changes, two pushes
        agent.post(f"/_emulator/invoices/{number}/payments",
                   json={"kifizetesek": [{"datum": "2025-03-31", "jogcim": "átutalás", "osszeg": amount}]})
    agent_state.push.drain()
    first, second = (body for _, body, _ in receiver.received)
    assert first != second

    answer = agent.post("/_emulator/push/resend", json={"delivery": 0}).json()
    agent_state.push.drain()
    assert receiver.received[-1][1] == first  # the old state, as it was pushed then
    deliveries = agent.get("/_emulator/push/deliveries").json()
    assert answer == {"queued": True, "delivery": 2}
    assert (deliveries[2]["resent_from"], deliveries[2]["outcome"]) == (0, "acknowledged")
    assert agent.post("/_emulator/push/resend", json={"delivery": 9}).status_code == 404

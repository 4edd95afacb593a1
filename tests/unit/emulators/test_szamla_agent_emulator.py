"""The Számla Agent emulator accepts the official example requests and answers in the official schemas."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from defusedxml import ElementTree
from starlette.testclient import TestClient

from services.emulators.demo_data import generate_demo
from services.emulators.szamla_agent.app import create_app
from services.emulators.szamla_agent.push import PushDispatcher, PushTarget
from services.emulators.szamla_agent.schemas import find_xsd_dir, schema
from services.emulators.szamla_agent.state import AgentState

EXAMPLES = find_xsd_dir().parent / "examples"
KEY = "teszt-agent-kulcs"
NS = "{http://www.szamlazz.hu/xmlszamlavalasz}"


class FakeReceiver:
    """Stands in for a receiving system: answers with the queued statuses, then acknowledges."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.received: list[tuple[str, bytes, dict[str, str]]] = []

    def __call__(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        self.received.append((url, body, headers))
        root = ElementTree.fromstring(body)
        invoice_id = root.findtext("{http://www.szamlazz.hu/szamla}alap/{http://www.szamlazz.hu/szamla}id")
        status = self.statuses.pop(0) if self.statuses else 200
        ack = (
            f'<szamlavalasz xmlns="http://www.szamlazz.hu/szamlavalasz"><alap><id>{invoice_id}</id>'
            f"<iktatoszam>IKT-1</iktatoszam></alap></szamlavalasz>"
        )
        return status, ack.encode()


@pytest.fixture
def receiver() -> FakeReceiver:
    return FakeReceiver([])


@pytest.fixture
def agent_state(receiver: FakeReceiver) -> AgentState:
    state = AgentState({KEY, "Please fill!", "Please fill out!"}, PushDispatcher(receiver, sleep=lambda s: None))
    state.load_demo(generate_demo(seed=5, invoices=14))
    return state


@pytest.fixture
def agent(agent_state: AgentState) -> Iterator[TestClient]:
    with TestClient(create_app(agent_state)) as client:
        yield client


def _request(root: str, body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><{root} xmlns="http://www.szamlazz.hu/{root}">{body}</{root}>'


def _post(agent: TestClient, action: str, xml: str | bytes) -> object:
    data = xml.encode() if isinstance(xml, str) else xml
    return agent.post("/szamla/", files={action: (action, data, "text/xml")})


def _first_number(state: AgentState, kind: str = "normal", cancelled: bool = False) -> str:
    return next(
        a.invoice.number for a in state.invoices.values() if a.invoice.kind.value == kind and a.stornoed == cancelled
    )


@pytest.mark.parametrize(
    ("action", "example"),
    [
        ("action-szamla_agent_xml", "agent_request_xmlszamlaxml.xml"),
        ("action-szamla_agent_pdf", "agent_request_xmlszamlapdf.xml"),
        ("action-szamla_agent_kifiz", "agent_request_xmlszamlakifiz.xml"),
    ],
)
def test_official_example_requests_are_accepted(
    agent: TestClient, agent_state: AgentState, action: str, example: str
) -> None:
    template = next(iter(agent_state.invoices.values()))
    agent_state.invoices["E-TST-2011-1"] = type(template)(template.invoice)
    response = _post(agent, action, (EXAMPLES / example).read_bytes())
    assert response.status_code == 200
    assert "szlahu_error_code" not in response.headers, response.text
    assert "JSESSIONID" in response.cookies


def test_xml_query_returns_a_schema_valid_szamla_with_pdf(agent: TestClient, agent_state: AgentState) -> None:
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
        schema("szamla").validate(response.text)
        pdf = ElementTree.fromstring(response.content).findtext("{http://www.szamlazz.hu/szamla}pdf")
        assert base64.b64decode(pdf).startswith(b"%PDF")


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
    schema("xmlszamlavalasz").validate(response.text)
    assert ElementTree.fromstring(response.content).findtext(f"{NS}hibakod") == "7"


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
    schema("xmlszamlavalasz").validate(wrapped.text)
    assert base64.b64decode(ElementTree.fromstring(wrapped.content).findtext(f"{NS}pdf")) == raw.content


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
    schema("xmlszamlavalasz").validate(answer.text)
    assert [p.osszeg for p in agent_state.invoices[number].payments] == [200, 50]
    assert ElementTree.fromstring(answer.content).findtext(f"{NS}kintlevoseg") == str(gross - 250)
    assert answer.headers["szlahu_kintlevoseg"] == str(gross - 250)


def test_six_credit_entries_fail_the_xsd_with_error_57(agent: TestClient, agent_state: AgentState) -> None:
    response = _post(agent, "action-szamla_agent_kifiz", _kifiz(_first_number(agent_state), False, [1] * 6))
    assert response.headers["szlahu_error_code"] == "57"
    assert ElementTree.fromstring(response.content).findtext(f"{NS}sikeres") == "false"


def test_credit_entry_on_a_stornoed_invoice_is_error_463(agent: TestClient, agent_state: AgentState) -> None:
    number = _first_number(agent_state, cancelled=True)
    response = _post(agent, "action-szamla_agent_kifiz", _kifiz(number, False, [1]))
    assert ElementTree.fromstring(response.content).findtext(f"{NS}hibakod") == "463"


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
    schema("szamla").validate(body.decode())
    assert b"<pdf>" in body and b"<kifizetesek>" in body


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


def test_examples_dir_is_found() -> None:
    assert isinstance(EXAMPLES, Path) and (EXAMPLES / "push_szamla_example.xml").is_file()


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

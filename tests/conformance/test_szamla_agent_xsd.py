"""The Számla Agent emulator, our Agent client and our push reader against Számlázz.hu's official XSDs and
examples (from SZAMLATAR_SPECS).

- the emulator's own request model has the XSDs' element lists, and refuses exactly what they refuse;
- the official example requests are accepted; every answer and push validates against its XSD;
- every request our client sends validates against the request XSD of its action;
- our push reader and acknowledgement, and the client's answer reading, fit the official examples.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from email.parser import BytesParser
from email.policy import default as email_policy
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

import pytest
import requests
import xmlschema
from defusedxml import ElementTree
from starlette.testclient import TestClient

from services.core.invoice import InvoiceKind
from services.szamlazz.client import AgentAuthenticationError, PaymentEntry, SzamlaAgentClient, SzamlaAgentError
from services.szamlazz.protocol.documents import read_szamla_document, szamlavalasz
from services.szamlazz.protocol.payments import szamla_payments
from szamlatar_dev.emulators.demo_data import generate_demo
from szamlatar_dev.emulators.szamla_agent.agent_requests import SEQUENCES, Group, RequestInvalid, parse_request
from szamlatar_dev.emulators.szamla_agent.app import ACTIONS
from szamlatar_dev.emulators.szamla_agent.push import PushDispatcher
from szamlatar_dev.emulators.szamla_agent.state import AgentInvoice, AgentState
from tests.conformance.conftest import spec_file
from tests.unit.asgi_requests import session_for
from tests.unit.emulators import fixtures

KEY = "conformance-kulcs"
EXAMPLE_KEYS = {"Please fill!", "Please fill out!"}  # the keys the official examples carry
EXAMPLE_INVOICE = "E-TST-2011-1"  # the invoice number they ask for
XS = "{http://www.w3.org/2001/XMLSchema}"
VALASZ = "{http://www.szamlazz.hu/xmlszamlavalasz}"
ROOT_OF_EXAMPLE = {
    "agent_request_xmlszamlaxml.xml": "xmlszamlaxml",
    "agent_request_xmlszamlapdf.xml": "xmlszamlapdf",
    "agent_request_xmlszamlakifiz.xml": "xmlszamlakifiz",
}
ACTION_OF_ROOT = {root: action for action, root in ACTIONS.items()}


@cache
def xsd(name: str) -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(spec_file("szamlazzhu", "xsd", f"{name}.xsd")))


def example(name: str) -> Path:
    return spec_file("szamlazzhu", "examples", name)


@pytest.fixture
def pushed() -> list[bytes]:
    return []


@pytest.fixture
def agent_state(pushed: list[bytes]) -> AgentState:
    def receive(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        pushed.append(body)
        invoice_id = read_szamla_document(body).alap_id
        return 200, szamlavalasz(invoice_id, "IKT-1", None)

    state = AgentState({KEY, *EXAMPLE_KEYS}, PushDispatcher(receive, sleep=lambda s: None))
    state.load_demo(generate_demo(seed=5, invoices=14))
    template = next(iter(state.invoices.values()))
    state.invoices[EXAMPLE_INVOICE] = AgentInvoice(template.invoice)
    return state


agent = fixtures.agent  # the unit tests' emulator client, over this module's agent_state


def _post(agent: TestClient, root: str, body: bytes) -> Any:
    action = ACTION_OF_ROOT[root]
    return agent.post("/szamla/", files={action: (action, body, "text/xml")})


# -- the emulator's request model is the XSDs' ------------------------------------------------------------


@dataclass(frozen=True)
class Particle:
    name: str
    type: str  # an xsd simple type's local name, or "group" with children
    min_occurs: int
    max_occurs: int | None
    children: tuple[Particle, ...] = ()


def _from_xsd(group: Any) -> tuple[Particle, ...]:
    particles = []
    for element in group.iter_elements():
        if element.type.is_simple():
            particles.append(Particle(element.local_name, element.type.name.removeprefix(XS), element.min_occurs,
                                      element.max_occurs))
        else:
            particles.append(Particle(element.local_name, "group", element.min_occurs, element.max_occurs,
                                      _from_xsd(element.type.content)))
    return tuple(particles)


def _from_model(items: tuple[Any, ...]) -> tuple[Particle, ...]:
    return tuple(
        Particle(item.name, "group", int(item.required), item.max_occurs, _from_model(item.children))
        if isinstance(item, Group) else Particle(item.name, item.type, int(item.required), 1)
        for item in items
    )


@pytest.mark.parametrize("root", sorted(SEQUENCES))
def test_the_request_model_lists_the_elements_of_the_official_xsd(root: str) -> None:
    schema = xsd(root)
    assert schema.target_namespace == f"http://www.szamlazz.hu/{root}"
    element = schema.elements[root]
    assert element.type.content.model == "sequence"
    assert _from_model(SEQUENCES[root]) == _from_xsd(element.type.content)


def _mutants(root: Element) -> Iterator[tuple[str, Element]]:
    """Requests that differ from ``root`` in one way: an element dropped, doubled, moved up, given another
    value, an attribute or a child; an unknown element; no namespace."""
    ns = root.tag[: root.tag.index("}") + 1]
    positions = [(parent, index) for parent in root.iter() for index in range(len(parent))]
    values = ["", " 2 ", "\n1\n", "0", "true", "igen", "-5", "+7", "2147483648", "2.5", "1e3", ".5", "1,5",
              "2025-03-01", "2025-02-30", "20250301", "2025-03-01+01:00", "x"]
    for n, (parent, index) in enumerate(positions):
        child = parent[index]
        name = child.tag.removeprefix(ns)

        def variant(change: Callable[[Element, int], None], n: int = n) -> Element:
            mutant = copy.deepcopy(root)
            target_parent, target_index = [(p, i) for p in mutant.iter() for i in range(len(p))][n]
            change(target_parent, target_index)
            return mutant

        yield f"drop {name}", variant(lambda p, i: p.remove(p[i]))
        yield f"double {name}", variant(lambda p, i: p.insert(i + 1, copy.deepcopy(p[i])))
        if index > 0:
            yield f"move {name} up", variant(lambda p, i: p.insert(i - 1, p[i]) or p.remove(p[i + 1]))
        if len(child) == 0:
            for value in values:
                yield f"{name}={value!r}", variant(lambda p, i, v=value: setattr(p[i], "text", v))
            yield f"{name} with an attribute", variant(lambda p, i: p[i].set("x", "1"))
            yield f"{name} with a child", variant(lambda p, i: SubElement(p[i], f"{ns}b"))
    for where in ("start", "end"):
        mutant = copy.deepcopy(root)
        mutant.insert(0 if where == "start" else len(mutant), Element(f"{ns}ismeretlen"))
        yield f"unknown element at the {where}", mutant
    bare = copy.deepcopy(root)
    for element in bare.iter():
        element.tag = element.tag.removeprefix(ns)
    yield "no namespace", bare


def _model_accepts(root: str, element: Element) -> bool:
    try:
        parse_request(root, element)
    except RequestInvalid:
        return False
    return True


@pytest.mark.parametrize("name", sorted(ROOT_OF_EXAMPLE))
def test_the_request_model_refuses_exactly_what_the_official_xsd_refuses(name: str) -> None:
    root = ROOT_OF_EXAMPLE[name]
    official = ElementTree.fromstring(example(name).read_bytes())
    if root == "xmlszamlakifiz":  # up to five credit entries, not six
        entry = official.findall(f"{official.tag[: official.tag.index('}') + 1]}kifizetes")[0]
        official.extend(copy.deepcopy(entry) for _ in range(3))
    disagreements = []
    checked = 0
    for what, mutant in _mutants(official):
        by_xsd = xsd(root).is_valid(tostring(mutant, encoding="unicode"))
        by_model = _model_accepts(root, ElementTree.fromstring(tostring(mutant)))
        checked += 1
        if by_xsd != by_model:
            disagreements.append(f"{what}: XSD {'accepts' if by_xsd else 'refuses'}, model "
                                 f"{'accepts' if by_model else 'refuses'}")
    assert checked >= 50 and not disagreements, "\n".join(disagreements)


# -- the emulator against the official examples and answer XSDs ------------------------------------------


@pytest.mark.parametrize("name", sorted(ROOT_OF_EXAMPLE))
def test_official_example_requests_are_accepted(agent: TestClient, name: str) -> None:
    body = example(name).read_bytes()
    xsd(ROOT_OF_EXAMPLE[name]).validate(body.decode())
    response = _post(agent, ROOT_OF_EXAMPLE[name], body)
    assert response.status_code == 200
    assert "szlahu_error_code" not in response.headers, response.text
    assert "JSESSIONID" in response.cookies


def _request(root: str, body: str) -> bytes:
    return f'<{root} xmlns="http://www.szamlazz.hu/{root}">{body}</{root}>'.encode()


def _kifiz(number: str, amounts: list[int], *, version: int = 2) -> bytes:
    entries = "".join(f"<kifizetes><datum>2025-03-1{i}</datum><jogcim>átutalás</jogcim><osszeg>{a}</osszeg>"
                      f"<leiras>részlet {i}</leiras></kifizetes>" for i, a in enumerate(amounts))
    return _request("xmlszamlakifiz", f"<beallitasok><szamlaagentkulcs>{KEY}</szamlaagentkulcs><szamlaszam>{number}"
                                      f"</szamlaszam><additiv>false</additiv><valaszVerzio>{version}</valaszVerzio>"
                                      f"</beallitasok>{entries}")


def test_every_invoice_the_xml_query_returns_validates_against_szamla_xsd(
    agent: TestClient, agent_state: AgentState,
) -> None:
    numbers = list(agent_state.invoices)
    _post(agent, "xmlszamlakifiz", _kifiz(numbers[0], [100, 200]))  # one with credit entries for sure
    for number in numbers:
        for pdf in ("true", "false"):
            response = _post(agent, "xmlszamlaxml", _request(
                "xmlszamlaxml", f"<szamlaagentkulcs>{KEY}</szamlaagentkulcs><szamlaszam>{number}</szamlaszam>"
                                f"<pdf>{pdf}</pdf>"))
            xsd("szamla").validate(response.text)


def test_every_xmlszamlavalasz_answer_validates(agent: TestClient, agent_state: AgentState) -> None:
    number = next(a.invoice.number for a in agent_state.invoices.values()
                  if a.invoice.kind.value == "normal" and not a.stornoed)
    stornoed = next(a.invoice.number for a in agent_state.invoices.values() if a.stornoed)
    pdf = f"<szamlaagentkulcs>{KEY}</szamlaagentkulcs><szamlaszam>{number}</szamlaszam><valaszVerzio>2</valaszVerzio>"
    answers = {
        "pdf": _post(agent, "xmlszamlapdf", _request("xmlszamlapdf", pdf)),
        "credit entries": _post(agent, "xmlszamlakifiz", _kifiz(number, [1, 2, 3, 4, 5])),
        "no credit entries": _post(agent, "xmlszamlakifiz", _kifiz(number, [])),
        "not found (7)": _post(agent, "xmlszamlaxml", _request(
            "xmlszamlaxml", f"<szamlaagentkulcs>{KEY}</szamlaagentkulcs><szamlaszam>NINCS</szamlaszam>")),
        "wrong key (3)": _post(agent, "xmlszamlapdf", _request("xmlszamlapdf", pdf.replace(KEY, "rossz"))),
        "storno (463)": _post(agent, "xmlszamlakifiz", _kifiz(stornoed, [1])),
        "invalid (57)": _post(agent, "xmlszamlakifiz", _kifiz(number, [1] * 6)),
    }
    for what, response in answers.items():
        assert response.headers["content-type"].startswith("application/xml"), what
        xsd("xmlszamlavalasz").validate(response.text)


def test_every_push_validates_against_szamla_xsd(agent: TestClient, agent_state: AgentState,
                                                 pushed: list[bytes]) -> None:
    agent.post("/_emulator/push", json={"url": "http://receiver/in", "key": "k", "pdf": True})
    agent.post("/_emulator/push/trigger", json={})
    agent_state.push.drain()
    assert len(pushed) == len(agent_state.invoices)
    for body in pushed:
        xsd("szamla").validate(body.decode())


# -- our client's requests --------------------------------------------------------------------------------


def _sent(request: requests.PreparedRequest) -> tuple[str, bytes]:
    """The form field name and the XML file of a multipart request."""
    body = request.body if isinstance(request.body, bytes) else str(request.body).encode()
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    [part] = BytesParser(policy=email_policy).parsebytes(head + body).iter_parts()
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return str(part.get_param("name", header="content-disposition")), payload


def test_every_request_our_client_sends_validates_against_the_official_xsd(
    agent: TestClient, agent_state: AgentState,
) -> None:
    session, adapter = session_for(agent)
    client = SzamlaAgentClient(KEY, url="http://emulator/szamla/", session=session, sleep=lambda s: None)
    invoice = next(a.invoice for a in agent_state.invoices.values()
                   if a.invoice.kind.value == "normal" and not a.stornoed and a.invoice.order_number)
    for with_pdf in (False, True):
        client.get_invoice_xml(invoice_number=invoice.number, with_pdf=with_pdf)
        client.get_invoice_xml(order_number=invoice.order_number, with_pdf=with_pdf)
        client.get_invoice_xml(external_id=invoice.external_id, with_pdf=with_pdf)
    client.get_pdf(invoice_number=invoice.number)
    client.get_pdf(order_number=invoice.order_number)
    client.get_pdf(external_id=invoice.external_id)
    entry = PaymentEntry(date(2025, 3, 1), "átutalás", Decimal("1000.50"), "SZT-1 <&>")
    client.register_payment(invoice.number, [entry] * 5, additive=False)
    client.register_payment(invoice.number, [PaymentEntry(date(2025, 3, 2), "készpénz", Decimal(1))], additive=True)
    client.register_payment(invoice.number, [], additive=False)
    assert len(adapter.sent) == 12
    for request in adapter.sent:
        action, xml = _sent(request)
        xsd(ACTIONS[action]).validate(xml.decode())


# -- our push reader and the client's answer reading against the official examples ------------------------


def test_the_official_push_example_is_read() -> None:
    body = example("push_szamla_example.xml").read_bytes()
    xsd("szamla").validate(body.decode())
    doc = read_szamla_document(body)
    assert doc.number == "2015-123" and doc.alap_id == 123456 and doc.kind is InvoiceKind.NORMAL
    payments = szamla_payments(ElementTree.fromstring(body))
    assert payments and all(p.amount > 0 for p in payments)


@pytest.mark.parametrize("error", [None, "KEY_ERR", "KEY_DEL"])
def test_our_push_acknowledgement_validates_against_szamlavalasz_xsd(error: str | None) -> None:
    xsd("szamlavalasz").validate(szamlavalasz(None if error else 901234, None if error else "a-b-c", error).decode())
    xsd("szamlavalasz").validate(example("push_szamlavalasz_example.xml").read_text(encoding="utf-8"))


class _Canned(requests.adapters.BaseAdapter):
    """Answers every request with one official example body."""

    def __init__(self, body: bytes, content_type: str) -> None:
        super().__init__()
        self.body, self.content_type = body, content_type

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        response = requests.Response()
        response.status_code, response._content, response.request = 200, self.body, request
        response.headers["Content-Type"] = self.content_type
        return response

    def close(self) -> None:
        return None


def _client_answered_with(name: str, content_type: str = "application/xml") -> SzamlaAgentClient:
    session = requests.Session()
    session.mount("http://agent", _Canned(example(name).read_bytes(), content_type))
    return SzamlaAgentClient(KEY, url="http://agent/szamla/", session=session, sleep=lambda s: None)


def test_our_client_reads_the_official_answers() -> None:
    paid = _client_answered_with("agent_response_kifiz_success.xml").register_payment(
        "XXX-2012-3", [PaymentEntry(date(2025, 3, 1), "átutalás", Decimal(38100))], additive=False)
    assert (paid.invoice_number, paid.gross_total, paid.outstanding) == ("XXX-2012-3", Decimal(38100), Decimal(0))
    with pytest.raises(AgentAuthenticationError) as refused:
        _client_answered_with("agent_response_xmlszamlavalasz_error.xml").get_pdf(invoice_number="X")
    assert refused.value.code == 3
    with pytest.raises(SzamlaAgentError, match="Már létező rendelésszám"):
        _client_answered_with("agent_response_text_error.txt", "text/plain").get_pdf(invoice_number="X")


def test_a_pdf_answer_carries_the_pdf_the_raw_answer_does(agent: TestClient, agent_state: AgentState) -> None:
    number = next(iter(agent_state.invoices))
    base = f"<szamlaagentkulcs>{KEY}</szamlaagentkulcs><szamlaszam>{number}</szamlaszam>"
    raw = _post(agent, "xmlszamlapdf", _request("xmlszamlapdf", base + "<valaszVerzio>1</valaszVerzio>"))
    wrapped = _post(agent, "xmlszamlapdf", _request("xmlszamlapdf", base + "<valaszVerzio>2</valaszVerzio>"))
    xsd("xmlszamlavalasz").validate(wrapped.text)
    assert base64.b64decode(ElementTree.fromstring(wrapped.content).findtext(f"{VALASZ}pdf")) == raw.content

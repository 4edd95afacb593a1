"""The Számla Agent emulator's own request model: what it accepts, what it refuses (error 57), and which
answer format a request asks for — read from the parsed request, never from a text search."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

import pytest
from defusedxml import ElementTree
from starlette.testclient import TestClient

from szamlatar_dev.emulators.szamla_agent.agent_requests import (
    CreditEntries,
    PdfQuery,
    RequestInvalid,
    XmlQuery,
    answer_version,
    kifizetes,
    parse_request,
)
from szamlatar_dev.emulators.szamla_agent.state import AgentState
from szamlatar_dev.emulators.szamla_agent.xml import Kifizetes
from tests.unit.emulators.fixtures import AGENT_KEY as KEY

NS = "{http://www.szamlazz.hu/xmlszamlavalasz}"
ACTION = {"xmlszamlaxml": "action-szamla_agent_xml", "xmlszamlapdf": "action-szamla_agent_pdf",
          "xmlszamlakifiz": "action-szamla_agent_kifiz"}


def xml(root: str, body: str, *, attributes: str = "") -> str:
    return f'<{root} xmlns="http://www.szamlazz.hu/{root}"{attributes}>{body}</{root}>'


def settings(inner: str = "<szamlaszam>A-1</szamlaszam><additiv>false</additiv>") -> str:
    return f"<beallitasok><szamlaagentkulcs>{KEY}</szamlaagentkulcs>{inner}</beallitasok>"


ENTRY = "<kifizetes><datum>2025-03-01</datum><jogcim>átutalás</jogcim><osszeg>100</osszeg></kifizetes>"


def parse(root: str, text: str) -> Any:
    return parse_request(root, ElementTree.fromstring(text.encode()))


# -- accepted -----------------------------------------------------------------------------------------


def test_an_xml_query_reads_into_its_model() -> None:
    request = parse("xmlszamlaxml", xml("xmlszamlaxml", f"<szamlaagentkulcs>{KEY}</szamlaagentkulcs>"
                                                        "<rendelesSzam> R-7 </rendelesSzam><pdf> 1 </pdf>"))
    assert isinstance(request, XmlQuery)
    assert (request.login.key, request.selector.number, request.selector.order, request.with_pdf) == (KEY, "", "R-7",
                                                                                                      True)


def test_a_pdf_query_reads_its_answer_version_with_any_whitespace_and_a_prefix() -> None:
    text = ('<p:xmlszamlapdf xmlns:p="http://www.szamlazz.hu/xmlszamlapdf"><p:jelszo>regi</p:jelszo>'
            "<p:szamlaszam>A-1</p:szamlaszam><p:valaszVerzio>\n  +2\t</p:valaszVerzio></p:xmlszamlapdf>")
    request = parse("xmlszamlapdf", text)
    assert isinstance(request, PdfQuery)
    assert (request.login.key, request.selector.number, request.answer_version) == ("regi", "A-1", 2)


def test_a_credit_entry_request_reads_typed_entries_and_keeps_what_was_sent() -> None:
    entries = (ENTRY + "<kifizetes><datum>2025-03-02Z</datum><jogcim>készpénz</jogcim><osszeg> 1.5E3 </osszeg>"
               "<leiras>rész</leiras></kifizetes>")
    request = parse("xmlszamlakifiz", xml("xmlszamlakifiz", settings(
        "<szamlaszam>A-1</szamlaszam><adoszam>1-2-3</adoszam><additiv>1</additiv><aggregator>x</aggregator>"
        "<valaszVerzio>2</valaszVerzio>") + entries))
    assert isinstance(request, CreditEntries)
    assert (request.invoice_number, request.additive, request.answer_version) == ("A-1", True, 2)
    assert request.entries == (Kifizetes(date(2025, 3, 1), "átutalás", Decimal(100)),
                               Kifizetes(date(2025, 3, 2), "készpénz", Decimal("1.5E3"), "rész"))
    assert request.sent[1] == {"datum": "2025-03-02Z", "jogcim": "készpénz", "osszeg": " 1.5E3 ", "leiras": "rész"}


def test_comments_schema_location_and_empty_optional_elements_are_fine() -> None:
    text = xml("xmlszamlakifiz", f"<!-- a -->{settings()}<!-- b -->",
               attributes=' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x y"')
    request = parse("xmlszamlakifiz", text)
    assert isinstance(request, CreditEntries) and request.entries == () and request.answer_version is None


# -- refused ------------------------------------------------------------------------------------------

REFUSED = {
    "pdf-without-valaszVerzio": ("xmlszamlapdf", xml("xmlszamlapdf", "<szamlaszam>A</szamlaszam>"),
                                 "hiányzik a(z) valaszVerzio"),
    "kifiz-without-beallitasok": ("xmlszamlakifiz", xml("xmlszamlakifiz", ENTRY), "hiányzik a(z) beallitasok"),
    "kifiz-without-additiv": ("xmlszamlakifiz", xml("xmlszamlakifiz", settings("<szamlaszam>A</szamlaszam>")),
                              "beallitasok: hiányzik a(z) additiv"),
    "kifiz-without-szamlaszam": ("xmlszamlakifiz", xml("xmlszamlakifiz", settings("<additiv>true</additiv>")),
                                 "hiányzik a(z) szamlaszam"),
    "entry-without-osszeg": ("xmlszamlakifiz", xml("xmlszamlakifiz", settings() + ENTRY.replace(
        "<osszeg>100</osszeg>", "")), "kifizetes: hiányzik a(z) osszeg"),
    "pdf-not-boolean": ("xmlszamlaxml", xml("xmlszamlaxml", "<pdf>igen</pdf>"), "nem logikai"),
    "additiv-not-boolean": ("xmlszamlakifiz", xml("xmlszamlakifiz", settings(
        "<szamlaszam>A</szamlaszam><additiv>True</additiv>")), "nem logikai"),
    "valaszVerzio-not-int": ("xmlszamlapdf", xml("xmlszamlapdf", "<valaszVerzio>kettő</valaszVerzio>"),
                             "nem egész"),
    "valaszVerzio-decimal": ("xmlszamlapdf", xml("xmlszamlapdf", "<valaszVerzio>2.0</valaszVerzio>"), "nem egész"),
    "valaszVerzio-beyond-int": ("xmlszamlapdf", xml("xmlszamlapdf", "<valaszVerzio>2147483648</valaszVerzio>"),
                                "nem egész"),
    "datum-no-such-day": ("xmlszamlakifiz", xml("xmlszamlakifiz", settings() + ENTRY.replace(
        "2025-03-01", "2025-02-30")), "nem dátum"),
    "datum-compact": ("xmlszamlakifiz", xml("xmlszamlakifiz", settings() + ENTRY.replace(
        "2025-03-01", "20250301")), "nem dátum"),
    "osszeg-comma": ("xmlszamlakifiz", xml("xmlszamlakifiz", settings() + ENTRY.replace(
        "<osszeg>100</osszeg>", "<osszeg>1,5</osszeg>")), "nem szám"),
    "osszeg-nan": ("xmlszamlakifiz", xml("xmlszamlakifiz", settings() + ENTRY.replace(
        "<osszeg>100</osszeg>", "<osszeg>NaN</osszeg>")), "nem szám"),
    "wrong-order": ("xmlszamlaxml", xml("xmlszamlaxml", f"<szamlaszam>A</szamlaszam><szamlaagentkulcs>{KEY}"
                                                         "</szamlaagentkulcs>"), "szamlaagentkulcs: rossz helyen"),
    "settings-after-entry": ("xmlszamlakifiz", xml("xmlszamlakifiz", ENTRY + settings()),
                             "beallitasok: rossz helyen"),
    "unknown-element": ("xmlszamlaxml", xml("xmlszamlaxml", "<vevo>X</vevo>"), "vevo: ismeretlen elem"),
    "twice": ("xmlszamlaxml", xml("xmlszamlaxml", "<szamlaszam>A</szamlaszam><szamlaszam>B</szamlaszam>"),
              "legfeljebb 1"),
    "six-entries": ("xmlszamlakifiz", xml("xmlszamlakifiz", settings() + ENTRY * 6), "legfeljebb 5"),
    "no-namespace": ("xmlszamlaxml", "<xmlszamlaxml><szamlaszam>A</szamlaszam></xmlszamlaxml>", "gyökérelem"),
    "child-without-namespace": ("xmlszamlaxml", xml("xmlszamlaxml", '<szamlaszam xmlns="">A</szamlaszam>'),
                                "névtérben"),
    "other-root": ("xmlszamlaxml", xml("xmlszamlapdf", "<valaszVerzio>1</valaszVerzio>"), "gyökérelem"),
    "text-between-elements": ("xmlszamlaxml", xml("xmlszamlaxml", "A-1<pdf>true</pdf>"), "szöveg"),
    "element-in-a-value": ("xmlszamlaxml", xml("xmlszamlaxml", "<szamlaszam><b>A</b></szamlaszam>"),
                           "egyszerű érték helyett"),
    "unknown-attribute": ("xmlszamlaxml", xml("xmlszamlaxml", '<szamlaszam tipus="x">A</szamlaszam>'),
                          "ismeretlen attribútum"),
}


@pytest.mark.parametrize(("root", "text", "reason"), list(REFUSED.values()), ids=list(REFUSED))
def test_a_request_that_does_not_fit_is_refused_with_the_reason(root: str, text: str, reason: str) -> None:
    with pytest.raises(RequestInvalid, match=re.escape(reason)):
        parse(root, text)


def _post(agent: TestClient, root: str, text: str) -> Any:
    return agent.post("/szamla/", files={ACTION[root]: (ACTION[root], text.encode(), "text/xml")})


@pytest.mark.parametrize(("root", "text", "reason"), list(REFUSED.values()), ids=list(REFUSED))
def test_the_emulator_answers_a_refused_request_with_error_57_and_writes_nothing(
    agent: TestClient, agent_state: AgentState, root: str, text: str, reason: str,
) -> None:
    number = next(iter(agent_state.invoices))
    before = list(agent_state.invoices[number].payments)
    response = _post(agent, root, text.replace(">A-1<", f">{number}<").replace(">A<", f">{number}<"))
    assert response.status_code == 200
    assert response.headers["szlahu_error_code"] == "57"
    assert reason in unquote(response.headers["szlahu_error"])
    assert agent_state.payment_writes == [] and agent_state.invoices[number].payments == before


def test_unreadable_xml_is_error_57(agent: TestClient) -> None:
    response = _post(agent, "xmlszamlapdf", "<xmlszamlapdf><valaszVerzio>2</valaszVerzio>")
    assert response.headers["szlahu_error_code"] == "57"
    assert response.text.startswith("[ERR] XML beolvasási hiba")


def test_the_admin_route_refuses_a_bad_credit_entry(agent: TestClient, agent_state: AgentState) -> None:
    number = next(iter(agent_state.invoices))
    answer = agent.post(f"/_emulator/invoices/{number}/payments",
                        json={"kifizetesek": [{"datum": "2025-13-01", "jogcim": "átutalás", "osszeg": 1}]})
    assert answer.status_code == 400 and "nem dátum" in answer.json()["error"]
    assert kifizetes({"datum": "2025-03-01", "jogcim": "x", "osszeg": "2"}) == Kifizetes(date(2025, 3, 1), "x",
                                                                                         Decimal(2))
    with pytest.raises(RequestInvalid, match="ismeretlen elem"):
        kifizetes({"datum": "2025-03-01", "jogcim": "x", "osszeg": "2", "penznem": "HUF"})


# -- which format an error comes back in ---------------------------------------------------------------

WRONG_KEY_PDF = "<szamlaagentkulcs>rossz</szamlaagentkulcs><szamlaszam>X</szamlaszam>"
ASKS_FOR_XML = {
    "spaces": ("xmlszamlapdf", xml("xmlszamlapdf", WRONG_KEY_PDF + "<valaszVerzio> 2 </valaszVerzio>")),
    "newlines": ("xmlszamlapdf", xml("xmlszamlapdf", WRONG_KEY_PDF + "<valaszVerzio>\n\t2\n</valaszVerzio>")),
    "prefix": ("xmlszamlapdf", '<a:xmlszamlapdf xmlns:a="http://www.szamlazz.hu/xmlszamlapdf">'
                               "<a:szamlaagentkulcs>rossz</a:szamlaagentkulcs><a:valaszVerzio>2</a:valaszVerzio>"
                               "</a:xmlszamlapdf>"),
    "in-settings": ("xmlszamlakifiz", xml("xmlszamlakifiz", "<beallitasok><szamlaagentkulcs>rossz</szamlaagentkulcs>"
                                                            "<szamlaszam>X</szamlaszam><additiv>false</additiv>"
                                                            "<valaszVerzio> 2</valaszVerzio></beallitasok>")),
    "invalid-request": ("xmlszamlakifiz", xml("xmlszamlakifiz", "<beallitasok><szamlaszam>X</szamlaszam>"
                                                                "<valaszVerzio>2</valaszVerzio></beallitasok>")),
}


@pytest.mark.parametrize(("root", "text"), list(ASKS_FOR_XML.values()), ids=list(ASKS_FOR_XML))
def test_an_error_comes_back_as_xml_when_the_parsed_request_asks_for_version_2(
    agent: TestClient, root: str, text: str,
) -> None:
    response = _post(agent, root, text)
    assert response.headers["content-type"].startswith("application/xml"), response.text
    answer = ElementTree.fromstring(response.content)
    assert answer.tag == f"{NS}xmlszamlavalasz" and answer.findtext(f"{NS}sikeres") == "false"
    assert answer.findtext(f"{NS}hibakod") == response.headers["szlahu_error_code"]


ASKS_FOR_TEXT = {
    "version-1": xml("xmlszamlapdf", WRONG_KEY_PDF + "<valaszVerzio>1</valaszVerzio>"),
    "version-2-only-in-a-comment": xml("xmlszamlapdf", WRONG_KEY_PDF + "<!-- <valaszVerzio>2</valaszVerzio> -->"
                                                                       "<valaszVerzio>1</valaszVerzio>"),
    "version-2-only-inside-a-value": xml("xmlszamlapdf", "<szamlaagentkulcs>rossz</szamlaagentkulcs><szamlaszam>"
                                                         "&lt;valaszVerzio&gt;2&lt;/valaszVerzio&gt;</szamlaszam>"
                                                         "<valaszVerzio>1</valaszVerzio>"),
}


@pytest.mark.parametrize("text", list(ASKS_FOR_TEXT.values()), ids=list(ASKS_FOR_TEXT))
def test_an_error_comes_back_as_text_when_the_parsed_request_does_not_ask_for_xml(agent: TestClient, text: str) -> None:
    response = _post(agent, "xmlszamlapdf", text)
    assert response.headers["szlahu_error_code"] == "3"
    assert response.text.startswith("[ERR] Bejelentkezési hiba")


def test_answer_version_reads_the_tree() -> None:
    def version(text: str) -> int | None:
        return answer_version(ElementTree.fromstring(text.encode()))

    assert version(xml("xmlszamlapdf", "<valaszVerzio> 2 </valaszVerzio>")) == 2
    assert version(xml("xmlszamlakifiz", "<beallitasok><valaszVerzio>\n2</valaszVerzio></beallitasok>")) == 2
    assert version("<xmlszamlapdf><valaszVerzio>2</valaszVerzio></xmlszamlapdf>") == 2  # no namespace: still read
    assert version(xml("xmlszamlapdf", "<valaszVerzio>zwei</valaszVerzio>")) is None
    assert version(xml("xmlszamlapdf", "<szamlaszam><valaszVerzio>2</valaszVerzio></szamlaszam>")) is None
    assert version(xml("xmlszamlaxml", "")) is None

"""NAV's own XSDs judge what we write: the NAV emulator's answers, the requests the NAV client sends,
the InvoiceData the builders produce; and the emulator's request model agrees with invoiceApi.xsd on
NAV's sample requests and on every small breakage of them."""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from xml.etree.ElementTree import Element

import pytest
import requests
import xmlschema
from starlette.testclient import TestClient

from services.core.enums import Direction
from services.core.parsing.xmlsafe import parse_xml
from services.nav.client import NavClient
from services.nav.protocol.requests import (
    AdditionalQueryParams,
    InsDateRange,
    IssueDateRange,
    RequestContext,
    SoftwareInfo,
    build_query_invoice_data_request,
    build_query_invoice_digest_request,
    build_token_exchange_request,
)
from services.nav.protocol.responses import parse_query_invoice_digest_response
from services.nav.protocol.signing import NavCredentials
from services.nav.protocol.spec import API_NS, BASE_NS, COMMON_NS, DATA_NS
from szamlatar_dev.emulators.nav.app import DEMO_USER, EmulatorSettings, create_app
from szamlatar_dev.emulators.nav.invoice_data import InvoiceSpec, invoice_data
from szamlatar_dev.emulators.nav.invoices import GENERATED_LINES, generate_invoice
from szamlatar_dev.emulators.nav.request_model import request_faults
from szamlatar_dev.emulators.nav.seed import PRIVATE_PERSON, company, seed_invoices
from tests.conformance.conftest import spec_file
from tests.unit.asgi_requests import ASGIAdapter
from tests.unit.nav.protocol.test_requests import built_requests
from tests.unit.nav.test_request_model import BROKEN

XSD = spec_file("nav", "xsd")
NOW = datetime(2021, 6, 2, 9, 0, tzinfo=UTC)
CREDS = NavCredentials(DEMO_USER.login, DEMO_USER.password_hash, DEMO_USER.tax_number, DEMO_USER.signature_key,
                           DEMO_USER.exchange_key)
SOFTWARE = SoftwareInfo()
OUT, IN = Direction.OUTGOING, Direction.INCOMING
MAY = IssueDateRange(date(2021, 5, 1), date(2021, 6, 4))


@cache
def schema(name: str) -> xmlschema.XMLSchema:
    """One of NAV's XSDs; they import each other by namespace only, so the locations are given."""
    locations = [(COMMON_NS, str(XSD / "common.xsd")), (BASE_NS, str(XSD / "invoiceBase.xsd"))]
    if name == "invoiceApi.xsd":
        locations.append((DATA_NS, str(XSD / "invoiceData.xsd")))
    return xmlschema.XMLSchema(str(XSD / name), locations=locations)


def api_errors(document: bytes | Element) -> list[str]:
    root = parse_xml(document) if isinstance(document, bytes) else document
    return [str(e.reason) for e in schema("invoiceApi.xsd").iter_errors(root)]


@pytest.fixture
def emulator() -> Iterator[TestClient]:
    with TestClient(create_app(EmulatorSettings(seed_tax_number=DEMO_USER.tax_number),
                               clock=lambda: NOW, token_factory=lambda: "TOKEN-0001")) as client:
        yield client


_ids = iter(range(1, 1_000_000))


def _ctx() -> RequestContext:
    return RequestContext(f"RIDXSD{next(_ids):08d}", NOW)


def _digest(creds: NavCredentials = CREDS, **kwargs: object) -> bytes:
    args: dict[str, object] = {"page": 1, "direction": OUT, "mandatory": MAY, **kwargs}
    return build_query_invoice_digest_request(creds, SOFTWARE, _ctx(), **args)  # type: ignore[arg-type]


def _data(number: str, **kwargs: object) -> bytes:
    args: dict[str, object] = {"direction": OUT, **kwargs}
    return build_query_invoice_data_request(CREDS, SOFTWARE, _ctx(), invoice_number=number, **args)  # type: ignore[arg-type]


def _plant(client: TestClient, document: bytes, **extra: object) -> None:
    answer = client.post("/_emulator/invoices", json={"invoiceDataBase64": base64.b64encode(document).decode(),
                                                       "insDate": (NOW - timedelta(hours=1)).isoformat(), **extra})
    assert answer.status_code == 201, answer.text


_GENERATED = InvoiceSpec(number="", issue_date=date(2021, 5, 20), delivery_date=date(2021, 5, 20),
                         supplier=company(DEMO_USER.tax_number), customer=PRIVATE_PERSON, lines=GENERATED_LINES)


def _generated(number: str) -> bytes:
    return invoice_data(replace(_GENERATED, number=number))


# (what it shows, operation, request, expected answer root) — every kind of answer the emulator gives.
SCENARIOS: list[tuple[str, str, Callable[[], bytes], str]] = [
    ("token", "tokenExchange", lambda: build_token_exchange_request(CREDS, SOFTWARE, _ctx()),
     "TokenExchangeResponse"),
    ("digest-outbound", "queryInvoiceDigest", lambda: _digest(), "QueryInvoiceDigestResponse"),
    ("digest-inbound", "queryInvoiceDigest", lambda: _digest(direction=IN), "QueryInvoiceDigestResponse"),
    ("digest-chain", "queryInvoiceDigest", lambda: _digest(mandatory="PK-2021/0011"), "QueryInvoiceDigestResponse"),
    ("digest-ins-date", "queryInvoiceDigest", lambda: _digest(mandatory=InsDateRange(
        datetime(2021, 5, 1, tzinfo=UTC), datetime(2021, 6, 1, tzinfo=UTC))), "QueryInvoiceDigestResponse"),
    ("digest-filtered", "queryInvoiceDigest", lambda: _digest(additional=AdditionalQueryParams(
        currency="EUR", invoice_category="NORMAL")), "QueryInvoiceDigestResponse"),
    ("digest-empty", "queryInvoiceDigest", lambda: _digest(
        mandatory=IssueDateRange(date(2030, 1, 1), date(2030, 1, 2))), "QueryInvoiceDigestResponse"),
    ("digest-past-the-last-page", "queryInvoiceDigest", lambda: _digest(page=3), "QueryInvoiceDigestResponse"),
    ("data", "queryInvoiceData", lambda: _data("PK-2021/0011"), "QueryInvoiceDataResponse"),
    ("data-batch", "queryInvoiceData", lambda: _data("PK-2021/0017", batch_index=2), "QueryInvoiceDataResponse"),
    ("data-inbound", "queryInvoiceData", lambda: _data("BIT-2021-077", direction=IN, supplier_tax_number="26914707"),
     "QueryInvoiceDataResponse"),
    ("data-compressed", "queryInvoiceData", lambda: _data("XSD-GZIP-1"), "QueryInvoiceDataResponse"),
    ("data-electronic", "queryInvoiceData", lambda: _data("XSD-EINV-1"), "QueryInvoiceDataResponse"),
    ("data-none", "queryInvoiceData", lambda: _data("NOPE-1"), "QueryInvoiceDataResponse"),
    ("bad-signature", "queryInvoiceDigest", lambda: _digest(creds=replace(CREDS, signature_key="wrong")),
     "GeneralErrorResponse"),
    ("schema-fault", "queryInvoiceDigest", lambda: _digest().replace(b">OUTBOUND<", b">SIDEWAYS<"),
     "GeneralErrorResponse"),
    ("range-exceeded", "queryInvoiceDigest", lambda: _digest(
        mandatory=IssueDateRange(date(2021, 1, 1), date(2021, 6, 1))), "GeneralErrorResponse"),
    ("multiple-results", "queryInvoiceData", lambda: _data("XSD-TWICE-1"), "GeneralErrorResponse"),
    ("supplier-not-expected", "queryInvoiceData", lambda: _data("PK-2021/0011", supplier_tax_number="26914707"),
     "GeneralErrorResponse"),
    ("unreadable", "queryInvoiceData", lambda: b"<not-xml", "GeneralExceptionResponse"),
]


@pytest.mark.parametrize(("operation", "build", "root"), [pytest.param(o, b, r, id=i) for i, o, b, r in SCENARIOS])
def test_every_kind_of_emulator_answer_is_valid_against_invoice_api_xsd(
    emulator: TestClient, operation: str, build: Callable[[], bytes], root: str
) -> None:
    _plant(emulator, _generated("XSD-GZIP-1"), compress=True)
    _plant(emulator, invoice_data(replace(_GENERATED, number="XSD-EINV-1", completeness=True)))
    for _ in range(2):
        _plant(emulator, _generated("XSD-TWICE-1"))
    answer = emulator.post(f"/invoiceService/v3/{operation}", content=build())
    parsed = parse_xml(answer.content)
    assert parsed.tag.rsplit("}", 1)[-1] == root
    assert api_errors(parsed) == []


def test_the_answers_carry_what_the_scenarios_are_about(emulator: TestClient) -> None:
    """The scenarios above reach the answers they are named for (else the XSD check proves little)."""
    answer = emulator.post("/invoiceService/v3/queryInvoiceDigest",
                           content=_digest().replace(b">OUTBOUND<", b">SIDEWAYS<")).content
    assert b"technicalValidationMessages" in answer
    page = parse_query_invoice_digest_response(
        emulator.post("/invoiceService/v3/queryInvoiceDigest", content=_digest()).content)
    assert len(page.digests) == 19 and {d.invoice_operation for d in page.digests} == {"CREATE", "MODIFY", "STORNO"}


def test_what_the_nav_client_sends_is_valid_against_invoice_api_xsd(emulator: TestClient) -> None:
    session = requests.Session()
    adapter = ASGIAdapter(emulator)
    session.mount("http://nav.test", adapter)
    client = NavClient("http://nav.test/invoiceService/v3", CREDS, session=session, clock=lambda: NOW,
                       sleep=lambda _: None)
    assert client.token_exchange() == "TOKEN-0001"
    outbound = list(client.iter_digests_by_issue_date(date(2021, 4, 1), date(2021, 6, 30), OUT,
                                                      AdditionalQueryParams(tax_number="24680132", name="Dunai")))
    inbound = list(client.iter_digests_by_ins_date(datetime(2021, 5, 1, tzinfo=UTC), datetime(2021, 6, 10, tzinfo=UTC),
                                                   IN))
    assert client.query_invoice_data("PK-2021/0017", OUT, batch_index=3) is not None
    assert client.query_invoice_data("AI-2021/0412", IN, supplier_tax_number="25801475") is not None
    assert len(outbound) == 5 and len(inbound) == 4
    bodies = [r.body for r in adapter.sent]
    assert len(bodies) == 8  # token, 3 issue-date windows, 2 insDate windows, 2 data queries
    for body in bodies:
        assert isinstance(body, bytes)
        assert api_errors(body) == []


@pytest.mark.parametrize(("name", "body"), built_requests(), ids=lambda v: v if isinstance(v, str) else "")
def test_built_requests_are_valid_against_invoice_api_xsd(name: str, body: bytes) -> None:
    assert api_errors(body) == []


def _builder_documents() -> list[tuple[str, bytes]]:
    docs = [(f"{s.label} {i}", s.document) for i, s in enumerate(seed_invoices(DEMO_USER.tax_number))]
    docs.append(("generated", generate_invoice(invoice_number="G/2025/1", issue_date=date(2025, 1, 2),
                                               supplier_tax_number="12345678", customer_tax_number="87654321")))
    docs.append(("electronic, to a private person, by voucher", invoice_data(InvoiceSpec(
        number="E/2025/1", issue_date=date(2025, 1, 3), delivery_date=date(2025, 1, 3),
        supplier=company(DEMO_USER.tax_number), customer=PRIVATE_PERSON, completeness=True, payment_method="VOUCHER",
        lines=GENERATED_LINES))))
    return docs


@pytest.mark.parametrize(("label", "document"), _builder_documents(), ids=lambda v: v if isinstance(v, str) else "")
def test_built_invoice_data_is_valid_against_invoice_data_xsd(label: str, document: bytes) -> None:
    errors = [str(e.reason) for e in schema("invoiceData.xsd").iter_errors(parse_xml(document))]
    assert errors == []


# --- the emulator's request model against invoiceApi.xsd ---------------------------------------

SERVED_SAMPLES = sorted(p for p in spec_file("nav", "samples", "api").glob("*.xml")
                        if p.stem.startswith(("tokenExchange", "queryInvoiceDigest", "queryInvoiceData")))


def test_nav_sample_requests_of_the_served_operations_fit_the_model() -> None:
    assert [p.stem for p in SERVED_SAMPLES] == ["queryInvoiceData", "queryInvoiceDigest_inbound_invoice_chain",
                                                "queryInvoiceDigest_outbound_query_params", "tokenExchange"]
    for path in SERVED_SAMPLES:
        root = parse_xml(path.read_bytes())
        assert (api_errors(root), request_faults(root)) == ([], []), path.name


@pytest.mark.parametrize(("body", "message"), BROKEN)
def test_what_the_model_refuses_the_xsd_refuses_too(body: bytes, message: str) -> None:
    assert api_errors(body), message


_TEXTS = ("", " ", "x" * 60, "0", "-1", " 7 ", "1.234", "2147483648", "2009-12-31", "2021-13-01", " 2021-05-01 ",
          "2021-05-01T10:00:00Z", "2021-05-01T24:00:00Z", "2021-05-01T24:00:01Z", "2021-05-01T10:00:00+01:00",
          "abc", "ABC", "OUTBOUND ", "12345678", "HU00000000SZAMLATR", "\t", "a\tb", "\u00a0", "a\nb")


def _mutations(root: Element) -> Iterator[tuple[str, Callable[[Element], None]]]:
    """Small breakages of a request, one at a time: drop, repeat, misplace or re-value one element."""
    places = [child for parent in root.iter() for child in parent]

    def nth(tree: Element, k: int) -> tuple[Element, Element]:
        return [(parent, child) for parent in tree.iter() for child in parent][k]

    for k, child in enumerate(places):
        name = child.tag.rsplit("}", 1)[-1]

        def drop(t: Element, k: int = k) -> None:
            p, c = nth(t, k)
            p.remove(c)

        def repeat(t: Element, k: int = k) -> None:
            p, c = nth(t, k)
            p.insert(list(p).index(c) + 1, copy.deepcopy(c))

        def to_front(t: Element, k: int = k) -> None:
            p, c = nth(t, k)
            p.remove(c)
            p.insert(0, c)

        def other_namespace(t: Element, k: int = k) -> None:
            _, c = nth(t, k)
            other = API_NS if c.tag.startswith(f"{{{COMMON_NS}}}") else COMMON_NS
            c.tag = f"{{{other}}}{c.tag.rsplit('}', 1)[-1]}"

        yield f"drop {name}", drop
        yield f"repeat {name}", repeat
        yield f"{name} first", to_front
        yield f"{name} in another namespace", other_namespace
        if len(child) == 0:
            for text in _TEXTS:
                def revalue(t: Element, k: int = k, text: str = text) -> None:
                    nth(t, k)[1].text = text

                yield f"{name}={text!r}", revalue
            for attribute in child.attrib:
                def drop_attribute(t: Element, k: int = k, a: str = attribute) -> None:
                    del nth(t, k)[1].attrib[a]

                def blank_attribute(t: Element, k: int = k, a: str = attribute) -> None:
                    nth(t, k)[1].set(a, " ")

                yield f"{name} without @{attribute}", drop_attribute
                yield f"{name} with a blank @{attribute}", blank_attribute
            def extra_attribute(t: Element, k: int = k) -> None:
                nth(t, k)[1].set("colour", "red")

            yield f"{name} with an unknown attribute", extra_attribute


def test_the_model_and_the_xsd_agree_on_every_small_breakage_of_a_request() -> None:
    originals = [(p.stem, p.read_bytes()) for p in SERVED_SAMPLES] + built_requests()
    checked, disagreements = 0, []
    for name, body in originals:
        root = parse_xml(body)
        for label, mutate in _mutations(root):
            broken = copy.deepcopy(root)
            mutate(broken)
            xsd_ok = not api_errors(broken)
            model_faults = request_faults(broken)
            checked += 1
            if xsd_ok != (model_faults == []):
                disagreements.append(f"{name}: {label}: XSD {'accepts' if xsd_ok else 'refuses'}, model {model_faults}")
    assert checked > 2000
    assert disagreements == []

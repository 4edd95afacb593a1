"""Request signing (services/nav/protocol/signing.py) reproduces NAV's own vectors: the worked example of
the Interface Specification 3.0 §1.5.1 and the signatures of NAV's eleven sample requests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text

from services.core.parsing.xmlsafe import parse_xml
from services.nav.protocol.signing import index_hash, parse_request_timestamp, request_signature
from szamlatar_dev.emulators.nav.request_parsing import (
    expected_request_signature,
    parse_request_envelope,
    request_index_hashes,
)
from tests.conformance.conftest import spec_file

SAMPLES = sorted(spec_file("nav", "samples", "api").glob("*.xml"))
SPEC = spec_file("nav", "docs", "Online_Invoice_System_3.0_Interface_Specification_EN.pdf")
# The demo signature key NAV left as an XML comment in every sample request.
SAMPLE_SIGNATURE_KEY = "ac-ac3a-7f661bff7d342N43CYX4U9FG"


def test_there_are_eleven_official_sample_requests() -> None:
    assert len(SAMPLES) == 11


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_request_signature_is_reproduced(path: Path) -> None:
    root = parse_xml(path.read_bytes())
    envelope = parse_request_envelope(root)
    assert envelope.request_signature_crypto == "SHA3-512"
    assert f"<signKey>{SAMPLE_SIGNATURE_KEY}</signKey>" in path.read_text(encoding="utf-8")
    assert expected_request_signature(root, envelope, SAMPLE_SIGNATURE_KEY) == envelope.request_signature


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_only_manage_requests_sign_index_hashes(path: Path) -> None:
    root = parse_xml(path.read_bytes())
    envelope = parse_request_envelope(root)
    plain = request_signature(
        envelope.request_id, parse_request_timestamp(envelope.timestamp_text), SAMPLE_SIGNATURE_KEY
    )
    is_manage = path.stem in ("manageInvoice", "manageAnnulment")
    assert (plain == envelope.request_signature) is not is_manage


@pytest.mark.parametrize("name", ["manageInvoice", "manageAnnulment"])
def test_index_hashes_match_the_sample_comments(name: str) -> None:
    text = (spec_file("nav", "samples", "api") / f"{name}.xml").read_text(encoding="utf-8")
    expected = re.findall(r"<(?:first|second|third)IndexHash>([0-9A-F]+)<", text)
    assert expected
    assert request_index_hashes(parse_xml(text.encode("utf-8"))) == expected


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_password_hash_has_the_sha512_form(path: Path) -> None:
    # NAV's samples do not publish the demo user's clear password, so only the form can be checked.
    envelope = parse_request_envelope(parse_xml(path.read_bytes()))
    assert envelope.password_hash_crypto == "SHA-512"
    assert re.fullmatch(r"[0-9A-F]{128}", envelope.password_hash)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_spec_worked_example_with_two_index_hashes() -> None:
    # §1.5.1 is on pages 26–27 of the 3.0 specification; reading only those keeps this quick.
    spec = _compact(extract_text(str(SPEC), page_numbers=range(24, 28)))
    assert "requestId=TSTKFT1222564" in spec and "invoiceData=QWJjZDEyMzQ=" in spec
    first = index_hash("CREATE", "QWJjZDEyMzQ=")
    second = index_hash("MODIFY", "RGNiYTQzMjE=")
    signature = request_signature(
        "TSTKFT1222564",
        parse_request_timestamp("2017-12-30T18:25:45.000Z"),
        "ce-8f5e-215119fa7dd621DLMRHRLH2S",
        [first, second],
    )
    assert f"uppercasehash={first}" in spec
    assert f"uppercasehash={second}" in spec
    assert f"convertingtouppercase:{signature}" in spec

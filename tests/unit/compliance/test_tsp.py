"""RFC 3161 tokens: the development kit's TSA signs, ``verify_token`` checks what ``openssl ts -verify``
checks, and every way a token can be wrong is caught."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from asn1crypto import tsp

from services.adapters.tsp import TsaClient, timestamp_request, token_digest, verify_token
from services.core.errors import IntegrityError, UpstreamError
from szamlatar_dev.tsa import TsaMaterial, ensure_material, sign

SHA = hashlib.sha256(b"%PDF-1.4 an invoice").hexdigest()
OTHER = hashlib.sha256(b"%PDF-1.4 another invoice").hexdigest()


@pytest.fixture(scope="module")
def tsa_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tsa")


@pytest.fixture(scope="module")
def material(tsa_dir: Path) -> TsaMaterial:
    return ensure_material(tsa_dir)


@pytest.fixture(scope="module")
def token(material: TsaMaterial) -> bytes:
    return sign(timestamp_request(SHA, 42), material, 1001, datetime.now(UTC))


def test_a_token_verifies_for_its_digest_and_names_the_tsa(token: bytes, tsa_dir: Path) -> None:
    info = verify_token(token, SHA, (tsa_dir / "chain.pem").read_bytes())
    assert (info.sha256, info.serial) == (SHA, 1001)
    assert "Számlatár local TSA" in info.tsa
    assert token_digest(token) == (SHA, 42)


def test_the_material_is_made_once_and_the_key_is_private(material: TsaMaterial, tsa_dir: Path) -> None:
    assert ensure_material(tsa_dir).cert == material.cert
    assert (tsa_dir / "tsa.key").stat().st_mode & 0o077 == 0


def test_a_token_fails_for_another_digest(token: bytes, tsa_dir: Path) -> None:
    with pytest.raises(IntegrityError, match="another digest"):
        verify_token(token, OTHER, (tsa_dir / "chain.pem").read_bytes())


def test_a_token_fails_against_another_trust_chain(token: bytes, tmp_path: Path) -> None:
    other = ensure_material(tmp_path / "other")
    with pytest.raises(IntegrityError, match="does not chain"):
        verify_token(token, SHA, (tmp_path / "other" / "chain.pem").read_bytes())
    assert other.root != ensure_material(tmp_path / "other").cert


def test_a_changed_byte_anywhere_in_the_signed_part_is_caught(token: bytes, tsa_dir: Path) -> None:
    chain = (tsa_dir / "chain.pem").read_bytes()
    caught = 0
    # Flip each byte of the TSTInfo (time, serial, policy, imprint): every change is refused.
    resp = tsp.TimeStampResp.load(token)
    tst = resp["time_stamp_token"]["content"]["encap_content_info"]["content"].contents
    start = token.find(tst)
    assert start > 0
    for i in range(start, start + len(tst)):
        bad = bytearray(token)
        bad[i] ^= 0x01
        try:
            verify_token(bytes(bad), SHA, chain)
        except IntegrityError:
            caught += 1
    assert caught == len(tst)


def test_a_refused_request_is_not_a_token(material: TsaMaterial, tsa_dir: Path) -> None:
    refusal = sign(b"not a request", material, 1, datetime.now(UTC))
    with pytest.raises(IntegrityError, match="did not grant"):
        verify_token(refusal, SHA, (tsa_dir / "chain.pem").read_bytes())


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_openssl_ts_verify_agrees(token: bytes, tsa_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "t.tsr").write_bytes(token)

    def openssl(digest: str) -> int:
        return subprocess.run(["openssl", "ts", "-verify", "-digest", digest, "-in", str(tmp_path / "t.tsr"),
                               "-CAfile", str(tsa_dir / "chain.pem")], capture_output=True, check=False).returncode

    assert (openssl(SHA), openssl(OTHER)) == (0, 1)


class _Reply:
    def __init__(self, status: int, content: bytes) -> None:
        self.status_code, self.content = status, content


class _Session:
    """Answers a query as the TSA would, or as a broken one does."""

    def __init__(self, material: TsaMaterial, mode: str = "ok") -> None:
        self.material, self.mode = material, mode
        self.auth: object = None

    def post(self, url: str, *, data: bytes, auth: object, headers: dict[str, str], timeout: float) -> _Reply:
        self.auth = auth
        assert headers["Content-Type"] == "application/timestamp-query"
        if self.mode == "down":
            import requests

            raise requests.ConnectionError("refused")
        if self.mode == "503":
            return _Reply(503, b"")
        if self.mode == "other-request":
            data = timestamp_request(OTHER, 1)
        return _Reply(200, sign(data, self.material, 5, datetime.now(UTC)))


def test_the_client_sends_credentials_and_checks_the_reply_is_for_its_request(material: TsaMaterial) -> None:
    from services.adapters.settings import Secret

    session = _Session(material)
    client = TsaClient("http://tsa.example/", username="u", password=Secret("p"), session=session)  # type: ignore[arg-type]
    assert token_digest(client.timestamp(SHA))[0] == SHA
    assert session.auth == ("u", "p")
    for mode in ("down", "503", "other-request"):
        with pytest.raises(UpstreamError):
            TsaClient("http://tsa.example/", session=_Session(material, mode)).timestamp(SHA)  # type: ignore[arg-type]

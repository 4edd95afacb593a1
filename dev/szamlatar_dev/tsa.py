"""A local RFC 3161 time-stamping authority for ``make run`` and the tests (not a qualified trust
service: production points ``SZAMLATAR_TSA_URL`` at one, e.g. e-Szignó or NETLOCK).

At first start it makes its key material in a state directory (never in the repository): a root CA
and a time-stamping certificate it issues (critical extended key usage timeStamping, as RFC 3161
§2.3 asks), written as ``root.pem``, ``tsa.pem``, ``tsa.key`` (mode 0600) and ``chain.pem`` (the
root: what ``openssl ts -verify -CAfile`` and ``SZAMLATAR_TSA_CA_FILE`` take). It answers
``POST /`` with ``application/timestamp-query`` by a signed ``application/timestamp-reply``: a
TSTInfo in CMS SignedData, signed attributes content type, message digest, signing time and the
ESS signing-certificate-v2 attribute (OpenSSL refuses a token without it), RSA PKCS#1 v1.5 / SHA-256.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import cms, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from services.adapters.tsp import QUERY_TYPE, REPLY_TYPE

POLICY = "1.3.6.1.4.1.99999.1.14"  # a private-arc policy id: "local test TSA, no assurance"


@dataclass(frozen=True)
class TsaMaterial:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    root: x509.Certificate


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Számlatár local"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _certificate(subject: x509.Name, issuer: x509.Name, key: rsa.RSAPrivateKey, signer: rsa.RSAPrivateKey,
                 *, ca: bool, now: datetime) -> x509.Certificate:
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
               .not_valid_after(now + timedelta(days=365 * 20))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False),
            critical=True)
    else:
        builder = (builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False),
            critical=True)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True))
    return builder.sign(signer, hashes.SHA256())


def ensure_material(directory: Path) -> TsaMaterial:
    """The TSA's key and certificates, made at first start and reused after."""
    key_file, cert_file, root_file = directory / "tsa.key", directory / "tsa.pem", directory / "root.pem"
    if not (key_file.exists() and cert_file.exists() and root_file.exists()):
        directory.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        root = _certificate(_name("Számlatár local TSA root"), _name("Számlatár local TSA root"), root_key,
                            root_key, ca=True, now=now)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = _certificate(_name("Számlatár local TSA"), root.subject, key, root_key, ca=False, now=now)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
        cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        root_file.write_bytes(root.public_bytes(serialization.Encoding.PEM))
        (directory / "chain.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    loaded = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    assert isinstance(loaded, rsa.RSAPrivateKey)
    return TsaMaterial(loaded, x509.load_pem_x509_certificate(cert_file.read_bytes()),
                       x509.load_pem_x509_certificate(root_file.read_bytes()))


def _rejection(text: str) -> bytes:
    # A TimeStampResp holding only its status (asn1crypto's class insists on a token, so built by hand).
    status = tsp.PKIStatusInfo({"status": "rejection", "status_string": [text], "fail_info": {"bad_request"}})
    return _sequence(status.dump())


def _sequence(contents: bytes) -> bytes:
    return b"\x30" + _length(len(contents)) + contents


def _length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def sign(query: bytes, material: TsaMaterial, serial: int, now: datetime) -> bytes:
    """The ``TimeStampResp`` for one ``TimeStampReq``."""
    try:
        req = tsp.TimeStampReq.load(query)
        imprint = req["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        hashed = imprint["hashed_message"].native
    except (ValueError, TypeError, KeyError):
        return _rejection("not a TimeStampReq")
    if algorithm not in ("sha256", "sha384", "sha512") or len(hashed) != hashlib.new(algorithm).digest_size:
        return _rejection(f"unsupported or malformed imprint ({algorithm})")
    tst: dict[str, object] = {
        "version": "v1", "policy": POLICY,
        "message_imprint": {"hash_algorithm": {"algorithm": algorithm}, "hashed_message": hashed},
        "serial_number": serial, "gen_time": now.replace(microsecond=0), "accuracy": {"seconds": 1},
    }
    if req["nonce"].native is not None:
        tst["nonce"] = req["nonce"].native
    tst_info = tsp.TSTInfo(tst)
    tst_der = tst_info.dump()
    cert_der = material.cert.public_bytes(serialization.Encoding.DER)
    cert = asn1_x509.Certificate.load(cert_der)
    signed_attrs = cms.CMSAttributes([
        {"type": "content_type", "values": ["tst_info"]},
        {"type": "signing_time", "values": [cms.Time({"utc_time": now.replace(microsecond=0)})]},
        {"type": "message_digest", "values": [hashlib.sha256(tst_der).digest()]},
        {"type": "signing_certificate_v2", "values": [{"certs": [{"cert_hash": hashlib.sha256(cert_der).digest()}]}]},
    ])
    signature = material.key.sign(signed_attrs.dump(), padding.PKCS1v15(), hashes.SHA256())  # the SET OF form
    signer = {
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": {"issuer": cert.issuer,
                                                                  "serial_number": cert.serial_number}}),
        "digest_algorithm": {"algorithm": "sha256"},
        "signed_attrs": signed_attrs,
        "signature_algorithm": {"algorithm": "rsassa_pkcs1v15"},
        "signature": signature,
    }
    signed_data = {
        "version": "v3",
        "digest_algorithms": [{"algorithm": "sha256"}],
        "encap_content_info": {"content_type": "tst_info", "content": tst_info},
        "certificates": [cert] if req["cert_req"].native else [],
        "signer_infos": [signer],
    }
    token = cms.ContentInfo({"content_type": "signed_data", "content": signed_data})
    return tsp.TimeStampResp({"status": {"status": "granted"}, "time_stamp_token": token}).dump()


def create_app(material: TsaMaterial) -> Starlette:
    # Serial numbers: unique per TSA (RFC 3161 §2.4.2); time-based start so a restart does not repeat them.
    counter = itertools.count(int(time.time() * 1000))
    lock = threading.Lock()

    async def stamp(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != QUERY_TYPE:
            return Response(f"Content-Type must be {QUERY_TYPE}\n", status_code=415, media_type="text/plain")
        query = await request.body()
        with lock:
            serial = next(counter)
        return Response(sign(query, material, serial, datetime.now(UTC)), media_type=REPLY_TYPE)

    async def health(request: Request) -> Response:
        return Response('{"status": "ok"}', media_type="application/json")

    return Starlette(routes=[Route("/", stamp, methods=["POST"]), Route("/healthz", health)])

"""RFC 3161 time-stamp protocol: the request we send a TSA, the client that sends it, and the one
verification of a stored token (the timestamper on receipt, ``szamlatar timestamp verify``, the scrub
and the evidence package's offline check all call ``verify_token``).

What is stored is the TSA's whole ``TimeStampResp`` (DER, ``.tsr``): that is what
``openssl ts -verify -digest <sha256> -in token.tsr -CAfile chain.pem`` reads, so an auditor can check
a token without us. Verification here does what that command does: the token's message imprint is
the document's sha256, the CMS signature over the signed attributes holds, the signed message digest
is the TSTInfo's, the ESS signing-certificate attribute names the signer's certificate, and that
certificate is a time-stamping certificate (critical extended key usage) issued, link by link, by a
certificate in the given trust chain and valid at the time it vouches for.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

import requests
from asn1crypto import algos, cms, core, tsp
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID

from services.adapters.settings import Secret
from services.core.errors import IntegrityError, UpstreamError

QUERY_TYPE = "application/timestamp-query"
REPLY_TYPE = "application/timestamp-reply"
_GRANTED = ("granted", "granted_with_mods")
_HASHES: dict[str, type[hashes.HashAlgorithm]] = {"sha256": hashes.SHA256, "sha384": hashes.SHA384,
                                                   "sha512": hashes.SHA512}


@dataclass(frozen=True)
class TokenInfo:
    """What a verified token says: when, which TSA, under which policy and serial number."""

    sha256: str
    gen_time: datetime
    serial: int
    policy: str
    tsa: str  # the signing certificate's subject (RFC 4514)


def timestamp_request(sha256_hex: str, nonce: int) -> bytes:
    """A ``TimeStampReq`` for a sha256 digest, asking for the TSA's certificate in the token."""
    request: bytes = tsp.TimeStampReq({
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": bytes.fromhex(sha256_hex)},
        "nonce": nonce,
        "cert_req": True,
    }).dump()
    return request


_MALFORMED = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)


def _signed_data(response: bytes) -> tuple[cms.SignedData, tsp.TSTInfo, bytes]:
    try:
        # The status first, on its own: a refusal carries no token, which asn1crypto's TimeStampResp requires.
        status_info = tsp.PKIStatusInfo.load(core.Sequence.load(response)[0].dump())
        status = status_info["status"].native
        if status not in _GRANTED:
            text = status_info["status_string"].native if status_info["status_string"] else None
            raise IntegrityError(f"the TSA did not grant the time stamp: {status} {' '.join(text or [])}".strip())
        token = tsp.TimeStampResp.load(response)["time_stamp_token"]
        if token["content_type"].native != "signed_data":
            raise IntegrityError("the time-stamp token is not CMS signed data")
        signed: cms.SignedData = token["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].native != "tst_info":
            raise IntegrityError("the time-stamp token does not hold a TSTInfo")
        raw = encap["content"].contents
        return signed, tsp.TSTInfo.load(raw), raw
    except _MALFORMED as exc:
        raise IntegrityError(f"the time-stamp token is not readable DER: {exc}") from exc


def token_digest(response: bytes) -> tuple[str, int | None]:
    """(sha256 the token vouches for, its nonce) — read without verifying, to match a reply to its request."""
    _, tst, _ = _signed_data(response)
    imprint = tst["message_imprint"]
    if imprint["hash_algorithm"]["algorithm"].native != "sha256":
        raise IntegrityError("the time-stamp token's imprint is not a sha256 digest")
    return imprint["hashed_message"].native.hex(), tst["nonce"].native


def _attribute(signer: cms.SignerInfo, name: str) -> object:
    for attr in signer["signed_attrs"]:
        if attr["type"].native == name:
            return attr["values"][0]
    raise IntegrityError(f"the time-stamp token's signature has no {name} attribute")


def _verify_signature(cert: x509.Certificate, signature: bytes, data: bytes, signer: cms.SignerInfo) -> None:
    digest_name = signer["digest_algorithm"]["algorithm"].native
    hash_cls = _HASHES.get(digest_name)
    if hash_cls is None:
        raise IntegrityError(f"the time-stamp token is signed with an unsupported digest {digest_name}")
    key = cert.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            sig_alg: algos.SignedDigestAlgorithm = signer["signature_algorithm"]
            if sig_alg.signature_algo == "rsassa_pss":
                key.verify(signature, data, padding.PSS(padding.MGF1(hash_cls()), padding.PSS.AUTO), hash_cls())
            else:
                key.verify(signature, data, padding.PKCS1v15(), hash_cls())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(hash_cls()))
        else:
            raise IntegrityError("the TSA's key type is not supported")
    except InvalidSignature as exc:
        raise IntegrityError("the time-stamp token's signature does not verify") from exc


def _chain_to_trust(cert: x509.Certificate, extra: list[x509.Certificate], trusted: list[x509.Certificate],
                    at: datetime) -> None:
    """``cert`` is issued, link by link, by a trusted certificate; every link valid at ``at``."""
    anchors = {c.fingerprint(hashes.SHA256()): c for c in trusted}
    pool = trusted + extra
    current = cert
    for _ in range(8):
        if not current.not_valid_before_utc <= at <= current.not_valid_after_utc:
            raise IntegrityError(f"certificate {current.subject.rfc4514_string()} was not valid at {at.isoformat()}")
        if current.fingerprint(hashes.SHA256()) in anchors:
            return
        issuers = [c for c in pool if c.subject == current.issuer and c is not current]
        for issuer in issuers:
            try:
                current.verify_directly_issued_by(issuer)
            except (ValueError, TypeError, InvalidSignature):
                continue
            current = issuer
            break
        else:
            raise IntegrityError(f"certificate {current.subject.rfc4514_string()} does not chain to the trusted "
                                 "TSA chain")
    raise IntegrityError("the TSA's certificate chain is too long")


def verify_token(response: bytes, sha256_hex: str, trusted_pem: bytes) -> TokenInfo:
    """Check a stored ``TimeStampResp`` against the document's sha256 and the TSA's trust chain (PEM).
    Raises ``IntegrityError`` naming the first thing that does not hold."""
    try:
        return _verify(response, sha256_hex, trusted_pem)
    except _MALFORMED as exc:  # asn1crypto parses lazily: a damaged field fails where it is first read
        raise IntegrityError(f"the time-stamp token is damaged: {type(exc).__name__}: {exc}"[:300]) from exc


def _verify(response: bytes, sha256_hex: str, trusted_pem: bytes) -> TokenInfo:
    signed, tst, raw = _signed_data(response)
    imprint = tst["message_imprint"]
    if imprint["hash_algorithm"]["algorithm"].native != "sha256" \
            or imprint["hashed_message"].native != bytes.fromhex(sha256_hex):
        raise IntegrityError("the time-stamp token is for another digest")
    signers = signed["signer_infos"]
    if len(signers) != 1:
        raise IntegrityError("the time-stamp token must have exactly one signer")
    signer: cms.SignerInfo = signers[0]
    if _attribute(signer, "content_type").native != "tst_info":  # type: ignore[attr-defined]
        raise IntegrityError("the signed content type is not TSTInfo")
    hash_cls = _HASHES.get(signer["digest_algorithm"]["algorithm"].native, hashes.SHA256)
    h = hashes.Hash(hash_cls())
    h.update(raw)
    if _attribute(signer, "message_digest").native != h.finalize():  # type: ignore[attr-defined]
        raise IntegrityError("the signed message digest is not the TSTInfo's")
    certs = [x509.load_der_x509_certificate(c.chosen.dump()) for c in signed["certificates"] or []
             if c.name == "certificate"]
    sid = signer["sid"]
    if sid.name != "issuer_and_serial_number":
        raise IntegrityError("the time-stamp token names its signer by key id, which is not supported")
    serial = sid.chosen["serial_number"].native
    signer_cert = next((c for c in certs if c.serial_number == serial), None)
    if signer_cert is None:
        raise IntegrityError("the time-stamp token does not carry its signer's certificate")
    attrs = signer["signed_attrs"].dump()
    _verify_signature(signer_cert, signer["signature"].native, b"\x31" + attrs[1:], signer)  # SET OF, not [0]
    ess_ok = False
    for attr in signer["signed_attrs"]:
        kind = attr["type"].native
        if kind in ("signing_certificate_v2", "signing_certificate"):
            cert_id = attr["values"][0]["certs"][0]
            algo = cert_id["hash_algorithm"]["algorithm"].native if kind == "signing_certificate_v2" else "sha1"
            ess_ok = cert_id["cert_hash"].native == hashlib.new(algo, signer_cert.public_bytes(Encoding.DER)).digest()
    if not ess_ok:
        raise IntegrityError("the signing-certificate attribute does not name the signer's certificate")
    try:
        eku = signer_cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    except x509.ExtensionNotFound as exc:
        raise IntegrityError("the signer's certificate is not a time-stamping certificate") from exc
    if not eku.critical or list(eku.value) != [ExtendedKeyUsageOID.TIME_STAMPING]:
        raise IntegrityError("the signer's certificate is not (only, critically) a time-stamping certificate")
    gen_time: datetime = tst["gen_time"].native
    try:
        trusted = x509.load_pem_x509_certificates(trusted_pem)
    except ValueError as exc:
        raise IntegrityError(f"the TSA chain is not PEM certificates: {exc}") from exc
    _chain_to_trust(signer_cert, certs, trusted, gen_time)
    return TokenInfo(sha256=sha256_hex, gen_time=gen_time, serial=int(tst["serial_number"].native),
                     policy=str(tst["policy"].native), tsa=signer_cert.subject.rfc4514_string())


class TsaClient:
    """A TSA over HTTP (RFC 3161 §3.4): POST a query, read the reply. Any failure to get a granted
    token for our digest is an ``UpstreamError``: the caller queues the digest and tries again later."""

    def __init__(self, url: str, *, username: str | None = None, password: Secret | None = None,
                 timeout: float = 15.0, session: requests.Session | None = None) -> None:
        self.url, self.timeout = url, timeout
        self._auth = (username, password.get() if password else "") if username else None
        self._session = session or requests.Session()

    def timestamp(self, sha256_hex: str) -> bytes:
        nonce = secrets.randbits(63)
        try:
            reply = self._session.post(self.url, data=timestamp_request(sha256_hex, nonce), auth=self._auth,
                                       headers={"Content-Type": QUERY_TYPE, "Accept": REPLY_TYPE},
                                       timeout=self.timeout)
        except requests.RequestException as exc:
            raise UpstreamError(f"TSA {self.url}: {type(exc).__name__}") from exc
        if reply.status_code != 200:
            raise UpstreamError(f"TSA {self.url}: HTTP {reply.status_code}")
        try:
            digest, got_nonce = token_digest(reply.content)
        except IntegrityError as exc:
            raise UpstreamError(f"TSA {self.url}: {exc}") from exc
        if digest != sha256_hex or got_nonce != nonce:
            raise UpstreamError(f"TSA {self.url}: the reply is not for our request (digest or nonce differs)")
        return reply.content

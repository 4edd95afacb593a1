"""The one connect helper for URL fetches and webhook deliveries (``adapters/url_fetch.py``) against
servers on 127.0.0.1: the host is resolved once, by us, and the connection goes to the address
we checked — with the name only in ``Host`` and the TLS server name, the certificate verified
for it. Names below (``*.example.test``) exist in no DNS: only our resolver knows them, so a
request that reaches the server proves no second lookup happened."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from services.adapters import url_fetch
from services.adapters.subscriptions import http_post
from services.core.errors import UpstreamError
from services.core.url_policy import UrlPolicy, UrlRefusedError


class Server:
    """Answers every request from ``answers`` (path → (status, headers)); records what it got."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.got: list[dict[str, Any]] = []
        self.sni: list[str | None] = []
        self.answers: dict[str, tuple[int, dict[str, str]]] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.got.append({"method": self.command, "path": self.path, "host": self.headers["Host"],
                                  "body": body})
                status, headers = outer.answers.get(self.path.split("?")[0], (200, {}))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", "3")
                self.end_headers()
                self.wfile.write(b"%PD")

            do_GET = do_POST = _answer

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if tls is not None:
            tls.sni_callback = lambda _sock, name, _ctx: self.sni.append(name)  # type: ignore[assignment,misc]
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.server.shutdown()


class Resolver:
    """Our DNS: name → addresses; counts the lookups."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers, self.calls = answers, []  # type: ignore[var-annotated]

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        if host not in self.answers:
            raise UrlRefusedError(f"host {host} does not resolve")
        return self.answers[host]


def test_a_fetch_connects_to_the_address_it_checked_not_to_a_second_lookup_of_the_name(server: Server) -> None:
    dns = Resolver({"docs.example.test": ["127.0.0.1"]})
    policy = UrlPolicy((f"docs.example.test:{server.port}",), allow_private=True)
    got = url_fetch.fetch(f"http://docs.example.test:{server.port}/inv/1.pdf?v=2", policy, resolver=dns)
    assert got.content == b"%PD" and got.filename == "1.pdf"
    assert dns.calls == ["docs.example.test"]  # one lookup, ours
    assert server.got == [{"method": "GET", "path": "/inv/1.pdf?v=2", "host": f"docs.example.test:{server.port}",
                           "body": b""}]


def test_an_address_that_refuses_the_connection_is_skipped_for_the_next_checked_one(server: Server) -> None:
    dns = Resolver({"docs.example.test": ["127.0.0.2", "127.0.0.1"]})  # nothing listens on 127.0.0.2
    policy = UrlPolicy((f"docs.example.test:{server.port}",), allow_private=True)
    assert url_fetch.post(f"http://docs.example.test:{server.port}/in", b"{}", {}, policy, resolver=dns) == 200
    assert len(server.got) == 1


def test_a_name_that_resolves_to_a_private_address_is_never_connected_to(server: Server) -> None:
    dns = Resolver({"rebind.example.test": ["127.0.0.1"]})
    policy = UrlPolicy((f"rebind.example.test:{server.port}",))  # production: no private addresses
    with pytest.raises(UrlRefusedError, match="non-public"):
        url_fetch.fetch(f"https://rebind.example.test:{server.port}/x.pdf", policy, resolver=dns)
    with pytest.raises(UrlRefusedError, match="non-public"):
        url_fetch.post(f"https://rebind.example.test:{server.port}/hook", b"{}", {}, policy, resolver=dns)
    assert server.got == []


def test_every_redirect_hop_is_checked_with_the_policy(server: Server) -> None:
    server.answers["/a"] = (302, {"Location": "http://metadata.example.test/latest/meta-data/"})
    dns = Resolver({"docs.example.test": ["127.0.0.1"], "metadata.example.test": ["169.254.169.254"]})
    policy = UrlPolicy((f"docs.example.test:{server.port}", "metadata.example.test"), allow_private=True)
    with pytest.raises(UrlRefusedError, match="link-local"):
        url_fetch.fetch(f"http://docs.example.test:{server.port}/a", policy, resolver=dns)
    assert [r["path"] for r in server.got] == ["/a"]


def test_a_webhook_post_does_not_follow_a_redirect(server: Server) -> None:
    server.answers["/hook"] = (307, {"Location": f"http://127.0.0.1:{server.port}/elsewhere"})
    post = http_post(("http://127.0.0.1:",))
    assert post(f"http://127.0.0.1:{server.port}/hook", b'{"a": 1}', {"Content-Type": "application/json"}) == 307
    assert [(r["method"], r["path"], r["body"]) for r in server.got] == [("POST", "/hook", b'{"a": 1}')]


def test_a_webhook_to_a_host_that_resolves_to_loopback_is_refused_before_anything_is_sent(server: Server) -> None:
    post = http_post(("http://127.0.0.1:",), resolver=Resolver({"localhost": ["127.0.0.1"]}))
    for url in (f"https://localhost:{server.port}/hook", f"http://localhost:{server.port}/hook",
                f"https://127.0.0.1:{server.port}/hook", "https://169.254.169.254/latest"):
        with pytest.raises(UrlRefusedError):
            post(url, b"{}", {})
    assert server.got == []


def test_no_answer_is_an_upstream_error() -> None:
    policy = UrlPolicy(("127.0.0.1:1",), allow_private=True)
    with pytest.raises(UpstreamError, match="no answer"):
        url_fetch.post("http://127.0.0.1:1/hook", b"{}", {}, policy)


def _certificate(tmp_path: Path, name: str) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(hours=1))
            .not_valid_after(now + timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_https_to_a_checked_address_still_sends_the_name_and_verifies_the_certificate_for_it(tmp_path: Path) -> None:
    cert, key = _certificate(tmp_path, "hooks.example.test")
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    server = Server(tls)
    try:
        dns = Resolver({"hooks.example.test": ["127.0.0.1"], "other.example.test": ["127.0.0.1"]})
        policy = UrlPolicy(("*",), allow_private=True)
        status = url_fetch.post(f"https://hooks.example.test:{server.port}/in", b"{}", {}, policy, resolver=dns,
                                ca_certs=str(cert))
        assert status == 200 and server.sni == ["hooks.example.test"]
        assert server.got[0]["host"] == f"hooks.example.test:{server.port}"
        with pytest.raises(UpstreamError, match="SSLError"):  # the certificate is not for this name
            url_fetch.post(f"https://other.example.test:{server.port}/in", b"{}", {}, policy, resolver=dns,
                           ca_certs=str(cert))
        with pytest.raises(UpstreamError, match="SSLError"):  # nor from a CA we trust
            url_fetch.post(f"https://hooks.example.test:{server.port}/in", b"{}", {}, policy, resolver=dns)
        assert len(server.got) == 1
    finally:
        server.server.shutdown()

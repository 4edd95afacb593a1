"""The S3 client keeps connections for requests without a body and closes them after one with a body
(``adapters/s3.py`` ``KeptReads``): a PUT versitygw refuses unread must leave no connection behind."""

from __future__ import annotations

from typing import Any

import pytest

from services.adapters.s3 import KeptReads


class Pool:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, str]]] = []

    def urlopen(self, method: str, url: str, **kw: Any) -> Any:
        self.sent.append((method, dict(kw.get("headers") or {})))
        return type("Answer", (), {"get_redirect_location": lambda self: False})()


@pytest.fixture
def pool(monkeypatch: pytest.MonkeyPatch) -> Pool:
    fake = Pool()
    monkeypatch.setattr(KeptReads, "connection_from_host", lambda self, *a, **kw: fake)
    return fake


@pytest.mark.parametrize("method", ["PUT", "POST"])
def test_a_request_with_a_body_asks_for_its_connection_to_be_closed(pool: Pool, method: str) -> None:
    KeptReads().urlopen(method, "http://127.0.0.1:7171/b/k", body=b"x", headers={"Authorization": "AWS4 …"})
    assert pool.sent == [(method, {"Authorization": "AWS4 …", "Connection": "close"})]


@pytest.mark.parametrize("method", ["GET", "HEAD", "DELETE"])
def test_a_request_without_a_body_keeps_its_connection(pool: Pool, method: str) -> None:
    KeptReads().urlopen(method, "http://127.0.0.1:7171/b/k", headers={"Authorization": "AWS4 …"})
    assert pool.sent == [(method, {"Authorization": "AWS4 …"})]

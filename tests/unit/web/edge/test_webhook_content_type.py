"""The webhook takes the body types of its contract only, and says so with 415 before any other work."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from services.web.deps import Ports


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded",
                                          "application/xml", "application/json; charset=iso-8859-2"])
def test_the_webhook_refuses_other_body_types_with_415_before_any_other_work(
        client: TestClient, ports: Ports, content_type: str | None) -> None:
    ports.connections = None  # type: ignore[assignment]  # a connection lookup would fail: nothing else may run
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/api/v1/webhooks/erp", content=b'{"external_id": "x"}', headers=headers)
    assert response.status_code == 415
    detail = response.json()["detail"]
    assert detail["reason"] == "unsupported_media_type"
    assert "application/json" in detail["message"] or "UTF-8" in detail["message"]  # it says what to send
    assert ports.metrics.ingested.labels("own_system", "refused", "unsupported_media_type")._value.get() == 1


@pytest.mark.parametrize("content_type", ["application/json", "application/json; charset=UTF-8",
                                          "multipart/form-data; boundary=xyz"])
def test_the_webhook_takes_json_and_multipart_past_the_type_check(client: TestClient, content_type: str) -> None:
    response = client.post("/api/v1/webhooks/erp", content=b"{}", headers={"Content-Type": content_type})
    assert response.status_code == 404  # the next check: no such connection
    assert response.json()["detail"]["reason"] == "unknown_connection"

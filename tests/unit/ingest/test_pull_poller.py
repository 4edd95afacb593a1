"""The pull poller against the in-house emulator's app (Starlette TestClient behind a fetcher that
applies the real URL policy), with in-memory state, store and publisher."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import pytest
from starlette.testclient import TestClient

from services.adapters.url_fetch import Fetched
from services.core.errors import BrokerUnavailableError, UpstreamError
from services.core.url_policy import UrlPolicy, check_addresses, check_url
from services.ingest_pull.poller import PullPoller
from szamlatar_dev.emulators.inhouse.app import DEMO_MAPPING, InhouseState, create_app
from tests.unit.billing.fakes import FakeIngest, FakePublisher, FakeStore, settings

BASE = "http://127.0.0.1:18999"


class EmulatorFetcher:
    """``url_fetch.fetch`` for the emulator app: same policy checks, then the request in-process."""

    def __init__(self, state: InhouseState) -> None:
        self.client = TestClient(create_app(state), base_url=BASE)
        self.fail_on: set[str] = set()
        self.calls: list[str] = []

    def __call__(self, url: str, policy: UrlPolicy, *, headers: Mapping[str, str] | None = None,
                 accept: str = "") -> Fetched:
        target = check_url(url, policy)
        check_addresses(target.host, [target.host], policy)
        self.calls.append(url)
        if any(url.endswith(f"/{x}.pdf") for x in self.fail_on):
            raise UpstreamError("file server down")
        parts = urlsplit(url)
        r = self.client.get(parts.path + (f"?{parts.query}" if parts.query else ""), headers=dict(headers or {}))
        assert r.status_code == 200, r.text
        return Fetched(url, r.content, r.headers.get("content-type"), None)

    def pdf_calls(self) -> list[str]:
        return [u for u in self.calls if u.endswith(".pdf")]


def connection(**extra: Any) -> dict[str, Any]:
    return {"_id": "erp-pull", "kind": "pull", "tenant": "acme", "site": "budapest",
            "pull": {**DEMO_MAPPING, "list_url": f"{BASE}/api/v1/invoices", "page_size": 5},
            "url_allowlist": ["127.0.0.1:18999"], "allow_private_urls": True, **extra}


@pytest.fixture()
def world() -> tuple[InhouseState, EmulatorFetcher, FakeIngest, FakePublisher, PullPoller]:
    state = InhouseState(token="tok")
    state.add(12, 3)
    fetcher = EmulatorFetcher(state)
    ingest, publisher = FakeIngest(), FakePublisher()
    s = settings()
    poller = PullPoller(settings=s, state=ingest, store=FakeStore(), publisher=publisher,  # type: ignore[arg-type]
                        fetcher=fetcher, clock=lambda: datetime(2025, 4, 1, tzinfo=UTC))
    poller._headers = lambda c: {"Authorization": "Bearer tok"}  # type: ignore[method-assign]
    return state, fetcher, ingest, publisher, poller


def test_a_first_pass_imports_every_item_over_several_pages_and_a_second_imports_nothing(world: Any) -> None:
    state, fetcher, ingest, publisher, poller = world
    result = poller.poll(connection())
    # pages 1-5, 5-9, 9-12: ``since`` is inclusive, so each page starts with the previous one's last item
    assert result.complete and result.pages == 3 and result.outcomes == {"imported": 12, "unchanged": 2}
    raw = publisher.on("invoice.raw")
    assert sorted(e["external_id"] for e in raw) == sorted(state.items)
    first = raw[0]
    assert first["source"] == {"kind": "own_system", "connection_id": "erp-pull"}
    assert first["metadata"]["number"] == state.items[first["external_id"]].invoice.number
    assert ingest.cursor("erp-pull")["cursor"] == "2025-03-01T08:00:12Z"

    again = poller.poll(connection())
    assert again.complete and again.outcomes == {"unchanged": 1}  # the inclusive boundary item
    assert len(publisher.on("invoice.raw")) == 12 and len(fetcher.pdf_calls()) == 12


def test_new_and_touched_items_are_seen_and_an_unchanged_one_costs_no_download(world: Any) -> None:
    state, fetcher, _ingest, publisher, poller = world
    poller.poll(connection())
    state.touch("INH-00002")
    state.add(2, 4)
    result = poller.poll(connection())
    assert result.outcomes == {"unchanged": 2, "imported": 2}
    assert len(fetcher.pdf_calls()) == 14 and len(publisher.on("invoice.raw")) == 14


def test_an_outage_stops_the_pass_where_it_is_and_the_next_pass_resumes_there(world: Any) -> None:
    _state, fetcher, ingest, _publisher, poller = world
    fetcher.fail_on = {"INH-00008"}
    broken = poller.poll(connection())
    assert not broken.complete and "file server down" in broken.errors[-1]
    assert broken.outcomes == {"imported": 7, "unchanged": 1}
    assert ingest.cursor("erp-pull")["cursor"] == "2025-03-01T08:00:07Z"
    fetcher.fail_on = set()
    resumed = poller.poll(connection())
    assert resumed.complete and resumed.outcomes == {"unchanged": 2, "imported": 5}
    downloads = fetcher.pdf_calls()
    # only the one that failed was asked for twice
    assert len(set(downloads)) == 12 and [u for u in downloads if downloads.count(u) > 1] == [downloads[7]] * 2


class KafkaDownFrom(FakePublisher):
    """Kafka answers the first ``healthy`` publishes, then is unreachable (the bounded producer's verdict)."""

    def __init__(self, healthy: int) -> None:
        super().__init__()
        self.healthy = healthy

    def publish(self, topic: str, event: dict[str, Any], timeout: float = 30.0) -> None:
        if len(self.sent) >= self.healthy:
            raise BrokerUnavailableError(f"Kafka: produce to {topic}: KafkaTimeoutError")
        super().publish(topic, event, timeout)


def test_kafka_down_mid_pass_keeps_the_cursor_at_the_last_published_item_and_the_next_pass_resumes(
        world: Any) -> None:
    _state, _fetcher, ingest, _publisher, poller = world
    poller.publisher = down = KafkaDownFrom(healthy=7)
    broken = poller.poll(connection())
    assert not broken.complete and "broker_unavailable" in broken.errors[-1]
    assert ingest.cursor("erp-pull")["cursor"] == "2025-03-01T08:00:07Z"  # not past the unpublished item
    down.healthy = 100  # Kafka is back
    resumed = poller.poll(connection())
    assert resumed.complete
    assert len({e["external_id"] for e in down.on("invoice.raw")}) == 12  # every item, none skipped


def test_a_refused_pdf_url_is_recorded_and_the_rest_still_arrive(world: Any) -> None:
    state, fetcher, ingest, _publisher, poller = world
    state.add(1, 5, pdf_url="http://169.254.169.254/latest/meta-data/")
    state.add(1, 6, pdf_url="https://evil.example.com/x.pdf")
    # even allowlisted, on a test connection that allows private addresses: link-local never
    result = poller.poll(connection(url_allowlist=["127.0.0.1:18999", "169.254.169.254:80"]))
    assert result.complete and result.outcomes == {"imported": 12, "failed": 2, "unchanged": 3}
    assert "link-local" in ingest.item("erp-pull", "INH-00013")["error"]
    assert "allowlist" in ingest.item("erp-pull", "INH-00014")["error"]
    assert not any("169.254" in u or "evil" in u for u in fetcher.calls)
    assert ingest.cursor("erp-pull")["cursor"] == "2025-03-01T08:00:14Z"  # moved past them


def test_a_list_url_off_the_allowlist_imports_nothing(world: Any) -> None:
    _state, fetcher, _ingest, publisher, poller = world
    result = poller.poll(connection(url_allowlist=["erp.example.hu"]))
    assert not result.complete and "url_refused" in result.errors[-1]
    assert publisher.sent == [] and fetcher.calls == []


def test_a_broken_mapping_is_a_configuration_error_not_a_crash(world: Any) -> None:
    _state, fetcher, _ingest, _publisher, poller = world
    bad = connection()
    bad["pull"] = {**bad["pull"], "fields": {"total": "totals.gross"}}
    result = poller.poll(bad)
    assert not result.complete and result.errors[-1].startswith("configuration:")
    assert fetcher.calls == []

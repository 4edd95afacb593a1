"""Request metrics are labelled with the route's path template, for routes of included routers too."""

from __future__ import annotations

from starlette.testclient import TestClient

from services.web.app import create_app
from tests.unit.web.fakes import fake_ports


def test_each_answer_is_counted_under_the_route_template_that_served_it() -> None:
    ports = fake_ports()
    with TestClient(create_app(None, ports)) as client:  # type: ignore[arg-type]
        for path in ("/api/v1/invoices", "/api/v1/invoices/abc", "/ui/login", "/ui/static/style.css", "/healthz",
                     "/no/such/page"):
            client.get(path)
    counted = {(s.labels["route"], s.labels["status"]) for family in ports.metrics.requests.collect()
               for s in family.samples if s.name.endswith("_total")}
    assert counted == {("/api/v1/invoices", "401"), ("/api/v1/invoices/{invoice_id}", "401"), ("/ui/login", "200"),
                       ("/ui/static", "200"), ("/healthz", "200"), ("unmatched", "404")}

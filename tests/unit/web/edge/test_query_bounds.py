"""Every numeric query parameter of the API and the UI is bounded: an absurd value is 422, never 500."""

from __future__ import annotations

import re
import typing
from decimal import Decimal
from typing import Any

from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from services.core.enums import Role
from services.web.app import create_app
from services.web.deps import Ports
from services.web.params import MAX_PAGE
from services.web.ui.router import PAGES
from tests.fakes import Accounts
from tests.unit.web.edge.support import PASSWORD, TENANT, AdminTokens, login

ABSURD = ["1" + "0" * 30, "-" + "1" + "0" * 30, "1e400", "NaN", "Infinity", "abc", "0x10", "", "9" * 400]
NUMBERS = (int, float, Decimal)


def _is_numeric(schema: dict[str, Any]) -> bool:
    return any(k.get("type") in ("integer", "number") for k in [schema, *schema.get("anyOf", [])])


def _api_numeric_params(app: Any) -> list[tuple[str, str, str]]:
    """(method, path with dummy path parameters, query parameter) from the app's own OpenAPI document."""
    found = []
    for path, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            for param in operation.get("parameters", []):
                if param["in"] == "query" and _is_numeric(param["schema"]):
                    found.append((method.upper(), re.sub(r"\{[^}]+\}", "x", path), param["name"]))
    return found


def _ui_numeric_params() -> list[tuple[str, str, str, Any]]:
    """The same for the UI's routes, which the OpenAPI document leaves out (with the parameter's field)."""
    found = []
    for route in (r for page in PAGES for r in page.router.routes):
        assert isinstance(route, APIRoute)
        for param in route.dependant.query_params:
            annotation = param.field_info.annotation
            if any(a in NUMBERS for a in (typing.get_args(annotation) or (annotation,))):
                for method in sorted(route.methods):
                    found.append((method, re.sub(r"\{[^}]+\}", "x", route.path), param.alias, param.field_info))
    return found


def test_every_numeric_query_parameter_declares_both_bounds(ports: Ports) -> None:
    app = create_app(None, ports)  # type: ignore[arg-type]
    unbounded = []
    for path, operations in app.openapi()["paths"].items():
        for operation in operations.values():
            for param in operation.get("parameters", []):
                for kind in [param["schema"], *param["schema"].get("anyOf", [])]:
                    if param["in"] == "query" and kind.get("type") in ("integer", "number") \
                            and ("minimum" not in kind or "maximum" not in kind):
                        unbounded.append(f"{path}?{param['name']}")
    for _, path, name, field in _ui_numeric_params():
        if not {"Ge", "Le"} <= {type(m).__name__ for m in field.metadata}:
            unbounded.append(f"{path}?{name}")
    assert unbounded == []


def test_absurd_values_of_every_numeric_query_parameter_are_422_never_500(ports: Ports) -> None:
    ports.tokens = AdminTokens()  # type: ignore[assignment]
    app = create_app(None, ports)  # type: ignore[arg-type]
    params = _api_numeric_params(app) + [p[:3] for p in _ui_numeric_params()]
    # The routes this issue is about are found (the loop is not vacuous).
    assert {("/api/v1/invoices", "page"), ("/api/v1/invoices", "gross_min"), ("/api/v1/invoices/x/pdf", "version"),
            ("/api/v1/invoices/x/audit", "after"), ("/api/v1/reference/x", "page"), ("/ui/invoices", "page"),
            ("/ui/audit", "page"), ("/ui/clients/x", "page")} <= {(path, name) for _, path, name in params}
    failures = []
    # A UI page refuses a user it is not for before it reads its parameters (as the API authenticates
    # first): an admin, who may open every page, is the one to probe them with.
    accounts = ports.accounts
    assert isinstance(accounts, Accounts)
    accounts.add_user(TENANT, "ada", PASSWORD, Role.ADMIN)
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as client:
        login(client, "ada")  # for the UI pages; the API gets an admin's bearer token
        for method, path, name in params:
            auth = {"Authorization": "Bearer any"} if path.startswith("/api") else {}
            for value in ABSURD:
                status = client.request(method, path, params={name: value}, headers=auth).status_code
                if status != 422:
                    failures.append(f"{method} {path}?{name}={value[:12]}: {status}")
    assert failures == []


def test_the_largest_page_and_an_absurd_typed_amount_still_answer(client: TestClient, ports: Ports) -> None:
    ports.tokens = AdminTokens()  # type: ignore[assignment]
    last = client.get("/api/v1/invoices", params={"page": MAX_PAGE, "page_size": 200},
                      headers={"Authorization": "Bearer any"})
    assert last.status_code == 200 and last.json()["items"] == []
    login(client, "anna")
    assert client.get("/ui/invoices", params={"page": MAX_PAGE, "gross_min": "9" * 400}).status_code == 200

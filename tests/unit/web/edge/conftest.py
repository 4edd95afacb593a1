from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from services.web.deps import Ports
from tests.unit.web.edge.support import edge_client, edge_ports


@pytest.fixture()
def ports() -> Ports:
    return edge_ports()


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with edge_client(ports) as c:
        yield c

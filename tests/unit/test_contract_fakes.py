"""The contract suite (``tests/contract``) against the in-memory twins of ``tests/fakes``: no servers.
``tests/integration/test_contract_ferretdb.py`` runs the same classes against the real adapters."""

from __future__ import annotations

import pytest

from tests.contract.suite import *  # noqa: F403 -- the contract classes, collected here
from tests.fakes import FakeRepos, fake_repos


@pytest.fixture()
def repos() -> FakeRepos:
    return fake_repos()

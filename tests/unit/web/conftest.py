"""Fixtures of the web's unit tests."""

from __future__ import annotations

import pytest

from tests.fakes import FakeRepos, fake_repos


@pytest.fixture()
def repos() -> FakeRepos:
    """The repository twins under a test's ``fake_ports(repos)``, for the test to seed and read."""
    return fake_repos()

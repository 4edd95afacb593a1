"""Conformance: the emulators and readers checked against the official vendor specs.

The specs (Billingo's OpenAPI, the Számla Agent XSDs and examples, NAV's XSDs, samples, signing
test vectors and printed sample invoices) are not ours to redistribute, so they are not in the
repository: ``make test-conformance`` reads them from the folder named by ``SZAMLATAR_SPECS``
(CI passes the folder it keeps beside the checkout). Without it the suite fails; it never skips.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def specs_root() -> Path:
    """The folder named by ``SZAMLATAR_SPECS`` (relative paths from the working directory)."""
    named = os.environ.get("SZAMLATAR_SPECS", "").strip()
    if not named:
        raise pytest.UsageError(
            "SZAMLATAR_SPECS is not set: name the folder with the official specs, "
            "e.g. SZAMLATAR_SPECS=/path/to/reference make test-conformance")
    root = Path(named).expanduser().resolve()
    if not root.is_dir():
        raise pytest.UsageError(f"SZAMLATAR_SPECS={named} is not a folder")
    return root


SPECS = specs_root()


def spec_file(*parts: str) -> Path:
    """A file or folder of the specs, which must exist: a missing one fails the test that needs it."""
    path = SPECS.joinpath(*parts)
    assert path.exists(), f"{path} is missing from SZAMLATAR_SPECS ({SPECS})"
    return path


@pytest.fixture(scope="session")
def specs() -> Path:
    return SPECS

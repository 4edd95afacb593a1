"""Clients talk to the emulators in-process (tests/unit/asgi_requests.py); the emulator fixtures."""

from __future__ import annotations

from tests.unit.emulators.fixtures import billingo, billingo_state, clock  # noqa: F401  (fixtures)

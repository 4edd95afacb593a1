from tests.unit.emulators.fixtures import (  # noqa: F401  (fixtures)
    agent,
    agent_state,
    billingo,
    billingo_state,
    clock,
    receiver,
)

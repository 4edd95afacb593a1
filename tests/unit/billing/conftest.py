from tests.unit.emulators.fixtures import billingo, billingo_state, clock  # noqa: F401  (fixtures)

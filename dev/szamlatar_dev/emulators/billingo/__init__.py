"""A Billingo API v3 emulator (spec 3.0.14) with switchable faults, for tests and demos."""

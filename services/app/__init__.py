"""The service layer: use cases as plain functions over the ports of ``ports.py``.

API routes, UI pages, CLI commands and stream handlers call these, so one action means the same
whichever door it came through. A use case raises the domain errors of ``core/errors.py``; each door
says them its own way. It imports the core and its ports, never an adapter (``tests/unit/test_layers.py``).
"""

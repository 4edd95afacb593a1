"""Számlatár's development kit: the emulators (Billingo v3, Számla Agent, NAV Online Számla 3.0, an
in-house system), the demo data of ``make run`` and the commands that run them.

A separate distribution (``dev/pyproject.toml``, a uv workspace member installed by ``uv sync``
through the dev dependency group), so the production wheel and image hold none of it. Its commands
join the ``szamlatar`` command line through the ``szamlatar.commands`` entry-point group; the
product never imports this package (``tests/unit/test_layers.py``).
"""

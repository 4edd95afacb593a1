"""bench-load's recovery figure (issue 15: steady p99 again within 30 s of a worker restart)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("bench_load", Path(__file__).parents[3] / "bench" / "bench_load.py")
assert _spec is not None and _spec.loader is not None
bench_load = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_load)


def test_recovered_after_the_last_slow_invoice_posted_after_the_restart() -> None:
    points = [(-4.0, 9.0), (1.0, 6.0), (8.0, 2.0), (12.5, 0.4), (13.0, 1.5), (14.0, 0.3), (20.0, 0.2)]
    assert bench_load.recovered_after(points, threshold=1.0) == 14.0


def test_slow_invoices_posted_before_the_restart_do_not_count() -> None:
    assert bench_load.recovered_after([(-2.0, 8.0), (0.5, 0.3), (3.0, 0.2)], threshold=1.0) == 0.0


def test_not_recovered_when_the_last_invoice_is_still_slow() -> None:
    assert bench_load.recovered_after([(1.0, 0.2), (5.0, 3.0)], threshold=1.0) is None


@pytest.mark.parametrize("threshold", [0.5, 2.0])
def test_at_the_threshold_is_recovered(threshold: float) -> None:
    assert bench_load.recovered_after([(1.0, threshold), (2.0, threshold)], threshold) == 0.0

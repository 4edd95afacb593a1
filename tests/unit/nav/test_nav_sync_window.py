"""Which issue dates the NAV sync service asks about: from sync_from the first time, then from the
last synced day minus the look-back (late reports), always up to today."""

from __future__ import annotations

from datetime import date

import pytest

from services.nav.service import sync_window

TODAY = date(2025, 6, 30)


@pytest.mark.parametrize(("connection", "cursor", "expected"), [
    pytest.param({}, None, (date(2025, 5, 26), TODAY), id="first-default-lookback"),
    pytest.param({"sync_from": "2025-03-01"}, None, (date(2025, 3, 1), TODAY), id="first-from-sync_from"),
    pytest.param({"sync_from": "2025-03-01"}, {"synced_until": "2025-06-29"}, (date(2025, 5, 25), TODAY),
                 id="then-lookback-from-progress"),
    pytest.param({"sync_from": "2025-06-01"}, {"synced_until": "2025-06-29"}, (date(2025, 6, 1), TODAY),
                 id="never-before-sync_from"),
    pytest.param({"sync_from": "2025-08-01"}, None, (TODAY, TODAY), id="sync_from-in-the-future"),
])
def test_sync_window(connection: dict[str, str], cursor: dict[str, str] | None, expected: tuple[date, date]) -> None:
    assert sync_window(connection, cursor, TODAY, 35) == expected


def test_the_sync_leaves_a_paused_connection_out_and_takes_it_again_after_the_resume() -> None:
    from services.nav.repository import nav_connections
    from tests.unit.web.fakes import FakeDb

    db = FakeDb()
    for cid, enabled in (("nav-a", True), ("nav-b", False), ("nav-c", None)):
        db.connections.docs[cid] = {"_id": cid, "kind": "nav", "tenant": "acme",
                                    **({} if enabled is None else {"enabled": enabled})}
    assert [c["_id"] for c in nav_connections(db)] == ["nav-a", "nav-c"]  # type: ignore[arg-type]
    db.connections.docs["nav-b"]["enabled"] = True
    assert [c["_id"] for c in nav_connections(db)] == ["nav-a", "nav-b", "nav-c"]  # type: ignore[arg-type]

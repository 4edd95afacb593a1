"""The watched inbox (``import-watch``) and ``szamlatar import`` never follow a symbolic link:
a drop that is a link to a file or a folder outside the inbox is refused unread (a log line, a
report with reason ``symlink`` in ``.failed``, the link moved there); links inside a folder drop
are reported the same way while the folder's own files are imported."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pytest

from services.ingest_drop.bundle_reader import read_bundle
from services.ingest_drop.importer import ImportReport, run_import
from services.ingest_drop.watch import scan_once

SECRET = b"%PDF-1.4 the payroll of another company"


class FakeStore:
    def __init__(self) -> None:
        self.staged: dict[str, bytes] = {}

    def stage(self, key: str, data: bytes, sha: str) -> None:
        self.staged[key] = data


class FakePublisher:
    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []

    def publish(self, topic: str, event: dict[str, Any]) -> None:
        self.events.append(event)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder outside the inbox with something nobody dropped there."""
    folder = tmp_path / "outside"
    (folder / "deep").mkdir(parents=True)
    (folder / "payroll.pdf").write_bytes(SECRET)
    (folder / "deep" / "more.pdf").write_bytes(SECRET)
    return folder


def importer(store: FakeStore, publisher: FakePublisher) -> Any:
    def run(path: Path) -> ImportReport:
        return run_import(path, tenant="acme", connection_id="acme-export", site="hq", store=store,  # type: ignore[arg-type]
                          publisher=publisher, staging_bucket="staging")  # type: ignore[arg-type]
    return run


def settle(inbox: Path, run: Any) -> list[ImportReport]:
    """Two passes: the first sees the drops, the second (nothing changed) imports them."""
    seen: dict[str, tuple[int, float]] = {}
    scan_once(inbox, run, seen, settle_seconds=0, now=1e12)
    return scan_once(inbox, run, seen, settle_seconds=0, now=1e12)


def test_a_drop_that_is_a_link_out_of_the_inbox_is_refused_unread(tmp_path: Path, outside: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "payroll.pdf").symlink_to(outside / "payroll.pdf")
    (inbox / "everything").symlink_to(outside)
    store, publisher = FakeStore(), FakePublisher()
    with caplog.at_level(logging.WARNING, logger="services.ingest_drop.watch"):
        reports = scan_once(inbox, importer(store, publisher), {}, settle_seconds=0, now=1e12)

    assert store.staged == {} and publisher.events == []
    assert sorted(r["where"] for rep in reports for r in rep.not_imported) == ["everything", "payroll.pdf"]
    assert {r["reason"] for rep in reports for r in rep.not_imported} == {"symlink"}
    failed = inbox / ".failed"
    assert (failed / "payroll.pdf").is_symlink() and (failed / "everything").is_symlink()  # the links, moved
    assert (outside / "payroll.pdf").read_bytes() == SECRET and (outside / "deep" / "more.pdf").exists()
    assert '"reason": "symlink"' in (failed / "everything.report.json").read_text()
    logged = [r.getMessage() for r in caplog.records]
    assert any("everything is a symbolic link" in m and str(outside) in m for m in logged), logged


def test_links_inside_a_folder_drop_are_reported_and_its_own_files_imported(tmp_path: Path, outside: Path) -> None:
    inbox = tmp_path / "inbox"
    drop = inbox / "march"
    (drop / "sub").mkdir(parents=True)
    (drop / "a.pdf").write_bytes(b"%PDF-1.4 a")
    (drop / "sub" / "b.pdf").write_bytes(b"%PDF-1.4 b")
    (drop / "stolen.pdf").symlink_to(outside / "payroll.pdf")
    (drop / "sub" / "tree").symlink_to(outside)
    (drop / "local.pdf").symlink_to(drop / "a.pdf")  # inside the drop, and still not followed
    store, publisher = FakeStore(), FakePublisher()
    [report] = settle(inbox, importer(store, publisher))

    assert sorted(i["file"] for i in report.imported) == ["a.pdf", "sub/b.pdf"]
    assert {(r["where"], r["reason"]) for r in report.not_imported} == {
        ("stolen.pdf", "symlink"), ("sub/tree", "symlink"), ("local.pdf", "symlink")}
    assert SECRET not in store.staged.values()
    assert (inbox / ".done" / "march" / "a.pdf").exists()


def test_szamlatar_import_of_a_folder_does_not_follow_links_in_the_tree(tmp_path: Path, outside: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "ok.pdf").write_bytes(b"%PDF-1.4 ok")
    (folder / "linked").symlink_to(outside)
    (folder / "fifo").mkdir()
    os.mkfifo(folder / "fifo" / "pipe.pdf")  # never opened in a way that blocks
    bundle = read_bundle(folder)
    assert list(bundle.files) == ["ok.pdf"]
    assert {(name, reason) for name, reason, _ in bundle.refused} == {
        ("linked", "symlink"), ("fifo/pipe.pdf", "unsupported_document")}


def test_a_bundle_that_is_itself_a_link_is_not_read(tmp_path: Path, outside: Path) -> None:
    (tmp_path / "drop.pdf").symlink_to(outside / "payroll.pdf")
    (tmp_path / "drop").symlink_to(outside)
    for link in (tmp_path / "drop.pdf", tmp_path / "drop"):
        bundle = read_bundle(link)
        assert bundle.files == {} and [r[1] for r in bundle.refused] == ["symlink"]

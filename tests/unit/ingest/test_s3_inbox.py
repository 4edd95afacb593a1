"""The S3 inbox with an in-memory bucket: readiness, filing with the report, crash resume, limits."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from services.core.bundle import BundleLimits
from services.core.inbox import InboxObject, already_reported, plan_drops
from services.ingest_drop.importer import ImportReport
from services.ingest_drop.s3_inbox import scan_once


class FakeInbox:
    bucket = "inbox-bucket"

    def __init__(self) -> None:
        self.objects: dict[str, tuple[bytes, float]] = {}
        self.json: dict[str, dict[str, Any]] = {}
        self.fail_delete_after: int | None = None
        self.downloads: list[str] = []

    def drop(self, key: str, data: bytes, at: float = 0.0) -> None:
        self.objects[key] = (data, at)

    def list(self, prefix: str) -> list[InboxObject]:
        return [InboxObject(k, len(d), hashlib.md5(d).hexdigest(), t)
                for k, (d, t) in sorted(self.objects.items()) if k.startswith(prefix)]

    def download(self, key: str, path: Path) -> None:
        self.downloads.append(key)
        path.write_bytes(self.objects[key][0])

    def read_json(self, key: str) -> dict[str, Any] | None:
        return self.json.get(key)

    def put_json(self, key: str, value: dict[str, Any]) -> None:
        self.json[key] = value

    def copy(self, source: str, target: str) -> None:
        self.objects[target] = self.objects[source]

    def delete(self, key: str) -> None:
        if self.fail_delete_after is not None:
            if self.fail_delete_after == 0:
                raise OSError("crash while deleting")
            self.fail_delete_after -= 1
        del self.objects[key]


class RecordingImporter:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, bytes]]] = []

    def __call__(self, tenant: str, path: Path) -> ImportReport:
        files = ({p.relative_to(path).as_posix(): p.read_bytes() for p in path.rglob("*") if p.is_file()}
                 if path.is_dir() else {path.name: path.read_bytes()})
        self.calls.append((tenant, files))
        report = ImportReport(str(path))
        for name, data in files.items():
            if data.startswith(b"%PDF-"):
                report.imported.append({"file": name})
            else:
                report.refuse(name, "malformed_pdf", "not a PDF")
        return report


def test_a_drop_is_imported_once_settled_and_filed_with_its_report() -> None:
    inbox, importer = FakeInbox(), RecordingImporter()
    inbox.drop("inbox/acme/march/a.pdf", b"%PDF-a", at=100)
    inbox.drop("inbox/acme/march/sub/b.pdf", b"%PDF-b", at=105)
    inbox.drop("inbox/acme/single.pdf", b"%PDF-s", at=100)
    inbox.drop("inbox/acme/junk.txt", b"hello", at=100)
    inbox.drop("inbox/beta/other.pdf", b"%PDF-o", at=100)  # not a tenant of this pass

    assert scan_once(inbox, ["acme"], importer, now=110, settle_seconds=10) != []
    # march's newest object is 5 s old: not yet; the two single objects are.
    assert sorted(next(iter(c[1])) for c in importer.calls) == ["junk.txt", "single.pdf"]
    assert "inbox/acme/march/a.pdf" in inbox.objects

    scan_once(inbox, ["acme"], importer, now=120, settle_seconds=10)
    assert importer.calls[-1] == ("acme", {"a.pdf": b"%PDF-a", "sub/b.pdf": b"%PDF-b"})
    assert not [k for k in inbox.objects if k.startswith("inbox/acme/")]
    assert inbox.objects["inbox-done/acme/march/sub/b.pdf"][0] == b"%PDF-b"
    assert inbox.objects["inbox-failed/acme/junk.txt"][0] == b"hello"
    report = inbox.json["inbox-done/acme/march.report.json"]
    assert report["imported_count"] == 2 and report["source"] == "s3://inbox-bucket/inbox/acme/march"
    assert inbox.json["inbox-failed/acme/junk.txt.report.json"]["not_imported"][0]["reason"] == "malformed_pdf"
    assert "inbox/beta/other.pdf" in inbox.objects
    assert len(importer.calls) == 3


def test_a_crash_while_filing_resumes_by_moving_without_importing_again() -> None:
    inbox, importer = FakeInbox(), RecordingImporter()
    for name in ("a", "b", "c"):
        inbox.drop(f"inbox/acme/drop/{name}.pdf", f"%PDF-{name}".encode())
    inbox.fail_delete_after = 1  # one original deleted, then the process dies
    with pytest.raises(OSError):
        scan_once(inbox, ["acme"], importer, now=100, settle_seconds=10)
    assert len([k for k in inbox.objects if k.startswith("inbox/acme/")]) == 2

    inbox.fail_delete_after = None
    scan_once(inbox, ["acme"], importer, now=200, settle_seconds=10)
    assert len(importer.calls) == 1  # the report already covered what was left
    assert not [k for k in inbox.objects if k.startswith("inbox/")]
    assert inbox.json["inbox-done/acme/drop.report.json"]["imported_count"] == 3


def test_a_changed_drop_under_a_filed_name_is_imported_again() -> None:
    inbox, importer = FakeInbox(), RecordingImporter()
    inbox.drop("inbox/acme/x.pdf", b"%PDF-1")
    scan_once(inbox, ["acme"], importer, now=100, settle_seconds=10)
    inbox.drop("inbox/acme/x.pdf", b"%PDF-2")
    scan_once(inbox, ["acme"], importer, now=200, settle_seconds=10)
    assert [c[1] for c in importer.calls] == [{"x.pdf": b"%PDF-1"}, {"x.pdf": b"%PDF-2"}]
    assert inbox.objects["inbox-done/acme/x.pdf"][0] == b"%PDF-2"


def test_oversized_objects_and_traversal_names_are_reported_without_downloading() -> None:
    inbox, importer = FakeInbox(), RecordingImporter()
    inbox.drop("inbox/acme/d/ok.pdf", b"%PDF-ok")
    inbox.drop("inbox/acme/d/big.pdf", b"%PDF-" + b"x" * 100)
    inbox.drop("inbox/acme/d/../../etc/evil.pdf", b"%PDF-evil")
    scan_once(inbox, ["acme"], importer, now=100, settle_seconds=10, limits=BundleLimits(max_entry_bytes=50))
    assert inbox.downloads == ["inbox/acme/d/ok.pdf"]
    report = inbox.json["inbox-done/acme/d.report.json"]
    assert {r["reason"] for r in report["not_imported"]} == {"too_large", "path_traversal"}
    assert report["imported_count"] == 1


def test_plan_and_resume_rules() -> None:
    objs = [InboxObject("inbox/acme/a.zip", 1, "e1", 0), InboxObject("inbox/acme/dir/", 0, "", 0),
            InboxObject("inbox/acmex/b.zip", 1, "e2", 0), InboxObject("inbox/acme/f/x.pdf", 1, "e3", 0)]
    drops = plan_drops("acme", objs, now=100, settle_seconds=10)
    assert [(d.name, d.folder) for d in drops] == [("a.zip", False), ("f", True)]
    assert already_reported(drops[0], {"objects": [["inbox/acme/a.zip", "e1"]]})
    assert not already_reported(drops[0], {"objects": [["inbox/acme/a.zip", "changed"]]})
    assert not already_reported(drops[0], None)


def test_a_tenant_whose_export_connection_is_paused_keeps_its_drops_until_the_resume() -> None:
    store, importer = FakeInbox(), RecordingImporter()
    store.drop("inbox/acme/a.pdf", b"%PDF-1.7 a")
    store.drop("inbox/beta/b.pdf", b"%PDF-1.7 b")
    is_paused = {"acme": True, "beta": False}
    filed = scan_once(store, ["acme", "beta"], importer, now=1e9, settle_seconds=0,
                      paused=lambda tenant: is_paused[tenant])
    assert [t for t, _ in importer.calls] == ["beta"] and len(filed) == 1
    assert "inbox/acme/a.pdf" in store.objects and store.downloads == ["inbox/beta/b.pdf"]
    is_paused["acme"] = False
    scan_once(store, ["acme", "beta"], importer, now=1e9, settle_seconds=0, paused=lambda tenant: is_paused[tenant])
    assert [t for t, _ in importer.calls] == ["beta", "acme"] and "inbox/acme/a.pdf" not in store.objects

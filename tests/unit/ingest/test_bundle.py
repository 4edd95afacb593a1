from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from services.core.bundle import BundleLimits, UnsafeNameError, check_zip_plan, safe_name
from services.core.errors import LimitExceededError
from services.ingest_drop.bundle_reader import read_bundle
from services.ingest_drop.importer import ImportReport, plan_items


@pytest.mark.parametrize("name", ["../evil.pdf", "a/../../evil.pdf", "/etc/passwd", "C:\\x.pdf", "..\\x.pdf",
                                  "a\x00.pdf", "./"])
def test_traversal_and_absolute_names_are_refused(name: str) -> None:
    with pytest.raises(UnsafeNameError):
        safe_name(name)


def test_ordinary_names_are_normalised() -> None:
    assert safe_name("./2025/03/a.pdf") == "2025/03/a.pdf"
    assert safe_name("dir\\b.xml") == "dir/b.xml"


def test_a_zip_bomb_is_refused_from_its_directory_alone() -> None:
    limits = BundleLimits(max_total_bytes=100 * 1024 * 1024)
    with pytest.raises(LimitExceededError, match="zip bomb"):
        check_zip_plan([("zeros.bin", 20_000, 20 * 1024 * 1024)], limits)
    with pytest.raises(LimitExceededError, match="zip bomb"):
        check_zip_plan([(f"f{i}", 10**6, 10**6) for i in range(200)], limits)
    check_zip_plan([("a.pdf", 90_000, 100_000)], limits)


def _zip(tmp_path: Path, entries: dict[str, bytes]) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    path = tmp_path / "drop.zip"
    path.write_bytes(buf.getvalue())
    return path


def test_traversal_entries_are_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    bundle = read_bundle(_zip(tmp_path, {"../../etc/cron.d/x": b"evil", "ok.pdf": b"%PDF-1.4 x"}))
    assert list(bundle.files) == ["ok.pdf"]
    assert bundle.refused[0][:2] == ("../../etc/cron.d/x", "path_traversal")
    assert not (tmp_path.parent.parent / "etc").exists()


def test_pdfs_pair_with_csv_rows_and_same_named_xml(tmp_path: Path) -> None:
    csv = "Számlaszám;Fájl;Bruttó\nA-1;pdf/a1.pdf;1 000\nA-2;nincs.pdf;2 000\n".encode("cp1250")
    xxe = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'
    bundle = read_bundle(_zip(tmp_path, {"list.csv": csv, "pdf/a1.pdf": b"%PDF-a1", "b.pdf": b"%PDF-b",
                                         "b.xml": xxe, "c.pdf": b"%PDF-c", "notes.txt": b"hi"}))
    report = ImportReport("x")
    items = {i.pdf_name: i for i in plan_items(bundle, None, report)}
    assert items["pdf/a1.pdf"].metadata is not None and items["pdf/a1.pdf"].metadata["gross_total"] == "1000"
    assert items["c.pdf"].metadata is None and items["b.pdf"].metadata is None
    reasons = {r["where"]: r["reason"] for r in report.not_imported}
    assert reasons == {"list.csv:3": "pdf_missing", "b.xml": "forbidden_xml", "notes.txt": "unsupported_document"}

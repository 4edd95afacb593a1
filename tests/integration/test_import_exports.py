"""Export bundles: `szamlatar import` on a zip of PDFs + CSV (Windows-1250) + NAV XML, with
hostile entries mixed in; a zip bomb; and the watched directory."""

from __future__ import annotations

import io
import json
import os
import subprocess
import zipfile
from pathlib import Path

from pymongo.database import Database

from services.adapters.s3_inbox import S3Inbox
from services.adapters.settings import Settings
from services.core.invoice import invoice_to_json
from services.core.parsing import parse_document
from szamlatar_dev.demo.own_system import demo_book, demo_documents
from szamlatar_dev.emulators.nav.invoices import generate_invoice
from tests.integration.conftest import SZT, Process, Tenant, wait_until

DOCS = demo_documents(demo_book(5, seed=41))
PORT = int(os.environ.get("SZAMLATAR_EMULATOR_PORT_BASE", "18100")) + 4


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return path


def _bundle(tenant: Tenant) -> tuple[dict[str, bytes], str]:
    (i1, p1), (i2, p2), (_i3, p3) = DOCS[0], DOCS[1], DOCS[2]
    csv = ("Számlaszám;Fájl;Kelt;Pénznem;Nettó;ÁFA;Bruttó;Vevő;Vevő adószáma\n"
           f"{i1.number};pdf/{i1.number}.pdf;{i1.issue_date:%Y.%m.%d.};HUF;{i1.net_total};{i1.vat_total};"
           f"{str(i1.gross_total).replace('.', ',')};Árvíztűrő Tükörfúrógép Kft.;{i1.buyer.tax_number}\n"
           f"=cmd|'/c calc'!A1;pdf/x.pdf;2025.03.01.;HUF;1;0;1;X;\n"
           f"{i2.number};pdf/{i2.number}.pdf;nem dátum;HUF;1;0;1;X;\n"
           f"NINCS-1;pdf/nincs.pdf;2025.03.01.;HUF;1;0;1;X;\n").encode("cp1250")
    nav_number = f"NAVX-{tenant.name}"
    nav_xml = generate_invoice(invoice_number=nav_number, issue_date=i1.issue_date, supplier_tax_number="12345678",
                               customer_tax_number="24681357")
    xxe = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><InvoiceData>&x;</InvoiceData>'
    laughs = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
              b']><InvoiceData>&b;</InvoiceData>')
    entries = {
        "lista.csv": csv, f"pdf/{i1.number}.pdf": p1, f"pdf/{i2.number}.pdf": p2,
        "nav/szamla.xml": nav_xml, "nav/szamla.pdf": p3,
        "evil/xxe.xml": xxe, "evil/xxe.pdf": DOCS[3][1], "evil/laughs.xml": laughs, "evil/laughs.pdf": DOCS[4][1],
        "../../../tmp/owned.pdf": p1, "fake.pdf": b"MZ not a pdf",
    }
    return entries, nav_number


def test_import_of_a_zip_archives_the_good_files_and_reports_every_bad_one(tenant: Tenant, tmp_path: Path) -> None:
    entries, nav_number = _bundle(tenant)
    drop = _zip(tmp_path / "export.zip", entries)
    report_file = tmp_path / "report.json"
    result = subprocess.run([SZT, "import", str(drop), "--tenant", tenant.name, "--report", str(report_file)],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 1, result.stderr  # some things were not imported
    report = json.loads(report_file.read_text())
    imported = {r["file"]: r for r in report["imported"]}
    # CSV row 2 is bad, so its PDF is imported from its own text; the XML pairs by name.
    assert set(imported) == {f"pdf/{DOCS[0][0].number}.pdf", f"pdf/{DOCS[1][0].number}.pdf", "nav/szamla.pdf",
                             "evil/xxe.pdf", "evil/laughs.pdf"}
    assert imported[f"pdf/{DOCS[0][0].number}.pdf"]["paired_with"] == "lista.csv:2"
    assert imported["nav/szamla.pdf"]["number"] == nav_number
    reasons = {r["where"]: r["reason"] for r in report["not_imported"]}
    assert reasons == {
        "../../../tmp/owned.pdf": "path_traversal", "lista.csv:3": "formula", "lista.csv:4": "bad_row",
        "lista.csv:5": "pdf_missing", "evil/xxe.xml": "forbidden_xml", "evil/laughs.xml": "forbidden_xml",
        "fake.pdf": "malformed_pdf",
    }
    assert not Path("/tmp/owned.pdf").exists()
    wait_until(lambda: tenant.archived_count() == 5, timeout=120, what="the five imported invoices")
    assert tenant.search(number=nav_number)["total"] == 1
    found = tenant.search(number=DOCS[0][0].number)["items"]
    assert found and found[0]["gross_total"] == str(DOCS[0][0].gross_total)

    again = subprocess.run([SZT, "import", str(drop), "--tenant", tenant.name], capture_output=True, text=True,
                           timeout=180)
    assert "imported 5" in again.stdout
    wait_until(lambda: tenant.archived_count() == 5, what="still five after a re-import")


def test_a_zip_bomb_is_refused_whole_and_nothing_is_imported(tenant: Tenant, tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.zip", {"a.pdf": DOCS[0][1], "zeros.pdf": b"%PDF-" + b"\0" * (30 * 1024 * 1024)})
    assert bomb.stat().st_size < 200_000
    report_file = tmp_path / "bomb.json"
    result = subprocess.run([SZT, "import", str(bomb), "--tenant", tenant.name, "--report", str(report_file)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "imported 0" in result.stdout
    report = json.loads(report_file.read_text())
    assert [r["reason"] for r in report["not_imported"]] == ["too_large"]
    assert "zip bomb" in report["not_imported"][0]["message"]


def test_a_watched_directory_imports_a_drop_and_files_it_with_its_report(
    tenant: Tenant, db: Database, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    watcher = Process("import-watch", [SZT, "run", "import-watch", str(inbox), "--tenant", tenant.name,
                                       "--health-port", str(PORT), "--interval", "0.5"],
                      f"http://127.0.0.1:{PORT}/healthz")
    watcher.start()
    try:
        inv, pdf = DOCS[2]
        meta = invoice_to_json(parse_document(pdf).invoice)
        assert meta["number"] == inv.number
        folder = tmp_path / "staging" / "drop-1"
        folder.mkdir(parents=True)
        (folder / "a.pdf").write_bytes(pdf)
        folder.rename(inbox / "drop-1")
        report = wait_until(lambda: (inbox / ".done" / "drop-1.report.json").exists(), timeout=60,
                            what="the drop to be filed in .done")
        assert report
        assert json.loads((inbox / ".done" / "drop-1.report.json").read_text())["imported_count"] == 1
        assert not (inbox / "drop-1").exists()
        wait_until(lambda: tenant.search(number=inv.number)["total"] == 1, timeout=60, what="the dropped invoice")
    finally:
        watcher.stop()


def test_an_s3_inbox_imports_drops_files_them_with_their_reports_and_stays_idempotent(
    tenant: Tenant, settings: Settings, tmp_path: Path
) -> None:
    inbox = S3Inbox(settings)
    base = f"inbox/{tenant.name}"
    (i1, p1), (i2, p2), (i3, p3) = DOCS[0], DOCS[1], DOCS[3]

    def put(key: str, data: bytes) -> None:
        inbox.client.put_object(inbox.bucket, key, io.BytesIO(data), len(data))

    put(f"{base}/march/{i1.number}.pdf", p1)  # a folder drop: two PDFs and a stray text file
    put(f"{base}/march/sub/{i2.number}.pdf", p2)
    put(f"{base}/march/notes.txt", b"not an invoice")
    zipped = _zip(tmp_path / "z.zip", {f"{i3.number}.pdf": p3, "../../escape.pdf": p3})
    put(f"{base}/april.zip", zipped.read_bytes())
    put(f"{base}/broken.pdf", b"MZ not a pdf")
    port = PORT + 1
    watcher = Process("import-s3-inbox", [SZT, "run", "s3-inbox", "--tenant", tenant.name, "--site", "budapest",
                                          "--health-port", str(port), "--interval", "0.5", "--settle", "1"],
                      f"http://127.0.0.1:{port}/healthz")
    watcher.start()
    try:
        wait_until(lambda: not inbox.list(f"{base}/"), timeout=90, what="the inbox emptied")
        march = inbox.read_json(f"inbox-done/{tenant.name}/march.report.json")
        assert march is not None and march["imported_count"] == 2, march
        assert march["source"] == f"s3://{inbox.bucket}/{base}/march"
        assert [(r["where"], r["reason"]) for r in march["not_imported"]] == [("notes.txt", "unsupported_document")]
        april = inbox.read_json(f"inbox-done/{tenant.name}/april.zip.report.json")
        assert april is not None and april["imported_count"] == 1
        assert {r["reason"] for r in april["not_imported"]} == {"path_traversal"}
        broken = inbox.read_json(f"inbox-failed/{tenant.name}/broken.pdf.report.json")
        assert broken is not None and broken["not_imported"][0]["reason"] == "malformed_pdf"
        filed = {o.key for o in inbox.list(f"inbox-done/{tenant.name}/")}
        assert {f"inbox-done/{tenant.name}/march/sub/{i2.number}.pdf",
                f"inbox-done/{tenant.name}/april.zip"} <= filed
        wait_until(lambda: tenant.archived_count() == 3, timeout=120, what="the three inbox invoices archived")
        assert tenant.search(number=i2.number)["total"] == 1

        # The same invoice again, beside a new one: the new one is archived, the repeat makes nothing new.
        i5, p5 = DOCS[4]
        put(f"{base}/again.zip", _zip(tmp_path / "again.zip", {f"{i3.number}.pdf": p3, f"{i5.number}.pdf": p5})
            .read_bytes())
        wait_until(lambda: tenant.search(number=i5.number)["total"] == 1, timeout=90, what="the new invoice")
        again = inbox.read_json(f"inbox-done/{tenant.name}/again.zip.report.json")
        assert again is not None and again["imported_count"] == 2
        assert tenant.archived_count() == 4
        assert tenant.db.invoice_versions.count_documents({"tenant": tenant.name}) == 4
    finally:
        watcher.stop()

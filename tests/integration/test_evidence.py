"""The evidence package from the real archive: an export of a tenant's period holds the decrypted PDFs,
their tokens, the audit chain with its anchor; it verifies offline, and fails once any file is changed.
The export is in the audit log."""

from __future__ import annotations

import zipfile
from pathlib import Path

from services.compliance.evidence import read_package, verify
from services.core import evidence as ev
from tests.integration.conftest import Process, Tenant, szt, wait_until
from tests.integration.test_timestamps import DOCS, _archived, timestamper  # noqa: F401  (the fixture)


def _rezip(files: dict[str, bytes], path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


def test_an_exported_package_verifies_and_fails_after_any_file_is_changed(
        tenant: Tenant, timestamper: Process, tmp_path: Path) -> None:  # noqa: F811
    versions = [_archived(tenant, f"ev-{i}", i) for i in (0, 1)]
    for v in versions:
        wait_until(lambda v=v: tenant.db.invoice_versions.find_one({"_id": v["_id"], "timestamp": {"$exists": True}}),
                   timeout=60, what="the version's timestamp")
    dates = sorted(str(inv.issue_date) for inv, _ in DOCS[:2])
    out = tmp_path / "evidence.zip"
    made = szt("evidence", "export", str(out), "--tenant", tenant.name, "--from", dates[0], "--to", dates[-1])
    assert made.returncode == 0, made.stdout + made.stderr
    assert "2 invoices" in made.stdout

    files = read_package(out)
    for v in versions:
        pdf = files[ev.pdf_path(v["invoice_id"], 1)]
        assert ev.sha256(pdf) == v["sha256"] and pdf.startswith(b"%PDF")  # decrypted
        assert ev.token_path(v["invoice_id"], 1) in files
    assert {ev.MANIFEST, ev.MANIFEST_TOKEN, ev.SUMS, ev.CHAIN, ev.ANCHOR, ev.ANCHOR_TOKEN, ev.TSA_CHAIN,
            ev.METADATA_CSV, ev.VERSIONS_CSV} <= set(files)
    exported = tenant.db.audit_log.find_one({"tenant": tenant.name, "action": "evidence.export"})
    assert exported is not None and exported["details"]["invoices"] == 2
    assert b'"action": "evidence.export"' in files[ev.CHAIN]  # the anchor covers the export itself

    ok = szt("evidence", "verify", str(out))
    assert ok.returncode == 0 and "OK" in ok.stdout, ok.stdout + ok.stderr
    for name in files:  # any file changed: the package no longer verifies
        data = bytearray(files[name])
        data[len(data) // 2] ^= 0x01
        assert verify(files | {name: bytes(data)}), name
    changed = bytearray(files[ev.pdf_path(versions[0]["invoice_id"], 1)])
    changed[-10] ^= 0x01
    bad = szt("evidence", "verify", str(_rezip(files | {ev.pdf_path(versions[0]["invoice_id"], 1): bytes(changed)},
                                               tmp_path / "changed.zip")))
    assert bad.returncode == 1 and "FAILED" in bad.stdout


def test_an_auditor_downloads_an_invoices_package_from_the_web_and_it_verifies(
        tenant: Tenant, tmp_path: Path) -> None:
    import requests

    from services.adapters.admin import create_token
    from services.core.enums import Role

    version = _archived(tenant, "ev-web", 2)
    invoice_id = version["invoice_id"]
    auditor, local = requests.Session(), requests.Session()
    auditor.headers["Authorization"] = "Bearer " + create_token(tenant.db, tenant=tenant.name, role=Role.AUDITOR,
                                                                name="audit")
    local.headers["Authorization"] = "Bearer " + create_token(tenant.db, tenant=tenant.name, role=Role.AUDITOR,
                                                              name="bp", sites=("budapest",))
    url = f"{tenant.api}/api/v1/invoices/{invoice_id}/evidence.zip"
    assert local.get(url, timeout=60).status_code == 403  # the package holds the whole tenant's chain
    got = auditor.get(url, timeout=120)  # a token the timestamper has not made yet is asked for now
    assert got.status_code == 200, got.text
    out = tmp_path / "web.zip"
    out.write_bytes(got.content)
    files = read_package(out)
    assert ev.sha256(files[ev.pdf_path(invoice_id, 1)]) == version["sha256"]
    assert sum(1 for name in files if name.endswith(".pdf")) == 1  # this invoice only
    ok = szt("evidence", "verify", str(out))
    assert ok.returncode == 0 and "OK" in ok.stdout, ok.stdout + ok.stderr
    exported = tenant.db.audit_log.find_one({"tenant": tenant.name, "action": "evidence.export", "target": invoice_id})
    assert exported is not None and exported["details"]["invoices"] == 1

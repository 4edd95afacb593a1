"""The evidence package verifies offline, and fails once any file in it is changed, removed or added."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.adapters.tsp import timestamp_request
from services.compliance.evidence import verify
from services.core import evidence as ev
from services.core.audit_chain import Anchor, anchor_to_json, next_entry
from szamlatar_dev.tsa import ensure_material, sign

PDF = b"%PDF-1.4 invoice 2025/001" * 100


def _package(tsa_dir: Path) -> dict[str, bytes]:
    material = ensure_material(tsa_dir)

    def token(data: bytes) -> bytes:
        return sign(timestamp_request(ev.sha256(data), 1), material, 1, datetime.now(UTC))

    sha = ev.sha256(PDF)
    view = {"_id": "inv-1", "tenant": "acme", "invoice_number": "2025/001", "issue_date": "2025-03-03",
            "search_terms": ["x"], "updated_at": datetime(2025, 3, 4, tzinfo=UTC)}
    versions = [{"_id": f"inv-1:{sha}", "invoice_id": "inv-1", "version": 1, "sha256": sha, "size": len(PDF)}]
    e1 = next_entry(None, tenant="acme", at="2025-03-04T00:00:00+00:00", actor="pipeline", action="invoice.archived",
                    target="inv-1", details={"sha256": sha})
    e2 = next_entry(e1, tenant="acme", at="2025-03-05T00:00:00+00:00", actor="cli:auditor", action="evidence.export",
                    target="tenant:acme", details={})
    anchor = anchor_to_json(Anchor("acme", 2, e2["hash"], "2025-03-05T00:00:01+00:00"))
    files = {ev.pdf_path("inv-1", 1): PDF, ev.token_path("inv-1", 1): token(PDF),
             ev.metadata_path("inv-1"): ev.invoice_metadata(view, versions),
             ev.METADATA_CSV: ev.table(ev.INVOICE_COLUMNS, [{"invoice_id": "inv-1"} | view]),
             ev.VERSIONS_CSV: ev.table(ev.VERSION_COLUMNS, versions),
             ev.CHAIN: ev.chain_lines([e1, e2]), ev.ANCHOR: anchor, ev.ANCHOR_TOKEN: token(anchor),
             ev.TSA_CHAIN: (tsa_dir / "chain.pem").read_bytes()}
    man = ev.manifest(files, {"tenant": "acme", "from": "2025-03-01", "to": "2025-03-31", "client": None,
                              "created_at": "2025-03-05T00:00:02+00:00", "invoices": ["inv-1"]})
    return files | {ev.MANIFEST: man, ev.SUMS: ev.sums(man), ev.MANIFEST_TOKEN: token(man)}


@pytest.fixture(scope="module")
def package(tsa_dir: Path) -> dict[str, bytes]:
    return _package(tsa_dir)


def test_a_package_verifies(package: dict[str, bytes]) -> None:
    assert verify(package) == []
    assert b"search_terms" not in package[ev.metadata_path("inv-1")]
    assert hashlib.sha256(PDF).hexdigest().encode() in package[ev.SUMS]


@pytest.mark.parametrize("path", [
    ev.pdf_path("inv-1", 1), ev.token_path("inv-1", 1), ev.metadata_path("inv-1"), ev.METADATA_CSV, ev.VERSIONS_CSV,
    ev.CHAIN, ev.ANCHOR, ev.ANCHOR_TOKEN, ev.TSA_CHAIN, ev.MANIFEST, ev.SUMS, ev.MANIFEST_TOKEN])
def test_a_changed_byte_in_any_file_fails_verification(package: dict[str, bytes], path: str) -> None:
    data = bytearray(package[path])
    data[len(data) // 2] ^= 0x01
    assert verify(package | {path: bytes(data)}) != []


def test_a_removed_or_an_added_file_fails_and_the_tsa_chain_can_be_the_verifiers_own(
        package: dict[str, bytes], tmp_path: Path) -> None:
    assert any("missing" in p for p in verify({k: v for k, v in package.items() if k != ev.CHAIN}))
    assert verify(package | {"invoices/inv-1/v2.pdf": PDF}) == ["invoices/inv-1/v2.pdf: in the package, not in "
                                                               "the manifest"]
    ensure_material(tmp_path / "other")
    foreign = verify(package, (tmp_path / "other" / "chain.pem").read_bytes())
    assert foreign and all("does not chain" in p for p in foreign)


def test_a_consistent_rewrite_of_a_pdf_and_every_sum_is_still_caught(package: dict[str, bytes]) -> None:
    forged = package | {ev.pdf_path("inv-1", 1): b"%PDF-1.4 another invoice"}
    about = {k: v for k, v in json.loads(package[ev.MANIFEST]).items() if k not in ("format", "files")}
    files = {k: v for k, v in forged.items() if k not in (ev.MANIFEST, ev.SUMS, ev.MANIFEST_TOKEN)}
    man = ev.manifest(files, about)
    problems = verify(forged | {ev.MANIFEST: man, ev.SUMS: ev.sums(man)})
    assert "manifest.tsr: the time-stamp token is for another digest" in problems
    assert any("does not hash to the archived sha256" in p for p in problems)

"""The evidence package (issue 14), pure: its layout, its manifest, and the offline verification of
everything in it. ``services/compliance/evidence.py`` gathers the files and writes the zip.

Layout::

    manifest.json                  what the package is (tenant, period, client, when) + sha256 of every file
    manifest.tsr                   an RFC 3161 token over manifest.json: a changed manifest no longer verifies
    SHA256SUMS                     the same sums for ``sha256sum -c``
    metadata.csv, versions.csv     one row per invoice / per stored version
    invoices/<id>/metadata.json    the archive's record of the invoice, with its version history
    invoices/<id>/v<n>.pdf         each version, decrypted
    invoices/<id>/v<n>.tsr         its RFC 3161 token (``openssl ts -verify -digest <sha256> -in …``)
    audit/chain.jsonl              the tenant's audit chain, entry 1 to the anchor
    audit/anchor.json, anchor.tsr  the anchor (the chain head saved outside the database) and its token
    tsa/chain.pem                  the TSA's trust chain the tokens verify against

Every file is in the manifest; every PDF hashes to the sha256 its version record (and its token)
names; every token verifies; the chain verifies from its first entry and ends at the anchor.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable
from typing import Any

from services.core.audit_chain import anchor_from_json, verify_chain

FORMAT = "szamlatar-evidence/1"
MANIFEST, MANIFEST_TOKEN, SUMS = "manifest.json", "manifest.tsr", "SHA256SUMS"
CHAIN, ANCHOR, ANCHOR_TOKEN, TSA_CHAIN = "audit/chain.jsonl", "audit/anchor.json", "audit/anchor.tsr", "tsa/chain.pem"
METADATA_CSV, VERSIONS_CSV = "metadata.csv", "versions.csv"
INVOICE_COLUMNS = ("invoice_id", "invoice_number", "issue_date", "direction", "seller_name", "seller_tax_number",
                   "buyer_name", "buyer_tax_number", "client_id", "currency", "gross_total", "current_version",
                   "current_sha256", "retain_until")
VERSION_COLUMNS = ("invoice_id", "version", "sha256", "size", "archived_at", "version_id", "pdf", "token",
                   "timestamp_gen_time", "timestamp_tsa")
# (token bytes, sha256 hex) → None when the token verifies for that digest, else why not
TokenCheck = Callable[[bytes, str], str | None]


def pdf_path(invoice_id: str, version: int) -> str:
    return f"invoices/{invoice_id}/v{version}.pdf"


def token_path(invoice_id: str, version: int) -> str:
    return f"invoices/{invoice_id}/v{version}.tsr"


def metadata_path(invoice_id: str) -> str:
    return f"invoices/{invoice_id}/metadata.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json_value(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def invoice_metadata(view: dict[str, Any], versions: list[dict[str, Any]]) -> bytes:
    """The archive's record of one invoice: its view (without search tokens) and its version history."""
    record = {k: v for k, v in view.items() if k not in ("_id", "search_terms")} | {"invoice_id": view["_id"]}
    history = [{k: v for k, v in ver.items() if k != "_id"} for ver in versions]
    return json.dumps(record | {"versions": history}, ensure_ascii=False, indent=2, sort_keys=True,
                      default=_json_value).encode()


def _cell(value: Any) -> Any:
    return "" if value is None else value if isinstance(value, str | int | float) else _json_value(value)


def table(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return out.getvalue().encode("utf-8")


def chain_lines(entries: Iterable[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps({k: v for k, v in e.items() if k != "_id"}, ensure_ascii=False, sort_keys=True,
                               default=_json_value).encode() + b"\n" for e in entries)


def manifest(files: dict[str, bytes], about: dict[str, Any]) -> bytes:
    """``about``: tenant, period, client, created_at, invoice ids. ``files``: every file but the manifest,
    its token and SHA256SUMS."""
    return json.dumps({"format": FORMAT, **about, "files": {p: sha256(b) for p, b in sorted(files.items())}},
                      ensure_ascii=False, indent=2, sort_keys=True).encode()


def sums(manifest_bytes: bytes) -> bytes:
    listed = json.loads(manifest_bytes)["files"]
    return "".join(f"{digest}  {path}\n" for path, digest in sorted(listed.items())).encode()


def verify_package(files: dict[str, bytes], check_token: TokenCheck) -> list[str]:
    """Every problem with the package (empty: it verifies). ``check_token`` verifies an RFC 3161 token."""
    if MANIFEST not in files:
        return ["manifest.json is missing"]
    try:
        man = json.loads(files[MANIFEST])
        listed: dict[str, str] = dict(man["files"])
    except (ValueError, KeyError, TypeError) as exc:
        return [f"manifest.json is not a manifest: {exc}"]
    problems = _manifest_problems(files, man, listed, check_token)
    problems += _version_problems(files, man, check_token)
    problems += _audit_problems(files, check_token)
    return problems


def _manifest_problems(files: dict[str, bytes], man: dict[str, Any], listed: dict[str, str],
                       check_token: TokenCheck) -> list[str]:
    problems = []
    if man.get("format") != FORMAT:
        problems.append(f"manifest.json: unknown format {man.get('format')!r}")
    if MANIFEST_TOKEN not in files:
        problems.append("manifest.tsr is missing")
    elif (why := check_token(files[MANIFEST_TOKEN], sha256(files[MANIFEST]))) is not None:
        problems.append(f"manifest.tsr: {why}")
    for path, digest in sorted(listed.items()):
        if path not in files:
            problems.append(f"{path}: listed in the manifest, missing from the package")
        elif sha256(files[path]) != digest:
            problems.append(f"{path}: its sha256 is not the manifest's")
    for path in sorted(set(files) - set(listed) - {MANIFEST, MANIFEST_TOKEN, SUMS}):
        problems.append(f"{path}: in the package, not in the manifest")
    if files.get(SUMS) != sums(files[MANIFEST]):
        problems.append("SHA256SUMS does not match the manifest")
    return problems


def _version_problems(files: dict[str, bytes], man: dict[str, Any], check_token: TokenCheck) -> list[str]:
    problems = []
    for invoice_id in man.get("invoices", []):
        try:
            record = json.loads(files[metadata_path(invoice_id)])
        except (KeyError, ValueError):
            problems.append(f"{metadata_path(invoice_id)}: missing or not JSON")
            continue
        for version in record.get("versions", []):
            n, digest = int(version["version"]), str(version["sha256"])
            pdf = files.get(pdf_path(invoice_id, n))
            if pdf is None:
                problems.append(f"{pdf_path(invoice_id, n)}: missing")
            elif sha256(pdf) != digest:
                problems.append(f"{pdf_path(invoice_id, n)}: does not hash to the archived sha256 {digest}")
            token = files.get(token_path(invoice_id, n))
            if token is None:
                problems.append(f"{token_path(invoice_id, n)}: no time-stamp token")
            elif (why := check_token(token, digest)) is not None:
                problems.append(f"{token_path(invoice_id, n)}: {why}")
    return problems


def _audit_problems(files: dict[str, bytes], check_token: TokenCheck) -> list[str]:
    if ANCHOR not in files or CHAIN not in files:
        return ["the audit chain or its anchor is missing"]
    problems = []
    try:
        anchor = anchor_from_json(files[ANCHOR])
        entries = [json.loads(line) for line in files[CHAIN].splitlines() if line.strip()]
    except ValueError as exc:
        return [f"audit: {exc}"]
    verdict = verify_chain(entries, anchor)
    if not verdict.ok:
        problems.append(f"audit/chain.jsonl: {verdict.explain()}")
    elif verdict.entries != anchor.seq:
        problems.append(f"audit/chain.jsonl: {verdict.entries} entries, the anchor holds entry {anchor.seq}")
    if ANCHOR_TOKEN not in files:
        problems.append("audit/anchor.tsr: no time-stamp token")
    elif (why := check_token(files[ANCHOR_TOKEN], sha256(files[ANCHOR]))) is not None:
        problems.append(f"audit/anchor.tsr: {why}")
    return problems

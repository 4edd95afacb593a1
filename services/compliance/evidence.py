"""The evidence package: ``export`` gathers an auditor's period of invoices into one zip (layout and
checks in ``core/evidence.py``), ``verify`` checks a package offline — no database, no S3, no TSA.

An export is audited first (``evidence.export``) and then the tenant's chain is verified and anchored,
so the anchor in the package covers the export itself. Tokens still missing (a version in the
timestamper's backlog, the fresh anchor, the manifest) are asked for now: an export needs the TSA,
and refuses to write a package that would not verify.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from services.adapters.audit_anchors import AuditAnchors, anchor_key
from services.adapters.mongo import AuditLog, InvoiceRepo, MongoDb, translate_errors
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings, TimestampSettings
from services.adapters.tsp import verify_token
from services.app.audit import verify_and_anchor
from services.core import evidence as ev
from services.core.audit_chain import anchor_to_json
from services.core.errors import ConflictError, IntegrityError, UpstreamError
from services.core.timestamps import anchor_subject, version_subject
from services.timestamps.service import Stamper

ZIP_DATE = (2000, 1, 1, 0, 0, 0)  # fixed entry times: the same files make the same zip


@dataclass(frozen=True)
class Period:
    tenant: str
    start: date
    end: date
    client: str | None = None
    invoices: tuple[str, ...] = ()  # these invoices only (the invoice page's package), whatever their dates

    def query(self) -> dict[str, Any]:
        if self.invoices:
            return {"tenant": self.tenant, "_id": {"$in": list(self.invoices)}}
        q: dict[str, Any] = {"tenant": self.tenant, "issue_date": {"$gte": self.start.isoformat(),
                                                                    "$lte": self.end.isoformat()}}
        return q | ({"client_id": self.client} if self.client else {})


@dataclass(frozen=True)
class EvidenceDesk:
    """What an export from the web needs: the database, the archive, the TSA settings. The stamper is
    built per export (the web serves exports seldom; no TSA connection is kept open for them)."""

    db: MongoDb
    store: S3ObjectStore
    settings: Settings
    timestamps: TimestampSettings

    def export(self, period: Period, out: Path, actor_audit: Callable[[dict[str, Any]], None]) -> int:
        from prometheus_client import CollectorRegistry

        from services.timestamps.service import build_stamper

        stamper = build_stamper(self.settings, self.timestamps, CollectorRegistry())
        return export(self.db, self.store, stamper, self.timestamps.trust_chain(), period, out,
                      actor_audit=actor_audit, retention_years=self.settings.retention_years)


def _invoices(db: MongoDb, period: Period) -> list[dict[str, Any]]:
    with translate_errors("read invoices for evidence"):
        return list(db.invoices.find(period.query()).sort("_id", 1))


def _token(stamper: Stamper, key: str, ensure: Callable[[], bool]) -> bytes:
    """The stored token at ``key``, stamped now if it is missing; the TSA failing stops the export."""
    if stamper.store.latest(key) is None and not ensure():
        raise UpstreamError("the TSA did not stamp a digest the package needs (see the timestamper's backlog); "
                            "try the export again once the TSA answers")
    return stamper.store.read(stamper.store.archive_bucket, key)


def _invoice_files(store: S3ObjectStore, stamper: Stamper, view: dict[str, Any], versions: list[dict[str, Any]],
                   files: dict[str, bytes]) -> list[dict[str, Any]]:
    rows = []
    retain = date.fromisoformat(view["retain_until"]) if view.get("retain_until") else stamper.default_retention()
    for v in versions:
        n = int(v["version"])
        pdf = store.read(store.archive_bucket, v["object_key"], v.get("version_id"))
        if ev.sha256(pdf) != v["sha256"]:
            raise IntegrityError(f"invoice {view['_id']} v{n}: stored bytes do not hash to the archived sha256 "
                                 "(run szamlatar scrub)")
        subject = version_subject(v, retain)
        files[ev.pdf_path(view["_id"], n)] = pdf
        files[ev.token_path(view["_id"], n)] = _token(stamper, subject.token_key, lambda s=subject: stamper.stamp(s))
        stamp = v.get("timestamp") or {}
        rows.append(v | {"pdf": ev.pdf_path(view["_id"], n), "token": ev.token_path(view["_id"], n),
                         "timestamp_gen_time": stamp.get("gen_time"), "timestamp_tsa": stamp.get("tsa")})
    files[ev.metadata_path(view["_id"])] = ev.invoice_metadata(view, versions)
    return rows


def export(db: MongoDb, store: S3ObjectStore, stamper: Stamper, chain_pem: bytes, period: Period, out: Path, *,
           actor_audit: Callable[[dict[str, Any]], None], retention_years: int,
           progress: Callable[[int], None] = lambda n: None, total: Callable[[int], None] = lambda n: None) -> int:
    """Write the package to ``out``; returns how many invoices it holds."""
    views = _invoices(db, period)
    total(len(views))
    repo, audit = InvoiceRepo(db), AuditLog(db)
    files: dict[str, bytes] = {}
    version_rows: list[dict[str, Any]] = []
    for view in views:
        version_rows += _invoice_files(store, stamper, view, repo.versions(view["_id"]), files)
        progress(1)
    files[ev.METADATA_CSV] = ev.table(ev.INVOICE_COLUMNS, ({"invoice_id": v["_id"]} | v for v in views))
    files[ev.VERSIONS_CSV] = ev.table(ev.VERSION_COLUMNS, version_rows)
    about = {"tenant": period.tenant, "from": period.start.isoformat(), "to": period.end.isoformat(),
             "client": period.client, "created_at": datetime.now(UTC).isoformat(),
             "invoices": [v["_id"] for v in views]}
    actor_audit({k: about[k] for k in ("from", "to", "client")} | {"invoices": len(views), "file": out.name})
    anchors = AuditAnchors(store, retention_years)
    verdict = verify_and_anchor(audit, anchors, period.tenant)
    if not verdict.ok:
        raise ConflictError(f"the audit chain of {period.tenant} does not verify ({verdict.explain()}): "
                            "no evidence package is made from it")
    anchor = anchors.newest(period.tenant)
    assert anchor is not None  # verify_and_anchor just wrote it
    files[ev.CHAIN] = ev.chain_lines(audit.stream(period.tenant, up_to=anchor.seq))
    files[ev.ANCHOR] = anchor_to_json(anchor)
    subject = anchor_subject(anchor_key(anchor.tenant, anchor.seq), ev.sha256(files[ev.ANCHOR]),
                             stamper.default_retention())
    files[ev.ANCHOR_TOKEN] = _token(stamper, subject.token_key, lambda: stamper.stamp(subject))
    files[ev.TSA_CHAIN] = chain_pem
    man = ev.manifest(files, about)
    files[ev.MANIFEST], files[ev.SUMS] = man, ev.sums(man)
    files[ev.MANIFEST_TOKEN] = stamper.tsa.timestamp(ev.sha256(man))
    _write_zip(out, files)
    return len(views)


def _write_zip(out: Path, files: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for path in sorted(files):
            z.writestr(zipfile.ZipInfo(path, ZIP_DATE), files[path], compress_type=zipfile.ZIP_DEFLATED)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(out)


def read_package(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {info.filename: z.read(info) for info in z.infolist() if not info.is_dir()}


def verify(files: dict[str, bytes], trusted_pem: bytes | None = None) -> list[str]:
    """Problems with a package (empty: it verifies). Tokens are checked against ``trusted_pem`` (the TSA
    chain the verifier trusts) or else the chain the package carries."""
    chain = trusted_pem if trusted_pem is not None else files.get(ev.TSA_CHAIN, b"")

    def check(token: bytes, digest: str) -> str | None:
        try:
            verify_token(token, digest, chain)
        except IntegrityError as exc:
            return str(exc)
        return None

    return ev.verify_package(files, check)

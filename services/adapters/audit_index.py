"""The audit log's query index (issue 11): which entries are about an invoice, or about the invoices
of some sites, without filtering ``audit_log`` (FerretDB decodes the whole log for any filter but
``_id``). Entries themselves stay in the store, read by ``_id`` (``tenant:seq``): the index holds only
``tenant``, ``seq``, ``target`` and the target's ``site``.

It lives beside the invoice index, in ``<SZAMLATAR_INDEX_DIR>/audit``, with its own schema; the
indexer process is its one writer (``services/indexer/audit_tail.py`` tails each tenant's chain by
seq), the API processes read it. Seqs the index has not taken yet are read from the chain by ``_id``
by the caller (``services/web/audit_reads.py``), so a reader sees its own act at once. Deleting the
directory rebuilds it: the tailer starts again from seq 1.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tantivy

from services.adapters.settings import load_index_settings
from services.adapters.tantivy_index import translate_errors

AUDIT_SUBDIR = "audit"
WRITER_HEAP = 16_000_000


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    for name in ("id", "tenant", "target", "site"):
        sb.add_text_field(name, stored=name == "id", tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("seq", stored=True, indexed=True, fast=True)
    return sb.build()


SCHEMA = _schema()


@dataclass(frozen=True)
class AuditDoc:
    tenant: str
    seq: int
    target: str
    site: str  # the target invoice's site; "" for an entry not about an invoice


@dataclass(frozen=True)
class AuditQuery:
    """The entries of ``tenant`` about ``target`` and/or at one of ``sites`` with ``after_seq < seq <= up_to``."""

    tenant: str
    target: str | None = None
    sites: tuple[str, ...] = ()
    after_seq: int = 0
    up_to: int | None = None


def _term(field: str, value: str) -> tantivy.Query:
    return tantivy.Query.term_query(SCHEMA, field, value)


def _query(q: AuditQuery) -> tantivy.Query:
    must = [_term("tenant", q.tenant)]
    if q.target is not None:
        must.append(_term("target", q.target))
    if q.sites:
        must.append(tantivy.Query.term_set_query(SCHEMA, "site", list(q.sites)))
    if q.after_seq > 0 or q.up_to is not None:
        must.append(tantivy.Query.range_query(SCHEMA, "seq", tantivy.FieldType.Unsigned, q.after_seq + 1, q.up_to))
    if len(must) == 1:
        return must[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, m) for m in must])


def audit_dir(index_dir: str | Path) -> Path:
    return Path(index_dir) / AUDIT_SUBDIR


def _open(path: Path) -> tantivy.Index:
    path.mkdir(parents=True, exist_ok=True)
    with translate_errors("open the audit index"):
        return tantivy.Index(SCHEMA, path=str(path), reuse=True)


def _seqs(searcher: tantivy.Searcher, query: tantivy.Query, *, newest_first: bool, offset: int,
          limit: int) -> tuple[list[int], int]:
    result = searcher.search(query, max(1, limit), count=True, offset=max(0, offset), order_by_field="seq",
                             order=tantivy.Order.Desc if newest_first else tantivy.Order.Asc)
    addresses = [a for _, a in result.hits[:max(0, limit)]]
    seqs = [int(v or 0) for v in searcher.fast_field_values("seq", addresses)] if addresses else []
    return seqs, int(getattr(result, "count", 0) or 0)


class AuditIndex:
    """The read side (API processes). Thread-safe: each call takes its own searcher."""

    def __init__(self, path: Path) -> None:
        self.index = _open(path)
        self._lock = threading.Lock()

    def _searcher(self) -> tantivy.Searcher:
        with self._lock, translate_errors("reload the audit index"):
            self.index.reload()
            return self.index.searcher()

    def seqs(self, query: AuditQuery, *, newest_first: bool, offset: int, limit: int) -> tuple[list[int], int]:
        """One page of the matching entries' seqs and how many match in all."""
        searcher = self._searcher()
        with translate_errors("search the audit index"):
            return _seqs(searcher, _query(query), newest_first=newest_first, offset=offset, limit=limit)

    def last_seq(self, tenant: str) -> int:
        """The highest seq of ``tenant`` the index holds: it holds every seq up to it (taken in order)."""
        searcher = self._searcher()
        with translate_errors("search the audit index"):
            seqs, _ = _seqs(searcher, _term("tenant", tenant), newest_first=True, offset=0, limit=1)
        return seqs[0] if seqs else 0


class AuditIndexWriter:
    """The write side: the indexer's audit tailer, the directory's one writer."""

    def __init__(self, path: Path) -> None:
        self.index = _open(path)
        with translate_errors("open the audit index writer"):
            self.writer = self.index.writer(WRITER_HEAP, 1)

    def add(self, docs: Iterable[AuditDoc]) -> int:
        """Add or replace by ``tenant:seq`` (a replay writes the same document); visible after ``commit``."""
        taken = 0
        with translate_errors("add to the audit index"):
            for d in docs:
                key = f"{d.tenant}:{d.seq}"
                self.writer.delete_documents_by_term("id", key)
                self.writer.add_document(tantivy.Document.from_dict(
                    {"id": key, "tenant": d.tenant, "target": d.target, "site": d.site, "seq": d.seq}, SCHEMA))
                taken += 1
        return taken

    def commit(self) -> None:
        with translate_errors("commit the audit index"):
            self.writer.commit()
            self.index.reload()

    def last_seq(self, tenant: str) -> int:
        with translate_errors("search the audit index"):
            seqs, _ = _seqs(self.index.searcher(), _term("tenant", tenant), newest_first=True, offset=0, limit=1)
        return seqs[0] if seqs else 0

    def close(self) -> None:
        with translate_errors("close the audit index writer"):
            self.writer.commit()
            self.writer.wait_merging_threads()


def open_node_audit_index() -> AuditIndex:
    """This node's audit index for reading, beside its invoice index."""
    return AuditIndex(audit_dir(load_index_settings().index_dir))

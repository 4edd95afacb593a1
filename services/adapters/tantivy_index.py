"""The embedded query index: Tantivy (``tantivy`` 0.27) in a directory on this node's disk.

Layout of ``index_dir``::

    CURRENT          the generation readers and the writer use (one line: ``gen-<n>``)
    gen-<n>/         one Tantivy index (segments + meta.json); REBUILD.json while a rebuild fills it

A rebuild (``szamlatar index rebuild``) fills a fresh generation beside the live one and swaps
``CURRENT`` atomically (rename), so search keeps answering from the old one meanwhile. Readers
(every API process) check ``CURRENT`` and the generation's ``meta.json`` before each search and
reload when either changed — a stat, not a read. The one writer per node is the indexer process:
Tantivy's lock file refuses a second writer on the same generation.

Engine errors and panics (pyo3's ``PanicException`` is a ``BaseException``) become
``SearchUnavailableError`` here, so nothing above sees a Tantivy type.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import tantivy

from services.adapters.search_index import Bucket, SearchPage
from services.adapters.settings import load_index_settings
from services.core.errors import StorageUnavailableError
from services.core.search_index import (
    FIELDS,
    AllOf,
    AnyOf,
    Clause,
    Either,
    FieldKind,
    IndexDocument,
    IndexQuery,
    Range,
    Sort,
    decode_row,
)

CURRENT = "CURRENT"
REBUILD_MARK = "REBUILD.json"
TOTALS_GROUPS = 1000  # values of a grouped field (currencies, months, sites) — far more than there are
WRITER_HEAP = 64_000_000  # bytes; a segment is flushed when the writer's buffer reaches it
# From this offset on, a sorted page deep in a numeric column skips ahead by a value bound (see
# ``_skip_ahead``): Tantivy keeps a heap of offset + limit hits, which at 250 000 hits and offset 125 000
# took 33 ms where skipping took 14 ms; below ~40 000 the heap is the cheaper of the two.
SKIP_AHEAD_FROM = 50_000
PERCENT_GRID = [i / 2 for i in range(201)]  # 0, 0.5, … 100: bounds to skip by, a ~0.5 % step of the hits
_T = TypeVar("_T")


class SearchUnavailableError(StorageUnavailableError):
    """The index could not be read or written (missing, locked by another writer, corrupt)."""


@contextmanager
def translate_errors(operation: str) -> Iterator[None]:
    try:
        yield
    except SearchUnavailableError:
        raise
    except BaseException as exc:  # pyo3's PanicException derives from BaseException, not Exception
        if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
            raise
        raise SearchUnavailableError(f"search index: {operation}: {type(exc).__name__}: {exc}"[:500]) from exc


def build_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    for name, kind in FIELDS.items():
        if kind is FieldKind.KEYWORD:
            sb.add_text_field(name, stored=True, tokenizer_name="raw", index_option="basic")
        elif kind in (FieldKind.SORT_TEXT, FieldKind.FACET):
            sb.add_text_field(name, stored=True, tokenizer_name="raw", fast=True, index_option="basic")
        elif kind is FieldKind.INTEGER:
            sb.add_integer_field(name, stored=True, indexed=True, fast=True)
        elif kind is FieldKind.UNSIGNED:
            sb.add_unsigned_field(name, stored=True, indexed=True, fast=True)
        elif kind is FieldKind.STORED:
            sb.add_bytes_field(name, stored=True, indexed=False, fast=False)
        else:
            sb.add_float_field(name, stored=True, indexed=True, fast=True)
    return sb.build()


SCHEMA = build_schema()
_RANGE_TYPES = {FieldKind.INTEGER: tantivy.FieldType.Integer, FieldKind.UNSIGNED: tantivy.FieldType.Unsigned,
                FieldKind.FLOAT: tantivy.FieldType.Float}


def _term(field: str, value: str) -> tantivy.Query:
    return tantivy.Query.term_query(SCHEMA, field, value)


def _clause(clause: Clause) -> tantivy.Query:
    if isinstance(clause, AnyOf):
        if len(clause.values) == 1:
            return _term(clause.field, clause.values[0])
        return tantivy.Query.term_set_query(SCHEMA, clause.field, list(clause.values))
    if isinstance(clause, AllOf):
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, _term(clause.field, v)) for v in clause.values])
    if isinstance(clause, Range):
        if clause.low is None and clause.high is None:
            return tantivy.Query.all_query()
        kind = FIELDS[clause.field]
        cast: Callable[[Any], Any] = float if kind is FieldKind.FLOAT else int
        return tantivy.Query.range_query(
            SCHEMA, clause.field, _RANGE_TYPES[kind], None if clause.low is None else cast(clause.low),
            None if clause.high is None else cast(clause.high))
    assert isinstance(clause, Either)
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, _clause(c)) for c in clause.clauses])


def to_tantivy(query: IndexQuery) -> tantivy.Query:
    if not query.clauses:
        return tantivy.Query.all_query()
    if len(query.clauses) == 1:
        return _clause(query.clauses[0])
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, _clause(c)) for c in query.clauses])


def to_document(doc: IndexDocument) -> tantivy.Document:
    return tantivy.Document.from_dict({k: v for k, v in doc.items() if v}, SCHEMA)


# --- generations -----------------------------------------------------------------------------------


def current_generation(root: Path) -> Path:
    """The live generation's directory; an empty index is created when there is none yet."""
    marker = root / CURRENT
    if not marker.exists():
        root.mkdir(parents=True, exist_ok=True)
        first = new_generation(root)
        with translate_errors("create the index"):
            tantivy.Index(SCHEMA, path=str(first), reuse=True)
        swap_generation(root, first)
    return root / marker.read_text(encoding="utf-8").strip()


def new_generation(root: Path) -> Path:
    """A fresh, empty generation directory beside the live one (not yet live)."""
    root.mkdir(parents=True, exist_ok=True)
    numbers = [int(p.name[4:]) for p in root.glob("gen-*") if p.name[4:].isdigit()]
    path = root / f"gen-{max(numbers, default=0) + 1}"
    path.mkdir()
    return path


def swap_generation(root: Path, generation: Path) -> None:
    """Make ``generation`` live, atomically (a rename): a reader sees the old one or the new one."""
    temp = root / f".{CURRENT}.{os.getpid()}.{threading.get_ident()}"
    temp.write_text(generation.name + "\n", encoding="utf-8")
    os.replace(temp, root / CURRENT)


def _stamp(path: Path) -> tuple[int, int, int]:
    """What changes when the file is replaced. Both files are written by rename, so the inode differs
    on each write; the mtime alone does not (it ticks with the kernel's coarse clock, ~4 ms)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return (0, 0, 0)
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class _Opened:
    """One generation opened for reading."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with translate_errors("open"):
            self.index = tantivy.Index(SCHEMA, path=str(path), reuse=True)
        self.meta_stamp = _stamp(path / "meta.json")

    def searcher(self) -> tantivy.Searcher:
        return self.index.searcher()


class TantivySearchIndex:
    """The ``SearchIndex`` port (read side). Thread-safe: each call takes a searcher of its own."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._opened = _Opened(current_generation(root))
        self._current_stamp = _stamp(root / CURRENT)

    @property
    def generation(self) -> Path:
        return self._opened.path

    def reload(self) -> None:
        with self._lock:
            stamp = _stamp(self.root / CURRENT)
            if stamp != self._current_stamp:
                self._current_stamp = stamp
                target = current_generation(self.root)
                if target != self._opened.path:
                    self._opened = _Opened(target)
                    return
            meta = _stamp(self._opened.path / "meta.json")
            if meta != self._opened.meta_stamp:
                self._opened.meta_stamp = meta
                with translate_errors("reload"):
                    self._opened.index.reload()

    def _run(self, operation: str, work: Callable[[tantivy.Searcher], _T]) -> _T:
        self.reload()
        with translate_errors(operation):
            return work(self._opened.searcher())

    def search(self, query: IndexQuery, *, sort: Sort, offset: int, limit: int) -> SearchPage:
        def work(searcher: tantivy.Searcher) -> SearchPage:
            q, skipped = to_tantivy(query), 0
            if offset >= SKIP_AHEAD_FROM and FIELDS[sort.field] is FieldKind.FLOAT:
                q, skipped = _skip_ahead(searcher, q, sort, offset)
            result = searcher.search(q, max(1, limit), count=True, offset=offset - skipped,
                                     order_by_field=sort.field,
                                     order=tantivy.Order.Desc if sort.descending else tantivy.Order.Asc)
            docs = [searcher.doc(address) for _, address in result.hits[:limit]]
            rows = [decode_row(r) for d in docs if (r := d.get_first("row")) is not None]
            return SearchPage(ids=[str(d.get_first("id")) for d in docs], total=_count(result) + skipped,
                              rows=rows)
        return self._run("search", work)

    def count(self, query: IndexQuery) -> int:
        return self._run("count", lambda s: _count(s.search(to_tantivy(query), 1, count=True)))

    def facets(self, query: IndexQuery, fields: Sequence[str]) -> dict[str, dict[str, int]]:
        def work(searcher: tantivy.Searcher) -> dict[str, dict[str, int]]:
            q = to_tantivy(query)
            return {f: {str(term): int(n) for term, n in searcher.terms_with_prefix(f, "", filter_query=q) if n}
                    for f in fields}
        return self._run("facets", work)

    def totals(self, query: IndexQuery, by: str, sums: Sequence[str]) -> dict[str, Bucket]:
        # One terms aggregation with a sum per amount: the index's fast fields, no document read.
        agg = {"by": {"terms": {"field": by, "size": TOTALS_GROUPS},
                      "aggs": {f: {"sum": {"field": f}} for f in sums}}}

        def work(searcher: tantivy.Searcher) -> dict[str, Bucket]:
            buckets = searcher.aggregate(to_tantivy(query), agg)["by"]["buckets"]
            return {str(b["key"]): Bucket(int(b["doc_count"]), {f: float(b[f]["value"] or 0) for f in sums})
                    for b in buckets}
        return self._run("totals", work)

    def versions(self, invoice_ids: Sequence[str]) -> dict[str, int]:
        return self._run("versions", lambda s: _versions(s, invoice_ids))

    def all_ids(self, tenant: str | None = None) -> Iterator[tuple[str, int]]:
        query = IndexQuery((AnyOf("tenant", (tenant,)),) if tenant else ())
        return iter(self._run("list ids", lambda s: _all(s, to_tantivy(query), ("id", "version"))))

    def documents(self, query: IndexQuery, *, page: int = 5000) -> Iterator[IndexDocument]:
        """The stored documents ``query`` keeps, a page at a time, all from one snapshot of the index
        (commits meanwhile cannot shift the pages): a tenant rebuild copies the other tenants'."""
        self.reload()
        searcher, q, offset = self._opened.searcher(), to_tantivy(query), 0
        while True:
            with translate_errors("read documents"):
                hits = searcher.search(q, page, count=False, offset=offset, order_by_field="sort_date").hits
                docs = [{k: list(v) for k, v in searcher.doc(a).to_dict().items()} for _, a in hits]
            yield from docs
            if len(docs) < page:
                return
            offset += page


def open_node_index() -> TantivySearchIndex:
    """This node's query index for reading (``SZAMLATAR_INDEX_DIR``), written by its indexer process."""
    return TantivySearchIndex(Path(load_index_settings().index_dir))


def _count(result: tantivy.SearchResult) -> int:
    # ``count`` exists when searched with count=True; the 0.27 type stub leaves it out.
    return int(getattr(result, "count", 0) or 0)


def _skip_ahead(searcher: tantivy.Searcher, query: tantivy.Query, sort: Sort, offset: int
                ) -> tuple[tantivy.Query, int]:
    """``query`` without the hits that sort before a value bound, and how many those were (≤ ``offset``).

    Sorted by a fast field, hits come in (value, document address) order, ascending or descending,
    and hits without a value come last either way. So every hit whose value lies before a bound comes
    before every other hit, and the page at ``offset`` is the page at ``offset - skipped`` of the rest,
    in the same order: the engine then keeps a heap of a few thousand hits instead of ``offset``.
    Two passes over the column's fast field find the bound: percentiles (approximate), then the exact
    count before the candidates; without a safe candidate nothing is skipped. Amounts only: the
    percentile sketch is accurate to ~1 % of a value, which for a spread of amounts is close in rank,
    but for a yyyymmdd date (or the date-and-id sort key) is years off."""
    field = sort.field
    sketch = searcher.aggregate(query, {"n": {"stats": {"field": field}},
                                        "p": {"percentiles": {"field": field, "percents": PERCENT_GRID}}})
    grid = [(float(k), float(v)) for k, v in (sketch["p"]["values"] or {}).items() if v is not None]
    bounds = skip_candidates(grid, int(sketch["n"]["count"] or 0), offset, sort.descending)
    if not bounds:
        return query, 0
    ranges = [{"to": bounds[0]}, *({"from": a, "to": b} for a, b in itertools.pairwise(bounds))]
    counts = [int(b["doc_count"]) for b in
              searcher.aggregate(query, {"r": {"range": {"field": field, "ranges": [*ranges, {"from": bounds[-1]}]}}})
              ["r"]["buckets"]]
    best = best_skip(bounds, counts, offset, sort.descending)
    if best is None:
        return query, 0
    bound, skipped = best
    before = (tantivy.Query.range_query(SCHEMA, field, tantivy.FieldType.Float, bound, None) if sort.descending
              else tantivy.Query.range_query(SCHEMA, field, tantivy.FieldType.Float, None, bound, include_upper=False))
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, query), (tantivy.Occur.MustNot, before)]), skipped


def skip_candidates(grid: Sequence[tuple[float, float]], valued: int, offset: int, descending: bool
                    ) -> list[float]:
    """Up to three bounds (ascending) from a (percent, value) sketch of ``valued`` hits with a value, each
    estimated to have at most ``offset`` hits before it in the sort order: the nearest distinct values on
    the near side of the offset's percentile."""
    if valued <= 0 or offset >= valued:
        return []
    target = 100.0 * offset / valued
    side = [v for p, v in sorted(grid, reverse=not descending) if (p >= 100.0 - target if descending else p <= target)]
    near: list[float] = []
    for value in side:  # distinct values: where amounts tie, neighbouring grid points share one
        if value not in near:
            near.append(value)
        if len(near) == 3:
            break
    return sorted(near)


def best_skip(bounds: Sequence[float], counts: Sequence[int], offset: int, descending: bool
              ) -> tuple[float, int] | None:
    """The bound that skips the most hits without passing ``offset``: ``counts`` are the range buckets
    below ``bounds[0]``, between consecutive bounds and from the last one on (valued hits only).
    Ascending, a bound skips the hits below it; descending, the hits at or above it."""
    valued, below, best = sum(counts), 0, None
    for bound, count in zip(bounds, counts, strict=False):
        below += count
        skipped = valued - below if descending else below
        if skipped <= offset and (best is None or skipped > best[1]):
            best = (bound, skipped)
    return best


def _versions(searcher: tantivy.Searcher, invoice_ids: Sequence[str]) -> dict[str, int]:
    if not invoice_ids:
        return {}
    hits = searcher.search(tantivy.Query.term_set_query(SCHEMA, "id", list(invoice_ids)),
                           max(1, len(invoice_ids)), count=False).hits
    addresses = [a for _, a in hits]
    versions = searcher.fast_field_values("version", addresses)
    return {str(searcher.doc(a).get_first("id")): int(v or 0) for a, v in zip(addresses, versions, strict=True)}


def _all(searcher: tantivy.Searcher, query: tantivy.Query, fields: tuple[str, ...]) -> list[tuple[Any, ...]]:
    total = searcher.num_docs
    if total == 0:
        return []
    out = []
    for _, address in searcher.search(query, total, count=False).hits:
        doc = searcher.doc(address)
        out.append(tuple(doc.get_first(f) for f in fields))
    return out


class TantivyIndexWriter:
    """The ``SearchIndexWriter`` port on one generation; the process holding it is that generation's
    only writer (Tantivy's lock file). ``upsert`` keeps the highest ``version`` per invoice id."""

    def __init__(self, generation: Path, *, heap: int = WRITER_HEAP) -> None:
        self.generation = generation
        with translate_errors("open the writer"):
            self.index = tantivy.Index(SCHEMA, path=str(generation), reuse=True)
            self.writer = self.index.writer(heap, 1)
        self._pending: dict[str, int] = {}  # id → version added since the last commit

    def upsert(self, docs: Iterable[IndexDocument]) -> int:
        batch = list(docs)
        with translate_errors("upsert"):
            stored = _versions(self.index.searcher(), [d["id"][0] for d in batch])
            taken = 0
            for doc in batch:
                key, version = str(doc["id"][0]), int(doc["version"][0])
                known = self._pending.get(key, stored.get(key))
                if known is not None and known > version:
                    continue  # an older state arriving late (a replay, a rebuild's read)
                self.writer.delete_documents_by_term("id", key)
                self.writer.add_document(to_document(doc))
                self._pending[key] = version
                taken += 1
        return taken

    def add_new(self, docs: Iterable[IndexDocument]) -> None:
        """Add without looking for an indexed version: a rebuild's fresh generation, one doc per id."""
        with translate_errors("add"):
            for doc in docs:
                self.writer.add_document(to_document(doc))

    def versions(self, invoice_ids: Sequence[str]) -> dict[str, int]:
        """The committed versions of those of ``invoice_ids`` this generation holds."""
        with translate_errors("versions"):
            return _versions(self.index.searcher(), invoice_ids)

    def delete(self, invoice_ids: Iterable[str]) -> None:
        with translate_errors("delete"):
            for key in invoice_ids:
                self.writer.delete_documents_by_term("id", key)
                self._pending.pop(key, None)

    def commit(self) -> None:
        with translate_errors("commit"):
            self.writer.commit()
            self.index.reload()  # this writer's own version checks see what it just committed
        self._pending.clear()

    def close(self) -> None:
        """Commit and release the lock (another writer may open the generation after this)."""
        with translate_errors("close the writer"):
            self.writer.commit()
            self.writer.wait_merging_threads()


def ids_indexed_since(generation: Path, micros: int) -> list[str]:
    """Ids a generation took at or after ``micros`` (what a rebuild's new generation may lack)."""
    opened = _Opened(generation)
    query = to_tantivy(IndexQuery((Range("indexed_at", micros, None),)))
    with translate_errors("indexed since"):
        return [str(row[0]) for row in _all(opened.searcher(), query, ("id",))]


def write_rebuild_mark(generation: Path, started_micros: int) -> None:
    (generation / REBUILD_MARK).write_text(json.dumps({"started": started_micros}), encoding="utf-8")


def rebuild_started(generation: Path) -> int | None:
    """When the rebuild that filled ``generation`` began reading the store (``None``: not a rebuild)."""
    try:
        return int(json.loads((generation / REBUILD_MARK).read_text(encoding="utf-8"))["started"])
    except (FileNotFoundError, ValueError, KeyError):
        return None

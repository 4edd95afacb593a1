"""The document store is read by ``_id`` where a collection grows with the archive (issue 11).

FerretDB 1.24 pushes only an ``_id`` lookup down to SQLite: any other filter, sort or count decodes
the whole collection, so at 100 000 invoices one such query takes seconds. Questions about many
documents go to the query index (``core/search_index.py``); the store answers by ``_id``.

This test reads every module under ``services/`` (static inspection, no servers) and finds each
call of a pymongo collection method that takes a filter. On a collection that grows with the
archive (``GROWING``) the filter must name one document or a bounded set by ``_id``:

- ``{"_id": <value>}`` — possibly with further conditions on that one document
  (``{"_id": item_id, "status": "open"}``, a compare-and-set);
- ``{"_id": {"$in": <list>}}`` — a bounded list;
- ``{"_id": {"$gte": a, "$lt": b}}`` — an ``_id`` range with both ends.

Anything else — another field, an empty filter (the whole collection), a filter handed in by the
caller, ``estimated_document_count`` (a scan on FerretDB), ``aggregate`` — is a finding. Findings
that remain on purpose or are still to move are listed in ``KNOWN`` with the reason, and the list
must stay true: an entry whose finding is gone fails too, so the list only shrinks.

Every collection the services name must be classified here, as ``GROWING`` or ``SMALL``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVICES = Path(__file__).resolve().parents[2] / "services"

# Collections that grow with the archive: one or more documents per invoice, version, audit entry,
# payment, NAV record or imported item.
GROWING = frozenset({
    "invoices", "invoice_versions", "audit_log", "audit_keys", "review_queue", "payment_state",
    "payment_history", "payment_writebacks", "invoice_links", "nav_invoices", "ingest_items",
    "match_confirmations", "source_documents", "client_records", "version_lists",
    "payment_writebacks_lists", "invoice_links_lists",  # adapters/id_lists.py, per invoice by _id
    "id lists (named at run time)",  # what DYNAMIC names
    "webhook_deliveries",  # one entry per delivered invoice per subscription (adapters/webhook_deliveries.py)
    # one per history back-fill an admin asked for, never deleted: by _id only, the connection keeps the
    # latest one's id (adapters/backfill_jobs.py)
    "backfill_jobs",
})
# Modules whose repositories name their collection at run time (``db[self.collection]``): what such a
# collection stands for. adapters/id_lists.py keeps per-invoice lists of growing collections.
DYNAMIC = {"adapters/id_lists.py": "id lists (named at run time)"}
# Collections bounded by configuration, people or outstanding work, not by the archive's size.
SMALL = frozenset({
    "users", "ui_sessions", "login_attempts", "api_tokens", "connections", "rules", "rule_versions",
    "reference_meta", "webhook_subscriptions", "audit_heads", "retention_classes", "scrub_passes",
    "ingest_cursors", "dlq_replays", "webhook_nonces", "timestamp_backlog",
    "review_open_items",  # a summary per open review item (adapters/reference_repo.py ReviewRepo)
    "id_lists_done",  # one mark per listed collection (adapters/id_lists.py)
    "index_requests",  # views a person just changed, kept ten minutes (adapters/index_requests.py)
    "oidc_providers", "oidc_logins",  # one identity provider per tenant; sign-ins under way (adapters/oidc.py)
    "saved_searches",  # a document per person and per tenant (adapters/saved_searches.py)
    # Reference data (core/reference.COLLECTIONS): the tenant's clients, projects, contracts, orders,
    # delivery notes, certificates — loaded whole into the match stage's snapshot by design.
    "reference", "clients", "projects", "contracts", "orders", "delivery_notes",
    "completion_certificates", "handover_documents",
})

# pymongo collection methods → the position of their filter argument (None: the call is a finding
# on a growing collection whatever its arguments).
FILTER_ARG: dict[str, int | None] = {
    "find": 0, "find_one": 0, "count_documents": 0, "delete_one": 0, "delete_many": 0, "update_one": 0,
    "update_many": 0, "replace_one": 0, "find_one_and_update": 0, "find_one_and_replace": 0,
    "find_one_and_delete": 0, "distinct": 1, "aggregate": None, "estimated_document_count": None,
}
ID_OPERATORS_BOUNDED = ({"$in"}, {"$eq"})
RANGE_LOW, RANGE_HIGH = {"$gte", "$gt"}, {"$lte", "$lt"}

# (module relative to services/, function qualname) → why it still reads by another filter. Keep
# docs/scaling.md "Known limits" in step with this list.
KNOWN: dict[tuple[str, str], str] = {
    # Whole-archive passes by design: maintenance that reads everything once, in batches.
    ("adapters/invoice_views.py", "InvoiceViews.stream"): "index rebuild: one pass over the views",
    ("adapters/invoice_views.py", "InvoiceViews.stream_versions"): "index verify: one pass over the views",
    ("adapters/invoice_views.py", "InvoiceViews.estimated_count"): "index rebuild: the progress bar's total",
    ("compliance/scrub.py", "ScrubRepo.count"): "integrity scrub: one pass over every version",
    ("compliance/scrub.py", "ScrubRepo.versions"): "integrity scrub: one pass over every version",
    ("compliance/retention.py", "RetentionRepo.views"): "retention sweep: one pass over the views",
    ("compliance/evidence.py", "_invoices"): "evidence package: the period's views, an export",
    ("adapters/mongo.py", "AuditLog._seq_batch"): "audit verify and export: the chain in seq batches",
    ("commands/pull.py", "status"): "CLI: a pull connection's item counts",
    ("commands/pull.py", "rewind"): "CLI: retry a pull connection's failed items",
    # Still to move to the index or to _id reads (issue 11, docs/scaling.md "Known limits").
    ("adapters/mongo.py", "InvoiceRepo.versions"): "once per invoice archived before version_lists existed; "
                                                    "its list is written from what it finds",
    ("adapters/mongo.py", "InvoiceRepo.search"): "the client card (its owner moves it)",
    ("adapters/mongo.py", "InvoiceRepo.ids"): "a site-restricted reader's CSV export of the audit log, and "
                                              "its page where no audit index is open (web/audit_reads.py)",
    ("adapters/mongo.py", "InvoiceRepo.latest"): "rule dry run's sample where no query index is open",
    ("adapters/audit_appends.py", "AuditAppends._legacy_appended_before"): "a replay of a claim written "
                                                                          "before claims named their seq",
    ("adapters/mongo.py", "AuditLog.about"): "a site-restricted reader's page where no audit index is open "
                                             "or it lags more than TAIL_MAX entries",
    ("adapters/mongo.py", "AuditLog.trail"): "an invoice's trail where no audit index is open or it lags",
    ("adapters/reference_repo.py", "ReviewRepo.ids"): "held invoices' ids: as InvoiceRepo.ids",
    ("adapters/reference_repo.py", "ReviewRepo._decided"): "the review API's decided items (status approved or "
                                                          "rejected, oldest first); the open queue reads by _id",
    ("adapters/reference_repo.py", "ReviewRepo._all_open"): "once: items put before the open summaries existed",
    ("adapters/reference_repo.py", "ConfirmationRepo.recent"): "match stage: the tenant's learned assignments",
    ("adapters/payment_store.py", "PaymentStore._filtered_writebacks"): "an invoice's write-backs until "
                                                                         "stack init listed them",
    ("adapters/payment_store.py", "LinkStore._filtered"): "an invoice's links until stack init listed them",
    ("adapters/id_lists.py", "IdLists.backfill"): "stack init: one pass to list what was written before",
    ("adapters/ingest_state.py", "IngestState.count_received"): "a connection's imported item count",
    ("compliance/retention.py", "RetentionRepo.of_client"): "legal hold by client",
    ("compliance/retention.py", "RetentionRepo.forget"): "an invoice's versions deleted on purge",
    ("nav/repository.py", "NavInvoiceRepo.records"): "NAV reconciliation: NAV's side of the period",
    ("nav/repository.py", "_stored_views"): "NAV reconciliation's archive side where no query index is "
                                            "open (the processes read it from the index)",
}


@dataclass(frozen=True)
class Finding:
    module: str
    function: str
    line: int
    collection: str
    why: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} {self.function} on {self.collection}: {self.why}"


def _is_reference(node: ast.expr) -> bool:
    """``COLLECTIONS[kind]``: one of the reference data collections (core/reference.py)."""
    return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "COLLECTIONS"


def _collection_of(node: ast.expr, aliases: dict[str, str], constants: dict[str, str],
                   assigned: dict[str, list[ast.expr]] | None = None) -> str | None:
    """The collection a receiver expression names: ``db.x`` / ``self.db.x`` / ``db["x"]`` /
    ``db[COLLECTION]`` / ``db[COLLECTIONS[kind]]`` (reference data) / a local or attribute alias."""
    if isinstance(node, ast.Attribute):
        owner = node.value
        if (isinstance(owner, ast.Name) and owner.id == "db") or (isinstance(owner, ast.Attribute)
                                                                   and owner.attr == "db"):
            return node.attr
        if isinstance(owner, ast.Name) and owner.id == "self":
            return aliases.get(f"self.{node.attr}")
        return None
    assigned = assigned or {}
    if isinstance(node, ast.Subscript):
        owner, key = node.value, node.slice
        is_db = (isinstance(owner, ast.Name) and owner.id == "db") or (isinstance(owner, ast.Attribute)
                                                                       and owner.attr == "db")
        if not is_db:
            return None
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            return key.value
        if isinstance(key, ast.Name) and key.id in constants:
            return constants[key.id]
        names_reference = isinstance(key, ast.Name) and any(_is_reference(v) for v in assigned.get(key.id, []))
        if _is_reference(key) or names_reference:
            return "reference"
        return "?"
    if isinstance(node, ast.Name):
        return aliases.get(node.id)
    return None


def _id_clause_ok(value: ast.expr) -> bool:
    if not isinstance(value, ast.Dict):
        return True  # a value: equality (a dict-valued variable would be an unusual _id; not ours)
    keys = {k.value for k in value.keys if isinstance(k, ast.Constant)}
    if len(keys) != len(value.keys):
        return False
    return keys in ID_OPERATORS_BOUNDED or (bool(keys & RANGE_LOW) and bool(keys & RANGE_HIGH)
                                            and keys <= RANGE_LOW | RANGE_HIGH)


def _dict_why(node: ast.Dict) -> str | None:
    """Why a literal filter is not an ``_id`` read (None: it is)."""
    if not node.keys:
        return "empty filter (the whole collection)"
    if any(k is None for k in node.keys):
        return "filter built by ** unpacking"
    for key, value in zip(node.keys, node.values, strict=True):
        if isinstance(key, ast.Constant) and key.value == "_id":
            return None if _id_clause_ok(value) else "_id with an unbounded or unknown operator"
    names = ", ".join(str(k.value) for k in node.keys if isinstance(k, ast.Constant))
    return f"filter by {names} (not _id)"


def _filter_why(node: ast.expr | None, assigned: dict[str, list[ast.expr]]) -> str | None:
    if node is None:
        return "no filter (the whole collection)"
    if isinstance(node, ast.Dict):
        return _dict_why(node)
    if isinstance(node, ast.IfExp):
        return _filter_why(node.body, assigned) or _filter_why(node.orelse, assigned)
    if isinstance(node, ast.Name) and node.id in assigned:
        for value in assigned[node.id]:
            why = _filter_why(value, {k: v for k, v in assigned.items() if k != node.id})
            if why:
                return why
        return None
    return f"filter {ast.unparse(node)!r} not visible here (from the caller or a helper)"


def _assignments(function: ast.AST) -> dict[str, list[ast.expr]]:
    out: dict[str, list[ast.expr]] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out.setdefault(target.id, []).append(node.value)
                elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                        and isinstance(target.slice, ast.Constant):
                    # query["seq"] = …: a key added to a filter built above
                    out.setdefault(target.value.id, []).append(ast.Dict([target.slice], [node.value]))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out.setdefault(node.target.id, []).append(node.value)
        elif isinstance(node, ast.For) and "COLLECTIONS" in ast.unparse(node.iter):
            # for kind, coll in COLLECTIONS.items(): each name stands for a reference collection
            for name in ast.walk(node.target):
                if isinstance(name, ast.Name):
                    out.setdefault(name.id, []).append(ast.Subscript(ast.Name("COLLECTIONS"), ast.Name(name.id)))
    return out


def _functions(tree: ast.Module, constants: dict[str, str],
               ) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef, dict[str, str]]]:
    """(qualname, function, attribute aliases of its class) for every function, nested ones in their own."""
    out: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef, dict[str, str]]] = []

    def visit(body: list[ast.stmt], prefix: str, aliases: dict[str, str]) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef):
                visit(node.body, f"{prefix}{node.name}.", _class_aliases(node, constants))
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                out.append((f"{prefix}{node.name}", node, aliases))
    visit(tree.body, "", {})
    return out


def _class_aliases(cls: ast.ClassDef, constants: dict[str, str]) -> dict[str, str]:
    """``self.collection = db[COLLECTION]`` in a class: the attribute names that collection."""
    aliases: dict[str, str] = {}
    for node in ast.walk(cls):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                        and target.value.id == "self":
                    name = _collection_of(node.value, {}, constants)
                    if name:
                        aliases[f"self.{target.attr}"] = name
    return aliases


def _constants(tree: ast.Module) -> dict[str, str]:
    return {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
            and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
            for t in n.targets if isinstance(t, ast.Name)}


def findings_in(source: str, module: str) -> tuple[list[Finding], set[str]]:
    """The non-``_id`` reads of growing collections in ``source``, and every collection it names."""
    tree = ast.parse(source)
    constants = _constants(tree)
    found: list[Finding] = []
    named: set[str] = set()
    for qualname, function, class_aliases in _functions(tree, constants):
        assigned = _assignments(function)
        aliases = dict(class_aliases)
        for name, values in assigned.items():
            for value in values:
                collection = _collection_of(value, class_aliases, constants, assigned)
                if collection:
                    aliases[name] = collection
        for call in ast.walk(function):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr in FILTER_ARG):
                continue
            collection = _collection_of(call.func.value, aliases, constants, assigned)
            if collection is None:
                continue
            if collection == "?" and module in DYNAMIC:
                collection = DYNAMIC[module]
            named.add(collection)
            if collection not in GROWING:
                continue
            position = FILTER_ARG[call.func.attr]
            if position is None:
                why: str | None = f"{call.func.attr} reads the whole collection"
            else:
                given = call.args[position] if len(call.args) > position else next(
                    (k.value for k in call.keywords if k.arg == "filter"), None)
                why = _filter_why(given, assigned)
            if why:
                found.append(Finding(module, qualname, call.lineno, collection, why))
    return found, named


def _scan() -> tuple[list[Finding], set[str]]:
    findings: list[Finding] = []
    named: set[str] = set()
    for path in sorted(SERVICES.rglob("*.py")):
        module = str(path.relative_to(SERVICES))
        if module.startswith("core/"):
            continue  # pure: no store at all (test_layers.py)
        found, names = findings_in(path.read_text(encoding="utf-8"), module)
        findings += found
        named |= names
    return findings, named


FINDINGS, NAMED = _scan()


def test_every_collection_is_classified_as_growing_or_small() -> None:
    assert not GROWING & SMALL
    assert not NAMED - GROWING - SMALL, "classify these collections in GROWING or SMALL"


def test_growing_collections_are_read_by_id_only() -> None:
    new = [str(f) for f in FINDINGS if (f.module, f.function) not in KNOWN]
    assert new == [], ("a repository filters a collection that grows with the archive by something else "
                       "than _id; answer it from the query index or read by _id:\n" + "\n".join(new))


def test_known_exceptions_are_still_there() -> None:
    """An exception whose finding is gone is struck from ``KNOWN`` (and from docs/scaling.md)."""
    present = {(f.module, f.function) for f in FINDINGS}
    assert sorted(set(KNOWN) - present) == []


# --- the checker itself ----------------------------------------------------------------------------

PLANTED = '''
class Repo:
    def __init__(self, db):
        self.db = db
        self.versions_coll = db["invoice_versions"]

    def by_id(self, invoice_id):
        return self.db.invoices.find_one({"_id": invoice_id})

    def cas(self, item_id):
        return self.db.review_queue.find_one_and_update({"_id": item_id, "status": "open"}, {"$set": {}})

    def bounded(self, ids, a, b):
        self.db.invoices.find({"_id": {"$in": ids}})
        self.db.invoices.find({"_id": {"$gte": a, "$lt": b}})

    def small(self, tenant):
        return self.db.users.find({"tenant": tenant})

    def planted(self, number):
        return self.db.invoices.find_one({"invoice_number": number})

    def planted_variable(self, tenant, sites):
        query = {"_id": "x"}
        if sites:
            query = {"tenant": tenant}
        return list(self.db.audit_log.find(query))

    def planted_alias(self, invoice_id):
        return self.versions_coll.find({"invoice_id": invoice_id})

    def planted_range(self, a):
        return self.db.invoices.find({"_id": {"$gte": a}})

    def planted_count(self):
        return self.db.payment_state.estimated_document_count()

    def planted_whole(self):
        return self.db.nav_invoices.count_documents({})

    def handed_in(self, query):
        return self.db.invoices.count_documents(query)
'''


def test_the_checker_finds_planted_filters_and_passes_id_reads() -> None:
    found, named = findings_in(PLANTED, "planted.py")
    assert {f.function for f in found} == {
        "Repo.planted", "Repo.planted_variable", "Repo.planted_alias", "Repo.planted_range",
        "Repo.planted_count", "Repo.planted_whole", "Repo.handed_in"}
    assert {"invoices", "invoice_versions", "users", "review_queue", "audit_log"} <= named


@pytest.mark.parametrize("filter_source", ['{"site": s}', '{"tenant": t, "_id2": 1}', "{**clause}",
                                           '{"_id": {"$nin": ids}}', '{"_id": {"$lt": b}}'])
def test_each_non_id_filter_shape_is_a_finding(filter_source: str) -> None:
    source = f"def f(db, s, t, ids, b, clause):\n    return db.invoices.find({filter_source})\n"
    assert [f.function for f in findings_in(source, "m.py")[0]] == ["f"]


# --- bulk writes -----------------------------------------------------------------------------------
# A request of a ``bulk_write`` (the archive stage's grouped views and version records, audit claims)
# carries its own filter, away from the collection call above: each must name one document by ``_id``.
BULK_REQUESTS = frozenset({"UpdateOne", "UpdateMany", "ReplaceOne", "DeleteOne", "DeleteMany"})


def bulk_request_findings(source: str, module: str) -> list[Finding]:
    """Every bulk request in ``source`` whose filter is not an ``_id`` one."""
    found: list[Finding] = []
    for qualname, function, _ in _functions(ast.parse(source), {}):
        assigned = _assignments(function)
        for call in ast.walk(function):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in BULK_REQUESTS:
                given = call.args[0] if call.args else next(
                    (k.value for k in call.keywords if k.arg == "filter"), None)
                why = _filter_why(given, assigned)
                if why:
                    found.append(Finding(module, qualname, call.lineno, f"a {call.func.id} request", why))
    return found


def test_bulk_write_requests_name_their_documents_by_id() -> None:
    found = [str(f) for path in sorted(SERVICES.rglob("*.py"))
             for f in bulk_request_findings(path.read_text(encoding="utf-8"), str(path.relative_to(SERVICES)))]
    assert found == []


def test_the_bulk_request_checker_finds_a_planted_filter() -> None:
    source = ("def f(db, views, n):\n"
              "    db.invoices.bulk_write([ReplaceOne({'_id': v['_id']}, v) for v in views])\n"
              "def g(db, n):\n"
              "    db.invoices.bulk_write([UpdateOne({'invoice_number': n}, {'$set': {}})])\n")
    assert [f.function for f in bulk_request_findings(source, "m.py")] == ["g"]

"""The ``client_records`` collection: one record per counterparty, keyed by ``core/clients.client_record_id``
(tenant + tax number, or name + address), merged from every source by ``core/clients.merge_client``.

Read and written by ``_id`` only (the one filter FerretDB 1.24 pushes down). Several writers meet
here — the indexer of each node, a backfill, reference imports, a person's edit — so a write is a
compare-and-set on the record's ``rev``: a writer that lost the race reads the record again and merges
once more, and no source's layer is lost. A merge that changes nothing writes nothing, so a replay
costs one read."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from services.adapters.mongo import translate_errors
from services.core.clients import (
    ClientSource,
    client_key,
    client_key_of_reference,
    counterparty_of,
    invoice_layer,
    merge_client,
    reference_layer,
    same_record,
)
from services.core.errors import StorageUnavailableError
from services.core.keys import client_record_id

Doc = dict[str, Any]
ATTEMPTS = 20  # compare-and-set rounds before giving up (each a read and a write of one record)


class ClientRecords:
    def __init__(self, db: Database[Doc]) -> None:
        self.db = db

    def get(self, tenant: str, record_id: str) -> Doc | None:
        with translate_errors("get client record"):
            doc = self.db.client_records.find_one({"_id": record_id})
        return doc if doc is not None and doc.get("tenant") == tenant else None

    def merge(self, tenant: str, key: str, source: ClientSource, layer: Mapping[str, Any], *,
              site: str | None = None) -> bool:
        """Merge what ``source`` says of the client keyed ``key``; True when the record changed."""
        record_id = client_record_id(tenant, key)
        for _ in range(ATTEMPTS):
            with translate_errors("read client record"):
                old = self.db.client_records.find_one({"_id": record_id})
            new = merge_client(old, tenant=tenant, key=key, source=source, layer=layer, site=site)
            if same_record(old, new):
                return False
            new["rev"] = int((old or {}).get("rev") or 0) + 1
            new["updated_at"] = datetime.now(UTC)
            if self._write(old, new):
                return True
        raise StorageUnavailableError(f"client record {record_id}: too many concurrent writers")

    def record_counterparty(self, view: Mapping[str, Any]) -> bool:
        """The counterparty of an archived invoice view into its client record (the indexer, a backfill)."""
        taken = invoice_layer(view)
        key = client_key(counterparty_of(view))
        if taken is None or key is None:
            return False
        source, layer = taken
        return self.merge(str(view["tenant"]), key, source, layer, site=view.get("site") or None)

    def record_reference(self, record: Mapping[str, Any]) -> bool:
        """A stored reference client (API, CSV, ``reference.changed``) into its client record."""
        key = client_key_of_reference(record)
        if key is None:
            return False
        return self.merge(str(record["tenant"]), key, ClientSource.REFERENCE, reference_layer(record))

    def reference_clients(self, tenant: str | None = None) -> Iterator[Doc]:
        """Every reference client (of one tenant): one pass, for a backfill."""
        with translate_errors("stream reference clients"):
            yield from self.db.clients.find({"tenant": tenant} if tenant else {})

    def _write(self, old: Doc | None, new: Doc) -> bool:
        with translate_errors("write client record"):
            if old is None:
                try:
                    self.db.client_records.insert_one(new)
                except DuplicateKeyError:
                    return False  # another writer created it first: merge into theirs
                return True
            result = self.db.client_records.replace_one({"_id": new["_id"], "rev": old.get("rev", 0)}, new)
            return result.matched_count == 1

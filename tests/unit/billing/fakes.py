"""In-memory stand-ins for the billing repositories, the object store and the publisher."""

from __future__ import annotations

import base64
import copy
from datetime import datetime
from typing import Any

from services.adapters.billing_repos import BillingRepos
from services.adapters.settings import Secret, Settings
from services.core.connection_model import Connection, connection_of
from tests.fakes import ObjectStore as FakeStore  # the twins, under their old names here
from tests.fakes import Publisher as FakePublisher

__all__ = ["FakeConnections", "FakeIngest", "FakeLinks", "FakePayments", "FakePublisher", "FakeStore", "fake_repos",
           "settings"]

Doc = dict[str, Any]


def settings() -> Settings:
    return Settings(
        kafka_bootstrap="kafka:0", s3_endpoint="s3:0", s3_access_key=Secret("a"), s3_secret_key=Secret("b"),
        mongo_url="mongodb://x/", mongo_db="t", kek=base64.b64decode(base64.b64encode(b"k" * 32)), kek_id="test-1",
        staging_bucket="staging", archive_bucket="archive", api_port=1, worker_web_port=2, retention_years=8,
        retention_mode="GOVERNANCE", webhook_tolerance_seconds=300, max_document_bytes=5 * 1024 * 1024,
        app_id="t", worker_datadir="/tmp/t",
    )


class FakeConnections:
    def __init__(self) -> None:
        self.docs: dict[str, Doc] = {}

    def get(self, connection_id: str) -> Doc | None:
        found = self.docs.get(connection_id)
        return copy.deepcopy(found) if found else None

    def connection(self, connection_id: str) -> Connection | None:
        found = self.get(connection_id)
        return connection_of(found) if found else None

    def active(self, connection_id: str) -> Connection | None:
        found = self.connection(connection_id)
        return None if found is None or found.deleted else found

    def list(self, *, kinds: tuple[str, ...], tenant: str | None = None,
             include_disabled: bool = True) -> list[Connection]:
        return [connection_of(copy.deepcopy(d)) for d in sorted(self.docs.values(), key=lambda d: d["_id"])
                if d.get("kind") in kinds and not d.get("deleted") and (tenant is None or d.get("tenant") == tenant)
                and (include_disabled or d.get("enabled") is not False)]

    def save(self, connection: Doc) -> None:
        self.docs[connection["_id"]] = copy.deepcopy(connection)

    def delete(self, connection: Doc, at: datetime) -> None:
        self.docs[connection["_id"]] = {"_id": connection["_id"], "kind": connection["kind"], "deleted": True}


class FakeIngest:
    def __init__(self) -> None:
        self.items: dict[str, Doc] = {}
        self.cursors: dict[str, Doc] = {}
        self.cursor_saves = 0

    @staticmethod
    def item_id(connection_id: str, external_id: str) -> str:
        return f"{connection_id}|{external_id}"

    def item(self, connection_id: str, external_id: str) -> Doc | None:
        found = self.items.get(self.item_id(connection_id, external_id))
        return copy.deepcopy(found) if found else None

    def save_item(self, item: Doc) -> None:
        self.items[item["_id"]] = copy.deepcopy(item)

    def count_received(self, connection_id: str, since: datetime | None = None) -> int:
        return sum(1 for i in self.items.values() if i["connection_id"] == connection_id
                   and (since is None or i["received_at"] >= since))

    def cursor(self, connection_id: str) -> Doc | None:
        found = self.cursors.get(connection_id)
        return copy.deepcopy(found) if found else None

    def save_cursor(self, cursor: Doc) -> None:
        self.cursor_saves += 1
        self.cursors[cursor["_id"]] = copy.deepcopy(cursor)

    def forget(self, connection_id: str) -> None:
        self.cursors.pop(connection_id, None)


class FakePayments:
    def __init__(self) -> None:
        self.states: dict[str, Doc] = {}
        self.entries: dict[str, Doc] = {}
        self.records: dict[str, Doc] = {}
        self.views: dict[str, Doc] = {}

    def state(self, invoice_id: str) -> Doc | None:
        found = self.states.get(invoice_id)
        return copy.deepcopy(found) if found else None

    def record_change(self, state: Doc, entry: Doc) -> None:
        self.entries[entry["_id"]] = copy.deepcopy(entry)
        self.states[state["_id"]] = copy.deepcopy(state)

    def history(self, invoice_id: str) -> list[Doc]:
        return sorted((e for e in self.entries.values() if e["invoice_id"] == invoice_id), key=lambda e: e["seq"])

    def show_on_invoice(self, tenant: str, invoice_id: str, fields: Doc) -> bool:
        if invoice_id not in self.views:
            return False
        for path, value in copy.deepcopy(fields).items():  # ``$set`` paths, as MongoDB reads them
            *parents, last = path.split(".")
            target = self.views[invoice_id]
            for name in parents:
                target = target.setdefault(name, {})
            target[last] = value
        return True

    def writeback(self, payment_id: str) -> Doc | None:
        found = self.records.get(payment_id)
        return copy.deepcopy(found) if found else None

    def save_writeback(self, record: Doc) -> None:
        self.records[record["_id"]] = copy.deepcopy(record)

    def writebacks(self, invoice_id: str) -> list[Doc]:
        return [r for r in self.records.values() if r["invoice_id"] == invoice_id]


class FakeLinks:
    def __init__(self) -> None:
        self.links: dict[str, Doc] = {}

    def save(self, link: Doc) -> None:
        self.links[link["_id"]] = copy.deepcopy(link)

    def of(self, tenant: str, invoice_id: str) -> tuple[list[Doc], list[Doc]]:
        values = [v for v in self.links.values() if v["tenant"] == tenant]
        return ([v for v in values if v["from_invoice_id"] == invoice_id],
                [v for v in values if v["to_invoice_id"] == invoice_id])


def fake_repos() -> BillingRepos:
    return BillingRepos(FakeConnections(), FakeIngest(), FakePayments(), FakeLinks())  # type: ignore[arg-type]

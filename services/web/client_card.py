"""The client card's data, shared by the UI page (``ui/pages/client.py``) and the API
(``routes/clients.py``): which client a card id names, and that client's invoices the caller may see.

A card id is either a client record's opaque id (``core/keys.client_record_id``, what a search row's
``counterparty_id`` carries) or a reference client's own id (``client-003``, what the matcher links).
Both lead to the same card: the invoices whose counterparty is that record, or that the matcher linked
to one of its reference ids. Rows come from the query index (blocking: call from a thread in async
code); without an index (unit tests, a store-only setup) from the store, filtered here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from services.core.clients import address_line, client_key_of_reference, is_client_record_id
from services.core.keys import client_record_id
from services.core.search_index import AnyOf, Either, IndexQuery, decode_row, encode_row, index_query, parse_sort
from services.core.search_query import InvoiceQuery, build_filter
from services.web.deps import Ports

CLIENT_CARD_LIMIT = 5000  # invoices read for one card (rows from the index, ~0.5 KB each)
Doc = dict[str, Any]


@dataclass
class CardClient:
    """What the card shows of the client: never a store key, only the client's own data and ids."""

    record_id: str | None
    reference_ids: list[str]
    name: str | None = None
    tax_number: str | None = None
    vat_number: str | None = None
    address: str = ""
    email: str | None = None
    phone: str | None = None
    billing_ids: dict[str, list[str]] = field(default_factory=dict)


def _from_record(record: Doc, reference_ids: list[str]) -> CardClient:
    ids = record.get("ids") or {}
    return CardClient(record_id=str(record["_id"]), reference_ids=sorted({*reference_ids, *ids.get("reference", [])}),
                      name=record.get("name"), tax_number=record.get("tax_number"),
                      vat_number=record.get("vat_number"), address=address_line(record.get("address")),
                      email=record.get("email"), phone=record.get("phone"),
                      billing_ids={k: v for k, v in ids.items() if k != "reference" and v})


def resolve_client(ports: Ports, tenant: str, sites: tuple[str, ...], client_id: str) -> CardClient | None:
    """The client a card URL names: a client record by its id, or a reference client by its own id
    (with the record of the same counterparty, when there is one)."""
    records = ports.client_records
    if ports.accounts is None:
        return None
    if is_client_record_id(client_id):
        record = records.get(tenant, client_id) if records is not None else None
        return _from_record(record, []) if record is not None else CardClient(record_id=client_id, reference_ids=[])
    reference = ports.accounts.client(tenant, client_id)
    if reference is None or (sites and reference.get("site", "") not in sites):
        return CardClient(record_id=None, reference_ids=[client_id])  # invoices the matcher linked may remain
    key = client_key_of_reference(reference)
    record_id = client_record_id(tenant, key) if key else None
    record = records.get(tenant, record_id) if records is not None and record_id else None
    if record is not None:
        return _from_record(record, [client_id])
    return CardClient(record_id=record_id, reference_ids=[client_id], name=reference.get("name"),
                      tax_number=reference.get("tax_number"), vat_number=reference.get("vat_number"),
                      address=address_line({"postal_code": reference.get("postal_code"),
                                            "city": reference.get("city")}))


def card_rows(ports: Ports, tenant: str, sites: tuple[str, ...], client: CardClient) -> tuple[list[Doc], int]:
    """The client's invoices the caller may see, newest first, as index rows; and how many there are."""
    ids = ((AnyOf("counterparty", (client.record_id,)),) if client.record_id else ()) + \
        ((AnyOf("client_id", tuple(client.reference_ids)),) if client.reference_ids else ())
    if not ids:
        return [], 0
    scope = InvoiceQuery(tenant=tenant, sites=sites)
    if ports.search is not None:
        query = IndexQuery((*index_query(scope).clauses, Either(ids)))
        page = ports.search.search(query, sort=parse_sort(None), offset=0, limit=CLIENT_CARD_LIMIT)
        return page.rows, page.total
    # Without a query index (unit tests, a store-only setup): the store's rows, filtered here.
    docs, _ = ports.invoices.search(build_filter(scope), skip=0, limit=CLIENT_CARD_LIMIT)
    rows = [decode_row(encode_row(d)) for d in docs]
    mine = [r for r in rows if (client.record_id and r.get("counterparty_id") == client.record_id)
            or r.get("client_id") in client.reference_ids]
    return mine, len(mine)


def shown(client_id: str, client: CardClient | None, rows: list[Doc]) -> bool:
    """May the caller see this card? When it lists invoices they may see, or it names a reference
    client of their sites; a record whose invoices are all another site's is as absent as a missing one."""
    if client is None:
        return False
    return bool(rows) or (client.name is not None and not is_client_record_id(client_id))


def fill_from_rows(client: CardClient, rows: list[Doc]) -> None:
    """No record yet (the indexer or a backfill has not run): the newest invoice's counterparty."""
    if client.name is None and rows:
        side = "seller" if rows[0].get("direction") == "incoming" else "buyer"
        client.name, client.tax_number = rows[0].get(f"{side}_name"), rows[0].get(f"{side}_tax_number")

"""In-memory invoice store of the NAV emulator.

One stored *document* is the InvoiceData bytes as reported; it yields one *record* per digest entry
(one, or one per ``batchInvoice``). Direction is not stored: it depends on who asks, exactly as at
NAV (OUTBOUND when the asking taxpayer is the supplier, INBOUND when it is the customer).
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from dataclasses import dataclass
from datetime import datetime

from services.core.enums import Direction

from .invoices import InvoiceFacts, describe_invoice


@dataclass(frozen=True)
class StoredRecord:
    record_id: int
    document_id: int
    facts: InvoiceFacts
    ins_date: datetime
    ins_cus_user: str
    source: str
    transaction_id: str
    payload: bytes  # exactly what queryInvoiceData returns, base64-decoded (gzip when compressed)
    compressed: bool
    electronic_invoice_hash: str | None

    def matches_direction(self, direction: Direction, tax_number: str) -> bool:
        if direction is Direction.OUTGOING:
            return self.facts.supplier_tax_number == tax_number
        return self.facts.customer_tax_number == tax_number


class InvoiceStore:
    """Thread-safe, because uvicorn may serve admin and API calls from different threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: list[StoredRecord] = []
        self._next_record = 1
        self._next_document = 1

    def add(
        self,
        document: bytes,
        *,
        ins_date: datetime,
        compress: bool = False,
        ins_cus_user: str = "emulatoruser01",
        source: str = "XML",
        operation: str | None = None,
    ) -> list[StoredRecord]:
        facts_list = describe_invoice(document)
        payload = gzip_bytes(document) if compress else document
        # NAV keeps the hash only for e-invoices (completenessIndicator); it is over the XML bytes.
        digest = hashlib.sha3_512(document).hexdigest().upper()
        with self._lock:
            document_id = self._next_document
            self._next_document += 1
            added: list[StoredRecord] = []
            for facts in facts_list:
                if operation is not None:
                    facts = _with_operation(facts, operation)
                record = StoredRecord(
                    record_id=self._next_record,
                    document_id=document_id,
                    facts=facts,
                    ins_date=ins_date,
                    ins_cus_user=ins_cus_user,
                    source=source,
                    transaction_id=f"EMU{document_id:013d}",
                    payload=payload,
                    compressed=compress,
                    electronic_invoice_hash=digest if facts.completeness_indicator else None,
                )
                self._next_record += 1
                self._records.append(record)
                added.append(record)
            return added

    def all(self) -> list[StoredRecord]:
        with self._lock:
            return list(self._records)

    def remove_document(self, document_id: int) -> int:
        with self._lock:
            before = len(self._records)
            self._records = [r for r in self._records if r.document_id != document_id]
            return before - len(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records = []


def _with_operation(facts: InvoiceFacts, operation: str) -> InvoiceFacts:
    from dataclasses import replace

    return replace(facts, operation=operation)


def gzip_bytes(data: bytes) -> bytes:
    """Deterministic gzip (mtime 0) so the same invoice always compresses to the same bytes."""
    return gzip.compress(data, mtime=0)

"""``/ui/invoices.csv`` and ``/ui/invoices.xlsx``: the search list's hits as a file — the same query
string, tenant and sites as ``/ui/invoices`` (``ui/search_params.read_list``), the same order, headers in
the reader's language (Hungarian first), amounts and dates as numbers and dates, not formatted text.

Bounded and streamed: at most ``EXPORT_LIMIT`` rows, read from the query index a batch at a time
(``web/invoice_search.every_row``); the CSV goes out row by row, the XLSX is written in XlsxWriter's
constant-memory mode to a spooled temporary file and sent in chunks. Each export is audited before the
first byte leaves (``invoice.export``: format, rows, filters), as a PDF read is."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from typing import Any

import xlsxwriter
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from services.core.search_index import counterparty, source_kind
from services.web import presentation as fmt
from services.web.deps import Ports, PortsDep
from services.web.invoice_search import every_row, find_invoices
from services.web.sessions import SessionContext
from services.web.ui import search_params as sp
from services.web.ui.guard import Searcher
from services.web.ui.render import language

router = APIRouter(prefix="/ui", include_in_schema=False)
EXPORT_LIMIT = 20_000  # rows in one file; a narrower filter exports the rest
CHUNK = 64 * 1024
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Cell = str | float | date | None


def _amount(value: Any) -> float | None:
    amount = fmt.as_decimal(value)
    return float(amount) if amount is not None else None


def _tax_number(row: dict[str, Any]) -> str:
    return str(row.get("seller_tax_number" if row.get("direction") == "incoming" else "buyer_tax_number") or "")


# (header key, what a row holds there); a float or a date stays one in the file.
COLUMNS: tuple[tuple[str, Callable[[Callable[[str, Any], str], dict[str, Any]], Cell]], ...] = (
    ("col.direction", lambda lab, r: lab("invoice.direction", r.get("direction"))),
    ("col.kind", lambda lab, r: lab("kind", r.get("kind"))),
    ("col.number", lambda lab, r: r.get("invoice_number") or ""),
    ("col.date", lambda lab, r: fmt.as_date(r.get("issue_date"))),
    ("col.due", lambda lab, r: fmt.as_date(r.get("due_date"))),
    ("col.partner", lambda lab, r: counterparty(r)),
    ("col.partner_tax", lambda lab, r: _tax_number(r)),
    ("col.gross", lambda lab, r: _amount(r.get("gross_total"))),
    ("col.paid", lambda lab, r: _amount(r.get("paid_amount"))),
    ("col.currency", lambda lab, r: r.get("currency") or ""),
    ("col.payment", lambda lab, r: lab("payment.status", r.get("status"))),
    ("col.site", lambda lab, r: r.get("site") or ""),
    ("col.source", lambda lab, r: lab("source", source_kind(r))),
)


def _cells(lang: str, row: dict[str, Any]) -> list[Cell]:
    lab = partial(fmt.code_label, lang)
    return [value(lab, row) for _, value in COLUMNS]


def _csv(lang: str, rows: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    """RFC 4180 with a BOM (so a spreadsheet reads the accents); numbers with a decimal point, dates ISO;
    text cells guarded against formulas (``presentation.csv_cell``), numbers left as they are."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([fmt.translate(lang, key) for key, _ in COLUMNS])
    yield ("\ufeff" + buffer.getvalue()).encode()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([c.isoformat() if isinstance(c, date) else c if isinstance(c, float) else fmt.csv_cell(c)
                         for c in _cells(lang, row)])
        yield buffer.getvalue().encode()


def _xlsx(lang: str, rows: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    """One sheet; strings written as strings (never formulas), amounts as numbers, dates as dates."""
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as out:
        book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_numbers": False, "strings_to_urls": False})
        sheet = book.add_worksheet(fmt.translate(lang, "search.sheet"))
        bold, day = book.add_format({"bold": True}), book.add_format({"num_format": "yyyy.mm.dd."})
        money = book.add_format({"num_format": "#,##0.00"})
        sheet.write_row(0, 0, [fmt.translate(lang, key) for key, _ in COLUMNS], bold)
        for r, row in enumerate(rows, start=1):
            for c, cell in enumerate(_cells(lang, row)):
                if isinstance(cell, date):
                    sheet.write_datetime(r, c, cell, day)
                elif isinstance(cell, float):
                    sheet.write_number(r, c, cell, money)
                elif cell:
                    sheet.write_string(r, c, cell)
        book.close()
        out.seek(0)
        while chunk := out.read(CHUNK):
            yield chunk


def _export(request: Request, ports: Ports, ctx: SessionContext, kind: str) -> StreamingResponse:
    principal = ctx.principal
    wanted = sp.read_list(request.query_params, principal)
    total = 0 if wanted.errors else find_invoices(ports, wanted.query, skip=0, limit=1).total
    rows = min(total, EXPORT_LIMIT)
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action="invoice.export",
                       target=f"tenant:{principal.tenant}",
                       details={"format": kind, "rows": rows, "sort": wanted.sort,
                                "filters": {k: v for k, v in wanted.values.items() if v}})
    lang = language(request, ctx.user)
    found = every_row(ports, wanted.query, sort=wanted.sort, limit=rows) if rows else iter(())
    body = _csv(lang, found) if kind == "csv" else _xlsx(lang, found)
    stamp = sp.today().isoformat()
    return StreamingResponse(body, media_type="text/csv; charset=utf-8" if kind == "csv" else XLSX_TYPE, headers={
        "Content-Disposition": f'attachment; filename="szamlak-{stamp}.{kind}"', "Cache-Control": "no-store",
        "X-Export-Rows": str(rows), "X-Export-Truncated": "true" if total > rows else "false"})


@router.get("/invoices.csv")
def export_csv(request: Request, ports: PortsDep, ctx: Searcher) -> StreamingResponse:
    return _export(request, ports, ctx, "csv")


@router.get("/invoices.xlsx")
def export_xlsx(request: Request, ports: PortsDep, ctx: Searcher) -> StreamingResponse:
    return _export(request, ports, ctx, "xlsx")

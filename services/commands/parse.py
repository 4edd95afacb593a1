"""``szamlatar parse PATH...`` and ``szamlatar accuracy DIR``: the readers, from the command line.

``accuracy`` compares what the readers make of every document in a folder with the expected
JSON beside it (``invoice.pdf`` → ``invoice.json``, keys as ``parse --format json`` prints
them) and prints per-field precision and recall, then the same per layout (the expected JSON's
``layout`` key), so anyone can measure it on their own invoices.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

app = typer.Typer()  # no name: its commands sit at the top level

MEDIA_TYPES = {".pdf": "application/pdf", ".xml": "application/xml", ".json": "application/json"}
FIELDS = (
    "invoice_number", "kind", "issue_date", "fulfilment_date", "due_date", "currency",
    "net_total", "vat_total", "gross_total", "seller.name", "seller.tax_number", "seller.vat_number",
    "buyer.name", "buyer.tax_number", "buyer.vat_number", "order_reference", "preceding_invoice",
    "lines",
)
_LINE_NUMBERS = ("quantity", "unit_price", "net", "vat_rate", "vat", "gross")


def _ocr() -> Any:
    """Tesseract for image-only pages when it is installed (``make test-tools``), else none."""
    from services.adapters import ocr
    from services.core.parsing import DEFAULT_PDF_LIMITS

    return ocr.TesseractOcr(DEFAULT_PDF_LIMITS) if ocr.available() else None


def summary(path: Path) -> dict[str, Any]:
    """One flat JSON object per file: the CLI contract of issue 3."""
    from services.core.errors import Rejected
    from services.core.invoice import invoice_to_json
    from services.core.parsing import parse_document

    out: dict[str, Any] = {"file": str(path)}
    try:
        result = parse_document(path.read_bytes(), media_type=MEDIA_TYPES.get(path.suffix.lower(), "application/pdf"),
                                ocr=_ocr())
    except Rejected as exc:
        out.update({"format": None, "error": exc.message, "reason": exc.reason.value})
        out.update({name: None for name in FIELDS})
        out["warnings"] = []
        return out
    data = invoice_to_json(result.invoice)
    out["format"] = result.reader
    for name in FIELDS:
        value: Any = data
        for part in name.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        out[name] = value if value != [] else None  # no lines read: null, like any absent value
    out["warnings"] = list(result.invoice.warnings)
    return out


def _same_line(want: dict[str, Any], got: dict[str, Any]) -> bool:
    from decimal import Decimal

    for key, value in want.items():
        have = got.get(key)
        if key in _LINE_NUMBERS and value is not None and have is not None:
            if Decimal(str(value)) != Decimal(str(have)):
                return False
        elif value != have:
            return False
    return True


def _same(field: str, want: Any, got: Any) -> bool:
    if field == "lines" and isinstance(want, list) and isinstance(got, list):
        return len(want) == len(got) and all(_same_line(w, g) for w, g in zip(want, got, strict=True))
    if field.endswith("_total") and want is not None and got is not None:
        from decimal import Decimal

        return Decimal(str(want)) == Decimal(str(got))
    if field.endswith(".name") and isinstance(want, str) and isinstance(got, str):
        return " ".join(want.split()).casefold() == " ".join(got.split()).casefold()
    return bool(want == got)


def _outcomes(folder: Path) -> list[tuple[str, str, str]]:
    """(layout, field, correct / wrong / missed / extra) for every field an expected JSON names.

    The layout is the expected JSON's ``layout`` key (``-`` without one); a field expected and
    read as null is not counted.
    """
    out: list[tuple[str, str, str]] = []
    for doc in sorted(p for p in folder.iterdir() if p.suffix.lower() in (".pdf", ".xml")):
        expected_path = doc.with_suffix(".json")
        if not expected_path.exists():
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        layout = str(expected.get("layout") or "-")
        got = summary(doc)
        for f in FIELDS:
            if f not in expected:
                continue
            want, have = expected.get(f), got.get(f)
            if want is None and have is None:
                continue
            if want is None:
                out.append((layout, f, "extra"))
            elif have is None:
                out.append((layout, f, "missed"))
            else:
                out.append((layout, f, "correct" if _same(f, want, have) else "wrong"))
    return out


def _rates(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, float | int]]:
    result: dict[str, dict[str, float | int]] = {}
    for key, c in counts.items():
        answered = c["correct"] + c["wrong"] + c["extra"]
        expected_n = c["correct"] + c["wrong"] + c["missed"]
        result[key] = {**c, "precision": c["correct"] / answered if answered else 1.0,
                       "recall": c["correct"] / expected_n if expected_n else 1.0}
    return result


def measure(folder: Path, *, by: str = "field") -> dict[str, dict[str, float | int]]:
    """Per field (or per layout, ``by="layout"``): true positives, wrong values, misses, extras,
    precision and recall."""
    return tally(_outcomes(folder), by=by)


def tally(outcomes: list[tuple[str, str, str]], *, by: str = "field") -> dict[str, dict[str, float | int]]:
    keys = FIELDS if by == "field" else tuple(dict.fromkeys(sorted(layout for layout, _, _ in outcomes)))
    counts = {k: {"correct": 0, "wrong": 0, "missed": 0, "extra": 0} for k in keys}
    for layout, field, outcome in outcomes:
        counts[field if by == "field" else layout][outcome] += 1
    return _rates(counts)


@app.command("parse")
def parse(
    paths: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="PDF, XML or JSON invoices"),  # noqa: B008
    output_format: str = typer.Option("json", "--format", help="json (one object per line) or pretty"),
) -> None:
    """Read invoices and print what every reader made of them."""
    for path in paths:
        data = summary(path)
        if output_format == "pretty":
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            typer.echo(json.dumps(data, ensure_ascii=False))

@app.command("accuracy")
def accuracy(
    folder: Path = typer.Argument(..., exists=True, file_okay=False, help="documents with expected JSON beside"),  # noqa: B008
    as_json: bool = typer.Option(False, "--json", help="print JSON instead of a table"),
) -> None:
    """Per-field precision and recall of the readers over a folder of documents."""
    documents = [p for p in folder.iterdir()
                 if p.suffix.lower() in (".pdf", ".xml") and p.with_suffix(".json").exists()]
    if not documents:
        typer.echo(f"{folder}: no PDF or XML document with an expected JSON beside it; nothing to measure",
                   err=True)
        raise typer.Exit(2)
    outcomes = _outcomes(folder)  # every document read once for both tables
    if as_json:
        typer.echo(json.dumps(tally(outcomes), indent=2))
        return
    _table("field", tally(outcomes))
    typer.echo("")
    _table("layout", tally(outcomes, by="layout"))


def _table(what: str, result: dict[str, dict[str, float | int]]) -> None:
    width = max(20, *(len(k) for k in result))
    header = (what, "precision", "recall", "correct", "wrong", "missed", "extra")
    typer.echo(f"{header[0]:{width}} {header[1]:>9} {header[2]:>7} {header[3]:>7} {header[4]:>5} {header[5]:>6} "
               f"{header[6]:>5}")
    for f, r in result.items():
        typer.echo(f"{f:{width}} {r['precision']:9.3f} {r['recall']:7.3f} {r['correct']:7} {r['wrong']:5} "
                   f"{r['missed']:6} {r['extra']:5}")

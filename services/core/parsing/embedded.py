"""Files embedded in a PDF: the EmbeddedFiles name tree and the catalog's ``/AF`` array.

Factur-X, ZUGFeRD, XRechnung and ERPs that attach UBL all put the XML there, under varying
names, relationships and MIME types, so we take every file and let the caller decide by the
XML's root namespace (never by name). File names may be UTF-16 with a byte-order mark.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from services.core.parsing.limits import PdfLimits

_MAX_DEPTH = 16


def _resolve(obj: Any) -> Any:
    from pdfminer.pdftypes import resolve1

    return resolve1(obj)


def decode_pdf_name(raw: Any) -> str:
    """A PDF text string: UTF-16 (either BOM) or PDFDocEncoding (≈ latin-1)."""
    if isinstance(raw, str):
        return raw
    if not isinstance(raw, bytes):
        from pdfminer.psparser import PSLiteral

        return str(raw.name) if isinstance(raw, PSLiteral) else str(raw)
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    return raw.decode("latin-1")


def _name_tree(node: Any, depth: int = 0) -> Iterator[Any]:
    node = _resolve(node)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return
    names = _resolve(node.get("Names"))
    if isinstance(names, list):
        yield from (names[i] for i in range(1, len(names), 2))
    kids = _resolve(node.get("Kids"))
    if isinstance(kids, list):
        for kid in kids:
            yield from _name_tree(kid, depth + 1)


def _filespecs(doc: Any) -> Iterator[Any]:
    for catalog in (doc.catalog,):
        names = _resolve(catalog.get("Names"))
        if isinstance(names, dict):
            yield from _name_tree(names.get("EmbeddedFiles"))
        af = _resolve(catalog.get("AF"))
        if isinstance(af, list):
            yield from af


def embedded_files(doc: Any, limits: PdfLimits) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every embedded file, de-duplicated, each at most ``max_xml_bytes``."""
    from pdfminer.pdftypes import PDFStream

    seen: set[tuple[str, bytes]] = set()
    count = 0
    for spec_ref in _filespecs(doc):
        spec = _resolve(spec_ref)
        if not isinstance(spec, dict):
            continue
        ef = _resolve(spec.get("EF"))
        if not isinstance(ef, dict):
            continue
        stream = _resolve(ef.get("UF") or ef.get("F"))
        if not isinstance(stream, PDFStream):
            continue
        declared = _resolve(stream.get("Length"))
        if isinstance(declared, int) and declared > limits.max_xml_bytes:
            continue
        data = stream.get_data()
        if len(data) > limits.max_xml_bytes:
            continue
        name = decode_pdf_name(_resolve(spec.get("UF") or spec.get("F") or b""))
        key = (name, data)
        if key in seen:
            continue
        seen.add(key)
        count += 1
        if count > limits.max_embedded_files:
            return
        yield name, data

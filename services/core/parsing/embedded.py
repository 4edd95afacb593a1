"""Files embedded in a PDF: the EmbeddedFiles name tree and the catalog's ``/AF`` array.

Factur-X, ZUGFeRD, XRechnung and ERPs that attach UBL all put the XML there, under varying
names, relationships and MIME types, so we take every file and let the caller decide by the
XML's root namespace (never by name). File names may be UTF-16 with a byte-order mark.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from services.core.errors import LimitExceededError, ReasonCode, Rejected, UnsupportedDocumentError
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


_FLATE = ("FlateDecode", "Fl")
_ASCII_HEX = ("ASCIIHexDecode", "AHx")
_ASCII_85 = ("ASCII85Decode", "A85")
_RUN_LENGTH = ("RunLengthDecode", "RL")


def _filter_name(value: Any) -> str:
    from pdfminer.psparser import PSLiteral

    return str(value.name) if isinstance(value, PSLiteral) else str(value)


def _run_length_limited(data: bytes, limit: int) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        n = data[i]
        if n == 128:
            break
        if n < 128:
            out += data[i + 1:i + 2 + n]
            i += n + 2
        else:
            out += data[i + 1:i + 2] * (257 - n)
            i += 2
        if len(out) > limit:
            raise LimitExceededError(f"attachment decodes to more than {limit} bytes", reason=ReasonCode.TOO_LARGE)
    return bytes(out)


def stream_bytes(stream: Any, limit: int) -> bytes:
    """A stream's decoded bytes, never holding more than ``limit`` (+ one chunk) of output.

    FlateDecode is inflated in chunks with a cap (``inflate.py``); the ASCII filters shrink or
    at most quadruple bounded input; RunLength is decoded with the cap. Other filters (LZW,
    image codecs, Crypt) are refused: no invoice attachment uses them.
    """
    from pdfminer.pdftypes import int_value
    from pdfminer.utils import apply_png_predictor, apply_tiff_predictor

    from services.core.parsing.inflate import inflate_limited

    data: bytes = stream.rawdata if stream.rawdata is not None else stream.data
    if stream.rawdata is not None and stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    for raw_filter, params in stream.get_filters():
        name = _filter_name(raw_filter)
        if name in _FLATE:
            data = inflate_limited(data, limit, what="attachment")
        elif name in _ASCII_HEX:
            from pdfminer.ascii85 import asciihexdecode

            data = asciihexdecode(data)
        elif name in _ASCII_85:
            from pdfminer.ascii85 import ascii85decode

            data = ascii85decode(data)
        elif name in _RUN_LENGTH:
            data = _run_length_limited(data, limit)
        else:
            raise UnsupportedDocumentError(f"attachment uses the {name} filter, which is not read")
        if len(data) > limit:
            raise LimitExceededError(f"attachment decodes to more than {limit} bytes", reason=ReasonCode.TOO_LARGE)
        if isinstance(params, dict) and "Predictor" in params:
            pred = int_value(params["Predictor"])
            colors, columns = int_value(params.get("Colors", 1)), int_value(params.get("Columns", 1))
            bits = int_value(params.get("BitsPerComponent", 8))
            if pred == 2:
                data = apply_tiff_predictor(colors, columns, bits, data)
            elif pred >= 10:
                data = apply_png_predictor(pred, colors, columns, bits, data)
    return data


@dataclass(frozen=True)
class Attachments:
    files: tuple[tuple[str, bytes], ...]  # (name, bytes), de-duplicated
    refused: tuple[str, ...]  # one sentence per attachment that was not taken, and why


def embedded_files(doc: Any, limits: PdfLimits) -> Attachments:
    """Every embedded file, each decoded with a cap of ``max_xml_bytes``; refusals say why."""
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import PSException

    seen: set[tuple[str, bytes]] = set()
    files: list[tuple[str, bytes]] = []
    refused: list[str] = []
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
        name = decode_pdf_name(_resolve(spec.get("UF") or spec.get("F") or b""))
        declared = _resolve(stream.get("Length"))
        try:
            if isinstance(declared, int) and declared > limits.max_xml_bytes:
                raise LimitExceededError(f"attachment is {declared} bytes, limit {limits.max_xml_bytes}",
                                         reason=ReasonCode.TOO_LARGE)
            data = stream_bytes(stream, limits.max_xml_bytes)
        except Rejected as exc:
            refused.append(f"embedded file {name!r} was not read: {exc.message}")
            continue
        except (PSException, ValueError, TypeError, KeyError, IndexError) as exc:  # a broken stream
            refused.append(f"embedded file {name!r} was not read: {type(exc).__name__}")
            continue
        key = (name, data)
        if key in seen:
            continue
        seen.add(key)
        if len(files) >= limits.max_embedded_files:
            refused.append(f"more than {limits.max_embedded_files} embedded files: the rest were not read")
            break
        files.append(key)
    return Attachments(tuple(files), tuple(refused))

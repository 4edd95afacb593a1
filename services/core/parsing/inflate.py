"""Bounded decompression: zlib, raw deflate and gzip, streamed so a bomb never fills memory.

Input is fed in small pieces and the output is drawn with ``max_length``, so at no time is
more than ``limit`` + one chunk held; the moment the output passes ``limit`` the document is
refused. (``zlib.decompress`` or pdfminer's ``get_data`` would expand the whole bomb first.)
"""

from __future__ import annotations

import zlib

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode

ZLIB = zlib.MAX_WBITS  # PDF FlateDecode
GZIP = 16 + zlib.MAX_WBITS  # NAV's compressed invoiceData
_IN_CHUNK = 16 * 1024
_OUT_CHUNK = 256 * 1024


def inflate_limited(data: bytes, limit: int, *, wbits: int = ZLIB, what: str = "stream") -> bytes:
    """``data`` decompressed; ``LimitExceededError`` (too_large) as soon as it passes ``limit`` bytes."""
    inflater = zlib.decompressobj(wbits)
    out = bytearray()
    try:
        for start in range(0, len(data), _IN_CHUNK):
            pending = data[start:start + _IN_CHUNK]
            while pending and not inflater.eof:
                out += inflater.decompress(pending, _OUT_CHUNK)
                if len(out) > limit:
                    raise LimitExceededError(f"{what} decompresses to more than {limit} bytes",
                                             reason=ReasonCode.TOO_LARGE)
                pending = inflater.unconsumed_tail
            if inflater.eof:
                break
        while not inflater.eof:  # output still buffered inside the inflater
            piece = inflater.decompress(b"", _OUT_CHUNK)
            if not piece:
                break
            out += piece
            if len(out) > limit:
                raise LimitExceededError(f"{what} decompresses to more than {limit} bytes",
                                         reason=ReasonCode.TOO_LARGE)
    except zlib.error as exc:
        raise MalformedDocumentError(f"{what} is not valid compressed data: {exc}",
                                     reason=ReasonCode.MALFORMED_PDF if wbits == ZLIB
                                     else ReasonCode.MALFORMED_XML) from exc
    if not inflater.eof:
        raise MalformedDocumentError(f"{what} is truncated compressed data",
                                     reason=ReasonCode.MALFORMED_PDF if wbits == ZLIB else ReasonCode.MALFORMED_XML)
    return bytes(out)

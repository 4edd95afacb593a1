from __future__ import annotations

import base64
import hashlib

import pytest

from services.core.errors import IntegrityError, LimitExceededError, SchemaViolationError
from services.core.raw_document import DocumentShape, decode_inline, shape_of, staged_reference


def test_shapes_are_told_apart() -> None:
    assert shape_of({"object_key": "k", "sha256": "x"}) is DocumentShape.STAGED
    assert shape_of({"content_base64": "QQ==", "media_type": "application/pdf"}) is DocumentShape.INLINE
    assert shape_of({"url": "https://a/b", "media_type": "application/pdf"}) is DocumentShape.URL
    with pytest.raises(SchemaViolationError):
        shape_of({"media_type": "application/pdf"})


def test_inline_bytes_decode_and_become_a_content_addressed_staged_reference() -> None:
    data = b"<InvoiceData/>"
    doc = {"content_base64": base64.b64encode(data).decode(), "media_type": "application/xml",
           "sha256": hashlib.sha256(data).hexdigest(), "filename": "a.xml"}
    assert decode_inline(doc) == data
    ref = staged_reference("acme", "staging", data, doc)
    assert ref["object_key"].startswith("acme/sha256/") and ref["size"] == len(data)
    assert ref["media_type"] == "application/xml" and ref["filename"] == "a.xml"


def test_inline_over_the_limit_a_wrong_hash_and_bad_base64_are_rejected() -> None:
    with pytest.raises(LimitExceededError):
        decode_inline({"content_base64": base64.b64encode(b"x" * 2000).decode()}, max_bytes=1000)
    with pytest.raises(IntegrityError):
        decode_inline({"content_base64": "QUJD", "sha256": "0" * 64})
    with pytest.raises(SchemaViolationError):
        decode_inline({"content_base64": "Q$=="})

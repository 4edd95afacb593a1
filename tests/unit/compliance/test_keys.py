"""Re-wrapping a data key under a new KEK: the stored bytes stay as they are, and the object opens with
only the new KEK once its wrap is at hand — never without it."""

from __future__ import annotations

import os

import pytest

from services.adapters.crypto import KeyWrap, decrypt, decrypt_stream, encrypt, read_header, rewrap
from services.core.errors import IntegrityError

OLD, NEW = os.urandom(32), os.urandom(32)
BODY = os.urandom(200_000)  # several segments


def test_a_rewrapped_object_opens_under_the_new_kek_alone_and_its_bytes_are_unchanged() -> None:
    blob = encrypt(BODY, OLD, "k1")
    header = read_header(blob[:5000])
    wrap = rewrap(header, {"k1": OLD}, None, NEW, "k2")
    assert wrap.kek_id == "k2" and KeyWrap.from_json(wrap.to_json()) == wrap
    assert b"".join(decrypt_stream([blob], {"k2": NEW}, lambda: wrap)) == BODY
    with pytest.raises(IntegrityError, match="no key-encryption key"):
        decrypt(blob, {"k2": NEW})
    again = rewrap(header, {"k2": NEW}, wrap, os.urandom(32), "k3")  # a second rotation needs only k2
    assert again.kek_id == "k3"


def test_a_wrap_under_the_wrong_kek_does_not_open() -> None:
    blob = encrypt(BODY, OLD, "k1")
    with pytest.raises(IntegrityError, match="does not unwrap"):
        rewrap(read_header(blob[:5000]), {"k1": os.urandom(32)}, None, NEW, "k2")  # not the KEK it was under
    wrong = rewrap(read_header(encrypt(b"x", OLD, "k1")[:5000]), {"k1": OLD}, None, NEW, "k2")
    with pytest.raises(IntegrityError):
        b"".join(decrypt_stream([blob], {"k2": NEW}, lambda: wrong))  # another object's data key

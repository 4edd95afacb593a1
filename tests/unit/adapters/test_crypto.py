"""Envelope encryption round trips, streams in segments, and refuses any tampering."""

from __future__ import annotations

import os

import pytest

from services.adapters.crypto import SEGMENT, decrypt, decrypt_stream, encrypt
from services.core.errors import IntegrityError

KEK = bytes(range(32))


@pytest.mark.parametrize("size", [0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT + 17])
def test_round_trip_at_segment_boundaries(size: int) -> None:
    plain = os.urandom(size)
    blob = encrypt(plain, KEK, "k1")
    assert decrypt(blob, {"k1": KEK}) == plain
    chunks = [blob[i : i + 999] for i in range(0, len(blob), 999)]
    assert b"".join(decrypt_stream(chunks, {"k1": KEK})) == plain


def test_every_object_gets_its_own_data_key() -> None:
    assert encrypt(b"same", KEK, "k1") != encrypt(b"same", KEK, "k1")


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda b: b[:-1], id="truncated-tail"),
        pytest.param(lambda b: b[: len(b) - SEGMENT - 16], id="last-segment-dropped"),
        pytest.param(lambda b: b[:-20] + bytes([b[-20] ^ 1]) + b[-19:], id="bit-flip"),
        pytest.param(lambda b: b.replace(b'"k1"', b'"k2"'), id="unknown-key-id"),
        pytest.param(lambda b: b"%PDF-1.4 plain", id="not-encrypted"),
    ],
)
def test_tampering_is_refused(tamper) -> None:  # type: ignore[no-untyped-def]
    blob = encrypt(os.urandom(2 * SEGMENT + 5), KEK, "k1")
    with pytest.raises(IntegrityError):
        decrypt(tamper(blob), {"k1": KEK})


def test_a_wrong_kek_cannot_unwrap() -> None:
    with pytest.raises(IntegrityError):
        decrypt(encrypt(b"x", KEK, "k1"), {"k1": bytes(32)})

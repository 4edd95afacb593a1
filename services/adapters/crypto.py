"""Envelope encryption of documents before they reach object storage.

Each object gets its own random 256-bit data key, wrapped (RFC 3394 AES key wrap) by the
configured key-encryption key (KEK). The body is AES-256-GCM in 64 KiB segments so a download
can be decrypted and streamed without holding the whole PDF: segment ``i`` uses the nonce
``prefix(7) || i(4, big-endian) || last(1)`` and the header as associated data, so segments
cannot be reordered, dropped or truncated without failing authentication.

Layout::

    b"SZTENC1\\n" | u32 header length | header JSON | segment₀ | segment₁ | …   (each = ct ‖ 16-byte tag)
"""

from __future__ import annotations

import base64
import json
import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap

from services.core.errors import IntegrityError

MAGIC = b"SZTENC1\n"
SEGMENT = 64 * 1024
_TAG = 16


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def encrypt(plaintext: bytes, kek: bytes, kek_id: str) -> bytes:
    data_key = AESGCM.generate_key(bit_length=256)
    prefix = os.urandom(7)
    header = json.dumps(
        {
            "alg": "AES-256-GCM",
            "segment": SEGMENT,
            "kek_id": kek_id,
            "wrapped_key": base64.b64encode(aes_key_wrap(kek, data_key)).decode(),
            "nonce_prefix": base64.b64encode(prefix).decode(),
        },
        sort_keys=True,
    ).encode()
    aead = AESGCM(data_key)
    parts = [MAGIC, struct.pack(">I", len(header)), header]
    count = max(1, -(-len(plaintext) // SEGMENT))
    for i in range(count):
        chunk = plaintext[i * SEGMENT : (i + 1) * SEGMENT]
        parts.append(aead.encrypt(_nonce(prefix, i, i == count - 1), chunk, header))
    return b"".join(parts)


@dataclass(frozen=True)
class KeyWrap:
    """An object's data key wrapped again under another KEK (``szamlatar keys rotate``), kept beside the
    object: a retention-locked object cannot be rewritten, and its header (the segments' associated
    data) must not change, so the re-wrapped key lives outside it."""

    kek_id: str
    wrapped_key: str  # base64 of the RFC 3394 wrap

    def to_json(self) -> bytes:
        return json.dumps({"kek_id": self.kek_id, "wrapped_key": self.wrapped_key}, sort_keys=True).encode()

    @staticmethod
    def from_json(data: bytes) -> KeyWrap:
        raw = json.loads(data)
        return KeyWrap(str(raw["kek_id"]), str(raw["wrapped_key"]))


HEADER_READ = len(MAGIC) + 4 + 4096  # enough bytes to hold any header


def read_header(prefix: bytes) -> dict[str, Any]:
    """The header of an encrypted object from its first bytes (``HEADER_READ`` of them suffice)."""
    if prefix[: len(MAGIC)] != MAGIC or len(prefix) < len(MAGIC) + 4:
        raise IntegrityError("object is not a Számlatár encrypted document")
    (hlen,) = struct.unpack(">I", prefix[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if hlen > 4096 or len(prefix) < start + hlen:
        raise IntegrityError("encrypted document header is damaged")
    meta: dict[str, Any] = json.loads(prefix[start : start + hlen])
    return meta


def _unwrap(kek_id: str, wrapped_b64: str, keks: dict[str, bytes]) -> bytes:
    kek = keks.get(kek_id)
    if kek is None:
        raise IntegrityError(f"no key-encryption key with id {kek_id!r}")
    try:
        return aes_key_unwrap(kek, base64.b64decode(wrapped_b64))
    except InvalidUnwrap as exc:
        raise IntegrityError("data key does not unwrap with the configured KEK") from exc


FindWrap = Callable[[], "KeyWrap | None"]


def data_key(header: dict[str, Any], keks: dict[str, bytes], find_wrap: FindWrap | None = None) -> bytes:
    """The object's data key: from the header's wrap when its KEK is at hand, else from its re-wrap
    (``find_wrap`` is asked only then: most objects never need the extra read)."""
    wrap = None if header["kek_id"] in keks or find_wrap is None else find_wrap()
    if wrap is None:
        return _unwrap(header["kek_id"], header["wrapped_key"], keks)
    return _unwrap(wrap.kek_id, wrap.wrapped_key, keks)


def rewrap(header: dict[str, Any], keks: dict[str, bytes], wrap: KeyWrap | None, new_kek: bytes,
           new_kek_id: str) -> KeyWrap:
    """The object's data key wrapped under ``new_kek`` (the body is not touched)."""
    key = data_key(header, keks, lambda: wrap)
    return KeyWrap(new_kek_id, base64.b64encode(aes_key_wrap(new_kek, key)).decode())


def decrypt_stream(chunks: Iterable[bytes], keks: dict[str, bytes], find_wrap: FindWrap | None = None
                   ) -> Iterator[bytes]:
    """Yield plaintext segment by segment from an iterable of ciphertext chunks.

    ``keks`` maps key ids to KEKs so that rotated keys still open older objects; ``find_wrap`` gives the
    object's re-wrapped data key, looked up when the header's KEK is retired.
    Raises ``IntegrityError`` on any tampering, truncation or unknown key.
    """
    buffer = bytearray()
    it = iter(chunks)

    def need(n: int) -> bool:
        while len(buffer) < n:
            try:
                buffer.extend(next(it))
            except StopIteration:
                return False
        return True

    if not need(len(MAGIC) + 4) or bytes(buffer[: len(MAGIC)]) != MAGIC:
        raise IntegrityError("object is not a Számlatár encrypted document")
    (hlen,) = struct.unpack(">I", buffer[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if hlen > 4096 or not need(start + hlen):
        raise IntegrityError("encrypted document header is damaged")
    header = bytes(buffer[start : start + hlen])
    del buffer[: start + hlen]
    meta = json.loads(header)
    aead = AESGCM(data_key(meta, keks, find_wrap))
    prefix = base64.b64decode(meta["nonce_prefix"])
    size = int(meta["segment"]) + _TAG
    index = 0
    while True:
        full = need(size + 1)  # one byte more tells us this segment is not the last
        segment = bytes(buffer[:size])
        del buffer[:size]
        last = not full
        try:
            yield aead.decrypt(_nonce(prefix, index, last), segment, header)
        except InvalidTag as exc:
            raise IntegrityError("encrypted document failed authentication") from exc
        if last:
            return
        index += 1


def decrypt(ciphertext: bytes, keks: dict[str, bytes]) -> bytes:
    return b"".join(decrypt_stream([ciphertext], keks))

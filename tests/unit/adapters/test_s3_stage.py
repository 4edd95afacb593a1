"""Staging is one conditional PUT: the first write of a key stays, and no HEAD goes before it."""

from __future__ import annotations

import base64
import inspect
from typing import Any

import pytest
from minio import Minio
from minio.error import S3Error

from services.adapters.crypto import decrypt
from services.adapters.s3 import SHA_META, S3ObjectStore
from services.adapters.settings import Settings, load_settings
from services.core.errors import ObjectStoreUnavailableError


def _refusal(code: str, key: str) -> S3Error:
    return S3Error(None, code, "refused", key, "request", "host")  # type: ignore[arg-type]  # no HTTP response


class Bucket:
    """A staging bucket that honours ``If-None-Match: *`` as S3 does, and refuses any other call."""

    def __init__(self, refuse_with: str | None = None) -> None:
        self.objects: dict[str, tuple[bytes, dict[str, Any]]] = {}
        self.puts = 0
        self.refuse_with = refuse_with

    def _put_object(self, bucket_name: str, object_name: str, data: bytes, headers: dict[str, Any]) -> None:
        self.puts += 1
        if self.refuse_with is not None:
            raise _refusal(self.refuse_with, object_name)
        if headers.get("If-None-Match") == "*" and object_name in self.objects:
            raise _refusal("PreconditionFailed", object_name)
        self.objects[object_name] = (data, headers)


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Settings:
    for name, value in {"SZAMLATAR_S3_ACCESS_KEY": "a", "SZAMLATAR_S3_SECRET_KEY": "b",
                        "SZAMLATAR_KEK": base64.b64encode(b"k" * 32).decode()}.items():
        monkeypatch.setenv(name, value)
    return load_settings()


def _store(settings: Settings, bucket: Bucket) -> S3ObjectStore:
    store = S3ObjectStore(settings)
    store.client = bucket  # type: ignore[assignment]
    return store


def test_a_new_document_is_written_once_encrypted_with_its_hash(settings: Settings) -> None:
    bucket = Bucket()
    _store(settings, bucket).stage("acme/ab/abc", b"%PDF-1 one", "abc")
    blob, headers = bucket.objects["acme/ab/abc"]
    assert decrypt(blob, settings.keyring) == b"%PDF-1 one"
    assert headers[f"X-Amz-Meta-{SHA_META}"] == "abc" and headers["If-None-Match"] == "*"
    assert bucket.puts == 1


def test_a_key_already_staged_keeps_its_first_write(settings: Settings) -> None:
    bucket = Bucket()
    store = _store(settings, bucket)
    store.stage("acme/ab/abc", b"%PDF-1 one", "abc")
    first = bucket.objects["acme/ab/abc"]
    store.stage("acme/ab/abc", b"%PDF-1 two", "abc")  # refused by the store: not an error
    assert bucket.objects["acme/ab/abc"] == first and bucket.puts == 2


def test_any_other_refusal_is_the_store_being_unavailable(settings: Settings) -> None:
    with pytest.raises(ObjectStoreUnavailableError):
        _store(settings, Bucket(refuse_with="AccessDenied")).stage("acme/ab/abc", b"%PDF-1 one", "abc")


def test_minio_still_has_the_one_part_upload_stage_calls() -> None:
    # A private method of the pinned SDK: an upgrade that renames or reshapes it must fail here first.
    params = list(inspect.signature(Minio._put_object).parameters)
    assert params[:5] == ["self", "bucket_name", "object_name", "data", "headers"]

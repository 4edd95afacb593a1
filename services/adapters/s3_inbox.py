"""The export inbox bucket through the minio SDK: plain objects other systems drop (not encrypted
by us — they arrive from outside; what we import is staged and archived encrypted as always)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from minio.commonconfig import CopySource
from minio.error import S3Error

from services.adapters.s3 import S3ObjectStore, _translate, body
from services.adapters.settings import Settings
from services.core.inbox import InboxObject


class S3Inbox:
    def __init__(self, settings: Settings, bucket: str | None = None) -> None:
        self.client = S3ObjectStore(settings).client
        self.bucket = bucket or settings.inbox_bucket

    def list(self, prefix: str) -> list[InboxObject]:
        with _translate("list inbox"):
            return [InboxObject(o.object_name, int(o.size or 0), str(o.etag or "").strip('"'),
                                o.last_modified.timestamp() if o.last_modified else 0.0)
                    for o in self.client.list_objects(self.bucket, prefix=prefix, recursive=True)
                    if o.object_name and not o.is_dir]

    def download(self, key: str, path: Path) -> None:
        with _translate("download inbox object"):
            self.client.fget_object(self.bucket, key, str(path))

    def read_json(self, key: str) -> dict[str, Any] | None:
        with _translate("read inbox report"):
            try:
                response = self.client.get_object(self.bucket, key)
            except S3Error as exc:
                if exc.code in ("NoSuchKey", "NoSuchObject", "NotFound"):
                    return None
                raise
            data = body(response)
        try:
            found = json.loads(data)
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def put_json(self, key: str, value: dict[str, Any]) -> None:
        data = json.dumps(value, ensure_ascii=False, indent=2).encode()
        with _translate("write inbox report"):
            self.client.put_object(self.bucket, key, io.BytesIO(data), len(data), content_type="application/json")

    def copy(self, source: str, target: str) -> None:
        with _translate("file inbox object"):
            self.client.copy_object(self.bucket, target, CopySource(self.bucket, source))

    def delete(self, key: str) -> None:
        with _translate("delete inbox object"):
            self.client.remove_object(self.bucket, key)

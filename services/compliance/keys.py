"""Key rotation: ``szamlatar keys rotate`` re-wraps every stored object's data key under the current KEK
(``SZAMLATAR_KEK`` / ``SZAMLATAR_KEK_ID``), with the retired ones in ``SZAMLATAR_OLD_KEKS`` to unwrap.

Bodies are never re-encrypted, and a retention-locked version cannot be rewritten anyway: the new wrap
is a small object beside it (``core/keys.key_wrap_key``), which every read uses once the header's KEK
is gone from the configuration. An object is done when its header or its wrap names the current KEK,
so a rotation cut short is run again and carries on where it stopped. ``census`` counts the objects
under each KEK id: an old KEK can be retired when its count is 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from services.adapters.crypto import rewrap
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Rotation:
    rewrapped: int  # objects whose data key was wrapped under the new KEK now
    already: int  # objects that were under it already (a resumed rotation)
    census: dict[str, int]  # objects per KEK id afterwards


def buckets(settings: Settings) -> tuple[str, ...]:
    """The buckets whose objects we encrypt (the inbox holds other systems' drops, not ours)."""
    return settings.archive_bucket, settings.staging_bucket


def _objects(store: S3ObjectStore, names: Iterable[str]) -> list[tuple[str, str, str | None]]:
    return [(bucket, key, vid) for bucket in names for key, vid in store.encrypted_versions(bucket)]


def protecting_kek(store: S3ObjectStore, bucket: str, key: str, version_id: str | None) -> str:
    """The KEK id an object opens under once older KEKs are retired: its wrap's, else its header's."""
    wrap = store.key_wrap(bucket, key, version_id)
    return wrap.kek_id if wrap is not None else str(store.header(bucket, key, version_id)["kek_id"])


def census(store: S3ObjectStore, names: Iterable[str], progress: Progress = lambda n: None) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for bucket, key, vid in _objects(store, names):
        counts[protecting_kek(store, bucket, key, vid)] += 1
        progress(1)
    return dict(counts)


def rotate(store: S3ObjectStore, settings: Settings, *, total: Progress = lambda n: None,
           progress: Progress = lambda n: None) -> Rotation:
    keks, new_id = settings.keyring, settings.kek_id
    objects = _objects(store, buckets(settings))
    total(len(objects))
    rewrapped = already = 0
    counts: Counter[str] = Counter()
    for bucket, key, vid in objects:
        header, wrap = store.header(bucket, key, vid), store.key_wrap(bucket, key, vid)
        if (wrap.kek_id if wrap is not None else header["kek_id"]) == new_id:
            already += 1
        else:
            store.put_key_wrap(bucket, key, vid, rewrap(header, keks, wrap, settings.kek, new_id))
            rewrapped += 1
        counts[new_id] += 1
        progress(1)
    return Rotation(rewrapped, already, dict(counts))

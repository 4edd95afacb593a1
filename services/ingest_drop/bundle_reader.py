"""Read a folder or a zip into (name → bytes) under ``BundleLimits``; what cannot be read safely
is reported per entry, never extracted to disk."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from services.core.bundle import BundleLimits, check_zip_plan, safe_name
from services.core.errors import LimitExceededError, Rejected


@dataclass
class Bundle:
    files: dict[str, bytes] = field(default_factory=dict)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # (entry, reason, message)


DEFAULT_LIMITS = BundleLimits()


def read_bundle(path: Path, limits: BundleLimits = DEFAULT_LIMITS) -> Bundle:
    if path.is_dir():
        return _read_folder(path, limits)
    if zipfile.is_zipfile(path):
        return _read_zip(path, limits)
    bundle = Bundle()
    _add(bundle, path.name, path.stat().st_size, limits, lambda: path.read_bytes())
    return bundle


def _add(bundle: Bundle, name: str, size: int, limits: BundleLimits, read: Callable[[], bytes]) -> None:
    try:
        clean = safe_name(name)
    except Rejected as exc:
        bundle.refused.append((name, "path_traversal", exc.message))
        return
    if size > limits.max_entry_bytes:
        bundle.refused.append((clean, "too_large", f"{size} bytes, limit {limits.max_entry_bytes}"))
        return
    data = read()
    if len(data) > limits.max_entry_bytes:
        bundle.refused.append((clean, "too_large", f"more than {limits.max_entry_bytes} bytes"))
        return
    bundle.files[clean] = data


def _read_folder(root: Path, limits: BundleLimits) -> Bundle:
    bundle = Bundle()
    files = sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    if len(files) > limits.max_entries:
        raise LimitExceededError(f"folder has {len(files)} files, limit {limits.max_entries}")
    for p in files:
        _add(bundle, p.relative_to(root).as_posix(), p.stat().st_size, limits, p.read_bytes)
    return bundle


def _read_zip(path: Path, limits: BundleLimits) -> Bundle:
    bundle = Bundle()
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        check_zip_plan([(i.filename, i.compress_size, i.file_size) for i in infos], limits)

        def reader(info: zipfile.ZipInfo) -> Callable[[], bytes]:
            def read() -> bytes:
                with zf.open(info) as fh:  # never trust the declared size: read one byte past the cap
                    return fh.read(limits.max_entry_bytes + 1)
            return read

        for info in infos:
            try:
                _add(bundle, info.filename, info.file_size, limits, reader(info))
            except (zipfile.BadZipFile, RuntimeError, OSError, EOFError) as exc:
                bundle.refused.append((info.filename, "malformed_zip", f"{type(exc).__name__}: {exc}"[:300]))
    return bundle

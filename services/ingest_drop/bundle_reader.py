"""Read a folder or a zip into (name → bytes) under ``BundleLimits``; what cannot be read safely
is reported per entry, never extracted to disk.

Symbolic links are never followed — not the bundle itself, not a folder or a file inside it: a
link is reported (reason ``symlink``) and not read, wherever it points. Every path is opened
component by component relative to its already-open parent directory with ``O_NOFOLLOW``, so a
file or folder swapped for a link between the listing and the read cannot lead out of the
bundle either. Only regular files are read (a FIFO or a device is reported, never opened for
reading in a way that could block)."""

from __future__ import annotations

import errno
import os
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from services.core.bundle import BundleLimits, check_zip_plan, safe_name
from services.core.errors import LimitExceededError, Rejected

SYMLINK = "symlink"  # the reason a link is reported with
_NOFOLLOW = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


@dataclass
class Bundle:
    files: dict[str, bytes] = field(default_factory=dict)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # (entry, reason, message)


DEFAULT_LIMITS = BundleLimits()


class _LinkError(Exception):
    """A path component turned out to be a symbolic link when it was opened."""


def _open(name: str | Path, dir_fd: int | None = None, *, directory: bool = False) -> int:
    try:
        return os.open(name, _NOFOLLOW | (os.O_DIRECTORY if directory else 0), dir_fd=dir_fd)
    except OSError as exc:
        # ELOOP: the last component is a link; ENOTDIR with O_DIRECTORY: a link to a file (or a file).
        if exc.errno == errno.ELOOP or (directory and exc.errno == errno.ENOTDIR):
            raise _LinkError(str(name)) from exc
        raise


def read_bundle(path: Path, limits: BundleLimits = DEFAULT_LIMITS) -> Bundle:
    bundle = Bundle()
    try:
        fd = _open(path)
    except _LinkError:
        bundle.refused.append((path.name, SYMLINK, "a symbolic link; links are not followed"))
        return bundle
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            _read_folder(fd, bundle, limits)
        elif stat.S_ISREG(info.st_mode):
            with os.fdopen(os.dup(fd), "rb") as fh:
                if zipfile.is_zipfile(fh):
                    _read_zip(fh, bundle, limits)
                else:
                    fh.seek(0)
                    _add(bundle, path.name, info.st_size, limits, lambda: fh.read(limits.max_entry_bytes + 1))
        else:
            bundle.refused.append((path.name, "unsupported_document", "not a regular file or folder"))
    finally:
        os.close(fd)
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


def _list(dir_fd: int, prefix: str, bundle: Bundle, files: list[str]) -> None:
    """Every regular file under the open directory, as a relative path; links and other special
    files are reported instead."""
    with os.scandir(dir_fd) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        rel = f"{prefix}{entry.name}"
        if entry.is_symlink():
            bundle.refused.append((rel, SYMLINK, "a symbolic link; links are not followed"))
        elif entry.is_dir(follow_symlinks=False):
            try:
                sub = _open(entry.name, dir_fd, directory=True)
            except _LinkError:
                bundle.refused.append((rel, SYMLINK, "a symbolic link; links are not followed"))
                continue
            try:
                _list(sub, rel + "/", bundle, files)
            finally:
                os.close(sub)
        elif entry.is_file(follow_symlinks=False):
            files.append(rel)
        else:
            bundle.refused.append((rel, "unsupported_document", "not a regular file"))


def _read_at(root_fd: int, rel: str, limits: BundleLimits) -> tuple[int, bytes]:
    """(size, up to the cap + 1 bytes) of ``rel`` under ``root_fd``, never through a link."""
    parts = rel.split("/")
    opened: list[int] = []
    try:
        parent = root_fd
        for part in parts[:-1]:
            parent = _open(part, parent, directory=True)
            opened.append(parent)
        fd = _open(parts[-1], parent)
        opened.append(fd)
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _LinkError(rel)  # swapped for something else since it was listed
        with os.fdopen(os.dup(fd), "rb") as fh:
            return info.st_size, fh.read(limits.max_entry_bytes + 1)
    finally:
        for fd in opened:
            os.close(fd)


def _read_folder(root_fd: int, bundle: Bundle, limits: BundleLimits) -> None:
    files: list[str] = []
    _list(root_fd, "", bundle, files)
    if len(files) > limits.max_entries:
        raise LimitExceededError(f"folder has {len(files)} files, limit {limits.max_entries}")
    for rel in files:
        try:
            size, data = _read_at(root_fd, rel, limits)
        except _LinkError:
            bundle.refused.append((rel, SYMLINK, "became a symbolic link or special file while read; not followed"))
            continue
        _add(bundle, rel, size, limits, lambda data=data: data)


def _read_zip(fh: BinaryIO, bundle: Bundle, limits: BundleLimits) -> None:
    with zipfile.ZipFile(fh) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        check_zip_plan([(i.filename, i.compress_size, i.file_size) for i in infos], limits)

        def reader(info: zipfile.ZipInfo) -> Callable[[], bytes]:
            def read() -> bytes:
                with zf.open(info) as member:  # never trust the declared size: read one byte past the cap
                    return member.read(limits.max_entry_bytes + 1)
            return read

        for info in infos:
            if stat.S_ISLNK(info.external_attr >> 16):  # a link stored in the zip: its target is a path, not data
                bundle.refused.append((info.filename, SYMLINK, "a symbolic link in the zip; links are not followed"))
                continue
            try:
                _add(bundle, info.filename, info.file_size, limits, reader(info))
            except (zipfile.BadZipFile, RuntimeError, OSError, EOFError) as exc:
                bundle.refused.append((info.filename, "malformed_zip", f"{type(exc).__name__}: {exc}"[:300]))

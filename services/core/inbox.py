"""The S3 inbox for exports, as pure decisions over a bucket listing.

Layout of the inbox bucket::

    inbox/<tenant>/<name>                 one object (a zip, a PDF …) is one drop
    inbox/<tenant>/<name>/<path…>         every object under a folder is one drop (a folder bundle)
    inbox-done/<tenant>/<name>[/…]        filed after the import, with <name>.report.json beside it
    inbox-failed/<tenant>/<name>[/…]      the same when nothing in the drop could be imported

A drop is ready once its newest object is ``settle_seconds`` old (a folder is uploaded object by
object). The report is written *before* the objects move (copy all, then delete all) and names
every object with its ETag: after a crash, a drop whose report covers every object still there is
only moved, not imported again (importing again would be harmless too: imports are idempotent).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

INBOX, DONE, FAILED = "inbox", "inbox-done", "inbox-failed"
REPORT_SUFFIX = ".report.json"


@dataclass(frozen=True)
class InboxObject:
    key: str
    size: int
    etag: str
    modified: float  # unix seconds


@dataclass(frozen=True)
class Drop:
    tenant: str
    name: str
    objects: tuple[InboxObject, ...]
    folder: bool

    @property
    def prefix(self) -> str:
        return f"{INBOX}/{self.tenant}/{self.name}"

    def relative(self, obj: InboxObject) -> str:
        """The object's path inside the drop ('' for a one-object drop)."""
        return obj.key[len(self.prefix) + 1:] if self.folder else ""

    def filed_key(self, obj: InboxObject, imported: bool) -> str:
        return f"{DONE if imported else FAILED}/{obj.key[len(INBOX) + 1:]}"

    def report_key(self, imported: bool) -> str:
        return f"{DONE if imported else FAILED}/{self.tenant}/{self.name}{REPORT_SUFFIX}"

    def fingerprint(self) -> list[list[str]]:
        return sorted([o.key, o.etag] for o in self.objects)


def plan_drops(tenant: str, objects: Iterable[InboxObject], *, now: float, settle_seconds: float) -> list[Drop]:
    """The ready drops of one tenant from a listing of ``inbox/<tenant>/`` (other keys ignored)."""
    base = f"{INBOX}/{tenant}/"
    groups: dict[str, list[InboxObject]] = {}
    folders: set[str] = set()
    for obj in objects:
        if not obj.key.startswith(base) or obj.key.endswith("/"):
            continue  # outside this tenant, or a "directory marker" some S3 tools write
        name, sep, _rest = obj.key[len(base):].partition("/")
        if not name:
            continue
        groups.setdefault(name, []).append(obj)
        if sep:
            folders.add(name)
    ready = []
    for name in sorted(groups):
        members = tuple(sorted(groups[name], key=lambda o: o.key))
        if now - max(o.modified for o in members) < settle_seconds:
            continue
        ready.append(Drop(tenant, name, members, name in folders))
    return ready


def already_reported(drop: Drop, report: Mapping[str, Any] | None) -> bool:
    """True when a stored report covers every object still in the drop, each with the same ETag: a
    crash came between the report and the end of the move, so the drop only needs moving. A new or
    changed object under the same name makes it a new drop."""
    if not report or not isinstance(report.get("objects"), list):
        return False
    reported = {(str(k), str(e)) for k, e in report["objects"]}
    return all((o.key, o.etag) in reported for o in drop.objects)

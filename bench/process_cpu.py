"""CPU time of the stack's processes from /proc, for the bench's "CPU ms per invoice" table.

Each process is counted with its live children (the worker's parse sandbox, a server's wrapper
shell), user + system time, in seconds. Linux only; elsewhere every figure is 0.
"""

from __future__ import annotations

import os
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
SERVERS = ("kafka", "versitygw", "ferretdb")


def _children() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return out


def _own_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])) / TICK  # utime stime cu cs


def cpu_seconds(pid: int, children: dict[int, list[int]] | None = None) -> float:
    """``pid`` and every live descendant, user + system seconds (reaped children included)."""
    tree = _children() if children is None else children
    return _own_seconds(pid) + sum(cpu_seconds(child, tree) for child in tree.get(pid, []))


def server_pids(state_dir: Path) -> dict[str, int]:
    """The servers ``deploy/local/start.sh`` started, by the pid files it wrote."""
    out: dict[str, int] = {}
    for name in SERVERS:
        try:
            out[name] = int((state_dir / "pids" / f"{name}.pid").read_text().strip())
        except (OSError, ValueError):
            continue
    return out


def snapshot(pids: dict[str, int]) -> dict[str, float]:
    tree = _children()
    return {name: cpu_seconds(pid, tree) for name, pid in pids.items()}

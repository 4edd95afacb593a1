"""The test stack's servers (Kafka, versitygw, FerretDB), as the drills stop and start them.

``deploy/local/start.sh`` started them and wrote each one's PID under ``$SZAMLATAR_STATE_DIR/pids``;
a kill here is a SIGKILL of exactly that PID (no broad name match), and a start is ``start.sh`` again,
which starts what is not running from the same state directory and data, then waits until it answers.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVERS = ("kafka", "versitygw", "ferretdb")


def _pid_file(name: str) -> Path:
    state = os.environ.get("SZAMLATAR_STATE_DIR")
    if not state:
        raise RuntimeError("SZAMLATAR_STATE_DIR is not set: run under deploy/local (test-integration.sh, make chaos)")
    return Path(state) / "pids" / f"{name}.pid"


def server_pid(name: str) -> int | None:
    """The server's PID while it runs, else ``None``."""
    try:
        pid = int(_pid_file(name).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    return pid


def kill_server(name: str) -> None:
    """SIGKILL the server (no clean shutdown: what a crash or a pulled plug does) and wait until it is gone."""
    if name not in SERVERS:
        raise ValueError(f"not a stack server: {name}")
    pid = server_pid(name)
    if pid is None:
        return
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while server_pid(name) is not None:
        if time.monotonic() > deadline:
            raise RuntimeError(f"{name} ({pid}) still runs 30 s after SIGKILL")
        time.sleep(0.1)


def start_servers(timeout: float = 180.0) -> None:
    """Start whatever server is not running (``start.sh`` leaves running ones alone) and wait until all answer."""
    subprocess.run([str(ROOT / "deploy/local/start.sh")], cwd=ROOT, check=True, timeout=timeout,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

"""The test stack as the drills and the integration tests stop and start it: our processes
(``Process``: a subprocess started, SIGKILLed and started again) and the servers (Kafka, versitygw,
FerretDB).

``deploy/local/start.sh`` started them and wrote each one's PID under ``$SZAMLATAR_STATE_DIR/pids``;
a kill here is a SIGKILL of exactly that PID (no broad name match), and a start is ``start.sh`` again,
which starts what is not running from the same state directory and data, then waits until it answers.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import requests

ROOT = Path(__file__).resolve().parents[2]
LOGS = Path(os.environ.get("SZAMLATAR_TEST_LOGS", ROOT / ".run" / "test" / "logs"))
T = TypeVar("T")
SERVERS = ("kafka", "versitygw", "ferretdb")


def wait_until(probe: Callable[[], T], timeout: float = 30.0, interval: float = 0.2, what: str = "condition") -> T:
    """Poll ``probe`` until it returns something truthy; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (last: {value!r})")
        time.sleep(interval)


class Process:
    """A service subprocess we can start, kill -9 and start again."""

    def __init__(self, name: str, args: list[str], health_url: str, env: dict[str, str] | None = None) -> None:
        self.name, self.args, self.health_url, self.env = name, args, health_url, env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = LOGS / f"{name}.log"

    def start(self) -> None:
        LOGS.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as fh:
            self.proc = subprocess.Popen(self.args, stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT,
                                         env={**os.environ, **self.env})

        def healthy() -> bool:
            assert self.proc is not None and self.proc.poll() is None, f"{self.name} exited; see {self.log}"
            try:
                return requests.get(self.health_url, timeout=1).ok
            except requests.RequestException:
                return False

        wait_until(healthy, timeout=90, what=f"{self.name} to answer {self.health_url} (log: {self.log})")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """SIGSTOP for the block, SIGCONT after: the process falls behind by exactly what the block
        produced, however fast it is (a race on its speed made a test flaky)."""
        assert self.proc is not None and self.proc.poll() is None, f"{self.name} is not running"
        self.proc.send_signal(signal.SIGSTOP)
        try:
            yield
        finally:
            self.proc.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


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

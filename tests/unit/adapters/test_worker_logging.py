"""The faust worker logs JSON lines with their ``extra`` fields, like every other process: faust's worker
sets up logging from the app's ``logging_config`` (``adapters/logging.logging_config``) instead of its
own colourising formatter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.unit.adapters.test_worker_membership import BASE

# What faust's worker does with the app's settings at start (faust/worker.py → mode.utils.logging),
# then one stage line as the stage runner writes it.
CHILD = """
import logging
from mode.utils.logging import setup_logging
from services.pipeline.app import app
setup_logging(loglevel="info", logging_config=dict(app.conf.logging_config))
logging.getLogger("services.adapters.stage_runner").info(
    "%s: %s %s", "archive", "ok", "e-1", extra={"stage": "archive", "event_id": "e-1", "attempts": 1})
logging.getLogger("faust.worker").info("faust stays quiet below warnings")
"""


def test_the_worker_logs_json_lines_with_their_fields(tmp_path: Path) -> None:
    env = {**os.environ, **BASE, "SZAMLATAR_WORKER_DATADIR": str(tmp_path), "SZAMLATAR_LOG_LEVEL": "INFO"}
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60,
                          check=True)
    lines = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    assert [(d["msg"], d["stage"], d["event_id"], d["attempts"], d["level"]) for d in lines] == [
        ("archive: ok e-1", "archive", "e-1", 1, "info")]
    assert "faust stays quiet" not in done.stderr + done.stdout

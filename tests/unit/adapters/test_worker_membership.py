"""The faust worker's static group membership (issue 15: a restarted worker takes its partitions back
without waiting out the killed one's session): opt-in per worker by ``SZAMLATAR_WORKER_INSTANCE_ID``."""

from __future__ import annotations

import base64
import os
import subprocess
import sys

import pytest

from services.adapters.settings import load_settings

BASE = {"SZAMLATAR_S3_ACCESS_KEY": "a", "SZAMLATAR_S3_SECRET_KEY": "b",
        "SZAMLATAR_KEK": base64.b64encode(b"k" * 32).decode()}


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name, value in BASE.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SZAMLATAR_WORKER_INSTANCE_ID", raising=False)
    return monkeypatch


def test_unset_or_blank_is_dynamic_membership(env: pytest.MonkeyPatch) -> None:
    assert load_settings().worker_instance_id is None
    env.setenv("SZAMLATAR_WORKER_INSTANCE_ID", "  ")
    assert load_settings().worker_instance_id is None


def test_the_instance_id_is_read(env: pytest.MonkeyPatch) -> None:
    env.setenv("SZAMLATAR_WORKER_INSTANCE_ID", "worker-a")
    assert load_settings().worker_instance_id == "worker-a"


@pytest.mark.parametrize("instance", ["worker-b", ""])
def test_the_faust_app_joins_its_group_with_it(instance: str, tmp_path: object) -> None:
    # In a child: the pipeline module reads its settings at import (faust's CLI needs a module-level app).
    env = {**os.environ, **BASE, "SZAMLATAR_WORKER_INSTANCE_ID": instance, "SZAMLATAR_WORKER_DATADIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", "from services.pipeline.app import app; "
                          "print(repr(app.conf.consumer_group_instance_id))"],
                         env=env, capture_output=True, text=True, timeout=60, check=True).stdout
    assert out.strip().splitlines()[-1] == repr(instance or None)

"""ARCHITECTURE.md is the map newcomers read first; these checks keep it from drifting off the code."""

from __future__ import annotations

import re
from pathlib import Path

from services.core.topics import PIPELINE_TOPICS

ROOT = Path(__file__).resolve().parents[2]
ARCHITECTURE = ROOT / "ARCHITECTURE.md"


def _topic_rows(text: str) -> list[str]:
    return re.findall(r"^\| `([a-z.]+)` \| \d+ \|", text, flags=re.MULTILINE)


def test_every_topic_has_exactly_one_row_in_the_topic_table() -> None:
    rows = _topic_rows(ARCHITECTURE.read_text(encoding="utf-8"))
    assert sorted(rows) == sorted(t.name for t in PIPELINE_TOPICS)


def test_every_linked_document_and_named_package_exists() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)\)", text)
    assert links, "the map links its deeper notes"
    for link in links:
        assert (ROOT / link).is_file(), link
    packages = re.findall(r"`((?:services|dev)/[a-z_/]+)/`", text)
    assert "dev/szamlatar_dev" in packages  # the development kit is on the map
    for package in packages:
        assert (ROOT / package).is_dir(), package


def test_the_map_stays_short_enough_to_read_in_five_minutes() -> None:
    # Prose reads at ~250 words a minute; tables and the diagram are skimmed, so ~2 200 words in all.
    words = len(ARCHITECTURE.read_text(encoding="utf-8").split())
    assert words <= 2200, f"ARCHITECTURE.md has {words} words; move detail into docs/"

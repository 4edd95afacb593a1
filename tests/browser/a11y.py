"""What every browser test may check on a page: axe-core's verdict (no serious or critical violation),
no horizontal overflow of the body, and no word broken inside a table cell or label.

axe-core is fetched from npm (pinned) by ``deploy/local/install-test-tools.sh`` into the cache, never into
the repository; ``SZAMLATAR_AXE_JS`` (``deploy/local/env.sh``) names the file. It is injected as an init
script of the browser context — Playwright hands it to Chromium over the DevTools protocol, so the pages'
Content-Security-Policy, which allows no inline or foreign script, stays as it is."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

AXE_JS = os.environ.get("SZAMLATAR_AXE_JS", "")
BLOCKING = ("serious", "critical")  # axe's impacts a page may not have

AXE_RUN = """async (blocking) => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.filter(v => blocking.includes(v.impact)).map(v =>
    `${v.impact} ${v.id} (${v.help}): ` + v.nodes.slice(0, 6).map(n => n.target.join(' ')).join(' | '));
}"""

# Every word of an element on one line: a word whose text box has two line boxes was broken inside.
# Hashes and ids (``code.hash``) are one long token and may break anywhere; a table head hidden on a
# narrow screen (the cards' labels stand in for it) is not read.
BROKEN_WORDS = """(selector) => {
  const broken = [];
  const hidden = el => { const head = el.closest('thead'); return !!head && head.getBoundingClientRect().width <= 1; };
  for (const cell of document.querySelectorAll(selector)) {
    if (hidden(cell)) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.hash')) continue;
      for (const m of node.data.matchAll(/\\S{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
}"""

# Cells whose content is wider than the cell (a word that does not fit, cut or spilling over).
OVERFLOWING_CELLS = """() => [...document.querySelectorAll('td, th')]
  .filter(c => c.getClientRects().length && c.getBoundingClientRect().width > 1 && c.scrollWidth > c.clientWidth + 1)
  .map(c => `${c.innerText.trim().slice(0, 40)} (${c.scrollWidth} > ${c.clientWidth} px)`)"""


def with_axe(context: Any) -> Any:
    """``context`` with axe-core loaded into every page it opens."""
    assert AXE_JS and Path(AXE_JS).is_file(), (
        f"axe-core is missing ({AXE_JS or 'SZAMLATAR_AXE_JS unset'}): run deploy/local/install-test-tools.sh")
    context.add_init_script(path=AXE_JS)
    return context


def serious_violations(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now, one line each."""
    found: list[str] = page.evaluate(AXE_RUN, list(BLOCKING))
    return found


def body_overflow(page: Any) -> int:
    """How many CSS pixels the document is wider than the viewport (0: no sideways scrolling)."""
    width: int = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    return max(width, 0)


def broken_words(page: Any, selector: str) -> list[str]:
    found: list[str] = page.evaluate(BROKEN_WORDS, selector)
    return found


def overflowing_cells(page: Any) -> list[str]:
    found: list[str] = page.evaluate(OVERFLOWING_CELLS)
    return found

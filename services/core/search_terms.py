"""Full-text search terms: lower-case, accent-folded tokens (FerretDB has no $text)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_TOKEN = re.compile(r"[0-9a-z]+(?:[-/][0-9a-z]+)*")
MAX_TERMS = 2000


def fold(text: str) -> str:
    """``Árvíztűrő TÜKÖRFÚRÓGÉP`` → ``arvizturo tukorfurogep``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokenize(text: str) -> list[str]:
    """Tokens of at least two characters; ``2025/0042`` and ``12345678-2-41`` stay whole, and
    their parts are tokens too so a search for ``0042`` finds them."""
    out: list[str] = []
    for m in _TOKEN.finditer(fold(text)):
        token = m.group(0)
        out.append(token)
        if "-" in token or "/" in token:
            out.extend(p for p in re.split(r"[-/]", token) if len(p) >= 2)
    return [t for t in out if len(t) >= 2]


def build_search_terms(*texts: str | None) -> list[str]:
    """Distinct tokens of all ``texts`` in first-seen order, capped at ``MAX_TERMS``."""
    seen: dict[str, None] = {}
    for text in texts:
        if text:
            for token in tokenize(text):
                seen.setdefault(token, None)
                if len(seen) >= MAX_TERMS:
                    return list(seen)
    return list(seen)


def query_terms(query: str) -> list[str]:
    """A user's query as terms; every term must match (AND)."""
    return list(dict.fromkeys(tokenize(query)))


def joined(values: Iterable[str | None]) -> str:
    return " ".join(v for v in values if v)

# ruff: noqa
"""Check blind set W: text layer present and every expected value visibly printed (pdfminer only)."""
import json
import re
from pathlib import Path

from pdfminer.high_level import extract_text

from .invoices import INVOICES

OUT = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    bad = 0
    for inv in INVOICES:
        txt = norm(extract_text(str(OUT / f"{inv.slug}.pdf")))
        exp = json.loads((OUT / f"{inv.slug}.json").read_text(encoding="utf-8"))
        assert exp == inv.expected(), inv.slug
        want = [inv.number, inv.d(inv.issue), inv.n(inv.net), inv.n(inv.vat), inv.n(inv.gross), inv.seller.name]
        want += [x for x in (inv.d(inv.fulfil) if inv.fulfil else None, inv.d(inv.due) if inv.due else None,
                             inv.seller.tax, inv.seller.vat, inv.buyer.name, inv.buyer.tax, inv.buyer.vat, inv.preceding) if x]
        miss = [w for w in want if norm(w) not in txt]
        # sanity of amounts
        g = inv.groups
        assert sum(x[1] for x in g) + sum(x[2] for x in g) == inv.gross
        if len(txt) < 200 or miss:
            bad += 1
            print("MISSING", inv.slug, miss)
    print("checked", len(INVOICES), "bad", bad)


if __name__ == "__main__":
    main()

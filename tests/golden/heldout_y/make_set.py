# ruff: noqa
"""Build blind set Y: `.venv/bin/python -m tests.golden.heldout_y.make_set`."""
import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor

from .common import compute, chromium, write_json, expected, money, date
from .invoices import INVOICES
from .html_templates import TEMPLATES
from .rl_templates import RL

HERE = os.path.dirname(os.path.abspath(__file__))


def build(inv):
    compute(inv)
    pdf = os.path.join(HERE, inv["name"] + ".pdf")
    if inv["layout"] in RL:
        RL[inv["layout"]](inv, pdf)
    else:
        chromium(TEMPLATES[inv["layout"]](inv), pdf)
    write_json(inv, os.path.join(HERE, inv["name"] + ".json"))
    return inv


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\xa0", " ")).strip()


def check(inv):
    from pdfminer.high_level import extract_text
    text = norm(extract_text(os.path.join(HERE, inv["name"] + ".pdf")))
    ex = expected(inv)
    bad = []
    want = [inv["number"], inv["seller"]["name"], inv["buyer"]["name"]]
    for k in ("seller", "buyer"):
        for f in ("tax", "vat"):
            if inv[k].get(f):
                want.append(inv[k][f])
    for f in ("issue", "fulfil", "due"):
        if inv.get(f):
            want.append(date(inv[f], inv["df"]))
    for f in ("net", "vat", "gross"):
        want.append(money(inv[f], inv["nf"], inv["currency"]))
    if inv.get("preceding"):
        want.append(inv["preceding"])
    if inv.get("fx"):
        want.append(money(inv["vat_huf"], inv["nf"], "HUF"))
    for w in want:
        if norm(w) not in text:
            bad.append(w)
    return bad


def main():
    only = sys.argv[1:]
    invs = [i for i in INVOICES if not only or i["name"] in only]
    with ThreadPoolExecutor(4) as ex:
        list(ex.map(build, invs))
    ok = True
    layouts = set()
    for inv in invs:
        layouts.add(inv["layout"])
        bad = check(inv)
        if bad:
            ok = False
            print("MISSING", inv["name"], bad)
    print(f"{len(invs)} invoices, {len(layouts)} layouts, check {'OK' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

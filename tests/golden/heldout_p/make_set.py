# ruff: noqa
"""Build blind set P: `.venv/bin/python -m tests.golden.heldout_p.make_set` (writes PDFs + JSONs here, then checks them)."""
import copy
import json
import os
import re
import sys

from .common import HERE, compute, amt, chromium
from .html_t import HTML, N, Dt
from .invoices import INVOICES
from .rl_t import RL

NO_BUYER_TAX = {"cloud_en", "polish"}


def prepare(inv):
    inv = copy.deepcopy(inv)
    if inv["tpl"] in NO_BUYER_TAX:
        inv["buyer"]["tax"] = None
    return compute(inv)


def expected(inv):
    s, b = inv["seller"], inv["buyer"]
    return {
        "invoice_number": inv["number"], "kind": inv["kind"], "issue_date": inv["issue"],
        "fulfilment_date": inv.get("fulfil"), "due_date": inv.get("due"), "currency": inv["currency"],
        "net_total": amt(inv["_net"]), "vat_total": amt(inv["_vat"]), "gross_total": amt(inv["_gross"]),
        "seller.name": s["name"], "seller.tax_number": s.get("tax"), "seller.vat_number": s.get("vat"),
        "buyer.name": b.get("name"), "buyer.tax_number": b.get("tax"), "buyer.vat_number": b.get("vat"),
        "preceding_invoice": inv.get("preceding"), "layout": "blind_p_" + inv["tpl"],
    }


def printed(inv, exp):
    """The printed form of every non-null expected value."""
    out = {}
    for k, v in exp.items():
        if v is None or k in ("kind", "layout", "currency"):
            continue
        if k.endswith("_date"):
            out[k] = Dt(inv, v)
        elif k.endswith("_total"):
            out[k] = N(inv, inv["_" + k.split("_")[0]])
        else:
            out[k] = v
    return out


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def check(pdf, want):
    from pdfminer.high_level import extract_text
    text = norm(extract_text(pdf))
    flat = text.replace(" ", "")
    problems = []
    if len(text) < 100:
        problems.append("no text layer")
    for k, v in want.items():
        v = norm(v)
        if v in text:
            continue
        if v.replace(" ", "") in flat:
            problems.append(f"{k}: {v!r} only found with spaces removed")
            continue
        problems.append(f"{k}: {v!r} NOT FOUND")
    return problems


def main(only=None):
    bad = 0
    for inv0 in INVOICES:
        if only and inv0["name"] not in only:
            continue
        inv = prepare(inv0)
        pdf = os.path.join(HERE, inv["name"] + ".pdf")
        if inv["tpl"] in HTML:
            chromium(HTML[inv["tpl"]](inv), pdf)
        else:
            RL[inv["tpl"]](inv, pdf)
        exp = expected(inv)
        with open(os.path.join(HERE, inv["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        probs = check(pdf, printed(inv, exp))
        hard = [p for p in probs if "NOT FOUND" in p or "no text" in p]
        bad += bool(hard)
        print(f"{inv['name']:28s} {inv['tpl']:16s} {exp['gross_total']:>14s} {'OK' if not probs else '; '.join(probs)}")
    print("invoices with problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)

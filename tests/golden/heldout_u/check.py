# ruff: noqa
import copy, json, re
from decimal import Decimal
from pathlib import Path
from pdfminer.high_level import extract_text
from .common import compute, fdate, fmoney, taxnum
from .invoices import INV

OUT = Path(__file__).parent
KEYS = ["invoice_number", "kind", "issue_date", "fulfilment_date", "due_date", "currency", "net_total", "vat_total", "gross_total",
        "seller.name", "seller.tax_number", "seller.vat_number", "buyer.name", "buyer.tax_number", "buyer.vat_number",
        "preceding_invoice", "layout"]


def norm(s):
    return re.sub(r"\s+", "", s)


def valid_tax(t):
    d = [int(c) for c in t[:8]]
    return sum(a * b for a, b in zip(d, [9, 7, 3, 1, 9, 7, 3, 1])) % 10 == 0


def main():
    bad = 0
    for raw in INV:
        inv = compute(copy.deepcopy(raw))
        exp = json.loads((OUT / f"{inv['slug']}.json").read_text())
        assert list(exp) == KEYS, inv["slug"]
        text = extract_text(str(OUT / f"{inv['slug']}.pdf"))
        t = norm(text)
        assert len(t) > 200
        want = [exp["invoice_number"], exp["seller.name"]]
        for k in ["seller.tax_number", "seller.vat_number", "buyer.name", "buyer.tax_number", "buyer.vat_number", "preceding_invoice", "currency"]:
            if exp[k]:
                want.append(exp[k])
        for k in ["issue_date", "fulfilment_date", "due_date"]:
            if exp[k]:
                want.append(fdate(exp[k], inv["df"]))
        for k in ["net_total", "vat_total", "gross_total"]:
            want.append(fmoney(Decimal(exp[k]), inv["mf"], inv["cur"]))
        for k in ["seller.tax_number", "buyer.tax_number"]:
            if exp[k]:
                assert valid_tax(exp[k]), (inv["slug"], exp[k])
        assert Decimal(exp["net_total"]) + Decimal(exp["vat_total"]) == Decimal(exp["gross_total"])
        for s in inv["_summary"]:
            assert s["net"] + s["vat"] == s["gross"]
        missing = [w for w in want if norm(w) not in t]
        if missing:
            bad += 1
        print(inv["slug"], exp["kind"], exp["gross_total"], exp["currency"], "MISSING:" if missing else "ok", missing or "")
    print("bad", bad)


if __name__ == "__main__":
    main()

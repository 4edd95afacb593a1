# ruff: noqa
"""Build the blind set X: `.venv/bin/python -m tests.golden.heldout_x.make_set [--check-only]`.

Writes NAME.pdf + NAME.json next to this file, then checks that every PDF has a
text layer and that every expected value is visibly printed (pdfminer only)."""
import json
import re
import shutil
import subprocess
import sys
import unicodedata
import tempfile
from pathlib import Path

from .common import compute, amount_str, fdate, fmoney
from .data import INVOICES
from .html_tpl import HTML_TEMPLATES, F
from .rl_tpl import RL_TEMPLATES

HERE = Path(__file__).resolve().parent
FIXED = b"D:20271201120000+00'00'"


def _fix_dates(path):
    data = path.read_bytes()
    def rep(m):
        val = m.group(2)
        new = FIXED[: len(val)].ljust(len(val), b" ") if len(val) >= len(FIXED) else FIXED[: len(val)]
        return m.group(1) + new + b")"
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", rep, data)
    path.write_bytes(data)


def render_html(html, out, tmp):
    src = Path(tmp) / (out.stem + ".html")
    src.write_text(html, encoding="utf-8")
    prof = Path(tmp) / "profile"
    cmd = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           f"--user-data-dir={prof}", f"--print-to-pdf={out}", src.as_uri()]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def expected(inv):
    cur = inv["currency"]
    s, b = inv["seller"], inv["buyer"]
    return {
        "invoice_number": inv["number"], "kind": inv["kind"],
        "issue_date": inv["issue"].isoformat(),
        "fulfilment_date": inv["fulfil"].isoformat() if inv.get("fulfil") else None,
        "due_date": inv["due"].isoformat() if inv.get("due") else None,
        "currency": cur,
        "net_total": amount_str(inv["net"], cur), "vat_total": amount_str(inv["vat"], cur), "gross_total": amount_str(inv["gross"], cur),
        "seller.name": s["name"], "seller.tax_number": s.get("tax"), "seller.vat_number": s.get("vat"),
        "buyer.name": b["name"] if b else None, "buyer.tax_number": b.get("tax") if b else None, "buyer.vat_number": b.get("vat") if b else None,
        "preceding_invoice": inv.get("preceding"),
        "layout": "blind_x_" + inv["tpl"],
    }


def printed_forms(inv, exp):
    """the strings that must be visible on the page for each non-null field"""
    f = F(inv)
    out = {}
    for k, v in exp.items():
        if v is None or k in ("kind", "layout") or (k == "currency" and v == "HUF"):
            continue
        if k.endswith("_date"):
            key = {"issue_date": "issue", "fulfilment_date": "fulfil", "due_date": "due"}[k]
            out[k] = f.d(key)
        elif k.endswith("_total"):
            out[k] = f.m(inv[{"net_total": "net", "vat_total": "vat", "gross_total": "gross"}[k]])
        else:
            out[k] = v
    return out


def norm(t):
    t = unicodedata.normalize("NFKC", t)  # Chromium sets "fi" etc. as ligatures
    return re.sub(r"\s+", " ", t.replace("\xa0", " ").replace("\u202f", " ")).strip()


def check(invs):
    from pdfminer.high_level import extract_text
    bad = 0
    for inv in invs:
        pdf = HERE / (inv["name"] + ".pdf")
        exp = json.loads((HERE / (inv["name"] + ".json")).read_text(encoding="utf-8"))
        text = norm(extract_text(str(pdf)))
        if len(text) < 50:
            print("NO TEXT LAYER", pdf.name); bad += 1; continue
        for k, v in printed_forms(inv, exp).items():
            if norm(v) not in text:
                print(f"{inv['name']}: {k} = {v!r} not visible"); bad += 1
    print(f"checked {len(invs)} invoices, {bad} problems")
    return bad


def main():
    invs = [compute(i) for i in INVOICES]
    if "--check-only" not in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            for inv in invs:
                out = HERE / (inv["name"] + ".pdf")
                if inv["tpl"] in HTML_TEMPLATES:
                    render_html(HTML_TEMPLATES[inv["tpl"]](inv), out, tmp)
                else:
                    RL_TEMPLATES[inv["tpl"]](inv, str(out))
                _fix_dates(out)
                (HERE / (inv["name"] + ".json")).write_text(json.dumps(expected(inv), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
                print("wrote", out.name)
    sys.exit(1 if check(invs) else 0)


if __name__ == "__main__":
    main()

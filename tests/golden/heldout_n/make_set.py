# ruff: noqa
"""Build blind set N: `.venv/bin/python -m tests.golden.heldout_n.make_set`"""
import json, re, subprocess, sys, tempfile, shutil
from pathlib import Path
from .common import compute, amount_json, fmt_num, check_tax
from .html_templates import TEMPLATES, N, Dt
from .rl_templates import RL_TEMPLATES
from .invoices import INVOICES

OUT = Path(__file__).resolve().parent
FIXED = b"D:20270101000000+00'00'"


def fix_dates(path):
    data = path.read_bytes()
    def rep(m):
        v = m.group(2)
        new = (FIXED + b" " * len(v))[:len(v)] if len(v) <= len(FIXED) else FIXED + b" " * (len(v) - len(FIXED))
        return m.group(1) + new + m.group(3)
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", rep, data)
    path.write_bytes(data)


def chromium(html, pdf):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/ud", f"--print-to-pdf={pdf}", f"file://{src}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def expected(inv):
    s, b = inv["seller"], inv["buyer"]
    return {
        "invoice_number": inv["no"], "kind": inv["kind"], "issue_date": inv["issue"], "fulfilment_date": inv["fulfil"],
        "due_date": inv["due"], "currency": inv["currency"],
        "net_total": amount_json(inv["net"], inv["dec"]), "vat_total": amount_json(inv["vat"], inv["dec"]),
        "gross_total": amount_json(inv["gross"], inv["dec"]),
        "seller.name": s["name"], "seller.tax_number": s.get("tax"), "seller.vat_number": s.get("vat"),
        "buyer.name": b.get("name"), "buyer.tax_number": b.get("tax"), "buyer.vat_number": b.get("vat"),
        "preceding_invoice": inv.get("preceding"), "layout": "blind_n_" + inv["tpl"],
    }


def printed(inv, exp):
    """Strings that must be visible in the PDF text layer."""
    out = {"invoice_number": inv["no"], "seller.name": exp["seller.name"], "buyer.name": exp["buyer.name"],
           "net_total": N(inv, inv["net"]), "vat_total": N(inv, inv["vat"]), "gross_total": N(inv, inv["gross"])}
    for k in ("seller.tax_number", "seller.vat_number", "buyer.tax_number", "buyer.vat_number", "preceding_invoice"):
        if exp[k]:
            out[k] = exp[k]
    for k, f in (("issue_date", "issue"), ("fulfilment_date", "fulfil"), ("due_date", "due")):
        if inv[f]:
            out[k] = Dt(inv, inv[f])
    return out


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\xa0", " ").replace("\u202f", " ")).strip()


def verify(pdf, inv, exp):
    from pdfminer.high_level import extract_text
    text = extract_text(str(pdf))
    if len(text.strip()) < 100:
        return ["no text layer"]
    nt, ns = norm(text), re.sub(r"\s+", "", text)
    probs = []
    for k, v in printed(inv, exp).items():
        if norm(v) in nt:
            continue
        if re.sub(r"\s+", "", v) in ns:
            probs.append(f"(wrapped) {k}={v!r}")
        else:
            probs.append(f"MISSING {k}={v!r}")
    return probs


def main(only=None):
    bad = 0
    for inv in INVOICES:
        if only and not any(o in inv["name"] for o in only):
            continue
        compute(inv)
        exp = expected(inv)
        for p in ("seller", "buyer"):
            t = inv[p].get("tax")
            assert t is None or (re.fullmatch(r"\d{8}-\d-\d{2}", t) and check_tax(t)), t
        pdf = OUT / f"{inv['name']}.pdf"
        if inv["tpl"] in RL_TEMPLATES:
            RL_TEMPLATES[inv["tpl"]](inv, str(pdf))
        else:
            chromium(TEMPLATES[inv["tpl"]](inv), pdf)
            fix_dates(pdf)
        (OUT / f"{inv['name']}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        probs = verify(pdf, inv, exp)
        bad += any(p.startswith("MISSING") or p == "no text layer" for p in probs)
        print(f"{inv['name']:<32} {inv['tpl']:<16} {exp['gross_total']:>12} {exp['currency']} {'; '.join(probs) or 'ok'}")
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)

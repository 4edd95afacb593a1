# ruff: noqa
"""Build blind set V: `.venv/bin/python -m tests.golden.heldout_v.make_set`."""
import json
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal as D
from pathlib import Path

from .data import INVOICES, L
from .fmt import compute, amt, date, tn_ok
from . import html_t, rl_t

OUT = Path(__file__).resolve().parent
FIXED = b"20270101000000"

MERCHANT = [
    ("TT-10021", "Porotherm 30 N+F falazóblokk", "db", 612), ("TT-10022", "Porotherm 10 N+F válaszfallap", "db", 298),
    ("TT-10110", "Ytong Pve 10 cm válaszfalelem", "db", 1245), ("TT-11002", "Cement CEM II/B-M 32,5 N 25 kg", "zsák", 2190),
    ("TT-11010", "Falazóhabarcs Baumit MM50 40 kg", "zsák", 1985), ("TT-11020", "Vakolat alapvakolat gépi 30 kg", "zsák", 2340),
    ("TT-12001", "Betonacél B500B Ø8 6 m", "szál", 1320), ("TT-12002", "Betonacél B500B Ø10 6 m", "szál", 2080),
    ("TT-12003", "Betonacél B500B Ø12 6 m", "szál", 2995), ("TT-12010", "Hegesztett háló 150×150×5 mm", "tábla", 9850),
    ("TT-13001", "EPS 80 homlokzati hőszigetelő lap 10 cm", "m2", 2480), ("TT-13002", "Grafitos EPS lap 15 cm", "m2", 4290),
    ("TT-13010", "Kőzetgyapot lemez 5 cm", "m2", 1890), ("TT-13020", "Dűbel tányéros 140 mm", "db", 62),
    ("TT-14001", "Ragasztótapasz hőszigeteléshez 25 kg", "zsák", 3650), ("TT-14002", "Üvegszövet háló 145 g/m²", "m2", 295),
    ("TT-15001", "OSB lap 18 mm 2500×1250", "tábla", 11240), ("TT-15002", "Zsaluzó táblatábla 27 mm", "db", 8790),
    ("TT-15010", "Fenyő fűrészáru 5×10 cm 4 m", "db", 2350), ("TT-15011", "Tetőléc 3×5 cm 4 m", "db", 640),
    ("TT-16001", "Gipszkarton 12,5 mm 1200×2000", "tábla", 2690), ("TT-16002", "CW 50 profil 2,75 m", "db", 1150),
    ("TT-16003", "UW 50 profil 3 m", "db", 980), ("TT-16004", "Gyorsépítő csavar 25 mm 1000 db", "doboz", 3490),
    ("TT-17001", "Bitumenes lemez V-60 S4", "tekercs", 18900), ("TT-17002", "PVC szigetelő fólia 1,5 mm", "m2", 2870),
    ("TT-18001", "KG cső 110 mm 2 m", "db", 3150), ("TT-18002", "KG idom 110/45°", "db", 690),
    ("TT-18010", "PE vízvezeték cső 32 mm", "fm", 520), ("TT-19001", "Villanyszerelő doboz süllyesztett", "db", 145),
    ("TT-19002", "Védőcső 20 mm gégecső", "fm", 118), ("TT-20001", "Csemperagasztó C2TE 25 kg", "zsák", 5290),
    ("TT-20002", "Kenhető vízszigetelés 7 kg", "vödör", 12650), ("TT-21001", "Homok 0/4 ömlesztett", "m3", 9800),
    ("TT-21002", "Kavics 8/16 ömlesztett", "m3", 11200), ("TT-22001", "Zsalukő 30 cm", "db", 545),
    ("TT-22002", "Kerítéselem betonoszlop", "db", 4350), ("TT-23001", "Raklap betét (visszaváltható)", "db", 3500),
    ("TT-23002", "Szállítási díj darus autóval", "fuvar", 38000), ("TT-24001", "Munkavédelmi sisak", "db", 2490),
    ("TT-24002", "Védőkesztyű mártott", "pár", 390), ("TT-24003", "Talicska 100 l", "db", 16900),
    ("TT-25001", "Lapát, kőműves", "db", 3290), ("TT-25002", "Vízmérték 120 cm", "db", 7450),
]


def merchant_lines():
    out = []
    for i, (sku, desc, unit, price) in enumerate(MERCHANT):
        q = [12, 40, 150, 7, 3, 25, 60, 18, 2, 9, 4][i % 11]
        out.append(L(desc, q, unit, price, sku=sku))
    out.append(L("Építőanyag-kereskedelmi szakkönyv (könyv)", 1, "db", 6900, "5", sku="TT-99001"))
    return out


def fix_dates(path):
    b = path.read_bytes()
    b2 = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})", lambda m: m.group(1) + FIXED, b)
    if b2 != b:
        path.write_bytes(b2)


def chromium(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as ud:
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={ud}", f"--print-to-pdf={pdf_path}", f"file://{html_path}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def money(x, cur):
    return f"{x:.0f}" if cur == "HUF" else f"{x:.2f}"


def expected(inv):
    s, b = inv["seller"], inv["buyer"]
    iso = lambda d: d.isoformat() if d else None
    cur = inv["currency"]
    return {
        "invoice_number": inv["number"], "kind": inv["kind"],
        "issue_date": iso(inv["issue"]), "fulfilment_date": iso(inv["fulf"]), "due_date": iso(inv["due"]),
        "currency": cur, "net_total": money(inv["net"], cur), "vat_total": money(inv["vat"], cur),
        "gross_total": money(inv["gross"], cur),
        "seller.name": s["name"], "seller.tax_number": s.get("tax"), "seller.vat_number": s.get("vat"),
        "buyer.name": b["name"], "buyer.tax_number": b.get("tax"), "buyer.vat_number": b.get("vat"),
        "preceding_invoice": inv.get("preceding"), "layout": "blind_v_" + inv["tpl"],
    }


def printed_forms(inv, exp):
    """The strings that must be visible on the page."""
    cur = inv["currency"]
    out = {}
    for k, v in exp.items():
        if v is None or k in ("kind", "layout", "currency"):
            continue
        if k.endswith("_date"):
            dkey = {"issue_date": "issue", "fulfilment_date": "fulf", "due_date": "due"}[k]
            out[k] = date(inv[dkey], inv["ds"])
        elif k.endswith("_total"):
            out[k] = amt(inv[k.split("_")[0]], inv["ns"], cur)
        else:
            out[k] = v
    return out


def squash(t):
    return re.sub(r"\s+", "", t)


def check(inv, pdf, exp):
    from pdfminer.high_level import extract_text
    text = extract_text(str(pdf))
    assert len(text.strip()) > 100, f"{pdf.name}: no text layer"
    st = squash(text)
    bad = [f"{k}={v!r}" for k, v in printed_forms(inv, exp).items() if squash(v) not in st]
    norm = lambda x: re.sub(r"\s+", " ", x)
    nt = norm(text)
    soft = [k for k, v in printed_forms(inv, exp).items() if norm(v) not in nt]
    if soft:
        print("  note: only found after removing all whitespace:", inv["name"], soft)
    for k in ("seller.tax_number", "buyer.tax_number"):
        if exp[k]:
            assert re.fullmatch(r"\d{8}-\d-\d{2}", exp[k]) and tn_ok(exp[k]), (pdf.name, k)
    return bad, text


def main():
    names = set()
    bad_all = {}
    for inv in INVOICES:
        if inv["lines"] is None:
            inv["lines"] = merchant_lines()
        inv["buyer"] = {k: v for k, v in inv["buyer"].items() if k not in ("bank", "reg")}
        compute(inv)
        assert inv["name"] not in names
        names.add(inv["name"])
        pdf = OUT / f"{inv['name']}.pdf"
        if inv["tpl"].startswith("h_"):
            html = html_t.TEMPLATES[inv["tpl"]](inv)
            with tempfile.TemporaryDirectory() as td:
                hp = Path(td) / "inv.html"
                hp.write_text(html, encoding="utf-8")
                chromium(hp, pdf)
            fix_dates(pdf)
        else:
            rl_t.TEMPLATES[inv["tpl"]](inv, str(pdf))
        exp = expected(inv)
        (OUT / f"{inv['name']}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        bad, _ = check(inv, pdf, exp)
        if bad:
            bad_all[inv["name"]] = bad
        print(inv["name"], inv["tpl"], exp["gross_total"], "OK" if not bad else f"MISSING {bad}")
    print(len(names), "invoices;", len({i['tpl'] for i in INVOICES}), "layouts")
    return 1 if bad_all else 0


if __name__ == "__main__":
    sys.exit(main())

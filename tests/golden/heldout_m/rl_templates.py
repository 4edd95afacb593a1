# ruff: noqa
"""reportlab-drawn invoice templates of blind set M."""
from decimal import Decimal
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from .common import amt, dfmt, qty_s, CODE_LABEL_HU, CODE_NOTE_HU

_FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", _FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", _FONTS + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", _FONTS + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", _FONTS + "DejaVuSerif-Bold.ttf"))


def styles_for(tpl, inv):
    if tpl == "rl_plain":
        return ("en", "eu", 0) if inv.get("lang") == "en" else ("hu", "dot", 0)
    return ("hudot", "dot", 0)


def _fmt(tpl, inv):
    st, ds, hd = styles_for(tpl, inv)
    cur = inv["currency"]
    dec = hd if cur == "HUF" else 2

    def A(x):
        return amt(x, st, dec, cur)

    def PR(x):
        if cur == "HUF" and x == x.to_integral_value():
            return amt(x, st, 0, cur)
        return amt(x, st, 2, cur)

    def DT(iso):
        return dfmt(iso, ds)
    return A, PR, DT


def _canvas(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Invoice")
    return c


def rl_plain(inv, path):
    A, PR, DT = _fmt("rl_plain", inv)
    s, b, cur = inv["seller"], inv["buyer"], inv["currency"]
    en = inv.get("lang") == "en"
    c = _canvas(path)
    W, H = A4
    x0 = 20 * mm
    y = H - 22 * mm
    c.setFont("DVB", 15)
    c.drawString(x0, y, s["name"])
    c.setFont("DV", 8.5)
    y -= 5 * mm
    for a in s["addr"]:
        c.drawString(x0, y, a); y -= 4 * mm
    if s.get("tax"):
        c.drawString(x0, y, f"Adószám: {s['tax']}"); y -= 4 * mm
    if s.get("vat"):
        c.drawString(x0, y, (f"VAT: {s['vat']}" if en else f"Közösségi adószám: {s['vat']}")); y -= 4 * mm
    if s.get("kvk"):
        c.drawString(x0, y, s["kvk"]); y -= 4 * mm
    if s.get("evnyt"):
        c.drawString(x0, y, s["evnyt"]); y -= 4 * mm
    c.setFont("DVB", 22)
    c.drawRightString(W - 20 * mm, H - 24 * mm, "INVOICE" if en else "SZÁMLA")
    # meta block, right
    meta = ([("Invoice no.", inv["number"]), ("Invoice date", DT(inv["issue"])), ("Delivery date", DT(inv["fulfil"])),
             ("Due date", DT(inv["due"])), ("Currency", cur)] if en else
            [("Számlaszám", inv["number"]), ("Számla kelte", DT(inv["issue"])), ("Teljesítés kelte", DT(inv["fulfil"])),
             ("Fizetési határidő", DT(inv["due"])), ("Fizetés módja", inv["pay"]), ("Pénznem", cur)])
    my = H - 34 * mm
    for k, v in meta:
        c.setFont("DV", 8); c.drawRightString(W - 58 * mm, my, k + ":")
        c.setFont("DVB", 9); c.drawRightString(W - 20 * mm, my, v)
        my -= 4.6 * mm
    # buyer
    y = min(y, my) - 8 * mm
    c.setFont("DV", 7.5); c.setFillGray(0.4)
    c.drawString(x0, y, "Customer" if en else "Vevő"); c.setFillGray(0)
    y -= 5 * mm
    c.setFont("DVB", 10.5); c.drawString(x0, y, b["name"]); y -= 4.5 * mm
    c.setFont("DV", 9)
    for a in b["addr"]:
        c.drawString(x0, y, a); y -= 4.2 * mm
    if b.get("tax"):
        c.drawString(x0, y, f"Adószám: {b['tax']}"); y -= 4.2 * mm
    if b.get("vat"):
        c.drawString(x0, y, f"VAT ID: {b['vat']}" if en else f"Közösségi adószám: {b['vat']}"); y -= 4.2 * mm
    y -= 8 * mm
    # items
    cols = [x0, x0 + 92 * mm, x0 + 112 * mm, x0 + 137 * mm, W - 20 * mm]
    hdr = ["Description", "Qty", "Unit price", "VAT", "Net amount"] if en else ["Megnevezés", "Menny.", "Egységár", "ÁFA", "Nettó érték"]
    c.setFont("DVB", 8)
    c.drawString(cols[0], y, hdr[0])
    for i in range(1, 5):
        c.drawRightString(cols[i] + (0 if i == 4 else 14 * mm), y, hdr[i])
    y -= 2 * mm; c.line(x0, y, W - 20 * mm, y); y -= 4.5 * mm
    c.setFont("DV", 8.5)
    for l in inv["lines"]:
        lines = simpleSplit(l["desc"], "DV", 8.5, 90 * mm)
        rl = "RC" if (en and l["code"] == "EUFAD") else CODE_LABEL_HU[l["code"]].replace("EUFAD", "FAD")
        vals = [f"{qty_s(l['qty'])} {l['unit']}", PR(l["price"]), rl, A(l["net"])]
        for j, t in enumerate(lines):
            c.drawString(cols[0], y, t)
            if j == 0:
                for i, v in enumerate(vals, 1):
                    c.drawRightString(cols[i] + (0 if i == 4 else 14 * mm), y, v)
            y -= 4.2 * mm
        y -= 1 * mm
    c.line(x0, y + 2 * mm, W - 20 * mm, y + 2 * mm)
    y -= 4 * mm
    tot = ([("Subtotal (net)", A(inv["net"])), ("VAT", A(inv["vat"])), (f"Total {cur}", A(inv["gross"]))] if en else
           [("Nettó összesen", A(inv["net"]))] +
           [(f"ÁFA {CODE_LABEL_HU[k]} ({A(g['net'])} alapon)", A(g["vat"])) for k, g in inv["summary"]] +
           [("ÁFA összesen", A(inv["vat"])), (f"Bruttó végösszeg ({cur})", A(inv["gross"]))])
    for i, (k, v) in enumerate(tot):
        last = i == len(tot) - 1
        c.setFont("DVB" if last else "DV", 11 if last else 9)
        c.drawRightString(W - 60 * mm, y, k); c.drawRightString(W - 20 * mm, y, v)
        y -= 6 * mm if last else 4.8 * mm
    if cur != "HUF" and inv.get("fx"):
        c.setFont("DV", 8.5)
        c.drawString(x0, y, f"Az áfa összege forintban: {amt(inv['vat_huf'], 'hu', 0)} Ft, "
                            f"alkalmazott árfolyam: 1 EUR = {amt(Decimal(inv['fx']), 'hu', 2)} Ft (MNB, {DT(inv['fulfil'])})")
        y -= 5 * mm
    y -= 4 * mm
    c.setFont("DV", 7.5)
    notes = []
    if en:
        notes.append("VAT reverse charged – Article 196 Council Directive 2006/112/EC. The recipient accounts for VAT.")
        notes.append(f"Payment: IBAN {s['iban']} · {s['email']}")
    else:
        notes += [CODE_NOTE_HU[k] for k, _ in inv["summary"] if k in CODE_NOTE_HU and CODE_NOTE_HU[k] != inv.get("note")]
        if inv.get("note"):
            notes.append(inv["note"])
        if s.get("bank"):
            notes.append("Bankszámla: " + s["bank"] + (f" · IBAN: {s['iban']}" if s.get("iban") else ""))
    for n in notes:
        c.drawString(x0, y, n); y -= 4 * mm
    c.setFont("DV", 6.5); c.setFillGray(0.5)
    c.drawCentredString(W / 2, 12 * mm, "Page 1 of 1" if en else "1. oldal / 1")
    c.showPage(); c.save()


def rl_columns(inv, path):
    A, PR, DT = _fmt("rl_columns", inv)
    s, b, cur = inv["seller"], inv["buyer"], inv["currency"]
    c = _canvas(path)
    W, H = A4
    x0, x1 = 15 * mm, W - 15 * mm
    # top bar
    c.setFillColorRGB(0.93, 0.93, 0.88); c.rect(x0, H - 40 * mm, x1 - x0, 25 * mm, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("DVSB", 17); c.drawString(x0 + 4 * mm, H - 24 * mm, "Számla")
    c.setFont("DVS", 9); c.drawString(x0 + 4 * mm, H - 30 * mm, "Bizonylatszám:")
    c.setFont("DVSB", 11); c.drawString(x0 + 30 * mm, H - 30 * mm, inv["number"])
    if inv.get("contract"):
        c.setFont("DVS", 8); c.drawString(x0 + 4 * mm, H - 36 * mm, inv["contract"])
    # right: dates grid 2x2
    grid = [("Kibocsátás kelte", DT(inv["issue"])), ("Teljesítés kelte", DT(inv["fulfil"])),
            ("Esedékesség", DT(inv["due"])), ("Fizetési mód", inv["pay"])]
    gx = x1 - 80 * mm
    for i, (k, v) in enumerate(grid):
        cx = gx + (i % 2) * 40 * mm
        cy = H - 22 * mm - (i // 2) * 10 * mm
        c.setFont("DVS", 6.5); c.setFillGray(0.35); c.drawString(cx, cy + 3 * mm, k.upper())
        c.setFillGray(0); c.setFont("DVSB", 9.5); c.drawString(cx, cy - 1 * mm, v)
    # two columns: Kibocsátó / Vevő
    y0 = H - 50 * mm
    for j, (lbl, p) in enumerate((("KIBOCSÁTÓ", s), ("VEVŐ", b))):
        cx = x0 + j * ((x1 - x0) / 2)
        y = y0
        c.setFont("DVS", 7); c.setFillGray(0.35); c.drawString(cx, y, lbl); c.setFillGray(0)
        y -= 5 * mm
        c.setFont("DVSB", 10.5); c.drawString(cx, y, p["name"]); y -= 4.5 * mm
        c.setFont("DVS", 8.5)
        for a in p["addr"]:
            c.drawString(cx, y, a); y -= 4 * mm
        for key, lab in (("tax", "Adószám"), ("vat", "Közösségi adószám"), ("reg", None), ("mnb", None), ("bank", "Számlavezető")):
            if p.get(key):
                c.drawString(cx, y, f"{lab}: {p[key]}" if lab else p[key]); y -= 4 * mm
    # items table with grid lines
    y = y0 - 42 * mm
    cols = [x0, x0 + 78 * mm, x0 + 95 * mm, x0 + 120 * mm, x0 + 133 * mm, x0 + 155 * mm, x1]
    hdr = ["Megnevezés", "Mennyiség", "Egységár", "ÁFA", "Nettó", "Bruttó"]
    c.setFont("DVSB", 8)
    c.rect(x0, y - 2 * mm, x1 - x0, 7 * mm, stroke=1, fill=0)
    c.drawString(cols[0] + 1.5 * mm, y, hdr[0])
    for i in range(1, 6):
        c.drawRightString(cols[i + 1] - 1.5 * mm, y, hdr[i])
    y -= 7 * mm
    c.setFont("DVS", 8.5)
    top = y + 5 * mm
    for l in inv["lines"]:
        lines = simpleSplit(l["desc"], "DVS", 8.5, 75 * mm)
        vals = [f"{qty_s(l['qty'])} {l['unit']}", PR(l["price"]), CODE_LABEL_HU[l["code"]], A(l["net"]), A(l["gross"])]
        for k, t in enumerate(lines):
            c.drawString(cols[0] + 1.5 * mm, y, t)
            if k == 0:
                for i, v in enumerate(vals, 1):
                    c.drawRightString(cols[i + 1] - 1.5 * mm, y, v)
            y -= 4.2 * mm
        c.setLineWidth(0.3); c.line(x0, y + 2.4 * mm, x1, y + 2.4 * mm)
        y -= 1.5 * mm
    for cx in cols:
        c.line(cx, top, cx, y + 3.9 * mm)
    # summary per rate
    y -= 6 * mm
    c.setFont("DVSB", 8)
    sx = [x1 - 95 * mm, x1 - 60 * mm, x1 - 30 * mm, x1]
    for t, xx in zip(["ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"], sx):
        c.drawRightString(xx, y, t)
    y -= 5 * mm
    c.setFont("DVS", 8.5)
    for k, g in inv["summary"]:
        for t, xx in zip([CODE_LABEL_HU[k], A(g["net"]), A(g["vat"]), A(g["gross"])], sx):
            c.drawRightString(xx, y, t)
        y -= 4.5 * mm
    c.setFont("DVSB", 8.5)
    for t, xx in zip(["Összesen", A(inv["net"]), A(inv["vat"]), A(inv["gross"])], sx):
        c.drawRightString(xx, y, t)
    y -= 10 * mm
    c.setFillColorRGB(0.93, 0.93, 0.88); c.rect(x1 - 95 * mm, y - 3 * mm, 95 * mm, 10 * mm, stroke=0, fill=1); c.setFillGray(0)
    c.setFont("DVSB", 12); c.drawString(x1 - 92 * mm, y, "Fizetendő:"); c.drawRightString(x1 - 3 * mm, y, f"{A(inv['gross'])} Ft")
    y -= 14 * mm
    c.setFont("DVS", 7.5)
    notes = [CODE_NOTE_HU[k] for k, _ in inv["summary"] if k in CODE_NOTE_HU]
    if inv.get("note"):
        notes.append(inv["note"])
    for n in notes:
        c.drawString(x0, y, n); y -= 4 * mm
    c.setFont("DVS", 6.5); c.setFillGray(0.5)
    c.drawString(x0, 10 * mm, f"{s['name']} · {', '.join(s['addr'])} · Számlázó program: OptiSzámla 7.4")
    c.showPage(); c.save()


RL_TEMPLATES = {"rl_plain": rl_plain, "rl_columns": rl_columns}

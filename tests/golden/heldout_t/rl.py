# ruff: noqa
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from .common import fnum, fdate
from .templates import KIND_HU

FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("M", "DejaVuSansMono.ttf"), ("MB", "DejaVuSansMono-Bold.ttf"),
             ("R", "DejaVuSerif.ttf"), ("RB", "DejaVuSerif-Bold.ttf"), ("C", "DejaVuSansCondensed.ttf"), ("CB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))

R = {}


def rl(name, num, date):
    def deco(fn):
        fn.num = num; fn.date = date; R[name] = fn
        return fn
    return deco


def mk(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    return c


def lines(cv, f, inv, c, x0, y, cols, font="S", size=8, lh=12):
    # cols: list of (key, header, x, align)
    cv.setFont(font + "B" if font in "SMRC" else font, size)
    for k, h, x, a in cols:
        (cv.drawRightString if a == "r" else cv.drawString)(x, y, h)
    y -= lh
    cv.setFont(font, size)
    for r in c["rows"]:
        for k, h, x, a in cols:
            v = r[k]
            if k in ("price", "net", "vat", "gross"): v = fnum(v, f.num, inv["currency"])
            v = str(v)
            (cv.drawRightString if a == "r" else cv.drawString)(x, y, v)
        y -= lh
    return y


def fx_line(inv, c):
    if inv["currency"] == "HUF": return None
    from decimal import Decimal as D
    fx = D(inv["fx"]); vhuf = (c["vat"] * fx).quantize(D("1"))
    return f"Árfolyam: 1 EUR = {str(fx).replace('.', ',')} HUF, ÁFA forintban: {fnum(vhuf, 'sp')} Ft"


@rl("rl_leftband", "sp", "dot")
def leftband(inv, c, path):
    f = leftband; s = inv["seller"]; b = inv["buyer"]; W, H = A4
    cv = mk(path)
    cv.setFillColorRGB(0.15, 0.3, 0.5); cv.rect(0, 0, 45 * mm, H, fill=1, stroke=0)
    cv.setFillColorRGB(1, 1, 1); cv.setFont("SB", 9); y = H - 25 * mm
    cv.drawString(5 * mm, y, "SZÁMLA"); y -= 14
    cv.setFont("S", 7)
    for lab, val in [("Számlaszám", inv["number"]), ("Kiállítva", fdate(inv["issue"], f.date)), ("Teljesítés", fdate(inv["fulfil"], f.date)), ("Határidő", fdate(inv["due"], f.date)), ("Fizetés", inv.get("pay", "átutalás"))]:
        cv.drawString(5 * mm, y, lab); y -= 9; cv.setFont("SB", 8); cv.drawString(5 * mm, y, val); cv.setFont("S", 7); y -= 14
    cv.setFillColorRGB(0, 0, 0)
    x = 52 * mm; y = H - 25 * mm
    cv.setFont("S", 7); cv.drawString(x, y, "ELADÓ"); cv.drawString(x + 75 * mm, y, "VEVŐ"); y -= 12
    for i, p in enumerate([s, b]):
        yy = y; xx = x + i * 75 * mm
        cv.setFont("SB", 9); cv.drawString(xx, yy, p["name"]); yy -= 11; cv.setFont("S", 8); cv.drawString(xx, yy, p["addr"]); yy -= 11
        if p.get("tax"): cv.drawString(xx, yy, "Adószám: " + p["tax"]); yy -= 11
        if p.get("vat"): cv.drawString(xx, yy, "EU adószám: " + p["vat"]); yy -= 11
    y -= 70
    y = lines(cv, f, inv, c, x, y, [("desc", "Tétel", x, "l"), ("qty", "Db", x + 70 * mm, "r"), ("price", "Egységár", x + 92 * mm, "r"), ("rate", "ÁFA", x + 100 * mm, "l"), ("net", "Nettó", x + 125 * mm, "r"), ("gross", "Bruttó", x + 150 * mm, "r")])
    y -= 10; cv.setFont("S", 8)
    for sm in c["summ"]:
        cv.drawString(x, y, f"ÁFA {sm['rate']}: alap {fnum(sm['net'], f.num)} Ft, adó {fnum(sm['vat'], f.num)} Ft, bruttó {fnum(sm['gross'], f.num)} Ft"); y -= 11
    y -= 6; cv.setFont("SB", 11)
    cv.drawRightString(x + 150 * mm, y, f"Nettó: {fnum(c['net'], f.num)} Ft   ÁFA: {fnum(c['vat'], f.num)} Ft"); y -= 16
    cv.drawRightString(x + 150 * mm, y, f"Fizetendő: {fnum(c['gross'], f.num)} Ft")
    cv.setFont("S", 7); y -= 20
    for n in inv.get("notes", []): cv.drawString(x, y, n); y -= 10
    cv.showPage(); cv.save()


@rl("rl_grid_form", "dot_dec", "de")
def gridform(inv, c, path):
    f = gridform; s = inv["seller"]; b = inv["buyer"]; W, H = A4; cur = inv["currency"]
    cv = mk(path); L = 15 * mm; Rr = W - 15 * mm
    cv.setFont("CB", 16); cv.drawCentredString(W / 2, H - 20 * mm, KIND_HU[inv["kind"]] + " / INVOICE")
    y = H - 30 * mm
    boxes = [("Számlaszám / Invoice no.", inv["number"]), ("Kelte / Date", fdate(inv["issue"], f.date)), ("Teljesítés / Supply", fdate(inv["fulfil"], f.date)), ("Esedékes / Due", fdate(inv["due"], f.date)), ("Pénznem", cur)]
    bw = (Rr - L) / len(boxes)
    for i, (l, v) in enumerate(boxes):
        cv.rect(L + i * bw, y - 12 * mm, bw, 12 * mm); cv.setFont("C", 6); cv.drawString(L + i * bw + 2, y - 8, l); cv.setFont("CB", 9); cv.drawString(L + i * bw + 2, y - 26, v)
    y -= 16 * mm
    for i, (lab, p) in enumerate([("Szolgáltató / Supplier", s), ("Megrendelő / Customer", b)]):
        xx = L + i * (Rr - L) / 2; cv.rect(xx, y - 28 * mm, (Rr - L) / 2, 28 * mm)
        cv.setFont("C", 6); cv.drawString(xx + 2, y - 8, lab); yy = y - 20
        cv.setFont("CB", 9); cv.drawString(xx + 4, yy, p["name"]); yy -= 11; cv.setFont("C", 8); cv.drawString(xx + 4, yy, p["addr"]); yy -= 11
        if p.get("tax"): cv.drawString(xx + 4, yy, "Adószám: " + p["tax"]); yy -= 11
        if p.get("vat"): cv.drawString(xx + 4, yy, "VAT: " + p["vat"]); yy -= 11
    y -= 34 * mm
    if inv.get("preceding"):
        cv.setFont("C", 8); cv.drawString(L, y, "Eredeti számla / Original invoice: " + inv["preceding"]); y -= 14
    y = lines(cv, f, inv, c, L, y, [("desc", "Megnevezés", L + 2, "l"), ("qty", "Menny.", L + 95 * mm, "r"), ("price", "Egységár", L + 120 * mm, "r"), ("rate", "ÁFA", L + 124 * mm, "l"), ("net", "Nettó", L + 150 * mm, "r"), ("gross", "Bruttó", Rr - 2, "r")], font="C")
    cv.line(L, y + 6, Rr, y + 6); y -= 8; cv.setFont("C", 8)
    for sm in c["summ"]:
        cv.drawRightString(Rr, y, f"{sm['rate']}: {fnum(sm['net'], f.num, cur)} + {fnum(sm['vat'], f.num, cur)} = {fnum(sm['gross'], f.num, cur)} {cur}"); y -= 11
    fl = fx_line(inv, c)
    if fl: cv.drawString(L, y, fl); y -= 11
    cv.setFont("CB", 10); y -= 4
    for lab, v in [("Nettó összesen", c["net"]), ("ÁFA összesen", c["vat"]), ("Bruttó összesen", c["gross"])]:
        cv.drawString(L + 100 * mm, y, lab); cv.drawRightString(Rr, y, fnum(v, f.num, cur) + " " + cur); y -= 13
    cv.setFont("C", 7)
    for n in inv.get("notes", []): cv.drawString(L, y, n); y -= 10
    cv.showPage(); cv.save()


@rl("rl_mono_listing", "sp_dec", "iso")
def monol(inv, c, path):
    f = monol; s = inv["seller"]; b = inv["buyer"]; W, H = A4
    cv = mk(path); x = 18 * mm; y = H - 18 * mm
    def t(txt, bold=False):
        nonlocal y
        cv.setFont("MB" if bold else "M", 8.5); cv.drawString(x, y, txt); y -= 11
    t(s["name"], True); t(s["addr"]); t(f"Adósz.: {s['tax']}   Köz.adósz.: {s['vat'] or '-'}"); t("")
    t(f"{'SZÁMLA ' + inv['number']:>80}", True)
    t(f"{'Számla kelte....: ' + fdate(inv['issue'], f.date):>80}"); t(f"{'Teljesítés kelte: ' + fdate(inv['fulfil'], f.date):>80}"); t(f"{'Esedékesség.....: ' + fdate(inv['due'], f.date):>80}")
    t("Vevő:"); t("  " + b["name"], True); t("  " + b["addr"])
    if b.get("tax"): t("  Adószám: " + b["tax"])
    t("_" * 88)
    t(f"{'Cikk/Szolgáltatás':<34}{'Menny':>7}{'Egységár':>13}{'ÁFA':>6}{'Nettó':>14}{'Bruttó':>14}")
    t("_" * 88)
    for r in c["rows"]:
        t(f"{r['desc'][:34]:<34}{str(r['qty']):>7}{fnum(r['price'], f.num):>13}{r['rate']:>6}{fnum(r['net'], f.num):>14}{fnum(r['gross'], f.num):>14}")
    t("_" * 88)
    for sm in c["summ"]:
        t(f"   {sm['rate']:>4}  adóalap {fnum(sm['net'], f.num):>14}   áfa {fnum(sm['vat'], f.num):>12}")
    t(f"{'Nettó érték:':>60}{fnum(c['net'], f.num):>20}"); t(f"{'ÁFA érték:':>60}{fnum(c['vat'], f.num):>20}"); t(f"{'Bruttó érték:':>60}{fnum(c['gross'], f.num):>20}", True)
    for n in inv.get("notes", []): t(n)
    cv.showPage(); cv.save()


@rl("rl_twopage_serif", "dot", "long")
def twopage(inv, c, path):
    f = twopage; s = inv["seller"]; b = inv["buyer"]; W, H = A4
    cv = mk(path); L = 20 * mm
    def hdr(pg):
        cv.setFont("RB", 13); cv.drawString(L, H - 18 * mm, s["name"]); cv.setFont("R", 8); cv.drawString(L, H - 23 * mm, f"{s['addr']} · Adószám: {s['tax']}")
        cv.drawRightString(W - L, H - 18 * mm, f"{pg}/2. oldal"); cv.line(L, H - 26 * mm, W - L, H - 26 * mm)
    hdr(1); y = H - 36 * mm; cv.setFont("R", 10)
    for lab, v in [("Számla sorszáma", inv["number"]), ("Kiállítás kelte", fdate(inv["issue"], f.date)), ("Teljesítés kelte", fdate(inv["fulfil"], f.date)), ("Fizetési határidő", fdate(inv["due"], f.date))]:
        cv.drawString(W / 2, y, lab + ":"); cv.drawRightString(W - L, y, v); y -= 13
    y2 = H - 36 * mm; cv.setFont("R", 8); cv.drawString(L, y2, "Megrendelő:"); y2 -= 12; cv.setFont("RB", 10); cv.drawString(L, y2, b["name"]); y2 -= 12; cv.setFont("R", 9); cv.drawString(L, y2, b["addr"]); y2 -= 12
    if b.get("tax"): cv.drawString(L, y2, "Adószám: " + b["tax"])
    y = H - 100 * mm
    y = lines(cv, f, inv, c, L, y, [("desc", "Szolgáltatás megnevezése", L, "l"), ("qty", "Menny.", L + 85 * mm, "r"), ("price", "Egységár", L + 110 * mm, "r"), ("rate", "ÁFA", L + 115 * mm, "l"), ("net", "Nettó", W - L, "r")], font="R", size=9, lh=14)
    cv.setFont("R", 8); cv.drawString(L, 20 * mm, "Folytatás a következő oldalon – összesítő a 2. oldalon.")
    cv.showPage(); hdr(2); y = H - 40 * mm
    cv.setFont("RB", 11); cv.drawString(L, y, f"Összesítő – {inv['number']}"); y -= 20; cv.setFont("R", 10)
    for sm in c["summ"]:
        cv.drawString(L, y, f"ÁFA {sm['rate']}"); cv.drawRightString(L + 90 * mm, y, fnum(sm['net'], f.num) + " Ft"); cv.drawRightString(L + 125 * mm, y, fnum(sm['vat'], f.num) + " Ft"); cv.drawRightString(W - L, y, fnum(sm['gross'], f.num) + " Ft"); y -= 14
    y -= 10; cv.setFont("RB", 11)
    for lab, v in [("Nettó összesen:", c["net"]), ("ÁFA összesen:", c["vat"]), ("Fizetendő összesen:", c["gross"])]:
        cv.drawString(L + 60 * mm, y, lab); cv.drawRightString(W - L, y, fnum(v, f.num) + " Ft"); y -= 16
    cv.setFont("R", 8)
    for n in inv.get("notes", []): cv.drawString(L, y, n); y -= 10
    cv.showPage(); cv.save()


@rl("rl_topstrip", "comma_dec", "slash")
def topstrip(inv, c, path):
    f = topstrip; s = inv["seller"]; b = inv["buyer"]; W, H = A4; cur = inv["currency"]
    cv = mk(path); L = 14 * mm
    cv.setFillColorRGB(0.9, 0.9, 0.9); cv.rect(0, H - 22 * mm, W, 22 * mm, fill=1, stroke=0); cv.setFillColorRGB(0, 0, 0)
    cv.setFont("SB", 8); cv.drawString(L, H - 9 * mm, "INVOICE NO / SZÁMLASZÁM"); cv.drawString(L + 65 * mm, H - 9 * mm, "ISSUED / KELT"); cv.drawString(L + 105 * mm, H - 9 * mm, "SUPPLY / TELJESÍTÉS"); cv.drawString(L + 148 * mm, H - 9 * mm, "DUE / HATÁRIDŐ")
    cv.setFont("S", 11); cv.drawString(L, H - 16 * mm, inv["number"]); cv.drawString(L + 65 * mm, H - 16 * mm, fdate(inv["issue"], f.date)); cv.drawString(L + 105 * mm, H - 16 * mm, fdate(inv["fulfil"], f.date)); cv.drawString(L + 148 * mm, H - 16 * mm, fdate(inv["due"], f.date))
    y = H - 34 * mm
    for lab, p in [("Supplier / Szállító", s), ("Bill to / Vevő", b)]:
        cv.setFont("S", 7); cv.drawString(L, y, lab); cv.setFont("SB", 10); cv.drawString(L + 35 * mm, y, p["name"]); cv.setFont("S", 8)
        cv.drawString(L + 35 * mm, y - 10, p["addr"] + (("   Adószám: " + p["tax"]) if p.get("tax") else "") + (("   VAT: " + p["vat"]) if p.get("vat") else "")); y -= 26
    y -= 6
    y = lines(cv, f, inv, c, L, y, [("desc", "Description / Megnevezés", L, "l"), ("qty", "Qty", L + 95 * mm, "r"), ("price", "Unit", L + 120 * mm, "r"), ("rate", "VAT", L + 124 * mm, "l"), ("net", "Net", L + 152 * mm, "r"), ("gross", "Gross", W - L, "r")])
    y -= 6; cv.setFont("S", 8)
    for sm in c["summ"]:
        cv.drawRightString(W - L, y, f"VAT {sm['rate']}  base {fnum(sm['net'], f.num, cur)}  tax {fnum(sm['vat'], f.num, cur)}"); y -= 11
    fl = fx_line(inv, c)
    if fl: cv.drawString(L, y, fl); y -= 11
    cv.setFont("SB", 10)
    cv.drawRightString(W - L, y - 4, f"Total net / Nettó: {fnum(c['net'], f.num, cur)} {cur}"); cv.drawRightString(W - L, y - 18, f"VAT / ÁFA: {fnum(c['vat'], f.num, cur)} {cur}"); cv.drawRightString(W - L, y - 32, f"Amount due / Fizetendő: {fnum(c['gross'], f.num, cur)} {cur}")
    cv.setFont("S", 7); y -= 48
    for n in inv.get("notes", []): cv.drawString(L, y, n); y -= 10
    cv.showPage(); cv.save()

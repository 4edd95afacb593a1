# ruff: noqa
"""reportlab-drawn layouts for blind set P."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from .common import fmt_num, fmt_date
from .html_t import KIND_HU, N, Dt

FD = "/usr/share/fonts/truetype/dejavu/"
for nm, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"),
              ("DVM", "DejaVuSansMono.ttf"), ("DVMB", "DejaVuSansMono-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, FD + f))
W, H = A4


def mk(path, inv):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(inv["number"])
    return c


def txt(c, x, y, s, font="DV", size=9, align="l", color=(0, 0, 0)):
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    if align == "r":
        c.drawRightString(x, y, s)
    elif align == "c":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)
    c.setFillColorRGB(0, 0, 0)


def party_lines(p, tl="Adószám: ", vl="Közösségi adószám: "):
    out = [p["addr"]]
    if p.get("tax"):
        out.append(tl + p["tax"])
    if p.get("vat"):
        out.append(vl + p["vat"])
    return out


def table(c, x, y, cols, rows, font="DV", size=8, head_font="DVB", lh=5 * mm, grid=False, aligns=None):
    """cols: list of (title, width). Returns new y."""
    aligns = aligns or ["l"] + ["r"] * (len(cols) - 1)
    def row(vals, f, yy):
        xx = x
        for (t, w), v, a in zip(cols, vals, aligns):
            if a == "r":
                txt(c, xx + w - 1.5 * mm, yy, v, f, size, "r")
            else:
                txt(c, xx + 1.5 * mm, yy, v, f, size)
            xx += w
    tw = sum(w for _, w in cols)
    row([t for t, _ in cols], head_font, y)
    c.line(x, y - 1.5 * mm, x + tw, y - 1.5 * mm)
    y -= lh
    for r in rows:
        row(r, font, y)
        if grid:
            c.setStrokeGray(0.8); c.line(x, y - 1.5 * mm, x + tw, y - 1.5 * mm); c.setStrokeGray(0)
        y -= lh
    return y


def line_rows(inv, vat_cols=True):
    out = []
    for l in inv["_lines"]:
        r = [l["desc"], N(inv, l["qty"], 0 if l["qty"] == l["qty"].to_integral_value() else 2), l["unit"],
             N(inv, l["price"], None if inv["currency"] != "HUF" or l["price"] != l["price"].to_integral_value() else 0),
             l["rate"] + ("%" if l["rate"].isdigit() else ""), N(inv, l["net"])]
        if vat_cols:
            r += [N(inv, l["vat"]), N(inv, l["gross"])]
        out.append(r)
    return out


def sum_rows(inv, total):
    rr = [[r["rate"] + ("%" if r["rate"].isdigit() else ""), N(inv, r["net"]), N(inv, r["vat"]), N(inv, r["gross"])] for r in inv["_rows"]]
    rr.append([total, N(inv, inv["_net"]), N(inv, inv["_vat"]), N(inv, inv["_gross"])])
    return rr


# ---------------------------------------------------------------- rl_classic (multi-page capable)
def rl_classic(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = mk(path, inv)
    per_page = inv.get("per_page", 99)
    lines = line_rows(inv)
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    np_ = len(chunks) + (1 if inv.get("totals_own_page") else 0)
    def header(pn):
        txt(c, 15 * mm, H - 18 * mm, s["name"], "DVSB", 15)
        txt(c, 15 * mm, H - 23 * mm, s["addr"], "DVS", 8)
        txt(c, W - 15 * mm, H - 18 * mm, KIND_HU[inv["kind"]].capitalize(), "DVSB", 14, "r")
        txt(c, W - 15 * mm, H - 23 * mm, f"{pn}. oldal / {np_}", "DVS", 8, "r")
        c.line(15 * mm, H - 26 * mm, W - 15 * mm, H - 26 * mm)
    header(1)
    y = H - 34 * mm
    txt(c, 15 * mm, y, "Szállító", "DVSB", 9); txt(c, 110 * mm, y, "Vevő", "DVSB", 9)
    y -= 5 * mm
    txt(c, 15 * mm, y, s["name"], "DVS", 9); txt(c, 110 * mm, y, b["name"], "DVS", 9)
    sl, bl = party_lines(s), party_lines(b)
    for i in range(max(len(sl), len(bl))):
        y -= 4.5 * mm
        if i < len(sl): txt(c, 15 * mm, y, sl[i], "DVS", 8.5)
        if i < len(bl): txt(c, 110 * mm, y, bl[i], "DVS", 8.5)
    y -= 9 * mm
    meta = [("Számlaszám:", inv["number"]), ("Számla kelte:", Dt(inv, inv["issue"])), ("Teljesítés kelte:", Dt(inv, inv["fulfil"])),
            ("Fizetési határidő:", Dt(inv, inv["due"])), ("Elszámolási időszak:", inv.get("period", "")), ("Felhasználási hely:", inv.get("site", ""))]
    for i, (k, v) in enumerate(meta):
        xx = 15 * mm if i % 2 == 0 else 110 * mm
        txt(c, xx, y, k, "DVS", 8.5, color=(.4, .4, .4)); txt(c, xx + 36 * mm, y, v, "DVSB" if i == 0 else "DVS", 8.5)
        if i % 2: y -= 5 * mm
    y -= 5 * mm
    cols = [("Tétel", 62 * mm), ("Menny.", 18 * mm), ("Me.", 10 * mm), ("Egységár", 20 * mm), ("ÁFA", 10 * mm), ("Nettó", 20 * mm), ("ÁFA", 20 * mm), ("Bruttó", 20 * mm)]
    for ci, ch in enumerate(chunks):
        if ci > 0:
            c.showPage(); header(ci + 1); y = H - 36 * mm
        y = table(c, 15 * mm, y, cols, ch, "DVS", 7.5, "DVSB", grid=True)
        if ci < len(chunks) - 1:
            txt(c, W - 15 * mm, 15 * mm, "Folytatás a következő oldalon", "DVS", 7, "r")
    if inv.get("totals_own_page"):
        c.showPage(); header(np_); y = H - 36 * mm
    y -= 6 * mm
    txt(c, 15 * mm, y, "ÁFA-összesítő", "DVSB", 10); y -= 6 * mm
    y = table(c, 80 * mm, y, [("Kulcs", 30 * mm), ("Nettó", 30 * mm), ("ÁFA", 25 * mm), ("Bruttó", 30 * mm)], sum_rows(inv, "Összesen"), "DVS", 8.5, "DVSB")
    y -= 4 * mm
    txt(c, W - 15 * mm, y, f"Fizetendő végösszeg: {N(inv, inv['_gross'])} Ft", "DVSB", 12, "r")
    y -= 8 * mm
    for n in inv.get("notes", []):
        txt(c, 15 * mm, y, n, "DVS", 7.5); y -= 4 * mm
    txt(c, 15 * mm, 10 * mm, f"{s['name']} · Adószám: {s['tax']} · {s.get('bank', '')}", "DVS", 6.5, color=(.4, .4, .4))
    c.showPage(); c.save()


# ---------------------------------------------------------------- rl_sidebar
def rl_sidebar(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = mk(path, inv)
    c.setFillColorRGB(.16, .2, .3); c.rect(0, 0, 58 * mm, H, fill=1, stroke=0)
    wt = (1, 1, 1); lt = (.7, .75, .85)
    y = H - 20 * mm
    txt(c, 8 * mm, y, s["brand"], "DVB", 16, color=wt); y -= 12 * mm
    for k, v in [("SZÁMLASZÁM", inv["number"]), ("KELTE", Dt(inv, inv["issue"])), ("TELJESÍTÉS", Dt(inv, inv["fulfil"])),
                 ("FIZETÉSI HATÁRIDŐ", Dt(inv, inv["due"])), ("FIZETÉSI MÓD", inv.get("paym", "átutalás")), ("ÜGYFÉLSZÁM", inv.get("account", ""))]:
        txt(c, 8 * mm, y, k, "DV", 6.5, color=lt); y -= 4.5 * mm
        txt(c, 8 * mm, y, v, "DVB", 9.5, color=wt); y -= 8 * mm
    y -= 6 * mm
    txt(c, 8 * mm, y, "SZOLGÁLTATÓ", "DV", 6.5, color=lt); y -= 4.5 * mm
    for ln in [s["name"]] + party_lines(s, "Adószám: ", "EU: ") + [s.get("bank", "")]:
        txt(c, 8 * mm, y, ln, "DVC", 7, color=wt); y -= 3.8 * mm
    x0 = 66 * mm
    txt(c, x0, H - 22 * mm, KIND_HU[inv["kind"]].capitalize(), "DVB", 22)
    txt(c, x0, H - 36 * mm, "Ügyfél", "DV", 7.5, color=(.5, .5, .5))
    yy = H - 41 * mm
    for ln in [b["name"]] + party_lines(b):
        txt(c, x0, yy, ln, "DVB" if ln == b["name"] else "DV", 9); yy -= 4.5 * mm
    yy -= 8 * mm
    cols = [("Szolgáltatás", 50 * mm), ("Menny.", 14 * mm), ("Me.", 12 * mm), ("Egységár", 18 * mm), ("Áfa", 12 * mm), ("Nettó", 24 * mm)]
    yy = table(c, x0, yy, cols, line_rows(inv, False), "DV", 7.5, "DVB", grid=True)
    yy -= 6 * mm
    yy = table(c, x0 + 30 * mm, yy, [("Áfakulcs", 22 * mm), ("Nettó", 26 * mm), ("Áfa", 22 * mm), ("Bruttó", 30 * mm)], sum_rows(inv, "Összesen"), "DV", 8, "DVB")
    yy -= 4 * mm
    c.setFillColorRGB(.93, .95, .98); c.rect(x0, yy - 4 * mm, W - x0 - 12 * mm, 12 * mm, fill=1, stroke=0)
    txt(c, x0 + 3 * mm, yy, "Fizetendő összeg", "DV", 10)
    txt(c, W - 15 * mm, yy, f"{N(inv, inv['_gross'])} Ft", "DVB", 13, "r")
    yy -= 14 * mm
    for n in inv.get("notes", []):
        txt(c, x0, yy, n, "DV", 7); yy -= 4 * mm
    c.showPage(); c.save()


# ---------------------------------------------------------------- rl_mono (Courier-like, storno/correction friendly)
def rl_mono(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = mk(path, inv)
    y = H - 15 * mm
    def ln(t, f="DVM", sz=8.5):
        nonlocal y
        txt(c, 14 * mm, y, t, f, sz); y -= 4.2 * mm
    W2 = 84
    ln(f"{KIND_HU[inv['kind']]:^{W2}}", "DVMB", 9)
    ln("")
    ln(f"SZOLGÁLTATÓ : {s['name']}"); ln(f"              {s['addr']}")
    ln(f"ADÓSZÁM     : {s['tax']}")
    ln(f"NYILV.SZÁM  : {s.get('reg','')}")
    ln("")
    ln(f"MEGRENDELŐ  : {b['name']}"); ln(f"              {b['addr']}")
    if b.get("tax"):
        ln(f"ADÓSZÁM     : {b['tax']}")
    ln("")
    ln(f"BIZONYLATSZÁM: {inv['number']:<20} KELTE      : {Dt(inv, inv['issue'])}")
    ln(f"TELJESÍTÉS   : {Dt(inv, inv['fulfil']):<20} ESEDÉKESSÉG: {Dt(inv, inv['due'])}")
    if inv.get("preceding"):
        ln(f"HIVATKOZOTT SZÁMLA: {inv['preceding']}")
    ln("-" * W2)
    ln(f"{'MEGNEVEZÉS':<36}{'MENNY':>7} {'ME':<5}{'EGYSÉGÁR':>12}{'ADÓ':>6}{'NETTÓ':>16}")
    ln("-" * W2)
    for r in line_rows(inv, False):
        ln(f"{r[0][:36]:<36}{r[1]:>7} {r[2][:5]:<5}{r[3]:>12}{r[4]:>6}{r[5]:>16}")
    ln("-" * W2)
    for r in sum_rows(inv, "ÖSSZ."):
        ln(f"{'ADÓKULCS ' + r[0]:<24}NETTÓ{r[1]:>14}  ADÓ{r[2]:>12}  BRUTTÓ{r[3]:>13}")
    ln("=" * W2)
    ln(f"{'FIZETENDŐ:':<60}{N(inv, inv['_gross']) + ' HUF':>24}", "DVMB", 9)
    ln("")
    for n in inv.get("notes", []):
        ln(n, "DVM", 7.5)
    c.showPage(); c.save()


# ---------------------------------------------------------------- rl_grid (DE/EN, boxed)
def rl_grid(inv, path):
    s, b = inv["seller"], inv["buyer"]
    cur = inv["currency"]
    c = mk(path, inv)
    c.setLineWidth(.6)
    x0, x1 = 15 * mm, W - 15 * mm
    def box(x, y, w, h, lab, lines, f="DV", sz=8.5):
        c.rect(x, y - h, w, h)
        txt(c, x + 1.5 * mm, y - 3 * mm, lab, "DV", 5.8, color=(.45, .45, .45))
        yy = y - 7 * mm
        for i, l in enumerate(lines):
            txt(c, x + 1.5 * mm, yy, l, "DVB" if i == 0 and f == "DV" else f, sz); yy -= 4 * mm
    txt(c, x0, H - 20 * mm, "RECHNUNG / INVOICE", "DVB", 16)
    txt(c, x1, H - 20 * mm, s["name"], "DVB", 10, "r")
    y = H - 26 * mm
    cw = (x1 - x0) / 2
    box(x0, y, cw, 30 * mm, "Leistungserbringer / Supplier", [s["name"]] + party_lines(s, "Steuernr.: ", "USt-IdNr. / VAT ID: "))
    box(x0 + cw, y, cw, 30 * mm, "Leistungsempfänger / Customer", [b["name"]] + party_lines(b, "Adószám: ", "USt-IdNr. / VAT ID: "))
    y -= 30 * mm
    qw = (x1 - x0) / 4
    for i, (k, v) in enumerate([("Rechnungs-Nr. / Invoice no.", inv["number"]), ("Rechnungsdatum / Invoice date", Dt(inv, inv["issue"])),
                                ("Leistungsdatum / Delivery date", Dt(inv, inv["fulfil"])), ("Zahlbar bis / Payable by", Dt(inv, inv["due"]))]):
        box(x0 + i * qw, y, qw, 12 * mm, k, [v], "DV", 9)
    y -= 20 * mm
    cols = [("Pos. / Beschreibung – Description", 78 * mm), ("Menge", 16 * mm), ("Einh.", 14 * mm), ("Preis " + cur, 24 * mm), ("USt", 12 * mm), ("Netto " + cur, 36 * mm)]
    y = table(c, x0, y, cols, line_rows(inv, False), "DV", 8, "DVB", grid=True)
    y -= 6 * mm
    y = table(c, x0 + 60 * mm, y, [("USt-Satz", 24 * mm), ("Netto", 32 * mm), ("USt", 24 * mm), ("Brutto", 40 * mm)], sum_rows(inv, "Summe " + cur), "DV", 8.5, "DVB")
    y -= 6 * mm
    for n in inv.get("notes", []):
        txt(c, x0, y, n, "DV", 7.5); y -= 4 * mm
    txt(c, x0, 12 * mm, f"{s['name']} · {s.get('reg','')} · {s.get('bank','')}", "DV", 6.5, color=(.4, .4, .4))
    c.showPage(); c.save()


# ---------------------------------------------------------------- rl_stacked_en
def rl_stacked_en(inv, path):
    s, b = inv["seller"], inv["buyer"]
    cur = inv["currency"]
    c = mk(path, inv)
    x0 = 20 * mm
    y = H - 22 * mm
    txt(c, x0, y, s["name"], "DVB", 12); y -= 5 * mm
    for l in party_lines(s, "Tax no.: ", "VAT: "):
        txt(c, x0, y, l, "DV", 8.5); y -= 4 * mm
    y -= 8 * mm
    c.setStrokeColorRGB(.1, .5, .3); c.setLineWidth(2); c.line(x0, y, W - 20 * mm, y); c.setLineWidth(1); c.setStrokeColorRGB(0, 0, 0)
    y -= 10 * mm
    txt(c, x0, y, "TAX INVOICE", "DVB", 18, color=(.1, .5, .3)); y -= 10 * mm
    for k, v in [("Invoice No", inv["number"]), ("Invoice Date", Dt(inv, inv["issue"])), ("Tax Point", Dt(inv, inv["fulfil"])), ("Terms", inv.get("terms", "")), ("Due Date", Dt(inv, inv["due"]))]:
        txt(c, x0, y, k, "DV", 8.5, color=(.4, .4, .4)); txt(c, x0 + 30 * mm, y, v, "DV", 9); y -= 4.8 * mm
    y -= 6 * mm
    txt(c, x0, y, "Invoice To", "DVB", 9); y -= 5 * mm
    for l in [b["name"]] + party_lines(b, "Tax no.: ", "VAT: "):
        txt(c, x0, y, l, "DV", 9); y -= 4.5 * mm
    y -= 8 * mm
    cols = [("Item", 70 * mm), ("Qty", 15 * mm), ("Unit", 15 * mm), ("Rate " + cur, 25 * mm), ("VAT", 15 * mm), ("Amount " + cur, 30 * mm)]
    y = table(c, x0, y, cols, line_rows(inv, False), "DV", 8.5, "DVB")
    y -= 4 * mm
    for k, v in [("Net Total", N(inv, inv["_net"])), ("VAT Total", N(inv, inv["_vat"])), ("Invoice Total", N(inv, inv["_gross"]))]:
        txt(c, W - 85 * mm, y, k, "DVB" if "Invoice" in k else "DV", 9.5); txt(c, W - 20 * mm, y, f"{cur} {v}", "DVB" if "Invoice" in k else "DV", 9.5, "r"); y -= 5.5 * mm
    if inv.get("fx"):
        txt(c, x0, y, f"HUF VAT amount (rate {fmt_num(inv['fx'], 'en', 2)} HUF/{cur}): HUF {fmt_num(inv['_vat_huf'], 'en', 0)}", "DV", 8); y -= 5 * mm
    y -= 4 * mm
    for n in inv.get("notes", []):
        txt(c, x0, y, n, "DV", 7.5); y -= 4 * mm
    c.showPage(); c.save()


RL = {f.__name__: f for f in [rl_classic, rl_sidebar, rl_mono, rl_grid, rl_stacked_en]}

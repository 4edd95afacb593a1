# ruff: noqa
"""Layouts drawn directly with reportlab."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from .common import RATE_LABEL, NUMERIC, q
from .html_tpl import F, KIND_TITLE

FD = "/usr/share/fonts/truetype/dejavu/"
for n, fn in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
              ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
              ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + fn))


def _canvas(out, size=A4):
    c = canvas.Canvas(out, pagesize=size, invariant=1)
    return c


def _party_lines(p, taxlbl="Adószám: ", vatlbl="Közösségi adószám: "):
    L = [p["name"], p.get("addr", "")]
    if p.get("tax"):
        L.append(taxlbl + p["tax"])
    if p.get("vat"):
        L.append(vatlbl + p["vat"])
    L += p.get("extra", [])
    return [x for x in L if x]


# ------------------------------------------------------------ r_plain: sparse proforma, meta on left
def r_plain(inv, out):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    c = _canvas(out); W, H = A4
    y = H - 25 * mm
    c.setFont("DVB", 18); c.drawString(20 * mm, y, KIND_TITLE[inv["kind"]].capitalize())
    c.setFont("DV", 8); c.drawString(20 * mm, y - 5 * mm, "Nem minősül számlának! A díjbekérő alapján fizetett összegről számlát állítunk ki." if inv["kind"] == "proforma" else "")
    y -= 16 * mm
    c.setFont("DV", 9)
    for lbl, val in [("Díjbekérő száma", inv["number"]), ("Kelt", f.d("issue")), ("Fizetési határidő", f.d("due")), ("Pénznem", inv["currency"])]:
        c.drawString(20 * mm, y, lbl); c.drawString(60 * mm, y, val); y -= 5 * mm
    yy = H - 41 * mm
    c.setFont("DVB", 9); c.drawString(120 * mm, yy, "Kiállító:"); yy -= 5 * mm; c.setFont("DV", 9)
    for t in _party_lines(s):
        c.drawString(120 * mm, yy, t); yy -= 4.5 * mm
    yy -= 3 * mm; c.setFont("DVB", 9); c.drawString(120 * mm, yy, "Megrendelő:"); yy -= 5 * mm; c.setFont("DV", 9)
    for t in _party_lines(b):
        c.drawString(120 * mm, yy, t); yy -= 4.5 * mm
    y = min(y, yy) - 10 * mm
    c.line(20 * mm, y + 4 * mm, 190 * mm, y + 4 * mm)
    c.setFont("DVB", 8.5)
    for x, t in [(20, "Megnevezés"), (110, "Menny."), (130, "Egységár"), (155, "Nettó"), (172, "ÁFA")]:
        c.drawString(x * mm, y, t)
    y -= 6 * mm; c.setFont("DV", 8.5)
    for ln in inv["lines"]:
        c.drawString(20 * mm, y, ln["desc"]); c.drawRightString(122 * mm, y, f.q(ln["qty"]) + " " + ln.get("unit", "db"))
        c.drawRightString(150 * mm, y, f.p(ln["price"])); c.drawRightString(170 * mm, y, f.m(ln["net"])); c.drawString(174 * mm, y, RATE_LABEL[ln["rate"]])
        y -= 5 * mm
    c.line(20 * mm, y + 2 * mm, 190 * mm, y + 2 * mm); y -= 5 * mm
    for lbl, v in [("Nettó összesen:", inv["net"]), ("ÁFA összesen:", inv["vat"]), ("Fizetendő bruttó:", inv["gross"])]:
        c.drawString(120 * mm, y, lbl); c.drawRightString(190 * mm, y, f.m(v) + " " + inv["currency"]); y -= 5 * mm
    y -= 6 * mm
    for n in inv.get("notes", []):
        c.drawString(20 * mm, y, n); y -= 5 * mm
    c.showPage(); c.save()


# ------------------------------------------------------------ r_grid: platypus table layout (EUR)
def r_grid(inv, out):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    st = ParagraphStyle("n", fontName="DV", fontSize=8.5, leading=11)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=14, leading=18)
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=15 * mm, invariant=1)
    P = lambda t: Paragraph(t, st)
    el = [Paragraph(f"INVOICE / SZÁMLA  {inv['number']}", stb), Spacer(1, 6)]
    parties = Table([[P("<b>Seller / Eladó</b><br/>" + "<br/>".join(_party_lines(s, "Tax no.: ", "VAT ID / Közösségi adószám: "))),
                      P("<b>Buyer / Vevő</b><br/>" + "<br/>".join(_party_lines(b, "Adószám / Tax no.: ", "Közösségi adószám / VAT ID: ")))]], colWidths=[87 * mm, 87 * mm])
    parties.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    el.append(parties); el.append(Spacer(1, 6))
    meta = Table([[P("Invoice date / Kelt"), P("Delivery date / Teljesítés"), P("Due date / Fizetési határidő"), P("Currency / Pénznem")],
                  [P(f.d("issue")), P(f.d("fulfil")), P(f.d("due")), P(inv["currency"])]], colWidths=[43.5 * mm] * 4)
    meta.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8f4"))]))
    el.append(meta); el.append(Spacer(1, 8))
    rows = [["Description / Megnevezés", "Qty", "Unit price", "Net", "VAT"]]
    for ln in inv["lines"]:
        rows.append([P(ln["desc"]), f.q(ln["qty"]) + " " + ln.get("unit", "pc"), f.p(ln["price"]), f.m(ln["net"]), RATE_LABEL[ln["rate"]]])
    rows.append(["", "", "Net total / Nettó", f.m(inv["net"]), ""])
    rows.append(["", "", "VAT / ÁFA", f.m(inv["vat"]), ""])
    rows.append(["", "", "Total / Összesen", f.m(inv["gross"]) + " " + inv["currency"], ""])
    t = Table(rows, colWidths=[68 * mm, 20 * mm, 30 * mm, 32 * mm, 24 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, 0), (-1, 0), "DVB", 8.5), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEABOVE", (2, -3), (-1, -3), 0.8, colors.black), ("FONT", (2, -1), (-1, -1), "DVB", 9)]))
    el.append(t); el.append(Spacer(1, 10))
    for n in inv.get("notes", []):
        el.append(P(n))
    doc.build(el)


# ------------------------------------------------------------ r_mono: typewriter-like canvas
def r_mono(inv, out):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    c = _canvas(out); W, H = A4
    c.setFont("DVM", 9)
    y = H - 20 * mm
    def ln_(t, x=18):
        nonlocal y
        c.drawString(x * mm, y, t); y -= 4.3 * mm
    ln_(s["name"]); ln_(s["addr"]); ln_("Adószám: " + s["tax"])
    for e in s.get("extra", []):
        ln_(e)
    y -= 4 * mm
    c.setFont("DVM", 13); ln_(f"*** {KIND_TITLE[inv['kind']]} ***", 70); c.setFont("DVM", 9); y -= 2 * mm
    ln_(f"Számla sorszáma ...... {inv['number']}")
    ln_(f"Kiállítás napja ...... {f.d('issue')}")
    ln_(f"Teljesítés kelte ..... {f.d('fulfil')}")
    ln_(f"Fizetési határidő .... {f.d('due')}")
    y -= 3 * mm
    ln_("Megrendelő:"); ln_("   " + b["name"]); ln_("   " + b["addr"])
    if b.get("tax"):
        ln_("   Adószám: " + b["tax"])
    y -= 3 * mm
    ln_("-" * 88)
    ln_(f"{'Megnevezés':<38}{'Menny.':>9}{'Egységár':>12}{'Nettó':>14}{'ÁFA':>7}")
    ln_("-" * 88)
    for l in inv["lines"]:
        ln_(f"{l['desc'][:38]:<38}{f.q(l['qty']):>9}{f.p(l['price']):>12}{f.m(l['net']):>14}{RATE_LABEL[l['rate']]:>7}")
    ln_("-" * 88)
    for r, n_, v, g in inv["summary"]:
        ln_(f"{RATE_LABEL[r]:>6}  nettó {f.m(n_):>12}   áfa {f.m(v):>11}   bruttó {f.m(g):>12}")
    ln_("=" * 88)
    ln_(f"Összesen nettó: {f.m(inv['net'])}   ÁFA: {f.m(inv['vat'])}   Bruttó: {f.m(inv['gross'])} Ft")
    y -= 3 * mm
    for n in inv.get("notes", []):
        ln_(n)
    c.showPage(); c.save()


# ------------------------------------------------------------ r_landscape: wide table
def r_landscape(inv, out):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    size = landscape(A4); c = _canvas(out, size); W, H = size
    c.setFillColor(colors.HexColor("#1d4d2b")); c.rect(0, H - 22 * mm, W, 22 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DVB", 16); c.drawString(15 * mm, H - 14 * mm, s["name"])
    c.setFont("DV", 8); c.drawString(15 * mm, H - 19 * mm, f"{s['addr']}   Adószám: {s['tax']}   {' '.join(s.get('extra', []))}")
    c.setFillColor(colors.black)
    y = H - 32 * mm
    c.setFont("DVB", 11); c.drawString(15 * mm, y, "Vevő"); c.drawString(150 * mm, y, KIND_TITLE[inv["kind"]])
    c.setFont("DV", 9); yy = y
    for t in _party_lines(b):
        yy -= 4.5 * mm; c.drawString(15 * mm, yy, t)
    ym = y
    for lbl, v in [("Számlaszám", inv["number"]), ("Kelte", f.d("issue")), ("Teljesítés dátuma", f.d("fulfil")), ("Fizetési határidő", f.d("due"))]:
        ym -= 4.5 * mm; c.drawString(150 * mm, ym, lbl + ":"); c.drawString(190 * mm, ym, v)
    y = min(yy, ym) - 10 * mm
    cols = [(15, "Munka megnevezése", "l"), (150, "Mennyiség", "r"), (180, "Egységár", "r"), (210, "Nettó", "r"), (225, "ÁFA", "r"), (250, "ÁFA összeg", "r"), (282, "Bruttó", "r")]
    c.setFont("DVB", 8.5)
    for x, t, a in cols:
        (c.drawString if a == "l" else c.drawRightString)(x * mm, y, t)
    c.line(15 * mm, y - 1.5 * mm, 282 * mm, y - 1.5 * mm); y -= 6 * mm; c.setFont("DV", 8.5)
    for l in inv["lines"]:
        vat = q(l["net"] * NUMERIC.get(l["rate"], 0), inv["currency"])
        vals = [l["desc"], f.q(l["qty"]) + " " + l.get("unit", "db"), f.p(l["price"]), f.m(l["net"]), RATE_LABEL[l["rate"]], f.m(vat), f.m(l["net"] + vat)]
        for (x, _, a), v in zip(cols, vals):
            (c.drawString if a == "l" else c.drawRightString)(x * mm, y, v)
        y -= 5 * mm
    c.line(15 * mm, y + 2 * mm, 282 * mm, y + 2 * mm); y -= 4 * mm; c.setFont("DVB", 9)
    c.drawString(150 * mm, y, "Összesen:"); c.drawRightString(210 * mm, y, f.m(inv["net"])); c.drawRightString(250 * mm, y, f.m(inv["vat"])); c.drawRightString(282 * mm, y, f.m(inv["gross"]))
    y -= 10 * mm; c.setFont("DV", 8.5)
    for n in inv.get("notes", []):
        c.drawString(15 * mm, y, n); y -= 4.5 * mm
    c.showPage(); c.save()


# ------------------------------------------------------------ r_serif_letter: buyer top-left, seller bottom, serif
def r_letter(inv, out):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    c = _canvas(out); W, H = A4
    c.setFont("DVS", 10); y = H - 30 * mm
    for t in [b["name"], b["addr"]] + (["Adószám: " + b["tax"]] if b.get("tax") else []):
        c.drawString(25 * mm, y, t); y -= 5 * mm
    c.drawRightString(185 * mm, H - 30 * mm, f"{inv.get('place', 'Szeged')}, {f.d('issue')}")
    y -= 12 * mm
    c.setFont("DVSB", 12); c.drawString(25 * mm, y, f"Számla — {inv['number']}"); y -= 7 * mm
    c.setFont("DVS", 10)
    c.drawString(25 * mm, y, f"Teljesítés időpontja: {f.d('fulfil')}     Fizetési határidő: {f.d('due')}"); y -= 10 * mm
    for n in inv.get("intro", []):
        c.drawString(25 * mm, y, n); y -= 5 * mm
    y -= 4 * mm
    for l in inv["lines"]:
        c.drawString(25 * mm, y, f"{l['desc']} ({f.q(l['qty'])} {l.get('unit','db')} × {f.p(l['price'])} Ft)")
        c.drawRightString(160 * mm, y, f.m(l["net"]) + " Ft"); c.drawString(165 * mm, y, RATE_LABEL[l["rate"]]); y -= 5.5 * mm
    y -= 4 * mm
    for lbl, v in [("Nettó díj", inv["net"]), ("Általános forgalmi adó", inv["vat"]), ("Összesen fizetendő", inv["gross"])]:
        c.drawString(90 * mm, y, lbl); c.drawRightString(160 * mm, y, f.m(v) + " Ft"); y -= 5.5 * mm
    y -= 8 * mm
    for n in inv.get("notes", []):
        c.drawString(25 * mm, y, n); y -= 5 * mm
    c.line(25 * mm, 28 * mm, 185 * mm, 28 * mm); c.setFont("DVS", 8)
    c.drawString(25 * mm, 23 * mm, f"{s['name']} · {s['addr']} · Adószám: {s['tax']}")
    c.drawString(25 * mm, 19 * mm, " · ".join(s.get("extra", [])))
    c.showPage(); c.save()


RL_TEMPLATES = {"plain": r_plain, "grid": r_grid, "mono": r_mono, "landscape": r_landscape, "letter": r_letter}

# ruff: noqa
"""Two reportlab-drawn layouts of the blind set ZC."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

from .common import RATE_LABEL
from .render import P

_F = "/usr/share/fonts/truetype/dejavu/"
_done = False


def fonts():
    global _done
    if _done:
        return
    pdfmetrics.registerFont(TTFont("DV", _F + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", _F + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", _F + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", _F + "DejaVuSerif-Bold.ttf"))
    _done = True


def rl_simple(inv, out):
    fonts()
    pr = P(inv)
    s, b = inv["seller"], inv["buyer"]
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    W, H = A4
    y = H - 20 * mm
    c.setFont("DVSB", 15)
    c.drawString(20 * mm, y, s["name"])
    c.setFont("DVS", 8.5)
    for a in s["addr"] + ["Adószám: " + s["tax"], "Közösségi adószám: " + s["vat"], "Számlavezető bank: " + s["bank"]]:
        y -= 4.2 * mm
        c.drawString(20 * mm, y, a)
    c.setFont("DVSB", 22)
    c.drawRightString(W - 20 * mm, H - 22 * mm, "Számla")
    c.setFont("DVS", 9)
    yy = H - 30 * mm
    for lab, v in [("Számlaszám:", inv["number"]), ("Számla kelte:", pr.D(inv["issue"])), ("Teljesítés:", pr.D(inv["fulfil"])),
                   ("Fizetési határidő:", pr.D(inv["due"])), ("Fizetési mód:", inv["pay"])]:
        c.drawString(W - 85 * mm, yy, lab)
        c.drawRightString(W - 20 * mm, yy, v)
        yy -= 4.6 * mm
    y = min(y, yy) - 10 * mm
    c.setFont("DVSB", 9)
    c.drawString(20 * mm, y, "Vevő:")
    c.setFont("DVS", 9)
    for a in [b["name"]] + b["addr"] + (["Adószám: " + b["tax"]] if b.get("tax") else []):
        y -= 4.4 * mm
        c.drawString(35 * mm, y, a)
    y -= 10 * mm
    cols = [20, 98, 100, 135, 155, 168, 190]
    heads = ["Megnevezés", "Menny.", "Me.", "Egységár", "Nettó", "ÁFA", "Bruttó"]
    c.setFont("DVSB", 8)
    c.line(20 * mm, y + 3.5 * mm, W - 20 * mm, y + 3.5 * mm)
    for i, h in enumerate(heads):
        (c.drawString if i in (0, 2) else c.drawRightString)(cols[i] * mm, y, h)
    c.line(20 * mm, y - 1.5 * mm, W - 20 * mm, y - 1.5 * mm)
    c.setFont("DVS", 8.5)
    for l in inv["lines"]:
        y -= 5.5 * mm
        vals = [l["desc"], pr.Q(l["qty"]), l["unit"], pr.A(l["price"]), pr.A(l["net"]), RATE_LABEL[l["rate"]], pr.A(l["gross"])]
        for i, v in enumerate(vals):
            (c.drawString if i in (0, 2) else c.drawRightString)(cols[i] * mm, y, v)
    y -= 4 * mm
    c.line(20 * mm, y, W - 20 * mm, y)
    y -= 8 * mm
    c.setFont("DVSB", 8.5)
    c.drawString(110 * mm, y, "ÁFA-kulcs")
    c.drawRightString(145 * mm, y, "Adóalap")
    c.drawRightString(168 * mm, y, "Adó")
    c.drawRightString(190 * mm, y, "Bruttó")
    c.setFont("DVS", 8.5)
    for r, n, v, g in inv["breakdown"]:
        y -= 4.8 * mm
        c.drawString(110 * mm, y, RATE_LABEL[r])
        c.drawRightString(145 * mm, y, pr.A(n))
        c.drawRightString(168 * mm, y, pr.A(v))
        c.drawRightString(190 * mm, y, pr.A(g))
    y -= 8 * mm
    for lab, v, f in [("Nettó összesen:", inv["net"], "DVS"), ("ÁFA összesen:", inv["vat"], "DVS"), ("Fizetendő összesen:", inv["gross"], "DVSB")]:
        c.setFont(f, 10 if f == "DVS" else 13)
        c.drawString(100 * mm, y, lab)
        c.drawRightString(190 * mm, y, pr.M(v))
        y -= 6.5 * mm
    c.setFont("DVS", 7)
    c.drawString(20 * mm, 15 * mm, f"{s['name']} · {inv.get('regno', '')} · A számla elektronikus úton, aláírás nélkül is érvényes.")
    c.showPage()
    c.save()


def rl_table(inv, out):
    fonts()
    pr = P(inv)
    s, b = inv["seller"], inv["buyer"]
    st = ParagraphStyle("n", fontName="DV", fontSize=8.5, leading=11)
    sb = ParagraphStyle("b", fontName="DVB", fontSize=8.5, leading=11)
    tt = ParagraphStyle("t", fontName="DVB", fontSize=18, leading=22)
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            invariant=1, title="")
    el = [Paragraph(pr.title(), tt), Paragraph(f"Bizonylatszám: {inv['number']}", sb), Spacer(1, 5 * mm)]
    sp = f"<b>Kibocsátó</b><br/>{s['name']}<br/>{'<br/>'.join(s['addr'])}<br/>Adószám: {s['tax']}<br/>Bankszámlaszám: {s['bank']}"
    bp = f"<b>Megrendelő</b><br/>{b['name']}<br/>{'<br/>'.join(b['addr'])}" + (f"<br/>Adószám: {b['tax']}" if b.get("tax") else "")
    t = Table([[Paragraph(sp, st), Paragraph(bp, st)]], colWidths=[89 * mm, 89 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.7, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    el += [t, Spacer(1, 4 * mm)]
    md = [["Kiállítás dátuma", "Fizetési határidő", "Fizetési mód", "Pénznem"],
          [pr.D(inv["issue"]), pr.D(inv["due"]), inv["pay"], inv["currency"]]]
    t = Table(md, colWidths=[44.5 * mm] * 4)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DVB", 7.5), ("FONT", (0, 1), (-1, 1), "DV", 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]))
    el += [t, Spacer(1, 5 * mm)]
    rows = [["Megnevezés", "Mennyiség", "Egységár", "Nettó", "ÁFA", "ÁFA összeg", "Bruttó"]]
    for l in inv["lines"]:
        rows.append([Paragraph(l["desc"], st), f"{pr.Q(l['qty'])} {l['unit']}", pr.A(l["price"]), pr.A(l["net"]),
                     RATE_LABEL[l["rate"]], pr.A(l["vat"]), pr.A(l["gross"])])
    for r, n, v, g in inv["breakdown"]:
        rows.append([f"Összesen {RATE_LABEL[r]}", "", "", pr.A(n), RATE_LABEL[r], pr.A(v), pr.A(g)])
    rows.append(["Mindösszesen", "", "", pr.A(inv["net"]), "", pr.A(inv["vat"]), pr.A(inv["gross"])])
    t = Table(rows, colWidths=[58 * mm, 22 * mm, 22 * mm, 22 * mm, 12 * mm, 20 * mm, 22 * mm], repeatRows=1)
    n = len(rows)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DVB", 7.5), ("FONT", (0, 1), (-1, -1), "DV", 8.5),
                           ("FONT", (0, n - 1), (-1, n - 1), "DVB", 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    el += [t, Spacer(1, 6 * mm), Paragraph(f"Fizetendő összeg: {pr.M(inv['gross'])}", ParagraphStyle("p", fontName="DVB", fontSize=13, leading=16)),
           Spacer(1, 5 * mm)]
    if inv["kind"] == "proforma":
        el.append(Paragraph("Ez a díjbekérő nem számla, adólevonásra nem jogosít. A végleges számlát a teljesítést, illetve "
                            "az összeg beérkezését követően állítjuk ki. Kérjük, az átutalás közleményében a bizonylatszámot tüntessék fel.", st))
    for x in inv.get("notes", []):
        el.append(Paragraph(x, st))
    doc.build(el)

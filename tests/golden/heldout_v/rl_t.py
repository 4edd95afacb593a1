# ruff: noqa
"""Layouts drawn with reportlab."""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from .fmt import amt, date, qty, CODES

FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
             ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"), ("DVMB", "DejaVuSansMono-Bold.ttf"),
             ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))


def F(inv, x):
    return amt(x, inv["ns"], inv["currency"])


def Dt(inv, d):
    return date(d, inv["ds"])


def ps(font="DV", size=9, **kw):
    return ParagraphStyle("p" + font + str(size), fontName=font, fontSize=size, leading=size * 1.25, **kw)


def doc(path, **kw):
    return SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=16 * mm, rightMargin=16 * mm,
                             topMargin=14 * mm, bottomMargin=14 * mm, title="Számla", author="", creator="", **kw)


def r_plain(inv, path):
    s, bu = inv["seller"], inv["buyer"]
    P = lambda t, **k: Paragraph(t, ps(**k))
    st = []
    st.append(P(f"<b>{s['name']}</b>", size=14))
    st.append(P(f"{s['addr']} · Adószám: {s['tax']}", size=8.5))
    st.append(Spacer(1, 8 * mm))
    st.append(P(inv["title"].upper(), font="DVB", size=18))
    st.append(Spacer(1, 4 * mm))
    meta = [["Számlaszám:", inv["number"], "Vevő:", bu["name"]],
            ["Kiállítva:", Dt(inv, inv["issue"]), "", bu["addr"]],
            ["Teljesítés kelte:", Dt(inv, inv["fulf"]), "", ""],
            ["Fizetési határidő:", Dt(inv, inv["due"]), "Fizetés:", inv["pay"]]]
    t = Table(meta, colWidths=[32 * mm, 45 * mm, 18 * mm, 83 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("FONT", (1, 0), (1, 0), "DVB", 9), ("FONT", (3, 0), (3, 0), "DVB", 9),
                           ("TEXTCOLOR", (0, 0), (0, -1), colors.grey), ("TEXTCOLOR", (2, 0), (2, -1), colors.grey)]))
    st += [t, Spacer(1, 6 * mm)]
    rows = [["Megnevezés", "Menny.", "Egységár", "Nettó", "Áfa", "Bruttó"]]
    for ln in inv["lines"]:
        rows.append([P(ln["desc"], size=8.5), qty(ln["qty"]) + " " + ln["unit"], F(inv, ln["price"]), F(inv, ln["net"]), CODES[ln["code"]][1], F(inv, ln["gross"])])
    rows.append(["", "", "Összesen:", F(inv, inv["net"]), F(inv, inv["vat"]), F(inv, inv["gross"])])
    t = Table(rows, colWidths=[70 * mm, 20 * mm, 24 * mm, 24 * mm, 16 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, 0), (-1, 0), "DVB", 8.5), ("FONT", (0, -1), (-1, -1), "DVB", 8.5),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 6 * mm), P(f"Fizetendő végösszeg: <b>{F(inv, inv['gross'])} Ft</b>", size=12)]
    for n in inv["notes"]:
        st.append(P(n, size=8))
    doc(path).build(st)


def r_storno(inv, path):
    s, bu = inv["seller"], inv["buyer"]
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Sztornó számla")
    W, H = A4
    c.saveState()
    c.setFillColor(colors.Color(0.9, 0.2, 0.2, alpha=0.25))
    c.setFont("DVB", 70)
    c.translate(W / 2, H / 2)
    c.rotate(35)
    c.drawCentredString(0, 0, "SZTORNÓ")
    c.restoreState()
    y = H - 20 * mm
    c.setFont("DVB", 16)
    c.drawString(18 * mm, y, inv["title"])
    c.setFont("DV", 10)
    c.drawRightString(W - 18 * mm, y, f"Sorszám: {inv['number']}")
    y -= 7 * mm
    c.setFont("DV", 9)
    c.drawRightString(W - 18 * mm, y, f"Érvénytelenített számla: {inv['preceding']}")
    y -= 12 * mm
    for x, lab, p in [(18 * mm, "Kibocsátó", s), (108 * mm, "Vevő", bu)]:
        c.setFont("DV", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(x, y, lab)
        c.setFillColor(colors.black)
        c.setFont("DVB", 10)
        c.drawString(x, y - 5 * mm, p["name"])
        c.setFont("DV", 9)
        c.drawString(x, y - 10 * mm, p["addr"])
        c.drawString(x, y - 15 * mm, f"Adószám: {p['tax']}")
    y -= 28 * mm
    c.rect(18 * mm, y - 4 * mm, W - 36 * mm, 12 * mm)
    labs = [("Kelt", Dt(inv, inv["issue"])), ("Teljesítés", Dt(inv, inv["fulf"])), ("Fizetési határidő", Dt(inv, inv["due"])), ("Fizetési mód", inv["pay"])]
    for i, (k, v) in enumerate(labs):
        x = 20 * mm + i * 43 * mm
        c.setFont("DV", 7)
        c.drawString(x, y + 4 * mm, k)
        c.setFont("DV", 9.5)
        c.drawString(x, y - 1 * mm, v)
    y -= 16 * mm
    cols = [(18, "Megnevezés", "L"), (110, "Menny.", "R"), (135, "Egységár", "R"), (160, "Nettó", "R"), (175, "Áfa", "R"), (192, "Bruttó", "R")]
    c.setFont("DVB", 8.5)
    for x, t, a in cols:
        (c.drawString if a == "L" else c.drawRightString)(x * mm, y, t)
    c.line(18 * mm, y - 2 * mm, W - 18 * mm, y - 2 * mm)
    c.setFont("DV", 8.5)
    for ln in inv["lines"]:
        y -= 7 * mm
        vals = [ln["desc"], qty(ln["qty"]) + " " + ln["unit"], F(inv, ln["price"]), F(inv, ln["net"]), CODES[ln["code"]][1], F(inv, ln["gross"])]
        for (x, _, a), v in zip(cols, vals):
            (c.drawString if a == "L" else c.drawRightString)(x * mm, y, v)
    y -= 5 * mm
    c.line(18 * mm, y, W - 18 * mm, y)
    for lab, v in [("Nettó összesen:", inv["net"]), ("Áfa összesen (27%):", inv["vat"]), ("Bruttó összesen:", inv["gross"])]:
        y -= 6 * mm
        c.setFont("DVB" if lab.startswith("Brutt") else "DV", 10)
        c.drawRightString(160 * mm, y, lab)
        c.drawRightString(192 * mm, y, F(inv, v) + " Ft")
    y -= 12 * mm
    c.setFont("DV", 8.5)
    for n in inv["notes"]:
        c.drawString(18 * mm, y, n)
        y -= 5 * mm
    c.showPage()
    c.save()


def r_boxed(inv, path):
    s, bu = inv["seller"], inv["buyer"]
    P = lambda t, **k: Paragraph(t, ps(**k))
    st = [P(inv["title"], font="DVSB", size=20, alignment=1), Spacer(1, 4 * mm)]
    top = [[P(f"<font size=7>SZÁLLÍTÓ</font><br/><b>{s['name']}</b><br/>{s['addr']}<br/>Adószám: {s['tax']}", font="DVS"),
            P(f"<font size=7>VEVŐ</font><br/><b>{bu['name']}</b><br/>{bu['addr']}<br/>Adószám: {bu['tax']}", font="DVS")]]
    t = Table(top, colWidths=[89 * mm, 89 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    st += [t, Spacer(1, 3 * mm)]
    m = [["Számla sorszáma", "Számla kelte", "Teljesítés kelte", "Fizetési határidő", "Fizetési mód"],
         [inv["number"], Dt(inv, inv["issue"]), Dt(inv, inv["fulf"]), Dt(inv, inv["due"]), inv["pay"]]]
    t = Table(m, colWidths=[40 * mm, 32 * mm, 36 * mm, 36 * mm, 34 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DVS", 7), ("FONT", (0, 1), (-1, 1), "DVSB", 9.5), ("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.9, .9, .9))]))
    st += [t, Spacer(1, 4 * mm)]
    rows = [["Tétel", "Mennyiség", "Egységár", "Adózás", "Nettó érték", "Áfa", "Bruttó érték"]]
    for ln in inv["lines"]:
        rows.append([P(ln["desc"], font="DVS", size=8), qty(ln["qty"]) + " " + ln["unit"], F(inv, ln["price"]), CODES[ln["code"]][1], F(inv, ln["net"]), F(inv, ln["vat"]), F(inv, ln["gross"])])
    t = Table(rows, colWidths=[58 * mm, 20 * mm, 18 * mm, 16 * mm, 24 * mm, 18 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVS", 8), ("FONT", (0, 0), (-1, 0), "DVSB", 7.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 4 * mm)]
    v = [["Adózási mód", "Nettó", "Áfa", "Bruttó"]]
    for code, g in inv["groups"].items():
        v.append([CODES[code][2], F(inv, g["net"]), F(inv, g["vat"]), F(inv, g["gross"])])
    v.append(["Összesen", F(inv, inv["net"]), F(inv, inv["vat"]), F(inv, inv["gross"])])
    t = Table(v, colWidths=[50 * mm, 30 * mm, 25 * mm, 30 * mm], hAlign="RIGHT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVS", 8.5), ("FONT", (0, -1), (-1, -1), "DVSB", 9), ("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    st += [t, Spacer(1, 4 * mm)]
    st.append(P(f"Fizetendő: <b>{F(inv, inv['gross'])} Ft</b>", font="DVS", size=12, alignment=2))
    for n in inv["notes"]:
        st.append(P(n, font="DVS", size=8))
    doc(path).build(st)


def r_two_col(inv, path):
    s, bu = inv["seller"], inv["buyer"]
    P = lambda t, **k: Paragraph(t, ps(font="DVC", **k))
    st = []
    head = [[[P(f"<b>{s['name']}</b>", size=14), P(f"{s['addr']}<br/>Adószám / Steuernummer: {s['tax']}<br/>Közösségi adószám / USt-IdNr.: {s['vat']}")],
             [P(f"<b>{inv['title']}</b>", size=15), P(f"Számlaszám / Rechnungsnr.: <b>{inv['number']}</b><br/>"
               f"Kelt / Datum: {Dt(inv, inv['issue'])}<br/>Teljesítés / Lieferdatum: {Dt(inv, inv['fulf'])}<br/>"
               f"Fizetési határidő / Zahlbar bis: {Dt(inv, inv['due'])}<br/>Pénznem / Währung: EUR")]]]
    t = Table(head, colWidths=[95 * mm, 83 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 2, colors.darkblue)]))
    st += [t, Spacer(1, 6 * mm)]
    st.append(P("VEVŐ / KÄUFER", size=7, textColor=colors.grey))
    st.append(P(f"<b>{bu['name']}</b><br/>{bu['addr']}<br/>Közösségi adószám / UID: {bu['vat']}", size=10))
    st.append(Spacer(1, 6 * mm))
    rows = [["Megnevezés / Bezeichnung", "Menny./Menge", "Egységár EUR", "Nettó EUR", "Áfa"]]
    for ln in inv["lines"]:
        rows.append([P(ln["desc"], size=8.5), qty(ln["qty"]) + " " + ln["unit"], F(inv, ln["price"]), F(inv, ln["net"]), "0% KBAET"])
    t = Table(rows, colWidths=[80 * mm, 25 * mm, 25 * mm, 28 * mm, 20 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVC", 8.5), ("FONT", (0, 0), (-1, 0), "DVCB", 8), ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.85, .88, .95)),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 5 * mm)]
    tot = [["Nettó összesen / Netto:", F(inv, inv["net"]) + " EUR"], ["Áfa / USt. (0 %):", F(inv, inv["vat"]) + " EUR"],
           ["Bruttó összesen / Gesamtbetrag:", F(inv, inv["gross"]) + " EUR"]]
    t = Table(tot, colWidths=[60 * mm, 35 * mm], hAlign="RIGHT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVC", 9.5), ("FONT", (0, -1), (-1, -1), "DVCB", 10.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]))
    st += [t, Spacer(1, 5 * mm)]
    r = amt(inv["rate"], "sp", "EUR")
    st.append(P(f"Árfolyam / Wechselkurs (MNB, {Dt(inv, inv['fulf'])}): 1 EUR = {r} HUF. Áfa forintban / USt. in HUF: {amt(inv['vat_huf'], 'sp', 'HUF')} Ft. "
                f"Nettó érték forintban: {amt(inv['net_huf'], 'sp', 'HUF')} Ft.", size=8.5))
    for n in inv["notes"]:
        st.append(P(n, size=8.5))
    st.append(P("IBAN: HU93 1040 3387 0002 8811 0000 0000 (EUR) · SWIFT: OKHBHUHB", size=8))
    doc(path).build(st)


def r_mono(inv, path):
    s, bu = inv["seller"], inv["buyer"]
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4
    c.setFont("DVM", 9)
    y = H - 15 * mm
    def ln_(t, bold=False):
        nonlocal y
        c.setFont("DVMB" if bold else "DVM", 9)
        c.drawString(14 * mm, y, t)
        y -= 4.4 * mm
    w = 88
    ln_("+" + "-" * (w - 2) + "+")
    ln_(f"| {inv['title']:<{w - 4}} |", True)
    ln_("+" + "-" * (w - 2) + "+")
    ln_(f"  SZALLITO: {s['name']}")
    ln_(f"            {s['addr']}")
    ln_(f"            ADOSZAM: {s['tax']}")
    ln_("")
    ln_(f"  VEVO    : {bu['name']}")
    ln_(f"            {bu['addr']}")
    ln_(f"            ADOSZAM: {bu['tax']}")
    ln_("")
    ln_(f"  SZAMLA SZAMA ........: {inv['number']}")
    ln_(f"  SZAMLA KELTE ........: {Dt(inv, inv['issue'])}")
    ln_(f"  TELJESITES KELTE ....: {Dt(inv, inv['fulf'])}")
    ln_(f"  FIZETESI HATARIDO ...: {Dt(inv, inv['due'])}")
    ln_(f"  FIZETESI MOD ........: {inv['pay']}")
    ln_("-" * w)
    ln_(f"{'TETEL':<40}{'MENNYISEG':>12}{'EGYS.AR':>10}{'NETTO':>14}{'AFA':>6}", True)
    ln_("-" * w)
    for l in inv["lines"]:
        ln_(f"{l['desc'][:40]:<40}{qty(l['qty']) + ' ' + l['unit']:>12}{F(inv, l['price']):>10}{F(inv, l['net']):>14}{CODES[l['code']][1]:>6}")
    ln_("-" * w)
    ln_(f"{'OSSZESEN NETTO:':>60}{F(inv, inv['net']):>20}")
    ln_(f"{'AFA (FORDITOTT ADOZAS):':>60}{F(inv, inv['vat']):>20}")
    ln_(f"{'FIZETENDO:':>60}{F(inv, inv['gross']):>20}", True)
    ln_("=" * w)
    for n in inv["notes"]:
        ln_(n)
    c.showPage()
    c.save()


TEMPLATES = {"r_plain": r_plain, "r_storno": r_storno, "r_boxed": r_boxed, "r_two_col": r_two_col, "r_mono": r_mono}

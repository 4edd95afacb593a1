# ruff: noqa
"""Layouts drawn directly with reportlab."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from .common import money, date, RATE_LABEL
from .html_templates import Q, R

FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
             ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"), ("DVMB", "DejaVuSansMono-Bold.ttf"),
             ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))

W, H = A4


def M(inv, x, style=None):
    return money(x, style or inv["nf"], inv["currency"])


def Dt(inv, d):
    return date(d, inv["df"])


def new(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Invoice")
    return c


def price(inv, p):
    if inv["currency"] == "HUF" and p != int(p):
        return Q(p)
    return M(inv, p)


# ---------------------------------------------------------------------------
def rl_classic(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = new(path)
    storno = inv["kind"] == "storno"
    c.setFont("DVSB", 17)
    c.drawString(20 * mm, H - 22 * mm, "Sztornó számla" if storno else "Számla")
    c.setFont("DVS", 9)
    c.drawRightString(W - 20 * mm, H - 18 * mm, f"Sorszám: {inv['number']}")
    if storno:
        c.drawRightString(W - 20 * mm, H - 23 * mm, f"Az érvénytelenített számla sorszáma: {inv['preceding']}")
    c.line(20 * mm, H - 27 * mm, W - 20 * mm, H - 27 * mm)
    y = H - 35 * mm
    c.setFont("DVSB", 8); c.drawString(20 * mm, y, "Kibocsátó"); c.drawString(110 * mm, y, "Vevő")
    c.setFont("DVS", 9)
    for i, (l, r) in enumerate([(s["name"], b["name"]), (s["addr"], b["addr"]), ("Adószám: " + s["tax"], "Adószám: " + b["tax"]),
                                ("Bankszámlaszám: " + s["bank"], "")]):
        c.drawString(20 * mm, y - (i + 1) * 4.6 * mm, l); c.drawString(110 * mm, y - (i + 1) * 4.6 * mm, r)
    y -= 30 * mm
    c.rect(20 * mm, y - 12 * mm, W - 40 * mm, 12 * mm)
    labels = [("Kiállítás kelte", inv["issue"]), ("Teljesítés kelte", inv["fulfil"]), ("Fizetési határidő", inv["due"]), ("Fizetés módja", None)]
    for i, (l, d) in enumerate(labels):
        x = 22 * mm + i * 42.5 * mm
        c.setFont("DVS", 7); c.drawString(x, y - 4.5 * mm, l)
        c.setFont("DVSB", 9.5); c.drawString(x, y - 9.5 * mm, Dt(inv, d) if d else "átutalás")
    y -= 20 * mm
    cols = [(20, "Megnevezés", "l"), (105, "Menny.", "r"), (118, "ME", "l"), (150, "Egységár", "r"), (163, "Áfa", "r"), (190, "Nettó érték", "r")]
    c.setFont("DVSB", 8)
    for x, t, a in cols:
        (c.drawString if a == "l" else c.drawRightString)(x * mm, y, t)
    c.line(20 * mm, y - 1.5 * mm, W - 20 * mm, y - 1.5 * mm)
    c.setFont("DVS", 8.5)
    for r in inv["rows"]:
        y -= 5.5 * mm
        vals = [r["desc"], Q(r["qty"]), r["unit"], price(inv, r["price"]), R(r["rate"]), M(inv, r["net"])]
        for (x, _, a), v in zip(cols, vals):
            (c.drawString if a == "l" else c.drawRightString)(x * mm, y, v)
    y -= 4 * mm
    c.line(20 * mm, y, W - 20 * mm, y)
    y -= 8 * mm
    c.setFont("DVS", 9)
    for l, v in [("Nettó összesen:", inv["net"]), ("Áfa összesen:", inv["vat"])]:
        c.drawString(120 * mm, y, l); c.drawRightString(190 * mm, y, M(inv, v) + " Ft"); y -= 5.5 * mm
    c.setFont("DVSB", 11)
    c.drawString(120 * mm, y, "Bruttó összesen:"); c.drawRightString(190 * mm, y, M(inv, inv["gross"]) + " Ft")
    if storno:
        c.setFont("DVS", 8.5)
        c.drawString(20 * mm, y - 14 * mm, f"A {inv['preceding']} sorszámú számla teljes érvénytelenítése (téves számlázás miatt).")
    c.setFont("DVS", 7); c.setFillGray(0.4)
    c.drawCentredString(W / 2, 12 * mm, f"{s['name']} – a számla számítógépes program segítségével készült.")
    c.showPage(); c.save()


# ---------------------------------------------------------------------------
def rl_banded(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = new(path)
    c.setFillColorRGB(0.85, 0.35, 0.1); c.rect(0, H - 30 * mm, W, 30 * mm, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont("DVCB", 20); c.drawString(15 * mm, H - 17 * mm, "FACTURĂ / INVOICE")
    c.setFont("DVC", 9); c.drawString(15 * mm, H - 24 * mm, f"Seria/Nr. · Invoice no.: {inv['number']}")
    c.drawRightString(W - 15 * mm, H - 14 * mm, s["name"]); c.drawRightString(W - 15 * mm, H - 19 * mm, s["addr"])
    c.drawRightString(W - 15 * mm, H - 24 * mm, "CUI / VAT: " + s["vat"] + " · J12/4417/2014")
    c.setFillColorRGB(0, 0, 0)
    y = H - 42 * mm
    c.setFont("DVCB", 8); c.drawString(15 * mm, y, "FURNIZOR / SUPPLIER"); c.drawString(80 * mm, y, "CLIENT / CUSTOMER"); c.drawString(150 * mm, y, "DATE / DATES")
    c.setFont("DVC", 9)
    L = [s["name"], "Str. Fabricii nr. 46", "400620 Cluj-Napoca, România", "CUI: " + s["vat"]]
    Rr = [b["name"], b["addr"], "Ungaria / Hungary", "VAT: " + b["vat"]]
    Dd = ["Data emiterii / Issue:", Dt(inv, inv["issue"]), "Data livrării / Supply:", Dt(inv, inv["fulfil"]), "Scadență / Due:", Dt(inv, inv["due"])]
    for i, t in enumerate(L): c.drawString(15 * mm, y - (i + 1) * 4.5 * mm, t)
    for i, t in enumerate(Rr): c.drawString(80 * mm, y - (i + 1) * 4.5 * mm, t)
    for i, t in enumerate(Dd): c.drawString(150 * mm, y - (i + 1) * 4.5 * mm, t)
    y -= 40 * mm
    c.setFillColorRGB(0.95, 0.9, 0.85); c.rect(15 * mm, y - 2 * mm, W - 30 * mm, 7 * mm, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
    c.setFont("DVCB", 8)
    heads = [(17, "Nr."), (25, "Denumire / Description"), (118, "U.M."), (143, "Cant. / Qty"), (167, "Preț / Price"), (195, "Valoare / Amount")]
    for x, t in heads:
        (c.drawString if x < 125 else c.drawRightString)(x * mm, y, t)
    c.setFont("DVC", 8.5)
    for i, r in enumerate(inv["rows"], 1):
        y -= 6 * mm
        vals = [str(i), r["desc"], r["unit"], Q(r["qty"]), M(inv, r["price"]), M(inv, r["net"])]
        for (x, _), v in zip(heads, vals):
            (c.drawString if x < 125 else c.drawRightString)(x * mm, y, v)
    y -= 12 * mm
    for l, v in [("Total fără TVA / Net total", inv["net"]), ("TVA / VAT 0% – taxare inversă", inv["vat"])]:
        c.drawString(110 * mm, y, l); c.drawRightString(195 * mm, y, M(inv, v) + " EUR"); y -= 5 * mm
    c.setFont("DVCB", 11); c.drawString(110 * mm, y - 1 * mm, "TOTAL DE PLATĂ / TOTAL"); c.drawRightString(195 * mm, y - 1 * mm, M(inv, inv["gross"]) + " EUR")
    c.setFont("DVC", 7.5)
    c.drawString(15 * mm, 30 * mm, "Taxare inversă – art. 196 Directiva 2006/112/CE. Reverse charge: VAT to be accounted for by the customer.")
    c.drawString(15 * mm, 25 * mm, "Cont / Bank account: " + s["bank"] + " · CMR 441902")
    c.showPage(); c.save()


# ---------------------------------------------------------------------------
def rl_compact(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = new(path)
    c.setFont("DVB", 12); c.drawString(18 * mm, H - 20 * mm, s["name"])
    c.setFont("DV", 8); c.drawString(18 * mm, H - 25 * mm, s["addr"]); c.drawString(18 * mm, H - 29 * mm, "Adószám: " + s["tax"] + "   Felnőttképzési nyilvántartási szám: B/2020/001234")
    # right aligned meta block
    x1, x2 = 150 * mm, W - 18 * mm
    y = H - 45 * mm
    c.setFont("DVB", 22); c.drawRightString(x2, y + 8 * mm, "SZÁMLA")
    c.setFont("DV", 8.5)
    for l, v in [("Számlaszám:", inv["number"]), ("Számla kelte:", Dt(inv, inv["issue"])), ("Teljesítés:", Dt(inv, inv["fulfil"])), ("Fizetési határidő:", Dt(inv, inv["due"])), ("Fizetési mód:", "átutalás")]:
        c.drawRightString(x1, y, l); c.drawRightString(x2, y, v); y -= 4.5 * mm
    y = H - 45 * mm
    c.setFont("DV", 7); c.setFillGray(0.5); c.drawString(18 * mm, y + 4 * mm, "Megrendelő"); c.setFillGray(0)
    c.setFont("DVB", 10); c.drawString(18 * mm, y - 1 * mm, b["name"])
    c.setFont("DV", 9); c.drawString(18 * mm, y - 6 * mm, b["addr"]); c.drawString(18 * mm, y - 11 * mm, "Adószám: " + b["tax"])
    y = H - 82 * mm
    c.setLineWidth(0.3)
    heads = [(18, "Megnevezés"), (120, "Menny."), (140, "Egységár"), (160, "Adó"), (192, "Összeg")]
    c.setFont("DVB", 7.5)
    for x, t in heads: (c.drawString if x < 100 else c.drawRightString)(x * mm, y, t)
    c.line(18 * mm, y - 1.5 * mm, W - 18 * mm, y - 1.5 * mm)
    c.setFont("DV", 8.5)
    for r in inv["rows"]:
        y -= 5.5 * mm
        for (x, _), v in zip(heads, [r["desc"], Q(r["qty"]) + " " + r["unit"], price(inv, r["price"]), R(r["rate"]), M(inv, r["net"])]):
            (c.drawString if x < 100 else c.drawRightString)(x * mm, y, v)
    y -= 10 * mm
    for l, v, f in [("Nettó érték", inv["net"], "DV"), ("ÁFA", inv["vat"], "DV"), ("Fizetendő", inv["gross"], "DVB")]:
        c.setFont(f, 9.5); c.drawRightString(160 * mm, y, l); c.drawRightString(192 * mm, y, M(inv, v) + " Ft"); y -= 5.5 * mm
    c.setFont("DV", 8)
    c.drawString(18 * mm, y - 8 * mm, "AAM – alanyi adómentes: a kibocsátó az Áfa tv. 187. § alapján alanyi adómentességet választott.")
    c.drawString(18 * mm, y - 13 * mm, "Bankszámlaszám: " + s["bank"])
    c.showPage(); c.save()


# ---------------------------------------------------------------------------
def rl_mono(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = new(path)
    t = c.beginText(14 * mm, H - 16 * mm)
    t.setFont("DVM", 9); t.setLeading(11.5)
    sep = "-" * 84
    L = [f"{s['name']}", s["addr"], f"Adószám: {s['tax']}   Bank: {s['bank']}", "",
         f"{'':30}S Z Á M L A", f"{'':30}Bizonylatszám: {inv['number']}", sep,
         f"Vevő: {b['name']}", f"      {b['addr']}", f"      Adószám: {b['tax']}", sep,
         f"Kiállítás: {Dt(inv, inv['issue'])}  Teljesítés: {Dt(inv, inv['fulfil'])}  Esedékesség: {Dt(inv, inv['due'])}", sep,
         f"{'Cikk megnevezése':<42}{'Menny.':>8} {'ME':<4}{'Egységár':>12}{'Érték':>16}", sep]
    for r in inv["rows"]:
        L.append(f"{r['desc'][:42]:<42}{Q(r['qty']):>8} {r['unit']:<4}{price(inv, r['price']):>12}{M(inv, r['net']):>16}")
    L += [sep, f"{'Nettó összeg':<40}{M(inv, inv['net']):>30} HUF", f"{'ÁFA 27%':<40}{M(inv, inv['vat']):>30} HUF",
          f"{'Fizetendő összeg':<40}{M(inv, inv['gross']):>30} HUF", sep, "Fizetési mód: átutalás"]
    for l in L:
        t.textLine(l)
    c.drawText(t)
    c.showPage(); c.save()


RL = {f.__name__: f for f in [rl_classic, rl_banded, rl_compact, rl_mono]}

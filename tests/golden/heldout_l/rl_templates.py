# ruff: noqa
"""Templates drawn directly with reportlab (deterministic: invariant=1)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .common import money, dt, qty, rate_label
from .html_templates import title

FD = "/usr/share/fonts/truetype/dejavu/"
_reg = False


def fonts():
    global _reg
    if _reg:
        return
    pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", FD + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))
    _reg = True


def M(inv, v):
    return money(v, inv["mstyle"])


def Dt(inv, d):
    return dt(d, inv["dstyle"])


def _canvas(path, inv):
    fonts()
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(f"{title(inv)} {inv['number']}")
    c.setAuthor(inv["seller"].name)
    return c


W, H = A4


def party(c, x, y, head, p, font="DV", size=8.5, lead=4 * mm, tax_lab="Adószám:", vat_lab="Közösségi adószám:"):
    c.setFont(font, 6.5)
    c.setFillGray(0.4)
    c.drawString(x, y, head)
    c.setFillGray(0)
    y -= lead
    c.setFont("DVB", size + 1)
    c.drawString(x, y, p.name)
    c.setFont(font, size)
    for a in p.addr:
        y -= lead
        c.drawString(x, y, a)
    if p.tax:
        y -= lead
        c.drawString(x, y, f"{tax_lab} {p.tax}")
    if p.vat:
        y -= lead
        c.drawString(x, y, f"{vat_lab} {p.vat}")
    for a in p.extra:
        y -= lead
        c.drawString(x, y, a)
    return y


def rl_grid(inv, path):
    """Cooperative style: ruled grid with boxed header fields; parties in bordered boxes."""
    c = _canvas(path, inv)
    s, b = inv["seller"], inv["buyer"]
    x0, x1 = 15 * mm, W - 15 * mm
    y = H - 18 * mm
    c.setFont("DVSB", 17)
    c.drawString(x0, y, title(inv).upper())
    c.setFont("DV", 9)
    c.drawRightString(x1, y + 2, "Számla sorszáma:")
    c.setFont("DVB", 12)
    c.drawRightString(x1, y - 12, inv["number"])
    y -= 10 * mm
    # party boxes
    bh = 40 * mm
    mid = (x0 + x1) / 2
    c.rect(x0, y - bh, mid - x0 - 2 * mm, bh)
    c.rect(mid + 2 * mm, y - bh, x1 - mid - 2 * mm, bh)
    party(c, x0 + 3 * mm, y - 5 * mm, "ELADÓ", s)
    party(c, mid + 5 * mm, y - 5 * mm, "VEVŐ", b)
    y -= bh + 4 * mm
    # header fields table
    fields = [("Teljesítés kelte", Dt(inv, inv["fulfil"])), ("Számla kelte", Dt(inv, inv["issue"])),
              ("Fizetési határidő", Dt(inv, inv["due"])), ("Fizetési mód", inv["paymode"])]
    fw = (x1 - x0) / len(fields)
    for i, (l, v) in enumerate(fields):
        c.rect(x0 + i * fw, y - 11 * mm, fw, 11 * mm)
        c.setFont("DV", 6.5)
        c.drawString(x0 + i * fw + 2 * mm, y - 3.5 * mm, l)
        c.setFont("DVB", 9.5)
        c.drawString(x0 + i * fw + 2 * mm, y - 8.5 * mm, v)
    y -= 17 * mm
    cols = [("Megnevezés", x0 + 1 * mm, "l"), ("Mennyiség", x0 + 92 * mm, "r"), ("Egységár", x0 + 118 * mm, "r"),
            ("Áfa", x0 + 130 * mm, "r"), ("Nettó", x0 + 152 * mm, "r"), ("Bruttó", x1 - 1 * mm, "r")]
    c.setFillGray(0.85)
    c.rect(x0, y - 2 * mm, x1 - x0, 6 * mm, fill=1, stroke=0)
    c.setFillGray(0)
    c.setFont("DVB", 7.5)
    for t, x, a in cols:
        (c.drawString if a == "l" else c.drawRightString)(x, y, t)
    c.setFont("DV", 8)
    for ln in inv["lines"]:
        y -= 6 * mm
        vals = [ln.desc, f"{qty(ln.qty)} {ln.unit}", M(inv, ln.price), rate_label(ln.vat), M(inv, ln.net), M(inv, ln.gross)]
        for (t, x, a), v in zip(cols, vals):
            (c.drawString if a == "l" else c.drawRightString)(x, y, v)
        c.setStrokeGray(0.7)
        c.line(x0, y - 2 * mm, x1, y - 2 * mm)
        c.setStrokeGray(0)
    y -= 10 * mm
    # summary by rate
    c.setFont("DVB", 8)
    sx = [x0 + 80 * mm, x0 + 110 * mm, x0 + 140 * mm, x1 - 1 * mm]
    for t, x in zip(["Áfakulcs", "Nettó", "Áfa", "Bruttó"], sx):
        c.drawRightString(x, y, t)
    c.setFont("DV", 8.5)
    for k, v in inv["summary"].items():
        y -= 5 * mm
        for t, x in zip([rate_label(k), M(inv, v[0]), M(inv, v[1]), M(inv, v[2])], sx):
            c.drawRightString(x, y, t)
    y -= 3 * mm
    c.line(x0 + 60 * mm, y, x1, y)
    y -= 5 * mm
    c.setFont("DVB", 9)
    for t, x in zip(["Összesen:", M(inv, inv["net"]), M(inv, inv["vat"]), M(inv, inv["gross"])], sx):
        c.drawRightString(x, y, t)
    y -= 10 * mm
    c.setFont("DVB", 12)
    c.drawRightString(x1, y, f"Fizetendő: {M(inv, inv['gross'])} Ft")
    y -= 10 * mm
    c.setFont("DV", 7.5)
    for n in inv.get("notes", []):
        c.drawString(x0, y, n)
        y -= 4 * mm
    c.setFont("DV", 6.5)
    c.setFillGray(0.5)
    c.drawCentredString(W / 2, 10 * mm, "1/1. oldal")
    c.showPage()
    c.save()


def rl_service(inv, path):
    """Letterhead service invoice: seller only in the top letterhead, buyer left, meta right; serif."""
    c = _canvas(path, inv)
    s, b = inv["seller"], inv["buyer"]
    x0, x1 = 20 * mm, W - 18 * mm
    y = H - 16 * mm
    c.setFillColorRGB(0.55, 0.1, 0.1)
    c.setFont("DVSB", 15)
    c.drawString(x0, y, s.name)
    c.setFillGray(0.2)
    c.setFont("DVS", 7.5)
    info = s.addr + ([f"Adószám: {s.tax}"] if s.tax else []) + ([f"Közösségi adószám: {s.vat}"] if s.vat else []) + s.extra
    c.drawString(x0, y - 5 * mm, "  •  ".join(info[:3]))
    c.drawString(x0, y - 9 * mm, "  •  ".join(info[3:]))
    c.setStrokeColorRGB(0.55, 0.1, 0.1)
    c.setLineWidth(1.5)
    c.line(x0, y - 12 * mm, x1, y - 12 * mm)
    c.setLineWidth(1)
    c.setStrokeGray(0)
    c.setFillGray(0)
    y -= 24 * mm
    c.setFont("DVS", 7)
    c.drawString(x0, y + 5 * mm, "Megrendelő:")
    c.setFont("DVSB", 10)
    c.drawString(x0, y, b.name)
    c.setFont("DVS", 9)
    yy = y
    for a in b.addr:
        yy -= 4.5 * mm
        c.drawString(x0, yy, a)
    if b.tax:
        yy -= 4.5 * mm
        c.drawString(x0, yy, f"Adószám: {b.tax}")
    if b.vat:
        yy -= 4.5 * mm
        c.drawString(x0, yy, f"Közösségi adószám: {b.vat}")
    for a in b.extra:
        yy -= 4.5 * mm
        c.drawString(x0, yy, a)
    meta = [("Számlaszám:", inv["number"]), ("Kelte:", Dt(inv, inv["issue"])),
            ("Teljesítés:", Dt(inv, inv["fulfil"])), ("Fizetési határidő:", Dt(inv, inv["due"])),
            ("Fizetés módja:", inv["paymode"])] + inv.get("extra_grid", [])
    my = y
    for l, v in meta:
        c.setFont("DVS", 8.5)
        c.drawString(x1 - 75 * mm, my, l)
        c.setFont("DVSB", 9)
        c.drawRightString(x1, my, v)
        my -= 5 * mm
    y = min(yy, my) - 10 * mm
    c.setFont("DVSB", 14)
    c.drawString(x0, y, title(inv))
    y -= 8 * mm
    cols = [("Tétel", x0, "l"), ("Menny.", x0 + 95 * mm, "r"), ("Egységár", x0 + 118 * mm, "r"),
            ("Nettó", x0 + 142 * mm, "r"), ("ÁFA", x0 + 155 * mm, "r"), ("Bruttó", x1, "r")]
    c.setFont("DVSB", 8)
    for t, x, a in cols:
        (c.drawString if a == "l" else c.drawRightString)(x, y, t)
    c.line(x0, y - 1.5 * mm, x1, y - 1.5 * mm)
    c.setFont("DVS", 8.5)
    for ln in inv["lines"]:
        y -= 5.5 * mm
        vals = [ln.desc, f"{qty(ln.qty)} {ln.unit}", M(inv, ln.price), M(inv, ln.net), rate_label(ln.vat), M(inv, ln.gross)]
        for (t, x, a), v in zip(cols, vals):
            (c.drawString if a == "l" else c.drawRightString)(x, y, v)
    c.line(x0, y - 2 * mm, x1, y - 2 * mm)
    y -= 8 * mm
    for k, v in inv["summary"].items():
        c.setFont("DVS", 8.5)
        c.drawString(x0 + 60 * mm, y, f"{rate_label(k)} kulcs: nettó {M(inv, v[0])} Ft + áfa {M(inv, v[1])} Ft = {M(inv, v[2])} Ft")
        y -= 5 * mm
    y -= 3 * mm
    for l, v, f in [("Nettó összesen:", inv["net"], "DVS"), ("ÁFA összesen:", inv["vat"], "DVS"), ("Számla végösszege:", inv["gross"], "DVSB")]:
        c.setFont(f, 10)
        c.drawString(x0 + 95 * mm, y, l)
        c.drawRightString(x1, y, f"{M(inv, v)} Ft")
        y -= 6 * mm
    y -= 6 * mm
    c.setFont("DVS", 7.5)
    for n in inv.get("notes", []):
        c.drawString(x0, y, n)
        y -= 4 * mm
    c.showPage()
    c.save()


def rl_longlist(inv, path):
    """Fuel-card statement invoice: long transaction list over 2+ pages; totals on the last page."""
    c = _canvas(path, inv)
    s, b = inv["seller"], inv["buyer"]
    x0, x1 = 12 * mm, W - 12 * mm
    pages = []

    def header(pno):
        y = H - 14 * mm
        c.setFont("DVB", 12)
        c.drawString(x0, y, s.name)
        c.setFont("DVC", 7.5)
        c.drawString(x0, y - 4 * mm, ", ".join(s.addr) + f"  |  Adószám: {s.tax}  |  Közösségi adószám: {s.vat}")
        c.drawString(x0, y - 7.5 * mm, "  |  ".join(s.extra))
        c.setFont("DVB", 11)
        c.drawRightString(x1, y, f"{title(inv).upper()}  {inv['number']}")
        c.setFont("DVC", 7.5)
        c.drawRightString(x1, y - 4 * mm, f"{pno}. oldal")
        c.line(x0, y - 10 * mm, x1, y - 10 * mm)
        return y - 10 * mm

    pno = 1
    y = header(pno)
    y -= 6 * mm
    c.setFont("DVC", 7)
    c.drawString(x0, y, "Kártyabirtokos / Vevő")
    c.setFont("DVB", 9.5)
    c.drawString(x0, y - 4 * mm, b.name)
    c.setFont("DVC", 8.5)
    yy = y - 4 * mm
    for a in b.addr + [f"Adószám: {b.tax}"] + ([f"EU adószám: {b.vat}"] if b.vat else []) + b.extra:
        yy -= 4 * mm
        c.drawString(x0, yy, a)
    meta = [("Számla kelte", Dt(inv, inv["issue"])), ("Teljesítési időpont", Dt(inv, inv["fulfil"])),
            ("Fizetési határidő", Dt(inv, inv["due"])), ("Fizetés módja", inv["paymode"]),
            ("Elszámolási időszak", inv.get("period", ""))]
    my = y
    for l, v in meta:
        c.setFont("DVC", 8)
        c.drawString(x1 - 80 * mm, my, l)
        c.setFont("DVB", 8.5)
        c.drawRightString(x1, my, v)
        my -= 4.5 * mm
    y = min(yy, my) - 8 * mm
    cols = [("Dátum", x0, "l"), ("Kártya", x0 + 20 * mm, "l"), ("Kút / Termék", x0 + 42 * mm, "l"),
            ("Menny.", x0 + 120 * mm, "r"), ("Egységár", x0 + 138 * mm, "r"), ("Áfa", x0 + 150 * mm, "r"),
            ("Nettó", x0 + 168 * mm, "r"), ("Bruttó", x1, "r")]

    def th(y):
        c.setFont("DVB", 7)
        for t, x, a in cols:
            (c.drawString if a == "l" else c.drawRightString)(x, y, t)
        c.line(x0, y - 1.5 * mm, x1, y - 1.5 * mm)

    th(y)
    for ln in inv["lines"]:
        y -= 4.6 * mm
        if y < 20 * mm:
            c.setFont("DVC", 7)
            c.drawRightString(x1, 12 * mm, "folytatás a következő oldalon")
            c.showPage()
            pno += 1
            y = header(pno) - 8 * mm
            th(y)
            y -= 4.6 * mm
        d, card, rest = ln.code.split("|")
        vals = [d, card, f"{rest} – {ln.desc}", f"{qty(ln.qty)} {ln.unit}", M(inv, ln.price), rate_label(ln.vat), M(inv, ln.net), M(inv, ln.gross)]
        c.setFont("DVC", 7.5)
        for (t, x, a), v in zip(cols, vals):
            (c.drawString if a == "l" else c.drawRightString)(x, y, v)
    # totals on a fresh page
    c.showPage()
    pno += 1
    y = header(pno) - 10 * mm
    c.setFont("DVB", 11)
    c.drawString(x0, y, "Számla összesítő")
    y -= 8 * mm
    sx = [x0 + 60 * mm, x0 + 100 * mm, x0 + 140 * mm, x1]
    c.setFont("DVB", 8.5)
    for t, x in zip(["Áfakulcs", "Nettó érték", "Áfa érték", "Bruttó érték"], sx):
        c.drawRightString(x, y, t)
    c.setFont("DV", 9)
    for k, v in inv["summary"].items():
        y -= 5.5 * mm
        for t, x in zip([rate_label(k), M(inv, v[0]), M(inv, v[1]), M(inv, v[2])], sx):
            c.drawRightString(x, y, t)
    y -= 3 * mm
    c.line(x0 + 40 * mm, y, x1, y)
    y -= 5.5 * mm
    c.setFont("DVB", 9.5)
    for t, x in zip(["Összesen", M(inv, inv["net"]), M(inv, inv["vat"]), M(inv, inv["gross"])], sx):
        c.drawRightString(x, y, t)
    y -= 14 * mm
    c.setFont("DVB", 13)
    c.drawString(x0, y, f"Fizetendő összeg: {M(inv, inv['gross'])} HUF")
    y -= 10 * mm
    c.setFont("DV", 7.5)
    for n in inv.get("notes", []):
        c.drawString(x0, y, n)
        y -= 4 * mm
    c.showPage()
    c.save()


RL_TEMPLATES = {"rl_grid": rl_grid, "rl_service": rl_service, "rl_longlist": rl_longlist}

# ruff: noqa
"""Two layouts drawn directly with reportlab."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from .common import fa, fd, rate_label, fmt_qty

FD = "/usr/share/fonts/truetype/dejavu/"
_done = False


def _fonts():
    global _done
    if _done:
        return
    for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                 ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(n, FD + f))
    _done = True


def rl_ev_handmade(inv, out):
    """A sole trader's self-made invoice (serif, boxed)."""
    _fonts()
    ds, st = "dot", "dot"
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    W, H = A4
    c.setFont("DVSB", 18)
    c.drawCentredString(W / 2, H - 25 * mm, "SZÁMLA")
    c.setFont("DVS", 10)
    c.drawCentredString(W / 2, H - 32 * mm, f"Számla száma: {inv.number}")
    y0 = H - 42 * mm
    c.rect(18 * mm, y0 - 42 * mm, 84 * mm, 42 * mm)
    c.rect(108 * mm, y0 - 42 * mm, 84 * mm, 42 * mm)
    for x, lbl, p in [(21 * mm, "Eladó:", inv.seller), (111 * mm, "Vevő:", inv.buyer)]:
        y = y0 - 6 * mm
        c.setFont("DVS", 8)
        c.drawString(x, y, lbl)
        y -= 5 * mm
        c.setFont("DVSB", 10)
        c.drawString(x, y, p.name)
        c.setFont("DVS", 9)
        lines = list(p.addr) + ([f"Adószám: {p.tax}"] if p.tax else []) + ([f"Közösségi adószám: {p.vat}"] if p.vat else []) + list(p.extra)
        for ln in lines:
            y -= 4.6 * mm
            c.drawString(x, y, ln)
    y = y0 - 50 * mm
    c.setFont("DVS", 9.5)
    for lbl, val in [("Számla kelte:", fd(inv.issue, ds)), ("Teljesítés dátuma:", fd(inv.fulfil, ds)),
                     ("Fizetési határidő:", fd(inv.due, ds)), ("Fizetési mód:", inv.pay)]:
        c.drawString(20 * mm, y, lbl)
        c.drawString(60 * mm, y, val)
        y -= 5.5 * mm
    y -= 4 * mm
    cols = [(20, "Megnevezés", "l"), (110, "Mennyiség", "r"), (140, "Egységár", "r"), (165, "ÁFA", "r"), (190, "Összeg", "r")]
    c.setFont("DVSB", 9)
    for x, h, a in cols:
        (c.drawString if a == "l" else c.drawRightString)(x * mm, y, h)
    c.line(18 * mm, y - 2 * mm, 192 * mm, y - 2 * mm)
    c.setFont("DVS", 9)
    for it in inv.items:
        y -= 7 * mm
        vals = [it.desc, f"{fmt_qty(it.qty)} {it.unit}", fa(it.price, st), rate_label(it.rate), fa(it.net, st)]
        for (x, h, a), v in zip(cols, vals):
            (c.drawString if a == "l" else c.drawRightString)(x * mm, y, v)
    c.line(18 * mm, y - 3 * mm, 192 * mm, y - 3 * mm)
    y -= 10 * mm
    for lbl, v in [("Nettó összesen:", fa(inv.net, st) + " Ft"), ("ÁFA:", fa(inv.vat, st) + " Ft"), ("Bruttó végösszeg:", fa(inv.gross, st) + " Ft")]:
        c.drawRightString(160 * mm, y, lbl)
        c.drawRightString(190 * mm, y, v)
        y -= 5.5 * mm
    y -= 6 * mm
    c.setFont("DVS", 8.5)
    for ln in ["Az eladó alanyi adómentes (AAM), az ÁFA-t nem számít fel.", f"Bankszámla: {inv.bank}", inv.note]:
        c.drawString(20 * mm, y, ln)
        y -= 4.5 * mm
    c.line(130 * mm, 40 * mm, 185 * mm, 40 * mm)
    c.drawCentredString(157 * mm, 36 * mm, "aláírás")
    c.showPage()
    c.save()
    return ds, st


def rl_eu_minimal(inv, out):
    """A Dutch SaaS provider's generated English invoice, reverse charge."""
    _fonts()
    ds, st = "iso", "en"
    cur = inv.cur
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    W, H = A4
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("DVCB", 20)
    c.drawString(20 * mm, H - 28 * mm, inv.kw.get("brand"))
    c.setFont("DVC", 9)
    c.drawRightString(190 * mm, H - 22 * mm, "INVOICE")
    c.drawRightString(190 * mm, H - 27 * mm, f"No. {inv.number}")
    c.drawRightString(190 * mm, H - 32 * mm, f"Invoice date: {fd(inv.issue, ds)}")
    c.drawRightString(190 * mm, H - 37 * mm, f"Service date: {fd(inv.fulfil, ds)}")
    c.drawRightString(190 * mm, H - 42 * mm, f"Payment due: {fd(inv.due, ds)}")
    y = H - 58 * mm
    for x, lbl, p, vl in [(20 * mm, "SUPPLIER", inv.seller, "VAT"), (110 * mm, "CUSTOMER", inv.buyer, "VAT")]:
        yy = y
        c.setFont("DVCB", 8)
        c.drawString(x, yy, lbl)
        yy -= 5 * mm
        c.setFont("DVCB", 10)
        c.drawString(x, yy, p.name)
        c.setFont("DVC", 9)
        for ln in list(p.addr) + ([f"{vl}: {p.vat}"] if p.vat else []) + list(p.extra):
            yy -= 4.5 * mm
            c.drawString(x, yy, ln)
    y -= 40 * mm
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(18 * mm, y - 2 * mm, 174 * mm, 7 * mm, fill=1, stroke=0)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    cols = [(20, "Item", "l"), (120, "Qty", "r"), (150, f"Price ({cur})", "r"), (190, f"Total ({cur})", "r")]
    c.setFont("DVCB", 9)
    for x, h, a in cols:
        (c.drawString if a == "l" else c.drawRightString)(x * mm, y, h)
    c.setFont("DVC", 9)
    for it in inv.items:
        y -= 8 * mm
        for (x, h, a), v in zip(cols, [it.desc, fmt_qty(it.qty), fa(it.price, st, cur), fa(it.net, st, cur)]):
            (c.drawString if a == "l" else c.drawRightString)(x * mm, y, v)
    y -= 6 * mm
    c.line(110 * mm, y, 192 * mm, y)
    for lbl, v in [("Net amount", fa(inv.net, st, cur)), ("VAT 0% (reverse charge)", fa(inv.vat, st, cur)), ("Total", fa(inv.gross, st, cur))]:
        y -= 6 * mm
        c.drawString(112 * mm, y, lbl)
        c.drawRightString(190 * mm, y, f"{v} {cur}")
    y -= 15 * mm
    c.setFont("DVC", 8)
    for ln in ["VAT reverse charged – Article 196 VAT Directive 2006/112/EC. The customer is liable for VAT.",
               f"Bank: {inv.bank}", inv.note]:
        c.drawString(20 * mm, y, ln)
        y -= 4.5 * mm
    c.showPage()
    c.save()
    return ds, st


RL = {"rl_ev_handmade": rl_ev_handmade, "rl_eu_minimal": rl_eu_minimal}

# ruff: noqa
"""Invoices drawn directly with reportlab (a cheap desktop program and a typewriter-style form)."""

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .layouts_html import _mono_lines, fx_text, refline, title
from .model import rate_label

_F = "/usr/share/fonts/truetype/dejavu/"
_done = False


def _fonts():
    global _done
    if _done:
        return
    for n, f in [
        ("DV", "DejaVuSans.ttf"),
        ("DVB", "DejaVuSans-Bold.ttf"),
        ("DVM", "DejaVuSansMono.ttf"),
        ("DVS", "DejaVuSerif.ttf"),
        ("DVSB", "DejaVuSerif-Bold.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(n, _F + f))
    _done = True


def _canvas(path):
    _fonts()
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setAuthor("")
    c.setCreator("KisSzámla Pro 5.2")
    return c


def rl_plain(inv, path):
    c = _canvas(path)
    W, H = A4
    cur = "Ft" if inv.cur == "HUF" else inv.cur
    y = H - 50
    c.setFont("DVSB", 20)
    c.drawString(50, y, title(inv))
    c.setFont("DVS", 10)
    c.drawRightString(W - 50, y, "Számlaszám: " + inv.number)
    y -= 16
    if inv.preceding:
        c.drawRightString(W - 50, y, refline(inv))
    y -= 24
    for x, lab, p in ((50, "Szállító:", inv.seller), (310, "Vevő:", inv.buyer)):
        yy = y
        c.setFont("DVS", 8)
        c.drawString(x, yy, lab)
        yy -= 13
        c.setFont("DVSB", 10)
        c.drawString(x, yy, p["name"])
        c.setFont("DVS", 9.5)
        for ln in (
            p.get("addr", "").split("|")
            + ([f"Adószám: {p['tax']}"] if p.get("tax") else [])
            + ([f"Közösségi adószám: {p['vat']}"] if p.get("vat") else [])
            + p.get("extra", [])
        ):
            if ln:
                yy -= 12
                c.drawString(x, yy, ln)
    y -= 100
    c.line(50, y, W - 50, y)
    y -= 14
    c.setFont("DVS", 9.5)
    cols = [
        ("Számla kelte", inv.d(inv.issue)),
        ("Teljesítés dátuma", inv.d(inv.fulfil)),
        ("Fizetési határidő", inv.d(inv.due)),
        ("Fizetési mód", inv.pay),
    ]
    for i, (k, v) in enumerate(cols):
        c.drawString(50 + i * 125, y, k)
        c.drawString(50 + i * 125, y - 12, v)
    y -= 26
    c.line(50, y, W - 50, y)
    y -= 18
    c.setFont("DVSB", 9)
    hdr = [
        (50, "Megnevezés", "l"),
        (320, "Menny.", "r"),
        (390, "Egységár", "r"),
        (430, "ÁFA", "r"),
        (W - 50, "Nettó érték", "r"),
    ]
    for x, t, al in hdr:
        (c.drawString if al == "l" else c.drawRightString)(x, y, t)
    c.setFont("DVS", 9)
    for l in inv.lines:
        y -= 14
        c.drawString(50, y, l["desc"])
        c.drawRightString(320, y, f"{inv.qty(l['qty'])} {l['unit']}")
        c.drawRightString(390, y, inv.a(l["price"]))
        c.drawRightString(430, y, rate_label(l["rate"]))
        c.drawRightString(W - 50, y, inv.a(l["net"]))
    y -= 10
    c.line(300, y, W - 50, y)
    for x in inv.brk:
        y -= 14
        c.drawString(300, y, f"{rate_label(x['rate'])} alap: {inv.a(x['net'])}")
        c.drawRightString(W - 50, y, f"adó: {inv.a(x['vat'])}")
    y -= 20
    for k, v in (("Nettó összesen:", inv.net), ("ÁFA összesen:", inv.vat), ("Bruttó összesen:", inv.gross)):
        c.drawString(300, y, k)
        c.drawRightString(W - 50, y, f"{inv.a(v)} {cur}")
        y -= 14
    c.setFont("DVSB", 12)
    y -= 6
    c.drawString(300, y, "Fizetendő:")
    c.drawRightString(W - 50, y, f"{inv.a(inv.gross)} {cur}")
    c.setFont("DVS", 8.5)
    y -= 30
    for n in ([fx_text(inv)] if inv.fx else []) + inv.notes:
        c.drawString(50, y, n)
        y -= 12
    c.setFont("DVS", 7)
    c.drawString(50, 40, "Készült a KisSzámla Pro 5.2 programmal.")
    c.showPage()
    c.save()


def rl_typewriter(inv, path):
    c = _canvas(path)
    W, H = A4
    c.setFont("DVM", 9)
    y = H - 50
    for ln in _mono_lines(inv, width=84):
        ln = ln.replace("Sz. sz.: ", "Bizonylat: ").replace("Vevő neve : ", "VEVŐ: ").replace("Vevő címe : ", "      ")
        c.drawString(40, y, ln)
        y -= 11.5
    c.showPage()
    c.save()


RL_LAYOUTS = {"rl_plain": rl_plain, "rl_typewriter": rl_typewriter}

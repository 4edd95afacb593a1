# ruff: noqa
"""Layouts drawn directly with reportlab."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from .common import famt, fdate, huf
from .html_layouts import KIND_HU, rlabel, Q
from .html_layouts import P as _P


def P(inv, x):
    return _P(inv, x).replace("\u00a0", " ")

FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"), ("DVMB", "DejaVuSansMono-Bold.ttf"),
             ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))


def A(inv, x):
    return famt(x, inv.numfmt, inv.dec).replace("\u00a0", " ")


def Dt(inv, d):
    return fdate(d, inv.datefmt)


def mk(path, size=A4):
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle("Számla")
    return c


def plines(p, taxlbl="Adószám: ", vatlbl="Közösségi adószám: "):
    r = list(p.addr)
    if p.tax:
        r.append(taxlbl + p.tax)
    if p.vat:
        r.append(vatlbl + p.vat)
    return r + list(p.extra)


def item_rows(c, inv, y, cols, font="DV", size=8, step=4.6 * mm, heads=None, boldfont="DVB"):
    """cols: list of (x, align) for desc, qty, unit, price, net, rate, vat."""
    if heads:
        c.setFont(boldfont, size)
        for (x, al), h in zip(cols, heads):
            (c.drawRightString if al == "r" else c.drawString)(x, y, h)
        y -= 2 * mm
        c.line(cols[0][0], y, cols[-1][0], y)
        y -= step
    c.setFont(font, size)
    for ln in inv.lines:
        vals = [ln.desc, Q(ln.qty), ln.unit, P(inv, ln.price), A(inv, ln.net), rlabel(ln.rate), A(inv, ln.vat)]
        for (x, al), v in zip(cols, vals):
            (c.drawRightString if al == "r" else c.drawString)(x, y, v)
        y -= step
    return y


def vat_rows(c, inv, x0, y, widths, font="DV", bold="DVB", size=8.5, total="Összesen"):
    xs = [x0 + w for w in widths]
    c.setFont(bold, size)
    for x, h in zip(xs, ["Áfakulcs", "Nettó", "Áfa", "Bruttó"]):
        c.drawRightString(x, y, h)
    y -= 5 * mm
    c.setFont(font, size)
    for k, g in inv.groups.items():
        for x, v in zip(xs, [rlabel(k), A(inv, g[0]), A(inv, g[1]), A(inv, g[2])]):
            c.drawRightString(x, y, v)
        y -= 4.6 * mm
    c.setFont(bold, size)
    for x, v in zip(xs, [total, A(inv, inv.net), A(inv, inv.vat), A(inv, inv.gross)]):
        c.drawRightString(x, y, v)
    return y - 6 * mm


def fx_text(inv):
    if not inv.fx:
        return []
    return [f"Árfolyam: 1 {inv.currency} = {famt(inv.fx, 'space', 2)} HUF (MNB, {fdate(inv.fxdate, inv.datefmt)}).".replace("\u00a0", " "),
            f"Áfa forintban: {famt(huf(inv, inv.vat), 'space', 0)} HUF".replace("\u00a0", " ")]


# ---------------------------------------------------------------- R1 classic boxes
def rl_classic(inv, path):
    c = mk(path); W, H = A4; s, b = inv.seller, inv.buyer
    c.setFont("DVB", 18); c.drawCentredString(W / 2, H - 20 * mm, KIND_HU[inv.kind])
    c.setFont("DV", 10); c.drawCentredString(W / 2, H - 27 * mm, f"Számla sorszáma: {inv.number}")
    for i, (lbl, p) in enumerate([("Eladó", s), ("Vevő", b)]):
        x = 15 * mm + i * 92 * mm
        c.rect(x, H - 75 * mm, 88 * mm, 42 * mm)
        c.setFont("DV", 7); c.drawString(x + 2 * mm, H - 37 * mm, lbl.upper())
        c.setFont("DVB", 10); c.drawString(x + 2 * mm, H - 43 * mm, p.name)
        c.setFont("DV", 8.5)
        for j, t in enumerate(plines(p)):
            c.drawString(x + 2 * mm, H - (49 + 4.3 * j) * mm, t)
    y = H - 84 * mm
    fields = [("Fizetési mód", inv.pay), ("Teljesítés kelte", Dt(inv, inv.fulfil)), ("Számla kelte", Dt(inv, inv.issue)), ("Fizetési határidő", Dt(inv, inv.due))]
    for i, (l, v) in enumerate(fields):
        x = 15 * mm + i * 45 * mm
        c.rect(x, y - 3 * mm, 45 * mm, 11 * mm)
        c.setFont("DV", 6.5); c.drawString(x + 1.5 * mm, y + 5 * mm, l)
        c.setFont("DV", 9); c.drawString(x + 1.5 * mm, y - 1 * mm, v)
    y -= 12 * mm
    if inv.preceding:
        c.setFont("DV", 9); c.drawString(15 * mm, y, f"Helyesbített számla sorszáma: {inv.preceding}"); y -= 7 * mm
    cols = [(15 * mm, "l"), (100 * mm, "r"), (103 * mm, "l"), (135 * mm, "r"), (160 * mm, "r"), (175 * mm, "r"), (195 * mm, "r")]
    y = item_rows(c, inv, y, cols, heads=["Megnevezés", "Menny.", "Me.", "Egységár", "Nettó", "Áfa", "Áfa összeg"])
    c.line(15 * mm, y + 2 * mm, 195 * mm, y + 2 * mm)
    y = vat_rows(c, inv, 95 * mm, y - 4 * mm, [25 * mm, 50 * mm, 75 * mm, 100 * mm])
    c.setFont("DVB", 12); c.drawRightString(195 * mm, y - 2 * mm, f"Fizetendő összeg: {A(inv, inv.gross)} {inv.currency}")
    c.setFont("DV", 8); y -= 10 * mm
    for t in fx_text(inv) + inv.notes:
        c.drawString(15 * mm, y, t); y -= 4.5 * mm
    c.showPage(); c.save()


# ---------------------------------------------------------------- R2 monospace report
def rl_mono(inv, path):
    c = mk(path); W, H = A4; s, b = inv.seller, inv.buyer
    c.setFont("DVM", 8.5); y = H - 15 * mm
    def ln(t, f="DVM"):
        nonlocal y
        c.setFont(f, 8.5); c.drawString(14 * mm, y, t); y -= 3.9 * mm
    ln(s.name, "DVMB")
    for t in plines(s, "ADÓSZÁM: ", "EU ADÓSZÁM: "):
        ln(t)
    ln("")
    ln(f"{KIND_HU[inv.kind]:<40}SZÁMLASZÁM: {inv.number}", "DVMB")
    ln("-" * 88)
    ln(f"VEVŐ: {b.name}")
    for t in plines(b, "VEVŐ ADÓSZÁMA: ", "VEVŐ EU ADÓSZÁMA: "):
        ln("      " + t)
    ln("-" * 88)
    ln(f"KIÁLLÍTÁS: {Dt(inv, inv.issue):<14} TELJESÍTÉS: {Dt(inv, inv.fulfil):<14} ESEDÉKESSÉG: {Dt(inv, inv.due)}")
    ln(f"FIZ.MÓD: {inv.pay:<18} DEVIZA: {inv.currency}")
    if inv.preceding:
        ln(f"ERED. SZÁMLA: {inv.preceding}")
    ln("-" * 88)
    ln(f"{'MEGNEVEZÉS':<34}{'MENNY':>8} {'ME':<5}{'EGYSÉGÁR':>12}{'NETTÓ':>14}{'ÁFA':>8}")
    ln("-" * 88)
    for l in inv.lines:
        ln(f"{l.desc[:34]:<34}{Q(l.qty):>8} {l.unit[:5]:<5}{P(inv, l.price):>12}{A(inv, l.net):>14}{rlabel(l.rate):>8}")
    ln("-" * 88)
    for k, g in inv.groups.items():
        ln(f"ÁFA {rlabel(k):<10} ADÓALAP {A(inv, g[0]):>14}  ADÓ {A(inv, g[1]):>12}  BRUTTÓ {A(inv, g[2]):>14}")
    ln("=" * 88)
    ln(f"{'NETTÓ ÖSSZESEN':<30}{A(inv, inv.net):>20}")
    ln(f"{'ÁFA ÖSSZESEN':<30}{A(inv, inv.vat):>20}")
    ln(f"{'FIZETENDŐ ' + inv.currency:<30}{A(inv, inv.gross):>20}", "DVMB")
    ln("")
    for t in fx_text(inv) + inv.notes:
        ln(t)
    c.showPage(); c.save()


# ---------------------------------------------------------------- R3 multi-page, totals on page 2
def rl_multipage(inv, path):
    c = mk(path); W, H = A4; s, b = inv.seller, inv.buyer
    def head(pg):
        c.setFont("DVSB", 13); c.drawString(15 * mm, H - 16 * mm, s.name)
        c.setFont("DVS", 8); c.drawString(15 * mm, H - 21 * mm, ", ".join(s.addr) + f" | Adószám: {s.tax}")
        c.drawRightString(195 * mm, H - 16 * mm, f"{KIND_HU[inv.kind]} {inv.number}")
        c.drawRightString(195 * mm, H - 21 * mm, f"{pg}. oldal / 2")
        c.line(15 * mm, H - 24 * mm, 195 * mm, H - 24 * mm)
    head(1)
    c.setFont("DVS", 8); c.drawString(15 * mm, H - 31 * mm, "Ügyfél:")
    c.setFont("DVSB", 10); c.drawString(15 * mm, H - 36 * mm, b.name)
    c.setFont("DVS", 8.5)
    for j, t in enumerate(plines(b)):
        c.drawString(15 * mm, H - (41 + 4 * j) * mm, t)
    meta = [("Kelt:", Dt(inv, inv.issue)), ("Teljesítés kelte:", Dt(inv, inv.fulfil)), ("Esedékesség:", Dt(inv, inv.due)), ("Fizetési mód:", inv.pay), ("Pénznem:", inv.currency)]
    for j, (l, v) in enumerate(meta):
        c.drawString(125 * mm, H - (31 + 4.5 * j) * mm, l); c.drawRightString(195 * mm, H - (31 + 4.5 * j) * mm, v)
    cols = [(15 * mm, "l"), (108 * mm, "r"), (111 * mm, "l"), (140 * mm, "r"), (165 * mm, "r"), (178 * mm, "r"), (195 * mm, "r")]
    y = item_rows(c, inv, H - 70 * mm, cols, font="DVS", boldfont="DVSB", heads=["Tétel", "Menny.", "Me.", "Egységár", "Nettó", "Áfa", "Áfa"])
    c.setFont("DVS", 8); c.drawRightString(195 * mm, 15 * mm, "folytatás a következő oldalon")
    c.showPage()
    head(2)
    c.setFont("DVSB", 11); c.drawString(15 * mm, H - 35 * mm, "Áfa-összesítő és végösszeg")
    y = vat_rows(c, inv, 60 * mm, H - 45 * mm, [30 * mm, 65 * mm, 100 * mm, 135 * mm], font="DVS", bold="DVSB", total="Mindösszesen")
    c.setFont("DVSB", 12); c.drawRightString(195 * mm, y - 4 * mm, f"Fizetendő: {A(inv, inv.gross)} {inv.currency}")
    c.setFont("DVS", 8); y -= 14 * mm
    for t in fx_text(inv) + inv.notes:
        c.drawString(15 * mm, y, t); y -= 4.5 * mm
    c.showPage(); c.save()


# ---------------------------------------------------------------- R4 landscape
def rl_landscape(inv, path):
    W, H = landscape(A4); c = mk(path, (W, H)); s, b = inv.seller, inv.buyer
    c.setFillGray(0.85); c.rect(0, H - 22 * mm, W, 22 * mm, fill=1, stroke=0); c.setFillGray(0)
    c.setFont("DVCB", 16); c.drawString(12 * mm, H - 14 * mm, f"{KIND_HU[inv.kind]}  –  {inv.number}")
    c.setFont("DVC", 8); c.drawRightString(W - 12 * mm, H - 10 * mm, "Számlát kibocsátotta:"); c.setFont("DVCB", 10); c.drawRightString(W - 12 * mm, H - 16 * mm, s.name)
    x0 = [12 * mm, 100 * mm, 190 * mm]
    c.setFont("DVC", 7.5); c.drawString(x0[0], H - 30 * mm, "Szállító adatai"); c.drawString(x0[1], H - 30 * mm, "Vevő adatai"); c.drawString(x0[2], H - 30 * mm, "Bizonylat adatai")
    c.setFont("DVC", 8.5)
    for j, t in enumerate([s.name] + plines(s)):
        c.drawString(x0[0], H - (35 + 4 * j) * mm, t)
    for j, t in enumerate([b.name] + plines(b)):
        c.drawString(x0[1], H - (35 + 4 * j) * mm, t)
    meta = [("Számla kelte", Dt(inv, inv.issue)), ("Teljesítés", Dt(inv, inv.fulfil)), ("Fizetési határidő", Dt(inv, inv.due)), ("Fizetés módja", inv.pay), ("Pénznem", inv.currency)]
    if inv.preceding:
        meta.append(("Eredeti számla", inv.preceding))
    for j, (l, v) in enumerate(meta):
        c.drawString(x0[2], H - (35 + 4 * j) * mm, l); c.drawString(x0[2] + 30 * mm, H - (35 + 4 * j) * mm, v)
    cols = [(12 * mm, "l"), (150 * mm, "r"), (153 * mm, "l"), (190 * mm, "r"), (225 * mm, "r"), (245 * mm, "r"), (W - 12 * mm, "r")]
    y = item_rows(c, inv, H - 72 * mm, cols, font="DVC", boldfont="DVCB", size=8.5, heads=["Megnevezés", "Mennyiség", "Me.", "Egységár", "Nettó érték", "Áfakulcs", "Áfa érték"])
    y = vat_rows(c, inv, 140 * mm, y - 5 * mm, [30 * mm, 60 * mm, 95 * mm, 145 * mm - 12 * mm + 0], font="DVC", bold="DVCB", total="Összesen")
    c.setFont("DVC", 8)
    for t in fx_text(inv) + inv.notes:
        c.drawString(12 * mm, y, t); y -= 4.3 * mm
    c.showPage(); c.save()


# ---------------------------------------------------------------- R5 band header, stacked parties, right meta column
def rl_band(inv, path):
    c = mk(path); W, H = A4; s, b = inv.seller, inv.buyer
    c.setFillColorRGB(0.15, 0.3, 0.5); c.rect(0, H - 12 * mm, W, 12 * mm, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont("DVB", 11); c.drawString(15 * mm, H - 8 * mm, s.name); c.setFillGray(0)
    c.setFont("DVB", 22); c.drawString(15 * mm, H - 30 * mm, KIND_HU[inv.kind].capitalize())
    y = H - 42 * mm
    for lbl, p in [("Szolgáltató", s), ("Megrendelő", b)]:
        c.setFont("DV", 7); c.setFillGray(0.45); c.drawString(15 * mm, y, lbl); c.setFillGray(0); y -= 4.5 * mm
        c.setFont("DVB", 9.5); c.drawString(15 * mm, y, p.name); y -= 4.3 * mm
        c.setFont("DV", 8.5)
        for t in plines(p):
            c.drawString(15 * mm, y, t); y -= 4 * mm
        y -= 3 * mm
    meta = [("Számlaszám", inv.number), ("Számla kelte", Dt(inv, inv.issue)), ("Teljesítés dátuma", Dt(inv, inv.fulfil)), ("Esedékesség", Dt(inv, inv.due)), ("Fizetési mód", inv.pay)]
    if inv.preceding:
        meta.append(("Hivatkozott számla", inv.preceding))
    my = H - 42 * mm
    for l, v in meta:
        c.setFont("DV", 7); c.setFillGray(0.45); c.drawRightString(195 * mm, my, l); c.setFillGray(0); my -= 4.2 * mm
        c.setFont("DVB", 9.5); c.drawRightString(195 * mm, my, v); my -= 5.5 * mm
    y = min(y, my) - 4 * mm
    cols = [(15 * mm, "l"), (105 * mm, "r"), (108 * mm, "l"), (138 * mm, "r"), (163 * mm, "r"), (177 * mm, "r"), (195 * mm, "r")]
    y = item_rows(c, inv, y, cols, heads=["Szolgáltatás", "Menny.", "Me.", "Egységár", "Nettó", "Áfa", "Áfa összeg"])
    y = vat_rows(c, inv, 95 * mm, y - 5 * mm, [25 * mm, 50 * mm, 75 * mm, 100 * mm], total="Végösszeg")
    c.setFont("DV", 8)
    for t in fx_text(inv) + inv.notes:
        c.drawString(15 * mm, y, t); y -= 4.3 * mm
    c.showPage(); c.save()


RL_LAYOUTS = {f.__name__: f for f in [rl_classic, rl_mono, rl_multipage, rl_landscape, rl_band]}

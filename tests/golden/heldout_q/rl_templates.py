# ruff: noqa
"""reportlab-drawn invoice layouts."""
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .model import RATE_LABEL

FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
             ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
             ("DVCB", "DejaVuSansCondensed-Bold.ttf"), ("DVI", "DejaVuSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))


def _c(path, size=A4):
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle("Számla")
    return c


def _party(c, x, y, p, font="DV", size=8.5, lead=11, tl="Adószám", vl="Közösségi adószám"):
    c.setFont(font + "B" if font + "B" in pdfmetrics.getRegisteredFontNames() else font, size + 1)
    c.drawString(x, y, p.name)
    c.setFont(font, size)
    y -= lead
    for a in p.addr:
        c.drawString(x, y, a); y -= lead
    if p.tax:
        c.drawString(x, y, f"{tl}: {p.tax}"); y -= lead
    if p.vat:
        c.drawString(x, y, f"{vl}: {p.vat}"); y -= lead
    for a in p.extra:
        c.drawString(x, y, a); y -= lead
    return y


def rl_butcher_plain(inv, path):
    c = _c(path); W, H = A4
    c.setFont("DVSB", 18); c.drawString(20*mm, H-25*mm, inv.seller.name)
    c.setFont("DVS", 8.5); c.drawString(20*mm, H-31*mm, " – ".join(inv.seller.addr) + f" – Adószám: {inv.seller.tax}")
    c.line(20*mm, H-34*mm, W-20*mm, H-34*mm)
    c.setFont("DVS", 14); c.drawRightString(W-20*mm, H-45*mm, "SZÁMLA")
    c.setFont("DVS", 9)
    y = H-52*mm
    for k, v in [("Számla sorszáma:", inv.number), ("Számla kelte:", inv.d(inv.issue)), ("Teljesítés kelte:", inv.d(inv.fulfil)),
                 ("Fizetési határidő:", inv.d(inv.due)), ("Fizetés módja:", inv.payment)]:
        c.drawRightString(W-55*mm, y, k); c.drawString(W-53*mm, y, v); y -= 12
    c.setFont("DVS", 8); c.drawString(20*mm, H-45*mm, "Vevő:")
    _party(c, 20*mm, H-52*mm, inv.buyer, font="DVS", size=9)
    y = H-100*mm
    c.setFont("DVSB", 8.5)
    c.drawString(20*mm, y, "Megnevezés"); c.drawRightString(112*mm, y, "Mennyiség"); c.drawString(115*mm, y, "Me.")
    c.drawRightString(150*mm, y, "Egységár"); c.drawRightString(165*mm, y, "ÁFA"); c.drawRightString(W-20*mm, y, "Nettó érték")
    c.line(20*mm, y-3, W-20*mm, y-3); y -= 14; c.setFont("DVS", 8.5)
    for l in inv.lines:
        c.drawString(20*mm, y, l.desc)
        c.drawRightString(112*mm, y, inv.q(l.qty)); c.drawString(115*mm, y, l.unit)
        c.drawRightString(150*mm, y, inv.m(l.price)); c.drawRightString(165*mm, y, RATE_LABEL[l.rate])
        c.drawRightString(W-20*mm, y, inv.m(inv.line_net(l))); y -= 12
    c.line(20*mm, y+6, W-20*mm, y+6); y -= 10
    for r, n, v, g in inv.summary():
        c.drawRightString(W-20*mm, y, f"{RATE_LABEL[r]} ÁFA-kulcs: nettó {inv.m(n)} Ft + ÁFA {inv.m(v)} Ft = bruttó {inv.m(g)} Ft"); y -= 12
    y -= 6; c.setFont("DVSB", 10)
    c.drawRightString(W-20*mm, y, f"Nettó összesen: {inv.m(inv.net)} Ft"); y -= 13
    c.drawRightString(W-20*mm, y, f"ÁFA összesen: {inv.m(inv.vat)} Ft"); y -= 13
    c.setFont("DVSB", 12); c.drawRightString(W-20*mm, y, f"Bruttó végösszeg: {inv.m(inv.gross)} Ft"); y -= 24
    c.setFont("DVS", 8)
    for n in inv.notes:
        c.drawString(20*mm, y, n); y -= 11
    c.showPage(); c.save()


def rl_boxed_form(inv, path):
    c = _c(path); W, H = A4
    c.setFont("DVCB", 16); c.drawCentredString(W/2, H-20*mm, "S Z Á M L A")
    c.setFont("DVC", 7); c.drawCentredString(W/2, H-25*mm, "eredeti példány · 1. oldal / 1")
    c.rect(15*mm, H-75*mm, 88*mm, 45*mm); c.rect(107*mm, H-75*mm, 88*mm, 45*mm)
    c.setFont("DVC", 7); c.drawString(17*mm, H-34*mm, "SZOLGÁLTATÓ"); c.drawString(109*mm, H-34*mm, "MEGRENDELŐ")
    _party(c, 17*mm, H-40*mm, inv.seller, font="DVC", size=8, lead=10)
    _party(c, 109*mm, H-40*mm, inv.buyer, font="DVC", size=8, lead=10)
    labels = [("Számla száma", inv.number), ("Kiállítás kelte", inv.d(inv.issue)), ("Teljesítés dátuma", inv.d(inv.fulfil)),
              ("Fizetési határidő", inv.d(inv.due)), ("Fizetési mód", inv.payment)]
    bw = 180*mm/5
    for i, (k, v) in enumerate(labels):
        x = 15*mm + i*bw
        c.rect(x, H-90*mm, bw, 12*mm); c.setFont("DVC", 6.5); c.drawString(x+2, H-82*mm, k)
        c.setFont("DVCB", 8.5); c.drawString(x+2, H-88*mm, v)
    y = H-100*mm; c.setFont("DVCB", 7.5)
    hx = [17*mm, 105*mm, 122*mm, 150*mm, 165*mm, 193*mm]
    c.drawString(hx[0], y, "Megnevezés"); c.drawRightString(hx[1]+12*mm, y, "Menny."); c.drawRightString(hx[2]+22*mm, y, "Egységár")
    c.drawString(hx[3], y, "ÁFA"); c.drawRightString(hx[5], y, "Nettó")
    c.setFont("DVC", 8); y -= 12
    for l in inv.lines:
        c.drawString(hx[0], y, l.desc); c.drawRightString(hx[1]+12*mm, y, f"{inv.q(l.qty)} {l.unit}")
        c.drawRightString(hx[2]+22*mm, y, inv.m(l.price)); c.drawString(hx[3], y, RATE_LABEL[l.rate])
        c.drawRightString(hx[5], y, inv.m(inv.line_net(l))); y -= 11
    c.rect(15*mm, y, 180*mm, H-97*mm-y)
    y -= 16
    c.setFont("DVCB", 8)
    for i, t in enumerate(["ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"]):
        c.drawRightString(110*mm + i*28*mm, y, t)
    c.setFont("DVC", 8)
    for r, n, v, g in inv.summary() + [("ÖSSZ", inv.net, inv.vat, inv.gross)]:
        y -= 11
        for i, t in enumerate([RATE_LABEL.get(r, "Összesen"), inv.m(n), inv.m(v), inv.m(g)]):
            c.drawRightString(110*mm + i*28*mm, y, t)
    y -= 20; c.setFont("DVCB", 11); c.drawRightString(194*mm, y, f"Fizetendő összeg: {inv.m(inv.gross)} HUF")
    c.setFont("DVC", 7.5); y -= 16
    for n in inv.notes:
        c.drawString(15*mm, y, n); y -= 10
    c.showPage(); c.save()


def rl_receipt(inv, path):
    W, H = 80*mm, 200*mm
    c = _c(path, (W, H)); y = H-10*mm; cx = W/2
    def ln(t, f="DVM", s=7, center=False):
        nonlocal y
        c.setFont(f, s); (c.drawCentredString(cx, y, t) if center else c.drawString(4*mm, y, t)); y -= s + 2.5
    ln(inv.seller.name, "DVB", 8, True)
    for a in inv.seller.addr:
        ln(a, center=True)
    ln(f"Adószám: {inv.seller.tax}", center=True)
    ln("-" * 44)
    ln("EGYSZERŰSÍTETT SZÁMLA", "DVB", 8, True)
    ln(f"Sorszám: {inv.number}")
    ln(f"Kelt: {inv.d(inv.issue)}")
    ln(f"Teljesítés: {inv.d(inv.fulfil)}")
    ln(f"Fizetés: {inv.payment}")
    ln("-" * 44)
    ln("Vevő: " + inv.buyer.name)
    for a in inv.buyer.addr:
        ln("      " + a)
    ln("-" * 44)
    for l in inv.lines:
        ln(l.desc)
        ln(f"  {inv.q(l.qty)} {l.unit} x {inv.m(l.price)}".ljust(30) + f"{inv.m(inv.line_net(l)):>12}")
    ln("-" * 44)
    ln("ÖSSZESEN (Ft):".ljust(30) + f"{inv.m(inv.gross):>12}", "DVM", 8)
    ln("ebből ÁFA:".ljust(30) + f"{inv.m(inv.vat):>12}")
    ln("-" * 44)
    for n in inv.notes:
        ln(n, s=6)
    c.showPage(); c.save()


def rl_b13_pad(inv, path):
    """A printed B.13 invoice pad (grey/green pre-print) filled in with a typewriter font."""
    W, H = A5[1], A5[0]  # landscape A5
    c = _c(path, (W, H))
    g = (0.2, 0.45, 0.3)
    c.setStrokeColorRGB(*g); c.setFillColorRGB(*g)
    c.setFont("DVB", 11); c.drawString(10*mm, H-12*mm, "SZÁMLA"); c.setFont("DV", 6)
    c.drawString(35*mm, H-12*mm, "(egyszerűsített adattartalommal)"); c.drawRightString(W-10*mm, H-12*mm, "B.13-14/A/V  r.sz.")
    c.rect(10*mm, H-42*mm, 95*mm, 27*mm); c.rect(107*mm, H-42*mm, W-117*mm, 27*mm)
    c.drawString(12*mm, H-18*mm, "Eladó neve, címe, adószáma:"); c.drawString(109*mm, H-18*mm, "Vevő neve, címe:")
    labs = ["Teljesítés időpontja", "Számla kelte", "Fizetési határidő", "Fizetés módja"]
    bw = (W-20*mm)/4
    for i, l in enumerate(labs):
        c.rect(10*mm + i*bw, H-54*mm, bw, 10*mm); c.drawString(12*mm + i*bw, H-47*mm, l)
    cols = [10*mm, 110*mm, 130*mm, 145*mm, 170*mm, W-10*mm]
    c.rect(10*mm, H-110*mm, W-20*mm, 54*mm); c.line(10*mm, H-62*mm, W-10*mm, H-62*mm)
    for x in cols[1:-1]:
        c.line(x, H-56*mm, x, H-110*mm)
    for x, t in zip(cols, ["Termék / szolgáltatás megnevezése", "Mennyiség", "Me.", "Egységár", "Érték (Ft)"]):
        c.drawString(x + 2, H-60*mm, t)
    c.drawString(W-70*mm, H-118*mm, "Fizetendő összeg Ft:"); c.line(W-45*mm, H-119*mm, W-10*mm, H-119*mm)
    c.drawString(10*mm, H-118*mm, "Sorszám:"); c.drawString(10*mm, H-128*mm, "Eladó aláírása: ......................")
    c.drawString(10*mm, H-136*mm, "Nyomtatvány · kiadásra szigorú számadás alá vont")
    # typewriter fill-in
    c.setFillColorRGB(0.1, 0.1, 0.25); c.setFont("DVM", 8.5)
    y = H-24*mm
    for t in [inv.seller.name] + inv.seller.addr + [f"Adószám: {inv.seller.tax}"] + inv.seller.extra:
        c.drawString(13*mm, y, t); y -= 9.5
    y = H-24*mm
    for t in [inv.buyer.name] + inv.buyer.addr:
        c.drawString(110*mm, y, t); y -= 9.5
    for i, v in enumerate([inv.d(inv.fulfil), inv.d(inv.issue), inv.d(inv.due), inv.payment]):
        c.drawString(13*mm + i*bw, H-52*mm, v)
    y = H-67*mm
    for l in inv.lines:
        c.drawString(12*mm, y, l.desc); c.drawRightString(cols[2]-2, y, inv.q(l.qty)); c.drawString(cols[2]+2, y, l.unit)
        c.drawRightString(cols[4]-2, y, inv.m(l.price)); c.drawRightString(cols[5]-2, y, inv.m(inv.line_net(l))); y -= 10
    c.drawRightString(W-12*mm, H-118*mm, inv.m(inv.gross))
    c.setFont("DVM", 11); c.drawString(25*mm, H-118*mm, inv.number)
    c.setFont("DVM", 7.5); y = H-146*mm
    for n in inv.notes:
        c.drawString(10*mm, y, n); y -= 9
    c.showPage(); c.save()


def rl_two_col(inv, path):
    c = _c(path); W, H = A4
    c.setFillColorRGB(0.55, 0.35, 0.1); c.rect(0, H-30*mm, W, 30*mm, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont("DVB", 20); c.drawString(18*mm, H-18*mm, inv.seller.name)
    c.setFont("DV", 8); c.drawString(18*mm, H-25*mm, ", ".join(inv.seller.addr))
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DVB", 9); c.drawString(18*mm, H-42*mm, "Eladó adatai"); c.drawString(W/2, H-42*mm, "Vevő adatai")
    _party(c, 18*mm, H-49*mm, inv.seller, size=8.5, tl="Adószám", vl="EU adószám")
    _party(c, W/2, H-49*mm, inv.buyer, size=8.5)
    y = H-88*mm; c.setFont("DVB", 13); c.drawString(18*mm, y, f"Számla  {inv.number}")
    c.setFont("DV", 8.5); y -= 14
    c.drawString(18*mm, y, f"Kelte: {inv.d(inv.issue)}    Teljesítés kelte: {inv.d(inv.fulfil)}    Fizetési határidő: {inv.d(inv.due)}    Fizetési mód: {inv.payment}")
    y -= 20; c.setFont("DVB", 8)
    xs = [18*mm, 110*mm, 135*mm, 160*mm, W-18*mm]
    c.drawString(xs[0], y, "Termék"); c.drawRightString(xs[1], y, "Mennyiség"); c.drawRightString(xs[2], y, "Egységár")
    c.drawRightString(xs[3], y, "ÁFA"); c.drawRightString(xs[4], y, "Nettó érték")
    c.setFont("DV", 8.5)
    for i, l in enumerate(inv.lines):
        y -= 13
        if i % 2 == 0:
            c.setFillColorRGB(0.96, 0.93, 0.88); c.rect(16*mm, y-3, W-32*mm, 12, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.drawString(xs[0], y, l.desc); c.drawRightString(xs[1], y, f"{inv.q(l.qty)} {l.unit}")
        c.drawRightString(xs[2], y, inv.m(l.price)); c.drawRightString(xs[3], y, RATE_LABEL[l.rate]); c.drawRightString(xs[4], y, inv.m(inv.line_net(l)))
    y -= 24
    for r, n, v, g in inv.summary():
        c.drawRightString(W-18*mm, y, f"ÁFA {RATE_LABEL[r]}:   alap {inv.m(n)}   adó {inv.m(v)}   bruttó {inv.m(g)}"); y -= 12
    y -= 8; c.setFont("DVB", 10)
    c.drawString(110*mm, y, "Nettó:"); c.drawRightString(W-18*mm, y, f"{inv.m(inv.net)} Ft"); y -= 13
    c.drawString(110*mm, y, "ÁFA:"); c.drawRightString(W-18*mm, y, f"{inv.m(inv.vat)} Ft"); y -= 13
    c.drawString(110*mm, y, "Bruttó összesen:"); c.drawRightString(W-18*mm, y, f"{inv.m(inv.gross)} Ft"); y -= 24
    c.setFont("DV", 7.5)
    for n in inv.notes:
        c.drawString(18*mm, y, n); y -= 10
    c.showPage(); c.save()


RL_TEMPLATES = {f.__name__: f for f in [rl_butcher_plain, rl_boxed_form, rl_receipt, rl_b13_pad, rl_two_col]}

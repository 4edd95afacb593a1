# ruff: noqa
"""reportlab-drawn templates for blind set W."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .html_common import TITLE_HU, price, qty, rate
from .model import fmt_num

FD = "/usr/share/fonts/truetype/dejavu/"
for nm, fn in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
               ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
               ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, FD + fn))


def _canvas(path, size=A4):
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle("Számla")
    return c


def _wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def _party(c, p, x, y, font="DV", bold="DVB", size=9, lead=11, tax_label="Adószám", vat_label="Közösségi adószám", extra=True):
    c.setFont(bold, size + 1)
    c.drawString(x, y, p.name)
    y -= lead + 1
    c.setFont(font, size)
    for a in p.addr:
        c.drawString(x, y, a); y -= lead
    if p.tax:
        c.drawString(x, y, f"{tax_label}: {p.tax}"); y -= lead
    if p.vat:
        c.drawString(x, y, f"{vat_label}: {p.vat}"); y -= lead
    if extra:
        for a in p.extra:
            c.drawString(x, y, a); y -= lead
    return y


def _table(c, inv, x, y, cols, font="DV", bold="DVB", size=8, lead=12, grid=False, header_fill=None):
    """cols: (header, key, width_mm, align)."""
    xs = [x]
    for h, k, w, a in cols:
        xs.append(xs[-1] + w * mm)
    if header_fill:
        c.setFillColorRGB(*header_fill); c.rect(x, y - 3, xs[-1] - x, lead, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
    c.setFont(bold, size)
    for (h, k, w, a), x0, x1 in zip(cols, xs, xs[1:]):
        _cell(c, h, x0, x1, y, a)
    y -= 3
    c.line(x, y, xs[-1], y)
    y -= lead
    c.setFont(font, size)
    for i, ln in enumerate(inv.lines, 1):
        net = inv.line_net(ln); vat = inv.line_vat(ln)
        vals = {"no": str(i), "qty": qty(inv, ln.qty), "unit": ln.unit, "price": price(inv, ln.price), "net": inv.n(net),
                "rate": rate(ln.rate), "vat": inv.n(vat), "gross": inv.n(net + vat), "qtyunit": f"{qty(inv, ln.qty)} {ln.unit}"}
        dw = [w for h, k, w, a in cols if k == "desc"][0] * mm - 4
        dl = _wrap(ln.desc, font, size, dw)
        for (h, k, w, a), x0, x1 in zip(cols, xs, xs[1:]):
            if k == "desc":
                for j, t in enumerate(dl):
                    c.drawString(x0 + 2, y - j * (lead - 2), t)
            else:
                _cell(c, vals[k], x0, x1, y, a)
        y -= lead + (len(dl) - 1) * (lead - 2)
        if grid:
            c.line(x, y + lead - 3, xs[-1], y + lead - 3)
    c.line(x, y + lead - 3, xs[-1], y + lead - 3)
    return y


def _cell(c, s, x0, x1, y, a):
    if a == "r":
        c.drawRightString(x1 - 2, y, s)
    elif a == "c":
        c.drawCentredString((x0 + x1) / 2, y, s)
    else:
        c.drawString(x0 + 2, y, s)


def _vatsum(c, inv, x, y, labels=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), total="Összesen", font="DV", bold="DVB", size=8.5, w=(25, 30, 30, 30)):
    xs = [x]
    for ww in w:
        xs.append(xs[-1] + ww * mm)
    c.setFont(bold, size)
    for i, h in enumerate(labels):
        _cell(c, h, xs[i], xs[i + 1], y, "l" if i == 0 else "r")
    y -= 3; c.line(x, y, xs[-1], y); y -= 11
    c.setFont(font, size)
    for r, net, vat, gross in inv.groups:
        for i, v in enumerate([rate(r), inv.n(net), inv.n(vat), inv.n(gross)]):
            _cell(c, v, xs[i], xs[i + 1], y, "l" if i == 0 else "r")
        y -= 11
    c.line(x, y + 8, xs[-1], y + 8)
    c.setFont(bold, size)
    for i, v in enumerate([total, inv.n(inv.net), inv.n(inv.vat), inv.n(inv.gross)]):
        _cell(c, v, xs[i], xs[i + 1], y - 2, "l" if i == 0 else "r")
    return y - 14


def _notes(c, inv, x, y, font="DV", size=7.5, width=180 * mm):
    c.setFont(font, size)
    for n in inv.notes:
        for t in _wrap(n, font, size, width):
            c.drawString(x, y, t); y -= size + 3
    return y


def rl_grid(inv, path):
    c = _canvas(path); W, H = A4
    c.setFont("DVB", 18); c.drawString(20 * mm, H - 25 * mm, "SZÁMLA")
    c.setFont("DV", 8); c.drawRightString(W - 20 * mm, H - 20 * mm, "Eredeti példány")
    # header grid 3x2
    labels = [("Számlaszám", inv.number), ("Kiállítás kelte", inv.d(inv.issue)), ("Teljesítés kelte", inv.d(inv.fulfil)),
              ("Fizetési határidő", inv.d(inv.due)), ("Fizetés módja", inv.pay), ("Pénznem", "HUF")]
    x0, y0, cw, ch = 20 * mm, H - 33 * mm, 56.6 * mm, 11 * mm
    for i, (k, v) in enumerate(labels):
        cx, cy = x0 + (i % 3) * cw, y0 - (i // 3) * ch
        c.rect(cx, cy - ch, cw, ch)
        c.setFont("DV", 6.5); c.drawString(cx + 2 * mm, cy - 3.5 * mm, k)
        c.setFont("DVB", 9.5); c.drawString(cx + 2 * mm, cy - 8.5 * mm, v)
    y = y0 - 2 * ch - 8 * mm
    c.setFont("DV", 7); c.drawString(20 * mm, y, "ELADÓ"); c.drawString(110 * mm, y, "VEVŐ")
    y1 = _party(c, inv.seller, 20 * mm, y - 12); y2 = _party(c, inv.buyer, 110 * mm, y - 12)
    y = min(y1, y2) - 10 * mm
    y = _table(c, inv, 20 * mm, y, [("Megnevezés", "desc", 70, "l"), ("Mennyiség", "qtyunit", 22, "r"), ("Egységár", "price", 20, "r"),
                                    ("ÁFA", "rate", 12, "c"), ("Nettó", "net", 23, "r"), ("Bruttó", "gross", 23, "r")],
               header_fill=(0.88, 0.88, 0.88))
    y = _vatsum(c, inv, 75 * mm, y - 8 * mm)
    c.setFont("DVB", 12); c.drawRightString(W - 20 * mm, y - 8 * mm, f"Fizetendő: {inv.n(inv.gross)} Ft")
    _notes(c, inv, 20 * mm, y - 20 * mm)
    c.showPage(); c.save()


def rl_receipt(inv, path):
    size = (80 * mm, 170 * mm)
    c = _canvas(path, size); W, H = size
    s, b = inv.seller, inv.buyer
    y = H - 10 * mm
    c.setFont("DVM", 7.5)
    def ctr(t, f="DVM", sz=7.5):
        nonlocal y
        c.setFont(f, sz); c.drawCentredString(W / 2, y, t); y -= sz + 3
    def lr(l, r, f="DVM", sz=7.5):
        nonlocal y
        c.setFont(f, sz); c.drawString(4 * mm, y, l); c.drawRightString(W - 4 * mm, y, r); y -= sz + 3
    ctr(s.name, "DVB", 9); ctr(s.addr[0]); ctr(f"Adószám: {s.tax}")
    ctr("-" * 40)
    ctr("EGYSZERŰSÍTETT SZÁMLA", "DVB", 8.5)
    ctr(f"Sorszám: {inv.number}")
    ctr("-" * 40)
    lr("Vevő:", ""); c.setFont("DVM", 7.5)
    for t in [b.name] + b.addr + [f"Adószám: {b.tax}"]:
        c.drawString(6 * mm, y, t); y -= 10.5
    ctr("-" * 40)
    for ln in inv.lines:
        net = inv.line_net(ln); gross = net + inv.line_vat(ln)
        for t in _wrap(ln.desc, "DVM", 7.5, W - 8 * mm):
            c.drawString(4 * mm, y, t); y -= 10.5
        lr(f"  {qty(inv, ln.qty)} x {price(inv, ln.price * (100 + 27) / 100)}", f"{inv.n(gross)} {rate(ln.rate)}")
    ctr("-" * 40)
    lr("ÖSSZESEN:", f"{inv.n(inv.gross)} Ft", "DVB", 9.5)
    lr("  ebből nettó:", inv.n(inv.net)); lr("  ebből ÁFA 27%:", inv.n(inv.vat))
    lr("Fizetés módja:", inv.pay)
    ctr("-" * 40)
    lr("Kelt / teljesítés:", inv.d(inv.issue))
    ctr("Köszönjük, hogy minket választott!")
    c.showPage(); c.save()


def rl_classic(inv, path):
    c = _canvas(path); W, H = A4
    s, b = inv.seller, inv.buyer
    c.setFont("DVSB", 13); c.drawString(18 * mm, H - 20 * mm, s.name)
    c.setFont("DVS", 8.5); yy = H - 25 * mm
    for t in s.addr + [f"Adószám: {s.tax}"] + s.extra:
        c.drawString(18 * mm, yy, t); yy -= 10
    c.setFont("DVSB", 20); c.drawRightString(W - 18 * mm, H - 22 * mm, "SZÁMLA")
    c.setFont("DVS", 9)
    meta = [("Számla száma:", inv.number), ("Számla kelte:", inv.d(inv.issue)), ("Teljesítés:", inv.d(inv.fulfil)),
            ("Fizetési határidő:", inv.d(inv.due)), ("Fizetési mód:", inv.pay)]
    my = H - 30 * mm
    for k, v in meta:
        c.drawRightString(W - 50 * mm, my, k); c.drawString(W - 48 * mm, my, v); my -= 11
    c.line(18 * mm, H - 62 * mm, W - 18 * mm, H - 62 * mm)
    c.setFont("DVS", 8); c.drawString(18 * mm, H - 70 * mm, "Megrendelő:")
    _party(c, b, 45 * mm, H - 70 * mm, "DVS", "DVSB", extra=False)
    c.setFont("DVS", 8); c.drawString(18 * mm, H - 98 * mm, "Gép: Konica C300i · Telepítési hely: 2400 Dunaújváros, Béke tér 3. · Leolvasás: 2027.06.30.")
    y = _table(c, inv, 18 * mm, H - 110 * mm, [("Megnevezés", "desc", 78, "l"), ("Menny.", "qty", 18, "r"), ("M.e.", "unit", 14, "c"),
                                               ("Egységár", "price", 20, "r"), ("ÁFA", "rate", 12, "c"), ("Nettó érték", "net", 32, "r")],
               font="DVS", bold="DVSB", size=8.2, lead=13)
    y = _vatsum(c, inv, 82 * mm, y - 6 * mm, labels=("Adókulcs", "Nettó", "ÁFA", "Bruttó"), total="Összesen", font="DVS", bold="DVSB", w=(20, 26, 24, 26))
    c.setFont("DVSB", 12); c.drawRightString(W - 18 * mm, y - 8 * mm, f"Fizetendő összesen: {inv.n(inv.gross)} Ft")
    c.setFont("DVS", 7); c.drawCentredString(W / 2, 12 * mm, "A számla a 2007. évi CXXVII. törvény szerinti adattartalommal készült.")
    c.showPage(); c.save()


def rl_twocol(inv, path):
    c = _canvas(path); W, H = A4
    s, b = inv.seller, inv.buyer
    c.setFillColorRGB(0.1, 0.3, 0.5); c.rect(0, H - 28 * mm, W, 28 * mm, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1); c.setFont("DVB", 16); c.drawString(15 * mm, H - 15 * mm, "SZÁMLA / INVOICE")
    c.setFont("DV", 9); c.drawString(15 * mm, H - 22 * mm, f"Számlaszám / Invoice No.: {inv.number}")
    c.setFillColorRGB(0, 0, 0)
    y = H - 40 * mm
    c.setFont("DV", 7); c.drawString(15 * mm, y, "Szolgáltató / Service provider"); c.drawString(110 * mm, y, "Vevő / Customer")
    y1 = _party(c, s, 15 * mm, y - 12, tax_label="Adószám / Tax No.", vat_label="EU adószám / EU VAT No.")
    y2 = _party(c, b, 110 * mm, y - 12)
    y = min(y1, y2) - 6 * mm
    c.setFont("DV", 8.5)
    for k, v in [("Kelt / Issue date", inv.d(inv.issue)), ("Teljesítés / Date of supply", inv.d(inv.fulfil)),
                 ("Fizetési határidő / Payment due", inv.d(inv.due)), ("Fizetési mód / Payment method", inv.pay)]:
        c.drawString(15 * mm, y, k + ":"); c.drawString(75 * mm, y, v); y -= 11
    y = _table(c, inv, 15 * mm, y - 8 * mm, [("Tétel / Item", "desc", 70, "l"), ("Menny. / Qty", "qtyunit", 30, "r"), ("Egységár / Unit", "price", 28, "r"),
                                              ("ÁFA / VAT", "rate", 20, "c"), ("Nettó / Net", "net", 32, "r")])
    y = _vatsum(c, inv, 85 * mm, y - 6 * mm, labels=("ÁFA / VAT", "Nettó / Net", "ÁFA / VAT", "Bruttó / Gross"), total="Összesen / Total")
    c.setFont("DVB", 12); c.drawRightString(W - 15 * mm, y - 8 * mm, f"Fizetendő / Total due: {inv.n(inv.gross)} Ft")
    c.showPage(); c.save()


def rl_corr(inv, path):
    c = _canvas(path); W, H = A4
    s, b = inv.seller, inv.buyer
    c.setFont("DVCB", 15); c.drawString(20 * mm, H - 22 * mm, "MÓDOSÍTÓ SZÁMLA")
    c.setFont("DVC", 8.5)
    c.drawString(20 * mm, H - 28 * mm, "(a számla adattartalmát módosító okirat – Áfa tv. 170. §)")
    rows = [("Módosító számla sorszáma", inv.number), ("Módosított számla sorszáma", inv.preceding),
            ("Módosítás kelte", inv.d(inv.issue)), ("Teljesítés kelte", inv.d(inv.fulfil)), ("Fizetési határidő", inv.d(inv.due))]
    y = H - 40 * mm
    for k, v in rows:
        c.rect(120 * mm, y - 3, 70 * mm, 11, stroke=1, fill=0)
        c.setFont("DVC", 8); c.drawString(72 * mm, y, k); c.setFont("DVCB", 9); c.drawString(122 * mm, y, v); y -= 11
    y -= 8 * mm
    c.setFont("DVC", 7); c.drawString(20 * mm, y, "Kibocsátó:"); c.drawString(110 * mm, y, "Vevő:")
    y1 = _party(c, s, 20 * mm, y - 11, "DVC", "DVCB"); y2 = _party(c, b, 110 * mm, y - 11, "DVC", "DVCB")
    y = min(y1, y2) - 8 * mm
    y = _table(c, inv, 20 * mm, y, [("Megnevezés", "desc", 74, "l"), ("Menny.", "qtyunit", 22, "r"), ("Egységár", "price", 18, "r"),
                                    ("ÁFA", "rate", 12, "c"), ("Nettó", "net", 22, "r"), ("ÁFA", "vat", 22, "r")],
               font="DVC", bold="DVCB", grid=True)
    y = _vatsum(c, inv, 80 * mm, y - 6 * mm, labels=("Kulcs", "Nettó változás", "ÁFA változás", "Bruttó változás"), total="Különbözet", font="DVC", bold="DVCB", w=(18, 32, 30, 30))
    c.setFont("DVCB", 11); c.drawRightString(W - 20 * mm, y - 6 * mm, f"Pótlólag fizetendő: {inv.n(inv.gross)} Ft")
    _notes(c, inv, 20 * mm, y - 18 * mm, "DVC", 8)
    c.showPage(); c.save()


TEMPLATES = {f.__name__: f for f in [rl_grid, rl_receipt, rl_classic, rl_twocol, rl_corr]}

# ruff: noqa
"""ReportLab looks for set J (desktop invoicing suites drawing straight onto the canvas)."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from .common import words

F = "/usr/share/fonts/truetype/dejavu/"
_done = False


def _fonts():
    global _done
    if not _done:
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                     ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
            pdfmetrics.registerFont(TTFont(n, F + f))
        _done = True


def desk(d, out, variant="classic"):
    """variant 'classic': serif, label column on the right; 'cond': condensed sans, boxed headers, paginated lines."""
    _fonts()
    reg, bold = ("DVS", "DVSB") if variant == "classic" else ("DVC", "DVCB")
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    W, H = A4
    pageno = [1]

    def footer():
        c.setFont(reg, 7)
        c.drawRightString(W - 40, 25, f"{pageno[0]}. oldal")
        c.drawString(40, 25, "Készült: KulcsSzámla Desktop 2027 — nyomtatvány engedély nélkül is érvényes")
        if d.watermark:
            c.saveState(); c.setFillGray(0.88); c.setFont(bold, 70); c.translate(W / 2, H / 2); c.rotate(35)
            c.drawCentredString(0, 0, d.watermark); c.restoreState()

    c.setFont(bold, 17)
    c.drawString(40, H - 55, d.title)
    if d.stamp:
        c.setStrokeColorRGB(.7, 0, 0); c.setFillColorRGB(.7, 0, 0); c.setFont(bold, 10)
        c.rect(W - 175, H - 62, 135, 22); c.drawCentredString(W - 107, H - 55, d.stamp)
        c.setFillGray(0); c.setStrokeGray(0)
    y = H - 90
    # parties
    for x, head, p in ((40, "Eladó neve, címe", d.seller), (300, "Vevő neve, címe", d.buyer)):
        c.setFont(reg, 7.5); c.drawString(x, y, head)
        c.setFont(bold, 10); c.drawString(x, y - 13, p.name)
        c.setFont(reg, 8.5); yy = y - 26
        rows = [p.addr] + ([f"Adószám: {p.tax}"] if p.tax else []) + ([f"EU adószám: {p.vat}"] if p.vat else []) + [f"{k}: {v}" for k, v in p.extra]
        for r in rows:
            c.drawString(x, yy, r); yy -= 11
    y -= 100
    meta = [("Számla száma", d.no), ("Kiállítás dátuma", d.Dt(d.issue))]
    if d.fulf and d.fulf_printed:
        meta.append(("Teljesítés dátuma", d.Dt(d.fulf)))
    if d.due:
        meta.append(("Fizetési határidő", d.Dt(d.due)))
    meta.append(("Fizetési mód", d.payment))
    if d.prec:
        meta.append(("Helyesbített számla", d.prec))
    meta += d.header_extra
    if variant == "classic":
        for k, v in meta:
            c.setFont(reg, 8.5); c.drawString(40, y, k + ":"); c.setFont(bold, 9); c.drawString(150, y, v); y -= 12
    else:
        per = 4
        bw = (W - 80) / per
        for i, (k, v) in enumerate(meta):
            if i and i % per == 0:
                y -= 32
            x = 40 + (i % per) * bw
            c.rect(x, y - 18, bw, 28)
            c.setFont(reg, 6.5); c.drawString(x + 3, y + 2, k)
            c.setFont(bold, 8.5); c.drawString(x + 3, y - 12, v)
        y -= 34
    y -= 10
    cols = [40, 230, 270, 300, 360, 425, 460, 515]
    heads = ["Megnevezés", "Menny.", "Me.", "Egységár", "Nettó", "Áfa", "Áfa össz.", "Bruttó"]

    def head_row(y):
        c.setFont(bold, 7.5)
        for x, h in zip(cols, heads):
            c.drawString(x, y, h)
        c.line(40, y - 3, W - 40, y - 3)
        return y - 13

    y = head_row(y)
    for ln in d.lines:
        if y < 90:
            footer(); c.showPage(); pageno[0] += 1
            c.setFont(reg, 8); c.drawString(40, H - 40, f"{d.title} — {d.no} (folytatás)")
            y = head_row(H - 60)
        net = d.line_net(ln)
        pct = ln[4] if isinstance(ln[4], int) else 0
        v = d.q(net * pct / 100)
        c.setFont(reg, 7.5)
        c.drawString(cols[0], y, ln[0][:44])
        c.drawRightString(cols[2] - 6, y, str(ln[1]).replace(".", ","))
        c.drawString(cols[2], y, ln[2])
        for x2, val in ((cols[4] - 5, d.A(ln[3])), (cols[5] - 5, d.A(net)), (cols[6] - 5, d.rate_label(ln[4])),
                        (cols[7] - 5, d.A(v)), (W - 40, d.A(net + v))):
            c.drawRightString(x2, y, val)
        y -= 11
    if y < 230:
        footer(); c.showPage(); pageno[0] += 1; y = H - 60
    y -= 8
    c.line(300, y + 6, W - 40, y + 6)
    c.setFont(bold, 8); c.drawString(300, y, "Áfa-összesítő"); y -= 12
    c.setFont(reg, 8)
    for r, n, v, g in d.summary():
        c.drawString(300, y, d.rate_label(r))
        c.drawRightString(400, y, d.A(n)); c.drawRightString(470, y, d.A(v)); c.drawRightString(W - 40, y, d.A(g)); y -= 11
    n, v, g = d.totals()
    y -= 6
    for k, val in (("Nettó összesen:", d.A(n)), ("Áfa összesen:", d.A(v)), ("Bruttó végösszeg:", d.A(g))):
        c.setFont(bold, 9); c.drawString(300, y, k); c.drawRightString(W - 40, y, f"{val} {d.cur}"); y -= 13
    c.setFont(reg, 8.5)
    for k, val in d.after_totals:
        c.drawString(300, y, k); c.drawRightString(W - 40, y, val); y -= 12
    if d.words:
        c.drawString(40, y, ("azaz mínusz " if g < 0 else "azaz ") + words(g) + " forint"); y -= 14
    y -= 6
    for x in d.notes:
        c.setFont(reg, 7.5); c.drawString(40, y, x); y -= 10
    footer()
    c.showPage()
    c.save()

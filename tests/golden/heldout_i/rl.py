# ruff: noqa
"""reportlab renderers for the blind set I."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .core import RATE_LABEL, Doc, words
from .html import KIND_TITLE

_F = "/usr/share/fonts/truetype/dejavu/"
for name, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, _F + f))


def _cur(doc: Doc, v) -> str:
    s = doc.n(v)
    mark = doc.opts.get("cur", " Ft" if doc.currency == "HUF" else " " + doc.currency)
    return mark + s if mark.endswith(" ") else s + mark


def _title(doc):
    return doc.opts.get("title", KIND_TITLE[doc.kind])


# classic: label under the value (value first, small label below), boxes drawn on canvas
def rl_classic(doc: Doc, out: str) -> None:
    o = doc.opts
    fn, fb = o.get("fonts", ("DV", "DV-B"))
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle(doc.number)
    W, H = A4
    y = H - 20 * mm
    c.setFont(fb, 18)
    c.drawString(20 * mm, y, _title(doc))
    c.setFont(fn, 10)
    c.drawRightString(W - 20 * mm, y, o.get("copy", "1. példány"))
    y -= 8 * mm
    c.setFont(fb, 12)
    c.drawString(20 * mm, y, doc.number)
    c.setFont(fn, 7)
    c.drawString(20 * mm, y - 3.5 * mm, "számla sorszáma")
    # dates: value with small label under
    x = 80 * mm
    dates = [(doc.d(doc.issue), "kiállítás dátuma")]
    if doc.fulfil:
        dates.append((doc.d(doc.fulfil), "teljesítés dátuma"))
    if doc.due:
        dates.append((doc.d(doc.due), "fizetési határidő"))
    for val, lab in dates:
        c.setFont(fn, 10)
        c.drawString(x, y, val)
        c.setFont(fn, 7)
        c.drawString(x, y - 3.5 * mm, lab)
        x += 38 * mm
    y -= 12 * mm
    # party boxes
    for i, (p, head) in enumerate(((doc.seller, o.get("sl", "Szolgáltató")), (doc.buyer, o.get("bl", "Megrendelő")))):
        bx = 20 * mm + i * 87 * mm
        c.rect(bx, y - 38 * mm, 83 * mm, 38 * mm)
        c.setFont(fb, 8)
        c.drawString(bx + 3 * mm, y - 5 * mm, head)
        size = 9.5
        while pdfmetrics.stringWidth(p.name, fb, size) > 77 * mm:
            size -= 0.25
        c.setFont(fb, size)
        c.drawString(bx + 3 * mm, y - 10 * mm, p.name)
        yy = y - 14.5 * mm
        rows = [p.addr] + ([f"Adószám: {p.tax}"] if p.tax else []) + ([f"Közösségi adószám: {p.vat}"] if p.vat and p.show_vat else []) + p.extra
        for r in rows:
            size = 8.5
            while pdfmetrics.stringWidth(r, fn, size) > 77 * mm:
                size -= 0.25
            c.setFont(fn, size)
            c.drawString(bx + 3 * mm, yy, r)
            yy -= 4 * mm
    y -= 44 * mm
    if doc.preceding:
        c.setFont(fn, 9)
        c.drawString(20 * mm, y, f"{o.get('ref_label', 'Helyesbített számla sorszáma')}: {doc.preceding}")
        y -= 6 * mm
    for t in o.get("pre_notes", []):
        c.setFont(fn, 8.5)
        c.drawString(20 * mm, y, t)
        y -= 5 * mm
    # items
    cols = [(20, "Megnevezés", "l"), (98, "Menny.", "r"), (110, "Me.", "l"), (140, "Egységár", "r"), (162, "Nettó", "r"), (172, "Áfa", "r"), (190, "Bruttó", "r")]
    c.setFillColor(colors.HexColor("#dddddd"))
    c.rect(18 * mm, y - 1.5 * mm, 174 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(fb, 8)
    for xx, h, a in cols:
        (c.drawString if a == "l" else c.drawRightString)(xx * mm, y, h)
    y -= 6 * mm
    c.setFont(fn, 8)
    for ln in doc.lines:
        net = doc.line_net(ln)
        q = f"{ln.qty:f}".rstrip("0").rstrip(".") if "." in f"{ln.qty:f}" else f"{ln.qty:f}"
        vals = [ln.desc, q.replace(".", ","), ln.unit, doc.price(ln.price), doc.n(net), o.get("rate_labels", {}).get(ln.rate, RATE_LABEL[ln.rate]), doc.n(net + doc.line_vat(ln))]
        for (xx, _, a), v in zip(cols, vals):
            (c.drawString if a == "l" else c.drawRightString)(xx * mm, y, v)
        y -= 5 * mm
    c.line(18 * mm, y + 2 * mm, 192 * mm, y + 2 * mm)
    y -= 4 * mm
    # vat summary
    c.setFont(fb, 8)
    c.drawString(20 * mm, y, "Áfakulcs")
    c.drawRightString(70 * mm, y, "Nettó")
    c.drawRightString(95 * mm, y, "Áfa")
    c.drawRightString(120 * mm, y, "Bruttó")
    c.setFont(fn, 8)
    for r, n, v, g in doc.groups():
        y -= 4.5 * mm
        c.drawString(20 * mm, y, o.get("rate_labels", {}).get(r, RATE_LABEL[r]))
        c.drawRightString(70 * mm, y, doc.n(n))
        c.drawRightString(95 * mm, y, doc.n(v))
        c.drawRightString(120 * mm, y, doc.n(g))
    y -= 10 * mm
    c.setFont(fn, 10)
    for lab, v in (("Nettó összesen", doc.net), ("Áfa összesen", doc.vat)):
        c.drawString(120 * mm, y, lab)
        c.drawRightString(190 * mm, y, _cur(doc, v))
        y -= 5.5 * mm
    c.setFont(fb, 12)
    c.drawString(120 * mm, y, o.get("gross_label", "Fizetendő"))
    c.drawRightString(190 * mm, y, _cur(doc, doc.gross))
    y -= 6 * mm
    if doc.currency == "HUF":
        c.setFont(fn, 8)
        c.drawString(20 * mm, y, f"azaz {words(int(doc.gross))} forint")
    y -= 8 * mm
    c.setFont(fn, 8.5)
    for t in o.get("notes", []):
        c.drawString(20 * mm, y, t)
        y -= 4.5 * mm
    c.setFont(fn, 6.5)
    c.drawString(20 * mm, 12 * mm, o.get("footer", "Számlázó program: NyomtatványSoft Számla 9 – 1/1. oldal"))
    if o.get("stamp"):
        c.saveState()
        c.setFillColor(colors.Color(0.8, 0, 0, alpha=0.25))
        c.setFont(fb, 40)
        c.translate(W / 2, H / 2 - 60 * mm)
        c.rotate(25)
        c.drawCentredString(0, 0, o["stamp"])
        c.restoreState()
    c.showPage()
    c.save()


# table: condensed, label column at left of a header table, lines over several pages with carried totals
def rl_table(doc: Doc, out: str) -> None:
    o = doc.opts
    fn, fb = o.get("fonts", ("DVC", "DVC-B"))
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle(doc.number)
    W, H = A4
    per = o.get("per_page", 1000)
    chunks = [doc.lines[i:i + per] for i in range(0, len(doc.lines), per)]
    npg = len(chunks)
    carried = None
    for pi, ch in enumerate(chunks):
        y = H - 18 * mm
        c.setFont(fb, 15)
        c.drawString(18 * mm, y, _title(doc))
        c.setFont(fn, 8)
        c.drawRightString(W - 18 * mm, y, f"Oldal {pi + 1} / {npg}")
        y -= 6 * mm
        if pi == 0:
            rows = [("Számlaszám", doc.number), ("Eladó", doc.seller.name), ("", doc.seller.addr)]
            rows += [("Eladó adószáma", doc.seller.tax)] if doc.seller.tax else []
            rows += [("", x) for x in doc.seller.extra]
            rows += [("Vevő", doc.buyer.name), ("", doc.buyer.addr)]
            rows += [("Vevő adószáma", doc.buyer.tax)] if doc.buyer.tax else []
            rows += [("Vevő közösségi adószáma", doc.buyer.vat)] if doc.buyer.vat and doc.buyer.show_vat else []
            rows += [("", x) for x in doc.buyer.extra]
            rows += [("Kiállítás kelte", doc.d(doc.issue))]
            rows += [("Teljesítés kelte", doc.d(doc.fulfil))] if doc.fulfil else []
            rows += [("Fizetési határidő", doc.d(doc.due))] if doc.due else []
            rows += [("Fizetés módja", o.get("pay", "átutalás"))]
            rows += list(o.get("kv", []))
            if doc.preceding:
                rows.append((o.get("ref_label", "Eredeti számla száma"), doc.preceding))
            for lab, val in rows:
                c.setFont(fb, 8.5)
                c.drawString(18 * mm, y, lab)
                c.setFont(fn, 8.5)
                c.drawString(62 * mm, y, val)
                c.setStrokeColor(colors.HexColor("#bbbbbb"))
                c.line(18 * mm, y - 1.5 * mm, 192 * mm, y - 1.5 * mm)
                y -= 5 * mm
            c.setStrokeColor(colors.black)
            y -= 4 * mm
        else:
            c.setFont(fn, 8.5)
            c.drawString(18 * mm, y, f"{doc.seller.name} – számla: {doc.number} (folytatás)")
            y -= 6 * mm
        cols = [(18, "Megnevezés", "l"), (110, "Menny.", "r"), (122, "Me", "l"), (145, "Egységár", "r"), (166, "Nettó", "r"), (176, "Áfa", "r"), (192, "Áfa összeg", "r")]
        c.setFont(fb, 8)
        for xx, h, a in cols:
            (c.drawString if a == "l" else c.drawRightString)(xx * mm, y, h)
        c.line(18 * mm, y - 1.5 * mm, 192 * mm, y - 1.5 * mm)
        y -= 5.5 * mm
        c.setFont(fn, 8)
        if carried is not None:
            c.drawString(18 * mm, y, "Áthozat (nettó)")
            c.drawRightString(166 * mm, y, doc.n(carried))
            y -= 5 * mm
        for ln in ch:
            net = doc.line_net(ln)
            q = f"{ln.qty:f}".rstrip("0").rstrip(".") if "." in f"{ln.qty:f}" else f"{ln.qty:f}"
            vals = [ln.desc, q.replace(".", ","), ln.unit, doc.price(ln.price), doc.n(net), o.get("rate_labels", {}).get(ln.rate, RATE_LABEL[ln.rate]), doc.n(doc.line_vat(ln))]
            for (xx, _, a), v in zip(cols, vals):
                (c.drawString if a == "l" else c.drawRightString)(xx * mm, y, v)
            y -= 4.6 * mm
            carried = net if carried is None else carried + net
        if pi < npg - 1:
            c.setFont(fb, 8)
            c.drawString(18 * mm, y, "Átvitel (nettó)")
            c.drawRightString(166 * mm, y, doc.n(carried))
        else:
            y -= 4 * mm
            c.setFont(fb, 8.5)
            c.drawString(18 * mm, y, "Összesítés áfakulcsonként")
            y -= 5 * mm
            c.setFont(fn, 8.5)
            for r, n, v, g in doc.groups():
                c.drawString(18 * mm, y, o.get("rate_labels", {}).get(r, RATE_LABEL[r]))
                c.drawRightString(80 * mm, y, doc.n(n))
                c.drawRightString(110 * mm, y, doc.n(v))
                c.drawRightString(140 * mm, y, doc.n(g))
                y -= 4.6 * mm
            y -= 4 * mm
            for lab, v, f in (("Nettó érték összesen:", doc.net, fn), ("Áfa összesen:", doc.vat, fn), (o.get("gross_label", "Bruttó végösszeg:"), doc.gross, fb)):
                c.setFont(f, 10)
                c.drawString(110 * mm, y, lab)
                c.drawRightString(192 * mm, y, _cur(doc, v))
                y -= 5.5 * mm
            c.setFont(fn, 8)
            if doc.currency == "HUF":
                c.drawString(18 * mm, y, f"azaz: {words(int(doc.gross))} forint")
                y -= 6 * mm
            for t in o.get("notes", []):
                c.drawString(18 * mm, y, t)
                y -= 4.5 * mm
        c.setFont(fn, 6.5)
        c.drawString(18 * mm, 10 * mm, o.get("footer", "Készült: IntegrálVállalat ERP 12.4"))
        c.showPage()
    c.save()


RL = {"rl_classic": rl_classic, "rl_table": rl_table}

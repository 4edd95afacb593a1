"""Set E pages drawn with reportlab's canvas: a desktop-suite printout, a B.13 pad and a plain form."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from tests.golden.heldout_e.html import labels, meta, money, rate_label
from tests.golden.heldout_e.model import Doc, fmt_amount, in_words

FONTS = "/usr/share/fonts/truetype/dejavu/"
_registered = False


def _fonts() -> None:
    global _registered
    if _registered:
        return
    for name, file in (("Sans", "DejaVuSans.ttf"), ("SansB", "DejaVuSans-Bold.ttf"), ("Mono", "DejaVuSansMono.ttf"),
                       ("MonoB", "DejaVuSansMono-Bold.ttf"), ("Serif", "DejaVuSerif.ttf"),
                       ("SerifB", "DejaVuSerif-Bold.ttf"), ("Cond", "DejaVuSansCondensed.ttf"),
                       ("CondB", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, FONTS + file))
    _registered = True


def _canvas(out: Path, doc: Doc) -> Canvas:
    _fonts()
    c = Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(f"{labels(doc)['title']} {doc.number}")
    c.setCreator(doc.opts.get("creator", "set E"))
    return c


def _price(doc: Doc, ln) -> str:
    return fmt_amount(ln.price, doc.amtfmt, doc.places if ln.price == ln.price.to_integral() else 2)


def mono(doc: Doc, out: Path) -> None:
    """Desktop accounting printout: fixed-pitch columns, dashed rules, a header repeated on every page."""
    c = _canvas(out, doc)
    lab = labels(doc)
    W, H = A4
    size = 8.6
    lh = 11.2
    x0 = 16 * mm
    per_page = doc.opts.get("rows_per_page", 34)
    chunks = [doc.lines[i:i + per_page] for i in range(0, len(doc.lines), per_page)] or [[]]
    total_pages = len(chunks)
    rule = "-" * 92
    no = 0
    for page, chunk in enumerate(chunks, 1):
        y = H - 16 * mm

        def put(text: str, bold: bool = False, x: float = x0) -> None:
            nonlocal y
            c.setFont("MonoB" if bold else "Mono", size)
            c.drawString(x, y, text)
            y -= lh

        put(f"{doc.seller.name}", True)
        for a in doc.seller.address:
            put(a)
        put(f"{lab['tax']}: {doc.seller.tax}" + (f"   {lab['vat']}: {doc.seller.vat}" if doc.seller.vat else ""))
        for e in doc.seller.extra:
            put(e)
        put(rule)
        c.setFont("MonoB", 13)
        c.drawString(x0, y - 4, lab["title"])
        c.setFont("Mono", size)
        c.drawRightString(W - 16 * mm, y - 4, f"Oldal: {page}/{total_pages}")
        y -= 22
        if page == 1:
            put(f"{lab['buyer']}:", True)
            put(f"  {doc.buyer.name}")
            for a in doc.buyer.address:
                put(f"  {a}")
            if doc.buyer.tax:
                put(f"  {lab['tax']}: {doc.buyer.tax}")
            if doc.buyer.vat:
                put(f"  {lab['vat']}: {doc.buyer.vat}")
            for e in doc.buyer.extra:
                put(f"  {e}")
            put(rule)
            for k, v in meta(doc):
                put(f"{k + ':':<28}{v}")
        else:
            put(f"{lab['number']}: {doc.number}  (folytatás)")
        put(rule)
        put(f"{'Ssz':<4}{lab['desc']:<34}{lab['qty']:>8} {lab['unit']:<5}{lab['price']:>12}{lab['rate']:>6}{lab['netv']:>14}",
            True)
        put(rule)
        for ln in chunk:
            no += 1
            qty = f"{ln.qty.normalize():f}".replace(".", ",")
            put(f"{no:<4}{ln.desc[:33]:<34}{qty:>8} {ln.unit:<5}{_price(doc, ln):>12}{rate_label(doc, ln.rate):>6}"
                f"{doc.m(ln.net(doc.places)):>14}")
        put(rule)
        if page < total_pages:
            put(f"{'Átvitel a következő oldalra':<70}"
                f"{doc.m(sum(ln.net(doc.places) for ln in doc.lines[:no])):>14}")
        else:
            put("ÁFA-összesítő:", True)
            for r, n, v, g in doc.groups():
                put(f"  {rate_label(doc, r):<8} nettó {doc.m(n):>14}   áfa {doc.m(v):>12}   bruttó {doc.m(g):>14}")
            put(rule)
            put(f"{lab['net'] + ':':<40}{money(doc, doc.net):>30}")
            put(f"{lab['vat_amt'] + ':':<40}{money(doc, doc.vat):>30}")
            put(f"{lab['gross'] + ':':<40}{money(doc, doc.gross):>30}", True)
            if doc.opts.get("words"):
                put(f"azaz {in_words(int(doc.gross))} forint")
            for n in doc.opts.get("notes", []):
                put(n)
        c.setFont("Mono", 7)
        c.drawString(x0, 10 * mm, doc.opts.get("footer", ""))
        c.showPage()
    c.save()


def pad(doc: Doc, out: Path) -> None:
    """A pre-printed B.13 invoice pad (red grid, printed captions) filled in by software in black."""
    c = _canvas(out, doc)
    lab = labels(doc)
    W, H = A4
    red = (0.75, 0.1, 0.1)
    x0, x1 = 14 * mm, W - 14 * mm

    def box(x, y, w, h, cap):
        c.setStrokeColorRGB(*red)
        c.setLineWidth(0.7)
        c.rect(x, y, w, h)
        c.setFillColorRGB(*red)
        c.setFont("Cond", 6.5)
        c.drawString(x + 2, y + h - 8, cap)
        c.setFillColorRGB(0, 0, 0)

    c.setFillColorRGB(*red)
    c.setFont("SerifB", 20)
    c.drawCentredString(W / 2, H - 20 * mm, "SZÁMLA")
    c.setFont("Cond", 7)
    c.drawString(x0, H - 14 * mm, "B.13-as nyomtatvány · Szigorú számadású")
    c.drawRightString(x1, H - 14 * mm, "1. példány – Vevő")
    c.setFont("CondB", 9)
    c.drawRightString(x1, H - 20 * mm, lab["number"])
    c.setFillColorRGB(0, 0, 0)
    c.setFont("MonoB", 12)
    c.drawRightString(x1, H - 26 * mm, doc.number)
    top = H - 32 * mm
    half = (x1 - x0) / 2
    for i, (p, cap) in enumerate(((doc.seller, lab["seller"]), (doc.buyer, lab["buyer"]))):
        x = x0 + i * half
        box(x, top - 42 * mm, half, 42 * mm, cap)
        y = top - 22
        c.setFont("SansB", 9.5)
        c.drawString(x + 5, y, p.name)
        c.setFont("Sans", 8.5)
        for a in p.address + ([f"{lab['tax']}: {p.tax}"] if p.tax else []) + ([f"{lab['vat']}: {p.vat}"] if p.vat else []) + p.extra:
            y -= 11
            c.drawString(x + 5, y, a)
    y = top - 42 * mm
    rows = meta(doc)
    w = (x1 - x0) / len(rows)
    for i, (k, v) in enumerate(rows):
        box(x0 + i * w, y - 12 * mm, w, 12 * mm, k)
        c.setFont("Sans", 9)
        c.drawString(x0 + i * w + 4, y - 9.5 * mm, v)
    y -= 12 * mm
    cols = [(lab["desc"], 62), ("Menny.", 16), ("Me.", 12), (lab["price"], 24), ("Érték (nettó)", 28),
            ("ÁFA %", 14), ("ÁFA összege", 26)]
    xs = [x0]
    for _, cw in cols:
        xs.append(xs[-1] + cw * mm)
    row_h = 8 * mm
    n_rows = max(10, len(doc.lines))
    for i, (cap, cw) in enumerate(cols):
        box(xs[i], y - row_h, cw * mm, row_h, cap)
    for r in range(n_rows):
        yy = y - row_h * (r + 2)
        c.setStrokeColorRGB(*red)
        for i, (_, cw) in enumerate(cols):
            c.rect(xs[i], yy, cw * mm, row_h)
        if r < len(doc.lines):
            ln = doc.lines[r]
            net = ln.net(doc.places)
            c.setFont("Sans", 8.5)
            c.drawString(xs[0] + 3, yy + 8, ln.desc)
            vals = [f"{ln.qty.normalize():f}".replace(".", ","), ln.unit, _price(doc, ln), doc.m(net),
                    rate_label(doc, ln.rate), doc.m(ln.vat(doc.places))]
            for i, v in enumerate(vals, 1):
                c.drawRightString(xs[i + 1] - 3, yy + 8, v)
    y = y - row_h * (n_rows + 1)
    sums = [(lab["net"], money(doc, doc.net)), (lab["vat_amt"], money(doc, doc.vat)),
            (lab["gross"], money(doc, doc.gross))]
    for i, (k, v) in enumerate(sums):
        box(x1 - 80 * mm, y - (i + 1) * 9 * mm, 80 * mm, 9 * mm, k)
        c.setFont("SansB" if i == 2 else "Sans", 10)
        c.drawRightString(x1 - 4, y - (i + 1) * 9 * mm + 6, v)
    c.setFont("Sans", 8.5)
    yy = y - 6
    for g in doc.groups():
        c.drawString(x0, yy, f"{rate_label(doc, g[0])}: nettó {doc.m(g[1])}, ÁFA {doc.m(g[2])}")
        yy -= 11
    if doc.opts.get("words"):
        c.drawString(x0, y - 36 * mm, f"azaz: {in_words(int(doc.gross))} forint")
    yy = y - 44 * mm
    for n in doc.opts.get("notes", []):
        c.drawString(x0, yy, n)
        yy -= 11
    c.setStrokeColorRGB(*red)
    c.line(x1 - 60 * mm, 30 * mm, x1, 30 * mm)
    c.setFillColorRGB(*red)
    c.setFont("Cond", 7)
    c.drawCentredString(x1 - 30 * mm, 26 * mm, "kiállító aláírása")
    c.drawString(x0, 12 * mm, doc.opts.get("footer", ""))
    c.showPage()
    c.save()


def form(doc: Doc, out: Path) -> None:
    """Plain serif form: seller top left, buyer top right under a caption, meta in a ruled strip, lines below."""
    c = _canvas(out, doc)
    lab = labels(doc)
    W, H = A4
    x0, x1 = 18 * mm, W - 18 * mm
    y = H - 20 * mm
    c.setFont("SerifB", 18)
    c.drawRightString(x1, y, lab["title"])
    if doc.opts.get("subtitle"):
        c.setFont("Serif", 9)
        c.drawRightString(x1, y - 13, doc.opts["subtitle"])
    y -= 34
    for col, (p, cap) in enumerate(((doc.seller, lab["seller"]), (doc.buyer, lab["buyer"]))):
        x = x0 + col * (x1 - x0) / 2
        yy = y
        c.setFont("Serif", 8)
        c.drawString(x, yy, cap.upper())
        yy -= 13
        size = 10.5
        while pdfmetrics.stringWidth(p.name, "SerifB", size) > (x1 - x0) / 2 - 10:
            size -= 0.25
        c.setFont("SerifB", size)
        c.drawString(x, yy, p.name)
        c.setFont("Serif", 9)
        for a in p.address + ([f"{lab['tax']}: {p.tax}"] if p.tax else []) + ([f"{lab['vat']}: {p.vat}"] if p.vat else []) + p.extra:
            yy -= 12
            c.drawString(x, yy, a)
    y -= 100
    c.setLineWidth(0.8)
    c.line(x0, y + 12, x1, y + 12)
    rows = meta(doc)
    for i, (k, v) in enumerate(rows):
        c.setFont("SerifB", 8.5)
        c.drawString(x0, y - i * 12, k)
        c.setFont("Serif", 9)
        c.drawString(x0 + 55 * mm, y - i * 12, v)
    y -= len(rows) * 12 + 4
    c.line(x0, y, x1, y)
    y -= 16
    heads = [(lab["desc"], x0, "l"), (lab["qty"], x0 + 98 * mm, "r"), (lab["price"], x0 + 124 * mm, "r"),
             (lab["rate"], x0 + 140 * mm, "r"), (lab["netv"], x1, "r")]
    c.setFont("SerifB", 8.5)
    for t, x, a in heads:
        (c.drawString if a == "l" else c.drawRightString)(x, y, t)
    y -= 4
    c.line(x0, y, x1, y)
    c.setFont("Serif", 9)
    for ln in doc.lines:
        y -= 13
        c.drawString(x0, y, ln.desc)
        c.drawRightString(x0 + 98 * mm, y, f"{ln.qty.normalize():f} {ln.unit}".replace(".", ","))
        c.drawRightString(x0 + 124 * mm, y, _price(doc, ln))
        c.drawRightString(x0 + 140 * mm, y, rate_label(doc, ln.rate))
        c.drawRightString(x1, y, doc.m(ln.net(doc.places)))
    y -= 6
    c.line(x0, y, x1, y)
    y -= 16
    for r, n, v, g in doc.groups():
        c.drawString(x0, y, f"{rate_label(doc, r)}")
        c.drawRightString(x0 + 60 * mm, y, doc.m(n))
        c.drawRightString(x0 + 90 * mm, y, doc.m(v))
        y -= 12
    y -= 6
    for i, (k, v) in enumerate([(lab["net"], money(doc, doc.net)), (lab["vat_amt"], money(doc, doc.vat)),
                                (lab["gross"], money(doc, doc.gross))] + doc.opts.get("after_totals", [])):
        c.setFont("SerifB" if i == 2 else "Serif", 10 if i == 2 else 9)
        c.drawString(x1 - 85 * mm, y, k)
        c.drawRightString(x1, y, v)
        y -= 14
    c.setFont("Serif", 8.5)
    y -= 8
    if doc.opts.get("words"):
        c.drawString(x0, y, f"azaz {in_words(int(doc.gross))} forint")
        y -= 12
    for n in doc.opts.get("notes", []):
        c.drawString(x0, y, n)
        y -= 12
    c.setFont("Serif", 7)
    c.drawString(x0, 12 * mm, doc.opts.get("footer", ""))
    c.showPage()
    c.save()


RL_LAYOUTS = {"mono": mono, "pad": pad, "form": form}

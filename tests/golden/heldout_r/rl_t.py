# ruff: noqa
"""reportlab-drawn templates."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from .common import fnum, fdate, rate_label

FD = "/usr/share/fonts/truetype/dejavu/"
for nm, f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("C", "DejaVuSansCondensed.ttf"), ("CB", "DejaVuSansCondensed-Bold.ttf"),
              ("R", "DejaVuSerif.ttf"), ("RB", "DejaVuSerif-Bold.ttf"), ("M", "DejaVuSansMono.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, FD + f))


def _n(inv, v, places=None):
    return fnum(v, inv["nf"], inv["places"] if places is None else places)


def _d(inv, s):
    return fdate(s, inv["df"])


def _q(v):
    return f"{v.normalize():f}".replace(".", ",")


def _canvas(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    return c


def _party_lines(p, tax="Adószám", vat="VAT"):
    out = [p["name"]]
    if p.get("addr"):
        out += p["addr"].split("; ")
    if p.get("tax"):
        out.append(f"{tax}: {p['tax']}")
    if p.get("vat"):
        out.append(f"{vat}: {p['vat']}")
    if p.get("bank"):
        out.append(p["bank"])
    return out


def _text(c, x, y, lines, font="S", size=9, lead=None, first_font=None):
    lead = lead or size * 1.3
    for i, l in enumerate(lines):
        c.setFont(first_font if (i == 0 and first_font) else font, size)
        c.drawString(x, y - i * lead, l)
    return y - len(lines) * lead


def _table(c, inv, x0, y, cols, font="S", size=8, lead=12, hfont="SB", rule=True):
    """cols: (header, key, x_right_or_left, align)"""
    c.setFont(hfont, size)
    for h, k, x, al in cols:
        (c.drawRightString if al == "r" else c.drawString)(x, y, h)
    if rule:
        c.line(x0, y - 3, cols[-1][2] + 2, y - 3)
    y -= lead + 2
    c.setFont(font, size)
    for r in inv["rows"]:
        for h, k, x, al in cols:
            if k == "desc":
                v = r["desc"]
            elif k == "qtyunit":
                v = f"{_q(r['qty'])} {r['unit']}"
            elif k == "price":
                v = _n(inv, r["price"])
            elif k == "rate":
                v = rate_label(r["rc"])
            else:
                v = _n(inv, r[k])
            (c.drawRightString if al == "r" else c.drawString)(x, y, v)
        y -= lead
    return y


# ---------------------------------------------------------- R1 foreign haulier, trilingual EN / local / HU, left band
def rl_foreign(inv, path):
    c = _canvas(path)
    W, H = A4
    loc = inv.get("loc", {})
    c.setFillGray(0.85)
    c.rect(0, 0, 12 * mm, H, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("SB", 16)
    c.drawString(20 * mm, H - 22 * mm, inv["seller"]["name"])
    _text(c, 20 * mm, H - 28 * mm, _party_lines(inv["seller"], "Tax ID", "VAT ID / IČ DPH" if inv.get("cc") == "SK" else "VAT ID / CIF")[1:], size=8)
    c.setFont("SB", 13)
    c.drawRightString(W - 15 * mm, H - 22 * mm, f"INVOICE / {loc.get('inv','')} / SZÁMLA")
    c.setFont("S", 9)
    meta = [("Invoice No. / " + loc.get("no", ""), inv["number"]), ("Date of issue / " + loc.get("issue", ""), _d(inv, inv["issue"])),
            ("Date of supply / " + loc.get("supply", ""), _d(inv, inv["fulf"])), ("Due date / " + loc.get("due", ""), _d(inv, inv["due"])),
            ("CMR", inv.get("cmr", "")), ("Currency", inv["cur"])]
    y = H - 30 * mm
    for k, v in meta:
        c.setFont("C", 7.5)
        c.drawRightString(W - 55 * mm, y, k)
        c.setFont("SB", 9)
        c.drawString(W - 52 * mm, y, v)
        y -= 11
    y = H - 80 * mm
    c.setFont("C", 7.5)
    c.drawString(20 * mm, y + 12, "Customer / " + loc.get("cust", "") + " / Vevő")
    c.rect(18 * mm, y - 46, 95 * mm, 60, stroke=1, fill=0)
    _text(c, 20 * mm, y, _party_lines(inv["buyer"], "Adószám", "VAT ID"), size=9, first_font="SB")
    y -= 60
    cols = [("Description", "desc", 20 * mm, "l"), ("Qty", "qtyunit", 120 * mm, "r"), ("Unit price", "price", 145 * mm, "r"),
            ("VAT", "rate", 160 * mm, "r"), (f"Net {inv['cur']}", "net", 192 * mm, "r")]
    y = _table(c, inv, 20 * mm, y, cols, size=8.5, lead=13)
    y -= 10
    c.line(105 * mm, y + 12, 192 * mm, y + 12)
    for lab, v in [("Net total / " + loc.get("net", ""), inv["net"]), ("VAT / " + loc.get("vat", ""), inv["vat"]), ("TOTAL / " + loc.get("tot", "") + " / Összesen", inv["gross"])]:
        c.setFont("S", 9)
        c.drawString(105 * mm, y, lab)
        c.setFont("SB", 10)
        c.drawRightString(192 * mm, y, f"{_n(inv, v)} {inv['cur']}")
        y -= 14
    y -= 10
    for n in inv.get("notes", []):
        c.setFont("S", 8)
        c.drawString(20 * mm, y, n)
        y -= 11
    c.showPage()
    c.save()


# ---------------------------------------------------------- R2 classic HU form with ruled boxes (tachograph workshop)
def rl_ruled(inv, path):
    c = _canvas(path)
    W, H = A4
    c.setLineWidth(0.8)
    c.rect(15 * mm, H - 60 * mm, 90 * mm, 45 * mm)
    c.rect(105 * mm, H - 60 * mm, 90 * mm, 45 * mm)
    c.setFont("R", 7)
    c.drawString(17 * mm, H - 19 * mm, "Szállító:")
    c.drawString(107 * mm, H - 19 * mm, "Vevő:")
    _text(c, 17 * mm, H - 25 * mm, _party_lines(inv["seller"], "Adószám", "Közösségi adószám"), font="R", size=9, first_font="RB")
    _text(c, 107 * mm, H - 25 * mm, _party_lines(inv["buyer"], "Adószám", "Közösségi adószám"), font="R", size=9, first_font="RB")
    c.setFont("RB", 20)
    c.drawCentredString(W / 2, H - 12 * mm, inv.get("title", "SZÁMLA"))
    labs = [("Számla sorszáma", inv["number"]), ("Számla kelte", _d(inv, inv["issue"])), ("Teljesítés kelte", _d(inv, inv["fulf"])),
            ("Fizetési határidő", _d(inv, inv["due"])), ("Fizetés módja", inv.get("pay", "átutalás"))]
    x = 15 * mm
    w = 180 * mm / len(labs)
    for lab, v in labs:
        c.rect(x, H - 75 * mm, w, 15 * mm)
        c.setFont("R", 7)
        c.drawString(x + 2, H - 64 * mm, lab)
        c.setFont("RB", 10)
        c.drawString(x + 2, H - 71 * mm, v)
        x += w
    cols = [("Megnevezés", "desc", 17 * mm, "l"), ("Mennyiség", "qtyunit", 110 * mm, "r"), ("Egységár", "price", 132 * mm, "r"),
            ("Nettó ár", "net", 154 * mm, "r"), ("ÁFA", "rate", 166 * mm, "r"), ("Bruttó ár", "gross", 193 * mm, "r")]
    y = _table(c, inv, 15 * mm, H - 85 * mm, cols, font="R", hfont="RB", size=8.5, lead=13)
    y -= 8
    c.setFont("RB", 8)
    c.drawString(110 * mm, y, "ÁFA-kulcs")
    c.drawRightString(145 * mm, y, "Nettó")
    c.drawRightString(168 * mm, y, "ÁFA")
    c.drawRightString(193 * mm, y, "Bruttó")
    y -= 12
    c.setFont("R", 8.5)
    for s in inv["summ"]:
        c.drawString(110 * mm, y, rate_label(s["rc"]))
        c.drawRightString(145 * mm, y, _n(inv, s["net"]))
        c.drawRightString(168 * mm, y, _n(inv, s["vat"]))
        c.drawRightString(193 * mm, y, _n(inv, s["gross"]))
        y -= 12
    c.line(110 * mm, y + 8, 193 * mm, y + 8)
    c.setFont("RB", 9)
    c.drawString(110 * mm, y - 2, "Összesen:")
    c.drawRightString(145 * mm, y - 2, _n(inv, inv["net"]))
    c.drawRightString(168 * mm, y - 2, _n(inv, inv["vat"]))
    c.drawRightString(193 * mm, y - 2, _n(inv, inv["gross"]))
    c.setFont("RB", 13)
    c.drawRightString(193 * mm, y - 24, f"Fizetendő: {_n(inv, inv['gross'])} Ft")
    y -= 44
    c.setFont("R", 8)
    for n in inv.get("notes", []):
        c.drawString(17 * mm, y, n)
        y -= 11
    c.showPage()
    c.save()


# ---------------------------------------------------------- R3 grey condensed, meta at bottom-left, parties at top right
def rl_grey(inv, path):
    c = _canvas(path)
    W, H = A4
    cur = inv["cur"]
    c.setFillGray(0.35)
    c.setFont("C", 7)
    c.drawString(15 * mm, H - 15 * mm, "kibocsátó")
    c.drawString(110 * mm, H - 15 * mm, "ügyfél (számlázási cím)")
    c.setFillGray(0)
    _text(c, 15 * mm, H - 20 * mm, _party_lines(inv["seller"], "adószám", "EU adószám"), font="C", size=8.5, first_font="CB")
    _text(c, 110 * mm, H - 20 * mm, _party_lines(inv["buyer"], "adószám", "EU adószám"), font="C", size=8.5, first_font="CB")
    c.setFont("CB", 24)
    c.setFillGray(0.4)
    c.drawString(15 * mm, H - 62 * mm, inv.get("title", "számla"))
    c.setFillGray(0)
    c.setFont("C", 10)
    c.drawString(15 * mm, H - 69 * mm, "bizonylatszám: " + inv["number"])
    cols = [("tétel", "desc", 15 * mm, "l"), ("mennyiség", "qtyunit", 115 * mm, "r"), ("egységár", "price", 140 * mm, "r"),
            ("áfa", "rate", 152 * mm, "r"), ("nettó", "net", 172 * mm, "r"), ("bruttó", "gross", 195 * mm, "r")]
    y = _table(c, inv, 15 * mm, H - 82 * mm, cols, font="C", hfont="C", size=8.5, lead=12.5)
    y -= 12
    for lab, v in [("nettó összesen", inv["net"]), ("áfa összesen", inv["vat"]), ("bruttó összesen", inv["gross"])]:
        c.setFont("C", 9)
        c.drawString(130 * mm, y, lab)
        c.setFont("CB", 9)
        c.drawRightString(195 * mm, y, f"{_n(inv, v)} {cur}")
        y -= 13
    if cur != "HUF":
        c.setFont("C", 8)
        c.drawString(15 * mm, y, f"árfolyam: 1 {cur} = {fnum(inv['xrate'], inv['nf'], 2)} HUF; áfa forintban: {fnum(inv['vat_huf'], inv['nf'], 0)} HUF")
        y -= 12
    for n in inv.get("notes", []):
        c.setFont("C", 8)
        c.drawString(15 * mm, y, n)
        y -= 11
    # meta at bottom-left
    yb = 40 * mm
    c.setStrokeGray(0.6)
    c.line(15 * mm, yb + 8 * mm, 195 * mm, yb + 8 * mm)
    for i, (lab, v) in enumerate([("kiállítás", _d(inv, inv["issue"])), ("teljesítés", _d(inv, inv["fulf"])), ("fizetési határidő", _d(inv, inv["due"])), ("fizetési mód", inv.get("pay", "átutalás"))]):
        x = 15 * mm + i * 45 * mm
        c.setFont("C", 7)
        c.setFillGray(0.45)
        c.drawString(x, yb + 3 * mm, lab)
        c.setFillGray(0)
        c.setFont("CB", 10)
        c.drawString(x, yb - 2 * mm, v)
    c.showPage()
    c.save()


# ---------------------------------------------------------- R4 two-page invoice, items on p1, parties repeated, totals on p2
def rl_twopage(inv, path):
    c = _canvas(path)
    W, H = A4

    def header(pg):
        c.setFont("SB", 12)
        c.drawString(15 * mm, H - 15 * mm, inv["seller"]["name"])
        c.setFont("S", 8)
        c.drawRightString(195 * mm, H - 15 * mm, f"Számlaszám: {inv['number']}   –   {pg}. oldal / 2")
        c.line(15 * mm, H - 18 * mm, 195 * mm, H - 18 * mm)

    header(1)
    c.setFont("SB", 18)
    c.drawString(15 * mm, H - 30 * mm, inv.get("title", "SZÁMLA"))
    _text(c, 15 * mm, H - 40 * mm, ["Eladó:"] + _party_lines(inv["seller"], "Adószám", "Közösségi adószám"), size=8.5)
    _text(c, 110 * mm, H - 40 * mm, ["Vevő:"] + _party_lines(inv["buyer"], "Adószám", "Közösségi adószám"), size=8.5)
    y = H - 85 * mm
    for lab, v in [("Kiállítás dátuma:", _d(inv, inv["issue"])), ("Teljesítés dátuma:", _d(inv, inv["fulf"])), ("Fizetési határidő:", _d(inv, inv["due"]))]:
        c.setFont("S", 9)
        c.drawString(15 * mm, y, lab)
        c.drawString(55 * mm, y, v)
        y -= 12
    cols = [("Megnevezés", "desc", 15 * mm, "l"), ("Menny.", "qtyunit", 110 * mm, "r"), ("Egységár", "price", 135 * mm, "r"),
            ("ÁFA", "rate", 148 * mm, "r"), ("Nettó", "net", 170 * mm, "r"), ("ÁFA összeg", "vat", 195 * mm, "r")]
    _table(c, inv, 15 * mm, y - 10, cols, size=8, lead=12)
    c.setFont("S", 8)
    c.drawString(15 * mm, 15 * mm, "Folytatás a következő oldalon.")
    c.showPage()
    header(2)
    y = H - 35 * mm
    c.setFont("SB", 11)
    c.drawString(15 * mm, y, "Összesítés ÁFA-kulcsonként")
    y -= 16
    for s in inv["summ"]:
        c.setFont("S", 9)
        c.drawString(20 * mm, y, rate_label(s["rc"]))
        c.drawRightString(90 * mm, y, _n(inv, s["net"]))
        c.drawRightString(130 * mm, y, _n(inv, s["vat"]))
        c.drawRightString(170 * mm, y, _n(inv, s["gross"]))
        y -= 12
    y -= 10
    for lab, v in [("Nettó érték összesen:", inv["net"]), ("ÁFA összesen:", inv["vat"]), ("Bruttó végösszeg:", inv["gross"])]:
        c.setFont("SB", 10)
        c.drawString(20 * mm, y, lab)
        c.drawRightString(170 * mm, y, f"{_n(inv, v)} Ft")
        y -= 14
    y -= 10
    for n in inv.get("notes", []):
        c.setFont("S", 8)
        c.drawString(20 * mm, y, n)
        y -= 11
    c.showPage()
    c.save()


TEMPLATES = {f.__name__: f for f in [rl_foreign, rl_ruled, rl_grey, rl_twopage]}

# ruff: noqa
"""Layouts drawn directly with reportlab (canvas)."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from .common import fmt_num, RATE_LABEL
from .html_templates import N, Dt, title, cur

FD = "/usr/share/fonts/truetype/dejavu/"
for nm, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"),
              ("DVM", "DejaVuSansMono.ttf"), ("DVMB", "DejaVuSansMono-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, FD + f))
W, H = A4


def qty(inv, l):
    return fmt_num(l["qty"], inv.get("nf", "sp"), 0 if float(l["qty"]) == int(float(l["qty"])) else 2)


def new(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Számla")
    return c


def txt(c, x, y, s, font="DV", size=9, right=False, color=None):
    c.setFont(font, size)
    if color:
        c.setFillColorRGB(*color)
    (c.drawRightString if right else c.drawString)(x, y, s)
    if color:
        c.setFillColorRGB(0, 0, 0)


def party(c, x, y, p, font="DV", bold="DVB", size=9, lead=11, tl="Adószám", vl="Közösségi adószám"):
    txt(c, x, y, p["name"], bold, size + 1); y -= lead + 1
    for a in p.get("addr", []):
        txt(c, x, y, a, font, size); y -= lead
    if p.get("tax"):
        txt(c, x, y, f"{tl}: {p['tax']}", font, size); y -= lead
    if p.get("vat"):
        txt(c, x, y, f"{vl}: {p['vat']}", font, size); y -= lead
    for e in p.get("extra", []):
        txt(c, x, y, e, font, size); y -= lead
    return y


def table(c, inv, y, cols, font="DV", bold="DVB", size=8, lead=12, lines=None, rule=True, start=1):
    """cols: list of (key, header, x, right)"""
    for k, h, x, r in cols:
        txt(c, x, y, h, bold, size, right=r)
    y -= 4
    if rule:
        c.line(cols[0][2], y, W - 15 * mm, y)
    y -= lead
    for i, l in enumerate(lines if lines is not None else inv["lines"], start):
        for k, h, x, r in cols:
            v = {"no": str(i), "desc": l["desc"], "qty": qty(inv, l), "unit": l.get("unit", "db"), "price": N(inv, l["price"], inv.get("price_dec", inv["dec"])),
                 "rate": RATE_LABEL[l["rate"]], "net": N(inv, l["net"]), "vat": N(inv, l["vat"]), "gross": N(inv, l["gross"])}[k]
            txt(c, x, y, v, font, size, right=r)
        y -= lead
    return y


def vatsum(c, inv, y, x0, xs, font="DV", bold="DVB", size=8.5, lead=12, heads=("Áfakulcs", "Nettó", "Áfa", "Bruttó"), total="Összesen"):
    txt(c, x0, y, heads[0], bold, size)
    for h, x in zip(heads[1:], xs):
        txt(c, x, y, h, bold, size, right=True)
    y -= lead
    for k, n, v, g in inv["by_rate"]:
        txt(c, x0, y, RATE_LABEL[k], font, size)
        for val, x in zip((n, v, g), xs):
            txt(c, x, y, N(inv, val), font, size, right=True)
        y -= lead
    c.line(x0, y + lead - 3, xs[-1], y + lead - 3)
    txt(c, x0, y, total, bold, size)
    for val, x in zip((inv["net"], inv["vat"], inv["gross"]), xs):
        txt(c, x, y, N(inv, val), bold, size, right=True)
    return y - lead


def fxline(c, inv, x, y, size=8, font="DV"):
    if inv.get("fx"):
        txt(c, x, y, f"Árfolyam: 1 {inv['currency']} = {inv['fx']} HUF ({inv.get('fx_src', 'MNB')}); áfa forintban: {fmt_num(inv['vat_huf'], 'sp', 0)} HUF", font, size)
        y -= 12
    return y


def notes(c, inv, x, y, font="DV", size=7.5):
    for n in inv.get("notes", []):
        txt(c, x, y, n, font, size); y -= 10
    return y


# ---------------------------------------------------------------- R1 classic grid, seller right-aligned
def rl_grid(inv, path):
    c = new(path); s, b = inv["seller"], inv["buyer"]
    y = H - 20 * mm
    txt(c, 15 * mm, y, title(inv).upper(), "DVB", 20)
    yy = y
    for i, line in enumerate([s["name"]] + s.get("addr", []) + [f"Adószám: {s['tax']}"] + ([f"EU adószám: {s['vat']}"] if s.get("vat") else []) + s.get("extra", [])):
        txt(c, W - 15 * mm, yy, line, "DVB" if i == 0 else "DV", 10 if i == 0 else 8, right=True); yy -= 11
    y = min(yy, y - 30) - 10
    grid = [("Számlaszám", inv["no"]), ("Számla kelte", Dt(inv, inv["issue"])), ("Teljesítés kelte", Dt(inv, inv["fulfil"])),
            ("Fizetési határidő", Dt(inv, inv["due"])), ("Fizetési mód", inv.get("pay", "átutalás")), ("Pénznem", inv["currency"])]
    if inv.get("preceding"):
        grid.append(("Eredeti számla", inv["preceding"]))
    y0 = y
    for k, v in grid:
        txt(c, 15 * mm, y, k + ":", "DV", 8.5, color=(.4, .4, .4)); txt(c, 48 * mm, y, v, "DVB", 9); y -= 12
    txt(c, 110 * mm, y0, "VEVŐ", "DVB", 7.5, color=(.4, .4, .4))
    yb = party(c, 110 * mm, y0 - 12, b, size=8.5)
    y = min(y, yb) - 14
    cols = [("desc", "Megnevezés", 15 * mm, False), ("qty", "Menny.", 100 * mm, True), ("unit", "Me.", 103 * mm, False),
            ("price", "Egységár", 130 * mm, True), ("rate", "Áfa", 143 * mm, True), ("net", "Nettó", 167 * mm, True), ("gross", "Bruttó", W - 15 * mm, True)]
    y = table(c, inv, y, cols)
    y = vatsum(c, inv, y - 10, 100 * mm, [135 * mm, 160 * mm, W - 15 * mm])
    txt(c, W - 15 * mm, y - 8, f"Fizetendő: {N(inv, inv['gross'])} {cur(inv)}", "DVB", 12, right=True)
    y = fxline(c, inv, 15 * mm, y - 26)
    notes(c, inv, 15 * mm, y - 6)
    c.showPage(); c.save()


# ---------------------------------------------------------------- R2 pre-printed form, every field boxed
def rl_form(inv, path):
    c = new(path); s, b = inv["seller"], inv["buyer"]
    def box(x, y, w, h, label, lines, font="DVC", size=8.5):
        c.rect(x, y - h, w, h)
        txt(c, x + 2, y - 7, label, "DVC", 5.5, color=(.35, .35, .35))
        yy = y - 17
        for i, l in enumerate(lines):
            txt(c, x + 4, yy, l, "DVCB" if i == 0 else font, size); yy -= 10
    x0, top = 12 * mm, H - 12 * mm
    txt(c, W / 2, top - 10, "", "DV", 1)
    c.setFont("DVCB", 16); c.drawCentredString(W / 2, top - 14, title(inv).upper())
    txt(c, W - 12 * mm, top - 14, f"Sorszám: {inv['no']}", "DVCB", 10, right=True)
    txt(c, x0, top - 14, "B.13-170/Sz/új nyomtatvány minta", "DVC", 6)
    y = top - 24
    sl = [s["name"]] + s.get("addr", []) + [f"Adószám: {s['tax']}"] + ([f"Közösségi adószám: {s['vat']}"] if s.get('vat') else []) + s.get("extra", [])
    bl = [b["name"]] + b.get("addr", []) + ([f"Adószám: {b['tax']}"] if b.get("tax") else []) + ([f"Közösségi adószám: {b['vat']}"] if b.get("vat") else [])
    hh = 14 + 10 * max(len(sl), len(bl)) + 4
    box(x0, y, (W - 24 * mm) / 2, hh, "KIBOCSÁTÓ (ELADÓ) NEVE, CÍME, ADÓSZÁMA", sl)
    box(x0 + (W - 24 * mm) / 2, y, (W - 24 * mm) / 2, hh, "VEVŐ NEVE, CÍME, ADÓSZÁMA", bl)
    y -= hh
    fw = (W - 24 * mm) / 4
    for i, (lab, v) in enumerate([("FIZETÉSI MÓD", inv.get("pay", "Átutalás")), ("TELJESÍTÉS KELTE", Dt(inv, inv["fulfil"])), ("SZÁMLA KELTE", Dt(inv, inv["issue"])), ("FIZETÉSI HATÁRIDŐ", Dt(inv, inv["due"]))]):
        box(x0 + i * fw, y, fw, 26, lab, [v])
    y -= 26
    if inv.get("preceding"):
        box(x0, y, W - 24 * mm, 24, "A MÓDOSÍTOTT / ÉRVÉNYTELENÍTETT SZÁMLA SORSZÁMA", [inv["preceding"]]); y -= 24
    c.rect(x0, y - 16 - 12 * len(inv["lines"]) - 6, W - 24 * mm, 16 + 12 * len(inv["lines"]) + 6)
    cols = [("desc", "Megnevezés", x0 + 3, False), ("qty", "Mennyiség", 100 * mm, True), ("unit", "Me.e.", 102 * mm, False), ("price", "Egységár", 128 * mm, True),
            ("net", "Nettó ár", 150 * mm, True), ("rate", "Áfa%", 162 * mm, True), ("vat", "Áfa", 180 * mm, True), ("gross", "Bruttó", W - 14 * mm, True)]
    y = table(c, inv, y - 11, cols, font="DVC", bold="DVCB", size=7.5)
    y -= 14
    y = vatsum(c, inv, y, 95 * mm, [140 * mm, 165 * mm, W - 14 * mm], font="DVC", bold="DVCB", heads=("Áfakulcs", "Nettó érték", "Áfa érték", "Bruttó érték"), total="ÖSSZESEN")
    box(95 * mm, y - 2, W - 12 * mm - 95 * mm, 26, "FIZETENDŐ VÉGÖSSZEG", [f"{N(inv, inv['gross'])} {cur(inv)}"], size=11)
    y = fxline(c, inv, x0, y - 40)
    notes(c, inv, x0, y - 4)
    c.showPage(); c.save()


# ---------------------------------------------------------------- R3 monospace, seller only in footer
def rl_mono_footer(inv, path):
    c = new(path); s, b = inv["seller"], inv["buyer"]
    x = 18 * mm; y = H - 22 * mm
    txt(c, x, y, f"*** {title(inv).upper()} ***", "DVMB", 13)
    txt(c, W - 18 * mm, y, f"No. {inv['no']}", "DVMB", 11, right=True)
    y -= 26
    txt(c, x, y, "Megrendelő:", "DVM", 8.5); y = party(c, x + 30 * mm, y, b, "DVM", "DVMB", 8.5)
    y -= 8
    for k, v in [("Kiállítva", Dt(inv, inv["issue"])), ("Teljesítve", Dt(inv, inv["fulfil"])), ("Esedékes", Dt(inv, inv["due"])), ("Fizetés", inv.get("pay", "átutalás"))]:
        txt(c, x, y, f"{k:<12}{v}", "DVM", 8.5); y -= 11
    if inv.get("preceding"):
        txt(c, x, y, f"{'Hivatkozás':<12}{inv['preceding']}", "DVM", 8.5); y -= 11
    y -= 10
    cols = [("no", "#", x, False), ("desc", "Tétel", x + 8 * mm, False), ("qty", "Menny", 112 * mm, True), ("price", "Egységár", 138 * mm, True),
            ("rate", "Áfa", 150 * mm, True), ("net", "Nettó", W - 18 * mm, True)]
    y = table(c, inv, y, cols, "DVM", "DVMB", 8)
    y = vatsum(c, inv, y - 10, x + 60 * mm, [135 * mm, 160 * mm, W - 18 * mm], "DVM", "DVMB", 8)
    txt(c, W - 18 * mm, y - 6, f"FIZETENDŐ {N(inv, inv['gross'])} {cur(inv)}", "DVMB", 11, right=True)
    y = fxline(c, inv, x, y - 24, font="DVM", size=7)
    notes(c, inv, x, y - 4, "DVM", 7)
    c.line(x, 24 * mm, W - 18 * mm, 24 * mm)
    fl = f"{s['name']} · " + " · ".join(s.get("addr", [])) + f" · Adószám: {s['tax']}" + (f" · EU: {s['vat']}" if s.get("vat") else "")
    txt(c, x, 20 * mm, fl, "DVM", 6.5)
    txt(c, x, 16 * mm, " · ".join(s.get("extra", [])), "DVM", 6.5)
    c.showPage(); c.save()


# ---------------------------------------------------------------- R4 two pages, totals on page 2 with carry-over
def rl_twopage(inv, path):
    c = new(path); s, b = inv["seller"], inv["buyer"]
    x = 16 * mm
    def header(pg):
        c.setFillColorRGB(.15, .3, .15); c.rect(0, H - 28 * mm, W, 28 * mm, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
        c.setFont("DVSB", 15); c.drawString(x, H - 14 * mm, s["name"])
        c.setFont("DVS", 8); c.drawString(x, H - 20 * mm, ", ".join(s.get("addr", [])) + f" — Adószám: {s['tax']}" + (f" — Közösségi adószám: {s['vat']}" if s.get("vat") else ""))
        c.drawString(x, H - 24 * mm, " — ".join(s.get("extra", [])))
        c.setFont("DVSB", 11); c.drawRightString(W - x, H - 14 * mm, f"{title(inv)} {inv['no']}")
        c.setFont("DVS", 8); c.drawRightString(W - x, H - 20 * mm, f"{pg}/2. oldal"); c.setFillColorRGB(0, 0, 0)
    header(1)
    y = H - 40 * mm
    txt(c, x, y, "Számlázási cím", "DVS", 7.5, color=(.4, .4, .4)); party(c, x, y - 12, b, "DVS", "DVSB", 9)
    yy = y
    for k, v in [("Bizonylat sorszáma", inv["no"]), ("Kelte", Dt(inv, inv["issue"])), ("Teljesítés dátuma", Dt(inv, inv["fulfil"])), ("Fizetési határidő", Dt(inv, inv["due"])), ("Fizetési mód", inv.get("pay", "átutalás"))]:
        txt(c, 120 * mm, yy, k, "DVS", 8.5, color=(.4, .4, .4)); txt(c, W - x, yy, v, "DVSB", 8.5, right=True); yy -= 12
    if inv.get("preceding"):
        txt(c, 120 * mm, yy, "Előzmény számla", "DVS", 8.5, color=(.4, .4, .4)); txt(c, W - x, yy, inv["preceding"], "DVSB", 8.5, right=True); yy -= 12
    y = min(y - 70, yy - 14)
    cols = [("no", "Ssz.", x, False), ("desc", "Megnevezés", x + 10 * mm, False), ("qty", "Menny.", 118 * mm, True), ("unit", "", 120 * mm, False),
            ("price", "Egységár", 148 * mm, True), ("rate", "Áfa", 160 * mm, True), ("net", "Nettó érték", W - x, True)]
    half = inv.get("split", len(inv["lines"]) // 2 + 1)
    l1, l2 = inv["lines"][:half], inv["lines"][half:]
    y = table(c, inv, y, cols, "DVS", "DVSB", 8, 13, l1)
    carry = sum((l["net"] for l in l1), 0)
    txt(c, 120 * mm, y - 4, "Átvitel (nettó):", "DVS", 8.5); txt(c, W - x, y - 4, N(inv, carry), "DVSB", 8.5, right=True)
    c.showPage(); header(2)
    y = H - 40 * mm
    txt(c, 120 * mm, y, "Áthozat (nettó):", "DVS", 8.5); txt(c, W - x, y, N(inv, carry), "DVSB", 8.5, right=True)
    y = table(c, inv, y - 20, cols, "DVS", "DVSB", 8, 13, l2, start=half + 1) if l2 else y - 20
    y = vatsum(c, inv, y - 16, 95 * mm, [140 * mm, 165 * mm, W - x], "DVS", "DVSB", 9, 13, ("Áfa mértéke", "Nettó", "Áfa", "Bruttó"), "Összesen")
    txt(c, W - x, y - 10, f"Fizetendő összeg: {N(inv, inv['gross'])} {cur(inv)}", "DVSB", 12, right=True)
    y = fxline(c, inv, x, y - 30, font="DVS")
    notes(c, inv, x, y - 6, "DVS")
    c.showPage(); c.save()


# ---------------------------------------------------------------- R5 buyer first, big coloured title, numbered header list
def rl_buyerfirst(inv, path):
    c = new(path); s, b = inv["seller"], inv["buyer"]
    x = 20 * mm; y = H - 25 * mm
    txt(c, x, y, title(inv).upper(), "DVB", 22, color=(.75, .1, .1))
    y -= 30
    txt(c, x, y, "Számla címzettje:", "DV", 8, color=(.5, .5, .5)); y = party(c, x, y - 12, b, size=9) - 8
    txt(c, x, y, "Számlakibocsátó:", "DV", 8, color=(.5, .5, .5)); y = party(c, x, y - 12, s, size=9) - 8
    ry = H - 55
    for k, v in [("1. Számla száma", inv["no"]), ("2. Kiállítás napja", Dt(inv, inv["issue"])), ("3. Teljesítés napja", Dt(inv, inv["fulfil"])),
                 ("4. Fizetési határidő", Dt(inv, inv["due"]))] + ([("5. Érvénytelenített számla", inv["preceding"])] if inv.get("preceding") else []):
        txt(c, 120 * mm, ry, k, "DV", 8, color=(.5, .5, .5)); txt(c, 120 * mm, ry - 10, v, "DVB", 10); ry -= 24
    y = min(y, ry) - 10
    cols = [("desc", "Megnevezés", x, False), ("qty", "Menny.", 105 * mm, True), ("unit", "Me", 107 * mm, False), ("price", "Egységár", 135 * mm, True),
            ("rate", "Áfa", 147 * mm, True), ("vat", "Áfa összeg", 168 * mm, True), ("net", "Nettó", W - 18 * mm, True)]
    y = table(c, inv, y, cols)
    y = vatsum(c, inv, y - 12, 95 * mm, [140 * mm, 165 * mm, W - 18 * mm])
    txt(c, W - 18 * mm, y - 8, f"Végösszeg: {N(inv, inv['gross'])} {cur(inv)}", "DVB", 12, right=True, color=(.75, .1, .1))
    y = fxline(c, inv, x, y - 26)
    notes(c, inv, x, y - 6)
    c.showPage(); c.save()


RL_TEMPLATES = {f.__name__: f for f in [rl_grid, rl_form, rl_mono_footer, rl_twopage, rl_buyerfirst]}

# ruff: noqa
"""reportlab-drawn layouts for blind set S."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from .money import fmt, fdate, fqty, RATE_LABEL

_FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
             ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"), ("DVMB", "DejaVuSansMono-Bold.ttf"),
             ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, _FD + f))

KIND = {"normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA", "correction": "MÓDOSÍTÓ SZÁMLA",
        "storno": "SZTORNÓ SZÁMLA", "proforma": "DÍJBEKÉRŐ"}


def A(inv, x):
    return fmt(x, inv["amt"], inv["cur"])


def Dt(inv, d):
    return fdate(d, inv["dst"])


def _c(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Számla"); c.setAuthor("")
    return c


def _wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur); cur = w
        else:
            cur = t
    lines.append(cur)
    return lines


def rl_classic(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = _c(path); W, H = A4
    c.setFont("DVSB", 18); c.drawString(20 * mm, H - 25 * mm, KIND[inv["kind"]])
    c.setFont("DVS", 9); c.drawRightString(W - 20 * mm, H - 20 * mm, "Számlaszám:")
    c.setFont("DVSB", 11); c.drawRightString(W - 20 * mm, H - 25 * mm, inv["no"])
    y = H - 40 * mm
    for x0, lbl, p in [(20 * mm, "Szállító", s), (110 * mm, "Vevő", b)]:
        c.setFont("DVS", 7.5); c.setFillGray(0.4); c.drawString(x0, y, lbl.upper()); c.setFillGray(0)
        c.setFont("DVSB", 10); c.drawString(x0, y - 5 * mm, p["name"])
        c.setFont("DVS", 9); yy = y - 10 * mm
        for t in [p["addr"], ("Adószám: " + p["tax"]) if p.get("tax") else None,
                  ("Közösségi adószám: " + p["vat"]) if p.get("vat") else None,
                  ("Bankszámla: " + p["bank"]) if (p is s and p.get("bank")) else None, p.get("extra") if p is s else None]:
            if t:
                c.drawString(x0, yy, t); yy -= 4.5 * mm
    y -= 38 * mm
    c.line(20 * mm, y + 4 * mm, W - 20 * mm, y + 4 * mm)
    meta = [("Kelt", Dt(inv, inv["issue"])), ("Teljesítés", Dt(inv, inv["ful"])), ("Fizetési határidő", Dt(inv, inv["due"])), ("Fizetési mód", inv["pay"])]
    if inv.get("pre"):
        meta.append(("Eredeti számla", inv["pre"]))
    x = 20 * mm
    for l, v in meta:
        c.setFont("DVS", 7); c.drawString(x, y, l); c.setFont("DVSB", 9); c.drawString(x, y - 4.5 * mm, v); x += 34 * mm
    y -= 14 * mm
    cols = [(20, "Megnevezés", "l"), (112, "Menny.", "r"), (132, "Egységár", "r"), (150, "Áfa", "r"), (170, "Nettó", "r"), (190, "Bruttó", "r")]
    c.setFont("DVSB", 8)
    for x0, t, al in cols:
        (c.drawString if al == "l" else c.drawRightString)(x0 * mm, y, t)
    c.line(20 * mm, y - 1.5 * mm, W - 20 * mm, y - 1.5 * mm); y -= 6 * mm
    c.setFont("DVS", 8.5)
    for r in inv["rows"]:
        dl = _wrap(c, r["desc"], "DVS", 8.5, 80 * mm)
        for i, t in enumerate(dl):
            c.drawString(20 * mm, y - i * 4 * mm, t)
        vals = [f"{fqty(r['qty'])} {r['unit']}", A(inv, r["price"]), RATE_LABEL[r["rate"]], A(inv, r["net"]), A(inv, r["gross"])]
        for (x0, _, _), v in zip(cols[1:], vals):
            c.drawRightString(x0 * mm, y, v)
        y -= (len(dl) * 4 + 2) * mm
    c.line(20 * mm, y + 2 * mm, W - 20 * mm, y + 2 * mm); y -= 4 * mm
    c.setFont("DVSB", 8)
    for x0, t in [(120, "Áfakulcs"), (145, "Nettó"), (168, "Áfa"), (190, "Bruttó")]:
        c.drawRightString(x0 * mm, y, t)
    c.setFont("DVS", 9)
    for sm in inv["summ"] + [dict(rate=None, net=inv["net"], vat=inv["vat"], gross=inv["gross"])]:
        y -= 5 * mm
        if sm["rate"] is None:
            c.setFont("DVSB", 9.5)
        for x0, v in [(120, RATE_LABEL[sm["rate"]] if sm["rate"] else "Összesen"), (145, A(inv, sm["net"])), (168, A(inv, sm["vat"])), (190, A(inv, sm["gross"]))]:
            c.drawRightString(x0 * mm, y, v)
    y -= 12 * mm
    c.setFont("DVS", 8.5)
    if inv.get("note"):
        for t in _wrap(c, inv["note"], "DVS", 8.5, 170 * mm):
            c.drawString(20 * mm, y, t); y -= 4.5 * mm
    c.setFont("DVS", 7); c.drawCentredString(W / 2, 12 * mm, "A számla a 2007. évi CXXVII. törvény előírásainak megfelelően készült.")
    c.showPage(); c.save()


def rl_boxed(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = _c(path); W, H = A4
    L, R = 15 * mm, W - 15 * mm
    c.setLineWidth(0.8)
    c.rect(L, H - 30 * mm, R - L, 15 * mm)
    c.setFont("DVCB", 15); c.drawString(L + 4 * mm, H - 24.5 * mm, "HELYESBÍTŐ SZÁMLA")
    c.setFont("DVC", 9); c.drawRightString(R - 4 * mm, H - 21 * mm, "Sorszám: " + inv["no"])
    c.drawRightString(R - 4 * mm, H - 26.5 * mm, "Helyesbített számla sorszáma: " + inv["pre"])
    y0 = H - 78 * mm
    for x0, lbl, p in [(L, "Kibocsátó", s), ((L + R) / 2, "Vevő", b)]:
        c.rect(x0, y0, (R - L) / 2, 45 * mm)
        c.setFillGray(0.88); c.rect(x0, y0 + 39 * mm, (R - L) / 2, 6 * mm, fill=1, stroke=1); c.setFillGray(0)
        c.setFont("DVCB", 8.5); c.drawString(x0 + 2 * mm, y0 + 41 * mm, lbl)
        c.setFont("DVCB", 10); c.drawString(x0 + 2 * mm, y0 + 33 * mm, p["name"])
        c.setFont("DVC", 8.5); yy = y0 + 28 * mm
        for t in [p["addr"], "Adószám: " + p["tax"] if p.get("tax") else None, ("Bankszámlaszám: " + p["bank"]) if p is s and p.get("bank") else None]:
            if t:
                c.drawString(x0 + 2 * mm, yy, t); yy -= 5 * mm
    y = y0 - 4 * mm
    boxes = [("Helyesbítő számla kelte", Dt(inv, inv["issue"])), ("Teljesítés dátuma", Dt(inv, inv["ful"])), ("Fizetési határidő", Dt(inv, inv["due"])), ("Fizetési mód", inv["pay"])]
    bw = (R - L) / 4
    for i, (l, v) in enumerate(boxes):
        x0 = L + i * bw
        c.rect(x0, y - 12 * mm, bw, 12 * mm)
        c.setFont("DVC", 6.8); c.drawString(x0 + 2 * mm, y - 4 * mm, l)
        c.setFont("DVCB", 9.5); c.drawString(x0 + 2 * mm, y - 9.5 * mm, v)
    y -= 20 * mm
    c.setFont("DVC", 8.5); c.drawString(L, y, "Helyesbítés tárgya: " + (inv.get("note") or "")); y -= 6 * mm
    hdr = [("Megnevezés", L + 2 * mm, "l"), ("Mennyiség", 115 * mm, "r"), ("Egységár", 135 * mm, "r"), ("ÁFA", 148 * mm, "r"), ("Nettó", 170 * mm, "r"), ("ÁFA össz.", R - 2 * mm, "r")]
    c.setFillGray(0.88); c.rect(L, y - 2 * mm, R - L, 6 * mm, fill=1); c.setFillGray(0)
    c.setFont("DVCB", 8)
    for t, x0, al in hdr:
        (c.drawString if al == "l" else c.drawRightString)(x0, y, t)
    y -= 7 * mm; c.setFont("DVC", 8.5)
    for r in inv["rows"]:
        vals = [r["desc"], f"{fqty(r['qty'])} {r['unit']}", A(inv, r["price"]), RATE_LABEL[r["rate"]], A(inv, r["net"]), A(inv, r["vat"])]
        for (t, x0, al), v in zip(hdr, vals):
            (c.drawString if al == "l" else c.drawRightString)(x0, y, v)
        y -= 6 * mm
    c.rect(L, y - 1 * mm, R - L, (len(inv["rows"]) * 6 + 9) * mm, fill=0)
    y -= 10 * mm
    c.setFont("DVCB", 9)
    rows = [("A helyesbítés összege – nettó:", A(inv, inv["net"]) + " Ft"), ("ÁFA 27%:", A(inv, inv["vat"]) + " Ft"), ("Bruttó különbözet (fizetendő):", A(inv, inv["gross"]) + " Ft")]
    for l, v in rows:
        c.drawRightString(150 * mm, y, l); c.drawRightString(R - 2 * mm, y, v); y -= 6 * mm
    c.showPage(); c.save()


def rl_stacked(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = _c(path); W, H = A4
    L = 22 * mm
    c.setFont("DVB", 11); c.drawString(L, H - 20 * mm, s["name"])
    c.setFont("DV", 8); c.drawString(L, H - 24.5 * mm, s["addr"] + "  |  Adószám: " + s["tax"] + "  |  " + s["bank"])
    c.setStrokeColorRGB(0.8, 0.4, 0); c.setLineWidth(2); c.line(L, H - 28 * mm, W - L, H - 28 * mm)
    c.setFont("DVB", 22); c.setFillColorRGB(0.8, 0.4, 0); c.drawString(L, H - 42 * mm, "Végszámla"); c.setFillGray(0)
    y = H - 52 * mm
    kv = [("Számla sorszáma", inv["no"]), ("Kiállítás dátuma", Dt(inv, inv["issue"])), ("Teljesítés dátuma", Dt(inv, inv["ful"])),
          ("Fizetési határidő", Dt(inv, inv["due"])), ("Fizetési mód", inv["pay"]), ("Kapcsolódó előlegszámla", inv["adv"])]
    for l, v in kv:
        c.setFont("DV", 8.5); c.drawString(L, y, l + ":"); c.setFont("DVB", 9); c.drawString(L + 45 * mm, y, v); y -= 5 * mm
    y -= 4 * mm
    c.setFont("DV", 8); c.drawString(L, y, "Vevő / Megrendelő"); y -= 5 * mm
    c.setFont("DVB", 10); c.drawString(L, y, b["name"]); y -= 4.5 * mm
    c.setFont("DV", 9); c.drawString(L, y, b["addr"]); y -= 4.5 * mm; c.drawString(L, y, "Adószám: " + b["tax"]); y -= 10 * mm
    c.setLineWidth(0.5); c.setStrokeGray(0)
    c.setFont("DVB", 8)
    cols = [(L, "Tétel"), (128 * mm, "Menny."), (150 * mm, "Nettó egységár"), (163 * mm, "Áfa"), (W - L, "Nettó érték")]
    for i, (x0, t) in enumerate(cols):
        (c.drawString if i == 0 else c.drawRightString)(x0, y, t)
    c.line(L, y - 1.5 * mm, W - L, y - 1.5 * mm); y -= 6 * mm
    c.setFont("DV", 8.5)
    for r in inv["rows"]:
        vals = [r["desc"], f"{fqty(r['qty'])} {r['unit']}", A(inv, r["price"]), RATE_LABEL[r["rate"]], A(inv, r["net"])]
        for i, ((x0, _), v) in enumerate(zip(cols, vals)):
            (c.drawString if i == 0 else c.drawRightString)(x0, y, v)
        y -= 6 * mm
    c.line(L, y + 3 * mm, W - L, y + 3 * mm); y -= 4 * mm
    tot = [("Nettó összesen (előleggel csökkentve):", A(inv, inv["net"]) + " Ft"), ("27% áfa:", A(inv, inv["vat"]) + " Ft"), ("Fizetendő bruttó:", A(inv, inv["gross"]) + " Ft")]
    for i, (l, v) in enumerate(tot):
        c.setFont("DVB" if i == 2 else "DV", 10 if i == 2 else 9)
        c.drawRightString(150 * mm, y, l); c.drawRightString(W - L, y, v); y -= 6 * mm
    y -= 6 * mm
    c.setFont("DV", 8)
    c.drawString(L, y, "Az előlegszámlában (SZM-E-2027-004) felszámított előleg: nettó 3 600 000 Ft + 972 000 Ft áfa = 4 572 000 Ft.")
    c.showPage(); c.save()


def rl_mono(inv, path):
    s, b = inv["seller"], inv["buyer"]
    c = _c(path); W, H = A4
    L = 18 * mm; y = H - 20 * mm
    def t(txt, font="DVM", size=8.5, dy=4.3):
        nonlocal y
        c.setFont(font, size); c.drawString(L, y, txt); y -= dy * mm
    t(s["name"], "DVMB", 10)
    t(s["addr"]); t("Adószám: " + s["tax"]); t("Bankszámla: " + s["bank"]); y -= 3 * mm
    t("SZÁMLA  —  sorszám: " + inv["no"], "DVMB", 12, 7)
    t(f"Számla kelte ..........: {Dt(inv, inv['issue'])}"); t(f"Teljesítés időpontja ..: {Dt(inv, inv['ful'])}")
    t(f"Fizetési határidő .....: {Dt(inv, inv['due'])}"); t(f"Fizetés módja .........: {inv['pay']}"); y -= 3 * mm
    t("Vevő:", "DVMB"); t("  " + b["name"]); t("  " + b["addr"]); t("  Adószám: " + b["tax"]); y -= 3 * mm
    t("-" * 92, size=8)
    t(f"{'Megnevezés':<44}{'Menny.':>8}{'Egységár':>11}{'ÁFA':>6}{'Nettó':>12}", "DVMB", 8)
    t("-" * 92, size=8)
    for r in inv["rows"]:
        t(f"{r['desc'][:44]:<44}{fqty(r['qty']):>8}{A(inv, r['price']):>11}{RATE_LABEL[r['rate']]:>6}{A(inv, r['net']):>12}", size=8)
    t("-" * 92, size=8)
    t(f"{'ÁFA-kulcs':<12}{'Nettó':>16}{'ÁFA':>16}{'Bruttó':>16}", "DVMB", 8)
    for sm in inv["summ"]:
        t(f"{RATE_LABEL[sm['rate']]:<12}{A(inv, sm['net']):>16}{A(inv, sm['vat']):>16}{A(inv, sm['gross']):>16}", size=8)
    t(f"{'Összesen':<12}{A(inv, inv['net']):>16}{A(inv, inv['vat']):>16}{A(inv, inv['gross']):>16}", "DVMB", 8)
    y -= 4 * mm
    t(f"Fizetendő: {A(inv, inv['gross'])} HUF", "DVMB", 11)
    c.showPage(); c.save()


TEMPLATES = {"rl_classic": rl_classic, "rl_boxed": rl_boxed, "rl_stacked": rl_stacked, "rl_mono": rl_mono}

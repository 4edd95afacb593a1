# ruff: noqa
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from .common import fdate, famt, fnum, fprice, NUMSTYLE, RATE_LABEL

FD = "/usr/share/fonts/truetype/dejavu/"
_reg = False


def _fonts():
    global _reg
    if _reg:
        return
    for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                 ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(n, FD + f))
    _reg = True


def L(d, k, v):
    return d.get("labels", {}).get(k, v)


def render_rl(d, out):
    _fonts()
    serif = d.get("rl_serif")
    F, FB = ("DVS", "DVSB") if serif else (("DVC", "DVCB") if d.get("rl_cond") else ("DV", "DVB"))
    fd = lambda k: fdate(d.get(k), d["datefmt"])
    A = lambda x: famt(x, d["amt"])
    ns = NUMSTYLE[d["amt"]]
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle(d["number"])
    W, H = A4
    lines = d["_lines"]
    per_page = d.get("rl_per_page", 22)
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    npages = len(chunks)
    for pi, chunk in enumerate(chunks):
        y = H - 18 * mm
        c.setFont(FB, 15)
        c.drawString(18 * mm, y, d["title"])
        c.setFont(F, 8)
        c.drawRightString(W - 18 * mm, y, f"{pi + 1}. oldal / {npages}")
        y -= 7 * mm
        if pi == 0:
            # left label column variant: labels in a column, values beside
            meta = [(L(d, "num", "Számla száma"), d["number"]), (L(d, "issue", "Kiállítás kelte"), fd("issue"))]
            if d.get("fulfil"):
                meta.append((L(d, "fulfil", "Teljesítés kelte"), fd("fulfil")))
            if d.get("due"):
                meta.append((L(d, "due", "Fizetési határidő"), fd("due")))
            meta.append((L(d, "pay", "Fizetési mód"), d.get("paymode", "átutalás")))
            if d.get("preceding"):
                meta.append((L(d, "prec", "Eredeti számla"), d["preceding"]))
            meta += d.get("meta_extra", [])
            for a, b in meta:
                c.setFont(F, 8.5)
                c.drawString(120 * mm, y, a)
                c.setFont(FB, 8.5)
                c.drawString(155 * mm, y, b)
                y -= 4.6 * mm
            y0 = H - 27 * mm
            for title, p in [(L(d, "seller", "Kibocsátó"), d["seller"]), (L(d, "buyer", "Vevő"), d["buyer"])]:
                c.setFont(F, 7.5)
                c.setFillGray(0.4)
                c.drawString(18 * mm, y0, title.upper())
                c.setFillGray(0)
                y0 -= 4.5 * mm
                c.setFont(FB, 9.5)
                c.drawString(18 * mm, y0, p["name"])
                y0 -= 4.3 * mm
                c.setFont(F, 8.5)
                rows = list(p.get("addr", []))
                if p.get("tax"):
                    rows.append(f"{d.get('taxlab', 'Adószám:')} {p['tax']}")
                if p.get("vat"):
                    rows.append(f"{d.get('vatlab', 'Közösségi adószám:')} {p['vat']}")
                rows += p.get("extra", [])
                for r in rows:
                    c.drawString(18 * mm, y0, r)
                    y0 -= 4 * mm
                y0 -= 3 * mm
            y = min(y, y0) - 4 * mm
        else:
            c.setFont(F, 8)
            c.drawString(18 * mm, y, f"{d['seller']['name']} · Számla: {d['number']} (folytatás)")
            y -= 8 * mm
        cols = [18, 100, 113, 124, 143, 163, 172, 192]
        heads = ["Megnevezés", "Menny.", "Me.", "Egységár", "Nettó", "Áfa", "Áfa ért.", "Bruttó"]
        c.setFont(FB, 7.5)
        for i, h in enumerate(heads):
            if i == 0:
                c.drawString(cols[0] * mm, y, h)
            else:
                c.drawRightString(cols[i] * mm, y, h)
        y -= 1.5 * mm
        c.line(18 * mm, y, 192 * mm, y)
        y -= 4 * mm
        c.setFont(F, 7.5)
        for l in chunk:
            vals = [l["desc"], str(l["qty"]).replace(".", ","), l["unit"], fprice(l["price"], ns), fnum(l["net"], ns),
                    RATE_LABEL[l["vat"]], fnum(l["vatamt"], ns), fnum(l["gross"], ns)]
            for i, v in enumerate(vals):
                if i == 0:
                    c.drawString(cols[0] * mm, y, v[:52])
                else:
                    c.drawRightString(cols[i] * mm, y, v)
            y -= 4.2 * mm
            if l.get("sub"):
                c.setFont(F, 6.5)
                c.drawString(20 * mm, y + 1 * mm, l["sub"])
                c.setFont(F, 7.5)
                y -= 3 * mm
        if pi < npages - 1:
            c.setFont(F, 7.5)
            c.drawRightString(192 * mm, y - 4 * mm, "Folytatás a következő oldalon")
            c.showPage()
            continue
        y -= 3 * mm
        c.line(18 * mm, y, 192 * mm, y)
        y -= 6 * mm
        # VAT summary
        c.setFont(FB, 8)
        c.drawString(18 * mm, y, L(d, "vs", "Áfa összesítő"))
        y -= 4.5 * mm
        c.setFont(F, 8)
        for k, v in d["_summ"].items():
            c.drawString(18 * mm, y, RATE_LABEL[k])
            c.drawRightString(60 * mm, y, fnum(v[0], ns))
            c.drawRightString(85 * mm, y, fnum(v[1], ns))
            c.drawRightString(110 * mm, y, fnum(v[2], ns))
            y -= 4.2 * mm
        ty = y + 4.2 * mm * (len(d["_summ"]) + 1)
        for lab, val, b in [(L(d, "net", "Nettó összesen:"), d["_net"], 0), (L(d, "vat", "Áfa összesen:"), d["_vat"], 0),
                            (L(d, "gross", "Fizetendő összesen:"), d["_gross"], 1)]:
            c.setFont(FB if b else F, 10 if b else 8.5)
            c.drawString(125 * mm, ty, lab)
            c.drawRightString(192 * mm, ty, A(val))
            ty -= 5.5 * mm
        y = min(y, ty) - 4 * mm
        c.setFont(F, 7.5)
        for n in ([d["words"]] if d.get("words") else []) + d.get("notes", []):
            c.drawString(18 * mm, y, n)
            y -= 4 * mm
        c.setFont(F, 6.5)
        c.drawString(18 * mm, 12 * mm, d.get("footer", "Számlázó program: NovaSzámla 3 (NAV online adatszolgáltatás: sikeres)"))
        c.showPage()
    c.save()

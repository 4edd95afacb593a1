# ruff: noqa
"""Reportlab-drawn layouts of set ZA (a dot-matrix-like listing and a ruled ledger style)."""
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .render import LABELS, cell, famt, fdate, paginate, rate_label, meta_rows

D = Decimal
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
_REG = False


def _fonts():
    global _REG
    if _REG:
        return
    for name, f in [("ZaMono", "DejaVuSansMono.ttf"), ("ZaMonoB", "DejaVuSansMono-Bold.ttf"), ("ZaSerif", "DejaVuSerif.ttf"),
                    ("ZaSerifB", "DejaVuSerif-Bold.ttf"), ("ZaSans", "DejaVuSans.ttf"), ("ZaSansB", "DejaVuSans-Bold.ttf"),
                    ("ZaCond", "DejaVuSansCondensed.ttf"), ("ZaCondB", "DejaVuSansCondensed-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, FONTDIR + f))
    _REG = True


WIDTH = {"no": 8, "code": 16, "name": 62, "dn": 20, "order": 14, "qty": 13, "unit": 11, "price": 20, "disc": 9, "net": 24, "rate": 12, "dnd": 20}
ALIGN = {"no": "r", "qty": "r", "price": "r", "disc": "r", "net": "r", "rate": "c"}
HDR = {"no": "Ssz", "code": "Kód", "name": "Megnevezés", "dn": "Szállítólev.", "order": "Rend.", "qty": "Menny.", "unit": "Me",
       "price": "Egységár", "disc": "Eng%", "net": "Nettó", "rate": "ÁFA", "dnd": "Dátum"}


def strip_tags(s):
    import re
    return re.sub(r"<[^>]+>", "", s).replace("&amp;", "&")


def render_rl(inv, cfg, path):
    _fonts()
    reg, bold = cfg["rlfont"]
    fs = float(cfg["fs"])
    L = dict(LABELS[cfg["labels"]])
    L.update(cfg.get("L", {}))
    eur = inv["currency"] != "HUF"
    a = cfg["amt"]
    cols = [c for c in cfg["cols"] if c != "disc" or any(ln.get("disc") for ln in inv["lines"])]
    W, H = A4
    mm = 72 / 25.4
    left, right = 14 * mm, W - 14 * mm
    scale = (right - left) / (sum(WIDTH[c] for c in cols) * mm)
    xs = []
    x = left
    for col in cols:
        w = WIDTH[col] * mm * scale
        xs.append((col, x, x + w))
        x += w
    lh = fs * 1.45
    r1, rm, rl = cfg["rows"]
    if inv.get("short"):
        r1 = rl = max(r1, len(inv["lines"]))
    chunks = paginate(len(inv["lines"]), r1, rm, rl)
    n = len(chunks)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(f"{inv['title']} {inv['number']}")
    c.setAuthor(inv["seller"]["name"])
    cur = cfg["cur_eur"] if eur else cfg["cur_huf"]
    sfx = f" {cur}" if cur else ""

    def text(x, y, s, f=reg, size=fs, align="l"):
        c.setFont(f, size)
        if align == "r":
            c.drawRightString(x, y, s)
        elif align == "c":
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)

    def row(y, values, f=reg):
        for (col, x0, x1), v in zip(xs, values):
            al = ALIGN.get(col, "l")
            if al == "r":
                text(x1 - 2, y, v, f, align="r")
            elif al == "c":
                text((x0 + x1) / 2, y, v, f, align="c")
            else:
                text(x0 + 1, y, v, f)

    def carry_row(y, label, amount):
        netx = dict((col, x1) for col, x0, x1 in xs)["net"]
        text(netx - WIDTH["net"] * mm * scale - 4, y, label + ":", bold, align="r")
        text(netx - 2, y, famt(amount, a, eur), bold, align="r")

    pos = 0
    cum = D(0)
    for pi, cnt in enumerate(chunks, 1):
        y = H - 14 * mm
        if pi == 1 and cfg.get("rlparties") == "side":
            s, b = inv["seller"], inv["buyer"]
            text((left + right) / 2, y, inv["title"], bold, fs + 7, "c")
            y -= lh * 2.2
            mid = (left + right) / 2
            c.setLineWidth(0.5)
            top = y + lh
            yl = yr = y
            text(left + 3, yl, L["seller"], bold); yl -= lh
            text(mid + 3, yr, L["buyer"], bold); yr -= lh
            text(left + 3, yl, s["name"], bold, fs + 1); yl -= lh
            text(mid + 3, yr, b["name"], bold, fs + 1); yr -= lh
            for t in [s["addr"], f"{L['tax']}: {s['tax']}" if s.get("tax") else None,
                      f"{L['eu']}: {s['eu']}" if s.get("eu") and cfg.get("seller_eu", True) else None, f"{L['bank']}: {s['bank']}"]:
                if t:
                    text(left + 3, yl, t); yl -= lh
            for t in [b["addr"], f"{L['tax']}: {b['tax']}" if b.get("tax") else None,
                      f"{L['eu']}: {b['eu']}" if inv["show_buyer_eu"] else None]:
                if t:
                    text(mid + 3, yr, t); yr -= lh
            y = min(yl, yr)
            c.rect(left, y + lh * 0.4, mid - left - 3, top - y - lh * 0.4)
            c.rect(mid, y + lh * 0.4, right - mid, top - y - lh * 0.4)
            y -= lh * 0.8
            rows_ = meta_rows(inv, L, cfg)
            colw = (right - left) / len(rows_)
            for j, (k, v) in enumerate(rows_):
                text(left + colw * j + colw / 2, y, k, reg, fs - 1, "c")
                text(left + colw * j + colw / 2, y - lh, strip_tags(v), bold, fs, "c")
            y -= lh * 2.4
            if inv.get("intro"):
                text(left, y, inv["intro"])
                y -= lh
        elif pi == 1:
            s, b = inv["seller"], inv["buyer"]
            text(left, y, s["name"], bold, fs + 3)
            text(right, y, inv["title"], bold, fs + 6, "r")
            y -= lh * 1.3
            for t in [s["addr"], f"{L['tax']}: {s['tax']}" if s.get("tax") else None,
                      f"{L['eu']}: {s['eu']}" if s.get("eu") and cfg.get("seller_eu", True) else None,
                      f"{L['bank']}: {s['bank']}"]:
                if t:
                    text(left, y, t)
                    y -= lh
            y -= lh * 0.5
            c.setLineWidth(0.8)
            c.line(left, y + lh * 0.6, right, y + lh * 0.6)
            ytop = y
            text(left, y, L["buyer"] + ":", bold)
            y -= lh
            text(left, y, b["name"], bold, fs + 1.5)
            y -= lh
            for t in [b["addr"], f"{L['tax']}: {b['tax']}" if b.get("tax") else None,
                      f"{L['eu']}: {b['eu']}" if inv["show_buyer_eu"] else None]:
                if t:
                    text(left, y, t)
                    y -= lh
            ym = ytop
            for k, v in meta_rows(inv, L, cfg):
                text(left + (right - left) * 0.52, ym, k + ":")
                text(right, ym, strip_tags(v), bold, align="r")
                ym -= lh
            y = min(y, ym) - lh * 0.5
            if inv.get("intro"):
                text(left, y, inv["intro"])
                y -= lh
        else:
            text(left, y, inv["seller"]["name"], bold)
            text(right, y, cfg["pg"].format(num=inv["number"], p=pi, n=n, title=inv["title"].capitalize(), short=inv["seller"]["short"]), reg, align="r")
            y -= lh * 1.5
        c.setLineWidth(0.6)
        c.line(left, y + lh * 0.75, right, y + lh * 0.75)
        row(y, [HDR[col] for col in cols], bold)
        c.line(left, y - lh * 0.35, right, y - lh * 0.35)
        y -= lh * 1.2
        if pi > 1:
            carry_row(y, cfg["carry"][0], cum)
            y -= lh * 1.2
        page_sum = D(0)
        for i in range(pos, pos + cnt):
            ln = inv["lines"][i]
            page_sum += ln["net"]
            row(y, [strip_tags(cell(col, ln, cfg, eur, i + 1)).replace("&quot;", '"') for col in cols])
            y -= lh
        pos += cnt
        cum += page_sum
        c.line(left, y + lh * 0.7, right, y + lh * 0.7)
        if n > 1:
            if cfg["carry"][2]:
                carry_row(y, cfg["carry"][2], page_sum)
                y -= lh
            if pi < n:
                carry_row(y, cfg["carry"][1], cum)
                y -= lh
        if pi == n:
            y -= lh
            text(left, y, L["rate"], bold)
            text(left + 70 * mm, y, L["net"], bold, align="r")
            text(left + 105 * mm, y, L["vat"], bold, align="r")
            text(left + 140 * mm, y, L["gross"], bold, align="r")
            y -= lh
            for bd in inv["breakdown"]:
                text(left, y, rate_label(bd["rate"], cfg))
                text(left + 70 * mm, y, famt(bd["net"], a, eur) + sfx, align="r")
                text(left + 105 * mm, y, famt(bd["vat"], a, eur) + sfx, align="r")
                text(left + 140 * mm, y, famt(bd["gross"], a, eur) + sfx, align="r")
                y -= lh
            y -= lh * 0.5
            for k, v in [(L["netsum"], inv["net"]), (L["vatsum"], inv["vat"])]:
                text(right - 55 * mm, y, k + ":")
                text(right, y, famt(v, a, eur) + sfx, align="r")
                y -= lh
            c.line(right - 80 * mm, y + lh * 0.7, right, y + lh * 0.7)
            text(right - 80 * mm, y - 2, L["payable"] + ":", bold, fs + 2.5)
            text(right, y - 2, famt(inv["gross"], a, eur) + sfx, bold, fs + 2.5, "r")
            y -= lh * 2
            notes = list(inv.get("notes", []))
            if eur:
                hv = famt(inv["vat_huf"], "space" if a != "dot" else "dot", False)
                notes.append(f"Alkalmazott árfolyam: 1 EUR = {inv['fx_str']} HUF ({inv['fx_src']}). Az áthárított ÁFA összege forintban: {hv} Ft.")
            import textwrap
            for nt in notes:
                for part in textwrap.wrap(nt, 125):
                    text(left, y, part, reg, fs - 0.5)
                    y -= lh
        text(left, 9 * mm, cfg.get("software", ""), reg, fs - 1.5)
        text(right, 9 * mm, cfg["pgfoot"].format(p=pi, n=n), reg, fs - 1, "r")
        c.showPage()
    c.save()
    return n

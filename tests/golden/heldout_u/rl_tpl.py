# ruff: noqa
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from .common import fdate, fmoney, RATE_LABEL
from .html_tpl import LAB, TITLES

FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
             ("DVMB", "DejaVuSansMono-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"),
             ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))

RL = {
 "rl_classic": dict(font="DVS", bold="DVSB", labels="A", party_y=720, side=True, title_x=40),
 "rl_band": dict(font="DV", bold="DVB", labels="C", party_y=700, side=False, band=True, title_x=300),
 "rl_mono": dict(font="DVM", bold="DVMB", labels="D", party_y=730, side=False, title_x=40, mono=True),
 "rl_grid": dict(font="DVC", bold="DVCB", labels="B", party_y=690, side=True, grid=True, title_x=200),
 "rl_minimal": dict(font="DV", bold="DVB", labels="A", party_y=740, side=False, title_x=440, small=True),
}


def draw(inv, name, path):
    T = RL[name]
    L = LAB[T["labels"]]
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(inv["num"])
    F, B = T["font"], T["bold"]
    mf, cur, df = inv["mf"], inv["cur"], inv["df"]
    f = lambda x: fmoney(x, mf, cur)
    title = TITLES[inv["kind"]]
    if T.get("band"):
        c.setFillColorRGB(0.15, 0.2, 0.35); c.rect(0, H - 70, W, 70, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
        c.setFont(B, 20); c.drawString(T["title_x"], H - 45, title.upper()); c.setFillColorRGB(0, 0, 0)
    else:
        c.setFont(B, 16 if not T.get("small") else 12); c.drawString(T["title_x"], H - 50, title.upper() if T.get("mono") else title)
    s, b = inv["seller"], inv["buyer"]

    def pblock(x, y, lbl, p):
        c.setFont(F, 7 if T.get("small") else 8); c.drawString(x, y, lbl.upper() if T.get("mono") else lbl); y -= 13
        c.setFont(B, 10); c.drawString(x, y, p["name"]); y -= 12
        c.setFont(F, 9)
        for t in [p.get("addr"), (L["tax"] + ": " + p["tax"]) if p.get("tax") else None,
                  (L["vat"] + ": " + p["vat"]) if p.get("vat") else None, ("Bankszámla: " + p["bank"]) if p.get("bank") else None]:
            if t:
                c.drawString(x, y, t); y -= 11
        return y
    y0 = T["party_y"]
    if T["side"]:
        y1 = pblock(40, y0, L["seller"], s)
        y2 = pblock(310, y0, L["buyer"], b) if b else y0
        y = min(y1, y2) - 15
    else:
        y = pblock(40, y0, L["seller"], s) - 8
        if b:
            y = pblock(40, y, L["buyer"], b) - 8
    meta = [(L["num"], inv["num"]), (L["issue"], fdate(inv["issue"], df)), (L["ful"], fdate(inv.get("ful"), df)),
            (L["due"], fdate(inv.get("due"), df)), (L["pay"], inv.get("pay", "átutalás")), (L["cur"], cur)]
    if inv.get("prev"):
        meta.append(("Érvénytelenített számla" if inv["kind"] == "storno" else L["prev"], inv["prev"]))
    meta = [m for m in meta if m[1]]
    if T.get("grid"):
        x = 40
        cw = (W - 80) / len(meta)
        for k, v in meta:
            c.rect(x, y - 26, cw, 30); c.setFont(F, 6.5); c.drawString(x + 3, y - 5, k); c.setFont(B, 7.5); c.drawString(x + 3, y - 20, v); x += cw
        y -= 45
    elif T["side"] is False and not T.get("mono"):
        yy = H - 90 if T.get("band") else H - 70
        for k, v in meta:
            c.setFont(F, 8); c.drawRightString(460, yy, k + ":"); c.setFont(B, 9); c.drawString(465, yy, v); yy -= 12
    else:
        for k, v in meta:
            c.setFont(F, 9); c.drawString(40, y, f"{k}:"); c.setFont(B, 9); c.drawString(200, y, v); y -= 12
        y -= 10
    # lines
    cols = [("desc", 40, "l"), ("qty", 300, "r"), ("price", 370, "r"), ("rate", 420, "r"), ("net", 485, "r"), ("gross", 555, "r")]
    hdr = {"desc": L["desc"], "qty": L["qty"], "price": L["price"], "rate": L["rate"], "net": L["lnet"], "gross": L["lgross"]}
    c.setFont(B, 8)
    for k, x, a in cols:
        (c.drawString if a == "l" else c.drawRightString)(x, y, hdr[k])
    c.line(40, y - 3, 555, y - 3); y -= 15
    c.setFont(F, 8.5)
    for ln in inv["_lines"]:
        cell = {"desc": ln["desc"], "qty": f"{ln['qty']:g} {ln['unit']}".replace(".", ","), "price": f(ln["price"]),
                "rate": RATE_LABEL[ln["rate"]], "net": f(ln["net"]), "gross": f(ln["gross"])}
        for k, x, a in cols:
            (c.drawString if a == "l" else c.drawRightString)(x, y, cell[k])
        y -= 13
    c.line(40, y + 5, 555, y + 5); y -= 10
    c.setFont(F, 8)
    for sm in inv["_summary"]:
        c.drawRightString(555, y, f"{RATE_LABEL[sm['rate']]}:  {L['lnet']} {f(sm['net'])}   {L['lvat']} {f(sm['vat'])}   {L['lgross']} {f(sm['gross'])}"); y -= 11
    y -= 6
    for lbl, v, bold in [(L["net"], inv["_net"], False), (L["vatt"], inv["_vat"], False), (L["gross"], inv["_gross"], True)]:
        c.setFont(B if bold else F, 11 if bold else 9)
        c.drawRightString(470, y, lbl + ":"); c.drawRightString(555, y, f"{f(v)} {cur}"); y -= 14
    if inv.get("fx"):
        c.setFont(F, 8); c.drawString(40, y, f"Árfolyam: 1 {cur} = {inv['fx'].replace('.', ',')} HUF; ÁFA forintban: {fmoney(inv['_vat_huf'], 'space')} Ft"); y -= 11
    c.setFont(F, 7.5)
    for n in inv.get("notes", []):
        c.drawString(40, y, n); y -= 10
    c.setFont(F, 7); c.drawString(40, 30, f"{s['name']} – {name.replace('rl_', '')} nyomtatvány – 1/1")
    c.showPage(); c.save()

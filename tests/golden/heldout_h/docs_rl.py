# ruff: noqa: E702
"""Set H documents drawn with reportlab (cash register slip, typewriter-like templates, an ERP printout)."""

from __future__ import annotations

import io
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from tests.golden.heldout_h.engine import Doc, afmt, q, qty_text, rate_label, rl_fonts, taxno, words
from tests.golden.heldout_h.parties import AUT, FUV, HOT, OST, OVI, VIR, VIZ

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


class Pen:
    def __init__(self, size=A4, title="Számla"):
        rl_fonts()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setCreator("set H")
        self.w, self.h = size

    def t(self, x, y, s, font="DV", size=9, align="l"):
        self.c.setFont(font, size)
        yy = self.h - y * mm
        if align == "r":
            self.c.drawRightString(x * mm, yy, s)
        elif align == "c":
            self.c.drawCentredString(x * mm, yy, s)
        else:
            self.c.drawString(x * mm, yy, s)

    def line(self, x1, y1, x2, y2, width=0.5):
        self.c.setLineWidth(width)
        self.c.line(x1 * mm, self.h - y1 * mm, x2 * mm, self.h - y2 * mm)

    def rect(self, x, y, w, h, width=0.5):
        self.c.setLineWidth(width)
        self.c.rect(x * mm, self.h - (y + h) * mm, w * mm, h * mm)

    def page(self):
        self.c.showPage()

    def done(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


# ====================================================================== h05 cash register simplified invoice, rounding
@doc
def h05():
    d = Doc("h05_penztargep", "normal", "cash_register")
    s = dict(name="Kertcentrum Barkácsáruház Kft.", tax=taxno("2402918", 2, 6))
    items = [("CSOMAGOLÓPAPÍR KRAFT 50M", 2, 3490, 27), ("RAFIA SZALAG NATÚR", 6, 590, 27), ("VIRÁGFÖLD 50L", 4, 2190, 27),
             ("CSEREP TERRAKOTTA 17CM", 12, 449, 27), ("TŰZŐGÉP KAPOCS 10MM", 3, 798, 27), ("KARÁCSONYI DÍSZ ARANY", 10, 329, 27)]
    gross = sum(D(q_) * D(p) for _, q_, p, _ in items)
    vat = q(gross * 27 / 127, "HUF")
    net = gross - vat
    paid = (gross / 5).quantize(D(1)) * 5
    num = d.show("invoice_number", "E-KBA-2026-0004417")
    d.party("seller", s["name"], s["tax"])
    d.party("buyer", VIR["name"], VIR["tax"])
    d.show("issue_date", "2026-12-03", "2026.12.03.")
    d.show("fulfilment_date", "2026-12-03", "2026.12.03.")
    h = 150 + len(items) * 8
    p = Pen((80 * mm, h * mm))
    y = 8
    for txt in (s["name"], "6724 Szeged, Kossuth L. sgt. 120.", f"ADÓSZÁM: {s['tax']}", "ÁRUHÁZ: 06 SZEGED"):
        p.t(40, y, txt, "DVM", 7.5, "c"); y += 4
    y += 2
    p.t(40, y, "EGYSZERŰSÍTETT SZÁMLA", "DVMB", 9, "c"); y += 5
    p.t(4, y, "SZÁMLASZÁM:", "DVM", 7.5); p.t(76, y, num, "DVM", 7.5, "r"); y += 4
    p.t(4, y, "KELTE / TELJESÍTÉS:", "DVM", 7.5); p.t(76, y, "2026.12.03. 14:52", "DVM", 7.5, "r"); y += 5
    p.t(4, y, "VEVŐ:", "DVM", 7.5); y += 4
    for txt in (VIR["name"], VIR["addr"], f"ADÓSZÁM: {VIR['tax']}"):
        p.t(4, y, txt, "DVM", 7.5); y += 4
    p.line(4, y, 76, y); y += 4
    for desc, qq, pr, r in items:
        p.t(4, y, desc, "DVM", 7.5); y += 3.6
        p.t(8, y, f"{qq} DB x {afmt(D(pr), 'sp')}", "DVM", 7.5); p.t(64, y, afmt(D(qq) * D(pr), "sp"), "DVM", 7.5, "r")
        p.t(76, y, "C", "DVM", 7.5, "r"); y += 4.4
    p.line(4, y, 76, y); y += 4
    p.t(4, y, "ÖSSZESEN:", "DVMB", 9); p.t(76, y, d.amount("gross_total", gross, "sp") + " Ft", "DVMB", 9, "r"); y += 5
    p.t(4, y, "KEREKÍTÉS:", "DVM", 7.5); p.t(76, y, afmt(paid - gross, "sp") + " Ft", "DVM", 7.5, "r"); y += 4
    p.t(4, y, "FIZETENDŐ KÉSZPÉNZ:", "DVMB", 8); p.t(76, y, afmt(paid, "sp") + " Ft", "DVMB", 8, "r"); y += 4
    p.t(4, y, "KÉSZPÉNZ:", "DVM", 7.5); p.t(76, y, "40 000 Ft", "DVM", 7.5, "r"); y += 4
    p.t(4, y, "VISSZAJÁRÓ:", "DVM", 7.5); p.t(76, y, afmt(40000 - paid, "sp") + " Ft", "DVM", 7.5, "r"); y += 6
    p.t(4, y, "ÁFA ÖSSZESÍTŐ", "DVM", 7.5); y += 4
    p.t(4, y, "C 27%  NETTÓ", "DVM", 7.5); p.t(76, y, d.amount("net_total", net, "sp") + " Ft", "DVM", 7.5, "r"); y += 4
    p.t(4, y, "C 27%  ÁFA", "DVM", 7.5); p.t(76, y, d.amount("vat_total", vat, "sp") + " Ft", "DVM", 7.5, "r"); y += 6
    for txt in ("NAV ELLENŐRZŐ KÓD: 7XK4-Q2MA", "AP A19400772", "PÉNZTÁR: 04  BIZ: 0331/0118", "KÖSZÖNJÜK A VÁSÁRLÁST!"):
        p.t(40, y, txt, "DVM", 7, "c"); y += 4
    return d, p.done()


# ====================================================================== h08 plumber sole trader, AAM, to the hotel
@doc
def h08():
    d = Doc("h08_vizszerelo_aam", "normal", "typed_template")
    d.add("Csőtörés elhárítása, konyhai lefolyó cseréje", 1, "munka", 38000, "AAM")
    d.add("Kiszállási díj (Gyál – Balatonfüred)", 1, "alkalom", 25000, "AAM")
    d.add("KPE cső 32 mm, idomok, bilincsek", 1, "tétel", 14650, "AAM")
    d.add("Csaptelep, egykaros (Mofém)", 2, "db", 18900, "AAM")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "KB-2026/118")
    iss = d.show("issue_date", "2026-12-04", "2026. dec. 4.")
    ful = d.show("fulfilment_date", "2026-12-02", "2026. dec. 2.")
    due = d.show("due_date", "2026-12-12", "2026. dec. 12.")
    d.party("seller", VIZ["name"], VIZ["tax"])
    d.party("buyer", HOT["name"], HOT["tax"])
    p = Pen()
    p.t(20, 20, VIZ["name"], "DVSB", 15)
    p.t(20, 26, "víz-, gáz-, fűtésszerelés · " + VIZ["addr"] + " · +36 30 555 4127", "DVS", 9)
    p.t(20, 31, f"Adószám: {VIZ['tax']}   Nyilvántartási szám: 50118772   Bankszámla: 11773016-01447788", "DVS", 9)
    p.line(20, 34, 190, 34, 1.2)
    p.t(105, 46, "S Z Á M L A", "DVSB", 16, "c")
    p.t(190, 54, f"Sorszám: {num}", "DVS", 10, "r")
    p.rect(20, 60, 85, 30); p.rect(105, 60, 85, 30)
    p.t(23, 65, "A vevő neve és címe:", "DVS", 8)
    p.t(23, 71, HOT["name"], "DVSB", 10); p.t(23, 76, "8230 Balatonfüred,", "DVS", 9); p.t(23, 80, "Hársfa sétány 3.", "DVS", 9)
    p.t(23, 86, f"Adószáma: {HOT['tax']}", "DVS", 9)
    p.t(108, 65, "Teljesítés kelte:", "DVS", 9); p.t(187, 65, ful, "DVS", 9, "r")
    p.t(108, 71, "A számla kelte:", "DVS", 9); p.t(187, 71, iss, "DVS", 9, "r")
    p.t(108, 77, "Fizetési határidő:", "DVS", 9); p.t(187, 77, due, "DVS", 9, "r")
    p.t(108, 83, "Fizetés módja:", "DVS", 9); p.t(187, 83, "átutalás", "DVS", 9, "r")
    y = 100
    for x, h in ((20, "Megnevezés"), (118, "Menny."), (150, "Egységár"), (190, "Érték")):
        p.t(x, y, h, "DVSB", 9, "r" if x > 100 else "l")
    p.line(20, y + 2, 190, y + 2)
    y += 8
    for l in d.lines:
        p.t(20, y, l["desc"], "DVS", 9)
        p.t(118, y, f"{qty_text(l['qty'])} {l['unit']}", "DVS", 9, "r")
        p.t(150, y, afmt(l["price"], "sp00"), "DVS", 9, "r")
        p.t(190, y, afmt(l["net"], "sp00"), "DVS", 9, "r")
        y += 6
    p.line(20, y, 190, y)
    y += 7
    p.t(150, y, "Nettó érték:", "DVS", 9, "r"); p.t(190, y, d.amount("net_total", net, "sp00") + " HUF", "DVS", 9, "r"); y += 5
    p.t(150, y, "ÁFA:", "DVS", 9, "r"); p.t(190, y, d.amount("vat_total", vat, "sp00") + " HUF", "DVS", 9, "r"); y += 6
    p.t(150, y, "Fizetendő összesen:", "DVSB", 10, "r"); p.t(190, y, d.amount("gross_total", gross, "sp00") + " HUF", "DVSB", 10, "r")
    y += 8
    p.t(20, y, f"azaz {words(int(gross))} forint 00 fillér", "DVS", 9)
    y += 10
    p.t(20, y, "Alanyi adómentes – az Áfa tv. 187. § alapján az áfa összegét nem számítjuk fel. (AAM)", "DVS", 9)
    p.t(20, 250, ".................................", "DVS", 9); p.t(20, 255, "kiállító", "DVS", 8)
    p.t(190, 285, "Eredeti példány – 1. oldal / 1", "DVS", 7, "r")
    return d, p.done()


# ====================================================================== h17 driving school storno
@doc
def h17():
    d = Doc("h17_autosiskola_sztorno", "storno", "school_desktop")
    buyer = dict(name="Hajdú Futárszolgálat Kft.", tax=taxno("2755610", 2, 9))
    d.add("C kategóriás képzés – elmélet és gyakorlat (2 fő)", -2, "fő", 412000, 27)
    d.add("Tananyag csomag", -2, "db", 8500, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "ZUA-2026-00915")
    pre = d.show("preceding_invoice", "ZUA-2026-00874")
    iss = d.show("issue_date", "2026-12-04", "2026.12.04.")
    ful = d.show("fulfilment_date", "2026-11-20", "2026.11.20.")
    due = d.show("due_date", "2026-11-28", "2026.11.28.")
    d.party("seller", AUT["name"], AUT["tax"], AUT["vat"])
    d.party("buyer", buyer["name"], buyer["tax"])
    p = Pen()
    p.t(15, 18, AUT["name"], "DVB", 13); p.t(15, 23, AUT["addr"], "DV", 8.5)
    p.t(15, 27, f"Adószám: {AUT['tax']}   Közösségi adószám: {AUT['vat']}", "DV", 8.5)
    p.t(195, 18, "SZTORNÓ SZÁMLA", "DVB", 14, "r"); p.t(195, 24, "(érvénytelenítő számla)", "DV", 8, "r")
    p.rect(15, 36, 180, 34)
    rows = [("Sorszám:", num), ("Érvénytelenített számla:", pre), ("Kiállítás dátuma:", iss), ("Teljesítés dátuma:", ful),
            ("Fizetési határidő:", due)]
    for i, (k, v) in enumerate(rows):
        p.t(18, 42 + i * 6, k, "DV", 9); p.t(70, 42 + i * 6, v, "DVB", 9)
    p.t(110, 42, "Vevő:", "DV", 9); p.t(110, 48, buyer["name"], "DVB", 9); p.t(110, 54, "4031 Debrecen, István út 140.", "DV", 9)
    p.t(110, 60, f"Adószám: {buyer['tax']}", "DV", 9)
    p.t(110, 66, "Az érvénytelenítés oka: téves vevőadat", "DV", 8)
    y = 82
    for x, h, a in ((15, "Megnevezés", "l"), (120, "Menny.", "r"), (145, "Egységár", "r"), (160, "ÁFA", "r"), (195, "Nettó érték", "r")):
        p.t(x, y, h, "DVB", 8.5, a)
    p.line(15, y + 2, 195, y + 2); y += 8
    for l in d.lines:
        p.t(15, y, l["desc"], "DV", 8.5); p.t(120, y, f"{qty_text(l['qty'])} {l['unit']}", "DV", 8.5, "r")
        p.t(145, y, afmt(l["price"], "dot"), "DV", 8.5, "r"); p.t(160, y, rate_label(l["rate"]), "DV", 8.5, "r")
        p.t(195, y, afmt(l["net"], "dot") + " Ft", "DV", 8.5, "r"); y += 6
    p.line(15, y, 195, y); y += 8
    for k, key, v in (("Nettó összesen:", "net_total", net), ("ÁFA 27%:", "vat_total", vat), ("Bruttó összesen:", "gross_total", gross)):
        p.t(160, y, k, "DVB" if key == "gross_total" else "DV", 9.5, "r")
        p.t(195, y, d.amount(key, v, "dot") + " Ft", "DVB" if key == "gross_total" else "DV", 9.5, "r"); y += 6
    p.t(15, 280, "Oktatási nyilvántartási szám: E-001177/2015 · Készült: SuliSzámla 4.1 · 1/1", "DV", 7)
    return d, p.done()


# ====================================================================== h19 primary producer (őstermelő), AAM, to the foundation
@doc
def h19():
    d = Doc("h19_ostermelo", "normal", "producer_block")
    d.add("Burgonya (Désirée)", 120, "kg", 260, "AAM")
    d.add("Vöröshagyma", 40, "kg", 310, "AAM")
    d.add("Sárgarépa", 50, "kg", 280, "AAM")
    d.add("Alma (Idared), ládás", 80, "kg", 350, "AAM")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "FG-0031/2026")
    iss = d.show("issue_date", "2026-12-02", "2026. december 2.")
    ful = d.show("fulfilment_date", "2026-12-02", "2026. december 2.")
    due = d.show("due_date", "2026-12-10", "2026. december 10.")
    d.party("seller", OST["name"], OST["tax"])
    d.party("buyer", OVI["name"], OVI["tax"])
    p = Pen()
    p.t(105, 20, "SZÁMLA", "DVCB", 18, "c")
    p.t(105, 27, f"Számla sorszáma: {num}", "DVC", 10, "c")
    p.rect(15, 34, 180, 40)
    p.line(105, 34, 105, 74)
    p.t(18, 40, "ELADÓ (mezőgazdasági őstermelő)", "DVCB", 8)
    for i, s in enumerate([OST["name"], OST["addr"], f"Adószám: {OST['tax']}", "Őstermelői igazolvány: 0412-5578-22",
                           "Regisztrációs szám (MVH): 1004478211"]):
        p.t(18, 47 + i * 5.5, s, "DVC", 9)
    p.t(108, 40, "VEVŐ", "DVCB", 8)
    for i, s in enumerate([OVI["name"], OVI["addr"], f"Adószám: {OVI['tax']}", "Konyha: 2040 Budaörs, Patkó u. 15."]):
        p.t(108, 47 + i * 5.5, s, "DVC", 9)
    p.rect(15, 78, 180, 10)
    for x, k, v in ((18, "Kelt:", iss), (78, "Teljesítés:", ful), (138, "Határidő:", due)):
        p.t(x, 84.5, f"{k} {v}", "DVC", 8.5)
    y = 98
    for x, h, a in ((18, "Termék", "l"), (110, "Mennyiség", "r"), (140, "Egységár", "r"), (160, "Adó", "c"), (192, "Érték", "r")):
        p.t(x, y, h, "DVCB", 9, a)
    y += 6
    for l in d.lines:
        p.t(18, y, l["desc"], "DVC", 9); p.t(110, y, f"{qty_text(l['qty'])} {l['unit']}", "DVC", 9, "r")
        p.t(140, y, afmt(l["price"], "sp") + " Ft", "DVC", 9, "r"); p.t(160, y, "AAM", "DVC", 9, "c")
        p.t(192, y, afmt(l["net"], "sp") + " Ft", "DVC", 9, "r"); y += 5.5
    p.line(15, y, 195, y); y += 7
    p.t(150, y, "Nettó összesen:", "DVC", 9, "r"); p.t(192, y, d.amount("net_total", net, "sp") + " Ft", "DVC", 9, "r"); y += 5.5
    p.t(150, y, "Áfa összesen:", "DVC", 9, "r"); p.t(192, y, d.amount("vat_total", vat, "sp") + " Ft", "DVC", 9, "r"); y += 5.5
    p.t(150, y, "Bruttó összesen:", "DVCB", 10, "r"); p.t(192, y, d.amount("gross_total", gross, "sp") + " Ft", "DVCB", 10, "r"); y += 10
    p.t(18, y, "Alanyi adómentes mezőgazdasági őstermelő – az Áfa tv. 187. §-a szerint (AAM).", "DVC", 8.5); y += 5
    p.t(18, y, "Fizetés módja: készpénz – a vételárat átvettem.", "DVC", 8.5)
    p.t(140, 250, "..............................", "DVC", 9); p.t(140, 255, "eladó aláírása", "DVC", 8)
    return d, p.done()


# ====================================================================== h21 truck service ERP printout, 2 pages
@doc
def h21():
    d = Doc("h21_teherauto_szerviz", "normal", "erp_mono")
    s = dict(name="Szervizpont Haszongépjármű Kft.", tax=taxno("1960231", 2, 16))
    parts = [("Olajszűrő MAN 51.05504", 1, 8420), ("Üzemanyagszűrő", 2, 12350), ("Levegőszűrő betét", 1, 28900),
             ("Motorolaj 10W-40 (l)", 38, 2260), ("Fékbetét első tengely (klt)", 1, 64800), ("Féktárcsa", 2, 71500),
             ("Ablaktörlő lapát 650 mm", 2, 5490), ("AdBlue szűrő", 1, 14200), ("Izzó H7 24V", 4, 1290),
             ("Hűtőfolyadék G12 (l)", 10, 1450), ("Kerékcsavar M22", 6, 1980), ("Légszárító patron", 1, 31600)]
    for i, (desc, qq, pr) in enumerate(parts):
        d.add(desc, qq, "db" if "(l)" not in desc else "l", pr, 27, code=f"A{74120 + i * 13}")
    labour = [("Időszakos karbantartás (rezsióra)", D("3.5")), ("Fékjavítás első tengely", D("2.5")),
              ("Diagnosztika, hibakód-olvasás", D("1")), ("Futómű-beállítás", D("1.5")), ("Tachográf kalibráció", D("1"))]
    for i, (desc, hrs) in enumerate(labour):
        d.add(desc, hrs, "óra", 18900, 27, code=f"M{9001 + i}")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "SZP-26-M-02217")
    iss = d.show("issue_date", "2026-12-03", "2026.12.03")
    ful = d.show("fulfilment_date", "2026-12-02", "2026.12.02")
    due = d.show("due_date", "2026-12-18", "2026.12.18")
    d.party("seller", s["name"], s["tax"], "HU" + s["tax"][:8])
    d.party("buyer", FUV["name"], FUV["tax"])
    p = Pen()

    def header(pg):
        p.t(12, 12, f"{s['name']:<40}SZÁMLA", "DVMB", 9)
        p.t(12, 16, f"5000 Szolnok, Ipari park, Kandó K. u. 9.   Lap: {pg}/2", "DVM", 8)
        p.t(12, 20, f"Adószám: {s['tax']}  EU adószám: HU{s['tax'][:8]}  Munkalap: ML-26-4471", "DVM", 8)
        p.t(12, 24, "-" * 100, "DVM", 8)

    header(1)
    p.t(12, 30, f"Számlaszám.......: {num}", "DVM", 8)
    p.t(12, 34, f"Számla kelte.....: {iss}      Teljesítés: {ful}      Fiz. hat.: {due}", "DVM", 8)
    p.t(12, 40, f"Vevő.............: {FUV['name']} ({FUV['addr']})", "DVM", 8)
    p.t(12, 44, f"Vevő adószáma....: {FUV['tax']}    Vevőkód: 30017", "DVM", 8)
    p.t(12, 48, "Gépjármű.........: MAN TGX 18.440  Rsz.: RKT-416  Alvázszám: WMA06XZZ7KM812204  km: 612 480", "DVM", 8)
    p.t(12, 54, "Kód      Megnevezés                         Menny.  Me.    Egységár        Nettó  ÁFA", "DVMB", 8)
    y = 58
    for i, l in enumerate(d.lines):
        if i == 14:
            p.t(12, y + 4, "Folytatás a következő oldalon ...", "DVM", 8)
            p.page(); header(2)
            p.t(12, 30, f"Számlaszám: {num} (folytatás)", "DVM", 8)
            p.t(12, 36, "Kód      Megnevezés                         Menny.  Me.    Egységár        Nettó  ÁFA", "DVMB", 8)
            y = 40
        row = (f"{l['code']:<8} {l['desc'][:33]:<33} {qty_text(l['qty']):>7}  {l['unit']:<4} {afmt(l['price'], 'spc'):>11} "
               f"{afmt(l['net'], 'spc'):>12}  {rate_label(l['rate'])}")
        p.t(12, y, row, "DVM", 8); y += 4
    p.t(12, y, "-" * 100, "DVM", 8); y += 5
    p.t(12, y, f"{'Nettó összesen:':>60} {d.amount('net_total', net, 'spc'):>14} HUF", "DVM", 8); y += 4
    p.t(12, y, f"{'ÁFA 27%:':>60} {d.amount('vat_total', vat, 'spc'):>14} HUF", "DVM", 8); y += 4
    p.t(12, y, f"{'Bruttó végösszeg:':>60} {d.amount('gross_total', gross, 'spc'):>14} HUF", "DVMB", 8); y += 8
    p.t(12, y, "Garancia: alkatrészekre 12 hónap. Bankszámla: 10700086-67441129-51100005. Átvevő: ______________", "DVM", 8)
    return d, p.done()


# ====================================================================== h29 hygiene supplier: invalidating invoice to the foundation
@doc
def h29():
    d = Doc("h29_tisztitoszer_sztorno", "storno", "wholesale_storno")
    s = dict(name="Tisztaház Higiéniai Kft.", tax=taxno("2517092", 2, 13))
    d.add("Felülettisztító koncentrátum 5 l", -4, "kanna", 3890, 27)
    d.add("Papírtörlő tekercs (6 db)", -10, "csomag", 2450, 27)
    d.add("Folyékony szappan 5 l", -3, "kanna", 2780, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "TH-2026-3340")
    pre = d.show("preceding_invoice", "TH-2026-3317")
    iss = d.show("issue_date", "2026-12-01", "01.12.2026")
    ful = d.show("fulfilment_date", "2026-11-25", "25.11.2026")
    d.party("seller", s["name"], s["tax"])
    d.party("buyer", OVI["name"], OVI["tax"])
    p = Pen()
    p.t(15, 20, "Tisztaház", "DVB", 20); p.t(15, 26, f"{s['name']} · 2045 Törökbálint, Raktárváros út 1. · Adószám: {s['tax']}", "DV", 8)
    p.t(195, 40, "ÉRVÉNYTELENÍTŐ SZÁMLA", "DVB", 13, "r")
    p.t(195, 46, f"Bizonylatszám: {num}", "DV", 9, "r")
    p.t(195, 51, f"Az érvénytelenített számla: {pre}", "DV", 9, "r")
    p.t(15, 40, "Vevő", "DVB", 9)
    p.t(15, 45, OVI["name"], "DV", 9); p.t(15, 50, OVI["addr"], "DV", 9); p.t(15, 55, f"Adószám: {OVI['tax']}", "DV", 9)
    p.t(15, 64, f"Kiállítás kelte: {iss}     Teljesítés kelte: {ful}     Fizetési mód: átutalás", "DV", 8.5)
    y = 76
    p.line(15, y - 4, 195, y - 4)
    for x, h, a in ((15, "Termék", "l"), (110, "Mennyiség", "r"), (140, "Egységár", "r"), (165, "ÁFA", "r"), (195, "Nettó", "r")):
        p.t(x, y, h, "DVB", 8.5, a)
    y += 6
    for l in d.lines:
        p.t(15, y, l["desc"], "DV", 8.5); p.t(110, y, f"{qty_text(l['qty'])} {l['unit']}", "DV", 8.5, "r")
        p.t(140, y, afmt(l["price"], "de"), "DV", 8.5, "r"); p.t(165, y, "27%", "DV", 8.5, "r")
        p.t(195, y, afmt(l["net"], "de"), "DV", 8.5, "r"); y += 5.5
    p.line(15, y, 195, y); y += 7
    p.t(165, y, "Nettó:", "DV", 9, "r"); p.t(195, y, d.amount("net_total", net, "de") + " Ft", "DV", 9, "r"); y += 5
    p.t(165, y, "ÁFA:", "DV", 9, "r"); p.t(195, y, d.amount("vat_total", vat, "de") + " Ft", "DV", 9, "r"); y += 5
    p.t(165, y, "Összesen:", "DVB", 10, "r"); p.t(195, y, d.amount("gross_total", gross, "de") + " Ft", "DVB", 10, "r"); y += 10
    p.t(15, y, "Az eredeti számlát tévesen állítottuk ki (a megrendelés lemondásra került), ezért azt teljes összegben érvénytelenítjük.", "DV", 8)
    p.c.saveState(); p.c.setFillGray(0.85); p.c.setFont("DVB", 50)
    p.c.translate(105 * mm, 150 * mm); p.c.rotate(30); p.c.drawCentredString(0, 0, "STORNO"); p.c.restoreState()
    return d, p.done()

"""Reportlab layouts of set G: line-by-line drawing with DejaVu fonts."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .core import Doc, qty, rate_label, words

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for _name, _file in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
                     ("DVMB", "DejaVuSansMono-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"),
                     ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(_name, FONTDIR + _file))


class Writer:
    def __init__(self, size=A4, top=28, left=40, font="DV", fs=9, lead=None, footer=None):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle("Számla")
        self.size, self.top, self.left, self.font, self.fs = size, top, left, font, fs
        self.lead = lead or fs * 1.35
        self.page = 1
        self.footer = footer
        self.y = size[1] - top

    def row(self, *cells, font=None, fs=None, gap=0.0):
        """cells: (x, text, align) with x relative to left; align 'l' | 'r' | 'c'."""
        fs = fs or self.fs
        if self.y < 50:
            self.newpage()
        self.c.setFont(font or self.font, fs)
        for x, text, align in cells:
            xx = self.left + x
            if align == "r":
                self.c.drawRightString(xx, self.y, text)
            elif align == "c":
                self.c.drawCentredString(xx, self.y, text)
            else:
                self.c.drawString(xx, self.y, text)
        self.y -= (fs * 1.35 if fs != self.fs else self.lead) + gap

    def text(self, t, x=0, **kw):
        self.row((x, t, "l"), **kw)

    def rule(self, x0=0, x1=None, w=0.6):
        x1 = x1 if x1 is not None else self.size[0] - 2 * self.left
        self.c.setLineWidth(w)
        self.c.line(self.left + x0, self.y + self.fs * 0.9, self.left + x1, self.y + self.fs * 0.9)
        self.y -= 3

    def skip(self, n=1.0):
        self.y -= self.lead * n

    def _foot(self):
        if self.footer:
            self.c.setFont(self.font, 7)
            self.c.drawCentredString(self.size[0] / 2, 22, self.footer(self.page))

    def newpage(self):
        self._foot()
        self.c.showPage()
        self.page += 1
        self.y = self.size[1] - self.top

    def done(self) -> bytes:
        self._foot()
        self.c.save()
        return self.buf.getvalue()


def dos(d: Doc) -> bytes:
    """Old DOS-style print: monospace, dashes, fixed columns."""
    o = d.opts
    w = Writer(font="DVM", fs=8.2, left=36, top=40, footer=lambda p: f"- {p}. oldal -")
    W = 86
    line = "-" * W
    s, b = d.seller, d.buyer
    w.text(f"{s.name:<50}{'S Z A M L A' if d.kind == 'normal' else 'SZÁMLA':>36}"[:W], font="DVMB")
    w.text(f"{s.addr[0]:<50}{'Számla sorszáma: ' + d.number:>36}")
    w.text(f"{s.addr[1]:<50}{'Eredeti példány':>36}")
    w.text(f"Adószám: {s.tax}")
    w.text(f"Bankszámla: {o['bank']}")
    w.text(line)
    w.text("VEVŐ:")
    w.text(f"  {b.name}")
    for a in b.addr:
        w.text(f"  {a}")
    w.text(f"  Adószám: {b.tax}")
    w.text(line)
    w.text(f"Kelt: {d.d(d.issue):<16}Telj.: {d.d(d.fulf):<16}Fiz.hat.: {d.d(d.due):<14}Fiz.mód: {o.get('pay', 'átutalás')}")
    w.text(f"Szállítólevél: {o.get('sz', '-'):<20}Vevőkód: {o.get('vk', '-')}")
    w.text(line)
    w.text(f"{'Cikkszám':<10}{'Megnevezés':<28}{'Menny.':>8} {'ME':<4}{'Egységár':>10}{'Nettó':>12}{'ÁFA':>4}{'Bruttó':>9}"[:W])
    w.text(line)
    for i, ln in enumerate(d.lines):
        code = o.get("codes", [])[i] if i < len(o.get("codes", [])) else f"{1000 + i}"
        w.text(f"{code:<10}{ln.desc[:27]:<28}{qty(ln.qty):>8} {ln.unit:<4}{d.m(ln.price):>10}{d.m(d.lnet(ln)):>12}"
               f"{rate_label(ln.rate):>4}{d.m(d.lgross(ln)):>10}")
    w.text(line)
    for r, n, v, g in d.by_rate():
        w.text(f"{'ÁFA ' + rate_label(r):<38}Nettó:{d.m(n):>12}  ÁFA:{d.m(v):>10}  Br.:{d.m(g):>11}")
    w.text(line)
    w.text(f"{'Nettó összesen:':<30}{d.m(d.net):>16}")
    w.text(f"{'ÁFA összesen:':<30}{d.m(d.vat):>16}")
    w.text(f"{'FIZETENDŐ ÖSSZESEN:':<30}{d.m(d.gross):>16} Ft", font="DVMB")
    w.text(f"azaz {words(int(d.gross))} forint")
    w.skip()
    for n in o.get("notes", []):
        w.text(n)
    w.skip(2)
    w.text(f"{'':<50}{'.' * 28}")
    w.text(f"{'':<50}{'kiállító aláírása'}")
    return w.done()


def erp2(d: Doc) -> bytes:
    """Desktop ERP with cash payment and rounding line, serif labels on the left, values on the right column."""
    o = d.opts
    w = Writer(font="DVS", fs=9, left=42, top=40, footer=lambda p: f"{p}. oldal   –   Nyomtatva: Okos-Könyv v12.4 ügyviteli rendszer")
    s, b = d.seller, d.buyer
    w.row((0, s.name, "l"), (510, o.get("title", "Számla"), "r"), font="DVSB", fs=13)
    w.row((0, ", ".join(s.addr), "l"), (510, "Számla sorszáma: " + d.number, "r"))
    w.row((0, f"Adószám: {s.tax}   Cégjegyzékszám: {o['cg']}", "l"), (510, "1. példány", "r"))
    w.text(f"Tel.: {o['tel']}   Bankszámlaszám: {o['bank']}")
    w.rule()
    w.skip(0.5)
    w.row((0, "Vevő", "l"), (300, "Számla kelte:", "l"), (510, d.d(d.issue), "r"), font="DVSB")
    w.row((0, b.name, "l"), (300, "Teljesítés dátuma:", "l"), (510, d.d(d.fulf), "r"))
    w.row((0, b.addr[0], "l"), (300, "Fizetési határidő:", "l"), (510, d.d(d.due), "r"))
    w.row((0, f"Adószám: {b.tax}" if b.tax else "", "l"), (300, "Fizetési mód:", "l"), (510, o.get("pay", "készpénz"), "r"))
    w.skip()
    w.rule()
    heads = [(0, "Megnevezés", "l"), (235, "Menny.", "r"), (270, "ME", "l"), (340, "Egységár", "r"), (400, "Nettó", "r"),
             (435, "Áfa", "r"), (510, "Bruttó", "r")]
    w.row(*heads, font="DVSB", fs=8)
    w.rule()
    for ln in d.lines:
        w.row((0, ln.desc, "l"), (235, qty(ln.qty), "r"), (270, ln.unit, "l"), (340, d.m(ln.price), "r"),
              (400, d.m(d.lnet(ln)), "r"), (435, rate_label(ln.rate), "r"), (510, d.m(d.lgross(ln)), "r"), fs=8)
    w.rule()
    for r, n, v, g in d.by_rate():
        w.row((200, f"{rate_label(r)} áfakulcs összesen:", "l"), (400, d.m(n), "r"), (455, d.m(v), "r"), (510, d.m(g), "r"), fs=8)
    w.skip(0.5)
    w.row((260, "Nettó érték összesen:", "l"), (510, d.m(d.net) + " Ft", "r"))
    w.row((260, "Áfa összesen:", "l"), (510, d.m(d.vat) + " Ft", "r"))
    w.row((260, "Számla végösszege:", "l"), (510, d.m(d.gross) + " Ft", "r"), font="DVSB")
    rounded = int(round(int(d.gross) / 5.0) * 5)
    w.row((260, "Kerekítés:", "l"), (510, f"{rounded - int(d.gross):+d} Ft", "r"))
    w.row((260, "Fizetendő (kerekítve):", "l"), (510, d.m(type(d.gross)(rounded)) + " Ft", "r"), font="DVSB", fs=11)
    w.text(f"azaz {words(rounded)} forint", x=260, fs=8)
    w.skip()
    for n in o.get("notes", []):
        w.text(n, fs=8)
    return w.done()


def water(d: Doc) -> bytes:
    """Municipal water company bill: summary page then meter details page."""
    o = d.opts
    w = Writer(font="DV", fs=9, left=40, top=36, footer=lambda p: f"{d.number}  ·  {p}/2. oldal")
    s, b = d.seller, d.buyer
    w.text(s.name, font="DVB", fs=12)
    w.text(" · ".join(s.addr) + f" · Adószám: {s.tax}", fs=7.5)
    w.text(f"Ügyfélszolgálat: {o['tel']} · Bankszámla: {o['bank']}", fs=7.5)
    w.rule()
    w.text("VÍZ- ÉS CSATORNADÍJ SZÁMLA", font="DVB", fs=14)
    w.skip(0.3)
    w.row((0, "Felhasználó neve, címe:", "l"), (290, "Számlaszám:", "l"), (515, d.number, "r"))
    w.row((0, b.name, "l"), (290, "Számla kelte:", "l"), (515, d.d(d.issue), "r"), font="DVB")
    w.row((0, b.addr[0], "l"), (290, "Teljesítés időpontja:", "l"), (515, d.d(d.fulf), "r"))
    w.row((0, b.addr[1], "l"), (290, "Fizetési határidő:", "l"), (515, d.d(d.due), "r"))
    w.row((0, f"Adószám: {b.tax}", "l"), (290, "Felhasználási hely azonosító:", "l"), (515, o["fhely"], "r"))
    w.row((0, "", "l"), (290, "Elszámolt időszak:", "l"), (515, o["period"], "r"))
    w.skip()
    w.text("Számlaösszesítő", font="DVB", fs=10)
    w.rule()
    w.row((0, "Áfa mérték", "l"), (250, "Nettó", "r"), (380, "Áfa", "r"), (515, "Bruttó", "r"), font="DVB")
    for r, n, v, g in d.by_rate():
        w.row((0, rate_label(r), "l"), (250, d.m(n), "r"), (380, d.m(v), "r"), (515, d.m(g), "r"))
    w.rule()
    w.row((0, "Összesen", "l"), (250, d.m(d.net), "r"), (380, d.m(d.vat), "r"), (515, d.m(d.gross), "r"), font="DVB")
    w.skip()
    w.row((0, "FIZETENDŐ ÖSSZEG:", "l"), (515, d.m(d.gross) + " Ft", "r"), font="DVB", fs=13)
    w.skip()
    for n in o.get("notes", []):
        w.text(n, fs=8)
    w.newpage()
    w.text("Mérőállások és tételes elszámolás", font="DVB", fs=11)
    w.rule()
    for m in o.get("meters", []):
        w.text(m, fs=8.5)
    w.skip()
    w.row((0, "Tétel", "l"), (270, "Menny.", "r"), (300, "ME", "l"), (370, "Egységár", "r"), (430, "Nettó", "r"),
          (460, "Áfa", "r"), (515, "Áfa össz.", "r"), font="DVB", fs=8)
    for ln in d.lines:
        w.row((0, ln.desc, "l"), (270, qty(ln.qty), "r"), (300, ln.unit, "l"), (370, d.m(ln.price), "r"),
              (430, d.m(d.lnet(ln)), "r"), (460, rate_label(ln.rate), "r"), (515, d.m(d.lvat(ln)), "r"), fs=8)
    return w.done()


def receipt(d: Doc) -> bytes:
    """Narrow till-printed invoice (80 mm roll) from a fuel station."""
    o = d.opts
    height = 560 + 14 * len(d.lines)
    w = Writer(size=(226, height), font="DVM", fs=7, left=10, top=20)
    s, b = d.seller, d.buyer
    c = 103
    for t in [s.name, "1117 Budapest,", "Október huszonharmadika u. 18."] + [f"Adószám: {s.tax}", o["shop"]]:
        w.row((c, t, "c"))
    w.text("-" * 41)
    w.row((c, "SZÁMLA", "c"), font="DVMB", fs=10)
    w.text(f"Számlaszám: {d.number}")
    w.text(f"Kelt: {d.d(d.issue)}  {o['time']}")
    w.text(f"Teljesítés: {d.d(d.fulf)}")
    w.text("-" * 41)
    w.text("Vevő:")
    w.text(b.name[:41])
    for a in b.addr:
        w.text(a)
    w.text(f"Adószám: {b.tax}")
    w.text("-" * 41)
    for ln in d.lines:
        w.text(ln.desc[:41])
        w.row((0, f" {qty(ln.qty)} {ln.unit} x {d.m(ln.price)}", "l"), (206, f"{d.m(d.lgross(ln))} {'C' if ln.rate == 27 else 'B'}", "r"))
    w.text("-" * 41)
    for r, n, v, g in d.by_rate():
        w.row((0, f"{'C' if r == 27 else 'B'} {rate_label(r)} nettó", "l"), (206, d.m(n), "r"))
        w.row((0, f"{'C' if r == 27 else 'B'} {rate_label(r)} áfa", "l"), (206, d.m(v), "r"))
    w.row((0, "Nettó összesen", "l"), (206, d.m(d.net), "r"))
    w.row((0, "ÁFA összesen", "l"), (206, d.m(d.vat), "r"))
    w.row((0, "ÖSSZESEN", "l"), (206, d.m(d.gross) + " Ft", "r"), font="DVMB", fs=9)
    w.text("-" * 41)
    w.text(f"Bankkártya: {d.m(d.gross)} Ft")
    w.text(o["card"])
    w.text(o["fleet"])
    w.skip()
    w.row((c, "Köszönjük a vásárlást!", "c"))
    w.row((c, o["ap"], "c"))
    return w.done()


def german(d: Doc) -> bytes:
    """German supplier, DE/EN, intra-community supply."""
    o = d.opts
    w = Writer(font="DVC", fs=9, left=50, top=40, footer=lambda p: f"Seite {p} von 1 · {d.seller.name} · {o['reg']}")
    s, b = d.seller, d.buyer
    w.row((495, s.name, "r"), font="DVCB", fs=14)
    for a in s.addr:
        w.row((495, a, "r"), fs=8)
    w.row((495, f"USt-IdNr.: {s.vat}", "r"), fs=8)
    w.skip(2)
    w.text(f"{s.name} · {s.addr[0]} · {s.addr[1]}", fs=6.5)
    w.text(b.name, font="DVCB")
    for a in b.addr:
        w.text(a)
    w.text(f"USt-IdNr. Kunde / Customer VAT ID: {b.vat}")
    w.skip()
    w.text("Rechnung / Invoice", font="DVCB", fs=15)
    w.row((0, "Rechnungsnummer / Invoice no.:", "l"), (200, d.number, "l"), (330, "Kundennr.:", "l"), (495, o["kdnr"], "r"))
    w.row((0, "Rechnungsdatum / Invoice date:", "l"), (200, d.d(d.issue), "l"), (330, "Auftrag / Order:", "l"), (495, o["order"], "r"))
    w.row((0, "Lieferdatum / Delivery date:", "l"), (200, d.d(d.fulf), "l"), (330, "Lieferschein:", "l"), (495, o["ls"], "r"))
    w.row((0, "Fällig am / Due date:", "l"), (200, d.d(d.due), "l"))
    w.skip()
    w.row((0, "Pos.", "l"), (30, "Artikel / Description", "l"), (300, "Menge", "r"), (380, "Einzelpreis", "r"),
          (430, "USt.", "r"), (495, "Betrag EUR", "r"), font="DVCB")
    w.rule()
    for i, ln in enumerate(d.lines):
        w.row((0, str(10 * (i + 1)), "l"), (30, ln.desc, "l"), (300, f"{qty(ln.qty)} {ln.unit}", "r"),
              (380, d.m(ln.price), "r"), (430, rate_label(ln.rate), "r"), (495, d.m(d.lnet(ln)), "r"))
    w.rule()
    w.row((300, "Nettobetrag / Net amount", "l"), (495, d.m(d.net), "r"))
    w.row((300, "USt. 0 % / VAT 0 %", "l"), (495, d.m(d.vat), "r"))
    w.row((300, "Gesamtbetrag / Total EUR", "l"), (495, d.m(d.gross), "r"), font="DVCB")
    w.skip()
    for n in o.get("notes", []):
        w.text(n, fs=8)
    w.skip()
    w.text(o["bank"], fs=8)
    return w.done()


RENDERERS = {"dos": dos, "erp2": erp2, "water": water, "receipt": receipt, "german": german}

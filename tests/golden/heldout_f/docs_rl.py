"""Set F documents drawn with reportlab on a canvas (absolute positioning, no HTML)."""

from __future__ import annotations

from datetime import date as dt

from .core import D, Doc, Party, dfmt, fmt, hu_vat, q, taxno

FONTS = {"R": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "S": "DejaVuSerif.ttf", "SB": "DejaVuSerif-Bold.ttf",
         "M": "DejaVuSansMono.ttf", "C": "DejaVuSansCondensed.ttf", "CB": "DejaVuSansCondensed-Bold.ttf"}


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for k, f in FONTS.items():
        name = f"F{k}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/dejavu/{f}"))


class Pen:
    """A canvas that remembers which strings the self-check must find."""

    def __init__(self, doc: Doc, path, landscape: bool = False):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as ls
        from reportlab.pdfgen import canvas

        _register()
        self.doc = doc
        self.size = ls(A4) if landscape else A4
        self.c = canvas.Canvas(str(path), pagesize=self.size, invariant=1)
        self.c.setTitle(doc.stem)

    def t(self, x, y, s, f="R", size=9, rec=False, align="l"):
        if rec:
            self.doc.printed.append(s)
        self.c.setFont(f"F{f}", size)
        {"l": self.c.drawString, "r": self.c.drawRightString, "c": self.c.drawCentredString}[align](x, y, s)

    def box(self, x, y, w, h, fill=None, lw=0.6):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
            self.c.rect(x, y, w, h, fill=1, stroke=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x, y, w, h)

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.c.setLineWidth(lw)
        self.c.line(x1, y1, x2, y2)

    def party(self, x, y, title, p, tax_label="Adószám:", vat_label="Közösségi adószám:", size=9, f="R", width=240):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.t(x, y, title, "B", size - 1.5)
        self.doc.printed.append(p.name)
        words, rows = p.name.split(), [""]
        for w in words:  # a long name wraps onto a second line, as a narrow party box does
            trial = (rows[-1] + " " + w).strip()
            if rows[-1] and stringWidth(trial, "FB", size + 1) > width:
                rows.append(w)
            else:
                rows[-1] = trial
        for row in rows:
            y -= 12
            self.t(x, y, row, "B", size + 1)
        self.t(x, y - 12, p.address, f, size - 0.5)
        yy = y - 24
        if p.tax:
            self.t(x, yy, f"{tax_label} {p.tax}", f, size - 0.5)
            self.doc.printed.append(p.tax)
            yy -= 11
        if p.vat:
            self.t(x, yy, f"{vat_label} {p.vat}", f, size - 0.5)
            self.doc.printed.append(p.vat)
            yy -= 11
        return yy

    def lines(self, x0, y, cols, lines, amt, size=8, f="C", head_fill=0.85):
        """cols: list of (key, header, width, align)."""
        x = x0
        total_w = sum(c[2] for c in cols)
        self.box(x0, y - 3, total_w, 13, fill=head_fill, lw=0.3)
        for key, head, w, al in cols:
            self.t(x + (w - 3 if al == "r" else 2), y, head, "B" if f != "M" else "M", size - 0.5, align=al)
            x += w
        y -= 14
        for i, ln in enumerate(lines, 1):
            x = x0
            for key, head, w, al in cols:
                v = {"no": str(i), "desc": ln.desc, "qty": amt(ln.qty, True), "unit": ln.unit, "price": amt(ln.price),
                     "net": amt(ln.net), "rate": ln.rate_label, "vat": amt(ln.vat), "gross": amt(ln.gross)}[key]
                self.t(x + (w - 3 if al == "r" else 2), y, v, f, size, align=al)
                x += w
            y -= 12
        self.line(x0, y + 8, x0 + total_w, y + 8)
        return y

    def save(self):
        self.c.showPage()
        self.c.save()


def f08() -> Doc:
    d = Doc("f08_sk_reverse", "slovak_supplier_rl", currency="EUR")
    d.number = "FV2026/01184"
    d.issue, d.fulfil, d.due = dt(2026, 11, 11), dt(2026, 11, 5), dt(2026, 11, 25)
    d.seller = Party("Podunajské Strojárne s.r.o.", "Priemyselná 9, 929 01 Dunajská Streda, Slovensko", None, "SK2021845573")
    bt = taxno(802, 2, 8)
    d.buyer = Party("Szigetközi Agrotechnika Kft.", "9200 Mosonmagyaróvár, Gabona rakpart 6.", bt, hu_vat(bt))
    d.add("Servis traktora / traktor szerviz - práca / munkadíj", 16, "hod", "52.00", "0% PDP")
    d.add("Náhradné diely / alkatrészek (hydraulika)", 1, "súbor", "684.30", "0% PDP")
    d.add("Doprava / kiszállás 2 x 74 km", 148, "km", "0.65", "0% PDP")
    d.totals()
    a = lambda x, qty=False: fmt(x, "dot", 0 if qty and x == int(x) else 2)

    def draw(path):
        p = Pen(d, path)
        W, H = p.size
        p.t(40, H - 50, "FAKTÚRA - DAŇOVÝ DOKLAD", "SB", 16)
        p.t(40, H - 66, "Számla / Invoice", "S", 10)
        p.t(W - 40, H - 50, "Číslo faktúry / Számlaszám:", "S", 8, align="r")
        p.t(W - 40, H - 64, d.number, "SB", 13, rec=True, align="r")
        p.line(40, H - 76, W - 40, H - 76, 1.2)
        p.party(40, H - 96, "Dodávateľ / Szállító", d.seller, vat_label="IČ DPH:", f="S")
        p.t(40, H - 144, "IČO: 36 221 458 · Zapísaná v OR OS Trnava, odd. Sro, vl. č. 11803/T", "S", 7)
        p.box(W / 2, H - 160, W / 2 - 40, 78)
        p.party(W / 2 + 8, H - 96, "Odberateľ / Vevő", d.buyer, tax_label="Adószám:", vat_label="IČ DPH / EU VAT:", f="S")
        rows = [("Dátum vystavenia / Kelt", dfmt(d.issue, "de")), ("Dátum dodania / Teljesítés", dfmt(d.fulfil, "de")),
                ("Dátum splatnosti / Fizetési határidő", dfmt(d.due, "de")), ("Forma úhrady", "prevodom / átutalás"),
                ("Objednávka / Rendelés", "SZA-2026-118")]
        y = H - 190
        for k, v in rows:
            p.t(40, y, k, "S", 8)
            p.t(230, y, v, "SB", 9, rec=v[0].isdigit())
            y -= 13
        y = p.lines(40, y - 14, [("no", "P.č.", 25, "l"), ("desc", "Popis / Megnevezés", 245, "l"), ("qty", "Mn.", 40, "r"),
                                 ("unit", "MJ", 40, "l"), ("price", "Cena/MJ", 60, "r"), ("rate", "DPH", 50, "r"),
                                 ("net", "Spolu EUR", 55, "r")], d.lines, a, f="S")
        y -= 14
        for lab, val, bold in [("Základ dane / Nettó:", d.net, False), ("DPH / ÁFA 0 %:", d.vat, False), ("Celkom k úhrade / Fizetendő:", d.gross, True)]:
            p.t(300, y, lab, "SB" if bold else "S", 9)
            p.t(W - 45, y, f"{a(val)} EUR", "SB" if bold else "S", 10 if bold else 9, align="r")
            d.printed.append(a(val))
            y -= 14
        p.t(40, y - 14, "Prenesenie daňovej povinnosti - § 69 ods. 3 zákona o DPH / čl. 196 smernice 2006/112/ES.", "S", 8)
        p.t(40, y - 26, "Fordított adózás: az adót a magyar vevő fizeti meg.", "S", 8)
        p.t(40, 60, "Tatra banka, a.s. · IBAN SK31 1100 0000 0029 4412 8811 · SWIFT TATRSKBX · strana 1/1", "S", 7)
        p.save()

    d.draw = draw
    return d


def f11() -> Doc:
    d = Doc("f11_saas_elofizetes", "saas_subscription_rl")
    d.number = "SAAS-2026-110045"
    d.issue, d.fulfil, d.due = dt(2026, 11, 1), dt(2026, 11, 30), dt(2026, 11, 9)
    st = taxno(1101, 2, 42)
    d.seller = Party("Felhőkönyv Szoftverfejlesztő Zrt.", "1037 Budapest, Montevideo u. 3/B.", st, hu_vat(st))
    bt = taxno(1102, 2, 16)
    d.buyer = Party("Jászsági Hűtőtechnikai és Klímaszerelő Kft.", "5100 Jászberény, Ipartelep u. 4.", bt, hu_vat(bt))
    d.add("Felhőkönyv Business - 25 user, 2026-11 / subscription", 25, "user", "4900", 27)
    d.add("API add-on (100k calls)", 1, "pcs", "19900", 27)
    d.add("Extra storage 500 GB", 2, "pcs", "3500", 27)
    d.add("Loyalty discount -10% on users", 1, "pcs", "-12250", 27)
    d.totals()
    a = lambda x, qty=False: str(x) if qty else fmt(x, "sp", 2) + " Ft"

    def draw(path):
        p = Pen(d, path)
        W, H = p.size
        p.box(0, H - 90, W, 90, fill=0.92, lw=0)
        p.t(40, H - 45, "felhőkönyv", "B", 22)
        p.t(W - 40, H - 40, "INVOICE · SZÁMLA", "B", 14, align="r")
        p.t(W - 40, H - 58, f"Invoice number / Számlaszám: {d.number}", "R", 9, align="r")
        d.printed.append(d.number)
        rx = W - 210
        y = H - 120
        for k, v in [("Date of issue / Kelt", dfmt(d.issue, "iso")), ("Service period / Időszak", "2026-11-01 - 2026-11-30"),
                     ("Delivery date / Teljesítés", dfmt(d.fulfil, "iso")), ("Due date / Fizetési határidő", dfmt(d.due, "iso")),
                     ("Payment / Fizetés", "card / bankkártya"), ("Subscription ID", "SUB-00A71F-HU")]:
            p.t(rx, y, k, "R", 7)
            p.t(rx, y - 10, v, "B", 9, rec=v[:4] == "2026" and len(v) == 10)
            y -= 25
        y2 = p.party(40, H - 120, "Billed to / Vevő", d.buyer, "Tax ID / Adószám:", "EU VAT / Közösségi adószám:")
        p.party(40, y2 - 20, "From / Eladó", d.seller, "Tax ID / Adószám:", "EU VAT / Közösségi adószám:")
        y = p.lines(40, H - 300, [("desc", "Item / Tétel", 210, "l"), ("qty", "Qty", 35, "r"), ("price", "Unit price", 75, "r"),
                                  ("rate", "VAT", 35, "r"), ("net", "Net / Nettó", 80, "r"), ("gross", "Gross / Bruttó", 80, "r")], d.lines, a, f="R", size=8)
        y -= 16
        for lab, v in [("Subtotal (net) / Nettó összesen", d.net), ("VAT 27% / ÁFA 27%", d.vat), ("Total / Végösszeg", d.gross)]:
            p.t(300, y, lab, "B" if "Total" in lab else "R", 9)
            p.t(W - 40, y, a(v), "B" if "Total" in lab else "R", 9, align="r", rec=True)
            y -= 14
        p.t(40, y - 16, "Paid by card on 2026-11-01 (Visa ••4412). Nothing further to pay. / Bankkártyával kiegyenlítve.", "R", 8)
        p.box(W - 110, 60, 70, 70)
        p.t(W - 75, 92, "QR", "R", 8, align="c")
        p.t(40, 40, "Felhőkönyv Szoftverfejlesztő Zrt. · Cg. 01-10-140771 · support@felhokonyv.example · Page 1 of 1", "R", 7)
        p.save()

    d.draw = draw
    return d


def f18() -> Doc:
    d = Doc("f18_biztositasi_alkusz", "insurance_broker_rl")
    d.number = "ALK-26/0734"
    d.issue, d.fulfil, d.due = dt(2026, 11, 24), dt(2026, 11, 24), dt(2026, 12, 4)
    st = taxno(1801, 2, 14)
    d.seller = Party("Somogyi Biztosítási Alkusz és Tanácsadó Kft.", "7400 Kaposvár, Fő utca 33.", st)
    bt = taxno(1802, 2, 14)
    d.buyer = Party("Dél-Dunántúli Hűtőház és Gyümölcsfeldolgozó Kft.", "7400 Kaposvár, Raktár u. 19.", bt)
    d.add("Kockázatfelmérés és biztosítási program tanácsadás 2027", 1, "db", "420000", 27)
    d.add("Kárügyintézési szolgáltatás (K-2026-118)", 6, "óra", "18000", 27)
    d.add("Közvetítői díj - vagyonbiztosítás", 1, "db", "95000", "TAM")
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 0)

    def draw(path):
        p = Pen(d, path)
        W, H = p.size
        p.t(W / 2, H - 50, "S Z Á M L A", "SB", 20, align="c")
        p.t(W / 2, H - 66, "Eredeti példány", "S", 8, align="c")
        p.box(40, H - 200, (W - 80) / 2, 120)
        p.box(40 + (W - 80) / 2, H - 200, (W - 80) / 2, 120)
        p.party(48, H - 96, "Szállító:", d.seller, f="S", width=(W - 80) / 2 - 20)
        p.t(48, H - 166, "MNB nyilvántartási szám: 205011223", "S", 8)
        p.t(48, H - 178, "Bankszámla: 10700165-67891234-51100005", "S", 8)
        p.party(48 + (W - 80) / 2, H - 96, "Vevő:", d.buyer, f="S", width=(W - 80) / 2 - 20)
        heads = ["Fizetési mód", "Teljesítés kelte", "Számla kelte", "Fizetési határidő", "Számla sorszáma"]
        vals = ["Átutalás", dfmt(d.fulfil, "dotsp"), dfmt(d.issue, "dotsp"), dfmt(d.due, "dotsp"), d.number]
        cw = (W - 80) / 5
        for i, (h, v) in enumerate(zip(heads, vals)):
            p.box(40 + i * cw, H - 236, cw, 32)
            p.t(44 + i * cw, H - 214, h, "S", 7)
            p.t(44 + i * cw, H - 229, v, "SB", 9, rec=i > 0)
        y = p.lines(40, H - 262, [("no", "Ssz.", 25, "l"), ("desc", "Megnevezés", 215, "l"), ("qty", "Menny.", 35, "r"), ("unit", "Me.", 30, "l"),
                                  ("price", "Egységár", 50, "r"), ("net", "Nettó", 50, "r"), ("rate", "ÁFA", 30, "r"), ("vat", "ÁFA", 40, "r"),
                                  ("gross", "Bruttó", 40, "r")], d.lines, a, f="S", size=7.5)
        y -= 10
        p.t(40, y, "TAM = tárgyi adómentes, Áfa tv. 86. § (1) a) pont (biztosítási szolgáltatás közvetítése).", "S", 7)
        y -= 24
        for lab, v in [("Nettó érték összesen:", d.net), ("ÁFA összesen:", d.vat), ("Bruttó végösszeg:", d.gross)]:
            p.t(330, y, lab, "SB", 10)
            p.t(W - 45, y, a(v) + " Ft", "SB", 10, align="r")
            d.printed.append(a(v))
            y -= 15
        p.t(40, 80, "..................................", "S", 9)
        p.t(40, 68, "kiállító", "S", 8)
        p.t(W / 2, 30, "1. oldal / 1", "S", 7, align="c")
        p.save()

    d.draw = draw
    return d


def f25() -> Doc:
    d = Doc("f25_cz_supplier", "czech_supplier_rl_landscape", currency="EUR")
    d.number = "2026110187"
    d.issue, d.fulfil, d.due = dt(2026, 11, 13), dt(2026, 11, 13), dt(2026, 11, 27)
    d.seller = Party("Moravské Plasty a.s.", "Tovární 1120/4, 602 00 Brno, Česká republika", None, "CZ26844512")
    bt = taxno(2502, 2, 13)
    d.buyer = Party("Pest Megyei Műanyagfeldolgozó és Fröccsöntő Kft.", "2040 Budaörs, Gyár utca 2.", bt, hu_vat(bt))
    for i, (n, qy, pr) in enumerate([("Granulát PP H350 (25 kg)", 40, "41.20"), ("Granulát ABS natur (25 kg)", 24, "58.90"),
                                     ("Masterbatch černá / fekete", 8, "36.50"), ("Paleta EUR vratná / visszaváltható raklap", 3, "12.00")]):
        d.add(n, qy, "ks" if i == 3 else "pytel", pr, "0% RC")
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 0 if qty else 2)

    def draw(path):
        p = Pen(d, path, landscape=True)
        W, H = p.size
        p.t(40, H - 45, "FAKTURA - DAŇOVÝ DOKLAD / INVOICE / SZÁMLA", "CB", 15)
        p.t(W - 40, H - 45, f"č. / No. {d.number}", "CB", 13, align="r")
        d.printed.append(d.number)
        p.line(40, H - 55, W - 40, H - 55, 1.5)
        col = (W - 80) / 3
        p.party(40, H - 75, "Dodavatel / Supplier / Szállító", d.seller, vat_label="DIČ / VAT:", f="C")
        p.t(40, H - 123, "IČO: 26844512 · Krajský soud v Brně, B 4412", "C", 7.5)
        p.party(40 + col, H - 75, "Odběratel / Customer / Vevő", d.buyer, "Adószám / Tax no.:", "DIČ / EU VAT:", f="C", width=col - 20)
        y = H - 75
        for k, v in [("Datum vystavení / Issued / Kelt", dfmt(d.issue, "de")), ("DUZP / Date of supply / Teljesítés", dfmt(d.fulfil, "de")),
                     ("Splatnost / Due / Határidő", dfmt(d.due, "de")), ("Objednávka / PO", "PMM-44120"), ("Dodací list / Delivery note", "DL-26-8812")]:
            p.t(40 + 2 * col, y, k, "C", 7.5)
            p.t(W - 40, y, v, "CB", 9, align="r", rec=v[:2].isdigit() and "." in v)
            y -= 14
        y = p.lines(40, H - 170, [("no", "#", 25, "l"), ("desc", "Označení / Description / Megnevezés", 320, "l"), ("qty", "Množství", 60, "r"),
                                  ("unit", "MJ", 45, "l"), ("price", "Cena/MJ EUR", 80, "r"), ("rate", "DPH", 60, "r"), ("net", "Celkem EUR", 90, "r"),
                                  ("gross", "Total EUR", 80, "r")], d.lines, a, f="C", size=8.5, head_fill=0.8)
        y -= 20
        for lab, v in [("Základ / Net / Nettó", d.net), ("DPH / VAT / ÁFA", d.vat), ("Celkem k úhradě / Total / Fizetendő", d.gross)]:
            p.t(W - 300, y, lab, "CB", 10)
            p.t(W - 45, y, f"{a(v)} EUR", "CB", 10, align="r")
            d.printed.append(a(v))
            y -= 15
        p.t(40, y + 30, "Daň odvede zákazník - reverse charge, čl. 138 směrnice 2006/112/ES.", "C", 8.5)
        p.t(40, y + 18, "Közösségen belüli értékesítés, az ÁFA-t a vevő fizeti meg (fordított adózás).", "C", 8.5)
        p.t(40, 40, "Komerční banka · IBAN CZ65 0100 0000 1942 2881 0217 · BIC KOMBCZPP · Strana 1/1", "C", 7.5)
        p.save()

    d.draw = draw
    return d


def f29() -> Doc:
    d = Doc("f29_storno_eur", "storno_eur_parentheses_rl", kind="storno", currency="EUR")
    d.number = "EUR-SZT-2026/0019"
    d.preceding = "EUR-2026/0344"
    d.issue, d.fulfil, d.due = dt(2026, 11, 28), dt(2026, 11, 2), dt(2026, 11, 28)
    st = taxno(2901, 2, 8)
    d.seller = Party("Mosoni Rendezvénytechnika Kft.", "9200 Mosonmagyaróvár, Lucsony u. 25.", st, hu_vat(st))
    bt = taxno(2902, 2, 41)
    d.buyer = Party("Danube Events Budapest Kft.", "1051 Budapest, Október 6. u. 7.", bt, hu_vat(bt))
    d.add("LED fal bérlet 3 nap / LED wall rental", -3, "nap", "620.00", 27)
    d.add("Technikus díj / technician", -24, "óra", "38.50", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "en", 0 if qty else 2, neg="()")

    def draw(path):
        p = Pen(d, path)
        W, H = p.size
        p.t(40, H - 50, "SZTORNÓ SZÁMLA", "M", 18)
        p.t(40, H - 64, "az eredeti számlát érvényteleníti", "M", 8)
        p.box(W - 230, H - 120, 190, 80)
        for i, (k, v) in enumerate([("Sorszám:", d.number), ("Eredeti szla:", d.preceding), ("Kelt:", dfmt(d.issue, "en_short")),
                                    ("Teljesítés:", dfmt(d.fulfil, "en_short")), ("Határidő:", dfmt(d.due, "en_short"))]):
            p.t(W - 224, H - 54 - i * 13, k, "M", 8)
            p.t(W - 46, H - 54 - i * 13, v, "M", 8, align="r", rec=True)
        p.party(40, H - 150, "ELADÓ", d.seller, f="M", size=8.5)
        p.party(W / 2, H - 150, "VEVŐ", d.buyer, f="M", size=8.5)
        y = p.lines(40, H - 230, [("no", "#", 20, "l"), ("desc", "Megnevezés", 200, "l"), ("qty", "Menny", 40, "r"), ("unit", "Me", 35, "l"),
                                  ("price", "Egységár", 60, "r"), ("net", "Nettó", 65, "r"), ("rate", "ÁFA", 35, "r"), ("gross", "Bruttó", 60, "r")],
                    d.lines, a, f="M", size=7.5)
        y -= 20
        for lab, v in [("Nettó (EUR):", d.net), ("ÁFA 27% (EUR):", d.vat), ("Bruttó (EUR):", d.gross)]:
            p.t(320, y, lab, "M", 9)
            p.t(W - 45, y, a(v), "M", 9, align="r", rec=True)
            y -= 13
        p.t(320, y - 4, f"ÁFA forintban: {fmt(q(d.vat * D('391.80')), 'en', 0, neg='()')} HUF @ 391.80", "M", 8)
        p.t(40, 50, "MÁSOLAT · IBAN HU55 1040 1010 5052 6789 8888 0007 · Cg. 08-09-027711 · 1/1", "M", 7)
        p.save()

    d.draw = draw
    return d

# ruff: noqa: RUF059
"""Set H documents printed by Chromium from HTML, one function per document."""

from __future__ import annotations

from decimal import Decimal as D

from tests.golden.heldout_h.engine import Doc, afmt, page_html, qty_text, rate_label, taxno, vatno, words
from tests.golden.heldout_h.parties import AUT, CSG, FOG, FUV, HOT, KONY, OVI, PEK, VIR, WEB

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]


def rows(d: Doc, cols, lines=None) -> str:
    out = []
    for ln in (d.lines if lines is None else lines):
        out.append("<tr>" + "".join(f"<td class='{c}'>{f(ln)}</td>" for _, c, f in cols) + "</tr>")
    return "".join(out)


def head(cols) -> str:
    return "<tr>" + "".join(f"<th class='{c}'>{h}</th>" for h, c, _ in cols) + "</tr>"


# ====================================================================== h01 cash-and-carry, many lines, 3 pages
@doc
def h01():
    d = Doc("h01_nagyker_cc", "normal", "cashcarry")
    seller = dict(name="Metrópia Nagykereskedelmi Zrt.", tax=taxno("1093857", 4, 44))
    items = [("BL55 finomliszt 25 kg", 12, "zsák", 6890, 18), ("Kristálycukor 5 kg", 8, "zsák", 2150, 18),
             ("Sütőmargarin 2,5 kg", 10, "db", 3420, 27), ("Élesztő friss 500 g", 24, "db", 390, 18),
             ("Tojás M 180 db/karton", 6, "karton", 9720, 5), ("Tej 2,8% 1 l", 40, "db", 329, 5),
             ("Vaj 82% 10 kg", 2, "karton", 41500, 18), ("Mák őrölt 1 kg", 5, "csomag", 2790, 18),
             ("Dió bél 1 kg", 4, "csomag", 5690, 18), ("Porcukor 1 kg", 10, "csomag", 540, 18),
             ("Vaníliás cukor 1 kg", 3, "csomag", 1890, 18), ("Kakaópor 1 kg", 4, "csomag", 3150, 18),
             ("Sütőpapír 40x60 500 lap", 2, "doboz", 7650, 27), ("Tortadoboz 26 cm", 50, "db", 168, 27),
             ("Szalvéta 33x33 500 db", 4, "csomag", 1290, 27), ("Mosogatószer 5 l", 2, "kanna", 2490, 27),
             ("Kézfertőtlenítő 1 l", 6, "db", 1590, 27), ("Túró 2 kg", 6, "vödör", 3180, 18),
             ("Tejföl 20% 1 kg", 8, "vödör", 1480, 18), ("Napraforgóolaj 10 l", 3, "kanna", 7990, 27),
             ("Szezámmag 1 kg", 3, "csomag", 1650, 18), ("Lekvár sárgabarack 3 kg", 4, "vödör", 4290, 18),
             ("Mazsola 1 kg", 3, "csomag", 2390, 18), ("Fahéj őrölt 500 g", 2, "csomag", 2860, 18),
             ("Zsemlemorzsa 5 kg", 2, "zsák", 2740, 18), ("Rozsliszt 10 kg", 3, "zsák", 4120, 18),
             ("Teljes kiőrlésű liszt 10 kg", 3, "zsák", 3960, 18), ("Só 25 kg", 1, "zsák", 3690, 27),
             ("Gumikesztyű M 100 db", 4, "doboz", 2190, 27), ("Hűtőtasak", 20, "db", 95, 27),
             ("Citrom", 3, "kg", 990, 27), ("Alma Jonagold", 10, "kg", 420, 27),
             ("Csokoládé étbevonó 2,5 kg", 2, "db", 11890, 18), ("Kókuszreszelék 1 kg", 2, "csomag", 2290, 18),
             ("Kenyérzsák papír 1000 db", 1, "karton", 8950, 27), ("Szemeteszsák 120 l", 5, "tekercs", 890, 27)]
    for i, (desc, qty, unit, price, rate) in enumerate(items):
        d.add(desc, qty, unit, price, rate, code=f"{5900000 + i * 137:07d}")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "MNZ-2026/0418772")
    iss = d.date("issue_date", "2026-12-02", "dot")
    ful = d.date("fulfilment_date", "2026-12-02", "dot")
    due = d.date("due_date", "2026-12-02", "dot")
    d.party("seller", seller["name"], seller["tax"], vatno(seller["tax"]))
    d.party("buyer", PEK["name"], PEK["tax"])
    cols = [("Cikkszám", "", lambda l: l["code"]), ("Megnevezés", "", lambda l: l["desc"]),
            ("Menny.", "r", lambda l: qty_text(l["qty"])), ("Me.", "", lambda l: l["unit"]),
            ("Nettó egységár", "r", lambda l: afmt(l["price"], "sp00")),
            ("ÁFA", "c", lambda l: rate_label(l["rate"])), ("Nettó érték", "r", lambda l: afmt(l["net"], "sp00")),
            ("Bruttó érték", "r", lambda l: afmt(l["net"] + d.line_vat(l), "sp00"))]
    pages = chunks(d.lines, 15)
    hdr = f"""<div class='top'><div><b style='font-size:15pt'>METRÓPIA</b> cash &amp; carry<br>{seller['name']}<br>
      1239 Budapest, Ócsai út 250.<br>Adószám: {d.printed['seller.tax_number']} &nbsp; Közösségi adószám: {d.printed['seller.vat_number']}<br>
      Cégjegyzékszám: 01-10-049921</div>
      <div class='r'><b style='font-size:13pt'>SZÁMLA</b><br>Számlaszám: {num}<br>Áruház: 12 Kecskemét<br>Pénztár: 07 / Bizonylat 5531</div></div>
      <table class='kv'><tr><td>Vevő:</td><td><b>{PEK['name']}</b>, {PEK['addr']}</td><td>Vevőkártya:</td><td>4412 0093 7781</td></tr>
      <tr><td>Vevő adószáma:</td><td>{PEK['tax']}</td><td>Fizetési mód:</td><td>bankkártya</td></tr>
      <tr><td>Számla kelte:</td><td>{iss}</td><td>Teljesítés:</td><td>{ful}</td></tr>
      <tr><td>Fizetési határidő:</td><td>{due}</td><td>Pénznem:</td><td>HUF</td></tr></table>"""
    body = ""
    for i, chunk in enumerate(pages):
        body += f"<div class='page'>{hdr if i == 0 else f'<div>Számlaszám: {num} (folytatás)</div>'}"
        body += f"<table class='it'>{head(cols)}{rows(d, cols, chunk)}</table>"
        if i == len(pages) - 1:
            summ = "".join(f"<tr><td>{rate_label(r)}</td><td class='r'>{afmt(n, 'sp00')}</td><td class='r'>{afmt(v, 'sp00')}</td>"
                           f"<td class='r'>{afmt(n + v, 'sp00')}</td></tr>" for r, n, v in d.groups())
            body += f"""<table class='sum'><tr><th>ÁFA kulcs</th><th>Nettó</th><th>ÁFA</th><th>Bruttó</th></tr>{summ}
              <tr class='tot'><td>Összesen</td><td class='r'>{d.amount('net_total', net, 'sp00')}</td>
              <td class='r'>{d.amount('vat_total', vat, 'sp00')}</td><td class='r'>{d.amount('gross_total', gross, 'sp00')}</td></tr></table>
              <p class='big'>Fizetendő összesen: {afmt(gross, 'sp00')} HUF</p>
              <p>Tételek száma: {len(d.lines)} &nbsp; Bankkártya: **** **** **** 4471 &nbsp; Engedélyszám: 882301</p>"""
        body += f"<div class='pg'>{i + 1}/{len(pages)}. oldal</div></div>"
    css = """body{font-family:'DejaVu Sans Condensed';font-size:8pt}.top{display:flex;justify-content:space-between;border-bottom:2px solid #c00;padding-bottom:4px}
      .kv td{padding:1px 6px}.it{width:100%;margin-top:6px}.it th{background:#c00;color:#fff;font-size:7.5pt;padding:2px}
      .it td{border-bottom:1px solid #ddd;padding:2px}.sum{margin:8px 0 0 auto}.sum td,.sum th{padding:2px 8px;border:1px solid #999}
      .tot{font-weight:bold}.big{font-size:11pt;font-weight:bold;text-align:right}.pg{position:absolute;top:0;right:0;font-size:7pt}"""
    return d, page_html(css, body, margin="10mm")


# ====================================================================== h02 electricity bill, 2 pages
@doc
def h02():
    d = Doc("h02_aram_szolg", "normal", "utility")
    s = dict(name="Délalföldi Energiaszolgáltató Zrt.", tax=taxno("1270946", 2, 6))
    d.add("Villamos energia díja – A1 általános, 2026.11.01–2026.11.30.", D("1842"), "kWh", D("48.31"), 27)
    d.add("Rendszerhasználati díj – elosztási", D("1842"), "kWh", D("14.62"), 27)
    d.add("Alapdíj (teljesítménydíj) 3x32 A", 1, "hó", 10780, 27)
    d.add("Pénzeszköz-átadási (KÁT/METÁR) díj", D("1842"), "kWh", D("3.05"), 27)
    d.add("Energiaadó", D("1.842"), "MWh", 310, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "ED6-2611-00873415")
    iss = d.date("issue_date", "2026-12-04", "long")
    ful = d.date("fulfilment_date", "2026-11-30", "long")
    due = d.date("due_date", "2026-12-19", "long")
    d.party("seller", s["name"], s["tax"])
    d.party("buyer", PEK["name"], PEK["tax"])
    af = "sp"
    tab = "".join(f"<tr><td>{l['desc']}</td><td class='r'>{qty_text(l['qty'])} {l['unit']}</td><td class='r'>{afmt(l['price'], 'spc')}</td>"
                  f"<td class='r'>{afmt(l['net'], af)} Ft</td><td class='c'>{rate_label(l['rate'])}</td></tr>" for l in d.lines)
    body = f"""<div class='page'>
      <div class='logo'>DÉLALFÖLDI<span>energia</span></div>
      <div class='addr'>{PEK['name']}<br>Szolnoki út 41.<br>6000 Kecskemét</div>
      <div class='meta'><table>
        <tr><td>Számla sorszáma</td><td>{num}</td></tr><tr><td>Számla kelte</td><td>{iss}</td></tr>
        <tr><td>Elszámolt időszak</td><td>2026. november 1. – 2026. november 30.</td></tr>
        <tr><td>Teljesítés időpontja</td><td>{ful}</td></tr><tr><td>Fizetési határidő</td><td>{due}</td></tr>
        <tr><td>Felhasználási hely azonosító (POD)</td><td>HU000120-11-S00000000000000049177</td></tr>
        <tr><td>Szerződésszám / Ügyfélazonosító</td><td>3300918274 / 20004411</td></tr></table></div>
      <h1>Villamosenergia-számla</h1>
      <div class='box'>Fizetendő összeg<br><b>{afmt(gross, af)} Ft</b><br><small>Fizetési határidő: {due}</small></div>
      <p>Tisztelt Ügyfelünk! A számla összegét csoportos beszedési megbízással egyenlítjük ki, kérjük, ne utalja át.</p>
      <p>Ügyfélszolgálat: +36 62 555 1000 · Hibabejelentés: 06 80 411 411 · www.delalfoldi-energia.hu</p>
      <div class='foot'>1. oldal / 2</div></div>
      <div class='page'><h2>Számlarészletező</h2>
      <table class='two'><tr><td><b>Szolgáltató</b><br>{s['name']}<br>6724 Szeged, Pulz utca 44.<br>Adószám: {s['tax']}<br>
        Bankszámla: 10400113-50526987-54531003</td>
        <td><b>Vevő (fizető)</b><br>{PEK['name']}<br>{PEK['addr']}<br>Adószám: {PEK['tax']}</td></tr></table>
      <p>Mérő gyári száma: 81144297 &nbsp; Előző leolvasás: 40 118 kWh (2026.10.31.) &nbsp; Aktuális: 41 960 kWh (2026.11.30.)</p>
      <table class='it'><tr><th>Tétel</th><th>Mennyiség</th><th>Egységár (Ft)</th><th>Nettó</th><th>ÁFA</th></tr>{tab}</table>
      <table class='sum'><tr><td>Nettó összesen</td><td class='r'>{d.amount('net_total', net, af)} Ft</td></tr>
        <tr><td>ÁFA 27%</td><td class='r'>{d.amount('vat_total', vat, af)} Ft</td></tr>
        <tr><td><b>Bruttó számlaérték</b></td><td class='r'><b>{d.amount('gross_total', gross, af)} Ft</b></td></tr></table>
      <p>Számlaszám: {num}</p><div class='foot'>2. oldal / 2</div></div>"""
    css = """body{font-family:'DejaVu Serif';font-size:9pt}.logo{font:bold 20pt 'DejaVu Sans';color:#0a5}.logo span{color:#888;font-weight:normal}
      .addr{position:absolute;top:38mm;left:8mm;font-size:10pt}.meta{margin-left:95mm;margin-top:2mm}.meta td{padding:1px 5px;font-size:8pt}
      h1{margin-top:40mm;font-size:14pt}.box{border:2px solid #0a5;padding:8px;width:70mm;font-size:11pt}
      .foot{position:absolute;top:255mm;right:0;font-size:7pt}.two td{vertical-align:top;width:90mm;padding:4px}
      .it{width:100%}.it td,.it th{border:1px solid #bbb;padding:3px}.sum{margin:6px 0 0 auto}.sum td{padding:2px 8px}"""
    return d, page_html(css, body)


# ====================================================================== h03 telecom bill, 2 pages
@doc
def h03():
    d = Doc("h03_telekom", "normal", "telecom")
    s = dict(name="Kapocs Telekommunikációs Zrt.", tax=taxno("1377420", 2, 44))
    d.add("Üzleti Flotta 20 GB előfizetés (5 hívószám)", 5, "hó", 7480, 27)
    d.add("Üzleti Net 1000 optikai internet", 1, "hó", 12990, 27)
    d.add("Fix IP-cím", 1, "hó", 2500, 27)
    d.add("Belföldi percdíj a kereten felül", 212, "perc", D("19.5"), 27)
    d.add("Roaming adatforgalom (EU)", 3, "GB", 890, 27)
    d.add("Készülékrészlet – 9/24. részlet", 1, "db", 8661, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "K-2612-4471093")
    iss = d.date("issue_date", "2026-12-01", "spaced")
    ful = d.date("fulfilment_date", "2026-11-30", "spaced")
    due = d.date("due_date", "2026-12-15", "spaced")
    d.party("seller", s["name"], s["tax"], vatno(s["tax"]))
    d.party("buyer", WEB["name"], WEB["tax"], WEB["vat"])
    tab = "".join(f"<tr><td>{l['desc']}</td><td class='r'>{qty_text(l['qty'])} {l['unit']}</td><td class='r'>{afmt(l['net'], 'dot')} Ft</td>"
                  f"<td class='r'>{afmt(d.line_vat(l), 'dot')} Ft</td><td class='r'>{afmt(l['net'] + d.line_vat(l), 'dot')} Ft</td></tr>"
                  for l in d.lines)
    body = f"""<div class='page'><div class='band'>kapocs<span>.business</span></div>
      <table class='lay'><tr><td style='width:55%'><div class='lbl'>Számlafizető</div><b>{WEB['name']}</b><br>{WEB['addr']}<br>
        Adószám: {WEB['tax']}<br>EU adószám: {WEB['vat']}</td>
      <td><div class='lbl'>Számla adatai</div>Sorszám: <b>{num}</b><br>Kiállítás dátuma: {iss}<br>Teljesítés dátuma: {ful}<br>
        Fizetési határidő: {due}<br>Ügyfélszám: 1.84402.771<br>Számlázási időszak: 2026. 11. 01. – 2026. 11. 30.</td></tr></table>
      <div class='tot'><div>Fizetendő<br><b>{afmt(gross, 'dot')} Ft</b></div><div>Befizetési azonosító<br><b>4471093 2612</b></div></div>
      <p>Havidíjak, forgalmi díjak és egyéb tételek részletesen a 2. oldalon.</p>
      <p class='small'>{s['name']} · 1097 Budapest, Könyves Kálmán krt. 36. · Adószám: {s['tax']} · Közösségi adószám: {vatno(s['tax'])}
       · Cg. 01-10-041928 · Bankszámla: 11794008-20556712-00000000</p><div class='pn'>1/2</div></div>
      <div class='page'><div class='band'>Részletező – {num}</div>
      <table class='it'><tr><th>Szolgáltatás</th><th>Mennyiség</th><th>Nettó</th><th>ÁFA (27%)</th><th>Bruttó</th></tr>{tab}
      <tr class='b'><td>Összesen</td><td></td><td class='r'>{d.amount('net_total', net, 'dot')} Ft</td>
        <td class='r'>{d.amount('vat_total', vat, 'dot')} Ft</td><td class='r'>{d.amount('gross_total', gross, 'dot')} Ft</td></tr></table>
      <p>Hívásrészletező a kapocs.hu ügyfélkapuban érhető el. Hívószámok: +36 30 412 7781, +36 30 412 7782, +36 30 412 7783,
       +36 30 412 7784, +36 30 412 7785.</p><div class='pn'>2/2</div></div>"""
    css = """body{font-family:'DejaVu Sans';font-size:9pt}.band{background:#5a2ca0;color:#fff;padding:8px;font:bold 16pt 'DejaVu Sans'}
      .band span{font-weight:normal}.lay{width:100%;margin-top:8mm}.lay td{vertical-align:top}.lbl{color:#5a2ca0;font-weight:bold;border-bottom:1px solid #5a2ca0}
      .tot{display:flex;gap:10mm;margin:10mm 0}.tot div{border:1px solid #5a2ca0;padding:6px 12px;font-size:11pt}
      .small{font-size:7pt;color:#444;margin-top:80mm}.pn{position:absolute;top:255mm;right:0}
      .it{width:100%;margin-top:6mm}.it th{border-bottom:2px solid #5a2ca0;text-align:left}.it td{padding:3px;border-bottom:1px dotted #999}.b td{font-weight:bold}"""
    return d, page_html(css, body)


# ====================================================================== h04 fuel card statement-invoice, 2 pages
@doc
def h04():
    d = Doc("h04_uzemanyagkartya", "normal", "fuelcard")
    s = dict(name="Útjel Flottakártya Kft.", tax=taxno("2310588", 2, 41))
    stations = ["Szolnok, Thököly út", "Cegléd, M4 pihenő", "Budapest XXI., Szentmiklósi út", "Kecskemét, Izsáki út",
                "Abony, 4. sz. főút", "Törökszentmiklós, Almásy út", "Gyöngyös, M3 76 km"]
    plates = ["RKT-415", "RKT-416", "AAKD-220"]
    days = [2, 3, 4, 6, 9, 10, 11, 13, 16, 17, 18, 20, 23, 24, 25, 27, 28, 30]
    for i, day in enumerate(days):
        litres = D(180 + (i * 37) % 260) + D(i % 7) / 10
        price = D("541.73") if day < 15 else D("536.22")
        d.add(f"Gázolaj (diesel) – {stations[i % 7]}", litres, "l", price, 27, day=f"2026.11.{day:02d}.", plate=plates[i % 3],
              card=f"7081 23** **** {4410 + i % 3}")
    d.add("AdBlue", 40, "l", D("299.21"), 27, day="2026.11.12.", plate="RKT-415", card="7081 23** **** 4410")
    d.add("Kártyadíj", 3, "db", 990, 27, day="2026.11.30.", plate="–", card="–")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "UF26/118-004172")
    iss = d.date("issue_date", "2026-12-01", "iso")
    ful = d.date("fulfilment_date", "2026-11-30", "iso")
    due = d.date("due_date", "2026-12-16", "iso")
    d.party("seller", s["name"], s["tax"], vatno(s["tax"]))
    d.party("buyer", FUV["name"], FUV["tax"])
    cols = [("Dátum", "", lambda l: l["day"]), ("Kártya", "", lambda l: l["card"]), ("Rendszám", "", lambda l: l["plate"]),
            ("Termék / kút", "", lambda l: l["desc"]), ("Menny.", "r", lambda l: qty_text(l["qty"])),
            ("Nettó egységár", "r", lambda l: afmt(l["price"], "spc")), ("Nettó", "r", lambda l: afmt(l["net"], "sp")),
            ("ÁFA", "r", lambda l: afmt(d.line_vat(l), "sp"))]
    pages = chunks(d.lines, 12)
    body = ""
    for i, ch in enumerate(pages):
        body += "<div class='page'>"
        if i == 0:
            body += f"""<table class='hd'><tr><td><b class='lg'>ÚTJEL</b> flotta<br>{s['name']}<br>8000 Székesfehérvár, Berényi út 72.<br>
              Adószám: {s['tax']} | EU: {vatno(s['tax'])}</td><td class='r'><b>GYŰJTŐSZÁMLA / KIVONAT</b><br>
              Számla száma: {num}<br>Kiállítva: {iss}<br>Teljesítés dátuma: {ful}<br>Esedékesség: {due}</td></tr></table>
              <p>Partner: <b>{FUV['name']}</b> – {FUV['addr']} – Adószám: {FUV['tax']} – Szerződés: FL-2024-0311 – Partnerkód: 100-4471</p>
              <p>Elszámolási időszak: 2026-11-01 – 2026-11-30</p>"""
        else:
            body += f"<p>{num} – folytatás</p>"
        body += f"<table class='it'>{head(cols)}{rows(d, cols, ch)}</table>"
        if i == len(pages) - 1:
            body += f"""<table class='sum'><tr><td>Nettó érték összesen:</td><td class='r'>{d.amount('net_total', net, 'sp')} HUF</td></tr>
              <tr><td>ÁFA 27% összesen:</td><td class='r'>{d.amount('vat_total', vat, 'sp')} HUF</td></tr>
              <tr><td><b>Bruttó végösszeg:</b></td><td class='r'><b>{d.amount('gross_total', gross, 'sp')} HUF</b></td></tr></table>
              <p>Az összeget a szerződés szerint {due} napon beszedjük a 11600006-00000000-77412290 számláról.</p>"""
        body += f"<div class='pn'>Oldal {i + 1} / {len(pages)}</div></div>"
    css = """body{font-family:'DejaVu Sans Mono';font-size:7.5pt}.lg{font-size:14pt;color:#e60}.hd{width:100%}.hd td{vertical-align:top}
      .it{width:100%}.it th{border-bottom:1px solid #000;text-align:left}.it td{padding:1px 3px}.sum{margin:6px 0 0 auto;font-size:9pt}
      .pn{position:absolute;top:262mm;left:0}"""
    return d, page_html(css, body, margin="10mm")


def std_cols(d: Doc, af: str, labels=("Megnevezés", "Mennyiség", "Egység", "Nettó egységár", "Nettó ár", "ÁFA %", "ÁFA", "Bruttó ár"),
             vat_cols=True):
    cols = [(labels[0], "", lambda l: l["desc"]), (labels[1], "r", lambda l: qty_text(l["qty"])),
            (labels[2], "", lambda l: l["unit"]), (labels[3], "r", lambda l: afmt(l["price"], af)),
            (labels[4], "r", lambda l: afmt(l["net"], af)), (labels[5], "c", lambda l: rate_label(l["rate"]))]
    if vat_cols:
        cols += [(labels[6], "r", lambda l: afmt(d.line_vat(l), af)),
                 (labels[7], "r", lambda l: afmt(l["net"] + d.line_vat(l), af))]
    return cols


def vat_table(d: Doc, af: str, suffix: str = "", labels=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), total="Összesen") -> str:
    net, vat, gross = d.totals()
    body = "".join(f"<tr><td>{rate_label(r)}</td><td class='r'>{afmt(n, af)}{suffix}</td><td class='r'>{afmt(v, af)}{suffix}</td>"
                   f"<td class='r'>{afmt(n + v, af)}{suffix}</td></tr>" for r, n, v in d.groups())
    return (f"<table class='vt'><tr>{''.join(f'<th>{x}</th>' for x in labels)}</tr>{body}"
            f"<tr class='tot'><td>{total}</td><td class='r'>{d.amount('net_total', net, af)}{suffix}</td>"
            f"<td class='r'>{d.amount('vat_total', vat, af)}{suffix}</td><td class='r'>{d.amount('gross_total', gross, af)}{suffix}</td></tr></table>")


# ====================================================================== h06 dental practice to a patient, TAM
@doc
def h06():
    d = Doc("h06_fogorvos_tam", "normal", "wordtemplate")
    d.add("Fogkő-eltávolítás, polírozás (teljes szájüreg)", 1, "alkalom", 18000, "TAM")
    d.add("Kompozit tömés, 2 felszínű (26-os fog)", 1, "db", 32000, "TAM")
    d.add("Intraorális röntgenfelvétel", 2, "db", 4500, "TAM")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "SF-2026-0388")
    iss = d.date("issue_date", "2026-12-03", "long")
    ful = d.date("fulfilment_date", "2026-12-03", "long")
    due = d.date("due_date", "2026-12-03", "long")
    d.party("seller", FOG["name"], FOG["tax"])
    d.party("buyer", "Varga Ildikó")
    body = f"""<div class='lh'><div class='nm'>{FOG['name']}</div>Fogorvosi magánrendelő · {FOG['addr']}<br>
      Adószám: {FOG['tax']} · Működési engedély: PE/EUO/01277-3/2024 · Tel.: +36 23 555 410<br>
      Számlaszám (bank): OTP 11742094-20418830-00000000</div>
      <h1>SZÁMLA</h1><p class='c'>Sorszám: <b>{num}</b></p>
      <table class='pt'><tr><td><u>Vevő neve, címe:</u><br>Varga Ildikó<br>2030 Érd, Diósdi út 87.</td>
      <td><u>Páciens azonosító:</u> 2024/1183<br>TAJ: 047 118 522 (nem kötelező adat)</td></tr></table>
      <p>Kelt: Érd, {iss} &nbsp;&nbsp; Teljesítés kelte: {ful} &nbsp;&nbsp; Fizetési határidő: {due} &nbsp;&nbsp; Fizetés módja: készpénz</p>
      <table class='it'>{head(std_cols(d, 'dot', vat_cols=False))}{rows(d, std_cols(d, 'dot', vat_cols=False))}</table>
      <table class='sm'><tr><td>Nettó összesen:</td><td class='r'>{d.amount('net_total', net, 'dot')} Ft</td></tr>
      <tr><td>ÁFA:</td><td class='r'>{d.amount('vat_total', vat, 'dot')} Ft</td></tr>
      <tr><td><b>Fizetendő:</b></td><td class='r'><b>{d.amount('gross_total', gross, 'dot')} Ft</b></td></tr></table>
      <p>azaz {words(int(gross))} forint</p>
      <p><i>Tárgyi adómentes (TAM): az Áfa tv. 85. § (1) bekezdés c) pontja alapján – humán-egészségügyi ellátás.</i></p>
      <p style='margin-top:20mm'>........................................<br>kiállító aláírása</p><p class='small'>Eredeti példány</p>"""
    css = """body{font-family:'DejaVu Serif';font-size:10.5pt}.lh{border-bottom:3px double #000;text-align:center;font-size:8.5pt}
      .nm{font-size:16pt;font-weight:bold}h1{text-align:center;letter-spacing:6px;margin-bottom:0}.pt{width:100%;margin:6mm 0}.pt td{vertical-align:top}
      .it{width:100%}.it td,.it th{border:1px solid #000;padding:3px;font-size:9pt}.sm{margin:4mm 0 0 auto}.small{font-size:8pt}"""
    return d, page_html(css, body, margin="20mm")


# ====================================================================== h07 dental wholesaler to the practice
@doc
def h07():
    d = Doc("h07_dental_nagyker", "normal", "onlineinvoicer")
    s = dict(name="Dentaplusz Kereskedelmi Kft.", tax=taxno("1455203", 2, 13))
    d.add("Nitril vizsgálókesztyű M (100 db)", 10, "doboz", 2390, 27)
    d.add("Kompozit tömőanyag A2, 4 g", 6, "fecskendő", 8950, 27)
    d.add("Érzéstelenítő patron 1,7 ml (50 db)", 2, "doboz", 21400, 5)
    d.add("Nyálszívó egyszer használatos (100 db)", 5, "csomag", 1290, 27)
    d.add("Szállítási díj", 1, "alkalom", 1990, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "DP-2026-11872")
    iss = d.date("issue_date", "2026-11-27", "dot")
    ful = d.date("fulfilment_date", "2026-11-26", "dot")
    due = d.date("due_date", "2026-12-12", "dot")
    d.party("seller", s["name"], s["tax"])
    d.party("buyer", FOG["name"], FOG["tax"])
    body = f"""<div class='top'><div><div class='tt'>Számla</div><div class='sub'>Számlaszám: {num}</div></div>
      <div class='dates'><div><span>Számla kelte</span><br>{iss}</div><div><span>Teljesítés dátuma</span><br>{ful}</div>
      <div><span>Fizetési határidő</span><br>{due}</div><div><span>Fizetési mód</span><br>Átutalás</div></div></div>
      <div class='parties'><div><span class='h'>Eladó</span><br><b>{s['name']}</b><br>1118 Budapest, Rétköz utca 7.<br>Adószám: {s['tax']}<br>
        Bankszámlaszám: 12010611-01529344-00100006<br>IBAN: HU47 1201 0611 0152 9344 0010 0006</div>
      <div><span class='h'>Vevő</span><br><b>{FOG['name']}</b><br>{FOG['addr']}<br>Adószám: {FOG['tax']}<br>Vevőkód: D-00418</div></div>
      <p>Rendelésszám: WEB-778120 &nbsp; Szállítólevél: SZL-26-09331</p>
      <table class='it'>{head(std_cols(d, 'sp'))}{rows(d, std_cols(d, 'sp'))}</table>
      {vat_table(d, 'sp', ' Ft', labels=('ÁFA mérték', 'Nettó érték', 'ÁFA érték', 'Bruttó érték'), total='Összesen:')}
      <div class='pay'>Fizetendő: {afmt(gross, 'sp')} Ft</div>
      <p class='ft'>A számla a számlázó program online számla adatszolgáltatásával készült. Oldal: 1/1</p>"""
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt;color:#222}.top{display:flex;justify-content:space-between}
      .tt{font-size:22pt;font-weight:bold;color:#1c6dd0}.sub{font-size:10pt}.dates{display:flex;gap:5mm}.dates span,.h{color:#888;font-size:7pt;text-transform:uppercase}
      .parties{display:flex;gap:10mm;margin:8mm 0;}.parties div{flex:1;background:#f3f6fa;padding:3mm}
      .it{width:100%}.it th{background:#1c6dd0;color:#fff;padding:3px}.it td{padding:3px;border-bottom:1px solid #e0e0e0}
      .vt{margin:5mm 0 0 auto}.vt td,.vt th{padding:2px 6px}.tot td{font-weight:bold;border-top:1px solid #000}
      .pay{text-align:right;font-size:14pt;font-weight:bold;color:#1c6dd0;margin-top:4mm}.ft{color:#888;font-size:7pt;margin-top:20mm}"""
    return d, page_html(css, body)


# ====================================================================== h09 construction, reverse charge
@doc
def h09():
    d = Doc("h09_epito_forditott", "normal", "desktopsuite")
    s = dict(name="Bauwerk Felújító Kft.", tax=taxno("2588301", 2, 19))
    d.add("Fürdőszobák burkolatbontása (3 vendégszoba)", 24, "m2", 4800, "FAD")
    d.add("Falburkolás csempével, anyaggal", 62, "m2", 14500, "FAD")
    d.add("Padlóburkolás, fagyálló lap", 18, "m2", 16200, "FAD")
    d.add("Zuhanytálca beépítése, szerelvényezés", 3, "db", 68000, "FAD")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "BW/2026/00214")
    iss = d.date("issue_date", "2026-12-04", "spaced")
    ful = d.date("fulfilment_date", "2026-11-30", "spaced")
    due = d.date("due_date", "2026-12-19", "spaced")
    d.party("seller", s["name"], s["tax"], vatno(s["tax"]))
    d.party("buyer", HOT["name"], HOT["tax"], HOT["vat"])
    cols = std_cols(d, "sp00", vat_cols=False)
    body = f"""<table class='frame'><tr><td colspan='2' class='ttl'>SZÁMLA &nbsp;&nbsp; <small>Sorszám:</small> {num}</td></tr>
      <tr><td><div class='lab'>Szállító</div>{s['name']}<br>8200 Veszprém, Házgyári út 16.<br>Adószám: {s['tax']}<br>Közösségi adószám: {vatno(s['tax'])}
        <br>Bank: K&amp;H 10403239-49524856-51491009</td>
      <td><div class='lab'>Vevő</div>{HOT['name']}<br>{HOT['addr']}<br>Adószám: {HOT['tax']}<br>Közösségi adószám: {HOT['vat']}</td></tr>
      <tr><td colspan='2'><table class='dt'><tr><th>Fizetési mód</th><th>Teljesítés kelte</th><th>Számla kelte</th><th>Fizetési határidő</th></tr>
        <tr><td>átutalás</td><td>{ful}</td><td>{iss}</td><td>{due}</td></tr></table></td></tr>
      <tr><td colspan='2'>Vállalkozási szerződés: VSZ-2026/031 – Munkaterület: {HOT['addr']} (építési engedély nem köteles munka)</td></tr></table>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      <table class='sm'><tr><td>Nettó érték:</td><td class='r'>{d.amount('net_total', net, 'sp00')} Ft</td></tr>
      <tr><td>ÁFA összeg:</td><td class='r'>{d.amount('vat_total', vat, 'sp00')} Ft</td></tr>
      <tr><td>Számla végösszege:</td><td class='r'><b>{d.amount('gross_total', gross, 'sp00')} Ft</b></td></tr></table>
      <p class='note'>Fordított adózás – az Áfa tv. 142. § (1) bekezdés b) pontja alapján az adót a termék beszerzője, szolgáltatás igénybevevője fizeti.</p>
      <p class='ft'>Készült: KönyvMester 2026 számlázó modul – 1. oldal, összesen 1 oldal</p>"""
    css = """body{font-family:'DejaVu Sans';font-size:9pt}.frame{width:100%;border:1px solid #000}.frame td{border:1px solid #000;padding:4px;vertical-align:top}
      .ttl{font-size:14pt;font-weight:bold;text-align:center}.lab{font-weight:bold;font-style:italic;border-bottom:1px solid #000;margin-bottom:2px}
      .dt{width:100%}.dt td,.dt th{border:none !important;text-align:center}.it{width:100%;margin-top:4mm}.it th{border-top:1px solid #000;border-bottom:1px solid #000}
      .it td{padding:3px}.sm{margin:4mm 0 0 auto;border-top:2px solid #000}.note{border:1px solid #000;padding:4px;font-weight:bold}.ft{font-size:7pt}"""
    return d, page_html(css, body)


# ====================================================================== h10 family farm: intra-EU supply, EUR
@doc
def h10():
    d = Doc("h10_eu_ertekesites_eur", "normal", "bilingual_export", currency="EUR")
    buyer = dict(name="Mühlviertler Getreidehandel GmbH", vat="ATU63841207")
    d.add("Napraforgómag (olajipari) / Sonnenblumenkerne", D("24.36"), "t", D("438.50"), "EU")
    d.add("Fuvarozás Tiszaug–Freistadt / Fracht", 1, "Fuhre", D("1180.00"), "EU")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "FCG-2026-0051")
    iss = d.date("issue_date", "2026-12-02", "eu")
    ful = d.date("fulfilment_date", "2026-11-28", "eu")
    due = d.date("due_date", "2026-12-17", "eu")
    d.party("seller", CSG["name"], CSG["tax"], CSG["vat"])
    d.party("buyer", buyer["name"], None, buyer["vat"])
    cols = [("Megnevezés / Bezeichnung", "", lambda l: l["desc"]), ("Menny. / Menge", "r", lambda l: qty_text(l["qty"])),
            ("Me. / Einh.", "", lambda l: l["unit"]), ("Egységár / Preis (EUR)", "r", lambda l: afmt(l["price"], "de")),
            ("Nettó / Netto (EUR)", "r", lambda l: afmt(l["net"], "de")), ("ÁFA / MwSt", "c", lambda l: "0% EU")]
    body = f"""<h1>SZÁMLA / RECHNUNG</h1><p>Számlaszám / Rechnungsnummer: <b>{num}</b></p>
      <table class='g'><tr><td><i>Eladó / Verkäufer</i><br><b>{CSG['name']}</b><br>{CSG['addr']}, Magyarország<br>
        Adószám / Steuernummer: {CSG['tax']}<br>Közösségi adószám / USt-IdNr.: {CSG['vat']}<br>IBAN: HU93 1174 2094 2044 1123 0000 0000 · BIC: OTPVHUHB</td>
      <td><i>Vevő / Käufer</i><br><b>{buyer['name']}</b><br>Linzer Straße 14<br>4240 Freistadt, Österreich<br>USt-IdNr.: {buyer['vat']}</td></tr></table>
      <table class='g'><tr><td>Kelt / Rechnungsdatum: {iss}</td><td>Teljesítés / Lieferdatum: {ful}</td><td>Esedékes / Fällig: {due}</td></tr>
      <tr><td>Pénznem / Währung: EUR</td><td>Fizetés / Zahlung: átutalás / Überweisung</td><td>CMR: 0087421, 0087422</td></tr></table>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      <table class='sm'><tr><td>Nettó összesen / Netto gesamt:</td><td class='r'>{d.amount('net_total', net, 'de')} €</td></tr>
      <tr><td>ÁFA / MwSt 0%:</td><td class='r'>{d.amount('vat_total', vat, 'de')} €</td></tr>
      <tr><td><b>Fizetendő / Gesamtbetrag:</b></td><td class='r'><b>{d.amount('gross_total', gross, 'de')} €</b></td></tr></table>
      <p class='n'>Adómentes Közösségen belüli termékértékesítés – Áfa tv. 89. § / Steuerfreie innergemeinschaftliche Lieferung – Art. 138 MwStSystRL.</p>
      <p>Tájékoztató árfolyam: 1 EUR = 388,42 HUF (MNB, 2026.11.28.)</p>"""
    css = """body{font-family:'DejaVu Sans Condensed';font-size:9pt}h1{font-size:15pt;border-bottom:1px solid #063}
      .g{width:100%;margin:3mm 0}.g td{vertical-align:top;padding:3px;border:1px solid #aaa}.it{width:100%}.it th{background:#dfe;padding:3px}
      .it td{padding:3px;border-bottom:1px solid #ccc}.sm{margin:4mm 0 0 auto}.n{font-style:italic;margin-top:6mm}"""
    return d, page_html(css, body)


# ====================================================================== h11 Austrian software vendor, EUR, reverse charge
@doc
def h11():
    d = Doc("h11_eu_szoftver_eur", "normal", "foreign_eu", currency="EUR")
    s = dict(name="Lumencloud Software GmbH", vat="ATU71950468")
    d.add("Lumencloud Team plan – 12 seats, Dec 2026", 12, "seat", D("24.90"), "EU")
    d.add("Additional storage 500 GB", 1, "unit", D("39.00"), "EU")
    d.add("Priority support add-on", 1, "month", D("75.00"), "EU")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "LC-INV-2026-118843")
    iss = d.date("issue_date", "2026-12-01", "eu")
    ful = d.date("fulfilment_date", "2026-12-01", "eu")
    due = d.date("due_date", "2026-12-15", "eu")
    d.party("seller", s["name"], None, s["vat"])
    d.party("buyer", WEB["name"], None, WEB["vat"])
    cols = [("Description", "", lambda l: l["desc"]), ("Qty", "r", lambda l: qty_text(l["qty"], False)),
            ("Unit price", "r", lambda l: "EUR " + afmt(l["price"], "en")), ("VAT", "c", lambda l: "0%"),
            ("Amount", "r", lambda l: "EUR " + afmt(l["net"], "en"))]
    body = f"""<div class='hd'><div class='lg'>lumencloud</div><div class='r'>{s['name']}<br>Mariahilfer Straße 88/4<br>1070 Wien, Austria<br>
      VAT ID: {s['vat']}<br>FN 512733 k, Handelsgericht Wien</div></div>
      <h1>Invoice</h1>
      <table class='meta'><tr><td>Invoice number</td><td>{num}</td></tr><tr><td>Invoice date</td><td>{iss}</td></tr>
      <tr><td>Service date</td><td>{ful}</td></tr><tr><td>Due date</td><td>{due}</td></tr><tr><td>Customer ID</td><td>CUS-00918</td></tr></table>
      <div class='bill'><b>Bill to</b><br>{WEB['name']}<br>Teréz körút 19.<br>1066 Budapest<br>Hungary<br>VAT ID: {WEB['vat']}</div>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      <table class='sm'><tr><td>Subtotal</td><td class='r'>EUR {d.amount('net_total', net, 'en')}</td></tr>
      <tr><td>VAT 0%</td><td class='r'>EUR {d.amount('vat_total', vat, 'en')}</td></tr>
      <tr><td><b>Total due</b></td><td class='r'><b>EUR {d.amount('gross_total', gross, 'en')}</b></td></tr></table>
      <p>Reverse charge – VAT to be accounted for by the recipient (Art. 196 Council Directive 2006/112/EC).</p>
      <p class='bank'>Paid by card ending 4409 · Bank: Erste Bank · IBAN AT41 2011 1822 5730 0617 · BIC GIBAATWWXXX</p>"""
    css = """body{font-family:'DejaVu Sans';font-size:9pt;color:#333}.hd{display:flex;justify-content:space-between}.lg{font-size:20pt;color:#f60;font-weight:bold}
      h1{font-weight:normal;font-size:24pt}.meta td{padding:2px 10px 2px 0}.bill{margin:6mm 0}.it{width:100%}.it th{text-align:left;border-bottom:2px solid #333}
      .it td{padding:4px 2px;border-bottom:1px solid #ddd}.sm{margin:5mm 0 0 auto}.sm td{padding:2px 8px}.bank{font-size:7.5pt;margin-top:25mm}"""
    return d, page_html(css, body, size="Letter")


# ====================================================================== h12 bilingual HU/EN supplier invoice, HUF
@doc
def h12():
    d = Doc("h12_textil_ketnyelvu", "normal", "bilingual")
    s = dict(name="Textilház Hotel Supply Kft.", tax=taxno("2644179", 2, 13))
    d.add("Ágynemű garnitúra 140x200 / Bed linen set", 20, "szett/set", 11900, 27)
    d.add("Fürdőlepedő 70x140 / Bath towel", 40, "db/pcs", 3450, 27)
    d.add("Kéztörlő 50x100 / Hand towel", 40, "db/pcs", 1890, 27)
    d.add("Hímzés logóval / Logo embroidery", 80, "db/pcs", 420, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "THS 2026/1471")
    iss = d.date("issue_date", "2026-12-01", "short")
    ful = d.date("fulfilment_date", "2026-11-30", "short")
    due = d.date("due_date", "2026-12-31", "short")
    d.party("seller", s["name"], s["tax"], vatno(s["tax"]))
    d.party("buyer", HOT["name"], HOT["tax"])
    cols = std_cols(d, "dot", labels=("Megnevezés<br><i>Description</i>", "Menny.<br><i>Qty</i>", "Egység<br><i>Unit</i>",
                                      "Egységár<br><i>Unit price</i>", "Nettó<br><i>Net</i>", "ÁFA<br><i>VAT</i>",
                                      "ÁFA összeg<br><i>VAT amount</i>", "Bruttó<br><i>Gross</i>"))
    body = f"""<table class='hd'><tr><td class='lg'>TEXTILHÁZ<br><small>hotel supply</small></td>
      <td class='r'><span class='t'>SZÁMLA <i>INVOICE</i></span><br>Számlaszám <i>Invoice No.</i>: <b>{num}</b></td></tr></table>
      <table class='pp'><tr><td><div class='h'>Szállító <i>Supplier</i></div>{s['name']}<br>2310 Szigetszentmiklós, Gyári út 9.<br>
        Adószám <i>Tax No.</i>: {s['tax']}<br>EU adószám <i>EU VAT No.</i>: {vatno(s['tax'])}<br>Cégjegyzékszám <i>Reg. No.</i>: 13-09-188204</td>
      <td><div class='h'>Vevő <i>Customer</i></div>{HOT['name']}<br>{HOT['addr']}<br>Adószám <i>Tax No.</i>: {HOT['tax']}</td>
      <td><div class='h'>Szállítási cím <i>Delivery address</i></div>Hársfa Panzió – raktár<br>8230 Balatonfüred, Arács utca 2.</td></tr></table>
      <table class='dd'><tr><th>Kelte <i>Date of issue</i></th><th>Teljesítés <i>Date of supply</i></th><th>Fizetési határidő <i>Due date</i></th>
        <th>Fizetés módja <i>Payment</i></th><th>Rendelés <i>Order</i></th></tr>
        <tr><td>{iss}</td><td>{ful}</td><td>{due}</td><td>Átutalás / Transfer</td><td>PO-HP-0931</td></tr></table>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      {vat_table(d, 'dot', ' Ft', labels=('ÁFA <i>VAT</i>', 'Nettó <i>Net</i>', 'ÁFA <i>VAT</i>', 'Bruttó <i>Gross</i>'), total='Összesen <i>Total</i>')}
      <p class='pay'>Fizetendő <i>Amount due</i>: {afmt(gross, 'dot')} Ft</p>
      <p>Bankszámla <i>Bank account</i>: 10918001-00000071-44120009 · IBAN: HU32 1091 8001 0000 0071 4412 0009 · SWIFT: BACXHUHB</p>"""
    css = """body{font-family:'DejaVu Serif Condensed';font-size:8.5pt}.hd{width:100%}.lg{font:bold 16pt 'DejaVu Sans';color:#8b1a4a}.t{font-size:16pt}
      .pp{width:100%;margin:4mm 0}.pp td{vertical-align:top;width:33%;padding:3px}.h{font-weight:bold;background:#eee}
      .dd{width:100%}.dd th,.dd td{border:1px solid #999;padding:2px;font-size:7.5pt}.it{width:100%;margin-top:4mm}.it th{border-bottom:1px solid #000;font-size:7.5pt}
      .it td{padding:2px}.vt{margin:4mm 0 0 auto}.vt td,.vt th{padding:2px 6px}.tot td{font-weight:bold}.pay{text-align:right;font-size:12pt;font-weight:bold}"""
    return d, page_html(css, body)


# ====================================================================== h13 / h14 web agency: advance and final invoice
WEB_ADDR_BANK = "Bankszámla: 16200010-00214478-00000000 (Magnet Bank)"


def web_invoice(d: Doc, num_label: str, title: str, iss, ful, due, extra_rows: str, note: str) -> str:
    cols = std_cols(d, "sp", labels=("Tétel", "Menny.", "Egys.", "Egységár", "Nettó", "ÁFA", "ÁFA összeg", "Bruttó"))
    net, vat, gross = d.totals()
    return f"""<div class='side'><div class='brand'>pixelkert</div><p>{WEB['name']}<br>{WEB['addr']}<br>Adószám:<br>{WEB['tax']}<br>
      Közösségi adószám:<br>{WEB['vat']}<br><br>{WEB_ADDR_BANK}<br><br>hello@pixelkert.hu<br>+36 1 555 0192</p></div>
      <div class='main'><h1>{title}</h1><p class='num'>{num_label}</p>
      <div class='to'><span>Megrendelő</span><br><b>{AUT['name']}</b><br>{AUT['addr']}<br>Adószám: {AUT['tax']}</div>
      <table class='m'><tr><td>Kiállítás kelte</td><td>{iss}</td></tr><tr><td>Teljesítés kelte</td><td>{ful}</td></tr>
      <tr><td>Fizetési határidő</td><td>{due}</td></tr><tr><td>Projekt</td><td>ZU-2026-web, szerződés: PK-SZ-2026/044</td></tr></table>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      <table class='sm'>{extra_rows}<tr><td>Nettó összesen</td><td class='r'>{d.amount('net_total', net, 'sp')} Ft</td></tr>
      <tr><td>ÁFA (27%)</td><td class='r'>{d.amount('vat_total', vat, 'sp')} Ft</td></tr>
      <tr class='g'><td>Fizetendő végösszeg</td><td class='r'>{d.amount('gross_total', gross, 'sp')} Ft</td></tr></table>
      <p>{note}</p></div>"""


WEB_CSS = """body{font-family:'DejaVu Sans';font-size:8.5pt}.side{position:absolute;left:0;top:0;width:48mm;background:#12343b;color:#fff;padding:5mm;height:260mm}
  .brand{font-size:18pt;font-weight:bold;color:#7fe0c4}.main{margin-left:55mm}h1{font-size:20pt;margin:0}.num{font-size:11pt;color:#12343b}
  .to{margin:5mm 0}.to span{color:#999}.m td{padding:1px 8px 1px 0}.it{width:100%;margin-top:5mm}.it th{border-bottom:2px solid #12343b;text-align:left}
  .it td{padding:3px 1px;border-bottom:1px solid #eee}.sm{margin:4mm 0 0 auto}.sm td{padding:2px 6px}.g td{font-weight:bold;font-size:11pt;border-top:2px solid #12343b}"""


@doc
def h13():
    d = Doc("h13_web_eloleg", "advance", "agency_sidebar")
    d.add("Előleg: új weboldal és online jelentkezési rendszer fejlesztése (a szerződéses díj 40%-a)", 1, "db", 1160000, 27)
    num = d.show("invoice_number", "PK-2026-0187")
    iss = d.date("issue_date", "2026-11-05", "dot")
    ful = d.date("fulfilment_date", "2026-11-05", "dot")
    due = d.date("due_date", "2026-11-12", "dot")
    d.party("seller", WEB["name"], WEB["tax"], WEB["vat"])
    d.party("buyer", AUT["name"], AUT["tax"])
    html = web_invoice(d, f"Sorszám: {num}", "Előlegszámla", iss, ful, due, "",
                       "Az előleg a végszámlában kerül levonásra. A teljesítés dátuma az előleg jóváírásának napja.")
    return d, page_html(WEB_CSS, html, margin="0 12mm 0 0")


@doc
def h14():
    d = Doc("h14_web_vegszamla", "final", "agency_sidebar")
    d.add("Weboldal és online jelentkezési rendszer fejlesztése (szerződés szerinti teljes díj)", 1, "db", 2900000, 27)
    d.add("Tárhely és karbantartás 2026. december", 1, "hó", 24900, 27)
    d.add("Levonva: előleg, PK-2026-0187 sz. előlegszámla", -1, "db", 1160000, 27)
    num = d.show("invoice_number", "PK-2026-0231")
    iss = d.date("issue_date", "2026-12-04", "dot")
    ful = d.date("fulfilment_date", "2026-12-02", "dot")
    due = d.date("due_date", "2026-12-12", "dot")
    d.party("seller", WEB["name"], WEB["tax"], WEB["vat"])
    d.party("buyer", AUT["name"], AUT["tax"])
    extra = (f"<tr><td>Teljes nettó érték</td><td class='r'>{afmt(D(2924900), 'sp')} Ft</td></tr>"
             f"<tr><td>Előleg nettó (PK-2026-0187)</td><td class='r'>-{afmt(D(1160000), 'sp')} Ft</td></tr>"
             f"<tr><td>Előleg ÁFA</td><td class='r'>-{afmt(D(313200), 'sp')} Ft</td></tr>")
    html = web_invoice(d, f"Sorszám: {num}", "Végszámla", iss, ful, due, extra,
                       "Az előlegszámla összege (1 473 200 Ft) megfizetésre került 2026.11.10-én.")
    return d, page_html(WEB_CSS, html, margin="0 12mm 0 0")


# ====================================================================== h15 díjbekérő (proforma) to the foundation
@doc
def h15():
    d = Doc("h15_dijbekero", "proforma", "proforma")
    s = dict(name="Kódmester Szoftverház Kft.", tax=taxno("2290114", 2, 7))
    d.add("Óvodai nyilvántartó szoftver – éves licenc 2027", 1, "év", 96000, 27)
    d.add("Online szülői modul", 1, "év", 24000, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "DB-2026-0903")
    iss = d.date("issue_date", "2026-12-03", "dot")
    due = d.date("due_date", "2026-12-18", "dot")
    d.party("seller", s["name"], s["tax"])
    d.party("buyer", OVI["name"], OVI["tax"])
    cols = std_cols(d, "dotdash")
    body = f"""<div class='wm'>DÍJBEKÉRŐ</div><h1>DÍJBEKÉRŐ</h1><p class='c'>Nem számla! Számviteli bizonylatként nem használható fel. A számlát a díj beérkezése után állítjuk ki.</p>
      <table class='kv'><tr><th>Díjbekérő száma:</th><td>{num}</td><th>Kelte:</th><td>{iss}</td></tr>
      <tr><th>Fizetési határidő:</th><td>{due}</td><th>Fizetés módja:</th><td>átutalás</td></tr>
      <tr><th>Kibocsátó:</th><td>{s['name']}<br>2030 Érd, Iparos utca 3.<br>Adószám: {s['tax']}</td>
        <th>Megrendelő:</th><td>{OVI['name']}<br>{OVI['addr']}<br>Adószám: {OVI['tax']}<br>Nyilv. sz.: 13-01-0004187</td></tr></table>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      <table class='sm'><tr><td>Nettó:</td><td class='r'>{d.amount('net_total', net, 'dotdash')} Ft</td></tr>
      <tr><td>ÁFA 27%:</td><td class='r'>{d.amount('vat_total', vat, 'dotdash')} Ft</td></tr>
      <tr><td><b>Fizetendő:</b></td><td class='r'><b>{d.amount('gross_total', gross, 'dotdash')} Ft</b></td></tr></table>
      <p>Kérjük, az átutalás közleményében tüntesse fel a díjbekérő számát. Számlaszámunk: 11600006-00000000-81124470 (Erste).</p>"""
    css = """body{font-family:'DejaVu Sans';font-size:10pt}.wm{position:absolute;top:110mm;left:10mm;font-size:70pt;color:#eee;transform:rotate(-30deg);z-index:-1}
      h1{text-align:center}.kv{width:100%}.kv th{text-align:left;vertical-align:top;padding:3px;width:22%}.kv td{vertical-align:top;padding:3px}
      .it{width:100%;margin-top:6mm;font-size:8.5pt}.it td,.it th{border:1px solid #666;padding:3px}.sm{margin:4mm 0 0 auto}"""
    return d, page_html(css, body)


# ====================================================================== h16 flower wholesaler correction (returned goods)
@doc
def h16():
    d = Doc("h16_virag_helyesbito", "correction", "erp_correction")
    s = dict(name="Tulipánkert Virágnagykereskedés Kft.", tax=taxno("1320457", 2, 6))
    d.add("Rózsa Red Naomi 60 cm – sérült, visszáru", -40, "szál", 310, 27)
    d.add("Kála fehér – visszáru", -15, "szál", 520, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "TVK-H-2026-0077")
    pre = d.show("preceding_invoice", "TVK-2026-10412")
    iss = d.date("issue_date", "2026-12-05", "iso")
    ful = d.date("fulfilment_date", "2026-12-05", "iso")
    due = d.date("due_date", "2026-12-05", "iso")
    d.party("seller", s["name"], s["tax"])
    d.party("buyer", VIR["name"], VIR["tax"])
    cols = std_cols(d, "sp00")
    body = f"""<table class='hd'><tr><td><b>{s['name']}</b><br>6728 Szeged, Budapesti út 8. · Adószám: {s['tax']}<br>Tel: +36 62 555 780</td>
      <td class='r box'>HELYESBÍTŐ SZÁMLA<br><span>(számlával egy tekintet alá eső okirat)</span></td></tr></table>
      <table class='g'><tr><td>Bizonylatszám</td><td>{num}</td><td>Eredeti számla száma</td><td>{pre}</td></tr>
      <tr><td>Kelte</td><td>{iss}</td><td>Eredeti számla kelte</td><td>2026-11-24</td></tr>
      <tr><td>Teljesítés</td><td>{ful}</td><td>Módosítás oka</td><td>Visszáru (sérült szállítmány)</td></tr>
      <tr><td>Fizetési határidő</td><td>{due}</td><td>Fizetési mód</td><td>beszámítás</td></tr></table>
      <p><b>Vevő:</b> {VIR['name']}, {VIR['addr']}, adószám: {VIR['tax']} &nbsp; Vevőkód: V-2231</p>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      <table class='sm'><tr><td>Nettó különbözet:</td><td class='r'>{d.amount('net_total', net, 'sp00')}</td></tr>
      <tr><td>ÁFA különbözet:</td><td class='r'>{d.amount('vat_total', vat, 'sp00')}</td></tr>
      <tr><td><b>Bruttó különbözet (HUF):</b></td><td class='r'><b>{d.amount('gross_total', gross, 'sp00')}</b></td></tr></table>
      <p>A különbözetet a következő szállítás számlájából beszámítjuk. Nyomtatva: VirágERP v5.2 – {num} – 1/1</p>"""
    css = """body{font-family:'DejaVu Sans Mono';font-size:8.5pt}.hd{width:100%;border-bottom:1px dashed #000}.box{font-size:13pt;font-weight:bold}
      .box span{font-size:7pt;font-weight:normal}.g{width:100%;margin-top:3mm}.g td{padding:2px;border:1px dotted #666}
      .it{width:100%;margin-top:3mm}.it th{border-bottom:1px dashed #000;text-align:left}.sm{margin:3mm 0 0 auto}"""
    return d, page_html(css, body)


# ====================================================================== h18 small hotel: conference room, cash accounting
@doc
def h18():
    d = Doc("h18_panzio_penzforgalmi", "normal", "hotel_pms")
    buyer = dict(name="Balatoni Borút Egyesület", tax=taxno("1899021", 1, 19))
    d.add("Konferenciaterem bérlet, egész nap", 1, "nap", 65000, 27)
    d.add("Kávészünet csomag", 24, "fő", 2200, 18)
    d.add("Ebéd menü (helyben fogyasztva)", 24, "fő", 4200, 5)
    d.add("Szállás egyágyas szobában", 2, "éj", 21000, 5)
    d.add("Idegenforgalmi adó (IFA)", 2, "vendégéj", 450, "ÁKK")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "HP/2026/00731")
    iss = d.date("issue_date", "2026-12-02", "long")
    ful = d.date("fulfilment_date", "2026-12-01", "long")
    due = d.date("due_date", "2026-12-16", "long")
    d.party("seller", HOT["name"], HOT["tax"], HOT["vat"])
    d.party("buyer", buyer["name"], buyer["tax"])
    cols = std_cols(d, "sp", labels=("Szolgáltatás", "Menny.", "Me.", "Egységár", "Nettó", "Adókulcs", "ÁFA", "Bruttó"))
    body = f"""<div class='c'><b class='lg'>Hársfa Panzió</b><br>{HOT['name']} · {HOT['addr']} · NTAK: PA19004477<br>
      Adószám: {HOT['tax']} · EU adószám: {HOT['vat']} · +36 87 555 344 · info@harsfapanzio.hu</div>
      <h2>Számla <span>No. {num}</span></h2>
      <table class='pt'><tr><td>Vendég / Számlafizető:<br><b>{buyer['name']}</b><br>8230 Balatonfüred, Blaha Lujza utca 1.<br>Adószám: {buyer['tax']}</td>
      <td>Érkezés: 2026.11.30. · Távozás: 2026.12.01.<br>Szobaszám: 4, 7 · Foglalás: BK-55129<br>Kelt: {iss}<br>Teljesítés: {ful}<br>
        Fizetési határidő: {due}</td></tr></table>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      {vat_table(d, 'sp', ' Ft', total='Mindösszesen')}
      <p class='pf'>Pénzforgalmi elszámolás</p>
      <p>Az IFA az Áfa tv. hatályán kívüli tétel. Számlánkat kérjük a K&amp;H 10402142-50526752-88541007 számlára utalni.</p>"""
    css = """body{font-family:'DejaVu Serif';font-size:8.5pt}.lg{font-size:18pt;color:#4b6b2f}h2{border-bottom:1px solid #4b6b2f}h2 span{font-size:11pt;float:right}
      .pt{width:100%}.pt td{vertical-align:top;width:50%}.it{width:100%;margin-top:4mm}.it th{background:#e8eedf}.it td{padding:3px;border-bottom:1px solid #ddd}
      .vt{margin:4mm 0 0 auto}.vt td,.vt th{padding:2px 6px}.tot td{font-weight:bold}.pf{font-size:12pt;font-weight:bold;border:2px solid #000;display:inline-block;padding:3px}"""
    return d, page_html(css, body)


# ====================================================================== h20 family farm company to the bakery (eggs, milk)
@doc
def h20():
    d = Doc("h20_csaladi_gazdasag", "normal", "excel_template")
    d.add("Tojás, M, tálcás (30 db)", 40, "tálca", 1650, 5)
    d.add("Tehéntej, friss, 2,8%", 120, "liter", 290, 5)
    d.add("Házi túró", 12, "kg", 1890, 18)
    d.add("Kiszállítás", 1, "alkalom", 3500, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "FCG-2026-0049")
    iss = d.date("issue_date", "2026-11-30", "dotnoend")
    ful = d.date("fulfilment_date", "2026-11-30", "dotnoend")
    due = d.date("due_date", "2026-12-08", "dotnoend")
    d.party("seller", CSG["name"], CSG["tax"])
    d.party("buyer", PEK["name"], PEK["tax"])
    cols = std_cols(d, "bare")
    body = f"""<table class='x'><tr><td colspan='4' class='t'>SZÁMLA</td><td colspan='4' class='r'>Számla sorszáma:</td><td>{num}</td></tr>
      <tr><td colspan='9'>&nbsp;</td></tr>
      <tr><td colspan='4'><b>Eladó:</b></td><td colspan='5'><b>Vevő:</b></td></tr>
      <tr><td colspan='4'>{CSG['name']}</td><td colspan='5'>{PEK['name']}</td></tr>
      <tr><td colspan='4'>{CSG['addr']}</td><td colspan='5'>{PEK['addr']}</td></tr>
      <tr><td colspan='4'>Adószám: {CSG['tax']}</td><td colspan='5'>Adószám: {PEK['tax']}</td></tr>
      <tr><td colspan='4'>Számlaszám: 11742094-20441123</td><td colspan='5'>Szállítási cím: 6000 Kecskemét, Halasi út 3. (üzem)</td></tr>
      <tr><td colspan='9'>&nbsp;</td></tr>
      <tr><td colspan='2'>Számla kelte:</td><td colspan='2'>{iss}</td><td colspan='2'>Teljesítés dátuma:</td><td>{ful}</td><td>Fiz. határidő:</td><td>{due}</td></tr>
      <tr class='h'>{''.join(f'<td>{h}</td>' for h, _, _ in cols)}<td></td></tr>
      {''.join('<tr>' + ''.join(f"<td class='{c}'>{f(l)}</td>" for _, c, f in cols) + '<td></td></tr>' for l in d.lines)}
      <tr><td colspan='6'></td><td colspan='2'>Nettó összesen</td><td class='r'>{d.amount('net_total', net, 'bare')}</td></tr>
      <tr><td colspan='6'></td><td colspan='2'>ÁFA összesen</td><td class='r'>{d.amount('vat_total', vat, 'bare')}</td></tr>
      <tr><td colspan='6'></td><td colspan='2'><b>Bruttó összesen</b></td><td class='r'><b>{d.amount('gross_total', gross, 'bare')}</b></td></tr>
      <tr><td colspan='9'>Fizetési mód: átutalás &nbsp;&nbsp; Pénznem: HUF</td></tr></table>"""
    css = """body{font-family:'DejaVu Sans';font-size:9pt}.x{width:100%}.x td{border:1px solid #d0d0d0;padding:2px 3px;height:5mm}
      .t{font-size:16pt;font-weight:bold}.h td{background:#c6e0b4;font-weight:bold}"""
    return d, page_html(css, body, margin="12mm 8mm")


# ====================================================================== h22 water utility to the hotel
@doc
def h22():
    d = Doc("h22_vizikozmu", "normal", "utility_water")
    s = dict(name="Balatonparti Víziközmű Zrt.", tax=taxno("1128503", 2, 19))
    d.add("Ivóvíz alapdíj (DN20)", 1, "hó", 1820, 27)
    d.add("Ivóvíz fogyasztás", 86, "m3", D("412.5"), 27)
    d.add("Szennyvíz alapdíj", 1, "hó", 1640, 27)
    d.add("Szennyvízelvezetés és -tisztítás", 86, "m3", D("598.2"), 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "VK26-1204-118830")
    iss = d.date("issue_date", "2026-12-04", "spaced")
    ful = d.date("fulfilment_date", "2026-12-01", "spaced")
    due = d.date("due_date", "2026-12-20", "spaced")
    d.party("seller", s["name"], s["tax"])
    d.party("buyer", HOT["name"], HOT["tax"])
    tab = "".join(f"<tr><td>{l['desc']}</td><td class='r'>{qty_text(l['qty'])} {l['unit']}</td><td class='r'>{afmt(l['price'], 'spc')}</td>"
                  f"<td class='r'>{afmt(l['net'], 'sp00')}</td></tr>" for l in d.lines)
    body = f"""<div class='hd'><b>{s['name']}</b><br>8200 Veszprém, Kőrösi Csoma S. u. 2. · Adószám: {s['tax']} · Ügyfélszolgálat: 06 80 224 224</div>
      <div class='win'>{HOT['name']}<br>Hársfa sétány 3.<br>8230 Balatonfüred</div>
      <div class='rt'><div class='l'>Számla sorszáma:</div><div>{num}</div><div class='l'>Kiállítás dátuma:</div><div>{iss}</div>
        <div class='l'>Teljesítés dátuma:</div><div>{ful}</div><div class='l'>Fizetési határidő:</div><div>{due}</div>
        <div class='l'>Felhasználó azonosító:</div><div>0041-2278</div></div>
      <h3>Víz- és csatornadíj számla – elszámolási időszak: 2026. 11. 01. – 2026. 11. 30.</h3>
      <p>Felhasználási hely: 8230 Balatonfüred, Hársfa sétány 3. · Vízmérő: 19-004711 · Leolvasott: 3 118 → 3 204 m3</p>
      <p>Vevő adószáma: {HOT['tax']}</p>
      <table class='it'><tr><th>Megnevezés</th><th>Mennyiség</th><th>Egységár Ft</th><th>Nettó Ft</th></tr>{tab}</table>
      <table class='sm'><tr><td>Nettó összeg</td><td class='r'>{d.amount('net_total', net, 'sp00')} Ft</td></tr>
      <tr><td>Általános forgalmi adó 27%</td><td class='r'>{d.amount('vat_total', vat, 'sp00')} Ft</td></tr>
      <tr><td><b>Fizetendő összeg</b></td><td class='r'><b>{d.amount('gross_total', gross, 'sp00')} Ft</b></td></tr></table>
      <div class='cheque'>Befizetési csekk (sárga) – Összeg: {afmt(gross, 'sp')} Ft – Azonosító: 0041-2278-1204</div>"""
    css = """body{font-family:'DejaVu Sans Condensed';font-size:9pt}.hd{color:#036;border-bottom:2px solid #036}.win{position:absolute;top:45mm;left:10mm;font-size:10.5pt}
      .rt{display:grid;grid-template-columns:40mm 45mm;margin-left:100mm;margin-top:8mm}.l{color:#555}h3{margin-top:38mm;font-size:10.5pt}
      .it{width:100%}.it td,.it th{border:1px solid #9ab;padding:3px}.sm{margin:4mm 0 0 auto}.cheque{margin-top:40mm;border-top:1px dashed #000;padding-top:3mm;color:#a80}"""
    return d, page_html(css, body)


# ====================================================================== h23 the accounting office's own invoice to its client
@doc
def h23():
    d = Doc("h23_konyvelo_dij", "normal", "letter")
    d.add("Könyvelési díj 2026. november", 1, "hó", 85000, 27)
    d.add("Bérszámfejtés (6 fő)", 6, "fő", 4500, 27)
    d.add("Éves beszámoló előkészítés, részlet", 1, "db", 20000, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "MP 2026/412")
    iss = d.date("issue_date", "2026-12-01", "long")
    ful = d.date("fulfilment_date", "2026-11-30", "long")
    due = d.date("due_date", "2026-12-09", "long")
    d.party("seller", KONY["name"], KONY["tax"])
    d.party("buyer", WEB["name"], WEB["tax"])
    body = f"""<p class='r lh'><b>{KONY['name']}</b><br>{KONY['addr']}<br>adószám {KONY['tax']}<br>iroda@merlegpont.hu · 06 23 555 781<br>
      Nyilvántartásba vételi szám (könyvelő): 198772</p>
      <p>{WEB['name']}<br>{WEB['addr']}<br>adószáma: {WEB['tax']}</p>
      <h2>Számla – {num}</h2>
      <p>Számla kelte: {iss}<br>Teljesítés napja: {ful}<br>Fizetés határideje: {due}<br>Fizetés módja: banki átutalás</p>
      <table class='it'><tr><th>Megnevezés</th><th>Menny.</th><th>Egységár</th><th>Nettó</th></tr>
      {''.join(f"<tr><td>{l['desc']}</td><td class='r'>{qty_text(l['qty'])} {l['unit']}</td><td class='r'>{afmt(l['price'], 'dot')} Ft</td><td class='r'>{afmt(l['net'], 'dot')} Ft</td></tr>" for l in d.lines)}
      </table>
      <p class='r'>Nettó: {d.amount('net_total', net, 'dot')} Ft<br>27% ÁFA: {d.amount('vat_total', vat, 'dot')} Ft<br>
      <b>Összesen fizetendő: {d.amount('gross_total', gross, 'dot')} Ft</b></p>
      <p>Kérjük, a számla összegét a 10700024-69418830-51100005 (CIB) számlaszámra átutalni, közleményben a számla sorszámával.</p>
      <p>Köszönjük! <br><br>Molnár Erika<br>ügyvezető</p>"""
    css = """body{font-family:'DejaVu Serif';font-size:11pt;line-height:1.35}.lh{font-size:9pt}h2{font-weight:normal;margin-top:14mm}
      .it{width:100%}.it th{border-bottom:1px solid #000;text-align:left;font-weight:normal;font-style:italic}.it td{padding:3px}"""
    return d, page_html(css, body, margin="22mm 25mm")


# ====================================================================== h24 driving school to a private student
@doc
def h24():
    d = Doc("h24_autosiskola_magan", "normal", "school_online")
    d.add("B kategóriás elméleti tanfolyam (e-learning)", 1, "db", 39370, 27)
    d.add("Gyakorlati vezetés, 30 óra", 30, "óra", 9449, 27)
    d.add("Vizsgadíj-közvetítés (forgalmi vizsga)", 1, "db", 11000, "ÁKK")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "ZUA-2026-00912")
    iss = d.date("issue_date", "2026-12-03", "dot")
    ful = d.date("fulfilment_date", "2026-12-03", "dot")
    due = d.date("due_date", "2026-12-10", "dot")
    d.party("seller", AUT["name"], AUT["tax"])
    d.party("buyer", "Tóth Bence")
    cols = std_cols(d, "sp")
    body = f"""<div class='bar'><span>ZÖLDÚT AUTÓSISKOLA</span><span>Számla · {num}</span></div>
      <div class='cards'><div><h4>Számlakibocsátó</h4>{AUT['name']}<br>{AUT['addr']}<br>Adószám: {AUT['tax']}<br>Képző szerv azonosító: 09-0288-04</div>
      <div><h4>Tanuló / Vevő</h4>Tóth Bence<br>4032 Debrecen, Egyetem tér 1., koll. 214.<br>Tanuló azonosító: ZU-26-1177</div>
      <div><h4>Dátumok</h4>Kiállítás: {iss}<br>Teljesítés: {ful}<br>Esedékesség: {due}<br>Fizetve: bankkártyával</div></div>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      {vat_table(d, 'sp', ' Ft')}
      <p>A vizsgadíj a Közlekedési Alkalmazottak Képzési Központja felé továbbított, áfa hatályán kívüli tétel (ÁKK).</p>
      <p class='paid'>KIEGYENLÍTVE</p>"""
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt}.bar{display:flex;justify-content:space-between;background:#2e7d32;color:#fff;padding:4mm;font-size:12pt;font-weight:bold}
      .cards{display:flex;gap:4mm;margin:5mm 0}.cards div{flex:1;border:1px solid #2e7d32;border-radius:3mm;padding:3mm}h4{margin:0 0 2mm;color:#2e7d32}
      .it{width:100%}.it th{border-bottom:2px solid #2e7d32}.it td{padding:3px;border-bottom:1px solid #ddd}.vt{margin:4mm 0 0 auto}.vt td,.vt th{padding:2px 6px}
      .tot td{font-weight:bold}.paid{color:#2e7d32;font-size:20pt;border:3px solid #2e7d32;display:inline-block;transform:rotate(-8deg);padding:2mm}"""
    return d, page_html(css, body)


# ====================================================================== h25 toy webshop to the kindergarten foundation
@doc
def h25():
    d = Doc("h25_jatek_webshop", "normal", "webshop")
    s = dict(name="Játékkuckó Webáruház Kft.", tax=taxno("3218806", 2, 13))
    d.add("Fa építőkocka készlet 100 db", 4, "db", D("9440.94"), 27)
    d.add("Montessori formaválogató", 6, "db", D("4716.54"), 27)
    d.add("Mesekönyv – Erdei történetek", 10, "db", D("3038.10"), 5)
    d.add("Szállítási díj (GLS)", 1, "db", D("1566.93"), 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "JK-2026/00044712")
    iss = d.date("issue_date", "2026-11-29", "dot")
    ful = d.date("fulfilment_date", "2026-11-29", "dot")
    due = d.date("due_date", "2026-11-29", "dot")
    d.party("seller", s["name"], s["tax"])
    d.party("buyer", OVI["name"], OVI["tax"])
    cols = std_cols(d, "sp")
    body = f"""<table class='w'><tr><td class='lg'>játékkuckó<br><small>www.jatekkucko.hu</small></td><td><h1>Számla</h1></td></tr></table>
      <table class='kv'><tr><td>Számla sorszáma</td><td><b>{num}</b></td><td>Rendelés azonosító</td><td>#1004478</td></tr>
      <tr><td>Számla kelte</td><td>{iss}</td><td>Fizetési mód</td><td>Online bankkártya (SimplePay)</td></tr>
      <tr><td>Teljesítés kelte</td><td>{ful}</td><td>Fizetési határidő</td><td>{due}</td></tr></table>
      <table class='w pp'><tr><td><b>Eladó</b><br>{s['name']}<br>1095 Budapest, Soroksári út 48.<br>Adószám: {s['tax']}<br>Cégjegyzékszám: 01-09-412877</td>
      <td><b>Számlázási cím</b><br>{OVI['name']}<br>{OVI['addr']}<br>Adószám: {OVI['tax']}</td>
      <td><b>Szállítási cím</b><br>Napraforgó Óvoda – Kiss Petra<br>2040 Budaörs, Patkó utca 15.<br>+36 20 555 1288</td></tr></table>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      {vat_table(d, 'sp', ' Ft', total='Összesen')}
      <p class='big'>Fizetendő: {afmt(gross, 'sp')} Ft (kiegyenlítve)</p><p class='sm'>Az egységárak kerekítve jelennek meg.</p>"""
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt}.w{width:100%}.lg{font-size:18pt;color:#e91e63;font-weight:bold}h1{text-align:right;font-weight:300}
      .kv td{padding:2px 8px 2px 0}.pp td{vertical-align:top;padding:3mm 2mm}.it{width:100%}.it th{background:#fde;padding:3px}.it td{padding:3px}
      .vt{margin:4mm 0 0 auto}.vt td,.vt th{padding:2px 6px}.tot td{font-weight:bold}.big{font-size:12pt;text-align:right}.sm{font-size:7pt}"""
    return d, page_html(css, body)


# ====================================================================== h26 booking portal commission, EUR, reverse charge
@doc
def h26():
    d = Doc("h26_foglalasi_jutalek_eur", "normal", "portal_eur", currency="EUR")
    s = dict(name="StayNest B.V.", vat="NL861204377B01")
    for i, (res, amt) in enumerate([("SN-40118271", "412.00"), ("SN-40118904", "268.50"), ("SN-40120033", "598.00"),
                                    ("SN-40121187", "189.00"), ("SN-40122740", "344.00"), ("SN-40124415", "276.80")]):
        d.add(f"Commission 15% – reservation {res}", 1, "", D(amt) * D("0.15"), "EU")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "1188204577")
    iss = d.date("issue_date", "2026-12-01", "iso")
    ful = d.date("fulfilment_date", "2026-11-30", "iso")
    due = d.date("due_date", "2026-12-15", "iso")
    d.party("seller", s["name"], None, s["vat"])
    d.party("buyer", HOT["name"], None, HOT["vat"])
    tab = "".join(f"<tr><td>{l['desc']}</td><td class='r'>€ {afmt(l['net'], 'en')}</td></tr>" for l in d.lines)
    body = f"""<p class='lg'>StayNest<span>.com</span></p>
      <table class='w'><tr><td>{s['name']}<br>Herengracht 597<br>1017 CE Amsterdam<br>Netherlands<br>VAT number: {s['vat']}<br>Chamber of Commerce: 31047719</td>
      <td><b>{HOT['name']}</b><br>Property ID: 7741902<br>Hársfa sétány 3.<br>8230 Balatonfüred, Hungary<br>VAT number: {HOT['vat']}</td></tr></table>
      <h2>Commission invoice</h2>
      <table class='kv'><tr><td>Invoice number:</td><td>{num}</td></tr><tr><td>Invoice date:</td><td>{iss}</td></tr>
      <tr><td>Period:</td><td>2026-11-01 – {ful}</td></tr><tr><td>Payment due:</td><td>{due}</td></tr></table>
      <table class='it'><tr><th>Description</th><th class='r'>Amount</th></tr>{tab}</table>
      <table class='sm'><tr><td>Total excl. VAT</td><td class='r'>€ {d.amount('net_total', net, 'en')}</td></tr>
      <tr><td>VAT (reverse charged)</td><td class='r'>€ {d.amount('vat_total', vat, 'en')}</td></tr>
      <tr><td><b>Total amount due</b></td><td class='r'><b>€ {d.amount('gross_total', gross, 'en')}</b></td></tr></table>
      <p>VAT reverse charged to the recipient of the service – Article 44 and 196 of Directive 2006/112/EC.</p>
      <p>Please transfer to IBAN NL91 ABNA 0417 1643 00 (BIC ABNANL2A) quoting invoice number {num}. Page 1 of 1</p>"""
    css = """body{font-family:'DejaVu Sans';font-size:9pt}.lg{font-size:18pt;font-weight:bold;color:#003580}.lg span{color:#0a8}
      .w{width:100%}.w td{vertical-align:top;width:50%}.kv td{padding:1px 10px 1px 0}.it{width:100%;margin-top:4mm}.it th{text-align:left;border-bottom:1px solid #003580}
      .it td{padding:2px}.sm{margin:4mm 0 0 auto}.sm td{padding:2px 6px}"""
    return d, page_html(css, body, size="A4")


# ====================================================================== h27 the bakery's own sales invoice, delivery address
@doc
def h27():
    d = Doc("h27_pekseg_kimeno", "normal", "small_business_app")
    buyer = dict(name="Kék Kancsó Vendéglő Bt.", tax=taxno("2111876", 2, 3))
    d.add("Fehér kenyér 1 kg (friss)", 60, "db", 520, 5)
    d.add("Zsemle 60 g", 600, "db", 48, 5)
    d.add("Kakaós csiga", 80, "db", 210, 18)
    d.add("Pogácsa tepertős 1 kg", 6, "kg", 3600, 18)
    d.add("Beigli, diós 500 g", 10, "db", 2790, 18)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "AK/2026/1288")
    iss = d.date("issue_date", "2026-12-01", "dot")
    ful = d.date("fulfilment_date", "2026-11-30", "dot")
    due = d.date("due_date", "2026-12-15", "dot")
    d.party("seller", PEK["name"], PEK["tax"])
    d.party("buyer", buyer["name"], buyer["tax"])
    cols = std_cols(d, "dot", labels=("Termék", "Menny.", "Me.", "Egységár (nettó)", "Nettó", "ÁFA", "ÁFA Ft", "Bruttó"))
    body = f"""<h1>{PEK['name']}</h1><p class='sub'>{PEK['addr']} · Adószám: {PEK['tax']} · Tel.: 76/555-219 · Bankszámla: 10402513-00028733-00000000</p>
      <div class='r'><span class='badge'>SZÁMLA</span><br>Számlaszám: {num}<br>2. példány – másolat</div>
      <table class='w'><tr><td><b>Számlázási cím</b><br>{buyer['name']}<br>6000 Kecskemét, Rákóczi út 14.<br>Adószám: {buyer['tax']}</td>
      <td><b>Szállítási cím</b><br>Kék Kancsó Vendéglő – konyha<br>6000 Kecskemét, Csányi utca 2.<br>Szállítólevelek: SZ-3301–SZ-3322</td>
      <td>Kelt: {iss}<br>Teljesítés: {ful}<br>Határidő: {due}<br>Fizetés: átutalás (30 nap helyett 15)</td></tr></table>
      <table class='it'>{head(cols)}{rows(d, cols)}</table>
      {vat_table(d, 'dot', ' Ft', labels=('Kulcs', 'Nettó', 'ÁFA', 'Bruttó'), total='Mindösszesen')}
      <p>A számla másolata, az eredetivel mindenben megegyező.</p>"""
    css = """body{font-family:'DejaVu Serif';font-size:9pt}h1{color:#a0522d;margin:0}.sub{font-size:7.5pt}.badge{background:#a0522d;color:#fff;padding:2px 10px;font-size:14pt}
      .w{width:100%;margin:4mm 0}.w td{vertical-align:top;width:33%}.it{width:100%}.it th{border-bottom:1px solid #a0522d}.it td{padding:2px}
      .vt{margin:4mm 0 0 auto}.vt td,.vt th{padding:2px 6px}.tot td{font-weight:bold}"""
    return d, page_html(css, body)


# ====================================================================== h28 telecom credit note (correction)
@doc
def h28():
    d = Doc("h28_telekom_jovairas", "correction", "telecom")
    s = dict(name="Kapocs Telekommunikációs Zrt.", tax=taxno("1377420", 2, 44))
    d.add("Jóváírás: hibás roaming-díjazás (2026. október)", -1, "db", 10680, 27)
    d.add("Jóváírás: szolgáltatáskiesés kompenzáció", -1, "db", 4330, 27)
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "K-J-2612-000318")
    pre = d.show("preceding_invoice", "K-2611-4466021")
    iss = d.date("issue_date", "2026-12-02", "spaced")
    ful = d.date("fulfilment_date", "2026-12-02", "spaced")
    d.party("seller", s["name"], s["tax"])
    d.party("buyer", WEB["name"], WEB["tax"])
    tab = "".join(f"<tr><td>{l['desc']}</td><td class='r'>{afmt(l['net'], 'dot')} Ft</td><td class='r'>{afmt(d.line_vat(l), 'dot')} Ft</td></tr>" for l in d.lines)
    body = f"""<div class='band'>kapocs<span>.business</span> &nbsp; Jóváíró számla (módosító számla)</div>
      <table class='lay'><tr><td><b>{WEB['name']}</b><br>{WEB['addr']}<br>Adószám: {WEB['tax']}<br>Ügyfélszám: 1.84402.771</td>
      <td>Bizonylat sorszáma: <b>{num}</b><br>Módosított számla: {pre}<br>Kiállítás: {iss}<br>Teljesítés: {ful}</td></tr></table>
      <p>Panaszügy száma: P-2026-118204. A jóváírt összeg a következő havi számlából levonásra kerül.</p>
      <table class='it'><tr><th>Tétel</th><th>Nettó</th><th>ÁFA 27%</th></tr>{tab}
      <tr class='b'><td>Összesen</td><td class='r'>{d.amount('net_total', net, 'dot')} Ft</td><td class='r'>{d.amount('vat_total', vat, 'dot')} Ft</td></tr></table>
      <p class='g'>Jóváírás bruttó összege: {d.amount('gross_total', gross, 'dot')} Ft</p>
      <p class='small'>{s['name']} · 1097 Budapest, Könyves Kálmán krt. 36. · Adószám: {s['tax']} · Cg. 01-10-041928</p>"""
    css = """body{font-family:'DejaVu Sans';font-size:9pt}.band{background:#5a2ca0;color:#fff;padding:8px;font:bold 13pt 'DejaVu Sans'}
      .lay{width:100%;margin-top:8mm}.lay td{vertical-align:top;width:50%}.it{width:100%}.it th{border-bottom:2px solid #5a2ca0;text-align:left}
      .it td{padding:3px}.b td{font-weight:bold}.g{font-size:12pt;font-weight:bold}.small{font-size:7pt;margin-top:30mm}"""
    return d, page_html(css, body)


# ====================================================================== h30 transport company's outgoing invoice, 2 pages
@doc
def h30():
    d = Doc("h30_fuvar_kimeno", "normal", "tms_printout")
    buyer = dict(name="Alföldi Malomipari Zrt.", tax=taxno("1045327", 2, 16))
    routes = [("Szolnok – Budapest Csepel", 118), ("Szolnok – Kecskemét", 92), ("Szolnok – Szeged", 176),
              ("Szolnok – Győr", 268), ("Szolnok – Debrecen", 142), ("Szolnok – Miskolc", 176)]
    for i in range(22):
        r, km = routes[i % 6]
        d.add(f"Belföldi fuvar {r}, CMR/fuvarlevél {88410 + i}", km, "km", 465 if i % 4 else 492, 27,
              day=f"2026.11.{(i % 26) + 2:02d}")
    d.add("Várakozási díj", 5, "óra", 6500, 27, day="2026.11.19")
    d.add("Autópálya-használati díj továbbszámlázása", 1, "tétel", 48720, 27, day="2026.11.30")
    net, vat, gross = d.totals()
    num = d.show("invoice_number", "TF-2026-000318")
    iss = d.date("issue_date", "2026-12-01", "eu")
    ful = d.date("fulfilment_date", "2026-11-30", "eu")
    due = d.date("due_date", "2026-12-31", "eu")
    d.party("seller", FUV["name"], FUV["tax"], FUV["vat"])
    d.party("buyer", buyer["name"], buyer["tax"], vatno(buyer["tax"]))
    cols = [("Dátum", "", lambda l: l["day"]), ("Megnevezés", "", lambda l: l["desc"]), ("Menny.", "r", lambda l: qty_text(l["qty"])),
            ("Me.", "", lambda l: l["unit"]), ("Egységár", "r", lambda l: afmt(l["price"], "sp00")), ("Nettó", "r", lambda l: afmt(l["net"], "sp00"))]
    pages = chunks(d.lines, 14)
    body = ""
    for i, ch in enumerate(pages):
        body += "<div class='page'>"
        body += f"""<table class='hd'><tr><td><b>{FUV['name']}</b><br>{FUV['addr']}<br>Adószám: {FUV['tax']} · Közösségi adószám: {FUV['vat']}<br>
          Engedélyszám: ÁFK-16/2021/0441 · Bank: 11745004-20047711-00000000</td><td class='r'>SZÁMLA<br>{num}<br>Lap: {i + 1}/{len(pages)}</td></tr></table>"""
        if i == 0:
            body += f"""<table class='kv'><tr><td>Vevő neve:</td><td>{buyer['name']}</td><td>Kiállítás:</td><td>{iss}</td></tr>
              <tr><td>Vevő címe:</td><td>5000 Szolnok, Malom út 4.</td><td>Teljesítés:</td><td>{ful}</td></tr>
              <tr><td>Vevő adószáma:</td><td>{buyer['tax']}</td><td>Fizetési határidő:</td><td>{due}</td></tr>
              <tr><td>Vevő EU adószáma:</td><td>{vatno(buyer['tax'])}</td><td>Keretszerződés:</td><td>KSZ-AM-2025/07</td></tr></table>"""
        body += f"<table class='it'>{head(cols)}{rows(d, cols, ch)}</table>"
        if i == len(pages) - 1:
            body += f"""<table class='sm'><tr><td>Nettó érték</td><td class='r'>{d.amount('net_total', net, 'sp00')} HUF</td></tr>
              <tr><td>ÁFA 27%</td><td class='r'>{d.amount('vat_total', vat, 'sp00')} HUF</td></tr>
              <tr><td>Bruttó érték</td><td class='r'>{d.amount('gross_total', gross, 'sp00')} HUF</td></tr></table>
              <p>azaz {words(int(gross))} forint</p>"""
        else:
            body += "<p class='r'>Folytatás a következő lapon</p>"
        body += "</div>"
    css = """body{font-family:'DejaVu Sans Mono';font-size:8pt}.hd{width:100%;border-bottom:2px solid #000}.hd td{vertical-align:top}.kv{margin:3mm 0}
      .kv td{padding:1px 6px 1px 0}.it{width:100%}.it th{border-bottom:1px solid #000;text-align:left}.it td{padding:1px 3px}.sm{margin:3mm 0 0 auto}"""
    return d, page_html(css, body)

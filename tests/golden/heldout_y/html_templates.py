# ruff: noqa
"""HTML+CSS layouts (printed by headless Chromium)."""
from html import escape as e
from .common import money, date, RATE_LABEL


def M(inv, x, style=None):
    return money(x, style or inv["nf"], inv["currency"])


def Dt(inv, d, style=None):
    return date(d, style or inv["df"])


def Q(x, sep=","):
    s = format(x.normalize(), "f")
    return s.replace(".", sep)


def R(r):
    return RATE_LABEL.get(r, r)


def page(body, css, size="A4", margin="14mm"):
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: {margin}; }}
body {{ margin:0; }}
table {{ border-collapse: collapse; }}
.c-qty, .c-price, .c-net, .c-vat, .c-gross, .c-rate {{ white-space: nowrap; }}
{css}
</style></head><body>{body}</body></html>"""


def items(inv, cols, heads, cls="items", sep=","):
    th = "".join(f"<th>{h}</th>" for h in heads)
    trs = []
    for i, r in enumerate(inv["rows"], 1):
        cells = []
        for c in cols:
            if c == "no": v = str(i)
            elif c == "desc": v = e(r["desc"])
            elif c == "qty": v = Q(r["qty"], sep)
            elif c == "unit": v = e(r["unit"])
            elif c == "qtyunit": v = Q(r["qty"], sep) + " " + e(r["unit"])
            elif c == "price": v = M(inv, r["price"], "plain" if inv["nf"] == "plain" else None) if inv["currency"] != "HUF" or r["price"] == int(r["price"]) else Q(r["price"], sep)
            elif c == "rate": v = R(r["rate"])
            else: v = M(inv, r[c])
            cells.append(f'<td class="c-{c}">{v}</td>')
        trs.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{"".join(trs)}</tbody></table>'


def vat_summary(inv, heads=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), cls="vatsum", total_label="Összesen"):
    th = "".join(f"<th>{h}</th>" for h in heads)
    rows = "".join(f"<tr><td>{R(s['rate'])}</td><td>{M(inv, s['net'])}</td><td>{M(inv, s['vat'])}</td><td>{M(inv, s['gross'])}</td></tr>"
                   for s in inv["summary"])
    tot = f"<tr class='tot'><td>{total_label}</td><td>{M(inv, inv['net'])}</td><td>{M(inv, inv['vat'])}</td><td>{M(inv, inv['gross'])}</td></tr>"
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{rows}{tot}</tbody></table>'


def KIND_HU(inv):
    return {"normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA", "correction": "HELYESBÍTŐ SZÁMLA",
            "storno": "SZTORNÓ SZÁMLA", "proforma": "DÍJBEKÉRŐ"}[inv["kind"]]


# 1 ---------------------------------------------------------------------------
def twocol_boxes(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9.5pt;color:#222}
h1{font-size:20pt;letter-spacing:2px;margin:0 0 6mm 0;text-align:center}
.parties{display:flex;gap:6mm}.box{flex:1;border:1.2px solid #444;padding:3mm;border-radius:2mm;min-height:30mm}
.box h3{margin:0 0 2mm 0;font-size:8pt;text-transform:uppercase;color:#666}
.meta{width:100%;margin:5mm 0}.meta td{border:1px solid #999;padding:2mm;text-align:center}.meta .l{font-size:7.5pt;color:#555;display:block}
.items{width:100%}.items th{background:#ddd;border:1px solid #999;font-size:8pt;padding:1.5mm}.items td{border:1px solid #bbb;padding:1.5mm}
.c-qty,.c-price,.c-net,.c-vat,.c-gross{text-align:right}
.vatsum{margin-left:auto;margin-top:5mm}.vatsum td,.vatsum th{border:1px solid #999;padding:1.5mm 3mm;text-align:right}.tot td{font-weight:bold}
.pay{margin-top:8mm;font-size:12pt;font-weight:bold;text-align:right}"""
    body = f"""<h1>SZÁMLA</h1>
<div class="parties"><div class="box"><h3>Eladó</h3><b>{e(s['name'])}</b><br>{e(s['addr'])}<br>Adószám: {s['tax']}<br>Bankszámla: {s['bank']}</div>
<div class="box"><h3>Vevő</h3><b>{e(inv['buyer']['name'])}</b><br>{e(b['addr'])}<br>Adószám: {b['tax']}</div></div>
<table class="meta"><tr><td><span class="l">Számla sorszáma</span>{inv['number']}</td><td><span class="l">Kelte</span>{Dt(inv, inv['issue'])}</td>
<td><span class="l">Teljesítés dátuma</span>{Dt(inv, inv['fulfil'])}</td><td><span class="l">Fizetési határidő</span>{Dt(inv, inv['due'])}</td><td><span class="l">Fizetési mód</span>átutalás</td></tr></table>
{items(inv, ['no','desc','qty','unit','price','rate','net','vat','gross'], ['#','Megnevezés','Menny.','Me.','Egységár','ÁFA','Nettó érték','ÁFA érték','Bruttó érték'])}
{vat_summary(inv)}
<div class="pay">Fizetendő: {M(inv, inv['gross'])} Ft</div>"""
    return page(body, css)


# 2 ---------------------------------------------------------------------------
def letterhead_footer(inv):
    s, b = inv["seller"], inv["buyer"]
    corr = ""
    title = "Számla"
    if inv["kind"] == "correction":
        title = "Helyesbítő számla"
        corr = f"<p class='corr'>A(z) <b>{inv['preceding']}</b> sorszámú számla módosítása. Módosítás oka: minőségi reklamáció, árengedmény.</p>"
    css = """body{font-family:'DejaVu Serif';font-size:10pt}
.lh{border-bottom:3px double #5a3d1e;padding-bottom:3mm;display:flex;justify-content:space-between;align-items:flex-end}
.lh .n{font-size:18pt;color:#5a3d1e;font-variant:small-caps}.lh .a{font-size:8.5pt;text-align:right;color:#555}
.win{margin:12mm 0 0 0;width:85mm;font-size:10.5pt;line-height:1.4}.win small{color:#777}
.right{float:right;width:75mm;margin-top:-28mm}.right table td{padding:1mm 2mm}.right td:first-child{color:#666}
h2{clear:both;padding-top:10mm;font-weight:normal;font-size:16pt;margin:0}
.items{width:100%;margin-top:4mm}.items th{border-bottom:1px solid #000;text-align:left;font-size:8.5pt}.items td{padding:1.2mm 1mm;border-bottom:1px dotted #aaa}
.c-qty,.c-price,.c-net,.c-vat,.c-gross{text-align:right}
.vatsum{margin:6mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 4mm;text-align:right}.vatsum .tot td{border-top:1px solid #000;font-weight:bold}
.foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #5a3d1e;font-size:7.5pt;color:#555;text-align:center;padding-top:2mm}
.corr{font-style:italic}"""
    body = f"""<div class="lh"><div class="n">{e(s['name'])}</div><div class="a">{e(s['addr'])}<br>Tel.: +36 96 555 210 · rendeles@example.hu</div></div>
<div class="win"><small>Címzett / vevő</small><br><b>{e(b['name'])}</b><br>{e(b['addr'])}<br>Vevő adószáma: {b['tax']}</div>
<div class="right"><table><tr><td>Számlaszám</td><td><b>{inv['number']}</b></td></tr><tr><td>Számla kelte</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Teljesítés kelte</td><td>{Dt(inv, inv['fulfil'])}</td></tr><tr><td>Esedékesség</td><td>{Dt(inv, inv['due'])}</td></tr><tr><td>Fizetés módja</td><td>Banki átutalás</td></tr></table></div>
<h2>{title}</h2>{corr}
{items(inv, ['desc','qty','unit','price','net','rate','vat'], ['Termék / szolgáltatás','Mennyiség','Egység','Egységár (Ft)','Nettó (Ft)','Adókulcs','Adó (Ft)'])}
{vat_summary(inv, ('Kulcs','Nettó','Áfa','Bruttó'), total_label='Mindösszesen')}
<p>Kérjük, a számla ellenértékét a {s['bank']} számú bankszámlánkra utalja.</p>
<div class="foot">{e(s['name'])} · Székhely: {e(s['addr'])} · Adószám: {s['tax']} · Cégjegyzékszám: 08-10-001234 · Bankszámla: {s['bank']}</div>"""
    return page(body, css, margin="16mm 18mm 24mm 18mm")


# 3 ---------------------------------------------------------------------------
def grid_labels(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Condensed';font-size:9pt}
.top{display:flex;justify-content:space-between;border-bottom:2px solid #0b5e8a;padding-bottom:2mm}.top h1{color:#0b5e8a;margin:0;font-size:15pt}
.grid{display:grid;grid-template-columns:38mm 1fr;row-gap:1mm;margin:4mm 0}.grid div:nth-child(odd){font-weight:bold}
.sec{background:#0b5e8a;color:#fff;padding:1mm 2mm;margin-top:4mm;font-weight:bold}
.items{width:100%;margin-top:3mm}.items th{border-bottom:1.5px solid #0b5e8a;font-size:8pt;text-align:left;padding:1mm}.items td{padding:1mm;border-bottom:1px solid #eee}
.c-qty,.c-price,.c-net,.c-gross{text-align:right}
.totals{display:grid;grid-template-columns:1fr 40mm;width:90mm;margin:4mm 0 0 auto;row-gap:1mm}.totals div:nth-child(even){text-align:right}.totals .g{font-weight:bold;border-top:1px solid #000}"""
    body = f"""<div class="top"><h1>Számla</h1><div>Bizonylatszám: <b>{inv['number']}</b></div></div>
<div class="sec">Szállító</div><div class="grid"><div>Név:</div><div>{e(s['name'])}</div><div>Cím:</div><div>{e(s['addr'])}</div><div>Adószám:</div><div>{s['tax']}</div><div>Bankszámlaszám:</div><div>{s['bank']}</div></div>
<div class="sec">Megrendelő</div><div class="grid"><div>Név:</div><div>{e(b['name'])}</div><div>Cím:</div><div>{e(b['addr'])}</div><div>Adószám:</div><div>{b['tax']}</div></div>
<div class="sec">Számla adatai</div><div class="grid"><div>Kiállítás dátuma:</div><div>{Dt(inv, inv['issue'])}</div><div>Teljesítés dátuma:</div><div>{Dt(inv, inv['fulfil'])}</div><div>Fizetési határidő:</div><div>{Dt(inv, inv['due'])}</div><div>Pénznem:</div><div>HUF</div></div>
{items(inv, ['desc','qty','unit','price','rate','net','gross'], ['Tétel','Menny.','ME','Nettó egységár','ÁFA %','Nettó','Bruttó'])}
<div class="totals"><div>Nettó összesen:</div><div>{M(inv, inv['net'])}</div><div>ÁFA összesen (27%):</div><div>{M(inv, inv['vat'])}</div><div class="g">Bruttó végösszeg:</div><div class="g">{M(inv, inv['gross'])}</div></div>"""
    return page(body, css)


# 4 ---------------------------------------------------------------------------
def meta_table_top(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt}
.hdr{width:100%}.hdr td{vertical-align:top}.brand{font-size:22pt;font-weight:bold;color:#b02020}.brand small{display:block;font-size:8pt;color:#333;font-weight:normal}
h1{text-align:right;font-size:13pt;letter-spacing:3px;margin:0}
.mt{width:100%;margin:4mm 0}.mt th{background:#b02020;color:#fff;font-size:7pt;padding:1mm;text-transform:uppercase}.mt td{border:1px solid #b02020;text-align:center;padding:1.5mm;font-size:9.5pt}
.cust{border-left:4px solid #b02020;padding-left:3mm;margin:3mm 0}
.items{width:100%}.items th{border-top:1px solid #333;border-bottom:1px solid #333;font-size:7.5pt;text-transform:uppercase}.items td{padding:1.2mm}.items tr:nth-child(even) td{background:#f4f4f4}
.c-qty,.c-price,.c-net,.c-gross,.c-vat{text-align:right}
.vatsum{margin:5mm 0 0 auto}.vatsum th{font-size:7.5pt;text-transform:uppercase;border-bottom:1px solid #333}.vatsum td{text-align:right;padding:1mm 3mm}.vatsum .tot td{font-weight:bold;font-size:10pt;border-top:2px solid #b02020}"""
    body = f"""<table class="hdr"><tr><td><div class="brand">{e(s['name'])}<small>{e(s['addr'])} | ADÓSZÁM: {s['tax']} | {s['bank']}</small></div></td><td><h1>SZÁMLA</h1></td></tr></table>
<table class="mt"><tr><th>Számlaszám</th><th>Vevőkód</th><th>Számla kelte</th><th>Teljesítés</th><th>Esedékesség</th><th>Fiz. mód</th></tr>
<tr><td><b>{inv['number']}</b></td><td>V-00417</td><td>{Dt(inv, inv['issue'])}</td><td>{Dt(inv, inv['fulfil'])}</td><td>{Dt(inv, inv['due'])}</td><td>Átutalás</td></tr></table>
<div class="cust">VEVŐ: <b>{e(b['name'])}</b>, {e(b['addr'])} · ADÓSZÁM: {b['tax']}<br>SZÁLLÍTÁSI CÍM: 8000 Székesfehérvár, Ipari park 12., III. raktár</div>
{items(inv, ['no','desc','qty','unit','price','net','rate','vat','gross'], ['Ssz.','Cikk megnevezése','Menny.','Me.','Egységár','Nettó','Áfa','Áfa összeg','Bruttó'])}
{vat_summary(inv, ('Áfakulcs','Nettó érték','Áfa','Bruttó érték'), total_label='ÖSSZESEN')}"""
    return page(body, css, margin="10mm")


# 5 ---------------------------------------------------------------------------
def receipt(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Mono';font-size:8pt;width:72mm}
.c{text-align:center}.r{text-align:right}hr{border:0;border-top:1px dashed #000}
table{width:100%}td{padding:0.3mm 0;vertical-align:top}"""
    rows = "".join(f"<tr><td colspan=2>{e(r['desc'])}</td></tr><tr><td>{Q(r['qty'])} {r['unit']} x {M(inv, r['price'])}</td><td class='r'>{M(inv, r['net'])} C</td></tr>" for r in inv["rows"])
    body = f"""<div class="c"><b>{e(s['name'])}</b><br>FESTÉKBOLT<br>{e(s['addr'])}<br>Adószám: {s['tax']}</div><hr>
<div class="c"><b>EGYSZERŰSÍTETT SZÁMLA</b><br>Sorszám: {inv['number']}</div><hr>
Vevő: {e(b['name'])}<br>{e(b['addr'])}<br>Vevő adószám: {b['tax']}<hr>
<table>{rows}</table><hr>
<table><tr><td>Tételek nettó értéken, C = 27% ÁFA</td><td></td></tr>
<tr><td>Nettó:</td><td class="r">{M(inv, inv['net'])}</td></tr><tr><td>ÁFA tartalom:</td><td class="r">{M(inv, inv['vat'])}</td></tr>
<tr><td><b>ÖSSZESEN:</b></td><td class="r"><b>{M(inv, inv['gross'])} Ft</b></td></tr><tr><td>Fizetve: bankkártya</td><td></td></tr></table><hr>
Kelt: {Dt(inv, inv['issue'])}<br>Teljesítés: {Dt(inv, inv['fulfil'])}<br>Fiz. határidő: {Dt(inv, inv['due'])}<hr><div class="c">Köszönjük a vásárlást!</div>"""
    return page(body, css, size="80mm 200mm", margin="4mm")


# 6 ---------------------------------------------------------------------------
def eur_fx(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt;color:#123}
.band{background:#123a5c;color:#fff;padding:4mm 6mm;display:flex;justify-content:space-between}.band h1{margin:0;font-size:16pt}
.cols{display:flex;gap:10mm;margin:5mm 0}.cols>div{flex:1}.lbl{font-size:7pt;color:#678;text-transform:uppercase}
.kv td{padding:0.8mm 3mm 0.8mm 0}
.items{width:100%;margin-top:4mm}.items th{background:#e4ecf3;font-size:8pt;padding:1.5mm;text-align:left}.items td{padding:1.5mm;border-bottom:1px solid #dde}
.c-qty,.c-price,.c-net,.c-vat,.c-gross{text-align:right}
.sum{width:105mm;margin:5mm 0 0 auto}.sum td{padding:1mm 2mm}.sum td:last-child{text-align:right}.sum .g td{font-weight:bold;font-size:11pt;border-top:2px solid #123a5c}
.fx{margin-top:6mm;border:1px solid #123a5c;padding:3mm;background:#f6f9fc}"""
    body = f"""<div class="band"><h1>{e(s['name'])}</h1><div>SZÁMLA / INVOICE<br><b>{inv['number']}</b></div></div>
<div class="cols"><div><div class="lbl">Szolgáltató</div><b>{e(s['name'])}</b><br>{e(s['addr'])}<br>Adószám: {s['tax']}<br>Közösségi adószám: {s['vat']}<br>IBAN (EUR): HU42 1010 1322 7745 9010 0200 0007</div>
<div><div class="lbl">Ügyfél</div><b>{e(b['name'])}</b><br>{e(b['addr'])}<br>Adószám: {b['tax']}<br>Közösségi adószám: {b['vat']}</div>
<div><table class="kv"><tr><td class="lbl">Kelt</td><td>{Dt(inv, inv['issue'])}</td></tr><tr><td class="lbl">Teljesítés</td><td>{Dt(inv, inv['fulfil'])}</td></tr><tr><td class="lbl">Fizetési határidő</td><td>{Dt(inv, inv['due'])}</td></tr><tr><td class="lbl">Pénznem</td><td>EUR</td></tr></table></div></div>
{items(inv, ['desc','qty','unit','price','net','rate','vat','gross'], ['Megnevezés','Menny.','Me.','Egységár (EUR)','Nettó (EUR)','ÁFA','ÁFA (EUR)','Bruttó (EUR)'])}
<table class="sum"><tr><td>Nettó összesen</td><td>{M(inv, inv['net'])} EUR</td></tr><tr><td>ÁFA 27%</td><td>{M(inv, inv['vat'])} EUR</td></tr><tr class="g"><td>Fizetendő összesen</td><td>{M(inv, inv['gross'])} EUR</td></tr></table>
<div class="fx">Átváltási árfolyam (MNB, a teljesítés napján): 1 EUR = {money(inv['fx'], 'sp', 'EUR')} HUF<br>
Az áthárított ÁFA összege forintban: <b>{money(inv['vat_huf'], 'sp', 'HUF')} Ft</b> · Nettó érték forintban: {money(inv['net_huf'], 'sp', 'HUF')} Ft</div>"""
    return page(body, css, margin="0 0 12mm 0").replace("<body>", "<body><div style='padding:0 12mm'>", 1).replace("</body>", "</div></body>")


# 7 ---------------------------------------------------------------------------
def dotmatrix(inv):
    s, b = inv["seller"], inv["buyer"]
    W = 78
    L = []
    L.append(f"{s['name']:<44}{'SZAMLA':>34}")
    L.append(f"{s['addr']:<50}{'Sorszam: ' + inv['number']:>28}")
    L.append(f"Adoszam: {s['tax']:<41}{'EREDETI PELDANY':>28}")
    if s.get("vat"):
        L.append(f"Kozossegi adoszam: {s['vat']}")
    L.append("=" * W)
    L.append(f"VEVO....: {b['name']}")
    L.append(f"          {b['addr']}")
    L.append(f"Adoszam.: {b['tax']}")
    L.append("-" * W)
    L.append(f"Szla kelte: {Dt(inv, inv['issue'])}   Telj. kelte: {Dt(inv, inv['fulfil'])}   Fiz.hat.: {Dt(inv, inv['due'])}")
    L.append("Fizetesi mod: ATUTALAS       Bankszamla: " + s["bank"])
    L.append("-" * W)
    L.append(f"{'Megnevezes':<38}{'Menny':>7} {'Me':<5}{'Egysegar':>12}{'Netto':>14}")
    L.append("-" * W)
    for r in inv["rows"]:
        L.append(f"{r['desc'][:38]:<38}{Q(r['qty']):>7} {r['unit']:<5}{M(inv, r['price']):>12}{M(inv, r['net']):>14}")
    L.append("-" * W)
    for sm in inv["summary"]:
        L.append(f"{'AFA ' + R(sm['rate']):<20}alap: {M(inv, sm['net']):>14}   ado: {M(inv, sm['vat']):>12}")
    L.append("=" * W)
    L.append(f"{'NETTO OSSZESEN':<50}{M(inv, inv['net']):>20} Ft")
    L.append(f"{'AFA OSSZESEN':<50}{M(inv, inv['vat']):>20} Ft")
    L.append(f"{'FIZETENDO VEGOSSZEG':<50}{M(inv, inv['gross']):>20} Ft")
    L.append("=" * W)
    txt = "\n".join(e(x) for x in L)
    css = "body{font-family:'DejaVu Sans Mono';font-size:8.6pt;color:#333}pre{margin:0;line-height:1.45}"
    return page(f"<pre>{txt}</pre>", css, margin="15mm 12mm")


# 8 ---------------------------------------------------------------------------
def bilingual_de(inv):
    s, b = inv["seller"], inv["buyer"]
    btax = f"<br>Steuernummer / Adószám: {b['tax']}" if b.get("tax") else ""
    css = """body{font-family:'DejaVu Sans';font-size:8.8pt}
.head{display:flex;justify-content:space-between}.logo{font-size:17pt;font-weight:bold;color:#2d6a2d}.logo span{display:block;font-size:8pt;font-weight:normal;color:#444}
.mid{display:flex;justify-content:space-between;align-items:flex-start;margin-top:10mm}.addr{width:88mm}.addr .sm{font-size:6.5pt;text-decoration:underline;color:#555}
.info{width:82mm}.info td{padding:0.6mm 1mm;font-size:8.5pt}.info td:first-child{color:#555}
h1{font-size:14pt;margin:10mm 0 3mm 0;border-bottom:2px solid #2d6a2d}
.items{width:100%}.items th{font-size:7.5pt;text-align:left;border-bottom:1px solid #2d6a2d;padding:1mm}.items td{padding:1.2mm;border-bottom:1px solid #e5e5e5}
.c-qty,.c-price,.c-net{text-align:right}
.tot{width:95mm;margin:4mm 0 0 auto}.tot td{padding:1mm}.tot td:last-child{text-align:right}.tot .g td{font-weight:bold;border-top:1.5px solid #000}
.note{margin-top:6mm;padding:2mm;border:1px solid #2d6a2d;font-size:8pt}.ft{margin-top:10mm;font-size:7pt;color:#666;border-top:1px solid #ccc;padding-top:2mm}"""
    body = f"""<div class="head"><div class="logo">ALPENBESCHLAG<span>Möbeltechnik · Vorarlberg</span></div><div style="text-align:right;font-size:8pt">{e(s['name'])}<br>{e(s['addr'])}<br>UID-Nr. / Közösségi adószám: {s['vat']}</div></div>
<div class="mid"><div class="addr"><div class="sm">{e(s['name'])} · Industriestraße 14 · 6850 Dornbirn</div><b>{e(b['name'])}</b><br>{e(b['addr'])}<br>Ungarn / Magyarország<br>UID-Nr. / Közösségi adószám: {b['vat']}{btax}</div>
<table class="info"><tr><td>Rechnungsnummer / Számlaszám</td><td><b>{inv['number']}</b></td></tr><tr><td>Rechnungsdatum / Számla kelte</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Lieferdatum / Teljesítés dátuma</td><td>{Dt(inv, inv['fulfil'])}</td></tr><tr><td>Fällig am / Fizetési határidő</td><td>{Dt(inv, inv['due'])}</td></tr><tr><td>Kundennr. / Vevőszám</td><td>HU-20418</td></tr></table></div>
<h1>Rechnung / Számla</h1>
{items(inv, ['no','desc','qty','unit','price','net'], ['Pos.','Bezeichnung / Megnevezés','Menge / Menny.','ME','Preis / Egységár EUR','Betrag / Érték EUR'])}
<table class="tot"><tr><td>Nettobetrag / Nettó összeg</td><td>{M(inv, inv['net'])} EUR</td></tr><tr><td>USt. / ÁFA 0 %</td><td>{M(inv, inv['vat'])} EUR</td></tr><tr class="g"><td>Gesamtbetrag / Fizetendő</td><td>{M(inv, inv['gross'])} EUR</td></tr></table>
<div class="note">Steuerfreie innergemeinschaftliche Lieferung gem. Art. 6 Abs. 1 UStG. Übergang der Steuerschuld auf den Leistungsempfänger.<br>Adómentes Közösségen belüli termékértékesítés – fordított adózás, az adót a vevő fizeti.</div>
<div class="ft">Bankverbindung / Bankszámla: {s['bank']} · BIC: SPFKAT2BXXX · Firmenbuch FN 214578 k, LG Feldkirch</div>"""
    return page(body, css, margin="15mm 16mm")


# 9 ---------------------------------------------------------------------------
def slovak_en(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif Condensed';font-size:9pt}
table.f{width:100%;border:1.5px solid #000}table.f td{border:1px solid #000;padding:2mm;vertical-align:top;width:50%}
.t{font-size:15pt;font-weight:bold}.l{font-size:7pt;font-style:italic}
.items{width:100%;margin-top:3mm}.items th,.items td{border:1px solid #000;padding:1mm;font-size:8.3pt}.items th{background:#eee}
.c-qty,.c-price,.c-net{text-align:right}"""
    body = f"""<table class="f"><tr><td><span class="l">Dodávateľ / Supplier</span><br><b>{e(s['name'])}</b><br>{e(s['addr'])}<br>IČ DPH / VAT ID: {s['vat']}<br>IČO: 36 628 452</td>
<td><span class="t">FAKTÚRA / INVOICE</span><br>č. / No.: <b>{inv['number']}</b><br><br><span class="l">Variabilný symbol</span> {inv['number']}</td></tr>
<tr><td><span class="l">Odberateľ / Customer</span><br><b>{e(b['name'])}</b><br>{e(b['addr'])}, Maďarsko<br>IČ DPH / VAT ID: {b['vat']}</td>
<td><span class="l">Dátum vyhotovenia / Date of issue:</span> {Dt(inv, inv['issue'])}<br><span class="l">Dátum dodania / Date of supply:</span> {Dt(inv, inv['fulfil'])}<br><span class="l">Dátum splatnosti / Due date:</span> {Dt(inv, inv['due'])}<br><span class="l">Forma úhrady / Payment:</span> prevodom / bank transfer<br>{s['bank']}</td></tr></table>
{items(inv, ['desc','qty','unit','price','net'], ['Popis / Description','Množstvo / Qty','MJ','Cena/MJ EUR','Spolu / Total EUR'], sep=',')}
<table class="f" style="width:95mm;margin:4mm 0 0 auto"><tr><td>Základ dane / Tax base</td><td style="text-align:right">{M(inv, inv['net'])} EUR</td></tr>
<tr><td>DPH / VAT 0 %</td><td style="text-align:right">{M(inv, inv['vat'])} EUR</td></tr><tr><td><b>Celkom k úhrade / Total due</b></td><td style="text-align:right"><b>{M(inv, inv['gross'])} EUR</b></td></tr></table>
<p>Oslobodené od dane podľa § 43 zákona o DPH – prenesenie daňovej povinnosti / Reverse charge, Art. 138 Directive 2006/112/EC.</p>"""
    return page(body, css)


# 10 --------------------------------------------------------------------------
def czech_cz(inv):
    s, b = inv["seller"], inv["buyer"]
    cur = inv["currency"]
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt}
.hd{display:flex;justify-content:space-between;align-items:baseline;border-bottom:4px solid #8a2be2}.hd h1{font-weight:300;font-size:20pt;margin:0;color:#8a2be2}
.two{display:flex;margin-top:5mm}.two>div{flex:1;padding:2mm}.two .b{background:#f3ecfb;border-radius:2mm}
.dl{margin-top:5mm;display:flex;gap:4mm}.dl div{flex:1;border-top:1px solid #8a2be2;padding-top:1mm}.dl span{display:block;font-size:6.5pt;color:#8a2be2;text-transform:uppercase}
.items{width:100%;margin-top:5mm}.items th{font-size:7pt;color:#8a2be2;text-align:left;border-bottom:1px solid #8a2be2}.items td{padding:1.3mm 0.5mm}
.c-qty,.c-price,.c-net{text-align:right}
.big{margin:6mm 0 0 auto;width:90mm;background:#8a2be2;color:#fff;padding:3mm}.big table{width:100%}.big td:last-child{text-align:right}"""
    body = f"""<div class="hd"><h1>Faktura – daňový doklad</h1><div>Invoice No. <b>{inv['number']}</b></div></div>
<div class="two"><div><small>DODAVATEL / SUPPLIER</small><br><b>{e(s['name'])}</b><br>{e(s['addr'])}<br>IČ: 26743918<br>DIČ: {s['vat']}<br>Bankovní účet: {s['bank']}</div>
<div class="b"><small>ODBĚRATEL / CUSTOMER</small><br><b>{e(b['name'])}</b><br>{e(b['addr'])}<br>Maďarsko / Hungary<br>DIČ / VAT: {b['vat']}</div></div>
<div class="dl"><div><span>Datum vystavení</span>{Dt(inv, inv['issue'])}</div><div><span>Datum zdan. plnění (DUZP)</span>{Dt(inv, inv['fulfil'])}</div><div><span>Datum splatnosti</span>{Dt(inv, inv['due'])}</div><div><span>Měna / Currency</span>{cur}</div></div>
{items(inv, ['desc','qty','unit','price','net'], ['Označení dodávky','Množství','MJ','Cena za MJ','Celkem bez DPH'])}
<div class="big"><table><tr><td>Základ daně</td><td>{M(inv, inv['net'])} {cur}</td></tr><tr><td>DPH 0 % (reverse charge)</td><td>{M(inv, inv['vat'])} {cur}</td></tr><tr><td><b>Celkem k úhradě</b></td><td><b>{M(inv, inv['gross'])} {cur}</b></td></tr></table></div>
<p style="font-size:7.5pt">Dodání zboží do jiného členského státu osvobozené od daně dle § 64 ZDPH. Daň odvede zákazník. / Intra-Community supply, reverse charge.</p>"""
    return page(body, css)


# 11 --------------------------------------------------------------------------
def polish_pl(inv):
    s, b = inv["seller"], inv["buyer"]
    cur = inv["currency"]
    css = """body{font-family:'DejaVu Sans Condensed';font-size:9pt}
.t{text-align:center}.t h1{margin:0;font-size:14pt}.t div{font-size:8pt}
.meta{float:right;border:1px solid #555;padding:2mm;font-size:8.5pt;margin-bottom:3mm}
.p{clear:both;width:100%}.p td{width:50%;vertical-align:top;padding:2mm;border-top:2px solid #c00}
.items{width:100%;margin-top:4mm}.items th{background:#c00;color:#fff;font-size:7.5pt;padding:1mm}.items td{border-bottom:1px solid #ccc;padding:1mm}
.c-qty,.c-price,.c-net,.c-vat,.c-gross{text-align:right}
.vatsum{margin:4mm 0 0 auto}.vatsum th{font-size:7.5pt;border-bottom:1px solid #555}.vatsum td{text-align:right;padding:0.8mm 3mm}.vatsum .tot td{font-weight:bold}
.due{font-size:12pt;margin-top:4mm}"""
    body = f"""<div class="meta">Miejsce wystawienia: Bielsko-Biała<br>Data wystawienia / Date of issue: {Dt(inv, inv['issue'])}<br>Data dostawy / Delivery date: {Dt(inv, inv['fulfil'])}<br>Termin płatności / Due: {Dt(inv, inv['due'])}</div>
<div class="t"><h1>FAKTURA VAT nr {inv['number']}</h1><div>INVOICE · ORYGINAŁ</div></div>
<table class="p"><tr><td>Sprzedawca / Seller:<br><b>{e(s['name'])}</b><br>{e(s['addr'])}<br>NIP UE: {s['vat']}</td>
<td>Nabywca / Buyer:<br><b>{e(b['name'])}</b><br>{e(b['addr'])}, Węgry<br>NIP UE / VAT: {b['vat']}</td></tr></table>
{items(inv, ['no','desc','qty','unit','price','net','rate','vat','gross'], ['Lp.','Nazwa towaru','Ilość','J.m.','Cena netto','Wartość netto','Stawka','Kwota VAT','Wartość brutto'])}
{vat_summary(inv, ('Stawka','Netto','VAT','Brutto'), total_label='Razem')}
<div class="due">Do zapłaty / Amount due: <b>{M(inv, inv['gross'])} {cur}</b></div>
<p>Odwrotne obciążenie – WDT, art. 42 ustawy o VAT / Reverse charge, intra-EU supply of goods.<br>Konto: {s['bank']}</p>"""
    return page(body, css)


# 12 --------------------------------------------------------------------------
def english_service(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif';font-size:9.5pt}
.top{text-align:right}.top .n{font-size:20pt;letter-spacing:1px}.top div{font-size:8pt}
h1{font-family:'DejaVu Sans';font-weight:200;font-size:30pt;margin:8mm 0 2mm 0;color:#666}
.meta{font-family:'DejaVu Sans';font-size:8.5pt}.meta td{padding:0.5mm 6mm 0.5mm 0}
.bill{margin-top:6mm}.bill td{vertical-align:top;padding-right:14mm}
.items{width:100%;margin-top:6mm;font-family:'DejaVu Sans'}.items th{text-align:left;font-weight:normal;color:#888;border-bottom:1px solid #888;font-size:8pt}.items td{padding:2mm 1mm;border-bottom:1px solid #eee}
.c-qty,.c-price,.c-net{text-align:right}
.t{margin:5mm 0 0 auto;font-family:'DejaVu Sans'}.t td{padding:1mm 3mm;text-align:right}.t .g td{font-size:12pt;font-weight:bold}"""
    body = f"""<div class="top"><div class="n">{e(s['name'])}</div><div>{e(s['addr'])}<br>VAT No. {s['vat']} · REA VI-287431</div></div>
<h1>Invoice</h1>
<table class="meta"><tr><td>Invoice number</td><td><b>{inv['number']}</b></td><td>Invoice date</td><td>{Dt(inv, inv['issue'])}</td></tr><tr><td>Service date</td><td>{Dt(inv, inv['fulfil'])}</td><td>Payment due</td><td>{Dt(inv, inv['due'])}</td></tr></table>
<table class="bill"><tr><td><span style="color:#888">Bill to</span><br><b>{e(b['name'])}</b><br>{e(b['addr'])}<br>Hungary<br>VAT No. {b['vat']}</td><td><span style="color:#888">Job reference</span><br>Edge bander EB-440 s/n 21-0932<br>Service report SR-27-211</td></tr></table>
{items(inv, ['desc','qty','unit','price','net'], ['Description','Qty','Unit','Unit price (EUR)','Amount (EUR)'], sep='.')}
<table class="t"><tr><td>Subtotal</td><td>EUR {M(inv, inv['net'])}</td></tr><tr><td>VAT (reverse charge, 0%)</td><td>EUR {M(inv, inv['vat'])}</td></tr><tr class="g"><td>Total due</td><td>EUR {M(inv, inv['gross'])}</td></tr></table>
<p style="font-size:8pt">Reverse charge – Art. 196 Directive 2006/112/EC. VAT to be accounted for by the recipient. Operazione non imponibile / inversione contabile, art. 7-ter DPR 633/72.</p>
<p style="font-size:8pt">Bank transfer to {s['bank']} · BIC BPMOIT22XXX</p>"""
    return page(body, css, margin="18mm")


# 13 --------------------------------------------------------------------------
def energy_bill(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt}
.hd{display:flex;justify-content:space-between;background:#f7c400;padding:4mm}.hd .n{font-size:15pt;font-weight:bold}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:4mm;margin-top:4mm}.card{border:1px solid #ccc;padding:3mm}.card h4{margin:0 0 2mm 0;font-size:8pt;color:#a07d00;text-transform:uppercase}
.pay{margin-top:4mm;border:2px solid #f7c400;padding:4mm;display:flex;justify-content:space-between;font-size:11pt}
.items{width:100%;margin-top:4mm}.items th{background:#333;color:#fff;font-size:7.5pt;padding:1mm}.items td{border-bottom:1px solid #ddd;padding:1mm}
.c-qty,.c-price,.c-net,.c-vat,.c-gross{text-align:right}
.vatsum{margin:4mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm;text-align:right}.vatsum .tot td{font-weight:bold;border-top:1px solid #333}"""
    body = f"""<div class="hd"><div class="n">{e(s['name'])}</div><div style="text-align:right">Villamosenergia-számla<br>Számla sorszáma: <b>{inv['number']}</b></div></div>
<div class="grid"><div class="card"><h4>Kereskedő</h4>{e(s['name'])}<br>{e(s['addr'])}<br>Adószám: {s['tax']}<br>Ügyfélszolgálat: +36 80 123 456</div>
<div class="card"><h4>Felhasználó / számlafizető</h4>{e(b['name'])}<br>{e(b['addr'])}<br>Adószám: {b['tax']}<br>Felhasználási hely: 8000 Székesfehérvár, Ipari park 12.<br>POD: HU000130F11-S00000000000001234567</div>
<div class="card"><h4>Számla adatai</h4>Elszámolt időszak: 2027.10.01.–2027.10.31.<br>Számla kelte: {Dt(inv, inv['issue'])}<br>Teljesítés időpontja: {Dt(inv, inv['fulfil'])}<br>Számla típusa: elszámoló számla</div>
<div class="card"><h4>Fizetés</h4>Fizetési mód: csoportos beszedés<br>Fizetési határidő: {Dt(inv, inv['due'])}<br>Mérő: 31 442 118, záró állás 482 733 kWh</div></div>
<div class="pay"><span>Fizetendő összeg</span><b>{M(inv, inv['gross'])} Ft</b></div>
{items(inv, ['desc','qty','unit','price','net','rate','vat','gross'], ['Tétel','Mennyiség','Me.','Egységár Ft','Nettó Ft','Áfa','Áfa Ft','Bruttó Ft'])}
{vat_summary(inv, ('Áfakulcs','Nettó','Áfa','Bruttó'), total_label='Összesen')}"""
    return page(body, css, margin="10mm")


# 14 --------------------------------------------------------------------------
def lease_letter(inv):
    s, b = inv["seller"], inv["buyer"]
    r0 = inv["rows"]
    lines = "".join(f"<tr><td>{e(r['desc'])}</td><td>{M(inv, r['net'])} Ft</td><td>{R(r['rate'])}</td><td>{M(inv, r['vat'])} Ft</td></tr>" for r in r0)
    css = """body{font-family:'DejaVu Serif';font-size:10.5pt;line-height:1.45}
.from{font-size:9pt;color:#444}.to{margin:10mm 0 8mm 0}
h2{font-size:13pt;text-align:center;text-decoration:underline;margin:6mm 0}
.l td{padding:1mm 4mm 1mm 0}.l td:nth-child(2),.l td:nth-child(4){text-align:right}
.sig{margin-top:16mm;margin-left:100mm;text-align:center;border-top:1px solid #000;width:60mm}"""
    body = f"""<div class="from">{e(s['name'])} · {e(s['addr'])} · adószám: {s['tax']}</div>
<div class="to">{e(b['name'])}<br>{e(b['addr'])}<br>adószám: {b['tax']}</div>
<p style="text-align:right">Szigetszentmiklós, {Dt(inv, inv['issue'])}</p>
<h2>SZÁMLA – {inv['number']}</h2>
<p>A 2026/TB-044 számú bérleti szerződés alapján az alábbi díjakat számlázzuk. Időszaki elszámolású szolgáltatás, a teljesítés időpontja: {Dt(inv, inv['fulfil'])}.</p>
<table class="l">{lines}</table>
<p>Nettó díj összesen: {M(inv, inv['net'])} Ft<br>Általános forgalmi adó (27%): {M(inv, inv['vat'])} Ft<br><b>Fizetendő bruttó összeg: {M(inv, inv['gross'])} Ft</b></p>
<p>Kérjük, hogy az összeget legkésőbb {Dt(inv, inv['due'])} napjáig a {s['bank']} számlaszámra átutalni szíveskedjenek.</p>
<div class="sig">{e(s['name'])}</div>"""
    return page(body, css, margin="22mm 24mm")


# 15 --------------------------------------------------------------------------
def tiny_grey(inv):
    s, b = inv["seller"], inv["buyer"]
    kind = inv["kind"]
    title = {"proforma": "Díjbekérő", "advance": "Előlegszámla", "final": "Végszámla"}.get(kind, "Számla")
    fulf = f"<div class='f'><i>teljesítés kelte</i>{Dt(inv, inv['fulfil'])}</div>" if inv.get("fulfil") else ""
    note = {"proforma": "Ez a bizonylat nem számla, áfa levonására nem jogosít. A befizetésről előlegszámlát állítunk ki.",
            "advance": "Az előleg jóváírásának napja a teljesítés kelte. Az előleget a végszámla levonja.",
            "final": "A végszámla a HFG-E-2027-0058 sorszámú előlegszámlán kiszámlázott előleget levonja; a fizetendő összeg az előleggel csökkentett érték."}[kind] if kind in ("proforma", "advance", "final") else ""
    numlabel = "bizonylat száma" if kind == "proforma" else "számla sorszáma"
    css = """body{font-family:'DejaVu Sans';font-size:9.5pt;color:#111}
i{display:block;font-style:normal;font-size:6pt;color:#999;text-transform:lowercase;letter-spacing:0.5px}
.t{font-size:24pt;font-weight:200;margin-bottom:6mm}.row{display:flex;gap:3mm;margin-bottom:3mm}.f{flex:1;border-bottom:0.5px solid #ccc;padding:1mm 0}
.items{width:100%;margin-top:5mm}.items th{font-size:6pt;color:#999;font-weight:normal;text-align:left}.items td{border-top:0.5px solid #ccc;padding:1.5mm 0.5mm}
.c-qty,.c-price,.c-net,.c-vat,.c-gross{text-align:right}
.s{width:80mm;margin:6mm 0 0 auto}.s .f{display:flex;justify-content:space-between;align-items:baseline}.note{font-size:7.5pt;color:#777;margin-top:8mm}"""
    body = f"""<div class="t">{title}</div>
<div class="row"><div class="f"><i>kibocsátó</i><b>{e(s['name'])}</b></div><div class="f"><i>adószám</i>{s['tax']}</div><div class="f"><i>cím</i>{e(s['addr'])}</div></div>
<div class="row"><div class="f"><i>vevő</i><b>{e(b['name'])}</b></div><div class="f"><i>vevő adószáma</i>{b['tax']}</div><div class="f"><i>számlázási cím</i>{e(b['addr'])}</div></div>
<div class="row"><div class="f"><i>{numlabel}</i><b>{inv['number']}</b></div><div class="f"><i>kiállítás kelte</i>{Dt(inv, inv['issue'])}</div>{fulf}<div class="f"><i>esedékesség</i>{Dt(inv, inv['due'])}</div><div class="f"><i>bankszámla</i>{s['bank']}</div></div>
{items(inv, ['desc','qty','unit','price','net','rate','vat','gross'], ['megnevezés','menny.','me.','egységár','nettó','áfa','áfa összeg','bruttó'])}
<div class="s"><div class="f"><i>nettó</i>{M(inv, inv['net'])} Ft</div><div class="f"><i>áfa 27%</i>{M(inv, inv['vat'])} Ft</div><div class="f"><i>fizetendő</i><b>{M(inv, inv['gross'])} Ft</b></div></div>
<div class="note">{note}</div>"""
    return page(body, css, margin="16mm")


# 16 --------------------------------------------------------------------------
def multipage(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Condensed';font-size:8.5pt}
.h{display:flex;justify-content:space-between;border-bottom:1px solid #000;padding-bottom:2mm}.h h1{font-size:14pt;margin:0;text-transform:uppercase}
.pp{display:flex;gap:8mm;margin:3mm 0}.pp>div{flex:1}.pp u{font-size:7pt;text-decoration:none;color:#555;display:block}
.items{width:100%}.items thead{display:table-header-group}.items th{border-bottom:1px solid #000;font-size:7.5pt;text-align:left}.items td{padding:1.4mm 0.5mm;border-bottom:1px dotted #bbb}
.c-qty,.c-price,.c-net,.c-gross{text-align:right}
.brk{break-before:page}.vatsum{margin:4mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm;text-align:right}.vatsum .tot td{font-weight:bold;border-top:1px solid #000}
.d{margin-top:4mm}.d td{padding:0.8mm 4mm 0.8mm 0}"""
    body = f"""<div class="h"><h1>Számla</h1><div>Számlaszám: <b>{inv['number']}</b><br>Tételes rész</div></div>
<div class="pp"><div><u>SZÁLLÍTÓ</u><b>{e(s['name'])}</b><br>{e(s['addr'])}<br>Adószám: {s['tax']}</div><div><u>VEVŐ</u><b>{e(b['name'])}</b><br>{e(b['addr'])}<br>Adószám: {b['tax']}</div>
<div><table class="d"><tr><td>Kelt:</td><td>{Dt(inv, inv['issue'])}</td></tr><tr><td>Teljesítés:</td><td>{Dt(inv, inv['fulfil'])}</td></tr><tr><td>Fizetési határidő:</td><td>{Dt(inv, inv['due'])}</td></tr></table></div></div>
{items(inv, ['no','desc','qty','unit','price','rate','net','gross'], ['Ssz','Megnevezés','Mennyiség','ME','Egységár','Áfa','Nettó','Bruttó'])}
<div class="brk"><div class="h"><h1>Számla – összesítő</h1><div>Számlaszám: <b>{inv['number']}</b><br>Összesítő lap</div></div>
{vat_summary(inv, ('Áfakulcs','Nettó','Áfa','Bruttó'), total_label='Számla végösszege')}
<p>Fizetendő végösszeg: <b>{M(inv, inv['gross'])} Ft</b>, átutalással a {s['bank']} számlára.</p>
<p>Az áru átvételét igazolom: ______________________</p></div>"""
    return page(body, css, margin="12mm")


# 17 --------------------------------------------------------------------------
def sidebar(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt}
.wrap{display:flex}.side{width:52mm;background:#23425e;color:#fff;padding:6mm 4mm;min-height:265mm;box-sizing:border-box}.side b{font-size:11pt}.side p{margin:0 0 5mm 0}.side small{color:#9bb}
.main{flex:1;padding:6mm}.main h1{font-size:22pt;margin:0;color:#23425e}
.kv td{padding:0.7mm 3mm 0.7mm 0}.kv td:first-child{color:#777}
.items{width:100%;margin-top:5mm}.items th{border-bottom:2px solid #23425e;font-size:7pt;text-align:left}.items td{padding:1.3mm 0.5mm;border-bottom:1px solid #eee}
.c-qty,.c-price,.c-net,.c-vat,.c-gross{text-align:right}
.vatsum{margin:5mm 0 0 auto}.vatsum th{font-size:7.5pt}.vatsum td{padding:1mm 2.5mm;text-align:right}.vatsum .tot td{font-weight:bold;background:#e8eef3}"""
    body = f"""<div class="wrap"><div class="side"><p><small>Szolgáltató</small><br><b>{e(s['name'])}</b></p><p>{e(s['addr'])}</p><p><small>Adószám</small><br>{s['tax']}</p><p><small>Bankszámla</small><br>{s['bank']}</p><p><small>Ügyfélszolgálat</small><br>+36 22 400 812</p></div>
<div class="main"><h1>Számla</h1>
<table class="kv"><tr><td>Számlaszám</td><td><b>{inv['number']}</b></td></tr><tr><td>Kiállítva</td><td>{Dt(inv, inv['issue'])}</td></tr><tr><td>Teljesítés dátuma</td><td>{Dt(inv, inv['fulfil'])}</td></tr><tr><td>Esedékes</td><td>{Dt(inv, inv['due'])}</td></tr></table>
<p><span style="color:#777">Számlázási cím</span><br><b>{e(b['name'])}</b><br>{e(b['addr'])}<br>Adószám: {b['tax']}</p>
{items(inv, ['desc','qty','unit','price','rate','net','vat','gross'], ['Megnevezés','Menny.','Me.','Egységár','Áfa','Nettó','Áfa','Bruttó'])}
{vat_summary(inv, ('Áfakulcs','Nettó','Áfa','Bruttó'), total_label='Végösszeg')}
<p style="font-size:7.5pt;color:#777">TAM: tárgyi adómentes (közvetített postai szolgáltatás).</p></div></div>"""
    return page(body, css, margin="0")


# 18 --------------------------------------------------------------------------
def boxed_form(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Mono';font-size:8.5pt}
.form{width:100%;border:2px solid #000}.form td{border:1px solid #000;padding:1.5mm;vertical-align:top}.form .l{font-size:6.5pt;display:block;font-family:'DejaVu Sans';font-weight:bold}
.title{font-family:'DejaVu Sans';font-size:16pt;font-weight:bold;text-align:center}
.items{width:100%;border:2px solid #000;border-top:0}.items th,.items td{border:1px solid #000;padding:1mm;font-size:8pt}.items th{font-family:'DejaVu Sans';font-size:6.5pt}
.c-qty,.c-price,.c-net,.c-vat,.c-gross{text-align:right}"""
    body = f"""<table class="form"><tr><td colspan="2" class="title">SZÁMLA</td><td><span class="l">SZÁMLA SORSZÁMA</span><b>{inv['number']}</b></td></tr>
<tr><td rowspan="2" style="width:40%"><span class="l">ELADÓ NEVE, CÍME</span>{e(s['name'])}<br>{e(s['addr'])}<br><span class="l">ADÓSZÁM</span>{s['tax']}<br><span class="l">KÖZÖSSÉGI ADÓSZÁM</span>{s['vat']}</td>
<td rowspan="2" style="width:40%"><span class="l">VEVŐ NEVE, CÍME</span>{e(b['name'])}<br>{e(b['addr'])}<br><span class="l">ADÓSZÁM</span>{b['tax']}<br><span class="l">KÖZÖSSÉGI ADÓSZÁM</span>{b['vat']}</td>
<td><span class="l">KELTE</span>{Dt(inv, inv['issue'])}<br><span class="l">TELJESÍTÉS</span>{Dt(inv, inv['fulfil'])}</td></tr>
<tr><td><span class="l">ESEDÉKESSÉG</span>{Dt(inv, inv['due'])}<br><span class="l">PÉNZNEM</span>EUR</td></tr></table>
{items(inv, ['no','desc','qty','unit','price','net','rate','vat','gross'], ['SSZ','MEGNEVEZÉS','MENNY','ME','EGYSÉGÁR','NETTÓ','ÁFA%','ÁFA','BRUTTÓ'])}
<table class="form" style="margin-top:4mm"><tr><td><span class="l">NETTÓ ÖSSZESEN (EUR)</span>{M(inv, inv['net'])}</td><td><span class="l">ÁFA ÖSSZESEN (EUR)</span>{M(inv, inv['vat'])}</td><td><span class="l">BRUTTÓ ÖSSZESEN (EUR)</span><b>{M(inv, inv['gross'])}</b></td></tr>
<tr><td><span class="l">MNB DEVIZAÁRFOLYAM</span>1 EUR = {money(inv['fx'], 'dot', 'EUR')} Ft</td><td><span class="l">ÁFA ÖSSZESEN FORINTBAN</span>{money(inv['vat_huf'], 'dot', 'HUF')} Ft</td><td><span class="l">BANKSZÁMLA (EUR)</span>{s['bank']}</td></tr></table>"""
    return page(body, css, margin="12mm")


TEMPLATES = {f.__name__: f for f in [twocol_boxes, letterhead_footer, grid_labels, meta_table_top, receipt, eur_fx,
                                     dotmatrix, bilingual_de, slovak_en, czech_cz, polish_pl, english_service,
                                     energy_bill, lease_letter, tiny_grey, multipage, sidebar, boxed_form]}

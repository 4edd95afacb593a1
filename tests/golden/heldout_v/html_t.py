# ruff: noqa
"""HTML+CSS layouts (printed by headless Chromium)."""
from html import escape as E
from .fmt import amt, date, qty, CODES


def F(inv, x):
    return amt(x, inv["ns"], inv["currency"])


def Dt(inv, d):
    return date(d, inv["ds"])


def CUR(inv, huf="Ft"):
    return huf if inv["currency"] == "HUF" else inv["currency"]


def page(css, body, size="A4", margin="14mm"):
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: {margin}; }}
body {{ margin:0; font-variant-ligatures: none; font-feature-settings: 'liga' 0, 'clig' 0; }}
table {{ border-collapse: collapse; }}
thead {{ display: table-header-group; }}
tr {{ page-break-inside: avoid; }}
{css}
</style></head><body>{body}</body></html>"""


def cell(inv, ln, i, key):
    if key == "n":
        return str(i + 1)
    if key == "desc":
        return E(ln["desc"])
    if key == "sku":
        return E(ln.get("sku", ""))
    if key == "qty":
        return qty(ln["qty"])
    if key == "unit":
        return E(ln["unit"])
    if key == "qtyu":
        return qty(ln["qty"]) + " " + E(ln["unit"])
    if key == "price":
        return F(inv, ln["price"])
    if key == "net":
        return F(inv, ln["net"])
    if key == "code":
        return CODES[ln["code"]][1]
    if key == "vat":
        return F(inv, ln["vat"])
    if key == "gross":
        return F(inv, ln["gross"])
    raise KeyError(key)


NUMERIC = {"qty", "price", "net", "vat", "gross", "n", "code", "qtyu"}


def items(inv, cols, cls="items"):
    h = "".join(f'<th class="c_{k}">{lab}</th>' for k, lab in cols)
    rows = []
    for i, ln in enumerate(inv["lines"]):
        rows.append("<tr>" + "".join(
            f'<td class="c_{k}{" num" if k in NUMERIC else ""}">{cell(inv, ln, i, k)}</td>' for k, _ in cols) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def vatsum(inv, labels=("Áfakulcs", "Nettó", "Áfa", "Bruttó"), cls="vatsum", total_label="Összesen", long=False):
    h = "".join(f"<th>{x}</th>" for x in labels)
    rows = []
    for code, g in inv["groups"].items():
        lab = CODES[code][2] if long else CODES[code][1]
        rows.append(f'<tr><td>{lab}</td><td class="num">{F(inv, g["net"])}</td><td class="num">{F(inv, g["vat"])}</td><td class="num">{F(inv, g["gross"])}</td></tr>')
    rows.append(f'<tr class="tot"><td>{total_label}</td><td class="num">{F(inv, inv["net"])}</td><td class="num">{F(inv, inv["vat"])}</td><td class="num">{F(inv, inv["gross"])}</td></tr>')
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def eur_note(inv, lang="hu"):
    if inv["currency"] == "HUF" or not inv.get("rate"):
        return ""
    r = amt(inv["rate"], "sp", "EUR").replace(" ", "")
    if lang == "en":
        return (f'<p class="eur">Exchange rate (MNB): 1 EUR = {r} HUF. VAT in HUF: {amt(inv["vat_huf"], "sp", "HUF")} HUF. '
                f'Net in HUF: {amt(inv["net_huf"], "sp", "HUF")} HUF.</p>')
    return (f'<p class="eur">Alkalmazott árfolyam (MNB): 1 EUR = {r} HUF. Az áfa összege forintban: '
            f'{amt(inv["vat_huf"], "sp", "HUF")} Ft. Nettó érték forintban: {amt(inv["net_huf"], "sp", "HUF")} Ft.</p>')


def party(p, label=None, tax_label="Adószám", vat_label="Közösségi adószám", cls="party", name_tag="b"):
    out = [f'<div class="{cls}">']
    if label:
        out.append(f'<div class="plabel">{label}</div>')
    out.append(f'<div class="pname"><{name_tag}>{E(p["name"])}</{name_tag}></div><div>{E(p["addr"])}</div>')
    if p.get("tax"):
        out.append(f'<div>{tax_label}: {p["tax"]}</div>')
    if p.get("vat"):
        out.append(f'<div>{vat_label}: {p["vat"]}</div>')
    if p.get("reg"):
        out.append(f'<div class="small">{E(p["reg"])}</div>')
    if p.get("bank"):
        out.append(f'<div>Bankszámla: {E(p["bank"])}</div>')
    out.append("</div>")
    return "".join(out)


def notes(inv, cls="notes"):
    xs = list(inv.get("notes") or [])
    return "".join(f'<p class="{cls}">{E(x)}</p>' for x in xs)


def prec(inv, label="Eredeti számla sorszáma"):
    if inv.get("preceding"):
        return f'<p class="prec">{label}: <b>{E(inv["preceding"])}</b></p>'
    return ""


BASE = ".num{text-align:right;white-space:nowrap} .small{font-size:8pt} .eur{font-size:9pt}"

# ---------------------------------------------------------------- templates


def h_classic_two_col(inv):
    css = BASE + """
body{font-family:'DejaVu Sans';font-size:9.5pt;color:#111}
h1{font-size:18pt;text-align:center;letter-spacing:2px;margin:0 0 6mm}
.parties{display:flex;gap:6mm}.party{flex:1;border:1px solid #333;padding:3mm;min-height:32mm}
.plabel{font-weight:bold;border-bottom:1px solid #999;margin-bottom:2mm}
.meta{width:100%;margin:5mm 0}.meta td,.meta th{border:1px solid #333;padding:2mm;text-align:center}
.meta th{background:#eee;font-size:8pt}
.items{width:100%}.items th{background:#333;color:#fff;font-size:8pt;padding:1.5mm}.items td{border-bottom:1px solid #bbb;padding:1.5mm}
.vatsum{margin:5mm 0 0 auto}.vatsum td,.vatsum th{border:1px solid #555;padding:1.5mm 3mm}.tot td{font-weight:bold}
.big{text-align:right;font-size:13pt;font-weight:bold;margin-top:4mm}"""
    b = f"""<h1>{E(inv['title'])}</h1>
<div class="parties">{party(inv['seller'],'Eladó')}{party(inv['buyer'],'Vevő')}</div>
<table class="meta"><tr><th>Számla sorszáma</th><th>Fizetési mód</th><th>Teljesítés dátuma</th><th>Számla kelte</th><th>Fizetési határidő</th></tr>
<tr><td><b>{E(inv['number'])}</b></td><td>{E(inv['pay'])}</td><td>{Dt(inv,inv['fulf'])}</td><td>{Dt(inv,inv['issue'])}</td><td>{Dt(inv,inv['due'])}</td></tr></table>
{items(inv,[('n','#'),('desc','Megnevezés'),('qty','Menny.'),('unit','Me.'),('price','Egységár'),('net','Nettó érték'),('code','Áfa %'),('vat','Áfa'),('gross','Bruttó érték')])}
{vatsum(inv)}
<div class="big">Fizetendő: {F(inv,inv['gross'])} {CUR(inv)}</div>
{notes(inv)}"""
    return page(css, b)


def h_banner(inv):
    css = BASE + """
body{font-family:'DejaVu Sans Condensed';font-size:9.5pt}
.banner{background:#1d3b5a;color:#fff;padding:5mm 6mm;display:flex;justify-content:space-between;align-items:flex-end}
.banner h1{margin:0;font-size:15pt}.banner .no{font-size:14pt;font-weight:bold;white-space:nowrap}
.three{display:flex;gap:4mm;margin:5mm 0}.three>div{flex:1;background:#f2f5f8;padding:3mm}
.plabel{color:#1d3b5a;font-weight:bold;text-transform:uppercase;font-size:8pt;margin-bottom:1mm}
.items{width:100%}.items th{border-bottom:2px solid #1d3b5a;text-align:left;padding:1.5mm;font-size:8.5pt}.items td{padding:1.5mm;border-bottom:1px dotted #999}
.vatsum{margin-left:auto;margin-top:4mm}.vatsum td,.vatsum th{padding:1mm 3mm}.vatsum th{color:#1d3b5a;font-size:8pt}.tot{border-top:2px solid #1d3b5a;font-weight:bold}
.pay{font-size:12pt;margin-top:4mm;text-align:right}"""
    pay = f"""<div><div class="plabel">Fizetési adatok</div>
<div>Kelt: {Dt(inv,inv['issue'])}</div><div>Teljesítés kelte: {Dt(inv,inv['fulf'])}</div>
<div>Esedékesség: {Dt(inv,inv['due'])}</div><div>Mód: {E(inv['pay'])}</div></div>"""
    b = f"""<div class="banner"><h1>{E(inv['title'])}</h1><div class="no">Sorszám: {E(inv['number'])}</div></div>
<div class="three">{party(inv['seller'],'Szállító',cls='p')}{party(inv['buyer'],'Megrendelő',cls='p')}{pay}</div>
{items(inv,[('desc','Tétel megnevezése'),('qtyu','Mennyiség'),('price','Nettó egységár'),('code','ÁFA'),('net','Nettó'),('gross','Bruttó')])}
{vatsum(inv,('ÁFA-kulcs','Nettó összeg','ÁFA összeg','Bruttó összeg'),total_label='Mindösszesen')}
<div class="pay">Fizetendő végösszeg: <b>{F(inv,inv['gross'])} Ft</b></div>
{notes(inv)}"""
    return page(css, b)


def h_stacked_parties(inv):
    css = BASE + """
body{font-family:'DejaVu Serif';font-size:10pt}
.top{display:flex;justify-content:space-between}
h1{font-size:22pt;font-weight:normal;margin:0}
.metar{text-align:right;line-height:1.6}
.party{margin:3mm 0;padding-left:3mm;border-left:3px solid #888}
.plabel{font-style:italic;color:#555}
.items{width:100%;margin-top:6mm}.items th{border-top:1px solid #000;border-bottom:1px solid #000;font-weight:normal;font-style:italic;padding:1.5mm}.items td{padding:1.5mm}
.vatsum{margin-left:auto;margin-top:4mm;border-top:1px solid #000}.vatsum td,.vatsum th{padding:1mm 3mm;font-weight:normal}.tot td{font-weight:bold;border-top:1px solid #000}"""
    b = f"""<div class="top"><h1>{E(inv['title'])}</h1><div class="metar">
Számlaszám: <b>{E(inv['number'])}</b><br>Kiállítás dátuma: {Dt(inv,inv['issue'])}<br>Teljesítés: {Dt(inv,inv['fulf'])}<br>
Fizetési határidő: {Dt(inv,inv['due'])}<br>Fizetés módja: {E(inv['pay'])}</div></div>
{party(inv['seller'],'Kibocsátó')}
{party(inv['buyer'],'Vevő')}
{items(inv,[('n','Ssz.'),('desc','Megnevezés'),('qty','Mennyiség'),('unit','M.e.'),('price','Egységár (nettó)'),('code','Áfa'),('net','Nettó ár')])}
{vatsum(inv,('Adókulcs','Nettó','Áfa','Bruttó'),total_label='Összesen')}
<p style="text-align:right;font-size:12pt">Fizetendő összeg: <b>{F(inv,inv['gross'])} Ft</b></p>
{notes(inv)}"""
    return page(css, b, margin="18mm")


def h_grid_labels(inv):
    css = BASE + """
body{font-family:'DejaVu Sans';font-size:9pt}
h1{font-size:16pt;border-bottom:3px double #000;margin:0 0 4mm}
.grid{display:grid;grid-template-columns:32mm 1fr 32mm 1fr;gap:1.5mm 3mm;margin-bottom:5mm}
.grid .k{color:#444;font-weight:bold}
.items{width:100%}.items td,.items th{border:1px solid #888;padding:1.2mm}.items th{background:#ddd}
.vatsum{margin:4mm 0 0 auto}.vatsum td,.vatsum th{border:1px solid #888;padding:1.2mm 3mm}.tot{font-weight:bold}"""
    s, bu = inv["seller"], inv["buyer"]
    b = f"""<h1>{E(inv['title'])} &nbsp; {E(inv['number'])}</h1>
<div class="grid">
<div class="k">Szolgáltató:</div><div><b>{E(s['name'])}</b></div><div class="k">Ügyfél:</div><div><b>{E(bu['name'])}</b></div>
<div class="k">Cím:</div><div>{E(s['addr'])}</div><div class="k">Cím:</div><div>{E(bu['addr'])}</div>
<div class="k">Adószám:</div><div>{s['tax']}</div><div class="k">Adószám:</div><div>{bu['tax']}</div>
<div class="k">Bankszámla:</div><div>{E(s.get('bank',''))}</div><div class="k">Fizetés módja:</div><div>{E(inv['pay'])}</div>
<div class="k">Számla kelte:</div><div>{Dt(inv,inv['issue'])}</div><div class="k">Teljesítés kelte:</div><div>{Dt(inv,inv['fulf'])}</div>
<div class="k">Esedékesség:</div><div>{Dt(inv,inv['due'])}</div><div class="k">Pénznem:</div><div>HUF</div>
</div>
{items(inv,[('desc','Szolgáltatás'),('qty','Menny.'),('unit','Egység'),('price','Egységár'),('net','Nettó'),('code','Adó')])}
{vatsum(inv,('Adónem','Nettó','Áfa','Bruttó'),total_label='Számla összesen')}
{notes(inv)}"""
    return page(css, b)


def h_mono_dotmatrix(inv):
    css = BASE + """
body{font-family:'DejaVu Sans Mono';font-size:9pt;white-space:pre;line-height:1.25}"""
    s, bu = inv["seller"], inv["buyer"]
    W = 86
    out = ["=" * W, f"{inv['title']:^{W}}", "=" * W,
           f"ELADO : {s['name']:<34}VEVO : {bu['name']}",
           f"        {s['addr']:<34}       {bu['addr']}",
           f"ADOSZ.: {s['tax']:<34}ADOSZ: {bu['tax']}",
           f"        {s.get('reg',''):<34}",
           "-" * W,
           f"SZAMLASZAM : {inv['number']:<20}  FIZ.MOD: {inv['pay']}",
           f"KELTE      : {Dt(inv,inv['issue']):<20}  TELJESITES: {Dt(inv,inv['fulf'])}",
           f"FIZ.HATARIDO: {Dt(inv,inv['due'])}",
           "-" * W,
           f"{'MEGNEVEZES':<40}{'MENNY':>8} {'ME':<4}{'EGYSEGAR':>11}{'NETTO':>13}{'AFA':>6}",
           "-" * W]
    for ln in inv["lines"]:
        out.append(f"{ln['desc'][:40]:<40}{qty(ln['qty']):>8} {ln['unit']:<4}{F(inv,ln['price']):>11}{F(inv,ln['net']):>13}{CODES[ln['code']][1]:>6}")
    out += ["-" * W,
            f"{'NETTO OSSZESEN:':>60}{F(inv,inv['net']):>16}",
            f"{'AFA:':>60}{F(inv,inv['vat']):>16}",
            f"{'BRUTTO OSSZESEN:':>60}{F(inv,inv['gross']):>16}",
            "=" * W]
    b = E("\n".join(out)) + "\n" + "".join(E(n) + "\n" for n in inv["notes"])
    return page(css, b, margin="12mm")


def h_multipage_merchant(inv):
    css = BASE + """
body{font-family:'DejaVu Sans Condensed';font-size:8.5pt}
.head{display:flex;justify-content:space-between;border-bottom:2px solid #a33;padding-bottom:2mm}
.logo{font-size:16pt;font-weight:bold;color:#a33}
.party{font-size:8.5pt}.plabel{font-weight:bold;color:#a33}
.mt td{padding:0.6mm 2mm}.mt td:first-child{color:#666}
.items{width:100%;margin-top:4mm}.items th{background:#a33;color:#fff;padding:1mm;font-size:7.5pt}.items td{padding:0.8mm 1mm;border-bottom:1px solid #ddd}
.sumblock{page-break-inside:avoid}
.vatsum{margin-top:4mm}.vatsum td,.vatsum th{border:1px solid #aaa;padding:1mm 3mm}.tot{font-weight:bold}
.gt{font-size:13pt;margin-top:4mm}"""
    b = f"""<div class="head"><div><div class="logo">{E(inv['seller']['name'])}</div>{E(inv['seller']['addr'])}<br>
Adószám: {inv['seller']['tax']} · Közösségi adószám: {inv['seller']['vat']}<br>Bankszámlaszám: {inv['seller']['bank']}</div>
<table class="mt"><tr><td>Számla száma</td><td><b>{E(inv['number'])}</b></td></tr><tr><td>Számla kelte</td><td>{Dt(inv,inv['issue'])}</td></tr>
<tr><td>Teljesítés kelte</td><td>{Dt(inv,inv['fulf'])}</td></tr><tr><td>Fizetési határidő</td><td>{Dt(inv,inv['due'])}</td></tr><tr><td>Fizetési mód</td><td>{E(inv['pay'])}</td></tr></table></div>
<div style="margin-top:3mm">{party(inv['buyer'],'Vevő / számlázási cím')}</div>
{items(inv,[('n','Sor'),('sku','Cikkszám'),('desc','Megnevezés'),('qty','Menny.'),('unit','Me.'),('price','Nettó egységár'),('net','Nettó érték'),('code','Áfa'),('gross','Bruttó érték')])}
<div class="sumblock"><h3>Összesítés – {E(inv['number'])}</h3>
{vatsum(inv,('Áfakulcs','Nettó érték','Áfa érték','Bruttó érték'),total_label='Összesen')}
<div class="gt">Fizetendő összesen: <b>{F(inv,inv['gross'])} Ft</b></div>
<p>Tételek száma: {len(inv['lines'])}</p>{notes(inv)}
<p class="small">Az áru a teljes vételár kiegyenlítéséig a {E(inv['seller']['name'])} tulajdona.</p></div>"""
    return page(css, b, margin="10mm")


def h_meta_table(inv):
    css = BASE + """
body{font-family:'DejaVu Sans';font-size:9pt}
.top{display:flex;justify-content:space-between;align-items:flex-start}
h1{font-size:20pt;margin:0;color:#2a6}
.seller{font-size:8.5pt;text-align:right}
.buyer{border:1px solid #2a6;padding:3mm;width:85mm;margin:4mm 0}
.meta{width:100%}.meta th{background:#2a6;color:#fff;font-weight:normal;font-size:8pt;padding:1.5mm}.meta td{border:1px solid #2a6;padding:1.5mm;text-align:center}
.items{width:100%;margin-top:5mm}.items th{border-bottom:1px solid #2a6;font-size:8pt;padding:1mm}.items td{padding:1.2mm}
.vatsum{margin:4mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm}.vatsum th{font-size:8pt}.tot td{border-top:1px solid #2a6;font-weight:bold}
.prec{border:1px dashed #2a6;padding:2mm}"""
    s = inv["seller"]
    b = f"""<div class="top"><h1>{E(inv['title'])}</h1><div class="seller"><b>{E(s['name'])}</b><br>{E(s['addr'])}<br>Adószám: {s['tax']}<br>{E(s.get('bank',''))}</div></div>
{party(inv['buyer'],'Vevő',cls='buyer')}
<table class="meta"><tr><th>Bizonylatszám</th><th>Kelte</th><th>Teljesítés</th><th>Fizetési határidő</th><th>Fizetési mód</th><th>Pénznem</th></tr>
<tr><td><b>{E(inv['number'])}</b></td><td>{Dt(inv,inv['issue'])}</td><td>{Dt(inv,inv['fulf'])}</td><td>{Dt(inv,inv['due'])}</td><td>{E(inv['pay'])}</td><td>HUF</td></tr></table>
{prec(inv,'A helyesbítés a következő számlára vonatkozik')}
{items(inv,[('desc','Termék / szolgáltatás'),('qty','Mennyiség'),('unit','Me'),('price','Egységár'),('net','Nettó'),('code','Áfa%'),('vat','Áfa'),('gross','Bruttó')])}
{vatsum(inv,('Áfa','Nettó','Áfa összeg','Bruttó'),total_label='Összesen')}
{notes(inv)}"""
    return page(css, b)


def h_sidebar(inv):
    css = BASE + """
body{font-family:'DejaVu Sans';font-size:9pt}
.wrap{display:flex;gap:6mm}.side{width:50mm;background:#f4b400;padding:4mm;min-height:250mm}
.side .k{font-size:7.5pt;text-transform:uppercase;margin-top:3mm}.side .v{font-weight:bold}
.main{flex:1}h1{font-size:18pt;margin:0 0 4mm}
.party{margin-bottom:4mm}.plabel{font-size:7.5pt;text-transform:uppercase;color:#777}
.items{width:100%}.items th{text-align:left;border-bottom:2px solid #000;padding:1mm;font-size:8pt}.items td{padding:1.2mm;border-bottom:1px solid #eee}
.vatsum{width:100%;margin-top:4mm}.vatsum td,.vatsum th{padding:1mm}.tot td{font-weight:bold;border-top:2px solid #000}"""
    b = f"""<div class="wrap"><div class="side">
<div class="k">Számlaszám / Invoice no.</div><div class="v">{E(inv['number'])}</div>
<div class="k">Kelt / Date of issue</div><div class="v">{Dt(inv,inv['issue'])}</div>
<div class="k">Teljesítés / Delivery</div><div class="v">{Dt(inv,inv['fulf'])}</div>
<div class="k">Esedékes / Due</div><div class="v">{Dt(inv,inv['due'])}</div>
<div class="k">Pénznem / Currency</div><div class="v">{inv['currency']}</div>
<div class="k">Fizetés / Payment</div><div class="v">{E(inv['pay'])}</div>
<div class="k">Bank</div><div class="v" style="font-size:7.5pt">{E(inv['seller'].get('bank',''))}</div></div>
<div class="main"><h1>{E(inv['title'])}</h1>
{party(inv['seller'],'Szállító / Supplier')}{party(inv['buyer'],'Vevő / Customer')}
{items(inv,[('desc','Megnevezés / Description'),('qty','Menny.'),('unit','Me.'),('price','Egységár EUR'),('net','Nettó EUR'),('code','Áfa')])}
{vatsum(inv,('Áfakulcs','Nettó EUR','Áfa EUR','Bruttó EUR'),total_label='Összesen / Total')}
{eur_note(inv)}
<p style="font-size:12pt">Fizetendő / Amount due: <b>{F(inv,inv['gross'])} EUR</b></p>{notes(inv)}</div></div>"""
    return page(css, b, margin="0")


def h_tiny_grey(inv):
    css = BASE + """
body{font-family:'DejaVu Sans','DejaVu Sans Light';font-size:9.5pt;color:#222}
.lab{font-size:6.5pt;color:#999;text-transform:uppercase;letter-spacing:.5px}
h1{font-weight:200;font-size:26pt;margin:0 0 6mm;font-family:'DejaVu Sans Light'}
.row{display:flex;gap:8mm;margin-bottom:6mm}.row>div{flex:1}
.cards{display:flex;gap:3mm;margin-bottom:6mm}.cards>div{flex:1;border-top:1px solid #ccc;padding-top:1.5mm}
.items{width:100%}.items th{font-size:6.5pt;color:#999;font-weight:normal;text-align:left;border-bottom:1px solid #ccc;padding:1mm}.items td{padding:2mm 1mm;border-bottom:1px solid #f0f0f0}
.vatsum{margin:5mm 0 0 auto}.vatsum th{font-size:6.5pt;color:#999;font-weight:normal}.vatsum td{padding:1mm 3mm}.tot td{font-weight:bold}"""
    s, bu = inv["seller"], inv["buyer"]

    def pp(p):
        return f"<b>{E(p['name'])}</b><br>{E(p['addr'])}<br><span class='lab'>adószám</span> {p['tax'] or ''}"
    b = f"""<h1>{E(inv['title'])}</h1>
<div class="row"><div><div class="lab">kibocsátó</div>{pp(s)}</div><div><div class="lab">vevő</div>{pp(bu)}</div></div>
<div class="cards"><div><div class="lab">sorszám</div>{E(inv['number'])}</div><div><div class="lab">kelt</div>{Dt(inv,inv['issue'])}</div>
<div><div class="lab">teljesítés</div>{Dt(inv,inv['fulf']) or '–'}</div><div><div class="lab">fizetési határidő</div>{Dt(inv,inv['due'])}</div><div><div class="lab">fizetés módja</div>{E(inv['pay'])}</div></div>
{items(inv,[('desc','tétel'),('qty','menny.'),('unit','egység'),('price','egységár'),('code','áfa'),('net','nettó')])}
{vatsum(inv,('kulcs','nettó','áfa','bruttó'),total_label='összesen')}
<p style="text-align:right"><span class="lab">fizetendő</span> <b style="font-size:14pt">{F(inv,inv['gross'])} Ft</b></p>
{notes(inv)}"""
    return page(css, b, margin="16mm")


def h_caps_serif(inv):
    css = BASE + """
body{font-family:'DejaVu Serif Condensed';font-size:10pt}
.lh{text-align:center;border-bottom:1px solid #000;padding-bottom:3mm}
.lh .n{font-size:15pt;letter-spacing:0.5px}
h1{text-align:center;letter-spacing:8px;font-size:16pt;margin:6mm 0}
h2{font-size:9pt;letter-spacing:2px;text-transform:uppercase;border-bottom:1px solid #000;margin:5mm 0 2mm}
.kv td{padding:0.8mm 4mm 0.8mm 0}
.items{width:100%}.items td,.items th{border-bottom:1px solid #000;padding:1.5mm}.items th{text-transform:uppercase;font-size:8pt}
.vatsum{margin:4mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm}.vatsum th{text-transform:uppercase;font-size:8pt}.tot td{border-top:2px solid #000;font-weight:bold}"""
    s, bu = inv["seller"], inv["buyer"]
    b = f"""<div class="lh"><div class="n">{E(s['name'])}</div><div>okleveles építészmérnök · {E(s['addr'])}</div>
<div>Adószám: {s['tax']} · {E(s.get('reg',''))}</div></div>
<h1>{E(inv['title'])}</h1>
<h2>Megrendelő</h2><div><b>{E(bu['name'])}</b><br>{E(bu['addr'])}<br>Adószáma: {bu['tax']}</div>
<h2>Számla adatai</h2><table class="kv">
<tr><td>SORSZÁM</td><td><b>{E(inv['number'])}</b></td><td>KELTEZÉS</td><td>{Dt(inv,inv['issue'])}</td></tr>
<tr><td>TELJESÍTÉS KELTE</td><td>{Dt(inv,inv['fulf'])}</td><td>FIZETÉSI HATÁRIDŐ</td><td>{Dt(inv,inv['due'])}</td></tr>
<tr><td>FIZETÉS MÓDJA</td><td>{E(inv['pay'])}</td><td></td><td></td></tr></table>
<h2>Tételek</h2>
{items(inv,[('desc','Megnevezés'),('qtyu','Mennyiség'),('price','Egységár'),('code','Áfa'),('net','Érték')])}
{vatsum(inv,('Adózás','Nettó','Áfa','Bruttó'),total_label='VÉGÖSSZEG',long=True)}
{notes(inv)}"""
    return page(css, b, margin="20mm")


def h_letter_style(inv):
    css = BASE + """
body{font-family:'DejaVu Serif';font-size:10.5pt;line-height:1.5}
.from{font-size:9pt;color:#333}.to{margin:10mm 0 8mm 0}
h1{font-size:14pt;text-decoration:underline;margin:0 0 4mm}
.items{width:100%;margin:4mm 0}.items td{padding:1mm 2mm;vertical-align:top}.items th{text-align:left;font-weight:normal;border-bottom:1px solid #000}
.sig{margin-top:18mm;text-align:right}"""
    s, bu = inv["seller"], inv["buyer"]
    b = f"""<div class="from">{E(s['name'])} · {E(s['addr'])} · adószám {s['tax']} · {E(s.get('reg',''))}</div>
<div class="to">Számlázási cím:<br><b>{E(bu['name'])}</b><br>{E(bu['addr'])}<br>Adószám: {bu['tax']}</div>
<h1>{E(inv['title'])} – sorszám: {E(inv['number'])}</h1>
<p>Kelt: Szeged, {Dt(inv,inv['issue'])} &nbsp;&nbsp; Teljesítés időpontja: {Dt(inv,inv['fulf'])} &nbsp;&nbsp; Fizetési határidő: {Dt(inv,inv['due'])}</p>
<p>A megbízás alapján elvégzett munkákért az alábbiak szerint számlázok:</p>
{items(inv,[('desc','Munka megnevezése'),('qtyu','Mennyiség'),('price','Díj / egység'),('net','Összeg (Ft)')])}
<p>Számla végösszege: <b>{F(inv,inv['gross'])} Ft</b> (nettó {F(inv,inv['net'])} Ft + áfa {F(inv,inv['vat'])} Ft). {E(' '.join(inv['notes']))}</p>
<p>Kérem, az összeget {Dt(inv,inv['due'])} napjáig a 11773016-01234567 számú számlámra átutalni szíveskedjék.</p>
<div class="sig">{E(s['name'])}</div>"""
    return page(css, b, margin="22mm")


def h_letterhead_footer(inv):
    css = BASE + """
body{font-family:'DejaVu Sans';font-size:9pt}
.lh{display:flex;justify-content:space-between;align-items:center;border-bottom:4px solid #222;padding-bottom:2mm}
.lh .logo{font-size:22pt;font-weight:bold;letter-spacing:-1px}
.lh .t{font-size:16pt;color:#555}
.win{display:flex;justify-content:space-between;margin:8mm 0}
.addr{width:85mm;font-size:10pt}.plabel{font-size:7pt;color:#777}
.meta td{padding:0.8mm 2mm}.meta td:first-child{text-align:right;color:#555}
.items{width:100%}.items th{background:#222;color:#fff;padding:1.5mm;font-size:8pt}.items td{padding:1.5mm;border-bottom:1px solid #ccc}
.vatsum{margin:4mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm}.tot td{font-weight:bold;border-top:2px solid #222}
.foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #222;font-size:7.5pt;color:#444;padding-top:1.5mm;text-align:center}"""
    s, bu = inv["seller"], inv["buyer"]
    b = f"""<div class="lh"><div class="logo">SASSZEM</div><div class="t">{E(inv['title'])}</div></div>
<div class="win"><div class="addr"><div class="plabel">Számlázási cím</div><b>{E(bu['name'])}</b><br>{E(bu['addr'])}<br>Adószám: {bu['tax']}</div>
<table class="meta"><tr><td>Számlaszám</td><td><b>{E(inv['number'])}</b></td></tr><tr><td>Számla kelte</td><td>{Dt(inv,inv['issue'])}</td></tr>
<tr><td>Teljesítés kelte</td><td>{Dt(inv,inv['fulf'])}</td></tr><tr><td>Fizetési határidő</td><td>{Dt(inv,inv['due'])}</td></tr><tr><td>Fizetési mód</td><td>{E(inv['pay'])}</td></tr></table></div>
{items(inv,[('desc','Szolgáltatás megnevezése'),('qty','Menny.'),('unit','Me.'),('price','Egységár'),('net','Nettó'),('code','Áfa'),('gross','Bruttó')])}
{vatsum(inv)}
<p style="text-align:right;font-size:11pt">Fizetendő: <b>{F(inv,inv['gross'])} Ft</b></p>
<div class="foot">{E(s['name'])} · {E(s['addr'])} · Adószám: {s['tax']} · Közösségi adószám: {s['vat']} · {E(s['reg'])} · Bankszámla: {s['bank']}</div>"""
    return page(css, b, margin="14mm 14mm 22mm 14mm")


def h_two_col_meta_left(inv):
    css = BASE + """
body{font-family:'DejaVu Sans Condensed';font-size:9.5pt}
.wrap{display:flex;gap:8mm}.l{width:60mm}.r{flex:1}
.l .box{border:2px solid #066;padding:3mm;margin-bottom:3mm}.l .k{font-size:8pt;color:#066}.l .v{font-weight:bold;margin-bottom:2mm}
h1{color:#066;font-size:20pt;margin:0 0 3mm}
.party{margin-bottom:4mm}.plabel{color:#066;font-weight:bold}
.items{width:100%;margin-top:6mm}.items th{color:#066;border-bottom:2px solid #066;padding:1mm;font-size:8pt}.items td{padding:1.5mm;border-bottom:1px solid #dee}
.vatsum{margin:4mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm;border:1px solid #9bb}.tot{font-weight:bold}"""
    b = f"""<div class="wrap"><div class="l"><h1>{E(inv['title'])}</h1><div class="box">
<div class="k">Számla sorszáma</div><div class="v">{E(inv['number'])}</div>
<div class="k">Kiállítás kelte</div><div class="v">{Dt(inv,inv['issue'])}</div>
<div class="k">Teljesítés kelte</div><div class="v">{Dt(inv,inv['fulf'])}</div>
<div class="k">Fizetési határidő</div><div class="v">{Dt(inv,inv['due'])}</div>
<div class="k">Fizetési mód</div><div class="v">{E(inv['pay'])}</div></div></div>
<div class="r">{party(inv['seller'],'Szolgáltató')}{party(inv['buyer'],'Megrendelő')}</div></div>
{items(inv,[('n','#'),('desc','Megnevezés'),('qty','Mennyiség'),('unit','Me.'),('price','Egységár'),('code','Áfakulcs'),('net','Nettó'),('vat','Áfa'),('gross','Bruttó')])}
{vatsum(inv,('Áfakulcs','Nettó','Áfa','Bruttó'),total_label='Végösszeg')}
{notes(inv)}"""
    return page(css, b)


def h_boxed_fields(inv):
    css = BASE + """
body{font-family:'DejaVu Sans';font-size:9pt}
.f{border:1px solid #000;padding:1mm 2mm;min-height:9mm}.f .k{font-size:6.5pt;font-weight:bold}
.g{display:grid;gap:0;border:1px solid #000}
.g2{grid-template-columns:1fr 1fr}.g5{grid-template-columns:repeat(5,1fr)}
h1{text-align:center;font-size:16pt;border:2px solid #000;margin:0 0 2mm;padding:2mm}
.items{width:100%;margin-top:2mm}.items td,.items th{border:1px solid #000;padding:1mm}.items th{font-size:7pt}
.vatsum{width:100%;margin-top:2mm}.vatsum td,.vatsum th{border:1px solid #000;padding:1mm}.vatsum th{font-size:7pt}.tot{font-weight:bold}"""
    s, bu = inv["seller"], inv["buyer"]
    b = f"""<h1>{E(inv['title'])}</h1>
<div class="g g2"><div class="f"><div class="k">ELADÓ NEVE, CÍME</div>{E(s['name'])}<br>{E(s['addr'])}</div>
<div class="f"><div class="k">VEVŐ NEVE, CÍME</div>{E(bu['name'])}<br>{E(bu['addr'])}</div>
<div class="f"><div class="k">ELADÓ ADÓSZÁMA</div>{s['tax']}</div><div class="f"><div class="k">VEVŐ ADÓSZÁMA</div>&nbsp;</div></div>
<div class="g g5" style="margin-top:2mm"><div class="f"><div class="k">SZÁMLASZÁM</div>{E(inv['number'])}</div>
<div class="f"><div class="k">FIZETÉSI MÓD</div>{E(inv['pay'])}</div><div class="f"><div class="k">TELJESÍTÉS KELTE</div>{Dt(inv,inv['fulf'])}</div>
<div class="f"><div class="k">SZÁMLA KELTE</div>{Dt(inv,inv['issue'])}</div><div class="f"><div class="k">ESEDÉKESSÉG</div>{Dt(inv,inv['due'])}</div></div>
{items(inv,[('n','SSZ'),('desc','MEGNEVEZÉS'),('qty','MENNY.'),('unit','ME'),('price','EGYSÉGÁR'),('net','NETTÓ ÉRTÉK'),('code','ÁFA%'),('vat','ÁFA ÉRTÉK'),('gross','BRUTTÓ ÉRTÉK')])}
{vatsum(inv,('ÁFAKULCS','NETTÓ','ÁFA','BRUTTÓ'),total_label='ÖSSZESEN')}
<div class="f" style="margin-top:2mm"><div class="k">FIZETENDŐ ÖSSZEG</div><b style="font-size:12pt">{F(inv,inv['gross'])} Ft</b></div>
{notes(inv)}"""
    return page(css, b, margin="10mm")


def h_bilingual_de(inv):
    css = BASE + """
body{font-family:'DejaVu Sans';font-size:9pt}
.sender{font-size:7pt;text-decoration:underline;margin-top:10mm}
.top{display:flex;justify-content:space-between}
.logo{font-size:14pt;font-weight:bold;text-align:right}
.meta td{padding:0.6mm 2mm}.meta td:first-child{color:#555}.meta td+td{white-space:nowrap}
h1{font-size:15pt;margin:8mm 0 3mm}
.items{width:100%}.items th{border-top:1px solid #000;border-bottom:1px solid #000;padding:1mm;font-size:7.5pt}.items td{padding:1.2mm}
.vatsum{margin:4mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm}.vatsum th{font-size:7.5pt}.tot td{border-top:1px solid #000;font-weight:bold}
.foot{margin-top:12mm;border-top:1px solid #999;font-size:7pt;color:#555;display:flex;gap:8mm}"""
    s, bu = inv["seller"], inv["buyer"]
    b = f"""<div class="top"><div><div class="sender">{E(s['name'])} · {E(s['addr'])}</div>
<div style="margin-top:3mm;font-size:10pt"><b>{E(bu['name'])}</b><br>{E(bu['addr'])}<br>Ungarn / Magyarország<br>USt-IdNr. / Közösségi adószám: {bu['vat']}<br>Adószám: {bu['tax']}</div></div>
<div><div class="logo">{E(s['name'])}</div><table class="meta">
<tr><td>Rechnungsnummer / Számlaszám</td><td><b>{E(inv['number'])}</b></td></tr>
<tr><td>Rechnungsdatum / Számla kelte</td><td>{Dt(inv,inv['issue'])}</td></tr>
<tr><td>Lieferdatum / Teljesítés</td><td>{Dt(inv,inv['fulf'])}</td></tr>
<tr><td>Fällig am / Fizetési határidő</td><td>{Dt(inv,inv['due'])}</td></tr>
<tr><td>Währung / Pénznem</td><td>EUR</td></tr>
<tr><td>USt-IdNr. / Közösségi adószám</td><td>{s['vat']}</td></tr></table></div></div>
<h1>{E(inv['title'])}</h1>
{items(inv,[('n','Pos.'),('desc','Bezeichnung / Megnevezés'),('qty','Menge / Menny.'),('unit','Einh.'),('price','Einzelpreis EUR'),('code','USt.'),('net','Gesamt EUR')])}
{vatsum(inv,('USt. / Áfa','Netto / Nettó','USt. / Áfa','Brutto / Bruttó'),total_label='Summe / Összesen')}
<p style="text-align:right;font-size:11pt">Rechnungsbetrag / Fizetendő: <b>{F(inv,inv['gross'])} EUR</b></p>
{notes(inv)}
<div class="foot"><div>{E(s['name'])}<br>{E(s['addr'])}</div><div>Geschäftsführer: M. Kienzle<br>Amtsgericht Freiburg HRB 710552</div><div>Sparkasse Schwarzwald-Baar<br>IBAN DE41 6945 0065 0001 2877 40</div></div>"""
    return page(css, b, margin="15mm 18mm")


def h_sk_english(inv):
    css = BASE + """
body{font-family:'DejaVu Sans Mono';font-size:8.5pt}
h1{font-family:'DejaVu Sans';font-size:14pt;background:#ddd;padding:2mm;margin:0 0 3mm}
.t2{width:100%}.t2>tbody>tr>td{vertical-align:top;width:50%;border:1px solid #000;padding:2mm}
.plabel{font-weight:bold;text-decoration:underline}
.meta{width:100%;margin:3mm 0}.meta td{border:1px solid #000;padding:1mm}
.items{width:100%}.items td,.items th{border:1px solid #000;padding:1mm}
.vatsum{margin:3mm 0 0 auto}.vatsum td,.vatsum th{border:1px solid #000;padding:1mm 2mm}.tot{font-weight:bold}"""
    b = f"""<h1>{E(inv['title'])} No. {E(inv['number'])}</h1>
<table class="t2"><tr><td>{party(inv['seller'],'Supplier / Dodávateľ',tax_label='Tax no.',vat_label='VAT ID / IČ DPH')}<div>IČO: 47 218 553</div></td>
<td>{party(inv['buyer'],'Customer / Odberateľ',tax_label='HU tax no. / Adószám',vat_label='VAT ID')}</td></tr></table>
<table class="meta"><tr><td>Date of issue: {Dt(inv,inv['issue'])}</td><td>Date of supply: {Dt(inv,inv['fulf'])}</td><td>Due date: {Dt(inv,inv['due'])}</td><td>Payment: {E(inv['pay'])}</td><td>Currency: EUR</td></tr></table>
{items(inv,[('n','No'),('desc','Description'),('qty','Qty'),('unit','Unit'),('price','Unit price'),('net','Amount'),('code','VAT')])}
{vatsum(inv,('VAT rate','Net','VAT','Gross'),total_label='TOTAL')}
<p><b>Total to pay: EUR {F(inv,inv['gross'])}</b></p>
{notes(inv)}<p>IBAN: SK31 1100 0000 0029 4410 7712, SWIFT TATRSKBX</p>"""
    return page(css, b)


def h_right_parties(inv):
    css = BASE + """
body{font-family:'DejaVu Sans';font-size:9pt}
.top{display:flex;justify-content:space-between}
.left h1{font-size:24pt;margin:0;color:#444}.left .no{font-size:12pt}
.right{width:80mm;text-align:right}
.party{margin-bottom:3mm}.plabel{font-size:8pt;font-weight:bold;color:#888}
.dates{margin-top:4mm}.dates td{padding:0.5mm 3mm 0.5mm 0}
.items{width:100%;margin-top:6mm}.items th{background:#eee;padding:1.5mm;font-size:8pt;text-align:left}.items td{padding:1.5mm;border-bottom:1px solid #ddd}
.vatsum{margin:4mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm}.tot td{font-weight:bold;background:#eee}"""
    extra = ""
    if inv["kind"] == "advance":
        extra = "<tr><td>Előleg jóváírásának napja:</td><td>" + Dt(inv, inv["fulf"]) + "</td></tr>"
    b = f"""<div class="top"><div class="left"><h1>{E(inv['title'])}</h1><div class="no">Sorszám: <b>{E(inv['number'])}</b></div>
<table class="dates"><tr><td>Számla kelte:</td><td>{Dt(inv,inv['issue'])}</td></tr><tr><td>Teljesítés dátuma:</td><td>{Dt(inv,inv['fulf'])}</td></tr>
<tr><td>Fizetési határidő:</td><td>{Dt(inv,inv['due'])}</td></tr><tr><td>Fizetési mód:</td><td>{E(inv['pay'])}</td></tr>{extra}</table></div>
<div class="right">{party(inv['seller'],'ELADÓ')}{party(inv['buyer'],'VEVŐ')}</div></div>
{items(inv,[('desc','Megnevezés'),('qtyu','Mennyiség'),('price','Egységár'),('net','Nettó'),('code','Áfa'),('vat','Áfa összeg'),('gross','Bruttó')])}
{vatsum(inv)}
<p style="text-align:right;font-size:12pt">Fizetendő: <b>{F(inv,inv['gross'])} Ft</b></p>
{notes(inv)}"""
    return page(css, b)


def h_receipt(inv):
    css = BASE + """
body{font-family:'DejaVu Sans Mono';font-size:8pt;width:72mm}
.c{text-align:center}.hr{border-top:1px dashed #000;margin:1.5mm 0}
table{width:100%}td{padding:0.3mm 0}"""
    s, bu = inv["seller"], inv["buyer"]
    rows = "".join(f"<tr><td colspan=2>{E(ln['desc'])}</td></tr><tr><td>{qty(ln['qty'])} {E(ln['unit'])} x {F(inv,ln['price'])} ({CODES[ln['code']][1]})</td><td class='num'>{F(inv,ln['gross'])}</td></tr>" for ln in inv["lines"])
    vs = "".join(f"<tr><td>{CODES[c][1]} nettó {F(inv,g['net'])} / áfa</td><td class='num'>{F(inv,g['vat'])}</td></tr>" for c, g in inv["groups"].items())
    b = f"""<div class="c"><b>{E(s['name'])}</b><br>{E(s['addr'])}<br>Adószám: {s['tax']}</div><div class="hr"></div>
<div class="c"><b>{E(inv['title'])}</b><br>Sorszám: {E(inv['number'])}</div><div class="hr"></div>
<div>Vevő: {E(bu['name'])}<br>{E(bu['addr'])}</div><div class="hr"></div>
<table>{rows}</table><div class="hr"></div>
<table>{vs}<tr><td>NETTÓ ÖSSZESEN</td><td class='num'>{F(inv,inv['net'])}</td></tr><tr><td>ÁFA ÖSSZESEN</td><td class='num'>{F(inv,inv['vat'])}</td></tr>
<tr><td><b>FIZETENDŐ (bruttó)</b></td><td class='num'><b>{F(inv,inv['gross'])} Ft</b></td></tr></table><div class="hr"></div>
<div>Kelt: {Dt(inv,inv['issue'])}<br>Teljesítés: {Dt(inv,inv['fulf'])}<br>Fizetés: {E(inv['pay'])}</div><div class="hr"></div>
<div class="c">{E(' '.join(inv['notes']))}</div>"""
    return page(css, b, size="80mm 200mm", margin="4mm")


def h_bilingual_en(inv):
    css = BASE + """
body{font-family:'DejaVu Sans';font-size:9pt}
.en{color:#888;font-size:7pt;display:block}
h1{font-size:18pt;margin:0 0 4mm;text-align:right}
.pt{width:100%}.pt td{vertical-align:top;width:50%;padding:2mm;background:#f7f7f7}
.meta{width:100%;margin:4mm 0}.meta td{border-bottom:1px solid #ccc;padding:1.2mm}
.items{width:100%}.items th{text-align:left;border-bottom:1px solid #000;padding:1mm;font-size:8pt}.items td{padding:1.2mm;border-bottom:1px solid #eee}
.vatsum{margin:4mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm}.tot td{font-weight:bold;border-top:1px solid #000}"""
    s, bu = inv["seller"], inv["buyer"]

    def pp(p, hu, en):
        return (f"<b>{hu}</b><span class='en'>{en}</span><b>{E(p['name'])}</b><br>{E(p['addr'])}<br>"
                f"Adószám <span class='en'>Tax number</span>{p['tax']}<br>EU adószám <span class='en'>EU VAT number</span>{p['vat']}")
    b = f"""<h1>{E(inv['title'])}</h1>
<table class="pt"><tr><td>{pp(s,'Szolgáltató','Supplier')}</td><td>{pp(bu,'Vevő','Customer')}</td></tr></table>
<table class="meta"><tr><td>Számla sorszáma<span class="en">Invoice number</span><b>{E(inv['number'])}</b></td>
<td>Kiállítás dátuma<span class="en">Date of issue</span>{Dt(inv,inv['issue'])}</td>
<td>Teljesítés dátuma<span class="en">Date of performance</span>{Dt(inv,inv['fulf'])}</td>
<td>Fizetési határidő<span class="en">Payment due</span>{Dt(inv,inv['due'])}</td>
<td>Fizetési mód<span class="en">Payment method</span>{E(inv['pay'])}</td></tr></table>
{items(inv,[('desc','Megnevezés / Description'),('qty','Menny. / Qty'),('unit','Egys. / Unit'),('price','Egységár / Unit price'),('code','Áfa / VAT'),('net','Nettó / Net'),('gross','Bruttó / Gross')])}
{vatsum(inv,('Áfakulcs / VAT rate','Nettó / Net','Áfa / VAT','Bruttó / Gross'),total_label='Összesen / Total')}
<p style="text-align:right">Fizetendő / Total due: <b style="font-size:12pt">{F(inv,inv['gross'])} HUF</b></p>
{notes(inv)}"""
    return page(css, b)


def h_erp_dense(inv):
    css = BASE + """
body{font-family:'DejaVu Sans Condensed';font-size:7.5pt}
.hdr{width:100%;border:1px solid #000}.hdr td{border:1px solid #000;padding:1mm;vertical-align:top}
.k{font-size:6.5pt;color:#333}
h1{font-size:12pt;margin:0}
.items{width:100%;margin-top:2mm}.items td,.items th{border:1px solid #777;padding:0.6mm 1mm}.items th{background:#e8e8e8;font-size:6.5pt}
.vatsum{margin-top:2mm}.vatsum td,.vatsum th{border:1px solid #777;padding:0.6mm 2mm}.tot{font-weight:bold}
.ftr{font-size:6.5pt;color:#555;margin-top:4mm}"""
    s, bu = inv["seller"], inv["buyer"]
    b = f"""<table class="hdr"><tr><td rowspan="3" style="width:45%"><div class="k">Eladó</div><b>{E(s['name'])}</b><br>{E(s['addr'])}<br><span class="k">Adószám</span> {s['tax']}</td>
<td colspan="2"><h1>{E(inv['title'])}</h1></td></tr>
<tr><td><div class="k">Számla száma</div>{E(inv['number'])}</td><td><div class="k">Pénznem</div>HUF</td></tr>
<tr><td><div class="k">Kiállítás</div>{Dt(inv,inv['issue'])}</td><td><div class="k">Telj. dátum</div>{Dt(inv,inv['fulf'])}</td></tr>
<tr><td rowspan="2"><div class="k">Vevő</div><b>{E(bu['name'])}</b><br>{E(bu['addr'])}<br><span class="k">Adószám</span> {bu['tax']}</td>
<td><div class="k">Fiz. határidő</div>{Dt(inv,inv['due'])}</td><td><div class="k">Fiz. mód</div>{E(inv['pay'])}</td></tr>
<tr><td><div class="k">Rendelésszám</div>R-27-0441</td><td><div class="k">Munkaszám</div>MSZ-DEB-12</td></tr></table>
{items(inv,[('n','Sor'),('sku','Cikkszám'),('desc','Megnevezés'),('qty','Mennyiség'),('unit','ME'),('price','Nettó egységár'),('net','Nettó érték'),('code','ÁFA'),('vat','ÁFA érték'),('gross','Bruttó érték')])}
{vatsum(inv,('ÁFA kód','Nettó','ÁFA','Bruttó'),total_label='Összesen')}
<div class="ftr">Nyomtatva: ÉpERP 7.4 · {E(inv['number'])} · 1/1 oldal</div>"""
    return page(css, b, margin="8mm")


TEMPLATES = {k: v for k, v in globals().items() if k.startswith("h_")}

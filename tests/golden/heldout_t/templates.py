# ruff: noqa
from .common import fnum, fdate

T = {}


def tpl(name, num, date):
    def deco(f):
        f.num = num; f.date = date; T[name] = f
        return f
    return deco


KIND_HU = {"normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA", "correction": "HELYESBÍTŐ SZÁMLA",
           "storno": "SZTORNÓ SZÁMLA", "proforma": "DÍJBEKÉRŐ"}


def N(f, inv, x):
    return fnum(x, f.num, inv["currency"])


def Dt(f, d):
    return fdate(d, f.date)


def party(p, lab_tax="Adószám", lab_vat="Közösségi adószám", br="<br>"):
    s = f"<b>{p['name']}</b>{br}{p.get('addr','')}"
    if p.get("tax"): s += f"{br}{lab_tax}: {p['tax']}"
    if p.get("vat"): s += f"{br}{lab_vat}: {p['vat']}"
    return s


def lines_table(f, inv, c, cols="desc qty unit price rate net vat gross", heads=None, cls=""):
    H = dict(desc="Megnevezés", qty="Menny.", unit="Me.", price="Egységár", rate="ÁFA", net="Nettó", vat="ÁFA összeg", gross="Bruttó")
    if heads: H.update(heads)
    cols = cols.split()
    h = "".join(f"<th>{H[k]}</th>" for k in cols)
    b = ""
    for r in c["rows"]:
        cells = []
        for k in cols:
            v = r[k]
            if k in ("price", "net", "vat", "gross"): v = N(f, inv, v)
            elif k == "qty": v = fnum(v, "plain", "HUF") if v == int(v) else str(v).replace(".", ",")
            cells.append(f"<td class='{k}'>{v}</td>")
        b += "<tr>" + "".join(cells) + "</tr>"
    return f"<table class='lines {cls}'><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>"


def vat_summary(f, inv, c, lab=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó")):
    b = "".join(f"<tr><td>{s['rate']}</td><td class='r'>{N(f,inv,s['net'])}</td><td class='r'>{N(f,inv,s['vat'])}</td><td class='r'>{N(f,inv,s['gross'])}</td></tr>" for s in c["summ"])
    return f"<table class='vs'><tr>{''.join(f'<th>{x}</th>' for x in lab)}</tr>{b}</table>"


def fx_note(f, inv, c):
    if inv["currency"] == "HUF": return ""
    from decimal import Decimal as D
    fx = D(inv["fx"])
    vhuf = (c["vat"] * fx).quantize(D("1"))
    return f"<p class='fx'>Árfolyam / Exchange rate: 1 EUR = {str(fx).replace('.', ',')} HUF (MNB). ÁFA forintban / VAT in HUF: {fnum(vhuf, 'sp')} Ft</p>"


def notes(inv):
    return "".join(f"<p class='note'>{n}</p>" for n in inv.get("notes", []))


def prec(inv, lab="Eredeti számla sorszáma"):
    return f"<p class='prec'>{lab}: <b>{inv['preceding']}</b></p>" if inv.get("preceding") else ""


def page(css, body):
    return f"<!doctype html><html lang='hu'><head><meta charset='utf-8'><style>@page{{size:A4;margin:14mm}} body{{margin:0}} {css}</style></head><body>{body}</body></html>"


# 1 bank letterhead: seller only in letterhead, right meta block
@tpl("bank_letterhead", "sp", "dot")
def bank(inv, c):
    f = bank; s = inv["seller"]; b = inv["buyer"]
    css = "body{font-family:'DejaVu Serif';font-size:10pt;color:#123} .lh{border-bottom:3px double #036;padding-bottom:6px} .lh h1{margin:0;color:#036;font-size:20pt} .small{font-size:8pt;color:#555} .meta{float:right;width:44%;border:1px solid #036} .meta td{padding:2px 6px} .to{width:50%;margin-top:14px} table.lines{width:100%;border-collapse:collapse;margin-top:18px;clear:both} .lines th{background:#036;color:white;font-weight:normal;padding:3px} .lines td{border-bottom:1px solid #ccd;padding:3px} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{margin-left:auto;margin-top:10px;border-collapse:collapse} .vs td,.vs th{border:1px solid #99a;padding:2px 8px} .tot{text-align:right;font-size:13pt;margin-top:8px}"
    body = f"""<div class='lh'><h1>{s['name']}</h1><div class='small'>{s['addr']} · Adószám: {s['tax']} · Közösségi adószám: {s['vat']} · Cégjegyzékszám: {s.get('reg','01-10-041111')}</div></div>
<table class='meta'><tr><td>Számlaszám</td><td><b>{inv['number']}</b></td></tr><tr><td>Kiállítás dátuma</td><td>{Dt(f,inv['issue'])}</td></tr><tr><td>Teljesítés dátuma</td><td>{Dt(f,inv['fulfil'])}</td></tr><tr><td>Fizetési határidő</td><td>{Dt(f,inv['due'])}</td></tr><tr><td>Fizetés módja</td><td>{inv.get('pay','számlaterhelés')}</td></tr></table>
<div class='to'><div class='small'>Ügyfél</div>{party(b)}</div>
<h2 style='clear:both;padding-top:10px'>{KIND_HU[inv['kind']].title()} – havi díjkimutatás</h2>
{lines_table(f,inv,c,'desc qty price rate net vat gross')}{vat_summary(f,inv,c)}
<div class='tot'><small>Nettó összesen: {N(f,inv,c['net'])} Ft · ÁFA összesen: {N(f,inv,c['vat'])} Ft</small><br>Fizetendő összesen: <b>{N(f,inv,c['gross'])} Ft</b></div>{notes(inv)}"""
    return page(css, body)


# 2 insurer: stacked parties, label:value grid, long dates
@tpl("insurer_grid", "dot", "long")
def insurer(inv, c):
    f = insurer; s = inv["seller"]; b = inv["buyer"]
    css = "body{font-family:'DejaVu Sans';font-size:9.5pt} .grid{display:grid;grid-template-columns:38mm 1fr;row-gap:3px;margin:10px 0} .grid div:nth-child(odd){color:#777;font-size:8pt;text-transform:uppercase} .band{background:#e7f0ea;padding:8px 10px;margin:6px 0} h1{font-weight:300;letter-spacing:3px;color:#2a6b45} table.lines{width:100%;border-collapse:collapse} .lines th{border-bottom:2px solid #2a6b45;text-align:left} .lines td{padding:4px 0;border-bottom:1px dotted #aaa} td.net,td.gross,td.vat{text-align:right} .vs{display:none} .sum{margin-top:12px;width:60%;margin-left:auto} .sum td{padding:2px} .sum td:last-child{text-align:right}"
    body = f"""<h1>{s['name']}</h1><div class='band'>Biztosító – {s['addr']}<br>Adószám: {s['tax']} &nbsp; Közösségi adószám: {s['vat']}</div>
<h2>Díjszámla</h2><div class='grid'><div>Számla sorszáma</div><div>{inv['number']}</div><div>Kelte</div><div>{Dt(f,inv['issue'])}</div><div>Teljesítés kelte</div><div>{Dt(f,inv['fulfil'])}</div><div>Esedékesség</div><div>{Dt(f,inv['due'])}</div><div>Kötvényszám</div><div>{inv.get('policy','KGF-88120034')}</div></div>
<div class='band'>Szerződő / Vevő<br>{party(b)}</div>
{lines_table(f,inv,c,'desc rate net gross',{'rate':'Adómentesség','net':'Díj','gross':'Fizetendő'})}
<table class='sum'><tr><td>Nettó összesen</td><td>{N(f,inv,c['net'])} Ft</td></tr><tr><td>ÁFA összesen</td><td>{N(f,inv,c['vat'])} Ft</td></tr><tr><td><b>Bruttó összesen</b></td><td><b>{N(f,inv,c['gross'])} Ft</b></td></tr></table>{notes(inv)}"""
    return page(css, body)


# 3 fuel card: wide small table, iso dates, header fields table
@tpl("fuel_statement", "dot", "iso")
def fuel(inv, c):
    f = fuel; s = inv["seller"]; b = inv["buyer"]
    css = "@page{size:A4 landscape;margin:10mm} body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:8pt} .hdr{display:flex;justify-content:space-between;border-bottom:4px solid #c00} .hdr .logo{font-size:22pt;font-weight:bold;color:#c00} table.hf{border-collapse:collapse;margin:6px 0;width:100%} .hf th{background:#eee;font-weight:normal;font-size:7pt;text-align:left;border:1px solid #bbb;padding:2px} .hf td{border:1px solid #bbb;padding:2px} table.lines{width:100%;border-collapse:collapse} .lines th{background:#333;color:#fff;padding:2px} .lines td{border-bottom:1px solid #ddd;padding:1px 3px} td.price,td.net,td.vat,td.gross,.r{text-align:right} .vs{border-collapse:collapse;margin-top:6px} .vs td,.vs th{border:1px solid #999;padding:1px 6px} .parties{display:flex;gap:20px} .parties div{flex:1}"
    body = f"""<div class='hdr'><div class='logo'>{s['name']}</div><div>Üzemanyagkártya gyűjtőszámla<br>{s['addr']}</div></div>
<table class='hf'><tr><th>Bizonylatszám</th><th>Számla kelte</th><th>Teljesítés</th><th>Fizetési határidő</th><th>Elszámolási időszak</th><th>Pénznem</th></tr><tr><td>{inv['number']}</td><td>{Dt(f,inv['issue'])}</td><td>{Dt(f,inv['fulfil'])}</td><td>{Dt(f,inv['due'])}</td><td>{inv.get('period','')}</td><td>HUF</td></tr></table>
<div class='parties'><div><i>Kibocsátó:</i> {party(s,br=' · ')}</div><div><i>Kártyabirtokos / Vevő:</i> {party(b,br=' · ')}</div></div>
{lines_table(f,inv,c,'desc qty unit price rate net vat gross',{'desc':'Tranzakció (kút, termék, kártya)','price':'Egységár (nettó)'})}
{vat_summary(f,inv,c)}<p style='font-size:11pt'>Összesen: nettó {N(f,inv,c['net'])} + ÁFA {N(f,inv,c['vat'])} = <b>{N(f,inv,c['gross'])} HUF</b></p>"""
    return page(css, body)


# 4 telecom multipage: summary on p1, details, totals on page 2
@tpl("telecom_multipage", "sp", "dot")
def telecom(inv, c):
    f = telecom; s = inv["seller"]; b = inv["buyer"]
    css = "body{font-family:'DejaVu Sans';font-size:9pt} .top{background:#e20074;color:white;padding:10px;font-size:16pt} .two{display:flex;gap:10mm;margin-top:8px} .two>div{flex:1} .kv td{padding:1px 4px} table.lines{width:100%;border-collapse:collapse} .lines td,.lines th{padding:2px;border-bottom:1px solid #eee} td.net,td.vat,td.gross,td.price,.r{text-align:right} .pb{page-break-before:always} .vs{border-collapse:collapse;width:70%} .vs td,.vs th{border:1px solid #ccc;padding:2px 5px} .ft{font-size:7pt;color:#888;margin-top:20px}"
    rows = "".join(f"<tr><td>{i%28+1:02d}. nap</td><td>+36 30 {(4400000+i*1371)%10000000:07d}</td><td>{(i*37)%60+1} perc</td><td>díjcsomagban</td></tr>" for i in range(45))
    body = f"""<div class='top'>{s['name']} – Távközlési számla</div>
<div class='two'><div><small>Előfizető / Számlázási cím</small><br>{party(b)}</div><div><table class='kv'><tr><td>Számlaszám:</td><td><b>{inv['number']}</b></td></tr><tr><td>Ügyfélszám:</td><td>{inv.get('cust','1.20034.88')}</td></tr><tr><td>Számla kelte:</td><td>{Dt(f,inv['issue'])}</td></tr><tr><td>Teljesítési időpont:</td><td>{Dt(f,inv['fulfil'])}</td></tr><tr><td>Fizetési határidő:</td><td>{Dt(f,inv['due'])}</td></tr><tr><td>Időszak:</td><td>{inv.get('period','')}</td></tr></table></div></div>
<h3>Hívásrészletező (kivonat)</h3><table class='lines'><tr><th>Nap</th><th>Hívott szám</th><th>Időtartam</th><th>Díj</th></tr>{rows}</table>
<div class='pb'><h3>Díjtételek</h3>{lines_table(f,inv,c,'desc qty price rate net vat gross')}
<h3>ÁFA összesítő</h3>{vat_summary(f,inv,c,('Kulcs','Adóalap','Adó','Összesen'))}
<p style='font-size:12pt'>A számla végösszege: <b>{N(f,inv,c['gross'])} Ft</b> (nettó {N(f,inv,c['net'])} Ft, ÁFA {N(f,inv,c['vat'])} Ft)</p></div>
<div class='ft'>Szolgáltató: {s['name']}, {s['addr']}, adószám {s['tax']}, közösségi adószám {s['vat']}</div>"""
    return page(css, body)


# 5 energy: boxed fields, big amount due box first
@tpl("energy_boxes", "dot", "dot")
def energy(inv, c):
    f = energy; s = inv["seller"]; b = inv["buyer"]
    css = "body{font-family:'DejaVu Sans';font-size:9pt} .box{border:1.5px solid #f39200;border-radius:6px;padding:6px;margin:4px} .row{display:flex} .row>.box{flex:1} .lab{font-size:7pt;color:#f39200;text-transform:uppercase} .big{font-size:20pt;font-weight:bold} table.lines{width:100%;border-collapse:collapse} .lines th{background:#fde9cc} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{border-collapse:collapse;margin-top:6px} .vs td,.vs th{border:1px solid #f39200;padding:2px 6px}"
    body = f"""<div class='row'><div class='box' style='flex:2'><span style='font-size:16pt;color:#f39200'>{s['name']}</span><br>{s['addr']}<br>Adószám: {s['tax']} | EU adószám: {s['vat']}</div><div class='box'><div class='lab'>Fizetendő összeg</div><div class='big'>{N(f,inv,c['gross'])} Ft</div><div class='lab'>Befizetési határidő</div>{Dt(f,inv['due'])}</div></div>
<div class='row'><div class='box'><div class='lab'>Felhasználó / Vevő</div>{party(b)}</div><div class='box'><div class='lab'>Számla sorszáma</div>{inv['number']}<div class='lab'>Kiállítás</div>{Dt(f,inv['issue'])}<div class='lab'>Teljesítés kelte</div>{Dt(f,inv['fulfil'])}<div class='lab'>Elszámolt időszak</div>{inv.get('period','')}</div><div class='box'><div class='lab'>Felhasználási hely</div>{inv.get('site','')}<div class='lab'>Mérő</div>{inv.get('meter','')}</div></div>
<h3>Villamosenergia elszámolás</h3>{lines_table(f,inv,c,'desc qty unit price rate net vat gross')}
<div class='row'><div class='box'>{vat_summary(f,inv,c)}</div><div class='box'><div class='lab'>Nettó összesen</div>{N(f,inv,c['net'])} Ft<div class='lab'>ÁFA összesen</div>{N(f,inv,c['vat'])} Ft<div class='lab'>Bruttó összesen</div><b>{N(f,inv,c['gross'])} Ft</b></div></div>{notes(inv)}"""
    return page(css, body)


# 6 postal: header fields as a full table, seller in footer
@tpl("postal_table", "plain_dec", "de")
def postal(inv, c):
    f = postal; s = inv["seller"]; b = inv["buyer"]
    css = "body{font-family:'DejaVu Serif Condensed','DejaVu Serif';font-size:9pt} h1{text-align:center;font-variant:small-caps} table{border-collapse:collapse;width:100%} table.hf td{border:1px solid #000;padding:3px} table.hf td.l{background:#ffe600;width:28%} .lines th,.lines td{border:1px solid #000;padding:2px} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{width:60%;margin:8px 0 0 auto} .vs td,.vs th{border:1px solid #000;padding:2px} .foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #000;font-size:7.5pt;text-align:center}"
    body = f"""<h1>Számla</h1><table class='hf'><tr><td class='l'>Számla száma</td><td>{inv['number']}</td><td class='l'>Vevő</td><td>{b['name']}</td></tr><tr><td class='l'>Kiállítás kelte</td><td>{Dt(f,inv['issue'])}</td><td class='l'>Vevő címe</td><td>{b['addr']}</td></tr><tr><td class='l'>Teljesítés kelte</td><td>{Dt(f,inv['fulfil'])}</td><td class='l'>Vevő adószáma</td><td>{b.get('tax') or '–'}</td></tr><tr><td class='l'>Esedékesség</td><td>{Dt(f,inv['due'])}</td><td class='l'>Szerződésszám</td><td>{inv.get('contract','PSZ-2231/2019')}</td></tr></table><br>
{lines_table(f,inv,c,'desc qty unit price rate net vat gross')}{vat_summary(f,inv,c)}
<p style='text-align:right'>Nettó: {N(f,inv,c['net'])} HUF &nbsp; ÁFA: {N(f,inv,c['vat'])} HUF<br>Összesen fizetendő: <b>{N(f,inv,c['gross'])} HUF</b></p>{notes(inv)}
<div class='foot'>Kiállító: {s['name']} · {s['addr']} · Adószám: {s['tax']} · Közösségi adószám: {s['vat']}</div>"""
    return page(css, body)


# 7 rail/coach group ticket: ticket-like stub, two columns right aligned meta
@tpl("ticket_stub", "sp", "slash")
def ticket(inv, c):
    f = ticket; s = inv["seller"]; b = inv["buyer"]
    css = "body{font-family:'DejaVu Sans Mono';font-size:9pt} .tk{border:2px dashed #006;padding:10px;width:150mm;margin:auto} .tk h2{text-align:center;background:#006;color:#fff;margin:-10px -10px 8px} .meta{text-align:right} table.lines{width:100%;border-collapse:collapse;margin-top:8px} .lines th{border-bottom:1px solid #006;text-align:left} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{width:100%;margin-top:6px} .tot td{font-weight:bold}"
    body = f"""<div class='tk'><h2>CSOPORTOS MENETJEGY – SZÁMLA</h2><div style='display:flex;justify-content:space-between'><div>SZOLGÁLTATÓ:<br>{party(s)}</div><div class='meta'>SORSZÁM: {inv['number']}<br>KELT: {Dt(f,inv['issue'])}<br>TELJESÍTÉS: {Dt(f,inv['fulfil'])}<br>FIZ. HATÁRIDŐ: {Dt(f,inv['due'])}<br>FIZETÉS: átutalás</div></div>
<p>MEGRENDELŐ:<br>{party(b)}</p><p>Utazás: {inv.get('trip','')}</p>
{lines_table(f,inv,c,'desc qty price rate net vat gross',{'desc':'Jegytípus'})}{vat_summary(f,inv,c)}
<table style='width:100%'><tr class='tot'><td>NETTÓ</td><td class='r'>{N(f,inv,c['net'])}</td></tr><tr class='tot'><td>ÁFA</td><td class='r'>{N(f,inv,c['vat'])}</td></tr><tr class='tot'><td>BRUTTÓ FIZETENDŐ (HUF)</td><td class='r'>{N(f,inv,c['gross'])}</td></tr></table></div>"""
    return page(css, body)


# 8 chamber: letter style, serif, text paragraph, parties in address window
@tpl("chamber_letter", "dot", "long")
def chamber(inv, c):
    f = chamber; s = inv["seller"]; b = inv["buyer"]
    css = "body{font-family:'DejaVu Serif';font-size:10.5pt;line-height:1.4} .head{text-align:center;border-bottom:1px solid #666} .window{margin:16mm 0 8mm 0;width:85mm;border-left:3px solid #888;padding-left:6px} table.lines{width:100%;border-collapse:collapse} .lines td,.lines th{border-top:1px solid #bbb;padding:3px} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{margin-left:auto;border-collapse:collapse} .vs td,.vs th{padding:2px 10px}"
    body = f"""<div class='head'><div style='font-size:15pt;letter-spacing:1px'>{s['name']}</div><div style='font-size:8.5pt'>{s['addr']} – adószám: {s['tax']}</div></div>
<div class='window'>{party(b,lab_tax='Adószáma')}</div>
<p style='text-align:right'>{inv.get('city','Budapest')}, {Dt(f,inv['issue'])}</p>
<h3 style='text-align:center'>SZÁMLA<br><small>sorszám: {inv['number']}</small></h3>
<p>Tisztelt Tagunk! A {inv.get('year','2027')}. évi kamarai tagdíj összegéről az alábbi számlát állítjuk ki (teljesítés dátuma: {Dt(f,inv['fulfil'])}). Kérjük, az összeget a fizetési határidőig átutalni szíveskedjen.<br>Fizetési határidő: {Dt(f,inv['due'])}</p>
{lines_table(f,inv,c,'desc qty price rate net vat gross')}{vat_summary(f,inv,c,('Adókulcs','Nettó érték','Adó','Bruttó érték'))}
<p>Fizetendő végösszeg: <b>{N(f,inv,c['gross'])} Ft</b>; nettó: {N(f,inv,c['net'])} Ft; ÁFA: {N(f,inv,c['vat'])} Ft.</p>{notes(inv)}<p style='margin-top:14mm'>Üdvözlettel:<br>Gazdasági igazgatóság</p>"""
    return page(css, body)


# 9 notary: formal, centered, parties side by side with Kibocsátó/Ügyfél
@tpl("notary_formal", "sp_dec", "dot")
def notary(inv, c):
    f = notary; s = inv["seller"]; b = inv["buyer"]
    css = "body{font-family:'DejaVu Serif';font-size:10pt} h1{text-align:center;font-size:14pt;border-top:2px solid #000;border-bottom:2px solid #000;padding:4px} .pp{display:flex} .pp>div{flex:1;padding:6px} .pp>div+div{border-left:1px solid #000} table.lines{width:100%;border-collapse:collapse} .lines th{border-bottom:1px solid #000} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{margin-left:auto} .hf{width:100%;text-align:center;margin:6px 0} .hf td{border:1px solid #000}"
    body = f"""<h1>KÖZJEGYZŐI DÍJSZÁMLA</h1><div class='pp'><div>Kibocsátó:<br>{party(s)}</div><div>Ügyfél:<br>{party(b)}</div></div>
<table class='hf'><tr><td>Számlaszám<br><b>{inv['number']}</b></td><td>Kelte<br>{Dt(f,inv['issue'])}</td><td>Teljesítés kelte<br>{Dt(f,inv['fulfil'])}</td><td>Esedékesség<br>{Dt(f,inv['due'])}</td><td>Ügyszám<br>{inv.get('case','11111/Ü/2027')}</td></tr></table>
{lines_table(f,inv,c,'desc rate net vat gross',{'desc':'Díjtétel / ügylet'})}{vat_summary(f,inv,c)}
<p style='text-align:right'>Nettó: {N(f,inv,c['net'])} Ft · ÁFA: {N(f,inv,c['vat'])} Ft · <b>Összesen: {N(f,inv,c['gross'])} Ft</b></p>{notes(inv)}"""
    return page(css, body)


# 10 web invoicer A: modern, colored header bar, two-column boxes
@tpl("web_modern", "sp", "dot")
def webA(inv, c):
    f = webA; s = inv["seller"]; b = inv["buyer"]
    cur = "Ft" if inv["currency"] == "HUF" else inv["currency"]
    css = "body{font-family:'DejaVu Sans';font-size:9pt;color:#222} .bar{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #2b7de9;padding-bottom:4px} .bar h1{margin:0;color:#2b7de9;font-size:24pt} .cols{display:flex;gap:6mm;margin:8px 0} .cols>div{flex:1;background:#f3f7fd;padding:8px;border-radius:4px} .k{color:#888;font-size:7.5pt} .dates{display:flex;gap:4mm} .dates div{flex:1;border:1px solid #cfe0f7;padding:4px} table.lines{width:100%;border-collapse:collapse} .lines th{background:#2b7de9;color:#fff;font-size:8pt;padding:3px} .lines td{padding:3px;border-bottom:1px solid #e3e3e3} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{width:55%;margin:6px 0 0 auto;border-collapse:collapse} .vs td,.vs th{padding:2px 4px;border-bottom:1px solid #ddd} .grand{text-align:right;font-size:15pt;color:#2b7de9}"
    body = f"""<div class='bar'><h1>{KIND_HU[inv['kind']].capitalize()}</h1><div>Sorszám: <b>{inv['number']}</b></div></div>
<div class='cols'><div><div class='k'>Eladó</div>{party(s)}<br>Bankszámla: {s.get('bank','11773016-00000000')}</div><div><div class='k'>Vevő</div>{party(b)}</div></div>
<div class='dates'><div><span class='k'>Fizetési mód</span><br>{inv.get('pay','Átutalás')}</div><div><span class='k'>Teljesítés dátuma</span><br>{Dt(f,inv['fulfil'])}</div><div><span class='k'>Számla kelte</span><br>{Dt(f,inv['issue'])}</div><div><span class='k'>Fizetési határidő</span><br>{Dt(f,inv['due'])}</div></div>{prec(inv,'Módosított számla')}<br>
{lines_table(f,inv,c)}{vat_summary(f,inv,c)}{fx_note(f,inv,c)}
<div class='grand'>Nettó {N(f,inv,c['net'])} {cur} · ÁFA {N(f,inv,c['vat'])} {cur}<br><b>Fizetendő: {N(f,inv,c['gross'])} {cur}</b></div>{notes(inv)}"""
    return page(css, body)


# 11 web invoicer B: minimal, grey tiny labels, parties stacked on right
@tpl("web_minimal", "dot", "iso")
def webB(inv, c):
    f = webB; s = inv["seller"]; b = inv["buyer"]
    cur = inv["currency"]
    css = "body{font-family:'DejaVu Sans Light','DejaVu Sans';font-size:9pt} .wrap{display:grid;grid-template-columns:1fr 70mm;gap:8mm} .t{font-size:6.5pt;color:#aaa;letter-spacing:1px;text-transform:uppercase;margin-top:6px} h1{font-weight:200;font-size:28pt;margin:0} table.lines{width:100%;border-collapse:collapse;margin-top:10mm} .lines th{font-weight:normal;color:#999;font-size:7pt;text-align:left;border-bottom:1px solid #ccc} .lines td{padding:4px 0} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{font-size:8pt;color:#555} .total{border-top:1px solid #000;text-align:right;font-size:14pt;margin-top:4mm;padding-top:2mm}"
    body = f"""<div class='wrap'><div><h1>{inv['number']}</h1><div class='t'>{KIND_HU[inv['kind']].lower()}</div>
<div class='t'>kiállítva</div>{Dt(f,inv['issue'])}<div class='t'>teljesítés</div>{Dt(f,inv['fulfil'])}<div class='t'>esedékes</div>{Dt(f,inv['due']) if inv['due'] else '—'}{prec(inv,'Hivatkozott számla')}</div>
<div><div class='t'>szolgáltató</div>{party(s)}<div class='t'>számlázási cím</div>{party(b)}</div></div>
{lines_table(f,inv,c,'desc qty unit price rate net gross')}{vat_summary(f,inv,c)}{fx_note(f,inv,c)}
<div class='total'>nettó {N(f,inv,c['net'])} · áfa {N(f,inv,c['vat'])} · <b>összesen {N(f,inv,c['gross'])} {cur}</b></div>{notes(inv)}"""
    return page(css, body)


# 12 desktop suite: classic boxed grid, all borders, Szállító/Vevő
@tpl("desktop_boxed", "sp_dec", "dot")
def desk(inv, c):
    f = desk; s = inv["seller"]; b = inv["buyer"]
    css = "body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:8.5pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:2px 4px;vertical-align:top} .ttl{font-size:16pt;text-align:center;font-weight:bold} .l{font-size:7pt;font-style:italic} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{width:60%;margin-left:auto} .ft{font-size:7pt;margin-top:4px}"
    body = f"""<table><tr><td colspan=2 class='ttl'>{KIND_HU[inv['kind']]}<br><span style='font-size:9pt'>Eredeti példány</span></td></tr>
<tr><td style='width:50%'><span class='l'>Szállító:</span><br>{party(s)}<br>Bankszámlaszám: {s.get('bank','10402142-50526777-00000000')}</td><td><span class='l'>Vevő:</span><br>{party(b)}</td></tr></table>
<table><tr><th>Fizetési mód</th><th>Teljesítés kelte</th><th>Számla kelte</th><th>Fizetési határidő</th><th>Számla sorszáma</th></tr><tr><td>{inv.get('pay','átutalás')}</td><td>{Dt(f,inv['fulfil'])}</td><td>{Dt(f,inv['issue'])}</td><td>{Dt(f,inv['due'])}</td><td><b>{inv['number']}</b></td></tr></table>{prec(inv)}
{lines_table(f,inv,c,'desc qty unit price net rate vat gross',{'price':'Nettó egységár','net':'Nettó érték','vat':'ÁFA érték','gross':'Bruttó érték','rate':'ÁFA %'})}
{vat_summary(f,inv,c)}<table style='width:60%;margin-left:auto'><tr><td>Nettó összesen:</td><td class='r'>{N(f,inv,c['net'])}</td></tr><tr><td>ÁFA összesen:</td><td class='r'>{N(f,inv,c['vat'])}</td></tr><tr><td><b>Bruttó összesen (HUF):</b></td><td class='r'><b>{N(f,inv,c['gross'])}</b></td></tr></table>{notes(inv)}
<div class='ft'>Készült: Számlázó Pro 9.4 számlázóprogrammal</div>"""
    return page(css, body)


# 13 ERP print, bilingual HU/EN, EUR capable, right aligned meta
@tpl("erp_bilingual", "comma", "iso")
def erp(inv, c):
    f = erp; s = inv["seller"]; b = inv["buyer"]
    cur = inv["currency"]
    css = "body{font-family:'DejaVu Sans';font-size:8pt} .hd{display:flex;justify-content:space-between} .meta{text-align:right} .meta td{padding:0 3px} .meta td:first-child{color:#666} .en{color:#888;font-style:italic} .addr{display:flex;gap:10mm;margin:6mm 0} .addr>div{flex:1;border-top:1px solid #444;padding-top:2px} table.lines{width:100%;border-collapse:collapse} .lines th{border-top:1px solid #000;border-bottom:1px solid #000;font-size:7pt} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{margin-left:auto;margin-top:4mm}"
    body = f"""<div class='hd'><div style='font-size:14pt;font-weight:bold'>{s['name']}</div><div class='meta'><div style='font-size:13pt'>{KIND_HU[inv['kind']]} <span class='en'>/ INVOICE</span></div><table style='margin-left:auto'><tr><td>Számlaszám <span class='en'>Invoice No.</span></td><td><b>{inv['number']}</b></td></tr><tr><td>Kelt <span class='en'>Date of issue</span></td><td>{Dt(f,inv['issue'])}</td></tr><tr><td>Teljesítés <span class='en'>Delivery date</span></td><td>{Dt(f,inv['fulfil'])}</td></tr><tr><td>Esedékesség <span class='en'>Due date</span></td><td>{Dt(f,inv['due'])}</td></tr><tr><td>Pénznem <span class='en'>Currency</span></td><td>{cur}</td></tr></table></div></div>
<div class='addr'><div>Eladó <span class='en'>Seller</span><br>{party(s,'Adószám / Tax ID','EU VAT No.')}</div><div>Vevő <span class='en'>Customer</span><br>{party(b,'Adószám / Tax ID','EU VAT No.')}</div></div>{prec(inv,'Eredeti számla / Original invoice')}
{lines_table(f,inv,c,'desc qty unit price rate net vat gross',{'desc':'Megnevezés / Description','price':'Egységár / Unit price','net':'Nettó / Net','vat':'ÁFA / VAT','gross':'Bruttó / Gross'})}
{vat_summary(f,inv,c,('ÁFA / VAT rate','Nettó / Net','ÁFA / VAT','Bruttó / Gross'))}{fx_note(f,inv,c)}
<p style='text-align:right;font-size:11pt'>Összesen / Total: nettó {N(f,inv,c['net'])} + ÁFA {N(f,inv,c['vat'])} = <b>{N(f,inv,c['gross'])} {cur}</b></p>{notes(inv)}"""
    return page(css, body)


# 14 dot-matrix monospace
@tpl("dotmatrix", "plain", "dotns")
def dotm(inv, c):
    f = dotm; s = inv["seller"]; b = inv["buyer"]
    L = []
    L.append("=" * 78)
    L.append(f"{'S Z Á M L A':^78}")
    L.append("=" * 78)
    L.append(f"ELADÓ: {s['name']}")
    L.append(f"       {s['addr']}")
    L.append(f"       ADÓSZÁM: {s['tax']}")
    L.append("-" * 78)
    L.append(f"VEVŐ:  {b['name']}")
    L.append(f"       {b['addr']}")
    if b.get("tax"): L.append(f"       ADÓSZÁM: {b['tax']}")
    L.append("-" * 78)
    L.append(f"BIZONYLATSZÁM: {inv['number']:<20} KELTE: {Dt(f,inv['issue'])}")
    L.append(f"TELJ. KELTE:   {Dt(f,inv['fulfil']):<20} ESEDÉKES: {Dt(f,inv['due'])}")
    L.append("-" * 78)
    L.append(f"{'MEGNEVEZÉS':<30}{'MENNY':>6}{'EGYS.ÁR':>10}{'ÁFA':>5}{'NETTÓ':>12}{'BRUTTÓ':>14}")
    for r in c["rows"]:
        L.append(f"{r['desc'][:30]:<30}{str(r['qty']):>6}{N(f,inv,r['price']):>10}{r['rate']:>5}{N(f,inv,r['net']):>12}{N(f,inv,r['gross']):>14}")
    L.append("-" * 78)
    for x in c["summ"]:
        L.append(f"ÁFA {x['rate']:<5} ALAP: {N(f,inv,x['net']):>12}  ADÓ: {N(f,inv,x['vat']):>10}  ÖSSZ: {N(f,inv,x['gross']):>12}")
    L.append("-" * 78)
    L.append(f"NETTÓ ÖSSZESEN: {N(f,inv,c['net']):>14}")
    L.append(f"ÁFA ÖSSZESEN:   {N(f,inv,c['vat']):>14}")
    L.append(f"FIZETENDŐ:      {N(f,inv,c['gross']):>14} FT")
    L.append("=" * 78)
    for n in inv.get("notes", []): L.append(n)
    import html
    css = "body{font-family:'DejaVu Sans Mono';font-size:9pt} pre{font-family:inherit;color:#333}"
    return page(css, "<pre>" + html.escape("\n".join(L)) + "</pre>")


# 15 receipt-like simplified invoice, narrow
@tpl("receipt_simplified", "sp", "dot")
def receipt(inv, c):
    f = receipt; s = inv["seller"]; b = inv["buyer"]
    css = "@page{size:80mm 220mm;margin:4mm} body{font-family:'DejaVu Sans Mono';font-size:7.5pt;text-align:center} .l{text-align:left} .row{display:flex;justify-content:space-between} hr{border:none;border-top:1px dashed #000}"
    rows = "".join(f"<div class='l'>{r['desc']}</div><div class='row'><span>{r['qty']} x {N(f,inv,r['price'])}</span><span>{N(f,inv,r['gross'])} {r['rate']}</span></div>" for r in c["rows"])
    body = f"""<b>{s['name']}</b><br>{s['addr']}<br>Adószám: {s['tax']}<hr><b>EGYSZERŰSÍTETT SZÁMLA</b><br>Sorszám: {inv['number']}<br>Kelt: {Dt(f,inv['issue'])}<br>Teljesítés: {Dt(f,inv['fulfil'])}<hr>
<div class='l'>Vevő: {b['name']}<br>{b['addr']}{('<br>Adószám: '+b['tax']) if b.get('tax') else ''}</div><hr>{rows}<hr>
{''.join(f"<div class='row'><span>{x['rate']} alap {N(f,inv,x['net'])}</span><span>adó {N(f,inv,x['vat'])}</span></div>" for x in c['summ'])}
<div class='row'><span>NETTÓ</span><span>{N(f,inv,c['net'])}</span></div><div class='row'><span>ÁFA</span><span>{N(f,inv,c['vat'])}</span></div><div class='row' style='font-size:10pt'><b>ÖSSZESEN</b><b>{N(f,inv,c['gross'])} Ft</b></div><hr>Fizetve: bankkártya<br>Köszönjük!"""
    return page(css, body)


# 16 German supplier HU/DE bilingual EUR, seller in footer block columns
@tpl("de_bilingual", "dot", "de")
def de(inv, c):
    f = de; s = inv["seller"]; b = inv["buyer"]
    cur = inv["currency"]
    css = "body{font-family:'DejaVu Sans';font-size:9pt} .sender{font-size:7pt;text-decoration:underline;margin-top:20mm} .win{height:30mm} .info{position:absolute;right:0;top:20mm;width:75mm} .info td{padding:1px 3px} h2{margin-top:10mm} table.lines{width:100%;border-collapse:collapse} .lines th{background:#ddd;text-align:left} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{margin-left:auto} .foot{display:flex;gap:6mm;font-size:7pt;border-top:1px solid #999;margin-top:14mm} .foot div{flex:1}"
    body = f"""<div style='position:relative'><div class='sender'>{s['name']} · {s['addr']}</div><div class='win'>{party(b,'Adószám / Steuernummer','Közösségi adószám / USt-IdNr.')}</div>
<table class='info'><tr><td>Számla száma / Rechnungsnr.:</td><td><b>{inv['number']}</b></td></tr><tr><td>Kelte / Rechnungsdatum:</td><td>{Dt(f,inv['issue'])}</td></tr><tr><td>Teljesítés / Leistungsdatum:</td><td>{Dt(f,inv['fulfil'])}</td></tr><tr><td>Fizetési határidő / Fällig am:</td><td>{Dt(f,inv['due'])}</td></tr></table></div>
<h2>Számla / Rechnung</h2>{lines_table(f,inv,c,'desc qty unit price rate net gross',{'desc':'Megnevezés / Bezeichnung','qty':'Menge','price':'Einzelpreis','net':'Netto','gross':'Brutto','rate':'MwSt/ÁFA'})}
{vat_summary(f,inv,c,('ÁFA / MwSt','Netto','Steuer','Brutto'))}{fx_note(f,inv,c)}
<p style='text-align:right'>Nettó / Netto: {N(f,inv,c['net'])} {cur}<br>ÁFA / MwSt: {N(f,inv,c['vat'])} {cur}<br><b>Végösszeg / Gesamtbetrag: {N(f,inv,c['gross'])} {cur}</b></p>{notes(inv)}
<div class='foot'><div>{s['name']}<br>{s['addr']}</div><div>USt-IdNr. / Közösségi adószám: {s['vat']}</div><div>IBAN DE44 5001 0517 0648 4898 90</div></div>"""
    return page(css, body)


# 17 small firm word-processor look: centered title, stacked parties left, italic labels, table without borders
@tpl("smallfirm_word", "sp", "long")
def word(inv, c):
    f = word; s = inv["seller"]; b = inv["buyer"]
    css = "body{font-family:'DejaVu Serif';font-size:11pt} h1{text-align:center;font-size:22pt;text-decoration:underline} i{color:#444} table.lines{width:100%;margin-top:8mm} .lines th{text-align:left;font-style:italic;font-weight:normal} td.net,td.vat,td.gross,td.price,.r{text-align:right} .vs{margin-top:4mm}"
    body = f"""<h1>{KIND_HU[inv['kind']].capitalize()}</h1><p style='text-align:center'>Számla sorszáma: {inv['number']}</p>
<p><i>Számla kibocsátója:</i><br>{party(s)}</p><p><i>Vevő:</i><br>{party(b)}</p>
<p><i>Kiállítás dátuma:</i> {Dt(f,inv['issue'])}<br><i>Teljesítés időpontja:</i> {Dt(f,inv['fulfil'])}<br><i>Fizetési határidő:</i> {Dt(f,inv['due'])}<br><i>Fizetés módja:</i> {inv.get('pay','banki átutalás')}</p>{prec(inv,'Előlegszámla száma')}
{lines_table(f,inv,c,'desc qty unit price rate net vat gross')}{vat_summary(f,inv,c)}
<p>Nettó összesen: {N(f,inv,c['net'])} Ft<br>ÁFA összesen: {N(f,inv,c['vat'])} Ft<br><b>Fizetendő összesen: {N(f,inv,c['gross'])} Ft</b></p>{notes(inv)}"""
    return page(css, body)

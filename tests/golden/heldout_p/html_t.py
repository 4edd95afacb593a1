# ruff: noqa
"""HTML layouts for blind set P (printed with headless Chromium)."""
from html import escape as E
from .common import fmt_num, fmt_date

KIND_HU = {"normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA",
           "correction": "HELYESBÍTŐ SZÁMLA", "storno": "SZTORNÓ SZÁMLA", "proforma": "DÍJBEKÉRŐ"}


def N(inv, x, dec=None):
    return fmt_num(x, inv.get("numfmt", "space"), inv.get("dec", dec))


def Dt(inv, d):
    return fmt_date(d, inv.get("datefmt", "dot"))


def rate_label(r, style="hu"):
    if r in ("27", "18", "5", "0"):
        return f"{r}%" if style != "sp" else f"{r} %"
    return r


def party(p, labels=("Adószám", "Közösségi adószám"), extra=True):
    out = [f"<b>{E(p['name'])}</b>"]
    if p.get("addr"):
        out.append(E(p["addr"]))
    if p.get("tax"):
        out.append(f"{labels[0]}: <span style='white-space:nowrap'>{p['tax']}</span>")
    if p.get("vat"):
        out.append(f"{labels[1]}: <span style='white-space:nowrap'>{p['vat']}</span>")
    if extra and p.get("bank"):
        out.append(f"Bankszámla: {p['bank']}")
    return "<br>".join(out)


def items(inv, heads=("Megnevezés", "Menny.", "Egys.", "Egységár", "ÁFA", "Nettó érték", "ÁFA összeg", "Bruttó érték"), cls="items", vat_col=True):
    h = "".join(f"<th>{E(x)}</th>" for x in heads)
    rows = []
    for ln in inv["_lines"]:
        cells = [E(ln["desc"]), N(inv, ln["qty"], 0 if ln["qty"] == ln["qty"].to_integral_value() else 2) if True else "",
                 E(ln["unit"]), N(inv, ln["price"], None if ln["price"] != ln["price"].to_integral_value() or inv["currency"] != "HUF" else 0),
                 rate_label(ln["rate"]), N(inv, ln["net"])]
        if vat_col:
            cells += [N(inv, ln["vat"]), N(inv, ln["gross"])]
        cells = cells[:len(heads)]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def vatsum(inv, heads=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), total_label="Összesen", cls="vatsum"):
    h = "".join(f"<th>{E(x)}</th>" for x in heads)
    rows = "".join(f"<tr><td>{rate_label(r['rate'])}</td><td>{N(inv, r['net'])}</td><td>{N(inv, r['vat'])}</td><td>{N(inv, r['gross'])}</td></tr>" for r in inv["_rows"])
    tot = f"<tr class='tot'><td>{E(total_label)}</td><td>{N(inv, inv['_net'])}</td><td>{N(inv, inv['_vat'])}</td><td>{N(inv, inv['_gross'])}</td></tr>"
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{rows}{tot}</tbody></table>"


def notes(inv):
    return "".join(f"<p class='note'>{E(n)}</p>" for n in inv.get("notes", []))


def page(css, body, size="A4"):
    return f"""<!doctype html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: 14mm 13mm; }}
body {{ margin:0; }}
table {{ border-collapse: collapse; }}
.items td, .vatsum td {{ white-space: nowrap; }}
.items td:first-child {{ white-space: normal; }}
{css}</style></head><body>{body}</body></html>"""


# ---------------------------------------------------------------- 1. two_box
def two_box(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#111}
h1{font-size:17pt;text-align:center;letter-spacing:2px;margin:0 0 4mm}
.parties{display:flex;gap:5mm}.parties>div{flex:1;border:1px solid #444;padding:3mm;min-height:30mm}
.parties h3{margin:0 0 2mm;font-size:8pt;text-transform:uppercase;color:#555}
.meta{width:100%;margin:4mm 0}.meta td,.meta th{border:1px solid #444;padding:1.5mm;text-align:center}
.meta th{background:#eee;font-size:8pt}
.items,.vatsum{width:100%}.items th,.items td,.vatsum td,.vatsum th{border:1px solid #999;padding:1.2mm;font-size:8.5pt}
.items td:nth-child(n+2),.vatsum td{text-align:right}.vatsum{width:60%;margin:4mm 0 0 auto}
.tot td{font-weight:bold}.big{font-size:13pt;text-align:right;margin-top:4mm}.note{font-size:8pt}"""
    ref = f"<p>Eredeti számla sorszáma: <b>{inv['preceding']}</b></p>" if inv.get("preceding") else ""
    body = f"""<h1>{KIND_HU[inv['kind']]}</h1>
<div class=parties><div><h3>Eladó</h3>{party(inv['seller'])}</div><div><h3>Vevő</h3>{party(inv['buyer'])}</div></div>
<table class=meta><tr><th>Számla sorszáma</th><th>Fizetési mód</th><th>Teljesítés dátuma</th><th>Számla kelte</th><th>Fizetési határidő</th></tr>
<tr><td><b>{inv['number']}</b></td><td>{inv.get('paym','Átutalás')}</td><td>{Dt(inv, inv['fulfil'])}</td><td>{Dt(inv, inv['issue'])}</td><td>{Dt(inv, inv['due'])}</td></tr></table>
{ref}{items(inv)}{vatsum(inv)}
<p class=big>Fizetendő összesen: <b>{N(inv, inv['_gross'])} Ft</b></p>{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 2. letterhead
def letterhead(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:Georgia,'DejaVu Serif',serif;font-size:10pt}
.lh{border-bottom:3px double #225;padding-bottom:3mm;display:flex;justify-content:space-between;align-items:flex-end}
.lh .n{font-size:20pt;color:#225;font-variant:small-caps}.lh .a{font-size:8pt;text-align:right;color:#333}
.row{display:flex;justify-content:space-between;margin-top:10mm}
.win{width:85mm;font-size:10.5pt;line-height:1.4}.win small{color:#777;font-size:7pt;display:block;border-bottom:1px solid #ccc;margin-bottom:2mm}
.rm{text-align:right;font-size:9pt;line-height:1.6}.rm span{color:#666}
h2{font-weight:normal;font-size:14pt;margin:10mm 0 3mm;border-bottom:1px solid #999}
.items{width:100%}.items th{border-bottom:1px solid #225;text-align:left;font-size:8.5pt;padding:1mm}.items td{padding:1mm;font-size:9pt;border-bottom:1px dotted #bbb}
.items td:nth-child(n+2){text-align:right}
.vatsum{margin:5mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm;text-align:right;font-size:9pt}.vatsum .tot td{border-top:1px solid #000;font-weight:bold}
.foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #225;font-size:7.5pt;color:#333;text-align:center;padding-top:1mm}"""
    body = f"""<div class=lh><div class=n>{E(s['name'])}</div><div class=a>{E(s['addr'])}<br>{E(s.get('contact',''))}</div></div>
<div class=row><div class=win><small>{E(s['name'])} · {E(s['addr'])}</small><b>{E(b['name'])}</b><br>{E(b['addr'])}<br>{'Adószám: ' + b['tax'] if b.get('tax') else ''}</div>
<div class=rm><span>Számlaszám:</span> <b>{inv['number']}</b><br><span>Kelt:</span> {Dt(inv, inv['issue'])}<br>
<span>Teljesítés kelte:</span> {Dt(inv, inv['fulfil'])}<br><span>Esedékesség:</span> {Dt(inv, inv['due'])}<br><span>Fizetés módja:</span> {inv.get('paym','átutalás')}</div></div>
<h2>{KIND_HU[inv['kind']].capitalize()}{' – hivatkozás: ' + inv['preceding'] if inv.get('preceding') else ''}</h2>
{items(inv, ('Tétel', 'Mennyiség', 'Me.', 'Egységár (Ft)', 'Áfa', 'Nettó (Ft)', 'Áfa (Ft)', 'Bruttó (Ft)'))}
{vatsum(inv, ('Áfakulcs', 'Nettó', 'Áfa', 'Bruttó'), 'Számla végösszege')}{notes(inv)}
<div class=foot>{E(s['name'])} · Adószám: {s['tax']} · Közösségi adószám: {s.get('vat','')} · Bankszámlaszám: {s.get('bank','')} · Cégjegyzékszám: {s.get('reg','')}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 3. grid_meta
def grid_meta(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Condensed',Arial,sans-serif;font-size:9pt}
.top{display:flex;justify-content:space-between;align-items:center;background:#0b5;color:#fff;padding:3mm}
.top h1{margin:0;font-size:15pt}.grid{display:grid;grid-template-columns:38mm 1fr 38mm 1fr;margin:3mm 0;border:1px solid #0b5}
.grid div{padding:1.3mm 2mm;border-bottom:1px solid #cfe}.grid .l{background:#eafff2;color:#065;font-size:8pt}
.party{margin:2mm 0;padding:2mm;border-left:4px solid #0b5}.party .h{color:#065;font-size:8pt;text-transform:uppercase}
.items{width:100%;margin-top:3mm}.items th{background:#0b5;color:#fff;padding:1mm;font-size:8pt}.items td{padding:1mm;border-bottom:1px solid #cfe}
.items td:nth-child(n+2){text-align:right}.vatsum{margin:3mm 0 0 auto}.vatsum td,.vatsum th{padding:1mm 3mm;text-align:right}.vatsum th{color:#065}
.tot td{font-weight:bold;border-top:2px solid #0b5}.note{font-size:8pt;color:#444}"""
    body = f"""<div class=top><h1>{KIND_HU[inv['kind']].title()}</h1><div>Bizonylatszám: <b>{inv['number']}</b></div></div>
<div class=grid><div class=l>Kiállítás dátuma</div><div>{Dt(inv, inv['issue'])}</div><div class=l>Teljesítés dátuma</div><div>{Dt(inv, inv['fulfil'])}</div>
<div class=l>Fizetési határidő</div><div>{Dt(inv, inv['due'])}</div><div class=l>Fizetési mód</div><div>{inv.get('paym','Banki átutalás')}</div>
<div class=l>Pénznem</div><div>{inv['currency']}</div><div class=l>Szerződésszám</div><div>{inv.get('contract','-')}</div></div>
<div class=party><div class=h>Szállító</div>{party(s)}</div>
<div class=party><div class=h>Megrendelő</div>{party(b)}</div>
{items(inv, ('Megnevezés', 'Menny.', 'Me.', 'Egységár', 'ÁFA %', 'Nettó', 'ÁFA', 'Bruttó'))}
{vatsum(inv, ('Kulcs', 'Nettó összeg', 'ÁFA összeg', 'Bruttó összeg'), 'Mindösszesen')}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 4. cloud_en
def cloud_en(inv):
    s, b = inv["seller"], inv["buyer"]
    cur = inv["currency"]
    sym = {"EUR": "€", "USD": "$"}.get(cur, cur)
    rows = "".join(f"<tr><td>{E(l['desc'])}<div class=u>{N(inv, l['qty'], 2 if l['qty'] != l['qty'].to_integral_value() else 0)} {E(l['unit'])} × {sym}{N(inv, l['price'], 4 if len(str(l['price']).split('.')[-1]) > 2 else 2)}</div></td><td>{sym}{N(inv, l['net'])}</td></tr>" for l in inv["_lines"])
    taxline = f"<tr><td>VAT {inv['_rows'][0]['rate']}{'%' if inv['_rows'][0]['rate'].isdigit() else ''}</td><td>{sym}{N(inv, inv['_vat'])}</td></tr>"
    fx = ""
    if inv.get("fx"):
        fx = f"<p class=fx>Exchange rate (MNB): 1 {cur} = {fmt_num(inv['fx'], 'en', 2)} HUF · VAT in HUF: {fmt_num(inv['_vat_huf'], 'en', 0)} HUF</p>"
    css = """body{font-family:'Helvetica Neue',Arial,'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}
.hd{display:flex;justify-content:space-between}.logo{font-size:22pt;font-weight:bold;color:#5a3fd6}
.inv{text-align:right}.inv h1{margin:0;font-weight:300;font-size:24pt}.kv{margin-top:2mm}.kv td{padding:.6mm 0 .6mm 6mm}.kv td:first-child{color:#888}
.cols{display:flex;gap:12mm;margin:10mm 0 6mm}.cols .h{color:#888;font-size:8pt;text-transform:uppercase;margin-bottom:1mm}
.items{width:100%}.items th{text-align:left;color:#888;font-weight:normal;border-bottom:1px solid #ddd;padding:2mm 0}.items td{padding:2mm 0;border-bottom:1px solid #eee;vertical-align:top}
.items td:last-child,.items th:last-child{text-align:right}.u{color:#888;font-size:8pt}
.sum{width:75mm;margin:4mm 0 0 auto}.sum td{padding:1mm 0}.sum td:last-child{text-align:right}.sum .t td{font-weight:bold;font-size:12pt;border-top:1px solid #333}
.note,.fx{font-size:8pt;color:#555}"""
    body = f"""<div class=hd><div><div class=logo>{E(s['brand'])}</div><div>{E(s['name'])}<br>{E(s['addr'])}<br>{'VAT ID: ' + s['vat'] if s.get('vat') else ''}</div></div>
<div class=inv><h1>{'Invoice' if inv['kind']=='normal' else inv.get('title','Invoice')}</h1><table class=kv align=right>
<tr><td>Invoice number</td><td><b>{inv['number']}</b></td></tr><tr><td>Date of issue</td><td>{Dt(inv, inv['issue'])}</td></tr>
{'<tr><td>Service period</td><td>' + inv['period'] + '</td></tr>' if inv.get('period') else ''}
{'<tr><td>Date due</td><td>' + Dt(inv, inv['due']) + '</td></tr>' if inv.get('due') else ''}</table></div></div>
<div class=cols><div><div class=h>Bill to</div><b>{E(b['name'])}</b><br>{E(b['addr'])}<br>VAT ID: {b['vat']}</div>
<div><div class=h>Account</div>{E(inv.get('account',''))}</div></div>
<table class=items><tr><th>Description</th><th>Amount</th></tr>{rows}</table>
<table class=sum><tr><td>Subtotal</td><td>{sym}{N(inv, inv['_net'])}</td></tr>{taxline}
<tr class=t><td>Total {cur}</td><td>{sym}{N(inv, inv['_gross'])}</td></tr></table>{fx}{notes(inv)}"""
    return page(css, body, "Letter" if cur == "USD" else "A4")


# ---------------------------------------------------------------- 5. multipage_bill (telecom / electricity)
def multipage_bill(inv):
    """Utility-style bill: page 1 summary of account + parties, detail pages, totals on last page."""
    s, b = inv["seller"], inv["buyer"]
    accent = inv.get("accent", "#c2185b")
    css = f"""body{{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:8.8pt}}
.band{{background:{accent};color:#fff;padding:3mm 4mm;display:flex;justify-content:space-between}}
.band .n{{font-size:16pt;font-weight:bold}}.pg{{page-break-after:always}}
.two{{display:flex;gap:6mm;margin-top:5mm}}.two>div{{flex:1}}
.lbl{{color:{accent};font-size:7.5pt;text-transform:uppercase;margin-top:2mm}}
.box{{border:1px solid {accent};padding:3mm;margin-top:4mm}}
.box table td{{padding:.8mm 4mm .8mm 0}}
h3{{color:{accent};border-bottom:1px solid {accent};font-size:10pt;margin:5mm 0 2mm}}
.items{{width:100%}}.items th{{background:#f3f3f3;font-size:7.5pt;padding:1mm;text-align:left}}.items td{{padding:.8mm 1mm;border-bottom:1px solid #eee}}
.items td:nth-child(n+2){{text-align:right}}
.vatsum{{width:70%;margin:3mm 0 0 auto}}.vatsum th{{background:#f3f3f3;font-size:7.5pt;padding:1mm}}.vatsum td{{text-align:right;padding:1mm}}.tot td{{font-weight:bold;border-top:1px solid #000}}
.pf{{font-size:7pt;color:#777;margin-top:6mm}}.note{{font-size:8pt}}"""
    subs = inv.get("sections")  # list of (title, [line indices])
    detail = ""
    for title, idxs in subs:
        sub = dict(inv); sub["_lines"] = [inv["_lines"][i] for i in idxs]
        detail += f"<h3>{E(title)}</h3>" + items(sub, inv.get("heads", ("Szolgáltatás", "Menny.", "Me.", "Egységár", "ÁFA", "Nettó", "ÁFA", "Bruttó")))
    npages = 2 + (1 if len(detail) > 6000 else 0)
    body = f"""<div class=pg><div class=band><div class=n>{E(s['name'])}</div><div>{KIND_HU[inv['kind']].title()}<br>1. oldal</div></div>
<div class=two><div><div class=lbl>Szolgáltató</div>{party(s)}</div><div><div class=lbl>Előfizető / Számlázási cím</div>{party(b)}
<div class=lbl>Ügyfélazonosító</div>{inv.get('account','')}</div></div>
<div class=box><table><tr><td>Számla sorszáma:</td><td><b>{inv['number']}</b></td><td>Számla kelte:</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Elszámolási időszak:</td><td>{inv.get('period','')}</td><td>Teljesítés kelte:</td><td>{Dt(inv, inv['fulfil'])}</td></tr>
<tr><td>Fizetési mód:</td><td>{inv.get('paym','csoportos beszedés')}</td><td>Fizetési határidő:</td><td>{Dt(inv, inv['due'])}</td></tr></table></div>
<div class=box>A számla részletezését a következő oldalak tartalmazzák. A fizetendő végösszeget az utolsó oldalon találja.</div>{notes(inv)}</div>
<div><div class=band><div>{E(s['name'])} · {inv['number']}</div><div>Részletező</div></div>{detail}
<h3>Összesítő ÁFA-kulcsonként</h3>{vatsum(inv, ('ÁFA-kulcs', 'Nettó érték', 'ÁFA-érték', 'Bruttó érték'), 'Számla összesen')}
<p style="font-size:12pt;text-align:right">Fizetendő: <b>{N(inv, inv['_gross'])} Ft</b></p>
<div class=pf>{E(s['name'])} · Adószám: {s['tax']} · {E(s.get('reg',''))}</div></div>"""
    return page(css, body)


# ---------------------------------------------------------------- 6. receipt
def receipt(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Mono',monospace;font-size:8pt;width:70mm;margin:0 auto}
.c{text-align:center}hr{border:none;border-top:1px dashed #000}.r{display:flex;justify-content:space-between}
.items{width:100%}.items td{padding:.3mm 0;vertical-align:top}.items td:last-child{text-align:right}
.vatsum{width:100%;font-size:7.5pt}.vatsum td,.vatsum th{text-align:right}.vatsum th{font-weight:normal;border-bottom:1px dashed #000}
.big{font-size:11pt;font-weight:bold}.note{font-size:7pt}"""
    rows = "".join(f"<tr><td>{E(l['desc'])}<br>&nbsp;{fmt_num(l['qty'], 'plaincomma', 2)} {E(l['unit'])} x {fmt_num(l['price'], 'plaincomma', 2)}</td><td>{N(inv, l['gross'])} {l['rate']}%</td></tr>" for l in inv["_lines"])
    body = f"""<div class=c><b>{E(s['name'])}</b><br>{E(s['addr'])}<br>Adószám: {s['tax']}</div><hr>
<div class=c><b>EGYSZERŰSÍTETT SZÁMLA</b></div>
<div class=r><span>Sorszám:</span><span>{inv['number']}</span></div>
<div class=r><span>Kelt:</span><span>{Dt(inv, inv['issue'])}</span></div>
<div class=r><span>Teljesítés:</span><span>{Dt(inv, inv['fulfil'])}</span></div>
<div class=r><span>Fiz. mód:</span><span>{inv.get('paym','bankkártya')}</span></div><hr>
Vevő: {E(b['name'])}<br>{E(b.get('addr',''))}<br>{'Adószám: ' + b['tax'] if b.get('tax') else ''}<hr>
<table class=items>{rows}</table><hr>
<table class=vatsum><tr><th>kulcs</th><th>nettó</th><th>áfa</th><th>bruttó</th></tr>
{''.join(f"<tr><td>{r['rate']}%</td><td>{N(inv, r['net'])}</td><td>{N(inv, r['vat'])}</td><td>{N(inv, r['gross'])}</td></tr>" for r in inv['_rows'])}</table><hr>
<div class="r big"><span>ÖSSZESEN</span><span>{N(inv, inv['_gross'])} Ft</span></div>
<div class=r><span>ebből nettó:</span><span>{N(inv, inv['_net'])}</span></div><div class=r><span>ebből ÁFA:</span><span>{N(inv, inv['_vat'])}</span></div><hr>
{notes(inv)}<div class=c>Köszönjük, hogy nálunk töltött!</div>"""
    return page(css, body, "80mm 230mm")


# ---------------------------------------------------------------- 7. caps_boxes
def caps_boxes(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;text-transform:none}
h1{font-size:13pt;letter-spacing:4px;text-align:right;margin:0}
.hdr{display:flex;justify-content:space-between;border-bottom:2px solid #000;padding-bottom:2mm}
.boxes{display:grid;grid-template-columns:repeat(4,1fr);gap:2mm;margin:4mm 0}
.bx{border:1px solid #000;padding:1mm 2mm;min-height:9mm}.bx i{display:block;font-style:normal;font-size:6pt;color:#777;text-transform:uppercase}
.pp{display:grid;grid-template-columns:1fr 1fr;gap:2mm}.pp .bx{min-height:28mm}
H2{font-size:9pt;letter-spacing:2px;margin:4mm 0 1mm}
.items{width:100%}.items th{border:1px solid #000;font-size:6.5pt;text-transform:uppercase;padding:1mm}.items td{border:1px solid #000;padding:1mm}
.items td:nth-child(n+2){text-align:right}.vatsum{margin:3mm 0 0 auto}.vatsum th{font-size:6.5pt;text-transform:uppercase;border:1px solid #000;padding:1mm}.vatsum td{border:1px solid #000;padding:1mm 3mm;text-align:right}
.tot td{font-weight:bold}.note{font-size:8pt}"""
    body = f"""<div class=hdr><div style="font-size:14pt;font-weight:bold">{E(s['name']).upper()}</div><h1>{KIND_HU[inv['kind']]}</h1></div>
<div class=boxes><div class=bx><i>Számlaszám</i><b>{inv['number']}</b></div><div class=bx><i>Számla kelte</i>{Dt(inv, inv['issue'])}</div>
<div class=bx><i>Teljesítés kelte</i>{Dt(inv, inv['fulfil'])}</div><div class=bx><i>Fizetési határidő</i>{Dt(inv, inv['due'])}</div></div>
<div class=pp><div class=bx><i>Kibocsátó</i>{party(s)}</div><div class=bx><i>Vevő</i>{party(b)}</div></div>
<H2>TÉTELEK</H2>{items(inv, ('Megnevezés', 'Menny.', 'Me.', 'Egységár', 'ÁFA', 'Nettó', 'ÁFA', 'Bruttó'))}
<H2>ÖSSZESÍTÉS</H2>{vatsum(inv, ('Áfakulcs', 'Nettó', 'Áfa', 'Bruttó'), 'FIZETENDŐ')}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 8. footer_seller
def footer_seller(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif Condensed',serif;font-size:9.5pt}
.logo{font-size:26pt;font-weight:bold;color:#b40;letter-spacing:-1px}
.meta{float:right;text-align:right;font-size:9pt}.meta div{margin:.8mm 0}.meta em{color:#999;font-style:normal;font-size:7.5pt}
.to{margin-top:14mm;font-size:10pt}.to .h{font-size:7pt;color:#999}
h1{clear:both;font-size:12pt;margin:10mm 0 2mm;color:#b40}
.items{width:100%}.items th{border-top:1px solid #b40;border-bottom:1px solid #b40;font-size:8pt;padding:1mm}.items td{padding:1mm}.items td:nth-child(n+2){text-align:right}
.vatsum{margin:3mm 0 0 auto}.vatsum th{font-size:7.5pt;color:#999}.vatsum td{text-align:right;padding:.5mm 3mm}.tot td{font-weight:bold;border-top:1px solid #b40}
.foot{position:fixed;bottom:0;width:100%;font-size:7pt;color:#555;border-top:1px solid #b40;padding-top:1.5mm;display:flex;justify-content:space-between}.note{font-size:8pt}"""
    body = f"""<div class=meta><div><em>SZÁMLASZÁM</em><br><b>{inv['number']}</b></div><div><em>KELTEZÉS</em><br>{Dt(inv, inv['issue'])}</div>
<div><em>TELJESÍTÉS</em><br>{Dt(inv, inv['fulfil'])}</div><div><em>ESEDÉKES</em><br>{Dt(inv, inv['due'])}</div></div>
<div class=logo>{E(s['brand'])}</div>
<div class=to><div class=h>ÜGYFÉL</div><b>{E(b['name'])}</b><br>{E(b['addr'])}<br>{'Adószám: ' + b['tax'] if b.get('tax') else ''}{'<br>EU adószám: ' + b['vat'] if b.get('vat') else ''}</div>
<h1>{KIND_HU[inv['kind']].capitalize()}</h1>{items(inv, ('Leírás', 'Db', 'Me.', 'Egységár', 'Áfa', 'Nettó', 'Áfa', 'Bruttó'))}
{vatsum(inv, ('', 'Nettó', 'Áfa', 'Bruttó'), 'Végösszeg (Ft)')}{notes(inv)}
<div class=foot><span>Kibocsátó: {E(s['name'])}, {E(s['addr'])}</span><span>Adószám: {s['tax']}</span><span>{s.get('bank','')}</span></div>"""
    return page(css, body)


# ---------------------------------------------------------------- 9. modern_cards (HU/EN, EUR with HUF VAT)
def modern_cards(inv):
    s, b = inv["seller"], inv["buyer"]
    cur = inv["currency"]
    fx = ""
    if inv.get("fx"):
        fx = f"""<div class=card><div class=h>Árfolyam / Exchange rate</div>1 {cur} = {fmt_num(inv['fx'], 'hu', 2)} HUF (MNB, {Dt(inv, inv['fulfil'])})<br>
ÁFA forintban / VAT in HUF: <b>{fmt_num(inv['_vat_huf'], 'space', 0)} HUF</b><br>Nettó forintban: {fmt_num(inv['_net_huf'], 'space', 0)} HUF</div>"""
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:8.8pt;color:#1d2733}
.bar{height:6mm;background:linear-gradient(90deg,#0f4c81,#35a0d8)}
.t{display:flex;justify-content:space-between;margin:4mm 0}.t h1{margin:0;font-size:18pt;color:#0f4c81}.t h1 small{display:block;font-size:9pt;color:#789}
.cards{display:grid;grid-template-columns:1fr 1fr 1fr;gap:3mm}.card{background:#f2f6fa;border-radius:3mm;padding:3mm}
.card .h{font-size:7pt;color:#0f4c81;text-transform:uppercase;margin-bottom:1mm;font-weight:bold}
.kv td{padding:.4mm 2mm .4mm 0}.items{width:100%;margin-top:5mm}.items th{font-size:7pt;color:#0f4c81;text-align:left;border-bottom:2px solid #0f4c81;padding:1mm}.items td{padding:1.2mm 1mm;border-bottom:1px solid #dde}
.items td:nth-child(n+2){text-align:right}.vatsum{margin:3mm 0 0 auto}.vatsum th{font-size:7pt;color:#0f4c81;padding:1mm 3mm}.vatsum td{text-align:right;padding:1mm 3mm}.tot td{font-weight:bold;background:#f2f6fa}
.fxrow{display:grid;grid-template-columns:1fr 1fr;gap:3mm;margin-top:4mm}.note{font-size:7.5pt}"""
    body = f"""<div class=bar></div><div class=t><h1>{KIND_HU[inv['kind']].capitalize()}<small>Invoice</small></h1>
<table class=kv><tr><td>Számlaszám / Invoice no.:</td><td><b>{inv['number']}</b></td></tr><tr><td>Kelte / Date:</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Teljesítés / Supply date:</td><td>{Dt(inv, inv['fulfil'])}</td></tr><tr><td>Esedékesség / Due:</td><td>{Dt(inv, inv['due'])}</td></tr></table></div>
<div class=cards><div class=card><div class=h>Szolgáltató / Supplier</div>{party(s, ('Adószám / Tax no.', 'EU VAT'))}</div>
<div class=card><div class=h>Ügyfél / Customer</div>{party(b, ('Adószám / Tax no.', 'EU VAT'))}</div>
<div class=card><div class=h>Fizetés / Payment</div>{inv.get('paym','Átutalás / Bank transfer')}<br>Pénznem / Currency: {cur}<br>{E(inv.get('contract',''))}</div></div>
{items(inv, ('Megnevezés / Description', 'Menny. / Qty', 'Egység / Unit', 'Egységár / Unit price', 'ÁFA / VAT', 'Nettó / Net', 'ÁFA / VAT', 'Bruttó / Gross'))}
<div class=fxrow>{fx}<div>{vatsum(inv, ('Kulcs / Rate', 'Nettó / Net', 'ÁFA / VAT', 'Bruttó / Gross'), 'Összesen / Total ' + cur)}</div></div>{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 10. bilingual_de (HU/DE)
def bilingual_de(inv):
    s, b = inv["seller"], inv["buyer"]
    cur = inv["currency"]
    css = """body{font-family:'DejaVu Serif',serif;font-size:9pt}
.sender{font-size:7pt;text-decoration:underline;margin-top:30mm}.addr{font-size:10pt;line-height:1.4;width:85mm}
.wrapde{display:flex;justify-content:space-between;align-items:flex-start}.info{width:78mm;font-size:8.5pt}.info .firm{font-size:13pt;font-weight:bold;margin-bottom:3mm}
.info table td{padding:.5mm 0;vertical-align:top}.info table td:first-child{color:#555;padding-right:2mm}
h1{font-size:13pt;margin:12mm 0 3mm}.items{width:100%}.items th{background:#ddd;font-size:7.5pt;padding:1mm;text-align:left}.items td{padding:1mm;border-bottom:1px solid #ccc}.items td:nth-child(n+2){text-align:right}
.vatsum{margin:3mm 0 0 auto}.vatsum th{font-size:7.5pt;padding:1mm 3mm;background:#ddd}.vatsum td{text-align:right;padding:1mm 3mm}.tot td{font-weight:bold;border-top:1px solid #000}
.note{font-size:8pt}.ft{font-size:7pt;color:#444;border-top:1px solid #999;margin-top:10mm;padding-top:1mm}"""
    body = f"""<div class=wrapde><div>
<div class=sender>{E(s['name'])} · {E(s['addr'])}</div>
<div class=addr><b>{E(b['name'])}</b><br>{E(b['addr'])}<br>UID / EU-adószám: {b['vat']}<br>Adószám: {b.get('tax','')}</div></div><div class=info><div class=firm>{E(s['name'])}</div>{E(s['addr'])}<br><br><table>
<tr><td>Rechnungsnummer / Számlaszám</td><td style="white-space:nowrap"><b>{inv['number']}</b></td></tr>
<tr><td>Rechnungsdatum / Kelte</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Leistungsdatum / Teljesítés</td><td>{Dt(inv, inv['fulfil'])}</td></tr>
<tr><td>Fällig am / Esedékes</td><td>{Dt(inv, inv['due'])}</td></tr>
<tr><td>UID-Nr. / Közösségi adószám</td><td>{s['vat']}</td></tr></table></div></div>
<h1>Rechnung / Számla</h1>
{items(inv, ('Bezeichnung / Megnevezés', 'Menge', 'Einh.', 'Preis', 'USt', 'Netto'), vat_col=False)}
{vatsum(inv, ('USt / ÁFA', 'Netto / Nettó', 'USt / ÁFA', 'Brutto / Bruttó'), 'Gesamt / Összesen ' + cur)}{notes(inv)}
<div class=ft>{E(s['name'])} · Firmenbuch {E(s.get('reg',''))} · {E(s.get('bank',''))}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 11. polish (PL/EN)
def polish(inv):
    s, b = inv["seller"], inv["buyer"]
    cur = inv["currency"]
    css = """body{font-family:Arial,'DejaVu Sans',sans-serif;font-size:8.5pt}
.hd{display:flex;justify-content:space-between;border:1px solid #888;padding:2mm}.hd h1{margin:0;font-size:14pt}
.dates td{padding:.5mm 3mm .5mm 0}.pp{display:flex;margin-top:3mm}.pp>div{flex:1;border:1px solid #888;padding:2mm;margin-right:-1px}
.pp .h{background:#e6e6e6;margin:-2mm -2mm 2mm;padding:1mm 2mm;font-weight:bold}
.items{width:100%;margin-top:3mm}.items th{background:#e6e6e6;border:1px solid #888;font-size:7pt;padding:1mm}.items td{border:1px solid #888;padding:1mm}.items td:nth-child(n+2){text-align:right}
.vatsum{margin:3mm 0 0 auto}.vatsum th{background:#e6e6e6;border:1px solid #888;font-size:7pt;padding:1mm}.vatsum td{border:1px solid #888;text-align:right;padding:1mm 3mm}.tot td{font-weight:bold}
.pay{margin-top:4mm;border:1px solid #888;padding:2mm;width:90mm}.note{font-size:8pt}"""
    body = f"""<div class=hd><div><h1>Faktura / Invoice</h1>Nr / No.: <b>{inv['number']}</b></div>
<table class=dates><tr><td>Data wystawienia / Issue date:</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Data sprzedaży / Date of supply:</td><td>{Dt(inv, inv['fulfil'])}</td></tr><tr><td>Termin płatności / Due date:</td><td>{Dt(inv, inv['due'])}</td></tr></table></div>
<div class=pp><div><div class=h>Sprzedawca / Seller</div><b>{E(s['name'])}</b><br>{E(s['addr'])}<br>NIP / VAT-UE: {s['vat']}</div>
<div><div class=h>Nabywca / Buyer</div><b>{E(b['name'])}</b><br>{E(b['addr'])}<br>VAT-UE: {b['vat']}</div></div>
{items(inv, ('Nazwa / Description', 'Ilość / Qty', 'J.m. / Unit', 'Cena netto / Net price', 'VAT', 'Wartość netto / Net'), vat_col=False)}
{vatsum(inv, ('Stawka / Rate', 'Netto / Net', 'VAT', 'Brutto / Gross'), 'Razem / Total ' + cur)}
<div class=pay>Do zapłaty / Amount due: <b>{N(inv, inv['_gross'])} {cur}</b><br>Konto / Account: {s.get('bank','')}</div>{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 12. mono (dot-matrix)
def mono(inv):
    s, b = inv["seller"], inv["buyer"]
    W = 86
    def lr(a, c):
        return a + " " * max(1, W - len(a) - len(c)) + c
    L = []
    L.append("=" * W)
    L.append(lr(s["name"], KIND_HU[inv["kind"]]))
    L.append(lr(s["addr"], "Sorszám: " + inv["number"]))
    L.append(lr("Adószám: " + s["tax"], "Eredeti: " + inv["preceding"] if inv.get("preceding") else ""))
    L.append("=" * W)
    L.append("VEVŐ: " + b["name"])
    L.append("      " + b["addr"])
    if b.get("tax"):
        L.append("      Adószám: " + b["tax"])
    L.append("-" * W)
    L.append(f"Számla kelte: {Dt(inv, inv['issue'])}   Teljesítés: {Dt(inv, inv['fulfil'])}   Fiz.hat.: {Dt(inv, inv['due'])}")
    L.append(f"Fizetési mód: {inv.get('paym','átutalás')}")
    L.append("-" * W)
    L.append(f"{'Megnevezés':<34}{'Menny.':>8} {'Me':<4}{'Egységár':>12}{'ÁFA':>5}{'Nettó':>12}{'Bruttó':>10}")
    L.append("-" * W)
    for l in inv["_lines"]:
        L.append(f"{l['desc'][:34]:<34}{N(inv, l['qty'], 0):>8} {l['unit'][:4]:<4}{N(inv, l['price'], 0):>12}{rate_label(l['rate']):>5}{N(inv, l['net']):>12}{N(inv, l['gross']):>10}")
    L.append("-" * W)
    for r in inv["_rows"]:
        L.append(f"  {rate_label(r['rate'])} ÁFA   nettó: {N(inv, r['net']):>12}   áfa: {N(inv, r['vat']):>10}   bruttó: {N(inv, r['gross']):>12}")
    L.append("=" * W)
    L.append(lr("NETTÓ ÖSSZESEN:", N(inv, inv["_net"]) + " Ft"))
    L.append(lr("ÁFA ÖSSZESEN:", N(inv, inv["_vat"]) + " Ft"))
    L.append(lr("BRUTTÓ VÉGÖSSZEG:", N(inv, inv["_gross"]) + " Ft"))
    L.append("=" * W)
    for n in inv.get("notes", []):
        L.append(n)
    css = "body{font-family:'DejaVu Sans Mono','Courier New',monospace;font-size:8.2pt;color:#222}pre{margin:0;font-family:inherit}"
    return page(css, "<pre>" + E("\n".join(L)) + "</pre>")


# ---------------------------------------------------------------- 13. proforma_simple
def proforma_simple(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;max-width:150mm;margin:0 auto}
h1{font-weight:300;font-size:22pt;margin:0}.sub{color:#c00;font-size:8pt;margin-bottom:6mm}
dl{display:grid;grid-template-columns:45mm 1fr;margin:0}dt{color:#666}dd{margin:0 0 1mm}
.p{margin:5mm 0;padding:3mm;background:#fafafa;border:1px solid #eee}
.items{width:100%}.items th{text-align:left;border-bottom:1px solid #000;font-size:8.5pt}.items td,.items th{padding:1mm 0 1mm 3mm}.items td:first-child,.items th:first-child{padding-left:0}.items td:nth-child(n+2),.items th:nth-child(n+2){text-align:right}
.vatsum{margin:3mm 0 0 auto}.vatsum td{text-align:right;padding:.5mm 2mm}.tot td{font-weight:bold}.note{font-size:8pt;color:#444}"""
    body = f"""<h1>Díjbekérő</h1><div class=sub>Nem számviteli bizonylat – a befizetés után végszámlát állítunk ki.</div>
<dl><dt>Díjbekérő száma</dt><dd><b>{inv['number']}</b></dd><dt>Kiállítva</dt><dd>{Dt(inv, inv['issue'])}</dd>
<dt>Befizetési határidő</dt><dd>{Dt(inv, inv['due'])}</dd></dl>
<div class=p><dl><dt>Kibocsátó</dt><dd>{party(s)}</dd><dt>Megrendelő</dt><dd>{party(b)}</dd></dl></div>
{items(inv, ('Termék', 'Menny.', 'Me.', 'Nettó egységár', 'Áfa', 'Nettó'), vat_col=False)}
{vatsum(inv, ('Áfa', 'Nettó', 'Áfa összege', 'Bruttó'), 'Fizetendő')}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 14. erp_dense
def erp_dense(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Condensed',sans-serif;font-size:7.5pt}
.t{width:100%}.t td{border:1px solid #777;padding:1mm;vertical-align:top}.t .g{font-size:6pt;color:#666;display:block}
h1{font-size:11pt;margin:0 0 1mm}.items{width:100%;margin-top:2mm}.items th{border:1px solid #777;background:#dde;font-size:6.5pt;padding:.8mm}.items td{border:1px solid #aaa;padding:.8mm}
.items td:nth-child(n+2){text-align:right}.vatsum{width:100%;margin-top:2mm}.vatsum th{border:1px solid #777;background:#dde;font-size:6.5pt}.vatsum td{border:1px solid #aaa;text-align:right;padding:.8mm}
.tot td{font-weight:bold}.note{font-size:7pt}.prog{font-size:6pt;color:#999;margin-top:4mm}"""
    body = f"""<h1>{KIND_HU[inv['kind']].capitalize()} &nbsp; <span style="font-weight:normal">{inv['number']}</span></h1>
<table class=t><tr><td rowspan=2 style="width:50%"><span class=g>Szállító neve, címe</span>{party(s)}</td>
<td><span class=g>Számlaszám</span><b>{inv['number']}</b></td><td><span class=g>Oldal</span>1/1</td></tr>
<tr><td colspan=2><span class=g>Rendelésszám / Hivatkozás</span>{E(inv.get('contract','-'))}</td></tr>
<tr><td rowspan=2><span class=g>Vevő neve, címe</span>{party(b)}</td><td><span class=g>Teljesítés kelte</span>{Dt(inv, inv['fulfil'])}</td><td><span class=g>Számla kelte</span>{Dt(inv, inv['issue'])}</td></tr>
<tr><td><span class=g>Fizetési mód</span>{inv.get('paym','Átutalás')}</td><td><span class=g>Fizetési határidő</span>{Dt(inv, inv['due'])}</td></tr></table>
{items(inv, ('Cikkszám / megnevezés', 'Menny.', 'ME', 'Egységár', 'ÁFA%', 'Nettó érték', 'ÁFA érték', 'Bruttó érték'))}
{vatsum(inv, ('ÁFA%', 'Nettó', 'ÁFA', 'Bruttó'), 'Összesen')}{notes(inv)}
<div class=prog>Készült: Ügyvitel-Pro 9.4 számlázó programmal</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 15. right_meta
def right_meta(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'Liberation Sans','DejaVu Sans',sans-serif;font-size:9.2pt}
.wrap{display:flex;justify-content:space-between}.ttl{font-size:28pt;font-weight:bold;color:#333}
.m{text-align:right}.m div{margin:.6mm 0}.m span{color:#888;font-size:8pt}
.st{margin-top:6mm}.st .h{font-weight:bold;border-bottom:1px solid #333;margin-top:3mm;font-size:8pt;letter-spacing:1px}
.items{width:100%;margin-top:5mm}.items th{background:#333;color:#fff;font-size:7.5pt;padding:1mm}.items td{padding:1mm;border-bottom:1px solid #ddd}.items td:nth-child(n+2){text-align:right}
.vatsum{margin:3mm 0 0 auto}.vatsum th{font-size:7.5pt;color:#888}.vatsum td{text-align:right;padding:.7mm 3mm}.tot td{font-weight:bold;font-size:11pt;border-top:2px solid #333}.note{font-size:8pt}"""
    body = f"""<div class=wrap><div class=ttl>{KIND_HU[inv['kind']].capitalize()}</div><div class=m>
<div><span>Sorszám</span> <b>{inv['number']}</b></div><div><span>Számla kelte</span> {Dt(inv, inv['issue'])}</div>
<div><span>Teljesítés kelte</span> {Dt(inv, inv['fulfil'])}</div><div><span>Esedékesség</span> {Dt(inv, inv['due'])}</div>
<div><span>Fizetés módja</span> {inv.get('paym','átutalás')}</div></div></div>
<div class=st><div class=h>SZOLGÁLTATÓ</div>{party(s)}<div class=h>SZÁMLÁZÁSI CÍM / VEVŐ</div>{party(b)}</div>
{items(inv, ('Megnevezés', 'Mennyiség', 'Egység', 'Egységár', 'Kulcs', 'Nettó', 'ÁFA', 'Bruttó'))}
{vatsum(inv, ('Kulcs', 'Nettó', 'ÁFA', 'Bruttó'), 'Összesen')}{notes(inv)}"""
    return page(css, body)


HTML = {f.__name__: f for f in [two_box, letterhead, grid_meta, cloud_en, multipage_bill, receipt, caps_boxes,
                                 footer_seller, modern_cards, bilingual_de, polish, mono, proforma_simple, erp_dense, right_meta]}

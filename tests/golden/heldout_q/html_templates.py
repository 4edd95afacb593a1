# ruff: noqa
"""HTML+CSS invoice layouts (printed by headless Chromium)."""
from html import escape as e

from .model import RATE_LABEL

KIND_HU = {"normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA",
           "correction": "HELYESBÍTŐ SZÁMLA", "storno": "SZTORNÓ SZÁMLA", "proforma": "DÍJBEKÉRŐ"}


def page(css, body, size="A4"):
    return f"""<!doctype html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: 14mm 14mm; }}
body {{ margin:0; }} table {{ border-collapse: collapse; }}
{css}</style></head><body>{body}</body></html>"""


def party_lines(p, taxlabel="Adószám", vatlabel="Közösségi adószám", sep="<br>", extra=True):
    parts = [f"<b>{e(p.name)}</b>"] + [e(a) for a in p.addr]
    if p.tax:
        parts.append(f"{taxlabel}: {p.tax}")
    if p.vat:
        parts.append(f"{vatlabel}: {p.vat}")
    if extra:
        parts += [e(x) for x in p.extra]
    return sep.join(parts)


def items(inv, heads=("Megnevezés", "Menny.", "Egység", "Egységár", "ÁFA", "Nettó érték"),
          cls="items", unit_col=True, rate_col=True):
    h = "".join(f"<th>{x}</th>" for x in heads)
    rows = []
    for i, ln in enumerate(inv.lines, 1):
        cells = [e(ln.desc), inv.q(ln.qty)]
        if unit_col:
            cells.append(e(ln.unit))
        cells.append(inv.m(ln.price, dec=(inv.currency != "HUF" or ln.price != ln.price.to_integral())))
        if rate_col:
            cells.append(RATE_LABEL[ln.rate])
        cells.append(inv.m(inv.line_net(ln)))
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def vatsum(inv, heads=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), cls="vs", total_label="Összesen"):
    h = "".join(f"<th>{x}</th>" for x in heads)
    rows = "".join(f"<tr><td>{RATE_LABEL[r]}</td><td>{inv.m(n)}</td><td>{inv.m(v)}</td><td>{inv.m(g)}</td></tr>"
                   for r, n, v, g in inv.summary())
    tot = f"<tr class='tot'><td>{total_label}</td><td>{inv.m(inv.net)}</td><td>{inv.m(inv.vat)}</td><td>{inv.m(inv.gross)}</td></tr>"
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{rows}{tot}</tbody></table>'


def notes(inv, cls="notes"):
    return "".join(f'<p class="{cls}">{e(n)}</p>' for n in inv.notes)


# 1 ------------------------------------------------------------------------------------------
def erp_multipage(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9pt}
.hdr{display:flex;justify-content:space-between;border-bottom:2px solid #036;padding-bottom:4px}
.hdr h1{font-size:15pt;color:#036;margin:0}
.p{display:flex;gap:10mm;margin:6px 0}.p div{flex:1;border:1px solid #999;padding:5px}
.p small{display:block;color:#036;font-weight:bold}
.items{width:100%;font-size:8.5pt}.items th{background:#036;color:#fff;text-align:left;padding:3px}
.items td{border-bottom:1px dotted #aaa;padding:3px}.items td:nth-child(n+2){text-align:right}
.meta td{padding:1px 8px 1px 0}.vs{margin-left:auto;margin-top:10px}.vs td,.vs th{border:1px solid #666;padding:3px 8px;text-align:right}
.brk{page-break-before:always}.tot{font-weight:bold}.big{font-size:13pt;text-align:right;font-weight:bold}"""
    body = f"""<div class="hdr"><div><h1>{e(inv.seller.name)}</h1>{e(', '.join(inv.seller.addr))}</div>
<div style="text-align:right"><h1>SZÁMLA</h1>Számla sorszáma: <b>{inv.number}</b><br>Oldal: 1/2</div></div>
<div class="p"><div><small>Szállító</small>{party_lines(inv.seller)}</div><div><small>Vevő</small>{party_lines(inv.buyer)}</div></div>
<table class="meta"><tr><td>Számla kelte:</td><td>{inv.d(inv.issue)}</td><td>Teljesítés dátuma:</td><td>{inv.d(inv.fulfil)}</td>
<td>Fizetési határidő:</td><td>{inv.d(inv.due)}</td><td>Fizetési mód:</td><td>{inv.payment}</td></tr></table>
{items(inv, heads=("Cikk megnevezése","Mennyiség","Me.","Egységár (Ft)","ÁFA","Nettó (Ft)"))}
<div class="brk"><div class="hdr"><div>{e(inv.seller.name)}</div><div>Számla sorszáma: {inv.number} &nbsp; Oldal: 2/2</div></div>
<h3>ÁFA összesítő</h3>{vatsum(inv)}
<p class="big">Fizetendő végösszeg: {inv.m(inv.gross)} Ft</p>{notes(inv)}</div>"""
    return page(css, body)


# 2 ------------------------------------------------------------------------------------------
def two_col_boxes(inv):
    title = KIND_HU[inv.kind]
    css = """body{font-family:'DejaVu Serif';font-size:9.5pt}
h1{text-align:center;letter-spacing:4px;font-size:17pt;margin:0 0 6px}
.two{width:100%}.two td{width:50%;vertical-align:top;border:1.5px solid #000;padding:6px}
.lab{font-size:7.5pt;text-transform:uppercase;color:#444}
.hf{width:100%;margin:6px 0}.hf td{border:1px solid #000;padding:3px;text-align:center}
.items{width:100%}.items th,.items td{border:1px solid #000;padding:2px 4px}.items td:nth-child(n+2){text-align:right}
.vs{margin:8px 0 0 auto}.vs th,.vs td{border:1px solid #000;padding:2px 6px;text-align:right}.tot{font-weight:bold}"""
    pre = f"<p>Az eredeti számla sorszáma: <b>{inv.preceding}</b></p>" if inv.preceding else ""
    body = f"""<h1>{title}</h1><p style="text-align:center">Sorszám: <b>{inv.number}</b></p>
<table class="two"><tr><td><div class="lab">Eladó</div>{party_lines(inv.seller)}</td>
<td><div class="lab">Vevő</div>{party_lines(inv.buyer)}</td></tr></table>
<table class="hf"><tr><td class="lab">Fizetési mód</td><td class="lab">Teljesítés kelte</td><td class="lab">Számla kelte</td><td class="lab">Fizetési határidő</td></tr>
<tr><td>{inv.payment}</td><td>{inv.d(inv.fulfil)}</td><td>{inv.d(inv.issue)}</td><td>{inv.d(inv.due)}</td></tr></table>{pre}
{items(inv)}{vatsum(inv)}<p style="text-align:right;font-size:12pt">Fizetendő: <b>{inv.m(inv.gross)} HUF</b></p>{notes(inv)}"""
    return page(css, body)


# 3 ------------------------------------------------------------------------------------------
def serif_letterhead(inv):
    s = inv.seller
    css = """body{font-family:'DejaVu Serif';font-size:10pt;color:#311}
.lh{text-align:center;border-bottom:3px double #722;padding-bottom:6px}
.lh .n{font-size:20pt;font-style:italic;color:#722}.lh .a{font-size:8pt}
.to{margin:14px 0 10px 0;width:60%}.right{float:right;width:35%;font-size:9pt}
.right td{padding:1px 4px}.items{width:100%;clear:both;margin-top:10px}.items th{border-bottom:1px solid #722;font-style:italic;text-align:left}
.items td{padding:3px}.items td:nth-child(n+2){text-align:right}
.vs{margin:10px 0 0 auto;font-size:9pt}.vs td,.vs th{padding:2px 10px;text-align:right}.tot{border-top:1px solid #722;font-weight:bold}"""
    body = f"""<div class="lh"><div class="n">{e(s.name)}</div><div class="a">{e(' · '.join(s.addr))} · Adószám: {s.tax}{' · EU adószám: '+s.vat if s.vat else ''}<br>{e(' · '.join(s.extra))}</div></div>
<table class="right"><tr><td>Számla száma:</td><td><b>{inv.number}</b></td></tr><tr><td>Kiállítás napja:</td><td>{inv.d(inv.issue)}</td></tr>
<tr><td>Teljesítés napja:</td><td>{inv.d(inv.fulfil)}</td></tr><tr><td>Esedékesség:</td><td>{inv.d(inv.due)}</td></tr><tr><td>Fizetés módja:</td><td>{inv.payment}</td></tr></table>
<div class="to">Számlázási cím:<br>{party_lines(inv.buyer)}</div>
<h2 style="font-weight:normal;font-style:italic;clear:both">Számla</h2>
{items(inv, heads=("Tétel","Mennyiség","Kiszerelés","Egységár","Adókulcs","Nettó ár"))}
{vatsum(inv, heads=("Kulcs","Adóalap","Adó","Bruttó"), total_label="Mindösszesen")}{notes(inv)}"""
    return page(css, body)


# 4 ------------------------------------------------------------------------------------------
def label_grid(inv):
    css = """body{font-family:'DejaVu Sans Condensed';font-size:9pt}
.top{display:grid;grid-template-columns:1fr 1fr;gap:4px 20px;border:1px solid #bbb;padding:8px;background:#f7f7f2}
.g{display:grid;grid-template-columns:40mm 1fr;gap:2px 6px;margin:8px 0}.g div:nth-child(odd){color:#666}
h1{font-size:22pt;margin:0;color:#a60}.items{width:100%}.items th{border-top:2px solid #a60;border-bottom:1px solid #a60;padding:3px;text-align:left}
.items td{padding:3px;border-bottom:1px solid #eee}.items td:nth-child(n+2){text-align:right}
.vs{margin:8px 0 0 auto}.vs td,.vs th{padding:2px 8px;text-align:right}.tot{font-weight:bold;border-top:2px solid #a60}"""
    body = f"""<h1>Számla</h1>
<div class="g"><div>Számlaszám</div><div><b>{inv.number}</b></div><div>Kelt</div><div>{inv.d(inv.issue)}</div>
<div>Teljesítés kelte</div><div>{inv.d(inv.fulfil)}</div><div>Fizetési határidő</div><div>{inv.d(inv.due)}</div><div>Fizetési mód</div><div>{inv.payment}</div></div>
<div class="top"><div><i>Szállító:</i><br>{party_lines(inv.seller)}</div><div><i>Vevő:</i><br>{party_lines(inv.buyer)}</div></div><br>
{items(inv, heads=("Termék","Db/mennyiség","Me","Nettó egységár","ÁFA %","Nettó összesen"))}
{vatsum(inv, heads=("ÁFA","Nettó összeg","ÁFA összeg","Bruttó összeg"), total_label="Végösszeg")}{notes(inv)}"""
    return page(css, body)


# 5 ------------------------------------------------------------------------------------------
def right_meta(inv):
    title = {"storno": "Sztornó számla", "normal": "Számla"}.get(inv.kind, "Számla")
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt;color:#222}
.head{display:flex;justify-content:space-between}.meta{text-align:right;font-size:9pt}
.meta table{margin-left:auto}.meta td{padding:1px 3px}.meta td:first-child{color:#888}
h1{font-weight:200;font-size:24pt;margin:0;color:#4a7}
.party{margin-top:14px;width:55%}.items{width:100%;margin-top:12px}.items th{color:#4a7;border-bottom:1px solid #4a7;text-align:right;font-weight:normal}
.items th:first-child{text-align:left}.items td{padding:3px;text-align:right}.items td:first-child{text-align:left}
.vs{margin:10px 0 0 auto}.vs td,.vs th{padding:2px 8px;text-align:right}.tot{font-weight:bold}.foot{margin-top:20px;border-top:1px solid #4a7;font-size:7.5pt}"""
    pre = f"<tr><td>Sztornózott számla:</td><td>{inv.preceding}</td></tr>" if inv.preceding else ""
    body = f"""<div class="head"><div><h1>{title}</h1><div style="margin-top:6px">{party_lines(inv.seller)}</div></div>
<div class="meta"><table><tr><td>Bizonylatszám:</td><td><b>{inv.number}</b></td></tr>{pre}<tr><td>Kiállítva:</td><td>{inv.d(inv.issue)}</td></tr>
<tr><td>Teljesítés:</td><td>{inv.d(inv.fulfil)}</td></tr><tr><td>Esedékesség:</td><td>{inv.d(inv.due)}</td></tr><tr><td>Fizetés:</td><td>{inv.payment}</td></tr></table></div></div>
<div class="party"><span style="color:#888">Ügyfél</span><br>{party_lines(inv.buyer)}</div>
{items(inv, heads=("Szolgáltatás","Mennyiség","Egység","Egységár","ÁFA","Nettó"))}
{vatsum(inv)}<p style="text-align:right;font-size:11pt">Bruttó végösszeg: <b>{inv.m(inv.gross)} Ft</b></p>{notes(inv)}
<div class="foot">{e(inv.seller.name)} – {e(', '.join(inv.seller.extra))}</div>"""
    return page(css, body)


# 6 ------------------------------------------------------------------------------------------
def bilingual_en(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9pt}
.logo{font-size:18pt;font-weight:bold;color:#0a5}.t{font-size:14pt;margin:10px 0}
.box{width:100%}.box td{vertical-align:top;padding:4px 6px;width:50%}.lbl{font-size:7pt;color:#777}
.kv td{padding:2px 10px 2px 0}.items{width:100%;margin-top:10px}.items th{background:#eee;text-align:left;padding:4px}
.items td{padding:4px;border-bottom:1px solid #ddd}.items td:nth-child(n+2){text-align:right}
.sum{margin-left:auto;margin-top:8px}.sum td{padding:2px 8px;text-align:right}.b{font-weight:bold}"""
    rows = "".join(f"<tr><td>{e(l.desc)}</td><td>{inv.q(l.qty)}</td><td>{inv.m(l.price)}</td><td>{inv.m(inv.line_net(l))}</td></tr>" for l in inv.lines)
    body = f"""<div class="logo">{e(inv.seller.name)}</div><div style="font-size:8pt">{e(', '.join(inv.seller.addr))} · VAT ID / Közösségi adószám: {inv.seller.vat}</div>
<div class="t">INVOICE / SZÁMLA</div>
<table class="kv"><tr><td class="lbl">Invoice number / Számlaszám</td><td><b>{inv.number}</b></td></tr>
<tr><td class="lbl">Invoice date / Számla kelte</td><td>{inv.d(inv.issue)}</td></tr>
<tr><td class="lbl">Date of supply / Teljesítés dátuma</td><td>{inv.d(inv.fulfil)}</td></tr>
<tr><td class="lbl">Due date / Fizetési határidő</td><td>{inv.d(inv.due)}</td></tr></table>
<table class="box"><tr><td><div class="lbl">Supplier / Szolgáltató</div>{party_lines(inv.seller, taxlabel="Tax no.", vatlabel="VAT ID")}</td>
<td><div class="lbl">Bill to / Vevő</div>{party_lines(inv.buyer, taxlabel="Adószám / Tax no.", vatlabel="Közösségi adószám / VAT ID")}</td></tr></table>
<table class="items"><thead><tr><th>Description / Megnevezés</th><th>Qty</th><th>Unit price (EUR)</th><th>Amount (EUR)</th></tr></thead><tbody>{rows}</tbody></table>
<table class="sum"><tr><td>Net amount / Nettó összeg</td><td>{inv.m(inv.net)} EUR</td></tr>
<tr><td>VAT / ÁFA (reverse charge)</td><td>{inv.m(inv.vat)} EUR</td></tr>
<tr class="b"><td>Total due / Fizetendő összesen</td><td>{inv.m(inv.gross)} EUR</td></tr></table>{notes(inv)}"""
    return page(css, body)


# 7 ------------------------------------------------------------------------------------------
def table_header_fields(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9pt}
.hf{width:100%;margin-bottom:8px}.hf th{background:#446;color:#fff;font-weight:normal;font-size:7.5pt;padding:3px}
.hf td{border:1px solid #446;text-align:center;padding:4px}
.pt{width:100%}.pt td{vertical-align:top;padding:6px;border:1px solid #ccd;width:50%}
.items{width:100%;margin-top:10px}.items th{border-bottom:2px solid #446;text-align:left}.items td{padding:3px}.items td:nth-child(n+2){text-align:right}
.vs{margin:8px 0 0 auto}.vs th{background:#eef}.vs td,.vs th{padding:2px 8px;text-align:right}.tot{font-weight:bold}"""
    body = f"""<div style="display:flex;justify-content:space-between;align-items:end"><div style="font-size:16pt;font-weight:bold;color:#446">{e(inv.seller.name)}</div><div style="font-size:18pt">SZÁMLA</div></div>
<table class="hf"><tr><th>Számla sorszáma</th><th>Számla kelte</th><th>Teljesítés dátuma</th><th>Fizetési határidő</th><th>Fizetés módja</th><th>Pénznem</th></tr>
<tr><td><b>{inv.number}</b></td><td>{inv.d(inv.issue)}</td><td>{inv.d(inv.fulfil)}</td><td>{inv.d(inv.due)}</td><td>{inv.payment}</td><td>{inv.currency}</td></tr></table>
<table class="pt"><tr><td><small>Szolgáltató</small><br>{party_lines(inv.seller)}</td><td><small>Felhasználó</small><br>{party_lines(inv.buyer)}</td></tr></table>
{items(inv, heads=("Jogcím","Mennyiség","Egység","Díj","ÁFA","Nettó díj"))}{vatsum(inv)}{notes(inv)}"""
    return page(css, body)


# 8 ------------------------------------------------------------------------------------------
def stacked_parties(inv):
    css = """body{font-family:'DejaVu Sans';font-size:10pt;width:150mm;margin:0 auto}
h1{font-size:13pt;border-bottom:1px solid #000;text-transform:uppercase}
.blk{margin:4px 0 10px 0}.blk h4{margin:0;font-size:8pt;color:#555}
.kv td{padding:1px 12px 1px 0}.items{width:100%}.items th{text-align:left;border-bottom:1px solid #000;font-size:8pt}.items td:nth-child(n+2){text-align:right}
.vs{width:100%;margin-top:10px}.vs th{font-size:8pt;text-align:right}.vs td{text-align:right}.tot{font-weight:bold}"""
    body = f"""<h1>Számla – {inv.number}</h1>
<div class="blk"><h4>KIBOCSÁTÓ</h4>{party_lines(inv.seller, sep=', ')}</div>
<div class="blk"><h4>MEGRENDELŐ</h4>{party_lines(inv.buyer, sep=', ')}</div>
<table class="kv"><tr><td>Számla kelte:</td><td>{inv.d(inv.issue)}</td></tr><tr><td>Teljesítés kelte:</td><td>{inv.d(inv.fulfil)}</td></tr>
<tr><td>Fizetési határidő:</td><td>{inv.d(inv.due)}</td></tr><tr><td>Fizetési mód:</td><td>{inv.payment}</td></tr></table><br>
{items(inv)}{vatsum(inv)}{notes(inv)}"""
    return page(css, body)


# 9 ------------------------------------------------------------------------------------------
def dotmatrix(inv):
    w = 78
    L = []
    L.append("=" * w)
    L.append(inv.seller.name)
    L += [a for a in inv.seller.addr]
    L.append(f"ADOSZAM: {inv.seller.tax}")
    L.append("=" * w)
    L.append(f"SZAMLA  Sorszam: {inv.number}".ljust(w))
    L.append(f"Szamla kelte......: {inv.d(inv.issue)}")
    L.append(f"Teljesites kelte..: {inv.d(inv.fulfil)}")
    L.append(f"Fizetesi hatarido.: {inv.d(inv.due)}")
    L.append(f"Fizetesi mod......: {inv.payment}")
    L.append("-" * w)
    L.append("VEVO:")
    L.append("  " + inv.buyer.name)
    L += ["  " + a for a in inv.buyer.addr]
    if inv.buyer.tax:
        L.append(f"  Adoszam: {inv.buyer.tax}")
    L.append("-" * w)
    L.append(f"{'Megnevezes':<34}{'Menny':>7} {'Me':<4}{'Egysegar':>11}{'Afa':>5}{'Netto':>14}")
    L.append("-" * w)
    for l in inv.lines:
        L.append(f"{l.desc[:34]:<34}{inv.q(l.qty):>7} {l.unit:<4}{inv.m(l.price):>11}{RATE_LABEL[l.rate]:>5}{inv.m(inv.line_net(l)):>14}")
    L.append("-" * w)
    for r, n, v, g in inv.summary():
        L.append(f"Afa {RATE_LABEL[r]:>4}  Netto: {inv.m(n):>12}  Afa: {inv.m(v):>11}  Brutto: {inv.m(g):>12}")
    L.append("=" * w)
    L.append(f"NETTO OSSZESEN: {inv.m(inv.net):>14}")
    L.append(f"AFA OSSZESEN:   {inv.m(inv.vat):>14}")
    L.append(f"FIZETENDO:      {inv.m(inv.gross):>14} Ft")
    L.append("=" * w)
    L += inv.notes
    css = "body{font-family:'DejaVu Sans Mono';font-size:8.6pt;color:#223} pre{margin:0;line-height:1.35}"
    return page(css, "<pre>" + e("\n".join(L)) + "</pre>")


# 10 -----------------------------------------------------------------------------------------
def modern_band(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9pt;color:#333}
.band{background:#223;color:#fff;padding:10px 14px;display:flex;justify-content:space-between}
.band h1{margin:0;font-size:20pt;font-weight:200;letter-spacing:2px}
.cols{display:flex;gap:8mm;margin:12px 0}.cols>div{flex:1}.h{font-size:7pt;letter-spacing:1px;color:#999;text-transform:uppercase}
.items{width:100%}.items th{font-size:7pt;color:#999;text-transform:uppercase;text-align:right;padding:4px}.items th:first-child{text-align:left}
.items td{padding:5px 4px;border-top:1px solid #eee;text-align:right}.items td:first-child{text-align:left}
.vs{margin:12px 0 0 auto}.vs td,.vs th{padding:3px 10px;text-align:right}.tot{font-weight:bold;background:#223;color:#fff}"""
    body = f"""<div class="band"><div><h1>SZÁMLA</h1>{inv.number}</div><div style="text-align:right">{e(inv.seller.name)}<br>{e(inv.seller.addr[0])}</div></div>
<div class="cols"><div><div class="h">Eladó</div>{party_lines(inv.seller)}</div><div><div class="h">Vevő</div>{party_lines(inv.buyer)}</div>
<div><div class="h">Dátumok</div>Kelt: {inv.d(inv.issue)}<br>Teljesítés: {inv.d(inv.fulfil)}<br>Határidő: {inv.d(inv.due)}<br>{inv.payment}</div></div>
{items(inv, heads=("Termék","Db","Egység","Egységár","ÁFA","Összesen (nettó)"))}{vatsum(inv, total_label="Fizetendő")}{notes(inv)}"""
    return page(css, body)


# 11 -----------------------------------------------------------------------------------------
def bilingual_de(inv):
    css = """body{font-family:'DejaVu Sans Condensed';font-size:9pt}
.hd{display:flex;justify-content:space-between;border-bottom:1px solid #800}.hd .n{font-size:16pt;color:#800;font-weight:bold}
.adr{margin:14px 0;font-size:10pt}.meta{float:right;border:1px solid #800;padding:6px}.meta td{padding:1px 5px}
.items{width:100%;clear:both;margin-top:14px}.items th{border-bottom:1px solid #800;text-align:left;font-size:8pt}.items td{padding:3px}.items td:nth-child(n+2){text-align:right}
.sum{margin:8px 0 0 auto}.sum td{padding:2px 8px;text-align:right}.b{font-weight:bold;border-top:1px solid #800}"""
    rows = "".join(f"<tr><td>{e(l.desc)}</td><td>{inv.q(l.qty)} {e(l.unit)}</td><td>{inv.m(l.price)}</td><td>{inv.m(inv.line_net(l))}</td></tr>" for l in inv.lines)
    s, b = inv.seller, inv.buyer
    body = f"""<div class="hd"><div class="n">{e(s.name)}</div><div style="font-size:8pt;text-align:right">{e(', '.join(s.addr))}<br>USt-IdNr. / Közösségi adószám: {s.vat}</div></div>
<table class="meta"><tr><td>Rechnungsnummer / Számlaszám:</td><td><b>{inv.number}</b></td></tr><tr><td>Rechnungsdatum / Számla kelte:</td><td>{inv.d(inv.issue)}</td></tr>
<tr><td>Lieferdatum / Teljesítés:</td><td>{inv.d(inv.fulfil)}</td></tr><tr><td>Fällig am / Fizetési határidő:</td><td>{inv.d(inv.due)}</td></tr></table>
<div class="adr"><small>Rechnungsempfänger / Vevő</small><br>{party_lines(b, taxlabel="Adószám", vatlabel="USt-IdNr. / Közösségi adószám")}</div>
<h2 style="clear:both">RECHNUNG / SZÁMLA</h2>
<table class="items"><thead><tr><th>Artikel / Megnevezés</th><th>Menge / Mennyiség</th><th>Einzelpreis / Egységár EUR</th><th>Betrag / Összeg EUR</th></tr></thead><tbody>{rows}</tbody></table>
<table class="sum"><tr><td>Nettobetrag / Nettó</td><td>{inv.m(inv.net)} EUR</td></tr><tr><td>MwSt. / ÁFA 0%</td><td>{inv.m(inv.vat)} EUR</td></tr>
<tr class="b"><td>Gesamtbetrag / Bruttó összesen</td><td>{inv.m(inv.gross)} EUR</td></tr></table>{notes(inv)}"""
    return page(css, body)


# 12 -----------------------------------------------------------------------------------------
def eur_domestic(inv):
    css = """body{font-family:'DejaVu Serif Condensed';font-size:9.5pt}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6px;margin:8px 0}.grid div{border:1px solid #999;padding:4px}.grid small{display:block;color:#555;font-size:7pt}
.items{width:100%}.items th,.items td{border:1px solid #999;padding:3px}.items td:nth-child(n+2){text-align:right}
.vs{margin:8px 0 0 auto}.vs th,.vs td{border:1px solid #999;padding:3px 8px;text-align:right}.tot{font-weight:bold}"""
    body = f"""<div style="display:flex;justify-content:space-between"><div><b style="font-size:14pt">{e(inv.seller.name)}</b><br>{party_lines(inv.seller, sep=' | ')}</div></div>
<h1 style="font-size:14pt;margin:12px 0 4px">SZÁMLA &nbsp; <span style="font-weight:normal">No. {inv.number}</span></h1>
<div class="grid"><div><small>Vevő</small>{party_lines(inv.buyer)}</div><div><small>Számla kelte</small>{inv.d(inv.issue)}<small>Teljesítés dátuma</small>{inv.d(inv.fulfil)}<small>Esedékesség</small>{inv.d(inv.due)}</div>
<div><small>Pénznem</small>EUR<small>Fizetési mód</small>{inv.payment}<small>Árfolyam (MNB)</small>1 EUR = {inv.m(inv.eur_rate, dec=True)} HUF</div></div>
{items(inv, heads=("Megnevezés","Menny.","Egység","Egységár EUR","ÁFA","Nettó EUR"))}
{vatsum(inv, heads=("ÁFA-kulcs","Nettó EUR","ÁFA EUR","Bruttó EUR"))}
<p style="text-align:right">Fizetendő: <b>{inv.m(inv.gross)} EUR</b><br>Az áthárított ÁFA forintban: <b>{inv.m(inv.vat_huf(), dec=False)} Ft</b> (árfolyam: {inv.m(inv.eur_rate, dec=True)} HUF/EUR)</p>{notes(inv)}"""
    return page(css, body)


# 13 -----------------------------------------------------------------------------------------
def footer_seller(inv):
    s = inv.seller
    css = """body{font-family:'DejaVu Sans Light','DejaVu Sans';font-size:9.5pt}
.wrap{min-height:245mm;position:relative}.foot{position:absolute;bottom:0;left:0;right:0;border-top:1px solid #888;font-size:7.5pt;color:#555;text-align:center}
h1{font-weight:normal;font-size:26pt;margin:0 0 16px;color:#669}.to{font-size:10.5pt;margin-bottom:16px}
.kv td{padding:2px 14px 2px 0}.items{width:100%;margin-top:14px}.items th{text-align:left;color:#669;border-bottom:1px solid #669}.items td{padding:4px 2px}.items td:nth-child(n+2){text-align:right}
.vs{margin:10px 0 0 auto}.vs td,.vs th{padding:2px 10px;text-align:right}.tot{font-weight:bold}"""
    body = f"""<div class="wrap"><h1>{"helyesbítő számla" if inv.kind == "correction" else "számla"}</h1><div class="to">{party_lines(inv.buyer)}</div>
<table class="kv"><tr><td>Számlaszám</td><td>{inv.number}</td><td>Teljesítés</td><td>{inv.d(inv.fulfil)}</td></tr>
<tr><td>Kelte</td><td>{inv.d(inv.issue)}</td><td>Határidő</td><td>{inv.d(inv.due)}</td></tr>{"<tr><td>Eredeti számla</td><td>"+inv.preceding+"</td></tr>" if inv.preceding else ""}</table>
{items(inv, heads=("Szolgáltatás megnevezése","Mennyiség","Egység","Egységár","ÁFA","Nettó"))}{vatsum(inv)}{notes(inv)}
<div class="foot">{e(s.name)} · {e(', '.join(s.addr))} · Adószám: {s.tax} · {e(' · '.join(s.extra))}</div></div>"""
    return page(css, body)


# 14 -----------------------------------------------------------------------------------------
def caps_headings(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9pt}h2{font-size:9pt;letter-spacing:3px;margin:14px 0 4px;border-bottom:3px solid #e50}
.top{display:flex;justify-content:space-between}.t{font-size:30pt;font-weight:bold;color:#e50;line-height:1}
.two{display:flex;gap:10mm}.two>div{flex:1}.kv td{padding:1px 6px 1px 0}
.items{width:100%}.items th{text-align:left;font-size:7.5pt;letter-spacing:1px}.items td{padding:3px;border-bottom:1px solid #fc9}.items td:nth-child(n+2){text-align:right}
.vs{margin:8px 0 0 auto}.vs td,.vs th{padding:2px 8px;text-align:right}.tot{font-weight:bold;color:#e50}"""
    body = f"""<div class="top"><div class="t">SZÁMLA</div><table class="kv"><tr><td>SZÁMLASZÁM</td><td><b>{inv.number}</b></td></tr>
<tr><td>KELTEZÉS</td><td>{inv.d(inv.issue)}</td></tr><tr><td>TELJESÍTÉS DÁTUMA</td><td>{inv.d(inv.fulfil)}</td></tr><tr><td>FIZETÉSI HATÁRIDŐ</td><td>{inv.d(inv.due)}</td></tr></table></div>
<div class="two"><div><h2>SZOLGÁLTATÓ</h2>{party_lines(inv.seller)}</div><div><h2>MEGRENDELŐ</h2>{party_lines(inv.buyer)}</div></div>
<h2>TÉTELEK</h2>{items(inv, heads=("LEÍRÁS","MENNY.","EGYSÉG","EGYSÉGÁR","ÁFA","NETTÓ"))}<h2>ÖSSZESÍTÉS</h2>{vatsum(inv, heads=("KULCS","NETTÓ","ÁFA","BRUTTÓ"), total_label="MINDÖSSZESEN")}{notes(inv)}"""
    return page(css, body)


# 15 -----------------------------------------------------------------------------------------
def proforma_grey(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9pt}.l{font-size:6.5pt;color:#aaa;display:block}
.row{display:flex;gap:6mm;margin-bottom:8px}.row>div{flex:1}.items{width:100%}.items th{font-size:6.5pt;color:#aaa;font-weight:normal;text-align:left}
.items td{padding:3px 2px;border-top:1px solid #ddd}.items td:nth-child(n+2){text-align:right}.vs{margin:8px 0 0 auto}.vs th{font-size:6.5pt;color:#aaa;font-weight:normal}.vs td{padding:2px 8px;text-align:right}.tot{font-weight:bold}
.warn{border:1px dashed #aaa;padding:6px;font-size:8pt;margin-top:14px}"""
    body = f"""<div style="font-size:20pt">DÍJBEKÉRŐ</div><div class="l">nem számla – a kifizetés után végszámlát állítunk ki</div><br>
<div class="row"><div><span class="l">azonosító</span><b>{inv.number}</b></div><div><span class="l">kiállítás dátuma</span>{inv.d(inv.issue)}</div>
<div><span class="l">fizetési határidő</span>{inv.d(inv.due)}</div><div><span class="l">fizetési mód</span>{inv.payment}</div></div>
<div class="row"><div><span class="l">kibocsátó</span>{party_lines(inv.seller)}</div><div><span class="l">ügyfél</span>{party_lines(inv.buyer)}</div></div>
{items(inv)}{vatsum(inv)}<p style="text-align:right;font-size:12pt">Fizetendő: {inv.m(inv.gross)} Ft</p><div class="warn">{'<br>'.join(e(n) for n in inv.notes)}</div>"""
    return page(css, body)


# 16 -----------------------------------------------------------------------------------------
def builder_table(inv):
    title = KIND_HU[inv.kind]
    css = """body{font-family:'DejaVu Serif';font-size:9pt}.frame{border:2px solid #000;padding:0}
.frame table{width:100%}.frame td{border:1px solid #000;padding:4px;vertical-align:top}.l{font-size:7pt;font-weight:bold;display:block}
.items{width:100%;margin-top:8px}.items th,.items td{border:1px solid #000;padding:3px}.items td:nth-child(n+2){text-align:right}
.vs{margin:8px 0 0 auto}.vs th,.vs td{border:1px solid #000;padding:3px 8px;text-align:right}.tot{font-weight:bold}"""
    pre = f"<tr><td colspan=4><span class='l'>Kapcsolódó előlegszámla</span>{inv.notes[0] if inv.notes else ''}</td></tr>" if inv.kind == "final" else ""
    body = f"""<div class="frame"><table><tr><td colspan=2 style="text-align:center;font-size:16pt;font-weight:bold">{title}</td><td colspan=2><span class="l">Számlaszám</span><b style="font-size:12pt">{inv.number}</b></td></tr>
<tr><td colspan=2><span class="l">Szállító (eladó)</span>{party_lines(inv.seller)}</td><td colspan=2><span class="l">Vevő (megrendelő)</span>{party_lines(inv.buyer)}</td></tr>
<tr><td><span class="l">Számla kelte</span>{inv.d(inv.issue)}</td><td><span class="l">Teljesítés dátuma</span>{inv.d(inv.fulfil)}</td><td><span class="l">Fizetési határidő</span>{inv.d(inv.due)}</td><td><span class="l">Fizetés módja</span>{inv.payment}</td></tr>{pre}</table></div>
{items(inv, heads=("Munkanem / tétel","Menny.","Me.","Egységár","ÁFA","Nettó"))}{vatsum(inv)}
<p style="text-align:right;font-size:12pt">Fizetendő összesen: <b>{inv.m(inv.gross)} Ft</b></p>{notes(inv) if inv.kind != 'final' else ''.join('<p>'+e(n)+'</p>' for n in inv.notes[1:])}"""
    return page(css, body)


# 17 -----------------------------------------------------------------------------------------
def condensed_narrow(inv):
    css = """body{font-family:'DejaVu Sans Condensed';font-size:8pt;width:120mm}
.c{text-align:center}.hr{border-top:1px solid #000;margin:4px 0}.kv{width:100%}.kv td:last-child{text-align:right}
.items{width:100%}.items th{font-size:7pt;text-align:left;border-bottom:1px solid #000}.items td:nth-child(n+2){text-align:right}
.vs{width:100%;margin-top:6px}.vs th{text-align:right;font-size:7pt}.vs td{text-align:right}.tot{font-weight:bold}"""
    body = f"""<div class="c"><b style="font-size:11pt">{e(inv.seller.name)}</b><br>{'<br>'.join(e(a) for a in inv.seller.addr)}<br>Adószám: {inv.seller.tax}</div><div class="hr"></div>
<div class="c"><b>SZÁMLA</b></div><table class="kv"><tr><td>Számlaszám</td><td>{inv.number}</td></tr><tr><td>Kelt</td><td>{inv.d(inv.issue)}</td></tr>
<tr><td>Teljesítés kelte</td><td>{inv.d(inv.fulfil)}</td></tr><tr><td>Esedékes</td><td>{inv.d(inv.due)}</td></tr><tr><td>Fizetés</td><td>{inv.payment}</td></tr></table><div class="hr"></div>
<b>Vevő:</b> {party_lines(inv.buyer, sep=', ')}<div class="hr"></div>{items(inv, heads=("Cikk","Menny.","Me","Egységár","ÁFA","Nettó"))}{vatsum(inv)}<div class="hr"></div>{notes(inv)}"""
    return page(css, body)


# 18 -----------------------------------------------------------------------------------------
def boxed_fields(inv):
    css = """body{font-family:'DejaVu Sans Mono';font-size:8.5pt}
.f{border:1px solid #333;padding:3px 5px;margin:2px}.f i{display:block;font-style:normal;font-size:6.5pt;color:#555}
.g{display:grid;grid-template-columns:repeat(4,1fr)}.pp{display:grid;grid-template-columns:1fr 1fr}
.items{width:100%;margin-top:6px}.items th,.items td{border:1px solid #333;padding:2px 4px}.items td:nth-child(n+2){text-align:right}
.vs{margin:6px 0 0 auto}.vs th,.vs td{border:1px solid #333;padding:2px 6px;text-align:right}.tot{font-weight:bold}"""
    body = f"""<div style="font-family:'DejaVu Sans';font-size:15pt;font-weight:bold;margin-bottom:4px">SZÁMLA / BIZONYLAT</div>
<div class="g"><div class="f"><i>Bizonylatszám</i>{inv.number}</div><div class="f"><i>Kiállítás kelte</i>{inv.d(inv.issue)}</div><div class="f"><i>Teljesítés kelte</i>{inv.d(inv.fulfil)}</div><div class="f"><i>Esedékesség</i>{inv.d(inv.due)}</div></div>
<div class="pp"><div class="f"><i>Szállító neve, címe, adószáma</i>{party_lines(inv.seller)}</div><div class="f"><i>Vevő neve, címe, adószáma</i>{party_lines(inv.buyer)}</div></div>
{items(inv)}{vatsum(inv)}{notes(inv)}"""
    return page(css, body)


# 19 -----------------------------------------------------------------------------------------
def webshop_receipt(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9pt;color:#222}.top{display:flex;justify-content:space-between;align-items:center;border-bottom:4px solid #09c;padding-bottom:6px}
.shop{font-size:18pt;font-weight:bold;color:#09c}.info{background:#f2f8fb;padding:8px;margin:10px 0;display:flex;gap:10mm}
.items{width:100%}.items th{background:#09c;color:#fff;padding:4px;text-align:left}.items td{padding:4px;border-bottom:1px solid #cde}.items td:nth-child(n+2){text-align:right}
.vs{margin:8px 0 0 auto}.vs td,.vs th{padding:2px 8px;text-align:right}.tot{font-weight:bold}"""
    body = f"""<div class="top"><div class="shop">{e(inv.seller.name)}</div><div>Elektronikus számla<br>Rendelésszám: WEB-{inv.number[-5:]}</div></div>
<div class="info"><div><b>Számla sorszáma:</b> {inv.number}<br><b>Számla kelte:</b> {inv.d(inv.issue)}<br><b>Teljesítés dátuma:</b> {inv.d(inv.fulfil)}<br><b>Fizetési határidő:</b> {inv.d(inv.due)}<br><b>Fizetési mód:</b> {inv.payment}</div>
<div><b>Eladó</b><br>{party_lines(inv.seller)}</div><div><b>Számlázási cím</b><br>{party_lines(inv.buyer)}</div></div>
{items(inv, heads=("Termék","Db","Kiszerelés","Nettó egységár","ÁFA","Nettó ár"))}{vatsum(inv)}<p style="text-align:right">Fizetve: <b>{inv.m(inv.gross)} Ft</b></p>{notes(inv)}"""
    return page(css, body)


# 20 -----------------------------------------------------------------------------------------
def erp_codes(inv):
    css = """body{font-family:'DejaVu Sans Condensed';font-size:8pt}.h{display:flex;justify-content:space-between;border-bottom:1px solid #000}
.code{font-family:'DejaVu Sans Mono';font-size:7pt;color:#666}.pt{width:100%;margin:8px 0}.pt td{vertical-align:top;width:33%;padding:3px}
.items{width:100%}.items th{border-top:1px solid #000;border-bottom:1px solid #000;text-align:right;font-size:7pt}.items th:first-child{text-align:left}.items td{text-align:right;padding:2px}.items td:first-child{text-align:left}
.vs{margin:6px 0 0 auto}.vs td,.vs th{padding:1px 8px;text-align:right}.tot{font-weight:bold;border-top:1px solid #000}"""
    body = f"""<div class="h"><div><b style="font-size:13pt">{e(inv.seller.name)}</b></div><div class="code">FORM SD-INV-07 · DOC.TYPE RV · PRINT 01</div></div>
<table class="pt"><tr><td><span class="code">[SLD] Eladó</span><br>{party_lines(inv.seller)}</td><td><span class="code">[BIL] Vevő</span><br>{party_lines(inv.buyer)}</td>
<td><span class="code">[DOC]</span><br>Számlaszám: <b>{inv.number}</b><br>Számla kelte: {inv.d(inv.issue)}<br>Teljesítés kelte: {inv.d(inv.fulfil)}<br>Fizetési határidő: {inv.d(inv.due)}<br>Fiz. mód: {inv.payment}<br>Vevőkód: 100482</td></tr></table>
{items(inv, heads=("Anyag / megnevezés","Mennyiség","ME","Nettó egységár","ÁFA-kód","Nettó érték"))}{vatsum(inv, heads=("ÁFA-kód","Adóalap","ÁFA","Bruttó"), total_label="Összesen HUF")}{notes(inv)}"""
    return page(css, body)


TEMPLATES = {f.__name__: f for f in [erp_multipage, two_col_boxes, serif_letterhead, label_grid, right_meta, bilingual_en,
                                      table_header_fields, stacked_parties, dotmatrix, modern_band, bilingual_de, eur_domestic,
                                      footer_seller, caps_headings, proforma_grey, builder_table, condensed_narrow, boxed_fields,
                                      webshop_receipt, erp_codes]}

# ruff: noqa
"""HTML+CSS layouts (printed with headless Chromium)."""
from html import escape as E
from decimal import Decimal as D
from .common import famt, fdate, RATES, huf

KIND_HU = {
    "normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA",
    "correction": "HELYESBÍTŐ SZÁMLA", "storno": "SZTORNÓ SZÁMLA", "proforma": "DÍJBEKÉRŐ",
}


def A(inv, x):
    return famt(x, inv.numfmt, inv.dec)


def P(inv, x):
    e = -x.normalize().as_tuple().exponent
    return famt(x, inv.numfmt, max(inv.dec, e))


def Q(x):
    s = f"{x.normalize():f}"
    return s.replace(".", ",")


def Dt(inv, d):
    return fdate(d, inv.datefmt)


def rlabel(k, style="hu"):
    if style == "hu":
        return {"KBA": "0% (KBA)", "EXP": "0% (export)", "AAM": "AAM", "TAM": "TAM",
                "FAD": "FAD", "ATK": "ÁTHK", "REV": "FORD. ADÓZ.", "AHK": "ÁHK"}.get(k, k + "%")
    if style == "en":
        return {"KBA": "0% IC supply", "EXP": "0% export", "REV": "reverse charge", "0": "0%", "AHK": "out of scope"}.get(k, k + "%")
    return k


def party_lines(p, taxlbl="Adószám", vatlbl="Közösségi adószám", br="<br>"):
    out = [f"<b>{E(p.name)}</b>"] + [E(a) for a in p.addr]
    if p.tax:
        out.append(f"{taxlbl}: {p.tax}")
    if p.vat:
        out.append(f"{vatlbl}: {p.vat}")
    out += [E(x) for x in p.extra]
    return br.join(out)


def items(inv, heads=None, rates="hu", cls="items", show_vat=True, unitcol=True):
    heads = heads or ["Megnevezés", "Menny.", "Egys.", "Egységár", "Nettó érték", "ÁFA", "ÁFA összeg", "Bruttó érték"]
    h = "".join(f"<th>{E(x)}</th>" for x in heads)
    rows = []
    for ln in inv.lines:
        cells = [E(ln.desc), Q(ln.qty)]
        if unitcol:
            cells.append(E(ln.unit))
        cells += [P(inv, ln.price), A(inv, ln.net), rlabel(ln.rate, rates)]
        if show_vat:
            cells += [A(inv, ln.vat), A(inv, ln.net + ln.vat)]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def vatsum(inv, heads=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), rates="hu", total="Összesen", cls="vs"):
    h = "".join(f"<th>{E(x)}</th>" for x in heads)
    rows = "".join(
        f"<tr><td>{rlabel(k, rates)}</td><td>{A(inv,g[0])}</td><td>{A(inv,g[1])}</td><td>{A(inv,g[2])}</td></tr>"
        for k, g in inv.groups.items())
    rows += f"<tr class='tot'><td>{E(total)}</td><td>{A(inv,inv.net)}</td><td>{A(inv,inv.vat)}</td><td>{A(inv,inv.gross)}</td></tr>"
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{rows}</tbody></table>'


def fxblock(inv, hu=True):
    if not inv.fx:
        return ""
    if hu:
        return (f"<p class='fx'>Alkalmazott árfolyam: 1 {inv.currency} = {famt(inv.fx, 'space', 2)} HUF "
                f"(MNB, {fdate(inv.fxdate, inv.datefmt)}). Az áfa összege forintban: {famt(huf(inv, inv.vat), 'space', 0)} HUF; "
                f"nettó érték forintban: {famt(huf(inv, inv.net), 'space', 0)} HUF.</p>")
    return (f"<p class='fx'>Exchange rate (MNB): 1 {inv.currency} = {famt(inv.fx, 'space', 2)} HUF. "
            f"VAT amount in HUF / ÁFA forintban: {famt(huf(inv, inv.vat), 'space', 0)} HUF.</p>")


def notes(inv, cls="notes"):
    return "".join(f"<p class='{cls}'>{E(n)}</p>" for n in inv.notes)


def page(css, body, size="A4"):
    return (f"<!DOCTYPE html><html lang='hu'><head><meta charset='utf-8'><style>@page{{size:{size};margin:14mm}}"
            f"body{{margin:0}}*{{font-variant-ligatures:none;font-feature-settings:\"liga\" 0}}{css}</style></head><body>{body}</body></html>")


# ---------------------------------------------------------------- 1 classic two-column boxes
def classic2col(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9.5pt;color:#222}
h1{font-size:20pt;text-align:center;margin:0 0 2mm;letter-spacing:2px}
.sub{text-align:center;margin-bottom:5mm}.two{display:flex;gap:4mm}.box{flex:1;border:1px solid #555;padding:3mm}
.box h3{margin:0 0 2mm;font-size:8pt;text-transform:uppercase;color:#555}
.meta{display:flex;margin:4mm 0;border:1px solid #555}.meta div{flex:1;padding:2mm;border-right:1px solid #555}
.meta span{display:block;font-size:7pt;color:#666}
table{border-collapse:collapse;width:100%;margin-top:3mm}th,td{border:1px solid #999;padding:1.2mm;font-size:8.5pt}
th{background:#eee}td:nth-child(n+2){text-align:right}.tot td{font-weight:bold}.vs{width:60%;margin-left:40%}
.big{text-align:right;font-size:13pt;font-weight:bold;margin-top:4mm}.fx,.notes{font-size:8pt}"""
    pre = f"<p class='sub'>Helyesbített számla: {inv.preceding}</p>" if inv.preceding else ""
    body = f"""<h1>{KIND_HU[inv.kind]}</h1><div class='sub'>Sorszám: <b>{inv.number}</b></div>{pre}
<div class='two'><div class='box'><h3>Eladó</h3>{party_lines(inv.seller)}</div>
<div class='box'><h3>Vevő</h3>{party_lines(inv.buyer)}</div></div>
<div class='meta'><div><span>Fizetési mód</span>{E(inv.pay)}</div><div><span>Teljesítés dátuma</span>{Dt(inv,inv.fulfil)}</div>
<div><span>Számla kelte</span>{Dt(inv,inv.issue)}</div><div><span>Fizetési határidő</span>{Dt(inv,inv.due)}</div>
<div><span>Pénznem</span>{inv.currency}</div></div>
{items(inv)}{vatsum(inv)}<div class='big'>Fizetendő: {A(inv,inv.gross)} {inv.currency}</div>{fxblock(inv)}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 2 letterhead, serif, seller in header & footer
def letterhead(inv):
    s = inv.seller
    css = """body{font-family:'DejaVu Serif';font-size:9.5pt}
.lh{text-align:center;border-bottom:3px double #333;padding-bottom:3mm}.lh .n{font-size:17pt;font-variant:small-caps}
.lh .a{font-size:8pt;color:#444}.row{display:flex;justify-content:space-between;margin-top:8mm}
.win{width:85mm;min-height:30mm;font-size:10pt}.win .l{font-size:7pt;color:#777}.rm{text-align:right;font-size:9pt}
.rm td{padding:0.6mm 2mm}.rm td:first-child{color:#555}h2{font-weight:normal;letter-spacing:4px;margin:8mm 0 2mm}
table.items{width:100%;border-collapse:collapse}table.items th{border-bottom:1px solid #000;text-align:left;font-size:8pt}
table.items td{padding:1mm 0.5mm;border-bottom:1px dotted #aaa}table.items td:nth-child(n+2){text-align:right}
.vs{margin-left:auto;margin-top:5mm;border-collapse:collapse}.vs td,.vs th{padding:1mm 3mm;text-align:right}.vs .tot{border-top:1px solid #000;font-weight:bold}
.foot{position:fixed;bottom:0;left:0;right:0;font-size:7.5pt;text-align:center;color:#555;border-top:1px solid #999;padding-top:1mm}
.fx,.notes{font-size:8.5pt;font-style:italic}"""
    body = f"""<div class='lh'><div class='n'>{E(s.name)}</div><div class='a'>{E(', '.join(s.addr))} &middot; {' &middot; '.join(E(x) for x in s.extra)}</div></div>
<div class='row'><div class='win'><div class='l'>Megrendelő</div><b>{E(inv.buyer.name)}</b><br>{'<br>'.join(E(a) for a in inv.buyer.addr)}
{'<br>Adószám: '+inv.buyer.tax if inv.buyer.tax else ''}{'<br>EU adószám: '+inv.buyer.vat if inv.buyer.vat else ''}</div>
<table class='rm'><tr><td>Számlaszám</td><td><b>{inv.number}</b></td></tr><tr><td>Kiállítás kelte</td><td>{Dt(inv,inv.issue)}</td></tr>
<tr><td>Teljesítés kelte</td><td>{Dt(inv,inv.fulfil)}</td></tr><tr><td>Esedékesség</td><td>{Dt(inv,inv.due)}</td></tr>
<tr><td>Fizetés módja</td><td>{E(inv.pay)}</td></tr>{'<tr><td>Eredeti számla</td><td>'+inv.preceding+'</td></tr>' if inv.preceding else ''}</table></div>
<h2>{KIND_HU[inv.kind].capitalize()}</h2>
{items(inv, ['Tétel', 'Mennyiség', 'Me.', 'Egységár', 'Nettó', 'Áfa', 'Áfa', 'Bruttó'])}
{vatsum(inv, ('Adókulcs','Nettó','Áfa','Bruttó'), total='Végösszeg')}{fxblock(inv)}{notes(inv)}
<div class='foot'>{E(s.name)} &middot; Adószám: {s.tax}{' &middot; Közösségi adószám: '+s.vat if s.vat else ''} &middot; {E(', '.join(s.addr))}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 3 ERP label:value grid, condensed, grey tiny labels
def erp_grid(inv):
    css = """body{font-family:'DejaVu Sans Condensed';font-size:8.5pt}
.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #246;padding-bottom:2mm}
.top .t{font-size:15pt;color:#246;font-weight:bold}.grid{display:grid;grid-template-columns:28mm 45mm 28mm 45mm;gap:1mm 2mm;margin:3mm 0}
.grid .l{color:#888;font-size:7pt;text-transform:uppercase;align-self:center}.pt{margin:2mm 0;padding:2mm;background:#f3f6fa}
.pt .l{color:#888;font-size:7pt}table{width:100%;border-collapse:collapse}th{background:#246;color:#fff;font-weight:normal;font-size:7.5pt;padding:1mm}
td{padding:1mm;border-bottom:1px solid #ddd}td:nth-child(n+2){text-align:right}.vs{width:55%;margin:3mm 0 0 auto}.tot td{font-weight:bold;border-top:2px solid #246}
.fx,.notes{font-size:7.5pt;color:#333}"""
    s, b = inv.seller, inv.buyer
    body = f"""<div class='top'><div class='t'>{KIND_HU[inv.kind]}</div><div>Bizonylatszám: <b>{inv.number}</b></div></div>
<div class='pt'><span class='l'>KIBOCSÁTÓ</span><br>{party_lines(s, 'Adószám', 'EU adószám', ' | ')}</div>
<div class='pt'><span class='l'>ÜGYFÉL</span><br>{party_lines(b, 'Adószám', 'EU adószám', ' | ')}</div>
<div class='grid'><span class='l'>Kelt</span><span>{Dt(inv,inv.issue)}</span><span class='l'>Fizetési mód</span><span>{E(inv.pay)}</span>
<span class='l'>Teljesítés</span><span>{Dt(inv,inv.fulfil)}</span><span class='l'>Devizanem</span><span>{inv.currency}</span>
<span class='l'>Esedékesség</span><span>{Dt(inv,inv.due)}</span><span class='l'>{'Hivatkozott bizonylat' if inv.preceding else 'Rendelésszám'}</span><span>{inv.preceding or 'RSZ-' + inv.number[-4:]}</span></div>
{items(inv, ['Cikk / szolgáltatás', 'Menny.', 'ME', 'Egységár', 'Nettó', 'Áfakulcs', 'Áfa', 'Bruttó'])}
{vatsum(inv, ('Áfakulcs','Nettó érték','Áfa érték','Bruttó érték'), total='Bizonylat összesen')}{fxblock(inv)}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 4 dot-matrix monospace
def dotmatrix(inv):
    W = 78
    L = []
    def c(t):
        L.append(t.center(W))
    def lr(a, b):
        L.append(a + " " * max(1, W - len(a) - len(b)) + b)
    s, b = inv.seller, inv.buyer
    c(f"* * *  {KIND_HU[inv.kind]}  * * *")
    c(f"Sorszám: {inv.number}")
    L.append("=" * W)
    L.append("SZÁLLÍTÓ:".ljust(39) + "VEVŐ:")
    sl = [s.name] + s.addr + ([f"Adószám: {s.tax}"] if s.tax else []) + ([f"EU adósz.: {s.vat}"] if s.vat else [])
    bl = [b.name] + b.addr + ([f"Adószám: {b.tax}"] if b.tax else []) + ([f"EU adósz.: {b.vat}"] if b.vat else [])
    for i in range(max(len(sl), len(bl))):
        L.append((sl[i] if i < len(sl) else "").ljust(39)[:39] + (bl[i] if i < len(bl) else ""))
    L.append("=" * W)
    lr(f"Számla kelte.......: {Dt(inv, inv.issue)}", f"Fizetési mód: {inv.pay}")
    lr(f"Teljesítés kelte...: {Dt(inv, inv.fulfil)}", f"Pénznem: {inv.currency}")
    lr(f"Fizetési határidő..: {Dt(inv, inv.due)}", "")
    if inv.preceding:
        L.append(f"Eredeti számla sorszáma: {inv.preceding}")
    L.append("-" * W)
    L.append(f"{'Megnevezés':<30}{'Menny.':>8} {'Me':<4}{'Egys.ár':>11}{'Nettó':>13}{'ÁFA':>8}")
    L.append("-" * W)
    for ln in inv.lines:
        L.append(f"{ln.desc[:30]:<30}{Q(ln.qty):>8} {ln.unit[:4]:<4}{P(inv, ln.price):>11}{A(inv, ln.net):>13}{rlabel(ln.rate):>8}")
    L.append("-" * W)
    for k, g in inv.groups.items():
        L.append(f"  ÁFA {rlabel(k):<8} alap: {A(inv, g[0]):>14}   adó: {A(inv, g[1]):>12}")
    L.append("-" * W)
    lr("NETTÓ ÖSSZESEN:", A(inv, inv.net))
    lr("ÁFA ÖSSZESEN:", A(inv, inv.vat))
    lr(f"BRUTTÓ VÉGÖSSZEG ({inv.currency}):", A(inv, inv.gross))
    L.append("=" * W)
    for n in inv.notes:
        L.append(n)
    txt = "\n".join(L).replace("\u00a0", " ")
    css = "body{font-family:'DejaVu Sans Mono';font-size:8.6pt;color:#333}pre{margin:0;line-height:1.35}"
    return page(css, f"<pre>{E(txt)}</pre>")


# ---------------------------------------------------------------- 5 bilingual HU/EN, right-aligned meta
def biling_en(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9pt}
.hd{display:flex;justify-content:space-between}.hd .t{font-size:18pt;font-weight:bold}.hd .t small{display:block;font-size:10pt;color:#777;font-weight:normal}
.meta{text-align:right}.meta td{padding:0.5mm 0 0.5mm 4mm}.meta td:first-child{color:#666;font-size:8pt}
.pp{display:flex;gap:10mm;margin:6mm 0}.pp div{flex:1}.pp .l{font-size:7.5pt;color:#666;border-bottom:1px solid #ccc;margin-bottom:1mm}
table.items,table.vs{width:100%;border-collapse:collapse}.items th{font-size:7.5pt;text-align:left;border-bottom:2px solid #000}
.items td{padding:1mm;border-bottom:1px solid #eee}.items td:nth-child(n+2){text-align:right}.vs{width:65%;margin:4mm 0 0 auto}.vs td,.vs th{text-align:right;padding:1mm}
.tot td{font-weight:bold;border-top:1px solid #000}.fx,.notes{font-size:8pt}"""
    t = {"normal": "Invoice", "advance": "Advance invoice", "final": "Final invoice", "correction": "Credit note / Correcting invoice",
         "storno": "Cancellation invoice", "proforma": "Pro forma invoice"}[inv.kind]
    body = f"""<div class='hd'><div class='t'>{KIND_HU[inv.kind].capitalize()}<small>{t}</small></div>
<table class='meta'><tr><td>Számlaszám / Invoice no.</td><td><b>{inv.number}</b></td></tr>
<tr><td>Kelte / Date of issue</td><td>{Dt(inv,inv.issue)}</td></tr><tr><td>Teljesítés / Date of supply</td><td>{Dt(inv,inv.fulfil)}</td></tr>
<tr><td>Esedékesség / Due date</td><td>{Dt(inv,inv.due)}</td></tr><tr><td>Fizetés / Payment</td><td>{E(inv.pay)}</td></tr>
<tr><td>Pénznem / Currency</td><td>{inv.currency}</td></tr>{'<tr><td>Eredeti számla / Original invoice</td><td>'+inv.preceding+'</td></tr>' if inv.preceding else ''}</table></div>
<div class='pp'><div><div class='l'>Eladó / Seller</div>{party_lines(inv.seller, 'Adószám / Tax no.', 'Közösségi adószám / VAT ID')}</div>
<div><div class='l'>Vevő / Buyer</div>{party_lines(inv.buyer, 'Adószám / Tax no.', 'Közösségi adószám / VAT ID')}</div></div>
{items(inv, ['Megnevezés / Description', 'Menny. / Qty', 'Unit', 'Egységár / Unit price', 'Nettó / Net', 'ÁFA / VAT', 'ÁFA / VAT amt', 'Bruttó / Gross'], rates='en')}
{vatsum(inv, ('ÁFA / VAT', 'Nettó / Net', 'ÁFA / VAT', 'Bruttó / Gross'), rates='en', total='Összesen / Total')}{fxblock(inv, False)}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 6 bilingual HU/DE, serif condensed tables
def biling_de(inv):
    css = """body{font-family:'DejaVu Serif Condensed';font-size:9pt}.t{font-size:16pt;border-bottom:1px solid #000;margin-bottom:3mm}
table{border-collapse:collapse;width:100%}.hf td{border:1px solid #888;padding:1.2mm;vertical-align:top;width:25%}.hf .l{font-size:7pt;color:#555;display:block}
.items{margin-top:4mm}.items th{background:#ddd;border:1px solid #888;font-size:7.5pt}.items td{border:1px solid #bbb;padding:1mm}.items td:nth-child(n+2){text-align:right}
.vs{width:60%;margin:3mm 0 0 auto}.vs td,.vs th{border:1px solid #888;padding:1mm;text-align:right}.tot td{font-weight:bold}.fx,.notes{font-size:8pt}"""
    s, b = inv.seller, inv.buyer
    body = f"""<div class='t'>{KIND_HU[inv.kind]} / RECHNUNG &nbsp; Nr. {inv.number}</div>
<table class='hf'><tr><td colspan='2'><span class='l'>Szállító / Lieferant</span>{party_lines(s, 'Adószám / Steuernr.', 'Közösségi adószám / USt-IdNr.')}</td>
<td colspan='2'><span class='l'>Vevő / Kunde</span>{party_lines(b, 'Adószám / Steuernr.', 'USt-IdNr. / Közösségi adószám')}</td></tr>
<tr><td><span class='l'>Kiállítás dátuma / Rechnungsdatum</span>{Dt(inv,inv.issue)}</td><td><span class='l'>Teljesítés / Leistungsdatum</span>{Dt(inv,inv.fulfil)}</td>
<td><span class='l'>Fizetési határidő / Fällig am</span>{Dt(inv,inv.due)}</td><td><span class='l'>Fizetési mód / Zahlungsart</span>{E(inv.pay)}</td></tr></table>
{items(inv, ['Megnevezés / Bezeichnung', 'Menge', 'Einh.', 'Egységár / Preis', 'Nettó / Netto', 'ÁFA / MwSt', 'ÁFA / MwSt', 'Bruttó / Brutto'], rates='en')}
{vatsum(inv, ('ÁFA / MwSt', 'Nettó / Netto', 'ÁFA / MwSt', 'Bruttó / Brutto'), rates='en', total='Összesen / Gesamt')}{fxblock(inv)}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 7 foreign supplier in English (CEE style)
def foreign_en(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9pt;color:#111}.hdr{background:#1d3c34;color:#fff;padding:4mm;display:flex;justify-content:space-between}
.hdr .t{font-size:20pt;font-weight:bold}.cols{display:flex;gap:6mm;margin:5mm 0}.cols>div{flex:1}.cols h4{margin:0 0 1mm;font-size:8pt;color:#1d3c34;text-transform:uppercase}
.kv td{padding:0.5mm 2mm 0.5mm 0}.kv td:first-child{color:#555}table.items{width:100%;border-collapse:collapse;margin-top:3mm}.items th{border-bottom:2px solid #1d3c34;text-align:left;font-size:8pt}
.items td{padding:1.2mm 1mm;border-bottom:1px solid #ddd}.items td:nth-child(n+2){text-align:right}.sum{margin:4mm 0 0 auto;width:75mm}.sum td{padding:1mm}.sum td:last-child{text-align:right}
.sum .g td{font-weight:bold;font-size:11pt;border-top:2px solid #1d3c34}.notes,.fx{font-size:8pt}"""
    s, b = inv.seller, inv.buyer
    def pl(p):
        r = [f"<b>{E(p.name)}</b>"] + [E(a) for a in p.addr]
        if p.vat: r.append(f"VAT ID: {p.vat}")
        if p.tax: r.append(f"HU tax no.: {p.tax}")
        return "<br>".join(r + [E(x) for x in p.extra])
    title = {"normal": "INVOICE", "correction": "CREDIT NOTE", "storno": "CANCELLATION", "proforma": "PROFORMA INVOICE", "advance": "ADVANCE INVOICE", "final": "FINAL INVOICE"}[inv.kind]
    body = f"""<div class='hdr'><div class='t'>{title}</div><div>No. <b>{inv.number}</b></div></div>
<div class='cols'><div><h4>Supplier</h4>{pl(s)}</div><div><h4>Customer</h4>{pl(b)}</div>
<div><h4>Details</h4><table class='kv'><tr><td>Date of issue</td><td>{Dt(inv,inv.issue)}</td></tr><tr><td>Date of taxable supply</td><td>{Dt(inv,inv.fulfil)}</td></tr>
<tr><td>Due date</td><td>{Dt(inv,inv.due)}</td></tr><tr><td>Payment</td><td>{E(inv.pay)}</td></tr><tr><td>Currency</td><td>{inv.currency}</td></tr></table></div></div>
{items(inv, ['Description', 'Qty', 'Unit', 'Unit price', 'Net amount', 'VAT rate', 'VAT', 'Total'], rates='en')}
<table class='sum'><tr><td>Total net</td><td>{A(inv,inv.net)} {inv.currency}</td></tr><tr><td>VAT</td><td>{A(inv,inv.vat)} {inv.currency}</td></tr>
<tr class='g'><td>Total due</td><td>{A(inv,inv.gross)} {inv.currency}</td></tr></table>{fxblock(inv, False)}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 8 boxed form (számlatömb-like)
def boxed(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9pt}.f{border:2px solid #000}.r{display:flex;border-bottom:1px solid #000}.r:last-child{border-bottom:0}
.c{flex:1;padding:1.5mm;border-right:1px solid #000;min-height:8mm}.c:last-child{border-right:0}.c i{display:block;font-style:normal;font-size:6.5pt;color:#444}
.ti{text-align:center;font-size:16pt;font-weight:bold;padding:2mm}table{width:100%;border-collapse:collapse}th,td{border:1px solid #000;padding:1mm;font-size:8pt}
th{font-size:7pt;font-weight:normal}td:nth-child(n+2){text-align:right}.vs td,.vs th{text-align:right}.tot td{font-weight:bold}.fx,.notes{font-size:8pt;padding:1mm}"""
    s, b = inv.seller, inv.buyer
    body = f"""<div class='f'><div class='r'><div class='c ti'>{KIND_HU[inv.kind]}</div><div class='c'><i>Számla sorszáma</i><b style='font-size:12pt'>{inv.number}</b></div></div>
<div class='r'><div class='c'><i>Eladó neve, címe</i><b>{E(s.name)}</b><br>{'<br>'.join(E(a) for a in s.addr)}</div><div class='c'><i>Vevő neve, címe</i><b>{E(b.name)}</b><br>{'<br>'.join(E(a) for a in b.addr)}</div></div>
<div class='r'><div class='c'><i>Eladó adószáma</i>{s.tax or ''}</div><div class='c'><i>Eladó közösségi adószáma</i>{s.vat or '–'}</div><div class='c'><i>Vevő adószáma</i>{b.tax or '–'}</div><div class='c'><i>Vevő közösségi adószáma</i>{b.vat or '–'}</div></div>
<div class='r'><div class='c'><i>Fizetési mód</i>{E(inv.pay)}</div><div class='c'><i>Teljesítés kelte</i>{Dt(inv,inv.fulfil)}</div><div class='c'><i>Számla kelte</i>{Dt(inv,inv.issue)}</div><div class='c'><i>Fizetési határidő</i>{Dt(inv,inv.due)}</div></div>
{"<div class='r'><div class='c'><i>Módosított számla sorszáma</i>"+inv.preceding+"</div></div>" if inv.preceding else ''}
{items(inv, ['Termék / szolgáltatás megnevezése', 'Mennyiség', 'Me.e.', 'Egységár', 'Nettó ár', 'Áfa%', 'Áfa', 'Bruttó ár'])}
{vatsum(inv, ('Áfakulcs','Nettó','Áfa','Bruttó'), total='Mindösszesen ' + inv.currency)}{fxblock(inv)}{notes(inv)}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 9 capitals headings, minimalist, meta left, parties right
def caps_min(inv):
    css = """body{font-family:'DejaVu Sans';font-weight:300;font-size:8.8pt;color:#333}h1{font-family:'DejaVu Sans Light';font-size:28pt;font-weight:200;letter-spacing:6px;margin:0 0 8mm}
.g{display:grid;grid-template-columns:60mm 1fr 1fr;gap:6mm}.g h5{margin:0 0 1mm;font-size:7pt;letter-spacing:2px;color:#999}.g p{margin:0 0 3mm}
table{width:100%;border-collapse:collapse;margin-top:8mm}th{font-size:6.8pt;letter-spacing:1.5px;color:#999;text-align:left;border-bottom:1px solid #333;text-transform:uppercase}
td{padding:1.5mm 0.5mm;border-bottom:1px solid #eee}td:nth-child(n+2){text-align:right}.vs{width:55%;margin-left:45%}.tot td{font-weight:bold;color:#000}
.fx,.notes{font-size:7.5pt;color:#666}"""
    s, b = inv.seller, inv.buyer
    body = f"""<h1>{KIND_HU[inv.kind]}</h1><div class='g'><div><h5>SZÁMLASZÁM</h5><p>{inv.number}</p><h5>KELTEZÉS</h5><p>{Dt(inv,inv.issue)}</p>
<h5>TELJESÍTÉS</h5><p>{Dt(inv,inv.fulfil) or '—'}</p><h5>ESEDÉKES</h5><p>{Dt(inv,inv.due)}</p><h5>FIZETÉS</h5><p>{E(inv.pay)}</p>
{'<h5>HIVATKOZOTT SZÁMLA</h5><p>'+inv.preceding+'</p>' if inv.preceding else ''}</div>
<div><h5>SZOLGÁLTATÓ</h5><p>{party_lines(s)}</p></div><div><h5>MEGRENDELŐ</h5><p>{party_lines(b)}</p></div></div>
{items(inv, ['Leírás', 'Menny.', 'Egység', 'Egységár', 'Nettó', 'Áfa', 'Áfa összeg', 'Bruttó'])}
{vatsum(inv, ('Kulcs','Nettó','Áfa','Bruttó'), total='Fizetendő ' + inv.currency)}{fxblock(inv)}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 10 receipt-like simplified invoice (80 mm)
def receipt(inv):
    css = """body{font-family:'DejaVu Sans Mono';font-size:8pt;width:72mm}.c{text-align:center}hr{border:0;border-top:1px dashed #000}
.r{display:flex;justify-content:space-between}.b{font-weight:bold}p{margin:0.5mm 0}"""
    s, b = inv.seller, inv.buyer
    L = [f"<p class='c b'>{E(s.name)}</p>"] + [f"<p class='c'>{E(a)}</p>" for a in s.addr] + [f"<p class='c'>Adószám: {s.tax}</p>", "<hr>",
         "<p class='c b'>EGYSZERŰSÍTETT SZÁMLA</p>", f"<p class='c'>Sorszám: {inv.number}</p>", "<hr>"]
    for ln in inv.lines:
        g = ln.net + ln.vat
        L.append(f"<p>{E(ln.desc)}</p><div class='r'><span>{Q(ln.qty)} {E(ln.unit)} x {P(inv, ln.price)}</span><span>{A(inv, ln.net + ln.vat)} {rlabel(ln.rate)}</span></div>")
    L.append("<hr>")
    for k, g in inv.groups.items():
        L.append(f"<div class='r'><span>{rlabel(k)} alap</span><span>{A(inv, g[0])}</span></div><div class='r'><span>{rlabel(k)} áfa</span><span>{A(inv, g[1])}</span></div>")
    L += [f"<div class='r'><span>Nettó össz.:</span><span>{A(inv, inv.net)}</span></div>",
          f"<div class='r'><span>Áfa össz.:</span><span>{A(inv, inv.vat)}</span></div>",
          f"<div class='r b'><span>ÖSSZESEN:</span><span>{A(inv, inv.gross)} Ft</span></div>", "<hr>",
          f"<p>Vevő: {E(b.name)}</p>"] + [f"<p>{E(a)}</p>" for a in b.addr] + \
         ([f"<p>Vevő adószáma: {b.tax}</p>"] if b.tax else []) + \
         [f"<p>Kelt: {Dt(inv, inv.issue)}</p>", f"<p>Teljesítés: {Dt(inv, inv.fulfil)}</p>", f"<p>Fizetés: {E(inv.pay)}</p>"] + [f"<p>{E(n)}</p>" for n in inv.notes]
    return page(css, "".join(L), size="80mm 200mm")


# ---------------------------------------------------------------- 11 multi-page, totals on page 2
def multipage(inv):
    css = """body{font-family:'DejaVu Sans Condensed';font-size:8.8pt}.hd{display:flex;justify-content:space-between;border-bottom:1px solid #000;padding-bottom:2mm}
.hd .t{font-size:14pt;font-weight:bold}.pp{display:flex;gap:6mm;margin:3mm 0}.pp>div{flex:1;border-left:3px solid #888;padding-left:2mm}
table.items{width:100%;border-collapse:collapse}.items thead{display:table-header-group}.items th{border-bottom:1px solid #000;text-align:left;font-size:7.5pt}
.items td{padding:0.9mm;border-bottom:1px solid #e5e5e5}.items td:nth-child(n+2){text-align:right}.p2{page-break-before:always}
.vs{width:70%;margin:4mm 0 0 auto;border-collapse:collapse}.vs td,.vs th{padding:1mm;text-align:right;border-bottom:1px solid #ccc}.tot td{font-weight:bold}
.hf td{padding:0.4mm 3mm 0.4mm 0}.fx,.notes{font-size:8pt}"""
    s, b = inv.seller, inv.buyer
    body = f"""<div class='hd'><div class='t'>{KIND_HU[inv.kind]}</div><table class='hf'><tr><td>Számla sorszáma:</td><td><b>{inv.number}</b></td></tr>
<tr><td>Számla kelte:</td><td>{Dt(inv,inv.issue)}</td></tr><tr><td>Teljesítés dátuma:</td><td>{Dt(inv,inv.fulfil)}</td></tr><tr><td>Fizetési határidő:</td><td>{Dt(inv,inv.due)}</td></tr></table></div>
<div class='pp'><div>Szolgáltató<br>{party_lines(s)}</div><div>Megrendelő<br>{party_lines(b)}</div></div>
<p>Fizetési mód: {E(inv.pay)} &nbsp; Pénznem: {inv.currency} &nbsp; Oldal: 1/2</p>
{items(inv, ['Tevékenység', 'Óra/db', 'Me.', 'Egységár', 'Nettó', 'Áfa', 'Áfa összeg', 'Bruttó'])}
<div class='p2'><p>{E(s.name)} &middot; Számla sorszáma: {inv.number} &middot; Oldal: 2/2</p><h3>Összesítés</h3>
{vatsum(inv, ('Áfakulcs','Nettó összeg','Áfa összeg','Bruttó összeg'), total='Számla végösszege')}{fxblock(inv)}{notes(inv)}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 12 sidebar with seller
def sidebar(inv):
    css = """@page{margin:0}body{font-family:'DejaVu Sans';font-size:8.8pt;display:flex;min-height:297mm}
.sb{width:55mm;background:#2d2d44;color:#eee;padding:12mm 5mm;font-size:8pt}.sb .n{font-size:12pt;font-weight:bold;margin-bottom:3mm}
.mn{flex:1;padding:12mm 10mm}.mn h1{margin:0;font-size:22pt;color:#2d2d44}.meta{display:grid;grid-template-columns:auto auto;gap:0.8mm 5mm;margin:4mm 0;width:max-content}
.meta span:nth-child(odd){color:#777}.buy{background:#f0f0f5;padding:3mm;margin-bottom:4mm}table{width:100%;border-collapse:collapse}
th{font-size:7pt;text-align:left;color:#2d2d44;border-bottom:2px solid #2d2d44}td{padding:1mm;border-bottom:1px solid #ddd}td:nth-child(n+2){text-align:right}
.vs{width:80%;margin:4mm 0 0 auto}.tot td{font-weight:bold}.fx,.notes{font-size:7.5pt}"""
    s, b = inv.seller, inv.buyer
    body = f"""<div class='sb'><div class='n'>{E(s.name)}</div>{'<br>'.join(E(a) for a in s.addr)}<br><br>Adószám:<br>{s.tax}
{'<br>Közösségi adószám:<br>'+s.vat if s.vat else ''}<br><br>{'<br>'.join(E(x) for x in s.extra)}</div>
<div class='mn'><h1>{KIND_HU[inv.kind].capitalize()}</h1><div class='meta'><span>Számlaszám</span><span><b>{inv.number}</b></span>
<span>Kiállítva</span><span>{Dt(inv,inv.issue)}</span><span>Teljesítve</span><span>{Dt(inv,inv.fulfil)}</span><span>Fizetendő eddig</span><span>{Dt(inv,inv.due)}</span>
<span>Fizetés</span><span>{E(inv.pay)}</span>{'<span>Eredeti számla</span><span>'+inv.preceding+'</span>' if inv.preceding else ''}</div>
<div class='buy'>Számlázási cím:<br>{party_lines(b)}</div>
{items(inv, ['Megnevezés', 'Menny.', 'Me.', 'Egységár', 'Nettó', 'Áfa', 'Áfa', 'Bruttó'])}
{vatsum(inv, ('Áfa','Nettó','Áfa','Bruttó'), total='Összesen ' + inv.currency)}{fxblock(inv)}{notes(inv)}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 13 seller only in footer
def footer_seller(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Serif';font-size:9pt}.t{font-size:24pt;font-weight:bold;text-align:right;color:#7a1f1f}.no{text-align:right;font-size:11pt}
.to{margin-top:10mm;font-size:10pt}.to small{color:#888}.ln{display:flex;gap:12mm;margin:6mm 0;border-top:1px solid #7a1f1f;border-bottom:1px solid #7a1f1f;padding:2mm 0}
.ln small{display:block;color:#888;font-size:7pt}table{width:100%;border-collapse:collapse}th{font-size:7.5pt;text-align:left;background:#f6eeee}td{padding:1mm;border-bottom:1px solid #eee}
td:nth-child(n+2){text-align:right}.vs{width:60%;margin:4mm 0 0 auto}.tot td{font-weight:bold}.ft{position:fixed;bottom:0;left:0;right:0;border-top:2px solid #7a1f1f;font-size:7.5pt;padding-top:1.5mm;display:flex;justify-content:space-between}
.fx,.notes{font-size:8pt}"""
    body = f"""<div class='t'>{KIND_HU[inv.kind]}</div><div class='no'>Bizonylatszám: {inv.number}</div>
<div class='to'><small>Vevő:</small><br><b>{E(b.name)}</b><br>{'<br>'.join(E(a) for a in b.addr)}{'<br>Adószám: '+b.tax if b.tax else ''}{'<br>Közösségi adószám: '+b.vat if b.vat else ''}</div>
<div class='ln'><div><small>Kiállítás</small>{Dt(inv,inv.issue)}</div><div><small>Teljesítés kelte</small>{Dt(inv,inv.fulfil)}</div><div><small>Esedékesség</small>{Dt(inv,inv.due)}</div>
<div><small>Fizetési mód</small>{E(inv.pay)}</div>{'<div><small>Érvénytelenített számla</small>'+inv.preceding+'</div>' if inv.preceding else ''}</div>
{items(inv, ['Megnevezés', 'Menny.', 'Me.', 'Nettó egységár', 'Nettó', 'Áfa', 'Áfa', 'Bruttó'])}
{vatsum(inv, ('Áfakulcs','Nettó','Áfa','Bruttó'), total='Összesen')}{fxblock(inv)}{notes(inv)}
<div class='ft'><div>Kibocsátó: <b>{E(s.name)}</b><br>{E(', '.join(s.addr))}</div><div>Adószám: {s.tax}{'<br>Közösségi adószám: '+s.vat if s.vat else ''}<br>{' · '.join(E(x) for x in s.extra)}</div></div>"""
    return page(css, body)


# ---------------------------------------------------------------- 14 table of header fields (számlázó program style)
def hdr_table(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt}.top{display:flex;justify-content:space-between;align-items:center}.top h2{margin:0;font-size:15pt}
.pp{display:flex;margin:3mm 0;gap:3mm}.pp>div{flex:1;border:1px solid #bbb;border-radius:2mm;padding:2.5mm}.pp h4{margin:0 0 1mm;font-size:8pt;color:#0a5}
table{width:100%;border-collapse:collapse}.hf th{background:#0a5;color:#fff;font-size:7.5pt;padding:1mm;font-weight:normal}.hf td{text-align:center;border:1px solid #0a5;padding:1.2mm}
.items{margin-top:4mm}.items th{font-size:7.5pt;background:#eef8f2;border-bottom:1px solid #0a5}.items td{padding:1mm;border-bottom:1px solid #ddd}.items td:nth-child(n+2){text-align:right}
.vs{width:60%;margin:3mm 0 0 auto}.vs td,.vs th{text-align:right;padding:0.8mm}.tot td{font-weight:bold;border-top:1px solid #0a5}.fx,.notes{font-size:7.5pt}"""
    body = f"""<div class='top'><h2>{KIND_HU[inv.kind].capitalize()}</h2><div>Eredeti példány &middot; 1/1 oldal</div></div>
<div class='pp'><div><h4>Szállító</h4>{party_lines(s)}</div><div><h4>Vevő</h4>{party_lines(b)}</div></div>
<table class='hf'><tr><th>Számlaszám</th><th>Számla kelte</th><th>Teljesítés kelte</th><th>Fizetési határidő</th><th>Fizetési mód</th>{'<th>Helyesbített számla</th>' if inv.preceding else ''}</tr>
<tr><td><b>{inv.number}</b></td><td>{Dt(inv,inv.issue)}</td><td>{Dt(inv,inv.fulfil)}</td><td>{Dt(inv,inv.due)}</td><td>{E(inv.pay)}</td>{'<td>'+inv.preceding+'</td>' if inv.preceding else ''}</tr></table>
{items(inv, ['Megnevezés', 'Menny.', 'Me.', 'Nettó egységár', 'Nettó ár', 'Áfa', 'Áfa érték', 'Bruttó ár'], cls='items')}
{vatsum(inv, ('Áfakulcs','Nettó','Áfa','Bruttó'), total='Összesen (' + inv.currency + ')')}{fxblock(inv)}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 15 UK tax invoice
def uk_tax(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Serif';font-size:9pt}.hd{display:flex;justify-content:space-between}.hd .co{font-size:14pt;font-weight:bold}
.ti{font-size:18pt;text-align:center;margin:6mm 0 4mm;letter-spacing:3px}.row{display:flex;justify-content:space-between}.kv td{padding:0.5mm 2mm}
table.items{width:100%;border-collapse:collapse;margin-top:5mm}.items th,.items td{border:1px solid #444;padding:1.2mm}.items td:nth-child(n+2){text-align:right}
.sum{margin:3mm 0 0 auto}.sum td{padding:1mm 3mm;text-align:right}.sum .g{font-weight:bold;border-top:2px solid #000}.notes,.fx{font-size:8pt}"""
    body = f"""<div class='hd'><div class='co'>{E(s.name)}</div><div style='text-align:right'>{'<br>'.join(E(a) for a in s.addr)}<br>VAT Reg No: {s.vat}<br>{'<br>'.join(E(x) for x in s.extra)}</div></div>
<div class='ti'>TAX INVOICE</div><div class='row'><div>Invoice to:<br><b>{E(b.name)}</b><br>{'<br>'.join(E(a) for a in b.addr)}<br>EU VAT No: {b.vat}<br>HU tax no.: {b.tax}</div>
<table class='kv'><tr><td>Invoice No.</td><td><b>{inv.number}</b></td></tr><tr><td>Invoice Date</td><td>{Dt(inv,inv.issue)}</td></tr><tr><td>Tax Point</td><td>{Dt(inv,inv.fulfil)}</td></tr>
<tr><td>Payment Due</td><td>{Dt(inv,inv.due)}</td></tr><tr><td>Terms</td><td>{E(inv.pay)}</td></tr></table></div>
{items(inv, ['Description', 'Qty', 'Unit', 'Price', 'Net', 'VAT rate', 'VAT', 'Gross'], rates='en')}
<table class='sum'><tr><td>Subtotal</td><td>£{A(inv,inv.net)}</td></tr><tr><td>VAT</td><td>£{A(inv,inv.vat)}</td></tr><tr class='g'><td>Total {inv.currency}</td><td>£{A(inv,inv.gross)}</td></tr></table>{fxblock(inv, False)}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 16 modern cards, totals box
def cards(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans';font-size:8.8pt;color:#223}.ti{display:flex;justify-content:space-between;align-items:baseline}
.ti h1{font-family:'DejaVu Serif';font-size:20pt;margin:0}.cards{display:grid;grid-template-columns:1fr 1fr;gap:4mm;margin:5mm 0}
.card{border-radius:3mm;background:#f4f1ea;padding:3mm}.card h6{margin:0 0 1.5mm;font-size:7pt;color:#a06000;letter-spacing:1px}
.dl{display:grid;grid-template-columns:repeat(4,1fr);gap:2mm;margin-bottom:5mm}.dl div{border-top:2px solid #a06000;padding-top:1mm}.dl small{display:block;color:#888;font-size:7pt}
table{width:100%;border-collapse:collapse}th{text-align:left;font-size:7.5pt;color:#888;border-bottom:1px solid #ccc}td{padding:1.2mm 0.8mm;border-bottom:1px solid #eee}td:nth-child(n+2){text-align:right}
.tb{margin:5mm 0 0 auto;width:80mm;background:#223;color:#fff;padding:3mm;border-radius:2mm}.tb div{display:flex;justify-content:space-between}.tb .g{font-size:13pt;font-weight:bold;margin-top:1mm}
.fx,.notes{font-size:7.8pt}"""
    body = f"""<div class='ti'><h1>{KIND_HU[inv.kind].capitalize()}</h1><div>#{inv.number}</div></div>
<div class='cards'><div class='card'><h6>SZÁLLÍTÓ</h6>{party_lines(s)}</div><div class='card'><h6>VEVŐ</h6>{party_lines(b)}</div></div>
<div class='dl'><div><small>Számla kelte</small>{Dt(inv,inv.issue)}</div><div><small>Teljesítés</small>{Dt(inv,inv.fulfil) or '–'}</div><div><small>Fizetési határidő</small>{Dt(inv,inv.due)}</div><div><small>Fizetési mód</small>{E(inv.pay)}</div></div>
{items(inv, ['Tétel', 'Menny.', 'Me.', 'Egységár', 'Nettó', 'Áfa', 'Áfa', 'Bruttó'])}
<div class='tb'><div><span>Nettó összesen</span><span>{A(inv,inv.net)} {inv.currency}</span></div><div><span>Áfa összesen</span><span>{A(inv,inv.vat)} {inv.currency}</span></div>
<div class='g'><span>Fizetendő</span><span>{A(inv,inv.gross)} {inv.currency}</span></div></div>{fxblock(inv)}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 17 Croatian/English bilingual supplier invoice
def hr_en(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans Condensed';font-size:8.8pt}.top{display:grid;grid-template-columns:1fr 1fr;gap:6mm;border-bottom:4px solid #c00;padding-bottom:3mm}
.top .s b{font-size:13pt}.num{font-size:15pt;text-align:right}.num small{display:block;font-size:8pt;color:#c00}.bx{margin-top:4mm;display:grid;grid-template-columns:1.2fr 1fr;gap:6mm}
.bx .k{border:1px solid #c00;padding:2.5mm}.bx .k i{font-style:normal;color:#c00;font-size:7.5pt;display:block}.dt td{padding:0.8mm 2mm;border-bottom:1px dotted #aaa}.dt td:first-child{font-size:7.5pt;color:#555}
table.items{width:100%;border-collapse:collapse;margin-top:5mm}.items th{background:#c00;color:#fff;font-size:7.5pt;padding:1mm}.items td{padding:1mm;border-bottom:1px solid #eee}.items td:nth-child(n+2){text-align:right}
.sm{margin:4mm 0 0 auto;border-collapse:collapse}.sm td{padding:1mm 3mm;text-align:right}.sm tr:last-child td{font-weight:bold;font-size:11pt;border-top:2px solid #c00}.notes,.fx{font-size:7.8pt}"""
    body = f"""<div class='top'><div class='s'><b>{E(s.name)}</b><br>{'<br>'.join(E(a) for a in s.addr)}<br>OIB / PDV ID: {s.vat}<br>{'<br>'.join(E(x) for x in s.extra)}</div>
<div class='num'><small>RAČUN / INVOICE</small>Broj računa / Invoice no.: <b>{inv.number}</b></div></div>
<div class='bx'><div class='k'><i>Kupac / Buyer</i><b>{E(b.name)}</b><br>{'<br>'.join(E(a) for a in b.addr)}<br>PDV ID / VAT ID: {b.vat}{'<br>Porezni broj (HU) / Tax no.: '+b.tax if b.tax else ''}</div>
<table class='dt'><tr><td>Datum izdavanja / Date of issue</td><td>{Dt(inv,inv.issue)}</td></tr><tr><td>Datum isporuke / Date of delivery</td><td>{Dt(inv,inv.fulfil)}</td></tr>
<tr><td>Dospijeće / Due date</td><td>{Dt(inv,inv.due)}</td></tr><tr><td>Način plaćanja / Payment</td><td>{E(inv.pay)}</td></tr><tr><td>Valuta / Currency</td><td>{inv.currency}</td></tr></table></div>
{items(inv, ['Opis / Description', 'Kol. / Qty', 'Jed. / Unit', 'Cijena / Price', 'Iznos / Amount', 'PDV / VAT', 'PDV iznos', 'Ukupno / Total'], rates='en')}
<table class='sm'><tr><td>Osnovica / Net total</td><td>{A(inv,inv.net)}</td></tr><tr><td>PDV / VAT</td><td>{A(inv,inv.vat)}</td></tr><tr><td>Za platiti / Amount due ({inv.currency})</td><td>{A(inv,inv.gross)}</td></tr></table>{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 18 compact English export invoice, meta table top-right, parties stacked left
def en_compact(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Serif Condensed';font-size:9pt}.wrap{display:grid;grid-template-columns:1fr 70mm;gap:8mm}
.logo{font-family:'DejaVu Sans';font-weight:bold;font-size:16pt;color:#2a6f97}.st{margin:0 0 3mm}.st em{font-size:7.5pt;color:#2a6f97;font-style:normal;text-transform:uppercase;display:block}
.mt{border-collapse:collapse;width:100%}.mt td{border:1px solid #2a6f97;padding:1.3mm;font-size:8.5pt}.mt td:first-child{background:#e8f1f7;width:45%}
h2{font-family:'DejaVu Sans';font-size:12pt;margin:0 0 2mm;color:#2a6f97}table.items{width:100%;border-collapse:collapse;margin-top:6mm}
.items th{border-top:1px solid #000;border-bottom:1px solid #000;font-size:8pt}.items td{padding:1mm}.items td:nth-child(n+2){text-align:right}
.sm{margin:3mm 0 0 auto;width:80mm;border-top:1px solid #000}.sm div{display:flex;justify-content:space-between;padding:0.8mm 0}.sm .g{font-weight:bold;font-size:11pt;border-top:3px double #000}
.notes{font-size:8pt}"""
    body = f"""<div class='wrap'><div><div class='logo'>{E(s.name)}</div><p>{'<br>'.join(E(a) for a in s.addr)}<br>VAT ID: {s.vat}</p>
<div class='st'><em>Bill to</em><b>{E(b.name)}</b><br>{'<br>'.join(E(a) for a in b.addr)}<br>VAT ID: {b.vat}</div></div>
<div><h2>Invoice</h2><table class='mt'><tr><td>Invoice number</td><td><b>{inv.number}</b></td></tr><tr><td>Invoice date</td><td>{Dt(inv,inv.issue)}</td></tr>
<tr><td>Delivery date</td><td>{Dt(inv,inv.fulfil)}</td></tr><tr><td>Payment due</td><td>{Dt(inv,inv.due)}</td></tr><tr><td>Terms</td><td>{E(inv.pay)}</td></tr></table></div></div>
{items(inv, ['Item', 'Quantity', 'Unit', 'Unit price', 'Amount', 'VAT', 'VAT amount', 'Total'], rates='en')}
<div class='sm'><div><span>Net amount</span><span>{A(inv,inv.net)} {inv.currency}</span></div><div><span>VAT 0%</span><span>{A(inv,inv.vat)} {inv.currency}</span></div>
<div class='g'><span>Invoice total</span><span>{A(inv,inv.gross)} {inv.currency}</span></div></div>{notes(inv)}"""
    return page(css, body)


LAYOUTS = {f.__name__: f for f in [classic2col, letterhead, erp_grid, dotmatrix, biling_en, biling_de, foreign_en, boxed,
                                   caps_min, receipt, multipage, sidebar, footer_seller, hdr_table, uk_tax, cards, hr_en, en_compact]}

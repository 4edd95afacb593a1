# ruff: noqa
"""HTML layouts for blind set S. Each function returns a complete HTML document."""
from html import escape as E
from .money import fmt, fdate, fqty, RATE_LABEL

KIND_HU = {"normal": "Számla", "advance": "Előlegszámla", "final": "Végszámla",
           "correction": "Helyesbítő számla", "storno": "Sztornó számla", "proforma": "Díjbekérő"}


def A(inv, x):
    return fmt(x, inv["amt"], inv["cur"])


def Dt(inv, d):
    return fdate(d, inv["dst"])


def cur_lbl(inv):
    return "Ft" if inv["cur"] == "HUF" else inv["cur"]


def rl(r, pct=" %"):
    lab = RATE_LABEL[r]
    return lab.replace("%", pct) if lab.endswith("%") else lab


def page(css, body, size="A4"):
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: 14mm 14mm 16mm 14mm; }}
html {{ -webkit-print-color-adjust:exact; print-color-adjust:exact; }}
body {{ margin:0; font-variant-ligatures:none; font-feature-settings:"liga" 0, "clig" 0; }} table {{ border-collapse: collapse; }} .nw {{ white-space: nowrap; }}
{css}</style></head><body>{body}</body></html>"""


def lines_table(inv, cols, cls="items", pct=" %"):
    """cols: list of (key, header)"""
    h = "".join(f"<th class='c_{k}'>{t}</th>" for k, t in cols)
    out = [f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>"]
    for i, r in enumerate(inv["rows"], 1):
        cells = []
        for k, _ in cols:
            v = {"no": str(i), "desc": E(r["desc"]), "qty": fqty(r["qty"]), "unit": E(r["unit"]),
                 "price": A(inv, r["price"]), "net": A(inv, r["net"]), "rate": rl(r["rate"], pct),
                 "vat": A(inv, r["vat"]), "gross": A(inv, r["gross"]),
                 "qtyunit": f"{fqty(r['qty'])} {E(r['unit'])}"}[k]
            cells.append(f"<td class='c_{k}{'' if k == 'desc' else ' nw'}'>{v}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def vat_summary(inv, hdr=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), cls="vsum", pct=" %", total_lbl="Összesen"):
    rows = "".join(f"<tr><td>{rl(s['rate'], pct)}</td><td class='nw r'>{A(inv, s['net'])}</td><td class='nw r'>{A(inv, s['vat'])}</td><td class='nw r'>{A(inv, s['gross'])}</td></tr>" for s in inv["summ"])
    tot = f"<tr class='tot'><td>{total_lbl}</td><td class='nw r'>{A(inv, inv['net'])}</td><td class='nw r'>{A(inv, inv['vat'])}</td><td class='nw r'>{A(inv, inv['gross'])}</td></tr>"
    return f"<table class='{cls}'><tr>{''.join(f'<th>{x}</th>' for x in hdr)}</tr>{rows}{tot}</table>"


def party(p, tax_lbl="Adószám:", vat_lbl="Közösségi adószám:", bank_lbl="Bankszámla:", name_tag="b"):
    s = [f"<{name_tag} class='pname'>{E(p['name'])}</{name_tag}>", f"<div>{E(p['addr'])}</div>"]
    if p.get("tax"):
        s.append(f"<div>{tax_lbl} <span class='nw'>{p['tax']}</span></div>")
    if p.get("vat"):
        s.append(f"<div>{vat_lbl} <span class='nw'>{p['vat']}</span></div>")
    if p.get("bank") and bank_lbl:
        s.append(f"<div>{bank_lbl} <span class='nw'>{E(p['bank'])}</span></div>")
    if p.get("extra"):
        s.append(f"<div class='extra'>{E(p['extra'])}</div>")
    return "".join(s)


def fx_line(inv, hu=True):
    if inv["cur"] == "HUF":
        return ""
    from decimal import Decimal as D
    rate = D(inv["fx"].replace(",", "."))
    vhuf = fmt((inv["vat"] * rate).quantize(D("1")), "sp", "HUF")
    if hu:
        return f"<p class='fx'>Alkalmazott árfolyam: 1 EUR = {inv['fx']} HUF (MNB, {Dt(inv, inv['ful'])}). Az áfa összege forintban: {vhuf} Ft.</p>"
    return f"<p class='fx'>Árfolyam / Exchange rate: 1 EUR = {inv['fx']} HUF (MNB). ÁFA forintban / VAT in HUF: {vhuf} Ft</p>"


def note(inv, cls="note"):
    return f"<p class='{cls}'>{E(inv['note'])}</p>" if inv.get("note") else ""


# ---------------------------------------------------------------- templates

def h_classic2col(inv):
    css = """body{font-family:'DejaVu Sans';font-size:9.5pt;color:#111}
h1{font-size:20pt;margin:0 0 6mm 0;letter-spacing:1px}
.parties{display:flex;gap:6mm}.parties>div{flex:1;border:1px solid #444;padding:3mm;min-height:32mm}
.parties h3{margin:0 0 2mm 0;font-size:8pt;text-transform:uppercase;color:#555}
.meta{width:100%;margin:5mm 0}.meta td{border:1px solid #999;padding:2mm;text-align:center}.meta th{font-size:7.5pt;background:#eee;border:1px solid #999;padding:1mm}
.items{width:100%}.items th{background:#333;color:#fff;font-size:8pt;padding:1.5mm}.items td{border-bottom:1px solid #ccc;padding:1.5mm}
.nw{text-align:right}.c_desc{text-align:left}.vsum{margin:5mm 0 0 auto}.vsum td,.vsum th{padding:1mm 3mm;border:1px solid #bbb}.r{text-align:right}
.tot{font-weight:bold}.big{font-size:13pt;text-align:right;margin-top:4mm}"""
    body = f"""<h1>{KIND_HU[inv['kind']].upper()}</h1><div style='text-align:right;margin-top:-14mm;margin-bottom:8mm'>Sorszám: <b>{inv['no']}</b></div>
<div class='parties'><div><h3>Eladó</h3>{party(inv['seller'])}</div><div><h3>Vevő</h3>{party(inv['buyer'], bank_lbl=None)}</div></div>
<table class='meta'><tr><th>Fizetési mód</th><th>Teljesítés dátuma</th><th>Számla kelte</th><th>Fizetési határidő</th></tr>
<tr><td>{inv['pay']}</td><td>{Dt(inv, inv['ful'])}</td><td>{Dt(inv, inv['issue'])}</td><td>{Dt(inv, inv['due'])}</td></tr></table>
{lines_table(inv, [('no', '#'), ('desc', 'Megnevezés'), ('qty', 'Menny.'), ('unit', 'Me.'), ('price', 'Egységár'), ('rate', 'ÁFA'), ('net', 'Nettó érték')])}
{vat_summary(inv)}<div class='big'>Fizetendő: <b>{A(inv, inv['gross'])} Ft</b></div>{note(inv)}"""
    return page(css, body)


def h_letterhead_footer(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif';font-size:10pt}
.lh{border-bottom:3px double #2a6a2a;padding-bottom:3mm;color:#2a6a2a}.lh .n{font-size:16pt;font-weight:bold}
.win{margin:10mm 0 8mm 0;width:85mm;padding:2mm;}
.win .lbl{font-size:7pt;color:#777}
.title{font-size:14pt;font-weight:bold;margin:6mm 0 2mm}
.kv td{padding:0.6mm 4mm 0.6mm 0}
.items{width:100%;margin-top:6mm}.items th{border-bottom:1px solid #2a6a2a;text-align:left;font-size:8.5pt}.items td{padding:1.2mm 1mm}
.vsum{margin-top:5mm;margin-left:auto}.vsum td,.vsum th{padding:1mm 3mm}.tot td{border-top:1px solid #000;font-weight:bold}.r{text-align:right}
.foot{position:fixed;bottom:0;left:0;right:0;font-size:7.5pt;color:#555;border-top:1px solid #2a6a2a;padding-top:1mm;text-align:center}"""
    body = f"""<div class='lh'><div class='n'>{E(s['name'])}</div><div>{E(s['addr'])}</div></div>
<div class='win'><div class='lbl'>Számlázási cím</div><b>{E(b['name'])}</b><br>{E(b['addr'])}<br>Adószám: {b['tax'] or ''}</div>
<div class='title'>{KIND_HU[inv['kind']]} – {inv['no']}</div>
<table class='kv'><tr><td>Kelt:</td><td>{Dt(inv, inv['issue'])}</td><td>Teljesítés kelte:</td><td>{Dt(inv, inv['ful'])}</td></tr>
<tr><td>Esedékesség:</td><td>{Dt(inv, inv['due'])}</td><td>Fizetés módja:</td><td>{inv['pay']}</td></tr></table>
{lines_table(inv, [('desc', 'Tétel'), ('qtyunit', 'Mennyiség'), ('price', 'Egységár (Ft)'), ('rate', 'Adókulcs'), ('net', 'Nettó (Ft)'), ('vat', 'Áfa (Ft)')])}
{vat_summary(inv, hdr=('Kulcs', 'Nettó', 'Áfa', 'Bruttó'), total_lbl='Mindösszesen')}{note(inv)}
<div class='foot'>{E(s['name'])} · Adószám: {s['tax']} · {E(s['extra'] or '')} · Számlaszám: {s['bank']}</div>"""
    return page(css, body)


def h_right_meta(inv):
    css = """body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:9pt}
.top{display:flex;justify-content:space-between}.meta{text-align:right}.meta table td{padding:0.5mm 0 0.5mm 4mm}.meta td:first-child{color:#666}
h1{font-weight:300;font-size:24pt;margin:0;color:#8a1c1c}
.blk{margin-top:6mm}.blk .h{font-size:7.5pt;color:#8a1c1c;font-weight:bold;border-bottom:1px solid #8a1c1c;width:70mm}
.items{width:100%;margin-top:8mm}.items th{text-align:left;border-bottom:2px solid #8a1c1c;font-size:8pt}.items td{padding:1.3mm 1mm;border-bottom:1px dotted #aaa}
.vsum{margin:4mm 0 0 auto}.vsum th{font-size:7.5pt;color:#666;padding:0 3mm}.vsum td{padding:0.8mm 3mm}.r{text-align:right}.tot td{font-weight:bold;border-top:1px solid #000}"""
    body = f"""<div class='top'><div><h1>{KIND_HU[inv['kind']]}</h1></div><div class='meta'><table>
<tr><td>Számla sorszáma</td><td><b>{inv['no']}</b></td></tr><tr><td>Számla kelte</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Teljesítés dátuma</td><td>{Dt(inv, inv['ful'])}</td></tr><tr><td>Fizetési határidő</td><td>{Dt(inv, inv['due'])}</td></tr>
<tr><td>Fizetési mód</td><td>{inv['pay']}</td></tr></table></div></div>
<div class='blk'><div class='h'>SZOLGÁLTATÓ</div>{party(inv['seller'])}</div>
<div class='blk'><div class='h'>MEGRENDELŐ</div>{party(inv['buyer'], bank_lbl=None)}</div>
{lines_table(inv, [('desc', 'Megnevezés'), ('qty', 'Db'), ('price', 'Nettó egységár'), ('net', 'Nettó'), ('rate', 'Áfa %'), ('vat', 'Áfa'), ('gross', 'Bruttó')], pct='%')}
{vat_summary(inv, pct='%', total_lbl='Összesen (Ft)')}{note(inv)}"""
    return page(css, body)


def h_grid(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.8pt}
h1{font-size:15pt;text-align:center;margin:0 0 4mm}
.g{display:grid;grid-template-columns:38mm 1fr 38mm 1fr;border:1px solid #000}
.g div{padding:1.3mm 2mm;border-bottom:1px solid #bbb}.g .l{font-weight:bold;background:#f3f3f3}
.items{width:100%;margin-top:5mm;border:1px solid #000}.items th,.items td{border:1px solid #000;padding:1.2mm}.items th{font-size:8pt}
.vsum{margin-top:4mm;margin-left:auto;border:1px solid #000}.vsum td,.vsum th{border:1px solid #000;padding:1mm 2.5mm}.r{text-align:right}.tot{font-weight:bold}"""
    g = [("Eladó neve:", E(s['name']), "Vevő neve:", E(b['name'])), ("Eladó címe:", E(s['addr']), "Vevő címe:", E(b['addr'])),
         ("Eladó adószáma:", s['tax'], "Vevő adószáma:", b['tax'] or "–"), ("Bankszámlaszám:", s['bank'], "Fizetési mód:", inv['pay']),
         ("Számlaszám:", inv['no'], "Számla kelte:", Dt(inv, inv['issue'])), ("Teljesítés kelte:", Dt(inv, inv['ful']), "Fizetési határidő:", Dt(inv, inv['due']))]
    cells = "".join(f"<div class='l'>{a}</div><div>{bb}</div><div class='l'>{c}</div><div>{dd}</div>" for a, bb, c, dd in g)
    body = f"""<h1>{KIND_HU[inv['kind']].upper()}</h1><div class='g'>{cells}</div>
{lines_table(inv, [('no', 'Ssz.'), ('desc', 'Termék / szolgáltatás'), ('qty', 'Menny.'), ('unit', 'M.e.'), ('price', 'Egységár'), ('net', 'Nettó ár'), ('rate', 'ÁFA'), ('gross', 'Bruttó ár')])}
{vat_summary(inv, hdr=('ÁFA kulcs', 'Nettó összeg', 'ÁFA összeg', 'Bruttó összeg'), total_lbl='Végösszeg')}{note(inv)}"""
    return page(css, body)


def h_serif_formal(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif';font-size:10pt;line-height:1.35}
.crest{text-align:center;border-bottom:1px solid #000;padding-bottom:3mm}.crest .n{font-size:15pt;font-variant:small-caps;letter-spacing:2px}
.crest .u{font-size:9pt;font-style:italic}
h2{text-align:center;font-size:13pt;letter-spacing:4px;margin:7mm 0 1mm}.no{text-align:center;margin-bottom:6mm}
.two{width:100%}.two td{vertical-align:top;width:50%;padding:0 4mm 0 0}
.kv{margin:5mm 0}.kv td{padding:0.8mm 6mm 0.8mm 0}
.items{width:100%;border-top:1px solid #000;border-bottom:1px solid #000}.items th{font-weight:normal;font-style:italic;border-bottom:1px solid #000;padding:1.5mm}.items td{padding:1.5mm}
.vsum{margin:5mm 0 0 auto}.vsum td,.vsum th{padding:1mm 3mm;font-weight:normal}.r{text-align:right}.tot td{border-top:1px solid #000;font-weight:bold}
.sig{margin-top:15mm;text-align:right;font-style:italic}"""
    body = f"""<div class='crest'><div class='n'>{E(s['name'])}</div><div class='u'>{E(s['extra'])}</div><div>{E(s['addr'])}</div></div>
<h2>SZÁMLA</h2><div class='no'>Számlaszám: {inv['no']}</div>
<table class='two'><tr><td><i>Kibocsátó:</i><br>{party(s, bank_lbl='Kincstári számla:')}</td><td><i>Vevő:</i><br>{party(b, bank_lbl=None)}</td></tr></table>
<table class='kv'><tr><td>A számla kelte:</td><td>{Dt(inv, inv['issue'])}</td></tr><tr><td>Teljesítés időpontja:</td><td>{Dt(inv, inv['ful'])}</td></tr>
<tr><td>Fizetési határidő:</td><td>{Dt(inv, inv['due'])}</td></tr><tr><td>Fizetési mód:</td><td>{inv['pay']}</td></tr></table>
{lines_table(inv, [('desc', 'A szolgáltatás megnevezése'), ('qtyunit', 'Mennyiség'), ('net', 'Nettó ár (Ft)'), ('rate', 'ÁFA-kulcs'), ('vat', 'ÁFA (Ft)'), ('gross', 'Bruttó (Ft)')])}
{vat_summary(inv, hdr=('', 'Nettó', 'ÁFA', 'Bruttó'), total_lbl='Összesen:')}{note(inv)}
<div class='sig'>Budapest, {Dt(inv, inv['issue'])}<br><br>………………………………<br>gazdasági igazgató</div>"""
    return page(css, body)


def h_tiny_grey(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt;color:#222}
.l{font-size:6pt;color:#999;text-transform:uppercase;letter-spacing:.5px;display:block;margin-top:2mm}
.hdr{display:flex;justify-content:space-between;align-items:flex-start}.title{font-size:26pt;color:#bbb;font-weight:bold}
.cols{display:flex;gap:10mm;margin-top:5mm}.cols>div{flex:1}
.items{width:100%;margin-top:8mm}.items th{font-size:6pt;color:#999;text-align:left;text-transform:uppercase;padding-bottom:1mm}.items td{padding:1.5mm 0.5mm;border-top:1px solid #eee}
.vsum{margin:5mm 0 0 auto}.vsum th{font-size:6pt;color:#999;padding:0 3mm}.vsum td{padding:0.5mm 3mm}.r{text-align:right}.tot td{font-weight:bold;font-size:11pt}"""
    def f(l, v):
        return f"<span class='l'>{l}</span>{v}"
    body = f"""<div class='hdr'><div>{f('Kibocsátó', '<b>' + E(s['name']) + '</b>')}<br>{E(s['addr'])}{f('Adószám', s['tax'])}{f('Számlaszám (bank)', s['bank'])}{f('', E(s['extra']))}</div>
<div style='text-align:right'><div class='title'>számla</div>{f('Bizonylatszám', '<b>' + inv['no'] + '</b>')}</div></div>
<div class='cols'><div>{f('Ügyfél', '<b>' + E(b['name']) + '</b>')}<br>{E(b['addr'])}{f('Ügyfél adószáma', b['tax'])}</div>
<div>{f('Kiállítás', Dt(inv, inv['issue']))}{f('Teljesítés', Dt(inv, inv['ful']))}</div><div>{f('Esedékesség', Dt(inv, inv['due']))}{f('Fizetés', inv['pay'])}</div></div>
{lines_table(inv, [('desc', 'Leírás'), ('qty', 'Mennyiség'), ('unit', 'Egység'), ('price', 'Egységár'), ('rate', 'Adó'), ('net', 'Összeg')])}
{vat_summary(inv, hdr=('Adókulcs', 'Nettó', 'Adó', 'Bruttó'), total_lbl='Fizetendő')}{note(inv)}"""
    return page(css, body)


def h_caps_boxed(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt;text-transform:none}
.hd{font-size:9pt;font-weight:bold;text-transform:uppercase;letter-spacing:1.5px;background:#0b3d91;color:#fff;padding:1mm 2mm}
.box{border:1.5px solid #0b3d91;margin-bottom:3mm}.box .in{padding:2mm}
.row{display:flex;gap:3mm}.row>.box{flex:1}
.fld{display:inline-block;border:1px solid #0b3d91;padding:1.5mm 3mm;margin:0 2mm 2mm 0;min-width:38mm}.fld small{display:block;font-size:6.5pt;text-transform:uppercase;color:#0b3d91}
h1{text-transform:uppercase;font-size:18pt;letter-spacing:6px;margin:0 0 4mm;color:#0b3d91}
.items{width:100%}.items th{text-transform:uppercase;font-size:7pt;border:1px solid #0b3d91;padding:1mm}.items td{border:1px solid #0b3d91;padding:1.3mm}
.vsum{margin:4mm 0 0 auto}.vsum th{text-transform:uppercase;font-size:7pt;border:1px solid #0b3d91;padding:1mm 3mm}.vsum td{border:1px solid #0b3d91;padding:1mm 3mm}.r{text-align:right}.tot{font-weight:bold}"""
    body = f"""<h1>Számla</h1><div class='row'><div class='box'><div class='hd'>Szállító</div><div class='in'>{party(s)}</div></div>
<div class='box'><div class='hd'>Vevő</div><div class='in'>{party(b, bank_lbl=None)}</div></div></div>
<div><span class='fld'><small>Számlaszám</small><b>{inv['no']}</b></span><span class='fld'><small>Kiállítás dátuma</small>{Dt(inv, inv['issue'])}</span>
<span class='fld'><small>Teljesítés dátuma</small>{Dt(inv, inv['ful'])}</span><span class='fld'><small>Fizetési határidő</small>{Dt(inv, inv['due'])}</span>
<span class='fld'><small>Fizetés módja</small>{inv['pay']}</span></div>
<div class='hd'>Tételek</div>{lines_table(inv, [('no', 'Sor'), ('desc', 'Megnevezés'), ('qtyunit', 'Mennyiség'), ('price', 'Egységár'), ('net', 'Nettó'), ('rate', 'Áfa'), ('gross', 'Bruttó')])}
{vat_summary(inv, hdr=('Áfakulcs', 'Nettó érték', 'Áfa érték', 'Bruttó érték'), total_lbl='MINDÖSSZESEN')}{note(inv)}"""
    return page(css, body)


def h_erp_dense(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:7.6pt}
.t{width:100%}.t td{border:0.6pt solid #000;padding:0.8mm 1.2mm;vertical-align:top}.t .l{font-size:6pt;color:#333;display:block}
.title{font-size:12pt;font-weight:bold;text-align:center;border:0.6pt solid #000;border-bottom:0;padding:1mm}
.items{width:100%;margin-top:2mm}.items th{border:0.6pt solid #000;background:#ddd;font-size:6.5pt;padding:0.6mm}.items td{border-left:0.6pt solid #000;border-right:0.6pt solid #000;padding:0.6mm 1mm}
.items tbody tr:last-child td{border-bottom:0.6pt solid #000}
.vsum{margin-top:2mm;margin-left:auto}.vsum td,.vsum th{border:0.6pt solid #000;padding:0.6mm 2mm;font-size:7.6pt}.r{text-align:right}.tot{font-weight:bold}
.code{font-family:'DejaVu Sans Mono';font-size:6.5pt}"""
    body = f"""<div class='title'>SZÁMLA / EREDETI PÉLDÁNY &nbsp;&nbsp; {inv['no']}</div>
<table class='t'><tr><td rowspan='2' style='width:50%'><span class='l'>Szállító (01)</span>{party(s)}</td><td><span class='l'>Vevőkód</span><span class='code'>V-004471</span></td><td><span class='l'>Bizonylatszám</span><b>{inv['no']}</b></td></tr>
<tr><td><span class='l'>Kelte</span>{Dt(inv, inv['issue'])}</td><td><span class='l'>Teljesítés</span>{Dt(inv, inv['ful'])}</td></tr>
<tr><td rowspan='2'><span class='l'>Vevő (02)</span>{party(b, bank_lbl=None)}</td><td><span class='l'>Fiz. határidő</span>{Dt(inv, inv['due'])}</td><td><span class='l'>Fiz. mód</span>{inv['pay']}</td></tr>
<tr><td><span class='l'>Rendelésszám</span><span class='code'>RND-27-0917</span></td><td><span class='l'>Szállítólevél</span><span class='code'>SZL-27-11802</span></td></tr></table>
{lines_table(inv, [('no', 'Sor'), ('desc', 'Cikk megnevezése'), ('qty', 'Menny.'), ('unit', 'ME'), ('price', 'Nettó egys.ár'), ('rate', 'ÁFA%'), ('net', 'Nettó érték'), ('vat', 'ÁFA érték'), ('gross', 'Bruttó érték')], pct='')}
{vat_summary(inv, hdr=('ÁFA%', 'Nettó', 'ÁFA', 'Bruttó'), pct='', total_lbl='Összesen HUF')}{note(inv)}
<p style='font-size:6pt'>Készült: ERP-Próba 9.4 számlázó modul. Oldal 1/1</p>"""
    return page(css, body)


def _bilingual(inv, lang):
    s, b = inv["seller"], inv["buyer"]
    L2 = {"de": dict(t="Rechnung", sel="Verkäufer", buy="Käufer", no="Rechnungsnummer", iss="Rechnungsdatum", ful="Leistungsdatum",
                     due="Fällig am", pay="Zahlungsart", desc="Bezeichnung", qty="Menge", price="Einzelpreis", net="Netto", rate="MwSt.", vat="MwSt.-Betrag", tot="Gesamt", tax="Steuernummer", eu="USt-IdNr."),
          "en": dict(t="Invoice", sel="Supplier", buy="Customer", no="Invoice No.", iss="Date of issue", ful="Date of supply",
                     due="Due date", pay="Payment", desc="Description", qty="Qty", price="Unit price", net="Net", rate="VAT rate", vat="VAT", tot="Total", tax="Tax No.", eu="EU VAT No.")}[lang]
    css = """body{font-family:'DejaVu Sans';font-size:8.8pt}
h1{font-size:17pt;margin:0}h1 small{font-size:10pt;color:#666;font-weight:normal}
.hdr{display:flex;justify-content:space-between;border-bottom:2px solid #444;padding-bottom:2mm;margin-bottom:4mm}
.meta td{padding:0.5mm 2mm}.meta td:first-child{color:#555;font-size:7.5pt}
.parties{width:100%}.parties td{width:50%;vertical-align:top;padding:2mm;background:#f6f6f6;border:3px solid #fff}
.parties .h{font-size:7.5pt;color:#555;font-weight:bold}
.items{width:100%;margin-top:5mm}.items th{font-size:7pt;border-bottom:1px solid #444;text-align:left;padding:1mm}.items td{padding:1.2mm 1mm;border-bottom:1px solid #ddd}
.vsum{margin:4mm 0 0 auto}.vsum th{font-size:7pt;padding:0 2.5mm}.vsum td{padding:0.8mm 2.5mm}.r{text-align:right}.tot td{font-weight:bold;border-top:1.5px solid #444}
.fx{font-size:8pt;border:1px dashed #888;padding:1.5mm}"""
    bl = lambda h, o: f"{h} / {o}"
    body = f"""<div class='hdr'><h1>Számla <small>/ {L2['t']}</small></h1><table class='meta'>
<tr><td>{bl('Számlaszám', L2['no'])}</td><td><b>{inv['no']}</b></td></tr><tr><td>{bl('Kelte', L2['iss'])}</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>{bl('Teljesítés', L2['ful'])}</td><td>{Dt(inv, inv['ful'])}</td></tr><tr><td>{bl('Fizetési határidő', L2['due'])}</td><td>{Dt(inv, inv['due'])}</td></tr>
<tr><td>{bl('Fizetési mód', L2['pay'])}</td><td>{inv['pay']}</td></tr><tr><td>{bl('Pénznem', 'Currency' if lang == 'en' else 'Währung')}</td><td>{inv['cur']}</td></tr></table></div>
<table class='parties'><tr><td><div class='h'>{bl('Eladó', L2['sel'])}</div>{party(s, tax_lbl=bl('Adószám', L2['tax']) + ':', vat_lbl=bl('Közösségi adószám', L2['eu']) + ':', bank_lbl='Bank:')}</td>
<td><div class='h'>{bl('Vevő', L2['buy'])}</div>{party(b, tax_lbl=bl('Adószám', L2['tax']) + ':', vat_lbl=bl('Közösségi adószám', L2['eu']) + ':', bank_lbl=None)}</td></tr></table>
{lines_table(inv, [('desc', bl('Megnevezés', L2['desc'])), ('qty', bl('Menny.', L2['qty'])), ('unit', 'Me.'), ('price', bl('Egységár', L2['price'])), ('rate', bl('Áfa', L2['rate'])), ('net', bl('Nettó', L2['net'])), ('gross', bl('Bruttó', 'Brutto' if lang == 'de' else 'Gross'))])}
{vat_summary(inv, hdr=(bl('Kulcs', L2['rate']), bl('Nettó', L2['net']), bl('Áfa', L2['vat']), bl('Bruttó', 'Brutto' if lang == 'de' else 'Gross')), total_lbl=bl('Összesen', L2['tot']) + ' ' + inv['cur'])}
{fx_line(inv, hu=False)}{note(inv)}"""
    return page(css, body)


def h_bilingual_de(inv):
    return _bilingual(inv, "de")


def h_bilingual_en(inv):
    return _bilingual(inv, "en")


def h_sidebar(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """@page{margin:0}body{font-family:'DejaVu Sans';font-size:9pt}
.wrap{display:flex;min-height:297mm}.side{width:58mm;background:#243447;color:#eee;padding:14mm 6mm;font-size:8pt;line-height:1.45}
.side .n{font-size:12pt;font-weight:bold;color:#fff;margin-bottom:3mm}.side .l{color:#9fb3c8;font-size:6.5pt;margin-top:3mm;text-transform:uppercase}
.main{flex:1;padding:14mm 10mm}h1{margin:0;font-size:22pt;color:#243447}
.b{margin:6mm 0;padding-left:3mm;border-left:3px solid #e0a526}
.items{width:100%}.items th{font-size:7.5pt;color:#243447;border-bottom:2px solid #243447;text-align:left;padding:1mm}.items td{padding:1.5mm 1mm;border-bottom:1px solid #ddd}
.vsum{margin:5mm 0 0 auto}.vsum th{font-size:7pt;padding:0 2.5mm}.vsum td{padding:0.8mm 2.5mm}.r{text-align:right}.tot td{font-weight:bold;background:#e0a526;color:#000}"""
    body = f"""<div class='wrap'><div class='side'><div class='n'>{E(s['name'])}</div>{E(s['addr'])}
<div class='l'>Adószám</div>{s['tax']}<div class='l'>Bankszámla</div>{s['bank']}
<div class='l'>Számlaszám</div>{inv['no']}<div class='l'>Számla kelte</div>{Dt(inv, inv['issue'])}<div class='l'>Teljesítés</div>{Dt(inv, inv['ful'])}
<div class='l'>Fizetési határidő</div>{Dt(inv, inv['due'])}<div class='l'>Fizetési mód</div>{inv['pay']}</div>
<div class='main'><h1>{KIND_HU[inv['kind']]}</h1><div class='b'><small>Megrendelő</small><br>{party(b, bank_lbl=None)}</div>
{lines_table(inv, [('desc', 'Megnevezés'), ('qtyunit', 'Mennyiség'), ('price', 'Egységár'), ('rate', 'Áfa'), ('net', 'Nettó')])}
{vat_summary(inv, total_lbl='Fizetendő összesen')}{note(inv)}</div></div>"""
    return page(css, body)


def h_multipage(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt}
.head{display:flex;justify-content:space-between;border-bottom:1px solid #000;padding-bottom:2mm}
.head .n{font-size:13pt;font-weight:bold}
.pp{display:flex;gap:8mm;margin:4mm 0}.pp>div{flex:1}.pp .h{font-weight:bold;border-bottom:1px solid #888;margin-bottom:1mm}
.items{width:100%}.items thead{display:table-header-group}.items th{background:#e6e6e6;border-bottom:1px solid #000;font-size:7.5pt;padding:1mm}.items td{padding:1.1mm 1mm;border-bottom:1px solid #eee}
.items tr{page-break-inside:avoid}
.vsum{margin:6mm 0 0 auto}.vsum th{border-bottom:1px solid #000;padding:1mm 3mm}.vsum td{padding:1mm 3mm}.r{text-align:right}.tot td{font-weight:bold;border-top:1px solid #000}
.pay{margin-top:5mm;font-size:11pt;text-align:right}"""
    body = f"""<div class='head'><div><div class='n'>{E(s['name'])}</div>{E(s['addr'])}</div><div style='text-align:right'><b style='font-size:14pt'>SZÁMLA</b><br>Számlaszám: <b>{inv['no']}</b></div></div>
<div class='pp'><div><div class='h'>Szállító</div>{party(s)}</div><div><div class='h'>Vevő</div>{party(b, bank_lbl=None)}</div>
<div><div class='h'>Dátumok</div>Kiállítás: {Dt(inv, inv['issue'])}<br>Teljesítés: {Dt(inv, inv['ful'])}<br>Határidő: {Dt(inv, inv['due'])}<br>Fizetés: {inv['pay']}</div></div>
<p>Bérleti időszak: 2027. augusztus 19–21., helyszín: Rózsakert Művelődési Ház, nagyterem és szabadtéri színpad.</p>
{lines_table(inv, [('no', 'Ssz.'), ('desc', 'Megnevezés'), ('qty', 'Menny.'), ('unit', 'Egység'), ('price', 'Egységár'), ('rate', 'Áfa'), ('net', 'Nettó összeg')])}
<p style='page-break-inside:avoid;margin-top:5mm'><i>{inv['no']} – összesítő</i></p>
{vat_summary(inv, hdr=('ÁFA-kulcs', 'Nettó', 'ÁFA', 'Bruttó'), total_lbl='Számla összesen')}
<div class='pay'>Fizetendő végösszeg: <b>{A(inv, inv['gross'])} Ft</b></div>{note(inv)}"""
    return page(css, body)


def h_minimal_lines(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-weight:300;font-size:9.5pt;color:#333}
.top{font-size:30pt;font-weight:bold;letter-spacing:-1px;color:#000}.no{font-size:10pt;margin-bottom:10mm}
hr{border:0;border-top:0.5pt solid #999;margin:4mm 0}
.items{width:100%}.items th{font-weight:normal;color:#888;text-align:left;font-size:8pt}.items td{padding:2mm 0}
.vsum{margin-left:auto}.vsum th{font-weight:normal;color:#888;font-size:8pt;padding:0 3mm}.vsum td{padding:1mm 3mm}.r{text-align:right}.tot td{font-weight:bold;color:#000}
.bottom{display:flex;gap:10mm;margin-top:14mm}.bottom>div{flex:1;font-size:8.5pt}.bottom .h{color:#888;font-size:7.5pt}
.dates td{padding:0 8mm 0 0}.dates .h{color:#888;font-size:7.5pt}"""
    body = f"""<div class='top'>{KIND_HU[inv['kind']]}</div><div class='no'>{inv['no']}</div>
<table class='dates'><tr><td class='h'>Kelt</td><td class='h'>Teljesítés</td><td class='h'>Fizetendő</td><td class='h'>Fizetés módja</td></tr>
<tr><td>{Dt(inv, inv['issue'])}</td><td>{Dt(inv, inv['ful'])}</td><td>{Dt(inv, inv['due'])}</td><td>{inv['pay']}</td></tr></table><hr>
{lines_table(inv, [('desc', 'Megnevezés'), ('qty', 'Menny.'), ('unit', ''), ('price', 'Egységár'), ('rate', 'Áfa'), ('net', 'Nettó'), ('gross', 'Bruttó')])}<hr>
{vat_summary(inv, hdr=('', 'Nettó', 'Áfa', 'Bruttó'), total_lbl='Összesen, Ft')}{note(inv)}
<div class='bottom'><div><div class='h'>Számlakibocsátó</div>{party(s)}</div><div><div class='h'>Számlázási cím</div>{party(b, bank_lbl=None)}</div></div>"""
    return page(css, body)


def h_modern_cards(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:9pt;background:#fff}
.card{border-radius:4mm;background:#f4efe6;padding:4mm;margin-bottom:4mm}
.hero{display:flex;justify-content:space-between;align-items:center}.hero h1{margin:0;font-size:20pt;color:#7b3f00}
.chips span{display:inline-block;background:#7b3f00;color:#fff;border-radius:3mm;padding:1mm 3mm;margin:1mm 1mm 0 0;font-size:8pt}
.two{display:flex;gap:4mm}.two>.card{flex:1}.card .h{font-size:7pt;color:#7b3f00;font-weight:bold;text-transform:uppercase}
.items{width:100%}.items th{font-size:7.5pt;color:#7b3f00;text-align:left;padding:1mm}.items td{padding:1.5mm 1mm;border-top:1px solid #e2d6c2}
.vsum{margin-left:auto}.vsum th{font-size:7pt;color:#7b3f00;padding:0 3mm}.vsum td{padding:1mm 3mm}.r{text-align:right}.tot td{font-weight:bold;font-size:11pt}"""
    body = f"""<div class='card hero'><div><h1>Számla</h1><div>Számlaszám: <b>{inv['no']}</b></div></div><div class='chips'>
<span>Kiállítva: {Dt(inv, inv['issue'])}</span><span>Teljesítve: {Dt(inv, inv['ful'])}</span><br><span>Fizetési határidő: {Dt(inv, inv['due'])}</span><span>{inv['pay']}</span></div></div>
<div class='two'><div class='card'><div class='h'>Kibocsátó</div>{party(s)}</div><div class='card'><div class='h'>Vevő</div>{party(b, bank_lbl=None)}</div></div>
<div class='card'>{lines_table(inv, [('desc', 'Tétel'), ('qtyunit', 'Mennyiség'), ('price', 'Egységár'), ('rate', 'Áfakulcs'), ('net', 'Nettó'), ('vat', 'Áfa'), ('gross', 'Bruttó')])}</div>
<div class='card'>{vat_summary(inv, hdr=('Áfakulcs', 'Nettó', 'Áfa', 'Bruttó'), total_lbl='Végösszeg')}</div>{note(inv)}"""
    return page(css, body)


def h_header_table(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.8pt}
.logo{font-size:18pt;font-weight:bold;color:#d3263a}.logo small{color:#333;font-size:8pt;font-weight:normal;display:block}
h1{font-size:12pt;text-align:right;margin:-10mm 0 4mm}
.ht{width:100%;margin:4mm 0}.ht th{background:#d3263a;color:#fff;font-size:7.5pt;padding:1.2mm;border:1px solid #d3263a}.ht td{border:1px solid #d3263a;padding:1.5mm;text-align:center}
.pt{width:100%}.pt td{vertical-align:top;width:50%;padding:2mm;border:1px solid #ccc}.pt .h{color:#d3263a;font-weight:bold;font-size:8pt}
.items{width:100%;margin-top:4mm}.items th{border-bottom:1px solid #d3263a;font-size:7.5pt;text-align:left;padding:1mm}.items td{padding:1.4mm 1mm}
.vsum{margin:4mm 0 0 auto}.vsum th{font-size:7.5pt;border-bottom:1px solid #d3263a;padding:1mm 3mm}.vsum td{padding:1mm 3mm}.r{text-align:right}.tot td{font-weight:bold;border-top:1px solid #000}"""
    body = f"""<div class='logo'>JegyPont<small>{E(s['name'])}</small></div><h1>SZÁMLA</h1>
<table class='ht'><tr><th>Számlaszám</th><th>Kiállítás kelte</th><th>Teljesítés kelte</th><th>Esedékesség</th><th>Fizetési mód</th><th>Pénznem</th></tr>
<tr><td><b>{inv['no']}</b></td><td>{Dt(inv, inv['issue'])}</td><td>{Dt(inv, inv['ful'])}</td><td>{Dt(inv, inv['due'])}</td><td>{inv['pay']}</td><td>HUF</td></tr></table>
<table class='pt'><tr><td><div class='h'>Szolgáltató</div>{party(s)}</td><td><div class='h'>Partner</div>{party(b, bank_lbl=None)}</td></tr></table>
{lines_table(inv, [('desc', 'Szolgáltatás'), ('qty', 'Mennyiség'), ('unit', 'Egység'), ('price', 'Nettó egységár'), ('rate', 'Áfa'), ('net', 'Nettó'), ('gross', 'Bruttó')])}
{vat_summary(inv, total_lbl='Összesen HUF')}{note(inv)}"""
    return page(css, body)


def h_storno(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif';font-size:9.5pt}
.stamp{position:absolute;top:40mm;right:10mm;transform:rotate(-12deg);border:3px solid #c00;color:#c00;font-size:22pt;padding:2mm 5mm;font-weight:bold;opacity:.7}
h1{font-size:16pt;margin:0 0 2mm}.ref{background:#fee;border:1px solid #c00;padding:2mm;margin:3mm 0}
.pp td{vertical-align:top;padding:0 10mm 3mm 0}.kv td{padding:0.5mm 5mm 0.5mm 0}
.items{width:100%;margin-top:4mm}.items th{border-top:1px solid #000;border-bottom:1px solid #000;font-size:8pt;padding:1mm}.items td{padding:1.4mm 1mm}
.vsum{margin:4mm 0 0 auto}.vsum th{font-size:8pt;padding:0 3mm}.vsum td{padding:1mm 3mm}.r{text-align:right}.tot td{font-weight:bold;border-top:2px solid #000}"""
    body = f"""<div class='stamp'>STORNO</div><h1>Sztornó számla (érvénytelenítő számla)</h1><div>Sorszám: <b>{inv['no']}</b></div>
<div class='ref'>Az eredeti számla sorszáma, amelyet ez a bizonylat érvénytelenít: <b>{inv['pre']}</b></div>
<table class='pp'><tr><td><u>Szállító</u><br>{party(s)}</td><td><u>Vevő</u><br>{party(b, bank_lbl=None)}</td></tr></table>
<table class='kv'><tr><td>Sztornó kelte:</td><td>{Dt(inv, inv['issue'])}</td></tr><tr><td>Eredeti teljesítés kelte:</td><td>{Dt(inv, inv['ful'])}</td></tr>
<tr><td>Eredeti fizetési határidő:</td><td>{Dt(inv, inv['due'])}</td></tr><tr><td>Fizetési mód:</td><td>{inv['pay']}</td></tr></table>
{lines_table(inv, [('desc', 'Megnevezés'), ('qty', 'Mennyiség'), ('unit', 'Me'), ('price', 'Egységár'), ('rate', 'Áfa'), ('net', 'Nettó'), ('gross', 'Bruttó')])}
{vat_summary(inv, total_lbl='Összesen')}{note(inv)}"""
    return page(css, body)


def h_proforma(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt}
.band{background:#5b2c83;color:#fff;padding:4mm;display:flex;justify-content:space-between}.band h1{margin:0;font-size:18pt}
.warn{border:2px solid #5b2c83;padding:2mm;margin:4mm 0;font-weight:bold;color:#5b2c83}
.pp{display:flex;gap:6mm}.pp>div{flex:1}.pp .h{font-size:7.5pt;color:#5b2c83;font-weight:bold}
.kv{margin-top:4mm}.kv td{padding:0.6mm 5mm 0.6mm 0}
.items{width:100%;margin-top:4mm}.items th{background:#efe6f6;font-size:7.5pt;padding:1mm;text-align:left}.items td{padding:1.5mm 1mm;border-bottom:1px solid #ddd}
.vsum{margin:4mm 0 0 auto}.vsum th{font-size:7.5pt;padding:0 3mm}.vsum td{padding:1mm 3mm}.r{text-align:right}.tot td{font-weight:bold}"""
    body = f"""<div class='band'><h1>DÍJBEKÉRŐ</h1><div>Azonosító: <b>{inv['no']}</b></div></div>
<div class='warn'>{E(inv['note'])}</div>
<div class='pp'><div><div class='h'>Kiállító</div>{party(s)}</div><div><div class='h'>Megrendelő</div>{party(b, bank_lbl=None)}</div></div>
<table class='kv'><tr><td>Kiállítás dátuma:</td><td>{Dt(inv, inv['issue'])}</td></tr><tr><td>Befizetési határidő:</td><td>{Dt(inv, inv['due'])}</td></tr>
<tr><td>Fizetés módja:</td><td>{inv['pay']}</td></tr><tr><td>Közlemény:</td><td>{inv['no']}</td></tr></table>
{lines_table(inv, [('desc', 'Megnevezés'), ('qty', 'Létszám'), ('unit', 'Egység'), ('price', 'Díj / fő'), ('rate', 'Áfa'), ('net', 'Nettó'), ('gross', 'Bruttó')])}
{vat_summary(inv, total_lbl='Befizetendő')}"""
    return page(css, body)


def h_landscape(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt}
.row{display:flex;gap:5mm}.col{flex:1;border-top:4px solid #1f6f5c;padding-top:2mm}.col .h{font-size:7pt;color:#1f6f5c;font-weight:bold;text-transform:uppercase}
h1{font-size:18pt;margin:0 0 3mm;color:#1f6f5c}
.items{width:100%;margin-top:5mm}.items th{background:#1f6f5c;color:#fff;font-size:8pt;padding:1.2mm}.items td{padding:1.5mm;border-bottom:1px solid #ccc}
.vsum{margin:4mm 0 0 auto}.vsum th{font-size:7.5pt;padding:0 3mm}.vsum td{padding:1mm 3mm}.r{text-align:right}.tot td{font-weight:bold;border-top:1px solid #000}"""
    body = f"""<h1>ELŐLEGSZÁMLA &nbsp;<span style='font-size:11pt;color:#000'>No. {inv['no']}</span></h1>
<div class='row'><div class='col'><div class='h'>Eladó</div>{party(s)}</div><div class='col'><div class='h'>Vevő</div>{party(b, bank_lbl=None)}</div>
<div class='col'><div class='h'>Dátumok</div>Számla kelte: {Dt(inv, inv['issue'])}<br>Előleg jóváírásának napja (teljesítés): {Dt(inv, inv['ful'])}<br>Fizetési határidő: {Dt(inv, inv['due'])}<br>Fizetési mód: {inv['pay']}</div></div>
{lines_table(inv, [('no', '#'), ('desc', 'Megnevezés'), ('qty', 'Mennyiség'), ('unit', 'Me.'), ('price', 'Nettó egységár'), ('rate', 'ÁFA kulcs'), ('net', 'Nettó érték'), ('vat', 'ÁFA érték'), ('gross', 'Bruttó érték')])}
{vat_summary(inv, total_lbl='Előleg összesen')}<p>Szerződés: SZM-SZ-2027/12, teljes vállalási díj nettó 12 000 000 Ft. Az előleg a végszámlában kerül levonásra.</p>"""
    return page(css, body, size="A4 landscape")


def h_receipt(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """@page{size:80mm 200mm;margin:4mm}body{font-family:'DejaVu Sans Mono';font-size:7.5pt}
.c{text-align:center}hr{border:0;border-top:1px dashed #000}
.items{width:100%}.items th{font-weight:normal;border-bottom:1px dashed #000;text-align:left}.items td{vertical-align:top}
.vsum{width:100%}.vsum th{font-weight:normal;text-align:left}.r{text-align:right}.tot td{font-weight:bold}"""
    body = f"""<div class='c'><b>{E(s['name'])}</b><br>{E(s['addr'])}<br>Adószám: {s['tax']}</div><hr>
<div class='c'><b>EGYSZERŰSÍTETT SZÁMLA</b><br>Sorszám: {inv['no']}</div><hr>
Vevő: {E(b['name'])}<br>{E(b['addr'])}<br>Kelt: {Dt(inv, inv['issue'])}<br>Teljesítés: {Dt(inv, inv['ful'])}<br>Fizetés: {inv['pay']}<hr>
{lines_table(inv, [('desc', 'Tétel'), ('qty', 'db'), ('gross', 'Összeg')])}<hr>
{vat_summary(inv, hdr=('Kulcs', 'Nettó', 'Áfa', 'Bruttó'), total_lbl='ÖSSZ.')}<hr>
<div class='c'>FIZETENDŐ: {A(inv, inv['gross'])} Ft<br>TAM – tárgyi adómentes oktatás<br>Köszönjük!</div>"""
    return page(css, body, size="80mm 200mm")


def h_foreign_en(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt;color:#1a1a1a}
.top{display:flex;justify-content:space-between}.brand{font-size:20pt;font-weight:bold;letter-spacing:3px}
.addr{font-size:8pt;color:#555}.bill{margin:10mm 0 6mm}.bill .h{font-size:7.5pt;color:#555}
.meta{margin-left:auto}.meta td{padding:0.5mm 0 0.5mm 5mm}.meta td:first-child{color:#555}
.items{width:100%}.items th{border-bottom:1px solid #000;text-align:left;font-size:8pt;padding:1mm}.items td{padding:1.5mm 1mm;border-bottom:1px solid #eee}
.vsum{margin:4mm 0 0 auto}.vsum th{font-size:7.5pt;padding:0 3mm}.vsum td{padding:1mm 3mm}.r{text-align:right}.tot td{font-weight:bold;border-top:1px solid #000}
.foot{margin-top:10mm;font-size:7.5pt;color:#555;border-top:1px solid #ccc;padding-top:2mm}"""
    from decimal import Decimal as D
    body = f"""<div class='top'><div><div class='brand'>NORTHLIGHT</div><div class='addr'>{E(s['name'])}<br>{E(s['addr'])}<br>VAT ID: {s['vat']}</div></div>
<table class='meta'><tr><td colspan='2' style='font-size:16pt;text-align:right'>INVOICE</td></tr><tr><td>Invoice number</td><td><b>{inv['no']}</b></td></tr>
<tr><td>Invoice date</td><td>{Dt(inv, inv['issue'])}</td></tr><tr><td>Delivery date</td><td>{Dt(inv, inv['ful'])}</td></tr><tr><td>Payment due</td><td>{Dt(inv, inv['due'])}</td></tr></table></div>
<div class='bill'><div class='h'>Bill to</div><b>{E(b['name'])}</b><br>{E(b['addr'])}<br>VAT ID: {b['vat']}<br>Hungarian tax no.: {b['tax']}</div>
{lines_table(inv, [('desc', 'Description'), ('qty', 'Qty'), ('price', 'Unit price EUR'), ('rate', 'VAT'), ('net', 'Amount EUR')])}
{vat_summary(inv, hdr=('VAT', 'Net', 'VAT amount', 'Total'), total_lbl='Total EUR')}
<p>{E(inv['note'])}</p><p style='font-size:8pt'>For Hungarian purposes: exchange rate 1 EUR = 398,47 HUF (MNB); VAT amount in HUF: 0 Ft.</p>
<div class='foot'>{E(s['name'])} · KvK 71254093 · {s['bank']} · BIC ABNANL2A · Payment: {inv['pay']}</div>"""
    return page(css, body)


def h_dotmatrix(inv):
    s, b = inv["seller"], inv["buyer"]
    W = 86
    out = []
    ln = lambda t="": out.append(t)
    ln("=" * W)
    ln(f"{s['name']:<56}{'SZAMLA':>30}")
    ln(f"{s['addr']:<56}{'Sorszam: ' + inv['no']:>30}")
    ln(f"Adoszam: {s['tax']:<47}{'1. peldany':>30}")
    ln(f"Bankszamla: {s['bank']}")
    ln("=" * W)
    ln(f"VEVO:  {b['name']}")
    ln(f"       {b['addr']}")
    ln(f"       Adoszam: {b['tax']}")
    ln("-" * W)
    ln(f"Kelt:       {Dt(inv, inv['issue']):<16}Teljesites: {Dt(inv, inv['ful']):<16}Fiz.hat.: {Dt(inv, inv['due'])}")
    ln(f"Fiz. mod:   {inv['pay']}")
    ln("-" * W)
    ln(f"{'Megnevezes':<42}{'Menny':>6} {'ME':<4}{'Egysegar':>10}{'AFA':>6}{'Netto':>14}")
    ln("-" * W)
    for r in inv["rows"]:
        ln(f"{r['desc'][:42]:<42}{fqty(r['qty']):>6} {r['unit']:<4}{A(inv, r['price']):>10}{RATE_LABEL[r['rate']]:>6}{A(inv, r['net']):>14}")
    ln("-" * W)
    ln(f"{'AFA-kulcs':<20}{'Netto':>20}{'AFA':>20}{'Brutto':>20}")
    for x in inv["summ"]:
        ln(f"{RATE_LABEL[x['rate']]:<20}{A(inv, x['net']):>20}{A(inv, x['vat']):>20}{A(inv, x['gross']):>20}")
    ln(f"{'OSSZESEN':<20}{A(inv, inv['net']):>20}{A(inv, inv['vat']):>20}{A(inv, inv['gross']):>20}")
    ln("=" * W)
    ln(f"FIZETENDO: {A(inv, inv['gross'])} Ft")
    ln("")
    ln("TAM = targyi adomentes (ingatlan berbeadas)" if any(r['rate'] == 'TAM' for r in inv['rows']) else "Kozhasznu szervezet vallalkozasi tevekenysege.")
    css = """body{font-family:'DejaVu Sans Mono';font-size:8.2pt;color:#333}pre{font-family:inherit;margin:0;line-height:1.5}"""
    return page(css, "<pre>" + E("\n".join(out)) + "</pre>")


def h_classic_stacked(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif Condensed','DejaVu Serif';font-size:9.5pt}
.st{border:1px solid #000;padding:2mm 3mm;margin-bottom:2mm}.st .h{font-weight:bold;font-size:8pt;float:right;color:#666}
h1{font-size:15pt;margin:0 0 3mm;border-bottom:2px solid #000}
.meta{width:100%;margin:3mm 0}.meta td{padding:1mm 2mm;border:1px solid #000;font-size:9pt}.meta td.l{background:#eee;width:25%}
.items{width:100%}.items th{border:1px solid #000;font-size:8pt;padding:1mm}.items td{border:1px solid #000;padding:1.2mm}
.vsum{margin:3mm 0 0 auto}.vsum td,.vsum th{border:1px solid #000;padding:1mm 3mm}.r{text-align:right}.tot{font-weight:bold}"""
    body = f"""<h1>Számla &nbsp; <span style='font-size:11pt'>Számla sorszáma: {inv['no']}</span></h1>
<div class='st'><span class='h'>ELADÓ</span>{party(s)}</div><div class='st'><span class='h'>VEVŐ</span>{party(b, bank_lbl=None)}</div>
<table class='meta'><tr><td class='l'>Számla kelte</td><td>{Dt(inv, inv['issue'])}</td><td class='l'>Teljesítés kelte</td><td>{Dt(inv, inv['ful'])}</td></tr>
<tr><td class='l'>Fizetési határidő</td><td>{Dt(inv, inv['due'])}</td><td class='l'>Fizetési mód</td><td>{inv['pay']}</td></tr></table>
{lines_table(inv, [('desc', 'Megnevezés'), ('qty', 'Mennyiség'), ('unit', 'Me.'), ('price', 'Egységár (nettó)'), ('net', 'Nettó'), ('rate', 'Áfa%'), ('vat', 'Áfa'), ('gross', 'Bruttó')], pct='')}
{vat_summary(inv, hdr=('Áfa%', 'Nettó', 'Áfa', 'Bruttó'), pct='', total_lbl='Összesen:')}{note(inv)}"""
    return page(css, body)


TEMPLATES = {k: v for k, v in globals().items() if k.startswith("h_")}

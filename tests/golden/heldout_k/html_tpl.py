# ruff: noqa
from html import escape as E
from .common import fdate, famt, fnum, fprice, NUMSTYLE, RATE_LABEL, D

BASE_CSS = """
@page { size: A4; margin: 14mm 13mm 16mm 13mm; }
body { font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; color:#111; }
table { border-collapse: collapse; }
"""


def _L(d, key, default):
    return d.get("labels", {}).get(key, default)


def party_lines(p, taxlab="Adószám:", vatlab="Közösségi adószám:", extra=True):
    out = [f"<b>{E(p['name'])}</b>"]
    for a in p.get("addr", []):
        out.append(E(a))
    if p.get("tax"):
        out.append(f"{E(taxlab)} {E(p['tax'])}")
    if p.get("vat"):
        out.append(f"{E(vatlab)} {E(p['vat'])}")
    if extra:
        for x in p.get("extra", []):
            out.append(E(x))
    return "<br>".join(out)


def vat_label(code):
    return RATE_LABEL[code]


def line_table(d, cls="lt", show_vat=True, unitcol=True):
    ns = NUMSTYLE[d["amt"]]
    rows = []
    head = ["Megnevezés", "Menny.", "Egység", "Egységár", "Nettó érték", "ÁFA", "ÁFA összeg", "Bruttó érték"]
    if not show_vat:
        head = ["Megnevezés", "Menny.", "Egység", "Egységár", "Érték"]
    head = d.get("line_head", head)
    for l in d["_lines"]:
        q = l["qty"]
        if show_vat:
            cells = [E(l["desc"]) + (f"<div class='sub'>{E(l['sub'])}</div>" if l.get("sub") else ""),
                     E(str(q).replace(".", ",")), E(l["unit"]), fprice(l["price"], ns), fnum(l["net"], ns),
                     vat_label(l["vat"]), fnum(l["vatamt"], ns), fnum(l["gross"], ns)]
        else:
            cells = [E(l["desc"]) + (f"<div class='sub'>{E(l['sub'])}</div>" if l.get("sub") else ""),
                     E(str(q).replace(".", ",")), E(l["unit"]), fprice(l["price"], ns), fnum(l["gross"], ns)]
        rows.append("<tr>" + "".join(f"<td class='c{i}'>{c}</td>" for i, c in enumerate(cells)) + "</tr>")
    h = "<tr>" + "".join(f"<th class='c{i}'>{E(x)}</th>" for i, x in enumerate(head)) + "</tr>"
    return f"<table class='{cls}'><thead>{h}</thead><tbody>{''.join(rows)}</tbody></table>"


def vat_summary(d, title="ÁFA összesítő"):
    ns = NUMSTYLE[d["amt"]]
    rows = "".join(
        f"<tr><td>{vat_label(k)}</td><td class='r'>{fnum(v[0], ns)}</td><td class='r'>{fnum(v[1], ns)}</td><td class='r'>{fnum(v[2], ns)}</td></tr>"
        for k, v in d["_summ"].items())
    return (f"<table class='vs'><tr><th colspan='4' class='cap'>{E(title)}</th></tr>"
            f"<tr><th>Kulcs</th><th>Nettó</th><th>ÁFA</th><th>Bruttó</th></tr>{rows}</table>")


def notes_html(d):
    return "".join(f"<p class='note'>{E(n)}</p>" for n in d.get("notes", []))


def wm(d):
    if not d.get("watermark"):
        return ""
    return (f"<div style='position:fixed;top:40%;left:10%;font-size:60pt;color:rgba(200,0,0,0.12);"
            f"transform:rotate(-30deg);z-index:-1'>{E(d['watermark'])}</div>")


# ---------------------------------------------------------------- ERP printout
def tpl_erp(d):
    fd = lambda k: fdate(d.get(k), d["datefmt"]) or "—"
    A = lambda x: famt(x, d["amt"])
    css = BASE_CSS + f"""
    body {{ font-family: '{d.get('font','DejaVu Sans Condensed')}'; font-size: {d.get('fs',8.5)}pt; }}
    .hdr td {{ vertical-align: top; }}
    .box {{ border: 1px solid #000; padding: 4px 6px; }}
    .lab {{ font-size: 7pt; color: #333; text-transform: uppercase; }}
    .lt {{ width:100%; margin-top:8px; }} .lt th {{ border-bottom: 1.5px solid #000; font-size:7.5pt; text-align:right; padding:2px 3px; }}
    .lt td {{ padding: 2px 3px; text-align:right; border-bottom: 0.5px dotted #888; }} .lt .c0 {{ text-align:left; }}
    .sub {{ font-size:7pt; color:#444; }}
    .vs {{ margin-top:8px; }} .vs td, .vs th {{ border:1px solid #555; padding:2px 6px; }} .r {{text-align:right}}
    .tot {{ float:right; margin-top:8px; }} .tot td {{ padding: 2px 8px; }} .tot .g td {{ font-weight:bold; border-top:2px solid #000; font-size:10pt; }}
    .note {{ font-size:7.5pt; margin: 3px 0; }}
    """
    dates = [(_L(d, "issue", "Számla kelte"), fd("issue")), (_L(d, "fulfil", "Teljesítés dátuma"), fd("fulfil")),
             (_L(d, "due", "Fizetési határidő"), fd("due")), (_L(d, "pay", "Fizetési mód"), E(d.get("paymode", "Átutalás")))]
    if d.get("fulfil") is None and not d.get("show_empty_fulfil"):
        dates.pop(1)
    dates_html = "".join(f"<td class='box'><div class='lab'>{E(a)}</div>{b}</td>" for a, b in dates)
    prec = ""
    if d.get("preceding"):
        prec = f"<p><b>{E(_L(d, 'prec', 'Eredeti számla sorszáma:'))}</b> {E(d['preceding'])}</p>"
    tots = f"""<table class='tot'>
    <tr><td>{E(_L(d,'net','Nettó összesen'))}:</td><td class='r'>{A(d['_net'])}</td></tr>
    <tr><td>{E(_L(d,'vat','ÁFA összesen'))}:</td><td class='r'>{A(d['_vat'])}</td></tr>
    <tr class='g'><td>{E(_L(d,'gross','Fizetendő végösszeg'))}:</td><td class='r'>{A(d['_gross'])}</td></tr></table>"""
    extra_top = "".join(f"<div>{E(x)}</div>" for x in d.get("top", []))
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>{wm(d)}
    <table class='hdr' style='width:100%'><tr>
     <td style='width:55%'><div style='font-size:14pt;font-weight:bold'>{E(d['seller']['name'])}</div>{extra_top}</td>
     <td style='text-align:right'><div style='font-size:16pt;font-weight:bold'>{E(d['title'])}</div>
       <div>{E(_L(d,'num','Sorszám'))}: <b>{E(d['number'])}</b></div>{d.get('copy_html','')}</td></tr></table>
    <table class='hdr' style='width:100%;margin-top:8px'><tr>
     <td class='box' style='width:50%'><div class='lab'>{E(_L(d,'seller','Szállító'))}</div>{party_lines(d['seller'])}</td>
     <td class='box'><div class='lab'>{E(_L(d,'buyer','Vevő'))}</div>{party_lines(d['buyer'])}</td></tr></table>
    <table style='width:100%;margin-top:6px'><tr>{dates_html}</tr></table>
    {prec}
    {line_table(d)}
    <div style='overflow:hidden'>{tots}{vat_summary(d)}</div>
    {notes_html(d)}
    <p class='note' style='margin-top:14px;color:#555'>{E(d.get('footer','Készült: Integra ERP 9.4 – számlázó modul'))}</p>
    </body></html>"""


# ---------------------------------------------------------------- online invoicer
def tpl_online(d):
    fd = lambda k: fdate(d.get(k), d["datefmt"])
    A = lambda x: famt(x, d["amt"])
    css = BASE_CSS + f"""
    body {{ font-family: '{d.get('font','DejaVu Sans')}'; font-size: {d.get('fs',9)}pt; }}
    h1 {{ font-weight:300; font-size: 22pt; margin:0; color:{d.get('accent','#1a5fb4')}; }}
    .meta td {{ padding: 2px 6px; }} .meta td.k {{ color:#666; }}
    .party h3 {{ font-size: 8pt; color:#888; margin:0 0 3px 0; letter-spacing: 1px; }}
    .lt {{ width:100%; margin-top:14px; }} .lt th {{ background:{d.get('accent','#1a5fb4')}; color:#fff; font-weight:normal; padding:4px; font-size:8pt; text-align:right }}
    .lt td {{ padding: 4px; border-bottom:1px solid #ddd; text-align:right }} .lt .c0 {{ text-align:left }}
    .sub {{ font-size:7.5pt; color:#666; }}
    .vs {{ margin-top:10px; font-size:8pt }} .vs td, .vs th {{ padding:2px 8px; border-bottom:1px solid #eee }} .r{{text-align:right}} .cap {{ text-align:left }}
    .sum {{ margin-left:auto; margin-top:10px; font-size:10pt }} .sum td {{ padding: 3px 8px; }} .sum .g {{ font-size: 13pt; font-weight: bold; background:#eef }}
    .note {{ font-size:8pt; color:#444; margin:3px 0; }}
    """
    meta = [(_L(d, 'num', 'Számla sorszáma'), d['number']), (_L(d, 'issue', 'Kiállítás dátuma'), fd('issue')),
            (_L(d, 'fulfil', 'Teljesítés dátuma'), fd('fulfil')), (_L(d, 'due', 'Fizetési határidő'), fd('due')),
            (_L(d, 'pay', 'Fizetési mód'), d.get('paymode', 'Banki átutalás'))]
    if d.get("preceding"):
        meta.append((_L(d, 'prec', 'Helyesbített számla'), d['preceding']))
    meta += d.get("meta_extra", [])
    meta_html = "".join(f"<tr><td class='k'>{E(a)}</td><td><b>{E(b)}</b></td></tr>" for a, b in meta if b)
    net_rows = "" if d.get("margin") else f"""
      <tr><td>{E(_L(d,'net','Nettó összesen'))}</td><td class='r'>{A(d['_net'])}</td></tr>
      <tr><td>{E(_L(d,'vat','ÁFA'))}</td><td class='r'>{A(d['_vat'])}</td></tr>"""
    vs = "" if d.get("margin") or d.get("no_vs") else vat_summary(d, "Áfa-kulcsok szerinti összesítés")
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>{wm(d)}
    <table style='width:100%'><tr><td style='vertical-align:top'><h1>{E(d['title'])}</h1>
      <div style='color:#888'>{E(d.get('subtitle',''))}</div></td>
      <td style='vertical-align:top'><table class='meta' style='margin-left:auto'>{meta_html}</table></td></tr></table>
    <table style='width:100%;margin-top:16px'><tr>
     <td class='party' style='width:50%;vertical-align:top'><h3>{E(_L(d,'seller','ELADÓ'))}</h3>{party_lines(d['seller'], d.get('taxlab','Adószám:'), d.get('vatlab','EU adószám:'))}</td>
     <td class='party' style='vertical-align:top'><h3>{E(_L(d,'buyer','VEVŐ'))}</h3>{party_lines(d['buyer'], d.get('taxlab','Adószám:'), d.get('vatlab','EU adószám:'))}</td></tr></table>
    {line_table(d, show_vat=not d.get('margin'))}
    {vs}
    <table class='sum'>{net_rows}
      <tr class='g'><td>{E(_L(d,'gross','Fizetendő'))}</td><td class='r'>{A(d['_gross'])}</td></tr></table>
    {f"<p class='note'>{E(d['words'])}</p>" if d.get('words') else ''}
    {notes_html(d)}
    <p class='note' style='margin-top:20px;color:#999;font-size:7pt'>{E(d.get('footer','A számla a Számlázz-e Online rendszerrel készült. 1 / 1 oldal'))}</p>
    </body></html>"""


# ---------------------------------------------------------------- Word-like template
def tpl_word(d):
    fd = lambda k: fdate(d.get(k), d["datefmt"])
    A = lambda x: famt(x, d["amt"])
    css = BASE_CSS + f"""
    body {{ font-family: '{d.get('font','DejaVu Serif')}'; font-size: {d.get('fs',10)}pt; }}
    .cap {{ text-align:center; font-size: 18pt; letter-spacing: 4px; margin: 6px 0 2px 0; }}
    .lt {{ width:100%; margin-top:12px; border:1px solid #000 }} .lt th, .lt td {{ border:1px solid #000; padding:3px; text-align:right }}
    .lt .c0 {{ text-align:left }} .sub {{ font-size:8pt; font-style:italic }}
    .vs {{ margin-top:8px; }} .vs td, .vs th {{ border:1px solid #000; padding:2px 6px; }} .r {{text-align:right}}
    .note {{ margin: 4px 0; }}
    """
    sl = _L(d, 'seller', 'Szállító')
    bl = _L(d, 'buyer', 'Vevő')
    rows = [f"<p style='margin:2px 0'>{E(_L(d,'num','Számlaszám:'))} <b>{E(d['number'])}</b></p>"]
    if d.get("preceding"):
        rows.append(f"<p style='margin:2px 0'>{E(_L(d,'prec','Hivatkozott számla:'))} {E(d['preceding'])}</p>")
    dl = []
    if d.get("fulfil"):
        dl.append(f"{E(_L(d,'fulfil','Teljesítés kelte:'))} {fd('fulfil')}")
    dl.append(f"{E(_L(d,'issue','Számla kelte:'))} {fd('issue')}")
    if d.get("due"):
        dl.append(f"{E(_L(d,'due','Fizetési határidő:'))} {fd('due')}")
    dl.append(f"{E(_L(d,'pay','Fizetés módja:'))} {E(d.get('paymode','átutalás'))}")
    tot = ""
    if not d.get("margin"):
        tot += f"<p class='r' style='margin:2px 0'>{E(_L(d,'net','Nettó érték összesen:'))} {A(d['_net'])}</p>"
        tot += f"<p class='r' style='margin:2px 0'>{E(_L(d,'vat','Általános forgalmi adó:'))} {A(d['_vat'])}</p>"
    tot += f"<p class='r' style='margin:2px 0;font-size:12pt'><b>{E(_L(d,'gross','Mindösszesen:'))} {A(d['_gross'])}</b></p>"
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>{wm(d)}
    <table style='width:100%'><tr><td style='width:50%;vertical-align:top'><u>{E(sl)}:</u><br>{party_lines(d['seller'], d.get('taxlab','Adószám:'), d.get('vatlab','Közösségi adószám:'))}</td>
    <td style='vertical-align:top'><u>{E(bl)}:</u><br>{party_lines(d['buyer'], d.get('taxlab','Adószám:'), d.get('vatlab','Közösségi adószám:'))}</td></tr></table>
    <div class='cap'>{E(d['title'])}</div>
    {f"<div style='text-align:center'>{E(d['subtitle'])}</div>" if d.get('subtitle') else ''}
    {''.join(rows)}
    <p style='margin:2px 0'>{' &nbsp;&nbsp;|&nbsp;&nbsp; '.join(dl)}</p>
    {line_table(d, show_vat=not d.get('margin'))}
    {'' if d.get('margin') or d.get('no_vs') else vat_summary(d)}
    <div style='margin-top:8px'>{tot}</div>
    {f"<p class='note'>{E(d['words'])}</p>" if d.get('words') else ''}
    {notes_html(d)}
    <p style='margin-top:40px;text-align:right'>………………………………<br>kiállító aláírása</p>
    </body></html>"""


# ---------------------------------------------------------------- hotel PMS folio
def tpl_pms(d):
    fd = lambda k: fdate(d.get(k), d["datefmt"])
    A = lambda x: famt(x, d["amt"])
    ns = NUMSTYLE[d["amt"]]
    css = BASE_CSS + f"""
    body {{ font-family: '{d.get('font','DejaVu Sans Mono')}'; font-size: {d.get('fs',8)}pt; }}
    .kv td {{ padding: 1px 8px 1px 0; vertical-align: top }}
    .lt {{ width:100%; margin-top:10px }} .lt th {{ border-top:1px dashed #000; border-bottom:1px dashed #000; text-align:right; padding:2px }}
    .lt td {{ text-align:right; padding:1px 2px }} .lt .c0 {{ text-align:left }} .sub {{ font-size:7pt }}
    .vs td, .vs th {{ padding:1px 8px; }} .r {{text-align:right}} .vs {{ margin-top:6px; border-top:1px dashed #000 }}
    .note {{ margin: 2px 0; }}
    """
    s = d['seller']
    kv = [(a, b) for a, b in d.get("folio", [])]
    kvh = "".join(f"<tr><td>{E(a)}</td><td>{E(b)}</td></tr>" for a, b in kv)
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>{wm(d)}
    <div style='text-align:center;font-size:12pt'><b>{E(s['name'])}</b></div>
    <div style='text-align:center'>{'<br>'.join(E(x) for x in s.get('addr', []))}<br>{E(d.get('taxlab','Adószám:'))} {E(s['tax'])} · {E(d.get('vatlab','EU adószám:'))} {E(s.get('vat',''))}<br>{'<br>'.join(E(x) for x in s.get('extra', []))}</div>
    <hr>
    <table style='width:100%'><tr><td style='vertical-align:top;width:55%'>
      {E(_L(d,'buyer','Számlázási név / cím:'))}<br>{party_lines(d['buyer'], d.get('taxlab','Adószám:'), d.get('vatlab','EU adószám:'))}</td>
      <td style='vertical-align:top'><table class='kv'>
        <tr><td>{E(_L(d,'num','SZÁMLA SZ.:'))}</td><td><b>{E(d['number'])}</b></td></tr>
        <tr><td>{E(_L(d,'issue','Kelt:'))}</td><td>{fd('issue')}</td></tr>
        {f"<tr><td>{E(_L(d,'fulfil','Teljesítés:'))}</td><td>{fd('fulfil')}</td></tr>" if d.get('fulfil') else ''}
        {f"<tr><td>{E(_L(d,'due','Esedékes:'))}</td><td>{fd('due')}</td></tr>" if d.get('due') else ''}
        <tr><td>{E(_L(d,'pay','Fizetés:'))}</td><td>{E(d.get('paymode','Bankkártya'))}</td></tr>
        {kvh}</table></td></tr></table>
    <div style='text-align:center;margin-top:6px;font-size:11pt'>{E(d['title'])}</div>
    {line_table(d)}
    {vat_summary(d, 'ÁFA bontás')}
    <table style='margin-left:auto;margin-top:6px'>
      <tr><td>{E(_L(d,'net','Nettó:'))}</td><td class='r'>{A(d['_net'])}</td></tr>
      <tr><td>{E(_L(d,'vat','ÁFA:'))}</td><td class='r'>{A(d['_vat'])}</td></tr>
      <tr><td><b>{E(_L(d,'gross','ÖSSZESEN:'))}</b></td><td class='r'><b>{A(d['_gross'])}</b></td></tr></table>
    {notes_html(d)}
    <p style='margin-top:12px;font-size:7pt'>{E(d.get('footer','Nyomtatva: HotelSoft PMS v7.2'))}</p>
    </body></html>"""


# ---------------------------------------------------------------- practice management (clinic)
def tpl_practice(d):
    fd = lambda k: fdate(d.get(k), d["datefmt"])
    A = lambda x: famt(x, d["amt"])
    css = BASE_CSS + f"""
    body {{ font-family: '{d.get('font','DejaVu Sans')}'; font-size: {d.get('fs',8.5)}pt; }}
    .band {{ background:#0b6e4f; color:#fff; padding:6px 10px; }}
    .grid {{ width:100%; margin-top:8px; border:1px solid #0b6e4f }} .grid th {{ background:#e4f2ec; text-align:left; padding:3px 6px; width:26%; font-weight:normal; color:#0b6e4f }}
    .grid td {{ padding:3px 6px; border-bottom: 1px solid #e4f2ec }}
    .lt {{ width:100%; margin-top:10px }} .lt th {{ border-bottom:2px solid #0b6e4f; text-align:right; padding:3px; font-size:7.5pt }}
    .lt td {{ text-align:right; padding:3px; border-bottom:1px solid #ddd }} .lt .c0 {{ text-align:left }} .sub {{ font-size:7pt; color:#555 }}
    .vs td, .vs th {{ padding:2px 8px; border:1px solid #ccc }} .r {{ text-align:right }} .vs {{ margin-top:8px }}
    .note {{ font-size: 7.5pt; margin:2px 0 }}
    """
    grid = [(_L(d, 'seller', 'Szolgáltató'), party_lines(d['seller'], d.get('taxlab', 'Adószám:'), d.get('vatlab', 'Közösségi adószám:'))),
            (_L(d, 'buyer', 'Páciens / Vevő'), party_lines(d['buyer'], d.get('taxlab', 'Adószám:'), d.get('vatlab', 'Közösségi adószám:'))),
            (_L(d, 'num', 'Számlaszám'), f"<b>{E(d['number'])}</b>"),
            (_L(d, 'issue', 'Számla kelte'), fd('issue'))]
    if d.get('fulfil'):
        grid.append((_L(d, 'fulfil', 'Teljesítés (ellátás) napja'), fd('fulfil')))
    if d.get('due'):
        grid.append((_L(d, 'due', 'Fizetési határidő'), fd('due')))
    grid.append((_L(d, 'pay', 'Fizetési mód'), E(d.get('paymode', 'bankkártya'))))
    if d.get('preceding'):
        grid.append((_L(d, 'prec', 'Módosított számla száma'), E(d['preceding'])))
    grid += [(a, E(b)) for a, b in d.get('meta_extra', [])]
    gh = "".join(f"<tr><th>{E(a)}</th><td>{b}</td></tr>" for a, b in grid)
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>{wm(d)}
    <div class='band'><span style='font-size:13pt'>{E(d['seller']['name'])}</span><span style='float:right;font-size:13pt'>{E(d['title'])}</span></div>
    <table class='grid'>{gh}</table>
    {line_table(d)}
    {vat_summary(d, 'Összesítés adómérték szerint')}
    <table style='margin-left:auto;margin-top:6px;font-size:10pt'>
      <tr><td>{E(_L(d,'net','Nettó összeg:'))}</td><td class='r'>{A(d['_net'])}</td></tr>
      <tr><td>{E(_L(d,'vat','Áfa összeg:'))}</td><td class='r'>{A(d['_vat'])}</td></tr>
      <tr><td><b>{E(_L(d,'gross','Bruttó végösszeg:'))}</b></td><td class='r'><b>{A(d['_gross'])}</b></td></tr></table>
    {f"<p class='note'>{E(d['words'])}</p>" if d.get('words') else ''}
    {notes_html(d)}
    <p class='note' style='color:#777;margin-top:14px'>{E(d.get('footer','MedPraxis Rendelőkezelő 4.1 · számlázó modul'))}</p>
    </body></html>"""


# ---------------------------------------------------------------- receipt printer
def tpl_receipt(d):
    fd = lambda k: fdate(d.get(k), d["datefmt"])
    A = lambda x: famt(x, d["amt"])
    ns = NUMSTYLE[d["amt"]]
    css = f"""@page {{ size: 80mm 230mm; margin: 4mm; }}
    body {{ font-family:'DejaVu Sans Mono'; font-size:7.5pt; font-variant-ligatures:none; }}
    .c {{ text-align:center }} .r {{ text-align:right }} table {{ width:100%; border-collapse:collapse }} hr {{ border:0; border-top:1px dashed #000 }}"""
    s = d['seller']
    items = "".join(f"<tr><td colspan='2'>{E(l['desc'])}</td></tr><tr><td>{E(str(l['qty']))} {E(l['unit'])} x {fprice(l['price'], ns)} nettó</td><td class='r'>{fnum(l['gross'], ns)} {RATE_LABEL[l['vat']][:-1] if l['vat'] in ('5','18','27') else ''}</td></tr>" for l in d['_lines'])
    vs = "".join(f"<tr><td>{RATE_LABEL[k]} nettó / áfa</td><td class='r'>{fnum(v[0], ns)} / {fnum(v[1], ns)}</td></tr>" for k, v in d['_summ'].items())
    b = d['buyer']
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
    <div class='c'><b>{E(s['name'])}</b><br>{'<br>'.join(E(x) for x in s['addr'])}<br>Adószám: {E(s['tax'])}</div><hr>
    <div class='c'><b>{E(d['title'])}</b><br>Sorszám: {E(d['number'])}</div><hr>
    Vevő: {E(b['name'])}<br>{'<br>'.join(E(x) for x in b['addr'])}<br>Adószám: {E(b['tax'])}<hr>
    <table>{items}</table><hr>
    <table>{vs}
    <tr><td>NETTÓ ÖSSZESEN</td><td class='r'>{A(d['_net'])}</td></tr>
    <tr><td>ÁFA ÖSSZESEN</td><td class='r'>{A(d['_vat'])}</td></tr>
    <tr><td><b>ÖSSZESEN</b></td><td class='r'><b>{A(d['_gross'])}</b></td></tr></table><hr>
    Fizetés: {E(d.get('paymode','készpénz'))}<br>Kelt: {fd('issue')} 07:42<br>Teljesítés: {fd('fulfil')}<br>
    {notes_html(d)}
    <div class='c'>Pénztár: 02 · Kezelő: Zsófi<br>*** KÖSZÖNJÜK A VÁSÁRLÁST ***</div>
    </body></html>"""


TEMPLATES = {"erp": tpl_erp, "online": tpl_online, "word": tpl_word, "pms": tpl_pms,
             "practice": tpl_practice, "receipt": tpl_receipt}

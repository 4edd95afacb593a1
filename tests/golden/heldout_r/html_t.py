# ruff: noqa
"""HTML+CSS templates (printed with headless Chromium)."""
from .common import fnum, fdate, rate_label, esc


def _n(inv, v, places=None):
    return fnum(v, inv["nf"], inv["places"] if places is None else places)


def _d(inv, s):
    return fdate(s, inv["df"])


def _q(v):
    s = f"{v.normalize():f}"
    return s.replace(".", ",")


def _party(p, tax="Adószám", vat="Közösségi adószám", sep="<br>", extra=True):
    out = [f"<b>{esc(p['name'])}</b>"]
    if p.get("addr"):
        out.append(esc(p["addr"]))
    if p.get("tax"):
        out.append(f"{tax}: {p['tax']}")
    if p.get("vat"):
        out.append(f"{vat}: {p['vat']}")
    if extra and p.get("bank"):
        out.append(f"Bankszámla: {p['bank']}")
    return sep.join(out)


def _rows(inv, cols, neg_ok=True):
    """cols: list of (header, key) with keys desc qty unit price rate net vat gross qtyunit"""
    h = "".join(f"<th>{c[0]}</th>" for c in cols)
    body = []
    for r in inv["rows"]:
        cells = []
        for _, k in cols:
            if k == "desc":
                v = esc(r["desc"]) + (f"<div class='sub'>{esc(r['extra'])}</div>" if r["extra"] else "")
                cells.append(f"<td class='l'>{v}</td>")
                continue
            if k == "qty":
                v = _q(r["qty"])
            elif k == "unit":
                v = esc(r["unit"])
            elif k == "qtyunit":
                v = f"{_q(r['qty'])} {esc(r['unit'])}"
            elif k == "price":
                v = _n(inv, r["price"], inv.get("pp", inv["places"]))
            elif k == "rate":
                v = rate_label(r["rc"])
            else:
                v = _n(inv, r[k])
            cells.append(f"<td>{v}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table class='items'><thead><tr>{h}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _summary(inv, heads=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), huf=False):
    rows = []
    for s in inv["summ"]:
        extra = f"<td>{fnum(s['vat_huf'], inv['nf'], 0)} HUF</td>" if huf else ""
        rows.append(f"<tr><td>{rate_label(s['rc'])}</td><td>{_n(inv, s['net'])}</td><td>{_n(inv, s['vat'])}</td><td>{_n(inv, s['gross'])}</td>{extra}</tr>")
    hh = "".join(f"<th>{x}</th>" for x in heads)
    if huf:
        hh += "<th>ÁFA HUF-ban</th>"
    return f"<table class='summ'><tr>{hh}</tr>{''.join(rows)}</table>"


def _notes(inv):
    return "".join(f"<p class='note'>{esc(n)}</p>" for n in inv.get("notes", []))


def _page(css, body):
    return f"<!DOCTYPE html><html lang='hu'><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


BASE = "table{border-collapse:collapse}.items td{text-align:right;white-space:nowrap}.items td.l{text-align:left;white-space:normal}.summ td{white-space:nowrap}.sub{font-size:80%;color:#555}.note{font-size:9pt}"

TITLES = {"normal": "Számla", "advance": "Előlegszámla", "final": "Végszámla",
          "correction": "Helyesbítő számla", "storno": "Sztornó számla", "proforma": "Díjbekérő"}


def _title(inv):
    return inv.get("title") or TITLES[inv["kind"]]


def _ref(inv, label="Eredeti számla sorszáma"):
    return f"<p><b>{label}:</b> {inv['preceding']}</p>" if inv.get("preceding") else ""


# ---------------------------------------------------------------- T1 two boxes side by side
def twobox(inv):
    css = BASE + """@page{size:A4;margin:16mm}body{font-family:'DejaVu Sans';font-size:9.5pt}
    h1{font-size:20pt;margin:0;text-align:right;letter-spacing:2px}
    .boxes{display:flex;gap:8mm;margin:6mm 0}.box{flex:1;border:1px solid #333;padding:3mm;min-height:30mm}
    .box .lab{font-size:7.5pt;text-transform:uppercase;color:#444;border-bottom:1px solid #999;margin-bottom:2mm}
    .meta{width:100%;border:1px solid #333}.meta td{border:1px solid #333;padding:1.5mm;text-align:center}.meta th{background:#ddd;border:1px solid #333;font-size:8pt;padding:1mm}
    .items{width:100%;margin-top:5mm}.items th{background:#333;color:#fff;font-size:8pt;padding:1.2mm}.items td{border-bottom:1px solid #bbb;padding:1.2mm}
    .summ{margin-left:auto;margin-top:4mm}.summ td,.summ th{border:1px solid #777;padding:1mm 3mm;text-align:right}
    .tot{font-size:13pt;text-align:right;margin-top:4mm}"""
    body = f"""<div style='display:flex;justify-content:space-between'><div style='font-size:15pt;font-weight:bold'>{esc(inv['seller']['name'])}</div><h1>{_title(inv).upper()}</h1></div>
    <div style='text-align:right'>Számla sorszáma: <b>{inv['number']}</b></div>
    <div class='boxes'><div class='box'><div class='lab'>Eladó</div>{_party(inv['seller'])}</div>
    <div class='box'><div class='lab'>Vevő</div>{_party(inv['buyer'])}</div></div>
    <table class='meta'><tr><th>Fizetési mód</th><th>Teljesítés dátuma</th><th>Számla kelte</th><th>Fizetési határidő</th></tr>
    <tr><td>{inv.get('pay','Átutalás')}</td><td>{_d(inv, inv['fulf'])}</td><td>{_d(inv, inv['issue'])}</td><td>{_d(inv, inv['due'])}</td></tr></table>
    {_ref(inv, 'Helyesbített számla sorszáma')}
    {_rows(inv, [('Megnevezés','desc'),('Menny.','qty'),('Me.','unit'),('Egységár','price'),('Nettó érték','net'),('ÁFA %','rate'),('ÁFA','vat'),('Bruttó','gross')])}
    {_summary(inv)}
    <div class='tot'>Fizetendő összesen: <b>{_n(inv, inv['gross'])} Ft</b></div>
    <p>Nettó összesen: {_n(inv, inv['net'])} Ft &nbsp; ÁFA összesen: {_n(inv, inv['vat'])} Ft</p>{_notes(inv)}"""
    return _page(css, body)


# ---------------------------------------------------------------- T2 bilingual HU/EN, EUR with HUF VAT
def bilingual_en(inv):
    css = BASE + """@page{size:A4;margin:14mm 18mm}body{font-family:'DejaVu Sans Condensed';font-size:9pt;color:#222}
    .top{display:grid;grid-template-columns:1.2fr 1fr;gap:6mm}.logo{font-size:18pt;color:#0b4f8a;font-weight:bold}
    .en{color:#777;font-size:7.5pt;display:block}
    .kv td{padding:0.8mm 2mm;vertical-align:top}.kv td:first-child{color:#0b4f8a;font-weight:bold;width:45mm}
    .parties{display:grid;grid-template-columns:1fr 1fr;gap:6mm;margin:6mm 0;border-top:3px solid #0b4f8a;padding-top:3mm}
    .items{width:100%}.items th{border-bottom:2px solid #0b4f8a;text-align:right;font-size:8pt}.items th:first-child{text-align:left}.items td{padding:1mm;border-bottom:1px dotted #999}
    .summ{margin-top:5mm;margin-left:auto}.summ td,.summ th{padding:1mm 3mm;text-align:right;border-bottom:1px solid #ccc}
    .big{margin-top:4mm;text-align:right;font-size:12pt}"""
    c = inv["cur"]
    body = f"""<div class='top'><div><div class='logo'>{esc(inv['seller']['name'])}</div>{esc(inv['seller']['addr'])}</div>
    <div><h2 style='margin:0'>{_title(inv)} <span class='en' style='display:inline'>/ {inv.get('title_en','Invoice')}</span></h2>
    <table class='kv'><tr><td>Számlaszám<span class='en'>Invoice no.</span></td><td><b>{inv['number']}</b></td></tr>
    <tr><td>Kiállítás kelte<span class='en'>Date of issue</span></td><td>{_d(inv, inv['issue'])}</td></tr>
    <tr><td>Teljesítés kelte<span class='en'>Date of supply</span></td><td>{_d(inv, inv['fulf'])}</td></tr>
    <tr><td>Esedékesség<span class='en'>Due date</span></td><td>{_d(inv, inv['due'])}</td></tr>
    <tr><td>Pénznem<span class='en'>Currency</span></td><td>{c}</td></tr></table></div></div>
    <div class='parties'><div><span style='color:#0b4f8a'>Szállító / Supplier</span><br>{_party(inv['seller'], 'Adószám / Tax no.', 'EU VAT no.')}</div>
    <div><span style='color:#0b4f8a'>Vevő / Customer</span><br>{_party(inv['buyer'], 'Adószám / Tax no.', 'EU VAT no.')}</div></div>
    {_ref(inv, 'Hivatkozott számla / Referenced invoice')}
    {_rows(inv, [('Leírás / Description','desc'),('Menny. / Qty','qtyunit'),(f'Egységár / Unit price ({c})','price'),('ÁFA / VAT','rate'),(f'Nettó / Net ({c})','net'),(f'ÁFA / VAT ({c})','vat')])}
    {_summary(inv, ('Kulcs / Rate', f'Nettó / Net {c}', f'ÁFA / VAT {c}', f'Bruttó / Gross {c}'), huf=c!='HUF')}
    <div class='big'>Nettó összesen / Net total: {_n(inv, inv['net'])} {c}<br>ÁFA összesen / VAT total: {_n(inv, inv['vat'])} {c}<br><b>Végösszeg / Total: {_n(inv, inv['gross'])} {c}</b></div>
    {f"<p>Árfolyam / Exchange rate: 1 {c} = {fnum(inv['xrate'], inv['nf'], 2)} HUF (MNB, {_d(inv, inv['fulf'])})<br>ÁFA forintban / VAT in HUF: <b>{fnum(inv['vat_huf'], inv['nf'], 0)} HUF</b></p>" if c!='HUF' else ''}
    {_notes(inv)}"""
    return _page(css, body)


# ---------------------------------------------------------------- T3 receipt-like simplified invoice
def receipt(inv):
    css = BASE + """@page{size:80mm 200mm;margin:4mm}body{font-family:'DejaVu Sans Mono';font-size:8pt;text-align:center}
    .l{text-align:left}hr{border:0;border-top:1px dashed #000}table{width:100%}td{text-align:right}td.l{text-align:left}"""
    rows = "".join(f"<tr><td class='l' colspan=2>{esc(r['desc'])}</td></tr><tr><td class='l'>{_q(r['qty'])} x {_n(inv, r['price'])}</td><td>{_n(inv, r['gross'])} {rate_label(r['rc'])}</td></tr>" for r in inv["rows"])
    vs = "".join(f"<tr><td class='l'>{rate_label(s['rc'])} alap: {_n(inv, s['net'])}</td><td>ÁFA: {_n(inv, s['vat'])}</td></tr>" for s in inv["summ"])
    b = inv["buyer"]
    buyer = f"<div class='l'>Vevő: {esc(b['name'])}<br>{esc(b.get('addr',''))}" + (f"<br>Vevő adószáma: {b['tax']}" if b.get('tax') else '') + "</div>" if b else ""
    body = f"""<b>{esc(inv['seller']['name'])}</b><br>{esc(inv['seller']['addr'])}<br>Adószám: {inv['seller']['tax']}<hr>
    <b>EGYSZERŰSÍTETT SZÁMLA</b><br>Sorszám: {inv['number']}<br>Kelt: {_d(inv, inv['issue'])}<br>Teljesítés: {_d(inv, inv['fulf'])}<hr>{buyer}<hr>
    <table>{rows}</table><hr><table>{vs}</table><hr>
    <table><tr><td class='l'>NETTÓ</td><td>{_n(inv, inv['net'])}</td></tr><tr><td class='l'>ÁFA</td><td>{_n(inv, inv['vat'])}</td></tr>
    <tr><td class='l'><b>ÖSSZESEN Ft</b></td><td><b>{_n(inv, inv['gross'])}</b></td></tr></table><hr>Fizetve: {inv.get('pay','bankkártya')}<br>{_notes(inv)}Köszönjük, jó utat!"""
    return _page(css, body)


# ---------------------------------------------------------------- T4 multi-page statement (toll), totals on last page
def statement(inv):
    css = BASE + """@page{size:A4;margin:12mm 14mm 18mm}body{font-family:'DejaVu Sans';font-size:8pt}
    .hdr{display:flex;justify-content:space-between;border-bottom:2px solid #c60;padding-bottom:2mm}
    .items{width:100%}.items th{background:#fbe3cf;font-size:7.5pt;padding:1mm;text-align:right}.items td{padding:0.6mm 1mm;border-bottom:1px solid #eee}
    .grid{display:grid;grid-template-columns:40mm 1fr 40mm 1fr;gap:1mm 3mm;margin:4mm 0}.grid div:nth-child(odd){color:#888}
    .pb{page-break-before:always}.summ td,.summ th{border:1px solid #c60;padding:1mm 3mm;text-align:right}"""
    body = f"""<div class='hdr'><div style='font-size:14pt;font-weight:bold;color:#c60'>{esc(inv['seller']['name'])}</div><div style='text-align:right'>{_party(inv['seller'], 'Adószám', 'Közösségi adószám')}</div></div>
    <h2>{_title(inv)} – {inv.get('subtitle','')}</h2>
    <div class='grid'><div>Bizonylatszám</div><div><b>{inv['number']}</b></div><div>Ügyfél</div><div>{esc(inv['buyer']['name'])}</div>
    <div>Kiállítás dátuma</div><div>{_d(inv, inv['issue'])}</div><div>Ügyfél címe</div><div>{esc(inv['buyer']['addr'])}</div>
    <div>Teljesítés dátuma</div><div>{_d(inv, inv['fulf'])}</div><div>Ügyfél adószáma</div><div>{inv['buyer'].get('tax') or ''}{' / ' + inv['buyer']['vat'] if inv['buyer'].get('vat') else ''}</div>
    <div>Esedékesség</div><div>{_d(inv, inv['due'])}</div><div>Elszámolási időszak</div><div>{inv.get('period','')}</div></div>
    {_rows(inv, [('Tétel','desc'),('Menny.','qtyunit'),('Nettó egységár','price'),('Nettó','net'),('ÁFA %','rate'),('ÁFA','vat'),('Bruttó','gross')])}
    <div class='pb'><h3>Összesítő – {inv['number']}</h3>{_summary(inv, ('ÁFA-kulcs','Adóalap','Adó','Bruttó'))}
    <p style='font-size:11pt'>Nettó összeg: {_n(inv, inv['net'])} HUF<br>Áfa összeg: {_n(inv, inv['vat'])} HUF<br><b>Fizetendő: {_n(inv, inv['gross'])} HUF</b></p>{_notes(inv)}</div>"""
    return _page(css, body)


# ---------------------------------------------------------------- T5 fuel card statement, serif, per-card tables, totals page 2+
def fuelcard(inv):
    css = BASE + """@page{size:A4 landscape;margin:10mm}body{font-family:'DejaVu Serif';font-size:8pt}
    .items{width:100%}.items th{border-top:1px solid #000;border-bottom:1px solid #000;font-weight:normal;font-style:italic;padding:1mm}.items td{padding:0.5mm 1mm}
    .head{display:grid;grid-template-columns:1fr 1fr 1fr;gap:4mm}.head div{border-left:3px solid #2a7;padding-left:2mm}
    .pb{page-break-before:always}.summ td,.summ th{padding:1mm 4mm;text-align:right;border-bottom:1px solid #2a7}"""
    body = f"""<div style='font-size:16pt;color:#2a7'>{esc(inv['seller']['name'])} <span style='font-size:10pt;color:#000'>– Üzemanyagkártya-elszámolás / gyűjtőszámla</span></div>
    <div class='head'><div><i>Kibocsátó</i><br>{_party(inv['seller'])}</div><div><i>Kártyabirtokos ügyfél</i><br>{_party(inv['buyer'], extra=False)}</div>
    <div>Számlaszám: <b>{inv['number']}</b><br>Számla kelte: {_d(inv, inv['issue'])}<br>Teljesítés kelte: {_d(inv, inv['fulf'])}<br>Fizetési határidő: {_d(inv, inv['due'])}<br>Időszak: {inv.get('period','')}</div></div>
    <h4>Tranzakciók részletezése</h4>
    {_rows(inv, [('Kút / kártya / termék','desc'),('Mennyiség','qty'),('Me.','unit'),('Nettó egységár','price'),('Nettó','net'),('Kulcs','rate'),('ÁFA','vat'),('Bruttó','gross')])}
    <div class='pb'><h3>Számla összesítő</h3>{_summary(inv, ('Adókulcs','Nettó érték','ÁFA érték','Bruttó érték'))}
    <table class='summ' style='margin-top:4mm'><tr><td>Nettó összesen</td><td>{_n(inv, inv['net'])}</td></tr><tr><td>ÁFA összesen</td><td>{_n(inv, inv['vat'])}</td></tr><tr><td><b>Számla végösszege</b></td><td><b>{_n(inv, inv['gross'])} Ft</b></td></tr></table>{_notes(inv)}</div>"""
    return _page(css, body)


# ---------------------------------------------------------------- T6 header fields as a table row, parties stacked
def headtable(inv):
    css = BASE + """@page{size:A4;margin:15mm}body{font-family:'DejaVu Sans';font-size:9pt}
    .ht{width:100%;margin:3mm 0}.ht th{font-size:7pt;color:#666;font-weight:normal;text-align:left;border-bottom:1px solid #aaa}.ht td{font-size:10pt;padding:1mm 0}
    .p{border-left:4px solid #888;padding:1mm 3mm;margin:2mm 0}
    .items{width:100%}.items th{border:1px solid #666;background:#eee;font-size:8pt}.items td{border:1px solid #aaa;padding:1mm}
    .summ{margin-left:auto;margin-top:3mm}.summ td,.summ th{border:1px solid #aaa;padding:1mm 3mm;text-align:right}"""
    c = inv["cur"]
    body = f"""<h1 style='font-weight:300;margin:0'>{_title(inv)}</h1>
    <table class='ht'><tr><th>Számlaszám</th><th>Kiállítás</th><th>Teljesítés</th><th>Fizetési határidő</th><th>Fizetés módja</th><th>Pénznem</th></tr>
    <tr><td><b>{inv['number']}</b></td><td>{_d(inv, inv['issue'])}</td><td>{_d(inv, inv['fulf'])}</td><td>{_d(inv, inv['due'])}</td><td>{inv.get('pay','átutalás')}</td><td>{c}</td></tr></table>
    <div class='p'><small>Szolgáltató</small><br>{_party(inv['seller'])}</div>
    <div class='p'><small>Megrendelő</small><br>{_party(inv['buyer'])}</div>{_ref(inv)}
    {_rows(inv, [('#','desc'),('Mennyiség','qtyunit'),('Egységár','price'),('ÁFA','rate'),('Nettó','net'),('Bruttó','gross')])}
    {_summary(inv, ('Kulcs','Nettó','ÁFA','Bruttó'), huf=c!='HUF')}
    <p style='text-align:right;font-size:11pt'>Nettó: {_n(inv, inv['net'])} {c} | ÁFA: {_n(inv, inv['vat'])} {c} | <b>Bruttó: {_n(inv, inv['gross'])} {c}</b></p>
    {f"<p>Alkalmazott árfolyam: {fnum(inv['xrate'], inv['nf'], 2)} HUF/{c}. Az áfa összege forintban: {fnum(inv['vat_huf'], inv['nf'], 0)} Ft</p>" if c!='HUF' else ''}{_notes(inv)}"""
    return _page(css, body)


# ---------------------------------------------------------------- T7 letterhead, seller only in header/footer
def letterhead(inv):
    s = inv["seller"]
    css = BASE + f"""@page{{size:A4;margin:0}}body{{font-family:'DejaVu Serif';font-size:10pt;margin:0;padding:34mm 20mm 28mm}}
    .lh{{position:fixed;top:8mm;left:20mm;right:20mm;text-align:center;border-bottom:1px solid #000}}
    .ft{{position:fixed;bottom:8mm;left:20mm;right:20mm;font-size:7.5pt;color:#555;text-align:center;border-top:1px solid #000;padding-top:1mm}}
    .rm{{float:right;width:70mm}}.rm td{{padding:0.5mm 2mm}}.items{{width:100%;margin-top:8mm;clear:both}}.items th{{border-bottom:1px solid #000;font-size:8.5pt}}.items td{{padding:1mm}}
    .summ td,.summ th{{padding:0.5mm 3mm;text-align:right}}"""
    b = inv["buyer"]
    body = f"""<div class='lh'><span style='font-size:18pt;font-variant:small-caps'>{esc(s['name'])}</span><br>{esc(s.get('tagline',''))}</div>
    <div class='ft'>{esc(s['name'])} · {esc(s['addr'])} · Adószám: {s['tax']} · {esc(s.get('bank',''))}</div>
    <table class='rm'><tr><td>Számla száma:</td><td><b>{inv['number']}</b></td></tr><tr><td>Kelte:</td><td>{_d(inv, inv['issue'])}</td></tr>
    <tr><td>Teljesítés kelte:</td><td>{_d(inv, inv['fulf'])}</td></tr><tr><td>Esedékes:</td><td>{_d(inv, inv['due'])}</td></tr><tr><td>Fizetés:</td><td>{inv.get('pay','készpénz')}</td></tr></table>
    <div>Részére:<br><b>{esc(b['name'])}</b><br>{esc(b.get('addr',''))}{'<br>Adószám: '+b['tax'] if b.get('tax') else ''}</div>
    <h2 style='clear:both;text-align:center;letter-spacing:4px'>{_title(inv).upper()}</h2>{_ref(inv, 'Az érvénytelenített számla sorszáma')}
    {_rows(inv, [('Megnevezés','desc'),('Menny.','qtyunit'),('Egységár','price'),('Nettó','net'),('ÁFA','rate'),('Bruttó','gross')])}
    <div style='width:90mm;margin-left:auto;margin-top:4mm'>{_summary(inv, ('','Nettó','ÁFA','Bruttó'))}
    <p>Nettó érték összesen: {_n(inv, inv['net'])} Ft<br>Felszámított ÁFA: {_n(inv, inv['vat'])} Ft<br><b>Fizetendő: {_n(inv, inv['gross'])} Ft</b></p></div>{_notes(inv)}"""
    return _page(css, body)


# ---------------------------------------------------------------- T8 HU/DE bilingual, right-aligned meta block
def bilingual_de(inv):
    css = BASE + """@page{size:A4;margin:18mm 15mm}body{font-family:'DejaVu Sans';font-size:8.8pt}
    .wrap{display:flex;justify-content:space-between}.meta{text-align:right}.meta div{margin:0.6mm 0}.meta span{color:#999;font-size:7pt}
    .addr{margin-top:10mm;width:85mm;border:1px solid #ccc;padding:3mm}.items{width:100%;margin-top:6mm}.items th{background:#f2c200;font-size:7.5pt;padding:1mm}.items td{padding:1mm;border-bottom:1px solid #ddd}
    .summ{margin-left:auto;margin-top:3mm}.summ td,.summ th{padding:1mm 3mm;text-align:right}"""
    c = inv["cur"]
    body = f"""<div class='wrap'><div><div style='font-size:17pt;font-weight:bold'>{esc(inv['seller']['name'])}</div><div style='font-size:7.5pt'>{_party(inv['seller'], 'Adószám/Steuernr.', 'USt-IdNr.', ' | ')}</div>
    <div class='addr'><span style='font-size:7pt;color:#999'>Bérlő / Mieter</span><br>{_party(inv['buyer'], 'Adószám/Steuernr.', 'USt-IdNr.', extra=False)}</div></div>
    <div class='meta'><h2 style='margin:0 0 3mm'>{_title(inv)} / Rechnung</h2><div><span>Számlaszám / Rechnungsnr.</span><br><b>{inv['number']}</b></div>
    <div><span>Számla kelte / Rechnungsdatum</span><br>{_d(inv, inv['issue'])}</div><div><span>Teljesítés / Leistungsdatum</span><br>{_d(inv, inv['fulf'])}</div>
    <div><span>Fizetési határidő / Zahlungsziel</span><br>{_d(inv, inv['due'])}</div><div><span>Bérleti szerződés / Mietvertrag</span><br>{inv.get('contract','')}</div></div></div>
    {_rows(inv, [('Leírás / Beschreibung','desc'),('Menny./Menge','qtyunit'),('Egységár/Einzelpreis','price'),('ÁFA/MwSt','rate'),('Nettó/Netto','net'),('Bruttó/Brutto','gross')])}
    {_summary(inv, ('Kulcs/Satz','Nettó/Netto','ÁFA/MwSt','Bruttó/Brutto'), huf=c!='HUF')}
    <p style='text-align:right'>Nettó összesen / Netto gesamt: {_n(inv, inv['net'])} {c}<br>ÁFA / MwSt: {_n(inv, inv['vat'])} {c}<br><b style='font-size:12pt'>Végösszeg / Gesamtbetrag: {_n(inv, inv['gross'])} {c}</b></p>
    {f"<p>Árfolyam / Kurs: {fnum(inv['xrate'], inv['nf'], 2)} HUF/{c}; ÁFA HUF-ban / MwSt in HUF: {fnum(inv['vat_huf'], inv['nf'], 0)} HUF</p>" if c!='HUF' else ''}{_notes(inv)}"""
    return _page(css, body)


# ---------------------------------------------------------------- T9 ERP label:value grid, condensed, grey labels
def erpgrid(inv):
    css = BASE + """@page{size:A4;margin:12mm}body{font-family:'DejaVu Sans Condensed';font-size:8.5pt}
    .g{display:grid;grid-template-columns:repeat(4,1fr);border:1px solid #000}.g div{border:1px solid #000;padding:1mm 1.5mm;min-height:8mm}.g small{display:block;color:#888;font-size:6.5pt}
    .span2{grid-column:span 2}.items{width:100%;margin-top:3mm}.items th{border:1px solid #000;font-size:7pt}.items td{border-left:1px solid #000;border-right:1px solid #000;padding:0.8mm}
    .items tbody tr:last-child td{border-bottom:1px solid #000}.summ td,.summ th{border:1px solid #000;padding:1mm 2mm;text-align:right}"""
    s, b = inv["seller"], inv["buyer"]
    body = f"""<div style='display:flex;justify-content:space-between;align-items:end'><b style='font-size:12pt'>{_title(inv).upper()}</b><span>Eredeti példány · 1/1</span></div>
    <div class='g'><div class='span2'><small>Szállító neve, címe</small><b>{esc(s['name'])}</b><br>{esc(s['addr'])}</div><div class='span2'><small>Vevő neve, címe</small><b>{esc(b['name'])}</b><br>{esc(b['addr'])}</div>
    <div><small>Szállító adószáma</small>{s['tax']}</div><div><small>Szállító bankszámla</small>{s.get('bank','')}</div><div><small>Vevő adószáma</small>{b.get('tax') or '–'}</div><div><small>Vevő EU adószáma</small>{b.get('vat') or '–'}</div>
    <div><small>Bizonylatszám</small><b>{inv['number']}</b></div><div><small>Számla kelte</small>{_d(inv, inv['issue'])}</div><div><small>Teljesítés kelte</small>{_d(inv, inv['fulf'])}</div><div><small>Fizetési határidő</small>{_d(inv, inv['due'])}</div>
    <div class='span2'><small>Szerződés / hivatkozás</small>{inv.get('contract','')}</div><div><small>Fizetési mód</small>{inv.get('pay','Átutalás')}</div><div><small>Pénznem</small>{inv['cur']}</div></div>
    {_rows(inv, [('Cikkszám / megnevezés','desc'),('Menny.','qty'),('ME','unit'),('Nettó egységár','price'),('Nettó érték','net'),('ÁFA kulcs','rate'),('ÁFA érték','vat'),('Bruttó érték','gross')])}
    <div style='display:flex;justify-content:space-between;margin-top:3mm'><div style='width:90mm'>{_notes(inv)}</div><div>{_summary(inv, ('ÁFA kód','Nettó','ÁFA','Bruttó'))}
    <table class='summ' style='width:100%'><tr><td>Összesen nettó</td><td>{_n(inv, inv['net'])}</td></tr><tr><td>Összesen ÁFA</td><td>{_n(inv, inv['vat'])}</td></tr><tr><td><b>Fizetendő bruttó</b></td><td><b>{_n(inv, inv['gross'])}</b></td></tr></table></div></div>"""
    return _page(css, body)


# ---------------------------------------------------------------- T10 classic serif, margin scheme (used car)
def classic(inv):
    css = BASE + """@page{size:A4;margin:22mm}body{font-family:'DejaVu Serif';font-size:10.5pt;line-height:1.35}
    h1{text-align:center;font-weight:normal;font-size:22pt;margin:0 0 6mm;border-bottom:double 3px #000}
    .two td{vertical-align:top;width:50%;padding:2mm}.items{width:100%;margin:5mm 0}.items th{border-top:1px solid #000;border-bottom:1px solid #000;font-weight:normal}.items td{padding:1.5mm}"""
    body = f"""<h1>{_title(inv)}</h1><table class='two' style='width:100%'><tr><td><u>Eladó:</u><br>{_party(inv['seller'])}</td><td><u>Vevő:</u><br>{_party(inv['buyer'])}</td></tr></table>
    <p>Számla sorszáma: <b>{inv['number']}</b><br>Számla kelte: {_d(inv, inv['issue'])} &nbsp;&nbsp; Teljesítés időpontja: {_d(inv, inv['fulf'])} &nbsp;&nbsp; Fizetési határidő: {_d(inv, inv['due'])}<br>Fizetési mód: {inv.get('pay','átutalás')}</p>
    {_rows(inv, [('A termék megnevezése','desc'),('Mennyiség','qtyunit'),('Egységár (Ft)','price'),('Összesen (Ft)','gross')])}
    <p style='text-align:right'>Nettó összeg: {_n(inv, inv['net'])} Ft<br>Áthárított ÁFA: {_n(inv, inv['vat'])} Ft<br><b>Fizetendő végösszeg: {_n(inv, inv['gross'])} Ft</b></p>{_notes(inv)}
    <br><br><div style='display:flex;justify-content:space-around'><div>........................<br>eladó</div><div>........................<br>vevő</div></div>"""
    return _page(css, body)


# ---------------------------------------------------------------- T11 stacked parties top-left, meta table right, body shop with insurer share
def bodyshop(inv):
    css = BASE + """@page{size:A4;margin:14mm}body{font-family:'DejaVu Sans';font-size:8.8pt}
    .row{display:flex;gap:5mm}.col{flex:1}.stack div{border-bottom:1px solid #c00;padding:2mm 0}
    .mt td{border:1px solid #c00;padding:1mm 2mm}.mt td:first-child{background:#fde;font-size:7.5pt}
    .items{width:100%;margin-top:4mm}.items th{border-bottom:2px solid #c00;font-size:7.5pt}.items td{padding:0.8mm;border-bottom:1px solid #eee}
    .summ{margin-top:3mm}.summ td,.summ th{border:1px solid #c00;padding:1mm 3mm;text-align:right}"""
    body = f"""<div style='font-size:20pt;color:#c00;font-weight:bold'>{_title(inv).upper()}</div>
    <div class='row'><div class='col stack'><div><small>SZOLGÁLTATÓ</small><br>{_party(inv['seller'])}</div><div><small>MEGRENDELŐ / ÜGYFÉL</small><br>{_party(inv['buyer'], extra=False)}</div></div>
    <div class='col'><table class='mt' style='width:100%'><tr><td>Számla sorszáma</td><td><b>{inv['number']}</b></td></tr><tr><td>Kiállítás dátuma</td><td>{_d(inv, inv['issue'])}</td></tr>
    <tr><td>Teljesítés dátuma</td><td>{_d(inv, inv['fulf'])}</td></tr><tr><td>Fizetési határidő</td><td>{_d(inv, inv['due'])}</td></tr><tr><td>Munkalapszám</td><td>{inv.get('worksheet','')}</td></tr>
    <tr><td>Rendszám / alvázszám</td><td>{inv.get('vehicle','')}</td></tr><tr><td>Kárszám</td><td>{inv.get('claim','')}</td></tr></table></div></div>
    {_rows(inv, [('Munka / alkatrész','desc'),('Menny.','qtyunit'),('Egységár','price'),('Nettó','net'),('ÁFA%','rate'),('Bruttó','gross')])}
    <div class='row'><div class='col'>{_notes(inv)}</div><div class='col'>{_summary(inv)}
    <p style='text-align:right'>Nettó összesen: {_n(inv, inv['net'])} Ft<br>ÁFA összesen: {_n(inv, inv['vat'])} Ft<br><b>Számla bruttó végösszege: {_n(inv, inv['gross'])} Ft</b><br>{inv.get('split','')}</p></div></div>"""
    return _page(css, body)


# ---------------------------------------------------------------- T12 dot-matrix monospace
def dotmatrix(inv):
    css = BASE + """@page{size:A4;margin:12mm 16mm}body{font-family:'DejaVu Sans Mono';font-size:8.6pt}pre{font-family:inherit;margin:0;white-space:pre}"""
    W = 92
    s, b = inv["seller"], inv["buyer"]
    L = []
    L.append("=" * W)
    L.append(f"{s['name']:<46}{('SZÁMLA  ' + inv['number']):>46}")
    L.append(f"{s['addr']:<46}{'Eredeti példány':>46}")
    L.append(f"Adószám: {s['tax']}")
    if s.get("bank"):
        L.append(f"Bsz: {s['bank']}")
    L.append("=" * W)
    L.append("VEVŐ:")
    L.append(f"  {b['name']}")
    if b.get("addr"):
        L.append(f"  {b['addr']}")
    if b.get("tax"):
        L.append(f"  Adószám: {b['tax']}" + (f"   EU adószám: {b['vat']}" if b.get("vat") else ""))
    L.append("-" * W)
    L.append(f"Kelt: {_d(inv, inv['issue']):<14} Telj.: {_d(inv, inv['fulf']):<14} Fiz.hat.: {_d(inv, inv['due']):<14} Mód: {inv.get('pay','átutalás')}")
    if inv.get("preceding"):
        L.append(f"Eredeti számla: {inv['preceding']}")
    L.append("-" * W)
    L.append(f"{'MEGNEVEZÉS':<38}{'MENNY':>8}{'ME':>5}{'EGYSÁGÁR':>12}{'%':>5}{'NETTÓ':>12}{'BRUTTÓ':>12}")
    L.append("-" * W)
    for r in inv["rows"]:
        L.append(f"{r['desc'][:38]:<38}{_q(r['qty']):>8}{r['unit']:>5}{_n(inv, r['price']):>12}{rate_label(r['rc']):>5}{_n(inv, r['net']):>12}{_n(inv, r['gross']):>12}")
    L.append("-" * W)
    for x in inv["summ"]:
        L.append(f"{'ÁFA ' + rate_label(x['rc']):>40}  alap:{_n(inv, x['net']):>14}  adó:{_n(inv, x['vat']):>12}")
    L.append("-" * W)
    L.append(f"{'NETTÓ ÖSSZESEN:':>60}{_n(inv, inv['net']):>20} Ft")
    L.append(f"{'ÁFA ÖSSZESEN:':>60}{_n(inv, inv['vat']):>20} Ft")
    L.append(f"{'FIZETENDŐ:':>60}{_n(inv, inv['gross']):>20} Ft")
    L.append("=" * W)
    for n in inv.get("notes", []):
        L.append(n)
    return _page(css, "<pre>" + esc("\n".join(L)) + "</pre>")


# ---------------------------------------------------------------- T13 capitals headings, seller in footer block, wide table
def capitals(inv):
    css = BASE + """@page{size:A4;margin:15mm}body{font-family:'DejaVu Sans';font-size:9pt;text-transform:none}
    h3{text-transform:uppercase;font-size:8pt;letter-spacing:1.5px;color:#333;border-bottom:1px solid #000;margin:4mm 0 1mm}
    .kv{display:grid;grid-template-columns:45mm 1fr;gap:0.5mm 2mm}.items{width:100%}.items th{text-transform:uppercase;font-size:7pt;border-bottom:1px solid #000}.items td{padding:0.8mm}
    .summ td,.summ th{padding:1mm 3mm;text-align:right}"""
    body = f"""<div style='display:flex;justify-content:space-between'><div style='font-size:22pt;font-weight:bold;letter-spacing:3px'>{esc(inv['seller'].get('brand', inv['seller']['name'])).upper()}</div><div style='font-size:14pt'>{_title(inv).upper()}</div></div>
    <h3>Számla adatai</h3><div class='kv'><div>Számla sorszáma</div><div><b>{inv['number']}</b></div><div>Számla kelte</div><div>{_d(inv, inv['issue'])}</div><div>Teljesítés kelte</div><div>{_d(inv, inv['fulf'])}</div><div>Fizetési határidő</div><div>{_d(inv, inv['due'])}</div><div>Elszámolási időszak</div><div>{inv.get('period','')}</div></div>
    <h3>Számlázási cím</h3>{_party(inv['buyer'], 'Adószám', 'EU adószám', extra=False)}
    <h3>Tételek</h3>{_rows(inv, [('Szolgáltatás','desc'),('Darab','qty'),('Egység','unit'),('Egységár','price'),('ÁFA','rate'),('Nettó','net'),('ÁFA összeg','vat'),('Bruttó','gross')])}
    <h3>Összesítés</h3>{_summary(inv)}<p>NETTÓ ÖSSZESEN: {_n(inv, inv['net'])} Ft &nbsp; ÁFA ÖSSZESEN: {_n(inv, inv['vat'])} Ft &nbsp; <b>FIZETENDŐ: {_n(inv, inv['gross'])} Ft</b></p>{_notes(inv)}
    <h3>Kibocsátó</h3><div style='font-size:8pt'>{_party(inv['seller'], sep=' · ')}</div>"""
    return _page(css, body)


# ---------------------------------------------------------------- T14 boxed fields, blue form
def boxed(inv):
    css = BASE + """@page{size:A4;margin:12mm}body{font-family:'DejaVu Sans Condensed';font-size:9pt;color:#123}
    .f{border:1.5px solid #246;border-radius:2mm;padding:2mm;margin:1.5mm}.lab{font-size:6.5pt;color:#246;text-transform:uppercase}
    .r{display:flex}.r>.f{flex:1}.items{width:100%}.items th{background:#246;color:#fff;font-size:7.5pt}.items td{padding:1mm;border-bottom:1px solid #9ab}
    .summ td,.summ th{border:1px solid #246;padding:1mm 3mm;text-align:right}"""
    f = lambda lab, v: f"<div class='f'><div class='lab'>{lab}</div>{v}</div>"
    body = f"""<div class='r'>{f('Kibocsátó', _party(inv['seller']))}{f('Ügyfél', _party(inv['buyer'], extra=False))}</div>
    <div class='r'>{f('Bizonylat típusa', '<b>'+_title(inv)+'</b>')}{f('Sorszám', '<b>'+inv['number']+'</b>')}{f('Kiállítva', _d(inv, inv['issue']))}{f('Teljesítés', _d(inv, inv['fulf']))}{f('Esedékesség', _d(inv, inv['due']))}</div>
    <div class='f'>{_rows(inv, [('Megnevezés','desc'),('Menny.','qtyunit'),('Egységár','price'),('Nettó','net'),('ÁFA','rate'),('ÁFA összeg','vat'),('Bruttó','gross')])}</div>
    <div class='r'>{f('Megjegyzés', _notes(inv) or '-')}<div class='f'>{_summary(inv)}</div></div>
    <div class='r'>{f('Nettó összesen', _n(inv, inv['net'])+' Ft')}{f('ÁFA összesen', _n(inv, inv['vat'])+' Ft')}{f('Bruttó összesen', '<b>'+_n(inv, inv['gross'])+' Ft</b>')}</div>"""
    return _page(css, body)


# ---------------------------------------------------------------- T15 truck dealer (advance/final), logo band, parties in a table with headings row
def dealer(inv):
    css = BASE + """@page{size:A4;margin:0 0 14mm}body{font-family:'DejaVu Sans';font-size:9pt;margin:0}
    .band{background:#1d1d1d;color:#fff;padding:8mm 15mm;display:flex;justify-content:space-between}.in{padding:0 15mm}
    .pt{width:100%;margin-top:5mm}.pt th{text-align:left;background:#e5e5e5;padding:1mm 2mm}.pt td{vertical-align:top;padding:2mm;width:50%}
    .items{width:100%;margin-top:5mm}.items th{border-bottom:1px solid #000;font-size:8pt}.items td{padding:1mm}
    .summ{margin-left:auto}.summ td,.summ th{padding:1mm 3mm;text-align:right;border-bottom:1px solid #ccc}"""
    c = inv["cur"]
    body = f"""<div class='band'><div style='font-size:18pt;font-weight:bold'>{esc(inv['seller']['name'])}</div><div style='text-align:right'>{_title(inv)}<br><span style='font-size:13pt'>{inv['number']}</span></div></div>
    <div class='in'><table class='pt'><tr><th>Eladó</th><th>Vevő</th></tr><tr><td>{_party(inv['seller'])}</td><td>{_party(inv['buyer'], extra=False)}</td></tr></table>
    <table class='pt'><tr><th>Kelt</th><th>Teljesítés</th><th>Fizetési határidő</th><th>Megrendelés</th></tr><tr><td>{_d(inv, inv['issue'])}</td><td>{_d(inv, inv['fulf'])}</td><td>{_d(inv, inv['due'])}</td><td>{inv.get('contract','')}</td></tr></table>
    {_rows(inv, [('Megnevezés','desc'),('Menny.','qtyunit'),(f'Egységár ({c})','price'),('ÁFA','rate'),(f'Nettó ({c})','net'),(f'ÁFA ({c})','vat'),(f'Bruttó ({c})','gross')])}
    {_summary(inv, ('ÁFA','Nettó','ÁFA összeg','Bruttó'), huf=c!='HUF')}
    <p style='text-align:right;font-size:11pt'>Nettó összesen: {_n(inv, inv['net'])} {c}<br>ÁFA összesen: {_n(inv, inv['vat'])} {c}<br><b>Fizetendő: {_n(inv, inv['gross'])} {c}</b></p>
    {f"<p>MNB árfolyam: 1 {c} = {fnum(inv['xrate'], inv['nf'], 2)} Ft. ÁFA összesen forintban: {fnum(inv['vat_huf'], inv['nf'], 0)} Ft</p>" if c!='HUF' else ''}{_notes(inv)}</div>"""
    return _page(css, body)


# ---------------------------------------------------------------- T16 proforma (díjbekérő) with narrow centred column
def proforma(inv):
    css = BASE + """@page{size:A5;margin:10mm}body{font-family:'DejaVu Sans';font-size:8pt}
    .c{text-align:center}.kv td{padding:0.5mm 2mm}.items{width:100%;margin:3mm 0}.items th{border-bottom:1px solid #555;font-size:7pt}.items td{padding:0.6mm}
    .summ td,.summ th{padding:0.5mm 2mm;text-align:right}"""
    body = f"""<div class='c'><div style='font-size:14pt;font-weight:bold'>DÍJBEKÉRŐ</div><div>(nem számla, áfa levonására nem jogosít)</div></div>
    <table class='kv' style='width:100%;margin-top:3mm'><tr><td style='width:50%;vertical-align:top'><i>Kiállító:</i><br>{_party(inv['seller'])}</td><td style='vertical-align:top'><i>Címzett:</i><br>{_party(inv['buyer'], extra=False)}</td></tr></table>
    <table class='kv'><tr><td>Díjbekérő száma:</td><td><b>{inv['number']}</b></td></tr><tr><td>Kelte:</td><td>{_d(inv, inv['issue'])}</td></tr><tr><td>Fizetési határidő:</td><td>{_d(inv, inv['due'])}</td></tr></table>
    {_rows(inv, [('Megnevezés','desc'),('Menny.','qtyunit'),('Egységár','price'),('Nettó','net'),('ÁFA','rate'),('Bruttó','gross')])}
    {_summary(inv)}<p style='text-align:right'>Nettó: {_n(inv, inv['net'])} Ft · ÁFA: {_n(inv, inv['vat'])} Ft · <b>Fizetendő: {_n(inv, inv['gross'])} Ft</b></p>{_notes(inv)}"""
    return _page(css, body)


# ---------------------------------------------------------------- T17 right-aligned meta block with grey tiny labels, parties in left column
def rightmeta(inv):
    css = BASE + """@page{size:A4;margin:18mm 16mm}body{font-family:'DejaVu Sans';font-size:9pt}
    .top{display:flex;justify-content:space-between}.meta{width:70mm;text-align:right}.meta .k{font-size:6.5pt;color:#aaa;text-transform:uppercase;margin-top:1.5mm}
    .items{width:100%;margin-top:8mm}.items th{font-size:7pt;color:#888;text-align:right;border-bottom:1px solid #ddd}.items th:first-child{text-align:left}.items td{padding:1.2mm 1mm;border-bottom:1px solid #f0f0f0}
    .summ{margin-left:auto}.summ td,.summ th{padding:0.8mm 3mm;text-align:right;color:#333}"""
    c = inv["cur"]
    body = f"""<div class='top'><div><div style='font-size:26pt;font-weight:200'>{_title(inv).lower()}</div>
    <div style='margin-top:6mm'><span style='font-size:6.5pt;color:#aaa'>KIÁLLÍTÓ</span><br>{_party(inv['seller'])}</div>
    <div style='margin-top:4mm'><span style='font-size:6.5pt;color:#aaa'>SZÁMLÁZÁSI CÍM</span><br>{_party(inv['buyer'], extra=False)}</div></div>
    <div class='meta'><div class='k'>Számlaszám</div><div style='font-size:12pt'>{inv['number']}</div><div class='k'>Kiállítás dátuma</div><div>{_d(inv, inv['issue'])}</div>
    <div class='k'>Teljesítés kelte</div><div>{_d(inv, inv['fulf'])}</div><div class='k'>Esedékesség</div><div>{_d(inv, inv['due'])}</div><div class='k'>Fizetendő</div><div style='font-size:16pt'>{_n(inv, inv['gross'])} {c}</div></div></div>
    {_rows(inv, [('Tétel','desc'),('Mennyiség','qtyunit'),('Egységár','price'),('ÁFA','rate'),('Nettó','net'),('ÁFA összeg','vat'),('Bruttó','gross')])}
    {_summary(inv, ('Kulcs','Nettó','ÁFA','Bruttó'), huf=c!='HUF')}
    <p style='text-align:right'>Nettó összesen {_n(inv, inv['net'])} {c}<br>ÁFA összesen {_n(inv, inv['vat'])} {c}<br><b>Bruttó összesen {_n(inv, inv['gross'])} {c}</b></p>
    {f"<p style='font-size:8pt'>Árfolyam: {fnum(inv['xrate'], inv['nf'], 2)} HUF/{c} – az ÁFA összege: {fnum(inv['vat_huf'], inv['nf'], 0)} HUF</p>" if c!='HUF' else ''}{_notes(inv)}"""
    return _page(css, body)


TEMPLATES = {f.__name__: f for f in [twobox, bilingual_en, receipt, statement, fuelcard, headtable, letterhead, bilingual_de,
                                     erpgrid, classic, bodyshop, dotmatrix, capitals, boxed, dealer, proforma, rightmeta]}

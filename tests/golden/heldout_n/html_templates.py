# ruff: noqa
"""HTML+CSS layouts (printed with headless Chromium)."""
from html import escape as E
from .common import fmt_num, fmt_date, RATE_LABEL

TITLES = {"normal": "Számla", "advance": "Előlegszámla", "final": "Végszámla",
          "correction": "Helyesbítő számla", "storno": "Sztornó számla", "proforma": "Díjbekérő"}


def N(inv, x, dec=None):
    return fmt_num(x, inv.get("nf", "sp"), inv.get("pdec", inv["dec"]) if dec is None else dec)


def Dt(inv, d):
    return fmt_date(d, inv.get("df", "dot"))


def title(inv):
    return inv.get("title") or TITLES[inv["kind"]]


def cur(inv):
    return inv.get("cur_label") or ("Ft" if inv["currency"] == "HUF" else inv["currency"])


def page(css, body):
    return f"""<!doctype html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm 13mm; }}
* {{ box-sizing: border-box; }} td, th {{ vertical-align: top; }} .r {{ text-align: right; white-space: nowrap; }}
.nw {{ white-space: nowrap; }} table {{ border-collapse: collapse; }}
{css}</style></head><body>{body}</body></html>"""


def party_lines(p, tax_label="Adószám", vat_label="Közösségi adószám", extra=True):
    out = [f"<b>{E(p['name'])}</b>"]
    for a in p.get("addr", []):
        out.append(E(a))
    if p.get("tax"):
        out.append(f"{tax_label}: <span class=nw>{p['tax']}</span>")
    if p.get("vat"):
        out.append(f"{vat_label}: <span class=nw>{p['vat']}</span>")
    if extra:
        for x in p.get("extra", []):
            out.append(E(x))
    return "<br>".join(out)


def items(inv, cols=("desc", "qty", "unit", "price", "net", "rate", "vat", "gross"), labels=None, cls="items"):
    L = {"desc": "Megnevezés", "qty": "Menny.", "unit": "Me.", "price": "Egységár", "net": "Nettó érték",
         "rate": "Áfa", "vat": "Áfa összeg", "gross": "Bruttó érték", "no": "#"}
    L.update(labels or {})
    h = "".join(f"<th class='{'' if c == 'desc' else 'r'}'>{L[c]}</th>" for c in cols)
    rows = []
    for i, ln in enumerate(inv["lines"], 1):
        cells = []
        for c in cols:
            if c == "desc":
                v = E(ln["desc"])
                if ln.get("sub"):
                    v += f"<div class=sub>{E(ln['sub'])}</div>"
                cells.append(f"<td>{v}</td>")
            elif c == "no":
                cells.append(f"<td class=r>{i}</td>")
            elif c == "qty":
                qd = 0 if float(ln["qty"]) == int(float(ln["qty"])) else 2
                cells.append(f"<td class=r>{fmt_num(ln['qty'], inv.get('nf', 'sp'), qd)}</td>")
            elif c == "unit":
                cells.append(f"<td class=r>{E(ln.get('unit', 'db'))}</td>")
            elif c == "price":
                cells.append(f"<td class=r>{N(inv, ln['price'], inv.get('price_dec', inv['dec']))}</td>")
            elif c == "rate":
                cells.append(f"<td class=r>{RATE_LABEL[ln['rate']]}</td>")
            else:
                cells.append(f"<td class=r>{N(inv, ln[c])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table class={cls}><thead><tr>{h}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def vat_summary(inv, labels=("Áfakulcs", "Nettó", "Áfa", "Bruttó"), cls="vatsum", total_label="Összesen"):
    rows = "".join(f"<tr><td>{RATE_LABEL[k]}</td><td class=r>{N(inv, n)}</td><td class=r>{N(inv, v)}</td><td class=r>{N(inv, g)}</td></tr>" for k, n, v, g in inv["by_rate"])
    rows += f"<tr class=tot><td>{total_label}</td><td class=r>{N(inv, inv['net'])}</td><td class=r>{N(inv, inv['vat'])}</td><td class=r>{N(inv, inv['gross'])}</td></tr>"
    h = "".join(f"<th class='{'' if i == 0 else 'r'}'>{l}</th>" for i, l in enumerate(labels))
    return f"<table class={cls}><thead><tr>{h}</tr></thead><tbody>{rows}</tbody></table>"


def fx_note(inv, lang="hu"):
    if not inv.get("fx"):
        return ""
    if lang == "en":
        return (f"<p class=fx>Exchange rate / Árfolyam ({inv.get('fx_src', 'MNB')}, {Dt(inv, inv['fulfil'])}): 1 {inv['currency']} = {inv['fx']} HUF. "
                f"VAT in HUF / Áfa forintban: {fmt_num(inv['vat_huf'], 'sp', 0)} HUF</p>")
    if lang == "de":
        return (f"<p class=fx>Kurs / Árfolyam ({inv.get('fx_src', 'MNB')}): 1 {inv['currency']} = {inv['fx']} HUF — "
                f"MwSt. in HUF / Áfa HUF-ban: {fmt_num(inv['vat_huf'], 'sp', 0)} Ft</p>")
    return (f"<p class=fx>Alkalmazott árfolyam: 1 {inv['currency']} = {inv['fx']} Ft ({inv.get('fx_src', 'MNB')} középárfolyam). "
            f"Az áfa összege forintban: {fmt_num(inv['vat_huf'], 'sp', 0)} Ft</p>")


def prec(inv, label="Az eredeti számla sorszáma"):
    return f"<p class=prec>{label}: <b>{E(inv['preceding'])}</b></p>" if inv.get("preceding") else ""


def notes(inv):
    return "".join(f"<p class=note>{E(n)}</p>" for n in inv.get("notes", []))


# ---------------------------------------------------------------- 1 webshop modern
def webshop_modern(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9.5pt;color:#222} h1{font-size:20pt;color:#6a2c91;margin:0}
.top{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:3px solid #6a2c91;padding-bottom:8px}
.meta td{padding:1px 6px}.meta td:first-child{color:#777}
.parties{display:flex;gap:16px;margin:14px 0}.parties>div{flex:1;border:1px solid #ddd;border-radius:6px;padding:8px}
.parties h3{margin:0 0 4px;font-size:8pt;text-transform:uppercase;color:#6a2c91}
.items{width:100%;margin-top:8px}.items th{background:#6a2c91;color:#fff;padding:4px;font-size:8.5pt}.items td{padding:4px;border-bottom:1px solid #eee}
.sub{color:#888;font-size:8pt}.vatsum{margin-left:auto;margin-top:10px}.vatsum td,.vatsum th{padding:3px 8px}.tot td{font-weight:bold;border-top:2px solid #6a2c91}
.grand{text-align:right;font-size:14pt;margin-top:8px;color:#6a2c91}.foot{margin-top:20px;font-size:7.5pt;color:#888}"""
    body = f"""<div class=top><div><div style="font-size:15pt;font-weight:bold">{E(s.get('brand', s['name']))}</div><div style="color:#888">{E(s.get('slogan', ''))}</div></div>
<div><h1>{title(inv)}</h1><table class=meta>
<tr><td>Számla sorszáma</td><td><b>{inv['no']}</b></td></tr>
<tr><td>Rendelésszám</td><td>{inv.get('order', '')}</td></tr>
<tr><td>Számla kelte</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Teljesítés dátuma</td><td>{Dt(inv, inv['fulfil'])}</td></tr>
<tr><td>Fizetési határidő</td><td>{Dt(inv, inv['due'])}</td></tr>
<tr><td>Fizetési mód</td><td>{inv.get('pay', 'Bankkártya')}</td></tr></table></div></div>
<div class=parties><div><h3>Eladó</h3>{party_lines(s)}</div><div><h3>Vevő / Számlázási cím</h3>{party_lines(b)}</div><div><h3>Szállítási cím</h3>{'<br>'.join(E(x) for x in b.get('ship', b.get('addr', [])))}</div></div>
{prec(inv)}{items(inv)}{vat_summary(inv)}
<div class=grand>Fizetendő: <b>{N(inv, inv['gross'])} {cur(inv)}</b></div>{fx_note(inv)}{notes(inv)}
<div class=foot>{E(inv.get('footer', 'A számla elektronikus úton került kiállításra.'))}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 2 webshop plain serif, stacked parties
def webshop_serif(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif';font-size:10pt} h1{text-align:center;letter-spacing:4px;font-weight:normal;font-size:18pt;margin:0 0 14px}
.grid{display:grid;grid-template-columns:130px 1fr;gap:2px 10px;margin-bottom:12px}.grid div:nth-child(odd){font-style:italic;color:#555}
.party{margin-bottom:10px;padding-left:8px;border-left:2px solid #999}.lbl{font-variant:small-caps;color:#555}
.items{width:100%}.items th{border-bottom:1px solid #000;border-top:1px solid #000;padding:3px;font-weight:normal;font-style:italic}.items td{padding:3px}
.sub{font-size:8.5pt;color:#666}.vatsum{margin:12px 0 0 auto;font-size:9pt}.vatsum td,.vatsum th{padding:2px 10px}.tot td{border-top:1px solid #000;font-weight:bold}
.big{text-align:right;font-size:13pt;margin-top:10px}.note{font-size:8.5pt}"""
    body = f"""<h1>{title(inv).upper()}</h1>
<div class=party><span class=lbl>Szállító</span><br>{party_lines(s)}</div>
<div class=party><span class=lbl>Vevő</span><br>{party_lines(b)}</div>
<div class=grid><div>Számlaszám:</div><div><b>{inv['no']}</b></div>
<div>Kiállítás dátuma:</div><div>{Dt(inv, inv['issue'])}</div><div>Teljesítés kelte:</div><div>{Dt(inv, inv['fulfil'])}</div>
<div>Esedékesség:</div><div>{Dt(inv, inv['due'])}</div><div>Fizetés módja:</div><div>{inv.get('pay', 'Átutalás')}</div>
<div>Webshop rendelés:</div><div>{inv.get('order', '-')}</div></div>{prec(inv)}
{items(inv, ("no", "desc", "qty", "unit", "price", "rate", "net", "gross"), {"price": "Nettó egységár"})}
{vat_summary(inv, ("ÁFA", "Nettó", "ÁFA", "Bruttó"))}<div class=big>Végösszeg: <b>{N(inv, inv['gross'])} {cur(inv)}</b></div>{fx_note(inv)}{notes(inv)}
<p class=note>{E(inv.get('footer', 'Köszönjük a vásárlást!'))}</p>"""
    return page(css, body)


# ---------------------------------------------------------------- 3 marketplace bilingual HU/EN, seller in footer
def marketplace(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:9pt} .hd{display:flex;justify-content:space-between;align-items:center;background:#f3f3f3;padding:10px}
.hd h1{margin:0;font-size:16pt}.en{color:#999;font-size:7.5pt;display:block}
.hf{width:100%;margin:12px 0}.hf td{border:1px solid #ccc;padding:4px 6px;width:25%}
.bill{border:1px solid #ccc;padding:8px;width:55%;margin-bottom:12px}
.items{width:100%}.items th{border-bottom:2px solid #333;padding:3px;text-align:left}.items td{padding:3px;border-bottom:1px dotted #bbb}.sub{color:#777}
.vatsum{margin:10px 0 0 auto}.vatsum td,.vatsum th{padding:2px 8px}.tot td{font-weight:bold;border-top:1px solid #333}
.foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #aaa;font-size:7.5pt;color:#444;padding-top:4px}"""
    sl = " · ".join([E(s['name'])] + [E(a) for a in s.get("addr", [])] + [f"Adószám / Tax no.: {s['tax']}"] + ([f"EU VAT: {s['vat']}"] if s.get('vat') else []) + [E(x) for x in s.get('extra', [])])
    body = f"""<div class=hd><div style="font-size:18pt;font-weight:bold;color:#e47911">{E(s.get('brand', ''))}</div><h1>{title(inv)} <span class=en>Invoice</span></h1></div>
<table class=hf><tr><td><span class=en>Invoice number</span>Számla száma<br><b>{inv['no']}</b></td><td><span class=en>Invoice date</span>Számla kelte<br>{Dt(inv, inv['issue'])}</td>
<td><span class=en>Delivery date</span>Teljesítés<br>{Dt(inv, inv['fulfil'])}</td><td><span class=en>Payment</span>Fizetés<br>{inv.get('pay', 'Online bankkártya')} — {'fizetve' if not inv['due'] else Dt(inv, inv['due'])}</td></tr></table>
<div class=bill><span class=en>Bill to</span><b>Vevő:</b><br>{party_lines(b, 'Adószám / Tax no.')}</div>
<p>Eladó / Sold by: <b>{E(s['name'])}</b> (a piactéren keresztül / via marketplace {E(s.get('brand', ''))})</p>
{items(inv, ("desc", "qty", "price", "rate", "net", "vat", "gross"), {"desc": "Termék / Item", "qty": "Db / Qty", "price": "Egységár / Unit price", "rate": "Áfa / VAT", "net": "Nettó / Net", "vat": "Áfa / VAT", "gross": "Bruttó / Gross"})}
{vat_summary(inv, ("Áfa / VAT rate", "Nettó / Net", "Áfa / VAT", "Bruttó / Gross"), total_label="Összesen / Total")}{fx_note(inv, 'en')}{notes(inv)}
<div class=foot>{sl}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 4 ERP header table, grey tiny labels, boxed
def erp_boxed(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt} .t{font-size:6.5pt;color:#888;text-transform:uppercase;display:block}
.box{border:1px solid #000;padding:4px 6px}.row{display:flex}.row>div{flex:1}
h1{font-size:13pt;text-align:right;margin:0}.hdr{width:100%;margin:6px 0}.hdr td{border:1px solid #000;padding:3px 5px}
.items{width:100%;font-size:8pt}.items th{border:1px solid #000;background:#ddd;padding:2px}.items td{border-left:1px solid #000;border-right:1px solid #000;padding:2px}.items tbody tr:last-child td{border-bottom:1px solid #000}
.sub{font-size:7pt;color:#555}.vatsum{margin:8px 0 0 auto;border:1px solid #000}.vatsum th{background:#ddd}.vatsum td,.vatsum th{padding:2px 8px;border:1px solid #000}
.tot td{font-weight:bold}.pay{border:2px solid #000;padding:6px;margin-top:8px;font-size:11pt;text-align:right}"""
    body = f"""<div class=row><div style="font-size:7pt;color:#555">{E(inv.get('software', 'Készült: KALKULUS ERP 7.2'))}</div><div><h1>{title(inv).upper()}</h1><div style="text-align:right">Eredeti példány · 1/1. oldal</div></div></div>
<div class=row style="gap:6px;margin-top:6px"><div class=box><span class=t>Szállító (eladó)</span>{party_lines(s)}</div><div class=box><span class=t>Vevő</span>{party_lines(b)}</div></div>
<table class=hdr><tr><td><span class=t>Bizonylatszám</span><b>{inv['no']}</b></td><td><span class=t>Fizetési mód</span>{inv.get('pay', 'Átutalás')}</td>
<td><span class=t>Teljesítés dátuma</span>{Dt(inv, inv['fulfil'])}</td><td><span class=t>Számla kelte</span>{Dt(inv, inv['issue'])}</td><td><span class=t>Fizetési határidő</span>{Dt(inv, inv['due'])}</td>
<td><span class=t>Vevőkód / Rendelés</span>{inv.get('order', '')}</td></tr></table>{prec(inv, 'Hivatkozott bizonylat')}
{items(inv, ("no", "desc", "qty", "unit", "price", "rate", "net", "vat", "gross"), {"desc": "Cikkszám / Megnevezés", "net": "Nettó", "vat": "Áfa", "gross": "Bruttó"})}
{vat_summary(inv, ("Áfa%", "Nettó érték", "Áfa érték", "Bruttó érték"), total_label="Mindösszesen")}
<div class=pay>Fizetendő végösszeg: <b>{N(inv, inv['gross'])} {cur(inv)}</b></div>{fx_note(inv)}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 5 dot-matrix monospace
def dotmatrix(inv):
    s, b = inv["seller"], inv["buyer"]
    W = 86
    def ln(l="", r=""):
        return (l + " " * max(1, W - len(l) - len(r)) + r) if r else l
    out = []
    out.append("=" * W)
    out.append(ln(s["name"], f"{title(inv).upper()}"))
    for a in s.get("addr", []):
        out.append(a)
    out.append(f"Adószám: {s['tax']}" + (f"   Közösségi adószám: {s['vat']}" if s.get('vat') else ""))
    for x in s.get("extra", []):
        out.append(x)
    out.append("=" * W)
    out.append(ln(f"Sorszám.........: {inv['no']}", f"Vevő:"))
    out.append(ln(f"Kelt............: {Dt(inv, inv['issue'])}", b["name"]))
    addr = b.get("addr", [])
    out.append(ln(f"Teljesítés kelte: {Dt(inv, inv['fulfil'])}", addr[0] if addr else ""))
    out.append(ln(f"Fiz. határidő...: {Dt(inv, inv['due'])}", addr[1] if len(addr) > 1 else ""))
    out.append(ln(f"Fiz. mód........: {inv.get('pay', 'átutalás')}", f"Adószám: {b['tax']}" if b.get("tax") else ""))
    if inv.get("preceding"):
        out.append(f"Eredeti számla..: {inv['preceding']}")
    out.append("-" * W)
    out.append(f"{'Megnevezés':<34}{'Menny.':>8} {'Me':<4}{'Egységár':>11}{'Áfa':>5}{'Nettó':>12}{'Bruttó':>12}")
    out.append("-" * W)
    for l in inv["lines"]:
        qd = 0 if float(l["qty"]) == int(float(l["qty"])) else 2
        out.append(f"{l['desc'][:34]:<34}{fmt_num(l['qty'], inv.get('nf','sp'), qd):>8} {l.get('unit','db'):<4}{N(inv, l['price']):>11}{RATE_LABEL[l['rate']]:>5}{N(inv, l['net']):>12}{N(inv, l['gross']):>12}")
    out.append("-" * W)
    for k, n, v, g in inv["by_rate"]:
        out.append(f"{'Áfa ' + RATE_LABEL[k] + ' összesítő':<24}nettó {N(inv, n):>12}  áfa {N(inv, v):>11}  bruttó {N(inv, g):>12}")
    out.append("-" * W)
    out.append(ln("NETTÓ ÖSSZESEN:", N(inv, inv['net']) + " Ft"))
    out.append(ln("ÁFA ÖSSZESEN:", N(inv, inv['vat']) + " Ft"))
    out.append(ln("FIZETENDŐ ÖSSZESEN:", N(inv, inv['gross']) + " Ft"))
    out.append("=" * W)
    for n in inv.get("notes", []):
        out.append(n)
    css = "body{font-family:'DejaVu Sans Mono';font-size:8.6pt;color:#333} pre{font-family:inherit;margin:0;line-height:1.35}"
    return page(css, "<pre>" + E("\n".join(out)) + "</pre>")


# ---------------------------------------------------------------- 6 receipt-like simplified invoice
def receipt(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """@page{size:80mm 240mm;margin:4mm} body{font-family:'DejaVu Sans Mono';font-size:7.6pt;width:72mm} .c{text-align:center}
hr{border:0;border-top:1px dashed #000} table{width:100%} td{padding:0}"""
    rows = "".join(f"<tr><td colspan=2>{E(l['desc'])}</td></tr><tr><td>&nbsp;{fmt_num(l['qty'], inv.get('nf','sp'), 0 if float(l['qty'])==int(float(l['qty'])) else 2)} x {N(inv, l['price'])} ({RATE_LABEL[l['rate']]})</td><td class=r>{N(inv, l['gross'])}</td></tr>" for l in inv["lines"])
    vr = "".join(f"<tr><td>{RATE_LABEL[k]} nettó {N(inv, n)}</td><td class=r>áfa {N(inv, v)}</td></tr>" for k, n, v, g in inv["by_rate"])
    body = f"""<div class=c><b>{E(s['name'])}</b><br>{'<br>'.join(E(a) for a in s.get('addr', []))}<br>Adószám: {s['tax']}</div><hr>
<div class=c><b>EGYSZERŰSÍTETT SZÁMLA</b><br>Sorszám: {inv['no']}</div><hr>
Vevő: {E(b['name'])}<br>{'<br>'.join(E(a) for a in b.get('addr', []))}{'<br>Adószám: ' + b['tax'] if b.get('tax') else ''}<hr>
<table>{rows}</table><hr><table>{vr}<tr><td>Nettó összesen</td><td class=r>{N(inv, inv['net'])}</td></tr><tr><td>Áfa összesen</td><td class=r>{N(inv, inv['vat'])}</td></tr>
<tr><td><b>ÖSSZESEN</b></td><td class=r><b>{N(inv, inv['gross'])} Ft</b></td></tr></table><hr>
Fizetés: {inv.get('pay', 'készpénz')}<br>Kelt / teljesítés: {Dt(inv, inv['issue'])}<br>{notes(inv)}<div class=c>Köszönjük, várjuk vissza!</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 7 HU/DE bilingual foreign supplier
def de_bilingual(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt} .lh{text-align:right;font-size:8pt;color:#555;border-bottom:1px solid #999;padding-bottom:6px}
.lh b{font-size:14pt;color:#000}.addr{margin:26px 0 18px;width:60%}.win{font-size:6.5pt;text-decoration:underline;color:#666}
h1{font-size:14pt;margin:8px 0}.m td{padding:1px 10px 1px 0}.de{color:#777}
.items{width:100%;margin-top:10px}.items th{border-bottom:1px solid #000;text-align:left;padding:3px}.items td{padding:3px}.sub{font-size:7.5pt;color:#666}
.vatsum{margin:10px 0 0 auto}.vatsum td,.vatsum th{padding:2px 8px}.tot td{font-weight:bold;border-top:1px solid #000;border-bottom:3px double #000}"""
    body = f"""<div class=lh><b>{E(s['name'])}</b><br>{' | '.join(E(a) for a in s.get('addr', []))}<br>UID / Közösségi adószám: {s['vat']}{(' | Adószám: ' + s['tax']) if s.get('tax') else ''}<br>{' | '.join(E(x) for x in s.get('extra', []))}</div>
<div class=addr><div class=win>{E(s['name'])} · {E(s.get('addr', [''])[0])}</div>{party_lines(b, 'Adószám / Steuernummer', 'Közösségi adószám / UID')}</div>
<h1>{title(inv)} / {inv.get('title_de', 'Rechnung')}</h1>
<table class=m><tr><td>Rechnungsnummer / Számlaszám:</td><td><b>{inv['no']}</b></td></tr><tr><td>Rechnungsdatum / Számla kelte:</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Leistungsdatum / Teljesítés dátuma:</td><td>{Dt(inv, inv['fulfil'])}</td></tr><tr><td>Fällig am / Fizetési határidő:</td><td>{Dt(inv, inv['due'])}</td></tr>
<tr><td>Kundennummer / Vevőkód:</td><td>{inv.get('order', '')}</td></tr></table>{prec(inv, 'Ursprüngliche Rechnung / Eredeti számla')}
{items(inv, ("no", "desc", "qty", "unit", "price", "rate", "net"), {"no": "Pos.", "desc": "Bezeichnung / Megnevezés", "qty": "Menge / Menny.", "unit": "ME", "price": "Einzelpreis / Egységár", "rate": "USt / Áfa", "net": "Netto / Nettó"})}
{vat_summary(inv, ("Steuersatz / Áfakulcs", "Netto / Nettó", "USt / Áfa", "Brutto / Bruttó"), total_label=f"Gesamt / Összesen {cur(inv)}")}
{fx_note(inv, 'de')}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 8 English foreign supplier, right meta
def en_foreign(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Light','DejaVu Sans';font-size:9pt;color:#113} .bar{height:8px;background:#0b6e8a;margin-bottom:10px}
.row{display:flex;justify-content:space-between}.meta{border-left:4px solid #0b6e8a;padding-left:10px}.meta td{padding:1px 8px 1px 0}
h1{font-size:24pt;font-weight:300;margin:0;color:#0b6e8a}.to{margin:16px 0;padding:8px;background:#eef6f8;width:50%}
.items{width:100%;margin-top:8px}.items th{color:#0b6e8a;border-bottom:2px solid #0b6e8a;text-align:left;padding:3px}.items td{padding:3px;border-bottom:1px solid #dde}.sub{color:#667;font-size:7.5pt}
.vatsum{margin:10px 0 0 auto}.vatsum td,.vatsum th{padding:2px 8px}.tot td{font-weight:bold;background:#eef6f8}.fx{font-size:8pt}"""
    body = f"""<div class=bar></div><div class=row><div><h1>{inv.get('title_en', 'INVOICE')}</h1><div>{title(inv)}</div><br>{party_lines(s, 'HU tax no.', 'VAT ID')}</div>
<table class=meta><tr><td>Invoice No.</td><td><b>{inv['no']}</b></td></tr><tr><td>Invoice Date</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Date of Supply</td><td>{Dt(inv, inv['fulfil'])}</td></tr><tr><td>Due Date</td><td>{Dt(inv, inv['due'])}</td></tr><tr><td>Customer PO</td><td>{inv.get('order', '')}</td></tr><tr><td>Currency</td><td>{inv['currency']}</td></tr></table></div>
<div class=to><b style="color:#0b6e8a">Invoice to / Vevő</b><br>{party_lines(b, 'Tax no. / Adószám', 'VAT ID / Közösségi adószám')}</div>{prec(inv, 'Original invoice / Eredeti számla')}
{items(inv, ("desc", "qty", "unit", "price", "rate", "net"), {"desc": "Description", "qty": "Qty", "unit": "Unit", "price": "Unit price", "rate": "VAT", "net": "Amount"})}
{vat_summary(inv, ("VAT", "Net", "VAT amount", "Total"), total_label=f"Total {inv['currency']}")}{fx_note(inv, 'en')}{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 9 telco multi-page, summary first
def telco(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.8pt} .brand{font-size:22pt;font-weight:bold;color:#d0006f}.pg{break-after:page}.pg:last-child{break-after:auto}
.sum{width:100%;margin-top:10px;font-size:10pt}.sum td{padding:5px;border-bottom:1px solid #eee}.big td{font-size:13pt;font-weight:bold;color:#d0006f;border-bottom:3px solid #d0006f}
.cards{display:flex;gap:10px;margin-top:10px}.card{flex:1;background:#f7f0f4;padding:8px;border-radius:4px}.k{font-size:7pt;color:#888;display:block}
.items{width:100%}.items th{background:#eee;padding:3px;text-align:left}.items td{padding:3px;border-bottom:1px solid #f0f0f0}.sub{color:#888;font-size:7.5pt}
.vatsum{margin:10px 0 0 auto}.vatsum td,.vatsum th{padding:2px 8px}.tot td{font-weight:bold}.pf{font-size:7pt;color:#999;text-align:right}"""
    det = []
    for ph in inv.get("detail_pages", []):
        det.append(f"<div class=pg><h3>Részletező — {E(ph['title'])}</h3><table class=items><tr><th>Dátum</th><th>Hívott szám / szolgáltatás</th><th class=r>Időtartam / mennyiség</th><th class=r>Nettó díj</th></tr>"
                   + "".join(f"<tr><td>{r[0]}</td><td>{E(r[1])}</td><td class=r>{r[2]}</td><td class=r>{r[3]}</td></tr>" for r in ph["rows"]) + "</table><div class=pf>A részletező tájékoztató jellegű, a számla része.</div></div>")
    npages = 2 + len(det)
    body = f"""<div class=pg><div style="display:flex;justify-content:space-between"><div class=brand>{E(s.get('brand', ''))}</div><div style="text-align:right">{title(inv)}<br>1/{npages}. oldal</div></div>
<div class=cards><div class=card><span class=k>Ügyfél</span>{party_lines(b, 'Adószám')}</div><div class=card><span class=k>Számlaszám</span><b style="font-size:12pt">{inv['no']}</b><span class=k>Ügyfélszám</span>{inv.get('order', '')}<span class=k>Számlázási időszak</span>{inv.get('period', '')}</div>
<div class=card><span class=k>Számla kelte</span>{Dt(inv, inv['issue'])}<span class=k>Teljesítési időpont</span>{Dt(inv, inv['fulfil'])}<span class=k>Fizetési határidő</span><b>{Dt(inv, inv['due'])}</b></div></div>
<h2>Számlaösszesítő</h2><table class=sum><tr><td>Havi díjak, forgalmi díjak (nettó)</td><td class=r>{N(inv, inv['net'])} Ft</td></tr><tr><td>Áfa</td><td class=r>{N(inv, inv['vat'])} Ft</td></tr>
<tr class=big><td>Fizetendő összeg</td><td class=r>{N(inv, inv['gross'])} Ft</td></tr></table>
<p>Befizetés csoportos beszedési megbízással. A következő oldal(ak) a számla tételes adatait tartalmazzák.</p>
<div style="margin-top:60px;font-size:7.5pt;color:#666">Szolgáltató: {party_lines(s)}</div></div>
<div class=pg><div class=pf>{inv['no']} · 2/{npages}. oldal</div><h3>Számlatételek</h3>{items(inv, ("desc", "qty", "unit", "net", "rate", "vat", "gross"), {"qty": "Menny.", "net": "Nettó díj", "vat": "Áfa", "gross": "Bruttó"})}
{vat_summary(inv, ("Áfakulcs", "Nettó", "Áfa", "Bruttó"), total_label="Számla összesen")}{notes(inv)}</div>{''.join(det)}"""
    return page(css, body)


# ---------------------------------------------------------------- 10 ISP: details first, totals on page 2
def isp(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif Condensed','DejaVu Serif';font-size:9pt} .hd{border:2px solid #1c4f9c;padding:8px;display:flex;justify-content:space-between}
.hd .n{font-size:16pt;color:#1c4f9c;font-weight:bold}.kv td{padding:1px 6px}.kv td:first-child{font-weight:bold}
.items{width:100%;margin-top:10px}.items th{border-bottom:1px solid #1c4f9c;color:#1c4f9c;padding:3px}.items td{padding:4px 3px;border-bottom:1px solid #eee}.sub{font-size:7.5pt;color:#666}
.brk{break-before:page}.vatsum{width:70%;margin:10px 0 0 auto}.vatsum td,.vatsum th{padding:3px 8px;border:1px solid #1c4f9c}.tot td{font-weight:bold}
.pay{margin-top:12px;background:#1c4f9c;color:#fff;padding:8px;font-size:12pt}"""
    body = f"""<div class=hd><div><span class=n>{E(s.get('brand', s['name']))}</span><br>{party_lines(s, 'Adószám', 'EU adószám')}</div><div style="text-align:right"><b>{title(inv).upper()}</b><br>1. oldal</div></div>
<table class=kv style="margin-top:10px"><tr><td>Előfizető:</td><td>{E(b['name'])}</td><td>Számla sorszáma:</td><td>{inv['no']}</td></tr>
<tr><td>Számlázási cím:</td><td>{', '.join(E(a) for a in b.get('addr', []))}</td><td>Kiállítás kelte:</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Előfizető adószáma:</td><td>{b.get('tax') or '-'}</td><td>Teljesítés kelte:</td><td>{Dt(inv, inv['fulfil'])}</td></tr>
<tr><td>Szerződésszám:</td><td>{inv.get('order', '')}</td><td>Esedékesség:</td><td>{Dt(inv, inv['due'])}</td></tr>
<tr><td>Elszámolt időszak:</td><td>{inv.get('period', '')}</td><td></td><td></td></tr></table>
{items(inv, ("no", "desc", "qty", "unit", "price", "rate", "net", "vat"), {"price": "Nettó egységár", "net": "Nettó", "vat": "Áfa"})}
<p style="font-size:8pt">{E(inv.get('info', ''))}</p>
<div class=brk><div style="text-align:right">{inv['no']} — 2. oldal</div><h3>Összesítő</h3>
{vat_summary(inv, ("Áfa mértéke", "Nettó összeg", "Áfa összeg", "Bruttó összeg"), total_label="Összesen")}
<div class=pay>Fizetendő összesen: {N(inv, inv['gross'])} Ft &nbsp; | &nbsp; Befizetési határidő: {Dt(inv, inv['due'])}</div>{notes(inv)}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 11 utility water, capitals headings, customer box
def utility_caps(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.5pt} h2{font-size:9pt;text-transform:uppercase;letter-spacing:1px;background:#2b6e3f;color:#fff;padding:3px 6px;margin:10px 0 4px}
.two{display:flex;gap:10px}.two>div{flex:1}.b{border:1px solid #2b6e3f;padding:6px}.kv td{padding:1px 4px}.kv td:first-child{color:#555;width:45%}
.items{width:100%}.items th{border-bottom:1px solid #2b6e3f;padding:2px}.items td{padding:2px;border-bottom:1px dotted #aaa}.sub{font-size:7pt;color:#555}
.vatsum{margin:6px 0 0 auto}.vatsum td,.vatsum th{padding:2px 8px}.tot td{font-weight:bold;border-top:1px solid #000}
.meter{width:100%}.meter td,.meter th{border:1px solid #aaa;padding:2px;text-align:center}"""
    mr = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in inv.get("meters", []))
    body = f"""<div class=two><div><b style="font-size:13pt">{E(s['name'])}</b><br>{', '.join(E(a) for a in s.get('addr', []))}<br>Adószám: {s['tax']}<br>{'<br>'.join(E(x) for x in s.get('extra', []))}</div>
<div style="text-align:right"><b style="font-size:15pt">{title(inv).upper()}</b><br>Számlaszám: <b>{inv['no']}</b></div></div>
<h2>Felhasználó / Számlafizető adatai</h2><div class=two><div class=b>{party_lines(b, 'Adószám')}</div><div class=b><table class=kv>
<tr><td>Felhasználási hely:</td><td>{E(inv.get('site', ''))}</td></tr><tr><td>Fogyasztási időszak:</td><td>{inv.get('period', '')}</td></tr>
<tr><td>Számla kelte:</td><td>{Dt(inv, inv['issue'])}</td></tr><tr><td>Teljesítés időpontja:</td><td>{Dt(inv, inv['fulfil'])}</td></tr>
<tr><td>Fizetési határidő:</td><td><b>{Dt(inv, inv['due'])}</b></td></tr><tr><td>Fizetési mód:</td><td>{inv.get('pay', 'Átutalás')}</td></tr></table></div></div>
{'<h2>Mérőállások</h2><table class=meter><tr><th>Mérő gyári száma</th><th>Előző állás</th><th>Jelenlegi állás</th><th>Fogyasztás</th></tr>' + mr + '</table>' if mr else ''}
<h2>Elszámolás részletezése</h2>{items(inv, ("desc", "qty", "unit", "price", "net", "rate", "vat", "gross"))}
<h2>Összesítés</h2>{vat_summary(inv, ("Áfa", "Nettó", "Áfa összeg", "Bruttó"), total_label="Számla végösszege")}
<p style="font-size:11pt;text-align:right">FIZETENDŐ: <b>{N(inv, inv['gross'])} Ft</b></p>{notes(inv)}"""
    return page(css, body)


# ---------------------------------------------------------------- 12 district heating / letterhead left bar
def sidebar(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """@page{margin:0} body{margin:0;font-family:'DejaVu Sans';font-size:8.8pt} .wrap{display:flex;min-height:297mm}
.side{width:52mm;background:#7a1f1f;color:#fff;padding:14mm 6mm;font-size:7.8pt}.side b{font-size:11pt}.main{flex:1;padding:14mm 12mm}
.hf td{padding:2px 8px 2px 0}.hf td:nth-child(odd){color:#7a1f1f}h1{margin:0 0 10px;font-weight:normal;font-size:18pt}
.items{width:100%;margin-top:10px}.items th{border-bottom:2px solid #7a1f1f;padding:3px}.items td{padding:3px;border-bottom:1px solid #eee}.sub{font-size:7.5pt;color:#666}
.vatsum{margin:10px 0 0 auto}.vatsum td,.vatsum th{padding:2px 8px}.tot td{font-weight:bold;border-top:2px solid #7a1f1f}"""
    body = f"""<div class=wrap><div class=side><b>{E(s['name'])}</b><br><br>{'<br>'.join(E(a) for a in s.get('addr', []))}<br><br>Adószám:<br>{s['tax']}<br>{('<br>Közösségi adószám:<br>' + s['vat']) if s.get('vat') else ''}<br><br>{'<br>'.join(E(x) for x in s.get('extra', []))}</div>
<div class=main><h1>{title(inv)}</h1><table class=hf><tr><td>Sorszám</td><td><b>{inv['no']}</b></td><td>Kelt</td><td>{Dt(inv, inv['issue'])}</td></tr>
<tr><td>Teljesítés</td><td>{Dt(inv, inv['fulfil'])}</td><td>Esedékes</td><td>{Dt(inv, inv['due'])}</td></tr><tr><td>Időszak</td><td>{inv.get('period', '')}</td><td>Fizetés</td><td>{inv.get('pay', 'átutalás')}</td></tr></table>{prec(inv, 'Helyesbített számla')}
<div style="margin-top:12px;border-top:1px solid #ccc;padding-top:6px"><span style="color:#7a1f1f">Ügyfél</span><br>{party_lines(b)}</div>
{items(inv, ("desc", "qty", "unit", "price", "rate", "net", "gross"))}{vat_summary(inv)}
<p style="text-align:right;font-size:12pt">Fizetendő: <b>{N(inv, inv['gross'])} Ft</b></p>{notes(inv)}</div></div>"""
    return page(css, body)


# ---------------------------------------------------------------- 13 NAV Online Számla számlakép
def navkep(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.3pt} h1{text-align:center;font-size:14pt;margin:0 0 4px}.sec{border:1px solid #999;margin-top:6px}
.sec>h4{margin:0;background:#e8e8e8;padding:3px 6px;font-size:8.5pt}.kv{width:100%}.kv td{padding:2px 6px;width:25%}.kv td:nth-child(odd){color:#555}
.items{width:100%;font-size:7.8pt}.items th{background:#f4f4f4;padding:2px;border-bottom:1px solid #999}.items td{padding:2px;border-bottom:1px solid #eee}.sub{color:#666}
.vatsum{width:100%}.vatsum td,.vatsum th{padding:2px 6px}.tot td{font-weight:bold;border-top:1px solid #999}.c{text-align:center;color:#666;font-size:7.5pt}"""
    body = f"""<div class=c>Az Online Számla rendszerben rögzített adatok alapján készült számlakép — nem minősül számlának</div><h1>{title(inv)}</h1>
<div class=sec><h4>Számla adatai</h4><table class=kv><tr><td>Számla sorszáma</td><td><b>{inv['no']}</b></td><td>Számla típusa</td><td>{inv.get('navtype', 'Normál számla')}</td></tr>
<tr><td>Számla kelte</td><td>{Dt(inv, inv['issue'])}</td><td>Teljesítés dátuma</td><td>{Dt(inv, inv['fulfil'])}</td></tr>
<tr><td>Fizetési határidő</td><td>{Dt(inv, inv['due'])}</td><td>Fizetés módja</td><td>{inv.get('pay', 'Átutalás')}</td></tr>
<tr><td>Pénznem</td><td>{inv['currency']}</td><td>Számla megjelenési formája</td><td>Papír</td></tr>{('<tr><td>Módosított számla sorszáma</td><td><b>' + inv['preceding'] + '</b></td><td>Módosítás indexe</td><td>1</td></tr>') if inv.get('preceding') else ''}</table></div>
<div class=sec><h4>Eladó adatai</h4><table class=kv><tr><td>Eladó neve</td><td>{E(s['name'])}</td><td>Eladó adószáma</td><td>{s['tax']}</td></tr><tr><td>Eladó címe</td><td colspan=3>{', '.join(E(a) for a in s.get('addr', []))}</td></tr>{('<tr><td>Közösségi adószám</td><td>' + s['vat'] + '</td></tr>') if s.get('vat') else ''}</table></div>
<div class=sec><h4>Vevő adatai</h4><table class=kv><tr><td>Vevő neve</td><td>{E(b['name'])}</td><td>Vevő adószáma</td><td>{b.get('tax') or ''}</td></tr><tr><td>Vevő címe</td><td colspan=3>{', '.join(E(a) for a in b.get('addr', []))}</td></tr></table></div>
<div class=sec><h4>Tételek</h4>{items(inv, ("no", "desc", "qty", "unit", "price", "net", "rate", "vat", "gross"), {"no": "Sor", "price": "Nettó egységár", "rate": "Adómérték", "vat": "Áfa összeg"})}</div>
<div class=sec><h4>Áfa összesítő és számla összesítő</h4>{vat_summary(inv, ("Adómérték", "Nettó összeg", "Áfa összeg", "Bruttó összeg"), total_label="Számla összesen")}</div>
<div class=c style="margin-top:8px">Lekérdezés időpontja: {Dt(inv, inv['issue'])} — NAV Online Számla</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 14 centered heading, parties with divider, long dates
def centered(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif';font-size:9.2pt} .c{text-align:center}h1{font-size:22pt;font-weight:normal;margin:4px 0;letter-spacing:2px}
.p{display:flex;margin:14px 0;border-top:1px solid #000;border-bottom:1px solid #000}.p>div{flex:1;padding:8px}.p>div:first-child{border-right:1px solid #000}
.hd{width:100%;margin-bottom:10px}.hd td{text-align:center;border:1px solid #000;padding:3px}.hd tr:first-child td{font-size:7.5pt;background:#f2f2f2}
.items{width:100%}.items th{border:1px solid #000;padding:2px}.items td{border:1px solid #000;padding:2px}.sub{font-size:7.5pt}
.vatsum{margin:8px 0 0 auto}.vatsum td,.vatsum th{padding:2px 8px;border:1px solid #000}.tot td{font-weight:bold}"""
    body = f"""<div class=c><b style="font-size:12pt">{E(s.get('brand', s['name']))}</b><h1>{title(inv).upper()}</h1>sorszám: <b>{inv['no']}</b></div>
<div class=p><div><i>Kibocsátó:</i><br>{party_lines(s)}</div><div><i>Megrendelő:</i><br>{party_lines(b)}</div></div>
<table class=hd><tr><td>Fizetési mód</td><td>Teljesítés kelte</td><td>Számla kelte</td><td>Fizetési határidő</td></tr>
<tr><td>{inv.get('pay', 'Átutalás')}</td><td>{Dt(inv, inv['fulfil'])}</td><td>{Dt(inv, inv['issue'])}</td><td>{Dt(inv, inv['due'])}</td></tr></table>{prec(inv)}
{items(inv, ("desc", "qty", "unit", "price", "net", "rate", "vat", "gross"))}{vat_summary(inv)}
<p style="text-align:right;font-size:11pt">Fizetendő összesen: <b>{N(inv, inv['gross'])} {cur(inv)}</b></p>{fx_note(inv)}{notes(inv)}
<div style="margin-top:40px;display:flex;justify-content:space-between"><span>{E(inv.get('place', 'Budapest'))}, {Dt(inv, inv['issue'])}</span><span style="border-top:1px dotted #000;padding:0 30px">kiállító</span></div>"""
    return page(css, body)


# ---------------------------------------------------------------- 15 proforma / díjbekérő with bank box
def proforma(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:9.5pt} .warn{border:2px dashed #c60;color:#c60;padding:6px;text-align:center;font-weight:bold}
h1{font-size:26pt;margin:6px 0;color:#333}.g{display:grid;grid-template-columns:1fr 1fr;gap:12px}.g>div{background:#fafafa;padding:8px;border-top:3px solid #c60}
.items{width:100%;margin-top:10px}.items th{text-align:left;border-bottom:1px solid #333;padding:3px}.items td{padding:3px}.sub{font-size:7.5pt;color:#777}
.vatsum{margin:10px 0 0 auto}.vatsum td,.vatsum th{padding:2px 8px}.tot td{font-weight:bold;border-top:1px solid #333}.bank{border:1px solid #c60;padding:8px;margin-top:10px}"""
    body = f"""<h1>{title(inv).upper()}</h1><div class=warn>Ez a dokumentum nem számla, számviteli bizonylatként nem használható. A számlát a befizetést követően állítjuk ki.</div>
<p>Azonosító: <b>{inv['no']}</b> &nbsp; Kiállítva: {Dt(inv, inv['issue'])} &nbsp; Fizetési határidő: <b>{Dt(inv, inv['due'])}</b></p>
<div class=g><div><small>Szolgáltató</small><br>{party_lines(s)}</div><div><small>Ügyfél</small><br>{party_lines(b)}</div></div>
{items(inv, ("desc", "qty", "unit", "price", "rate", "net", "gross"))}{vat_summary(inv)}
<div class=bank>Kérjük, a <b>{N(inv, inv['gross'])} {cur(inv)}</b> összeget utalja a következő számlára: {E(s.get('bank', ''))} — közlemény: {inv['no']}</div>{notes(inv)}"""
    return page(css, body)


TEMPLATES = {f.__name__: f for f in [webshop_modern, webshop_serif, marketplace, erp_boxed, dotmatrix, receipt, de_bilingual,
                                     en_foreign, telco, isp, utility_caps, sidebar, navkep, centered, proforma]}

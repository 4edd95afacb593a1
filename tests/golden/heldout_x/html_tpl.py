# ruff: noqa
"""HTML layouts (printed by headless Chromium)."""
from .common import fdate, fmoney, RATE_LABEL

KIND_TITLE = {"normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA",
              "correction": "HELYESBÍTŐ SZÁMLA", "storno": "SZTORNÓ SZÁMLA", "proforma": "DÍJBEKÉRŐ"}


class F:
    def __init__(self, inv):
        self.inv = inv
        self.dec = inv.get("dec", 0 if inv["currency"] == "HUF" else 2)

    def d(self, key):
        return fdate(self.inv.get(key), self.inv["df"]) or ""

    def m(self, x, dec=None):
        return fmoney(x, self.inv["nf"], self.dec if dec is None else dec)

    def p(self, x):
        return fmoney(x, self.inv["nf"], self.inv.get("pdec", self.dec))

    def q(self, x):
        return str(x).replace(".", ",")


def party(p, labels=("Adószám", "Közösségi adószám"), br="<br>"):
    out = [f"<b>{p['name']}</b>", p.get("addr", "")]
    if p.get("tax"):
        out.append(f"{labels[0]}: <span style='white-space:nowrap'>{p['tax']}</span>")
    if p.get("vat"):
        out.append(f"{labels[1]}: <span style='white-space:nowrap'>{p['vat']}</span>")
    for extra in p.get("extra", []):
        out.append(extra)
    return br.join(x for x in out if x)


def lines_table(inv, f, cols=("Megnevezés", "Menny.", "Egység", "Egységár", "Nettó érték", "ÁFA", "ÁFA összeg", "Bruttó"), cls="lt", vat_col=True):
    from .common import NUMERIC, q
    h = "".join(f"<th>{c}</th>" for c in cols)
    rows = []
    for ln in inv["lines"]:
        vat = q(ln["net"] * NUMERIC.get(ln["rate"], 0), inv["currency"])
        cells = [ln["desc"], f.q(ln["qty"]), ln.get("unit", "db"), f.p(ln["price"]), f.m(ln["net"]), RATE_LABEL[ln["rate"]]]
        if vat_col:
            cells += [f.m(vat), f.m(ln["net"] + vat)]
        cells = cells[:len(cols)]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def summary_table(inv, f, cols=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), total_label="Összesen", cls="st"):
    h = "".join(f"<th>{c}</th>" for c in cols)
    rows = [f"<tr><td>{RATE_LABEL[r]}</td><td>{f.m(n)}</td><td>{f.m(v)}</td><td>{f.m(g)}</td></tr>" for r, n, v, g in inv["summary"]]
    rows.append(f"<tr class='tot'><td><b>{total_label}</b></td><td><b>{f.m(inv['net'])}</b></td><td><b>{f.m(inv['vat'])}</b></td><td><b>{f.m(inv['gross'])}</b></td></tr>")
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def notes(inv):
    return "".join(f"<p class='note'>{n}</p>" for n in inv.get("notes", []))


def fx_line(inv, f):
    if not inv.get("fx"):
        return ""
    return (f"<p class='fx'>Árfolyam: 1 EUR = {inv['fx']} HUF (MNB, {f.d('fx_date') or f.d('fulfil')}) — "
            f"ÁFA forintban: {fmoney(inv['vat_huf'], 'space', 0)} HUF</p>")


def page(css, body, size="A4"):
    return f"""<!doctype html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: 14mm; }}
body {{ margin:0; }}
table {{ border-collapse: collapse; }}
.lt td:not(:first-child), .st td, .meta td {{ white-space: nowrap; }}
{css}
</style></head><body>{body}</body></html>"""


# ---------------------------------------------------------------- 1 classic two boxes
def t_classic(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:10pt} .box{border:1px solid #333;padding:8px;width:47%;display:inline-block;vertical-align:top;min-height:90px}
    .lt,.st{width:100%} .lt th,.lt td,.st th,.st td{border:1px solid #999;padding:3px;font-size:9pt} .lt td:nth-child(n+2),.st td{text-align:right}
    h1{text-align:center;letter-spacing:3px} .meta td{padding:2px 10px}"""
    body = f"""<h1>{KIND_TITLE[inv['kind']]}</h1>
    <div class='box'><small>Eladó</small><br>{party(s)}</div> <div class='box' style='float:right'><small>Vevő</small><br>{party(b)}</div>
    <table class='meta' style='margin:12px 0'><tr><td>Számla sorszáma:</td><td><b>{inv['number']}</b></td><td>Fizetési mód:</td><td>{inv.get('pay','átutalás')}</td></tr>
    <tr><td>Kiállítás dátuma:</td><td>{f.d('issue')}</td><td>Teljesítés dátuma:</td><td>{f.d('fulfil')}</td></tr>
    <tr><td>Fizetési határidő:</td><td>{f.d('due')}</td><td>Pénznem:</td><td>{inv['currency']}</td></tr></table>
    {notes(inv)}{lines_table(inv, f)}<br>{summary_table(inv, f)}
    <p style='font-size:13pt;text-align:right'>Fizetendő: <b>{f.m(inv['gross'])} {inv['currency']}</b></p>{fx_line(inv,f)}"""
    return page(css, body)


# ---------------------------------------------------------------- 2 stacked parties, label grid
def t_stacked(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif';font-size:10pt} .g{display:grid;grid-template-columns:170px 1fr;gap:2px 8px;margin-bottom:10px}
    .sec{background:#eee;padding:3px 6px;font-weight:bold;margin-top:8px} .lt{width:100%} .lt th{border-bottom:2px solid #000;text-align:left;font-size:9pt} .lt td{padding:3px;font-size:9pt;border-bottom:1px dotted #888}
    .st{margin-left:auto} .st td,.st th{padding:2px 10px;text-align:right}"""
    body = f"""<div style='font-size:18pt;font-weight:bold'>Számla</div><div>{inv.get('subtitle','')}</div>
    <div class='sec'>Szállító</div><div>{party(s, br=' · ')}</div>
    <div class='sec'>Megrendelő</div><div>{party(b, br=' · ')}</div>
    <div class='sec'>Számla adatai</div><div class='g'>
    <div>Számlaszám</div><div><b>{inv['number']}</b></div>
    <div>Számla kelte</div><div>{f.d('issue')}</div>
    <div>Teljesítés kelte</div><div>{f.d('fulfil')}</div>
    <div>Esedékesség</div><div>{f.d('due')}</div>
    <div>Fizetés módja</div><div>{inv.get('pay','banki átutalás')}</div></div>
    {notes(inv)}{lines_table(inv, f, cols=('Tétel','Mennyiség','Me.','Nettó egységár','Nettó','Adókulcs'), vat_col=False)}
    <br>{summary_table(inv, f, total_label='Mindösszesen')}{fx_line(inv,f)}"""
    return page(css, body)


# ---------------------------------------------------------------- 3 letterhead, seller only in header
def t_letterhead(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif';font-size:10.5pt;color:#222} .lh{text-align:center;border-bottom:3px double #444;padding-bottom:6px}
    .lh .n{font-size:20pt;font-weight:bold;letter-spacing:1px} .lt{width:100%;margin-top:10px} .lt th{font-weight:normal;font-style:italic;border-bottom:1px solid #000} .lt td{padding:4px}
    .lt td:nth-child(n+2){text-align:right} .st{float:right;margin-top:10px} .st td,.st th{padding:2px 8px;text-align:right}"""
    body = f"""<div class='lh'><div class='n'>{s['name']}</div><div>{s['addr']} | adószám: {s['tax']}</div><div>{' | '.join(s.get('extra',[]))}</div></div>
    <table style='width:100%;margin-top:16px'><tr><td style='width:55%;vertical-align:top'>Címzett:<br><b>{b['name']}</b><br>{b['addr']}<br>{('Adószáma: '+b['tax']) if b.get('tax') else ''}</td>
    <td style='vertical-align:top;text-align:right'>Kelt: {inv.get('place','Kőrösszeg')}, {f.d('issue')}<br>Számla száma: {inv['number']}<br>Teljesítés napja: {f.d('fulfil')}<br>Fizetési határidő: {f.d('due')}</td></tr></table>
    <h2 style='text-align:center;font-weight:normal;letter-spacing:6px'>S Z Á M L A</h2>{notes(inv)}
    {lines_table(inv, f, cols=('Szolgáltatás megnevezése','Menny.','Egység','Díj','Nettó összeg','ÁFA %'), vat_col=False)}
    {summary_table(inv, f, cols=('Kulcs','Nettó','Áfa','Bruttó'), total_label='Végösszeg')}<div style='clear:both'></div>
    <p style='margin-top:40px'>Tisztelettel:<br><br>{s.get('signer','')}</p>"""
    return page(css, body)


# ---------------------------------------------------------------- 4 seller in footer only
def t_footer(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:9.5pt} .top{display:flex;justify-content:space-between}
    .logo{font-size:26pt;font-weight:bold;color:#2a6;} .meta{border-left:4px solid #2a6;padding-left:8px}
    .lt{width:100%;margin-top:14px} .lt th{background:#2a6;color:#fff;padding:4px} .lt td{padding:4px;border-bottom:1px solid #cde} .lt td:nth-child(n+2){text-align:right}
    .st{margin-left:auto;margin-top:8px} .st td,.st th{padding:3px 10px;text-align:right} .foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #2a6;font-size:8pt;color:#444;padding-top:4px}"""
    body = f"""<div class='top'><div class='logo'>{s.get('logo', s['name'].split()[0])}</div>
    <div class='meta'>Számla / Invoice<br>Sorszám: <b>{inv['number']}</b><br>Kiállítva: {f.d('issue')}<br>Teljesítés: {f.d('fulfil')}<br>Esedékes: {f.d('due')}</div></div>
    <div style='margin-top:18px'>Számlázási cím:<br><b>{b['name']}</b><br>{b['addr']}<br>{('Adószám: '+b['tax']) if b.get('tax') else ''}</div>{notes(inv)}
    {lines_table(inv, f, cols=('Leírás','Db','Me','Egységár','Nettó','ÁFA','ÁFA össz.','Bruttó'))}
    {summary_table(inv, f)}
    <p style='text-align:right;font-size:12pt'>Fizetendő összesen: <b>{f.m(inv['gross'])} Ft</b></p>
    <div class='foot'>{s['name']} · {s['addr']} · Adószám: {s['tax']} · {' · '.join(s.get('extra',[]))}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 5 table of header fields
def t_hdrtable(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt} .h td,.h th{border:1px solid #000;padding:4px;text-align:center} .h th{background:#ddd;font-size:8pt}
    .p td{vertical-align:top;padding:6px;border:1px solid #000;width:50%} .lt,.st{width:100%;margin-top:8px} .lt th,.lt td,.st td,.st th{border:1px solid #000;padding:3px}
    .lt td:nth-child(n+2),.st td{text-align:right}"""
    body = f"""<div style='font-size:16pt;font-weight:bold;text-align:right'>{KIND_TITLE[inv['kind']].capitalize()}</div>
    <table class='p' style='width:100%'><tr><td><i>Kibocsátó:</i><br>{party(s)}</td><td><i>Vevő:</i><br>{party(b)}</td></tr></table>
    <table class='h' style='width:100%;margin-top:8px'><tr><th>Bizonylatszám</th><th>Kelte</th><th>Teljesítés</th><th>Fizetési határidő</th><th>Fizetési mód</th><th>Pénznem</th></tr>
    <tr><td><b>{inv['number']}</b></td><td>{f.d('issue')}</td><td>{f.d('fulfil')}</td><td>{f.d('due')}</td><td>{inv.get('pay','átutalás')}</td><td>{inv['currency']}</td></tr></table>
    {notes(inv)}{lines_table(inv, f)}{summary_table(inv, f, cols=('Áfakulcs','Adóalap','Adó','Bruttó'), total_label='Összesen')}{fx_line(inv,f)}"""
    return page(css, body)


# ---------------------------------------------------------------- 6 bilingual HU/EN
def t_bi_en(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    L = ("Adószám / Tax no.", "Közösségi adószám / EU VAT no.")
    css = """body{font-family:'DejaVu Sans';font-size:9pt;color:#123} h1{font-weight:300;font-size:22pt;margin:0} .en{color:#789;font-size:8pt}
    .two{display:flex;gap:20px;margin:14px 0} .two>div{flex:1;background:#f3f6fa;padding:8px} .lt,.st{width:100%} .lt th{text-align:left;border-bottom:1px solid #123}
    .lt td{padding:3px;border-bottom:1px solid #dde} .lt td:nth-child(n+2),.st td{text-align:right} .st{width:55%;margin-left:auto;margin-top:8px} .st td,.st th{padding:2px 6px}
    .m td{padding:1px 8px 1px 0}"""
    body = f"""<h1>Számla <span class='en'>/ Invoice</span></h1>
    <table class='m'><tr><td>Számlaszám <span class='en'>Invoice no.</span></td><td><b>{inv['number']}</b></td></tr>
    <tr><td>Kiállítás kelte <span class='en'>Date of issue</span></td><td>{f.d('issue')}</td></tr>
    <tr><td>Teljesítés kelte <span class='en'>Date of supply</span></td><td>{f.d('fulfil')}</td></tr>
    <tr><td>Fizetési határidő <span class='en'>Due date</span></td><td>{f.d('due')}</td></tr>
    <tr><td>Pénznem <span class='en'>Currency</span></td><td>{inv['currency']}</td></tr></table>
    <div class='two'><div><span class='en'>Szolgáltató / Supplier</span><br>{party(s, L)}</div><div><span class='en'>Ügyfél / Customer</span><br>{party(b, L)}</div></div>
    {notes(inv)}{lines_table(inv, f, cols=('Megnevezés / Description','Menny. / Qty','Egység / Unit','Egységár / Unit price','Nettó / Net','ÁFA / VAT'), vat_col=False)}
    {summary_table(inv, f, cols=('ÁFA / VAT','Nettó / Net','ÁFA / VAT','Bruttó / Gross'), total_label='Összesen / Total')}{fx_line(inv,f)}"""
    return page(css, body)


# ---------------------------------------------------------------- 7 bilingual HU/DE (foreign supplier)
def t_bi_de(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt} .hd{display:flex;justify-content:space-between;border-bottom:2px solid #a00;padding-bottom:6px}
    .lt,.st{width:100%} .lt th{background:#eee;text-align:left;padding:3px} .lt td{padding:3px} .lt td:nth-child(n+2),.st td{text-align:right} .st{width:60%;margin-left:auto}"""
    sv = f"USt-IdNr. / Közösségi adószám: {s['vat']}"
    bv = f"USt-IdNr. / Közösségi adószám: {b['vat']}" if b.get('vat') else ''
    body = f"""<div class='hd'><div><b style='font-size:15pt'>{s['name']}</b><br>{s['addr']}<br>{sv}</div>
    <div style='text-align:right'><b style='font-size:14pt'>Rechnung / Számla</b><br>Rechnungsnummer / Számlaszám: <b>{inv['number']}</b><br>
    Rechnungsdatum / Kelt: {f.d('issue')}<br>Leistungsdatum / Teljesítés: {f.d('fulfil')}<br>Fällig am / Fizetési határidő: {f.d('due')}<br>Währung / Pénznem: {inv['currency']}</div></div>
    <p>Rechnungsempfänger / Vevő:<br><b>{b['name']}</b><br>{b['addr']}<br>{('Steuernummer / Adószám: '+b['tax']) if b.get('tax') else ''}<br>{bv}</p>
    {notes(inv)}{lines_table(inv, f, cols=('Bezeichnung / Megnevezés','Menge / Menny.','Einheit','Preis / Egységár','Netto / Nettó','USt / ÁFA'), vat_col=False)}<br>
    {summary_table(inv, f, cols=('Steuersatz / Kulcs','Netto / Nettó','USt / ÁFA','Brutto / Bruttó'), total_label='Gesamt / Összesen')}{fx_line(inv,f)}"""
    return page(css, body)


# ---------------------------------------------------------------- 8 multipage, totals on page 2
def t_multipage(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt} .lt{width:100%} .lt th{border-top:1px solid #000;border-bottom:1px solid #000;padding:3px} .lt td{padding:4px 3px}
    .lt td:nth-child(n+2),.st td{text-align:right} .st{margin-left:auto} .st td,.st th{padding:3px 10px} .pb{page-break-before:always}
    .hd td{vertical-align:top;padding:4px}"""
    body = f"""<table class='hd' style='width:100%'><tr><td style='width:40%'><b>Szállító:</b><br>{party(s)}</td><td style='width:35%'><b>Vevő:</b><br>{party(b)}</td>
    <td style='text-align:right;white-space:nowrap'><b style='font-size:14pt'>SZÁMLA</b><br>Számlaszám: {inv['number']}<br>Kelt: {f.d('issue')}<br>Telj. dátum: {f.d('fulfil')}<br>Fiz. hat.: {f.d('due')}<br>1. oldal / 2</td></tr></table>
    {notes(inv)}{lines_table(inv, f, cols=('Tétel','Adag','Me.','Egységár','Nettó','ÁFA'), vat_col=False)}
    <div class='pb'></div><p style='text-align:right'>{inv['number']} — 2. oldal / 2</p>
    <h3>Összesítés</h3>{summary_table(inv, f, cols=('ÁFA-kulcs','Nettó összeg','ÁFA összeg','Bruttó összeg'), total_label='Számla végösszege')}
    <p>Fizetendő: <b>{f.m(inv['gross'])} Ft</b></p><p style='margin-top:40px'>________________<br>kiállító</p>"""
    return page(css, body)


# ---------------------------------------------------------------- 9 dot-matrix monospace
def t_dotmatrix(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    W = 78
    L = []
    L.append(s['name']); L.append(s['addr']); L.append(f"ADOSZAM: {s['tax']}")
    L.append("=" * W)
    L.append(f"{KIND_TITLE[inv['kind']]:^{W}}")
    L.append("=" * W)
    L.append(f"SORSZAM........: {inv['number']}")
    if inv.get('preceding'):
        L.append(f"EREDETI SZAMLA.: {inv['preceding']}")
    L.append(f"KELT...........: {f.d('issue')}")
    L.append(f"TELJESITES.....: {f.d('fulfil')}")
    L.append(f"FIZ. HATARIDO..: {f.d('due')}")
    L.append("-" * W)
    L.append(f"VEVO: {b['name']}"); L.append(f"      {b['addr']}")
    if b.get('tax'):
        L.append(f"      ADOSZAM: {b['tax']}")
    L.append("-" * W)
    L.append(f"{'MEGNEVEZES':<34}{'MENNY':>7}{'EGYSEGAR':>13}{'NETTO':>14}{'AFA':>6}")
    for ln in inv['lines']:
        L.append(f"{ln['desc'][:34]:<34}{f.q(ln['qty']):>7}{f.p(ln['price']):>13}{f.m(ln['net']):>14}{RATE_LABEL[ln['rate']]:>6}")
    L.append("-" * W)
    for r, n, v, g in inv['summary']:
        L.append(f"AFA {RATE_LABEL[r]:<6} ALAP:{f.m(n):>14}  ADO:{f.m(v):>12}  BRUTTO:{f.m(g):>14}")
    L.append("-" * W)
    L.append(f"NETTO OSSZESEN : {f.m(inv['net']):>16}")
    L.append(f"AFA OSSZESEN   : {f.m(inv['vat']):>16}")
    L.append(f"FIZETENDO      : {f.m(inv['gross']):>16} FT")
    L.append("=" * W)
    for n in inv.get('notes', []):
        L.append(n)
    import html
    css = "body{font-family:'DejaVu Sans Mono';font-size:8.6pt} pre{font-family:inherit;margin:0}"
    return page(css, "<pre>" + html.escape("\n".join(L)) + "</pre>")


# ---------------------------------------------------------------- 10 tiny grey labels above values
def t_greylabels(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    def fld(lbl, val):
        return f"<div class='f'><div class='l'>{lbl}</div><div class='v'>{val}</div></div>"
    css = """body{font-family:'DejaVu Sans';font-size:9.5pt} .l{font-size:6.5pt;color:#999;text-transform:uppercase;letter-spacing:1px} .v{margin-bottom:6px}
    .row{display:flex;gap:24px} .row>div{flex:1} .lt{width:100%;margin-top:14px} .lt th{font-size:7pt;color:#888;text-align:left;font-weight:normal;border-bottom:1px solid #ccc}
    .lt td{padding:5px 2px;border-bottom:1px solid #eee} .lt td:nth-child(n+2){text-align:right} .tot{width:45%;margin-left:auto;margin-top:10px}"""
    tax_b = fld('Vevő adószáma', b['tax']) if b.get('tax') else ''
    body = f"""<div class='row'><div style='font-size:20pt;font-weight:bold'>{s.get('logo', s['name'])}</div><div style='text-align:right;color:#999'>számla</div></div>
    <div class='row'><div>{fld('Eladó', s['name'])}{fld('Cím', s['addr'])}{fld('Adószám', s['tax'])}{fld('Bankszámla', s.get('bank',''))}</div>
    <div>{fld('Vevő', b['name'])}{fld('Cím', b['addr'])}{tax_b}</div>
    <div>{fld('Számla sorszáma', inv['number'])}{fld('Számla kelte', f.d('issue'))}{fld('Teljesítés dátuma', f.d('fulfil'))}{fld('Fizetési határidő', f.d('due'))}</div></div>
    {notes(inv)}{lines_table(inv, f, cols=('termék','menny.','egység','egységár','nettó','áfa'), vat_col=False)}
    <div class='tot'>{fld('Nettó összesen', f.m(inv['net'])+' Ft')}{fld('ÁFA összesen', f.m(inv['vat'])+' Ft')}{fld('Bruttó végösszeg', '<b style=font-size:14pt>'+f.m(inv['gross'])+' Ft</b>')}</div>"""
    return page(css, body)


# ---------------------------------------------------------------- 11 boxed form
def t_boxed(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    def bx(lbl, val, w="24%"):
        return f"<div class='bx' style='width:{w}'><div class='l'>{lbl}</div><div class='v'>{val}</div></div>"
    css = """body{font-family:'DejaVu Sans';font-size:9pt} .bx{display:inline-block;border:1.5px solid #036;margin:2px;vertical-align:top;box-sizing:border-box;min-height:38px}
    .l{background:#036;color:#fff;font-size:7pt;padding:1px 4px} .v{padding:3px 4px} .lt,.st{width:100%;margin-top:6px} .lt th,.lt td,.st td,.st th{border:1px solid #036;padding:3px}
    .lt td:nth-child(n+2),.st td{text-align:right}"""
    body = f"""<div style='font-size:15pt;font-weight:bold;color:#036'>{KIND_TITLE[inv['kind']]}</div>
    {bx('Szolgáltató', party(s), '49%')}{bx('Ügyfél / Felhasználó', party(b), '49%')}<br>
    {bx('Számlaszám', inv['number'])}{bx('Számla kelte', f.d('issue'))}{bx('Teljesítés időpontja', f.d('fulfil'))}{bx('Fizetési határidő', f.d('due'))}<br>
    {bx('Elszámolási időszak', inv.get('period',''), '49%')}{bx('Felhasználási hely', inv.get('site',''), '49%')}
    {notes(inv)}{lines_table(inv, f)}{summary_table(inv, f)}
    {bx('Fizetendő összeg', '<b style=font-size:13pt>'+f.m(inv['gross'])+' Ft</b>', '49%')}"""
    return page(css, body)


# ---------------------------------------------------------------- 12 receipt-like simplified
def t_receipt(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Mono';font-size:8.5pt;width:72mm} .c{text-align:center} hr{border:none;border-top:1px dashed #000}
    table{width:100%} td{padding:1px 0} td.r{text-align:right}"""
    rows = "".join(f"<tr><td colspan=2>{ln['desc']}</td></tr><tr><td>{f.q(ln['qty'])} {ln.get('unit','db')} x {f.p(ln['price'])}</td><td class=r>{f.m(ln['net'])} {RATE_LABEL[ln['rate']]}</td></tr>" for ln in inv['lines'])
    body = f"""<div class=c><b>{s['name']}</b><br>{s['addr']}<br>Adószám: {s['tax']}</div><hr>
    <div class=c><b>EGYSZERŰSÍTETT SZÁMLA</b><br>Sorszám: {inv['number']}</div><hr>
    Vevő: {b['name']}<br>{b['addr']}<br>{('Adószám: '+b['tax']) if b.get('tax') else ''}<hr>
    <table>{rows}</table><hr><table><tr><td><b>ÖSSZESEN</b></td><td class=r><b>{f.m(inv['gross'])} Ft</b></td></tr></table>
    {notes(inv)}<hr>Kelt: {f.d('issue')}<br>Teljesítés: {f.d('fulfil')}<br>Fizetve: {inv.get('pay','készpénz')}<br>{('Fizetési határidő: '+f.d('due')) if inv.get('due') else ''}"""
    return page(css, body, size="80mm 200mm")


# ---------------------------------------------------------------- 13 capitals headings, serif
def t_caps(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Serif';font-size:10pt} h4{text-transform:uppercase;letter-spacing:2px;border-bottom:1px solid #000;margin:12px 0 4px}
    .lt,.st{width:100%} .lt th{text-transform:uppercase;font-size:7.5pt;text-align:left} .lt td{padding:3px;border-top:1px solid #aaa} .lt td:nth-child(n+2),.st td{text-align:right}"""
    body = f"""<div style='text-align:right;font-size:24pt;letter-spacing:4px'>{KIND_TITLE[inv['kind']]}</div>
    <div style='text-align:right'>SZÁMLASZÁM: <b>{inv['number']}</b></div>
    <h4>Szolgáltató</h4>{party(s)}<h4>Megrendelő</h4>{party(b)}
    <h4>Dátumok</h4>SZÁMLA KELTE: {f.d('issue')} &nbsp; — &nbsp; TELJESÍTÉS: {f.d('fulfil')} &nbsp; — &nbsp; ESEDÉKESSÉG: {f.d('due')}
    <h4>Tételek</h4>{notes(inv)}{lines_table(inv, f)}<h4>Összesítő</h4>{summary_table(inv, f, cols=('ÁFA','NETTÓ','ÁFA ÖSSZEG','BRUTTÓ'), total_label='ÖSSZESEN')}"""
    return page(css, body)


# ---------------------------------------------------------------- 14 window envelope, right meta block
def t_window(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9.5pt} .win{position:absolute;top:30mm;left:0;width:85mm} .meta{position:absolute;top:0;right:0;width:70mm;text-align:right}
    .meta td{padding:1px 3px} .main{margin-top:72mm} .lt,.st{width:100%} .lt th{border-bottom:1px solid #000} .lt td{padding:3px} .lt td:nth-child(n+2),.st td{text-align:right}
    .st{width:60%;margin-left:auto;margin-top:6px} .small{font-size:7pt}"""
    body = f"""<div class='small'>{s['name']} · {s['addr']}</div>
    <div class='win'><b>{b['name']}</b><br>{b['addr']}<br>{('Adószám: '+b['tax']) if b.get('tax') else ''}</div>
    <table class='meta'><tr><td colspan=2 style='font-size:16pt'><b>{KIND_TITLE[inv['kind']].capitalize()}</b></td></tr>
    <tr><td>Számlaszám:</td><td>{inv['number']}</td></tr><tr><td>Dátum:</td><td>{f.d('issue')}</td></tr>
    <tr><td>Teljesítés:</td><td>{f.d('fulfil')}</td></tr><tr><td>Fizetési határidő:</td><td>{f.d('due')}</td></tr>
    <tr><td>Ügyfélszám:</td><td>{inv.get('custno','')}</td></tr></table>
    <div class='main'>{notes(inv)}{lines_table(inv, f)}{summary_table(inv, f)}
    <p style='margin-top:30px;font-size:8pt;border-top:1px solid #999'>{s['name']} · Adószám: {s['tax']} · {' · '.join(s.get('extra',[]))}</p></div>"""
    return page(css, body)


# ---------------------------------------------------------------- 15 sidebar
def t_sidebar(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:9pt} .wrap{display:flex} .side{width:58mm;background:#f0f0e8;padding:8px;margin-right:10px}
    .side div{margin-bottom:6px} .side i{color:#666;font-size:7.5pt;display:block} .lt,.st{width:100%} .lt th{text-align:left;border-bottom:2px solid #886} .lt td{padding:3px}
    .lt td:nth-child(n+2),.st td{text-align:right} .st{margin-top:10px}"""
    prec = f"<div><i>Eredeti számla száma</i>{inv['preceding']}</div>" if inv.get('preceding') else ''
    body = f"""<div class='wrap'><div class='side'><div><i>Bizonylat</i><b>{KIND_TITLE[inv['kind']].capitalize()}</b></div>
    <div><i>Sorszám</i>{inv['number']}</div>{prec}<div><i>Kiállítás</i>{f.d('issue')}</div><div><i>Teljesítés kelte</i>{f.d('fulfil')}</div>
    <div><i>Fizetési határidő</i>{f.d('due')}</div><div><i>Fizetés</i>{inv.get('pay','átutalás')}</div>
    <hr><div><i>Kibocsátó</i>{party(s)}</div></div>
    <div style='flex:1'><div style='font-size:8pt;color:#666'>Vevő</div><div style='font-size:12pt'>{party(b)}</div><br>
    {notes(inv)}{lines_table(inv, f, cols=('Megnevezés','Menny.','Me.','Egységár','Nettó','ÁFA'), vat_col=False)}{summary_table(inv, f)}
    <p style='text-align:right;font-size:12pt'>Végösszeg: <b>{f.m(inv['gross'])} Ft</b></p></div></div>"""
    return page(css, body)


# ---------------------------------------------------------------- 16 utility bill (district heating)
def t_utility(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans';font-size:8.8pt} .band{background:#b33;color:#fff;padding:6px 10px;font-size:13pt} .cols{display:flex;gap:12px;margin:8px 0}
    .cols>div{flex:1;border:1px solid #ccc;padding:6px} .kv td{padding:1px 4px} .lt,.st{width:100%} .lt th{background:#fbe;padding:3px} .lt td{padding:3px;border-bottom:1px solid #eee}
    .lt td:nth-child(n+2),.st td{text-align:right} .pay{border:2px solid #b33;padding:8px;margin-top:8px;font-size:12pt}"""
    rd = "".join(f"<tr><td>{a}</td><td>{c}</td></tr>" for a, c in inv.get('meter', []))
    body = f"""<div class='band'>{s['name']} — Számla</div>
    <div class='cols'><div><b>Felhasználó / Vevő</b><br>{party(b)}</div><div><table class='kv'>
    <tr><td>Számla sorszáma</td><td><b>{inv['number']}</b></td></tr><tr><td>Számla kelte</td><td>{f.d('issue')}</td></tr>
    <tr><td>Teljesítés időpontja</td><td>{f.d('fulfil')}</td></tr><tr><td>Fizetési határidő</td><td>{f.d('due')}</td></tr>
    <tr><td>Elszámolt időszak</td><td>{inv.get('period','')}</td></tr><tr><td>Felhasználási hely</td><td>{inv.get('site','')}</td></tr></table></div></div>
    <table class='kv'>{rd}</table>{notes(inv)}
    {lines_table(inv, f, cols=('Díjtétel','Mennyiség','Me.','Egységár','Nettó','ÁFA','ÁFA összeg','Bruttó'))}
    {summary_table(inv, f)}<div class='pay'>Fizetendő összeg: <b>{f.m(inv['gross'])} Ft</b></div>
    <p style='font-size:7.5pt;color:#555'>Szolgáltató: {s['name']}, {s['addr']}, adószám: {s['tax']}, {' '.join(s.get('extra',[]))}</p>"""
    return page(css, body)


# ---------------------------------------------------------------- 17 dense ERP
def t_erp(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    from .common import NUMERIC, q
    css = """body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:7.8pt} .g{width:100%} .g td{border:0.5px solid #666;padding:2px;vertical-align:top}
    .g .l{font-size:6.5pt;color:#444} .lt{width:100%;margin-top:4px} .lt th,.lt td{border:0.5px solid #666;padding:2px} .lt td:nth-child(n+4){text-align:right}
    .st{margin-left:auto;margin-top:4px} .st td,.st th{border:0.5px solid #666;padding:2px 6px;text-align:right}"""
    rows = []
    for i, ln in enumerate(inv['lines'], 1):
        vat = q(ln['net'] * NUMERIC.get(ln['rate'], 0), inv['currency'])
        rows.append(f"<tr><td>{i}</td><td>{ln.get('code','')}</td><td>{ln['desc']}</td><td>{f.q(ln['qty'])} {ln.get('unit','db')}</td><td>{f.p(ln['price'])}</td><td>{f.m(ln['net'])}</td><td>{RATE_LABEL[ln['rate']]}</td><td>{f.m(vat)}</td></tr>")
    body = f"""<table class='g'><tr><td rowspan=2 style='width:40%'><span class='l'>Eladó</span><br>{party(s)}</td><td><span class='l'>Számlaszám</span><br><b style='font-size:11pt'>{inv['number']}</b></td>
    <td><span class='l'>Rendelésszám</span><br>{inv.get('order','')}</td><td><span class='l'>Szállítólevél</span><br>{inv.get('delivery','')}</td><td><span class='l'>Pénznem</span><br>{inv['currency']}</td></tr>
    <tr><td><span class='l'>Számla kelte</span><br>{f.d('issue')}</td><td><span class='l'>Teljesítés kelte</span><br>{f.d('fulfil')}</td><td colspan=2><span class='l'>Fizetési határidő</span><br>{f.d('due')}</td></tr>
    <tr><td><span class='l'>Vevő</span><br>{party(b)}</td><td colspan=4><span class='l'>Szállítási cím</span><br>{inv.get('ship', b['addr'])}<br><span class='l'>Fizetési mód</span> {inv.get('pay','átutalás')}</td></tr></table>
    {notes(inv)}<table class='lt'><tr><th>#</th><th>Cikkszám</th><th>Megnevezés</th><th>Mennyiség</th><th>Egységár</th><th>Nettó</th><th>ÁFA%</th><th>ÁFA</th></tr>{''.join(rows)}</table>
    {summary_table(inv, f, cols=('ÁFA','Nettó','ÁFA érték','Bruttó'), total_label='Bizonylat összesen')}{fx_line(inv,f)}"""
    return page(css, body)


# ---------------------------------------------------------------- 18 modern webshop, buyer first
def t_webshop(inv):
    f = F(inv); s, b = inv["seller"], inv["buyer"]
    css = """body{font-family:'DejaVu Sans Light','DejaVu Sans';font-size:9.5pt} .hdr{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:4px solid #f60}
    .lt{width:100%;margin-top:10px} .lt th{color:#f60;text-align:left} .lt td{padding:5px 2px;border-bottom:1px solid #eee} .lt td:nth-child(n+2){text-align:right}
    .sum{width:50%;margin-left:auto} .sum td{padding:2px 4px} .sum td+td{text-align:right}"""
    body = f"""<div class='hdr'><div style='font-size:22pt;color:#f60'>{s.get('logo','')}</div><div>Számla #{inv['number']}</div></div>
    <table style='width:100%;margin-top:10px'><tr><td style='vertical-align:top;width:50%'>Számlázási cím<br><b>{b['name']}</b><br>{b['addr']}{('<br>Adószám: '+b['tax']) if b.get('tax') else ''}</td>
    <td style='vertical-align:top'>Rendelés dátuma: {inv.get('order_date','')}<br>Számla kelte: {f.d('issue')}<br>Teljesítés dátuma: {f.d('fulfil')}<br>Fizetési mód: {inv.get('pay','bankkártya')}</td></tr></table>
    {notes(inv)}{lines_table(inv, f, cols=('Termék','Db','Egység','Nettó ár','Nettó','ÁFA'), vat_col=False)}
    <table class='sum'><tr><td>Nettó részösszeg</td><td>{f.m(inv['net'])} Ft</td></tr><tr><td>ÁFA</td><td>{f.m(inv['vat'])} Ft</td></tr>
    <tr><td><b>Fizetendő</b></td><td><b>{f.m(inv['gross'])} Ft</b></td></tr></table>
    <p style='font-size:8pt;color:#666;margin-top:30px'>Eladó: {s['name']}, {s['addr']} · Adószám: {s['tax']} · {' · '.join(s.get('extra',[]))}</p>"""
    return page(css, body)


HTML_TEMPLATES = {k[2:]: v for k, v in globals().items() if k.startswith("t_")}

# ruff: noqa
"""HTML+CSS templates (printed with headless Chromium)."""
from html import escape as _e

from .common import money, dt, qty, rate_label, VAT

TITLES = {
    "normal": "Számla", "advance": "Előlegszámla", "final": "Végszámla",
    "correction": "Helyesbítő számla", "storno": "Sztornó számla", "proforma": "Díjbekérő",
}


def e(s):
    return _e(str(s))


def title(inv):
    return inv.get("title") or TITLES[inv["kind"]]


def M(inv, v):
    return money(v, inv["mstyle"])


def Dt(inv, d):
    return dt(d, inv["dstyle"])


def party_lines(p, lab_tax="Adószám", lab_vat="Közösségi adószám", sep=": "):
    out = [f"<div class='pname'>{e(p.name)}</div>"]
    out += [f"<div>{e(a)}</div>" for a in p.addr]
    if p.tax:
        out.append(f"<div>{e(lab_tax)}{sep}{e(p.tax)}</div>")
    if p.vat:
        out.append(f"<div>{e(lab_vat)}{sep}{e(p.vat)}</div>")
    out += [f"<div>{e(x)}</div>" for x in p.extra]
    return "\n".join(out)


DEFAULT_LABELS = {
    "no": "#", "code": "Cikkszám", "desc": "Megnevezés", "qty": "Menny.", "unit": "Me.",
    "price": "Nettó egységár", "net": "Nettó érték", "rate": "ÁFA %", "vat": "ÁFA érték",
    "gross": "Bruttó érték",
}


def items_table(inv, cols, labels=None, cls="items", lang="hu"):
    lab = dict(DEFAULT_LABELS)
    lab.update(labels or {})
    h = "".join(f"<th class='c-{c}'>{e(lab[c])}</th>" for c in cols)
    rows = []
    for i, ln in enumerate(inv["lines"], 1):
        cells = []
        for c in cols:
            if c == "no":
                v = f"{i}."
            elif c == "code":
                v = ln.code
            elif c == "desc":
                v = ln.desc
            elif c == "qty":
                v = qty(ln.qty)
            elif c == "unit":
                v = ln.unit
            elif c == "price":
                v = M(inv, ln.price)
            elif c == "net":
                v = M(inv, ln.net)
            elif c == "rate":
                v = rate_label(ln.vat, lang)
            elif c == "vat":
                v = M(inv, ln.tax)
            elif c == "gross":
                v = M(inv, ln.gross)
            elif c == "qtyunit":
                v = f"{qty(ln.qty)} {ln.unit}"
            cells.append(f"<td class='c-{c}'>{e(v)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def vat_summary(inv, labels=("ÁFA kulcs", "Nettó", "ÁFA", "Bruttó"), total_label="Összesen",
                cls="vatsum", lang="hu", with_total=True):
    rows = "".join(
        f"<tr><td>{e(rate_label(k, lang))}</td><td>{M(inv, s[0])}</td><td>{M(inv, s[1])}</td><td>{M(inv, s[2])}</td></tr>"
        for k, s in inv["summary"].items()
    )
    tot = (f"<tr class='tot'><td>{e(total_label)}</td><td>{M(inv, inv['net'])}</td>"
           f"<td>{M(inv, inv['vat'])}</td><td>{M(inv, inv['gross'])}</td></tr>") if with_total else ""
    h = "".join(f"<th>{e(x)}</th>" for x in labels)
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{rows}{tot}</tbody></table>"


def notes(inv):
    return "".join(f"<p class='note'>{e(n)}</p>" for n in inv.get("notes", []))


def fx_block(inv, lang="hu"):
    if not inv.get("fx"):
        return ""
    if lang == "hu":
        return (f"<p class='fx'>Alkalmazott árfolyam: 1 EUR = {money(inv['fx'], 'hu2')} HUF "
                f"({e(inv.get('fx_src', 'MNB'))}). Az áfa összege forintban: {money(inv['vat_huf'], 'space')} Ft</p>")
    return (f"<p class='fx'>Árfolyam / Exchange rate: 1 EUR = {money(inv['fx'], 'hu2')} HUF "
            f"({e(inv.get('fx_src', 'MNB'))}) &middot; ÁFA HUF-ban / VAT in HUF: {money(inv['vat_huf'], 'space')} HUF</p>")


def page(css, body):
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm 13mm 14mm 13mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #111; margin: 0; }}
table {{ border-collapse: collapse; }}
td, th {{ white-space: nowrap; }}
td.c-desc {{ white-space: normal; }}
{css}
</style></head><body>{body}</body></html>"""


# ---------------------------------------------------------------- templates

def classic_twocol(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """
h1 { text-align:center; font-size:20pt; margin:0 0 2mm 0; letter-spacing:0; }
.sub { text-align:center; font-size:9pt; margin-bottom:4mm; }
.parties { display:flex; gap:4mm; }
.box { flex:1; border:1px solid #333; padding:3mm; min-height:32mm; }
.box h3 { margin:0 0 1.5mm 0; font-size:8pt; text-transform:uppercase; color:#444; }
.pname { font-weight:bold; font-size:11pt; }
table.meta { width:100%; margin:4mm 0; }
table.meta th, table.meta td { border:1px solid #333; padding:1.5mm; text-align:center; font-size:8.5pt; }
table.meta th { background:#e8e8e8; font-weight:normal; }
table.items { width:100%; margin-top:2mm; }
table.items th { background:#333; color:#fff; font-size:8pt; padding:1.5mm; }
table.items td { border-bottom:1px solid #bbb; padding:1.5mm; font-size:8.5pt; }
td.c-qty, td.c-price, td.c-net, td.c-vat, td.c-gross, td.c-rate { text-align:right; }
table.vatsum { margin:4mm 0 0 auto; }
table.vatsum th, table.vatsum td { border:1px solid #333; padding:1.2mm 3mm; text-align:right; }
table.vatsum tr.tot td { font-weight:bold; }
.payable { text-align:right; font-size:13pt; font-weight:bold; margin-top:4mm; }
.note { font-size:8pt; margin:1mm 0; }
.fx { font-size:8.5pt; border:1px dashed #666; padding:2mm; }
"""
    cur = inv["cursym"]
    meta_h = ["Számla sorszáma", "Számla kelte", "Teljesítés dátuma", "Fizetési határidő", "Fizetési mód"]
    meta_v = [inv["number"], Dt(inv, inv["issue"]), Dt(inv, inv["fulfil"]), Dt(inv, inv["due"]), inv["paymode"]]
    if inv.get("preceding"):
        meta_h.append("Eredeti számla")
        meta_v.append(inv["preceding"])
    meta = ("<table class='meta'><tr>" + "".join(f"<th>{e(x)}</th>" for x in meta_h) + "</tr><tr>"
            + "".join(f"<td><b>{e(x)}</b></td>" for x in meta_v) + "</tr></table>")
    body = f"""
<h1>{e(title(inv).upper())}</h1>
<div class='sub'>{e(inv.get('subtitle', 'Eredeti példány'))}</div>
<div class='parties'>
 <div class='box'><h3>Eladó</h3>{party_lines(s)}</div>
 <div class='box'><h3>Vevő</h3>{party_lines(b)}</div>
</div>
{meta}
{items_table(inv, ['no', 'desc', 'qty', 'unit', 'price', 'net', 'rate', 'vat', 'gross'])}
{vat_summary(inv, total_label='Összesen (' + cur + ')')}
<div class='payable'>Fizetendő összesen: {M(inv, inv['gross'])} {e(cur)}</div>
{fx_block(inv)}
{notes(inv)}
"""
    return page(css, body)


def letterhead_footer(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """
.lh { border-bottom:3px solid #2f6b2f; padding-bottom:2mm; display:flex; justify-content:space-between; align-items:flex-end; }
.lh .brand { font-size:18pt; font-weight:bold; color:#2f6b2f; }
.lh .tag { font-size:8pt; color:#555; text-align:right; }
.row { display:flex; justify-content:space-between; margin-top:8mm; }
.window { width:85mm; font-size:10pt; }
.window .small { font-size:7pt; color:#666; border-bottom:1px solid #aaa; margin-bottom:2mm; }
.pname { font-weight:bold; }
.meta { width:75mm; }
.meta table { width:100%; }
.meta td { padding:0.8mm 1mm; font-size:9pt; }
.meta td.l { color:#555; }
.meta td.v { text-align:right; font-weight:bold; }
h1 { font-size:15pt; margin:6mm 0 3mm 0; color:#2f6b2f; }
table.items { width:100%; }
table.items th { border-top:1px solid #2f6b2f; border-bottom:1px solid #2f6b2f; font-size:8pt; text-align:left; padding:1.2mm; }
table.items td { padding:1.2mm; font-size:8.5pt; border-bottom:1px dotted #aaa; }
td.c-qty, td.c-price, td.c-net, td.c-rate, td.c-gross { text-align:right; }
.sumrow { display:flex; justify-content:flex-end; margin-top:4mm; }
table.vatsum th { font-size:8pt; color:#555; font-weight:normal; padding:1mm 3mm; text-align:right; }
table.vatsum td { text-align:right; padding:1mm 3mm; }
table.vatsum tr.tot td { border-top:2px solid #2f6b2f; font-weight:bold; }
.note { font-size:8pt; color:#333; }
.footer { position:fixed; bottom:0; left:0; right:0; border-top:1px solid #2f6b2f; font-size:7.5pt; color:#333; padding-top:1.5mm; text-align:center; }
"""
    fl = [s.name] + s.addr
    if s.tax:
        fl.append(f"Adószám: {s.tax}")
    if s.vat:
        fl.append(f"EU adószám: {s.vat}")
    fl += s.extra
    meta_rows = [("Számlaszám", inv["number"]), ("Kiállítás dátuma", Dt(inv, inv["issue"])),
                 ("Teljesítés kelte", Dt(inv, inv["fulfil"])), ("Esedékesség", Dt(inv, inv["due"])),
                 ("Fizetés módja", inv["paymode"])]
    if inv.get("preceding"):
        meta_rows.insert(1, ("Sztornózott számla" if inv["kind"] == "storno" else "Hivatkozott számla", inv["preceding"]))
    meta = "".join(f"<tr><td class='l'>{e(a)}</td><td class='v'>{e(v)}</td></tr>" for a, v in meta_rows)
    body = f"""
<div class='lh'><div class='brand'>{e(inv.get('brand', s.name))}</div><div class='tag'>{'<br>'.join(e(x) for x in inv.get('tagline', []))}</div></div>
<div class='row'>
 <div class='window'><div class='small'>{e(s.name)} &middot; {e(s.addr[0])}</div>
   {party_lines(b, lab_tax='Adószám', lab_vat='EU adószám')}</div>
 <div class='meta'><table>{meta}</table></div>
</div>
<h1>{e(title(inv))}</h1>
{items_table(inv, ['code', 'desc', 'qty', 'unit', 'price', 'rate', 'net', 'gross'], {'code': 'Cikksz.', 'price': 'Egységár', 'net': 'Nettó', 'gross': 'Bruttó', 'rate': 'Áfa'})}
<div class='sumrow'>{vat_summary(inv, labels=('Áfakulcs', 'Nettó érték', 'Áfa érték', 'Bruttó érték'), total_label='Végösszeg')}</div>
{notes(inv)}
<div class='footer'>{' | '.join(e(x) for x in fl)}</div>
"""
    return page(css, body)


def stacked(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """
body { font-family: 'DejaVu Serif', serif; }
h1 { font-size:16pt; margin:0; border-bottom:1px solid #000; }
.num { font-size:10pt; margin:1mm 0 4mm 0; }
.sect { margin:2mm 0; padding-left:2mm; border-left:3px solid #999; }
.sect .lab { font-style:italic; font-size:8.5pt; }
.pname { font-weight:bold; }
table.grid { margin:4mm 0; }
table.grid td { padding:0.6mm 4mm 0.6mm 0; }
table.grid td.l { font-style:italic; }
table.items { width:100%; margin-top:3mm; }
table.items th { border:1px solid #000; font-size:8pt; padding:1mm; }
table.items td { border:1px solid #000; font-size:8.5pt; padding:1mm; }
td.c-qty, td.c-price, td.c-net, td.c-vat, td.c-gross, td.c-rate { text-align:right; }
table.vatsum { margin-top:3mm; }
table.vatsum th, table.vatsum td { border:1px solid #000; padding:1mm 3mm; text-align:right; }
table.vatsum tr.tot td { font-weight:bold; }
.big { margin-top:3mm; font-size:12pt; }
.note { font-size:8.5pt; }
.sign { margin-top:14mm; display:flex; justify-content:space-between; font-size:8.5pt; }
.sign div { border-top:1px solid #000; width:60mm; text-align:center; padding-top:1mm; }
"""
    grid = [("Számlaszám", inv["number"]), ("Kelt", Dt(inv, inv["issue"])),
            ("Teljesítés időpontja", Dt(inv, inv["fulfil"])), ("Fizetési határidő", Dt(inv, inv["due"])),
            ("Fizetés módja", inv["paymode"])]
    grid += inv.get("extra_grid", [])
    g = "".join(f"<tr><td class='l'>{e(a)}:</td><td>{e(v)}</td></tr>" for a, v in grid if v)
    body = f"""
<h1>{e(title(inv))}</h1>
<div class='num'>{e(inv.get('subtitle', ''))}</div>
<div class='sect'><div class='lab'>Szállító (eladó):</div>{party_lines(s)}</div>
<div class='sect'><div class='lab'>Vevő (megrendelő):</div>{party_lines(b)}</div>
<table class='grid'>{g}</table>
{items_table(inv, ['desc', 'qty', 'unit', 'price', 'net', 'rate', 'vat', 'gross'], {'desc': 'Termék / szolgáltatás', 'price': 'Egységár (nettó)'})}
{vat_summary(inv, labels=('Áfa', 'Nettó összeg', 'Áfa összeg', 'Bruttó összeg'), total_label='Mindösszesen')}
<div class='big'>Fizetendő: <b>{M(inv, inv['gross'])} {e(inv['cursym'])}</b></div>
{notes(inv)}
<div class='sign'><div>kiállító</div><div>átvevő</div></div>
"""
    return page(css, body)


def erp_grid(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size:9pt; }
.top { display:flex; justify-content:space-between; align-items:flex-start; }
.top .logo { font-size:13pt; font-weight:bold; }
.top .doc { text-align:right; }
.top .doc .t { font-size:16pt; font-weight:bold; }
.f { border:1px solid #777; padding:1mm 1.5mm; }
.f .lbl { font-size:6pt; color:#888; text-transform:uppercase; display:block; }
.f .val { font-size:9.5pt; }
.grid2 { display:grid; grid-template-columns:1fr 1fr; gap:0; margin-top:3mm; }
.grid5 { display:grid; grid-template-columns:repeat(5, 1fr); margin-top:2mm; }
.pname { font-weight:bold; }
table.items { width:100%; margin-top:3mm; }
table.items th { font-size:6.5pt; color:#888; text-transform:uppercase; font-weight:normal; border-bottom:1px solid #777; text-align:left; padding:1mm; }
table.items td { padding:1mm; border-bottom:1px solid #ddd; }
td.c-qty, td.c-price, td.c-net, td.c-vat, td.c-gross, td.c-rate { text-align:right; }
.bottom { display:flex; justify-content:space-between; margin-top:4mm; }
table.vatsum th { font-size:6.5pt; color:#888; font-weight:normal; text-transform:uppercase; padding:0.8mm 2.5mm; text-align:right; }
table.vatsum td { padding:0.8mm 2.5mm; text-align:right; border-top:1px solid #ddd; }
.totbox { border:2px solid #000; padding:2mm 4mm; min-width:60mm; }
.totbox .r { display:flex; justify-content:space-between; gap:6mm; }
.totbox .g { font-size:12pt; font-weight:bold; border-top:1px solid #000; margin-top:1mm; padding-top:1mm; }
.note { font-size:7.5pt; color:#444; }
"""

    def f(lbl, val):
        return f"<div class='f'><span class='lbl'>{e(lbl)}</span><span class='val'>{val}</span></div>"

    pre = f("Eredeti bizonylat", e(inv["preceding"])) if inv.get("preceding") else f("Rendelésszám", e(inv.get("order", "-")))
    body = f"""
<div class='top'><div class='logo'>{e(inv.get('brand', s.name))}</div>
<div class='doc'><div class='t'>{e(title(inv).upper())}</div><div>{e(inv.get('subtitle', ''))}</div></div></div>
<div class='grid2'>
 {f('Szolgáltató', party_lines(s))}
 {f('Ügyfél', party_lines(b))}
</div>
<div class='grid5'>
 {f('Bizonylatszám', '<b>' + e(inv['number']) + '</b>')}
 {f('Kiállítva', e(Dt(inv, inv['issue'])))}
 {f('Teljesítés', e(Dt(inv, inv['fulfil'])))}
 {f('Esedékes', e(Dt(inv, inv['due'])))}
 {f('Fizetési mód', e(inv['paymode']))}
</div>
<div class='grid5'>{f('Pénznem', e(inv['currency']))}{pre}{f('Ügyfélkód', e(inv.get('custcode', '-')))}{f('Üzletkötő', e(inv.get('agent', '-')))}{f('Oldal', '1/1')}</div>
{items_table(inv, ['code', 'desc', 'qty', 'unit', 'price', 'net', 'rate', 'vat', 'gross'], {'code': 'Kód', 'price': 'Egységár', 'vat': 'Áfa', 'rate': 'Kulcs', 'net': 'Nettó', 'gross': 'Bruttó'})}
<div class='bottom'>
 <div>{vat_summary(inv, labels=('Kulcs', 'Nettó', 'Áfa', 'Bruttó'), with_total=False)}</div>
 <div class='totbox'>
  <div class='r'><span>Nettó összesen</span><span>{M(inv, inv['net'])}</span></div>
  <div class='r'><span>Áfa összesen</span><span>{M(inv, inv['vat'])}</span></div>
  <div class='r g'><span>Bruttó összesen</span><span>{M(inv, inv['gross'])} {e(inv['cursym'])}</span></div>
 </div>
</div>
{notes(inv)}
"""
    return page(css, body)


def caps_modern(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """
.band { background:#1d3f5e; color:#fff; padding:4mm 5mm; display:flex; justify-content:space-between; align-items:center; }
.band .t { font-size:22pt; font-weight:bold; text-transform:uppercase; }
.band .n { font-size:11pt; text-align:right; }
.cols { display:flex; gap:6mm; margin-top:5mm; }
.col { flex:1; }
h4 { text-transform:uppercase; font-size:8pt; color:#1d3f5e; border-bottom:2px solid #1d3f5e; margin:0 0 1.5mm 0; }
.pname { font-weight:bold; font-size:10.5pt; }
table.mt td { padding:0.6mm 0; font-size:9pt; }
table.mt td.l { color:#555; padding-right:4mm; }
table.items { width:100%; margin-top:5mm; }
table.items th { text-transform:uppercase; font-size:7.5pt; color:#1d3f5e; border-bottom:2px solid #1d3f5e; padding:1.2mm; text-align:left; }
table.items td { padding:1.5mm 1.2mm; border-bottom:1px solid #ccd; }
table.items tbody tr:nth-child(even) td { background:#f0f3f7; }
td.c-qty, td.c-price, td.c-net, td.c-vat, td.c-gross, td.c-rate { text-align:right; }
.sum { display:flex; justify-content:flex-end; margin-top:4mm; }
table.vatsum th { text-transform:uppercase; font-size:7.5pt; color:#1d3f5e; padding:1mm 3mm; text-align:right; }
table.vatsum td { padding:1mm 3mm; text-align:right; }
table.vatsum tr.tot td { background:#1d3f5e; color:#fff; font-weight:bold; }
.note { font-size:8pt; }
"""
    mt = [("Kiállítás dátuma", Dt(inv, inv["issue"])), ("Teljesítés dátuma", Dt(inv, inv["fulfil"])),
          ("Fizetési határidő", Dt(inv, inv["due"])), ("Fizetési mód", inv["paymode"]),
          ("Pénznem", inv["currency"])]
    if inv.get("preceding"):
        mt.insert(0, ("Módosított számla", inv["preceding"]))
    mt_html = "".join(f"<tr><td class='l'>{e(a)}</td><td>{e(v)}</td></tr>" for a, v in mt if v)
    body = f"""
<div class='band'><div class='t'>{e(title(inv))}</div><div class='n'>Sorszám<br><b>{e(inv['number'])}</b></div></div>
<div class='cols'>
 <div class='col'><h4>Kibocsátó</h4>{party_lines(s)}</div>
 <div class='col'><h4>Vevő</h4>{party_lines(b)}</div>
 <div class='col'><h4>Adatok</h4><table class='mt'>{mt_html}</table></div>
</div>
{items_table(inv, ['no', 'desc', 'qty', 'unit', 'price', 'rate', 'net', 'vat', 'gross'], {'price': 'Egységár', 'net': 'Nettó', 'vat': 'ÁFA', 'gross': 'Bruttó'})}
<div class='sum'>{vat_summary(inv, labels=('ÁFA', 'Nettó', 'ÁFA összeg', 'Bruttó'), total_label='FIZETENDŐ')}</div>
{notes(inv)}
"""
    return page(css, body)


def dotmatrix(inv):
    s, b = inv["seller"], inv["buyer"]
    W = 96
    L = []

    def ln(x=""):
        L.append(x)

    def lr(a, bb):
        ln(a + " " * max(1, W - len(a) - len(bb)) + bb)

    ln("=" * W)
    ln(s.name)
    for a in s.addr:
        ln(a)
    ln(f"Adószám: {s.tax}" + (f"   Közösségi adószám: {s.vat}" if s.vat else ""))
    for x in s.extra:
        ln(x)
    ln("=" * W)
    ln(f"{title(inv).upper():^{W}}")
    ln(f"{'Bizonylatszám: ' + inv['number']:^{W}}")
    ln("-" * W)
    ln("VEVŐ:")
    ln("  " + b.name)
    for a in b.addr:
        ln("  " + a)
    if b.tax:
        ln("  Adószám: " + b.tax)
    if b.vat:
        ln("  Közösségi adószám: " + b.vat)
    ln("-" * W)
    lr(f"Számla kelte......: {Dt(inv, inv['issue'])}", f"Fizetési mód.....: {inv['paymode']}")
    lr(f"Teljesítés kelte..: {Dt(inv, inv['fulfil'])}", f"Fizetési határidő: {Dt(inv, inv['due'])}")
    if inv.get("preceding"):
        ln(f"Eredeti számla sorszáma: {inv['preceding']}")
    ln("-" * W)
    hdr = f"{'Cikk':<8}{'Megnevezés':<30}{'Menny.':>8} {'Me':<4}{'Egységár':>11}{'Nettó':>13}{'ÁFA':>6}{'Bruttó':>14}"
    ln(hdr)
    ln("-" * W)
    for x in inv["lines"]:
        d = x.desc
        first = d[:29]
        ln(f"{x.code:<8}{first:<30}{qty(x.qty):>8} {x.unit:<4}{M(inv, x.price):>11}{M(inv, x.net):>13}{rate_label(x.vat):>6}{M(inv, x.gross):>14}")
        rest = d[29:].strip()
        while rest:
            ln(" " * 8 + rest[:29])
            rest = rest[29:].strip()
    ln("-" * W)
    ln("ÁFA-összesítő:")
    ln(f"  {'Kulcs':<10}{'Nettó':>16}{'ÁFA':>16}{'Bruttó':>16}")
    for k, v in inv["summary"].items():
        ln(f"  {rate_label(k):<10}{M(inv, v[0]):>16}{M(inv, v[1]):>16}{M(inv, v[2]):>16}")
    ln("-" * W)
    lr("NETTÓ ÖSSZESEN:", M(inv, inv["net"]) + " Ft")
    lr("ÁFA ÖSSZESEN:", M(inv, inv["vat"]) + " Ft")
    lr("BRUTTÓ ÖSSZESEN:", M(inv, inv["gross"]) + " Ft")
    ln("=" * W)
    for n in inv.get("notes", []):
        ln(n)
    ln("")
    ln(inv.get("footer_prog", "Készült: AGRO-SZÁML v3.1 számlázóprogrammal"))
    pre = "\n".join(e(x) for x in L)
    css = """
@page { margin: 12mm 10mm; }
body { font-family: 'DejaVu Sans Mono', monospace; font-size:8.4pt; color:#222; }
pre { font-family: inherit; margin:0; line-height:1.25; }
"""
    return page(css, f"<pre>{pre}</pre>")


def bilingual_en(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """
.hd { display:flex; justify-content:space-between; border-bottom:1px solid #999; padding-bottom:3mm; }
.hd .t { font-size:18pt; }
.hd .t small { display:block; font-size:10pt; color:#666; }
.hd .co { text-align:right; font-size:8.5pt; }
.hd .co .pname { font-size:11pt; font-weight:bold; }
table.hf { width:100%; margin-top:4mm; }
table.hf td { border:1px solid #bbb; padding:1.5mm; vertical-align:top; width:25%; }
table.hf .l { font-size:7pt; color:#666; display:block; }
.pname { font-weight:bold; }
table.items { width:100%; margin-top:4mm; }
table.items th { background:#eee; font-size:7.5pt; padding:1.2mm; text-align:left; border-bottom:1px solid #999; }
table.items td { padding:1.2mm; border-bottom:1px solid #ddd; font-size:8.5pt; }
td.c-qty, td.c-price, td.c-net, td.c-vat, td.c-gross, td.c-rate { text-align:right; }
table.vatsum { margin:4mm 0 0 auto; }
table.vatsum th { font-size:7.5pt; background:#eee; padding:1mm 3mm; text-align:right; }
table.vatsum td { padding:1mm 3mm; text-align:right; border-bottom:1px solid #ddd; }
table.vatsum tr.tot td { font-weight:bold; border-top:2px solid #000; }
.fx { font-size:8.5pt; background:#f6f6f6; padding:2mm; margin-top:3mm; }
.note { font-size:8pt; }
"""
    sp = party_lines(s, lab_tax="Adószám / Tax No.", lab_vat="EU adószám / EU VAT No.")
    bp = party_lines(b, lab_tax="Adószám / Tax No.", lab_vat="EU adószám / EU VAT No.")
    tt = {"normal": "Invoice", "advance": "Advance invoice", "proforma": "Pro forma invoice",
          "correction": "Credit note", "storno": "Cancellation", "final": "Final invoice"}[inv["kind"]]
    body = f"""
<div class='hd'><div class='t'>{e(title(inv))}<small>{tt}</small></div><div class='co'>{sp}</div></div>
<table class='hf'><tr>
<td><span class='l'>Számlaszám / Invoice No.</span><b>{e(inv['number'])}</b></td>
<td><span class='l'>Számla kelte / Date of issue</span>{e(Dt(inv, inv['issue']))}</td>
<td><span class='l'>Teljesítés dátuma / Date of supply</span>{e(Dt(inv, inv['fulfil']))}</td>
<td><span class='l'>Fizetési határidő / Due date</span>{e(Dt(inv, inv['due']))}</td>
</tr><tr>
<td colspan='2'><span class='l'>Vevő / Customer</span>{bp}</td>
<td><span class='l'>Fizetési mód / Payment</span>{e(inv['paymode'])}</td>
<td><span class='l'>Pénznem / Currency</span>{e(inv['currency'])}</td>
</tr></table>
{items_table(inv, ['no', 'desc', 'qty', 'unit', 'price', 'net', 'rate', 'vat', 'gross'], {'desc': 'Megnevezés / Description', 'qty': 'Menny. / Qty', 'unit': 'Me. / Unit', 'price': 'Egységár / Unit price', 'net': 'Nettó / Net', 'rate': 'ÁFA / VAT', 'vat': 'ÁFA / VAT amt', 'gross': 'Bruttó / Gross'})}
{vat_summary(inv, labels=('ÁFA kulcs / VAT rate', 'Nettó / Net', 'ÁFA / VAT', 'Bruttó / Gross'), total_label='Összesen / Total ' + inv['cursym'])}
{fx_block(inv, 'en')}
{notes(inv)}
"""
    return page(css, body)


def _noextra(p):
    import dataclasses
    return dataclasses.replace(p, extra=[])


def bilingual_de(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """
body { font-size:9pt; }
.sender { font-size:7pt; text-decoration:underline; margin-top:18mm; }
.addr { margin-top:2mm; font-size:10pt; }
.pname { font-weight:bold; }
.right { position:absolute; top:0; right:0; width:70mm; font-size:8.5pt; text-align:right; }
.right .firm { font-size:14pt; font-weight:bold; }
table.info { margin-top:8mm; }
table.info td { padding:0.7mm 6mm 0.7mm 0; }
h1 { font-size:14pt; margin:8mm 0 2mm 0; }
table.items { width:100%; margin-top:3mm; }
table.items th { border-bottom:1px solid #000; font-size:7.5pt; text-align:left; padding:1mm; }
table.items td { padding:1mm; font-size:8.5pt; }
td.c-qty, td.c-price, td.c-net, td.c-rate { text-align:right; }
table.tot { margin:4mm 0 0 auto; }
table.tot td { padding:0.8mm 0 0.8mm 8mm; text-align:right; }
table.tot tr.g td { font-weight:bold; border-top:1px solid #000; border-bottom:3px double #000; }
.note { font-size:8pt; }
.foot { position:fixed; bottom:0; left:0; right:0; font-size:7pt; color:#444; display:flex; justify-content:space-between; border-top:1px solid #888; padding-top:1mm; }
"""
    rows = [("Rechnungsnummer / Számlaszám", inv["number"]), ("Rechnungsdatum / Számla kelte", Dt(inv, inv["issue"])),
            ("Lieferdatum / Teljesítés", Dt(inv, inv["fulfil"])), ("Fällig am / Fizetési határidő", Dt(inv, inv["due"])),
            ("Kundennummer / Vevőkód", inv.get("custcode", ""))]
    info = "".join(f"<tr><td>{e(a)}</td><td><b>{e(v)}</b></td></tr>" for a, v in rows if v)
    tot = (f"<tr><td>Nettobetrag / Nettó összeg</td><td>{M(inv, inv['net'])} {e(inv['cursym'])}</td></tr>"
           f"<tr><td>USt. / ÁFA 0%</td><td>{M(inv, inv['vat'])} {e(inv['cursym'])}</td></tr>"
           f"<tr class='g'><td>Gesamtbetrag / Bruttó végösszeg</td><td>{M(inv, inv['gross'])} {e(inv['cursym'])}</td></tr>")
    body = f"""
<div style='position:relative'>
<div class='right'><div class='firm'>{e(s.name)}</div>{'<br>'.join(e(a) for a in s.addr)}<br>UID-Nr. / Közösségi adószám: {e(s.vat)}<br>{'<br>'.join(e(x) for x in s.extra)}</div>
<div class='sender'>{e(s.name)} · {e(s.addr[0])} · {e(s.addr[-1])}</div>
<div class='addr'>{party_lines(_noextra(b), lab_tax='Steuernummer / Adószám', lab_vat='UID-Nr. / Közösségi adószám')}</div>
</div>
<table class='info'>{info}</table>
<h1>RECHNUNG / SZÁMLA</h1>
{items_table(inv, ['no', 'code', 'desc', 'qty', 'unit', 'price', 'net'], {'no': 'Pos.', 'code': 'Art.-Nr.', 'desc': 'Bezeichnung / Megnevezés', 'qty': 'Menge', 'unit': 'ME', 'price': 'Einzelpreis / Egységár', 'net': 'Betrag / Összeg'})}
<table class='tot'>{tot}</table>
{notes(inv)}
<div class='foot'><span>{e(s.name)} · Firmenbuch {e(inv.get('fn', ''))}</span><span>{' · '.join(e(x) for x in s.extra)}</span></div>
"""
    return page(css, body)


def foreign_en(inv):
    s, b = inv["seller"], inv["buyer"]
    accent = inv.get("accent", "#7a3b00")
    css = f"""
.head {{ display:flex; justify-content:space-between; }}
.head .firm {{ font-size:15pt; font-weight:bold; color:{accent}; }}
.head .inv {{ font-size:24pt; color:{accent}; font-weight:bold; }}
.pname {{ font-weight:bold; }}
.two {{ display:flex; gap:10mm; margin-top:6mm; }}
.two > div {{ flex:1; }}
.lab {{ font-size:7.5pt; color:#777; text-transform:uppercase; margin-bottom:1mm; }}
table.kv td {{ padding:0.7mm 5mm 0.7mm 0; }}
table.items {{ width:100%; margin-top:5mm; }}
table.items th {{ border-bottom:2px solid {accent}; font-size:8pt; text-align:left; padding:1.2mm; }}
table.items td {{ padding:1.2mm; border-bottom:1px solid #ddd; }}
td.c-qty, td.c-price, td.c-net, td.c-rate, td.c-vat {{ text-align:right; }}
table.tot {{ margin:4mm 0 0 auto; }}
table.tot td {{ padding:1mm 0 1mm 10mm; text-align:right; }}
table.tot tr.g td {{ font-weight:bold; font-size:11pt; border-top:2px solid {accent}; }}
.note {{ font-size:8pt; }}
.bank {{ margin-top:6mm; font-size:8pt; border-top:1px solid #ccc; padding-top:2mm; }}
"""
    kv = [("Invoice no.", inv["number"]), ("Invoice date", Dt(inv, inv["issue"])),
          ("Delivery date", Dt(inv, inv["fulfil"])), ("Due date", Dt(inv, inv["due"])),
          ("Currency", inv["currency"]), ("Order ref.", inv.get("order", "")), ("Incoterms", inv.get("incoterms", ""))]
    kvh = "".join(f"<tr><td>{e(a)}</td><td><b>{e(v)}</b></td></tr>" for a, v in kv if v)
    c = inv["cursym"]
    tot = (f"<tr><td>Subtotal (net)</td><td>{c} {M(inv, inv['net'])}</td></tr>"
           f"<tr><td>VAT {e(inv.get('vatnote_short', '0%'))}</td><td>{c} {M(inv, inv['vat'])}</td></tr>"
           f"<tr class='g'><td>Total amount due</td><td>{c} {M(inv, inv['gross'])}</td></tr>")
    body = f"""
<div class='head'><div><div class='firm'>{e(s.name)}</div>{'<br>'.join(e(a) for a in s.addr)}<br>VAT ID: {e(s.vat)}</div><div class='inv'>INVOICE</div></div>
<div class='two'>
 <div><div class='lab'>Bill to</div>{party_lines(b, lab_tax='HU tax no.', lab_vat='VAT ID')}</div>
 <div><table class='kv'>{kvh}</table></div>
</div>
{items_table(inv, ['no', 'desc', 'qty', 'unit', 'price', 'rate', 'net'], {'no': 'Item', 'desc': 'Description', 'qty': 'Qty', 'unit': 'Unit', 'price': 'Unit price', 'rate': 'VAT', 'net': 'Amount'}, lang='en')}
<table class='tot'>{tot}</table>
{notes(inv)}
<div class='bank'>{' &nbsp;|&nbsp; '.join(e(x) for x in s.extra)}</div>
"""
    return page(css, body)


def receipt(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """
@page { size: 80mm 165mm; margin: 4mm; }
body { font-family:'DejaVu Sans Mono', monospace; font-size:7.6pt; }
.c { text-align:center; }
.hr { border-top:1px dashed #000; margin:1.5mm 0; }
.pname { font-weight:bold; }
table { width:100%; }
td { white-space:normal; }
td.r { text-align:right; white-space:nowrap; }
.big { font-size:10pt; font-weight:bold; }
"""
    items = ""
    for x in inv["lines"]:
        items += (f"<tr><td colspan='2'>{e(x.desc)}</td></tr><tr><td>{qty(x.qty)} {e(x.unit)} x {M(inv, x.price + x.price * VAT[x.vat][0])}"
                  f" ({e(rate_label(x.vat))})</td><td class='r'>{M(inv, x.gross)}</td></tr>")
    summ = "".join(
        f"<tr><td>{e(rate_label(k))}: nettó {M(inv, v[0])} / áfa</td><td class='r'>{M(inv, v[1])}</td></tr>"
        for k, v in inv["summary"].items())
    body = f"""
<div class='c'><span class='pname'>{e(s.name)}</span><br>{'<br>'.join(e(a) for a in s.addr)}<br>Adószám: {e(s.tax)}<br>{'<br>'.join(e(x) for x in s.extra)}</div>
<div class='hr'></div>
<div class='c big'>EGYSZERŰSÍTETT SZÁMLA</div>
<div class='c'>Sorszám: {e(inv['number'])}</div>
<div class='hr'></div>
<div>Vevő: {e(b.name)}<br>{'<br>'.join(e(a) for a in b.addr)}{('<br>Adószám: ' + e(b.tax)) if b.tax else ''}</div>
<div class='hr'></div>
<table>{items}</table>
<div class='hr'></div>
<table>{summ}
<tr><td>Nettó összesen</td><td class='r'>{M(inv, inv['net'])}</td></tr>
<tr><td>Áfatartalom összesen</td><td class='r'>{M(inv, inv['vat'])}</td></tr></table>
<div class='hr'></div>
<table><tr><td class='big'>FIZETENDŐ</td><td class='r big'>{M(inv, inv['gross'])} Ft</td></tr></table>
<div class='hr'></div>
<div>Kelt: {e(Dt(inv, inv['issue']))}<br>Teljesítés: {e(Dt(inv, inv['fulfil']))}<br>Fizetés: {e(inv['paymode'])}</div>
<div class='hr'></div>
<div class='c'>{'<br>'.join(e(n) for n in inv.get('notes', []))}</div>
"""
    return page(css, body)


def multipage(inv):
    s, b = inv["seller"], inv["buyer"]
    css = """
.hdr { display:flex; justify-content:space-between; border:1px solid #000; }
.hdr > div { padding:2mm; }
.hdr .l { width:50%; border-right:1px solid #000; }
.t { font-size:16pt; font-weight:bold; }
.pname { font-weight:bold; }
.small { font-size:7.5pt; color:#555; }
table.m { width:100%; border:1px solid #000; border-top:none; }
table.m td { border-right:1px solid #000; padding:1mm 2mm; font-size:8.5pt; }
table.m td span { display:block; font-size:6.5pt; color:#555; }
table.items { width:100%; margin-top:3mm; }
table.items thead { display: table-header-group; }
table.items th { border:1px solid #000; background:#ddd; font-size:7.5pt; padding:1mm; }
table.items td { border-left:1px solid #000; border-right:1px solid #000; border-bottom:1px solid #ccc; padding:0.9mm 1mm; font-size:8pt; }
table.items tr { page-break-inside: avoid; }
td.c-qty, td.c-price, td.c-net, td.c-vat, td.c-gross, td.c-rate { text-align:right; }
.totals { page-break-inside: avoid; margin-top: 4mm; }
table.vatsum { width:100%; margin-top:3mm; }
table.vatsum th, table.vatsum td { border:1px solid #000; padding:1.2mm 3mm; text-align:right; }
table.vatsum tr.tot td { font-weight:bold; background:#eee; }
.cont { font-size:8pt; border-bottom:1px solid #000; margin-bottom:2mm; }
.note { font-size:8pt; }
"""
    body = f"""
<div class='hdr'><div class='l'><span class='small'>Szállító</span>{party_lines(s)}</div>
<div><div class='t'>{e(title(inv).upper())}</div><div>Sorszám: <b>{e(inv['number'])}</b></div>
<div class='small'>1. példány</div><br><span class='small'>Vevő</span>{party_lines(b)}</div></div>
<table class='m'><tr>
<td><span>Számla kelte</span>{e(Dt(inv, inv['issue']))}</td><td><span>Teljesítés kelte</span>{e(Dt(inv, inv['fulfil']))}</td>
<td><span>Fizetési határidő</span>{e(Dt(inv, inv['due']))}</td><td><span>Fizetés módja</span>{e(inv['paymode'])}</td>
<td><span>Szállítólevél</span>{e(inv.get('order', ''))}</td></tr></table>
{items_table(inv, ['no', 'code', 'desc', 'qty', 'unit', 'price', 'rate', 'net'], {'no': 'Ssz.', 'code': 'Cikkszám', 'price': 'Egységár', 'net': 'Nettó érték', 'rate': 'Áfa'})}
<div class='totals'>
<div class='cont'>{e(title(inv))} {e(inv['number'])} – folytatás / 2. oldal</div>
<h3>Összesítő</h3>
{vat_summary(inv, labels=('Áfakulcs', 'Nettó érték', 'Áfa összeg', 'Bruttó érték'), total_label='Összesen')}
<p style='font-size:12pt'>Fizetendő végösszeg: <b>{M(inv, inv['gross'])} Ft</b></p>
{notes(inv)}
</div>
"""
    return page(css, body)


TEMPLATES = {
    "classic_twocol": classic_twocol, "letterhead_footer": letterhead_footer, "stacked": stacked,
    "erp_grid": erp_grid, "caps_modern": caps_modern, "dotmatrix": dotmatrix,
    "bilingual_en": bilingual_en, "bilingual_de": bilingual_de, "foreign_en": foreign_en,
    "receipt": receipt, "multipage": multipage,
}

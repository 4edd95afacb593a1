# ruff: noqa
"""HTML layouts (printed with Chromium). Each returns (html, date_style, amount_style)."""
from .common import esc, fa, fd, page, party_lines, items_table, vat_table, rate_label, fmt_qty

L = {}


def layout(name):
    def deco(f):
        L[name] = f
        return f
    return deco


def hu_title(inv, normal="SZÁMLA"):
    return {"normal": normal, "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA", "proforma": "DÍJBEKÉRŐ",
            "storno": "SZTORNÓ SZÁMLA", "correction": "HELYESBÍTŐ SZÁMLA"}[inv.kind]


# 1 ------------------------------------------------------------------------------------------
@layout("classic_grid")
def classic_grid(inv):
    ds, st = "dot", "sp"
    ref = ""
    if inv.preceding:
        lbl = {"correction": "Helyesbített számla sorszáma", "storno": "Érvénytelenített (sztornózott) számla",
               "final": "Előlegszámla sorszáma"}[inv.kind]
        ref = f'<tr><td class="lbl">{lbl}:</td><td colspan="5"><b>{inv.preceding}</b></td></tr>'
    css = """
h1 { font-size: 20pt; text-align: right; margin: 0 0 2mm 0; letter-spacing: 1px; }
.num { text-align: right; font-size: 10.5pt; margin-bottom: 5mm; }
.parties { width: 100%; border: 1px solid #444; }
.parties td { vertical-align: top; width: 50%; padding: 3mm; border: 1px solid #444; }
.hdr { font-size: 8pt; color: #555; text-transform: uppercase; }
.meta { width: 100%; margin: 4mm 0; border: 1px solid #444; }
.meta td { border: 1px solid #444; padding: 1.5mm 2mm; }
.meta td.lbl { background: #eee; font-size: 8.5pt; }
.items { width: 100%; } .items th { background: #ddd; border: 1px solid #444; padding: 1.5mm; font-size: 8.5pt; }
.items td { border: 1px solid #888; padding: 1.5mm; }
.vat { width: 60%; margin: 4mm 0 0 auto; } .vat th, .vat td { border: 1px solid #888; padding: 1.2mm 2mm; }
.pay { margin-top: 5mm; font-size: 12pt; text-align: right; }
.foot { margin-top: 12mm; font-size: 8pt; color: #444; }
"""
    body = f"""
<h1>{hu_title(inv)}</h1>
<div class="num">Számla sorszáma: <b>{inv.number}</b></div>
<table class="parties"><tr>
<td><div class="hdr">Szállító</div>{party_lines(inv.seller)}</td>
<td><div class="hdr">Vevő</div>{party_lines(inv.buyer)}</td></tr></table>
<table class="meta"><tr>
<td class="lbl">Fizetési mód:</td><td>{inv.pay}</td>
<td class="lbl">Teljesítés dátuma:</td><td>{fd(inv.fulfil, ds)}</td>
<td class="lbl">Számla kelte:</td><td>{fd(inv.issue, ds)}</td></tr>
<tr><td class="lbl">Fizetési határidő:</td><td>{fd(inv.due, ds)}</td><td class="lbl">Pénznem:</td><td>{inv.cur}</td>
<td class="lbl">Oldal:</td><td>1/1</td></tr>{ref}</table>
{items_table(inv, [("Megnevezés", "desc"), ("Menny.", "qty"), ("Me.", "unit"), ("Nettó egységár", "price"),
                   ("Nettó érték", "net"), ("ÁFA %", "rate"), ("ÁFA érték", "vat"), ("Bruttó érték", "gross")], st)}
{vat_table(inv, st, heads=("ÁFA-kulcs", "Nettó érték", "ÁFA érték", "Bruttó érték"))}
<div class="pay">Fizetendő összesen: <b>{fa(inv.gross, st)} Ft</b></div>
<div class="foot">{esc(inv.note)}<br>Bankszámla: {inv.bank}<br>A számla megfelel a 2007. évi CXXVII. törvény előírásainak.</div>
"""
    return page(css, body), ds, st


# 2 ------------------------------------------------------------------------------------------
@layout("eu_saas_en")
def eu_saas_en(inv):
    ds, st = "en", "en"
    title = "Credit Note" if inv.kind == "correction" else "Invoice"
    ref = f'<tr><td>Original invoice</td><td>{inv.preceding}</td></tr>' if inv.preceding else ""
    css = """
body { color: #222; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.logo { font-size: 18pt; font-weight: bold; color: #3b5bdb; }
h1 { font-size: 24pt; font-weight: 300; margin: 0; color: #3b5bdb; }
.meta td { padding: 0.8mm 4mm 0.8mm 0; } .meta td:first-child { color: #777; }
.cols { display: flex; gap: 20mm; margin: 8mm 0; } .cols div { flex: 1; line-height: 1.45; }
.cap { color: #777; font-size: 8pt; margin-bottom: 1mm; }
.items { width: 100%; } .items th { border-bottom: 2px solid #3b5bdb; padding: 2mm 1mm; color: #3b5bdb; font-weight: normal; }
.items td { border-bottom: 1px solid #ddd; padding: 2.2mm 1mm; }
.sum { width: 45%; margin: 6mm 0 0 auto; } .sum td { padding: 1.2mm 1mm; } .sum tr.g td { border-top: 2px solid #3b5bdb; font-weight: bold; font-size: 11pt; }
.rc { margin-top: 10mm; padding: 3mm; background: #f1f3ff; font-size: 8.5pt; }
.foot { margin-top: 15mm; font-size: 7.5pt; color: #888; }
"""
    c = inv.cur
    body = f"""
<div class="top"><div class="logo">{esc(inv.kw.get('brand', inv.seller.name))}</div>
<div><h1>{title}</h1><table class="meta">
<tr><td>{title} number</td><td><b>{inv.number}</b></td></tr>
<tr><td>Date of issue</td><td>{fd(inv.issue, ds)}</td></tr>
<tr><td>Date of supply</td><td>{fd(inv.fulfil, ds)}</td></tr>
<tr><td>Date due</td><td>{fd(inv.due, ds)}</td></tr>{ref}</table></div></div>
<div class="cols"><div><div class="cap">From</div>{party_lines(inv.seller, vatlbl='VAT ID:')}</div>
<div><div class="cap">Bill to</div>{party_lines(inv.buyer, vatlbl='VAT ID:')}</div></div>
{items_table(inv, [("Description", "desc"), ("Qty", "qty"), ("Unit price", "price"), ("Tax", "rate"), ("Amount", "net")], st, rstyle="code")}
<table class="sum"><tr><td>Subtotal</td><td class="r">{fa(inv.net, st, c)} {c}</td></tr>
<tr><td>VAT (0% – reverse charge)</td><td class="r">{fa(inv.vat, st, c)} {c}</td></tr>
<tr class="g"><td>{'Total credited' if inv.kind == 'correction' else 'Amount due'}</td><td class="r">{fa(inv.gross, st, c)} {c}</td></tr></table>
<div class="rc">Reverse charge – VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).</div>
<div class="foot">{esc(inv.note)}</div>
"""
    return page(css, body, size="9pt", margin="16mm 16mm"), ds, st


# 3 ------------------------------------------------------------------------------------------
@layout("ev_simple")
def ev_simple(inv):
    ds, st = "long", "sp"
    css = """
body { font-family: 'DejaVu Serif'; }
h1 { text-align: center; font-size: 16pt; margin: 0 0 1mm; }
.sub { text-align: center; margin-bottom: 8mm; }
.p { width: 100%; } .p td { vertical-align: top; width: 50%; padding: 2mm 0; line-height: 1.5; }
.items { width: 100%; margin: 6mm 0; } .items th { border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 1.5mm; }
.items td { padding: 1.5mm; } .tot { width: 100%; border-top: 1px solid #000; }
.tot td { padding: 1.2mm; }
"""
    body = f"""
<h1>Számla</h1><div class="sub">Számlaszám: {inv.number}</div>
<table class="p"><tr><td><u>Eladó:</u><br>{party_lines(inv.seller)}</td><td><u>Vevő:</u><br>{party_lines(inv.buyer)}</td></tr></table>
<p>Kelt: {fd(inv.issue, ds)}<br>Teljesítés: {fd(inv.fulfil, ds)}<br>Fizetési határidő: {fd(inv.due, ds)}<br>Fizetés módja: {inv.pay}</p>
{items_table(inv, [("Tétel", "desc"), ("Mennyiség", "qtyunit"), ("Egységár (Ft)", "price"), ("Összeg (Ft)", "net")], st)}
<table class="tot"><tr><td>Nettó összesen:</td><td class="r">{fa(inv.net, st)} Ft</td></tr>
<tr><td>ÁFA (alanyi adómentes):</td><td class="r">{fa(inv.vat, st)} Ft</td></tr>
<tr><td><b>Fizetendő végösszeg:</b></td><td class="r"><b>{fa(inv.gross, st)} Ft</b></td></tr></table>
<p>Alanyi adómentes – az Áfa tv. XIII. fejezete alapján.<br>Egyéni vállalkozó, nyilvántartási szám: {inv.kw.get('evnum', '')}</p>
<p>Bankszámlaszám: {inv.bank}</p>
"""
    return page(css, body, size="10pt"), ds, st


# 4 ------------------------------------------------------------------------------------------
@layout("hosting_portal")
def hosting_portal(inv):
    ds, st = "iso", "sp"
    title = {"normal": "Számla", "storno": "Sztornó számla"}[inv.kind]
    ref = (f'<div class="warn">Ez a számla a(z) <b>{inv.preceding}</b> sorszámú számla érvénytelenítése (sztornó).</div>'
           if inv.preceding else "")
    css = """
.bar { background: #0b7285; color: #fff; padding: 4mm 5mm; display: flex; justify-content: space-between; align-items: center; }
.bar .n { font-size: 16pt; font-weight: bold; } .bar .t { font-size: 10pt; text-align: right; }
.grid { display: grid; grid-template-columns: 1fr 1fr 0.8fr; gap: 4mm; margin: 5mm 0; }
.box { border: 1px solid #b7d5da; padding: 3mm; line-height: 1.45; } .box h4 { margin: 0 0 1.5mm; color: #0b7285; font-size: 8.5pt; }
.items { width: 100%; font-size: 8.5pt; } .items th { background: #e3f2f4; padding: 2mm; } .items td { padding: 2mm; border-bottom: 1px solid #e3f2f4; }
.vat { width: 55%; margin-top: 4mm; font-size: 8.5pt; } .vat th { text-align: left; border-bottom: 1px solid #0b7285; padding: 1mm 2mm; } .vat td { padding: 1mm 2mm; }
.big { margin-top: 5mm; text-align: right; font-size: 13pt; color: #0b7285; }
.warn { border: 2px solid #c92a2a; color: #c92a2a; padding: 3mm; margin: 3mm 0; }
.foot { margin-top: 10mm; font-size: 7.5pt; color: #666; border-top: 1px solid #ccc; padding-top: 2mm; }
"""
    body = f"""
<div class="bar"><div class="n">{esc(inv.kw.get('brand'))}</div><div class="t">{title}<br><b>{inv.number}</b></div></div>
{ref}
<div class="grid"><div class="box"><h4>Szolgáltató</h4>{party_lines(inv.seller)}</div>
<div class="box"><h4>Ügyfél</h4>{party_lines(inv.buyer)}<br>Ügyfélazonosító: {inv.kw.get('cust')}</div>
<div class="box"><h4>Dátumok</h4>Kiállítás dátuma:<br><b>{fd(inv.issue, ds)}</b><br>Teljesítés dátuma:<br><b>{fd(inv.fulfil, ds)}</b><br>Fizetési határidő:<br><b>{fd(inv.due, ds)}</b></div></div>
{items_table(inv, [("#", "no"), ("Szolgáltatás", "desc"), ("Menny.", "qtyunit"), ("Egységár", "price"), ("Nettó", "net"), ("ÁFA", "rate"), ("Bruttó", "gross")], st)}
{vat_table(inv, st, heads=("Adókulcs", "Nettó", "ÁFA", "Bruttó"))}
<div class="big">Fizetendő: <b>{fa(inv.gross, st)} HUF</b></div>
<div class="foot">Fizetési mód: {inv.pay} · Bankszámla: {inv.bank} · {esc(inv.note)}</div>
"""
    return page(css, body, size="9pt", margin="10mm 12mm"), ds, st


# 5 ------------------------------------------------------------------------------------------
@layout("bt_serif")
def bt_serif(inv):
    ds, st = "dot", "dot"
    css = """
body { font-family: 'DejaVu Serif'; }
.head { border-bottom: 3px double #000; padding-bottom: 3mm; }
.head .nm { font-size: 15pt; font-weight: bold; } .head .ad { font-size: 8.5pt; }
h2 { text-align: center; letter-spacing: 4px; margin: 6mm 0 1mm; }
.no { text-align: center; margin-bottom: 6mm; }
.kv td { padding: 0.8mm 6mm 0.8mm 0; }
.items { width: 100%; margin-top: 6mm; } .items th { border-bottom: 1px solid #000; font-style: italic; font-weight: normal; padding: 1.5mm; }
.items td { padding: 1.5mm; }
.vat { margin: 5mm 0 0 auto; width: 65%; } .vat th { font-style: italic; font-weight: normal; border-bottom: 1px solid #000; padding: 1mm; } .vat td { padding: 1mm; }
.vat tr.tot td { border-top: 1px solid #000; }
.sig { margin-top: 18mm; display: flex; justify-content: flex-end; } .sig div { border-top: 1px dotted #000; width: 60mm; text-align: center; font-size: 8pt; }
"""
    s = inv.seller
    body = f"""
<div class="head"><div class="nm">{esc(s.name)}</div><div class="ad">{esc(', '.join(s.addr))} · Adószám: {s.tax} · {esc(' · '.join(s.extra))}</div></div>
<h2>SZÁMLA</h2><div class="no">Sorszám: <b>{inv.number}</b></div>
<table style="width:100%"><tr><td style="vertical-align:top;width:55%"><i>Vevő neve és címe:</i><br>{party_lines(inv.buyer)}</td>
<td style="vertical-align:top"><table class="kv">
<tr><td>Számla kelte:</td><td>{fd(inv.issue, ds)}</td></tr><tr><td>Teljesítés időpontja:</td><td>{fd(inv.fulfil, ds)}</td></tr>
<tr><td>Fizetési határidő:</td><td>{fd(inv.due, ds)}</td></tr><tr><td>Fizetés módja:</td><td>{inv.pay}</td></tr></table></td></tr></table>
{items_table(inv, [("Megnevezés", "desc"), ("Mennyiség", "qtyunit"), ("Egységár", "price"), ("Nettó ár", "net"), ("ÁFA", "rate")], st)}
{vat_table(inv, st, heads=("ÁFA mértéke", "Nettó", "ÁFA összege", "Bruttó"), total_label="Mindösszesen", suffix=" Ft")}
<p style="text-align:right;font-size:11pt">Fizetendő: <b>{fa(inv.gross, st)} Ft</b></p>
<p style="font-size:8.5pt">Számlavezető bank: {inv.bank}<br>{esc(inv.note)}</p>
<div class="sig"><div>kiállító</div></div>
"""
    return page(css, body, size="9.5pt", margin="15mm 18mm"), ds, st


# 6 ------------------------------------------------------------------------------------------
@layout("coworking_modern")
def coworking_modern(inv):
    ds, st = "dot", "sp"
    css = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-stretch: condensed; }
.wrap { display: grid; grid-template-columns: 58mm 1fr; gap: 8mm; }
.side { background: #fff4e6; padding: 5mm; line-height: 1.5; font-size: 8.5pt; }
.side h3 { color: #e8590c; margin: 4mm 0 1mm; font-size: 8.5pt; }
.side h3:first-child { margin-top: 0; }
h1 { color: #e8590c; font-size: 28pt; margin: 0; font-weight: bold; }
.kv { margin: 3mm 0 6mm; } .kv td { padding: 0.8mm 5mm 0.8mm 0; }
.items { width: 100%; } .items th { text-align: left; color: #e8590c; border-bottom: 1px solid #e8590c; padding: 1.5mm 1mm; font-size: 8pt; }
.items td { padding: 2mm 1mm; border-bottom: 1px dashed #ddd; }
.vat { width: 100%; margin-top: 6mm; font-size: 8.5pt; } .vat th { text-align: left; color: #888; padding: 1mm; font-weight: normal; } .vat td { padding: 1mm; }
.due { margin-top: 6mm; background: #e8590c; color: white; padding: 4mm; font-size: 12pt; display: flex; justify-content: space-between; }
"""
    body = f"""
<div class="wrap"><div class="side">
<h3>KIBOCSÁTÓ</h3>{party_lines(inv.seller)}
<h3>VEVŐ</h3>{party_lines(inv.buyer)}
<h3>FIZETÉS</h3>{inv.pay}<br>{inv.bank}<br>Közlemény: {inv.number}
</div><div>
<h1>számla</h1>
<table class="kv"><tr><td>Számlaszám</td><td><b>{inv.number}</b></td></tr>
<tr><td>Kiállítás dátuma</td><td>{fd(inv.issue, ds)}</td></tr>
<tr><td>Teljesítés dátuma</td><td>{fd(inv.fulfil, ds)}</td></tr>
<tr><td>Fizetési határidő</td><td>{fd(inv.due, ds)}</td></tr>
<tr><td>Időszak</td><td>{esc(inv.kw.get('period', ''))}</td></tr></table>
{items_table(inv, [("Megnevezés", "desc"), ("Menny.", "qtyunit"), ("Nettó egységár", "price"), ("ÁFA", "rate"), ("Nettó", "net")], st)}
{vat_table(inv, st, heads=("Kulcs", "Nettó (Ft)", "ÁFA (Ft)", "Bruttó (Ft)"))}
<div class="due"><span>Fizetendő összeg</span><b>{fa(inv.gross, st)} Ft</b></div>
<p style="font-size:8pt;color:#777">{esc(inv.note)}</p>
</div></div>
"""
    return page(css, body, size="9pt"), ds, st


# 7 ------------------------------------------------------------------------------------------
@layout("webshop_a")
def webshop_a(inv):
    ds, st = "iso", "sp"
    css = """
.h { display: flex; justify-content: space-between; border-bottom: 2px solid #2f9e44; padding-bottom: 2mm; }
.h .shop { font-size: 17pt; font-weight: bold; color: #2f9e44; }
.p { display: flex; gap: 6mm; margin: 4mm 0; } .p > div { flex: 1; border: 1px solid #ccc; padding: 3mm; line-height: 1.4; }
.p b.c { display: block; font-size: 7.5pt; color: #2f9e44; margin-bottom: 1mm; }
.m { width: 100%; margin-bottom: 4mm; } .m td { border: 1px solid #ccc; padding: 1.5mm; text-align: center; font-size: 8.5pt; }
.m .l { color: #666; font-size: 7pt; display: block; }
.items { width: 100%; font-size: 8.5pt; } .items th { background: #2f9e44; color: #fff; padding: 1.5mm; } .items td { padding: 1.5mm; border-bottom: 1px solid #eee; }
.vat { width: 60%; margin: 5mm 0 0 auto; font-size: 8.5pt; } .vat td, .vat th { border: 1px solid #ccc; padding: 1mm 2mm; }
.g { text-align: right; margin-top: 3mm; font-size: 12pt; }
"""
    body = f"""
<div class="h"><div class="shop">{esc(inv.kw.get('brand'))}</div><div style="text-align:right">Számla<br>Sorszám: <b>{inv.number}</b><br>Rendelésszám: {inv.kw.get('order')}</div></div>
<div class="p"><div><b class="c">ELADÓ</b>{party_lines(inv.seller)}</div><div><b class="c">VEVŐ (SZÁMLÁZÁSI CÍM)</b>{party_lines(inv.buyer)}</div>
<div><b class="c">SZÁLLÍTÁSI CÍM</b>{esc(inv.buyer.name)}<br>{'<br>'.join(map(esc, inv.buyer.addr))}</div></div>
<table class="m"><tr><td><span class="l">Számla kelte</span>{fd(inv.issue, ds)}</td><td><span class="l">Teljesítés</span>{fd(inv.fulfil, ds)}</td>
<td><span class="l">Fizetési határidő</span>{fd(inv.due, ds)}</td><td><span class="l">Fizetési mód</span>{inv.pay}</td><td><span class="l">Pénznem</span>HUF</td></tr></table>
{items_table(inv, [("Cikkszám / termék", "desc"), ("Db", "qty"), ("Nettó egységár", "price"), ("ÁFA", "rate"), ("Nettó ár", "net"), ("ÁFA összeg", "vat"), ("Bruttó ár", "gross")], st)}
{vat_table(inv, st)}
<div class="g">Végösszeg: <b>{fa(inv.gross, st)} Ft</b></div>
<p style="font-size:8pt">{esc(inv.note)}</p>
"""
    return page(css, body, size="9pt", margin="12mm"), ds, st


# 8 ------------------------------------------------------------------------------------------
@layout("hu_fx_bilingual")
def hu_fx_bilingual(inv):
    ds, st = "dot", "sp"
    c = inv.cur
    t = {"normal": "Számla / Invoice", "storno": "Sztornó számla / Cancellation invoice"}[inv.kind]
    ref = (f'<tr><td>Eredeti számla / Original invoice:</td><td><b>{inv.preceding}</b></td></tr>' if inv.preceding else "")
    css = """
h1 { font-size: 15pt; margin: 0 0 4mm; border-bottom: 1px solid #000; }
.two { width: 100%; } .two td { vertical-align: top; width: 50%; padding: 0 3mm 3mm 0; line-height: 1.45; }
.cap { font-size: 7.5pt; color: #555; }
.kv { width: 100%; margin: 3mm 0; border: 1px solid #999; } .kv td { padding: 1mm 2mm; border: 1px solid #ccc; }
.items { width: 100%; margin-top: 3mm; } .items th { border: 1px solid #999; background: #f2f2f2; padding: 1.2mm; font-size: 7.5pt; } .items td { border: 1px solid #ccc; padding: 1.2mm; }
.vat { width: 70%; margin: 4mm 0 0 auto; } .vat td, .vat th { border: 1px solid #ccc; padding: 1mm 2mm; font-size: 8.5pt; }
.fx { margin-top: 4mm; border: 1px solid #000; padding: 2.5mm; width: 70%; margin-left: auto; }
"""
    body = f"""
<h1>{t}</h1>
<table class="two"><tr><td><span class="cap">Eladó / Seller</span><br>{party_lines(inv.seller, taxlbl='Adószám / Tax no.:', vatlbl='Közösségi adószám / EU VAT:')}</td>
<td><span class="cap">Vevő / Buyer</span><br>{party_lines(inv.buyer, taxlbl='Adószám / Tax no.:', vatlbl='Közösségi adószám / EU VAT:')}</td></tr></table>
<table class="kv"><tr><td>Számlaszám / Invoice no.:</td><td><b>{inv.number}</b></td></tr>{ref}
<tr><td>Kiállítás dátuma / Issue date:</td><td>{fd(inv.issue, ds)}</td></tr>
<tr><td>Teljesítés dátuma / Delivery date:</td><td>{fd(inv.fulfil, ds)}</td></tr>
<tr><td>Fizetési határidő / Due date:</td><td>{fd(inv.due, ds)}</td></tr>
<tr><td>Pénznem / Currency:</td><td>{c}</td></tr></table>
{items_table(inv, [("Megnevezés / Description", "desc"), ("Menny. / Qty", "qtyunit"), ("Egységár / Unit price", "price"), ("Nettó / Net", "net"), ("ÁFA / VAT", "rate"), ("ÁFA összeg / VAT amount", "vat"), ("Bruttó / Gross", "gross")], st)}
{vat_table(inv, st, heads=("ÁFA / VAT", f"Nettó / Net ({c})", f"ÁFA / VAT ({c})", f"Bruttó / Gross ({c})"), total_label="Összesen / Total")}
<div class="fx">Árfolyam / Exchange rate: 1 {c} = {fa(inv.fx, 'sp', 'X')} HUF (MNB, {fd(inv.fulfil, ds)})<br>
ÁFA összege forintban / VAT amount in HUF: <b>{fa(inv.vat_huf, 'sp')} Ft</b></div>
<p style="text-align:right;font-size:12pt">Fizetendő / Amount due: <b>{fa(inv.gross, st, c)} {c}</b></p>
<p style="font-size:8pt">{inv.bank}<br>{esc(inv.note)}</p>
"""
    return page(css, body, size="8.8pt"), ds, st


# 9 ------------------------------------------------------------------------------------------
@layout("distributor_usd")
def distributor_usd(inv):
    ds, st = "dotn", "en"
    c = inv.cur
    css = """
body { font-family: 'DejaVu Sans Mono'; font-size: 8pt; }
.hd { display: flex; justify-content: space-between; }
.hd .t { font-size: 14pt; font-weight: bold; }
.box { border: 1px solid #000; padding: 2mm; margin-top: 3mm; }
.row { display: flex; gap: 3mm; } .row .box { flex: 1; }
.items { width: 100%; margin-top: 3mm; } .items th { border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 1mm; } .items td { padding: 1mm; }
.vat { width: 100%; margin-top: 3mm; } .vat th { border-bottom: 1px dashed #000; padding: 1mm; } .vat td { padding: 1mm; }
"""
    body = f"""
<div class="hd"><div class="t">SZÁMLA</div><div>Számlaszám: <b>{inv.number}</b><br>Eredeti példány</div></div>
<div class="row"><div class="box">SZÁLLÍTÓ:<br>{party_lines(inv.seller)}</div><div class="box">VEVŐ:<br>{party_lines(inv.buyer)}<br>Vevőkód: {inv.kw.get('cust')}</div></div>
<div class="box">Kelt: {fd(inv.issue, ds)} | Teljesítés: {fd(inv.fulfil, ds)} | Fiz. határidő: {fd(inv.due, ds)} | Fiz. mód: {inv.pay} | Devizanem: {c}</div>
{items_table(inv, [("Termék / licenc", "desc"), ("Menny", "qtyunit"), (f"Egységár {c}", "price"), (f"Nettó {c}", "net"), ("ÁFA%", "rate"), (f"ÁFA {c}", "vat"), (f"Bruttó {c}", "gross")], st, rstyle="code")}
{vat_table(inv, st, heads=("ÁFA-kulcs", f"Nettó ({c})", f"ÁFA ({c})", f"Bruttó ({c})"), total_label="ÖSSZESEN", rstyle="code")}
<div class="box">Alkalmazott árfolyam: {fa(inv.fx, 'sp', 'X')} HUF/{c} (MNB középárfolyam a teljesítés napján)<br>
ÁFA tartalom forintban: {fa(inv.vat_huf, 'sp')} HUF</div>
<div class="box" style="text-align:right;font-size:11pt">FIZETENDŐ: {fa(inv.gross, st, c)} {c}</div>
<p>Devizaszámla: {inv.bank}<br>{esc(inv.note)}</p>
"""
    return page(css, body, font="DejaVu Sans Mono", size="8pt", margin="12mm"), ds, st


# 10 -----------------------------------------------------------------------------------------
@layout("design_studio")
def design_studio(inv):
    ds, st = "long", "sp"
    t = {"advance": "Előlegszámla", "final": "Végszámla", "normal": "Számla"}[inv.kind]
    ref = (f'<p class="ref">A végszámla a(z) <b>{inv.preceding}</b> sorszámú előlegszámlában kiszámlázott előleget levonja.</p>'
           if inv.kind == "final" else "")
    css = """
body { font-family: 'DejaVu Sans', sans-serif; font-weight: 300; }
.brand { font-size: 9pt; letter-spacing: 3px; color: #7048e8; }
h1 { font-size: 30pt; font-weight: 200; margin: 3mm 0 6mm; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6mm; font-size: 8.5pt; line-height: 1.5; }
.lbl { color: #7048e8; font-size: 7.5pt; }
.items { width: 100%; margin-top: 10mm; } .items th { font-weight: normal; color: #999; font-size: 7.5pt; border-bottom: 1px solid #7048e8; padding: 2mm 0; }
.items td { padding: 3mm 0; border-bottom: 1px solid #eee; }
.vat { width: 60%; margin: 6mm 0 0 auto; font-size: 8.5pt; } .vat th { font-weight: normal; color: #999; padding: 1mm 0; } .vat td { padding: 1mm 0; }
.total { margin-top: 6mm; text-align: right; font-size: 16pt; color: #7048e8; }
.ref { font-size: 8.5pt; border-left: 3px solid #7048e8; padding-left: 3mm; }
"""
    body = f"""
<div class="brand">{esc(inv.kw.get('brand'))}</div>
<h1>{t}</h1>
<div class="grid"><div><div class="lbl">Számlát kiállította</div>{party_lines(inv.seller)}</div>
<div><div class="lbl">Címzett</div>{party_lines(inv.buyer)}</div>
<div><div class="lbl">Számla sorszáma</div><b>{inv.number}</b><br><div class="lbl">Kiállítás</div>{fd(inv.issue, ds)}
<div class="lbl">Teljesítés</div>{fd(inv.fulfil, ds) if inv.fulfil else '—'}<div class="lbl">Fizetési határidő</div>{fd(inv.due, ds)}</div></div>
{ref}
{items_table(inv, [("Tétel", "desc"), ("Mennyiség", "qtyunit"), ("Nettó egységár", "price"), ("Nettó", "net"), ("ÁFA", "rate"), ("ÁFA összeg", "vat")], st)}
{vat_table(inv, st)}
<div class="total">Fizetendő: {fa(inv.gross, st)} Ft</div>
<p style="font-size:8pt;color:#777">{inv.pay} · {inv.bank}<br>{esc(inv.note)}</p>
"""
    return page(css, body, size="9pt", margin="18mm 16mm"), ds, st


# 11 -----------------------------------------------------------------------------------------
@layout("training_tam")
def training_tam(inv):
    ds, st = "dot", "sp2"
    css = """
.hdr { display: grid; grid-template-columns: 1fr auto; border: 2px solid #1864ab; }
.hdr .a { padding: 4mm; } .hdr .b { background: #1864ab; color: #fff; padding: 4mm 6mm; text-align: right; }
.hdr .b .x { font-size: 16pt; font-weight: bold; }
.kv { width: 100%; margin: 5mm 0; } .kv td { padding: 1.2mm 2mm; border-bottom: 1px solid #dde; width: 25%; }
.kv td.l { color: #1864ab; font-size: 8pt; }
.items { width: 100%; } .items th { background: #e7f0fa; padding: 2mm; font-size: 8pt; } .items td { padding: 2mm; border-bottom: 1px solid #e7f0fa; }
.vat { width: 100%; margin-top: 5mm; } .vat th { background: #e7f0fa; padding: 1.5mm; font-size: 8pt; } .vat td { padding: 1.5mm; }
"""
    body = f"""
<div class="hdr"><div class="a">{party_lines(inv.seller)}</div><div class="b"><div class="x">SZÁMLA</div>Számlaszám:<br><b>{inv.number}</b></div></div>
<table class="kv"><tr><td class="l">Vevő</td><td colspan="3">{party_lines(inv.buyer, sep=' · ')}</td></tr>
<tr><td class="l">Számla kelte</td><td>{fd(inv.issue, ds)}</td><td class="l">Teljesítés kelte</td><td>{fd(inv.fulfil, ds)}</td></tr>
<tr><td class="l">Fizetési határidő</td><td>{fd(inv.due, ds)}</td><td class="l">Fizetési mód</td><td>{inv.pay}</td></tr></table>
{items_table(inv, [("Képzés megnevezése", "desc"), ("Fő", "qty"), ("Nettó részvételi díj", "price"), ("Nettó érték", "net"), ("ÁFA", "rate"), ("Bruttó érték", "gross")], st)}
{vat_table(inv, st, heads=("Adókulcs", "Nettó érték", "ÁFA", "Bruttó érték"), total_label="Összesen (Ft)")}
<p><b>TAM</b> – tárgyi adómentes (Áfa tv. 85. § (1) e) pont, iskolarendszeren kívüli felnőttképzés).</p>
<p style="font-size:12pt;text-align:right">Fizetendő összeg: <b>{fa(inv.gross, st)} Ft</b></p>
<p style="font-size:8pt">Felnőttképzési nyilvántartási szám: {inv.kw.get('fknysz')} · {inv.bank}<br>{esc(inv.note)}</p>
"""
    return page(css, body, size="9pt"), ds, st

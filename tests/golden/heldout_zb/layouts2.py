# ruff: noqa
"""More HTML layouts for blind set ZB."""
from .common import esc, fa, fd, page, party_lines, items_table, vat_table, rate_label, fmt_qty
from .layouts import layout, hu_title


# 12 -----------------------------------------------------------------------------------------
@layout("event_ticket")
def event_ticket(inv):
    ds, st = "iso", "dot"
    css = """
.ev { background: #212529; color: #fff; padding: 6mm; display: flex; justify-content: space-between; }
.ev .name { font-size: 18pt; font-weight: bold; color: #ffd43b; } .ev .r { text-align: right; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; margin: 6mm 0; line-height: 1.5; }
.cols h5 { margin: 0 0 1mm; font-size: 8pt; border-bottom: 1px solid #212529; }
.kv td { padding: 0.8mm 4mm 0.8mm 0; }
.items { width: 100%; } .items th { background: #212529; color: #ffd43b; padding: 2mm; font-size: 8pt; } .items td { padding: 2mm; border-bottom: 1px solid #ccc; }
.vat { width: 55%; margin: 5mm 0 0 auto; } .vat th, .vat td { padding: 1mm 2mm; border-bottom: 1px solid #eee; }
.fin { text-align: right; font-size: 13pt; margin-top: 4mm; }
"""
    body = f"""
<div class="ev"><div><div class="name">{esc(inv.kw.get('brand'))}</div>{esc(inv.kw.get('event', ''))}</div>
<div class="r">SZÁMLA<br>Számlaszám: <b>{inv.number}</b></div></div>
<div class="cols"><div><h5>Eladó</h5>{party_lines(inv.seller)}</div><div><h5>Vevő</h5>{party_lines(inv.buyer)}</div></div>
<table class="kv"><tr><td>Kiállítás dátuma:</td><td>{fd(inv.issue, ds)}</td><td>Teljesítés dátuma:</td><td>{fd(inv.fulfil, ds)}</td></tr>
<tr><td>Fizetési határidő:</td><td>{fd(inv.due, ds)}</td><td>Fizetés módja:</td><td>{inv.pay}</td></tr></table>
{items_table(inv, [("Jegytípus / szolgáltatás", "desc"), ("Db", "qty"), ("Nettó egységár", "price"), ("ÁFA", "rate"), ("Nettó", "net"), ("ÁFA", "vat"), ("Bruttó", "gross")], st)}
{vat_table(inv, st, suffix=" Ft")}
<div class="fin">Fizetendő: <b>{fa(inv.gross, st)} Ft</b></div>
<p style="font-size:8pt">Rendelésazonosító: {inv.kw.get('order')} · {inv.bank}<br>{esc(inv.note)}</p>
"""
    return page(css, body, size="9pt", margin="12mm"), ds, st


# 13 -----------------------------------------------------------------------------------------
@layout("eu_bilingual_rc")
def eu_bilingual_rc(inv):
    ds, st = "eu", "sp"
    c = inv.cur
    css = """
body { font-family: 'DejaVu Serif'; }
.t { display: flex; justify-content: space-between; border-bottom: 2px solid #555; padding-bottom: 3mm; }
.t h1 { margin: 0; font-size: 17pt; } .t small { color: #555; }
.pp { width: 100%; margin-top: 5mm; } .pp td { vertical-align: top; padding: 2mm; width: 50%; line-height: 1.45; }
.kv { margin: 4mm 0; width: 100%; } .kv td { padding: 1mm; border-bottom: 1px dotted #999; }
.items { width: 100%; } .items th { border-bottom: 2px solid #555; padding: 1.5mm; font-size: 8pt; } .items td { padding: 1.5mm; border-bottom: 1px solid #ddd; }
.vat { width: 100%; margin-top: 5mm; } .vat th { border-bottom: 1px solid #555; padding: 1mm; font-size: 8pt; } .vat td { padding: 1mm; }
.rc { border: 1px solid #555; padding: 3mm; margin-top: 6mm; }
"""
    body = f"""
<div class="t"><div><h1>Számla / Invoice</h1><small>{esc(inv.kw.get('brand'))}</small></div><div style="text-align:right">Számlaszám / Invoice number<br><b style="font-size:12pt">{inv.number}</b></div></div>
<table class="pp"><tr><td><i>Szolgáltató / Supplier</i><br>{party_lines(inv.seller, vatlbl='Közösségi adószám / VAT number:')}</td>
<td><i>Megrendelő / Customer</i><br>{party_lines(inv.buyer, vatlbl='Közösségi adószám / VAT number:')}</td></tr></table>
<table class="kv"><tr><td>Kiállítás dátuma / Invoice date</td><td>{fd(inv.issue, ds)}</td><td>Teljesítés dátuma / Date of supply</td><td>{fd(inv.fulfil, ds)}</td></tr>
<tr><td>Fizetési határidő / Payment due</td><td>{fd(inv.due, ds)}</td><td>Pénznem / Currency</td><td>{c}</td></tr></table>
{items_table(inv, [("Megnevezés / Description", "desc"), ("Mennyiség / Qty", "qtyunit"), ("Egységár / Unit price", "price"), ("Nettó / Net", "net"), ("ÁFA / VAT", "rate")], st, rstyle="code")}
{vat_table(inv, st, heads=("ÁFA / VAT", f"Nettó / Net {c}", f"ÁFA / VAT {c}", f"Bruttó / Gross {c}"), total_label="Összesen / Total", rstyle="code")}
<div class="rc"><b>Közösségen belüli szolgáltatásnyújtás – fordított adózás.</b> Az adót a szolgáltatás igénybevevője fizeti.<br>
<i>Intra-Community supply of services – reverse charge (Art. 44 and 196, Directive 2006/112/EC).</i></div>
<p style="text-align:right;font-size:12pt">Fizetendő / Total due: <b>{fa(inv.gross, st, c)} {c}</b></p>
<p style="font-size:8pt">IBAN: {inv.bank}<br>{esc(inv.note)}</p>
"""
    return page(css, body, size="9pt"), ds, st


# 14 -----------------------------------------------------------------------------------------
@layout("proforma_box")
def proforma_box(inv):
    ds, st = "dot", "sp"
    css = """
.wm { position: absolute; top: 110mm; left: 25mm; font-size: 70pt; color: #f1f3f5; transform: rotate(-25deg); z-index: -1; }
h1 { font-size: 20pt; margin: 0; } .sub { color: #c92a2a; font-size: 9pt; margin-bottom: 5mm; }
.pp { width: 100%; } .pp td { vertical-align: top; width: 50%; border: 1px solid #adb5bd; padding: 3mm; line-height: 1.45; }
.kv { margin: 4mm 0; } .kv td { padding: 1mm 5mm 1mm 0; }
.items { width: 100%; } .items th { border-bottom: 2px solid #000; padding: 1.5mm; } .items td { padding: 1.5mm; border-bottom: 1px solid #ddd; }
.vat { width: 55%; margin: 4mm 0 0 auto; } .vat td, .vat th { padding: 1mm 2mm; }
.pay { border: 2px solid #000; padding: 3mm; margin-top: 5mm; }
"""
    body = f"""
<div class="wm">DÍJBEKÉRŐ</div>
<h1>DÍJBEKÉRŐ</h1><div class="sub">Nem számla! A befizetés után a végleges számlát elektronikusan küldjük. Nem alkalmas ÁFA levonására.</div>
<table class="pp"><tr><td><small>Kibocsátó</small><br>{party_lines(inv.seller)}</td><td><small>Címzett</small><br>{party_lines(inv.buyer)}</td></tr></table>
<table class="kv"><tr><td>Díjbekérő száma:</td><td><b>{inv.number}</b></td></tr>
<tr><td>Kelt:</td><td>{fd(inv.issue, ds)}</td></tr><tr><td>Fizetési határidő:</td><td>{fd(inv.due, ds)}</td></tr></table>
{items_table(inv, [("Megnevezés", "desc"), ("Menny.", "qtyunit"), ("Nettó egységár", "price"), ("Nettó", "net"), ("ÁFA", "rate"), ("Bruttó", "gross")], st)}
{vat_table(inv, st)}
<div class="pay">Kérjük, a <b>{fa(inv.gross, st)} Ft</b> összeget a fizetési határidőig átutalni szíveskedjenek a {inv.bank} számlára,
a közleményben a díjbekérő számát ({inv.number}) feltüntetve.</div>
<p style="font-size:8pt">{esc(inv.note)}</p>
"""
    return page(css, body, size="9.5pt"), ds, st


# 15 -----------------------------------------------------------------------------------------
@layout("ev_vat_mono")
def ev_vat_mono(inv):
    ds, st = "iso", "plain"
    css = """
body { font-family: 'DejaVu Sans Mono'; font-size: 9pt; }
hr { border: 0; border-top: 1px solid #000; }
.items { width: 100%; } .items th { border-bottom: 1px solid #000; padding: 1mm; } .items td { padding: 1mm; }
.vat { margin-top: 3mm; } .vat td, .vat th { padding: 1mm 3mm; }
"""
    s, b = inv.seller, inv.buyer
    body = f"""
<pre style="font-size:14pt;margin:0">SZÁMLA   {inv.number}</pre><hr>
<table style="width:100%"><tr><td style="vertical-align:top;width:50%">Eladó:<br>{party_lines(s)}</td><td style="vertical-align:top">Vevő:<br>{party_lines(b)}</td></tr></table><hr>
Számla kelte ........ {fd(inv.issue, ds)}<br>Teljesítés ......... {fd(inv.fulfil, ds)}<br>Fizetési határidő .. {fd(inv.due, ds)}<br>Fizetés módja ...... {inv.pay}<hr>
{items_table(inv, [("Megnevezés", "desc"), ("Óra/db", "qtyunit"), ("Egységár", "price"), ("Nettó", "net"), ("ÁFA", "rate"), ("ÁFA össz.", "vat")], st)}
<hr>{vat_table(inv, st, heads=("Kulcs", "Nettó Ft", "ÁFA Ft", "Bruttó Ft"), total_label="Össz.")}
<hr><b>Fizetendő: {fa(inv.gross, st)} Ft</b><br><br>
Bankszámla: {inv.bank}<br>{esc(inv.note)}
"""
    return page(css, body, font="DejaVu Sans Mono", size="9pt", margin="18mm"), ds, st


# 16 -----------------------------------------------------------------------------------------
@layout("hotel_invoice")
def hotel_invoice(inv):
    ds, st = "dot", "sp"
    css = """
body { font-family: 'DejaVu Serif'; }
.logo { text-align: center; font-size: 18pt; letter-spacing: 2px; color: #5c3d2e; }
.addr { text-align: center; font-size: 8pt; color: #5c3d2e; border-bottom: 1px solid #5c3d2e; padding-bottom: 2mm; }
.meta { width: 100%; margin: 5mm 0; } .meta td { vertical-align: top; padding: 1mm; }
.items { width: 100%; } .items th { background: #f3ece6; padding: 1.5mm; font-weight: normal; font-size: 8pt; } .items td { padding: 1.5mm; border-bottom: 1px solid #eee; }
.vat { width: 70%; margin: 4mm 0 0 auto; } .vat th { font-weight: normal; font-size: 8pt; border-bottom: 1px solid #5c3d2e; padding: 1mm; } .vat td { padding: 1mm; }
"""
    s = inv.seller
    body = f"""
<div class="logo">{esc(inv.kw.get('brand'))}</div>
<div class="addr">Üzemeltető: {esc(s.name)} · {esc(', '.join(s.addr))} · Adószám: {s.tax} · Közösségi adószám: {s.vat} · NTAK: {inv.kw.get('ntak')}</div>
<table class="meta"><tr><td style="width:50%">Számlázási adatok (vendég / cég):<br>{party_lines(inv.buyer)}</td>
<td>SZÁMLA<br>Számlaszám: <b>{inv.number}</b><br>Számla kelte: {fd(inv.issue, ds)}<br>Teljesítés dátuma: {fd(inv.fulfil, ds)}<br>
Fizetési határidő: {fd(inv.due, ds)}<br>Érkezés–távozás: {esc(inv.kw.get('stay'))}<br>Szobaszám: {inv.kw.get('room')}</td></tr></table>
{items_table(inv, [("Szolgáltatás", "desc"), ("Menny.", "qtyunit"), ("Nettó egységár", "price"), ("Nettó", "net"), ("ÁFA", "rate"), ("ÁFA érték", "vat"), ("Bruttó", "gross")], st)}
{vat_table(inv, st, heads=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), total_label="Összesen")}
<p style="text-align:right;font-size:12pt">Fizetendő összesen: <b>{fa(inv.gross, st)} Ft</b></p>
<p style="font-size:8pt">Az idegenforgalmi adót az önkormányzat felé külön rendeztük, a számla nem tartalmazza. {esc(inv.note)}<br>{inv.pay} · {inv.bank}</p>
"""
    return page(css, body, size="9pt"), ds, st


# 17 -----------------------------------------------------------------------------------------
@layout("webshop_b")
def webshop_b(inv):
    ds, st = "dot", "dot"
    css = """
.top { display: grid; grid-template-columns: 1fr 1fr; border: 1px solid #000; }
.top > div { padding: 3mm; line-height: 1.4; } .top > div + div { border-left: 1px solid #000; }
.ttl { text-align: center; font-size: 15pt; font-weight: bold; padding: 3mm; border: 1px solid #000; border-top: 0; }
.meta { width: 100%; border: 1px solid #000; border-top: 0; } .meta td { padding: 1.5mm; border-right: 1px solid #000; font-size: 8pt; text-align: center; }
.meta b { display: block; font-size: 9pt; }
.items { width: 100%; border: 1px solid #000; border-top: 0; font-size: 8.5pt; } .items th { border: 1px solid #000; padding: 1mm; } .items td { padding: 1mm; border-right: 1px solid #000; }
.vat { width: 100%; border: 1px solid #000; border-top: 0; font-size: 8.5pt; } .vat th, .vat td { padding: 1mm; border: 1px solid #000; }
"""
    body = f"""
<div class="top"><div>Szállító:<br>{party_lines(inv.seller)}</div><div>Vevő:<br>{party_lines(inv.buyer)}</div></div>
<div class="ttl">SZÁMLA &nbsp; {inv.number}</div>
<table class="meta"><tr><td>Fizetési mód<b>{inv.pay}</b></td><td>Teljesítés kelte<b>{fd(inv.fulfil, ds)}</b></td><td>Számla kelte<b>{fd(inv.issue, ds)}</b></td>
<td>Esedékesség<b>{fd(inv.due, ds)}</b></td><td>Megrendelés<b>{inv.kw.get('order')}</b></td></tr></table>
{items_table(inv, [("Cikkszám", "no"), ("Megnevezés", "desc"), ("Menny.", "qty"), ("Me.", "unit"), ("Egységár", "price"), ("Nettó érték", "net"), ("ÁFA", "rate"), ("Bruttó érték", "gross")], st)}
{vat_table(inv, st, heads=("ÁFA %", "Nettó", "ÁFA", "Bruttó"), total_label="Összesen:")}
<p style="text-align:right;font-size:12pt">Fizetendő: <b>{fa(inv.gross, st)} Ft</b></p>
<p style="font-size:8pt">Garancia: a termékekre 12 hónap jótállás. {esc(inv.note)}<br>{inv.bank}</p>
"""
    return page(css, body, size="9pt", margin="10mm"), ds, st


# 18 -----------------------------------------------------------------------------------------
@layout("saas_hu_modern")
def saas_hu_modern(inv):
    ds, st = "long", "sp"
    t = {"normal": "Számla", "correction": "Módosító számla"}[inv.kind]
    ref = (f'<div class="ref">Módosított számla sorszáma: <b>{inv.preceding}</b> · Módosítás oka: {esc(inv.kw.get("reason", ""))}</div>'
           if inv.preceding else "")
    css = """
body { color: #1a1a2e; }
.h { display: flex; justify-content: space-between; align-items: center; margin-bottom: 8mm; }
.logo { font-size: 16pt; font-weight: bold; } .logo span { color: #12b886; }
.pill { background: #12b886; color: #fff; padding: 2mm 5mm; border-radius: 6mm; font-size: 10pt; }
.g { display: grid; grid-template-columns: 1fr 1fr; gap: 10mm; line-height: 1.5; }
.l { font-size: 7.5pt; color: #868e96; text-transform: uppercase; letter-spacing: 1px; }
.dates { display: flex; gap: 10mm; margin: 6mm 0; padding: 3mm 0; border-top: 1px solid #eee; border-bottom: 1px solid #eee; }
.items { width: 100%; } .items th { text-align: left; font-size: 7.5pt; color: #868e96; font-weight: normal; padding: 2mm 1mm; } .items td { padding: 2.5mm 1mm; border-top: 1px solid #f1f3f5; }
.vat { width: 60%; margin: 5mm 0 0 auto; font-size: 8.5pt; } .vat th { color: #868e96; font-weight: normal; font-size: 7.5pt; } .vat td { padding: 1mm; }
.ref { background: #fff9db; padding: 3mm; margin-bottom: 5mm; }
.due { text-align: right; font-size: 14pt; margin-top: 4mm; }
"""
    body = f"""
<div class="h"><div class="logo">{esc(inv.kw.get('brand'))}<span>.</span></div><div class="pill">{t} · {inv.number}</div></div>
{ref}
<div class="g"><div><div class="l">Szolgáltató</div>{party_lines(inv.seller)}</div><div><div class="l">Előfizető</div>{party_lines(inv.buyer)}</div></div>
<div class="dates"><div><div class="l">Kiállítás dátuma</div>{fd(inv.issue, ds)}</div><div><div class="l">Teljesítés dátuma</div>{fd(inv.fulfil, ds)}</div>
<div><div class="l">Fizetési határidő</div>{fd(inv.due, ds)}</div><div><div class="l">Fizetés</div>{inv.pay}</div></div>
{items_table(inv, [("Csomag / tétel", "desc"), ("Felhasználó", "qty"), ("Egységár / hó", "price"), ("Nettó", "net"), ("ÁFA", "rate"), ("Bruttó", "gross")], st)}
{vat_table(inv, st)}
<div class="due">{'Különbözet, fizetendő' if inv.kind == 'correction' else 'Fizetendő'}: <b>{fa(inv.gross, st)} Ft</b></div>
<p style="font-size:8pt;color:#868e96">{esc(inv.note)}</p>
"""
    return page(css, body, size="9pt", margin="16mm"), ds, st


# 19 -----------------------------------------------------------------------------------------
@layout("telecom")
def telecom(inv):
    ds, st = "dot", "sp2"
    css = """
.h { display: grid; grid-template-columns: 1fr 70mm; gap: 6mm; }
.brand { font-size: 20pt; font-weight: bold; color: #d6336c; }
.sum { border: 1px solid #d6336c; padding: 3mm; } .sum td { padding: 0.8mm 2mm; }
.sum .big { font-size: 12pt; font-weight: bold; }
.addr { margin: 8mm 0 6mm 0; line-height: 1.45; }
h3 { color: #d6336c; border-bottom: 1px solid #d6336c; font-size: 10pt; margin: 5mm 0 2mm; }
.items { width: 100%; font-size: 8.5pt; } .items th { text-align: left; padding: 1mm; border-bottom: 1px solid #ccc; } .items td { padding: 1mm; }
.vat { width: 100%; font-size: 8.5pt; } .vat th { padding: 1mm; border-bottom: 1px solid #ccc; } .vat td { padding: 1mm; }
.small { font-size: 7.5pt; color: #555; }
"""
    body = f"""
<div class="h"><div><div class="brand">{esc(inv.kw.get('brand'))}</div><div class="small">{party_lines(inv.seller, sep=' · ')}</div>
<div class="addr">{party_lines(inv.buyer)}</div></div>
<div class="sum"><table><tr><td>Számla sorszáma:</td><td><b>{inv.number}</b></td></tr><tr><td>Ügyfélszám:</td><td>{inv.kw.get('cust')}</td></tr>
<tr><td>Számlázási időszak:</td><td>{esc(inv.kw.get('period'))}</td></tr><tr><td>Számla kelte:</td><td>{fd(inv.issue, ds)}</td></tr>
<tr><td>Teljesítés időpontja:</td><td>{fd(inv.fulfil, ds)}</td></tr><tr><td>Fizetési határidő:</td><td>{fd(inv.due, ds)}</td></tr>
<tr><td class="big">Fizetendő:</td><td class="big">{fa(inv.gross, st)} Ft</td></tr></table></div></div>
<h3>Díjtételek</h3>
{items_table(inv, [("Szolgáltatás", "desc"), ("Menny.", "qtyunit"), ("Nettó díj", "price"), ("Nettó összeg", "net"), ("ÁFA", "rate"), ("Bruttó összeg", "gross")], st)}
<h3>Összesítő</h3>
{vat_table(inv, st, heads=("ÁFA mértéke", "Nettó összeg (Ft)", "ÁFA összeg (Ft)", "Bruttó összeg (Ft)"), total_label="Számla végösszege")}
<p class="small">Csoportos beszedési megbízás esetén az összeget a fizetési határidő napján terheljük. {esc(inv.note)}<br>{inv.bank}</p>
"""
    return page(css, body, size="9pt"), ds, st


# 20 -----------------------------------------------------------------------------------------
@layout("eu_usd_receipt")
def eu_usd_receipt(inv):
    ds, st = "us", "en"
    c = inv.cur
    css = """
.h { display: flex; justify-content: space-between; }
.h h1 { margin: 0; font-size: 22pt; }
.small { font-size: 8pt; color: #555; }
.kv td { padding: 0.7mm 6mm 0.7mm 0; }
.cols { display: flex; gap: 15mm; margin: 7mm 0; line-height: 1.45; }
.items { width: 100%; } .items th { border-bottom: 1px solid #000; text-align: left; padding: 1.5mm 0; font-weight: normal; } .items td { padding: 2mm 0; border-bottom: 1px solid #eee; }
.tot { margin: 4mm 0 0 auto; width: 50%; } .tot td { padding: 1mm 0; } .tot .g td { font-weight: bold; border-top: 1px solid #000; }
"""
    body = f"""
<div class="h"><h1>Invoice</h1><div style="font-size:14pt;font-weight:bold">{esc(inv.kw.get('brand'))}</div></div>
<table class="kv"><tr><td>Invoice number</td><td>{inv.number}</td></tr><tr><td>Date of issue</td><td>{fd(inv.issue, ds)}</td></tr>
<tr><td>Service period end</td><td>{fd(inv.fulfil, ds)}</td></tr><tr><td>Date due</td><td>{fd(inv.due, ds)}</td></tr></table>
<div class="cols"><div>{party_lines(inv.seller, vatlbl='VAT number:')}</div><div><b>Bill to</b><br>{party_lines(inv.buyer, vatlbl='Customer VAT ID:')}</div></div>
<div style="font-size:13pt;margin-bottom:4mm"><b>{fa(inv.gross, st, c)} {c}</b> due {fd(inv.due, ds)}</div>
{items_table(inv, [("Description", "desc"), ("Qty", "qty"), ("Unit price", "price"), ("Amount", "net")], st)}
<table class="tot"><tr><td>Subtotal</td><td class="r">${fa(inv.net, st, c)}</td></tr><tr><td>Total excluding tax</td><td class="r">${fa(inv.net, st, c)}</td></tr>
<tr><td>VAT – EU reverse charge (0%)</td><td class="r">${fa(inv.vat, st, c)}</td></tr><tr class="g"><td>Amount due</td><td class="r">${fa(inv.gross, st, c)} {c}</td></tr></table>
<p class="small">Tax to be paid on reverse charge basis. {esc(inv.note)}</p>
"""
    return page(css, body, size="9pt", margin="15mm"), ds, st


# 21 -----------------------------------------------------------------------------------------
@layout("advance_plain")
def advance_plain(inv):
    ds, st = "dot", "sp"
    css = """
table.f { width: 100%; border: 1px solid #000; } table.f td { border: 1px solid #000; padding: 2mm; vertical-align: top; }
.items { width: 100%; margin-top: 3mm; } .items th, .items td { border: 1px solid #000; padding: 1.5mm; }
.vat { width: 100%; margin-top: 3mm; } .vat th, .vat td { border: 1px solid #000; padding: 1.2mm; }
"""
    body = f"""
<table class="f"><tr><td colspan="2" style="text-align:center;font-size:15pt"><b>{hu_title(inv)}</b><br><span style="font-size:9pt">Sorszám: {inv.number}</span></td></tr>
<tr><td style="width:50%">Szállító (eladó):<br>{party_lines(inv.seller)}</td><td>Vevő:<br>{party_lines(inv.buyer)}</td></tr>
<tr><td>Kelt: {fd(inv.issue, ds)}<br>Előleg jóváírásának napja (teljesítés): {fd(inv.fulfil, ds)}</td><td>Fizetési határidő: {fd(inv.due, ds)}<br>Fizetési mód: {inv.pay}</td></tr></table>
{items_table(inv, [("Megnevezés", "desc"), ("Menny.", "qtyunit"), ("Nettó egységár", "price"), ("Nettó érték", "net"), ("ÁFA kulcs", "rate"), ("ÁFA érték", "vat"), ("Bruttó érték", "gross")], st)}
{vat_table(inv, st, total_label="Összesen (Ft)")}
<p style="font-size:12pt">Fizetendő előleg: <b>{fa(inv.gross, st)} Ft</b></p>
<p style="font-size:8.5pt">{esc(inv.note)}<br>{inv.bank}</p>
"""
    return page(css, body, size="9pt"), ds, st


# 22 -----------------------------------------------------------------------------------------
@layout("registrar_table")
def registrar_table(inv):
    ds, st = "iso", "dot"
    css = """
.h { border-left: 6px solid #495057; padding-left: 4mm; margin-bottom: 6mm; }
.h .n { font-size: 14pt; font-weight: bold; }
.kv { width: 100%; } .kv td { padding: 1mm 2mm; vertical-align: top; }
.kv td.l { width: 30mm; color: #495057; font-weight: bold; font-size: 8pt; }
.items { width: 100%; margin-top: 5mm; font-size: 8.5pt; } .items th { background: #495057; color: #fff; padding: 1.5mm; } .items td { padding: 1.5mm; }
.items tr:nth-child(even) td { background: #f1f3f5; }
.vat { margin: 4mm 0 0 auto; width: 55%; } .vat th, .vat td { padding: 1mm 2mm; border-bottom: 1px solid #ccc; }
"""
    body = f"""
<div class="h"><div class="n">{esc(inv.seller.name)}</div>Számla · Invoice</div>
<table class="kv"><tr><td class="l">Számlaszám</td><td>{inv.number}</td><td class="l">Kiállítva</td><td>{fd(inv.issue, ds)}</td></tr>
<tr><td class="l">Szállító</td><td>{party_lines(inv.seller)}</td><td class="l">Vevő</td><td>{party_lines(inv.buyer)}</td></tr>
<tr><td class="l">Teljesítés</td><td>{fd(inv.fulfil, ds)}</td><td class="l">Határidő</td><td>{fd(inv.due, ds)}</td></tr>
<tr><td class="l">Fizetés</td><td>{inv.pay}</td><td class="l">Ügyfélazonosító</td><td>{inv.kw.get('cust')}</td></tr></table>
{items_table(inv, [("Domain / szolgáltatás", "desc"), ("Időtartam", "qtyunit"), ("Nettó díj/év", "price"), ("Nettó", "net"), ("ÁFA", "rate"), ("Bruttó", "gross")], st)}
{vat_table(inv, st, suffix=" Ft")}
<p style="text-align:right;font-size:12pt">Fizetendő: <b>{fa(inv.gross, st)} Ft</b></p>
<p style="font-size:8pt">{esc(inv.note)}<br>{inv.bank}</p>
"""
    return page(css, body, size="9pt"), ds, st


# 23 -----------------------------------------------------------------------------------------
@layout("accountant_letter")
def accountant_letter(inv):
    ds, st = "long", "dot"
    css = """
body { font-family: 'DejaVu Serif Condensed', 'DejaVu Serif'; }
.top { text-align: right; font-size: 8.5pt; line-height: 1.4; }
.to { margin: 10mm 0 8mm; line-height: 1.5; }
h2 { font-size: 13pt; margin: 0 0 4mm; }
.kv td { padding: 0.5mm 6mm 0.5mm 0; }
.items { width: 100%; margin: 5mm 0; } .items th { border-bottom: 1px solid #000; font-weight: normal; font-style: italic; padding: 1mm; } .items td { padding: 1.5mm 1mm; }
.vat { width: 70%; } .vat th { font-weight: normal; font-style: italic; border-bottom: 1px solid #000; padding: 1mm; } .vat td { padding: 1mm; }
"""
    body = f"""
<div class="top">{party_lines(inv.seller)}</div>
<div class="to">{party_lines(inv.buyer)}</div>
<h2>Számla – {inv.number}</h2>
<table class="kv"><tr><td>Számla kelte:</td><td>{fd(inv.issue, ds)}</td></tr><tr><td>Teljesítés kelte:</td><td>{fd(inv.fulfil, ds)}</td></tr>
<tr><td>Fizetési határidő:</td><td>{fd(inv.due, ds)}</td></tr><tr><td>Fizetési mód:</td><td>{inv.pay}</td></tr></table>
{items_table(inv, [("Tárgy", "desc"), ("Menny.", "qtyunit"), ("Nettó díj", "price"), ("Nettó", "net"), ("ÁFA", "rate"), ("Bruttó", "gross")], st)}
{vat_table(inv, st, heads=("ÁFA", "Nettó", "ÁFA összeg", "Bruttó"), total_label="Összesen", suffix=" Ft")}
<p>Fizetendő összesen: <b>{fa(inv.gross, st)} Ft</b>, azaz {esc(inv.kw.get('words', ''))} forint.</p>
<p style="font-size:8.5pt">Kérjük, az összeget a {inv.bank} számlára utalják. {esc(inv.note)}</p>
"""
    return page(css, body, size="9.5pt", margin="18mm 20mm"), ds, st

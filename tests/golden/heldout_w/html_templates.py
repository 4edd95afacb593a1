# ruff: noqa
"""HTML+CSS templates (printed by headless Chromium) for blind set W."""
from .html_common import TITLE_HU, e, lines_table, notes_html, page, party_html, party_lines, vat_summary, rate, qty, price
from .model import fmt_num


def boxes2(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}
h1{font-size:20pt;margin:0 0 2mm 0;letter-spacing:1px}
.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #1b4e8c;padding-bottom:2mm}
.num{font-size:11pt}.boxes{display:flex;gap:6mm;margin:5mm 0}
.box{flex:1;border:1px solid #1b4e8c;border-radius:3px;padding:3mm;min-height:30mm}
.box .lbl{font-size:7.5pt;color:#1b4e8c;text-transform:uppercase;margin-bottom:1mm}
.hdr{width:100%;margin-bottom:5mm}.hdr td,.hdr th{border:1px solid #999;padding:1.5mm;text-align:center}
.hdr th{background:#e6eef8;font-size:8pt;font-weight:normal}
.items{width:100%}.items th{background:#1b4e8c;color:#fff;padding:1.5mm;font-size:8pt}.items td{padding:1.5mm;border-bottom:1px solid #ccc}
.vatsum{margin-left:auto;margin-top:5mm}.vatsum td,.vatsum th{padding:1mm 3mm;border-bottom:1px solid #ccc}
.grand{margin-top:4mm;text-align:right;font-size:13pt}.notes{font-size:8pt;color:#444}"""
    body = f"""<div class="top"><div><h1>{TITLE_HU[inv.kind].upper()}</h1><div class="num">Számla sorszáma: <b>{e(inv.number)}</b></div></div>
<div style="font-size:8pt">1. példány / eredeti</div></div>
<div class="boxes"><div class="box"><div class="lbl">Eladó</div>{party_html(inv.seller)}</div>
<div class="box"><div class="lbl">Vevő</div>{party_html(inv.buyer)}</div></div>
<table class="hdr"><tr><th>Fizetési mód</th><th>Teljesítés dátuma</th><th>Számla kelte</th><th>Fizetési határidő</th></tr>
<tr><td>{e(inv.pay)}</td><td>{inv.d(inv.fulfil)}</td><td>{inv.d(inv.issue)}</td><td>{inv.d(inv.due)}</td></tr></table>
{lines_table(inv, [("Megnevezés","desc","l"),("Menny.","qty","r"),("Egység","unit","c"),("Egységár","price","r"),("Nettó érték","net","r"),("ÁFA %","rate","c"),("ÁFA érték","vat","r"),("Bruttó érték","gross","r")])}
{vat_summary(inv)}
<div class="grand">Fizetendő összeg: <b>{inv.n(inv.gross)} Ft</b></div>{notes_html(inv)}"""
    return page(css, body)


def letterhead(inv):
    s = inv.seller
    css = """body{font-family:'DejaVu Serif',serif;font-size:10pt;color:#111}
.lh{text-align:center;border-bottom:1px double #000;padding-bottom:3mm;margin-bottom:8mm}
.lh .firm{font-size:17pt;font-variant:small-caps;letter-spacing:1px}.lh .sub{font-size:8.5pt}
.row{display:flex;justify-content:space-between}.addr{width:85mm;margin-top:6mm;line-height:1.35}
.meta{width:78mm}.meta td{padding:0.8mm 0;vertical-align:top}.meta td.k{padding-right:4mm;font-style:italic}
h2{text-align:center;font-size:14pt;letter-spacing:3px;margin:10mm 0 6mm 0}
.items{width:100%;margin-bottom:4mm}.items th{border-top:1px solid #000;border-bottom:1px solid #000;padding:1.5mm;font-weight:normal;font-style:italic}
.items td{padding:2mm 1.5mm;vertical-align:top}
.vatsum{margin-left:auto}.vatsum td,.vatsum th{padding:1mm 4mm;font-weight:normal}.vatsum tr.tot td{border-top:1px solid #000}
.notes{margin-top:6mm;font-size:9pt}.sig{margin-top:18mm;text-align:right}"""
    body = f"""<div class="lh"><div class="firm">{e(s.name)}</div><div class="sub">{e(s.addr[0])} · Adószám: {e(s.tax)}<br>{' · '.join(e(x) for x in s.extra)}</div></div>
<div class="row"><div class="addr">{party_html(inv.buyer, extra=False)}</div>
<table class="meta"><tr><td class="k">Számlaszám:</td><td><b>{e(inv.number)}</b></td></tr>
<tr><td class="k">Kelt:</td><td>{inv.d(inv.issue)}</td></tr><tr><td class="k">Teljesítés kelte:</td><td>{inv.d(inv.fulfil)}</td></tr>
<tr><td class="k">Esedékesség:</td><td>{inv.d(inv.due)}</td></tr><tr><td class="k">Fizetés módja:</td><td>{e(inv.pay)}</td></tr></table></div>
<h2>{TITLE_HU[inv.kind].upper()}</h2>
{lines_table(inv, [("Tárgy","desc","l"),("Mennyiség","qtyunit","r"),("Egységár","price","r"),("Nettó","net","r"),("ÁFA","rate","c")])}
{vat_summary(inv, ("Adókulcs","Nettó összeg","Áfa összege","Bruttó összeg"), total_label="Mindösszesen")}
{notes_html(inv)}<div class="sig">………………………………<br>{e(s.name)}</div>"""
    return page(css, body, margin="18mm 20mm")


def metatable(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}
.t{font-size:16pt;font-weight:bold;margin-bottom:3mm}.meta{width:100%;margin-bottom:5mm}
.meta th{font-size:7pt;color:#555;font-weight:normal;text-align:left;border:1px solid #888;border-bottom:none;padding:1mm 2mm}
.meta td{border:1px solid #888;border-top:none;padding:1mm 2mm 2mm 2mm;font-size:10pt}
.p{margin-bottom:4mm;padding-left:3mm;border-left:4px solid #6a8d3a}.p .k{font-size:7.5pt;color:#6a8d3a;font-weight:bold}
.items{width:100%;margin-top:3mm}.items th{border-bottom:2px solid #6a8d3a;padding:1mm;font-size:8pt;text-align:left}
.items td{padding:1.5mm 1mm;border-bottom:1px dotted #aaa}
.vatsum{width:100%;margin-top:5mm}.vatsum th{text-align:left;background:#eef3e6;padding:1mm}.vatsum td{padding:1mm}
.notes{font-size:8pt}"""
    body = f"""<div class="t">SZÁMLA</div>
<table class="meta"><tr><th>Számlaszám</th><th>Kiállítás dátuma</th><th>Teljesítés dátuma</th><th>Fizetési határidő</th><th>Fizetési mód</th><th>Pénznem</th></tr>
<tr><td><b>{e(inv.number)}</b></td><td>{inv.d(inv.issue)}</td><td>{inv.d(inv.fulfil)}</td><td>{inv.d(inv.due)}</td><td>{e(inv.pay)}</td><td>{inv.currency}</td></tr></table>
<div class="p"><div class="k">SZOLGÁLTATÓ</div>{party_html(inv.seller, vat_label="EU adószám")}</div>
<div class="p"><div class="k">MEGRENDELŐ</div>{party_html(inv.buyer, vat_label="EU adószám")}</div>
{lines_table(inv, [("#","no","l"),("Szolgáltatás megnevezése","desc","l"),("Menny.","qtyunit","r"),("Nettó egységár","price","r"),("Áfa","rate","c"),("Nettó","net","r"),("Bruttó","gross","r")])}
{vat_summary(inv, ("Áfakulcs","Nettó (Ft)","Áfa (Ft)","Bruttó (Ft)"), total_label="Számla összesen")}
{notes_html(inv)}"""
    return page(css, body)


def wordsimple(inv):
    css = """body{font-family:'DejaVu Serif',serif;font-size:11pt;line-height:1.45}
h1{text-align:center;font-size:15pt;text-decoration:underline;margin:0 0 8mm 0}
.items{width:100%;margin:6mm 0}.items td,.items th{border:1px solid #000;padding:1.5mm}
.notes{font-style:italic}"""
    s, b = inv.seller, inv.buyer
    body = f"""<h1>SZÁMLA</h1>
<p>Sorszám: {e(inv.number)}</p>
<p><u>Számla kibocsátója:</u><br>{e(s.name)}<br>{e(s.addr[0])}<br>Adószám: {e(s.tax)}<br>{'<br>'.join(e(x) for x in s.extra)}</p>
<p><u>Vevő:</u><br>{e(b.name)}<br>{', '.join(e(x) for x in b.addr)}<br>Adószám: {e(b.tax)}</p>
<p>Számla kelte: {inv.d(inv.issue)}<br>Teljesítés időpontja: {inv.d(inv.fulfil)}<br>Fizetési határidő: {inv.d(inv.due)}<br>Fizetés módja: {e(inv.pay)}</p>
{lines_table(inv, [("Megnevezés","desc","l"),("Mennyiség","qtyunit","c"),("Egységár (Ft)","price","r"),("Adómentes ellenérték (Ft)","net","r")])}
<p>Fizetendő összesen: <b>{inv.n(inv.gross)} Ft</b></p>{notes_html(inv)}
<p style="margin-top:20mm">Szentendre, {inv.d(inv.issue)}</p>"""
    return page(css, body, margin="22mm 25mm")


def multipage(inv):
    css = """body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:9pt}
.hd{display:flex;justify-content:space-between;border-bottom:3px solid #c0392b;padding-bottom:3mm}
.hd .logo{font-size:22pt;font-weight:bold;color:#c0392b}.hd .m{text-align:right}
.parties{display:flex;gap:10mm;margin:6mm 0}.parties>div{flex:1}.k{color:#888;font-size:7.5pt}
.items{width:100%}.items th{text-align:left;border-bottom:1px solid #333;padding:1.2mm;font-size:8pt}.items td{padding:2.6mm 1.2mm;border-bottom:1px solid #eee}
.p2{page-break-before:always}.vatsum{width:60%;margin-left:auto}.vatsum th,.vatsum td{padding:1.5mm;border-bottom:1px solid #ddd}
.big{font-size:14pt;text-align:right;margin-top:6mm}.ft{font-size:7pt;color:#888;margin-top:4mm}.notes{font-size:8.5pt}"""
    title = {"normal": "SZÁMLA", "correction": "HELYESBÍTŐ SZÁMLA"}[inv.kind]
    pre = f'<div>Eredeti számla: <b>{e(inv.preceding)}</b></div>' if inv.preceding else ""
    body = f"""<div class="hd"><div class="logo">bitrend</div><div class="m"><div style="font-size:13pt"><b>{title}</b></div>
<div>Számlaszám: <b>{e(inv.number)}</b></div>{pre}<div>Kelte: {inv.d(inv.issue)}</div><div>Teljesítés: {inv.d(inv.fulfil)}</div><div>Fizetési határidő: {inv.d(inv.due)}</div></div></div>
<div class="parties"><div><div class="k">Szállító</div>{party_html(inv.seller)}</div><div><div class="k">Vevő</div>{party_html(inv.buyer)}</div></div>
{notes_html(inv)}
{lines_table(inv, [("Tétel","desc","l"),("Óra","qty","r"),("Óradíj","price","r"),("ÁFA","rate","c"),("Nettó","net","r")])}
<div class="p2"><div style="font-size:8pt;color:#888">{e(inv.number)} – 2. oldal</div><h3>Összesítés</h3>
{vat_summary(inv, ("Kulcs","Nettó","ÁFA","Bruttó"), total_label="Összesen")}
<div class="big">Fizetendő: <b>{inv.n(inv.gross)} HUF</b></div>
<div class="ft">Fizetési mód: {e(inv.pay)} · Kérjük, a közleményben tüntesse fel a számlaszámot.</div></div>"""
    return page(css, body)


def saas_en(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#1f2933}
.brand{font-size:18pt;font-weight:bold;color:#5b3cc4}.lbl{font-size:6.5pt;color:#8a94a6;text-transform:uppercase;letter-spacing:.6px}
.g{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6mm;margin:8mm 0}
.items{width:100%}.items th{font-size:7pt;color:#8a94a6;text-transform:uppercase;text-align:left;border-bottom:1px solid #d5dae1;padding:1.5mm}
.items td{padding:2mm 1.5mm;border-bottom:1px solid #eef0f3}.tt{width:70mm;margin-left:auto;margin-top:4mm}.tt td{padding:1.2mm}
.due{font-size:16pt;margin-top:2mm}.notes{font-size:8pt;color:#52606d}"""
    s, b = inv.seller, inv.buyer
    body = f"""<div style="display:flex;justify-content:space-between"><div class="brand">Trellisbyte</div><div style="font-size:20pt">Invoice</div></div>
<div class="g"><div><div class="lbl">Invoice number</div>{e(inv.number)}<div class="lbl" style="margin-top:2mm">Date of issue</div>{inv.d(inv.issue)}
<div class="lbl" style="margin-top:2mm">Date due</div>{inv.d(inv.due)}</div>
<div><div class="lbl">From</div><b>{e(s.name)}</b><br>{'<br>'.join(e(x) for x in s.addr)}<br>billing@trellisbyte.example</div>
<div><div class="lbl">Bill to</div><b>{e(b.name)}</b><br>{'<br>'.join(e(x) for x in b.addr)}<br>VAT ID: {e(b.vat)}</div></div>
<div class="due">{inv.n(inv.gross)} USD due {inv.d(inv.due)}</div><p>Paid with {e(inv.pay)}.</p>
{lines_table(inv, [("Description","desc","l"),("Qty","qty","r"),("Unit price","price","r"),("Amount","net","r")])}
<table class="tt"><tr><td>Subtotal</td><td class="r">${inv.n(inv.net)}</td></tr><tr><td>Tax (0% – reverse charge)</td><td class="r">${inv.n(inv.vat)}</td></tr>
<tr><td><b>Total</b></td><td class="r"><b>${inv.n(inv.gross)}</b></td></tr><tr><td>Amount paid</td><td class="r">${inv.n(inv.gross)}</td></tr>
<tr><td>Amount due</td><td class="r">$0.00</td></tr></table>{notes_html(inv)}"""
    return page(css, body, size="Letter", margin="15mm")


def cloud_ie(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt}
.bar{background:#232f3e;color:#fff;padding:3mm 4mm;font-size:13pt}.two{display:flex;gap:8mm;margin:5mm 0}.two>div{flex:1}
.sum{border:1px solid #ccc;padding:3mm;background:#f7f7f7}.sum td{padding:.8mm 2mm}
.items{width:100%;margin-top:4mm}.items th{background:#eaeded;text-align:left;padding:1.5mm}.items td{padding:1.5mm;border-bottom:1px solid #ddd}
.notes{font-size:7.5pt}.small{font-size:7pt;color:#555}"""
    body = f"""<div class="bar">Tax Invoice</div>
<div class="two"><div><b>{e(s.name)}</b><br>{'<br>'.join(e(x) for x in s.addr)}<br>VAT Reg. No.: {e(s.vat)}</div>
<div class="sum"><table><tr><td>Tax Invoice Number:</td><td><b>{e(inv.number)}</b></td></tr><tr><td>Tax Invoice Date:</td><td>{inv.d(inv.issue)}</td></tr>
<tr><td>Billing period:</td><td>1 Apr 2027 – {inv.d(inv.fulfil)}</td></tr><tr><td>Tax point (supply date):</td><td>{inv.d(inv.fulfil)}</td></tr>
<tr><td>Payment due:</td><td>{inv.d(inv.due)}</td></tr><tr><td>Account number:</td><td>7731-0429-5518</td></tr></table></div></div>
<div><span class="small">Bill to</span><br><b>{e(b.name)}</b><br>{'<br>'.join(e(x) for x in b.addr)}<br>Customer VAT number: {e(b.vat)}</div>
{lines_table(inv, [("Service","desc","l"),("Net (EUR)","net","r"),("VAT rate","rate","c"),("VAT (EUR)","vat","r")])}
<table style="margin-left:auto;margin-top:4mm"><tr><td>Total net amount</td><td class="r">EUR {inv.n(inv.net)}</td></tr>
<tr><td>Total VAT amount</td><td class="r">EUR {inv.n(inv.vat)}</td></tr><tr><td><b>Total amount due</b></td><td class="r"><b>EUR {inv.n(inv.gross)}</b></td></tr></table>
{notes_html(inv)}<p class="small">RC = reverse charge. Please pay by SEPA credit transfer to IBAN IE29 AIBK 9311 5212 3456 78.</p>"""
    return page(css, body, margin="12mm")


def dotmatrix(inv):
    s, b = inv.seller, inv.buyer
    W = 78
    def row(l, r=""):
        return (l + " " * max(1, W - len(l) - len(r)) + r)
    lines = []
    lines.append(row(s.name, "SZAMLA" if inv.kind == "normal" else "SZTORNO SZAMLA"))
    lines.append(row(s.addr[0], f"SORSZAM: {inv.number}"))
    lines.append(row(f"ADOSZAM: {s.tax}", "1. PELDANY"))
    lines.append(s.extra[0])
    lines.append("=" * W)
    lines.append("VEVO:")
    lines.append("  " + b.name)
    for a in b.addr:
        lines.append("  " + a)
    lines.append("  ADOSZAM: " + b.tax)
    lines.append("-" * W)
    lines.append(f"KELT: {inv.d(inv.issue)}   TELJ.: {inv.d(inv.fulfil)}   ESED.: {inv.d(inv.due)}   FIZ.MOD: ATUTALAS")
    if inv.preceding:
        lines.append(f"ERVENYTELENITETT SZAMLA: {inv.preceding}")
    lines.append("-" * W)
    lines.append(f"{'MEGNEVEZES':<38}{'MENNY':>8} {'ME':<7}{'EGYS.AR':>9}{'NETTO':>11}{'AFA':>4}")
    for ln in inv.lines:
        lines.append(f"{ln.desc[:38]:<38}{qty(inv, ln.qty):>8} {ln.unit:<7}{price(inv, ln.price):>9}{inv.n(inv.line_net(ln)):>11}{rate(ln.rate):>4}")
    lines.append("-" * W)
    for r, net, vat, gross in inv.groups:
        lines.append(f"AFA {rate(r):<5} NETTO:{inv.n(net):>10}  AFA:{inv.n(vat):>9}  BRUTTO:{inv.n(gross):>10}")
    lines.append("=" * W)
    lines.append(row("NETTO OSSZESEN:", inv.n(inv.net)))
    lines.append(row("AFA OSSZESEN:", inv.n(inv.vat)))
    lines.append(row("FIZETENDO (HUF):", inv.n(inv.gross)))
    lines.append("=" * W)
    for n in inv.notes:
        lines.append(n)
    css = """body{font-family:'DejaVu Sans Mono',monospace;font-size:8.6pt;line-height:1.35}
pre{margin:0;font-family:inherit}"""
    return page(css, "<pre>" + e("\n".join(lines)) + "</pre>", margin="12mm 10mm")


def gridlv(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}
.head{display:flex;justify-content:space-between}.sel{font-size:8.5pt;line-height:1.4}.sel b{font-size:12pt}
.meta{text-align:right}.meta h1{margin:0;font-size:18pt;color:#6b3e26}
.meta table{margin-left:auto}.meta td{padding:.6mm 0 .6mm 4mm}.meta td:first-child{color:#777}
.grid{display:grid;grid-template-columns:35mm 1fr;row-gap:1mm;margin:7mm 0;border-top:1px solid #6b3e26;border-bottom:1px solid #6b3e26;padding:3mm 0}
.grid div:nth-child(odd){color:#777}.items{width:100%}.items th{border-bottom:1px solid #6b3e26;padding:1.2mm;font-size:8pt;color:#6b3e26}
.items td{padding:1.2mm;border-bottom:1px solid #eee}.vatsum{margin-left:auto;margin-top:4mm}.vatsum td,.vatsum th{padding:1mm 3mm}
.notes{font-size:8pt}"""
    s, b = inv.seller, inv.buyer
    body = f"""<div class="head"><div class="sel"><b>{e(s.name)}</b><br>{e(s.addr[0])}<br>Adószám: {e(s.tax)}<br>{'<br>'.join(e(x) for x in s.extra)}</div>
<div class="meta"><h1>Számla</h1><table><tr><td>Bizonylatszám</td><td><b>{e(inv.number)}</b></td></tr><tr><td>Kiállítva</td><td>{inv.d(inv.issue)}</td></tr>
<tr><td>Esedékesség</td><td>{inv.d(inv.due)}</td></tr></table></div></div>
<div class="grid"><div>Ügyfél</div><div><b>{e(b.name)}</b></div><div>Számlázási cím</div><div>{', '.join(e(x) for x in b.addr)}</div>
<div>Ügyfél adószáma</div><div>{e(b.tax)}</div><div>Közösségi adószám</div><div>{e(b.vat)}</div><div>Teljesítés kelte</div><div>{inv.d(inv.fulfil)}</div>
<div>Fizetés módja</div><div>{e(inv.pay)}</div><div>Szerződés</div><div>BK-2025/0341 (kávégép bérlet)</div></div>
{lines_table(inv, [("Cikk / szolgáltatás","desc","l"),("Menny.","qty","r"),("Me.","unit","l"),("Egységár","price","r"),("Áfa","rate","c"),("Nettó","net","r"),("Áfa összeg","vat","r"),("Bruttó","gross","r")])}
{vat_summary(inv, ("Áfakulcs","Nettó","Áfa","Bruttó"), total_label="Összesen")}
<p style="text-align:right;font-size:12pt">Fizetendő: <b>{inv.n(inv.gross)} Ft</b></p>{notes_html(inv)}"""
    return page(css, body)


def webshop(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt;color:#333}
.top{background:#f39c12;color:#fff;padding:3mm 5mm;display:flex;justify-content:space-between;align-items:center}
.top .n{font-size:15pt;font-weight:bold}.cols{display:flex;margin:5mm 0}.cols>div{flex:1;padding-right:4mm}
h4{margin:0 0 1mm 0;font-size:8pt;color:#f39c12;text-transform:uppercase}.kv td{padding:.5mm 3mm .5mm 0}
.items{width:100%}.items th{background:#fdebd0;padding:1.5mm;font-size:7.5pt}.items td{padding:1.5mm;border-bottom:1px solid #f5cba7}
.vatsum{margin-left:auto;margin-top:3mm}.vatsum td,.vatsum th{padding:1mm 3mm}"""
    body = f"""<div class="top"><div class="n">Papírfalat.hu</div><div>ELEKTRONIKUS SZÁMLA</div></div>
<div class="cols"><div><h4>Kibocsátó</h4>{party_html(s)}</div><div><h4>Vevő (számlázási adatok)</h4>{party_html(b)}</div>
<div><h4>Számla adatai</h4><table class="kv"><tr><td>Számla száma:</td><td><b>{e(inv.number)}</b></td></tr><tr><td>Rendelésszám:</td><td>{e(inv.extra['order'])}</td></tr>
<tr><td>Számla kelte:</td><td>{inv.d(inv.issue)}</td></tr><tr><td>Teljesítés:</td><td>{inv.d(inv.fulfil)}</td></tr><tr><td>Fizetési határidő:</td><td>{inv.d(inv.due)}</td></tr>
<tr><td>Fizetési mód:</td><td>{e(inv.pay)}</td></tr></table></div></div>
{lines_table(inv, [("Termék","desc","l"),("Db","qty","r"),("Egység","unit","l"),("Nettó egységár","price","r"),("ÁFA","rate","c"),("Nettó ár","net","r"),("Bruttó ár","gross","r")])}
{vat_summary(inv, ("ÁFA kulcs","Nettó","ÁFA","Bruttó"), total_label="Végösszeg")}
<p style="text-align:right">A számla végösszege: <b>{inv.n(inv.gross)} Ft</b> – kiegyenlítve bankkártyával.</p>
<p style="font-size:7pt;color:#999">A számla elektronikus úton került kiállításra, aláírás nélkül is érvényes.</p>"""
    return page(css, body, margin="10mm")


def bilingual_hu_en(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:8.8pt}
h1{font-size:15pt;margin:0}h1 small{font-weight:normal;color:#777;font-size:10pt}
.en{color:#888;font-size:7.5pt;font-style:italic}.row{display:flex;justify-content:space-between;margin-top:5mm}
.pb{width:48%;border-top:2px solid #117a65;padding-top:2mm}.meta{margin-top:5mm;width:100%}.meta td{border:1px solid #bbb;padding:1.5mm;width:25%}
.items{width:100%;margin-top:5mm}.items th{border-bottom:2px solid #117a65;text-align:left;padding:1.2mm;font-size:7.8pt}.items td{padding:1.5mm;border-bottom:1px solid #ddd}
.vatsum{margin-left:auto;margin-top:4mm}.vatsum th,.vatsum td{padding:1mm 2.5mm}.fx{margin-top:4mm;border:1px dashed #117a65;padding:2mm}.notes{font-size:8pt}"""
    body = f"""<h1>SZÁMLA <small>/ INVOICE</small></h1><div>Számlaszám <span class="en">Invoice no.</span>: <b>{e(inv.number)}</b></div>
<div class="row"><div class="pb"><div class="en">Eladó / Supplier</div>{party_html(s, "Adószám / Tax no.", "EU adószám / EU VAT no.")}</div>
<div class="pb"><div class="en">Vevő / Customer</div>{party_html(b, "Adószám / Tax no.", "EU adószám / EU VAT no.")}</div></div>
<table class="meta"><tr><td>Kelt <span class="en">Date of issue</span><br><b>{inv.d(inv.issue)}</b></td><td>Teljesítés <span class="en">Supply date</span><br><b>{inv.d(inv.fulfil)}</b></td>
<td>Fizetési határidő <span class="en">Due date</span><br><b>{inv.d(inv.due)}</b></td><td>Pénznem <span class="en">Currency</span><br><b>{inv.currency}</b></td></tr></table>
{lines_table(inv, [("Megnevezés / Description","desc","l"),("Menny. / Qty","qty","r"),("Egységár / Unit price","price","r"),("ÁFA / VAT","rate","c"),("Nettó / Net","net","r"),("Bruttó / Gross","gross","r")])}
{vat_summary(inv, ("ÁFA / VAT","Nettó / Net (EUR)","ÁFA / VAT (EUR)","Bruttó / Gross (EUR)","ÁFA / VAT (HUF)"), total_label="Összesen / Total", huf=True)}
<div class="fx">Árfolyam / Exchange rate: 1 EUR = {fmt_num(inv.fx, 'sp', 2)} HUF (MNB, {inv.d(inv.fulfil)}). Áthárított ÁFA forintban / VAT in HUF: <b>{fmt_num(inv.huf(inv.vat), 'sp', 0)} Ft</b></div>
<p style="text-align:right;font-size:12pt">Fizetendő / Amount due: <b>{inv.n(inv.gross)} EUR</b></p>{notes_html(inv)}"""
    return page(css, body)


def bilingual_hu_de(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Serif',serif;font-size:9pt}
.hd{border-bottom:1px solid #333;padding-bottom:2mm;display:flex;justify-content:space-between}
.title{font-size:16pt;font-weight:bold}.meta td{padding:.7mm 2mm}.meta td:first-child{font-size:8pt}
.emp{margin:6mm 0 4mm 0;line-height:1.35}.items{width:100%}.items th{border:1px solid #333;background:#eee;padding:1.2mm;font-size:7.8pt}
.items td{border:1px solid #999;padding:1.2mm}.vatsum{margin-top:4mm;margin-left:auto}.vatsum td,.vatsum th{border:1px solid #999;padding:1mm 2mm}.notes{font-size:8pt}"""
    body = f"""<div class="hd"><div><b>{e(s.name)}</b><br>{e(s.addr[0])}<br>Adószám / Steuernummer: {e(s.tax)}<br>Közösségi adószám / USt-IdNr.: {e(s.vat)}</div>
<div><div class="title">SZÁMLA / RECHNUNG</div><table class="meta"><tr><td>Számlaszám / Rechnungsnr.:</td><td><b>{e(inv.number)}</b></td></tr>
<tr><td>Kelt / Rechnungsdatum:</td><td>{inv.d(inv.issue)}</td></tr><tr><td>Teljesítés / Leistungsdatum:</td><td>{inv.d(inv.fulfil)}</td></tr>
<tr><td>Esedékes / Fällig am:</td><td>{inv.d(inv.due)}</td></tr></table></div></div>
<div class="emp">Vevő / Leistungsempfänger:<br><b>{e(b.name)}</b><br>{'<br>'.join(e(x) for x in b.addr)}<br>USt-IdNr. / Közösségi adószám: {e(b.vat)}</div>
{lines_table(inv, [("Pos.","no","c"),("Leistung / Megnevezés","desc","l"),("Menge / Menny.","qtyunit","r"),("Einzelpreis / Egységár","price","r"),("MwSt / ÁFA","rate","c"),("Netto / Nettó","net","r")])}
{vat_summary(inv, ("Kulcs / Satz","Netto / Nettó","MwSt / ÁFA","Brutto / Bruttó"), total_label="Gesamt / Összesen")}
<p>Árfolyam / Wechselkurs: 1 EUR = {fmt_num(inv.fx, 'dot', 2)} HUF · Nettó forintban / Netto in HUF: {fmt_num(inv.huf(inv.net), 'dot', 0)} Ft · ÁFA forintban / MwSt in HUF: 0 Ft</p>
<p style="font-size:11pt">Zahlbetrag / Fizetendő: <b>{inv.n(inv.gross)} EUR</b></p>{notes_html(inv)}
<p style="font-size:7.5pt">IBAN: HU71 1040 4601 5052 6789 1234 0000 · BIC: OKHBHUHB</p>"""
    return page(css, body)


def capitals(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}
h1{font-size:22pt;letter-spacing:6px;text-align:right;margin:0;color:#34495e}.sh{font-size:8pt;letter-spacing:2px;font-weight:bold;color:#34495e;margin:5mm 0 1mm 0}
.bx{border:1.5px solid #34495e;padding:2mm 3mm}.f{display:flex;gap:3mm;margin-top:4mm}.f>div{flex:1;border:1.5px solid #34495e;padding:1.5mm 2mm}
.f .k{font-size:6.5pt;letter-spacing:1px;color:#34495e}.items{width:100%;margin-top:5mm}.items th{background:#34495e;color:#fff;padding:1.5mm;font-size:7.5pt;letter-spacing:1px}
.items td{padding:1.8mm;border:1px solid #ccd}.tot{margin-top:5mm;text-align:right;font-size:12pt}.notes{font-size:8pt}"""
    body = f"""<div style="display:flex;justify-content:space-between"><div style="font-size:16pt;font-weight:bold">TUDÁSTÉR</div><h1>{TITLE_HU[inv.kind].upper()}</h1></div>
<div class="sh">SZOLGÁLTATÓ</div><div class="bx">{party_html(s)}</div>
<div class="sh">ÜGYFÉL</div><div class="bx">{party_html(b)}</div>
<div class="f"><div><div class="k">BIZONYLATSZÁM</div><b>{e(inv.number)}</b></div><div><div class="k">KIÁLLÍTÁS KELTE</div>{inv.d(inv.issue)}</div>
<div><div class="k">TELJESÍTÉS KELTE</div>{inv.d(inv.fulfil) or '—'}</div><div><div class="k">FIZETÉSI HATÁRIDŐ</div>{inv.d(inv.due)}</div><div><div class="k">FIZETÉSI MÓD</div>{e(inv.pay)}</div></div>
{lines_table(inv, [("MEGNEVEZÉS","desc","l"),("MENNYISÉG","qtyunit","r"),("EGYSÉGÁR","price","r"),("ÁFA","rate","c"),("NETTÓ ÉRTÉK","net","r"),("BRUTTÓ ÉRTÉK","gross","r")])}
<div class="tot">NETTÓ: {inv.n(inv.net)} Ft &nbsp; ÁFA: {inv.n(inv.vat)} Ft<br><b>FIZETENDŐ: {inv.n(inv.gross)} Ft</b></div>{notes_html(inv)}"""
    return page(css, body)


def footer_seller(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}
.logo{font-size:24pt;font-weight:bold;color:#8e44ad;letter-spacing:-1px}.logo span{color:#333;font-weight:normal}
.meta{float:right;margin-top:4mm}.meta td{padding:.6mm 2mm;font-size:8.5pt}.meta td:first-child{color:#8e44ad}
.buyer{margin-top:8mm;width:90mm}.buyer .k{font-size:7pt;color:#999}.items{width:100%;clear:both;margin-top:10mm}
.items th{border-bottom:2px solid #8e44ad;text-align:left;padding:1.5mm;font-size:8pt}.items td{padding:2mm 1.5mm;border-bottom:1px solid #eee}
.vatsum{margin-left:auto;margin-top:5mm}.vatsum td,.vatsum th{padding:1mm 3mm}
.foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #8e44ad;padding-top:2mm;font-size:7.5pt;color:#555;text-align:center}"""
    body = f"""<div class="logo">fejvadász<span>partner</span></div>
<table class="meta"><tr><td>Számla sorszáma</td><td><b>{e(inv.number)}</b></td></tr><tr><td>Számla kelte</td><td>{inv.d(inv.issue)}</td></tr>
<tr><td>Teljesítés dátuma</td><td>{inv.d(inv.fulfil)}</td></tr><tr><td>Fizetési határidő</td><td>{inv.d(inv.due)}</td></tr><tr><td>Fizetés módja</td><td>{e(inv.pay)}</td></tr></table>
<div class="buyer"><div class="k">Megrendelő</div>{party_html(b)}</div>
<h2 style="clear:both;padding-top:6mm">Számla</h2>
{lines_table(inv, [("Megnevezés","desc","l"),("Mennyiség","qtyunit","r"),("Egységár","price","r"),("Nettó","net","r"),("ÁFA","rate","c"),("ÁFA összeg","vat","r")])}
{vat_summary(inv, ("ÁFA-kulcs","Nettó","ÁFA","Bruttó"), total_label="Összesen")}
<p style="text-align:right;font-size:13pt">Fizetendő végösszeg: <b>{inv.n(inv.gross)} Ft</b></p>{notes_html(inv)}
<div class="foot"><b>{e(s.name)}</b> · {e(s.addr[0])} · Adószám: {e(s.tax)}<br>{' · '.join(e(x) for x in s.extra)}</div>"""
    return page(css, body, margin="14mm 14mm 24mm 14mm")


def condensed(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:8.5pt;width:140mm;margin:0 auto}
.g{color:#999;font-size:6pt;text-transform:uppercase}.t{font-size:12pt;border-bottom:1px solid #999;margin-bottom:3mm}
.kv td{padding:.4mm 3mm .4mm 0;vertical-align:top}.items{width:100%;margin-top:4mm}.items th{color:#999;font-size:6.5pt;font-weight:normal;text-align:left;border-bottom:1px solid #ccc}
.items td{padding:1.2mm 1.5mm;border-bottom:1px solid #eee;vertical-align:top}.items th{padding:0 1.5mm}.notes{font-size:7.5pt;color:#555}"""
    body = f"""<div class="t">Számla · {e(inv.number)}</div>
<table class="kv"><tr><td><div class="g">kibocsátó</div>{party_html(s)}</td><td><div class="g">vevő</div>{party_html(b)}</td></tr></table>
<table class="kv" style="margin-top:3mm"><tr><td><span class="g">számla kelte</span><br>{inv.d(inv.issue)}</td><td><span class="g">teljesítés kelte</span><br>{inv.d(inv.fulfil)}</td>
<td><span class="g">esedékesség</span><br>{inv.d(inv.due)}</td><td><span class="g">fizetési mód</span><br>{e(inv.pay)}</td></tr></table>
{lines_table(inv, [("megnevezés","desc","l"),("menny.","qtyunit","r"),("egységár","price","r"),("áfa","rate","c"),("érték","net","r")])}
<table class="kv" style="margin-left:auto;margin-top:3mm"><tr><td class="g">nettó összesen</td><td class="r">{inv.n(inv.net)} Ft</td></tr>
<tr><td class="g">áfa</td><td class="r">{inv.n(inv.vat)} Ft</td></tr><tr><td class="g">bruttó összesen</td><td class="r"><b>{inv.n(inv.gross)} Ft</b></td></tr></table>{notes_html(inv)}"""
    return page(css, body, margin="16mm")


def sidebar(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:8.8pt}
.wrap{display:flex;min-height:265mm}.side{width:52mm;background:#2c3e50;color:#ecf0f1;padding:5mm;font-size:8pt;line-height:1.5}
.side .nm{font-size:12pt;font-weight:bold;margin-bottom:3mm}.main{flex:1;padding:2mm 0 0 7mm}
h1{font-weight:300;font-size:24pt;margin:0 0 4mm 0}.m td{padding:.8mm 4mm .8mm 0}.m td:first-child{color:#7f8c8d}
.items{width:100%;margin-top:6mm}.items th{text-align:left;font-size:7.5pt;color:#7f8c8d;border-bottom:1px solid #bdc3c7;padding:1mm}.items td{padding:1.5mm 1mm;border-bottom:1px solid #ecf0f1}
.vatsum{margin-left:auto;margin-top:4mm}.vatsum td,.vatsum th{padding:1mm 2mm}"""
    body = f"""<div class="wrap"><div class="side"><div class="nm">{e(s.name)}</div>{e(s.addr[0])}<br><br>Adószám<br>{e(s.tax)}<br><br>{'<br>'.join(e(x) for x in s.extra)}</div>
<div class="main"><h1>Számla</h1><table class="m"><tr><td>Számlaszám</td><td><b>{e(inv.number)}</b></td></tr><tr><td>Számla kelte</td><td>{inv.d(inv.issue)}</td></tr>
<tr><td>Teljesítés</td><td>{inv.d(inv.fulfil)}</td></tr><tr><td>Határidő</td><td>{inv.d(inv.due)}</td></tr></table>
<p style="margin-top:5mm"><span style="color:#7f8c8d">Számlázási cím</span><br>{party_html(b)}</p>
{lines_table(inv, [("Tétel","desc","l"),("Menny.","qtyunit","r"),("Egységár","price","r"),("Áfa","rate","c"),("Nettó","net","r")])}
{vat_summary(inv, ("Áfa","Nettó","Áfa összeg","Bruttó"), total_label="Összesen")}
<p style="text-align:right;font-size:12pt">Fizetendő: <b>{inv.n(inv.gross)} HUF</b></p></div></div>"""
    return page(css, body, margin="0")


def erp(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans Condensed',sans-serif;font-size:7.8pt}
.g{width:100%}.g td{border:1px solid #000;padding:1mm;vertical-align:top}.k{font-size:6pt}
.items{width:100%;margin-top:2mm}.items th{border:1px solid #000;padding:.8mm;font-size:6.8pt;background:#ddd}.items td{border:1px solid #000;padding:.8mm}
.vatsum{width:100%;margin-top:2mm}.vatsum td,.vatsum th{border:1px solid #000;padding:.8mm}.notes{font-size:7.5pt}"""
    kindt = {"advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA"}[inv.kind]
    body = f"""<table class="g"><tr><td style="width:50%"><div class="k">Szállító</div>{party_html(s)}</td><td><div style="font-size:14pt;font-weight:bold">{kindt}</div>
<div class="k">Bizonylatszám</div><b style="font-size:11pt">{e(inv.number)}</b><div class="k">Bizonylat típusa</div>{kindt.lower()} · eredeti példány · 1/1 oldal</td></tr>
<tr><td><div class="k">Vevő</div>{party_html(b)}<div class="k">Vevőkód</div>V-004417</td><td><table style="width:100%">
<tr><td class="k">Kiállítás</td><td class="k">Teljesítés</td><td class="k">Esedékesség</td></tr><tr><td>{inv.d(inv.issue)}</td><td>{inv.d(inv.fulfil)}</td><td>{inv.d(inv.due)}</td></tr>
<tr><td class="k">Fizetési mód</td><td class="k">Pénznem</td><td class="k">Munkaszám</td></tr><tr><td>{e(inv.pay)}</td><td>HUF</td><td>MSZ-27-118</td></tr></table></td></tr></table>
{lines_table(inv, [("Sor","no","c"),("Me.","unit","c"),("Megnevezés","desc","l"),("Menny.","qty","r"),("Nettó egységár","price","r"),("Nettó érték","net","r"),("ÁFA%","rate","c"),("ÁFA","vat","r"),("Bruttó","gross","r")])}
{vat_summary(inv, ("ÁFA kulcs","Nettó érték","ÁFA érték","Bruttó érték"), total_label="Bizonylat összesen")}
<p style="font-size:10pt">Fizetendő: <b>{inv.n(inv.gross)} HUF</b></p>{notes_html(inv)}
<p class="k">Készült: IrodaERP v7.4 · Nyomtatva: {inv.d(inv.issue)}</p>"""
    return page(css, body, margin="8mm")


def minimal_modern(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#333}
.big{font-size:30pt;font-weight:bold;color:#27ae60;margin:6mm 0 1mm 0}.sm{color:#999;font-size:7.5pt}
.cols{display:flex;gap:12mm;margin:8mm 0}.items{width:100%}.items td{padding:2.5mm 0;border-bottom:1px solid #eee}.items th{text-align:left;color:#999;font-weight:normal;font-size:7.5pt}
.t td{padding:1mm 0 1mm 8mm}"""
    body = f"""<div style="display:flex;justify-content:space-between"><div><b>{e(s.name)}</b><br><span class="sm">{e(s.addr[0])} · adószám {e(s.tax)}</span></div>
<div style="text-align:right">Számla<br><b>{e(inv.number)}</b></div></div>
<div class="sm" style="margin-top:10mm">Fizetendő {inv.d(inv.due)}-ig</div><div class="big">{inv.n(inv.gross)} Ft</div>
<div class="cols"><div><div class="sm">Címzett</div>{party_html(b)}</div><div><div class="sm">Kiállítva</div>{inv.d(inv.issue)}<div class="sm" style="margin-top:2mm">Teljesítve</div>{inv.d(inv.fulfil)}</div></div>
{lines_table(inv, [("","desc","l"),("","qtyunit","r"),("","price","r"),("","rate","c"),("","net","r")])}
<table class="t" style="margin-left:auto;margin-top:4mm"><tr><td class="sm">Nettó</td><td class="r">{inv.n(inv.net)} Ft</td></tr><tr><td class="sm">ÁFA 27%</td><td class="r">{inv.n(inv.vat)} Ft</td></tr>
<tr><td class="sm">Bruttó</td><td class="r"><b>{inv.n(inv.gross)} Ft</b></td></tr></table>"""
    return page(css, body, margin="20mm")


def boxed_form(inv):
    s, b = inv.seller, inv.buyer
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt}
.f{border:1px solid #555;padding:1mm 2mm;margin:0 -1px -1px 0}.f .k{font-size:6pt;color:#555}.row{display:flex}.row>.f{flex:1}
.items{width:100%;margin-top:3mm}.items th,.items td{border:1px solid #555;padding:1.2mm}.items th{font-size:7pt;font-weight:normal;background:#f0f0f0}
.vatsum{width:100%;margin-top:3mm}.vatsum th,.vatsum td{border:1px solid #555;padding:1.2mm}.notes{font-size:7.5pt}"""
    body = f"""<div class="row"><div class="f" style="flex:2"><div style="font-size:15pt;font-weight:bold">SZÁMLA</div></div><div class="f"><div class="k">Sorszám</div><b>{e(inv.number)}</b></div></div>
<div class="row"><div class="f"><div class="k">Eladó neve, címe, adószáma</div>{party_html(s)}</div><div class="f"><div class="k">Vevő neve, címe, adószáma</div>{party_html(b)}</div></div>
<div class="row"><div class="f"><div class="k">Fizetési mód</div>{e(inv.pay)}</div><div class="f"><div class="k">Teljesítés kelte</div>{inv.d(inv.fulfil)}</div>
<div class="f"><div class="k">Számla kelte</div>{inv.d(inv.issue)}</div><div class="f"><div class="k">Fizetési határidő</div>{inv.d(inv.due)}</div>
<div class="f"><div class="k">Pénznem</div>EUR</div><div class="f"><div class="k">Árfolyam (MNB)</div>{fmt_num(inv.fx, 'sp', 2)} Ft/EUR</div></div>
{lines_table(inv, [("Megnevezés","desc","l"),("Mennyiség","qtyunit","r"),("Egységár EUR","price","r"),("Nettó EUR","net","r"),("ÁFA","rate","c"),("ÁFA EUR","vat","r"),("Bruttó EUR","gross","r")])}
{vat_summary(inv, ("ÁFA-kulcs","Nettó EUR","ÁFA EUR","Bruttó EUR","ÁFA HUF"), total_label="Összesen", huf=True)}
<div class="row" style="margin-top:3mm"><div class="f"><div class="k">Fizetendő összeg</div><b style="font-size:12pt">{inv.n(inv.gross)} EUR</b></div>
<div class="f"><div class="k">Az áthárított ÁFA forintban</div><b>{fmt_num(inv.huf(inv.vat), 'sp', 0)} Ft</b></div></div>{notes_html(inv)}"""
    return page(css, body, margin="12mm")


TEMPLATES = {f.__name__: f for f in [boxes2, letterhead, metatable, wordsimple, multipage, saas_en, cloud_ie, dotmatrix,
                                      gridlv, webshop, bilingual_hu_en, bilingual_hu_de, capitals, footer_seller, condensed,
                                      sidebar, erp, minimal_modern, boxed_form]}

"""Set F documents: SAP bilingual, German reverse charge, EU export, hotel, bank, property, wholesale, municipality."""

from __future__ import annotations

from datetime import date as dt

from .blocks import page, party, table, vat_table
from .core import D, Doc, Party, dfmt, e, fmt, hu_vat, q, taxno


def f06() -> Doc:
    d = Doc("f06_sap_bilingual", "sap_bilingual_en_first")
    d.number = "9400018234"
    d.issue, d.fulfil, d.due = dt(2026, 11, 3), dt(2026, 10, 30), dt(2027, 1, 2)
    st = taxno(601, 2, 8)
    d.seller = Party("Nordwerk Automotive Components Hungary Kft.", "9027 Győr, Nordwerk utca 1.", st, hu_vat(st))
    bt = taxno(602, 2, 7)
    d.buyer = Party("Mezőföldi Járműtechnika Zrt.", "8000 Székesfehérvár, Berényi út 72.", bt, hu_vat(bt))
    parts = ["Housing / Ház", "Bracket / Tartókonzol", "Seal ring / Tömítőgyűrű", "Sensor cable / Érzékelő kábel",
             "Connector / Csatlakozó", "Cover plate / Fedőlap", "Screw M6 / Csavar M6", "Valve body / Szelepház"]
    for i in range(30):
        d.add(f"{100000 + i * 37} {parts[i % 8]} rev.{i % 4}", 10 * (i % 9 + 1), "PC", f"{(i * 137) % 2900 + 85}.00", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "en", 0) if qty else fmt(x, "en", 2)
    l1, l2 = d.lines[:18], d.lines[18:]
    heads = dict(no='Item / Tétel', desc='Material / Description - Anyag / Megnevezés', qty='Quantity / Menny.',
                 unit='UoM / ME', price='Unit price / Egységár', net='Net value / Nettó érték', rate='Tax / ÁFA')
    hdr = lambda n: f"""<div class="sap"><div><b>Nordwerk</b> Automotive</div><div>Invoice / Számla<br>Page / Oldal {n} of 2</div></div>"""
    body = f"""{hdr(1)}
<table class="grid"><tr><td>Invoice number / Számlaszám</td><td><b>{d.p(d.number)}</b></td><td>Customer no. / Vevőkód</td><td>0000731120</td></tr>
<tr><td>Date of issue / Kiállítás kelte</td><td>{d.p(dfmt(d.issue, 'en_short'))}</td><td>Sales order / Vevői rendelés</td><td>PO 7700-44182</td></tr>
<tr><td>Delivery date / Teljesítés kelte</td><td>{d.p(dfmt(d.fulfil, 'en_short'))}</td><td>Delivery note / Szállítólevél</td><td>80012231</td></tr>
<tr><td>Due date / Fizetési határidő</td><td>{d.p(dfmt(d.due, 'en_short'))}</td><td>Payment terms / Fizetési feltétel</td><td>60 days net / 60 nap</td></tr></table>
<div class="pp"><div>{party(d, d.seller, 'Seller / Eladó', 'Tax ID / Adószám:', 'EU VAT ID / Közösségi adószám:')}</div>
<div>{party(d, d.buyer, 'Bill-to / Vevő', 'Tax ID / Adószám:', 'EU VAT ID / Közösségi adószám:')}</div>
<div class="party"><div class="ttl">Ship-to / Szállítási cím</div><div class="nm">Mezőföldi Járműtechnika Zrt. - Plant 2 / 2. telephely</div>8060 Mór, Ipari út 4.</div></div>
{table(d, heads, a, lines=l1)}
<p class="carry">Carried forward / Átvitel: HUF {a(sum((l.net for l in l1), D(0)))}</p>
<div class="pb"></div>{hdr(2)}
<p class="carry">Brought forward / Áthozat: HUF {a(sum((l.net for l in l1), D(0)))}</p>
{table(d, heads, a, lines=l2, start=19)}
<table class="tot"><tr><td>Total net amount / Nettó összesen</td><td class="n">HUF {d.p(a(d.net))}</td></tr>
<tr><td>VAT 27% / ÁFA 27%</td><td class="n">HUF {d.p(a(d.vat))}</td></tr>
<tr class="g"><td>Total amount / Bruttó végösszeg</td><td class="n">HUF {d.p(a(d.gross))}</td></tr></table>
<p class="sm">Bank / Bank: Citibank Europe plc Magyarországi Fióktelepe · IBAN HU30 1080 0007 0000 0000 1234 5678 · SWIFT CITIHUHX<br>
Registered seat / Székhely: 9027 Győr, Nordwerk utca 1. · Company reg. no. / Cégjegyzékszám: 08-09-011223 · SAP doc. 5100448812 / 2026</p>"""
    css = """.sap{display:flex;justify-content:space-between;border-bottom:2px solid #036;color:#036;font-size:11pt}
table.grid{width:100%;margin:5px 0}table.grid td{border:1px solid #99a;padding:2px 4px;font-size:8pt}table.grid td:nth-child(odd){background:#eef;color:#336;width:22%}
.pp{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6px}.party{border:1px solid #99a;padding:4px;font-size:8pt}.ttl{color:#036;font-weight:bold}.nm{font-weight:bold}
table.items{width:100%;font-size:7.5pt;margin-top:6px}table.items th{background:#036;color:#fff;font-weight:normal}table.items td{border-bottom:1px solid #ccd;padding:1px 3px}
.carry{text-align:right;font-style:italic}table.tot{margin-left:auto;margin-top:8px}.g td{font-weight:bold;border-top:2px solid #036}.sm{font-size:7pt;margin-top:10mm}"""
    d.html = page(css, body, font="DejaVu Sans Condensed", size="8.5pt")
    return d


def f07() -> Doc:
    d = Doc("f07_de_reverse", "german_supplier_reverse_charge", currency="EUR")
    d.number = "RE-2026-118842"
    d.issue, d.fulfil, d.due = dt(2026, 11, 9), dt(2026, 11, 4), dt(2026, 12, 9)
    d.seller = Party("Schwarzbach Messtechnik GmbH", "Industriestraße 14, 72764 Reutlingen, Deutschland", None, "DE318845207")
    bt = taxno(702, 2, 20)
    d.buyer = Party("Zalai Mérőműszer Szerviz Kft.", "8900 Zalaegerszeg, Kinizsi u. 44., Ungarn", bt, hu_vat(bt))
    d.add("Kalibrierung Drucksensor DS-400 / nyomásérzékelő kalibrálás", 6, "Stk", "148.00", "0% (RC)")
    d.add("Prüfbericht DAkkS / kalibrálási jegyzőkönyv", 6, "Stk", "35.50", "0% (RC)")
    d.add("Versand / szállítás", 1, "pauschal", "48.90", "0% (RC)")
    d.totals()
    a = lambda x, qty=False: fmt(x, "dot", 0) if qty else fmt(x, "dot", 2)
    body = f"""<div class="top"><div class="brand">SCHWARZBACH<br><span>Messtechnik</span></div>
<div class="addr"><div class="tiny">Schwarzbach Messtechnik GmbH · Industriestraße 14 · 72764 Reutlingen</div>
<b>{d.p(d.buyer.name)}</b><br>z. Hd. Buchhaltung<br>Kinizsi u. 44.<br>8900 Zalaegerszeg<br>UNGARN</div>
<div class="info"><table>
<tr><td>Rechnungsnummer / Számlaszám</td><td>{d.p(d.number)}</td></tr>
<tr><td>Rechnungsdatum / Számla kelte</td><td>{d.p(dfmt(d.issue, 'de'))}</td></tr>
<tr><td>Leistungsdatum / Teljesítés</td><td>{d.p(dfmt(d.fulfil, 'de'))}</td></tr>
<tr><td>Fällig am / Fizetési határidő</td><td>{d.p(dfmt(d.due, 'de'))}</td></tr>
<tr><td>Kunden-Nr.</td><td>D-20417</td></tr><tr><td>Ihre Bestellung</td><td>ZMS/PO/2026/212</td></tr>
<tr><td>USt-IdNr. Kunde / Vevő közösségi adószáma</td><td>{d.p(d.buyer.vat)}</td></tr>
<tr><td>Adószám (HU)</td><td>{d.p(d.buyer.tax)}</td></tr></table></div></div>
<h1>Rechnung / Számla</h1>
{table(d, dict(no='Pos.', desc='Bezeichnung / Megnevezés', qty='Menge', unit='Einheit', price='Einzelpreis EUR', net='Gesamt EUR', rate='USt.'), a)}
<table class="tot"><tr><td>Nettobetrag / Nettó</td><td class="n">{d.p(a(d.net))} EUR</td></tr>
<tr><td>USt. 0 % / ÁFA 0 %</td><td class="n">{d.p(a(d.vat))} EUR</td></tr>
<tr class="g"><td>Rechnungsbetrag / Végösszeg</td><td class="n">{d.p(a(d.gross))} EUR</td></tr></table>
<p class="rc">Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) gemäß Art. 196 MwSt-Systemrichtlinie.<br>
Fordított adózás - az adót a szolgáltatás igénybevevője fizeti.</p>
<div class="foot"><div>{d.p(d.seller.name)}<br>Industriestraße 14<br>72764 Reutlingen</div>
<div>Geschäftsführer: Dr. Lena Aichinger<br>Amtsgericht Stuttgart HRB 771204<br>USt-IdNr.: {d.p(d.seller.vat)}</div>
<div>Kreissparkasse Reutlingen<br>IBAN DE44 6405 0000 0100 2233 44<br>BIC SOLADES1REU</div></div>"""
    css = """.top{display:grid;grid-template-columns:1fr 1fr;grid-template-rows:auto auto}.brand{grid-column:2;text-align:right;font:bold 18pt 'DejaVu Serif';color:#222}.brand span{font-weight:normal;font-size:11pt}
.addr{grid-column:1;margin-top:10mm;font-size:10pt}.tiny{font-size:6.5pt;text-decoration:underline}.info{grid-column:2;margin-top:10mm}.info td{font-size:8pt;padding:1px 4px}.info td:first-child{color:#666}
h1{font-size:14pt;margin-top:12mm}table.items{width:100%}table.items th{border-bottom:1px solid #000;font-weight:normal;color:#555}table.items td{padding:3px}
table.tot{margin-left:auto}.g td{font-weight:bold;border-top:1px solid #000;border-bottom:3px double #000}.rc{margin-top:8mm;font-style:italic}
.foot{position:fixed;bottom:0;width:100%;display:grid;grid-template-columns:1fr 1fr 1fr;font-size:6.5pt;color:#444;border-top:1px solid #aaa}"""
    d.html = page(css, body, font="DejaVu Serif", size="9pt")
    return d


def f09() -> Doc:
    d = Doc("f09_export_eu", "exporter_intra_eu_supply", currency="EUR")
    d.number = "EXP-2026-0912"
    d.issue, d.fulfil, d.due = dt(2026, 11, 12), dt(2026, 11, 10), dt(2026, 12, 12)
    st = taxno(901, 2, 3)
    d.seller = Party("Kiskunsági Paprikaőrlő és Fűszerfeldolgozó Kft.", "6300 Kalocsa, Malom utca 8.", st, hu_vat(st))
    d.buyer = Party("Gewürzhaus Brenner GmbH", "Triester Straße 210, 1230 Wien, Österreich", None, "ATU61234508")
    d.add("Sweet paprika powder ASTA 120 / Édes fűszerpaprika-őrlemény 25 kg", 48, "bag", "142.00", "0% K.T.")
    d.add("Hot paprika powder ASTA 100 / Csípős őrlemény 25 kg", 16, "bag", "151.50", "0% K.T.")
    d.add("Pallet / Raklap EUR", 4, "pc", "11.00", "0% K.T.")
    d.totals()
    a = lambda x, qty=False: fmt(x, "en", 0) if qty else fmt(x, "en", 2)
    body = f"""<table class="head"><tr><td class="l">INVOICE<br><span>SZÁMLA</span></td>
<td><div class="k">Invoice no. / Számlaszám</div><div class="v">{d.p(d.number)}</div></td>
<td><div class="k">Date of issue / Kelt</div><div class="v">{d.p(dfmt(d.issue, 'en_long'))}</div></td>
<td><div class="k">Delivery date / Teljesítés</div><div class="v">{d.p(dfmt(d.fulfil, 'en_long'))}</div></td>
<td><div class="k">Due date / Esedékesség</div><div class="v">{d.p(dfmt(d.due, 'en_long'))}</div></td></tr></table>
<div class="pp">{party(d, d.seller, 'Seller / Eladó', 'Tax no. / Adószám:', 'EU VAT no. / Közösségi adószám:')}
{party(d, d.buyer, 'Buyer / Vevő', 'Tax no.:', 'EU VAT no. / Közösségi adószám:')}</div>
<p>Incoterms: FCA Kalocsa · CMR: 0228731 · Order: GB-4471 · Transport: buyer's truck W-7712BX</p>
{table(d, dict(no='No.', desc='Description / Megnevezés', qty='Qty', unit='Unit', price='Unit price EUR', net='Amount EUR', rate='VAT'), a)}
<table class="tot"><tr><td>Net total / Nettó összesen</td><td class="n">EUR {d.p(a(d.net))}</td></tr>
<tr><td>VAT / ÁFA</td><td class="n">EUR {d.p(a(d.vat))}</td></tr>
<tr class="g"><td>Total due / Fizetendő</td><td class="n">EUR {d.p(a(d.gross))}</td></tr>
<tr><td class="sm">HUF equivalent / forintértéke (1 EUR = 389.95 HUF)</td><td class="n sm">HUF {fmt(q(d.gross * D('389.95')), 'en', 0)}</td></tr></table>
<p class="rc">Tax-exempt intra-Community supply of goods, Art. 138 Directive 2006/112/EC.<br>Közösségen belüli adómentes termékértékesítés, Áfa tv. 89. §.</p>
<p class="sm">Bank: K&amp;H Bank Zrt. · IBAN: HU17 1040 3112 5052 4854 5100 1004 · SWIFT: OKHBHUHB</p>"""
    css = """table.head{width:100%;border-bottom:4px solid #a00}table.head td{vertical-align:bottom;padding:4px}.l{font:bold 22pt 'DejaVu Sans';color:#a00}.l span{font-size:11pt;color:#444}
.k{font-size:7pt;color:#777}.v{font-weight:bold}.pp{display:grid;grid-template-columns:1fr 1fr;gap:12mm;margin:6mm 0}.ttl{border-bottom:1px solid #a00;color:#a00}.nm{font-weight:bold;font-size:11pt}
table.items{width:100%}table.items th{background:#f3dede}table.items td{padding:3px;border-bottom:1px solid #eee}table.tot{margin-left:auto;margin-top:6px}.g td{font-weight:bold;font-size:12pt}
.rc{border:1px solid #a00;padding:5px}.sm{font-size:7.5pt}"""
    d.html = page(css, body, font="DejaVu Sans", size="9pt")
    return d


def f10() -> Doc:
    d = Doc("f10_hotel_folio", "hotel_folio_invoice")
    d.number = "HBL-26/004519"
    d.issue, d.fulfil, d.due = dt(2026, 11, 14), dt(2026, 11, 14), dt(2026, 11, 29)
    st = taxno(1001, 2, 19)
    d.seller = Party("Balatonparti Konferencia- és Wellness Hotel Kft.", "8230 Balatonfüred, Tagore sétány 20.", st, hu_vat(st))
    bt = taxno(1002, 2, 41)
    d.buyer = Party("Vértesi Gyógyszerkutató Intézet Nonprofit Kft.", "1121 Budapest, Konkoly-Thege út 29.", bt)
    d.add("Szállás - kétágyas szoba 2 éj x 14 szoba", 28, "éj", "32000", 18)
    d.add("Konferenciaterem bérlet (Tihany terem) 2 nap", 2, "nap", "185000", 27)
    d.add("Technika: projektor, hangosítás", 2, "nap", "38000", 27)
    d.add("Kávészünet", 80, "fő", "2900", 5)
    d.add("Ebéd büfé", 56, "fő", "6200", 5)
    d.add("Gálavacsora italcsomaggal", 28, "fő", "11500", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp")
    folio = "".join(f"<tr><td>2026.11.{12 + i // 3}.</td><td>{t}</td><td class=n>{fmt(D(v), 'sp')}</td></tr>" for i, (t, v) in enumerate(
        [("Szobaár 214", "40640"), ("Minibár 214", "2200"), ("Parkolás", "3000"), ("Szobaár 214", "40640"),
         ("Étterem", "8900"), ("Wellness belépő", "0")]))
    body = f"""<div class="hotel">Balatonparti Konferencia &amp; Wellness Hotel ★★★★</div>
<h2>VENDÉGFOLIÓ / GUEST FOLIO - tájékoztató, nem számla</h2>
<p>Csoport: VGYI Őszi Tudományos Napok · Érkezés: 2026.11.12. · Távozás: 2026.11.14. · Foglalás: GRP-88172 · Oldal 1/2</p>
<table class="items"><tr><th>Dátum</th><th>Terhelés</th><th class=n>Összeg (Ft)</th></tr>{folio}</table>
<p>A csoport terhelései a 2. oldalon szereplő számlán kerülnek elszámolásra. A folió nem számviteli bizonylat.</p>
<div class="pb"></div><div class="hotel">Balatonparti Konferencia &amp; Wellness Hotel ★★★★</div>
<div class="inv"><div class="l"><h1>SZÁMLA</h1>Oldal 2/2</div><div class="r">
<div>Sorszám: <b>{d.p(d.number)}</b></div><div>Számla kelte: {d.p(dfmt(d.issue, 'dot'))}</div>
<div>Teljesítés: {d.p(dfmt(d.fulfil, 'dot'))}</div><div>Fizetési határidő: {d.p(dfmt(d.due, 'dot'))}</div><div>Fizetési mód: átutalás</div></div></div>
<div class="pp">{party(d, d.seller, 'Szolgáltató')}{party(d, d.buyer, 'Vevő (számlafizető)')}
<div class="party"><div class="ttl">Vendég / kapcsolattartó</div>Dr. Fehérvári Anna<br>Rendezvény: Őszi Tudományos Napok</div></div>
{table(d, dict(no='#', desc='Megnevezés', qty='Menny.', unit='Egys.', price='Nettó egységár', net='Nettó', rate='ÁFA', vat='ÁFA', gross='Bruttó'), a)}
{vat_table(d, ('Kulcs', 'Nettó', 'ÁFA', 'Bruttó'), a, 'Összesen:')}
<p class="due">Fizetendő összesen: {e(a(d.gross))} Ft</p>
<p class="sm">Idegenforgalmi adó a vendégek által a helyszínen megfizetve. NTAK regisztrációs szám: SZ19001234. Bankszámla: 12010855-01234567-00100004.</p>"""
    css = """.hotel{font:italic 15pt 'DejaVu Serif';color:#735;border-bottom:1px solid #735;text-align:center}h2{font-size:10pt}
.inv{display:flex;justify-content:space-between;margin:6px 0}.r{border:1px solid #735;padding:5px}h1{margin:0;color:#735}
.pp{display:grid;grid-template-columns:1fr 1fr 1fr;gap:4mm}.party{background:#f7eef4;padding:4px}.ttl{font-size:7pt;color:#735}.nm{font-weight:bold}
table.items,table.vat{width:100%;margin-top:5px}table.items th,table.vat th{border-bottom:1px solid #735}table.vat{width:60%;margin-left:auto}.tot{font-weight:bold}
.due{text-align:right;font-size:12pt;font-weight:bold}.sm{font-size:7pt}"""
    d.html = page(css, body, font="DejaVu Serif Condensed", size="9pt")
    return d


def f12() -> Doc:
    d = Doc("f12_bank_dij", "bank_fee_exempt")
    d.number = "BD/2026/10/0077812"
    d.issue, d.fulfil, d.due = dt(2026, 11, 2), dt(2026, 10, 31), dt(2026, 11, 2)
    st = taxno(1201, 4, 44)
    d.seller = Party("Tiszavidéki Kereskedelmi Bank Zrt.", "1054 Budapest, Szabadság tér 11.", st, hu_vat(st))
    bt = taxno(1202, 2, 5)
    d.buyer = Party("Borsodi Acélszerkezet Gyártó Kft.", "3527 Miskolc, Sajószigeti út 2.", bt, hu_vat(bt))
    d.add("Számlavezetési díj 2026. október", 1, "hó", "9800", "AAM")
    d.add("Tranzakciós díjak (átutalás 412 db)", 412, "db", "145", "AAM")
    d.add("Bankgarancia díj BG-26-1182", 1, "db", "62500", "AAM")
    d.add("Széfbérlet - 40 l rekesz", 1, "hó", "14000", 27)
    d.add("Számlakivonat postázás", 1, "hó", "1200", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 2)
    body = f"""<div class="h">TISZAVIDÉKI BANK <span>díjterhelési számla</span></div>
<div class="row"><div>{party(d, d.buyer, 'Ügyfél / Vevő')}<p>Ügyfélszám: 0019928877 · Számlaszám: 10402142-00017744-00000000</p></div>
<div class="kv"><div><span>Sorszám</span>{d.p(d.number)}</div><div><span>Számla kelte</span>{d.p(dfmt(d.issue, 'dotsp'))}</div>
<div><span>Teljesítés dátuma</span>{d.p(dfmt(d.fulfil, 'dotsp'))}</div><div><span>Esedékesség (terhelés napja)</span>{d.p(dfmt(d.due, 'dotsp'))}</div></div></div>
{table(d, dict(no='Sor', desc='Szolgáltatás', qty='Db', price='Egységdíj', net='Nettó díj', rate='ÁFA', vat='ÁFA összeg', gross='Bruttó díj'), a)}
<p class="sm">AAM - Tárgyi adómentes pénzügyi szolgáltatás, Áfa tv. 86. § (1) bekezdés b) és d) pont.</p>
{vat_table(d, ('ÁFA', 'Nettó', 'ÁFA összeg', 'Bruttó'), a, 'Összesen')}
<p class="b">A számla végösszegét ({e(a(d.gross))} Ft) a bank a fenti bankszámláról beszedte; átutalást nem kérünk.</p>
<div class="foot">{party(d, d.seller, 'A számla kibocsátója')}<div>Cg. 01-10-040099 · PSZÁF/MNB engedély: E-II/2009 · SWIFT: TVKBHUHB</div></div>"""
    css = """.h{font:bold 15pt 'DejaVu Sans';color:#fff;background:#124;padding:6px}.h span{font-weight:normal;font-size:9pt}.row{display:flex;gap:8mm;margin:6px 0}.row>div{flex:1}
.kv div{display:flex;justify-content:space-between;border-bottom:1px solid #ccc;padding:2px}.kv span{color:#666}.ttl{font-size:7.5pt;color:#124}.nm{font-weight:bold}
table.items{width:100%}table.items th{background:#dde;font-size:8pt}table.vat{margin-left:auto}.tot td{font-weight:bold;border-top:1px solid #000}.sm{font-size:7pt}.b{font-weight:bold}
.foot{margin-top:14mm;border-top:1px solid #124;font-size:7.5pt;display:flex;gap:10mm}"""
    d.html = page(css, body, font="DejaVu Sans", size="9pt")
    return d


def f13() -> Doc:
    d = Doc("f13_kozos_koltseg", "property_service_charge")
    d.number = "IK-2026/1147"
    d.issue, d.fulfil, d.due = dt(2026, 11, 1), dt(2026, 11, 1), dt(2026, 11, 10)
    st = taxno(1301, 2, 43)
    d.seller = Party("Óbudai Ingatlankezelő és Üzemeltető Kft.", "1036 Budapest, Lajos utca 80.", st)
    bt = taxno(1302, 2, 41)
    d.buyer = Party("Lumen Optika Kereskedelmi Bt.", "1037 Budapest, Bécsi út 88.", bt)
    d.add("Közös költség - üzemeltetési hozzájárulás 142 m² x 620 Ft", 142, "m²", "620", 27)
    d.add("Felújítási alap hozzájárulás", 142, "m²", "180", 27)
    d.add("Takarítás, közös terület", 1, "hó", "18500", 27)
    d.add("Vízdíj áthárítás - almérő szerint", 14, "m³", "1010", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp")
    body = f"""<table class="frame"><tr><td colspan=2 class="t">SZÁMLA - közös költség és üzemeltetési díj</td></tr>
<tr><td class="c"><b>Számlakibocsátó:</b><br>{d.p(d.seller.name)}<br>{e(d.seller.address)}<br>Adószám: {d.p(d.seller.tax)}</td>
<td class="c"><b>Számlázási cím (vevő):</b><br>{d.p(d.buyer.name)}<br>{e(d.buyer.address)}<br>Adószám: {d.p(d.buyer.tax)}</td></tr>
<tr><td class="c"><b>Ingatlan (teljesítés helye):</b><br>Bécsi Úti Irodaház Társasház, 1037 Budapest, Bécsi út 88. fszt. 2. (hrsz. 18823/0/A/2)</td>
<td class="c"><b>Szállítási / levelezési cím:</b><br>Horváth Péter ügyvezető részére<br>1037 Budapest, Seregély u. 6.</td></tr>
<tr><td class="c">Számla sorszáma: <b>{d.p(d.number)}</b><br>Kelt: {d.p(dfmt(d.issue, 'long'))}</td>
<td class="c">Teljesítés napja: {d.p(dfmt(d.fulfil, 'long'))}<br>Fizetési határidő: {d.p(dfmt(d.due, 'long'))}</td></tr></table>
{table(d, dict(desc='Megnevezés', qty='Mennyiség', unit='Me.', price='Egységár', net='Nettó ár', rate='ÁFA %', vat='ÁFA', gross='Bruttó ár'), a)}
<table class="tt"><tr><td>Nettó összesen:</td><td class="n">{d.p(a(d.net))} Ft</td></tr><tr><td>ÁFA (27%):</td><td class="n">{d.p(a(d.vat))} Ft</td></tr>
<tr><td><b>Bruttó végösszeg:</b></td><td class="n"><b>{d.p(a(d.gross))} Ft</b></td></tr></table>
<p>Befizetés a társasház elkülönített számlájára: 11711034-20876543 (OTP). Közlemény: IK-2026/1147 / fszt.2. Hátralék: 0 Ft.</p>
<p class="stamp">MÁSOLAT</p>"""
    css = """table.frame{width:100%;border:2px solid #000}table.frame td{border:1px solid #000;padding:5px;vertical-align:top;width:50%}.t{text-align:center;font-weight:bold;font-size:12pt;background:#eee}
table.items{width:100%;margin-top:6px;border:1px solid #000}table.items th,table.items td{border:1px solid #000;padding:2px}table.tt{margin-left:auto;margin-top:5px}
.stamp{position:fixed;top:90mm;left:40mm;font-size:60pt;color:rgba(200,0,0,.18);transform:rotate(-25deg);font-weight:bold}"""
    d.html = page(css, body, font="DejaVu Serif", size="9.5pt")
    return d


def f14() -> Doc:
    d = Doc("f14_nagyker_45sor", "wholesale_45_lines")
    d.number = "NK-SZ 2026/118447"
    d.issue, d.fulfil, d.due = dt(2026, 11, 16), dt(2026, 11, 16), dt(2026, 12, 1)
    st = taxno(1401, 2, 13)
    d.seller = Party("Alföld-Ker Élelmiszer Nagykereskedelmi Zrt.", "2151 Fót, Keleti Márton u. 10.", st, hu_vat(st))
    bt = taxno(1402, 2, 10)
    d.buyer = Party("Mátrai Vendéglátó és Szabadidő Központ Kft.", "3200 Gyöngyös, Mátrai út 22.", bt)
    items = [("Liszt BL55 1 kg", 5, "329"), ("Kristálycukor 1 kg", 5, "412"), ("Napraforgó olaj 5 l", 5, "3290"),
             ("UHT tej 2,8% 1 l", 5, "359"), ("Trappista sajt kg", 5, "2890"), ("Sertéskaraj kg", 5, "2390"),
             ("Csirkemell filé kg", 5, "2190"), ("Burgonya 10 kg", 5, "2490"), ("Vöröshagyma 5 kg", 5, "1290"),
             ("Rizs 1 kg", 5, "689"), ("Tészta spagetti 500 g", 5, "349"), ("Paradicsompüré 800 g", 5, "899"),
             ("Ásványvíz 1,5 l", 27, "129"), ("Üdítő szénsavas 2 l", 27, "459"), ("Sör dobozos 0,5 l", 27, "329"),
             ("Bor, vörös 0,75 l", 27, "1590"), ("Kávé szemes 1 kg", 18, "5990"), ("Tea filteres 100 db", 27, "1490"),
             ("Mosogatószer 5 l", 27, "2190"), ("Szalvéta 500 db", 27, "990"), ("Alufólia 30 m", 27, "1290"),
             ("Tojás M 30 db", 5, "2490"), ("Vaj 82% 250 g", 5, "899"), ("Tejföl 20% 1 kg", 5, "1390"),
             ("Kenyér 1 kg", 5, "799"), ("Zsemle", 5, "59"), ("Paprika őrlemény 1 kg", 18, "3990"), ("Só 1 kg", 5, "149"),
             ("Fekete bors 500 g", 18, "2890"), ("Mustár 1 kg", 27, "890"), ("Majonéz 1 kg", 27, "1490"),
             ("Ketchup 1 kg", 27, "1190"), ("Fagyasztott hasábburgonya 2,5 kg", 18, "1890"), ("Jégkrém vödrös 5 l", 27, "6490"),
             ("Sonka főtt kg", 5, "3490"), ("Szalámi kg", 18, "5290"), ("Alma 1 kg", 5, "390"), ("Banán 1 kg", 5, "590"),
             ("Narancslé 100% 1 l", 27, "690"), ("Kakaópor 500 g", 27, "1890"), ("Zabpehely 500 g", 5, "449"),
             ("Méz 1 kg", 5, "3290"), ("Gumikesztyű 100 db", 27, "2490"), ("Szemeteszsák 60 l", 27, "1190"),
             ("Papírtörlő 2 tek.", 27, "890")]
    for i, (n, r, p) in enumerate(items):
        d.add(f"{5590000 + i * 11} {n}", (i * 7) % 23 + 2, "db" if "kg" not in n[-3:] else "kg", p, r)
    d.totals()
    a = lambda x, qty=False: fmt(x, "dot")
    l1, l2 = d.lines[:30], d.lines[30:]
    heads = dict(no='Ssz', desc='Cikkszám / Megnevezés', qty='Menny.', unit='Me', price='Nettó e.ár', net='Nettó érték', rate='ÁFA', vat='ÁFA érték', gross='Bruttó érték')
    body = f"""<div class="hd"><div class="logo">ALFÖLD-KER</div><div><h1>SZÁMLA</h1></div><div class="pg">1. oldal / 2</div></div>
<div class="g3"><div>{party(d, d.seller, 'Eladó')}</div><div>{party(d, d.buyer, 'Vevő')}<div>Vevőkód: MVK-0441</div></div>
<div class="party"><div class="ttl">Szállítási cím</div><div class="nm">Mátra Kapuja Étterem (üzemeltető: Mátrai Vendéglátó Kft.)</div>3232 Mátrafüred, Fő út 1.</div></div>
<table class="meta"><tr><td>Számlaszám<br><b>{d.p(d.number)}</b></td><td>Számla kelte<br>{d.p(dfmt(d.issue, 'dot'))}</td><td>Teljesítés<br>{d.p(dfmt(d.fulfil, 'dot'))}</td>
<td>Fizetési határidő<br>{d.p(dfmt(d.due, 'dot'))}</td><td>Szállítólevél<br>SZL-884120</td><td>Rendelés<br>WEB-2026-33018</td><td>Fiz. mód<br>átutalás (15 nap)</td></tr></table>
{table(d, heads, a, lines=l1)}
<p class="c">Átvitel: nettó {a(sum((l.net for l in l1), D(0)))} Ft</p><div class="pb"></div>
<div class="hd"><div class="logo">ALFÖLD-KER</div><div>Számla {e(d.number)} folytatás</div><div class="pg">2. oldal / 2</div></div>
<p class="c">Áthozat: nettó {a(sum((l.net for l in l1), D(0)))} Ft</p>
{table(d, heads, a, lines=l2, start=31)}
<div class="fin"><div>{vat_table(d, ('ÁFA kulcs', 'Nettó', 'ÁFA', 'Bruttó'), a, 'ÖSSZESEN')}</div>
<div class="pay">Fizetendő összeg:<br><span>{e(a(d.gross))} Ft</span><br><small>azaz {e(a(d.gross))} forint</small></div></div>
<p class="sm">Bankszámla: MKB 10300002-10345678-49020017 · Cg. 13-10-041552 · A göngyöleg (rekesz) visszaváltható. Eredeti példány.</p>"""
    css = """.hd{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #270}.logo{font:bold 16pt 'DejaVu Sans Mono';color:#270}h1{margin:0}
.g3{display:grid;grid-template-columns:1fr 1fr 1fr;gap:4mm;margin:4px 0}.party{font-size:8pt}.ttl{font-weight:bold;text-decoration:underline}.nm{font-weight:bold}
table.meta{width:100%;border:1px solid #270}table.meta td{border:1px solid #270;padding:2px;font-size:7.5pt}table.items{width:100%;font-size:7.3pt}table.items th{background:#e4f0dc}
table.items td{border-bottom:1px solid #eee;padding:0 2px}.c{text-align:right;font-weight:bold}.fin{display:flex;justify-content:space-between;margin-top:6px}
.tot td{font-weight:bold;border-top:1px solid #000}.pay{border:2px solid #270;padding:6px;text-align:right}.pay span{font-size:14pt;font-weight:bold}.sm{font-size:7pt}"""
    d.html = page(css, body, font="DejaVu Sans Condensed", size="8pt")
    return d


def f15() -> Doc:
    d = Doc("f15_onkormanyzat", "municipality_pir")
    d.number = "ÖK-2026-00512"
    d.issue, d.fulfil, d.due = dt(2026, 11, 18), dt(2026, 11, 15), dt(2026, 12, 3)
    st = taxno(1501, 2, 6, first="15")
    d.seller = Party("Tiszakécske Városi Önkormányzat", "6060 Tiszakécske, Kőrösi út 2.", st)
    bt = taxno(1502, 2, 3)
    d.buyer = Party("Alföldi Rendezvényszervező és Kulturális Szolgáltató Egyesület", "6000 Kecskemét, Széchenyi tér 1/A.", bt)
    d.add("Városi sportcsarnok bérleti díja 2026.11.15. (8 óra)", 8, "óra", "18000", 27)
    d.add("Közterület-használati díj - vásár 120 m²", 120, "m²", "150", "ÁFA körön kívül")
    d.add("Takarítás, rezsi átalány", 1, "alk.", "25000", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 2)
    body = f"""<div class="cim">{d.p(d.seller.name)}<br><small>{e(d.seller.address)} · Törzskönyvi azonosító (PIR): 725038 · Adószám: {d.p(d.seller.tax)} · KSH: 15725038-8411-321-03</small></div>
<h1>SZÁMLA</h1>
<div class="g"><div class="lab">Számla sorszáma:</div><div>{d.p(d.number)}</div><div class="lab">Kiállítás dátuma:</div><div>{d.p(dfmt(d.issue, 'dot'))}</div>
<div class="lab">Teljesítés dátuma:</div><div>{d.p(dfmt(d.fulfil, 'dot'))}</div><div class="lab">Fizetési határidő:</div><div>{d.p(dfmt(d.due, 'dot'))}</div>
<div class="lab">Fizetés módja:</div><div>átutalás</div><div class="lab">Kincstári számla:</div><div>10402142-00028772-00000000 (MÁK)</div></div>
<div class="vevo">Vevő neve:<br><b>{d.p(d.buyer.name)}</b><br>Címe: {e(d.buyer.address)}<br>Adószáma: {d.p(d.buyer.tax)}<br>Bérleti szerződés: 41-3/2026.</div>
{table(d, dict(no='Ssz.', desc='Megnevezés', qty='Mennyiség', unit='Me', price='Egységár', net='Nettó', rate='ÁFA kulcs', vat='ÁFA', gross='Bruttó'), a)}
{vat_table(d, ('Adómérték', 'Nettó érték', 'Áfa', 'Bruttó érték'), a, 'Mindösszesen:')}
<p class="sm">A közterület-használati díj az Áfa tv. hatályán kívüli, közhatalmi tevékenység ellenértéke. Kiadmányozó: Dr. Nagy Ilona jegyző nevében.</p>
<div class="sig"><div>P.H.</div><div>............................<br>pénzügyi ügyintéző</div></div>"""
    css = """.cim{text-align:center;font:bold 13pt 'DejaVu Serif';border-bottom:3px double #000}.cim small{font-size:7.5pt;font-weight:normal}h1{text-align:center;letter-spacing:6px}
.g{display:grid;grid-template-columns:35mm 45mm 35mm 1fr;gap:2px 6px;margin-bottom:6px}.lab{font-weight:bold}.vevo{border:1px solid #000;padding:5px;width:60%;margin-bottom:6px}
table.items{width:100%;border:1px solid #000}table.items th,table.items td{border:1px solid #000;padding:2px}table.vat{margin-top:6px;margin-left:auto;border:1px solid #000}
table.vat td,table.vat th{border:1px solid #000;padding:2px 5px}.tot{font-weight:bold}.sm{font-size:7.5pt}.sig{display:flex;justify-content:space-around;margin-top:14mm;text-align:center}"""
    d.html = page(css, body, font="DejaVu Serif", size="9pt")
    return d

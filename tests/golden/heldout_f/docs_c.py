"""Set F documents: university, leasing, NAV számlakép, corrections, storno, advance/final, proforma, foreign, utility, hospital."""

from __future__ import annotations

from datetime import date as dt

from .blocks import page, party, table, vat_table
from .core import D, Doc, Party, dfmt, e, fmt, hu_vat, q, taxno

UNI_T = taxno(1601, 4, 6, first="15")
LEASE_T = taxno(1701, 2, 44)
BUILD_T = taxno(2201, 2, 17)
BUILD_B = taxno(2202, 2, 17)


def f16() -> Doc:
    d = Doc("f16_egyetem", "university_bilingual")
    d.number = "SZTE-GF/2026/03441"
    d.issue, d.fulfil, d.due = dt(2026, 11, 19), dt(2026, 11, 12), dt(2026, 12, 19)
    d.seller = Party("Délalföldi Tudományegyetem", "6720 Szeged, Dugonics tér 13.", UNI_T, hu_vat(UNI_T))
    bt = taxno(1602, 2, 6)
    d.buyer = Party("BioSzeged Analitika Kft.", "6726 Szeged, Temesvári krt. 62.", bt, hu_vat(bt))
    d.add("Tömegspektrometriás mérés / Mass spectrometry analysis (LC-MS/MS)", 24, "minta", "18500", 27)
    d.add("Mintaelőkészítés / Sample preparation", 24, "minta", "4200", 27)
    d.add("Szakértői jelentés / Expert report", 1, "db", "95000", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 0)
    body = f"""<div class="uh"><div class="crest">DTE</div><div><b>{d.p(d.seller.name)}</b><br>Gazdasági Főigazgatóság / Directorate of Finance<br>
{e(d.seller.address)} · PIR: 307145 · Adószám / Tax number: {d.p(d.seller.tax)} · EU VAT: {d.p(d.seller.vat)}</div></div>
<h1>Számla <span>/ Invoice</span></h1>
<table class="kv">
<tr><th>Számlaszám / Invoice number</th><td>{d.p(d.number)}</td><th>Kelt / Date of issue</th><td>{d.p(dfmt(d.issue, 'dotsp'))}</td></tr>
<tr><th>Teljesítés / Delivery date</th><td>{d.p(dfmt(d.fulfil, 'dotsp'))}</td><th>Fizetési határidő / Due date</th><td>{d.p(dfmt(d.due, 'dotsp'))}</td></tr>
<tr><th>Témaszám / Project code</th><td>K-2026-118/GF</td><th>Szerződés / Contract</th><td>KF/771/2026</td></tr></table>
<div class="buyer">{party(d, d.buyer, 'Vevő / Customer', 'Adószám / Tax ID:', 'Közösségi adószám / EU VAT ID:')}</div>
{table(d, dict(no='#', desc='Megnevezés / Description', qty='Menny. / Qty', unit='ME / Unit', price='Egységár / Unit price', net='Nettó / Net', rate='ÁFA / VAT', vat='ÁFA összeg / VAT amount', gross='Bruttó / Gross'), a)}
<table class="s"><tr><td>Nettó összesen / Net total</td><td class="n">{d.p(a(d.net))} HUF</td></tr><tr><td>ÁFA összesen / VAT total</td><td class="n">{d.p(a(d.vat))} HUF</td></tr>
<tr class="g"><td>Fizetendő / Amount due</td><td class="n">{d.p(a(d.gross))} HUF</td></tr></table>
<p class="sm">Magyar Államkincstár 10023002-00336521-00000000 · IBAN HU40 1002 3002 0033 6521 0000 0000 · Közlemény: SZTE-GF/2026/03441</p>"""
    css = """.uh{display:flex;gap:6mm;align-items:center;border-bottom:1px solid #046}.crest{font:bold 20pt 'DejaVu Serif';border:2px solid #046;padding:6px;color:#046}
h1{color:#046}h1 span{font-weight:normal;color:#777}table.kv{width:100%}table.kv th{text-align:left;font-weight:normal;color:#046;font-size:8pt}table.kv td{font-weight:bold}
.buyer{margin:8px 0;border-left:4px solid #046;padding-left:6px}.ttl{color:#046}.nm{font-weight:bold;font-size:11pt}table.items{width:100%;font-size:8pt}table.items th{border-bottom:2px solid #046;font-size:7pt}
table.s{margin-left:auto}.g td{font-weight:bold;font-size:11pt;border-top:1px solid #046}.sm{font-size:7pt}"""
    d.html = page(css, body, font="DejaVu Sans", size="8.5pt")
    return d


def f17() -> Doc:
    d = Doc("f17_lizing", "car_leasing_contract")
    d.number = "LZ/26/0119884"
    d.issue, d.fulfil, d.due = dt(2026, 11, 1), dt(2026, 11, 1), dt(2026, 11, 10)
    d.seller = Party("Merkúr Autólízing és Flottakezelő Zrt.", "1139 Budapest, Váci út 99.", LEASE_T, hu_vat(LEASE_T))
    bt = taxno(1702, 2, 12)
    d.buyer = Party("Nógrádi Útépítő és Kőbányászati Kft.", "3100 Salgótarján, Bányász út 3.", bt, hu_vat(bt))
    d.add("Tartós bérleti díj 2026. november - Skoda Octavia Combi (MXA-412)", 1, "hó", "168400", 27)
    d.add("Szervizcsomag díja", 1, "hó", "24900", 27)
    d.add("Gumiabroncs-csomag", 1, "hó", "6200", 27)
    d.add("Casco biztosítás továbbszámlázása", 1, "hó", "21350", "ÁFA mentes")
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 2)
    body = f"""<div class="top"><div class="m">MERKÚR<br><small>autólízing</small></div><div class="stack">
<div class="b"><span>Számla sorszáma</span>{d.p(d.number)}</div><div class="b"><span>Kiállítás kelte</span>{d.p(dfmt(d.issue, 'iso'))}</div>
<div class="b"><span>Teljesítés kelte</span>{d.p(dfmt(d.fulfil, 'iso'))}</div><div class="b"><span>Esedékesség</span>{d.p(dfmt(d.due, 'iso'))}</div></div></div>
<div class="p2"><div>{party(d, d.seller, 'Bérbeadó / számlakibocsátó')}</div><div>{party(d, d.buyer, 'Bérlő / vevő')}</div></div>
<table class="c"><tr><td>Szerződésszám: <b>OL-2024-008812</b></td><td>Alvázszám: TMBJJ7NX5R0114472</td><td>Rendszám: MXA-412</td><td>Futamidő: 25/48 hó</td></tr></table>
{table(d, dict(desc='Tétel', qty='Menny.', unit='Me.', price='Nettó egységár', net='Nettó', rate='ÁFA', vat='ÁFA', gross='Bruttó'), a)}
{vat_table(d, ('Áfakulcs', 'Adóalap', 'Áfa', 'Bruttó'), a, 'Összesen')}
<p class="due">Fizetendő összesen: {e(a(d.gross))} HUF - csoportos beszedési megbízással terheljük.</p>
<p class="sm">A casco díj közvetített biztosítási szolgáltatás, Áfa tv. 86. § (1) e) pont szerint mentes. Ügyfélszám: 77120. Bankszámla: HU08 1200 1008 0012 3456 0010 0008.</p>"""
    css = """.top{display:flex;justify-content:space-between}.m{font:bold 22pt 'DejaVu Sans';color:#c00}.m small{font-size:10pt;color:#333}.stack{display:grid;grid-template-columns:1fr 1fr;gap:3px}
.b{border:1px solid #c00;padding:3px 6px;font-weight:bold}.b span{display:block;font-size:6.5pt;color:#c00;font-weight:normal}.p2{display:flex;gap:8mm;margin:8px 0}.p2>div{flex:1;background:#fafafa;padding:5px}
.ttl{font-size:7pt;color:#c00;text-transform:uppercase}.nm{font-weight:bold}table.c{width:100%;border:1px dashed #999;margin-bottom:6px}table.items{width:100%}table.items th{border-bottom:1px solid #c00}
table.vat{margin-left:auto;margin-top:6px}.tot td{font-weight:bold;border-top:1px solid #000}.due{font-weight:bold;text-align:right}.sm{font-size:7pt}"""
    d.html = page(css, body, font="DejaVu Sans", size="9pt")
    return d


def f19() -> Doc:
    d = Doc("f19_nav_szamlakep", "nav_szamlakep_boxes")
    d.number = "KOV/2026/000388"
    d.issue, d.fulfil, d.due = dt(2026, 11, 20), dt(2026, 11, 18), dt(2026, 11, 28)
    st = taxno(1901, 2, 15)
    d.seller = Party("Kovács és Társa Villanyszerelő Bt.", "4400 Nyíregyháza, Szarvas u. 17.", st)
    bt = taxno(1902, 2, 15)
    d.buyer = Party("Nyírségi Logisztikai Központ Kft.", "4400 Nyíregyháza, Debreceni út 300.", bt)
    d.add("Villamos hálózat bővítése, raktárcsarnok B", 1, "db", "845000", 27)
    d.add("Anyagköltség (kábel, elosztószekrény)", 1, "db", "312400", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 0)
    box = lambda lab, val: f'<div class="bx"><div class="lb">{lab}</div><div class="vl">{val}</div></div>'
    body = f"""<div class="navh">Számlakép - az Online Számla rendszerbe beküldött adatok alapján</div>
<div class="row">{box('Számla sorszáma', d.p(d.number))}{box('Számla típusa', 'Normál számla')}{box('Számla kelte', d.p(dfmt(d.issue, 'iso')))}
{box('Teljesítés dátuma', d.p(dfmt(d.fulfil, 'iso')))}{box('Fizetési határidő', d.p(dfmt(d.due, 'iso')))}{box('Pénznem', 'HUF')}</div>
<div class="row2"><div class="bx big"><div class="lb">Eladó adatai</div><div class="vl">Név: {d.p(d.seller.name)}<br>Adószám: {d.p(d.seller.tax)}<br>Cím: {e(d.seller.address)}<br>Bankszámlaszám: 11744003-20012345</div></div>
<div class="bx big"><div class="lb">Vevő adatai</div><div class="vl">Név: {d.p(d.buyer.name)}<br>Adószám: {d.p(d.buyer.tax)}<br>Cím: {e(d.buyer.address)}<br>Vevő státusza: Belföldi ÁFA alany</div></div></div>
<div class="bx"><div class="lb">Tételek</div>{table(d, dict(no='Sor', desc='Megnevezés', qty='Mennyiség', unit='Mértékegység', price='Egységár', net='Nettó érték', rate='Adó mértéke', vat='Adó értéke', gross='Bruttó érték'), a)}</div>
<div class="row">{box('Számla nettó összege', d.p(a(d.net)) + ' HUF')}{box('Számla ÁFA összege', d.p(a(d.vat)) + ' HUF')}{box('Számla bruttó összege', d.p(a(d.gross)) + ' HUF')}</div>
<p class="sm">A számlakép nem minősül számlának; tájékoztató jellegű megjelenítés. Lekérdezés időpontja: 2026-11-21 08:14:02. Kiállító program: SzámlaPro 4.2.</p>"""
    css = """.navh{background:#2a5d8a;color:#fff;padding:6px;font-weight:bold}.row{display:flex;gap:3px;margin-top:3px}.row>.bx{flex:1}.row2{display:flex;gap:3px;margin-top:3px}.row2 .bx{flex:1}
.bx{border:1px solid #2a5d8a;margin-top:3px}.lb{background:#dfe9f3;font-size:7pt;padding:1px 3px;color:#2a5d8a}.vl{padding:3px;font-weight:bold}.big .vl{font-weight:normal;line-height:1.5}
table.items{width:100%;font-size:8pt}table.items th{font-weight:normal;color:#2a5d8a;border-bottom:1px solid #2a5d8a}.sm{font-size:7pt;color:#666}"""
    d.html = page(css, body, font="DejaVu Sans", size="8.5pt")
    return d


def f20() -> Doc:
    d = Doc("f20_helyesbito", "correction_original_vs_new", kind="correction")
    d.number = "SZ-2026-01877/H1"
    d.preceding = "SZ-2026-01877"
    d.issue, d.fulfil, d.due = dt(2026, 11, 21), dt(2026, 10, 28), dt(2026, 12, 5)
    st = taxno(2001, 2, 11)
    d.seller = Party("Komáromi Csomagolóanyag Gyártó Kft.", "2900 Komárom, Ipar u. 5.", st, hu_vat(st))
    bt = taxno(2002, 2, 11)
    d.buyer = Party("Tatai Sörfőzde és Italgyártó Zrt.", "2890 Tata, Malom u. 30.", bt, hu_vat(bt))
    orig = [("Hullámkarton doboz 6x0,5 l", 4000, "112"), ("Zsugorfólia 500 mm", 60, "4850")]
    new = [("Hullámkarton doboz 6x0,5 l", 4600, "112"), ("Zsugorfólia 500 mm", 60, "5120")]
    for (n, q0, p0), (_, q1, p1) in zip(orig, new):
        d.add(n, 1, "", str(D(q1) * D(p1) - D(q0) * D(p0)), 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp")
    rows = ""
    for (n, q0, p0), (_, q1, p1), ln in zip(orig, new, d.lines):
        n0, n1 = D(q0) * D(p0), D(q1) * D(p1)
        rows += (f"<tr><td rowspan=3>{e(n)}</td><td>eredeti</td><td class=n>{q0}</td><td class=n>{a(D(p0))}</td><td class=n>{a(n0)}</td><td class=n>{a(q(n0 * D('0.27')))}</td></tr>"
                 f"<tr><td>helyesbített</td><td class=n>{q1}</td><td class=n>{a(D(p1))}</td><td class=n>{a(n1)}</td><td class=n>{a(q(n1 * D('0.27')))}</td></tr>"
                 f"<tr class=diff><td>különbözet</td><td class=n>{q1 - q0}</td><td class=n></td><td class=n>{a(ln.net)}</td><td class=n>{a(ln.vat)}</td></tr>")
    body = f"""<h1>HELYESBÍTŐ SZÁMLA</h1><p class="c">(számlával egy tekintet alá eső okirat - Áfa tv. 170. §)</p>
<table class="hd"><tr><td>Helyesbítő számla száma:</td><td><b>{d.p(d.number)}</b></td><td>Az eredeti számla száma:</td><td><b>{d.p(d.preceding)}</b></td></tr>
<tr><td>Kelt:</td><td>{d.p(dfmt(d.issue, 'dot'))}</td><td>Eredeti számla kelte:</td><td>2026.10.28.</td></tr>
<tr><td>Teljesítés:</td><td>{d.p(dfmt(d.fulfil, 'dot'))}</td><td>Fizetési határidő:</td><td>{d.p(dfmt(d.due, 'dot'))}</td></tr></table>
<p>A helyesbítés oka: a ténylegesen leszállított mennyiség és a negyedéves árindexálás szerinti egységár eltér az eredeti számlától.</p>
<div class="pp">{party(d, d.seller, 'Eladó')}{party(d, d.buyer, 'Vevő')}</div>
<table class="items"><tr><th>Megnevezés</th><th></th><th class=n>Mennyiség</th><th class=n>Egységár</th><th class=n>Nettó</th><th class=n>ÁFA 27%</th></tr>{rows}</table>
<table class="s"><tr><td>Nettó különbözet összesen:</td><td class="n">{d.p(a(d.net))} Ft</td></tr><tr><td>ÁFA különbözet (27%):</td><td class="n">{d.p(a(d.vat))} Ft</td></tr>
<tr class="g"><td>Bruttó különbözet, fizetendő:</td><td class="n">{d.p(a(d.gross))} Ft</td></tr></table>
<p class="sm">Bankszámla: CIB 10700024-04521177-51100005 · Cg. 11-09-020117</p>"""
    css = """h1{text-align:center;margin:0}.c{text-align:center;font-size:8pt;margin:0}table.hd{width:100%;margin:6px 0;border-top:1px solid #000;border-bottom:1px solid #000}
.pp{display:grid;grid-template-columns:1fr 1fr;gap:8mm;margin:6px 0}.ttl{font-weight:bold;border-bottom:1px solid #000}.nm{font-weight:bold}
table.items{width:100%}table.items th{border-bottom:1px solid #000}table.items td{padding:2px;border-bottom:1px dotted #bbb}.diff td{font-weight:bold;background:#f3f3f3}
table.s{margin-left:auto;margin-top:8px}.g td{font-weight:bold;border-top:2px solid #000}.sm{font-size:7pt}"""
    d.html = page(css, body, font="DejaVu Serif", size="9pt")
    return d


def f21() -> Doc:
    d = Doc("f21_sztorno", "storno_negative", kind="storno")
    d.number = "2026/SZT/00042"
    d.preceding = "2026/00981"
    d.issue, d.fulfil, d.due = dt(2026, 11, 23), dt(2026, 11, 9), dt(2026, 11, 23)
    st = taxno(2101, 2, 4)
    d.seller = Party("Békési Mezőgépszerviz Kft.", "5600 Békéscsaba, Szarvasi út 81.", st)
    bt = taxno(2102, 2, 4)
    d.buyer = Party("Körösvölgyi Agrár Zrt.", "5630 Békés, Csatárkert 12.", bt, hu_vat(bt))
    d.add("Kombájn javítás - munkadíj", -14, "óra", "12500", 27)
    d.add("Csapágy, tömítéskészlet", -1, "klt", "86300", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp")
    body = f"""<div class="s1"><div><h1>SZTORNÓ SZÁMLA</h1><div>Érvénytelenítő számla</div></div><div class="n1">Sorszám: {d.p(d.number)}</div></div>
<p class="ref">Érvénytelenített számla sorszáma: <b>{d.p(d.preceding)}</b> (kelt: 2026.11.09.) - téves vevőnek kiállítva.</p>
<div class="pp"><div>{party(d, d.seller, 'Eladó')}</div><div>{party(d, d.buyer, 'Vevő')}</div><div class="dt">
Kelt: {d.p(dfmt(d.issue, 'slash'))}<br>Teljesítés: {d.p(dfmt(d.fulfil, 'slash'))}<br>Fizetési határidő: {d.p(dfmt(d.due, 'slash'))}<br>Fizetési mód: átutalás</div></div>
{table(d, dict(no='#', desc='Megnevezés', qty='Menny.', unit='Me.', price='Egységár', net='Nettó', rate='ÁFA', vat='ÁFA', gross='Bruttó'), a)}
<table class="t"><tr><td>Nettó:</td><td class="n">{d.p(a(d.net))} Ft</td></tr><tr><td>ÁFA 27%:</td><td class="n">{d.p(a(d.vat))} Ft</td></tr><tr><td><b>Bruttó:</b></td><td class="n"><b>{d.p(a(d.gross))} Ft</b></td></tr></table>
<div class="wm">STORNO</div>"""
    css = """.s1{display:flex;justify-content:space-between;border-bottom:2px solid #800}h1{margin:0;color:#800}.n1{font-size:12pt;font-weight:bold}.ref{background:#fee;padding:4px}
.pp{display:grid;grid-template-columns:1fr 1fr 1fr;gap:5mm;margin:6px 0}.ttl{font-size:7pt;color:#800}.nm{font-weight:bold}.dt{border:1px solid #800;padding:5px}
table.items{width:100%}table.items th{background:#800;color:#fff}table.t{margin-left:auto;margin-top:6px;font-size:10pt}
.wm{position:fixed;top:110mm;left:30mm;font-size:90pt;color:rgba(128,0,0,.12);transform:rotate(-30deg)}"""
    d.html = page(css, body, font="DejaVu Sans", size="9pt")
    return d


def _build_parties(d: Doc) -> None:
    d.seller = Party("Zemplén-Építő Generálkivitelező Kft.", "3950 Sárospatak, Rákóczi út 40.", BUILD_T, hu_vat(BUILD_T))
    d.buyer = Party("Tokaj-Hegyaljai Borászati Beruházó Zrt.", "3910 Tokaj, Rákóczi út 2.", BUILD_B, hu_vat(BUILD_B))


def f22() -> Doc:
    d = Doc("f22_elolegszamla", "advance_invoice", kind="advance")
    d.number = "ZE-2026-0211"
    d.issue, d.fulfil, d.due = dt(2026, 9, 15), dt(2026, 9, 15), dt(2026, 9, 22)
    _build_parties(d)
    d.add("Előleg a KSZ-2026/07 vállalkozási szerződés alapján - pince felújítás (30%)", 1, "db", "14400000", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "dot")
    body = f"""<h1>ELŐLEGSZÁMLA</h1>
<div class="g"><div class="pp">{party(d, d.seller, 'Eladó / Vállalkozó')}</div><div class="pp">{party(d, d.buyer, 'Vevő / Megrendelő')}</div></div>
<table class="m"><tr><td>Számlaszám</td><td>Kelt</td><td>Előleg jóváírásának napja (teljesítés)</td><td>Fizetési határidő</td></tr>
<tr><td>{d.p(d.number)}</td><td>{d.p(dfmt(d.issue, 'long'))}</td><td>{d.p(dfmt(d.fulfil, 'long'))}</td><td>{d.p(dfmt(d.due, 'long'))}</td></tr></table>
{table(d, dict(desc='Megnevezés', qty='Menny.', unit='Me', price='Egységár', net='Nettó', rate='ÁFA', vat='ÁFA', gross='Bruttó'), a)}
<table class="t"><tr><td>Nettó összesen</td><td class="n">{d.p(a(d.net))} Ft</td></tr><tr><td>ÁFA 27%</td><td class="n">{d.p(a(d.vat))} Ft</td></tr><tr><td>Fizetendő</td><td class="n"><b>{d.p(a(d.gross))} Ft</b></td></tr></table>
<p>A végszámlában az előleg összege levonásra kerül. Projekt: Tokaj, Pincesor 12. Bankszámla: 11734004-20445566.</p>"""
    css = """h1{font:bold 18pt 'DejaVu Sans';border-bottom:4px solid #960}.g{display:flex;gap:5mm}.pp{flex:1;border:1px solid #960;padding:5px}.ttl{color:#960;font-size:7.5pt}.nm{font-weight:bold}
table.m{width:100%;margin:6px 0}table.m tr:first-child td{font-size:7pt;color:#960}table.items{width:100%}table.items th{border-bottom:1px solid #960}table.t{margin-left:auto;margin-top:6px}"""
    d.html = page(css, body, font="DejaVu Sans", size="9pt")
    return d


def f23() -> Doc:
    d = Doc("f23_vegszamla", "final_invoice_deducting_advance", kind="final")
    d.number = "ZE-2026-0388"
    d.preceding = "ZE-2026-0211"
    d.issue, d.fulfil, d.due = dt(2026, 11, 25), dt(2026, 11, 20), dt(2026, 12, 10)
    _build_parties(d)
    full = [("Pince felújítás - bontás, szigetelés", "18200000"), ("Boltozat helyreállítás", "21400000"), ("Villany, világítás", "8400000")]
    for n, p in full:
        d.add(n, 1, "tétel", p, 27)
    d.add("Levonva: előleg, ZE-2026-0211 számú előlegszámla", -1, "tétel", "14400000", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 2)
    tot_net = sum((l.net for l in d.lines[:3]), D(0))
    body = f"""<div class="t"><div><h1>Végszámla</h1><small>Eredeti példány</small></div><div>{d.p(d.seller.name)}<br>{e(d.seller.address)}<br>Adószám: {d.p(d.seller.tax)}<br>EU: {d.p(d.seller.vat)}</div></div>
<div class="box"><b>Vevő:</b> {d.p(d.buyer.name)}, {e(d.buyer.address)} · Adószám: {d.p(d.buyer.tax)} · Közösségi adószám: {d.p(d.buyer.vat)}</div>
<table class="m"><tr><th>Sorszám</th><td>{d.p(d.number)}</td><th>Kelt</th><td>{d.p(dfmt(d.issue, 'dotsp'))}</td></tr>
<tr><th>Teljesítés</th><td>{d.p(dfmt(d.fulfil, 'dotsp'))}</td><th>Fizetési határidő</th><td>{d.p(dfmt(d.due, 'dotsp'))}</td></tr>
<tr><th>Kapcsolódó előlegszámla</th><td>{d.p(d.preceding)}</td><th>Szerződés</th><td>KSZ-2026/07</td></tr></table>
{table(d, dict(no='#', desc='Megnevezés', qty='Menny.', unit='Me', price='Egységár', net='Nettó', rate='ÁFA', vat='ÁFA', gross='Bruttó'), a)}
<table class="s"><tr><td>Teljes vállalkozói díj (nettó)</td><td class="n">{a(tot_net)}</td></tr>
<tr><td>Levont előleg (nettó)</td><td class="n">{a(D(-14400000))}</td></tr>
<tr><td>Nettó összesen</td><td class="n">{d.p(a(d.net))}</td></tr><tr><td>ÁFA 27%</td><td class="n">{d.p(a(d.vat))}</td></tr>
<tr class="g"><td>Fizetendő végösszeg (HUF)</td><td class="n">{d.p(a(d.gross))}</td></tr></table>
<p class="sm">Bankszámla: 11734004-20445566 · Cg. 05-09-031177 · Oldal 1/1</p>"""
    css = """.t{display:flex;justify-content:space-between;border-bottom:1px solid #000}h1{margin:0;font-size:20pt}.box{margin:6px 0;padding:5px;background:#eee}
table.m th{text-align:left;font-weight:normal;color:#555;padding-right:4px}table.m td{padding-right:14mm;font-weight:bold}table.items{width:100%;margin-top:5px}table.items th{border-bottom:1px solid #000}
table.s{margin-left:auto;margin-top:6px}.g td{font-weight:bold;font-size:11pt;border-top:1px solid #000}.sm{font-size:7pt}"""
    d.html = page(css, body, font="DejaVu Serif", size="9pt")
    return d


def f24() -> Doc:
    d = Doc("f24_dijbekero", "proforma_request", kind="proforma")
    d.number = "DB-2026/0412"
    d.issue, d.due = dt(2026, 11, 26), dt(2026, 12, 3)
    st = taxno(2401, 2, 41)
    d.seller = Party("Kódmester Oktatási és Tanácsadó Kft.", "1051 Budapest, Nádor utca 23.", st)
    bt = taxno(2402, 2, 8)
    d.buyer = Party("Sopron-Fertő Vízügyi Mérnökiroda Kft.", "9400 Sopron, Ikvahíd u. 7.", bt)
    d.add("Python alapozó tanfolyam (2027. január, 5 nap)", 4, "fő", "189000", 27)
    d.add("Vizsgadíj", 4, "fő", "15000", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp")
    body = f"""<h1>DÍJBEKÉRŐ</h1><p class="w">Ez a dokumentum nem számla, számviteli bizonylatként nem használható. A számlát a befizetés után állítjuk ki.</p>
<table class="m"><tr><td>Díjbekérő száma: <b>{d.p(d.number)}</b></td><td>Kelt: {d.p(dfmt(d.issue, 'dot'))}</td><td>Fizetési határidő: <b>{d.p(dfmt(d.due, 'dot'))}</b></td></tr></table>
<div class="pp">{party(d, d.seller, 'Kibocsátó')}{party(d, d.buyer, 'Megrendelő')}</div>
{table(d, dict(desc='Megnevezés', qty='Menny.', unit='Me', price='Egységár', net='Nettó', rate='ÁFA', vat='ÁFA', gross='Bruttó'), a)}
<table class="t"><tr><td>Nettó:</td><td class="n">{d.p(a(d.net))} Ft</td></tr><tr><td>ÁFA:</td><td class="n">{d.p(a(d.vat))} Ft</td></tr><tr><td>Fizetendő:</td><td class="n"><b>{d.p(a(d.gross))} Ft</b></td></tr></table>
<p>Kérjük, az összeget utalja a 10918001-00000098-12340007 számlára, közleményben a díjbekérő számát feltüntetve.</p>"""
    css = """h1{color:#06c;font-size:22pt;margin:0}.w{font-style:italic;color:#a00}table.m{width:100%;border:1px solid #06c}table.m td{padding:4px}
.pp{display:grid;grid-template-columns:1fr 1fr;gap:10mm;margin:8px 0}.ttl{color:#06c}.nm{font-weight:bold}table.items{width:100%}table.items th{background:#def}table.t{margin-left:auto}"""
    d.html = page(css, body, font="DejaVu Sans Light", size="9.5pt")
    return d


def f26() -> Doc:
    d = Doc("f26_ro_supplier", "romanian_supplier_landscape", currency="EUR")
    d.number = "CJV 2026 004781"
    d.issue, d.fulfil, d.due = dt(2026, 11, 10), dt(2026, 11, 6), dt(2026, 12, 10)
    d.seller = Party("Transilvania Prelucrări Metalice S.R.L.", "Str. Fabricii nr. 22, 400632 Cluj-Napoca, România", None, "RO18837215")
    bt = taxno(2602, 2, 9)
    d.buyer = Party("Berettyó-Metál Gépgyártó Kft.", "4100 Berettyóújfalu, Széchenyi u. 60.", bt, hu_vat(bt))
    for i, (n, qy, p) in enumerate([("Flanșă sudată DN100 / hegesztett karima", 120, "18.40"), ("Suport laser 3 mm / lézervágott konzol", 800, "2.35"),
                                    ("Piesă îndoită S235 / hajlított elem", 300, "6.10"), ("Ambalare / csomagolás", 1, "45.00")]):
        d.add(n, qy, "buc", p, "0% TI")
    d.totals()
    a = lambda x, qty=False: fmt(x, "dot", 0) if qty else fmt(x, "dot", 2)
    body = f"""<div class="grid"><div class="a"><div class="logo">TPM</div>{party(d, d.seller, 'Furnizor / Szállító', 'CUI:', 'Cod TVA / Közösségi adószám:')}
<div>Reg. Com.: J12/3381/2006 · Capital social: 200 RON</div></div>
<div class="b"><h1>FACTURĂ / SZÁMLA</h1><table class="m"><tr><td>Seria și nr. / Számlaszám</td><td>{d.p(d.number)}</td></tr><tr><td>Data emiterii / Kelt</td><td>{d.p(dfmt(d.issue, 'de'))}</td></tr>
<tr><td>Data livrării / Teljesítés</td><td>{d.p(dfmt(d.fulfil, 'de'))}</td></tr><tr><td>Scadența / Fizetési határidő</td><td>{d.p(dfmt(d.due, 'de'))}</td></tr><tr><td>Monedă</td><td>EUR</td></tr></table></div>
<div class="c">{party(d, d.buyer, 'Cumpărător / Vevő', 'Adószám:', 'Cod TVA / EU VAT:')}<div>Comanda / Rendelés: BM-PO-26-0781</div></div></div>
{table(d, dict(no='Nr.', desc='Denumire / Megnevezés', qty='Cant.', unit='U.M.', price='Preț unitar EUR', net='Valoare EUR', rate='TVA'), a)}
<div class="bot"><div class="rc">Taxare inversă - art. 196 Directiva 2006/112/CE. Fordított adózás: az ÁFA-t a vevő fizeti.<br>Livrare intracomunitară scutită, art. 294 alin. (2) lit. a) Cod fiscal.</div>
<table class="t"><tr><td>Total fără TVA / Nettó</td><td class="n">{d.p(a(d.net))} EUR</td></tr><tr><td>TVA / ÁFA</td><td class="n">{d.p(a(d.vat))} EUR</td></tr>
<tr class="g"><td>Total de plată / Fizetendő</td><td class="n">{d.p(a(d.gross))} EUR</td></tr></table></div>
<p class="sm">Banca Transilvania · IBAN RO49 BTRL 0130 1202 S833 81XX · SWIFT BTRLRO22 · Delegat: Pop Ioan, auto CJ-22-TPM</p>"""
    css = """.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6mm}.logo{font:bold 20pt 'DejaVu Serif';color:#036}.ttl{font-size:7.5pt;color:#036;font-weight:bold}.nm{font-weight:bold}
h1{font-size:14pt;margin:0 0 4px 0}table.m td{border-bottom:1px solid #ccc;padding:1px 4px}.c{border:1px solid #036;padding:5px}
table.items{width:100%;margin-top:8px}table.items th{background:#036;color:#fff}table.items td{border-bottom:1px solid #ddd}.bot{display:flex;justify-content:space-between;margin-top:6px}
.rc{width:55%;font-style:italic;font-size:8pt}.g td{font-weight:bold;border-top:1px solid #000}.sm{font-size:7pt}"""
    d.html = page(css, body, font="DejaVu Sans Condensed", size="9pt", landscape=True)
    return d


def f27() -> Doc:
    d = Doc("f27_tavho", "district_heating_multipage")
    d.number = "TH-2611-021557"
    d.issue, d.fulfil, d.due = dt(2026, 11, 6), dt(2026, 10, 31), dt(2026, 11, 21)
    st = taxno(2701, 2, 2)
    d.seller = Party("Mecseki Távhőszolgáltató Zrt.", "7630 Pécs, Edison u. 1.", st, hu_vat(st))
    bt = taxno(2702, 2, 2)
    d.buyer = Party("Pécsi Egyetemi Kollégiumok Üzemeltető Nonprofit Kft.", "7624 Pécs, Jakabhegyi út 6.", bt)
    d.add("Alapdíj - légtérfogat 18 420 légm³, 2026. október", 18420, "lm³", "22.40", 5)
    d.add("Hődíj - fűtés (hőmennyiségmérő szerint)", D("412.6"), "GJ", "4880", 5)
    d.add("Hődíj - használati melegvíz", D("96.2"), "GJ", "4880", 5)
    d.add("Vízfelmelegítés vízdíja", 1140, "m³", "212", 5)
    d.add("Késedelmi kamat tájékoztató (nem számlázott)", 1, "db", "0", 5)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 2) if qty else fmt(x, "sp", 0)
    meters = "".join(f"<tr><td>HMM-{4410 + i}</td><td>Kollégium {'ABCD'[i % 4]} ép.</td><td class=n>{fmt(D(10000 + i * 911), 'sp')}</td><td class=n>{fmt(D(10000 + i * 911 + 60 + i * 7), 'sp')}</td><td class=n>{60 + i * 7}</td></tr>" for i in range(6))
    body = f"""<div class="h"><b>MECSEKI TÁVHŐ</b><span>Számla · 1. oldal (összesítő) / 3</span></div>
<div class="cols"><div>{party(d, d.buyer, 'Felhasználó (vevő)')}<div>Felhasználó azonosító: 50-118-0044 · Díjfizető azonosító: 77012</div>
<div class="pay"><div class="ttl">Díjfizető (levelezési cím)</div>Pécsi Egyetemi Kollégiumok - Gazdasági Iroda, 7622 Pécs, Vasvári Pál u. 4.</div></div>
<div class="panel"><div>Számlaszám<b>{d.p(d.number)}</b></div><div>Számla kelte<b>{d.p(dfmt(d.issue, 'dotsp'))}</b></div><div>Teljesítés<b>{d.p(dfmt(d.fulfil, 'dotsp'))}</b></div>
<div>Fizetési határidő<b>{d.p(dfmt(d.due, 'dotsp'))}</b></div><div>Elszámolási időszak<b>2026. 10. 01. - 2026. 10. 31.</b></div></div></div>
<div class="big">Fizetendő összeg: {e(a(d.gross))} Ft</div>
{vat_table(d, ('ÁFA kulcs', 'Nettó', 'ÁFA', 'Bruttó'), a, 'Összesen')}
<p class="sm">A távhőszolgáltatás ÁFA-ja 5% (Áfa tv. 3. sz. melléklet I. rész). Szolgáltató: {d.p(d.seller.name)}, {e(d.seller.address)}, adószám {d.p(d.seller.tax)}, közösségi adószám {d.p(d.seller.vat)}. Bankszámla: 10402805-28014425-00000000.</p>
<div class="pb"></div><div class="h"><b>MECSEKI TÁVHŐ</b><span>Számla {e(d.number)} · 2. oldal / 3 · Tételek</span></div>
{table(d, dict(no='#', desc='Megnevezés', qty='Mennyiség', unit='Me', price='Egységár', net='Nettó', rate='ÁFA', vat='ÁFA', gross='Bruttó'), a)}
<div class="pb"></div><div class="h"><b>MECSEKI TÁVHŐ</b><span>Számla {e(d.number)} · 3. oldal / 3 · Mérőadatok</span></div>
<table class="items"><tr><th>Mérő</th><th>Hely</th><th class=n>Előző (GJ×10)</th><th class=n>Aktuális</th><th class=n>Különbség</th></tr>{meters}</table>
<p class="sm">Panaszügyintézés: Baranya Megyei Kormányhivatal Fogyasztóvédelmi Főosztály. Ügyfélszolgálat: 72/555-555.</p>"""
    css = """.h{display:flex;justify-content:space-between;border-bottom:2px solid #d40;padding:3px 0;color:#d40}.cols{display:flex;gap:8mm;margin:6px 0}.cols>div:first-child{flex:3}
.panel{flex:2;background:#fdeee6;padding:5px}.panel div{display:flex;justify-content:space-between;border-bottom:1px solid #f3c9b3;padding:2px 0}.ttl{font-size:7pt;color:#d40}.nm{font-weight:bold}
.pay{margin-top:6px;font-size:8pt}.big{font-size:15pt;font-weight:bold;color:#d40;margin:8px 0}table.vat,table.items{width:100%}table.vat th,table.items th{border-bottom:1px solid #d40}.tot td{font-weight:bold}.sm{font-size:7pt}"""
    d.html = page(css, body, font="DejaVu Sans", size="9pt")
    return d


def f28() -> Doc:
    d = Doc("f28_korhaz", "hospital_occupational_health")
    d.number = "KH-2026-FOGL-0931"
    d.issue, d.fulfil, d.due = dt(2026, 11, 27), dt(2026, 11, 20), dt(2026, 12, 12)
    st = taxno(2801, 4, 13, first="15")
    d.seller = Party("Dunakanyar Városi Kórház és Rendelőintézet", "2600 Vác, Argenti Döme tér 1-3.", st)
    bt = taxno(2802, 2, 13)
    d.buyer = Party("Váci Cementipari és Kőfeldolgozó Zrt.", "2600 Vác, Kőhíd út 10.", bt, hu_vat(bt))
    d.add("Foglalkozás-egészségügyi időszakos vizsgálat", 64, "fő", "9500", "TAM")
    d.add("Laborvizsgálat (vérkép, vércukor)", 64, "fő", "3800", "TAM")
    d.add("Audiometria", 22, "fő", "4500", "TAM")
    d.add("Parkolóhely bérlet - céges gépjármű", 2, "hó", "12000", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "dot", 0)
    body = f"""<table class="hd"><tr><td class="l"><b>{d.p(d.seller.name)}</b><br>{e(d.seller.address)}<br>Adószám: {d.p(d.seller.tax)}<br>Törzskönyvi azonosító: 641223 · NEAK kód: 1302</td>
<td class="r"><h1>SZÁMLA</h1>Számla száma: <b>{d.p(d.number)}</b></td></tr></table>
<table class="three"><tr><td><i>Kiállítás</i><br>{d.p(dfmt(d.issue, 'long'))}</td><td><i>Teljesítés</i><br>{d.p(dfmt(d.fulfil, 'long'))}</td><td><i>Fizetési határidő</i><br>{d.p(dfmt(d.due, 'long'))}</td></tr></table>
<div class="v">{party(d, d.buyer, 'Vevő (megrendelő)')}<div>Szerződés: FE-12/2025 · Költséghely: HR-Munkavédelem</div></div>
{table(d, dict(no='Ssz', desc='Megnevezés', qty='Menny.', unit='Me', price='Egységár', net='Nettó', rate='ÁFA', vat='ÁFA', gross='Bruttó'), a)}
<p class="sm">TAM: tárgyi adómentes humán-egészségügyi szolgáltatás, Áfa tv. 85. § (1) b) pont.</p>
{vat_table(d, ('Kulcs', 'Nettó', 'ÁFA', 'Bruttó'), a, 'Összesen')}
<p class="b">Fizetendő: {e(a(d.gross))} Ft · MÁK számla: 10032000-01490771-00000000</p>"""
    css = """table.hd{width:100%;border-bottom:1px solid #070}.l{font-size:8pt}.r{text-align:right}h1{margin:0;color:#070;font-size:20pt}table.three{width:100%;margin:6px 0}table.three td{border:1px solid #070;padding:4px;width:33%}
.v{border:1px solid #aaa;padding:5px;margin-bottom:6px}.ttl{font-size:7pt}.nm{font-weight:bold}table.items{width:100%}table.items th{border-bottom:2px solid #070}table.vat{margin-left:auto}.tot{font-weight:bold}.sm{font-size:7pt}.b{font-weight:bold;text-align:right}"""
    d.html = page(css, body, font="DejaVu Serif Condensed", size="9pt")
    return d


def f30() -> Doc:
    d = Doc("f30_credit_note_bilingual", "credit_note_english_first", kind="correction")
    d.number = "CN-HU-2026-00117"
    d.preceding = "INV-HU-2026-04412"
    d.issue, d.fulfil, d.due = dt(2026, 11, 30), dt(2026, 11, 12), dt(2026, 12, 30)
    st = taxno(3001, 2, 41)
    d.seller = Party("CloudNest Data Centre Hungary Kft.", "1097 Budapest, Könyves Kálmán krt. 12-14.", st, hu_vat(st))
    bt = taxno(3002, 2, 41)
    d.buyer = Party("Fővárosi Online Kereskedelmi és Webáruház Zrt.", "1134 Budapest, Lehel u. 11.", bt, hu_vat(bt))
    d.add("Colocation rack - SLA credit (downtime 11/03) / Kolokációs szekrény - SLA jóváírás", -1, "pc", "148000", 27)
    d.add("Bandwidth overage reversed / Sávszélesség túllépés visszaírása", -1, "pc", "36500", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 2, neg="()")
    body = f"""<div class="h"><div>CloudNest</div><div class="r">CREDIT NOTE<br><span>Módosító számla (helyesbítő)</span></div></div>
<table class="info"><tr><th>Credit note no. / Bizonylatszám</th><td>{d.p(d.number)}</td><th>Original invoice / Eredeti számla</th><td>{d.p(d.preceding)}</td></tr>
<tr><th>Date of issue / Kelt</th><td>{d.p(dfmt(d.issue, 'en_long'))}</td><th>Delivery date / Teljesítés</th><td>{d.p(dfmt(d.fulfil, 'en_long'))}</td></tr>
<tr><th>Due date / Fizetési határidő</th><td>{d.p(dfmt(d.due, 'en_long'))}</td><th>Reason / Módosítás oka</th><td>SLA service credit / szolgáltatási jóváírás</td></tr></table>
<div class="pp">{party(d, d.seller, 'Seller / Eladó', 'Tax ID / Adószám:', 'EU VAT ID / Közösségi adószám:')}{party(d, d.buyer, 'Customer / Vevő', 'Tax ID / Adószám:', 'EU VAT ID / Közösségi adószám:')}</div>
{table(d, dict(no='#', desc='Description / Megnevezés', qty='Qty', unit='Unit', price='Unit price / Egységár', net='Net / Nettó', rate='VAT / ÁFA', vat='VAT amount / ÁFA', gross='Gross / Bruttó'), a)}
<table class="t"><tr><td>Net change / Nettó változás</td><td class="n">HUF {d.p(a(d.net))}</td></tr><tr><td>VAT change / ÁFA változás</td><td class="n">HUF {d.p(a(d.vat))}</td></tr>
<tr class="g"><td>Total credited / Jóváírt végösszeg</td><td class="n">HUF {d.p(a(d.gross))}</td></tr></table>
<p class="sm">The credited amount will be offset against the next invoice. / A jóváírt összeget a következő számlában beszámítjuk. Page 1 of 1 · Customer ID CN-00891 · IBAN HU69 1200 0000 0000 1111 2222 3333</p>"""
    css = """.h{display:flex;justify-content:space-between;font:bold 20pt 'DejaVu Sans';color:#08a}.r{text-align:right;font-size:14pt}.r span{font-size:9pt;color:#555}
table.info{width:100%;margin:6px 0;font-size:8pt}table.info th{text-align:left;color:#08a;font-weight:normal}.pp{display:grid;grid-template-columns:1fr 1fr;gap:6mm}.party{border-top:3px solid #08a;padding-top:3px}.ttl{font-size:7.5pt;color:#08a}.nm{font-weight:bold}
table.items{width:100%;margin-top:8px;font-size:8pt}table.items th{border-bottom:1px solid #08a}table.t{margin-left:auto;margin-top:6px}.g td{font-weight:bold;border-top:1px solid #08a}.sm{font-size:7pt}"""
    d.html = page(css, body, font="DejaVu Sans", size="9pt")
    return d

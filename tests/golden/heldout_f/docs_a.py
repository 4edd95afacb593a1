"""Set F documents 01-10: utilities, telecom, fuel card, logistics, SAP, foreign suppliers, hotel."""

from __future__ import annotations

from datetime import date as dt

from .blocks import page, party, table, vat_table
from .core import D, Doc, Party, dfmt, e, fmt, hu_vat, q, taxno


def f01() -> Doc:
    d = Doc("f01_aram_elszamolo", "utility_settlement")
    d.number = "EL2611-0048372"
    d.issue, d.fulfil, d.due = dt(2026, 11, 3), dt(2026, 10, 31), dt(2026, 11, 18)
    st = taxno(101, 2, 44)
    d.seller = Party("Dunamenti Villamosenergia Kereskedelmi Zrt.", "1134 Budapest, Váci út 41.", st, hu_vat(st))
    bt = taxno(102, 2, 13)
    d.buyer = Party("Pilisborosi Üvegfeldolgozó Kft.", "2097 Pilisborosjenő, Ipari park 7.", bt)
    d.add("Villamos energia - zónaidő I. (nappal) 2026.09.01-2026.10.31", 18420, "kWh", "58.4", 27)
    d.add("Villamos energia - zónaidő II. (éjszaka) 2026.09.01-2026.10.31", 9310, "kWh", "41.2", 27)
    d.add("Rendszerhasználati díj - átviteli", 27730, "kWh", "3.18", 27)
    d.add("Rendszerhasználati díj - elosztói forgalmi", 27730, "kWh", "9.86", 27)
    d.add("Teljesítménydíj 63 A", 2, "hó", "28450", 27)
    d.add("Pénzeszközök (KÁT, szénipari, VET 147. §)", 27730, "kWh", "2.07", 27)
    d.add("Részszámlákban már számlázott mennyiség levonása", -19000, "kWh", "49.9", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp")
    body = f"""
<div class="hdr"><div class="logo">DUNAMENTI<br><small>energia</small></div>
<div class="ttl">ELSZÁMOLÓ SZÁMLA<br><span>villamos energia egyetemes szolgáltatáson kívül</span></div>
<div class="box">Eredeti példány<br>Oldal 1 / 3</div></div>
<div class="grid">
 <div class="cell"><b>Számla sorszáma</b><br>{d.p(d.number)}</div>
 <div class="cell"><b>Számla kelte</b><br>{d.p(dfmt(d.issue, 'dot'))}</div>
 <div class="cell"><b>Teljesítés időpontja</b><br>{d.p(dfmt(d.fulfil, 'dot'))}</div>
 <div class="cell"><b>Fizetési határidő</b><br>{d.p(dfmt(d.due, 'dot'))}</div>
 <div class="cell"><b>Elszámolt időszak</b><br>2026.09.01. - 2026.10.31.</div>
 <div class="cell"><b>Ügyfélazonosító</b><br>30011-842271</div>
 <div class="cell"><b>Felhasználási hely (POD)</b><br>HU000130F11-S00000000000002791443</div>
 <div class="cell"><b>Szerződésszám</b><br>VSZ-2024/118830</div>
</div>
<div class="two">{party(d, d.seller, 'Kereskedő (eladó)')}
{party(d, d.buyer, 'Vevő / felhasználó')}</div>
<div class="two"><div class="party"><div class="ttl">Felhasználási hely címe</div>2097 Pilisborosjenő, Ipari park 7. - B csarnok</div>
<div class="party"><div class="ttl">Levelezési cím</div>Pilisborosi Üvegfeldolgozó Kft. Pénzügy, 2097 Pilisborosjenő, Pf. 12.</div></div>
<h2>Összesítő</h2>
<table class="sum"><tr><td>Villamosenergia-díj és rendszerhasználati díjak (nettó)</td><td class="n">{d.p(a(d.net))} Ft</td></tr>
<tr><td>Általános forgalmi adó 27%</td><td class="n">{d.p(a(d.vat))} Ft</td></tr>
<tr class="big"><td>Fizetendő összeg (bruttó)</td><td class="n">{d.p(a(d.gross))} Ft</td></tr></table>
<p>Az összeget kérjük a Dunamenti Villamosenergia Zrt. 10918001-00000123-45670001 számú számlájára átutalni.
Közlemény: 30011-842271. Korábbi egyenleg: 0 Ft. A részletes elszámolást a 2. és 3. oldal tartalmazza.</p>
<div class="qr">[QR]</div>
<div class="foot">Dunamenti Villamosenergia Kereskedelmi Zrt. - Cg. 01-10-049921 - Ügyfélszolgálat: 06 80 300 300</div>
<div class="pb"></div>
<div class="hdr small"><div>Elszámoló számla {e(d.number)} - részletező</div><div class="box">Oldal 2 / 3</div></div>
<h2>Mérőállások</h2>
<table class="items"><tr><th>Mérő gyári szám</th><th>Zóna</th><th>Előző leolvasás</th><th class="n">Előző állás</th><th>Aktuális leolvasás</th><th class="n">Aktuális állás</th><th class="n">Szorzó</th><th class="n">Fogyasztás (kWh)</th></tr>
<tr><td>ELM-77120431</td><td>I.</td><td>2026.08.31.</td><td class="n">412 880</td><td>2026.10.31.</td><td class="n">431 300</td><td class="n">1</td><td class="n">18 420</td></tr>
<tr><td>ELM-77120431</td><td>II.</td><td>2026.08.31.</td><td class="n">188 041</td><td>2026.10.31.</td><td class="n">197 351</td><td class="n">1</td><td class="n">9 310</td></tr></table>
<h2>Tételes elszámolás</h2>
{table(d, dict(desc='Megnevezés', qty='Mennyiség', unit='Me.', price='Egységár (Ft)', net='Nettó (Ft)', rate='ÁFA', vat='ÁFA (Ft)', gross='Bruttó (Ft)'), a)}
<div class="pb"></div>
<div class="hdr small"><div>Elszámoló számla {e(d.number)} - ÁFA összesítő és tájékoztató</div><div class="box">Oldal 3 / 3</div></div>
<h2>ÁFA összesítő</h2>
{vat_table(d, ('ÁFA kulcs', 'Nettó érték', 'ÁFA összeg', 'Bruttó érték'), a, 'Összesen', record=False)}
<p>Részszámlák a időszakban: EL2609-0031188 (2026.09.05.), EL2610-0040210 (2026.10.05.). Tájékoztató: az átlagos napi fogyasztás 454,6 kWh.
Panasz esetén forduljon a Magyar Energetikai és Közmű-szabályozási Hivatalhoz.</p>
"""
    css = """.hdr{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #0a5;padding-bottom:4px}
.logo{font:bold 18pt 'DejaVu Sans';color:#0a5}.ttl{font-size:13pt;font-weight:bold;text-align:center}.ttl span{font-size:8pt;font-weight:normal}
.box{border:1px solid #333;padding:3px 6px}.small{font-size:8pt}.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:2px;margin:6px 0}
.cell{background:#eef7f1;padding:3px}.two{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin:5px 0}.party{border:1px solid #9c9;padding:4px}
.party .ttl{font-size:8pt;text-align:left;color:#0a5}.nm{font-weight:bold}h2{font-size:10pt;color:#0a5;margin:8px 0 3px}
table.sum{width:60%}table.sum td{padding:3px;border-bottom:1px solid #ccc}.big td{font-size:12pt;font-weight:bold}
table.items,table.vat{width:100%;font-size:7.5pt}table.items th,table.vat th{background:#0a5;color:#fff;padding:2px}
table.items td,table.vat td{border-bottom:1px solid #ddd;padding:2px}.qr{width:25mm;height:25mm;border:1px dashed #888;margin-top:6px}
.foot{position:fixed;bottom:0;font-size:7pt;color:#555}"""
    d.html = page(css, body)
    return d


def f02() -> Doc:
    d = Doc("f02_aram_reszszamla", "utility_partial_private")
    d.number = "RSZ/2026/9911024"
    d.issue, d.fulfil, d.due = dt(2026, 11, 5), dt(2026, 11, 5), dt(2026, 11, 20)
    st = taxno(201, 2, 41)
    d.seller = Party("Alföldi Áramszolgáltató Nyrt.", "6720 Szeged, Kárász u. 9.", st, hu_vat(st))
    d.buyer = Party("Kovácsné Szabó Erzsébet", "6724 Szeged, Pulz utca 18. 3/9.")
    d.add("Részszámla - villamos energia (becsült) 2026.11.", 210, "kWh", "36.0", 27)
    d.add("Rendszerhasználati díjak (becsült)", 210, "kWh", "14.5", 27)
    d.add("Pénzeszközök", 210, "kWh", "2.1", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "dot")
    body = f"""
<table class="top"><tr><td class="big">Részszámla</td><td class="r">Számlaszám: <b>{d.p(d.number)}</b><br>
Kiállítás dátuma: {d.p(dfmt(d.issue, 'long'))}<br>Teljesítés dátuma: {d.p(dfmt(d.fulfil, 'long'))}<br>
Befizetési határidő: <b>{d.p(dfmt(d.due, 'long'))}</b></td></tr></table>
<div class="addr"><b>{d.p(d.buyer.name)}</b><br>{e(d.buyer.address)}</div>
<div class="info">Felhasználó azonosító: 4001223301 &nbsp; Mérési pont azonosító: HU000210F11-S00000000000001122334 &nbsp; Díjcsomag: A1 általános</div>
<table class="items"><tr><th>Tétel</th><th class="n">Mennyiség</th><th>Me.</th><th class="n">Egységár</th><th class="n">Nettó</th><th class="n">ÁFA %</th><th class="n">ÁFA</th><th class="n">Bruttó</th></tr>
{''.join(f'<tr><td>{e(l.desc)}</td><td class="n">{l.qty}</td><td>{l.unit}</td><td class="n">{fmt(l.price, "dot", 2)}</td><td class="n">{a(l.net)}</td><td class="n">27</td><td class="n">{a(l.vat)}</td><td class="n">{a(l.gross)}</td></tr>' for l in d.lines)}
</table>
<table class="tot"><tr><td>Nettó összesen:</td><td class="n">{d.p(a(d.net))} HUF</td></tr><tr><td>ÁFA összesen (27%):</td><td class="n">{d.p(a(d.vat))} HUF</td></tr>
<tr class="g"><td>Fizetendő:</td><td class="n">{d.p(a(d.gross))} HUF</td></tr></table>
<div class="pb"></div>
<h3>Tájékoztató - 2. oldal / 2</h3>
<p>Következő részszámla várható kelte: 2026. december 5. Elszámoló számla: 2027. február. Éves becsült fogyasztás: 2 520 kWh.</p>
<table class="items"><tr><th>Időszak</th><th class="n">kWh</th></tr><tr><td>2026. 09.</td><td class="n">198</td></tr><tr><td>2026. 10.</td><td class="n">204</td></tr><tr><td>2026. 11.</td><td class="n">210</td></tr></table>
<div class="seller">Szolgáltató: <b>{d.p(d.seller.name)}</b>, {e(d.seller.address)}, adószám: {d.p(d.seller.tax)},
közösségi adószám: {d.p(d.seller.vat)}, Cg. 06-10-000118, bankszámla: 11600006-00000000-12345678</div>
"""
    css = """.top{width:100%}.big{font:bold 24pt 'DejaVu Serif';color:#b30}.r{text-align:right;line-height:1.5}
.addr{margin:14mm 0 6mm 0;font-size:11pt;border-left:4px solid #b30;padding-left:8px}.info{font-size:8pt;background:#f4e4de;padding:4px}
table.items{width:100%;margin-top:6px}table.items th{border-bottom:2px solid #b30;text-align:left}table.items td{padding:2px;border-bottom:1px dotted #aaa}
table.tot{margin-left:auto;margin-top:6px;font-size:10pt}.g td{font-weight:bold;font-size:13pt;border-top:2px solid #000}
.seller{position:fixed;bottom:0;font-size:7pt;border-top:1px solid #999;padding-top:2px}"""
    d.html = page(css, body, font="DejaVu Serif", size="9.5pt")
    return d


def f03() -> Doc:
    d = Doc("f03_mobil_reszletezo", "telecom_summary_calls")
    d.number = "M26-11-00457812"
    d.issue, d.fulfil, d.due = dt(2026, 11, 2), dt(2026, 10, 31), dt(2026, 11, 17)
    st = taxno(301, 2, 44)
    d.seller = Party("Hírvonal Mobil Távközlési Zrt.", "1117 Budapest, Infopark sétány 5.", st, hu_vat(st))
    bt = taxno(302, 2, 42)
    d.buyer = Party("Kelet-Magyarországi Építőipari és Mélyépítő Kft.", "4025 Debrecen, Piac utca 51.", bt, hu_vat(bt))
    d.add("Üzleti Flotta XL havidíj (12 előfizetés)", 12, "db", "7990", 27)
    d.add("Belföldi hívások díjköteles percei", 1384, "perc", "12", 27)
    d.add("Mobilinternet kiegészítő 20 GB", 5, "db", "3490", 27)
    d.add("Roaming EU - díjmentes (tájékoztató)", 1, "db", "0", 27)
    d.add("SMS díj", 211, "db", "25", 27)
    d.add("Készülékrészlet - 3/24. részlet", 2, "db", "9055", 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 2)
    rows = []
    nums = ["+36 30 555 0101", "+36 30 555 0102", "+36 30 555 0107"]
    for i in range(118):
        rows.append(f"<tr><td>2026.10.{(i % 30) + 1:02d}. {8 + i % 10:02d}:{(i * 7) % 60:02d}</td><td>{nums[i % 3]}</td>"
                    f"<td>+36 1 {400 + i} {1000 + i * 13}</td><td>Belföldi hívás</td><td class=n>{(i * 37) % 600 + 20} mp</td><td class=n>{fmt(D((i * 3) % 40 + 4), 'sp', 2)}</td></tr>")
    body = f"""
<div class="band">HÍRVONAL <span>Mobil</span></div>
<div class="wrap"><div class="left">
<h1>Számla</h1>
<div class="bill">{party(d, d.buyer, 'Számlafizető / Vevő:', 'Adószám:', 'EU adószám:')}</div>
<p>Ügyfélszám: 1.402.778.301 &nbsp;·&nbsp; Keretszerződés: KSZ-2025-0042</p>
<h3>Számlaösszesítő</h3>
{vat_table(d, ('ÁFA-kulcs', 'Nettó', 'ÁFA', 'Bruttó'), a, 'Összesen')}
<div class="pay">Fizetendő: {e(a(d.gross))} Ft</div>
<p class="sm">Az előfizetők részletes hívásforgalmát a 2-3. oldal tartalmazza. A számla elektronikus úton került kiállításra.</p>
</div><div class="right">
<div class="k">Számla sorszáma</div><div class="v">{d.p(d.number)}</div>
<div class="k">Számla kelte</div><div class="v">{d.p(dfmt(d.issue, 'dotsp'))}</div>
<div class="k">Teljesítési időpont</div><div class="v">{d.p(dfmt(d.fulfil, 'dotsp'))}</div>
<div class="k">Fizetési határidő</div><div class="v">{d.p(dfmt(d.due, 'dotsp'))}</div>
<div class="k">Számlázási időszak</div><div class="v">2026. 10. 01. - 2026. 10. 31.</div>
<div class="k">Fizetési mód</div><div class="v">átutalás</div>
<div class="k">Bankszámla</div><div class="v">HU42 1170 0024 2000 0042 0000 0000</div>
<div class="sellerbox">{party(d, d.seller, 'Szolgáltató', 'Adószám:', 'Közösségi adószám:')}</div>
</div></div>
<div class="pb"></div>
<h3>Számlarészletező - tételek (2 / 3)</h3>
{table(d, dict(no='#', desc='Szolgáltatás', qty='Menny.', unit='Egys.', price='Egységár', net='Nettó', rate='ÁFA', vat='ÁFA összeg', gross='Bruttó'), a)}
<h3>Hívásrészletező</h3>
<table class="calls"><tr><th>Időpont</th><th>Hívó</th><th>Hívott</th><th>Típus</th><th>Időtartam</th><th>Díj (nettó)</th></tr>{''.join(rows)}</table>
<p class="sm">A hívásrészletező tájékoztató jellegű; a díjköteles percek összesítve szerepelnek a számlán.</p>
"""
    css = """.band{background:#402080;color:#fff;font:bold 16pt 'DejaVu Sans';padding:6px}.band span{font-weight:normal}
.wrap{display:flex;gap:8mm}.left{flex:2}.right{flex:1;background:#f0ecf8;padding:6px}h1{font-size:20pt;margin:6px 0;color:#402080}
.k{font-size:7pt;color:#555;margin-top:5px}.v{font-weight:bold}.bill{border:1px solid #402080;padding:5px}.ttl{font-size:7.5pt;color:#402080}.nm{font-weight:bold}
table.vat{width:100%}table.vat th{border-bottom:1px solid #402080}.tot{font-weight:bold;border-top:1px solid #000}
.pay{font-size:14pt;font-weight:bold;margin:8px 0;color:#402080}.sm{font-size:7pt}.sellerbox{margin-top:12px;font-size:8pt}
table.items,table.calls{width:100%;font-size:7pt}table.items th,table.calls th{background:#ddd}table.calls td{padding:1px 3px}"""
    d.html = page(css, body, font="DejaVu Sans Condensed", size="8.5pt")
    return d


def f04() -> Doc:
    d = Doc("f04_uzemanyag_gyujto", "fuelcard_collective_landscape")
    d.number = "GYSZ-2026-10-004417"
    d.issue, d.fulfil, d.due = dt(2026, 11, 4), dt(2026, 10, 31), dt(2026, 11, 19)
    st = taxno(401, 2, 44)
    d.seller = Party("PannonPetrol Üzemanyag-kereskedelmi Zrt.", "1095 Budapest, Soroksári út 112.", st, hu_vat(st))
    bt = taxno(402, 2, 8)
    d.buyer = Party("Rábaközi Szállítmányozó és Raktározó Bt.", "9330 Kapuvár, Fő tér 3.", bt, hu_vat(bt))
    kuts = ["Győr, Budai út", "Mosonmagyaróvár M1", "Tatabánya M1 Dél", "Budapest Hungária krt.", "Kapuvár, Fertőd u."]
    plates = ["AA BC-112", "AB KL-430", "RXT-551"]
    for i in range(66):
        prod = ["Gázolaj EN590", "Gázolaj EN590", "AdBlue", "Autópálya e-matrica D2 (éves megyei)", "Benzin 95"][i % 5]
        qty = D(str(40 + (i * 13) % 380)) + D(str((i * 7) % 100)) / 100
        price = {"Gázolaj EN590": "492.91", "AdBlue": "192.13", "Benzin 95": "478.74"}.get(prod, "4000")
        if prod.startswith("Autópálya"):
            qty = D(1)
        d.add(f"2026.10.{i % 28 + 1:02d}. {kuts[i % 5]} | {plates[i % 3]} | kártya ...{4410 + i % 4} | {prod}", qty,
              "db" if prod.startswith("Autópálya") else "l", price, 27)
    d.totals()
    a = lambda x, qty=False: fmt(x, "sp", 2) if qty else fmt(x, "sp")
    per = [d.lines[:24], d.lines[24:48], d.lines[48:]]
    body = ""
    carried = D(0)
    for pi, chunk in enumerate(per, 1):
        sub_net = sum((l.net for l in chunk), D(0))
        head = f"""<div class="h"><div><b>PannonPetrol</b> üzemanyagkártya - GYŰJTŐSZÁMLA</div>
<div>Számlaszám: {d.p(d.number) if pi == 1 else e(d.number)}</div><div>Oldal {pi}/3</div></div>"""
        if pi == 1:
            head += f"""<table class="hd"><tr><td>{party(d, d.seller, 'Eladó')}</td><td>{party(d, d.buyer, 'Vevő')}</td>
<td><div class="ttl">Bizonylat adatai</div>Kelt: {d.p(dfmt(d.issue, 'iso'))}<br>Teljesítés: {d.p(dfmt(d.fulfil, 'iso'))}<br>
Fizetési határidő: {d.p(dfmt(d.due, 'iso'))}<br>Elszámolási időszak: 2026-10-01 - 2026-10-31<br>Kártyaszerződés: KT-77812</td></tr></table>"""
        else:
            head += f'<p class="carry">Áthozat (nettó): {fmt(carried, "sp")} Ft</p>'
        body += head + table(d, dict(no='Ssz.', desc='Dátum | Kút | Rendszám | Kártya | Termék', qty='Mennyiség', unit='Me.',
                                     price='Nettó egységár', net='Nettó', rate='ÁFA', vat='ÁFA összeg', gross='Bruttó'),
                             a, lines=chunk, start=1 + sum(len(c) for c in per[:pi - 1]))
        carried += sub_net
        if pi < 3:
            body += f'<p class="carry">Átvitel (nettó): {fmt(carried, "sp")} Ft</p><div class="pb"></div>'
    body += f"""<div class="fin">{vat_table(d, ('ÁFA kulcs', 'Nettó összeg', 'ÁFA összeg', 'Bruttó összeg'), a, 'Mindösszesen')}
<p class="b">Bruttó végösszeg: {e(a(d.gross))} Ft - Fizetési mód: átutalás / csoportos beszedés. EKAER: nem köteles.</p></div>"""
    css = """.h{display:flex;justify-content:space-between;background:#c60;color:#fff;padding:3px 6px;font-size:9pt}
table.hd{width:100%;margin:4px 0}table.hd td{vertical-align:top;width:33%;border:1px solid #c60;padding:4px}.ttl{font-weight:bold;color:#c60}
table.items{width:100%;font-size:7pt}table.items th{border-bottom:1px solid #000;background:#fde}table.items td{padding:0 3px;border-bottom:1px solid #eee}
.carry{text-align:right;font-weight:bold;margin:2px 0}.fin{width:55%;margin-left:auto}table.vat{width:100%}.tot td{font-weight:bold;border-top:2px solid #000}.b{font-weight:bold}"""
    d.html = page(css, body, font="DejaVu Sans Mono", size="7.5pt", landscape=True)
    return d


def f05() -> Doc:
    d = Doc("f05_fuvar_eur", "forwarder_eur_huf", currency="EUR")
    d.number = "TRF-26/03318"
    d.issue, d.fulfil, d.due = dt(2026, 11, 6), dt(2026, 11, 2), dt(2026, 12, 6)
    st = taxno(501, 2, 9)
    d.seller = Party("Hajdú Trans Logisztikai Kft.", "4031 Debrecen, Határ út 1/B.", st, hu_vat(st))
    bt = taxno(502, 2, 13)
    d.buyer = Party("Gödöllői Gépalkatrész Gyártó Zrt.", "2100 Gödöllő, Dózsa György út 180.", bt, hu_vat(bt))
    d.add("Belföldi közúti fuvar Debrecen - Gödöllő, 2 raklap, CMR 448120", 1, "fuvar", "385.00", 27)
    d.add("Rakodás, raktári kezelés 3 nap", 3, "nap", "42.50", 27)
    d.add("Üzemanyag-pótlék 6,5%", 1, "db", "25.03", 27)
    d.add("Útdíj áthárítás (HU-GO)", 1, "db", "61.40", 27)
    d.totals()
    rate = D("391.28")
    a = lambda x, qty=False: fmt(x, "dot", 2)
    body = f"""
<div class="title"><div>HAJDÚ TRANS</div><div class="t">SZÁMLA<br><small>eredeti</small></div></div>
<table class="meta"><tr><th>Számla száma</th><th>Számla kelte</th><th>Teljesítés dátuma</th><th>Fizetési határidő</th><th>Pénznem</th><th>Fizetési mód</th></tr>
<tr><td>{d.p(d.number)}</td><td>{d.p(dfmt(d.issue, 'de'))}</td><td>{d.p(dfmt(d.fulfil, 'de'))}</td><td>{d.p(dfmt(d.due, 'de'))}</td><td>EUR</td><td>átutalás</td></tr></table>
<div class="pp">{party(d, d.seller, 'Szállító / Eladó')}{party(d, d.buyer, 'Megrendelő / Vevő')}</div>
<p>Megrendelés szám (PO): 4500912288 &nbsp; Fuvarmegbízás: HT-M-2026-1177 &nbsp; EKAER: E2026110200318X</p>
{table(d, dict(no='#', desc='Megnevezés', qty='Menny.', unit='Me.', price='Egységár EUR', net='Nettó EUR', rate='ÁFA', vat='ÁFA EUR', gross='Bruttó EUR'), a)}
<table class="sum"><tr><th></th><th class="n">EUR</th><th class="n">HUF</th></tr>
<tr><td>Nettó összesen</td><td class="n">{d.p(a(d.net))}</td><td class="n">{fmt(q(d.net * rate), 'sp')}</td></tr>
<tr><td>ÁFA 27%</td><td class="n">{d.p(a(d.vat))}</td><td class="n">{fmt(q(d.vat * rate), 'sp')}</td></tr>
<tr class="g"><td>Bruttó végösszeg</td><td class="n">{d.p(a(d.gross))} EUR</td><td class="n">{fmt(q(d.gross * rate), 'sp')} Ft</td></tr></table>
<p class="sm">Alkalmazott árfolyam: 1 EUR = 391,28 HUF (MNB, 2026.11.02.). Az ÁFA forintban: {fmt(q(d.vat * rate), 'sp')} Ft.
Bank: OTP Bank Nyrt., IBAN: HU93 1176 3000 0000 0000 5511 2200, SWIFT: OTPVHUHB (EUR számla).</p>
<div class="foot">Hajdú Trans Logisztikai Kft. · Cg. 09-09-018832 · www.hajdutrans.example</div>"""
    css = """.title{display:flex;justify-content:space-between;font:bold 20pt 'DejaVu Serif';border-bottom:1px solid #000}.t{text-align:right;font-size:16pt}
table.meta{width:100%;margin:6px 0;border:1px solid #000}table.meta th{font-size:7pt;background:#ddd;border:1px solid #000}table.meta td{border:1px solid #000;text-align:center;padding:3px}
.pp{display:grid;grid-template-columns:1fr 1fr;gap:0}.party{border:1px solid #000;padding:5px;min-height:28mm}.ttl{font-size:7pt;text-transform:uppercase}.nm{font-weight:bold;font-size:10.5pt}
table.items{width:100%;margin-top:6px}table.items th{border-top:1px solid #000;border-bottom:1px solid #000}table.sum{margin-left:auto;margin-top:6px}table.sum td{padding:2px 8px}.g td{font-weight:bold;border-top:1px double #000}
.sm{font-size:7.5pt}.foot{position:fixed;bottom:0;font-size:7pt}"""
    d.html = page(css, body, size="9pt")
    return d

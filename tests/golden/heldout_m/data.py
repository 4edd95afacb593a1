# ruff: noqa
"""The 30 invented invoices of blind set M (professional services, property, automotive)."""
from .common import taxno, euvat


def P(name, addr, tax=None, vat=None, **kw):
    d = {"name": name, "addr": addr, "tax": tax, "vat": vat}
    d.update(kw)
    return d


# ---------------------------------------------------------------- parties (all invented)
T_LAW = taxno("1839027", 2, "42")
T_AUDIT = taxno("2460715", 2, "43")
T_PIXEL = taxno("2708364", 2, "41")
T_IRODAPARK = taxno("1495273", 2, "41")
T_RAKTAR = taxno("2311850", 2, "13")
T_GONDNOK = taxno("1076429", 2, "44")
T_ORSZEM = taxno("2593106", 2, "08")
T_KAPTAR = taxno("2874512", 2, "42")
T_BER = taxno("2215637", 2, "09")
T_LINGVA = taxno("1358904", 2, "41")
T_NYOMDA = taxno("1129485", 2, "07")
T_DUNA = taxno("2650371", 2, "43")
T_CSAVAR = taxno("2981264", 2, "13")
T_AUTOHAZ = taxno("1047318", 2, "44")
T_LIZING = taxno("1402859", 4, "44")
T_GUMI = taxno("2733018", 2, "05")
T_FLOTTA = taxno("1263947", 2, "44")
T_ALKUSZ = taxno("2147596", 1, "42")
T_BELSOTER = taxno("2529741", 2, "41")
T_KARDAN = taxno("2096853", 2, "19")
T_SZABO = taxno("5583102", 1, "33")

# buyers
T_B1 = taxno("1305682", 2, "41")   # Kőhíd Logisztika Zrt.
T_B2 = taxno("2417930", 2, "42")   # Tölgyesi Bútorgyártó Kft.
T_B3 = taxno("1688214", 2, "43")   # Napkelte Pékség Kft.
T_B4 = taxno("2290475", 2, "41")   # Zöldmező Agrárbank Zrt. (buyer)
T_B5 = taxno("2566081", 2, "08")   # Rábaközi Gépipari Kft.
T_B6 = taxno("1733409", 2, "44")   # Alföldi Ásványvíz Zrt.
T_B7 = taxno("2840157", 2, "13")   # Hegyvidéki Fogászati Centrum Kft.
T_B8 = taxno("1194736", 2, "42")   # Vértes Kiadó Kft.
T_B9 = taxno("2623598", 2, "01")   # Lámpás Szoftverház Kft.
T_B10 = taxno("1457820", 4, "44")  # Pannon Életbiztosító Zrt.
T_B11 = taxno("2371904", 2, "41")  # Szivárvány Egészségpénztár? -> Fényes Tanácsadó Kft.
T_B12 = taxno("2918063", 2, "09")  # Hajdúsági Kertépítő Bt.
T_B13 = taxno("2058731", 2, "16")  # Mátrai Fuvarozó Kft.


SELLER_LAW = P("Dr. Bánhidi és Társa Ügyvédi Iroda", ["1054 Budapest", "Honvéd utca 38. II. em. 4."], T_LAW,
               bank="Gránit Bank 12100011-10457218-00000000", phone="+36 1 555 0184",
               web="www.banhidi-ugyved.hu", email="iroda@banhidi-ugyved.hu")
SELLER_AUDIT = P("Rávai Audit Könyvvizsgáló Kft.", ["1117 Budapest", "Fehérvári út 84/B."], T_AUDIT, euvat(T_AUDIT),
                 bank="OTP Bank 11711034-20718355-00000000", reg="Cg. 01-09-334817", kamara="MKVK nyt. szám: 004512")
SELLER_PIXEL = P("Pixelhajó Marketing Ügynökség Kft.", ["1036 Budapest", "Lajos utca 66. 3. em."], T_PIXEL, euvat(T_PIXEL),
                 bank="K&H Bank 10404065-50526782-71651008", reg="Cg. 01-09-298114", web="pixelhajo.hu")
SELLER_IRODAPARK = P("Váci Úti Irodapark Ingatlanhasznosító Kft.", ["1138 Budapest", "Váci út 141."], T_IRODAPARK,
                     euvat(T_IRODAPARK), bank="UniCredit Bank 10918001-00000123-45670014 (EUR)",
                     iban="HU42 1091 8001 0000 0123 4567 0014", reg="Cg. 01-09-912340")
SELLER_RAKTAR = P("Gödöllői Raktárpark Bt.", ["2100 Gödöllő", "Ipari park út 12."], T_RAKTAR,
                  bank="Takarékbank 65100108-11334569-00000000")
SELLER_GONDNOK = P("Gondnok Facility Services Zrt.", ["6724 Szeged", "Kossuth Lajos sugárút 97."], T_GONDNOK,
                   euvat(T_GONDNOK), bank="CIB Bank 10700381-71340957-51100005", reg="Cg. 06-10-000521")
SELLER_ORSZEM = P("Őrszem Vagyonvédelmi Kft.", ["9024 Győr", "Szent Imre út 112."], T_ORSZEM,
                  bank="MBH Bank 11737007-24488196-00000000", license="SZVMSZK eng.: 0812/2019")
SELLER_KAPTAR = P("Kaptár Coworking Kft.", ["1072 Budapest", "Rákóczi út 42."], T_KAPTAR, euvat(T_KAPTAR),
                  bank="Erste Bank 11600006-00000000-84519377", iban="HU17 1160 0006 0000 0000 8451 9377",
                  web="kaptarcowork.hu")
SELLER_BER = P("Bérszámfejtő Centrum Bt.", ["4025 Debrecen", "Piac utca 51. fszt. 2."], T_BER,
               bank="OTP Bank 11738008-20916573-00000000")
SELLER_LINGVA = P("Lingvaház Fordítóiroda Kft.", ["1085 Budapest", "József körút 18."], T_LINGVA, euvat(T_LINGVA),
                  bank="Raiffeisen Bank 12010611-01549872-00100001", iban="HU92 1201 0611 0154 9872 0010 0001")
SELLER_NYOMDA = P("Nyomdaklub Nyomda Kft.", ["8000 Székesfehérvár", "Berényi út 72."], T_NYOMDA, euvat(T_NYOMDA),
                  bank="K&H Bank 10403507-49525750-52571002")
SELLER_DUNA = P("Duna Terasz Rendezvényközpont Kft.", ["2000 Szentendre", "Dunakorzó 24."], T_DUNA,
                bank="MBH Bank 11742094-21443612-00000000", web="dunaterasz-rendezveny.hu", phone="+36 26 555 310")
SELLER_CSAVAR = P("Csavarház Autószerviz Kft.", ["2040 Budaörs", "Szabadság út 225."], T_CSAVAR,
                  bank="OTP Bank 11742252-20465377-00000000", phone="+36 23 555 712")
SELLER_AUTOHAZ = P("Autóház Kelenföld Zrt.", ["1117 Budapest", "Hunyadi János út 19."], T_AUTOHAZ, euvat(T_AUTOHAZ),
                   bank="Commerzbank 14400018-21873302-00000000", reg="Cg. 01-10-047712")
SELLER_LIZING = P("Lendület Lízing Zrt.", ["1095 Budapest", "Soroksári út 30-34."], T_LIZING, euvat(T_LIZING),
                  bank="MBH Bank 11794008-20537729-00000000", reg="Cg. 01-10-043981")
SELLER_GUMI = P("Gumiraktár Bt.", ["7621 Pécs", "Siklósi út 47."], T_GUMI)
SELLER_FLOTTA = P("FlottaKút Üzemanyagkártya Zrt.", ["1117 Budapest", "Budafoki út 183."], T_FLOTTA, euvat(T_FLOTTA),
                  bank="ING Bank 13700016-04361072-00000000", reg="Cg. 01-10-048823")
SELLER_ALKUSZ = P("Biztosháló Alkusz Kft.", ["1062 Budapest", "Andrássy út 100."], T_ALKUSZ,
                  bank="Budapest Bank 10102103-48261700-01004005", mnb="MNB eng.: EN-I-1187/2016")
SELLER_BELSOTER = P("Belsőtér Generál Kivitelező Kft.", ["1097 Budapest", "Könyves Kálmán körút 11/C."], T_BELSOTER,
                    euvat(T_BELSOTER), bank="CIB Bank 10700165-69183004-51100005")
SELLER_KARDAN = P("Kardán Autójavító Bt.", ["8200 Veszprém", "Házgyári út 6."], T_KARDAN)
SELLER_SZABO = P("Szabó Réka e.v.", ["3530 Miskolc", "Kazinczy utca 9. 1/3."], T_SZABO,
                 bank="OTP Bank 11734004-29411865-00000000", evnyt="EV nyilv. szám: 54120387")
SELLER_CLOUD = P("Cloudharbor Software Ltd.", ["4th Floor, Harbour Point", "Sir John Rogerson's Quay", "Dublin 2, D02 XK71", "Ireland"],
                 None, "IE3817245KH", web="cloudharbor.io", email="billing@cloudharbor.io")
SELLER_TULP = P("Tulpdata B.V.", ["Keizersgracht 518", "1017 EK Amsterdam", "Netherlands"], None, "NL862153479B01",
                kvk="KvK 71849302", iban="NL47 RABO 0318 2277 41", email="finance@tulpdata.nl")

B_KOHID = P("Kőhíd Logisztika Zrt.", ["1239 Budapest", "Európa utca 8."], T_B1)
B_TOLGY = P("Tölgyesi Bútorgyártó Kft.", ["6000 Kecskemét", "Szent István körút 21."], T_B2)
B_NAPKELTE = P("Napkelte Pékség Kft.", ["2600 Vác", "Deákvári fasor 3."], T_B3)
B_AGRAR = P("Zöldmező Agrárbank Zrt.", ["1051 Budapest", "Nádor utca 17."], T_B4)
B_RABA = P("Rábaközi Gépipari Kft.", ["9300 Csorna", "Soproni út 55."], T_B5)
B_ALFOLD = P("Alföldi Ásványvíz Zrt.", ["6800 Hódmezővásárhely", "Lázár utca 2."], T_B6)
B_FOG = P("Hegyvidéki Fogászati Centrum Kft.", ["1125 Budapest", "Szilágyi Erzsébet fasor 31."], T_B7)
B_VERTES = P("Vértes Kiadó Kft.", ["2800 Tatabánya", "Fő tér 4."], T_B8)
B_LAMPAS = P("Lámpás Szoftverház Kft.", ["1134 Budapest", "Lehel utca 11."], T_B9, euvat(T_B9))
B_PANNON = P("Pannon Életbiztosító Zrt.", ["1138 Budapest", "Népfürdő utca 22."], T_B10)
B_FENYES = P("Fényes Tanácsadó Kft.", ["1027 Budapest", "Bem rakpart 45."], T_B11)
B_HAJDU = P("Hajdúsági Kertépítő Bt.", ["4220 Hajdúböszörmény", "Bocskai tér 9."], T_B12)
B_MATRA = P("Mátrai Fuvarozó Kft.", ["3200 Gyöngyös", "Vásár utca 14."], T_B13)
B_PRIV1 = P("Horváth Bence", ["2040 Budaörs", "Templom tér 6."])
B_PRIV2 = P("Kiss-Varga Edit", ["7632 Pécs", "Tüskésréti út 80."])
B_ALPEN = P("Alpenblick Consulting GmbH", ["Mariahilfer Straße 88", "1070 Wien", "Österreich"], None, "ATU71538264")
B_WERK = P("Werkbank Digital GmbH", ["Torstraße 140", "10119 Berlin", "Deutschland"], None, "DE318452907")
B_ZEEVAART = P("Zeevaart Trading B.V.", ["Wilhelminakade 91", "3072 AP Rotterdam", "Nederland"], None, "NL859013746B01")


def L(desc, qty, unit, price, code="27", **kw):
    d = {"desc": desc, "qty": qty, "unit": unit, "price": price, "code": code}
    d.update(kw)
    return d


INVOICES = []


def add(**kw):
    INVOICES.append(kw)


# m01 law office, letterhead, normal HUF
add(name="m01_law_office", tpl="letterhead", kind="normal", number="BT-2027/0142", issue="2027-04-06",
    fulfil="2027-04-06", due="2027-04-21", currency="HUF", seller=SELLER_LAW, buyer=B_KOHID, pay="átutalás",
    lines=[L("Jogi tanácsadás – munkajogi ügyben (2027. március)", 14.5, "óra", 42000),
           L("Szerződés-felülvizsgálat: raktárbérleti szerződés", 1, "db", 185000),
           L("Átalánydíj – cégjogi képviselet, 2027. március", 1, "hó", 150000)],
    note="Az ügyvédi munkadíj a 2025. január 12-én kelt megbízási szerződés alapján kerül felszámításra.")

# m02 audit firm, classic two-column
add(name="m02_audit_firm", tpl="classic", kind="normal", number="RA-2027-000318", issue="2027-04-09",
    fulfil="2027-04-08", due="2027-05-09", currency="HUF", seller=SELLER_AUDIT, buyer=B_TOLGY, pay="Átutalás",
    lines=[L("2026. évi beszámoló könyvvizsgálata – 2. részlet", 1, "db", 1450000),
           L("Konszolidációs csomag felülvizsgálata", 1, "db", 380000),
           L("Helyszíni kiszállás, útiköltség", 2, "alk.", 24500)])

# m03 marketing agency, modern agency
add(name="m03_marketing_agency", tpl="modern", kind="normal", number="PH-2027-0214", issue="2027-04-30",
    fulfil="2027-04-30", due="2027-05-15", currency="HUF", seller=SELLER_PIXEL, buyer=B_NAPKELTE, pay="Banki átutalás",
    lines=[L("Social media kezelés – havi retainer (április)", 1, "hó", 420000),
           L("Kampánygrafika: tavaszi akció, 6 kreatív", 6, "db", 38000),
           L("Közvetített szolgáltatás: Meta hirdetési keret", 1, "db", 250000),
           L("Fotózás, műtermi, fél nap", 1, "alk.", 165000)])

# m04 SaaS Ireland, English, EUR, reverse charge
add(name="m04_saas_ireland", tpl="saas_en", kind="normal", number="CH-INV-2027-058213", issue="2027-05-01",
    fulfil=None, due="2027-05-15", currency="EUR", seller=SELLER_CLOUD,
    buyer=P("Lámpás Szoftverház Kft.", ["Lehel utca 11.", "1134 Budapest", "Hungary"], None, euvat(T_B9)),
    period=("2027-05-01", "2027-05-31"),
    lines=[L("Cloudharbor Team plan – 25 seats (monthly)", 25, "seat", 18.00, "EUFAD"),
           L("Additional storage 500 GB", 1, "unit", 45.00, "EUFAD"),
           L("Priority support add-on", 1, "unit", 99.00, "EUFAD")])

# m05 SaaS Netherlands, reportlab plain, EUR reverse charge
add(name="m05_saas_netherlands", tpl="rl_plain", kind="normal", number="TD-2027-04471", issue="2027-04-03",
    fulfil="2027-04-03", due="2027-05-03", currency="EUR", seller=SELLER_TULP,
    buyer=P("Vértes Kiadó Kft.", ["Fő tér 4.", "2800 Tatabánya", "Hungary"], None, euvat(T_B8)), lang="en",
    lines=[L("Tulpdata Analytics – Business annual licence (Apr 2027 - Mar 2028)", 1, "year", 2388.00, "EUFAD"),
           L("Onboarding workshop (remote, 2 x 3 h)", 2, "session", 240.00, "EUFAD")])

# m06 office rent + service charge, EUR, bilingual HU/EN
add(name="m06_office_rent_eur", tpl="bilingual", lang2="en", kind="normal", number="VIP/2027/00512", issue="2027-05-02",
    fulfil="2027-05-31", due="2027-05-10", currency="EUR", fx="402.17", seller=SELLER_IRODAPARK, buyer=B_FENYES,
    pay="átutalás / bank transfer",
    lines=[L("Irodabérleti díj / Office rent – B épület 4. em., 412 m², 2027. május", 412, "m²", 16.50),
           L("Üzemeltetési díj / Service charge – 2027. május", 412, "m²", 5.20),
           L("Parkolóhely bérleti díj / Parking, 6 db", 6, "db", 95.00)])

# m07 warehouse rent (TAM) + service charge 27%, grid labels
add(name="m07_warehouse_rent", tpl="grid", kind="normal", number="GR-2027-0061", issue="2027-04-01",
    fulfil="2027-04-30", due="2027-04-10", currency="HUF", seller=SELLER_RAKTAR, buyer=B_RABA, pay="átutalás",
    lines=[L("Raktárhelyiség bérleti díja, C csarnok, 2027. április", 1, "hó", 1280000, "TAM"),
           L("Közös költség / üzemeltetési díj, 2027. április", 1, "hó", 214000),
           L("Villamos energia továbbszámlázás (mérő: 02-118, 3 412 kWh)", 3412, "kWh", 71.4)],
    note="A bérbeadás az Áfa tv. 86. § (1) l) pontja alapján tárgyi adómentes.")

# m08 facility management, boxed form
add(name="m08_facility_mgmt", tpl="boxed", kind="normal", number="GFS-27-004418", issue="2027-05-05",
    fulfil="2027-04-30", due="2027-06-04", currency="HUF", seller=SELLER_GONDNOK, buyer=B_ALFOLD, pay="Átutalás",
    lines=[L("Takarítási szolgáltatás, irodaház, 2027. április", 1, "hó", 986000),
           L("Műszaki üzemeltetés, gépészeti felügyelet", 1, "hó", 540000),
           L("Hibaelhárítás munkadíj (HV-0419 munkalap)", 6, "óra", 11500),
           L("Anyag: LED fénycső 120 cm", 24, "db", 2890)])

# m09 security service, dot-matrix
add(name="m09_security_service", tpl="dotmatrix", kind="normal", number="ORV 0007731", issue="2027-06-01",
    fulfil="2027-05-31", due="2027-06-16", currency="HUF", seller=SELLER_ORSZEM, buyer=B_RABA, pay="ATUTALAS",
    lines=[L("Objektumorzes 2027.05. - porta 24 h", 744, "ora", 3150),
           L("Jarorszolgalat ejszakai, 31 ej", 31, "alk", 8400),
           L("Riasztas kivonulas 2027.05.17.", 1, "alk", 14500)])

# m10 coworking to German GmbH, EUR reverse charge, modern template (English variant)
add(name="m10_coworking_eu", tpl="modern", kind="normal", number="KC-2027-0391", issue="2027-06-01",
    fulfil="2027-06-30", due="2027-06-08", currency="EUR", fx="399.84", seller=SELLER_KAPTAR, buyer=B_WERK,
    pay="Banki átutalás / bank transfer",
    lines=[L("Fix asztal bérlet / Dedicated desk membership, 2027. június", 4, "fő", 260.00, "EUFAD"),
           L("Tárgyalóterem / Meeting room credits 10 h", 1, "csomag", 180.00, "EUFAD")])

# m11 payroll bureau, grid labels
add(name="m11_payroll_bureau", tpl="grid", kind="normal", number="BC-2027/118", issue="2027-05-06",
    fulfil="2027-05-06", due="2027-05-14", currency="HUF", seller=SELLER_BER, buyer=B_HAJDU, pay="átutalás",
    lines=[L("Bérszámfejtés 2027. április, 17 fő", 17, "fő", 4200),
           L("Havi bevallások (08, 58) elkészítése", 1, "hó", 18000),
           L("Ki- és belépő munkavállaló bejelentése", 3, "db", 3500)])

# m12 translation agency, classic
add(name="m12_translation", tpl="classic", kind="normal", number="LH-2027/0318", issue="2027-04-14",
    fulfil="2027-04-13", due="2027-04-29", currency="HUF", seller=SELLER_LINGVA, buyer=B_FOG, pay="Átutalás",
    lines=[L("Szakfordítás angol > magyar, orvostechnikai kézikönyv", 48, "oldal", 5400),
           L("Lektorálás", 48, "oldal", 1600),
           L("Sürgősségi felár (50%)", 1, "db", 168000)])

# m13 printing house, multipage with 5 % and 27 %
_books = [("Vértes Kiadó – ‘A Gerecse madarai’ könyv, 208 old., keménytáblás", 1200, 1890, "5"),
          ("‘Tatai tavak’ fotóalbum, 96 old.", 800, 2450, "5"),
          ("‘Kőfejtők nyomában’ tanulmánykötet, 320 old.", 500, 2780, "5")]
_lines13 = [L(d, q_, "db", p, c) for d, q_, p, c in _books]
_extras = [("Szórólap A5, 4+4, 135 g műnyomó", 5000, 14.2), ("Plakát B2, 4+0", 300, 185),
           ("Könyvjelző 50x180 mm", 3000, 9.8), ("Roll-up 85x200 nyomat", 4, 18900),
           ("Névjegykártya, 2 fajta", 400, 21), ("Katalógus borító, laminált", 1200, 64),
           ("Meghívó, dombornyomás", 250, 310), ("Boríték LA/4, logós", 2000, 17.5),
           ("Levélpapír A4, 1+0", 2500, 12.4), ("Matrica 60 mm kör", 1500, 22),
           ("Asztali naptár 2028", 150, 1480), ("Mappa A4, füles", 600, 240),
           ("Tervezési díj – borítók", 3, 45000), ("Próbanyomat (digitális proof)", 6, 5500),
           ("Szállítás, raklapos (Tatabánya)", 2, 28000), ("Csomagolás, fóliázás", 1, 16500)]
for i in range(2):
    for d, q_, p in _extras:
        _lines13.append(L(d + (" – utánnyomás" if i else ""), q_ if not i else q_ // 2 or 1, "db", p))
add(name="m13_printing_house", tpl="multipage", kind="normal", number="NYK-2027-00877", issue="2027-05-20",
    fulfil="2027-05-19", due="2027-06-19", currency="HUF", seller=SELLER_NYOMDA, buyer=B_VERTES, pay="Átutalás",
    lines=_lines13)

# m14 event venue, letterhead, 27/18/5
add(name="m14_event_venue", tpl="letterhead", kind="normal", number="DTR-2027-0205", issue="2027-06-12",
    fulfil="2027-06-10", due="2027-06-27", currency="HUF", seller=SELLER_DUNA, buyer=B_PANNON, pay="átutalás",
    lines=[L("Teremhasználati díj – Nagyterem, 2027. június 9-10.", 2, "nap", 640000),
           L("Technika: projektor, hangosítás, 2 mikrofon", 2, "nap", 85000),
           L("Szállás, kétágyas szoba, reggelivel", 38, "éj", 29500, "18"),
           L("Ebéd- és vacsoramenü (alkoholmentes italokkal)", 160, "adag", 7900, "5"),
           L("Kávészünet, 2 alkalom / nap", 320, "fő", 2100, "5"),
           L("Borvacsora – borcsomag", 40, "fő", 4600)])

# m15 car workshop, parts and labour, private buyer, multipage
_parts = [("Olajszűrő MANN W712/95", 1, "db", 4890), ("Motorolaj 5W-30 (liter)", 4.5, "l", 5290),
          ("Levegőszűrő", 1, "db", 7450), ("Pollenszűrő aktívszenes", 1, "db", 8990),
          ("Üzemanyagszűrő", 1, "db", 12400), ("Fékbetét első (garnitúra)", 1, "klt", 24600),
          ("Féktárcsa első", 2, "db", 21800), ("Fékfolyadék DOT4 1 l", 1, "db", 4350),
          ("Ablaktörlő lapát szett", 1, "klt", 9990), ("Vezérműszíj készlet vízpumpával", 1, "klt", 96500),
          ("Hosszbordás szíj", 1, "db", 11200), ("Feszítőgörgő", 1, "db", 18700),
          ("Fagyálló G12, 5 l", 1, "db", 9800), ("Gyújtógyertya", 4, "db", 4650),
          ("Stabilizátor pálcа bal", 1, "db", 8900), ("Stabilizátor pálca jobb", 1, "db", 8900),
          ("Lengőkar szilent", 2, "db", 6700), ("Kipufogó tömítés", 1, "db", 2300),
          ("Izzó H7", 2, "db", 2150), ("Apró anyag, tisztítószer", 1, "klt", 3500)]
_labour = [("Munkadíj: kis szerviz", 1.0), ("Munkadíj: fékbetét, tárcsa csere elöl", 1.6),
           ("Munkadíj: vezérlés csere", 4.2), ("Munkadíj: stabilizátor pálcák csere", 0.8),
           ("Munkadíj: lengőkar szilent csere", 2.1), ("Futómű-beállítás", 1.0),
           ("Hibakód-olvasás, diagnosztika", 0.5), ("Klímatöltés, ellenőrzés", 0.7)]
_lines15 = [L(d.replace("а", "a"), q_, u, p) for d, q_, u, p in _parts] + [L(d, h, "óra", 16500) for d, h in _labour]
add(name="m15_car_workshop", tpl="multipage", kind="normal", number="CSH-27-01944", issue="2027-04-22",
    fulfil="2027-04-22", due="2027-04-22", currency="HUF", seller=SELLER_CSAVAR, buyer=B_PRIV1,
    pay="Bankkártya", vehicle="Rendszám: ABC-123, Skoda Octavia 1.6 TDI, km: 148 320", lines=_lines15)

# m16 car dealership, bilingual HU/DE
add(name="m16_car_dealership", tpl="bilingual", lang2="de", kind="normal", number="AKF-2027-000147", issue="2027-05-14",
    fulfil="2027-05-14", due="2027-05-21", currency="HUF", seller=SELLER_AUTOHAZ, buyer=B_MATRA,
    pay="átutalás / Überweisung",
    lines=[L("Új személygépkocsi / Neuwagen: VW Passat Variant 2.0 TDI, alvázszám WVWZZZ3CZRE041872", 1, "db", 13385827),
           L("Forgalomba helyezés, rendszám, okmányok / Zulassung", 1, "db", 64000, "0"),
           L("Téli kerékszett alufelnivel / Winterkompletträder", 1, "klt", 412000),
           L("Gumiszőnyeg garnitúra / Gummimatten", 1, "klt", 28500)],
    note="A regisztrációs adót a vevő közvetlenül fizette meg. Garancia: 3 év / 100 000 km.")

# m17 leasing instalment, reportlab columns
add(name="m17_leasing_instalment", tpl="rl_columns", kind="normal", number="LL-R-2027-0561209", issue="2027-05-01",
    fulfil="2027-05-15", due="2027-05-15", currency="HUF", seller=SELLER_LIZING, buyer=B_MATRA, pay="csoportos beszedés",
    contract="Szerződésszám: LL-OP-2025-018834 (Ford Transit Custom, PXR-417)",
    lines=[L("Operatív lízing havidíj, 2027. május (24/48. részlet)", 1, "hó", 238400),
           L("Szervizcsomag havidíj", 1, "hó", 31900),
           L("Kamat jellegű díjrész", 1, "hó", 18760, "TAM"),
           L("Casco biztosítás díja (közvetített)", 1, "hó", 27450, "TAM")])

# m18 tyre storage, receipt-like simplified invoice, private buyer
add(name="m18_tyre_storage", tpl="receipt", kind="normal", number="GR/2027/1127", issue="2027-04-10",
    fulfil="2027-04-10", due=None, currency="HUF", seller=SELLER_GUMI, buyer=B_PRIV2, pay="Készpénz",
    gross_mode=True,
    lines=[L("Gumiszerelés, 4 kerék (téli->nyári)", 4, "db", 3500),
           L("Kerékkiegyensúlyozás", 4, "db", 1500),
           L("Téli gumi tárolás, 6 hónap", 1, "szett", 14000),
           L("Szelep csere", 4, "db", 600)])

# m19 fleet fuel card, multipage
_fuel = []
_stations = ["Budaörs M1", "Tatabánya M1", "Győr Kandó u.", "Gyöngyös M3", "Füzesabony M3", "Hatvan Rákóczi u.",
             "Budapest Hungária krt.", "Miskolc Szentpéteri kapu", "Eger Kistályai út", "Kecskemét M5"]
_plates = ["PXR-417", "AEZX-881", "SMK-209", "AAFM-316"]
_days = [3, 5, 6, 9, 11, 12, 14, 17, 18, 20, 22, 24, 26, 28, 30]
k = 0
for d in _days:
    for pl in _plates[: 2 + (d % 3)]:
        st = _stations[k % len(_stations)]
        litres = ["52.40", "61.18", "47.95", "70.02", "38.66", "55.37", "64.81"][k % 7]
        price = ["598.35", "601.18", "596.06", "603.54"][k % 4]
        _fuel.append(L(f"04.{d:02d} {st} – {pl} – gázolaj", litres, "l", price))
        k += 1
_fuel.append(L("E-matrica, éves vármegyei (Heves) – AEZX-881", 1, "db", 4433.07))
_fuel.append(L("Autómosó, program 4 – PXR-417", 2, "alk.", 3149.61))
_fuel.append(L("Kártyadíj, 4 kártya", 4, "db", 590))
add(name="m19_fuel_card", tpl="multipage", kind="normal", number="FK2027-0411-00382", issue="2027-05-03",
    fulfil="2027-04-30", due="2027-05-18", currency="HUF", seller=SELLER_FLOTTA, buyer=B_MATRA, pay="Átutalás",
    force_break=False, period_note="Elszámolási időszak: 2027.04.01 - 2027.04.30 (gyűjtőszámla)", lines=_fuel)

# m20 insurance broker commission, TAM, reportlab columns
add(name="m20_insurance_broker", tpl="rl_columns", kind="normal", number="BA-2027-000221", issue="2027-06-07",
    fulfil="2027-05-31", due="2027-06-22", currency="HUF", seller=SELLER_ALKUSZ, buyer=B_PANNON, pay="átutalás",
    contract="Együttműködési megállapodás: PÉ-ALK-2019/044",
    lines=[L("Alkuszi jutalék – életbiztosítási állomány, 2027. május", 1, "hó", 1845230, "TAM"),
           L("Alkuszi jutalék – új szerződések (37 db)", 37, "db", 18450, "TAM")],
    note="Biztosításközvetítői szolgáltatás, az Áfa tv. 86. § (1) d) pontja alapján tárgyi adómentes.")

# m21 fit-out advance invoice, classic
add(name="m21_fitout_advance", tpl="classic", kind="advance", number="BGK-2027-0041", issue="2027-04-19",
    fulfil="2027-04-19", due="2027-04-26", currency="HUF", seller=SELLER_BELSOTER, buyer=B_AGRAR, pay="Átutalás",
    title="ELŐLEGSZÁMLA",
    lines=[L("Előleg – irodabelső kialakítása, Nádor u. 17. 3. emelet, szerződés BGK-SZ-2027-007 szerint (30%)", 1, "db", 3600000)],
    note="Előleg a 2027. április 12-én kelt vállalkozási szerződés alapján. A végszámlában levonásra kerül.")

# m22 fit-out final invoice, classic
add(name="m22_fitout_final", tpl="classic", kind="final", number="BGK-2027-0093", issue="2027-06-15",
    fulfil="2027-06-11", due="2027-06-30", currency="HUF", seller=SELLER_BELSOTER, buyer=B_AGRAR, pay="Átutalás",
    title="VÉGSZÁMLA",
    lines=[L("Irodabelső kialakítása, Nádor u. 17. 3. emelet – teljes vállalási díj", 1, "db", 12000000),
           L("Pótmunka: tárgyaló akusztikai panelek", 1, "db", 845000),
           L("Levonva: előleg, BGK-2027-0041 sz. előlegszámla", -1, "db", 3600000)],
    note="A végszámla a BGK-2027-0041 sorszámú előlegszámlában kiszámlázott előleget levonja.")

# m23 correction of m12 translation (fewer pages)
add(name="m23_translation_correction", tpl="classic", kind="correction", number="LH-2027/0347", issue="2027-04-27",
    fulfil="2027-04-13", due="2027-05-12", currency="HUF", seller=SELLER_LINGVA, buyer=B_FOG, pay="Átutalás",
    title="HELYESBÍTŐ SZÁMLA", preceding="LH-2027/0318",
    lines=[L("Szakfordítás angol > magyar – módosítás: 48 helyett 41 oldal", -7, "oldal", 5400),
           L("Lektorálás – módosítás: 48 helyett 41 oldal", -7, "oldal", 1600),
           L("Sürgősségi felár (50%) – módosítás", -1, "db", 24500)],
    note="Módosítás oka: a megrendelő által visszavont 7 oldal nem került fordításra.")

# m24 storno of a marketing invoice
add(name="m24_marketing_storno", tpl="modern", kind="storno", number="PH-2027-0229", issue="2027-05-08",
    fulfil="2027-04-15", due="2027-05-08", currency="HUF", seller=SELLER_PIXEL, buyer=B_FOG, pay="Banki átutalás",
    title="SZTORNÓ SZÁMLA", preceding="PH-2027-0187",
    lines=[L("Weboldal arculati terv – rendelő landing oldal", -1, "db", 540000),
           L("Google Ads kampány beállítása", -1, "db", 120000)],
    note="Az eredeti számla téves vevőnév miatt érvénytelenítésre kerül.")

# m25 proforma for co-working
add(name="m25_coworking_proforma", tpl="letterhead", kind="proforma", number="DB-2027-0077", issue="2027-05-24",
    fulfil=None, due="2027-05-31", currency="HUF", seller=SELLER_KAPTAR, buyer=B_LAMPAS, pay="átutalás",
    title="DÍJBEKÉRŐ",
    lines=[L("Privát iroda (6 fős) bérlet, 2027. június", 1, "hó", 690000),
           L("Tárgyalóterem kredit, 20 óra", 1, "csomag", 96000),
           L("Postacím-szolgáltatás", 1, "hó", 12000)],
    note="Ez a díjbekérő nem számla, áfa levonására nem jogosít. A számlát a befizetést követően állítjuk ki.")

# m26 small car workshop, dot-matrix, company buyer
add(name="m26_car_repair_dotmatrix", tpl="dotmatrix", kind="normal", number="KA-2027-0388", issue="2027-05-27",
    fulfil="2027-05-27", due="2027-06-05", currency="HUF", seller=SELLER_KARDAN, buyer=B_NAPKELTE, pay="ATUTALAS",
    vehicle="RENDSZAM: MNP-602  IVECO DAILY 35S  KM: 231 775",
    lines=[L("KUPLUNGSZETT LUK 624 3387 00", 1, "KLT", 148900),
           L("KETTOSTOMEGU LENDKERÉK", 1, "DB", 212400),
           L("VALTOOLAJ 75W90 1L", 3, "L", 4890),
           L("MUNKADIJ KUPLUNG CSERE", 5.5, "ORA", 14000),
           L("PROBAUT, BEALLITAS", 0.5, "ORA", 14000)])

# m27 translation to Austrian customer, EUR, HU/DE, reverse charge
add(name="m27_translation_eu_de", tpl="bilingual", lang2="de", kind="normal", number="LH-2027/0412", issue="2027-05-18",
    fulfil="2027-05-17", due="2027-06-01", currency="EUR", fx="401.06", seller=SELLER_LINGVA, buyer=B_ALPEN,
    pay="átutalás / Überweisung",
    lines=[L("Fachübersetzung DE>HU / Szakfordítás – Jahresbericht 2026", 62, "oldal/Seite", 17.50, "EUFAD"),
           L("Lektorat / Lektorálás", 62, "oldal/Seite", 5.00, "EUFAD"),
           L("DTP-Satz / Tördelés", 1, "db/Stk", 210.00, "EUFAD")])

# m28 sole trader marketing, AAM, reportlab plain (Hungarian)
add(name="m28_freelance_marketing_aam", tpl="rl_plain", kind="normal", number="SZR-2027-019", issue="2027-06-03",
    fulfil="2027-05-31", due="2027-06-10", currency="HUF", seller=SELLER_SZABO, buyer=B_HAJDU, lang="hu",
    pay="átutalás",
    lines=[L("Hírlevél-kampány szövegírás, 4 levél", 4, "db", 22000, "AAM"),
           L("Facebook-oldal kezelés, 2027. május", 1, "hó", 95000, "AAM")],
    note="Alanyi adómentes – Áfa tv. 187. §")

# m29 office service charge EUR, quarterly, reportlab plain (Hungarian)
add(name="m29_service_charge_eur", tpl="rl_plain", kind="normal", number="VIP/2027/00608", issue="2027-06-05",
    fulfil="2027-06-30", due="2027-06-20", currency="EUR", fx="398.52", seller=SELLER_IRODAPARK, buyer=B_LAMPAS,
    lang="hu", pay="átutalás",
    lines=[L("Üzemeltetési díj elszámolás, 2027. II. negyedév, A épület 2. em. 265 m²", 795, "m²/hó", 5.35),
           L("Marketing hozzájárulás, 2027. II. negyedév", 3, "hó", 42.00),
           L("Közmű-átalány korrekció 2027. I. n.év", 1, "db", 118.40)])

# m30 legal services to Dutch company, EUR, HU/EN, reverse charge
add(name="m30_law_office_eu_en", tpl="bilingual", lang2="en", kind="normal", number="BT-2027/0201", issue="2027-06-21",
    fulfil="2027-06-18", due="2027-07-05", currency="EUR", fx="397.66", seller=SELLER_LAW, buyer=B_ZEEVAART,
    pay="átutalás / bank transfer",
    lines=[L("Jogi tanácsadás – magyar leányvállalat alapítása / Legal advice – formation of Hungarian subsidiary", 11, "óra/h", 180.00, "EUFAD"),
           L("Cégbírósági eljárás, okiratok / Company registration documents", 1, "db/pc", 650.00, "EUFAD")])

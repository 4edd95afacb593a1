# ruff: noqa
"""The 30 invented invoices of set X (suppliers of the town of Kőrösszeg)."""
import datetime as dt
from .common import taxnum, vatnum


def d(m, day):
    return dt.date(2027, m, day)


def P(name, addr, tax=None, vat=None, extra=(), **kw):
    p = {"name": name, "addr": addr, "tax": tax, "vat": vat, "extra": list(extra)}
    p.update(kw)
    return p


T_ONK = taxnum("1572514", "2", "04")
ONK = P("Kőrösszeg Város Önkormányzata", "5561 Kőrösszeg, Fő tér 1.", T_ONK)
ONK_V = P("Kőrösszeg Város Önkormányzata", "5561 Kőrösszeg, Fő tér 1.", T_ONK, vatnum(T_ONK))
HIV = P("Kőrösszegi Polgármesteri Hivatal", "5561 Kőrösszeg, Fő tér 1.", taxnum("1533418", "1", "04"))
ISK = P("Kőrösszegi Arany János Általános Iskola", "5561 Kőrösszeg, Iskola utca 12.", taxnum("1583029", "2", "04"))
OVI = P("Kőrösszegi Napsugár Óvoda", "5561 Kőrösszeg, Rózsa utca 4.", taxnum("1641207", "1", "04"))
KONYV = P("Kőrösszegi Városi Könyvtár", "5561 Kőrösszeg, Kossuth Lajos utca 20.", taxnum("1681932", "2", "04"))
T_VU = taxnum("2641788", "2", "04")
VAROSU = P("Kőrösszegi Városüzemeltetési Nonprofit Kft.", "5561 Kőrösszeg, Sport utca 2.", T_VU)
VAROSU_V = P("Kőrösszegi Városüzemeltetési Nonprofit Kft.", "5561 Kőrösszeg, Sport utca 2.", T_VU, vatnum(T_VU))


def L(desc, qty, price, rate="27", unit="db", code=""):
    return {"desc": desc, "qty": qty, "price": price, "rate": rate, "unit": unit, "code": code}


def bank(n):
    return f"Bankszámla: {n}"


INVOICES = []


def inv(**kw):
    kw.setdefault("kind", "normal")
    kw.setdefault("currency", "HUF")
    kw.setdefault("preceding", None)
    INVOICES.append(kw)


# x01 district heating ------------------------------------------------------
inv(name="x01_district_heating", tpl="utility", df="dot", nf="space",
    number="TH/27/0018452", issue=d(10, 6), fulfil=d(9, 30), due=d(10, 21),
    seller=P("Kőrösszegi Távhőszolgáltató Kft.", "5561 Kőrösszeg, Erőmű utca 3.", taxnum("1398265", "2", "04"),
             extra=[bank("11733003-20045812-00000000")]),
    buyer=ISK, period="2027.09.01.–2027.09.30.", site="Iskola utca 12. (hőközpont H-07)",
    meter=[("Hőmennyiségmérő gyári száma:", "HM-552190"), ("Előző állás (GJ):", "18 305,2"), ("Jelenlegi állás (GJ):", "18 389,8")],
    lines=[L("Hődíj (felhasznált hőmennyiség)", "84.6", 6412, "5", "GJ"), L("Alapdíj 2027. szeptember", 1, 412380, "5", "hó")])

# x02 water -----------------------------------------------------------------
inv(name="x02_water_utility", tpl="boxed", df="long", nf="dot",
    number="AV-2027-0931847", issue=d(10, 12), fulfil=d(10, 10), due=d(10, 27),
    seller=P("Alföldi Vízmű Zrt.", "5600 Békéscsaba, Dobozi út 41.", taxnum("1187230", "2", "04"), extra=[bank("10402609-50526757-00000000")]),
    buyer=VAROSU, period="2027. 08. 11. – 2027. 09. 10.", site="5561 Kőrösszeg, Sport utca 2. (sportcsarnok)",
    lines=[L("Ivóvíz-szolgáltatás", 312, 587, "27", "m³"), L("Szennyvízelvezetés és -tisztítás", 298, 642, "27", "m³"),
           L("Vízközmű alapdíj", 1, 4260, "27", "hó")])

# x03 road maintenance with procurement contract ----------------------------
inv(name="x03_road_maintenance", tpl="classic", df="iso", nf="space",
    number="DAU-2027/0384", issue=d(10, 15), fulfil=d(10, 13), due=d(11, 14),
    seller=P("Dél-Alföldi Útfenntartó Kft.", "6726 Szeged, Bérkert utca 88.", taxnum("2481560", "2", "06"), vatnum(taxnum("2481560", "2", "06")),
             extra=[bank("11735005-29914477-00000000")]),
    buyer=ONK_V,
    notes=["Közbeszerzési szerződés száma: KBE-2027/0142 (belterületi utak kátyúzása, 2. részteljesítés)",
           "Teljesítésigazolás: 2027-10-13, Kovács Béla műszaki ellenőr"],
    lines=[L("Kátyúzás hideg aszfalttal", "186.5", 14800, "27", "m²"), L("Padkarendezés, padkanyesés", 420, 1150, "27", "fm"),
           L("Ideiglenes forgalomtechnika", 1, 96000, "27", "klt")])

# x04 school catering (multi page, 5/18/27 %) -------------------------------
_days = [(10, 1)] + [(10, x) for x in (4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 25, 26, 27, 28, 29)]
_l4 = []
for m_, dd in _days[1:]:
    _l4.append(L(f"Ebéd, alsó tagozat – 10.{dd:02d}.", 212, 612, "5", "adag"))
for m_, dd in _days[1:11]:
    _l4.append(L(f"Tízórai tej/kakaó – 10.{dd:02d}.", 188, 118, "18", "adag"))
_l4.append(L("Ásványvíz 0,5 l (kirándulási csomag)", 96, 140, "27", "db"))
_l4.append(L("Diétás ebéd felár (gluténmentes)", 84, 236, "5", "adag"))
inv(name="x04_school_catering", tpl="multipage", df="dot", nf="space",
    number="MP-K/2027/1107", issue=d(11, 3), fulfil=d(10, 31), due=d(11, 18),
    seller=P("Menza-Pont Közétkeztetési Kft.", "5600 Békéscsaba, Szarvasi út 110.", taxnum("2302194", "2", "04"), extra=[bank("12010659-01470533-00100009")]),
    buyer=ISK, notes=["Elszámolási időszak: 2027. október, közétkeztetési szerződés: KSZ-3/2026"], lines=_l4)

# x05 kindergarten toys & furniture ----------------------------------------
inv(name="x05_kindergarten_toys", tpl="window", df="de", nf="plain", dec=2,
    number="KKB-00027/2027", issue=d(9, 14), fulfil=d(9, 14), due=d(9, 29), custno="Ü-40871",
    seller=P("Kiskobak Játék és Bútor Kft.", "1106 Budapest, Gyakorló utca 9.", taxnum("1467312", "2", "42"),
             extra=["MKB 10300002-10577125-49020017", "www.kiskobak.hu"]),
    buyer=OVI,
    lines=[L("Óvodai csoportszoba asztal, 120x60, állítható", 6, 48900), L("Óvodai szék 31 cm, bükk", 24, 12400),
           L("Fa építőkocka készlet 100 db", 4, 18990), L("Szenzoros játékszett", 2, 27450), L("Babakonyha, fa", 1, 64900)])

# x06 library book distributor (5 %) ---------------------------------------
inv(name="x06_library_books", tpl="erp", df="dot", nf="space",
    number="LKT2027-004417", issue=d(10, 20), fulfil=d(10, 20), due=d(11, 19), order="KR-2027/88", delivery="SZL-77341",
    seller=P("Lapozó Könyvterjesztő Zrt.", "2040 Budaörs, Gyár utca 2.", taxnum("1299451", "2", "13"), extra=[bank("10918001-00000068-30210007")]),
    buyer=KONYV,
    lines=[L("Szabó Magda: Az ajtó", 3, 4199, "5", code="9789631433"), L("Gárdonyi Géza: Egri csillagok", 5, 3490, "5", code="9789634156"),
           L("Magyar helyesírási szótár", 2, 7990, "5", code="9789630599"), L("Gyermek ismeretterjesztő sorozat (6 kötet)", 2, 21540, "5", code="5999000412"),
           L("Könyvfóliázás szolgáltatás", 16, 350, "27", code="SZOLG-FOL"), L("Vonalkódos könyvtári címke (100 db)", 2, 2450, "27", code="CIMKE-100")])

# x07 IT support contract (bilingual) --------------------------------------
inv(name="x07_it_support", tpl="bi_en", df="iso", nf="space", dec=2,
    number="BO-INV-2027-0562", issue=d(11, 2), fulfil=d(10, 31), due=d(11, 16),
    seller=P("ByteŐr Informatikai Kft.", "6720 Szeged, Tisza Lajos körút 47.", taxnum("2577083", "2", "06"), vatnum(taxnum("2577083", "2", "06")),
             extra=["IBAN: HU42 1177 3016 0155 2318 0000 0000"]),
    buyer=HIV, notes=["Rendszerüzemeltetési szerződés / Support contract: IT-SZ-2025/03"],
    lines=[L("Rendszerüzemeltetési átalány 2027. október / Monthly support fee", 1, 385000, "27", "hó"),
           L("Helyszíni kiszállás / On-site visit", 6, 14500, "27", "óra"), L("Microsoft 365 Business licenc", 18, 4630, "27", "db")])

# x08 security guard firm -------------------------------------------------
inv(name="x08_security_guard", tpl="stacked", df="long", nf="space",
    number="VV/2027/10/044", issue=d(11, 4), fulfil=d(10, 31), due=d(11, 19), subtitle="Őrzés-védelmi szolgáltatás, 2027. október",
    seller=P("Védvonal Biztonsági Szolgálat Kft.", "4025 Debrecen, Piac utca 51.", taxnum("1820337", "2", "09"), extra=[bank("11600006-00000000-87412209")]),
    buyer=HIV,
    lines=[L("Élőerős őrzés, Polgármesteri Hivatal", 744, 2950, "27", "óra"), L("Távfelügyelet, riasztórendszer (3 objektum)", 3, 9800, "27", "hó"),
           L("Vonuló szolgálat kivonulás", 2, 12000, "27", "alk")])

# x09 lawyer retainer ------------------------------------------------------
inv(name="x09_lawyer_retainer", tpl="letterhead", df="long", nf="dot",
    number="FT-2027/118", issue=d(10, 1), fulfil=d(9, 30), due=d(10, 15), place="Gyula",
    seller=P("Fehérvári és Társa Ügyvédi Iroda", "5700 Gyula, Városház utca 6.", taxnum("1843295", "2", "04"),
             extra=["Budapesti Ügyvédi Kamara", "OTP 11733034-20011863"], signer="dr. Fehérvári Anna irodavezető ügyvéd"),
    buyer=ONK,
    lines=[L("Havi megbízási díj – 2027. szeptember (jogi tanácsadás, szerződésvéleményezés)", 1, 260000, "27", "hó"),
           L("Peres képviselet többletóradíj", "3.5", 22000, "27", "óra")])

# x10 waste management ----------------------------------------------------
inv(name="x10_waste_management", tpl="hdrtable", df="dot", nf="space",
    number="ZU-2027-K-02219", issue=d(10, 8), fulfil=d(9, 30), due=d(10, 23),
    seller=P("Zöldút Hulladékgazdálkodási Nonprofit Kft.", "5630 Békés, Csabai út 92.", taxnum("2295306", "2", "04"), extra=[bank("11733137-20001278")]),
    buyer=ONK,
    lines=[L("Közterületi hulladékgyűjtő edények ürítése", 96, 1850, "27", "ürítés"), L("Intézményi 1100 l konténer ürítése", 38, 6420, "27", "ürítés"),
           L("Lomtalanítás, konténerbérlet", 2, 28500, "27", "nap")])

# x11 printing house, town newspaper ----------------------------------------
inv(name="x11_printing_house", tpl="footer", df="dotnz", nf="space",
    number="BN/2027/00771", issue=d(10, 29), fulfil=d(10, 27), due=d(11, 28),
    seller=P("Betűvető Nyomda Kft.", "5900 Orosháza, Gyártelep 14.", taxnum("1070583", "2", "04"), logo="BETŰVETŐ",
             extra=[bank("10402764-00028811-00000000"), "info@betuveto.example"]),
    buyer=ONK,
    lines=[L("Kőrösszegi Hírmondó 2027/10. szám nyomtatása, A4, 16 old., 4+4 szín", 4000, 118, "27", "pld"),
           L("Tördelés, nyomdai előkészítés", 16, 4500, "27", "oldal"), L("Kiszállítás a Polgármesteri Hivatalba", 1, 18000, "27", "fuvar")])

# x12 sports equipment webshop, private buyer --------------------------------
inv(name="x12_sports_webshop", tpl="webshop", df="iso", nf="space",
    number="SPW27-019384", issue=d(9, 22), fulfil=d(9, 22), due=None, order_date="2027-09-20", pay="bankkártya (fizetve)",
    seller=P("Sportpálya Webáruház Kft.", "8000 Székesfehérvár, Budai út 201.", taxnum("2718904", "2", "07"), logo="sportpálya.hu",
             extra=["ügyfélszolgálat: +36 1 555 0192"]),
    buyer=P("Szabó Gergely", "5561 Kőrösszeg, Petőfi utca 37."),
    lines=[L("Kosárlabda, 7-es méret, beltéri", 10, 6290), L("Tornaszőnyeg 200x100x5 cm", 4, 23590), L("Ugrókötél, állítható", 20, 990),
           L("Szállítási díj (GLS)", 1, 1890)])

# x13 bus hire, school trip ------------------------------------------------
inv(name="x13_bus_hire", tpl="caps", df="de", nf="dot",
    number="TB-2027-0455", issue=d(10, 11), fulfil=d(10, 9), due=d(10, 26),
    seller=P("Tisza-Busz Személyszállító Kft.", "5000 Szolnok, Thököly út 15.", taxnum("1377402", "2", "16"), extra=[bank("10300002-10499261-49020011")]),
    buyer=ISK,
    lines=[L("Autóbusz bérlés 50 fő, Kőrösszeg–Eger–Kőrösszeg, osztálykirándulás (2 nap)", 2, 168000, "27", "nap"),
           L("Többletkilométer", 64, 420, "27", "km"), L("Gépkocsivezető szállás", 1, 14900, "27", "éj")])

# x14 tree surgeon, sole trader, AAM ----------------------------------------
inv(name="x14_tree_surgeon_aam", tpl="receipt", df="dot", nf="space",
    number="LT-2027/041", issue=d(11, 9), fulfil=d(11, 8), due=d(11, 17), pay="átutalás",
    seller=P("Lombos Tamás e.v.", "5561 Kőrösszeg, Hársfa utca 3.", taxnum("6012847", "1", "24")),
    buyer=OVI, notes=["Alanyi adómentes (AAM) – Áfa tv. XIII. fejezet"],
    lines=[L("Veszélyes fa kivágása alpin technikával", 3, 65000, "AAM", "db"), L("Gallyaprítás, zöldhulladék elszállítás", 1, 38000, "AAM", "alk")])

# x15 correction (negative) --------------------------------------------------
inv(name="x15_cleaning_correction", tpl="dotmatrix", df="dot", nf="space", kind="correction",
    number="TH-2027/0498", preceding="TH-2027/0412", issue=d(11, 10), fulfil=d(10, 31), due=d(11, 25),
    seller=P("Tiszta Ház Takarító Kft.", "5600 Békéscsaba, Andrássy út 12.", taxnum("2519476", "2", "04")),
    buyer=HIV, notes=["Helyesbites oka: a teljesitett oraszam 310 helyett 298 ora."],
    lines=[L("Irodatakaritas oraszam helyesbites", -12, 3400, "27", "óra")])

# x16 storno --------------------------------------------------------------
inv(name="x16_winter_service_storno", tpl="mono", df="dot", nf="space", kind="storno",
    number="HP-2027-131", preceding="HP-2027-118", issue=d(11, 22), fulfil=d(11, 15), due=d(11, 22),
    seller=P("Hóeke-Plusz Bt.", "5561 Kőrösszeg, Ipartelep 7.", taxnum("2836105", "2", "04"), extra=[bank("53200015-11062398")]),
    buyer=ONK, notes=["Sztornózott (érvénytelenített) számla: HP-2027-118", "Ok: téves vevő adatok miatt a számla érvénytelenítésre kerül."],
    lines=[L("Síkosságmentesítés készenléti díj, november", -1, 180000, "27", "hó"), L("Útszóró só szállítás", -4, 24500, "27", "t")])

# x17 playground proforma -------------------------------------------------
_HJ = P("Hintaló Játszótérépítő Kft.", "6000 Kecskemét, Szent István körút 21.", taxnum("2660318", "2", "03"),
        extra=[bank("10402551-50526770-48521003")])
inv(name="x17_playground_proforma", tpl="plain", df="dot", nf="space", kind="proforma",
    number="DB-2027-0031", issue=d(9, 6), fulfil=None, due=d(9, 16), seller=_HJ, buyer=ONK,
    notes=["Tárgy: Liget utcai játszótér felújítása, szerződés: VSZ-2027/19 – 30% előleg bekérése"],
    lines=[L("Előleg a Liget utcai játszótér felújítására (30%)", 1, 5520000, "27", "db")])

# x18 advance ------------------------------------------------------------
inv(name="x18_playground_advance", tpl="sidebar", df="dot", nf="dot", kind="advance",
    number="HJ-E-2027-007", issue=d(9, 15), fulfil=d(9, 15), due=d(9, 15), pay="átutalás (beérkezett)", seller=_HJ, buyer=ONK,
    notes=["Előlegszámla a DB-2027-0031 díjbekérő alapján, beérkezett előleg: 2027.09.15."],
    lines=[L("Előleg: Liget utcai játszótér felújítása", 1, 5520000, "27", "db")])

# x19 final --------------------------------------------------------------
inv(name="x19_playground_final", tpl="sidebar", df="dot", nf="dot", kind="final",
    number="HJ-2027-0214", issue=d(11, 12), fulfil=d(11, 10), due=d(11, 27), seller=_HJ, buyer=ONK,
    notes=["Végszámla, az előleg (HJ-E-2027-007) levonásával. Átadás-átvételi jegyzőkönyv: 2027.11.10."],
    lines=[L("Liget utcai játszótér felújítása, teljes vállalási ár", 1, 18400000, "27", "db"),
           L("Levonva: előleg (HJ-E-2027-007)", 1, -5520000, "27", "db")])

# x20 German supplier, EUR, intra-community supply ---------------------------
inv(name="x20_playground_equipment_de", tpl="bi_de", df="de", nf="dot", currency="EUR",
    number="RE-2027-10388", issue=d(10, 4), fulfil=d(10, 1), due=d(11, 3),
    seller=P("Spielwerk Holz GmbH", "Industriestraße 14, 91522 Ansbach, Deutschland", None, "DE287451936"),
    buyer=ONK_V,
    notes=["Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG) / Adómentes Közösségen belüli termékértékesítés",
           "IBAN DE44 7655 0000 0008 1234 56 · BIC BYLADEM1ANS"],
    lines=[L("Kletterturm Robinie „Burg“ / Mászóvár akácfából", 1, "7480.00", "0", "Stk"), L("Nestschaukel 100 cm / Fészekhinta", 2, "865.50", "0", "Stk"),
           L("Fracht / Szállítás", 1, "390.00", "0", "psch")])

# x21 Austrian software, EUR, reverse charge ---------------------------------
inv(name="x21_library_software_at", tpl="grid", df="iso", nf="en", currency="EUR",
    number="BN-27-00918", issue=d(11, 5), fulfil=d(10, 31), due=d(12, 5),
    seller=P("BiblioNet Software GmbH", "Mariahilfer Straße 88, 1070 Wien, Austria", None, "ATU63918457"),
    buyer=P("Kőrösszegi Városi Könyvtár", "5561 Kőrösszeg, Kossuth Lajos utca 20.", KONYV["tax"], vatnum(KONYV["tax"])),
    notes=["Reverse charge – tax liability of the recipient (Art. 196 Directive 2006/112/EC) / Fordított adózás"],
    lines=[L("Library system licence Q4/2027 (OPAC + circulation)", 1, "1240.00", "EUFAD", "pc"), L("Remote support hours", "3.5", "95.00", "EUFAD", "h")])

# x22 Hungarian supplier invoicing in EUR, with HUF VAT ----------------------
inv(name="x22_sports_floor_eur", tpl="erp", df="dot", nf="space", currency="EUR", fx="391.85", fx_date=d(10, 22),
    number="PSP/2027/0067", issue=d(10, 25), fulfil=d(10, 22), due=d(11, 24), order="SZ-2027/41", delivery="—",
    seller=P("Pannon Sportpadló Kft.", "9023 Győr, Ipar utca 40.", taxnum("1450906", "2", "08"), vatnum(taxnum("1450906", "2", "08")),
             extra=["EUR számla: HU27 1091 8001 0000 0412 8833 0001"]),
    buyer=VAROSU,
    lines=[L("Sportcsarnok parketta csiszolás és lakkozás", 980, "9.40", "27", "m²", "SZ-PARK"), L("Pályavonalak festése (kézilabda, kosárlabda)", 1, "1150.00", "27", "klt", "SZ-VONAL")])

# x23 park mowing ----------------------------------------------------------
inv(name="x23_park_mowing", tpl="mono", df="long", nf="space",
    number="ZS-2027-00612", issue=d(9, 30), fulfil=d(9, 30), due=d(10, 30),
    seller=P("Zöldsziget Parkfenntartó Kft.", "5561 Kőrösszeg, Malom utca 11.", taxnum("2375641", "2", "04"), extra=[bank("11733003-20196420")]),
    buyer=VAROSU,
    lines=[L("Fűnyírás közparkokban (Liget, Erzsébet park)", 4.2, 38000, "27", "ha"), L("Sövénynyírás", 640, 220, "27", "fm"),
           L("Lombgyűjtés és elszállítás", 12, 9500, "27", "m³")])

# x24 office supplies (27 % + 5 %) ------------------------------------------
inv(name="x24_office_supplies", tpl="greylabels", df="iso", nf="space",
    number="IC-27-104552", issue=d(10, 18), fulfil=d(10, 18), due=d(11, 2),
    seller=P("Irodaszer Centrum Kft.", "1097 Budapest, Könyves Kálmán körút 12.", taxnum("1119023", "2", "43"), logo="IRODASZER CENTRUM",
             bank="10700024-04512307-51100005"),
    buyer=HIV,
    lines=[L("Másolópapír A4 80 g (5x500 lap)", 40, 8490), L("Iratrendező, 75 mm", 60, 690), L("Toner HP 59A", 4, 41900),
           L("Közigazgatási jogszabálygyűjtemény 2027 (könyv)", 3, 12600, "5")])

# x25 elevator maintenance ----------------------------------------------------
inv(name="x25_elevator_service", tpl="landscape", df="dot", nf="dot",
    number="FSZ-2027-3391", issue=d(11, 1), fulfil=d(10, 31), due=d(11, 30),
    seller=P("Felvonó-Szerviz Kft.", "4400 Nyíregyháza, Kótaji út 27.", taxnum("1212840", "2", "15"), extra=[bank("11744003-20338412")]),
    buyer=KONYV,
    lines=[L("Felvonó havi karbantartás (Könyvtár, 630 kg)", 1, 46000, "27", "hó"), L("Időszakos biztonsági felülvizsgálat", 1, 58000, "27", "alk"),
           L("Ajtózár cseréje, anyaggal", 1, 87500, "27", "db")])

# x26 HVAC maintenance sports hall ------------------------------------------
inv(name="x26_hvac_sports_hall", tpl="classic", df="de", nf="dot",
    number="KL-0927/2027", issue=d(9, 27), fulfil=d(9, 24), due=d(10, 12),
    seller=P("Klímatech Épületgépészeti Bt.", "5540 Szarvas, Kossuth utca 58.", taxnum("2049358", "2", "04"), extra=[bank("53500017-10004821")]),
    buyer=VAROSU,
    lines=[L("Légtechnikai rendszer őszi karbantartása", 1, 145000, "27", "alk"), L("Szűrőbetét F7, 592x592", 12, 8350, "27", "db"),
           L("Kiszállási díj", 1, 12000, "27", "alk")])

# x27 staff training, TAM -------------------------------------------------------
inv(name="x27_staff_training_tam", tpl="letter", df="long", nf="space",
    number="TF-2027-219", issue=d(10, 22), fulfil=d(10, 21), due=d(11, 5), place="Szeged",
    seller=P("Tudásfa Felnőttképzési Kft.", "6722 Szeged, Tisza Lajos körút 9.", taxnum("2563179", "2", "06"),
             extra=["Felnőttképzési nyilvántartási szám: B/2020/000912", bank("11735005-20518855")]),
    buyer=HIV, intro=["Tárgy: „Közigazgatási ügyintézés digitálisan” belső képzés, 2027. október 20–21."],
    notes=["Az oktatási szolgáltatás tárgyi adómentes (TAM), Áfa tv. 85. § (1) i) pont."],
    lines=[L("Képzési díj", 14, 38000, "TAM", "fő"), L("Tananyag (jegyzet)", 14, 4500, "TAM", "db")])

# x28 occupational health, TAM -------------------------------------------------
inv(name="x28_occupational_health", tpl="letterhead", df="dot", nf="space",
    number="MED/2027/0391", issue=d(11, 15), fulfil=d(11, 12), due=d(11, 30), place="Békéscsaba",
    seller=P("Medicor Foglalkozás-egészségügyi Bt.", "5600 Békéscsaba, Munkácsy utca 4.", taxnum("2195038", "1", "04"),
             extra=["ÁNTSZ működési engedély: 0417-3/2019"], signer="dr. Varga Ildikó üzemorvos"),
    buyer=OVI, notes=["Tárgyi adómentes egészségügyi szolgáltatás (TAM)."],
    lines=[L("Munkaköri alkalmassági vizsgálat", 9, 9800, "TAM", "fő"), L("Látásvizsgálat képernyős munkahelyhez", 3, 4200, "TAM", "fő")])

# x29 pest control ----------------------------------------------------------
inv(name="x29_pest_control", tpl="stacked", df="iso", nf="space",
    number="RX 2027/5562", issue=d(9, 8), fulfil=d(9, 7), due=d(9, 23),
    seller=P("Rovar-X Kártevőirtó Kft.", "5700 Gyula, Béke sugárút 31.", taxnum("1945672", "2", "04"), extra=[bank("11733144-20012986")]),
    buyer=OVI, subtitle="Egészségügyi kártevőirtás — Napsugár Óvoda konyha",
    lines=[L("Rágcsálóirtás, csalétekállomások ellenőrzése", 1, 24000, "27", "alk"), L("Csótányirtás gél kihelyezéssel", 180, 95, "27", "m²")])

# x30 Slovak stage rental, EUR, reverse charge (bilingual HU/EN) -------------
inv(name="x30_stage_rental_sk", tpl="bi_en", df="iso", nf="en", currency="EUR",
    number="2027100147", issue=d(10, 3), fulfil=d(9, 30), due=d(10, 17),
    seller=P("Javisko Rent s.r.o.", "Hlavná 112, 040 01 Košice, Slovakia", None, "SK2021458736"),
    buyer=ONK_V,
    notes=["Reverse charge / Fordított adózás – Art. 196 of Directive 2006/112/EC", "Szüreti Napok 2027, Kőrösszeg – stage & sound"],
    lines=[L("Mobil színpad bérlet 8x6 m / Mobile stage rental", 2, "980.00", "EUFAD", "day"), L("Hangtechnika és technikus / Sound system + technician", 2, "640.00", "EUFAD", "day"),
           L("Szállítás / Transport", 1, "310.00", "EUFAD", "trip")])

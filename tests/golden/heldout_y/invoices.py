# ruff: noqa
"""The 30 invented invoices of blind set Y (purchases of a furniture manufacturer)."""
import datetime as dt
from .common import taxnum, hu_vat

d = dt.date

BUYER = dict(name="Tölgyliget Bútorgyártó Kft.", addr="8000 Székesfehérvár, Ipari park 12.",
             tax=taxnum("2461835", "2", "07"))
BUYER["vatp"] = hu_vat(BUYER["tax"])  # printed only on EU invoices


def buyer(vat=False, tax=True):
    b = dict(BUYER)
    b["vat"] = BUYER["vatp"] if vat else None
    if not tax:
        b["tax"] = None
    return b


def hu(name, addr, seven, vatc="2", county="13", bank="10918001-00000123-45670001", vat=False):
    t = taxnum(seven, vatc, county)
    return dict(name=name, addr=addr, tax=t, vat=hu_vat(t) if vat else None, bank=bank)


def eu(name, addr, vat, bank):
    return dict(name=name, addr=addr, tax=None, vat=vat, bank=bank)


TIMBER = hu("Bakonyi Fatelep Kft.", "8420 Zirc, Fűrésztelep utca 3.", "1387204", "2", "19", "11749008-20157733")
BOARD = hu("Rábaközi Lemezgyártó Zrt.", "9300 Csorna, Soproni út 88.", "1093562", "2", "08", "10402142-49515057-00000000")
GLUE = hu("PoliKötés Ragasztóipari Kft.", "1211 Budapest, Szikratávíró utca 19.", "2578140", "2", "43", "12010611-01538270-00100003")
HARDW = hu("Vasalat-Centrum Kft.", "6000 Kecskemét, Kiskőrösi út 41/B", "1264493", "2", "03", "10700024-66438912-51100005")
PAINT = hu("Szabó Ildikó e.v.", "8000 Székesfehérvár, Palotai út 7.", "6831452", "1", "27", "11736006-21445590")
TRANS = hu("Gyors-Fuvar Trans Kft.", "2040 Budaörs, Gyár utca 2.", "2314795", "2", "13", "10101322-77459010-01000004", vat=True)
ENERGY = hu("Mezőföldi Energiakereskedő Zrt.", "7100 Szekszárd, Tartsay Vilmos utca 6.", "1402887", "2", "17", "10800007-11112222-33334444")
LEASE = hu("TargoncaPark Bérbeadó Kft.", "2310 Szigetszentmiklós, Csepeli út 15.", "2690158", "2", "13", "11600006-00000000-43218765")
MACH = hu("Hajdú Faipari Gép Kft.", "4031 Debrecen, Köntösgát sor 5.", "1450271", "2", "09", "10300002-10574433-49020019")
SCREW = hu("Csavarker Kereskedelmi Kft.", "3300 Eger, Faiskola út 21.", "1178836", "2", "10", "11739009-20031477")
SHARP = hu("Élezőmester Szerszám Bt.", "8200 Veszprém, Házgyári út 9.", "2019624", "2", "19", "11748007-20512998")
MIXED = hu("Fehérvári Üzemellátó Kft.", "8000 Székesfehérvár, Berényi út 72.", "1335479", "2", "07", "10918001-00000456-78900009")
TRAIN = hu("Asztalos Tudásközpont Bt.", "1097 Budapest, Gubacsi út 6.", "2845036", "1", "43", "10103173-48201866-00000008")
PALLET = hu("Alföldi Raklapgyártó Kft.", "6723 Szeged, Budapesti út 8.", "1196750", "2", "06", "10402805-50526552-49541001", vat=True)
ABRAS = hu("Hegyi Csiszolóanyag Kft.", "3527 Miskolc, Besenyői út 14.", "1059982", "2", "05", "11734004-20451122")

AT = eu("Alpenbeschlag Möbeltechnik GmbH", "Industriestraße 14, 6850 Dornbirn, Österreich", "ATU58213946",
        "IBAN AT45 2060 4000 0123 4567")
SK = eu("Drevoplat Zvolen s.r.o.", "Lieskovská cesta 27, 960 01 Zvolen, Slovensko", "SK2021458376",
        "IBAN SK31 1100 0000 0026 1234 5678")
CZ = eu("Tkalcovna Vlnka s.r.o.", "Tkalcovská 312, 543 01 Vrchlabí, Česká republika", "CZ26743918",
        "IBAN CZ65 0800 0000 1920 0014 5399")
PL = eu("PianaFoam Sp. z o.o.", "ul. Przemysłowa 9, 43-300 Bielsko-Biała, Polska", "PL5272849163",
        "IBAN PL61 1090 1014 0000 0712 1981 2874")
RO = eu("TransCarpat Logistic S.R.L.", "Str. Fabricii nr. 46, 400620 Cluj-Napoca, România", "RO31457820",
        "IBAN RO49 AAAA 1B31 0075 9384 0000")
IT = eu("Meccanica Brenta S.r.l.", "Via dell'Industria 23, 36061 Bassano del Grappa (VI), Italia", "IT03876540281",
        "IBAN IT60 X054 2811 1010 0000 0123 456")


def I(name, layout, seller, number, kind, issue, fulfil, due, currency, lines, nf, df, **kw):
    inv = dict(name=name, layout=layout, seller=seller, number=number, kind=kind, issue=issue,
               fulfil=fulfil, due=due, currency=currency, lines=lines, nf=nf, df=df)
    inv.setdefault("buyer", buyer())
    inv.update(kw)
    return inv


INVOICES = [
    I("y01_timber_oak", "twocol_boxes", TIMBER, "BF-2027/00871", "normal", d(2027, 9, 14), d(2027, 9, 13), d(2027, 10, 14), "HUF",
      [("Tölgy fűrészáru, 32 mm, I. osztály", "4.25", "m³", "248000", "27"),
       ("Tölgy fűrészáru, 50 mm, II. osztály", "2.6", "m³", "212500", "27"),
       ("Szállítás, rakodás", "1", "alkalom", "38000", "27")], "sp", "dot"),
    I("y02_timber_beech", "twocol_boxes", TIMBER, "BF-2027/00934", "normal", d(2027, 10, 5), d(2027, 10, 5), d(2027, 11, 4), "HUF",
      [("Bükk gőzölt fűrészáru, 26 mm", "6.8", "m³", "176400", "27"),
       ("Bükk ragasztott tábla, 40x600x2000", "24", "db", "18950", "27")], "dot", "dot"),
    I("y03_board_mdf", "letterhead_footer", BOARD, "RLZ-27-004512", "normal", d(2027, 10, 8), d(2027, 10, 7), d(2027, 11, 7), "HUF",
      [("MDF lap 18 mm, 2800x2070", "60", "tábla", "14320", "27"),
       ("Laminált forgácslap 18 mm, fehér", "45", "tábla", "11870", "27"),
       ("HDF hátfal 3 mm", "80", "tábla", "3240", "27")], "sp", "long"),
    I("y04_glue_pva", "grid_labels", GLUE, "PK2027-1183", "normal", d(2027, 9, 21), d(2027, 9, 20), d(2027, 10, 21), "HUF",
      [("PVAc faragasztó D3, 30 kg vödör", "12", "vödör", "27450", "27"),
       ("Olvadékragasztó granulátum élzáróhoz, 25 kg", "8", "zsák", "52300", "27")], "plain", "iso"),
    I("y05_hardware_hinges", "meta_table_top", HARDW, "VC/2027/S/3321", "normal", d(2027, 10, 12), d(2027, 10, 12), d(2027, 10, 27), "HUF",
      [("Ráütődő pánt 110°, csillapított", "400", "db", "612", "27"),
       ("Golyós fiókcsín 450 mm, teljes kihúzású", "120", "pár", "2890", "27"),
       ("Fogantyú 128 mm, matt fekete", "300", "db", "745", "27"),
       ("Szintező láb 100 mm", "200", "db", "318", "27")], "dot", "dot"),
    I("y06_paint_lacquer", "receipt", PAINT, "SZI-2027-0412", "normal", d(2027, 10, 19), d(2027, 10, 19), d(2027, 10, 19), "HUF",
      [("Vizes bázisú lakk, selyemmatt 5 l", "3", "db", "18990", "27"),
       ("Pácfesték dió 1 l", "4", "db", "4590", "27"),
       ("Hígító 1 l", "2", "db", "1890", "27")], "sp", "dot"),
    I("y07_transport_eur", "eur_fx", TRANS, "GYFT-E-2027-0577", "normal", d(2027, 10, 20), d(2027, 10, 18), d(2027, 11, 19), "EUR",
      [("Fuvardíj Székesfehérvár – Wien, bútorszállítmány", "1", "fuvar", "640", "27"),
       ("Várakozási díj", "2.5", "óra", "35", "27"),
       ("Útdíj továbbszámlázás", "1", "tétel", "86.40", "27")], "sp", "dot", fx="402.15",
      buyer=buyer(vat=True)),
    I("y08_transport_local", "dotmatrix", TRANS, "GYFT-2027-11802", "normal", d(2027, 11, 3), d(2027, 11, 2), d(2027, 11, 17), "HUF",
      [("Belföldi fuvar Zirc - Székesfehérvár", "1", "fuvar", "86000", "27"),
       ("Belföldi fuvar Csorna - Székesfehérvár", "1", "fuvar", "112000", "27"),
       ("Emelőhátfalas kiegészítő díj", "2", "alk", "9500", "27")], "sp", "dot"),
    I("y09_austria_hinges", "bilingual_de", AT, "RE-27-104377", "normal", d(2027, 9, 28), d(2027, 9, 24), d(2027, 10, 28), "EUR",
      [("Topfscharnier 110° mit Dämpfung / Fazékpánt 110° csillapítással", "1500", "Stk", "1.84", "RC"),
       ("Montageplatte 0 mm / Szerelőtalp 0 mm", "1500", "Stk", "0.42", "RC"),
       ("Frachtkosten / Szállítási költség", "1", "psch", "95.00", "RC")], "dot", "dmy",
      buyer=buyer(vat=True, tax=False)),
    I("y10_austria_drawers", "bilingual_de", AT, "RE-27-105102", "normal", d(2027, 10, 26), d(2027, 10, 22), d(2027, 11, 25), "EUR",
      [("Schubkastensystem 500 mm, anthrazit / Fiókrendszer 500 mm, antracit", "240", "Set", "14.65", "RC"),
       ("Frontverbinder / Frontrögzítő", "480", "Stk", "0.96", "RC")], "dot", "dmy",
      buyer=buyer(vat=True, tax=True)),
    I("y11_slovak_chipboard", "slovak_en", SK, "2027100452", "normal", d(2027, 10, 4), d(2027, 10, 1), d(2027, 11, 3), "EUR",
      [("Drevotrieska surová 18 mm / Raw chipboard 18 mm", "22.40", "m³", "212.00", "RC"),
       ("Drevotrieska surová 25 mm / Raw chipboard 25 mm", "9.80", "m³", "219.50", "RC")], "sp", "cz",
      buyer=buyer(vat=True, tax=False)),
    I("y12_czech_fabric_czk", "czech_cz", CZ, "FV270318", "normal", d(2027, 9, 16), d(2027, 9, 15), d(2027, 10, 16), "CZK",
      [("Potahová tkanina Vlnka Tweed, šedá / Upholstery fabric, grey", "180", "m", "312.00", "RC"),
       ("Potahová tkanina Vlnka Bouclé, krémová", "95", "m", "389.50", "RC")], "sp", "cz",
      buyer=buyer(vat=True, tax=False)),
    I("y13_czech_fabric_eur", "czech_cz", CZ, "FV270407", "normal", d(2027, 11, 9), d(2027, 11, 8), d(2027, 12, 9), "EUR",
      [("Potahová tkanina Vlnka Velvet, olivová", "220", "m", "13.70", "RC"),
       ("Doprava / Transport", "1", "ks", "120.00", "RC")], "sp", "cz",
      buyer=buyer(vat=True, tax=False)),
    I("y14_polish_foam_pln", "polish_pl", PL, "FV/1187/10/2027", "normal", d(2027, 10, 15), d(2027, 10, 14), d(2027, 11, 14), "PLN",
      [("Pianka poliuretanowa T-35, 2000x1000x100 mm", "140", "szt.", "88.40", "RC"),
       ("Pianka HR-40 wysokoelastyczna, 2000x1000x50 mm", "90", "szt.", "71.25", "RC")], "sp", "iso",
      buyer=buyer(vat=True, tax=False)),
    I("y15_polish_foam_eur", "polish_pl", PL, "FV/1302/11/2027", "normal", d(2027, 11, 12), d(2027, 11, 10), d(2027, 12, 12), "EUR",
      [("Pianka HR-40 wysokoelastyczna, blok", "12", "blok", "386.00", "RC"),
       ("Paleta EUR (zwrotna)", "6", "szt.", "11.50", "RC")], "sp", "iso",
      buyer=buyer(vat=True, tax=False)),
    I("y16_romanian_haul", "rl_banded", RO, "TCL 2027-0915", "normal", d(2027, 10, 29), d(2027, 10, 27), d(2027, 11, 28), "EUR",
      [("International road freight Vrchlabí (CZ) - Székesfehérvár (HU)", "1", "trip", "1180.00", "RC"),
       ("Fuel surcharge 6%", "1", "pcs", "70.80", "RC")], "dot", "dmy",
      buyer=buyer(vat=True, tax=False)),
    I("y17_italian_service", "english_service", IT, "2027/FE/0388", "normal", d(2027, 11, 5), d(2027, 11, 3), d(2027, 12, 5), "EUR",
      [("On-site service of CNC edge bander, technician hours", "14", "h", "68.00", "RC"),
       ("Travel expenses (flat rate)", "1", "lump sum", "420.00", "RC"),
       ("Spare part: glue pot heating element", "2", "pcs", "186.50", "RC")], "en", "slash",
      buyer=buyer(vat=True, tax=False)),
    I("y18_energy_bill", "energy_bill", ENERGY, "E27-0093155", "normal", d(2027, 11, 4), d(2027, 10, 31), d(2027, 11, 19), "HUF",
      [("Villamosenergia, csúcsidő (2027.10.01–2027.10.31.)", "18420", "kWh", "58.12", "27"),
       ("Villamosenergia, völgyidő", "9310", "kWh", "41.60", "27"),
       ("Rendszerhasználati díjak", "27730", "kWh", "19.35", "27"),
       ("Pénzügyi elszámolási díj", "1", "hó", "2490", "27")], "sp", "long"),
    I("y19_forklift_lease", "lease_letter", LEASE, "TPB-2027-0611", "normal", d(2027, 10, 1), d(2027, 10, 31), d(2027, 10, 15), "HUF",
      [("Villás targonca (Linde-típus, 2,5 t) bérleti díja, 2027. október", "1", "hó", "385000", "27"),
       ("Kötelező szerviz átalány", "1", "hó", "24500", "27")], "dot", "dot"),
    I("y20_board_correction", "letterhead_footer", BOARD, "RLZ-27-004790", "correction", d(2027, 10, 22), d(2027, 10, 7), d(2027, 11, 7), "HUF",
      [("MDF lap 18 mm, 2800x2070 – sérült, visszáru", "-6", "tábla", "14320", "27"),
       ("Laminált forgácslap 18 mm, fehér – árkorrekció", "45", "tábla", "-520", "27")], "sp", "long",
      preceding="RLZ-27-004512"),
    I("y21_glue_storno", "rl_classic", GLUE, "PK2027-1247", "storno", d(2027, 10, 6), d(2027, 9, 29), d(2027, 10, 29), "HUF",
      [("Kontaktragasztó, 10 l kanna", "-6", "kanna", "21900", "27"),
       ("Tisztító oldószer, 5 l", "-4", "kanna", "6350", "27")], "dot", "dot",
      preceding="PK2027-1201"),
    I("y22_machine_proforma", "tiny_grey", MACH, "DB-2027-0142", "proforma", d(2027, 9, 10), None, d(2027, 9, 20), "HUF",
      [("CNC megmunkáló központ, 5 tengelyes – 30% előleg", "1", "db", "8550000", "27")], "sp", "dot"),
    I("y23_machine_advance", "tiny_grey", MACH, "HFG-E-2027-0058", "advance", d(2027, 9, 17), d(2027, 9, 17), d(2027, 9, 17), "HUF",
      [("Előleg: CNC megmunkáló központ, 5 tengelyes (díjbekérő: DB-2027-0142)", "1", "db", "8550000", "27")], "sp", "dot"),
    I("y24_machine_final", "tiny_grey", MACH, "HFG-2027-1377", "final", d(2027, 11, 15), d(2027, 11, 12), d(2027, 11, 30), "HUF",
      [("CNC megmunkáló központ, 5 tengelyes, telepítéssel", "1", "db", "28500000", "27"),
       ("Kezelői oktatás (2 nap)", "1", "db", "480000", "27"),
       ("Levont előleg (HFG-E-2027-0058)", "1", "db", "-8550000", "27")], "sp", "dot"),
    I("y25_screws_multipage", "multipage", SCREW, "CSK-27-08812", "normal", d(2027, 10, 27), d(2027, 10, 26), d(2027, 11, 26), "HUF",
      [(f"{t} {m}", q, "db", p, "27") for (t, m, q, p) in [
          ("Forgácslapcsavar süllyesztett fejű", "3,5x16", "5000", "2.9"),
          ("Forgácslapcsavar süllyesztett fejű", "3,5x30", "5000", "3.6"),
          ("Forgácslapcsavar süllyesztett fejű", "4x40", "4000", "4.8"),
          ("Forgácslapcsavar süllyesztett fejű", "4x50", "3000", "5.9"),
          ("Forgácslapcsavar süllyesztett fejű", "5x60", "2000", "9.4"),
          ("Excenteres bútorösszekötő", "15 mm", "3000", "38"),
          ("Excenteres csap", "M6x34", "3000", "21"),
          ("Faltipli bükk", "8x35", "20000", "3.1"),
          ("Faltipli bükk", "10x40", "10000", "4.7"),
          ("Konfirmat csavar", "7x50", "4000", "11.5"),
          ("Bútorlábcsavar", "M8x30", "1200", "26"),
          ("Menetes betét", "M6", "2500", "17"),
          ("Menetes betét", "M8", "1500", "22"),
          ("Polctartó csap fém", "5 mm", "8000", "6.2"),
          ("Polctartó csap műanyag", "5 mm", "6000", "3.4"),
          ("Takarósapka fehér", "12 mm", "10000", "1.9"),
          ("Takarósapka bükk", "12 mm", "6000", "2.1"),
          ("Sarokvas horganyzott", "40x40", "2000", "29"),
          ("Sarokvas horganyzott", "60x60", "1500", "41"),
          ("Lapos összekötő lemez", "96 mm", "1000", "48"),
          ("Szekrényakasztó vasalat", "jobb", "400", "355"),
          ("Szekrényakasztó vasalat", "bal", "400", "355"),
          ("Fiókzár", "22 mm", "300", "690"),
          ("Mágneszár", "fehér", "600", "145"),
          ("Ajtóütköző", "gumi", "3000", "12"),
          ("Bútorcsúszó", "20 mm", "4000", "9.5"),
          ("Akasztórúd tartó", "ovális", "800", "88"),
          ("Akasztórúd", "1250 mm", "400", "790"),
          ("Nyomó kilincs nélküli nyitó", "push", "500", "640"),
          ("Lengőajtó-vasalat", "szett", "60", "4350"),
          ("Élzárószalag ABS", "22x0,8 fehér", "3000", "18"),
          ("Élzárószalag ABS", "22x2 tölgy", "1500", "46"),
          ("Élzárószalag ABS", "42x2 antracit", "1200", "79"),
          ("Csomagolt kábelvezető", "60 mm", "500", "112"),
          ("LED profil alumínium", "2 m", "150", "1890"),
          ("LED szalag 4000K", "5 m", "80", "3950"),
      ]], "dot", "dot"),
    I("y26_tools_sharpening", "rl_classic", SHARP, "EM/2027/0733", "normal", d(2027, 10, 13), d(2027, 10, 11), d(2027, 10, 28), "HUF",
      [("Körfűrészlap élezés Ø300, Z60", "14", "db", "4200", "27"),
       ("Marószerszám élezés, profilkés", "9", "db", "6800", "27"),
       ("Új keményfém fúró Ø35, pántfúró", "6", "db", "8900", "27")], "sp", "dmy"),
    I("y27_supplies_mixed", "sidebar", MIXED, "FÜ-2027-02256", "normal", d(2027, 11, 18), d(2027, 11, 18), d(2027, 12, 3), "HUF",
      [("Munkavédelmi kesztyű, mártott", "120", "pár", "690", "27"),
       ("Tej 2,8% 1 l (üzemi konyha)", "60", "l", "389", "18"),
       ("Kenyér, fehér 1 kg", "30", "db", "720", "5"),
       ("Szakkönyv: Faipari technológia", "4", "db", "6900", "5"),
       ("Postai díj továbbszámlázás", "1", "tétel", "4250", "TAM")], "sp2", "iso"),
    I("y28_training_exempt", "rl_compact", TRAIN, "AT-27/0164", "normal", d(2027, 10, 25), d(2027, 10, 22), d(2027, 11, 4), "HUF",
      [("Felületkezelő tanfolyam, 3 nap, fő", "5", "fő", "84000", "AAM"),
       ("Vizsgadíj", "5", "fő", "12000", "AAM")], "dot", "long"),
    I("y29_pallets_eur", "boxed_form", PALLET, "ARG-2027-E-0219", "normal", d(2027, 11, 22), d(2027, 11, 22), d(2027, 12, 22), "EUR",
      [("EUR raklap 1200x800, új, EPAL", "180", "db", "11.40", "27"),
       ("Egyedi faláda 2100x900x600, hőkezelt", "24", "db", "58.75", "27")], "dot", "dmy", fx="398.62",
      buyer=buyer(vat=True)),
    I("y30_abrasives_mono", "rl_mono", ABRAS, "HCS 27/1509", "normal", d(2027, 11, 25), d(2027, 11, 24), d(2027, 12, 9), "HUF",
      [("Csiszolópapir P120 tekercs 115mm x 50m", "20", "tek", "7450", "27"),
       ("Csiszolopapir P180 tekercs 115mm x 50m", "20", "tek", "7450", "27"),
       ("Csiszolóháló P240 korong 150mm", "500", "db", "186", "27"),
       ("Csiszolószivacs", "100", "db", "430", "27")], "plain", "dmy"),
]

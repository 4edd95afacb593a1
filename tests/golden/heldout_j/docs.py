# ruff: noqa
"""The invented documents of set J: a construction general contractor, its metal-works subsidiary and their suppliers."""
import datetime as dt
from .common import Party, Doc, taxno, hu_vat

d = dt.date


def P(name, addr, t7=None, v=2, cc=3, vat=True, extra=()):
    tax = taxno(t7, v, cc) if t7 else None
    return Party(name, addr, tax, hu_vat(tax) if (tax and vat) else None, list(extra))


GC = P("Tiszamenti Építő Zrt.", "6000 Kecskemét, Kiskőrösi út 88.", "2461837", 2, 3,
       extra=[("Cégjegyzékszám", "03-10-100472")])
GC_nobank = P("Tiszamenti Építő Zrt.", "6000 Kecskemét, Kiskőrösi út 88.", "2461837", 2, 3)
METAL = P("TÉ Acélszerkezet Gyártó Kft.", "6100 Kiskunfélegyháza, Ipari park 4.", "2598314", 2, 3)
INV = P("Hírös Logisztikai Park Kft.", "1139 Budapest, Váci út 141. 5. em.", "2733106", 2, 41)
GC_out = P("Tiszamenti Építő Zrt.", "6000 Kecskemét, Kiskőrösi út 88.", "2461837", 2, 3,
           extra=[("Bankszámla", "11732002-20418837-00000000"), ("Cégjegyzékszám", "03-10-100472")])

TUZEP = P("Alföldi Tüzép és Építőanyag Kereskedelmi Kft.", "6041 Kerekegyháza, Fő utca 210.", "1148273", 2, 3,
          extra=[("Bankszámlaszám", "10402623-50526787-48741003")])
BETON = P("Homokhát Betonüzem Kft.", "6034 Helvécia, Bányató dűlő 7.", "1390552", 2, 3,
          extra=[("Számlaszám", "12010422-01385517-00100004")])
ALLV = P("Magasláb Állványbérlő Kft.", "2100 Gödöllő, Kenyérgyári út 19.", "2305918", 2, 13)
DARU = P("Daru-Kovács Emelőgép Szolgáltató Bt.", "6800 Hódmezővásárhely, Lázár utca 3.", "2187640", 2, 6)
VBSZ = P("Vasbeton-Szerelő 2000 Kft.", "6060 Tiszakécske, Szolnoki út 52.", "1266391", 2, 3)
BURK = P("Szentesi Burkoló és Szigetelő Kft.", "6600 Szentes, Kossuth tér 9/B.", "2459027", 2, 6)
EV = P("Bérczi Anna Katalin e.v.", "6000 Kecskemét, Csongrádi út 31. II/4.", "6713442", 1, 3, vat=False,
       extra=[("Nyilvántartási szám", "55120934"), ("Építész kamarai szám", "É 03-1187")])
GEO = P("GeoPont Földmérő és Térinformatikai Kft.", "6000 Kecskemét, Széchenyi sétány 2.", "2520863", 2, 3)
LAW = P("Dr. Szalai és Társai Ügyvédi Iroda", "1055 Budapest, Falk Miksa utca 17.", "1867534", 2, 41,
        extra=[("KASZ", "36061744"), ("Bankszámla", "16200010-00213945-00000000")])
GEP = P("Gépkorona Munkagép Kereskedelmi Zrt.", "2040 Budaörs, Gyár utca 6.", "1075219", 2, 13)
SK = Party("OceľServis Košice s.r.o.", "Južná trieda 48, 040 01 Košice, Slovakia", None, "SK2021457893",
           [("IBAN", "SK31 1100 0000 0029 4718 5520")])
DE = Party("Hartmann Präzisionswerkzeuge GmbH", "Industriestraße 12, 73430 Aalen, Deutschland", None, "DE287614530",
           [("HRB", "Ulm 731855"), ("IBAN", "DE44 6145 0050 0108 2211 73")])
AT = Party("Stahlhandel Steiner GmbH", "Welser Straße 77, 4614 Marchtrenk, Österreich", None, "ATU61847392",
           [("FN", "248871 k"), ("IBAN", "AT61 3412 9000 0071 2284")])
WASTE = P("Zöldút Hulladékszállító Nonprofit Kft.", "6000 Kecskemét, Kuruc tér 3.", "2276408", 2, 3,
          extra=[("KÜJ", "101 447 205")])
SEC = P("Őrszem-Vagyonvédelem Kft.", "1106 Budapest, Fehér út 10.", "2419875", 2, 42)
FUEL = P("Kőolajút Üzemanyagkártya Zrt.", "1117 Budapest, Dombóvári út 28.", "1019284", 4, 44)
ELEC = P("Déli Áramszolgáltató Energiakereskedő Zrt.", "6724 Szeged, Kossuth Lajos sgt. 64.", "1288571", 2, 6)
TEL = P("Csillagvonal Távközlési Zrt.", "1097 Budapest, Könyves Kálmán krt. 36.", "1163309", 2, 44)
LEAS = P("Alföld Lízing Pénzügyi Zrt.", "1134 Budapest, Lehel utca 11.", "1277430", 2, 41)
INS = P("Biztos Bástya Biztosító Zrt.", "1082 Budapest, Üllői út 48.", "1098326", 2, 44)
PRIV = Party("Nagy Tibor", "6000 Kecskemét, Rákóczi út 12. 3/11.")

SITE = "Szállítási cím / munkaterület: 6000 Kecskemét, Déli iparterület, Hírös Logisztikai Park „B” csarnok"
PRJ = ("Projektszám", "P-2027-017 Hírös Park B csarnok")


def docs():
    out = []
    A = out.append
    # 1 building-material merchant
    A(Doc("ATU-2027-001846", "tuzep_anyag", "online", "normal", "SZÁMLA", d(2027, 2, 3), d(2027, 2, 3), d(2027, 3, 5), TUZEP, GC,
          [("Portlandcement CEM II 42,5 N, 25 kg", 120, "zsák", 2390, 27), ("Kerámia falazóblokk 30 N+F", 960, "db", 612, 27),
           ("Raklap (visszaváltható)", 8, "db", 4500, 27), ("Ytong válaszfallap 10 cm", 84, "db", 1865, 27),
           ("Szállítási díj daruval", 1, "fuvar", 38000, 27)],
          header_extra=[("Megrendelés szám", "RS-2027-00418"), PRJ], notes=[SITE, "Bankszámla: 10402623-50526787-48741003 (OTP-Bank)", "Szállítólevél: SZL-77812, SZL-77815"],
          words=True))
    # 2 concrete plant, many delivery notes -> multi-page
    lines = []
    for i in range(46):
        q = [7.5, 8, 6, 9, 8.5][i % 5]
        lines.append((f"C30/37-XC2-16-F3 transzportbeton, szl. BT-{40112 + i}", q, "m3", 31800, 27))
    lines += [("Betonpumpa 36 m gémes, üzemóra", 14, "óra", 28500, 27), ("Pumpakiállás díja", 3, "alk.", 45000, 27)]
    A(Doc("HBU/2027/000213", "beton_szallitas", "erp", "normal", "SZÁMLA", d(2027, 2, 28), d(2027, 2, 26), d(2027, 3, 30), BETON, GC_nobank,
          lines, amt="dot0", date="spaced",
          header_extra=[PRJ, ("Építési napló", "EN-2027-KKT-0188"), ("Vevőkód", "V-01442")], notes=[SITE, "Keretszerződés: KSZ-2026/51"]))
    # 3 scaffolding rental, period only (no fulfilment date printed)
    A(Doc("MAB-27/0092", "allvany_berlet", "word", "normal", "SZÁMLA", d(2027, 2, 1), d(2027, 1, 31), d(2027, 2, 16), ALLV, GC,
          [("Homlokzati állvány bérleti díja, 1 240 m2", 31, "nap", 27900, 27), ("Állványfel- és leszerelés részszámlázás", 1, "klt", 385000, 27)],
          amt="sp2", date="long", fulf_printed=False, period="Bérleti időszak: 2027.01.01. – 2027.01.31.",
          header_extra=[("Bérleti szerződés", "BSZ-2026-311")], notes=["Munkaterület: 6000 Kecskemét, Déli iparterület, B csarnok"]))
    # 4 crane hire pro forma
    A(Doc("DB-2027/041", "daru_dijbekero", "grid", "proforma", "DÍJBEKÉRŐ", d(2027, 3, 8), None, d(2027, 3, 12), DARU, GC,
          [("Autódaru 60 t, napi bérleti díj kezelővel", 2, "nap", 420000, 27), ("Kiszállás, visszaszállás", 1, "alk.", 95000, 27)],
          amt="sp0", date="dots", no_label="Díjbekérő száma",
          notes=["Ez a díjbekérő nem minősül számlának, áfa levonására nem jogosít.", "A számlát az összeg beérkezése után állítjuk ki.",
                 "Kérjük, közleményben tüntesse fel: DB-2027/041"]))
    # 5 subcontractor reverse charge, dot-matrix
    A(Doc("VBSZ 2027/0019", "vasszereles_fad", "dotmatrix", "normal", "SZAMLA", d(2027, 3, 1), d(2027, 2, 28), d(2027, 3, 31), VBSZ, GC_nobank,
          [("Vasszerelés B csarnok alaplemez", 18.4, "t", 168000, "FAD"), ("Zsaluzás pillérekhez", 212, "m2", 5400, "FAD"),
           ("Betonozás segédmunka", 96, "óra", 5800, "FAD")],
          amt="mono", date="dots", header_extra=[("Épitesi naplo", "EN-2027-KKT-0188"), ("Alvallalkozoi szerzodes", "ASZ-P017-03")],
          notes=["Forditott adozas - Afa tv. 142. § (1) b) pont. Az adot a szolgaltatast igenybe vevo fizeti.", "Bankszamla: 11600006-00000000-12447839"]))
    # 6 second subcontractor with retention
    A(Doc("SZB-2027-0031", "burkolas_fad", "grid", "normal", "SZÁMLA", d(2027, 3, 15), d(2027, 3, 12), d(2027, 4, 14), BURK, GC,
          [("Ipari padló felületkezelés (teljesítésigazolás TIG-07)", 2450, "m2", 3200, "FAD"), ("Lábazati burkolat", 380, "fm", 2050, "FAD")],
          amt="sp0", date="iso",
          after_totals=[("Garanciális visszatartás 5% (szerződés 9.2. pont)", "-430 950 Ft"), ("Most fizetendő", "8 188 050 Ft")],
          notes=["Fordított adózás – Áfa tv. 142. § (1) b) pont alapján. Az áfát a vevő vallja be.", "Részszámla 2/4 a szerződés szerint"]))
    # 7 architect, subject exempt
    A(Doc("2027/007", "epitesz_ev", "word", "normal", "SZÁMLA", d(2027, 1, 20), d(2027, 1, 20), d(2027, 2, 4), EV, GC,
          [("Kiviteli terv módosítása – B csarnok irodablokk", 1, "tétel", 640000, "AAM"), ("Tervezői művezetés, 2027. január", 6, "alk.", 35000, "AAM")],
          amt="dotdash", date="long", words=True,
          notes=["Alanyi adómentes – az Áfa tv. 187. § alapján áfát nem számítunk fel.", "Bankszámla: 11773054-00541236"]))
    # 8 surveyor
    A(Doc("GP-27-0114", "geodezia", "online", "normal", "Számla", d(2027, 2, 10), d(2027, 2, 9), d(2027, 2, 24), GEO, GC,
          [("Kitűzés, pillértengelyek (42 pont)", 1, "klt", 186000, 27), ("Megvalósulási felmérés, digitális állomány", 1, "klt", 244000, 27)],
          date="abbr", header_extra=[("Munkaszám", "GP-M-2027-009"), ("Helyrajzi szám", "Kecskemét 0981/57")]))
    # 9 law firm (reportlab)
    A(Doc("SZ-ÜI/2027/0088", "ugyved", "rl_classic", "normal", "SZÁMLA", d(2027, 3, 31), d(2027, 3, 31), d(2027, 4, 15), LAW, GC_nobank,
          [("Jogi tanácsadás – generálkivitelezési szerződés", 11.5, "óra", 48000, 27), ("Kötbérigény előkészítése", 4, "óra", 48000, 27),
           ("Okiratszerkesztés, ellenjegyzés", 1, "db", 120000, 27)],
          date="spaced", header_extra=[("Ügyszám", "2027/ÜSZ/144")], words=True,
          notes=["Megbízási szerződés: 2026. december 1.", "Bankszámla: 16200010-00213945-00000000"]))
    # 10 machine dealer advance
    A(Doc("GK-ELO-2027-0031", "gep_eloleg", "erp", "advance", "ELŐLEGSZÁMLA", d(2027, 1, 12), d(2027, 1, 12), d(2027, 1, 19), GEP, GC_nobank,
          [("Előleg: teleszkópos rakodógép TX-740 vételárára", 1, "db", 9000000, 27)],
          amt="sp2", date="dots", header_extra=[("Adásvételi szerződés", "GK-SZ-2027/112")],
          notes=["Előlegszámla – az előleg a végszámlában kerül levonásra."]))
    # 11 machine dealer final
    A(Doc("GK-2027-0457", "gep_vegszamla", "erp", "final", "VÉGSZÁMLA", d(2027, 2, 22), d(2027, 2, 22), d(2027, 3, 8), GEP, GC_nobank,
          [("Teleszkópos rakodógép TX-740, gyári szám TX740-88172", 1, "db", 38500000, 27), ("Raklapvilla 1200 mm", 1, "db", 640000, 27),
           ("Beüzemelés, kezelőoktatás", 1, "alk.", 180000, 27), ("Levonva: előleg, GK-ELO-2027-0031 sz. előlegszámla", 1, "db", -9000000, 27)],
          amt="sp2", date="dots", header_extra=[("Adásvételi szerződés", "GK-SZ-2027/112"), ("Forgalmi rendszám", "nincs (munkagép)")],
          notes=["Végszámla. A fizetett előleg (9 000 000,00 HUF + áfa) levonásra került."]))
    # 12 Slovak steel service centre, EUR, intra-EU
    A(Doc("FV-2027-00791", "acel_sk_eur", "bilingual_en", "normal", "INVOICE / SZÁMLA", d(2027, 2, 15), d(2027, 2, 12), d(2027, 3, 17), SK, METAL,
          [("S355J2 hot-rolled plate 12 mm / melegen hengerelt lemez", 14.62, "t", 812.5, "0% EU"), ("HEA 200 beam S275 / gerenda", 9.35, "t", 905, "0% EU"),
           ("Cutting to size / darabolás", 38, "pcs", 6.8, "0% EU"), ("Transport Košice – Kiskunfélegyháza", 1, "trip", 640, "0% EU")],
          cur="EUR", amt="en2", date="de", header_extra=[("Order / Rendelés", "PO-TEA-2027-0064"), ("CMR", "SK-44718")],
          notes=["Intra-Community supply of goods, exempt under Art. 138 Directive 2006/112/EC.", "Közösségen belüli adómentes termékértékesítés."]))
    # 13 German tool maker, bilingual DE/HU
    A(Doc("RE-27-104455", "szerszam_de_eur", "bilingual_de", "normal", "RECHNUNG / SZÁMLA", d(2027, 3, 4), d(2027, 3, 2), d(2027, 4, 3), DE, METAL,
          [("Spiralbohrer HSS-E 8,5 mm / csigafúró", 40, "Stk", 11.35, "0% iG"), ("Gewindebohrer M12 / menetfúró", 25, "Stk", 27.9, "0% iG"),
           ("Fräser VHM 16 mm / keményfém maró", 6, "Stk", 148.6, "0% iG")],
          cur="EUR", amt="de2", date="de", header_extra=[("Kundennr. / Vevőszám", "K-55017"), ("Auftrag / Rendelés", "AB-27-3391")],
          notes=["Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG) / Közösségen belüli adómentes termékértékesítés.", "Seite 1 von 1"]))
    # 14 waste transport
    A(Doc("ZU-2027/01/0337", "hulladek", "grid", "normal", "SZÁMLA", d(2027, 2, 2), d(2027, 1, 31), d(2027, 2, 17), WASTE, GC,
          [("Építési-bontási hulladék 17 01 07, konténer 8 m3", 6, "db", 46500, 27), ("Vegyes hulladék lerakási díj", 14.3, "t", 21800, 27),
           ("Konténerbérlet", 31, "nap", 900, 27)],
          amt="dot0", date="dots", header_extra=[("Szerződésszám", "ZU-SZ-2025-118")], notes=["Hulladék szállítási bizonylatok: SZJ-1174 … SZJ-1179", SITE]))
    # 15 security
    A(Doc("OV-2027-000412", "vagyonvedelem", "online", "normal", "SZÁMLA", d(2027, 2, 5), d(2027, 1, 31), d(2027, 2, 20), SEC, GC,
          [("Élőerős őrzés, felvonulási terület (744 óra)", 744, "óra", 2850, 27), ("Kamerarendszer távfelügyelet", 1, "hó", 65000, 27)],
          date="dots", period="Elszámolási időszak: 2027.01.01–2027.01.31", header_extra=[("Objektum", "B csarnok munkaterület")]))
    # 16 fuel card, multi-page
    plates = ["AA NT-417", "AB CK-902", "AE MR-118", "RZB-441"]
    lines = []
    for i in range(44):
        lit = [54.32, 61.07, 38.9, 72.15][i % 4] + (i % 7) * 0.41
        lines.append((f"Gázolaj — {plates[i % 4]} — kút {1100 + (i * 37) % 400}, 2027.02.{1 + i % 28:02d}", round(lit, 2), "l", [598.43, 602.76, 596.06][i % 3], 27))
    lines.append(("Kártyadíj", 4, "db", 750, 27))
    A(Doc("KUK-27-0204419", "uzemanyag_kartya", "utility", "normal", "GYŰJTŐSZÁMLA", d(2027, 3, 1), d(2027, 2, 28), d(2027, 3, 16), FUEL, GC_nobank,
          lines, amt="sp2", date="dots", period="2027.02.01. – 2027.02.28.",
          header_extra=[("Ügyfélszám", "KK-118406"), ("Kártyák száma", "4 db"), ("Szerződés", "FK-2023-5521")]))
    # 17 electricity
    A(Doc("E27/0091144817", "aram", "utility", "normal", "VILLAMOSENERGIA SZÁMLA", d(2027, 2, 8), d(2027, 1, 31), d(2027, 2, 23), ELEC, GC_nobank,
          [("Villamos energia, egyetemes tarifa (2027.01.01–01.31)", 18420, "kWh", 38.62, 27), ("Rendszerhasználati díj", 18420, "kWh", 11.28, 27),
           ("Teljesítménydíj", 80, "kW", 1420, 27), ("Pénzeszközök (KÁT/METÁR)", 18420, "kWh", 1.12, 27), ("Jövedéki adó", 18.42, "MWh", 310.5, 27)],
          amt="sp0", date="spaced", period="2027.01.01.–2027.01.31.",
          header_extra=[("Felhasználási hely", "6000 Kecskemét, Déli iparterület 0981/57 (felvonulási trafó)"), ("POD azonosító", "HU000210F11-S00000000000000184417"), ("Mérő", "gyári sz. 7112884")],
          notes=["Szerződéses folyószámla: 80 0114 4817", "A számla az elszámolt időszak fogyasztását tartalmazza."]))
    # 18 telecom
    A(Doc("CSV-1-2027-0334815", "telefon", "utility", "normal", "TÁVKÖZLÉSI SZÁMLA", d(2027, 3, 3), d(2027, 2, 28), d(2027, 3, 18), TEL, GC_nobank,
          [("Flotta mobilelőfizetés Üzleti M", 24, "db", 5990, 27), ("Mobilinternet 50 GB", 8, "db", 4490, 27), ("Belföldi hívások díjköteles része", 1, "tétel", 18640, 27),
           ("Roaming (EU)", 1, "tétel", 3120, 27), ("Készülékrészlet 12/24 — kedvezmény", 1, "tétel", -2400, 27)],
          amt="dot0", date="long", period="2027. február 1. – 2027. február 28.",
          header_extra=[("Ügyfélazonosító", "9.4471.118"), ("Számlázási csoport", "Flotta-1")]))
    # 19 leasing (reportlab, condensed)
    A(Doc("ALZ-2027-118833", "lizing", "rl_cond", "normal", "SZÁMLA", d(2027, 3, 1), d(2027, 3, 1), d(2027, 3, 10), LEAS, GC_nobank,
          [("Operatív lízingdíj 14/48. részlet", 1, "hó", 286400, 27), ("Szerviz- és gumiszolgáltatás díja", 1, "hó", 31800, 27)],
          date="dots", header_extra=[("Szerződésszám", "OL-22-004471"), ("Rendszám", "AA NT-417")],
          notes=["Gépjármű: Ford Transit Custom 2.0 TDCi, alvázszám WF0YXXTTGYNK18822", "Beszedési megbízás: 11732002-20418837"]))
    # 20 insurer TAM (reportlab, classic)
    A(Doc("BB-SZ-27-0044170", "biztosito", "rl_classic", "normal", "SZÁMLA", d(2027, 1, 15), d(2027, 1, 15), d(2027, 2, 14), INS, GC_nobank,
          [("CAR építési-szerelési biztosítás díja, 2027. I. negyedév", 1, "negyedév", 742500, "TAM"), ("Felelősségbiztosítás kiegészítő díj", 1, "negyedév", 96000, "TAM")],
          amt="dotdash", date="abbr", header_extra=[("Kötvényszám", "CAR-2026-55019")],
          notes=["Tárgyi adómentes – Áfa tv. 86. § (1) d) pont alapján.", "A díj a biztosítási adót tartalmazza."]))
    # 21 GC advance to investor
    A(Doc("TÉZ-2027/0012", "ki_eloleg", "word", "advance", "ELŐLEGSZÁMLA", d(2027, 1, 8), d(2027, 1, 8), d(2027, 1, 15), GC_out, INV,
          [("Előleg a Hírös Park B csarnok felújítási munkáira (vállalkozási szerződés VSZ-2026-044, 10%)", 1, "tétel", 14500000, 27)],
          date="dots", words=True, header_extra=[("Projekt", "P-2027-017")], stamp="EREDETI"))
    # 22 GC partial invoice 1
    A(Doc("TÉZ-2027/0027", "ki_reszszamla1", "word", "normal", "SZÁMLA — 1. RÉSZSZÁMLA", d(2027, 2, 10), d(2027, 2, 7), d(2027, 3, 12), GC_out, INV,
          [("1. részteljesítés: bontás, alapozás (TIG-01)", 1, "tétel", 31200000, 27), ("Pótmunka PM-03, csatornaáthelyezés", 1, "tétel", 2450000, 27)],
          date="dots", words=True, header_extra=[("Építési napló", "EN-2027-KKT-0188"), ("Teljesítésigazolás", "TIG-01")]))
    # 23 GC partial invoice 2 with retention, multi-line
    lines = [(f"2. részteljesítés, {x}", 1, "tétel", p, 27) for x, p in (("acélszerkezet szerelés", 18600000), ("tetőfedés", 9420000), ("homlokzati panelek", 11250000),
                                                                         ("ipari padló", 8300000), ("villanyszerelés", 4960000), ("gépészeti alapszerelés", 3780000))]
    A(Doc("TÉZ-2027/0041", "ki_reszszamla2", "word", "normal", "SZÁMLA — 2. RÉSZSZÁMLA", d(2027, 3, 20), d(2027, 3, 16), d(2027, 4, 19), GC_out, INV, lines,
          date="dots", words=True, header_extra=[("Teljesítésigazolás", "TIG-02")],
          after_totals=[("Jólteljesítési garanciális visszatartás 5%", "-3 575 685"), ("Visszatartás után átutalandó", "67 938 015")]))
    # 24 GC final invoice
    A(Doc("TÉZ-2027/0058", "ki_vegszamla", "word", "final", "VÉGSZÁMLA", d(2027, 4, 30), d(2027, 4, 28), d(2027, 5, 30), GC_out, INV,
          [("Végteljesítés: befejező munkák, műszaki átadás-átvétel (TIG-03)", 1, "tétel", 22100000, 27),
           ("Előleg levonása (TÉZ-2027/0012 előlegszámla)", 1, "tétel", -14500000, 27)],
          date="dots", words=True, notes=["Műszaki átadás-átvételi jegyzőkönyv: MÁÁ-P017, 2027.04.28."]))
    # 25 GC correction of partial invoice 2 (reportlab)
    A(Doc("TÉZ-2027/0063", "ki_helyesbito", "rl_classic", "correction", "HELYESBÍTŐ SZÁMLA", d(2027, 5, 6), d(2027, 3, 16), d(2027, 5, 21), GC_out, INV,
          [("Ipari padló mennyiségi korrekció (TIG-02 módosítás)", 1, "tétel", -1240000, 27), ("Homlokzati panel ár módosítása", 1, "tétel", -380000, 27)],
          date="dots", prec="TÉZ-2027/0041", words=True, notes=["A módosítás oka: a TIG-02 teljesítésigazolás felülvizsgálata.", "Eredeti számla kelte: 2027.03.20."]))
    # 26 GC storno of partial invoice 1 (reportlab, condensed)
    A(Doc("TÉZ-2027/0029", "ki_storno", "rl_cond", "storno", "SZTORNÓ SZÁMLA", d(2027, 2, 12), d(2027, 2, 7), d(2027, 3, 12), GC_out, INV,
          [("1. részteljesítés: bontás, alapozás (TIG-01)", 1, "tétel", -31200000, 27), ("Pótmunka PM-03, csatornaáthelyezés", 1, "tétel", -2450000, 27)],
          date="dots", prec="TÉZ-2027/0027", stamp="ÉRVÉNYTELENÍTŐ", notes=["Az eredeti számla hibás vevőcím miatt érvénytelenítve; helyette új számla kerül kiállításra."]))
    # 27 metal-works subsidiary -> general contractor, dot-matrix
    A(Doc("TEA-2027-00088", "acelszerkezet", "dotmatrix", "normal", "SZAMLA", d(2027, 3, 10), d(2027, 3, 9), d(2027, 4, 8), METAL, GC_nobank,
          [("Acelszerkezet gyartas, pillerek P1-P24", 24, "db", 186500, 27), ("Rácsos tartó RT-12", 12, "db", 412000, 27),
           ("Horganyzás", 21.4, "t", 118000, 27), ("Szállítás 2 fuvar", 2, "fuvar", 85000, 27)],
          amt="mono", date="spaced", header_extra=[("Rendeles", "TÉZ-MR-2027-031"), ("Szallitolevel", "TEA-SZL-0412, 0413")], words=True,
          notes=["Bank: 10918001-00000081-44710003", "Muveleti kod: acel / belfoldi ertekesites"]))
    # 28 merchant credit note
    A(Doc("ATU-2027-002117", "tuzep_jovairas", "rl_cond", "correction", "JÓVÁÍRÓ (HELYESBÍTŐ) SZÁMLA", d(2027, 2, 20), d(2027, 2, 3), d(2027, 3, 5), TUZEP, GC_nobank,
          [("Raklap visszavét", 8, "db", -4500, 27), ("Kerámia falazóblokk 30 N+F, sérült, visszáru", 48, "db", -612, 27)],
          date="iso", prec="ATU-2027-001846", notes=["Visszáru bizonylat: VB-2027-0092", "Eredeti számla teljesítése: 2027-02-03"]))
    # 29 subsidiary -> private person
    A(Doc("TEA-2027-00102", "magan_vevo", "online", "normal", "SZÁMLA", d(2027, 3, 22), d(2027, 3, 22), d(2027, 3, 22), METAL, PRIV,
          [("Horganyzott kerítéselem 250×150 cm", 6, "db", 38500, 27), ("Kapuszárny egyedi méretre", 1, "db", 142000, 27)],
          date="iso", payment="Készpénz", words=True, watermark="MÁSOLAT", notes=["2. példány – másolat", "A pénzösszeget átvettem: …………"]))
    # 30 Austrian steel, EUR with HUF information
    A(Doc("2027-AR-01553", "acel_at_eur", "bilingual_en", "normal", "RECHNUNG / INVOICE / SZÁMLA", d(2027, 3, 18), d(2027, 3, 16), d(2027, 4, 17), AT, METAL,
          [("Rundrohr 88,9×4 S355 / köracélcső", 4.8, "t", 1118, "0% EU"), ("Flachstahl 100×10 / laposacél", 2.35, "t", 962.4, "0% EU"),
           ("Fracht / fuvar", 1, "psch", 420, "0% EU")],
          cur="EUR", amt="en2", date="iso", header_extra=[("Lieferschein / delivery note", "LS-77104"), ("Your order / Rendelés", "PO-TEA-2027-0071")],
          after_totals=[("HUF equivalent / forintban (MNB 1 EUR = 402,15 Ft)", "3 236 519 Ft")],
          notes=["Innergemeinschaftliche Lieferung, steuerfrei / Közösségen belüli termékértékesítés (Áfa tv. 89. §).", "Áfa összege forintban: 0 Ft"]))
    return out

# ruff: noqa
"""The 30 invented invoices of blind set R (transport, vehicles, fleet)."""
import random
from . import parties as P


def fuel_lines(seed, n, cards, stations):
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        day = 1 + (i * 30) // n
        card = cards[i % len(cards)]
        st = rnd.choice(stations)
        if rnd.random() < 0.82:
            q = f"{rnd.randint(180, 620)}.{rnd.randint(0, 99):02d}"
            out.append((f"04.{day:02d} {st} · kártya {card} · Gázolaj", q, "l", f"{rnd.randint(512, 548)}.{rnd.randint(0, 99):02d}", "27"))
        else:
            q = f"{rnd.randint(20, 70)}.{rnd.randint(0, 99):02d}"
            out.append((f"04.{day:02d} {st} · kártya {card} · AdBlue", q, "l", f"{rnd.randint(180, 230)}.{rnd.randint(0, 99):02d}", "27"))
    return out


def toll_lines(seed, n, plates):
    rnd = random.Random(seed)
    roads = ["M0", "M1", "M3", "M5", "M7", "M15", "M30", "M35", "M43", "M6", "Főút 4", "Főút 47"]
    out = []
    for i in range(n):
        pl = plates[i % len(plates)]
        rd = rnd.choice(roads)
        km = f"{rnd.randint(12, 240)}.{rnd.randint(0, 9)}"
        cat, price = rnd.choice([("J4 Euro VI", "91.02"), ("J4 Euro V", "102.37"), ("J3 Euro VI", "62.81")])
        out.append((f"{pl} · {rd} · {cat}", km, "km", price, "27"))
    return out


def I(**kw):
    kw.setdefault("nf", "space")
    kw.setdefault("df", "dot")
    kw.setdefault("cur", "HUF")
    kw.setdefault("kind", "normal")
    kw.setdefault("preceding", None)
    return kw


INVOICES = [
    I(name="r01_haulier_domestic", tpl="twobox", number="KTF-2027-00412", issue="2027-03-08", fulf="2027-03-05", due="2027-03-23",
      seller=P.KOVACS_FUV, buyer=P.ALFOLD_AGRO,
      lines=[("Belföldi fuvar Kecskemét – Győr, 24 t búza, CMR HU-2027-118834", 1, "fuvar", 268000, "27"),
             ("Belföldi fuvar Kiskunfélegyháza – Szeged, 22 t kukorica", 2, "fuvar", 96500, "27"),
             ("Állásidő rakodáskor", 3, "óra", 8500, "27")]),
    I(name="r02_haulier_international_eur", tpl="bilingual_en", number="DTL/2027/EX/00731", issue="2027-04-12", fulf="2027-04-09", due="2027-05-12",
      cur="EUR", xrate="396.84", nf="comma_en", df="iso", seller=P.DUNAMENTI, buyer=P.MAGYAR_BUTOR, title_en="Invoice",
      lines=[("Nemzetközi fuvar Szombathely – Hamburg (DE), CMR 0457812", 1, "fuvar", "1840.00", "AHK"),
             ("Elő-fuvarozás Szombathely – Dunaújváros raktár", 1, "fuvar", "265.00", "27"),
             ("Raktári átrakás, 33 raklap", 33, "raklap", "4.20", "27"),
             ("Várakozási díj Hamburg", 2, "óra", "45.00", "AHK")],
      notes=["AHK: adómentes – Áfa tv. 98. § (2) bekezdés, a termékexporthoz / Közösségen belüli ügylethez kapcsolódó fuvarozás.",
             "Tax exempt international carriage of goods."]),
    I(name="r03_e_vignette_receipt", tpl="receipt", number="EM-27-0045811", issue="2027-05-04", fulf="2027-05-04", due=None,
      seller=P.UTDIJ_PONT, buyer=P.RAPID_SZALLITO, nf="dot",
      lines=[("Heti e-matrica D1 – TRX-418", 1, "db", 4291, "27"), ("Havi e-matrica D2 – SPD-207", 1, "db", 9268, "27"),
             ("Kezelési díj", 2, "db", 315, "27")], notes=["Érvényesség: 2027.05.04. 0:00 – 2027.05.13. 24:00"]),
    I(name="r04_toll_statement", tpl="statement", number="UDK-2027-0400912", issue="2027-05-03", fulf="2027-04-30", due="2027-05-18",
      seller=P.UTVONAL, buyer=P.SPEDI_FLOTTA, period="2027.04.01 – 2027.04.30", subtitle="útdíj-elszámolás (utólagos fizetés)", nf="space", df="dot",
      lines=toll_lines(4, 46, ["SPD-201", "SPD-202", "SPD-207", "AEXK-115"]) + [("Fedélzeti eszköz bérleti díja", 4, "db/hó", 1250, "27")],
      pp=2, notes=["Az útdíjat az útdíjköteles szakaszok tényleges használata alapján számítottuk."]),
    I(name="r05_fuel_card_statement", tpl="fuelcard", number="PKH-2704-118273", issue="2027-05-02", fulf="2027-04-30", due="2027-05-17",
      seller=P.PETROLKARTYA, buyer=P.ZOLD_KAMION, period="2027.04.01–2027.04.30", nf="dot", df="dot",
      lines=fuel_lines(5, 52, ["7002 1183 4410", "7002 1183 4428", "7002 1183 4436"], ["Kecskemét M5", "Budapest XXI.", "Szeged Kiskundorozsma", "Veszprém Házgyári"])
      + [("Kártyadíj", 3, "db", 990, "27")], pp=2, notes=["A tételek nettó egységárai a tankolás napján érvényes kútárak."]),
    I(name="r06_fuel_card_eur", tpl="headtable", number="EDC-H-2027-004471", issue="2027-06-01", fulf="2027-05-31", due="2027-06-15",
      cur="EUR", xrate="394.12", nf="space", df="de", seller=P.EURODIESEL, buyer=P.HUTO_TRANS,
      lines=[("Gázolaj, Győr-Ménfőcsanak, kártya 44-0017", "612.40", "l", "1.31", "27"), ("Gázolaj, Hegyeshalom, kártya 44-0017", "588.15", "l", "1.29", "27"),
             ("Gázolaj, Tatabánya M1, kártya 44-0025", "455.70", "l", "1.32", "27"), ("AdBlue, Hegyeshalom, kártya 44-0025", "60.00", "l", "0.52", "27"),
             ("Szolgáltatási díj", 1, "hó", "12.00", "27")], pp=2),
    I(name="r07_tyre_service", tpl="letterhead", number="GSZ-2027/0131", issue="2027-02-15", fulf="2027-02-15", due="2027-02-15", pay="készpénz",
      seller=dict(P.BALOGH_GUMI, tagline="Gumiszerelés · centírozás · futómű-állítás"), buyer=P.EPITO_KFT, nf="plain", df="long",
      lines=[("Tehergumi 315/80 R22.5 (felújított)", 2, "db", 148000, "27"), ("Szerelés, centírozás tehergumi", 2, "db", 9500, "27"),
             ("Szelep, súly", 2, "klt", 2200, "27"), ("Régi gumi környezetvédelmi termékdíja", 2, "db", 1800, "27")]),
    I(name="r08_car_rental_de", tpl="bilingual_de", number="AMB-R-27-03318", issue="2027-07-12", fulf="2027-07-11", due="2027-07-26",
      cur="EUR", xrate="392.55", nf="dot", df="de", seller=P.AUTOMIET, buyer=P.BAU_MUNCHEN, contract="MV-27-08841",
      lines=[("Bérleti díj VW Transporter (RKT-552), 7 nap / Miete 7 Tage", 7, "nap", "89.00", "27"),
             ("Casco önrész-kiváltás / Vollkasko ohne SB", 7, "nap", "14.50", "27"), ("Többletkilométer / Mehrkilometer", 236, "km", "0.22", "27"),
             ("Tankolási díj / Betankungsgebühr", 1, "db", "38.00", "27")]),
    I(name="r09_vehicle_lease_instalment", tpl="erpgrid", number="FLZ-SZ-2027-0062214", issue="2027-05-01", fulf="2027-05-01", due="2027-05-10",
      seller=P.FLOTTA_LIZING, buyer=P.IRODA_PARK, contract="Szerződés: OL-2025-11873 (Skoda Octavia, RUH-318), 29/48. részlet", nf="space", df="dotnt",
      lines=[("Operatív lízing havi díj", 1, "hó", 149800, "27"), ("Flottakezelési díj", 1, "hó", 9500, "27"),
             ("Casco biztosítási díj továbbszámlázása", 1, "hó", 21340, "TAM"), ("Gépjárműadó továbbhárítás", 1, "hó", 4300, "TAM")],
      notes=["TAM: tárgyi adómentes – Áfa tv. 86. § (1) d) pont."]),
    I(name="r10_used_car_margin", tpl="classic", number="PHK-2027-0158", issue="2027-06-19", fulf="2027-06-19", due="2027-06-19", pay="készpénz",
      seller=P.PREMIUM_AUTO, buyer=P.SZABO_REKA, nf="dot", df="long", margin=True,
      lines=[("Használt személygépkocsi Toyota Corolla 1.8 Hybrid, 2022, rendszám: SPR-640, alvázszám JTDKBRFU903211874", 1, "db", 6890000, "K"),
             ("Forgalomba helyezés ügyintézése", 1, "db", 0, "K")],
      notes=["Különbözet szerinti szabályozás – használt cikkek (Áfa tv. 215. §). A számla áthárított adót nem tartalmaz."]),
    I(name="r11_body_shop_insurer", tpl="bodyshop", number="KMF-2027-0904", issue="2027-08-23", fulf="2027-08-20", due="2027-09-07",
      seller=P.FEKETE_KAROSSZ, buyer=P.PANNON_GYOGY, worksheet="ML-2027-1142", vehicle="PGY-119 / WF0XXXTTGXKJ51233", claim="BPB-27-55140",
      nf="space", df="dot", insurer=True,
      lines=[("Bal első sárvédő csere", 1, "db", 86400, "27"), ("Első lökhárító javítás, fényezés", 1, "db", 124000, "27"),
             ("Fényszóró bal, gyári", 1, "db", 168500, "27"), ("Karosszéria munkadíj", 9.5, "óra", 14500, "27"),
             ("Fényezőanyag", 1, "klt", 52600, "27")]),
    I(name="r12_parking_monthly", tpl="dotmatrix", number="VPN/2027/010554", issue="2027-09-01", fulf="2027-09-30", due="2027-09-15",
      seller=P.VAROSI_PARK, buyer=P.RAPID_SZALLITO, nf="plain", df="dot",
      lines=[("Havi parkolóbérlet, I. zóna, RSZ-101", 1, "hó", 18110, "27"), ("Havi parkolóbérlet, I. zóna, RSZ-102", 1, "hó", 18110, "27"),
             ("Mélygarázs beálló, Kálvin tér", 2, "hó", 23622, "27"), ("Bérletkártya pótlása", 1, "db", 1575, "27")]),
    I(name="r13_taxi_monthly", tpl="capitals", number="CC-2027-M-07742", issue="2027-09-05", fulf="2027-08-31", due="2027-09-20",
      seller=P.CITYCAB, buyer=P.IRODA_PARK, period="2027. augusztus", nf="space", df="long",
      lines=[("Taxi utazások, szerződéses, 43 fuvar (részletezés mellékelve)", 43, "fuvar", 5874, "27"),
             ("Repülőtéri transzfer fix díj", 6, "út", 11024, "27"), ("Várakozási díj", 85, "perc", 118, "27"),
             ("Havi ügyfélszolgálati díj", 1, "hó", 2500, "27")]),
    I(name="r14_courier_monthly", tpl="rightmeta", number="VF-2027-09-004417", issue="2027-10-01", fulf="2027-09-30", due="2027-10-16",
      seller=P.VILLAM, buyer=P.KERAMIA, nf="dot", df="iso",
      lines=[("Belföldi csomag 0–5 kg", 412, "db", 1390, "27"), ("Belföldi csomag 5–31,5 kg", 188, "db", 2270, "27"),
             ("Raklapos küldemény belföld", 14, "db", 18900, "27"), ("Utánvét kezelés", 96, "db", 290, "27"),
             ("Nemzetközi csomag EU (AT, SK, RO)", 37, "db", 6450, "AHK"), ("Üzemanyag-felár", 1, "hó", 42840, "27")],
      notes=["AHK: Áfa tv. 98. § alapján adómentes nemzetközi fuvarozás."]),
    I(name="r15_forklift_rental", tpl="boxed", number="EGB-0002745", issue="2027-03-31", fulf="2027-03-31", due="2027-04-30",
      seller=P.EMELOGEP, buyer=P.KERAMIA, nf="space", df="slash",
      lines=[("Villás targonca 2,5 t, gázüzemű, bérleti díj (STILL RX70-25)", 31, "nap", 11800, "27"),
             ("Elektromos targonca 1,6 t, bérleti díj", 12, "nap", 9400, "27"), ("Kiszállítás és visszaszállítás", 2, "fuvar", 28000, "27"),
             ("PB-gáz palack 11 kg", 8, "db", 9850, "27")]),
    I(name="r16_truck_advance", tpl="dealer", number="NGC-E-2027-0019", issue="2027-04-20", fulf="2027-04-20", due="2027-04-27", kind="advance",
      cur="EUR", xrate="397.26", nf="dot", df="dot", seller=P.NEHEZGEP, buyer=P.HUTO_TRANS, contract="RM-27-0311",
      lines=[("Előleg: 1 db nyerges vontató 4x2, Euro VI, 480 LE (RM-27-0311 megrendelés szerint)", 1, "db", "20000.00", "27")],
      notes=["Előlegszámla – a teljesítés időpontja az előleg jóváírásának napja."]),
    I(name="r17_truck_final", tpl="dealer", number="NGC-V-2027-0044", issue="2027-07-09", fulf="2027-07-08", due="2027-07-23", kind="final",
      cur="EUR", xrate="393.41", nf="dot", df="dot", seller=P.NEHEZGEP, buyer=P.HUTO_TRANS, contract="RM-27-0311",
      lines=[("Nyerges vontató 4x2, Euro VI, 480 LE, alvázszám XLRTEH4300G482117", 1, "db", "92500.00", "27"),
             ("Hűtős felépítmény előkészítés, tachográf aktiválás", 1, "db", "1450.00", "27"),
             ("Levonva: előleg (NGC-E-2027-0019)", -1, "db", "20000.00", "27")],
      notes=["Végszámla – az NGC-E-2027-0019 számú előlegszámlában megfizetett előleg levonásával."]),
    I(name="r18_slovak_haulier", tpl="rl_foreign", number="2027-0388", issue="2027-05-21", fulf="2027-05-19", due="2027-06-20",
      cur="EUR", nf="comma_en", df="de", seller=P.TATRA, buyer=P.SPEDI_FLOTTA, cc="SK", cmr="SK 2211907",
      loc=dict(inv="FAKTÚRA", no="Číslo faktúry", issue="Dátum vyhotovenia", supply="Dátum dodania", due="Splatnosť", cust="Odberateľ", net="Základ", vat="DPH", tot="Spolu"),
      lines=[("Freight Trnava (SK) – Gödöllő (HU), 24 pallets", 1, "trip", "780.00", "FAD"), ("Freight Gödöllő (HU) – Žilina (SK)", 1, "trip", "640.00", "FAD"),
             ("Waiting time", 3, "h", "30.00", "FAD")],
      notes=["Reverse charge – prenesenie daňovej povinnosti / fordított adózás (Art. 196 Directive 2006/112/EC)."]),
    I(name="r19_romanian_haulier", tpl="rl_foreign", number="CT 000917", issue="2027-06-30", fulf="2027-06-28", due="2027-07-30",
      cur="EUR", nf="dot", df="de", seller=P.CARPATI, buyer=P.HUTO_TRANS, cc="RO", cmr="RO-0078231",
      loc=dict(inv="FACTURĂ", no="Nr. factură", issue="Data emiterii", supply="Data livrării", due="Scadență", cust="Cumpărător", net="Valoare", vat="TVA", tot="Total"),
      lines=[("Transport frigorific Cluj-Napoca – Debrecen", 1, "cursă", "1150.00", "FAD"), ("Transport Debrecen – Oradea", 1, "cursă", "420.00", "FAD"),
             ("Taxă drum / road toll recharge", 1, "buc", "86.40", "FAD")],
      notes=["Taxare inversă / Reverse charge / Fordított adózás – Art. 196 Directive 2006/112/EC."]),
    I(name="r20_haulier_correction", tpl="twobox", number="KTF-2027-00467", issue="2027-03-29", fulf="2027-03-05", due="2027-04-13", kind="correction",
      preceding="KTF-2027-00412", seller=P.KOVACS_FUV, buyer=P.ALFOLD_AGRO, title="Helyesbítő számla", pay="Beszámítás",
      lines=[("Fuvardíj csökkentés (késedelmes kiszállítás, reklamáció R-27-031)", -1, "fuvar", 40000, "27"),
             ("Állásidő helyesbítése", -1, "óra", 8500, "27")],
      notes=["A KTF-2027-00412 számú számla módosítása. A módosítás oka: reklamáció alapján árengedmény."]),
    I(name="r21_tyre_storno", tpl="letterhead", number="GSZ-2027/0148", issue="2027-02-18", fulf="2027-02-15", due="2027-02-18", kind="storno",
      preceding="GSZ-2027/0131", pay="készpénz", seller=dict(P.BALOGH_GUMI, tagline="Gumiszerelés · centírozás · futómű-állítás"), buyer=P.EPITO_KFT,
      nf="plain", df="long", title="Sztornó számla",
      lines=[("Tehergumi 315/80 R22.5 (felújított)", -2, "db", 148000, "27"), ("Szerelés, centírozás tehergumi", -2, "db", 9500, "27"),
             ("Szelep, súly", -2, "klt", 2200, "27"), ("Régi gumi környezetvédelmi termékdíja", -2, "db", 1800, "27")],
      notes=["Érvénytelenítés oka: téves vevőadatok."]),
    I(name="r22_gps_proforma", tpl="proforma", number="DB-2027-00233", issue="2027-10-11", fulf=None, due="2027-10-18", kind="proforma",
      seller=P.GPS_BOLT, buyer=P.ZOLD_KAMION, nf="space", df="dot",
      lines=[("Jármű nyomkövető egység FMB-4G, beszereléssel", 12, "db", 38900, "27"), ("Tachográf-letöltő modul", 12, "db", 14500, "27"),
             ("Beszerelési kiszállási díj", 1, "alk", 25000, "27")],
      notes=["A díjbekérő kiegyenlítése után a számlát elektronikusan küldjük meg."]),
    I(name="r23_tachograph_calibration", tpl="rl_ruled", number="TK 27/00812", issue="2027-04-06", fulf="2027-04-06", due="2027-04-21",
      seller=P.TACHO, buyer=P.RAPID_SZALLITO, nf="dot", df="dot",
      lines=[("Digitális tachográf időszakos hitelesítése", 3, "db", 28500, "27"), ("Sebességkorlátozó ellenőrzése", 3, "db", 9800, "27"),
             ("Hatósági hitelesítési díj (közvetített)", 3, "db", 6200, "AAM"), ("Plombázó anyag", 3, "klt", 1400, "27")],
      notes=["AAM: alanyi adómentes közvetített hatósági díj.", "A járművek: RSZ-101, RSZ-102, RSZ-115."]),
    I(name="r24_truckstop_motel", tpl="headtable", number="HKM-2027-1187", issue="2027-08-14", fulf="2027-08-13", due="2027-08-14", pay="bankkártya",
      seller=P.KAMIONPARK, buyer=P.HUTO_TRANS, nf="dot", df="iso",
      lines=[("Szállás egyágyas szoba, 2 éj, 2 gépkocsivezető", 4, "éj", 11500, "18"), ("Reggeli", 4, "adag", 1900, "5"),
             ("Vacsora menü", 4, "adag", 3200, "5"), ("Őrzött kamionparkoló 24 h", 4, "nap", 4500, "27"),
             ("Zuhanyzó használat", 2, "alk", 800, "27"), ("Idegenforgalmi adó", 4, "éj", 450, "TAM")]),
    I(name="r25_car_wash_receipt", tpl="receipt", number="CS-0004417", issue="2027-11-03", fulf="2027-11-03", due=None, pay="készpénz",
      seller=P.CSILLAG_MOSO, buyer=P.NAGY_PETER, nf="space", df="dot",
      lines=[("Külső-belső mosás, kisbusz", 1, "alk", 5500, "27"), ("Kárpittisztítás", 1, "alk", 7900, "27"), ("Illatosító", 2, "db", 630, "27")]),
    I(name="r26_truck_parts", tpl="dotmatrix", number="TAK-2027/03385", issue="2027-09-27", fulf="2027-09-27", due="2027-10-05",
      seller=P.ALKATRESZ, buyer=P.SPEDI_FLOTTA, nf="dot", df="dotnt",
      lines=[("Fékbetét klt. hátsó tengely", 2, "klt", 42800, "27"), ("Féktárcsa 430x45", 2, "db", 61400, "27"),
             ("Levegőszárító patron", 1, "db", 18900, "27"), ("Motorolaj 10W-40 208 l", 1, "hordó", 356000, "27"),
             ("Fagyálló G12+ 20 l", 3, "kanna", 14600, "27"), ("Útikönyv: Európai kamionos atlasz", 2, "db", 5990, "5")],
      notes=["Az 5%-os tétel könyv (Áfa tv. 3. sz. mell.)."]),
    I(name="r27_telematics_eur", tpl="bilingual_en", number="FST-27-000871", issue="2027-11-02", fulf="2027-10-31", due="2027-11-17",
      cur="EUR", xrate="391.77", nf="space", df="dot", seller=P.TELEMATIKA, buyer=P.HUTO_TRANS, title_en="Invoice",
      lines=[("Telematics subscription Pro / Flottakövetés előfizetés, október", 38, "db", "14.90", "27"),
             ("Hűtőkonténer hőmérséklet-monitoring modul", 22, "db", "6.50", "27"), ("SIM adatforgalom / data", 38, "db", "2.10", "27")]),
    I(name="r28_tarpaulin_repair", tpl="rl_grey", number="PT-2027-00586", issue="2027-06-10", fulf="2027-06-07", due="2027-06-25",
      seller=P.PONYVA, buyer=P.SPEDI_FLOTTA, nf="space", df="dot", title="számla",
      lines=[("Ponyva javítás, hegesztés, 3 m²", 1, "klt", 64000, "27"), ("Oldalponyva csere (mega trailer)", 1, "db", 212000, "27"),
             ("Vámzsinór csere", 2, "db", 8400, "27"), ("Munkadíj", 6, "óra", 12800, "27")]),
    I(name="r29_fleet_workshop", tpl="rl_twopage", number="FSH-27-11-0391", issue="2027-11-18", fulf="2027-11-16", due="2027-12-03",
      seller=P.FLOTTASZERVIZ, buyer=P.PANNON_GYOGY, nf="space", df="long", title="SZÁMLA",
      lines=[("PGY-101 időszakos szerviz 60 000 km", 1, "alk", 48500, "27"), ("PGY-101 olajszűrő, levegőszűrő, pollenszűrő", 1, "klt", 23800, "27"),
             ("PGY-104 fékfolyadék csere", 1, "alk", 14900, "27"), ("PGY-104 első fékbetét", 1, "klt", 27600, "27"),
             ("PGY-108 klímatisztítás", 1, "alk", 16500, "27"), ("PGY-108 ablaktörlő lapát", 2, "db", 4900, "27"),
             ("PGY-112 téli gumi felszerelés, tárolás", 4, "db", 4800, "27"), ("PGY-119 műszaki vizsga felkészítés", 1, "alk", 19800, "27"),
             ("Műszaki vizsga díja (közvetített)", 1, "db", 23200, "TAM"), ("Csereautó 2 nap", 2, "nap", 12500, "27")]),
    I(name="r30_adr_training", tpl="erpgrid", number="ADR-2027-0214", issue="2027-12-06", fulf="2027-12-03", due="2027-12-21",
      seller=P.ADR_OKTATO, buyer=P.HUTO_TRANS, contract="Képzés: ADR alap + tartány, 2027.11.29–12.03.", nf="dot", df="de",
      lines=[("ADR alaptanfolyam, 4 fő", 4, "fő", 68000, "TAM"), ("ADR tartány szaktanfolyam, 2 fő", 2, "fő", 42000, "TAM"),
             ("Tankönyv, jegyzet", 6, "db", 6500, "5"), ("Vizsgaszervezési díj", 6, "fő", 9000, "27")],
      notes=["TAM: a felnőttképzés tárgyi adómentes (Áfa tv. 85. § (1) e)."]),
]

# ruff: noqa
"""The 30 invented invoices of blind set O (industry, import and export)."""
import datetime as dt
from decimal import Decimal as D
from .common import Party, Line, Inv, taxnum, huvat


def d(s):
    return dt.date.fromisoformat(s)


def L(desc, qty, unit, price, rate="27"):
    return Line(desc, D(str(qty)), unit, D(str(price)), rate)


# ---- Hungarian parties
T = {k: taxnum(*v) for k, v in {
    "plast": ("1452836", "2", "07"), "tool": ("2378105", "2", "13"), "chem": ("1190627", "2", "44"),
    "elec": ("2561349", "2", "08"), "calib": ("1873402", "2", "41"), "eng": ("2694518", "2", "42"),
    "staff": ("2305716", "2", "43"), "cant": ("1629084", "2", "16"), "waste": ("1748253", "2", "05"),
    "it": ("2836471", "2", "41"), "agent": ("2719364", "2", "13"), "fr": ("1365927", "2", "15"),
    "mach": ("1058342", "2", "19"), "pack": ("2480615", "2", "09"), "scrap": ("2293850", "2", "04"),
    "hostel": ("1934716", "2", "18"), "train": ("1817263", "1", "42"), "ev": ("5731862", "1", "33"),
    "buyA": ("1240973", "2", "44"), "buyB": ("2609831", "2", "13"), "buyC": ("1487592", "2", "08"),
    "buyD": ("2735149", "2", "07"), "buyE": ("1591368", "2", "20"),
}.items()}

PLAST = Party("Polimerix Műanyagfeldolgozó Kft.", ["8000 Székesfehérvár, Berényi út 112."], T["plast"], huvat(T["plast"]), ["IBAN: HU42 1170 0000 2045 1180 0000 0000"])
TOOL = Party("Szerszámház Precíz Kft.", ["2040 Budaörs, Gyár utca 9/B"], T["tool"], None, ["Bankszámla: 10403387-50526785-76491003"])
CHEM = Party("Vegyipari Alapanyag-Kereskedő Zrt.", ["3580 Tiszaújváros, Ipari park, Dél-i út 4."], T["chem"], None, ["Tel.: +36 49 555 012"])
ELEC = Party("Nyákház Elektronikai Gyártó Kft.", ["2800 Tatabánya, Búzavirág út 15."], T["elec"], huvat(T["elec"]), ["EUR számla: HU65 1200 1008 0034 5517 0020 0005"])
CALIB = Party("Metrológia Plusz Kalibráló Labor Kft.", ["6724 Szeged, Kossuth Lajos sgt. 88."], T["calib"], None, ["NAH-1-1762/2025 akkreditált laboratórium", "labor@metroplusz.example"])
ENG = Party("Struktúra Mérnöki Tanácsadó Kft.", ["1117 Budapest, Hengermalom út 19/A"], T["eng"], None, ["Számlaszám: 11600006-00000000-82349117"])
STAFF = Party("FlexiMunka Személyzeti Szolgáltató Zrt.", ["9027 Győr, Tompa utca 3."], T["staff"], None, ["Nyilv. szám: 9027-0412/2019"])
CANT = Party("Gyárkonyha Közétkeztetési Bt.", ["5000 Szolnok, Thököly út 48."], T["cant"], None, [])
WASTE = Party("ZöldÚt Ipari Hulladékkezelő Kft.", ["3700 Kazincbarcika, Ipari út 2."], T["waste"], None, ["KTJ: 102 774 551"])
IT = Party("BitRaktár Informatikai Kereskedelmi Kft.", ["1097 Budapest, Gubacsi út 30."], T["it"], None, ["Tel: 06 1 555 4810", "www.bitraktar.example"])
AGENT = Party("Huaxin Components Hungary Kft.", ["2310 Szigetszentmiklós, Leshegy utca 21."], T["agent"], huvat(T["agent"]), ["A Shenzhen Huaxin Electronics Co., Ltd. magyarországi képviselete"])
FREIGHT = Party("Kelet-Nyugat Fuvarozó és Szállítmányozó Kft.", ["4031 Debrecen, Szoboszlói út 77."], T["fr"], huvat(T["fr"]), ["Bank: 11738008-20475518"])
MACH = Party("Dunamenti Gépgyártó Zrt.", ["2400 Dunaújváros, Papírgyári út 14."], T["mach"], None, ["Számlavezető: 11702036-20718932"])
PACK = Party("Raklap-Pack Csomagolóanyag Kft.", ["6000 Kecskemét, Kiskőrösi út 61."], T["pack"], None, ["info@raklappack.example"])
SCRAP = Party("Acélforgács Fémfeldolgozó Kft.", ["3527 Miskolc, Sajószigeti út 5."], T["scrap"], None, [])
HOSTEL = Party("Ipari Park Munkásszálló Kft.", ["9200 Mosonmagyaróvár, Gabonarakpart 11."], T["hostel"], None, ["NTAK reg.: MA22041387"])
TRAIN = Party("Védőkorlát Munkavédelmi Oktatóközpont Nonprofit Kft.", ["7630 Pécs, Hengermalom u. 2."], T["train"], None, ["Felnőttképzési nyilv. szám: B/2021/000418"])
EV = Party("Fodor Attila e.v.", ["5600 Békéscsaba, Szarvasi út 140."], T["ev"], None, ["Nyilvántartási szám: 51227493"])

BA = Party("Alföldi Autóalkatrész Gyártó Zrt.", ["6000 Kecskemét, Mercédesz utca 8."], T["buyA"], None)
BB = Party("Pannon Forgácsoló Kft.", ["8200 Veszprém, Házgyári út 27."], T["buyB"], None)
BC = Party("Borsodi Műszaki Műanyag Kft.", ["3700 Kazincbarcika, Bolyai tér 1."], T["buyC"], None)
BD = Party("Rába-Menti Hajtástechnika Kft.", ["9700 Szombathely, Zanati út 28."], T["buyD"], None)
BE = Party("Tisza Menti Csomagolástechnika Zrt.", ["6800 Hódmezővásárhely, Erzsébeti út 5."], T["buyE"], None)
BBV = Party(BB.name, BB.addr, BB.tax, huvat(BB.tax))
BCV = Party(BC.name, BC.addr, BC.tax, huvat(BC.tax))
BDV = Party(BD.name, BD.addr, BD.tax, huvat(BD.tax))
BAV = Party(BA.name, BA.addr, BA.tax, huvat(BA.tax))

IC_NOTE = "Közösségen belüli adómentes termékértékesítés (Áfa tv. 89. §) / Steuerfreie innergemeinschaftliche Lieferung"
RC_NOTE = "Reverse charge – VAT to be accounted for by the recipient (Art. 196, Directive 2006/112/EC). Fordított adózás."


def build():
    I = []
    # o01 plastics manufacturer, intra-Community supply to Germany, EUR
    I.append(Inv("o01_plastics_ic_supply", "PMX-2027-00148", "normal", d("2027-01-14"), d("2027-01-13"), d("2027-02-13"), "EUR",
        PLAST, Party("Kunststofftechnik Allgäu GmbH", ["Industriestraße 41", "87435 Kempten (Allgäu)", "Deutschland"], None, "DE284731956"),
        [L("PP-Spritzgussgehäuse Typ KG-220 / fröccsöntött ház", 12000, "db", "0.382", "KBA"),
         L("PA6 GF30 Abdeckung / fedél", 4500, "db", "0.915", "KBA"),
         L("Verpackung Mehrweg-Kiste / visszaváltható láda", 40, "db", "6.50", "KBA")],
        "biling_de", "eu", "dot", "Átutalás / Überweisung", fx=D("404.12"), fxdate=d("2027-01-12"),
        notes=[IC_NOTE, "Szállítási feltétel / Lieferbedingung: FCA Székesfehérvár (Incoterms 2020)"]))
    # o02 tool-maker subcontracting
    I.append(Inv("o02_toolmaker_subcontract", "SZH/2027/0031", "normal", d("2027-02-03"), d("2027-01-31"), d("2027-03-05"), "HUF",
        TOOL, BA,
        [L("Bérmunka: fröccsszerszám betétek marása (rajzszám AA-4471)", 64, "óra", 18500),
         L("Szikraforgácsolás, huzalszikra (AA-4472)", 22, "óra", 21000),
         L("Hőkezelés (alvállalkozói díj továbbszámlázva)", 1, "tétel", 86400),
         L("Anyag: 1.2343 ESU szerszámacél", 38.6, "kg", 4250)],
        "classic2col", "dot", "space", notes=["Megrendelés száma: AAG-PO-270118"]))
    # o03 chemicals
    I.append(Inv("o03_chemicals", "VAK-27-004417", "normal", d("2027-01-22"), d("2027-01-22"), d("2027-02-21"), "HUF",
        CHEM, BC,
        [L("Nátrium-hidroxid oldat 50% (IBC 1000 l)", 3, "IBC", 298000),
         L("Izopropil-alkohol 99,9% (200 l hordó)", 6, "hordó", 124500),
         L("Kénsav 37% (25 l kanna)", 20, "kanna", 9850),
         L("IBC tartály betét díja", 3, "db", 45000)],
        "erp_grid", "iso", "plain", "Banki átutalás", dec=2,
        notes=["ADR szállítás. Termékdíj-kötelezettség a szállítót terheli."]))
    # o04 electronics assembler, domestic EUR invoice, 27% with HUF VAT
    I.append(Inv("o04_electronics_assembly", "NYK-E-2027-0219", "normal", d("2027-02-10"), d("2027-02-08"), d("2027-03-12"), "EUR",
        ELEC, BDV,
        [L("SMT PCB assembly, controller board RMH-CTRL-07", 850, "pcs", "14.62"),
         L("THT soldering and conformal coating", 850, "pcs", "2.35"),
         L("ICT + functional test", 850, "pcs", "0.96"),
         L("Stencil (one-off)", 1, "pcs", "185.00")],
        "biling_en", "dot", "space", "Átutalás / Bank transfer", fx=D("403.45"), fxdate=d("2027-02-07"),
        notes=["PO: RMH-2027-0088"]))
    # o05 calibration lab
    I.append(Inv("o05_calibration_lab", "ML-2027/0512", "normal", d("2027-03-02"), d("2027-02-26"), d("2027-03-17"), "HUF",
        CALIB, BB,
        [L("Tolómérő kalibrálása 0–300 mm, akkreditált", 14, "db", 7800),
         L("Mikrométer kalibrálása 0–25 mm", 9, "db", 6900),
         L("Nyomatékkulcs kalibrálása", 6, "db", 11500),
         L("Kiszállási díj (Veszprém)", 1, "alk.", 24000)],
        "letterhead", "long", "dot", notes=["A kalibrálási bizonyítványokat a számlával együtt megküldtük."]))
    # o06 engineering consultancy, many lines, multi-page
    eng_lines = [L(f"Szerkezettervezés, csarnokbővítés – {w}. hét: {t}", h, "óra", 23500) for w, (t, h) in enumerate([
        ("felmérés", 16), ("statikai modell", 24), ("alapozási terv", 18), ("acélszerkezet méretezés", 32), ("csomóponti részletek", 28),
        ("darupálya ellenőrzés", 12), ("tűzvédelmi egyeztetés", 6), ("kiviteli tervek", 36), ("műhelyrajz ellenőrzés", 22),
        ("helyszíni bejárás", 8), ("tervezői művezetés", 10), ("dokumentáció", 14), ("ütemterv egyeztetés", 4), ("BIM modell frissítés", 18),
        ("költségbecslés", 9), ("hatósági egyeztetés", 5), ("felülvizsgálat", 7), ("záró dokumentáció", 11), ("megvalósulási terv", 13),
        ("projektmenedzsment", 20), ("statikai számítás kiegészítés", 6), ("szakági koordináció", 12), ("tervezői nyilatkozatok", 3),
        ("anyagkiírás", 9), ("tervezési jegyzőkönyvek", 4)], start=1)]
    eng_lines.append(L("Útiköltség átalány", 1, "tétel", 48000))
    I.append(Inv("o06_engineering_consultancy", "SMT-2027-0007", "normal", d("2027-02-05"), d("2027-01-31"), d("2027-03-07"), "HUF",
        ENG, BD, eng_lines, "multipage", "dot", "space", notes=["Szerződés: SMT/RHT/2026-11 szerinti havi teljesítésigazolás alapján."]))
    # o07 staffing agency
    I.append(Inv("o07_staffing_agency", "FM-27-00391", "normal", d("2027-02-04"), d("2027-01-31"), d("2027-02-19"), "HUF",
        STAFF, BE,
        [L("Munkaerő-kölcsönzés, gépkezelő (2027. január)", 2184, "óra", 3420),
         L("Munkaerő-kölcsönzés, targoncavezető", 736, "óra", 3780),
         L("Éjszakai pótlék továbbszámlázása", 412, "óra", 1140),
         L("Kölcsönzési díj (munkaerő-kölcsönzői jutalék)", 1, "tétel", 1185000)],
        "rl_classic", "dot", "space", notes=["Teljesítésigazolás: TMC-TIG-2027-01"]))
    # o08 works canteen, 5% + 27%
    I.append(Inv("o08_works_canteen", "GYK-2027-0066", "normal", d("2027-02-02"), d("2027-01-31"), d("2027-02-17"), "HUF",
        CANT, BA,
        [L("Üzemi ebéd (menü, helyben fogyasztva), január", 3870, "adag", 1390, "5"),
         L("Éjszakai műszak hideg vacsora", 910, "adag", 990, "5"),
         L("Palackozott ásványvíz", 1200, "db", 180, "27"),
         L("Kávéautomata üzemeltetés", 1, "hó", 65000, "27")],
        "hdr_table", "dot", "space"))
    # o09 industrial waste
    I.append(Inv("o09_industrial_waste", "ZU/27/000218", "normal", d("2027-01-29"), d("2027-01-27"), d("2027-02-28"), "HUF",
        WASTE, BC,
        [L("Veszélyes hull. 12 01 09* emulzió ártalmatlanítás", 8.45, "t", 96000),
         L("Olajos rongy 15 02 02* égetés", 1.2, "t", 142000),
         L("Műanyag forgács 07 02 13 hasznosítás", 14.8, "t", 12000),
         L("Konténer bérlet 7 m3", 2, "hó", 28500),
         L("Szállítás, gyűjtőjármű", 3, "forduló", 46000)],
        "dotmatrix", "dotns", "space", "Átutalás", notes=["SZJ/KSH: hulladékkezelés. Szállítólevél: ZU-SZL-0091..0093"]))
    # o10 IT hardware
    I.append(Inv("o10_it_hardware", "BR-2027-010473", "normal", d("2027-03-09"), d("2027-03-09"), d("2027-03-24"), "HUF",
        IT, BE,
        [L("Ipari panel PC 15\" IP65", 4, "db", 612000),
         L("Vonalkódolvasó, vezeték nélküli", 12, "db", 48900),
         L("Hálózati switch 24 port PoE+", 2, "db", 284500),
         L("Címkenyomtató 300 dpi", 3, "db", 219000),
         L("Telepítés, konfigurálás", 6, "óra", 16500)],
        "sidebar", "dot", "dot", "Átutalás"))
    # o11 USD export invoice
    I.append(Inv("o11_usd_export", "PMX-EX-2027-0012", "normal", d("2027-02-18"), d("2027-02-16"), d("2027-04-19"), "USD",
        PLAST, Party("Lakeshore Appliance Parts Inc.", ["2200 Industrial Parkway", "Elkhart, IN 46516", "USA"], None, None),
        [L("Injection moulded housing KG-310, PC/ABS", 6000, "pcs", "1.74", "EXP"),
         L("Mould maintenance contribution", 1, "lot", "1250.00", "EXP")],
        "rl_landscape", "iso", "en", "Wire transfer", fx=D("372.80"), fxdate=d("2027-02-15"),
        notes=["Termékexport – adómentes, Áfa tv. 98. § (1). Export of goods, exempt.", "Incoterms 2020: FCA Székesfehérvár"]))
    # o12 CHF invoice: engineering service to a Swiss customer (outside scope)
    I.append(Inv("o12_chf_services", "SMT-2027-0011", "normal", d("2027-03-01"), d("2027-02-27"), d("2027-03-31"), "CHF",
        ENG, Party("Alpen Fördertechnik AG", ["Bahnhofstrasse 12", "8404 Winterthur", "Schweiz"], None, None),
        [L("Végeselemes szilárdsági vizsgálat, szállítószalag-keret", 42, "óra", "118.00", "AHK"),
         L("Jelentés készítése angol nyelven", 1, "tétel", "640.00", "AHK")],
        "caps_min", "dot", "space", "Átutalás (CHF)", fx=D("418.30"), fxdate=d("2027-02-26"),
        notes=["Az ügylet a teljesítés helye szerint nem tartozik a magyar áfa hatálya alá (Áfa tv. 37. § (1)). Az adót a szolgáltatás igénybevevője fizeti."]))
    # o13 GBP invoice from a UK supplier
    I.append(Inv("o13_gbp_uk_supplier", "INV-104772", "normal", d("2027-01-19"), d("2027-01-18"), d("2027-02-18"), "GBP",
        Party("Midland Gauge & Fixture Ltd", ["Unit 7, Tame Valley Business Park", "Tamworth B77 5DX", "United Kingdom"], None, "GB318476209", ["Company No. 08814427"]),
        BBV,
        [L("Go/No-Go thread gauge set M6-M20", 4, "set", "386.00", "0"),
         L("Custom inspection fixture IF-2291", 1, "ea", "2840.00", "0"),
         L("Carriage (DAP Veszprém)", 1, "ea", "145.00", "0")],
        "uk_tax", "slash", "en", "30 days net", notes=["Zero-rated export of goods outside the UK. Import VAT payable by the consignee in Hungary."]))
    # o14 Czech supplier, English
    I.append(Inv("o14_czech_supplier", "2027010086", "normal", d("2027-01-26"), d("2027-01-25"), d("2027-02-25"), "EUR",
        Party("Strojírna Hranice s.r.o.", ["Tovární 1540", "753 01 Hranice", "Czech Republic"], None, "CZ25873416", ["IBAN: CZ65 0800 0000 1920 0014 5399"]),
        BCV,
        [L("Hydraulic cylinder HC-80/400", 6, "pcs", "742.00", "KBA"),
         L("Seal kit HC-80", 12, "pcs", "38.50", "KBA"),
         L("Packing and handling", 1, "pcs", "60.00", "KBA")],
        "foreign_en", "eu", "space", "Bank transfer",
        notes=["Intra-Community supply of goods exempt from VAT under Art. 138 Directive 2006/112/EC."]))
    # o15 Polish supplier, bilingual, services reverse charge
    I.append(Inv("o15_polish_supplier", "FV/27/02/0158", "normal", d("2027-02-28"), d("2027-02-28"), d("2027-03-30"), "EUR",
        Party("AutoRobotyka Serwis Sp. z o.o.", ["ul. Przemysłowa 18", "44-100 Gliwice", "Polska"], None, "PL6312458097"),
        BDV,
        [L("Robotcella szerviz / Robot cell service visit", 3, "day", "880.00", "REV"),
         L("Kiszállás / Travel Gliwice–Szombathely", 1, "trip", "420.00", "REV"),
         L("Szállás / Accommodation", 2, "night", "95.00", "REV")],
        "biling_en", "iso", "space", "Átutalás / Bank transfer", notes=[RC_NOTE]))
    # o16 Slovenian supplier
    I.append(Inv("o16_slovenian_supplier", "27-300-000412", "normal", d("2027-03-04"), d("2027-03-03"), d("2027-04-03"), "EUR",
        Party("Kovinoplastika Savinja d.o.o.", ["Ljubljanska cesta 77", "3000 Celje", "Slovenia"], None, "SI47182935"),
        Party(BA.name, BA.addr, None, huvat(BA.tax)),
        [L("Aluminium die-cast bracket ALB-14", 2400, "pcs", "3.118", "KBA"),
         L("Powder coating RAL 9005", 2400, "pcs", "0.64", "KBA")],
        "en_compact", "en", "en", "Bank transfer, 30 days", notes=["VAT exempt intra-Community supply, Article 138 VAT Directive."]))
    # o17 Croatian supplier
    I.append(Inv("o17_croatian_supplier", "148-1-1", "normal", d("2027-02-12"), d("2027-02-11"), d("2027-03-14"), "EUR",
        Party("Brodomehanika Rijeka d.o.o.", ["Milutina Barača 44", "51000 Rijeka", "Croatia"], None, "HR61840297355"),
        BBV,
        [L("Gear pump overhaul GP-40", 2, "pcs", "1185.00", "KBA"),
         L("Spare impeller set", 2, "pcs", "274.50", "KBA"),
         L("Test bench certificate", 1, "pcs", "90.00", "KBA")],
        "hr_en", "eu", "dot", "Transakcijski račun / Bank transfer",
        notes=["Oslobođeno PDV-a prema čl. 41. st. 1. Zakona o PDV-u / VAT exempt intra-Community supply."]))
    # o18 Chinese supplier's agent in Hungary, EUR, 27%
    I.append(Inv("o18_chinese_agent_eur", "HXC-2027-00073", "normal", d("2027-01-20"), d("2027-01-20"), d("2027-02-19"), "EUR",
        AGENT, BD,
        [L("Stepper motor HX57-2A (ex warehouse Szigetszentmiklós)", 500, "db", "11.85"),
         L("Driver board HXD-2", 500, "db", "6.40"),
         L("Connector kit 6-pin", 1000, "db", "0.42")],
        "cards", "dot", "space", "Átutalás", fx=D("405.26"), fxdate=d("2027-01-19")))
    # o19 freight, 27% + exempt international transport
    I.append(Inv("o19_freight", "KNY-27/00915", "normal", d("2027-02-15"), d("2027-02-11"), d("2027-03-02"), "HUF",
        FREIGHT, BE,
        [L("Belföldi fuvar Hódmezővásárhely–Budapest, 13,6 m ponyvás", 2, "fuvar", 168000, "27"),
         L("Rakodási várakozás", 3, "óra", 9500, "27"),
         L("Nemzetközi fuvar Hódmezővásárhely–Wien (export)", 1, "fuvar", 395000, "0"),
         L("Autópálya- és útdíj (nemzetközi fuvarhoz)", 1, "tétel", 61200, "0")],
        "boxed", "dot", "space", notes=["A 0%-os tételek: nemzetközi fuvarozás, adómentes az Áfa tv. 102. § alapján."]))
    # o20 advance invoice for a machine
    I.append(Inv("o20_machine_advance", "DG-E-2027-004", "advance", d("2027-01-11"), d("2027-01-11"), d("2027-01-21"), "HUF",
        MACH, BB,
        [L("Előleg: CNC esztergagép DG-TL 560, 30%", 1, "tétel", 14250000)],
        "rl_band", "dot", "space", "Átutalás", notes=["Szerződés: DG-SZ-2026/118.", "Előlegszámla. Teljesítés dátuma = az előleg jóváírásának napja."]))
    # o21 final invoice for the machine, net of the advance
    I.append(Inv("o21_machine_final", "DG-2027-0188", "final", d("2027-03-22"), d("2027-03-19"), d("2027-04-21"), "HUF",
        MACH, BB,
        [L("CNC esztergagép DG-TL 560, telepítéssel", 1, "db", 47500000),
         L("Kezelői oktatás (2 nap)", 1, "tétel", 680000),
         L("Levonva: DG-E-2027-004 sz. előlegszámla", 1, "tétel", -14250000)],
        "rl_band", "dot", "space", "Átutalás", notes=["Végszámla. A végösszeg a megfizetett előleg levonásával került megállapításra."]))
    # o22 correction to the calibration invoice (negative)
    I.append(Inv("o22_calibration_correction", "ML-2027/0598", "correction", d("2027-03-12"), d("2027-02-26"), d("2027-03-27"), "HUF",
        CALIB, BB,
        [L("Tolómérő kalibrálása 0–300 mm – nem teljesült", -3, "db", 7800),
         L("Kiszállási díj – kedvezmény", 1, "alk.", -6000)],
        "letterhead", "long", "dot", preceding="ML-2027/0512",
        notes=["Helyesbítő számla az ML-2027/0512 sorszámú számlához. Helyesbítés oka: 3 db eszköz kalibrálása elmaradt."]))
    # o23 storno of a packaging invoice
    I.append(Inv("o23_packaging_storno", "RPK-S-2027-0009", "storno", d("2027-02-24"), d("2027-02-17"), d("2027-02-24"), "HUF",
        PACK, BA,
        [L("EUR raklap, új, EPAL", -120, "db", 6900),
         L("Sztreccsfólia 23 my, 500 mm", -36, "tekercs", 4150),
         L("Élvédő karton 35x35x1200", -400, "db", 185)],
        "footer_seller", "dot", "space", "Átutalás", preceding="RPK-2027-0214",
        notes=["Sztornó (érvénytelenítő) számla az RPK-2027-0214 sorszámú számlához. Oka: téves vevő."]))
    # o24 proforma
    I.append(Inv("o24_proforma_spare_parts", "DB-2027-0043", "proforma", d("2027-03-15"), None, d("2027-03-22"), "HUF",
        IT, BC,
        [L("Szervomotor-meghajtó tartalék modul", 2, "db", 388000),
         L("Ipari Ethernet kártya", 4, "db", 56500),
         L("Szállítási díj", 1, "tétel", 6990)],
        "rl_mono", "iso", "space", "Előre utalás", notes=["DÍJBEKÉRŐ – NEM SZÁMLA. A számlát a díj beérkezése után állítjuk ki."]))
    # o25 scrap metal, domestic reverse charge
    I.append(Inv("o25_scrap_reverse_charge", "SZH/2027/0044", "normal", d("2027-02-26"), d("2027-02-25"), d("2027-03-13"), "HUF",
        TOOL, Party(SCRAP.name, SCRAP.addr, SCRAP.tax, None),
        [L("Acélforgács (vashulladék), mérlegjegy 2027/118", 4.86, "t", 92000, "REV"),
         L("Szerszámacél hulladék, darabos", 1.34, "t", 138000, "REV")],
        "classic2col", "eu", "dot", "Átutalás", notes=["Fordított adózás – az adót a vevő fizeti (Áfa tv. 142. § (1) d)."]))
    # o26 workers' hostel, 18% + 27%, multi-page
    host = [L(f"Szállás, munkavállaló {n:02d} (28 éj)", 28, "éj", 5400, "18") for n in range(1, 27)]
    host += [L("Mosatás, ágyneműcsere", 26, "fő", 4200, "27"), L("Parkolóhely bérlet", 6, "hó", 8000, "27")]
    I.append(Inv("o26_workers_hostel", "IPM-2027/0027", "normal", d("2027-03-03"), d("2027-02-28"), d("2027-03-18"), "HUF",
        HOSTEL, Party(STAFF.name, STAFF.addr, STAFF.tax, None), host, "rl_multipage", "long", "space", "Átutalás",
        notes=["Az idegenforgalmi adó a szállás díján felül, külön kerül elszámolásra."]))
    # o27 factory outlet simplified invoice to a private person
    I.append(Inv("o27_outlet_private_buyer", "P-2027/00381", "normal", d("2027-03-06"), d("2027-03-06"), None, "HUF",
        Party("Polimerix Műanyagfeldolgozó Kft.", ["Gyári mintabolt", "8000 Székesfehérvár, Berényi út 112."], T["plast"], None, []),
        Party("Horváth Eszter", ["8000 Székesfehérvár, Palotai út 3."], None, None),
        [L("Kerti tárolódoboz 120 l", 2, "db", 7480),
         L("Virágláda 80 cm, antracit", 4, "db", 2360),
         L("Esővízgyűjtő 300 l", 1, "db", 15740)],
        "receipt", "dot", "space", "Bankkártya"))
    # o28 safety training, VAT exempt (TAM)
    I.append(Inv("o28_safety_training_tam", "VK-2027-0112", "normal", d("2027-02-22"), d("2027-02-19"), d("2027-03-09"), "HUF",
        TRAIN, BD,
        [L("Targoncavezetői tanfolyam (OKJ-n kívüli), 6 fő", 6, "fő", 89000, "TAM"),
         L("Emelőgép-kezelő ismétlő oktatás", 14, "fő", 22500, "TAM"),
         L("Vizsgadíj", 6, "fő", 15000, "TAM")],
        "caps_min", "eu", "space", "Átutalás", notes=["Tárgyi adómentes felnőttképzés az Áfa tv. 85. § (1) i) pontja alapján."]))
    # o29 subject-exempt sole trader (AAM) repairing machines
    I.append(Inv("o29_machine_repair_aam", "FA-2027-019", "normal", d("2027-03-08"), d("2027-03-05"), d("2027-03-16"), "HUF",
        EV, BB,
        [L("Esztergagép orsócsapágy csere, munkadíj", 9, "óra", 9500, "AAM"),
         L("Csapágy SKF 7014 (pár)", 1, "pár", 84000, "AAM"),
         L("Kiszállás Veszprém", 260, "km", 150, "AAM")],
        "hdr_table", "iso", "plain", "Átutalás", notes=["Alanyi adómentes (AAM), Áfa tv. 187. §."]))
    # o30 Austrian buyer, intra-Community supply of chemicals, bilingual HU/DE
    I.append(Inv("o30_chemicals_ic_austria", "VAK-27-004560", "normal", d("2027-03-10"), d("2027-03-09"), d("2027-04-08"), "EUR",
        Party(CHEM.name, CHEM.addr, CHEM.tax, huvat(CHEM.tax), CHEM.extra),
        Party("Donau Chemiehandel GmbH", ["Hafenstraße 19", "4020 Linz", "Österreich"], None, "ATU68274159"),
        [L("Isopropanol 99,9% / Izopropil-alkohol (Fass 200 l)", 24, "Fass", "318.00", "KBA"),
         L("Natronlauge 50% / Nátronlúg (IBC)", 4, "IBC", "760.00", "KBA"),
         L("Pfand IBC / IBC betétdíj", 4, "IBC", "115.00", "KBA")],
        "biling_de", "dot", "dot", "Átutalás / Überweisung", fx=D("401.88"), fxdate=d("2027-03-08"), notes=[IC_NOTE]))
    return I

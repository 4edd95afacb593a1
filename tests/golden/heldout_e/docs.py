"""The thirty invented documents of set E (every company, person, number and amount made up)."""

from __future__ import annotations

from datetime import date as D

from tests.golden.heldout_e.model import Doc, L, party

# ---- parties -------------------------------------------------------------------------------------------------
PIXEL = party("Pixelkert Szoftver Kft.", ["1134 Budapest, Dévai utca 19. 3/12."], "2480157", 2, 41, vat=True,
              extra=["Cg. 01-09-381522", "Bankszámla: 11712004-20311875-00000000", "Tel.: +36 1 455 2190"])
HALASZ = party('"Kis-Duna" Halászati Bt.', ["2310 Szigetszentmiklós, Gyári út 4."], "2719344", 2, 13,
               extra=["Cg. 13-06-071944"])
OKTANO = party("Oktanó Képzési Nonprofit Kft.", ["6720 Szeged, Tisza Lajos krt. 57."], "1895320", 2, 6, vat=True,
               extra=["Felnőttképzési nyilvántartási szám: B/2021/004117", "IBAN: HU42 1040 2142 5052 6581 8765 1004"])
VERTEX = party("Vertex Gépjárműjavító és Szerviz Kft.", ["9024 Győr, Kandó Kálmán u. 8."], "1306477", 2, 8,
               extra=["Cg. 08-09-027711", "Tel.: 96/418-220", "Bankszámla: 10918001-00000071-24510007"])
FOGAS = party("Dr. Fogas Réka fogorvos e.v.", ["8000 Székesfehérvár, Palotai út 12/B."], "5871233", 1, 27,
              extra=["Nyilvántartási szám: 52119804", "Működési engedély: FE/NSZSZ/0391-2/2019"])
KERTES = party("Kertes Dániel e.v.", ["3530 Miskolc, Széchenyi u. 90."], "6633047", 1, 25,
               extra=["Nyilvántartási szám: 55810231"])
LINGUA = party("Lingua Bridge Fordítóiroda Kft.", ["1061 Budapest, Andrássy út 38."], "2655891", 2, 42, vat=True,
               extra=["Cg. 01-09-290876", "Bank: K&H 10401000-50526581-87651006"])
OSTERM = party("Horváth Ilona őstermelő", ["6050 Lajosmizse, Tanya 214."], "7104862", 1, 23,
               extra=["Őstermelői igazolvány száma: 1082-441-9"])
EPITO = party("Falazó-Tech Építőipari Kkt.", ["4400 Nyíregyháza, Kótaji út 31."], "1448962", 2, 15,
              extra=["Cg. 15-03-004127", "Bankszámla: 11744003-20477219"])
GENERAL = party("Generál-Ház Építő Zrt.", ["1097 Budapest, Gubacsi út 6/C."], "1379015", 2, 43, vat=True)
KONYHA = party("Pannon Konyha Vendéglátó Kft.", ["7621 Pécs, Király u. 15."], "2592604", 2, 2,
               extra=["Étterem: Kiskorsó Bisztró", "Cg. 02-09-081234"])
INGATLAN = party("Belváros-Invest Ingatlanhasznosító Kft.", ["1052 Budapest, Petőfi Sándor u. 11."], "1164433", 2, 41,
                 vat=True, extra=["Cg. 01-09-114402", "Számlaszám: 12010611-01551234-00100007"])
CLOUDWAVE = party("CloudWave Informatikai Zrt.", ["1117 Budapest, Infopark sétány 1. I. ép."], "2303718", 2, 43,
                  vat=True, extra=["EUR számla: HU93 1210 0011 1800 3320 0000 0000"])
ACELIP = party("Acélip Fémfeldolgozó Kft.", ["2600 Vác, Zrínyi u. 45."], "1250371", 2, 13, vat=True,
               extra=["Cg. 13-09-062311", "IBAN: HU06 1176 3000 0031 1190 0000 0000", "SWIFT: OTPVHUHB"])
ALPEN = party("Alpenstahl Handels GmbH", ["Industriestraße 12", "4020 Linz, Österreich"],
              foreign_vat="ATU61738294")
TATRA = party("Tatra Agro s.r.o.", ["Hlavná 77", "040 01 Košice, Slovensko"], foreign_vat="SK2021938475")
SZOV = party("Alföldi Mag Értékesítő és Beszerző Szövetkezet", ["5600 Békéscsaba, Szarvasi út 112."], "1011828", 2, 4,
             vat=True, extra=["Cg. 04-02-000118"])
ALAP = party("Zöld Ösvény Alapítvány", ["8230 Balatonfüred, Ady Endre u. 2."], "1886237", 1, 19,
             extra=["Nyilvántartási szám: 19-01-0000377"])
NAGYKER = party("Borsos és Társa Élelmiszer-nagykereskedelmi Kkt.", ["2040 Budaörs, Szabadság út 300."], "1232185", 2,
                13, vat=True, extra=["Cg. 13-03-001556"])
WEBSHOP = party("Tollpihe Webáruház Kft.", ["9700 Szombathely, Rákóczi u. 3."], "2891065", 2, 18,
                extra=["Ügyfélszolgálat: +36 94 555 017"])
SZERSZ = party("Csavar-Centrum Szerszámkereskedés Bt.", ["3300 Eger, Rákóczi út 61."], "2145769", 2, 10, vat=True,
               extra=["Cg. 10-06-027118"])
DIGI = party("Digitális Műhely Kft.", ["8900 Zalaegerszeg, Kossuth u. 22."], "2579942", 2, 20,
             extra=["Bankszámla: 10403239-50526789-12341007"])

# buyers
B_MEDIA = party("Mézeskalács Média és Rendezvényszervező Kft.", ["1027 Budapest, Frankel Leó út 30."], "2308814", 2,
                41)
B_KOVACS = party("Kovács Gábor", ["2000 Szentendre, Bükköspart 12."])
B_SZABO = party("Szabóné Tóth Erika", ["8000 Székesfehérvár, Móricz Zs. u. 7. 2/4."])
B_LONG = party("Dunakanyar Logisztikai, Szállítmányozási és Raktározási Korlátolt Felelősségű Társaság",
               ["2600 Vác, Kikötő utca 9."], "2745510", 2, 13)
B_HALASZ = HALASZ
B_TRANS = party("Gondos Kereskedelmi Zrt.", ["1138 Budapest, Váci út 140."], "1422908", 2, 41, vat=True)
B_PANZIO = party("Rózsakert Panzió Bt.", ["8380 Hévíz, Tavirózsa u. 5."], "2060131", 2, 20)
B_EGYESULET = party("Vidám Vakond Óvodai Egyesület", ["6000 Kecskemét, Nyíri út 2."], "1875406", 1, 3)
B_MEZO = party("Hajnal Zöldség Kereskedelmi Kft.", ["6000 Kecskemét, Izsáki út 18."], "2434579", 2, 3)
B_BUILD = EPITO
B_IROD = party("Ablak-Plusz Irodaszolgáltató Kft.", ["1052 Budapest, Petőfi Sándor u. 11. III. em."], "2698174", 2, 41)
B_CEG = party("Matrix Office Hungary Kft.", ["1095 Budapest, Lechner Ödön fasor 10."], "2519766", 2, 43, vat=True)
B_PEK = party("Fehércipó Pékség Kft.", ["1211 Budapest, Csepeli út 21."], "2612587", 2, 43)
B_AUTO = party("Lendület Autókölcsönző és Flottakezelő Korlátolt Felelősségű Társaság",
               ["9027 Győr, Puskás Tivadar u. 6."], "2367912", 2, 8)

DUE = "Fizetési határidő"


def documents() -> list[Doc]:
    docs: list[Doc] = []
    add = docs.append

    add(Doc("e01_szamlamester_web", "web_classic", "normal", "SZM-2026-001487", D(2026, 11, 3), D(2026, 11, 3),
            D(2026, 11, 11), "HUF", PIXEL, B_MEDIA,
            [L("Weboldal karbantartás – november", 1, "hó", 85000, "27"), L("Tárhely bővítés 20 GB", 2, "db", 4900, "27"),
             L("Egyedi fejlesztés (óradíj)", 6.5, "óra", 14500, "27")],
            datefmt="dot", opts={"cur_suf": " Ft", "words": True, "footer": "Készült a Számlamester online számlázóval · számlázó azonosító: SM-77120",
                                 "extra_meta": [("Megrendelés száma", "MR-2026/0912")],
                                 "brand": "<b style='font-size:14pt'>Pixelkert</b>"}))
    add(Doc("e02_octopeek_saas", "saas_grid", "normal", "OP/2026/00312", D(2026, 10, 28), D(2026, 10, 27),
            D(2026, 11, 12), "HUF", DIGI, B_CEG,
            [L("Projektmenedzsment szoftver licenc (25 felhasználó)", 25, "fő", 3900, "27"),
             L("Oktatási e-könyv: Agilis csapatok", 3, "db", 6990, "5"),
             L("Bevezetési tanácsadás", 4, "óra", 18000, "27")],
            datefmt="iso", opts={"font": '"DejaVu Sans Condensed"', "cur_suf": " Ft",
                                 "labels": {"number": "Számla sorszáma", "issue": "Kiállítás dátuma",
                                            "fulfil": "Teljesítés", "due": "Esedékesség", "seller": "Számlakibocsátó",
                                            "buyer": "Számla címzettje", "title": "Számla"},
                                 "band_number": "OP/2026/00312", "extra_meta": [("Ügyfélszám", "C-004412")],
                                 "footer": "OctoPeek számlázó · NAV Online Számla: beküldve"}))
    adv = "BZ-E-2026-0041"
    add(Doc("e03_billzen_advance", "saas_grid", "advance", adv, D(2026, 9, 15), D(2026, 9, 15), D(2026, 9, 22), "HUF",
            PIXEL, B_TRANS, [L("Előleg a „Raktárkezelő modul” fejlesztésére (szerződés: SZ-2026/17)", 1, "db", 1200000, "27")],
            datefmt="dots", opts={"accent": "#5b3fa0", "cur_suf": " HUF", "labels": {"title": "ELŐLEGSZÁMLA",
                                  "number": "Bizonylatszám", "issue": "Kelt", "fulfil": "Előleg jóváírásának napja",
                                  "due": "Fiz. hat.", "buyer": "Partner"}, "cols": "gross",
                                  "notes": ["Előlegszámla – az előleg a végszámlában kerül levonásra."],
                                  "footer": "Billzen – felhő alapú számlázás"}))
    add(Doc("e04_billzen_final", "saas_grid", "final", "BZ-2026-0388", D(2026, 11, 20), D(2026, 11, 18),
            D(2026, 11, 28), "HUF", PIXEL, B_TRANS,
            [L("Raktárkezelő modul fejlesztése (szerződés: SZ-2026/17)", 1, "db", 3400000, "27"),
             L(f"Levont előleg ({adv} sz. előlegszámla)", -1, "db", 1200000, "27")],
            preceding=adv, datefmt="dots",
            opts={"accent": "#5b3fa0", "cur_suf": " HUF", "labels": {"title": "VÉGSZÁMLA", "number": "Bizonylatszám",
                  "issue": "Kelt", "fulfil": "Telj. dátum", "due": "Fiz. hat.", "buyer": "Partner",
                  "preceding": "Előlegszámla sorszáma"},
                  "meta_order": ["number", "issue", "fulfil", "due", "preceding"], "cols": "gross",
                  "footer": "Billzen – felhő alapú számlázás"}))
    many = [L(f"{n} {s}", q, "db", p, "27") for n, (s, q, p) in enumerate([
        ("Csavarhúzókészlet 12 r.", 4, 5490), ("Fúrószár HSS 6 mm", 20, 690), ("Tipli 8x40 (100 db)", 6, 1290),
        ("Vízmérték 60 cm", 3, 3850), ("Mérőszalag 5 m", 10, 1190), ("Kombinált fogó 180 mm", 5, 2980),
        ("Villáskulcs klt. 8-19", 2, 8900), ("Csiszolópapír P120 (10 ív)", 12, 990), ("Ragasztószalag 50 m", 24, 450),
        ("Munkavédelmi kesztyű", 30, 390), ("Védőszemüveg", 10, 1450), ("Fűrészlap 300 mm", 8, 1690),
        ("Szilikon tömítő 310 ml", 18, 1590), ("Kinyomópisztoly", 4, 1990), ("Csempevágó 600 mm", 1, 18900),
        ("Festőhenger 25 cm", 9, 1350), ("Ecsetkészlet 5 r.", 7, 1790), ("Létra 6 fokos", 2, 21900),
        ("Hosszabbító 5 m", 6, 2890), ("Elemlámpa LED", 8, 2490), ("Zsákvarrótű", 15, 120),
        ("Spakli 80 mm", 11, 690), ("Gipsz 5 kg", 6, 1890), ("Szerelőhab 750 ml", 12, 2390),
        ("Kőműveskanál", 5, 1590), ("Vödör 12 l", 10, 690), ("Kalapács 500 g", 6, 2690), ("Gumikalapács", 4, 1890),
        ("Pillanatragasztó", 25, 490), ("Csőkulcs 1\"", 3, 5690), ("Teflonszalag", 40, 190),
        ("Kábelkötegelő 200 db", 9, 990), ("Csavar 4x40 (200 db)", 14, 1490), ("Csavar 5x60 (100 db)", 12, 1690),
        ("Alátét M8 (100 db)", 7, 890), ("Anya M8 (100 db)", 7, 990), ("Menetes szár M8 1 m", 20, 450),
        ("Akkus fúró 18V", 2, 32900), ("Sarokcsiszoló 125 mm", 2, 19900), ("Vágókorong 125 mm", 50, 290),
        ("Porszívózsák", 10, 790), ("Munkaruha nadrág", 4, 8900), ("Munkavédelmi cipő 43", 2, 15900),
    ], 1)]
    for ln in many:
        ln.desc = ln.desc.split(" ", 1)[1]
    add(Doc("e05_rlb_desktop", "desktop_mono_rl", "normal", "2026/004471", D(2026, 11, 6), D(2026, 11, 6),
            D(2026, 11, 21), "HUF", SZERSZ, B_LONG, many, datefmt="dotnoend", amtfmt="dot",
            opts={"renderer": "mono", "cur_suf": " Ft", "rows_per_page": 30, "labels": {"title": "SZÁMLA",
                  "number": "Bizonylatszám", "issue": "Kelt", "fulfil": "Teljesítés", "due": "Fiz. határidő",
                  "seller": "Szállító", "buyer": "Vevő", "price": "Egységár", "netv": "Nettó", "qty": "Menny",
                  "unit": "Me"}, "extra_meta": [("Szállítólevél", "SZL-2026-08812"), ("Vevőkód", "V-01877")],
                  "footer": "RLB-Könyv 9.2 számlázó modul · licenc: 4471-KA-2026 · Nyomtatva: 2026.11.06 10:14"}))
    add(Doc("e06_nav_online_webes", "gov_lefttable", "normal", "NAV-WSZ-2026-118", D(2026, 10, 30), D(2026, 10, 29),
            D(2026, 11, 14), "HUF", HALASZ, B_PANZIO,
            [L("Friss ponty (élő hal)", 48.5, "kg", 1800, "5"), L("Füstölt harcsa filé", 6, "kg", 7200, "27"),
             L("Szállítási díj", 1, "alkalom", 6000, "27")],
            datefmt="dots", amtfmt="sp2",
            opts={"font": '"DejaVu Serif"', "size": "9pt", "cur_suf": " HUF", "labels": {
                "title": "SZÁMLA", "number": "Számla sorszáma", "issue": "Számla kelte", "fulfil": "Teljesítés dátuma",
                "due": "Fizetési határidő", "seller": "Eladó adatai", "buyer": "Vevő adatai", "vat": "Közösségi adószám"},
                "subtitle": "Online Számla – webes számlázó felületen kiállított számla", "page_numbers": True,
                "footer": "Kiállítva: NAV Online Számla rendszer"}))
    add(Doc("e07_b13_pad", "b13_pad_rl", "normal", "TK 4418203", D(2026, 11, 2), D(2026, 11, 2), D(2026, 11, 10), "HUF",
            KERTES, B_PANZIO, [L("Kertgondozás, sövénynyírás", 12, "óra", 6500, "AAM"),
                               L("Zöldhulladék elszállítása", 2, "forduló", 9000, "AAM")],
            datefmt="dot", opts={"renderer": "pad", "cur_suf": " Ft", "words": True,
                                 "labels": {"number": "Sorszám", "issue": "Számla kelte", "fulfil": "Telj. kelte",
                                            "due": "Fiz. hat.", "seller": "Szállító (eladó)", "buyer": "Vevő",
                                            "price": "Egységár"},
                                 "notes": ["Alanyi adómentes (AAM) – az Áfa tv. 187. § alapján."],
                                 "footer": "Nyomtatvány: B.13 r.sz. · kitöltve: KisVáll Számla 3.1"}))
    add(Doc("e08_till_simplified", "till_receipt", "normal", "EGY/2026/01934", D(2026, 11, 14), D(2026, 11, 14), None,
            "HUF", KONYHA, B_HALASZ,
            [L("Gulyásleves", 4, "adag", 2150, "5"), L("Rántott harcsa körettel", 4, "adag", 4200, "5"),
             L("Ásványvíz 0,75", 2, "üveg", 990, "5"), L("Sör 0,5 csapolt", 6, "korsó", 1061, "27")],
            datefmt="slash", opts={"font": '"DejaVu Sans Mono"', "size": "7.6pt", "page": "80mm 297mm",
                                   "margin": "5mm 4mm 8mm 4mm", "cur_suf": " Ft", "pay": "Készpénz",
                                   "meta_order": ["number", "issue", "fulfil", "pay"],
                                   "labels": {"title": "EGYSZERŰSÍTETT SZÁMLA", "number": "Szla.sz.", "issue": "Kelt",
                                              "fulfil": "Telj.", "buyer": "Vevő", "gross": "Bruttó végösszeg",
                                              "net": "Nettó összesen", "vat_amt": "ÁFA tartalom"},
                                   "after_totals": [("Kerekítés", "+3 Ft"), ("Fizetendő (kp.)", "34 620 Ft")],
                                   "notes": ["Köszönjük, hogy nálunk étkezett!", "Pénztárgép AP: A21900417"]}))
    parts = [L(d, q, u, p, "27") for d, q, u, p in [
        ("Fékbetét első (ATE)", 1, "klt", 18900), ("Féktárcsa első", 2, "db", 16400), ("Fékfolyadék DOT4 1 l", 1, "db", 3900),
        ("Olajszűrő", 1, "db", 3200), ("Motorolaj 5W-30", 4.5, "l", 4100), ("Levegőszűrő", 1, "db", 5600),
        ("Pollenszűrő aktívszenes", 1, "db", 6900), ("Ablaktörlő lapát klt.", 1, "klt", 8400),
        ("Fékjavítás munkadíj", 2.2, "óra", 16500), ("Olajcsere munkadíj", 0.6, "óra", 16500),
        ("Diagnosztika", 1, "alk.", 12000), ("Futómű-beállítás", 1, "alk.", 18000)]]
    add(Doc("e09_car_repair", "workshop_letterhead", "normal", "VX-26-01552", D(2026, 11, 10), D(2026, 11, 9),
            D(2026, 11, 17), "HUF", VERTEX, B_AUTO, parts, datefmt="long",
            opts={"font": '"DejaVu Sans"', "cur_suf": " Ft", "accent": "#b23a0c", "labels": {
                "title": "SZÁMLA", "number": "Számlaszám", "issue": "Számla kelte", "fulfil": "Teljesítés",
                "due": "Fizetési határidő", "buyer": "Ügyfél", "netv": "Nettó érték"},
                "extra_meta": [("Munkalapszám", "ML-2026-3310"), ("Rendszám", "AEX-418"), ("Km-óra állás", "148 312 km")],
                "words": True, "notes": ["A beépített alkatrészekre 12 hónap garanciát vállalunk."]}))
    add(Doc("e10_dentist_aam", "practice_letterhead", "normal", "FR-2026/0219", D(2026, 11, 4), D(2026, 11, 4),
            D(2026, 11, 4), "HUF", FOGAS, B_SZABO,
            [L("Kompozit tömés (2 felszín)", 2, "db", 24000, "AAM"), L("Fogkő-eltávolítás", 1, "alk.", 15000, "AAM"),
             L("Panoráma röntgen", 1, "db", 9000, "AAM")],
            datefmt="abbr", opts={"font": '"DejaVu Serif"', "accent": "#2a6f97", "cur_suf": " Ft", "pay": "Bankkártya",
                                  "vs": False, "labels": {"title": "SZÁMLA", "number": "Sorszám", "issue": "Kelt",
                                  "fulfil": "Teljesítés napja", "due": "Esedékesség", "buyer": "Páciens (vevő)",
                                  "vat_amt": "ÁFA", "gross": "Fizetendő"},
                                  "notes": ["Alanyi adómentes – AAM. Az áthárított adó összege: 0 Ft."]}))
    add(Doc("e11_ev_kata", "suite_smallcaps", "normal", "KD-2026-031", D(2026, 10, 31), D(2026, 10, 31), D(2026, 11, 15),
            "HUF", KERTES, HALASZ, [L("Weboldal tartalomfrissítés, október", 1, "hó", 120000, "AAM"),
                                    L("Fotózás (termékfotók)", 35, "db", 1500, "AAM")],
            datefmt="dots", opts={"font": '"DejaVu Serif Condensed"', "cur_suf": " Ft",
                                  "labels": {"seller": "Kibocsátó", "buyer": "Megrendelő", "number": "Számla sorszáma",
                                             "issue": "Kibocsátás", "fulfil": "Teljesítés", "due": "Fiz. hat."},
                                  "notes": ["Alanyi adómentes.", "A számlakibocsátó a kisadózó vállalkozások tételes adója (KATA) hatálya alá tartozik."]}))
    add(Doc("e12_translator_bilingual", "bilingual_classic", "normal", "LB-2026-0733", D(2026, 11, 5), D(2026, 11, 3),
            D(2026, 11, 20), "HUF", LINGUA, B_MEDIA,
            [L("Translation HU>EN, marketing brochure / Fordítás HU>EN, marketing kiadvány", 18.5, "page/oldal", 6800, "27"),
             L("Proofreading / Lektorálás", 18.5, "page/oldal", 2200, "27"),
             L("Certified copy / Hiteles záradék", 2, "pcs/db", 5000, "27")],
            datefmt="eu", amtfmt="en",
            opts={"font": '"DejaVu Sans Light"', "accent": "#333", "cur_pre": "HUF ", "labels": {
                "title": "INVOICE / SZÁMLA", "number": "Invoice No. / Számlaszám", "issue": "Date of issue / Kiállítás",
                "fulfil": "Date of supply / Teljesítés", "due": "Due date / Fiz. határidő", "pay": "Payment / Fizetés",
                "seller": "Supplier / Szállító", "buyer": "Customer / Vevő", "tax": "Tax No. / Adószám",
                "vat": "EU VAT No. / Közösségi adószám", "net": "Net total / Nettó", "vat_amt": "VAT / ÁFA",
                "gross": "Total / Bruttó", "desc": "Description / Megnevezés", "qty": "Qty", "unit": "Unit",
                "price": "Unit price", "netv": "Net", "rate": "VAT %", "vatv": "VAT", "grossv": "Gross"},
                "pay": "Bank transfer / Átutalás", "subtitle": "Translation services"}))
    add(Doc("e13_ostermelo", "producer_form_rl", "normal", "HI-2026/14", D(2026, 10, 22), D(2026, 10, 21),
            D(2026, 10, 29), "HUF", OSTERM, B_MEZO,
            [L("Burgonya (Kuroda)", 640, "kg", 180, "AAM"), L("Vöröshagyma", 310, "kg", 210, "AAM"),
             L("Sárgarépa", 185, "kg", 240, "AAM")],
            datefmt="long", opts={"renderer": "form", "cur_suf": " Ft", "words": True, "labels": {
                "title": "SZÁMLA", "seller": "Eladó (mezőgazdasági őstermelő)", "buyer": "Vásárló",
                "number": "Számla sorszáma", "issue": "Kelt", "fulfil": "Teljesítés dátuma", "due": "Fizetési határidő",
                "price": "Egységár"},
                "notes": ["Alanyi adómentes (AAM) mezőgazdasági őstermelő."],
                "footer": "Kézi számlatömb helyett: Őstermelő Számla app 1.4"}))
    fad = [L(d, q, u, p, "FAD") for d, q, u, p in [
        ("Falazás Porotherm 30 N+F", 148, "m2", 6900), ("Áthidalók elhelyezése", 22, "db", 4500),
        ("Koszorú zsaluzás", 64, "fm", 3800), ("Koszorú betonozás C20/25", 9.6, "m3", 38000),
        ("Vakolás gépi, belső", 310, "m2", 2900), ("Állványozás (bérlet + szerelés)", 1, "klt", 240000)]]
    add(Doc("e14_construction_fad", "subcontractor_smallcaps", "normal", "FT/2026/0094", D(2026, 11, 12),
            D(2026, 11, 10), D(2026, 12, 12), "HUF", EPITO, GENERAL, fad, datefmt="dot",
            opts={"font": '"DejaVu Sans"', "cur_suf": " Ft", "labels": {"seller": "Alvállalkozó (eladó)",
                  "buyer": "Fővállalkozó (vevő)", "number": "Számlaszám", "issue": "Számla kelte",
                  "fulfil": "Teljesítés dátuma", "due": "Fizetési határidő", "vat_amt": "ÁFA összesen"},
                  "rate_names": {"FAD": "f.á."},
                  "extra_meta": [("Építési napló azonosító", "EN-2026-44719"), ("Teljesítésigazolás", "TIG-0094")],
                  "notes": ["Fordított adózás – az adót a termék beszerzője, szolgáltatás igénybevevője fizeti "
                            "(Áfa tv. 142. § (1) b) pont).", "Projekt: Tiszavasvári úti társasház, II. ütem"]}))
    add(Doc("e15_restaurant_group", "restaurant_classic", "normal", "KB-2026-00871", D(2026, 11, 21), D(2026, 11, 20),
            D(2026, 11, 29), "HUF", KONYHA, B_CEG,
            [L("Céges vacsora – 3 fogásos menü", 42, "fő", 8900, "5"), L("Üdítőital-csomag", 42, "fő", 1200, "5"),
             L("Borkóstoló csomag", 20, "fő", 4500, "27"), L("Terembérlet (exkluzív)", 4, "óra", 25000, "27"),
             L("Szervizdíj 10% (étel, üdítő)", 1, "tétel", 42420, "5")],
            datefmt="dot", amtfmt="nb",
            opts={"accent": "#6b4226", "font": '"DejaVu Serif"', "cur_suf": " Ft", "labels": {
                "title": "SZÁMLA", "number": "Számla száma", "issue": "Számla kelte", "fulfil": "Teljesítés",
                "due": "Fizetési határidő", "seller": "Szolgáltató", "buyer": "Megrendelő", "gross": "Mindösszesen"},
                "extra_meta": [("Asztalfoglalás", "FGL-1120/42")], "words": True,
                "brand": "<i style='font-size:15pt'>Kiskorsó Bisztró</i>",
                "notes": ["A szervizdíj a helyben fogyasztott ételek és italok után kerül felszámításra."]}))
    add(Doc("e16_rental_period", "rental_letterhead", "normal", "BI-2026-1123", D(2026, 11, 2), D(2026, 11, 30),
            D(2026, 11, 10), "HUF", INGATLAN, B_IROD,
            [L("Irodabérleti díj, III. em. 312-318. (186 m²)", 186, "m²", 5200, "27"),
             L("Üzemeltetési díj", 186, "m²", 1350, "27"), L("Parkolóhely bérlet", 3, "db", 22000, "27")],
            datefmt="dot", opts={"accent": "#234", "font": '"DejaVu Sans Condensed"', "cur_suf": " Ft",
                                 "labels": {"title": "SZÁMLA – BÉRLETI DÍJ", "seller": "Bérbeadó", "buyer": "Bérlő",
                                            "number": "Számlaszám", "issue": "Kiállítás dátuma",
                                            "fulfil": "Teljesítés dátuma", "due": "Fizetési határidő"},
                                 "extra_meta": [("Teljesítési időszak", "2026.11.01. – 2026.11.30."),
                                                ("Bérleti szerződés", "BSZ-2024/07")],
                                 "notes_top": True,
                                 "notes": ["Az Áfa tv. 58. § szerinti időszakos elszámolás."],
                                 "cols": "gross"}))
    add(Doc("e17_training_tam", "training_grid", "normal", "OKT-2026-0507", D(2026, 11, 16), D(2026, 11, 13),
            D(2026, 11, 30), "HUF", OKTANO, B_PEK,
            [L("Élelmiszer-higiéniai (HACCP) képzés, 2 nap", 14, "fő", 38000, "TAM"),
             L("Vizsgadíj", 14, "fő", 6000, "TAM"), L("Ebéd és kávészünet", 28, "adag", 3100, "27")],
            datefmt="abbr", opts={"accent": "#8a1c4a", "cur_suf": " Ft", "labels": {
                "title": "Számla", "number": "Szla.sz.", "issue": "Kiállítva", "fulfil": "Telj. dátum",
                "due": "Fizetési határidő", "seller": "Képző intézmény", "buyer": "Megrendelő"},
                "rate_names": {"TAM": "TAM"},
                "notes": ["TAM: tárgyi adómentes felnőttképzés, Áfa tv. 85. § (1) i)."],
                "extra_meta": [("Képzési szerződés", "KSZ-26/0507")]}))
    eur = D(2026, 11, 9)
    itdoc = Doc("e18_it_eur_mnb", "it_eur_smallcaps", "normal", "CW-INV-2026-1184", D(2026, 11, 9), D(2026, 11, 9),
                D(2026, 11, 24), "EUR", CLOUDWAVE, B_TRANS,
                [L("Managed Kubernetes hosting, november", 1, "hó", "1850.00", "27"),
                 L("Backup storage 2 TB", 2, "db", "64.50", "27"), L("DevOps support", 7.5, "óra", "78.00", "27")],
                datefmt="iso", amtfmt="en",
                opts={"font": '"DejaVu Sans"', "cur_pre": "EUR ", "labels": {"title": "Számla", "number": "Számlaszám",
                      "issue": "Kiállítás dátuma", "fulfil": "Teljesítés dátuma", "due": "Fizetési határidő",
                      "seller": "Szolgáltató", "buyer": "Ügyfél"}, "subtitle": "Pénznem: EUR"})
    huf_vat = int((itdoc.vat * __import__("decimal").Decimal("391.27")).quantize(1))
    itdoc.opts["notes"] = [f"Árfolyam: 1 EUR = 391,27 HUF (MNB, {eur:%Y.%m.%d}.)",
                           f"Az ÁFA összege forintban: {huf_vat:,} Ft".replace(",", " ")]
    add(itdoc)
    add(Doc("e19_eu_supply_at", "export_classic", "normal", "AF-2026-EU-0061", D(2026, 11, 18), D(2026, 11, 17),
            D(2026, 12, 17), "EUR", ACELIP, ALPEN,
            [L("Stahlwinkel verzinkt / Horganyzott acél szögvas 40x40", 1200, "db", "3.85", "KBAET"),
             L("Lochblech 2 mm / Lyukasztott lemez 2 mm", 85, "m2", "24.40", "KBAET")],
            datefmt="eu", amtfmt="sp", opts={"accent": "#444", "cur_suf": " €", "labels": {
                "title": "SZÁMLA / RECHNUNG", "number": "Számlaszám / Rechnungsnr.", "issue": "Kelt / Datum",
                "fulfil": "Teljesítés / Lieferdatum", "due": "Fizetési határidő / Fällig", "seller": "Eladó / Verkäufer",
                "buyer": "Vevő / Käufer", "vat": "Közösségi adószám / UID"},
                "rate_names": {"KBAET": "0% KBAET"}, "cols": "short",
                "notes": ["Közösségen belüli adómentes termékértékesítés, Áfa tv. 89. § – Steuerfreie innergemeinschaftliche Lieferung.",
                          "Szállítási feltétel: DAP Linz (Incoterms 2020) · CMR: 0087713"]}))
    add(Doc("e20_eu_supply_sk", "export_form_rl", "normal", "SZV-2026-0412", D(2026, 11, 25), D(2026, 11, 24),
            D(2026, 12, 9), "EUR", SZOV, TATRA,
            [L("Napraforgó vetőmag (hibrid), 150 E szem", 120, "zsák", "96.00", "KBAET"),
             L("Kukorica vetőmag FAO 380", 80, "zsák", "118.50", "KBAET")],
            datefmt="slash", amtfmt="sp2",
            opts={"renderer": "form", "cur_suf": " EUR", "labels": {"title": "SZÁMLA / FAKTÚRA", "seller": "Eladó",
                  "buyer": "Vevő / Odberateľ", "number": "Számlaszám", "issue": "Kiállítás", "fulfil": "Teljesítés",
                  "due": "Esedékesség", "vat": "Közösségi adószám", "price": "Egységár"},
                  "rate_names": {"KBAET": "mentes"},
                  "notes": ["Adómentes Közösségen belüli termékértékesítés (Áfa tv. 89. §).",
                            "Oslobodené od dane – dodanie tovaru do iného členského štátu."],
                  "footer": "Alföldi Mag Szövetkezet · Infoteka Ügyvitel 7 · nyomtatva A4"}))
    add(Doc("e21_helyesbito", "gov_lefttable", "correction", "SZM-2026-001533", D(2026, 11, 19), D(2026, 11, 3),
            D(2026, 11, 27), "HUF", PIXEL, B_MEDIA,
            [L("Egyedi fejlesztés (óradíj) – jóváírás, túlszámlázott órák", -2, "óra", 14500, "27")],
            preceding="SZM-2026-001487", datefmt="dot",
            opts={"font": '"DejaVu Sans"', "cur_suf": " Ft", "labels": {
                "title": "HELYESBÍTŐ SZÁMLA", "number": "Számlaszám", "issue": "Számla kelte",
                "fulfil": "Teljesítés dátuma", "due": "Fizetési határidő", "seller": "Eladó", "buyer": "Vevő",
                "preceding": "Módosított számla sorszáma"},
                "meta_order": ["number", "preceding", "issue", "fulfil", "due", "pay"],
                "subtitle": "Módosító okirat – a számlával egy tekintet alá eső okirat",
                "notes": ["A módosítás oka: a ténylegesen teljesített órák száma 4,5 óra."],
                "footer": "Számlamester online számlázó"}))
    add(Doc("e22_storno", "storno_letterhead", "storno", "VX-26-01571", D(2026, 11, 23), D(2026, 11, 9),
            D(2026, 11, 23), "HUF", VERTEX, B_KOVACS,
            [L("Klímatöltés R1234yf", -1, "alk.", 28000, "27"), L("Klíma fertőtlenítés", -1, "alk.", 9500, "27")],
            preceding="VX-26-01549", datefmt="iso",
            opts={"accent": "#555", "cur_suf": " Ft", "labels": {"title": "SZTORNÓ SZÁMLA", "number": "Számlaszám",
                  "issue": "Kiállítás dátuma", "fulfil": "Teljesítés", "due": "Fizetési határidő", "buyer": "Ügyfél",
                  "preceding": "Sztornózott számla"},
                  "meta_order": ["number", "issue", "fulfil", "due", "preceding"],
                  "notes": ["Érvénytelenítő számla – a VX-26-01549 számú számla teljes összegű sztornója."],
                  "extra_meta": [("Rendszám", "NKR-207")]}))
    add(Doc("e23_dijbekero", "proforma_grid", "proforma", "DB-2026-0098", D(2026, 11, 24), None, D(2026, 12, 1), "HUF",
            OKTANO, B_EGYESULET,
            [L("Óvodapedagógus továbbképzés (30 óra)", 6, "fő", 42000, "TAM"),
             L("Jegyzetcsomag", 6, "db", 3500, "27")],
            datefmt="dot", opts={"accent": "#c27c0e", "cur_suf": " Ft",
                                 "labels": {"title": "DÍJBEKÉRŐ", "number": "Díjbekérő száma", "issue": "Kelt",
                                            "due": "Befizetési határidő", "buyer": "Ügyfél", "seller": "Kibocsátó",
                                            "gross": "Fizetendő"},
                                 "meta_order": ["number", "issue", "due", "pay"],
                                 "notes": ["Ez a dokumentum nem számla, számviteli bizonylatként nem használható. "
                                           "A számlát a befizetés után állítjuk ki."]}))
    saas = [L(f"Felhő-tárhely csomag – {m} fiók", 1, "hó", 2490 + 37 * i, "27") for i, m in enumerate(
        ["Budapest", "Debrecen", "Szeged", "Miskolc", "Pécs", "Győr", "Nyíregyháza", "Kecskemét", "Székesfehérvár",
         "Szombathely", "Szolnok", "Érd", "Tatabánya", "Kaposvár", "Sopron", "Veszprém", "Békéscsaba", "Zalaegerszeg",
         "Eger", "Nagykanizsa", "Dunaújváros", "Hódmezővásárhely", "Dunakeszi", "Cegléd", "Baja", "Salgótarján",
         "Szekszárd", "Vác", "Gödöllő", "Ózd", "Szigetszentmiklós", "Mosonmagyaróvár", "Pápa", "Gyöngyös",
         "Hajdúböszörmény", "Esztergom", "Kiskunfélegyháza", "Jászberény", "Orosháza", "Kazincbarcika", "Szentes",
         "Kiskunhalas", "Siófok", "Törökszentmiklós", "Gyula", "Karcag", "Keszthely", "Mezőtúr", "Balassagyarmat",
         "Hatvan", "Komló", "Paks", "Tiszaújváros", "Ajka", "Szentendre", "Monor", "Tata", "Dombóvár", "Mohács"])]
    add(Doc("e24_smartinv_multipage", "saas_grid_multipage", "normal", "SI-2026-10-004512", D(2026, 11, 1),
            D(2026, 10, 31), D(2026, 11, 8), "HUF", DIGI, B_TRANS, saas, datefmt="iso",
            opts={"accent": "#1f4e79", "cur_suf": " Ft", "page_numbers": True, "size": "9pt",
                  "labels": {"title": "SZÁMLA", "number": "Számla sorszáma", "issue": "Kiállítás",
                             "fulfil": "Teljesítés", "due": "Esedékesség", "buyer": "Ügyfél"},
                  "extra_meta": [("Előfizetés azonosító", "SUB-77-0031")],
                  "footer": "SmartInv – számlázó szoftver · Licencszám: SI-LIC-20931"}))
    add(Doc("e25_forintsoft_copy", "suite_twolabel", "normal", "F-2026/01877", D(2026, 11, 17), D(2026, 11, 17),
            D(2026, 12, 2), "HUF", NAGYKER, B_PEK,
            [L("Búzafinomliszt BL55 (25 kg)", 40, "zsák", 7400, "18"), L("Élesztő 0,5 kg", 60, "csomag", 890, "18"),
             L("Tejföl 20% 5 kg", 12, "vödör", 9800, "18"), L("Sütőpapír 40x60 (500 ív)", 5, "doboz", 11900, "27"),
             L("Raklapdíj", 2, "db", 4500, "27")],
            datefmt="dot", amtfmt="dash",
            opts={"font": '"DejaVu Sans Mono"', "size": "8.5pt", "cur_suf": " Ft", "copy": "2. példány",
                  "stamp": "MÁSOLAT", "labels": {"title": "SZÁMLA", "number": "Számla száma",
                  "issue": "Számla kelte", "fulfil": "Telj. dátum", "due": "Fiz. hat.", "seller": "Szállító",
                  "buyer": "Vevő", "gross": "Fizetendő összesen"},
                  "extra_meta": [("Szállítólevél", "SZ-26-11-0552"), ("Vevőkód", "FC-0042")],
                  "footer": "Forint-Ügyvitel 2026 · Reg.: 0014-3377 · A számla másolata, eredetivel egyező."}))
    add(Doc("e26_coop_watermark", "coop_smallcaps", "normal", "AM-26-00712", D(2026, 11, 26), D(2026, 11, 25),
            D(2026, 12, 10), "HUF", SZOV, B_MEZO,
            [L("Műtrágya NPK 15-15-15", 3.2, "t", 186000, "27"), L("Fuvardíj", 1, "fuvar", 42000, "27")],
            datefmt="long", opts={"font": '"DejaVu Sans Light"', "cur_suf": " HUF", "watermark": "EREDETI",
                                  "labels": {"seller": "Eladó", "buyer": "Tag (vevő)", "number": "Számla sorszáma",
                                             "issue": "Számla kelte", "fulfil": "Teljesítés dátuma",
                                             "due": "Fizetési határidő", "gross": "Bruttó végösszeg"},
                                  "extra_meta": [("Tagnyilvántartási szám", "T-0384")],
                                  "subtitle": "Infoteka Ügyvitel 7"}))
    add(Doc("e27_alapitvany", "foundation_letterhead", "normal", "ZO-2026/027", D(2026, 11, 13), D(2026, 11, 12),
            D(2026, 11, 27), "HUF", ALAP, B_EGYESULET,
            [L("Erdei iskola program (2 nap, teljes ellátással)", 26, "fő", 11500, "AAM"),
             L("Túravezetés", 2, "nap", 15000, "AAM")],
            datefmt="eu", opts={"font": '"DejaVu Serif"', "accent": "#2f6b2f", "cur_suf": " Ft", "vs": False,
                                "lh_name_twice": True, "labels": {"title": "SZÁMLA", "number": "Számla sorszáma",
                                "issue": "Számla kelte", "fulfil": "Teljesítés dátuma", "due": "Fizetési határidő",
                                "buyer": "Számla címzettje"},
                                "notes": ["Alanyi adómentes (AAM). Az alapítvány közhasznú tevékenysége keretében."]}))
    whole = [L(f"{d} ({k})", q, "karton", p, r) for d, k, q, p, r in [
        (n, k, q, p, r) for i, (n, q, p, r) in enumerate([
            ("UHT tej 2,8% 1 l", 24, 4390, "18"), ("Kakaós csiga", 12, 3120, "18"), ("Trappista sajt 1 kg", 8, 21400, "18"),
            ("Vaj 82% 250 g", 16, 14200, "18"), ("Kefir 450 g", 10, 5160, "18"), ("Natúr joghurt 150 g", 14, 3390, "18"),
            ("Ásványvíz 1,5 l", 40, 1590, "27"), ("Narancslé 100% 1 l", 18, 4920, "27"), ("Kávé őrölt 250 g", 12, 14400, "27"),
            ("Tea filteres 20 db", 9, 3850, "27"), ("Cukor 1 kg", 20, 4190, "27"), ("Rizs 1 kg", 15, 5390, "27"),
            ("Tészta spagetti 500 g", 22, 3960, "27"), ("Paradicsompüré 70 g", 11, 2640, "27"),
            ("Napraforgóolaj 1 l", 25, 8290, "27"), ("Mosogatószer 1 l", 10, 4490, "27"),
        ] * 4) for k in [f"cikksz. {4100 + i}"]]]
    add(Doc("e28_kkt_wholesale", "wholesale_twolabel_multipage", "normal", "BT-26/11/0902", D(2026, 11, 27),
            D(2026, 11, 26), D(2026, 12, 11), "HUF", NAGYKER, B_HALASZ, whole, datefmt="abbr", amtfmt="sp",
            opts={"font": '"DejaVu Sans Condensed"', "size": "8.6pt", "cur_suf": " Ft", "page_numbers": True,
                  "copy": "Eredeti", "labels": {"title": "SZÁMLA", "number": "Sorszám", "issue": "Kelt",
                  "fulfil": "Teljesítés", "due": "Fizetési határidő", "seller": "Eladó", "buyer": "Vásárló",
                  "gross": "Összesen fizetendő"},
                  "extra_meta": [("Rendelésszám", "WEB-88127"), ("Ügyfélszám", "U-2214")],
                  "footer": "Nagyker-Pro ERP 5.3 · Borsos és Társa Kkt. · Tel.: +36 23 500 410"}))
    add(Doc("e29_armada_print", "desktop_mono_rl_short", "normal", "A26-000318", D(2026, 11, 30), D(2026, 11, 30),
            D(2026, 12, 8), "HUF", LINGUA, B_AUTO,
            [L("Szerződés fordítás HU>DE", 42, "oldal", 7400, "27"), L("Tolmácsolás (konszekutív)", 3, "óra", 24000, "27"),
             L("Szakszótár (nyomtatott)", 1, "db", 12600, "5")],
            datefmt="eu", amtfmt="sp",
            opts={"renderer": "mono", "cur_suf": " HUF", "words": True, "labels": {"title": "S Z Á M L A",
                  "number": "Szla.sz.", "issue": "Számla kelte", "fulfil": "Teljesítés", "due": "Esedékesség",
                  "seller": "Eladó", "buyer": "Vevő", "price": "Egységár", "netv": "Nettó", "qty": "Menny",
                  "unit": "Me"}, "extra_meta": [("Megrendelésszám", "PO-55/2026")],
                  "footer": "ARMADA Ügyvitel v12 · felhasználó: BOGNARNE · 1. példány"}))
    add(Doc("e30_webshop_private", "webshop_classic", "normal", "TP2026-118204", D(2026, 12, 1), D(2026, 11, 29),
            D(2026, 11, 29), "HUF", WEBSHOP, B_KOVACS,
            [L("Pehelypaplan 200x220", 1, "db", 27480, "27"), L("Párnahuzat pamut (2 db)", 2, "csomag", 4720, "27"),
             L("Házhozszállítás (GLS)", 1, "db", 1565, "27")],
            datefmt="dot", opts={"accent": "#d04a7a", "cur_suf": " Ft", "pay": "Bankkártya (fizetve)", "cols": "gross",
                                 "labels": {"title": "Számla", "number": "Számlaszám", "issue": "Számla kelte",
                                            "fulfil": "Teljesítés dátuma", "due": "Fizetési határidő",
                                            "seller": "Eladó", "buyer": "Vásárló", "gross": "Fizetendő"},
                                 "extra_meta": [("Rendelésszám", "#TP-558173")],
                                 "notes": ["A számla ellenértéke kiegyenlítve."],
                                 "footer": "Webshop számla – automatikusan generált"}))
    return docs

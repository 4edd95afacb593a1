# ruff: noqa
"""The 30 invented invoices of blind set W (professional and office services)."""
from datetime import date as d
from decimal import Decimal as D

from .model import Invoice, Line, Party, tn, cvat

L = Line

# ---- recurring parties -------------------------------------------------------
T_BUYER1 = tn("2531487", "2", "42")
BUYER1 = Party("Pannon Médiaház Kft.", ["1137 Budapest", "Szent István krt. 18. III/2."], T_BUYER1)
T_BUYER2 = tn("1476530", "2", "13")
BUYER2 = Party("Vértes Agrokémia Zrt.", ["2800 Tatabánya", "Ipari park, Győri út 9."], T_BUYER2)
T_BUYER3 = tn("2689014", "2", "43")
BUYER3 = Party("Napfolyam Energetika Kft.", ["1117 Budapest", "Prielle Kornélia u. 41."], T_BUYER3,
               cvat(T_BUYER3))
T_BUYER4 = tn("1398255", "2", "07")
BUYER4 = Party("Duna-Kapu Logisztika Bt.", ["2400 Dunaújváros", "Béke tér 3."], T_BUYER4)
T_BUYER5 = tn("2815543", "2", "41")
BUYER5 = Party("Kreatív Hullám Reklámügynökség Kft.", ["1065 Budapest", "Nagymező utca 27. fsz. 1."], T_BUYER5,
               cvat(T_BUYER5))

T_LAW = tn("1871234", "2", "41")
LAW = Party("Dr. Halmos és Társai Ügyvédi Iroda", ["1054 Budapest, Báthory utca 12. II. em. 4."], T_LAW,
            extra=["Bankszámla: 10918001-00000087-43210007", "iroda@halmos-ugyvedek.example"])
T_IT = tn("2745560", "2", "41")
IT = Party("Bitrend Informatikai Tanácsadó Kft.", ["1119 Budapest", "Fehérvári út 89–95. B ép. 5. em."], T_IT,
           cvat(T_IT), ["Számlaszám: 12010611-01543219-00100004"])
T_CLEAN = tn("1234991", "2", "13")
CLEAN = Party("Tiszta Pont Takarító Bt.", ["2040 Budaörs, Szabadság út 141."], T_CLEAN,
              extra=["K&H 10402142-50526785-67891012"])
T_MOVE = tn("2398417", "2", "43")
MOVE = Party("IrodaVándor Költöztető Kft.", ["1097 Budapest", "Illatos út 36."], T_MOVE,
             extra=["OTP 11711034-21457398-00000000"])
T_TRAIN = tn("2950338", "1", "41")
TRAIN = Party("Tudástér Felnőttképző Kft.", ["1088 Budapest, Rákóczi út 7. I/3."], T_TRAIN,
              extra=["Felnőttképzési nyilvántartási szám: B/2020/004781", "CIB 10700024-70451236-51100005"])
T_COURIER = tn("1307729", "2", "44")
COURIER = Party("Villámfutár Expressz Kft.", ["1139 Budapest, Váci út 99."], T_COURIER)


INVOICES = [
    # 1 accounting firm monthly fee
    Invoice("w01_konyveles_havidij", "boxes2", "KM-2027/0147", "normal",
            d(2027, 4, 5), d(2027, 3, 31), d(2027, 4, 15), "HUF",
            Party("Mérlegelv Könyvelőiroda Kft.", ["1036 Budapest", "Lajos utca 66. 2. em."], tn("2604418", "2", "41"),
                  extra=["Bankszámla: 11600006-00000000-71234567", "Tel.: +36 1 555 0147"]),
            BUYER1,
            [L("Könyvelési szolgáltatás 2027. március hó", D(1), "hó", D(185000)),
             L("Bérszámfejtés (14 fő × 4 500 Ft)", D(14), "fő", D(4500)),
             L("Havi ÁFA-bevallás elkészítése", D(1), "db", D(15000))],
            numfmt="sp", datefmt="dot", pay="Banki átutalás"),

    # 2 law firm advance
    Invoice("w02_ugyvedi_eloleg", "letterhead", "HÜI-2027-0061", "advance",
            d(2027, 5, 3), d(2027, 5, 3), d(2027, 5, 11), "HUF", LAW, BUYER2,
            [L("Előleg: jogi képviselet a Fővárosi Törvényszék előtt folyamatban lévő ügyben, ügyszám: 31.G.40.112/2027",
               D(1), "alk.", D(600000))],
            numfmt="dot", datefmt="long",
            notes=["ELŐLEGSZÁMLA – a megbízási díj előlege, amely a végszámlában kerül levonásra."]),

    # 3 law firm final
    Invoice("w03_ugyvedi_vegszamla", "letterhead", "HÜI-2027-0118", "final",
            d(2027, 7, 26), d(2027, 7, 22), d(2027, 8, 5), "HUF", LAW, BUYER2,
            [L("Jogi képviselet, ügyszám: 31.G.40.112/2027 – megbízási díj", D(1), "alk.", D(1450000)),
             L("Beadványok szerkesztése (óradíj)", D("7.5"), "óra", D(38000)),
             L("Levonva: HÜI-2027-0061 sz. előlegszámla", D(-1), "alk.", D(600000))],
            numfmt="dot", datefmt="long",
            notes=["VÉGSZÁMLA – a HÜI-2027-0061 számú előlegszámlán kiszámlázott 600.000 Ft + ÁFA előleg levonásra került."]),

    # 4 auditor
    Invoice("w04_konyvvizsgalat", "metatable", "2027/000093", "normal",
            d(2027, 5, 20), d(2027, 5, 18), d(2027, 6, 4), "HUF",
            Party("Audit-Horizont Könyvvizsgáló Zrt.", ["9021 Győr, Árpád út 34."], tn("1452276", "2", "08"),
                  cvat(tn("1452276", "2", "08")), ["MKVK nyilvántartási szám: 004512"]),
            BUYER3,
            [L("A 2026. üzleti év éves beszámolójának könyvvizsgálata", D(1), "tétel", D(2200000)),
             L("Könyvvizsgálói jelentés angol nyelvű változata", D(1), "tétel", D(180000)),
             L("Helyszíni munka úti költsége", D(420), "km", D(120))],
            numfmt="sp00", datefmt="iso"),

    # 5 tax adviser e.v. AAM
    Invoice("w05_adotanacsado_aam", "wordsimple", "2027/014", "normal",
            d(2027, 4, 12), d(2027, 4, 12), d(2027, 4, 20), "HUF",
            Party("Kovácsné dr. Szabó Irén e.v.", ["2000 Szentendre, Bükkös part 22."], tn("6843219", "1", "33"),
                  extra=["Nyilvántartási szám: 51234877", "Adótanácsadói igazolvány: AT-3312"]),
            BUYER4,
            [L("Adótanácsadás – társasági adó optimalizálás, 2027. március", D(6), "óra", D(22000), "AAM"),
             L("Írásos adózási állásfoglalás készítése", D(1), "db", D(45000), "AAM")],
            numfmt="plain", datefmt="dot", pay="Készpénz",
            notes=["Alanyi adómentes (ÁFA tv. 187. §). Áthárított adót nem tartalmaz."]),

    # 6 IT consultancy hours, multi-page
    Invoice("w06_it_tanacsadas_orak", "multipage", "BIT-27-00412", "normal",
            d(2027, 6, 2), d(2027, 5, 31), d(2027, 7, 2), "HUF", IT, BUYER5,
            [L(f"Tanácsadás – {day}: {task}", D(h), "óra", D(p)) for day, task, h, p in [
                ("05.03", "ERP integráció, követelményfelmérés", "6", "24500"),
                ("05.04", "ERP integráció, adatmodell", "7.5", "24500"),
                ("05.05", "Szerver-migráció tervezése", "4", "27000"),
                ("05.06", "Workshop a pénzügyi csapattal", "3", "24500"),
                ("05.10", "API fejlesztés (számlázó)", "8", "21000"),
                ("05.11", "API fejlesztés (számlázó)", "8", "21000"),
                ("05.12", "Kódátvizsgálás", "2.5", "24500"),
                ("05.13", "Tesztkörnyezet kialakítása", "6", "21000"),
                ("05.17", "Biztonsági audit előkészítés", "5", "27000"),
                ("05.18", "Biztonsági audit", "7", "27000"),
                ("05.19", "Jelentés készítése", "3.5", "24500"),
                ("05.20", "Felhasználói oktatás", "4", "19500"),
                ("05.24", "Hibajavítás, support", "2", "19500"),
                ("05.25", "Adatbázis-mentés ellenőrzése", "1.5", "19500"),
                ("05.26", "Projektmenedzsment", "4", "24500"),
                ("05.27", "Éles indulás támogatása", "9", "27000"),
                ("05.28", "Éles indulás támogatása", "6", "27000"),
                ("05.31", "Projektzárás, dokumentáció", "3", "24500")]],
            numfmt="sp", datefmt="dot",
            notes=["Szerződésszám: BIT/2027/KR-07. Az órák részletezése a teljesítésigazolás szerint."]),

    # 7 US SaaS, USD, English only, reverse charge
    Invoice("w07_us_saas_usd", "saas_en", "INV-2027-058214", "normal",
            d(2027, 6, 1), None, d(2027, 6, 1), "USD",
            Party("Trellisbyte Inc.", ["548 Market Street, Suite 4410", "San Francisco, CA 94104", "United States"]),
            Party("Kreatív Hullám Reklámügynökség Kft.", ["Nagymező utca 27. fsz. 1.", "1065 Budapest", "Hungary"],
                  None, cvat(T_BUYER5)),
            [L("Trellisbyte Business plan – 25 seats (Jun 1, 2027 – Jun 30, 2027)", D(25), "seat", D("18.00"), "RC"),
             L("Automation add-on", D(1), "", D("49.00"), "RC"),
             L("Extra storage 200 GB", D(2), "", D("12.50"), "RC")],
            numfmt="en", datefmt="en", pay="Card ending 4417",
            notes=["Reverse charge: VAT to be accounted for by the recipient."]),

    # 8 Irish cloud provider, EUR
    Invoice("w08_ir_felho_eur", "cloud_ie", "EUINV27-4419078", "normal",
            d(2027, 5, 2), d(2027, 4, 30), d(2027, 6, 1), "EUR",
            Party("Nimbara Cloud Services Ireland Limited", ["Block C, Harcourt Centre", "Harcourt Road, Dublin 2, D02 HW77",
                  "Ireland"], None, "IE3381724KH"),
            Party("Bitrend Informatikai Tanácsadó Kft.", ["Fehérvári út 89–95.", "1119 Budapest", "Hungary"], None,
                  cvat(T_IT)),
            [L("Compute – virtual machines (eu-central), 1,488 instance-hours", D(1), "", D("612.40"), "RC"),
             L("Object storage – 3.2 TB-month", D(1), "", D("71.36"), "RC"),
             L("Managed database – standard tier", D(1), "", D("228.00"), "RC"),
             L("Data transfer out – 410 GB", D(1), "", D("34.85"), "RC"),
             L("Support – Business", D(1), "", D("100.00"), "RC")],
            numfmt="en", datefmt="enshort",
            notes=["Reverse charge – Article 196, Council Directive 2006/112/EC."]),

    # 9 payroll bureau (reportlab grid)
    Invoice("w09_berszamfejtes", "rl_grid", "BSZ/2027/0233", "normal",
            d(2027, 6, 7), d(2027, 5, 31), d(2027, 6, 22), "HUF",
            Party("Bérkalkulus Bérszámfejtő és Tanácsadó Bt.", ["6720 Szeged, Kárász u. 11."], tn("2127784", "2", "06"),
                  extra=["Raiffeisen 12067008-00123456-00100001"]),
            Party("Csongrádi Hűtőház Kft.", ["6640 Csongrád, Fő utca 2."], tn("1157623", "2", "06")),
            [L("Bérszámfejtés 2027. május (62 fő)", D(62), "fő", D(3900)),
             L("Belépő/kilépő munkavállalók bejelentése", D(5), "db", D(2500)),
             L("Havi 08-as járulékbevallás", D(1), "db", D(12000))],
            numfmt="dot", datefmt="dot"),

    # 10 office cleaning, dot-matrix
    Invoice("w10_irodatakaritas", "dotmatrix", "TP-000388", "normal",
            d(2027, 4, 1), d(2027, 3, 31), d(2027, 4, 9), "HUF", CLEAN, BUYER1,
            [L("IRODATAKARITAS 2027.03. (420 m2, napi)", D(1), "HO", D(312000)),
             L("ABLAKTISZTITAS KETOLDALI", D(86), "M2", D(450)),
             L("HIGIENIAS PAPIRARU", D(1), "CSOMAG", D(23500))],
            numfmt="plain", datefmt="eu"),

    # 11 coffee machine lease, multi-rate
    Invoice("w11_kavegep_berlet", "gridlv", "KG-2027-05-0772", "normal",
            d(2027, 5, 31), d(2027, 5, 31), d(2027, 6, 15), "HUF",
            Party("AromaPont Kávégépbérlet Kft.", ["8200 Veszprém, Házgyári út 3."], tn("2471905", "2", "19"),
                  extra=["www.aromapont.example", "Erste 11600006-00000000-88776655"]),
            BUYER3,
            [L("Kávéautomata bérleti díj – Cafissimo Pro 800 (2027. május)", D(1), "hó", D(24900), "27"),
             L("Szemes kávé, Crema 1 kg", D(6), "kg", D(6890), "27"),
             L("UHT tej 1,5% 1 l", D(24), "l", D(329), "5"),
             L("Vajas pogácsa tálca (18 db)", D(4), "tálca", D(3150), "18"),
             L("Vízkőmentesítés, karbantartás", D(1), "alk.", D(9500), "27")],
            numfmt="sp", datefmt="slash"),

    # 12 office supplies webshop
    Invoice("w12_irodaszer_webshop", "webshop", "WS27-018842", "normal",
            d(2027, 3, 18), d(2027, 3, 18), d(2027, 3, 18), "HUF",
            Party("Papírfalat Irodaszer Webáruház Kft.", ["4025 Debrecen, Piac utca 54."], tn("2306671", "2", "09")),
            Party("Ferencz és Fia Építész Iroda Kft.", ["4032 Debrecen, Egyetem sugárút 10/B."], tn("1824470", "2", "09")),
            [L("Fénymásolópapír A4 80g (500 lap)", D(10), "csomag", D(2190), "27"),
             L("Iratrendező 7,5 cm kék", D(12), "db", D(890), "27"),
             L("Zselés toll, fekete (10 db/doboz)", D(3), "doboz", D(3450), "27"),
             L("Szakkönyv: Építési jog 2027", D(1), "db", D(12900), "5"),
             L("Szállítási díj (GLS)", D(1), "db", D(1990), "27")],
            numfmt="dot", datefmt="iso", pay="Bankkártya (online)",
            extra={"order": "R-2027-0318-5521"}),

    # 13 courier, simplified receipt-like
    Invoice("w13_futar_egyszerusitett", "rl_receipt", "VF-E-27/09315", "normal",
            d(2027, 4, 22), d(2027, 4, 22), None, "HUF", COURIER,
            Party("Pannon Médiaház Kft.", ["1137 Budapest, Szent István krt. 18."], T_BUYER1),
            [L("Városi futárszolgálat, expressz (2 óra)", D(3), "db", D(3800), "27"),
             L("Csomagolóanyag", D(1), "db", D(600), "27")],
            numfmt="sp", datefmt="dot", pay="Bankkártya"),

    # 14 printer/copier service with page counts
    Invoice("w14_nyomtato_szerviz", "rl_classic", "MS/27/001276", "normal",
            d(2027, 7, 5), d(2027, 6, 30), d(2027, 7, 20), "HUF",
            Party("MásolóSzerviz Irodatechnika Kft.", ["7621 Pécs, Rákóczi út 44."], tn("1520693", "2", "02"),
                  extra=["Bankszámla: 10404601-50526789-12340001"]),
            BUYER4,
            [L("Szervizszerződés alapdíj – Konica C300i (gyári sz.: A8JR021004712)", D(1), "hó", D(14500)),
             L("Fekete-fehér oldalak (számláló 148 312 – 156 980)", D(8668), "oldal", D("3.20")),
             L("Színes oldalak (számláló 22 104 – 23 981)", D(1877), "oldal", D("18.50")),
             L("Kiszállási díj", D(1), "alk.", D(6000))],
            numfmt="sp", datefmt="dot"),

    # 15 coworking space in EUR with HUF VAT
    Invoice("w15_coworking_eur", "bilingual_hu_en", "CW-2027-0389", "normal",
            d(2027, 6, 1), d(2027, 6, 1), d(2027, 6, 10), "EUR",
            Party("Hubkert Coworking Kft.", ["1061 Budapest, Andrássy út 39."], tn("2977413", "2", "42"),
                  cvat(tn("2977413", "2", "42")), ["IBAN: HU42 1176 3000 0012 3456 0000 0000"]),
            BUYER5,
            [L("Dedikált asztal / Dedicated desk – 2027.06. (4 fő)", D(4), "hó", D("245.00")),
             L("Tárgyalóterem / Meeting room", D(6), "óra", D("28.00")),
             L("Postakezelés / Mail handling", D(1), "hó", D("35.00"))],
            numfmt="sp", datefmt="dot", fx=D("392.85")),

    # 16 translation bureau HU/DE, EUR, reverse charge to Austria
    Invoice("w16_forditoiroda_hu_de", "bilingual_hu_de", "FI-27/0521", "normal",
            d(2027, 5, 14), d(2027, 5, 12), d(2027, 6, 13), "EUR",
            Party("Lingvaház Fordítóiroda Kft.", ["9400 Sopron, Várkerület 81."], tn("1493057", "2", "08"),
                  cvat(tn("1493057", "2", "08"))),
            Party("Alpenrand Maschinenbau GmbH", ["Industriestraße 14", "A-2700 Wiener Neustadt", "Österreich"], None,
                  "ATU64738291"),
            [L("Fachübersetzung DE>HU / Szakfordítás DE>HU – Betriebsanleitung", D(38400), "Zeichen", D("0.021"), "EUFAD"),
             L("Lektorat / Lektorálás", D(6), "Std./óra", D("32.00"), "EUFAD"),
             L("DTP-Satz / Kiadványszerkesztés", D(48), "Seite/oldal", D("3.50"), "EUFAD")],
            numfmt="dot", datefmt="eu", fx=D("394.10"),
            notes=["Steuerschuldnerschaft des Leistungsempfängers / Fordított adózás (ÁFA tv. 37. §, 2006/112/EK 196. cikk)."]),

    # 17 training company, TAM
    Invoice("w17_felnottkepzes_tam", "capitals", "TT-2027-0212", "normal",
            d(2027, 6, 18), d(2027, 6, 16), d(2027, 7, 3), "HUF", TRAIN, BUYER2,
            [L("Vezetői kommunikáció tréning (2 nap, 12 fő)", D(12), "fő", D(89000), "TAM"),
             L("Oktatási segédanyag", D(12), "db", D(4500), "TAM")],
            numfmt="sp", datefmt="long",
            notes=["Tárgyi adómentes – ÁFA tv. 85. § (1) bekezdés c) pont (felnőttképzés)."]),

    # 18 recruitment agency, seller in footer
    Invoice("w18_munkaerokozvetites", "footer_seller", "HR-27-0094", "normal",
            d(2027, 7, 12), d(2027, 7, 8), d(2027, 7, 27), "HUF",
            Party("Fejvadász Partner Személyzeti Tanácsadó Kft.", ["1024 Budapest, Margit körút 5/B."],
                  tn("2588302", "2", "41"), extra=["MKIK reg. sz.: 0101-1234567", "Erste 11600006-00000000-42424242"]),
            BUYER3,
            [L("Közvetítési díj – pénzügyi kontroller pozíció (bruttó éves bér 20%-a)", D(1), "eset", D(2736000)),
             L("Pszichológiai tesztelés (3 jelölt)", D(3), "fő", D(42000))],
            numfmt="dot", datefmt="dot"),

    # 19 insurance broker fee, TAM
    Invoice("w19_biztositasi_alkusz", "condensed", "ALK/2027/00057", "normal",
            d(2027, 3, 29), d(2027, 3, 29), d(2027, 4, 13), "HUF",
            Party("Garancia-Hálózat Biztosítási Alkusz Zrt.", ["3525 Miskolc, Széchenyi utca 23."], tn("1648819", "2", "05"),
                  extra=["MNB engedélyszám: EN-III/M-0412/2021"]),
            BUYER4,
            [L("Alkuszi szolgáltatási díj – vagyon- és felelősségbiztosítási program felülvizsgálata 2027", D(1), "alk.",
               D(350000), "TAM"),
             L("Kárrendezési tanácsadás", D(4), "óra", D(18000), "TAM")],
            numfmt="sp00", datefmt="dot",
            notes=["Az ÁFA tv. 86. § (1) bekezdés d) pontja alapján tárgyi adómentes."]),

    # 20 correction of w06 (negative)
    Invoice("w20_it_helyesbito", "multipage", "BIT-27-00431", "correction",
            d(2027, 6, 14), d(2027, 5, 31), d(2027, 7, 2), "HUF", IT, BUYER5,
            [L("Helyesbítés – API fejlesztés (számlázó), 05.11: 8 óra helyett 5 óra", D(-3), "óra", D(21000)),
             L("Helyesbítés – Éles indulás támogatása, 05.28: téves tétel", D(-6), "óra", D(27000))],
            numfmt="sp", datefmt="dot", preceding="BIT-27-00412",
            notes=["Helyesbítő számla a BIT-27-00412 számú, 2027.06.02. kelt számlához. A helyesbítés oka: téves óraszám."]),

    # 21 storno of w10 (negative)
    Invoice("w21_takaritas_storno", "dotmatrix", "TP-000391", "storno",
            d(2027, 4, 6), d(2027, 3, 31), d(2027, 4, 9), "HUF", CLEAN, BUYER1,
            [L("IRODATAKARITAS 2027.03. (420 m2, napi)", D(-1), "HO", D(312000)),
             L("ABLAKTISZTITAS KETOLDALI", D(-86), "M2", D(450)),
             L("HIGIENIAS PAPIRARU", D(-1), "CSOMAG", D(23500))],
            numfmt="plain", datefmt="eu", preceding="TP-000388",
            notes=["SZTORNO - A TP-000388 SZAMU SZAMLA ERVENYTELENITESE (TEVES VEVO)"]),

    # 22 proforma
    Invoice("w22_kepzes_dijbekero", "capitals", "DB-2027-0045", "proforma",
            d(2027, 8, 2), None, d(2027, 8, 16), "HUF", TRAIN,
            Party("Kelemen Andrea", ["8000 Székesfehérvár, Palotai út 17."]),
            [L("Mérlegképes könyvelő felkészítő – részvételi díj (1. részlet)", D(1), "fő", D(195000), "TAM")],
            numfmt="sp", datefmt="long",
            notes=["DÍJBEKÉRŐ – nem számla, adólevonásra nem jogosít. A számlát a befizetést követően állítjuk ki.",
                   "Tárgyi adómentes – ÁFA tv. 85. § (1) bekezdés c) pont."]),

    # 23 advance, office relocation
    Invoice("w23_koltoztetes_eloleg", "erp", "IV-E-2027-00019", "advance",
            d(2027, 6, 21), d(2027, 6, 21), d(2027, 6, 28), "HUF", MOVE, BUYER1,
            [L("Előleg irodaköltöztetésre (árajánlat: AJ-2027-118, 2027.07.10–11.)", D(1), "db", D(400000))],
            numfmt="sp", datefmt="dot",
            notes=["Előlegszámla. A végszámlában az előleg összege levonásra kerül."]),

    # 24 final, office relocation
    Invoice("w24_koltoztetes_vegszamla", "erp", "IV-2027-00217", "final",
            d(2027, 7, 14), d(2027, 7, 11), d(2027, 7, 24), "HUF", MOVE, BUYER1,
            [L("Irodaköltöztetés 1137 Bp. → 1134 Bp., 4 fő + 2 teherautó", D(16), "óra", D(46000)),
             L("Csomagolóanyag (dobozok, buborékfólia)", D(1), "tétel", D(88500)),
             L("Bútorszerelés", D(9), "óra", D(9800)),
             L("Előleg levonása (IV-E-2027-00019)", D(-1), "db", D(400000))],
            numfmt="sp", datefmt="dot",
            notes=["Végszámla. Levont előleg: IV-E-2027-00019 (400 000 Ft + 108 000 Ft ÁFA)."]),

    # 25 document shredding / archiving, sidebar
    Invoice("w25_iratmegsemmisites", "sidebar", "IRM-27-0731", "normal",
            d(2027, 7, 30), d(2027, 7, 28), d(2027, 8, 14), "HUF",
            Party("Aktakert Iratkezelő Kft.", ["2330 Dunaharaszti, Némedi út 104."], tn("2264580", "2", "13"),
                  extra=["iratkezeles@aktakert.example", "MKB 10300002-10512345-49020012"]),
            BUYER2,
            [L("Iratmegsemmisítés, zárt konténer 240 l", D(8), "konténer", D(7900)),
             L("Irattári tárolás (2027. július, 112 doboz)", D(112), "doboz/hó", D(290)),
             L("Megsemmisítési jegyzőkönyv", D(1), "db", D(0))],
            numfmt="plain00", datefmt="dotnt"),

    # 26 office plant rental, minimal
    Invoice("w26_irodai_novenyberlet", "minimal_modern", "ZS-2027-0160", "normal",
            d(2027, 5, 10), d(2027, 4, 30), d(2027, 5, 25), "HUF",
            Party("Zöldsarok Növénydekor Bt.", ["1149 Budapest, Egressy út 20."], tn("2092817", "2", "42")),
            BUYER5,
            [L("Irodai növények bérlete – 2027. április (34 db)", D(34), "db", D(1450)),
             L("Öntözés és gondozás (heti 1 alkalom)", D(4), "alk.", D(6500))],
            numfmt="sp", datefmt="long"),

    # 27 hosting provider HU/EN (reportlab two-column)
    Invoice("w27_tarhely_hu_en", "rl_twocol", "2027-HS-004417", "normal",
            d(2027, 3, 3), d(2027, 3, 3), d(2027, 3, 11), "HUF",
            Party("Szerverpark Hosting Kft.", ["6724 Szeged, Kossuth Lajos sgt. 72."], tn("2813396", "2", "06"),
                  cvat(tn("2813396", "2", "06"))),
            Party("Kovács Bence", ["2120 Dunakeszi, Fóti út 8."]),
            [L("Webtárhely Pro csomag 12 hónap / Web hosting Pro, 12 months", D(12), "hó/month", D(1990)),
             L("Domain megújítás (.hu) / Domain renewal", D(1), "db/pc", D(4900)),
             L("SSL tanúsítvány / SSL certificate", D(1), "db/pc", D(8900))],
            numfmt="sp", datefmt="dot", pay="Bankkártya / Card"),

    # 28 market research, EUR with HUF VAT, boxed form
    Invoice("w28_piackutatas_eur", "boxed_form", "PK-2027/0066", "normal",
            d(2027, 8, 9), d(2027, 8, 6), d(2027, 8, 24), "EUR",
            Party("Kérdőjel Piackutató Kft.", ["1118 Budapest, Budaörsi út 64."], tn("1905548", "2", "43"),
                  cvat(tn("1905548", "2", "43"))),
            BUYER3,
            [L("Online ügyfél-elégedettségi felmérés (n=1200)", D(1), "projekt", D("8400.00")),
             L("Fókuszcsoport (2 alkalom)", D(2), "alk.", D("1150.00")),
             L("Vezetői összefoglaló, prezentáció", D(1), "db", D("650.00"))],
            numfmt="sp", datefmt="dot", fx=D("396.42")),

    # 29 positive correction, courier surcharge (reportlab)
    Invoice("w29_futar_modosito", "rl_corr", "VF-27/10488", "correction",
            d(2027, 5, 19), d(2027, 4, 30), d(2027, 5, 29), "HUF", COURIER, BUYER4,
            [L("Üzemanyag-felár utólagos felszámítása (2027. április, 41 küldemény)", D(41), "küld.", D(480)),
             L("Súlykülönbözet (3 küldemény, +5 kg)", D(3), "küld.", D(1250))],
            numfmt="dot", datefmt="dot", preceding="VF-27/09872",
            notes=["Módosító számla a VF-27/09872 sz. számlához (eredeti kelte: 2027.05.03.)."]),

    # 30 facility management, multi-rate incl. 0% export-like? -> 27% + 5%
    Invoice("w30_letesitmenyuzemeltetes", "boxes2", "LU-2027/0544", "normal",
            d(2027, 8, 2), d(2027, 7, 31), d(2027, 8, 17), "HUF",
            Party("Portás Pont Létesítményüzemeltető Zrt.", ["1095 Budapest", "Soroksári út 48."], tn("1779302", "2", "43"),
                  cvat(tn("1779302", "2", "43")), ["Bankszámla: 10300002-20301234-00003285"]),
            BUYER5,
            [L("Recepciós szolgáltatás 2027. július (22 munkanap)", D(22), "nap", D(21500), "27"),
             L("Irodai ivóvíz-adagoló bérlet", D(2), "db", D(3500), "27"),
             L("Ásványvíz 19 l ballon", D(14), "db", D(1890), "27"),
             L("Vezetékes ivóvíz-szolgáltatás továbbszámlázása", D(18), "m3", D(742), "5")],
            numfmt="sp", datefmt="dot", pay="Banki átutalás"),
]

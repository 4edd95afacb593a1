# ruff: noqa
"""The 30 invented invoices of blind set Q: purchases of a small hotel and restaurant."""
from datetime import date as dt
from decimal import Decimal as D

from .model import Invoice, Line, Party, huvat, tax

T_HOTEL = tax("2648113", "2", "19")
HOTEL = Party("Somlyóvári Vendégház és Étterem Kft.", ["8200 Veszprém", "Kittenberger Kálmán utca 14."], T_HOTEL, huvat(T_HOTEL))
HOTEL_NOVAT = Party(HOTEL.name, HOTEL.addr, T_HOTEL)
T_GASZ = tax("2857390", "2", "19")
GASZTRO = Party("Somlyó-Gasztro Bt.", ["8200 Veszprém, Kittenberger Kálmán u. 14."], T_GASZ)


def P(name, addr, seven, code="2", county="13", vat=False, extra=()):
    t = tax(seven, code, county) if seven else None
    return Party(name, addr, t, huvat(t) if (vat and t) else None, list(extra))


def L(desc, qty, unit, price, rate="27"):
    return Line(desc, D(str(qty)), unit, D(str(price)), rate)


def build():
    inv = []
    # q01 food wholesaler, multi-page, totals on page 2
    food = [("Napraforgó étolaj 10 l", 6, "kanna", 9890, "27"), ("Finomliszt BL55 25 kg", 4, "zsák", 7450, "5"),
            ("Kristálycukor 1 kg", 20, "kg", 489, "27"), ("Rizs hosszúszemű 5 kg", 6, "zsák", 3390, "27"),
            ("Tojás M-es 180 db", 3, "tálca", 11790, "5"), ("UHT tej 2,8% 1 l", 48, "l", 369, "5"),
            ("Tejföl 20% 5 kg", 4, "vödör", 6890, "18"), ("Trappista sajt tömb", 8.4, "kg", 3290, "18"),
            ("Vaj 82% 1 kg", 6, "kg", 4490, "18"), ("Spagetti száraztészta 5 kg", 5, "karton", 4190, "27"),
            ("Paradicsompüré 4,5 kg", 6, "doboz", 3750, "27"), ("Só 25 kg", 1, "zsák", 3990, "27"),
            ("Pirospaprika őrölt édes 1 kg", 2, "kg", 5890, "27"), ("Fekete bors őrölt 500 g", 2, "db", 4290, "27"),
            ("Majonéz 5 kg", 3, "vödör", 6450, "27"), ("Mustár 5 kg", 1, "vödör", 3990, "27"),
            ("Balzsamecet 5 l", 2, "kanna", 4790, "27"), ("Fagyasztott hasábburgonya 2,5 kg", 24, "zacskó", 1690, "27"),
            ("Zsemlemorzsa 5 kg", 2, "zsák", 3290, "27"), ("Tejszín 30% 1 l", 12, "l", 1590, "18"),
            ("Kenyér 1 kg fehér", 30, "db", 690, "5"), ("Zsemle", 120, "db", 49, "5"),
            ("Mozzarella 1 kg", 4, "kg", 3890, "18"), ("Olívaolaj extra szűz 5 l", 1, "kanna", 21490, "27"),
            ("Kávétejszín 10% 200x", 2, "karton", 4990, "18"), ("Lekvár barack 3 kg", 2, "vödör", 4590, "27"),
            ("Méz akác 1 kg", 3, "üveg", 3990, "27"), ("Vaníliás cukor 100x", 1, "karton", 2890, "27"),
            ("Zabpehely 5 kg", 1, "zsák", 2690, "27"), ("Müzli 2,5 kg", 2, "zsák", 4190, "27"),
            ("Tea válogatás 100 filter", 3, "doboz", 2490, "27"), ("Ásványvíz szénsavmentes 1,5 l", 36, "palack", 149, "27")]
    inv.append(Invoice("q01_food_wholesaler", "NK-2027-004518", "normal", dt(2027, 3, 8), dt(2027, 3, 8), dt(2027, 3, 23), "HUF",
        P("Nagykáta-Food Élelmiszer-nagykereskedelmi Zrt.", ["2760 Nagykáta", "Ipartelep út 3."], "1463872", "2", "13", extra=["Bankszámla: 11742087-20014415"]),
        HOTEL_NOVAT, [L(*x) for x in food], "erp_multipage", datefmt="dot", numfmt="sp",
        notes=["Az áru átvételét a vevő a szállítólevélen igazolta."]))
    # q02 vegetable wholesaler
    S_VEG = P("Zöldkert Zöldség-Gyümölcs Kereskedelmi Kft.", ["8000 Székesfehérvár", "Piac tér 7."], "2391046", "2", "07", extra=["Tel.: +36 22 555 140"])
    veg = [L("Burgonya (étkezési)", 50, "kg", 289), L("Vöröshagyma", 20, "kg", 329), L("Paradicsom", 12, "kg", 1190),
           L("Paprika TV", 10, "kg", 1390), L("Saláta fejes", 24, "db", 390), L("Alma Jonagold", 15, "kg", 459), L("Tojás L-es", 90, "db", 79, "5")]
    inv.append(Invoice("q02_vegetable_wholesaler", "ZK/2027/00812", "normal", dt(2027, 4, 6), dt(2027, 4, 6), dt(2027, 4, 14), "HUF",
        S_VEG, HOTEL_NOVAT, veg, "two_col_boxes", datefmt="dotsp", numfmt="dot"))
    # q03 butcher (reportlab)
    inv.append(Invoice("q03_butcher", "H-0318/2027", "normal", dt(2027, 3, 12), dt(2027, 3, 11), dt(2027, 3, 19), "HUF",
        P("Szalai Húsbolt Bt.", ["8230 Balatonfüred", "Jókai Mór utca 52."], "2239117", "2", "19"), HOTEL,
        [L("Sertéscomb csont nélkül", 12.5, "kg", 2490, "5"), L("Sertéskaraj", 8, "kg", 2790, "5"), L("Csirkemell filé", 10, "kg", 2390, "5"),
         L("Marhalábszár", 6, "kg", 4690, "27"), L("Házi kolbász", 4, "kg", 4290, "27"), L("Füstölt szalonna", 3, "kg", 3590, "27")],
        "rl_butcher_plain", datefmt="dot", numfmt="sp", payment="készpénz"))
    # q04 wine cellar with TAM training line
    inv.append(Invoice("q04_wine_cellar", "BP-27/0094", "normal", dt(2027, 5, 4), dt(2027, 5, 4), dt(2027, 5, 19), "HUF",
        P("Badacsonyi Pince Borászati Kft.", ["8261 Badacsonytomaj", "Római út 210."], "2505613", "2", "19", vat=True, extra=["www.badacsonyipince.example", "Jövedéki engedélyszám: HU00000271XX"]),
        HOTEL, [L("Olaszrizling 2025 0,75 l", 60, "palack", 2150), L("Kéknyelű 2025 0,75 l", 24, "palack", 3900),
                L("Rosé cuvée 2026 0,75 l", 36, "palack", 1980), L("Borkóstoló képzés felszolgálóknak", 1, "alkalom", 45000, "TAM")],
        "serif_letterhead", datefmt="long", numfmt="dot",
        notes=["A képzés az ÁFA tv. 85. § (1) bek. i) pontja szerint tárgyi adómentes.", "Jövedéki termék: a bor ára a jövedéki adót tartalmazza."]))
    # q05 brewery
    inv.append(Invoice("q05_brewery", "SF/2027/01177", "normal", dt(2027, 5, 14), dt(2027, 5, 13), dt(2027, 5, 29), "HUF",
        P("Séd-Forrás Kézműves Sörfőzde Kft.", ["8200 Veszprém", "Pápai út 33."], "2730558", "2", "19", extra=["Jövedéki engedély: HU0000338112"]),
        HOTEL_NOVAT, [L("Világos lager 30 l KEG", 4, "hordó", 28900), L("IPA 20 l KEG", 2, "hordó", 24500),
                      L("Búzasör 0,33 l üveges", 96, "üveg", 389), L("KEG betétdíj", 6, "db", 15000)],
        "label_grid", datefmt="iso", numfmt="sp",
        notes=["Jövedéki termék. A sör ára tartalmazza a jövedéki adót (sörjövedéki adó).", "A hordók visszaszállításakor a betétdíjat jóváírjuk."]))
    # q06 laundry
    S_LAUN = P("Patyolat-Bakony Textiltisztító Kft.", ["8420 Zirc", "Szabadság tér 2."], "1288413", "2", "19", extra=["info@patyolatbakony.example", "Számlaszám: 10402142-50526781-00000000"])
    laun = [L("Ágynemű garnitúra mosás-vasalás", 86, "garn.", 690), L("Törölköző mosás", 210, "db", 220),
            L("Abrosz mosás-keményítés", 42, "db", 540), L("Szállítás (oda-vissza)", 4, "alkalom", 4500)]
    inv.append(Invoice("q06_laundry", "PB-2027-0441", "normal", dt(2027, 4, 30), dt(2027, 4, 30), dt(2027, 5, 15), "HUF",
        S_LAUN, HOTEL_NOVAT, laun, "right_meta", datefmt="dot", numfmt="sp"))
    # q07 booking platform commission EUR reverse charge
    inv.append(Invoice("q07_booking_commission", "SL-HU-2027-0388215", "normal", dt(2027, 5, 3), dt(2027, 4, 30), dt(2027, 5, 17), "EUR",
        Party("Staylane Travel B.V.", ["Keizersgracht 411", "1016 EK Amsterdam, Netherlands"], None, "NL861204557B01"),
        HOTEL, [L("Commission April 2027 – 38 reservations / Jutalék 2027. április", 1, "", "2318.40", "FAD"),
                L("Visibility booster programme / Kiemelési program", 1, "", "145.00", "FAD")],
        "bilingual_en", datefmt="en", numfmt="en", eur_rate=D("402.35"),
        notes=["Reverse charge – VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC). / Fordított adózás.",
               "Exchange rate / Árfolyam: 1 EUR = 402.35 HUF (MNB). VAT in HUF / ÁFA forintban: 0 Ft"]))
    # q08 music licensing society
    inv.append(Invoice("q08_music_license", "HJ-2027/07-01532", "normal", dt(2027, 1, 15), dt(2027, 1, 15), dt(2027, 1, 31), "HUF",
        P("Hangjegy Zenei Szerzői Jogkezelő Egyesület", ["1016 Budapest", "Mészáros utca 15-17."], "1875634", "2", "41"), HOTEL_NOVAT,
        [L("Háttérzene felhasználási díj 2027. I. negyedév – étterem 80 m²", 1, "negyedév", 38400),
         L("Háttérzene felhasználási díj – szállás közös terek", 1, "negyedév", 12600)],
        "table_header_fields", datefmt="dot", numfmt="sp", notes=["Felhasználási szerződés száma: FSZ-19/88412"]))
    # q09 cleaning
    inv.append(Invoice("q09_cleaning", "2027/000219", "normal", dt(2027, 6, 1), dt(2027, 5, 31), dt(2027, 6, 9), "HUF",
        P("Fényes-Csempe Takarító Szolgáltató Kft.", ["8200 Veszprém", "Házgyári út 21/B"], "2612287", "2", "19"), HOTEL_NOVAT,
        [L("Nagytakarítás konyha és étterem", 1, "alkalom", 68000), L("Ablaktisztítás", 46, "m²", 450), L("Tisztítószer-felhasználás", 1, "tétel", 9800)],
        "stacked_parties", datefmt="long", numfmt="sp"))
    # q10 pest control (reportlab)
    inv.append(Invoice("q10_pest_control", "KI-27-00613", "normal", dt(2027, 2, 22), dt(2027, 2, 22), dt(2027, 3, 8), "HUF",
        P("Kártevő-Stop Egészségügyi Gázmesteri Bt.", ["8100 Várpalota", "Fehérvári út 9."], "2170542", "2", "19", extra=["Engedély: NÉBIH-KI/2019/118"]), HOTEL_NOVAT,
        [L("Rágcsálóirtás (havi monitoring)", 1, "hó", 18500), L("Rovarirtás konyha, raktár", 1, "alkalom", 24000), L("Csalétekállomás csere", 6, "db", 1800)],
        "rl_boxed_form", datefmt="dot", numfmt="sp00"))
    # q11 kitchen equipment repair, dot-matrix
    inv.append(Invoice("q11_kitchen_repair", "000784/2027", "normal", dt(2027, 3, 29), dt(2027, 3, 26), dt(2027, 4, 5), "HUF",
        P("Gastro-Szerviz Nagykonyhatechnikai Bt.", ["8000 Székesfehérvár", "Berényi út 72."], "2045679", "2", "07"), HOTEL_NOVAT,
        [L("Kombi parolo hibafeltaras", 1, "db", 12000), L("Munkadij", 3.5, "ora", 9500), L("Kiszallasi dij", 62, "km", 180),
         L("Magneszelep 230V", 1, "db", 28900), L("Ajtotomites", 1, "db", 16400)],
        "dotmatrix", datefmt="dot", numfmt="plain"))
    # q12 furniture
    inv.append(Invoice("q12_furniture", "BF-2027-1093", "normal", dt(2027, 2, 11), dt(2027, 2, 10), dt(2027, 2, 25), "HUF",
        P("Bakonyi Faműves Bútorgyártó Kft.", ["8400 Ajka", "Gyártelep 5."], "1393720", "2", "19"), HOTEL_NOVAT,
        [L("Tömör tölgy étkezőasztal 160x90", 4, "db", 189000), L("Kárpitozott szék", 16, "db", 42500), L("Szállítás és összeszerelés", 1, "tétel", 35000)],
        "modern_band", datefmt="dot", numfmt="dot"))
    # q13 linen from Germany, EU supply, HU/DE
    inv.append(Invoice("q13_linen_de", "RE-2027-30481", "normal", dt(2027, 3, 2), dt(2027, 2, 26), dt(2027, 4, 1), "EUR",
        Party("Weißhaupt Hoteltextil GmbH", ["Industriestraße 18", "87600 Kaufbeuren, Deutschland"], None, "DE298114706"),
        HOTEL, [L("Bettlaken 160x220 weiß / Lepedő", 80, "Stk.", "14.90", "EUK"), L("Bettbezug 140x200 / Paplanhuzat", 60, "Stk.", "21.50", "EUK"),
                L("Frottiertuch 50x100 / Törölköző", 120, "Stk.", "6.80", "EUK")],
        "bilingual_de", datefmt="de", numfmt="dot",
        notes=["Steuerfreie innergemeinschaftliche Lieferung gemäß § 4 Nr. 1b UStG / Adómentes Közösségen belüli termékértékesítés."]))
    # q14 coffee machine lease in EUR, HUF VAT printed
    inv.append(Invoice("q14_coffee_lease", "KL-EUR-2027/0055", "normal", dt(2027, 4, 1), dt(2027, 4, 30), dt(2027, 4, 15), "EUR",
        P("Crema-Lízing Kávégépbérbeadó Kft.", ["1117 Budapest", "Budafoki út 91."], "2980044", "2", "43", vat=True), HOTEL,
        [L("Kávéautomata bérleti díj 2027. április", 1, "hó", "185.00"), L("Karbantartási átalány", 1, "hó", "24.50")],
        "eur_domestic", datefmt="dot", numfmt="sp", eur_rate=D("401.72")))
    # q15 chimney sweep receipt-like simplified invoice (AAM)
    inv.append(Invoice("q15_chimney_sweep", "KS-2027/112", "normal", dt(2027, 10, 7), dt(2027, 10, 7), None, "HUF",
        P("Kormos Gábor e.v.", ["8248 Nemesvámos", "Fő utca 40."], "6743081", "1", "39"), Party(GASZTRO.name, GASZTRO.addr),
        [L("Kéményellenőrzés (gázkészülék)", 2, "db", 7500, "AAM"), L("Tisztítás", 1, "db", 6000, "AAM")],
        "rl_receipt", datefmt="dot", numfmt="sp", payment="készpénz", notes=["Alanyi adómentes (AAM).", "Köszönjük!"]))
    # q16 accountant, seller only in footer
    inv.append(Invoice("q16_accountant", "MP-2027-045", "normal", dt(2027, 6, 5), dt(2027, 5, 31), dt(2027, 6, 15), "HUF",
        P("Mérleg-Pont Könyvelő Iroda Bt.", ["8200 Veszprém", "Óváros tér 6."], "2188764", "2", "19", extra=["mérlegpont@example.hu", "Számlaszám: 11600006-00000000-84712239"]),
        HOTEL_NOVAT, [L("Könyvelési díj 2027. május", 1, "hó", 95000), L("Bérszámfejtés (9 fő)", 9, "fő", 3500)],
        "footer_seller", datefmt="dot", numfmt="sp"))
    # q17 web agency
    inv.append(Invoice("q17_web_agency", "PX-000431", "normal", dt(2027, 1, 28), dt(2027, 1, 28), dt(2027, 2, 12), "HUF",
        P("Pixelkert Digitális Ügynökség Kft.", ["1066 Budapest", "Teréz körút 12."], "2799314", "2", "42", vat=True), HOTEL,
        [L("Weboldal tárhely és karbantartás 2027", 1, "év", 96000), L("Online foglalási modul integráció", 1, "projekt", 240000),
         L("Fotózás (szobák, ételek)", 6, "óra", 18000)],
        "caps_headings", datefmt="iso", numfmt="sp"))
    # q18 primary producer simplified invoice on B.13 pad
    inv.append(Invoice("q18_producer_b13", "KA 1734521", "normal", dt(2027, 7, 19), dt(2027, 7, 19), dt(2027, 7, 19), "HUF",
        P("Takács Ilona őstermelő", ["8248 Szentkirályszabadja", "Szőlő utca 3."], "5612874", "1", "39", extra=["Őstermelői ig. sz.: 19-4421-07"]),
        Party("Somlyó-Gasztro Bt.", ["8200 Veszprém, Kittenberger K. u. 14."]),
        [L("Lecsópaprika", 25, "kg", 600, "AAM"), L("Cukkini", 10, "kg", 450, "AAM"), L("Friss bazsalikom", 20, "csokor", 350, "AAM")],
        "rl_b13_pad", datefmt="dot", numfmt="plain", payment="készpénz", notes=["Alanyi adómentes őstermelő – az ÁFA tv. 188. § szerint."]))
    # q19 correction of q02 (returned goods)
    inv.append(Invoice("q19_veg_correction", "ZK/2027/00812-H1", "correction", dt(2027, 4, 9), dt(2027, 4, 6), dt(2027, 4, 14), "HUF",
        S_VEG, HOTEL_NOVAT, [L("Paradicsom – minőségi kifogás, visszáru", -4, "kg", 1190), L("Saláta fejes – hiány", -6, "db", 390)],
        "two_col_boxes", datefmt="dotsp", numfmt="dot", preceding="ZK/2027/00812",
        notes=["Módosítás oka: minőségi kifogás és mennyiségi hiány az átvételkor."]))
    # q20 storno of laundry invoice
    inv.append(Invoice("q20_laundry_storno", "PB-2027-0447", "storno", dt(2027, 5, 3), dt(2027, 4, 30), dt(2027, 5, 15), "HUF",
        S_LAUN, HOTEL_NOVAT, [Line(l.desc, -l.qty, l.unit, l.price, l.rate) for l in laun], "right_meta", datefmt="dot", numfmt="sp",
        preceding="PB-2027-0441", notes=["A PB-2027-0441 sorszámú számlát téves vevői adatok miatt érvénytelenítjük."]))
    # q21 proforma for a dishwasher
    inv.append(Invoice("q21_proforma_dishwasher", "DB-2027-0076", "proforma", dt(2027, 8, 2), None, dt(2027, 8, 9), "HUF",
        P("Konyhavilág Gasztrotechnika Kft.", ["9027 Győr", "Kandó Kálmán utca 4."], "1457288", "2", "08"), HOTEL_NOVAT,
        [L("Átmenő rendszerű ipari mosogatógép", 1, "db", 1245000), L("Vízlágyító patron", 2, "db", 38500), L("Beüzemelés", 1, "alkalom", 55000)],
        "proforma_grey", datefmt="dot", numfmt="sp", notes=["Ez a dokumentum nem minősül számlának, ÁFA levonására nem jogosít."]))
    # q22/q23 terrace build: advance and final
    S_TER = P("Deszka-Terasz Építőipari Kft.", ["8230 Balatonfüred", "Arács, Vázsonyi út 18."], "2474096", "2", "19", extra=["Bankszámla: 12345678-11112222-00000000"])
    inv.append(Invoice("q22_terrace_advance", "DT-E-2027/014", "advance", dt(2027, 4, 12), dt(2027, 4, 12), dt(2027, 4, 20), "HUF",
        S_TER, HOTEL_NOVAT, [L("Előleg – étteremterasz építése (vállalkozási szerződés 2027/07) 30%", 1, "tétel", 1650000)],
        "builder_table", datefmt="dot", numfmt="sp", notes=["Előlegszámla – a teljesítés időpontja az előleg jóváírásának napja."]))
    inv.append(Invoice("q23_terrace_final", "DT-2027/0061", "final", dt(2027, 6, 18), dt(2027, 6, 16), dt(2027, 6, 26), "HUF",
        S_TER, HOTEL_NOVAT, [L("Vörösfenyő teraszburkolat 85 m²", 85, "m²", 38000), L("Alépítmény, pontalapok", 1, "tétel", 1280000),
                             L("Korlát, lépcső", 1, "tétel", 390000), L("Levonva: előleg (DT-E-2027/014)", -1, "tétel", 1650000)],
        "builder_table", datefmt="dot", numfmt="sp",
        notes=["DT-E-2027/014 (2027.04.12.), nettó 1 650 000 Ft + 445 500 Ft ÁFA", "Végszámla – az előleg összegével csökkentve."]))
    # q24 dairy
    inv.append(Invoice("q24_dairy", "TJ 27-08812", "normal", dt(2027, 6, 22), dt(2027, 6, 22), dt(2027, 6, 30), "HUF",
        P("Bakonytej Tejfeldolgozó Szövetkezet", ["8440 Herend", "Kossuth Lajos u. 118."], "1062399", "2", "19"), HOTEL_NOVAT,
        [L("Friss tej 2,8% 1 l", 60, "l", 329, "5"), L("Joghurt natúr 1 kg", 10, "vödör", 1190, "18"), L("Túró 1 kg", 8, "kg", 1890, "18"),
         L("Tejszínhab spray", 6, "db", 1490, "27")],
        "condensed_narrow", datefmt="dot", numfmt="sp"))
    # q25 bakery (reportlab)
    inv.append(Invoice("q25_bakery", "PK-2027/0533", "normal", dt(2027, 7, 5), dt(2027, 7, 1), dt(2027, 7, 12), "HUF",
        P("Pékmester Sütőipari Kft.", ["8200 Veszprém", "Dózsa György út 8."], "2302557", "2", "19", vat=True), HOTEL,
        [L("Fehér kenyér 1 kg", 90, "db", 620, "5"), L("Vajas croissant", 240, "db", 210, "5"), L("Kakaós csiga", 120, "db", 260, "18"),
         L("Torta (rendelésre) 12 szeletes", 3, "db", 9800, "27")],
        "rl_two_col", datefmt="de", numfmt="dot"))
    # q26 spices / dry goods wholesaler
    inv.append(Invoice("q26_spice_wholesaler", "FSZ-0027-14402", "normal", dt(2027, 9, 9), dt(2027, 9, 9), dt(2027, 10, 9), "HUF",
        P("Fűszerház Gasztro Nagykereskedés Zrt.", ["6000 Kecskemét", "Kiskőrösi út 30."], "1104826", "2", "03"), HOTEL_NOVAT,
        [L("Kakukkfű morzsolt 500 g", 2, "db", 3890), L("Babérlevél 250 g", 2, "db", 2490), L("Fahéj őrölt 1 kg", 1, "kg", 6490),
         L("Szárított vargánya 500 g", 1, "db", 15900), L("Lencse 5 kg", 2, "zsák", 5490)],
        "erp_codes", datefmt="dot", numfmt="c00"))
    # q27 linen rental
    inv.append(Invoice("q27_linen_rental", "TXB-27-000911", "normal", dt(2027, 8, 31), dt(2027, 8, 31), dt(2027, 9, 15), "HUF",
        P("Textilbérlet-Balaton Kft.", ["8600 Siófok", "Fő utca 201."], "2568103", "2", "14"), HOTEL_NOVAT,
        [L("Szálloda ágynemű bérlet 2027. augusztus", 1, "hó", 148000), L("Konyhai textil bérlet", 1, "hó", 36500), L("Pótlás sérült törölköző", 5, "db", 2900)],
        "boxed_fields", datefmt="iso", numfmt="sp00"))
    # q28 coffee beans webshop
    inv.append(Invoice("q28_coffee_webshop", "KB-2027-20517", "normal", dt(2027, 9, 20), dt(2027, 9, 20), dt(2027, 9, 20), "HUF",
        P("Kávébabos Webáruház Kft.", ["1138 Budapest", "Váci út 178."], "2726441", "2", "41", extra=["ugyfelszolgalat@kavebabos.example"]), HOTEL_NOVAT,
        [L("Espresso blend szemes kávé 1 kg", 12, "kg", 7990), L("Koffeinmentes szemes 1 kg", 2, "kg", 8490), L("Kakaópor 1 kg", 2, "kg", 3490, "27"),
         L("Szállítási díj", 1, "db", 1490)],
        "webshop_receipt", datefmt="dot", numfmt="sp", payment="bankkártya (online)", notes=["A számla végösszegét bankkártyával kiegyenlítette."]))
    # q29 butcher storno-free: mineral water and soft drinks distributor, totals on page 1, different template
    inv.append(Invoice("q29_soft_drinks", "ITL-27/3391", "normal", dt(2027, 6, 28), dt(2027, 6, 28), dt(2027, 7, 12), "HUF",
        P("Italtár Dunántúl Kft.", ["8000 Székesfehérvár", "Sóstói út 44."], "2403389", "2", "07"), HOTEL_NOVAT,
        [L("Ásványvíz szénsavas 0,5 l", 240, "palack", 129), L("Narancslé 100% 1 l", 24, "doboz", 649), L("Kóla 0,25 l üveg", 96, "üveg", 189),
         L("Tonik 0,2 l", 48, "üveg", 219)],
        "label_grid", datefmt="de", numfmt="dot"))
    # q30 pest-control / cleaning chemicals? -> Brewery storno-free correction positive: accountant price increase correction
    inv.append(Invoice("q30_accountant_correction", "MP-2027-051", "correction", dt(2027, 6, 20), dt(2027, 5, 31), dt(2027, 6, 30), "HUF",
        P("Mérleg-Pont Könyvelő Iroda Bt.", ["8200 Veszprém", "Óváros tér 6."], "2188764", "2", "19", extra=["mérlegpont@example.hu", "Számlaszám: 11600006-00000000-84712239"]),
        HOTEL_NOVAT, [L("Bérszámfejtés – kimaradt 2 fő (helyesbítés)", 2, "fő", 3500), L("Bevallás önellenőrzés díja", 1, "db", 12000)],
        "footer_seller", datefmt="dot", numfmt="sp", preceding="MP-2027-045",
        notes=["Helyesbítő számla a MP-2027-045 sorszámú számlához.", "Módosítás oka: a bérszámfejtett létszám utólagos változása."]))
    return inv

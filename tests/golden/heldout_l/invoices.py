# ruff: noqa
"""The 30 invented invoices of blind set L (agriculture, food processing, logistics)."""
from datetime import date

from .common import D, Line, Party, taxno, euvat


def L(desc, q, unit, price, vat="27", code=""):
    return Line(desc, D(str(q)), unit, D(str(price)), vat, code)


def d(m, dd):
    return date(2027, m, dd)


def bank(n):
    return f"Bankszámla: {n}"


# ------------------------------------------------------------------ parties
T_GABONA = taxno("2438715", "2", "03")
ALFOLDI_GABONA = Party("Alföldi Gabona Kereskedelmi Kft.", ["6000 Kecskemét, Szolnoki út 112."], T_GABONA, euvat(T_GABONA),
                       [bank("10402805-50526785-12341009")])
T_DELPEST = taxno("1432981", "2", "13")
DELPEST = Party("Dél-Pest Takarmánygyártó Zrt.", ["2360 Gyál, Ipartelep u. 7."], T_DELPEST, euvat(T_DELPEST))
T_RABA = taxno("1376029", "2", "08")
RABAKOZI = Party("Rábaközi Takarmány Zrt.", ["9330 Kapuvár, Malom u. 4."], T_RABA, euvat(T_RABA),
                 [bank("11737007-20418839-00000000"), "Cg. 08-10-001772"])
T_FEHER = taxno("2274618", "2", "08")
FEHER = Party("Fehér Sertéstelep Kft.", ["9300 Csorna, Major dűlő 3."], T_FEHER)
T_TISZA = taxno("1039846", "2", "16")
TISZAMENTI = Party("Tiszamenti Mezőgazdasági Szövetkezet", ["5430 Tiszaföldvár, Kossuth L. u. 64."], T_TISZA, None,
                   [bank("11745004-20003719")])
T_NAGYF = taxno("6851237", "1", "16")
NAGYF = Party("Nagy Ferenc e.v.", ["5435 Martfű, Tavasz u. 9."], T_NAGYF, None, ["Tagsági szám: 0147"])
T_SZABO = taxno("6592217", "1", "15")
SZABO = Party("Szabó Lajos őstermelő", ["4600 Kisvárda, Rákóczi u. 18."], T_SZABO, None,
              ["Őstermelői igazolvány száma: 15-4711-0391"])
T_NYIRLE = taxno("2511873", "2", "15")
NYIRLE = Party("Nyírségi Gyümölcslé Kft.", ["4400 Nyíregyháza, Kótaji út 40."], T_NYIRLE)
T_KTF = taxno("1192735", "2", "03")
KISKUN_TEJ = Party("Kiskunsági Tejfeldolgozó Kft.", ["6100 Kiskunfélegyháza, Csongrádi út 21."], T_KTF, euvat(T_KTF),
                   [bank("10700196-49661813-51100005")])
T_MESTER = taxno("1048263", "2", "44")
MESTERPIAC = Party("Mesterpiac Áruházlánc Zrt.", ["1097 Budapest, Könyves Kálmán krt. 48."], T_MESTER, euvat(T_MESTER))
T_BAKONY = taxno("1264400", "2", "19")
BAKONYI = Party("Bakonyi Húsfeldolgozó Zrt.", ["8400 Ajka, Vágóhíd u. 2."], T_BAKONY, euvat(T_BAKONY),
                [bank("11748007-20213457")])
T_HEGYALJA = taxno("2650318", "2", "19")
HEGYALJA = Party("Hegyalja Vendéglátó Kft.", ["8230 Balatonfüred, Petőfi S. u. 12."], T_HEGYALJA)
T_AGROVET = taxno("1425831", "2", "06")
AGROVET = Party("Agrovet Vetőmag Kft.", ["6728 Szeged, Budapesti út 5/B"], T_AGROVET, euvat(T_AGROVET),
                [bank("11735005-29911234-00000000")])
T_HAJDU = taxno("2203147", "2", "09")
HAJDU = Party("Hajdúsági Agrár Bt.", ["4080 Hajdúnánás, Tedeji út 33."], T_HAJDU, euvat(T_HAJDU))
T_TVM = taxno("1317554", "2", "16")
TVM = Party("Tiszavidéki Műtrágya Kereskedő Kft.", ["5000 Szolnok, Mester út 8."], T_TVM, euvat(T_TVM),
            ["Bankszámlaszám: 11745001-20058833-00000000"])
T_KUNAGRO = taxno("2089120", "2", "16")
KUNAGRO = Party("Kun-Agro Bt.", ["5300 Karcag, Kisújszállási út 71."], T_KUNAGRO)
T_KERTESZ = taxno("2264917", "2", "04")
KERTESZ = Party("Dr. Kertész Állatorvosi Rendelő Bt.", ["5600 Békéscsaba, Gyulai út 19."], T_KERTESZ, None,
                ["Tel.: +36 66 441 208", "MÁOK kamarai szám: 2417"])
T_KOROS = taxno("1405682", "2", "04")
KOROS = Party("Körös-menti Tejtermelő Kft.", ["5500 Gyomaendrőd, Tanya 412."], T_KOROS)
T_MGTRADE = taxno("1459023", "2", "13")
MGTRADE = Party("Mezőgép-Trade Kft.", ["2100 Gödöllő, Szárítópuszta 2."], T_MGTRADE, euvat(T_MGTRADE),
                ["IBAN: HU42 1176 3000 1234 5678 0000 0000"])
T_ZOLDMEZO = taxno("1338562", "2", "17")
ZOLDMEZO = Party("Zöldmező Agrár Zrt.", ["7100 Szekszárd, Palánki út 85."], T_ZOLDMEZO, euvat(T_ZOLDMEZO))
T_MGSZ = taxno("2566104", "2", "13")
MGSZERVIZ = Party("Mezőgép Szerviz Kft.", ["2100 Gödöllő, Szárítópuszta 4."], T_MGSZ, euvat(T_MGSZ),
                  ["Szerviz: +36 28 515 300", "Bankszámla: 11763000-20117788"])
T_TOTH = taxno("2718825", "2", "13")
TOTH = Party("Tóth és Társa Mezőgazdasági Bt.", ["2200 Monor, Bercsényi u. 60."], T_TOTH)
T_HUTO = taxno("2367840", "2", "06")
HUTOHAZ = Party("Hűtőház-Logisztika Szeged Kft.", ["6725 Szeged, Kenyérgyári út 11."], T_HUTO, None,
                ["Bankszámla: 10402599-00026455-00000000"])
T_DTESZ = taxno("1493557", "2", "06")
DTESZ = Party("Délalföldi Zöldség-Gyümölcs TÉSZ Kft.", ["6800 Hódmezővásárhely, Lázár u. 2."], T_DTESZ, euvat(T_DTESZ))
T_PAPIR = taxno("1108733", "2", "13")
PAPIRPACK = Party("Papír-Pack Csomagolástechnika Kft.", ["2040 Budaörs, Gyár u. 18."], T_PAPIR, euvat(T_PAPIR),
                  [bank("12010611-01234501-00100008")])
T_TRANS = taxno("2571936", "2", "13")
TRANSAGRO = Party("Transagro Fuvarszervező Kft.", ["2310 Szigetszentmiklós, Leshegy út 30."], T_TRANS, euvat(T_TRANS),
                  ["EUR számla / EUR account: HU27 1040 3387 4957 5056 4848 1008"])
T_ZVAM = taxno("2414558", "2", "15")
ZVAM = Party("Záhony-Vám Ügynökség Kft.", ["4625 Záhony, Ady E. u. 3."], T_ZVAM, None, ["Vámügynöki eng. sz.: HU0041-07"])
T_AKARTYA = taxno("1287461", "2", "44")
AKARTYA = Party("Agrokártya Üzemanyag Zrt.", ["1117 Budapest, Budafoki út 91."], T_AKARTYA, euvat(T_AKARTYA),
                ["Ügyfélszolgálat: +36 1 480 2200", "Bankszámla: 10918001-00000068-64430009"])
T_KOVFIA = taxno("2486320", "2", "04")
KOVFIA = Party("Kovács és Fia Kertészeti Kft.", ["5820 Mezőhegyes, Kozma F. u. 6."], T_KOVFIA, None,
               [bank("11733003-20123456")])
T_KONZERV = taxno("1081934", "2", "04")
KONZERV = Party("Békési Konzervgyár Zrt.", ["5630 Békés, Csabai út 50."], T_KONZERV, euvat(T_KONZERV))
T_NAPS = taxno("2820443", "2", "09")
NAPSUGAR = Party("Napsugár Tojásfarm Bt.", ["4220 Hajdúböszörmény, Külső Polgári út 7."], T_NAPS, None, [])
T_PEK = taxno("2735196", "2", "09")
PEKSAROK = Party("Pék-Sarok Kft.", ["4024 Debrecen, Piac u. 28."], T_PEK)
T_VARGA = taxno("6935428", "2", "09")
VARGA = Party("Varga Attila e.v.", ["4087 Hajdúdorog, Szél u. 14."], T_VARGA, None, ["Nyilvántartási szám: 51234876"])
T_JASZ = taxno("1164307", "2", "16")
JASZMALOM = Party("Jászsági Malom Kft.", ["5100 Jászberény, Malom köz 1."], T_JASZ, euvat(T_JASZ),
                  ["Bankszámla: 11745008-20087766-00000000"])
T_HALG = taxno("1301458", "2", "09")
HALGAZD = Party("Hortobágyi Halgazdaság Zrt.", ["4071 Hortobágy, Halastó 1."], T_HALG, euvat(T_HALG))
T_CSARDA = taxno("2914730", "2", "09")
CSARDA = Party("Kilenclyukú Csárda Kft.", ["4071 Hortobágy, Petőfi tér 2."], T_CSARDA)


INVOICES = []


def add(**kw):
    kw.setdefault("cursym", "Ft")
    kw.setdefault("currency", "HUF")
    kw.setdefault("paymode", "Átutalás")
    INVOICES.append(kw)


add(name="l01_grain_trader", template="classic_twocol", kind="normal", number="AGK-2027/000412",
    issue=d(4, 14), fulfil=d(4, 12), due=d(4, 29), seller=ALFOLDI_GABONA, buyer=DELPEST,
    mstyle="space", dstyle="hu",
    lines=[L("Takarmánybúza (VTSZ 1001 99 00), ömlesztett", "240.5", "t", 78500, "FAD"),
           L("Takarmánykukorica (VTSZ 1005 90 00)", 120, "t", 72000, "FAD"),
           L("Szállítási díj, Kecskemét – Gyál, 6 forduló", 6, "forduló", 38500, "27")],
    notes=["FAD: fordított adózás – az adót a termék beszerzője fizeti (Áfa tv. 142. § (1) i) pont).",
           "Mérlegjegyek: MJ-2027-1182 – MJ-2027-1193."])

add(name="l02_feed_mill", template="letterhead_footer", kind="normal", number="RT-2027/02114",
    issue=d(5, 3), fulfil=d(5, 2), due=d(5, 18), seller=RABAKOZI, buyer=FEHER, mstyle="dot", dstyle="hu_nodot",
    brand="RÁBAKÖZI TAKARMÁNY", tagline=["Keveréktakarmány-gyártás 1974 óta", "www.rabakozi-takarmany.hu"],
    lines=[L("Hízótáp I. (granulált, ömlesztett)", "3.2", "t", 148600, "27", "HT-01"),
           L("Malactáp starter (zsákos, 25 kg)", "1.5", "t", 212400, "27", "MS-25"),
           L("Vitamin-ásványi premix 2,5%", "0.4", "t", 486000, "27", "PX-25"),
           L("EUR raklap (visszaváltható)", 8, "db", 4200, "27", "RK-EUR")],
    notes=["Szállítólevél: SZL-05-0211. A raklapokat 30 napon belül visszavásároljuk."])

add(name="l03_coop_members", template="rl_grid", kind="normal", number="TMSZ 27/0385",
    issue=d(4, 20), fulfil=d(4, 17), due=d(5, 5), seller=TISZAMENTI, buyer=NAGYF, mstyle="space", dstyle="hu",
    lines=[L("Szemestermény-szárítás (nedves tonna)", "86.4", "t", 4200),
           L("Tárolás szilóban, április", "86.4", "t/hó", 1150),
           L("Gépi tavaszi talajmunka (tárcsázás)", "42.5", "ha", 18500),
           L("Vetés szolgáltatás (gabona)", "42.5", "ha", 14200)],
    notes=["Tagi szolgáltatás a Szövetkezet alapszabálya szerint. Kérjük, a közleménybe írja a számla sorszámát."])

add(name="l04_ostermelo", template="stacked", kind="normal", number="KSZ-2027-0014",
    issue=d(5, 27), fulfil=d(5, 26), due=d(6, 4), seller=SZABO, buyer=NYIRLE, mstyle="space", dstyle="hu",
    subtitle="őstermelői értékesítés", paymode="Banki átutalás",
    lines=[L("Ipari alma (léalma), ládás", 12460, "kg", 62, "AAM"),
           L("Ipari alma, osztályozatlan, ömlesztett", 3200, "kg", 48, "AAM")],
    notes=["Alanyi adómentes (AAM) – az eladó az Áfa tv. 188. §-a szerint mentes az adó alól.",
           "Felvásárlási jegy: NYGY-2027-00731."])

add(name="l05_dairy", template="erp_grid", kind="normal", number="KTF-2027/004105",
    issue=d(5, 11), fulfil=d(5, 10), due=d(6, 9), seller=KISKUN_TEJ, buyer=MESTERPIAC, mstyle="space", dstyle="iso",
    brand="KISKUNSÁGI TEJ", subtitle="Eredeti", order="MP-PO-88120417", custcode="V-00318", agent="Juhász K.",
    lines=[L("Friss tej 2,8% 1 l (PET)", 2400, "l", 214, "5", "10028"),
           L("UHT tej 1,5% 1 l", 1800, "l", 198, "5", "10115"),
           L("Tehéntúró, félzsíros 250 g", 960, "db", 289, "5", "20310"),
           L("Gyümölcsjoghurt eper 150 g", 1440, "db", 96, "18", "30504"),
           L("Trappista sajt, tömb", 310, "kg", 2190, "18", "40012"),
           L("Göngyölegdíj (tejesláda)", 40, "db", 450, "27", "90001")],
    notes=["Szállítás: 2027-05-10, Mesterpiac Ócsa logisztikai központ.",
           "Késedelmes fizetés esetén a Ptk. szerinti késedelmi kamatot számítjuk fel."])

add(name="l06_meat", template="caps_modern", kind="normal", number="BHF-27-018842",
    issue=d(6, 8), fulfil=d(6, 7), due=d(6, 22), seller=BAKONYI, buyer=HEGYALJA, mstyle="space", dstyle="hu_long",
    lines=[L("Félsertés, hűtött (SEUROP E)", "1240.6", "kg", 1045, "5"),
           L("Sertéskaraj, csontos, hűtött", 180, "kg", 1890, "5"),
           L("Füstölt parasztkolbász", 85, "kg", 3450, "27"),
           L("Sertészsír, 5 kg-os vödör", 24, "db", 5200, "27")],
    notes=["Állategészségügyi bizonyítvány: ÁEB-19-27-3390. Tárolás 0–4 °C között."])

add(name="l07_seed_proforma", template="caps_modern", kind="proforma", number="DB-2027-00218",
    issue=d(4, 6), fulfil=None, due=d(4, 13), seller=AGROVET, buyer=HAJDU, mstyle="space", dstyle="hu",
    paymode="Előre utalás",
    lines=[L("Napraforgó vetőmag, hibrid (150 ezer szem/zsák)", 48, "zsák", 54900),
           L("Kukorica vetőmag FAO 380 (80 ezer szem/zsák)", 120, "zsák", 38500),
           L("Csávázás, gombaölő szer", 168, "zsák", 450)],
    notes=["Ez a díjbekérő nem számla és nem számviteli bizonylat. A számlát a díj beérkezése után állítjuk ki.",
           "Kérjük, az átutaláskor a közleményben tüntesse fel a díjbekérő sorszámát."])

add(name="l08_fertiliser", template="dotmatrix", kind="normal", number="MT/27/001284",
    issue=d(4, 22), fulfil=d(4, 21), due=d(5, 22), seller=TVM, buyer=KUNAGRO, mstyle="space", dstyle="hu",
    lines=[L("Ammónium-nitrát 34% big-bag", 24, "t", 148000, "27", "MT034"),
           L("NPK 15-15-15 komplex műtrágya", "12.5", "t", 182000, "27", "MT151"),
           L("Karbamid 46% (zsákos, 50 kg)", 8, "t", 165000, "27", "MT046"),
           L("Fuvardíj Szolnok-Karcag", 1, "fuv", 96000, "27", "FUV")],
    notes=["Az áru a kifizetésig az eladó tulajdona."])

add(name="l09_vet", template="rl_service", kind="normal", number="AR-2027/0233",
    issue=d(5, 19), fulfil=d(5, 19), due=d(6, 3), seller=KERTESZ, buyer=KOROS, mstyle="space", dstyle="hu",
    extra_grid=[("Állomány:", "HU 4411 0873")],
    lines=[L("Állomány-egészségügyi vizsgálat", 1, "alk.", 45000),
           L("Tuberkulin-próba (szarvasmarha)", 126, "db", 1350),
           L("Kiszállási díj", 84, "km", 180),
           L("Oxitetraciklin injekció 100 ml", 6, "üveg", 3850),
           L("Klauvakörmözés, sántaság kezelése", 14, "db", 4600)],
    notes=["Kérjük a számla összegét a fizetési határidőig átutalni. Köszönjük!"])

add(name="l10_machinery_dealer", template="bilingual_en", kind="normal", number="MGT-2027-000157",
    issue=d(4, 28), fulfil=d(4, 28), due=d(5, 12), seller=MGTRADE, buyer=ZOLDMEZO, mstyle="space", dstyle="hu",
    cursym="HUF", paymode="Átutalás / Bank transfer",
    lines=[L("Traktor 180 LE, Stage V, alvázszám VX7718204", 1, "db", 48600000),
           L("Ágyeke 5 fejes, hidraulikus kőbiztosítással", 1, "db", 6250000),
           L("Homlokrakodó gyorscsatlakozóval", 1, "db", 3480000),
           L("Első üzembe helyezés és betanítás", 1, "alk.", 120000)],
    notes=["A gépek tulajdonjoga a vételár teljes kiegyenlítéséig az eladót illeti.",
           "Garancia: 24 hónap / 2000 üzemóra."])

add(name="l11_machinery_workshop", template="rl_service", kind="normal", number="SZ-27/0688",
    issue=d(5, 6), fulfil=d(5, 5), due=d(5, 14), seller=MGSZERVIZ, buyer=TOTH, mstyle="dot", dstyle="hu_nodot",
    extra_grid=[("Munkalap:", "ML-27-0412"), ("Gép:", "kombájn, gysz. 22-417")],
    lines=[L("Szerelői munkadíj", "7.5", "óra", 14500),
           L("Hidraulikaolaj HV46", 40, "l", 2150),
           L("Szűrőkészlet (olaj, üzemanyag, levegő)", 1, "klt", 38900),
           L("Ékszíj 2HB-2280", 2, "db", 12400),
           L("Kiszállási díj", 62, "km", 220)],
    notes=["A kicserélt alkatrészeket a megrendelő nem kérte vissza."])

add(name="l12_cold_storage", template="letterhead_footer", kind="normal", number="HLSZ-2027-00561",
    issue=d(6, 2), fulfil=d(5, 31), due=d(6, 17), seller=HUTOHAZ, buyer=DTESZ, mstyle="dot", dstyle="hu_nodot",
    brand="HŰTŐHÁZ SZEGED", tagline=["hűtött és mélyhűtött raktározás", "ISO 22000 / IFS Logistics"],
    lines=[L("Hűtött tárolás +2 °C (raklap·nap), május", 3720, "rkl·nap", 165, "27", "TAR-H"),
           L("Mélyhűtött tárolás -18 °C (raklap·nap), május", 1240, "rkl·nap", 240, "27", "TAR-M"),
           L("Be- és kitárolás", 412, "raklap", 1150, "27", "MOZG"),
           L("Sokkolás (gyorsfagyasztás)", "18.5", "t", 9800, "27", "SOKK"),
           L("Energiafelár 2027. május", 1, "hó", 48000, "27", "ENER")],
    notes=["Elszámolási időszak: 2027.05.01–2027.05.31."])

# packaging: long list, totals on page 2
_pack = []
_items = [("Hullámkarton doboz 400x300x200 (5 rétegű)", 500, 318), ("Hullámkarton doboz 300x200x150", 800, 214),
          ("Húsipari rekesz E2 (műanyag)", 120, 2450), ("Vákuumtasak 200x300 (90 µm)", 10000, 9),
          ("Vákuumtasak 250x400 (90 µm)", 8000, 13), ("Zsugorfólia 23 µm, 500 mm", 24, 7900),
          ("Sztreccsfólia kézi, 2,2 kg", 60, 2180), ("Tálca PS fehér 2-es", 6000, 11),
          ("Tálca PS fehér 3-as", 4000, 14), ("Fedőfólia lezáráshoz (tekercs)", 12, 28600),
          ("Termékcímke 100x60 (1000 db/tekercs)", 40, 3900), ("Termotranszfer szalag 110 mm", 30, 2450),
          ("Ragasztószalag barna 48 mm", 144, 389), ("Élvédő karton 1200 mm", 400, 118),
          ("Pántszalag PP 12 mm", 10, 8900), ("Pántoló csat", 2000, 4),
          ("Nedvszívó betét (pad)", 5000, 6), ("Bélzsineg, kötöző", 20, 1650),
          ("Műbél 45 mm, barna (50 m)", 60, 4200), ("Műbél 60 mm, füstszínű (50 m)", 40, 5300),
          ("Hálós burkolat sonkához", 30, 3900), ("Papírzacskó 2 kg", 3000, 21),
          ("Hullámkarton válaszfal", 1000, 48), ("Raklapfedő karton", 200, 290)]
for _i in range(46):
    _n, _q, _p = _items[_i % len(_items)]
    _batch = "A" if _i < len(_items) else "B"
    _pack.append(L(f"{_n} – {'1. szállítás' if _batch == 'A' else '2. szállítás'}", _q if _batch == "A" else _q // 2, "db", _p, "27", f"PP-{1000 + _i * 7}"))
add(name="l13_packaging", template="multipage", kind="normal", number="PPC-2027-003017",
    issue=d(5, 14), fulfil=d(5, 13), due=d(6, 13), seller=PAPIRPACK, buyer=BAKONYI, mstyle="space", dstyle="hu",
    order="SZL-2027-1471, SZL-2027-1498", lines=_pack,
    notes=["A szállítólevelek szerinti mennyiségek alapján."])

add(name="l14_freight_eur", template="bilingual_en", kind="normal", number="TA-2027-EU-0093",
    issue=d(5, 21), fulfil=d(5, 20), due=d(6, 20), seller=TRANSAGRO, buyer=KISKUN_TEJ, currency="EUR", cursym="EUR",
    mstyle="hu2", dstyle="hu", fx=D("398.62"), fx_src="MNB, 2027.05.20.", paymode="Átutalás / Bank transfer",
    lines=[L("Nemzetközi hűtött fuvar Kiskunfélegyháza – Rotterdam / International reefer freight", 2, "fuvar", "1850.00", "ATK"),
           L("Belföldi előfuvar Kiskunfélegyháza – Budapest / Domestic pre-carriage", 2, "fuvar", "240.00", "27"),
           L("Rakodás, okmánykezelés / Handling and documents", 1, "db", "95.50", "27"),
           L("Hűtési pótdíj / Reefer surcharge", 2, "fuvar", "65.00", "ATK")],
    notes=["Adómentes: nemzetközi fuvarozás, Áfa tv. 98. § / Exempt international transport.",
           "CMR: 0438211, 0438212."])

add(name="l15_customs_broker", template="erp_grid", kind="normal", number="ZV-2027/1152",
    issue=d(4, 9), fulfil=d(4, 8), due=d(4, 16), seller=ZVAM, buyer=ALFOLDI_GABONA, mstyle="space2", dstyle="hu",
    brand="ZÁHONY-VÁM", subtitle="Közvetített szolgáltatással", custcode="AG-114", agent="Papp R.",
    lines=[L("Vámkezelési díj, import (kukorica, UA)", 3, "eset", 28000, "27", "VK-01"),
           L("Vámáru-nyilatkozat kiegészítés", 3, "db", 6500, "27", "VK-07"),
           L("Vám, továbbhárított (határozat 27HU0041..)", 1, "tétel", 1284600, "AKK", "TOV-1"),
           L("Fitoszanitér vizsgálati díj, továbbhárított", 1, "tétel", 94200, "AKK", "TOV-2")],
    notes=["ÁKK: áfa tárgyát nem képező, továbbhárított tételek.", "Vámhatározat: 27HU004100I0018754."])

# fuel cards: long list across pages
_fuel = []
_wells = ["Kecskemét M5", "Cegléd Pesti út", "Szolnok Thököly", "Kiskunfélegyháza", "Gyál Ipartelep",
          "Szeged Algyő", "Budapest Soroksári út", "Lajosmizse"]
_cards = ["KÁ-0417", "KÁ-0418", "KÁ-0422", "KÁ-0431"]
for _i in range(74):
    _day = 1 + (_i * 15) // 74
    _card = _cards[_i % 4]
    _well = _wells[(_i * 3) % len(_wells)]
    if _i % 9 == 4:
        _fuel.append(L("AdBlue", 20 + (_i % 3) * 10, "l", 298, "27", f"2027.05.{_day:02d}|{_card}|{_well}"))
    elif _i % 17 == 8:
        _fuel.append(L("Szélvédőmosó folyadék", 2, "db", 1574, "27", f"2027.05.{_day:02d}|{_card}|{_well}"))
    else:
        _fuel.append(L("Gázolaj", D(180 + (_i * 37) % 260) + D("0.38"), "l", D(574) - D(_i % 5) * 2 + D("0.80"), "27",
                       f"2027.05.{_day:02d}|{_card}|{_well}"))
add(name="l16_fuel_cards", template="rl_longlist", kind="normal", number="AKZ-2705-0088412",
    issue=d(5, 17), fulfil=d(5, 15), due=d(5, 25), seller=AKARTYA, buyer=TRANSAGRO, mstyle="space2", dstyle="hu",
    period="2027.05.01–2027.05.15", paymode="Csoportos beszedés", lines=_fuel,
    notes=["A kártyás tranzakciók elszámolása a gyűjtőszámla keretében történik (Áfa tv. 163. §)."])

add(name="l17_slovak_supplier", template="foreign_en", kind="normal", number="FV2027000318",
    issue=d(4, 19), fulfil=d(4, 16), due=d(5, 19), currency="EUR", cursym="EUR", mstyle="hu2", dstyle="de",
    seller=Party("Agrofarm Dunajská Streda s.r.o.", ["Hlavná 112", "929 01 Dunajská Streda, Slovakia"], None, "SK2021874563",
                 ["IBAN: SK31 1100 0000 0029 4512 7833", "BIC: TATRSKBX", "Obch. register OS Trnava, odd. Sro, vl. č. 18824/T"]),
    buyer=DELPEST, order="DP-BE-2027-044", incoterms="DAP Gyál",
    lines=[L("Sunflower seeds (oilseed), bulk, HS 1206 00 99", "24.86", "t", "412.00", "KBAET")],
    notes=["Intra-Community supply of goods, exempt under Art. 138 of Directive 2006/112/EC. VAT to be accounted for by the customer.",
           "Weighbridge ticket 7731/27, CMR SK-8812."])

add(name="l18_romanian_supplier", template="foreign_en", kind="normal", number="ACB 0472",
    issue=d(6, 1), fulfil=d(5, 31), due=d(6, 15), currency="EUR", cursym="EUR", mstyle="en", dstyle="slash",
    accent="#0b4f2e",
    seller=Party("Agro Cereale Bihor S.R.L.", ["Str. Republicii 45", "410159 Oradea, Romania"], None, "RO18472935",
                 ["IBAN: RO49 AAAA 1B31 0075 9384 0000", "Reg. Com. J05/1187/2006"]),
    buyer=BAKONYI, order="BHF-BE-1197", incoterms="FCA Oradea", vatnote_short="0% (intra-EU)",
    lines=[L("Live fattening pigs, 110-125 kg, health cert. DSVSA BH 2217", 23540, "kg", "1.86", "KBAET"),
           L("Loading and veterinary documentation", 1, "lot", "180.00", "KBAET")],
    notes=["Scutit cu drept de deducere – livrare intracomunitară (art. 294 alin. (2) lit. a) Cod fiscal).",
           "Intra-Community supply – reverse charge applies at the customer."])

add(name="l19_austrian_supplier", template="bilingual_de", kind="normal", number="RE-27-10482",
    issue=d(5, 4), fulfil=d(4, 30), due=d(5, 18), currency="EUR", cursym="EUR", mstyle="de", dstyle="de",
    custcode="K-22019", fn="FN 287731 x, LG Korneuburg",
    seller=Party("Landtechnik Weinviertel GmbH", ["Hauptstraße 27", "2130 Mistelbach, Österreich"], None, "ATU58236147",
                 ["IBAN AT61 3200 0000 1234 5678", "BIC RLNWATWW"]),
    buyer=MGSZERVIZ,
    lines=[L("Hydraulikpumpe / Hidraulikaszivattyú", 1, "Stk", "1386.00", "KBAET", "HP-44180"),
           L("Zapfwellengelenk / Kardántengely", 2, "Stk", "412.50", "KBAET", "ZG-1120"),
           L("Dichtungssatz / Tömítéskészlet", 4, "Satz", "38.90", "KBAET", "DS-0071"),
           L("Frachtkosten / Szállítási költség", 1, "pausch.", "85.00", "KBAET", "FR")],
    notes=["Steuerfreie innergemeinschaftliche Lieferung gem. Art. 6 UStG. / Adómentes Közösségen belüli termékértékesítés.",
           "Reverse Charge – Steuerschuldnerschaft des Leistungsempfängers."])

add(name="l20_dutch_supplier", template="foreign_en", kind="normal", number="2027-100734",
    issue=d(4, 2), fulfil=d(4, 1), due=d(5, 2), currency="EUR", cursym="€", mstyle="en", dstyle="en",
    accent="#c05a00",
    seller=Party("Hollandia Pootaardappel B.V.", ["Industrieweg 14", "8304 AD Emmeloord, the Netherlands"], None, "NL861245379B01",
                 ["IBAN NL91 ABNA 0417 1643 00", "KvK 39084512"]),
    buyer=HAJDU, order="HA-2027-03", incoterms="CPT Hajdúnánás",
    lines=[L("Seed potatoes, class A, 35-55 mm", 18, "t", "640.00", "KBAET"),
           L("Big bags 1,000 kg", 18, "pcs", "12.50", "KBAET"),
           L("Phytosanitary certificate", 1, "pcs", "85.00", "KBAET")],
    notes=["Intra-Community supply, 0% VAT, art. 138 VAT Directive – reverse charge.",
           "Please quote the invoice number with your payment."])

add(name="l21_retail_bonus", template="classic_twocol", kind="correction", number="KTF-2027/004388",
    issue=d(4, 15), fulfil=d(4, 14), due=d(4, 30), seller=KISKUN_TEJ, buyer=MESTERPIAC, mstyle="space", dstyle="hu",
    title="Helyesbítő számla", subtitle="Jóváírás – forgalmi bónusz", preceding="KTF-2027/003318", paymode="Beszámítás",
    lines=[L("Forgalmi bónusz 2,5% – 2027. I. negyedév, 5%-os termékek", 1, "tétel", -386540, "5"),
           L("Forgalmi bónusz 2,5% – 2027. I. negyedév, 18%-os termékek", 1, "tétel", -92310, "18")],
    notes=["A helyesbítés oka: a keretszerződés 7. pontja szerinti utólagos engedmény (forgalmi bónusz).",
           "Helyesbített számla: KTF-2027/003318; a jóváírt összeget a következő fizetéskor beszámítjuk."])

add(name="l22_harvest_advance", template="stacked", kind="advance", number="KF-E-2027/004",
    issue=d(4, 12), fulfil=d(4, 9), due=d(4, 12), seller=KOVFIA, buyer=KONZERV, mstyle="dot", dstyle="hu",
    subtitle="termeltetési szerződés alapján", paymode="Átutalás (kiegyenlítve)",
    extra_grid=[("Szerződésszám", "BK-2027/118")],
    lines=[L("Előleg a BK-2027/118 sz. termeltetési szerződés alapján (zöldborsó, 2027. évi termés)", 1, "tétel", 4800000, "27")],
    notes=["Az előleg jóváírásának napja: 2027.04.09. Az előleget a végszámlában levonjuk."])

add(name="l23_harvest_final", template="stacked", kind="final", number="KF-2027/0131",
    issue=d(6, 25), fulfil=d(6, 24), due=d(7, 9), seller=KOVFIA, buyer=KONZERV, mstyle="dot", dstyle="hu",
    subtitle="a BK-2027/118 sz. termeltetési szerződés elszámolása",
    extra_grid=[("Szerződésszám", "BK-2027/118"), ("Előlegszámla", "KF-E-2027/004")],
    lines=[L("Zöldborsó, ipari, átvételi jegyek szerint", "186.4", "t", 118000, "27"),
           L("Levonás: előleg, KF-E-2027/004 sz. előlegszámla", 1, "tétel", -4800000, "27")],
    notes=["Az előlegszámla (KF-E-2027/004) bruttó összege 6.096.000 Ft, kiegyenlítve 2027.04.09-én."])

add(name="l24_storno", template="letterhead_footer", kind="storno", number="RT-2027/02199",
    issue=d(5, 9), fulfil=d(5, 2), due=d(5, 9), seller=RABAKOZI, buyer=FEHER, mstyle="dot", dstyle="hu_nodot",
    title="Sztornó számla", preceding="RT-2027/02114",
    brand="RÁBAKÖZI TAKARMÁNY", tagline=["Keveréktakarmány-gyártás 1974 óta", "www.rabakozi-takarmany.hu"],
    lines=[L("Hízótáp I. (granulált, ömlesztett)", "-3.2", "t", 148600, "27", "HT-01"),
           L("Malactáp starter (zsákos, 25 kg)", "-1.5", "t", 212400, "27", "MS-25"),
           L("Vitamin-ásványi premix 2,5%", "-0.4", "t", 486000, "27", "PX-25"),
           L("EUR raklap (visszaváltható)", -8, "db", 4200, "27", "RK-EUR")],
    notes=["Az RT-2027/02114 sorszámú számla érvénytelenítése téves vevőadatok miatt."])

add(name="l25_egg_receipt", template="receipt", kind="normal", number="NT/2027/00861",
    issue=d(4, 27), fulfil=d(4, 27), due=None, seller=NAPSUGAR, buyer=PEKSAROK, mstyle="space", dstyle="hu",
    paymode="Készpénz",
    lines=[L("Friss tojás M, 30 db-os tálca", 40, "tálca", 1560, "5"),
           L("Friss tojás L, 30 db-os tálca", 20, "tálca", 1780, "5"),
           L("Tojástálca (papír), 100 db", 2, "csomag", 1900, "27")],
    notes=["Köszönjük a vásárlást!"])

add(name="l26_transport_domestic", template="rl_grid", kind="normal", number="VA-2027-057",
    issue=d(6, 14), fulfil=d(6, 11), due=d(6, 29), seller=VARGA, buyer=HAJDU, mstyle="space", dstyle="hu",
    lines=[L("Élőállat-szállítás (sertés), Hajdúnánás – Kaba", 4, "forduló", 68000),
           L("Jármű fertőtlenítése", 4, "alk.", 9500),
           L("Várakozási díj", 2, "óra", 6000)],
    notes=["Szállítási igazolások: 1127-1130."])

add(name="l27_correction_price", template="erp_grid", kind="correction", number="AV-2027/01176",
    issue=d(5, 24), fulfil=d(4, 20), due=d(6, 8), seller=AGROVET, buyer=HAJDU, mstyle="space", dstyle="iso",
    title="Módosító számla", preceding="AV-2027/00931", brand="AGROVET", subtitle="az eredeti számla adatainak módosítása",
    custcode="H-0902", agent="Fodor B.",
    lines=[L("Árkülönbözet: kukorica vetőmag FAO 380 (38 500 Ft helyett 39 800 Ft/zsák)", 120, "zsák", 1300, "27", "KV380"),
           L("Csávázási díj utólagos felszámítása", 120, "zsák", 450, "27", "CSAV")],
    notes=["Módosítás oka: árkülönbözet a 2027. évi árlista szerint.", "Módosított számla: AV-2027/00931 (kelte: 2027-04-20)."])

add(name="l28_mill_flour", template="dotmatrix", kind="normal", number="JM-000734/2027",
    issue=d(6, 3), fulfil=d(6, 3), due=d(6, 18), seller=JASZMALOM, buyer=PEKSAROK, mstyle="dot", dstyle="hu",
    footer_prog="Nyomtatva: MALOM-KER 2.4 - 1. példány",
    lines=[L("BL 55 finomliszt 25 kg zsák", 80, "zsák", 5250, "27", "BL55"),
           L("BL 80 kenyérliszt 25 kg zsák", 60, "zsák", 4890, "27", "BL80"),
           L("Teljes kiőrlésű liszt 10 kg", 25, "zsák", 3640, "27", "TK10"),
           L("Búzakorpa, takarmány (ömlesztett)", "1.2", "t", 62000, "27", "KORPA"),
           L("Raklapdíj", 3, "db", 3500, "27", "RAKL")],
    notes=["Zsákos áru raklapon, fóliázva. Reklamáció 8 napon belül."])

add(name="l29_fish_farm", template="caps_modern", kind="normal", number="HHG-2027-0612",
    issue=d(6, 18), fulfil=d(6, 17), due=d(7, 2), seller=HALGAZD, buyer=CSARDA, mstyle="space", dstyle="hu_long",
    title="Számla",
    lines=[L("Élő ponty, 2-3 kg", 185, "kg", 1380, "5"),
           L("Busa filé, fagyasztott", 40, "kg", 2250, "5"),
           L("Halászlé-alap, fagyasztott, 1 l", 30, "db", 1690, "18"),
           L("Kiszállítás, hűtött", 1, "alk.", 12000, "27"),
           L("Hűtődoboz (betétdíjas, visszaváltható)", 6, "db", 2500, "0")],
    notes=["A betétdíjas hűtődobozok visszaszállításkor jóváírásra kerülnek."])

add(name="l30_eu_export", template="classic_twocol", kind="normal", number="DPT-2027/EU-0041",
    issue=d(6, 21), fulfil=d(6, 18), due=d(7, 21), seller=DELPEST,
    buyer=Party("Futtermittel Burgenland GmbH", ["Industriestraße 9", "7000 Eisenstadt, Ausztria"], None, "ATU67312984"),
    currency="EUR", cursym="EUR", mstyle="hu2", dstyle="hu", fx=D("401.18"), fx_src="MNB, 2027.06.17.",
    subtitle="Eredeti példány / Original",
    lines=[L("Keveréktakarmány pellet (tojótyúk), 25 kg zsák", 28, "t", "342.50", "KBAET"),
           L("EUR raklap", 20, "db", "9.00", "KBAET")],
    notes=["Adómentes Közösségen belüli termékértékesítés (Áfa tv. 89. §) – KBAET.",
           "Steuerfreie innergemeinschaftliche Lieferung."])

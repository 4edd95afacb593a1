# ruff: noqa
"""The 30 invented invoices of the blind set ZC (accounts-payable inbox: awkward documents included)."""


def co(name, tax, vat, addr, bank=None):
    return {"name": name, "tax": tax, "vat": vat, "addr": addr, "bank": bank}


KOVIRAG = co("Kővirág Építőipari Kft.", "25418736-2-13", "HU25418736", ["2040 Budaörs", "Szabadság út 112."], "11600006-00000000-48213377")
IZVAR = co("Ízvár Élelmiszer-nagykereskedés Kft.", "23987456-2-13", "HU23987456", ["2151 Fót", "Keleti Ipari Park 7."], "10918001-00000071-33210009")
MERLEG = co("Mérlegpont Könyvelőiroda Bt.", "21876543-2-09", "HU21876543", ["4032 Debrecen", "Egyetem sugárút 14. II/5."], "10402805-50526789-65431008")
TISZAVIRAG = co("Tiszavirág Nyomda Kft.", "12983475-2-06", "HU12983475", ["6724 Szeged", "Kossuth Lajos sugárút 91."], "11735005-20471122-00000000")
ALFOLDI = co("Alföldi Acélszerkezet Gyártó Kft.", "14725836-2-03", "HU14725836", ["6000 Kecskemét", "Kiskőrösi út 55."], "12010659-01423587-00100006")
PANNONFA = co("Pannon Faipari Megmunkáló Kft.", "13579246-2-08", "HU13579246", ["9027 Győr", "Kandó Kálmán utca 19."], "HU42 1170 6016 2046 5193 0000 0000")
FEHERVARI = co("Fehérvári Irodaszer Kereskedés Bt.", "28765123-2-07", None, ["8000 Székesfehérvár", "Palotai út 6."], "11736006-20338910")
SOMOGYVIZ = co("Somogyvíz Regionális Víziközmű Zrt.", "11223344-2-14", "HU11223344", ["7400 Kaposvár", "Áchim András utca 2."], "10403507-00028371-00000000")
GEPSZERVIZ = co("Ipari Gépszerviz Hálózat Kft.", "23456781-2-05", "HU23456781", ["3527 Miskolc", "Sajószigeti út 21."], "11734004-20567890-00000000")
HORIZONT = co("Horizont Informatikai Szolgáltató Kft.", "27781234-2-42", "HU27781234", ["1117 Budapest", "Hunyadi János út 9."], "12100011-17713456-00000000")
ARANYKALASZ = co("Aranykalász Pékség Kft.", "24680135-2-17", "HU24680135", ["7100 Szekszárd", "Tolnai Lajos utca 3."], "11746005-20159753-00000000")
MATRA = co("Mátra Villamossági Nagykereskedés Kft.", "22334455-2-10", "HU22334455", ["3300 Eger", "Kistályai út 44."], "10404508-50487654-12340000")
BALATON = co("Balaton Rendezvényszervező Kft.", "26789012-2-19", "HU26789012", ["8230 Balatonfüred", "Széchenyi út 20."], "11748052-20203344-00000000")
RABAMENTI = co("Rábamenti Kompozit Kft.", "25896314-2-08", "HU25896314", ["9700 Szombathely", "Körmendi út 88."], "HU71 1040 0140 5052 6780 8123 1003")
SZALAI = co("Szalai és Fia Asztalosipari Bt.", "20145879-2-20", "HU20145879", ["8900 Zalaegerszeg", "Platán sor 12."], "11749008-20111222-00000000")
CSILLAGPONT = co("Csillagpont Oktatási Központ Kft.", "24135792-2-41", None, ["1066 Budapest", "Jókai utca 30."], "10700024-49876512-51100005")
EGESZSEGKERT = co("Egészségkert Magánrendelő Kft.", "28374651-1-43", None, ["1126 Budapest", "Böszörményi út 24/B."], "11711041-21445566-00000000")
NYIRSEGI = co("Nyírségi Gépgyártó Zrt.", "12457836-2-15", "HU12457836", ["4400 Nyíregyháza", "Tünde utca 5."], "HU10 1174 4003 2040 1234 0000 0000")
HAJDUSAGI = co("Hajdúsági Építőanyag Kereskedés Kft.", "27351846-2-09", "HU27351846", ["4220 Hajdúböszörmény", "Debreceni út 71."], "11738008-20876543-00000000")
KISALFOLDI = co("Kisalföldi Autóalkatrész Kft.", "13692581-2-08", "HU13692581", ["9200 Mosonmagyaróvár", "Gabona rakpart 4."], "10300002-10598765-49020017")
ZSELICVILL = co("Zselicvill Energiakereskedő Zrt.", "10987654-2-02", "HU10987654", ["7621 Pécs", "Rákóczi út 64."], "11731001-20512345-00000000")
AGRARCENTRUM = co("Agrárcentrum Gazdabolt-hálózat Kft.", "25013579-2-04", "HU25013579", ["5600 Békéscsaba", "Szarvasi út 42."], "11733003-20198765-00000000")
FELHOKAPU = co("Felhőkapu Szoftverház Kft.", "29012345-2-43", "HU29012345", ["1119 Budapest", "Fehérvári út 130."], "12011148-01567890-00100001")
DUNATISZA = co("Duna-Tisza Vendéglátó Ellátó Kft.", "26482957-2-03", "HU26482957", ["6500 Baja", "Szegedi út 17."], "11732002-20654321-00000000")
KREATIV = co("Kreatív Pixel Stúdió Kft.", "27159364-2-42", "HU27159364", ["1053 Budapest", "Kecskeméti utca 11."], "HU55 1091 8001 0000 0123 4567 0012")
TOTHG = co("Tóth Gábor e.v.", "67812345-1-33", None, ["2600 Vác", "Zrínyi utca 8."], "11742166-20023456")
BUKKI = co("Bükki Kőbánya és Zúzalék Kft.", "11846257-2-05", "HU11846257", ["3400 Mezőkövesd", "Bányász út 1."], "10402908-50498765-52111006")
LAPOZO = co("Lapozó Könyvkiadó és Terjesztő Kft.", "28461937-2-41", "HU28461937", ["1085 Budapest", "Baross utca 52."], "11713005-20411223-00000000")

B = {
    "vertes": co("Vértes Ingatlanfejlesztő Zrt.", "10456723-2-11", "HU10456723", ["2800 Tatabánya", "Győri út 3."]),
    "bakonyi": co("Bakonyi Vendégház Üzemeltető Kft.", "24351678-2-19", "HU24351678", ["8420 Zirc", "Rákóczi tér 9."]),
    "csaba": co("Csabai Hűtőgépgyártó Kft.", "13245768-2-04", "HU13245768", ["5600 Békéscsaba", "Kétegyházi út 15."]),
    "sajtohaz": co("Délvidéki Lapkiadó Kft.", "22876519-2-06", "HU22876519", ["6720 Szeged", "Tisza Lajos körút 40."]),
    "hidepito": co("Tiszahíd Mélyépítő Zrt.", "12345987-2-03", "HU12345987", ["6000 Kecskemét", "Izsáki út 10."]),
    "alpen": co("Alpenholz Handels GmbH", None, "ATU68452917", ["A-8020 Graz", "Lastenstraße 14", "Österreich"]),
    "fogado": co("Fekete Sas Fogadó Kft.", "26123457-2-07", None, ["8000 Székesfehérvár", "Budai út 101."]),
    "kiss": co("Kiss Andrea", None, None, ["7400 Kaposvár", "Berzsenyi utca 27. 3/12."]),
    "acelmu": co("Borsodi Hengermű Kft.", "14876523-2-05", "HU14876523", ["3700 Kazincbarcika", "Ipari út 2."]),
    "medialab": co("Medialab Tartalomgyártó Zrt.", "25567812-2-42", "HU25567812", ["1134 Budapest", "Váci út 45."]),
    "kisbolt": co("Szekszárdi Sarokbolt Bt.", "21357913-2-17", "HU21357913", ["7100 Szekszárd", "Béla király tér 2."]),
    "villszer": co("Egri Villanyszerelő Szövetkezet", "18273645-2-10", "HU18273645", ["3300 Eger", "Mátyás király út 120."]),
    "tanuszoda": co("Füredi Konferenciaközpont Kft.", "23419875-2-19", "HU23419875", ["8230 Balatonfüred", "Tagore sétány 1."]),
    "kompozit_de": co("Alpenholz Handels GmbH", None, "ATU68452917", ["A-8020 Graz", "Lastenstraße 14", "Österreich"]),
    "nagy": co("Nagy-Bútor Lakberendezés Kft.", "27418529-2-20", None, ["8800 Nagykanizsa", "Csengery út 60."]),
    "hr": co("Humánerő Munkaerő-kölcsönző Kft.", "26374185-2-41", None, ["1095 Budapest", "Soroksári út 30."]),
    "sportegyesulet": co("Óbudai Vasutas Sportegyesület", "18005544-1-41", None, ["1032 Budapest", "Bécsi út 180."]),
    "agrar": co("Kelet-Magyar Agrár Zrt.", "11567843-2-15", "HU11567843", ["4300 Nyírbátor", "Árpád utca 77."]),
    "betonkft": co("Hajdú Beton Kivitelező Kft.", "25671934-2-09", "HU25671934", ["4030 Debrecen", "Mikepércsi út 132."]),
    "autoszerviz": co("Lajta Autószerviz Kft.", "24987612-2-08", "HU24987612", ["9200 Mosonmagyaróvár", "Szent István király út 88."]),
    "szeged_hotel": co("Mecsekalja Panzió Kft.", "27654318-2-02", "HU27654318", ["7625 Pécs", "Mandulás út 9."]),
    "gazdakor": co("Viharsarok Gazdakör Szövetkezet", "18463527-2-04", "HU18463527", ["5900 Orosháza", "Táncsics utca 18."]),
    "logi": co("Pesti Raktárbérlet Kft.", "23875461-2-43", "HU23875461", ["1117 Budapest", "Budafoki út 183."]),
    "etterem": co("Sugovica Halászcsárda Kft.", "26934587-2-03", "HU26934587", ["6500 Baja", "Petőfi-sziget 2."]),
    "ugynokseg": co("Lendület Reklámügynökség Zrt.", "25341876-2-41", "HU25341876", ["1061 Budapest", "Andrássy út 33."]),
    "varosi": co("Váci Fürdőüzemeltető Nonprofit Kft.", "22987163-2-13", "HU22987163", ["2600 Vác", "Ady Endre sétány 16."]),
    "utepito": co("Északi Útépítő Kft.", "14598762-2-05", "HU14598762", ["3530 Miskolc", "Zsolcai kapu 24."]),
    "konyvtar": co("Kulturális Szolgáltató Nonprofit Kft.", "20476183-2-41", None, ["1088 Budapest", "Szentkirályi utca 21."]),
}


def nov(p, **kw):
    """copy of a party with overrides"""
    x = dict(p)
    x.update(kw)
    return x


INVOICES = [
    dict(id="zc01", layout="cover_letter", kind="normal", number="KVE-2027/000137", issue="2027-03-15", fulfil="2027-03-12", due="2027-04-14",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=KOVIRAG, buyer=B["vertes"], order="VIZ-2027/18",
         letter_ref="KL-2027/0311", contract="VIZ-2027/18 számú vállalkozási szerződés", regno="Cg. 13-09-187654",
         items=[("Kőműves munkák – II. ütem", 1, "tétel", 3850000, "27"), ("Hőszigetelés 12 cm EPS", 420, "m²", 6400, "27"),
                ("Állványbérlet", 14, "nap", 18500, "27")]),
    dict(id="zc02", layout="inv_delivery", kind="normal", number="IZV-2027-004512", issue="2027-02-03", fulfil="2027-02-03", due="2027-02-18",
         currency="HUF", datefmt="iso", amtfmt="sp", pay="Átutalás", seller=IZVAR, buyer=B["bakonyi"], regno="Cg. 13-09-176543",
         dn=dict(number="SZL-2027-01877", date="2027-02-02", ship="2027-02-03", order="R-BV-0219"),
         items=[("Sertéskaraj csont nélkül", 24.5, "kg", 2390, "5"), ("Tejföl 20% 5 kg", 6, "vödör", 7450, "18"),
                ("Trappista sajt tömb", 12.8, "kg", 3190, "18"), ("Napraforgó étolaj 10 l", 4, "kanna", 8990, "27"),
                ("Mosogatószer 5 l", 3, "kanna", 3450, "27")]),
    dict(id="zc03", layout="inv_teljig", kind="normal", number="MP-2027/0088", issue="2027-04-05", fulfil="2027-03-31", due="2027-04-20",
         currency="HUF", datefmt="long", amtfmt="sp", pay="Banki átutalás", seller=MERLEG, buyer=B["csaba"], regno="Cg. 09-06-012345",
         tig=dict(number="TIG-CSH-2027/014", contract="KSZ-2025/07", what="2027. I. negyedéves könyvelési és bérszámfejtési szolgáltatás",
                  **{"from": "2027-01-01", "to": "2027-03-31"}, date="2027-04-02", value="net"),
         items=[("Könyvelési díj 2027. január–március", 3, "hó", 285000, "27"), ("Bérszámfejtés (42 fő)", 3, "hó", 128000, "27")]),
    dict(id="zc04", layout="orig_copy", kind="normal", number="NY-2027-0311", issue="2027-05-10", fulfil="2027-05-07", due="2027-05-25",
         currency="HUF", datefmt="dot", amtfmt="dotdash", pay="Átutalás", seller=TISZAVIRAG, buyer=B["sajtohaz"], regno="Cg. 06-09-003456",
         items=[("Szórólap A5, 4+4 színes, 135 g", 20000, "db", 14, "27"), ("Plakát B1, 4+0 színes", 250, "db", 890, "27"),
                ("Kiadvány 64 oldal, ragasztókötött", 1500, "db", 1120, "5"), ("Grafikai előkészítés", 6, "óra", 9500, "27")]),
    dict(id="zc05", layout="peldany", kind="advance", number="AAG-2027/0042", issue="2027-01-20", fulfil="2027-01-20", due="2027-01-27",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=ALFOLDI, buyer=B["hidepito"],
         items=[("Előleg – gyalogoshíd acélszerkezet gyártása (szerződés: TH-2026/211) 30%", 1, "tétel", 4350000, "27")]),
    dict(id="zc06", layout="landscape", kind="normal", number="PFM-2027-E-0057", issue="2027-03-22", fulfil="2027-03-19", due="2027-04-21",
         currency="EUR", datefmt="dot", amtfmt="dot", pay="Átutalás", seller=PANNONFA, buyer=B["kompozit_de"], order="PO-AH-77412",
         fx="398.64", fxdate="2027-03-18", curlabel="EUR",
         items=[("Tölgy lamella 20×120 mm, osztályozott", 38.4, "m³", 612.50, "EUFAD", "4407 91"),
                ("Bükk rétegelt lemez 18 mm", 220, "tábla", 41.80, "EUFAD", "4412 33"),
                ("Fuvarozás Győr–Graz", 2, "fuvar", 480.00, "EUFAD", "")]),
    dict(id="zc07", layout="a5", kind="normal", number="FIK-0427/2027", issue="2027-06-08", fulfil="2027-06-08", due=None,
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Készpénz", seller=FEHERVARI, buyer=B["fogado"],
         items=[("Fénymásolópapír A4 80 g", 10, "csomag", 2190, "27"), ("Golyóstoll kék", 24, "db", 290, "27"),
                ("Iratrendező 75 mm", 8, "db", 990, "27"), ("Nyomtatványtömb: szállítólevél", 5, "tömb", 1450, "27")]),
    dict(id="zc08", layout="utility_csekk", kind="normal", number="VSZ-2027-0455123", issue="2027-02-10", fulfil="2027-01-31", due="2027-02-25",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Készpénz-átutalási megbízás (csekk)", seller=SOMOGYVIZ, buyer=B["kiss"],
         util=dict(phone="+36 82 555 300", site="7400 Kaposvár, Berzsenyi utca 27. 3/12.", pod="FH-0041877", customer="2041-3387",
                   **{"from": "2027-01-01", "to": "2027-01-31"}, next="2027-03-02", meter="V-118842 (DN20)", prev="1 287", curr="1 296"),
         items=[("Ivóvíz-szolgáltatás fogyasztási díj", 9, "m³", 412, "5"), ("Szennyvízelvezetés díja", 9, "m³", 538, "5"),
                ("Ivóvíz alapdíj", 1, "hó", 1254, "5"), ("Szennyvíz alapdíj", 1, "hó", 1172, "5"), ("Számlamásolat kiállítása", 1, "db", 600, "27")]),
    dict(id="zc09", layout="multisite", kind="normal", number="IGSZ/2027/01432", issue="2027-07-14", fulfil="2027-07-09", due="2027-08-13",
         currency="HUF", datefmt="iso", amtfmt="dot", pay="Átutalás", seller=GEPSZERVIZ, buyer=B["acelmu"], regno="Cg. 05-09-021987",
         ms=dict(sites=["3527 Miskolc, Sajószigeti út 21. (központi műhely)", "2400 Dunaújváros, Papírgyári út 4.", "9027 Győr, Ipari Park, Gesztenyefa út 3.",
                        "6728 Szeged, Dorozsmai út 150."],
                 banks=["HUF: 11734004-20567890-00000000", "HUF: 10918001-00000068-44220015", "EUR: HU25 1173 4004 2056 7890 4000 0000"],
                 site_idx=1, ship="3700 Kazincbarcika, Ipari út 2., 3. csarnok"),
         items=[("Hidraulikus prés javítása – munkadíj", 26, "óra", 14800, "27", "SZ-MD"), ("Tömítéskészlet HPK-250", 2, "klt", 48600, "27", "HPK250"),
                ("Hidraulikaolaj HLP 46", 60, "l", 1390, "27", "HLP46"), ("Kiszállási díj (Dunaújváros telephely)", 1, "alkalom", 32000, "27", "KISZ")]),
    dict(id="zc10", layout="aszf", kind="normal", number="HIS-2027-00912", issue="2027-08-02", fulfil="2027-07-31", due="2027-08-17",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=HORIZONT, buyer=B["medialab"], order="ML-IT-2027-31",
         regno="Cg. 01-09-334455", capital="25 000 000 Ft",
         items=[("Rendszerüzemeltetés átalánydíj 2027. július", 1, "hó", 640000, "27"), ("Többletóra – szerver migráció", 12, "óra", 18500, "27"),
                ("Microsoft-licenc továbbértékesítés", 35, "db", 4200, "27")]),
    dict(id="zc11", layout="program_box", kind="normal", number="AKP-2027-1893", issue="2027-09-06", fulfil="2027-09-06", due="2027-09-14",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=ARANYKALASZ, buyer=B["kisbolt"],
         items=[("Fehér kenyér 1 kg", 40, "db", 520, "5"), ("Kakaós csiga", 60, "db", 240, "18"), ("Pogácsa (tepertős)", 5, "kg", 3200, "18"),
                ("Sajtos rúd", 80, "db", 190, "18"), ("Rekeszbérlet", 6, "db", 150, "27")]),
    dict(id="zc12", layout="classic_grid", kind="final", number="AAG-2027/0118", issue="2027-04-28", fulfil="2027-04-26", due="2027-05-28",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=ALFOLDI, buyer=B["hidepito"], preceding="AAG-2027/0042",
         items=[("Gyalogoshíd acélszerkezet gyártása és szerelése (TH-2026/211)", 1, "tétel", 14500000, "27", "4211"),
                ("Korrózióvédelem, tűzihorganyzás", 18.6, "t", 96000, "27", "2561"),
                ("Előleg beszámítása (előlegszámla: AAG-2027/0042)", 1, "tétel", -4350000, "27", "")]),
    dict(id="zc13", layout="buyer_left", kind="correction", number="MVN-2027-H-0031", issue="2027-05-19", fulfil="2027-04-29", due="2027-06-03",
         currency="HUF", datefmt="iso", amtfmt="sp", pay="Átutalás", seller=MATRA, buyer=B["villszer"], preceding="MVN-2027-01187",
         title="HELYESBÍTŐ SZÁMLA", reason="visszáru – sérült kábeldobok visszavétele",
         items=[("NYM-J 3×2,5 mm² kábel (visszáru)", -2, "dob", 48900, "27"), ("Kábelcsatorna 40×60 (visszáru)", -30, "m", 690, "27")]),
    dict(id="zc14", layout="stacked", kind="storno", number="BRK-2027-0277", issue="2027-06-21", fulfil="2027-06-12", due="2027-06-21",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=BALATON, buyer=B["tanuszoda"], preceding="BRK-2027-0254",
         title="ÉRVÉNYTELENÍTŐ SZÁMLA",
         notes=["Az eredeti számla téves vevőadatok miatt érvénytelenítésre került."],
         items=[("Konferencia-helyszín bérlés 2 nap", -1, "alkalom", 980000, "27"), ("Technikai szolgáltatás (hang, fény)", -1, "alkalom", 340000, "27"),
                ("Catering 120 fő", -120, "fő", 6900, "27")]),
    dict(id="zc15", layout="bilingual", kind="normal", number="RK-2027/E/0019", issue="2027-02-26", fulfil="2027-02-24", due="2027-03-28",
         currency="EUR", datefmt="iso", amtfmt="sp", pay="Átutalás / Bank transfer", seller=RABAMENTI, buyer=B["alpen"],
         fx="401.17", fxdate="2027-02-23", curlabel="EUR", swift="OKHBHUHB",
         items=[("GFK-panel 2400×1200 mm", 180, "db", 86.40, "EUFAD"), ("Szénszálas profil 30×30", 420, "fm", 12.15, "EUFAD"),
                ("Csomagolás, raklap", 6, "db", 18.00, "EUFAD")]),
    dict(id="zc16", layout="rl_simple", kind="normal", number="SZF-2027-064", issue="2027-10-04", fulfil="2027-09-30", due="2027-10-19",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=SZALAI, buyer=nov(B["nagy"], vat=None), regno="Cg. 20-06-041122",
         items=[("Tölgyfa konyhabútor (egyedi)", 1, "garnitúra", 1640000, "27"), ("Munkalap beépítés", 4.2, "fm", 28500, "27"),
                ("Helyszíni szerelés", 16, "óra", 9800, "27")]),
    dict(id="zc17", layout="rl_table", kind="proforma", number="DB-2027-0412", issue="2027-08-23", fulfil=None, due="2027-08-30",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=CSILLAGPONT, buyer=B["hr"], title="DÍJBEKÉRŐ",
         items=[("Targoncavezetői tanfolyam (OKJ-n kívüli)", 8, "fő", 89000, "27"), ("Vizsgadíj", 8, "fő", 21500, "27"),
                ("Tananyag, jegyzet", 8, "db", 6500, "27")]),
    dict(id="zc18", layout="mono", kind="normal", number="EK-2027/000731", issue="2027-03-03", fulfil="2027-03-01", due="2027-03-18",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=EGESZSEGKERT, buyer=nov(B["sportegyesulet"]),
         items=[("Sportorvosi alkalmassági vizsgálat", 26, "fő", 18500, "TAM"), ("Terheléses EKG", 6, "db", 24000, "TAM"),
                ("Laborvizsgálat (alapcsomag)", 26, "fő", 9800, "TAM")]),
    dict(id="zc19", layout="band", kind="advance", number="NYG-E-2027-0007", issue="2027-05-04", fulfil="2027-05-04", due="2027-05-14",
         currency="EUR", datefmt="long", amtfmt="sp", pay="Átutalás", seller=NYIRSEGI, buyer=B["agrar"], fx="396.20", fxdate="2027-05-03", curlabel="EUR",
         items=[("Előleg: 2 db terménysiló-ürítő csiga gyártása (szerz.: KMA-2027-04), 40%", 1, "tétel", 36800.00, "27")]),
    dict(id="zc20", layout="cover_letter", kind="final", number="NYG-E-2027-0031", issue="2027-09-15", fulfil="2027-09-10", due="2027-10-15",
         currency="EUR", datefmt="long", amtfmt="sp", pay="Átutalás", seller=NYIRSEGI, buyer=B["agrar"], preceding="NYG-E-2027-0007",
         fx="399.85", fxdate="2027-09-09", curlabel="EUR", letter_ref="NYG/KER/2027-219", contract="KMA-2027-04 számú szállítási szerződés",
         city="Nyíregyháza", signer="Bodnár Lajos", annex="1 db átadás-átvételi jegyzőkönyv másolata", order="KMA-2027-04",
         items=[("Terménysiló-ürítő csiga TSC-12, telepítve", 2, "db", 46000.00, "27"), ("Vezérlőszekrény, bekötés", 1, "db", 4850.00, "27"),
                ("Előleg beszámítása (NYG-E-2027-0007)", 1, "tétel", -36800.00, "27")]),
    dict(id="zc21", layout="inv_delivery", kind="normal", number="HEK/2027/03318", issue="2027-04-12", fulfil="2027-04-09", due="2027-04-27",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=HAJDUSAGI, buyer=B["betonkft"], regno="Cg. 09-09-028765",
         dn=dict(number="SZL 2027/1204", date="2027-04-08", ship="2027-04-09", order="HB-R-0412", dest="4031 Debrecen, Kishegyesi út 260. (építési terület)", plate="PKL-317"),
         items=[("Cement CEM II/B-M 32,5 R (25 kg)", 160, "zsák", 2390, "27"), ("Betonacél B500B Ø12", 2.4, "t", 365000, "27"),
                ("Zsaluzó tábla 21 mm", 40, "db", 11900, "27"), ("Raklapdíj (visszaváltható)", 4, "db", 4500, "27")]),
    dict(id="zc22", layout="orig_copy", kind="storno", number="KAA-2027-S-0009", issue="2027-07-05", fulfil="2027-07-01", due="2027-07-05",
         currency="HUF", datefmt="iso", amtfmt="dotdash", pay="Átutalás", seller=KISALFOLDI, buyer=B["autoszerviz"], preceding="KAA-2027-02231",
         title="SZTORNÓ SZÁMLA", regno="Cg. 08-09-013579",
         items=[("Fékbetét garnitúra első", -6, "klt", 14300, "27"), ("Féktárcsa 280 mm", -4, "db", 17900, "27"), ("Motorolaj 5W-30 5 l", -5, "kanna", 16400, "27")]),
    dict(id="zc23", layout="utility_csekk", kind="normal", number="ZV27-00884162", issue="2027-11-04", fulfil="2027-10-31", due="2027-11-19",
         currency="HUF", datefmt="dotsp", amtfmt="sp", pay="Átutalás", seller=ZSELICVILL, buyer=B["szeged_hotel"], title="Villamosenergia-számla",
         util=dict(phone="+36 72 555 640", site="7625 Pécs, Mandulás út 9. (panzió)", pod="HU000210F11-S00000000000000412345", customer="ZV-884162",
                   **{"from": "2027-10-01", "to": "2027-10-31"}, next="2027-11-30", meter="Gyári szám: 51207734", prev="84 211", curr="86 905"),
         items=[("Villamos energia díj – normál zóna", 2694, "kWh", 48.62, "27"), ("Rendszerhasználati díj – átviteli", 2694, "kWh", 3.35, "27"),
                ("Rendszerhasználati díj – elosztói", 2694, "kWh", 11.27, "27"), ("Teljesítménydíj 3×32 A", 1, "hó", 8640, "27"),
                ("Pénzeszközök (KÁT, szénipari)", 2694, "kWh", 2.11, "27")]),
    dict(id="zc24", layout="multisite", kind="correction", number="AGC-M-2027-0063", issue="2027-10-12", fulfil="2027-09-28", due="2027-10-27",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=AGRARCENTRUM, buyer=B["gazdakor"], preceding="AGC-2027-11906",
         title="MÓDOSÍTÓ SZÁMLA", reason="utólagos mennyiségi engedmény", regno="Cg. 04-09-011223",
         ms=dict(sites=["5600 Békéscsaba, Szarvasi út 42. (központ, áruház)", "5900 Orosháza, Csorvási út 7.", "6800 Hódmezővásárhely, Lázár utca 12.",
                        "5700 Gyula, Városerdő utca 3."], banks=["Bankszámla: 11733003-20198765-00000000", "Bankszámla: 10402609-50526789-88771002"], site_idx=1),
         items=[("Műtrágya NPK 15-15-15 – árkülönbözet", 12, "t", -14500, "27", "NPK151515"), ("Vetőmag kukorica FAO 380 – árkülönbözet", 40, "zsák", -3200, "27", "KUK380"),
                ("Szállítási díj korrekció", 1, "tétel", 8000, "27", "SZALL")]),
    dict(id="zc25", layout="aszf", kind="proforma", number="FK-DB-2027-0155", issue="2027-11-22", fulfil=None, due="2027-11-29",
         currency="HUF", datefmt="iso", amtfmt="sp", pay="Előre utalás", seller=FELHOKAPU, buyer=B["logi"], title="DÍJBEKÉRŐ",
         regno="Cg. 01-09-398877", capital="10 000 000 Ft",
         items=[("Raktárkezelő szoftver – éves előfizetés (2028)", 12, "hó", 89000, "27"), ("Mobil terminál licenc", 8, "db", 24000, "27"),
                ("Bevezetési tanácsadás", 10, "óra", 22000, "27")]),
    dict(id="zc26", layout="landscape", kind="normal", number="DTV-27/05812", issue="2027-06-30", fulfil="2027-06-30", due="2027-07-15",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=DUNATISZA, buyer=B["etterem"], order="SH-06-30",
         items=[("Pontyfilé, fagyasztott", 35, "kg", 3890, "5", "0304"), ("Tejföl 20% 1 l", 24, "db", 1290, "18", "0403"),
                ("Friss kenyér 2 kg", 15, "db", 1190, "5", "1905"), ("Pogácsa, fagyasztott", 10, "kg", 2790, "18", "1905"),
                ("Fűszerpaprika-őrlemény", 4, "kg", 6400, "27", "0904"), ("Szalvéta 3 rétegű", 20, "csomag", 890, "27", "4818")]),
    dict(id="zc27", layout="program_box", kind="normal", number="KPS-2027-0412", issue="2027-12-03", fulfil="2027-11-30", due="2027-12-18",
         currency="EUR", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=KREATIV, buyer=B["ugynokseg"], fx="403.12", fxdate="2027-11-29", curlabel="EUR",
         items=[("Termékfotózás, 2 forgatási nap", 2, "nap", 950.00, "27"), ("Utómunka, retus", 64, "kép", 18.50, "27"),
                ("Felhasználási jog, 2 év, online", 1, "tétel", 1200.00, "27")]),
    dict(id="zc28", layout="inv_teljig", kind="normal", number="TG-2027-017", issue="2027-09-02", fulfil="2027-08-31", due="2027-09-17",
         currency="HUF", datefmt="dot", amtfmt="sp", pay="Átutalás", seller=TOTHG, buyer=B["varosi"],
         tig=dict(number="VF-TIG-2027/0088", contract="VF/2027/MEGR-031", what="beléptető rendszer felülvizsgálata és informatikai tanácsadás",
                  **{"from": "2027-08-01", "to": "2027-08-31"}, date="2027-09-01", value="net"),
         items=[("Informatikai tanácsadás 2027. augusztus", 36, "óra", 15000, "AAM"), ("Beléptető rendszer felülvizsgálata", 1, "alkalom", 144000, "AAM")]),
    dict(id="zc29", layout="classic_grid", kind="normal", number="BKZ-2027/0741", issue="2027-07-26", fulfil="2027-07-23", due="2027-08-25",
         currency="HUF", datefmt="long", amtfmt="sp", pay="Átutalás", seller=BUKKI, buyer=B["utepito"],
         items=[("Zúzottkő 0/32 (fagyálló)", 312.5, "t", 5400, "27", "2517"), ("Zúzottkő 32/63", 186, "t", 4900, "27", "2517"),
                ("Fuvardíj (25 t-s billenős)", 20, "forduló", 38000, "27", "4941")]),
    dict(id="zc30", layout="sidebar", kind="normal", number="LKT-2027-02288", issue="2027-10-18", fulfil="2027-10-15", due="2027-11-02",
         currency="HUF", datefmt="iso", amtfmt="sp", pay="Átutalás", seller=LAPOZO, buyer=B["konyvtar"], regno="Cg. 01-09-445566", email="szamlazas@lapozo-kiado.example",
         items=[("Magyar mondák – illusztrált kiadás", 40, "db", 4290, "5"), ("Városi séták Budapesten (útikönyv)", 25, "db", 3490, "5"),
                ("Vászontáska nyomott logóval", 25, "db", 1900, "27"), ("Szállítás", 1, "tétel", 4500, "27")]),
]

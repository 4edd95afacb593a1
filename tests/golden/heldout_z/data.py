# ruff: noqa
"""The 30 invented invoices of blind set Z (sole traders and small firms, hand-made invoices)."""

from .model import Inv

# ---- sellers
KOVACS = dict(
    name="Kovács Gábor e.v.",
    addr="2040 Budaörs, Szivárvány utca 14.",
    tax="68213457-2-33",
    bank="11773016-02148870",
    extra=["Nyilvántartási szám: 51227894"],
)
FEHER = dict(
    name="Fehér és Társa Bt.",
    addr="6722 Szeged, Petőfi Sándor sugárút 41.",
    tax="22418836-2-06",
    bank="10402805-50526789-71401006",
)
SZALAI = dict(
    name="Szalai Dóra e.v.",
    addr="1137 Budapest, Pozsonyi út 58. 3/12.",
    tax="69014522-1-41",
    bank="12010855-01478122-00100004",
    extra=["E.v. nyilvántartási szám: 56012987"],
)
DOMBI = dict(
    name="Dombi Pékség Bt.", addr="7100 Szekszárd, Béla király tér 3.", tax="21093347-2-17", bank="11746005-20011824"
)
RACZ = dict(
    name="Rácz Autóalkatrész Kft.",
    addr="4400 Nyíregyháza, Debreceni út 112.",
    tax="13522690-2-15",
    bank="11744003-20204516",
)
HEGYI = dict(
    name="Hegyi Építő Kft.",
    addr="8200 Veszprém, Budapesti út 27.",
    tax="24857119-2-19",
    bank="10918001-00000061-44330007",
)
TOTH = dict(name="Tóth Lajos e.v.", addr="3300 Eger, Kertész utca 9.", tax="67480213-1-10")
HORVATH = dict(
    name="Horváth Réka e.v.",
    addr="6724 Szeged, Kossuth Lajos sugárút 88.",
    tax="58866301-1-26",
    extra=["Nyilvántartási szám: 54420913", "Tel.: +36 30 412 7789"],
)
MOLNAR = dict(
    name="Molnár Bence e.v.",
    addr="9022 Győr, Czuczor Gergely utca 21.",
    tax="66951208-1-08",
    bank="11600006-00000000-81234417",
)
KISS = dict(name="Kiss Kertészet Bt.", addr="2600 Vác, Deákvári fasor 6.", tax="20477561-2-13")
PINTER = dict(
    name="Pintér Consulting Kft.",
    addr="1054 Budapest, Báthory utca 20.",
    tax="26630418-2-41",
    vat="HU26630418",
    bank="HU42 1170 0024 2019 4478 0000 0000",
)
LAKATOS = dict(
    name="Lakatos Stúdió Kft.",
    addr="8000 Székesfehérvár, Várkörút 12.",
    tax="25120934-2-07",
    bank="10700093-68541239-51100005",
)
BETUVETO = dict(
    name="Betűvető Kiadó Bt.", addr="7621 Pécs, Király utca 33.", tax="21988574-2-02", bank="11731001-20567834"
)
ZOLDAG = dict(
    name="Zöldág Kertépítő Kft.",
    addr="2000 Szentendre, Dózsa György út 44.",
    tax="23311802-2-13",
    bank="11742094-21447766",
)
SZABONY = dict(
    name="Szabó Nyelviskola Kft.",
    addr="5000 Szolnok, Baross út 5.",
    tax="14789025-2-16",
    bank="11745001-20134488-00000000",
)
FEKETE = dict(name="Fekete Ákos e.v.", addr="8900 Zalaegerszeg, Rákóczi út 71.", tax="67322790-2-20")
VOROS = dict(
    name="Vörös Fordítóiroda Kft.",
    addr="9400 Sopron, Várkerület 101.",
    tax="27743015-2-08",
    vat="HU27743015",
    bank="HU37 1040 4890 4952 5350 5455 1022",
)
BIRO = dict(
    name="Bíró Anna e.v.", addr="1026 Budapest, Pasaréti út 19.", tax="63309874-2-41", bank="10300002-13347862-00014905"
)
SIMON = dict(
    name="Simon Informatika Kft.",
    addr="4025 Debrecen, Piac utca 51.",
    tax="29014476-2-09",
    bank="12052712-01127790-00100008",
)
GAL = dict(name="Gál és Gál Bt.", addr="3525 Miskolc, Széchenyi István utca 88.", tax="21755046-2-05")
OROSZ = dict(
    name="Orosz Gépjavító Bt.", addr="5600 Békéscsaba, Andrássy út 44.", tax="28109366-2-04", bank="11733003-20115872"
)
LENGYEL = dict(
    name="Lengyel Design Kft.",
    addr="1077 Budapest, Wesselényi utca 16.",
    tax="32004817-2-42",
    vat="HU32004817",
    bank="HU19 1200 1008 0017 7420 0200 0009",
)
PAPP = dict(name="Papp Imre e.v.", addr="6000 Kecskemét, Izsáki út 34.", tax="65518230-1-03")
NEMETH = dict(
    name="Németh Villamosipari Kft.",
    addr="9700 Szombathely, Király utca 9.",
    tax="11402587-2-18",
    bank="11747006-20103317",
)
BALOGH = dict(
    name="Balogh Zsófia e.v.",
    addr="1181 Budapest, Üllői út 402.",
    tax="56237718-1-43",
    extra=["Nyilvántartási szám: 55109822"],
)
HALASZ = dict(
    name="Halász Hűtéstechnika Kft.", addr="2800 Tatabánya, Fő tér 18.", tax="12947361-2-11", bank="11740009-20021488"
)
VARGAK = dict(
    name="Varga Könyvelőiroda Bt.",
    addr="2100 Gödöllő, Szabadság út 6.",
    tax="20851163-2-13",
    bank="10918001-00000104-11150001",
)

# ---- buyers
B_SZIVACS = dict(name="Szivacsgyár Kft.", addr="2040 Budaörs, Gyár utca 2.", tax="10874025-2-13")
B_TAVASZ = dict(name="Tavaszmező Ingatlan Kft.", addr="6721 Szeged, Tisza Lajos körút 2.", tax="23789014-2-06")
B_AROMA = dict(name="Aromakert Kft.", addr="1136 Budapest, Tátra utca 5/A.", tax="25531987-2-41", vat="HU25531987")
B_CSILLAG = dict(name="Csillag ABC Bt.", addr="7100 Szekszárd, Arany János utca 7.", tax="20098312-2-17")
B_FUVAR = dict(name="Kelet-Fuvar Kft.", addr="4431 Nyíregyháza, Sóstói út 31.", tax="11987345-2-15")
B_SOMLYO = dict(name="Somlyó Lakópark Kft.", addr="8200 Veszprém, Almádi út 4.", tax="27703381-2-19")
B_NAGY = dict(name="Nagy Erzsébet", addr="3300 Eger, Mátyás király út 32.")
B_VARGA = dict(name="Varga Péter", addr="6725 Szeged, Szabadkai út 11.")
B_NAPFENY = dict(name="Napfény Gyógyászat Kft.", addr="9024 Győr, Szent Imre út 63.", tax="14420761-2-08")
B_LUKACS = dict(name="Lukács Mária", addr="2600 Vác, Zrínyi utca 29.")
B_DELTA = dict(
    name="Delta Raktártechnika Zrt.",
    addr="1097 Budapest, Könyves Kálmán körút 12-14.",
    tax="10736589-2-43",
    vat="HU10736589",
)
B_FEHERVAR = dict(name="Fehérvári Vendéglátó Kft.", addr="8000 Székesfehérvár, Palotai út 6.", tax="24401178-2-07")
B_BARANYA = dict(name="Baranya Könyvház Kft.", addr="7624 Pécs, Rókus utca 3.", tax="13086524-2-02")
B_ERDO = dict(name="Erdőszél Társasház", addr="2000 Szentendre, Fenyves utca 8.", tax="18701335-1-13")
B_METRO = dict(name="Metrokontroll Kft.", addr="5000 Szolnok, Ady Endre út 20.", tax="26014879-2-16")
B_KERTES = dict(name="Kertes Ház Bt.", addr="8900 Zalaegerszeg, Kossuth utca 2.", tax="22456731-2-20")
B_ALPEN = dict(name="Alpenblick Handels GmbH", addr="Mariahilfer Straße 88|1070 Wien, Österreich", vat="ATU58213947")
B_HIDAS = dict(name="Hidas és Partnerei Kft.", addr="1015 Budapest, Csalogány utca 23.", tax="24938712-2-41")
B_PANNON = dict(
    name="Pannon-Logisztika Zrt.", addr="4031 Debrecen, Kishegyesi út 263.", tax="10589437-2-09", vat="HU10589437"
)
B_SZABO = dict(name="Szabó Tamás", addr="3529 Miskolc, Pozsonyi utca 7.")
B_AGRO = dict(name="Agrárgép-Szerviz Kft.", addr="5630 Békés, Csabai út 14.", tax="25870133-2-04")
B_MEDIA = dict(name="Mediaforma Kft.", addr="1062 Budapest, Andrássy út 100.", tax="28761302-2-42", vat="HU28761302")
B_KOVA = dict(name="Kova Irodaház Kft.", addr="9700 Szombathely, Szelestey utca 4.", tax="27119456-2-18")
B_PEK = dict(name="Pék Andrea", addr="6000 Kecskemét, Rákóczi út 12.")
B_KORAL = dict(name="Korall Fogászat Kft.", addr="1118 Budapest, Villányi út 47.", tax="25667043-2-43")
B_TATA = dict(name="Tata-Tó Vendégház Bt.", addr="2890 Tata, Ady Endre út 3.", tax="22197608-2-11")
B_GODOLLO = dict(name="Gödöllői Virág Kft.", addr="2100 Gödöllő, Dózsa György út 12.", tax="29874120-2-13")

AAM_NOTE = "Alanyi adómentes. Az ÁFA tv. 187. § alapján áthárított adót nem tartalmaz."
PF_NOTE = "Pénzforgalmi elszámolás."
KATA_NOTE = "Kisadózó vállalkozások tételes adója (KATA) hatálya alá tartozó egyéni vállalkozó; alanyi adómentes."

INVOICES = [
    Inv(
        id="z01",
        layout="word_classic",
        kind="normal",
        number="2027/0014",
        issue="2027-03-14",
        fulfil="2027-03-10",
        due="2027-03-29",
        seller=KOVACS,
        buyer=B_SZIVACS,
        items=[
            ("Villanyszerelési munkadíj, csarnok világítás", 18, "óra", 9500, 27),
            ("LED panel 60x60 40W", 12, "db", 11900, 27),
            ("Kábel NYM-J 3x1,5", 150, "m", 389, 27),
        ],
        notes=["Kérjük, az átutalás közleményében a számla sorszámát tüntesse fel."],
    ),
    Inv(
        id="z02",
        layout="excel_grid",
        kind="normal",
        number="12/2027",
        issue="2027-04-06",
        fulfil="2027-04-02",
        due="2027-04-21",
        amtfmt="dot",
        seller=FEHER,
        buyer=B_TAVASZ,
        items=[
            ("Lakásfestés, 2 rétegben (Tisza L. krt. 2., 3. em.)", 146, "m2", 1850, 27),
            ("Glettelés, javítás", 22, "m2", 2400, 27),
            ("Festék és anyag", 1, "tétel", 68750, 27),
        ],
    ),
    Inv(
        id="z03",
        layout="gdocs",
        kind="normal",
        number="SZD-2027-007",
        issue="2027-05-02",
        fulfil="2027-04-30",
        due="2027-05-17",
        datefmt="long",
        seller=SZALAI,
        buyer=B_AROMA,
        items=[
            ("Logó és arculati kézikönyv tervezése", 1, "db", 340000, "AAM"),
            ("Címke grafika, 4 változat", 4, "db", 22500, "AAM"),
        ],
        notes=[AAM_NOTE],
    ),
    Inv(
        id="z04",
        layout="dos_mono",
        kind="normal",
        number="004512",
        issue="2027-02-19",
        fulfil="2027-02-19",
        due="2027-02-27",
        amtfmt="plain",
        pay="Átutalás 8 nap",
        seller=DOMBI,
        buyer=B_CSILLAG,
        place="Szekszárd",
        items=[
            ("Fehér kenyér 1 kg", 120, "db", 520, 5),
            ("Kakaós csiga", 200, "db", 185, 18),
            ("Pogácsa túrós", 6, "kg", 3900, 18),
            ("Ásványvíz 1,5 l", 48, "db", 160, 27),
        ],
    ),
    Inv(
        id="z05",
        layout="dos_box",
        kind="normal",
        number="B-0231/2027",
        issue="2027-01-12",
        fulfil="2027-01-12",
        due="2027-01-12",
        amtfmt="dotn",
        pay="Készpénz",
        place="Nyíregyháza",
        seller=RACZ,
        buyer=B_FUVAR,
        items=[
            ("Fékbetét első MAN TGL", 2, "garn", 28900, 27),
            ("Olajszűrő", 3, "db", 6450, 27),
            ("Motorolaj 10W-40 20l", 1, "kanna", 41200, 27),
        ],
    ),
    Inv(
        id="z06",
        layout="prog2003",
        kind="advance",
        number="E-2027-0003",
        issue="2027-06-03",
        fulfil="2027-06-03",
        due="2027-06-10",
        title="ELŐLEGSZÁMLA",
        seller=HEGYI,
        buyer=B_SOMLYO,
        items=[("Előleg a C épület szerkezetépítési munkáira (szerz. sz.: 14/2027)", 1, "db", 6500000, 27)],
        notes=["A teljesítés időpontja az előleg jóváírásának napja."],
    ),
    Inv(
        id="z07",
        layout="prog2003",
        kind="final",
        number="2027-0219",
        issue="2027-08-29",
        fulfil="2027-08-25",
        due="2027-09-13",
        preceding="E-2027-0003",
        title="VÉGSZÁMLA",
        seller=HEGYI,
        buyer=B_SOMLYO,
        items=[
            ("C épület szerkezetépítés, 14/2027 szerz. szerint", 1, "db", 18400000, 27),
            ("Pótmunka: lépcsőház födém", 1, "db", 1250000, 27),
            ("Levonva: E-2027-0003 előlegszámla", 1, "db", -6500000, 27),
        ],
    ),
    Inv(
        id="z08",
        layout="hand_form",
        kind="normal",
        number="0187",
        issue="2027-03-22",
        fulfil="2027-03-22",
        due=None,
        amtfmt="dot",
        pay="Készpénz",
        seller=TOTH,
        buyer=B_NAGY,
        items=[
            ("Csaptelep csere, fürdőszoba", 1, "db", 14000, "AAM"),
            ("Szifon + flexibilis cső", 1, "klt", 5600, "AAM"),
            ("Kiszállás", 1, "alk", 4000, "AAM"),
        ],
        notes=["Alanyi adómentes."],
    ),
    Inv(
        id="z09",
        layout="kata_ev",
        kind="normal",
        number="HR-2027/031",
        issue="2027-04-03",
        fulfil="2027-04-01",
        due="2027-04-11",
        datefmt="long",
        place="Szeged",
        pay="Átutalás",
        seller=HORVATH,
        buyer=B_VARGA,
        items=[
            ("Kozmetikai kezelés bérlet (10 alkalom)", 1, "db", 65000, "AAM"),
            ("Arcmasszázs", 2, "alk", 7500, "AAM"),
        ],
        notes=[KATA_NOTE],
    ),
    Inv(
        id="z10",
        layout="aam_letter",
        kind="normal",
        number="MB-27/0009",
        issue="2027-05-31",
        fulfil="2027-05-31",
        due="2027-06-15",
        datefmt="iso",
        seller=MOLNAR,
        buyer=B_NAPFENY,
        items=[
            ("Weboldal karbantartás, május", 1, "hó", 45000, "AAM"),
            ("Időpontfoglaló modul fejlesztése", 14, "óra", 12000, "AAM"),
        ],
        notes=[AAM_NOTE],
    ),
    Inv(
        id="z11",
        layout="a5_simple",
        kind="normal",
        number="KK-0412",
        issue="2027-05-18",
        fulfil="2027-05-18",
        due=None,
        pay="Készpénz",
        seller=KISS,
        buyer=B_LUKACS,
        items=[
            ("Muskátli cserepes", 6, "db", 890, 27),
            ("Virágföld 20 l", 1, "zsák", 1460, 27),
            ("Díszcserép", 1, "db", 2090, 27),
        ],
    ),
    Inv(
        id="z12",
        layout="bar_modern",
        kind="normal",
        number="PC-2027-0031",
        issue="2027-03-31",
        fulfil="2027-03-31",
        due="2027-04-15",
        cur="EUR",
        fx="402.15",
        fx_date="2027-03-31",
        seller=PINTER,
        buyer=B_DELTA,
        items=[
            ("Tanácsadás: raktárfolyamat-átvilágítás", 26, "óra", 95, 27),
            ("Workshop, helyszíni", 1, "nap", 820, 27),
        ],
    ),
    Inv(
        id="z13",
        layout="sidebar",
        kind="normal",
        number="LS/2027/058",
        issue="2027-06-14",
        fulfil="2027-06-10",
        due="2027-06-29",
        seller=LAKATOS,
        buyer=B_FEHERVAR,
        items=[
            ("Étterem belsőépítészeti terv, kiviteli szint", 1, "db", 3900000, 27),
            ("Látványtervek (6 nézet)", 6, "db", 95000, 27),
            ("Helyszíni művezetés", 20, "óra", 18000, 27),
        ],
        notes=[PF_NOTE],
    ),
    Inv(
        id="z14",
        layout="totals_top",
        kind="normal",
        number="BK-2027-0115",
        issue="2027-09-09",
        fulfil="2027-09-08",
        due="2027-10-09",
        datefmt="dots",
        amtfmt="dot",
        seller=BETUVETO,
        buyer=B_BARANYA,
        items=[
            ("A dunai fűzfák (könyv, ISBN 978-615-00-1234-5)", 80, "db", 3190, 5),
            ("Pécsi mesék (könyv)", 50, "db", 2490, 5),
            ("Vászontáska nyomott", 40, "db", 1650, 27),
            ("Szállítás", 1, "db", 7900, 27),
        ],
    ),
    Inv(
        id="z15",
        layout="correction_table",
        kind="correction",
        number="ZK-2027-0044",
        issue="2027-07-08",
        fulfil="2027-06-20",
        due="2027-07-23",
        preceding="ZK-2027-0031",
        title="HELYESBÍTŐ SZÁMLA",
        reason="elszámolt mennyiség módosítása",
        seller=ZOLDAG,
        buyer=B_ERDO,
        items=[
            ("Gyepszőnyeg telepítés (többlet terület)", 38, "m2", 2900, 27),
            ("Öntözőrendszer kiegészítő zóna", 1, "klt", 145000, 27),
        ],
    ),
    Inv(
        id="z16",
        layout="dijbekero",
        kind="proforma",
        number="DB-2027/112",
        issue="2027-08-16",
        fulfil=None,
        due="2027-08-26",
        title="DÍJBEKÉRŐ",
        seller=SZABONY,
        buyer=B_METRO,
        items=[("Angol üzleti nyelvtanfolyam, 60 óra, csoportos", 4, "fő", 138000, "TAM")],
        notes=["Tárgyi adómentes (felnőttképzés, ÁFA tv. 85. § (1) i))."],
    ),
    Inv(
        id="z17",
        layout="szamlatomb",
        kind="normal",
        number="FA 0048213",
        issue="2027-04-27",
        fulfil="2027-04-26",
        due="2027-05-05",
        amtfmt="dot",
        seller=FEKETE,
        buyer=B_KERTES,
        items=[
            ("Tetőszerkezet javítás, ácsmunka", 24, "óra", 7500, 27),
            ("Fenyő gerenda 10x15", 0.8, "m3", 215000, 27),
        ],
    ),
    Inv(
        id="z18",
        layout="eur_export",
        kind="normal",
        number="VF-2027-0203",
        issue="2027-10-04",
        fulfil="2027-09-30",
        due="2027-10-19",
        cur="EUR",
        fx="399.80",
        fx_date="2027-09-30",
        datefmt="iso",
        seller=VOROS,
        buyer=B_ALPEN,
        items=[
            ("Fachübersetzung HU-DE / szakfordítás, Betriebsanleitung", 42, "oldal", 28.5, "EUFAD"),
            ("Lektorálás / Korrektur", 42, "oldal", 6.4, "EUFAD"),
        ],
        notes=[
            "Fordított adózás – az adót a szolgáltatás igénybevevője fizeti (Reverse charge, 2006/112/EK irányelv 196. cikk)."
        ],
    ),
    Inv(
        id="z19",
        layout="word_letter",
        kind="normal",
        number="BA/2027/17",
        issue="2027-02-26",
        fulfil="2027-02-24",
        due="2027-03-12",
        datefmt="long",
        amtfmt="dot",
        seller=BIRO,
        buyer=B_HIDAS,
        items=[
            ("Szinkrontolmácsolás, üzleti tárgyalás", 6, "óra", 28000, 27),
            ("Szakfordítás angol-magyar", 12, "oldal", 6200, 27),
        ],
    ),
    Inv(
        id="z20",
        layout="kv_online",
        kind="normal",
        number="SI-2027-00271",
        issue="2027-11-02",
        fulfil="2027-10-31",
        due="2027-11-17",
        datefmt="iso",
        seller=SIMON,
        buyer=B_PANNON,
        items=[
            ("Rendszerüzemeltetés átalánydíj, október", 1, "hó", 420000, 27),
            ("Szerver RAM bővítés 64 GB", 2, "db", 96500, 27),
            ("Kiszállási díj", 3, "alk", 12000, 27),
        ],
    ),
    Inv(
        id="z21",
        layout="rl_plain",
        kind="normal",
        number="GG-2027/0388",
        issue="2027-07-19",
        fulfil="2027-07-19",
        due="2027-07-19",
        pay="Bankkártya",
        seller=GAL,
        buyer=B_SZABO,
        items=[("Szállás, 2 fő, 3 éj (Panzió Gál)", 3, "éj", 24000, 18), ("Minibar fogyasztás", 1, "tétel", 3600, 27)],
        notes=["Az idegenforgalmi adót (IFA) külön bizonylaton számoltuk el."],
    ),
    Inv(
        id="z22",
        layout="rl_typewriter",
        kind="storno",
        number="0877/S",
        issue="2027-03-05",
        fulfil="2027-03-01",
        due="2027-03-05",
        amtfmt="plain",
        preceding="0871",
        title="SZTORNÓ SZÁMLA",
        place="Békéscsaba",
        seller=OROSZ,
        buyer=B_AGRO,
        items=[
            ("Traktor hidraulika javítás, munkadíj", -9, "óra", 11000, 27),
            ("Hidraulika tömlő", -2, "db", 18500, 27),
        ],
        ref_label="Sztornózott számla sorszáma",
    ),
    Inv(
        id="z23",
        layout="word_classic",
        kind="storno",
        number="2027/0061",
        issue="2027-06-21",
        fulfil="2027-06-14",
        due="2027-07-05",
        preceding="2027/0058",
        title="ÉRVÉNYTELENÍTŐ SZÁMLA",
        seller=NEMETH,
        buyer=B_KOVA,
        items=[
            ("Érintésvédelmi felülvizsgálat, irodaház", -1, "db", 185000, 27),
            ("Jegyzőkönyv készítés", -1, "db", 25000, 27),
        ],
        ref_label="Az érvénytelenített számla sorszáma",
    ),
    Inv(
        id="z24",
        layout="excel_grid",
        kind="correction",
        number="F-2027/0093",
        issue="2027-10-12",
        fulfil="2027-09-30",
        due="2027-10-27",
        amtfmt="dot",
        preceding="F-2027/0081",
        title="MÓDOSÍTÓ SZÁMLA",
        seller=HALASZ,
        buyer=B_TATA,
        items=[
            ("Klímaberendezés karbantartás – utólagos engedmény 10%", -1, "db", 24800, 27),
            ("Hűtőközeg R32 – visszáru", -0.5, "kg", 14200, 27),
        ],
        ref_label="Módosított számla",
    ),
    Inv(
        id="z25",
        layout="gdocs",
        kind="advance",
        number="LD-E-2027-004",
        issue="2027-02-08",
        fulfil="2027-02-08",
        due="2027-02-15",
        cur="EUR",
        fx="398.42",
        fx_date="2027-02-05",
        title="ELŐLEGSZÁMLA",
        seller=LENGYEL,
        buyer=B_MEDIA,
        items=[("Előleg: webshop UX-tervezés (árajánlat 2027/05), 40%", 1, "db", 2480, 27)],
    ),
    Inv(
        id="z26",
        layout="bar_modern",
        kind="final",
        number="VK-2027-0147",
        issue="2027-12-03",
        fulfil="2027-11-30",
        due="2027-12-18",
        amtfmt="dot",
        preceding="VK-E-2027-0012",
        title="VÉGSZÁMLA",
        seller=VARGAK,
        buyer=B_GODOLLO,
        items=[
            ("Könyvelési díj 2027. IV. negyedév", 3, "hó", 65000, 27),
            ("Éves bevallás összeállítása", 1, "db", 120000, 27),
            ("Előleg beszámítása (VK-E-2027-0012)", 1, "db", -100000, 27),
        ],
    ),
    Inv(
        id="z27",
        layout="dijbekero",
        kind="proforma",
        number="DIJ-27-0019",
        issue="2027-01-20",
        fulfil=None,
        due="2027-01-30",
        cur="EUR",
        title="DÍJBEKÉRŐ",
        datefmt="iso",
        seller=PINTER,
        buyer=B_PANNON,
        items=[("Éves tanácsadói keretszerződés, I. negyedév", 1, "negyedév", 3600, 27)],
    ),
    Inv(
        id="z28",
        layout="szamlatomb",
        kind="normal",
        number="PI 2027/016",
        issue="2027-09-27",
        fulfil="2027-09-24",
        due=None,
        pay="Készpénz",
        seller=PAPP,
        buyer=B_PEK,
        items=[("Kerítésalap betonozás", 1, "klt", 185000, "AAM"), ("Kőművesmunka, lábazat", 16, "óra", 6000, "AAM")],
        notes=["Alanyi adómentes."],
    ),
    Inv(
        id="z29",
        layout="totals_top",
        kind="normal",
        number="NV-2027-0212",
        issue="2027-11-22",
        fulfil="2027-11-19",
        due="2027-12-22",
        datefmt="dot",
        seller=NEMETH,
        buyer=B_KORAL,
        items=[
            ("Erősáramú hálózat kiépítése, rendelő", 1, "klt", 8900000, 27),
            ("Kapcsolószekrény, elosztó", 2, "db", 1240000, 27),
            ("Szerelési anyag", 1, "tétel", 1100000, 27),
        ],
        notes=[PF_NOTE],
    ),
    Inv(
        id="z30",
        layout="kata_ev",
        kind="normal",
        number="2027-008",
        issue="2027-07-30",
        fulfil="2027-07-28",
        due="2027-08-14",
        datefmt="dot",
        place="Budapest",
        seller=BALOGH,
        buyer=B_HIDAS,
        items=[("Irodatakarítás, július", 12, "alk", 14500, "AAM"), ("Ablaktisztítás", 1, "alk", 22000, "AAM")],
        notes=[
            "Alanyi adómentes. "
            + PF_NOTE.replace("Pénzforgalmi elszámolás.", "").strip()
            + "Az egyéni vállalkozó átalányadózó."
        ],
    ),
]

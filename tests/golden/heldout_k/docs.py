# ruff: noqa
from .common import tn, vatno


def Lx(desc, qty, unit, price, vat, sub=None):
    d = dict(desc=desc, qty=qty, unit=unit, price=price, vat=vat)
    if sub:
        d["sub"] = sub
    return d


def P(name, addr, tax=None, vat=None, extra=()):
    return dict(name=name, addr=list(addr), tax=tax, vat=vat, extra=list(extra))


# ---- own companies
T_CLINIC = tn("2671843", 2, 43)
CLINIC = P("VitaPont Magánklinika Zrt.", ["1126 Budapest, Böszörményi út 19."], T_CLINIC, vatno(T_CLINIC),
           ["Cg. 01-10-149822", "Bankszámla: 11702036-20719934-00000000"])
T_SCHOOL = tn("1459027", 2, 6)
SCHOOL = P("Lingua Híd Nyelviskola Kft.", ["6720 Szeged, Kárász utca 11."], T_SCHOOL, None,
           ["Felnőttképzési nyilvántartási szám: B/2020/004417", "Számlaszám: 10402805-50526771-84031005"])
T_TRAVEL = tn("2390418", 2, 19)
TRAVEL = P("Balaton Horizont Utazási Iroda és Szálloda Kft.", ["8230 Balatonfüred, Tagore sétány 5."], T_TRAVEL, vatno(T_TRAVEL),
           ["Engedélyszám: U-001873 (SZTFH)", "IBAN: HU42 1177 3449 0162 5530 0000 0000"])
TRAVEL_NOEXTRA = dict(TRAVEL, extra=[])
CLINIC_B = dict(CLINIC, extra=[])
SCHOOL_B = dict(SCHOOL, extra=[])

# ---- suppliers
t = tn("1088265", 2, 44); MEDI = P("MediSzállító Nagykereskedelmi Zrt.", ["2040 Budaörs, Gyár utca 8."], t, vatno(t), ["Bank: K&H 10400126-49554951-00000000", "Cg. 13-10-041763"])
t = tn("2512097", 2, 13); LAB = P("LabDiagnoszt Laboratóriumi Szolgáltató Kft.", ["2100 Gödöllő, Remsey krt. 4."], t, None, ["Működési engedély: PEI/001/2231-4/2024"])
t = tn("1733590", 2, 41); LEAS = P("MedLízing Eszközbérleti Zrt.", ["1095 Budapest, Soroksári út 94."], t, vatno(t), ["Raiffeisen: 12010154-01423671-00100002"])
t = tn("2845106", 2, 13); CLEAN = P("Ragyogó Takarító Kft.", ["2600 Vác, Deákvári fasor 30."], t, None, ["OTP: 11742087-21455380"])
t = tn("2239771", 2, 2); ITS = P("ByteDoktor IT Szolgáltató Bt.", ["6724 Szeged, Pulz utca 3/B."], t, None, ["Számlaszám: 12067008-01532260-00100008"])
t = tn("1367402", 2, 42); BOOKS = P("Tinta és Tudás Tankönyvkiadó Kft.", ["1037 Budapest, Bécsi út 88."], t, vatno(t))
t = tn("2556013", 2, 42); SOFT = P("Licencia Szoftverház Kft.", ["1117 Budapest, Infopark sétány 1."], t, vatno(t), ["IBAN: HU93 1210 0011 1015 4439 0000 0000"])
STAY = P("StayLoop B.V.", ["Herengracht 412", "1017 BX Amsterdam, Netherlands"], None, "NL861204337B01", ["KvK 71230488"])
t = tn("2604328", 2, 43); AIR = P("AeroKonszolid Jegyiroda Kft.", ["1051 Budapest, Október 6. utca 7."], t, vatno(t), ["IATA: 21-3 8641 2"])
t = tn("1290536", 2, 19); BUS = P("Bakony Busz Személyszállító Kft.", ["8200 Veszprém, Házgyári út 12."], t, None, ["Számlaszám: 11748007-20145566"])
t = tn("2478819", 2, 19); WINE = P("Somló-hegyi Borház Kft.", ["8481 Somlóvásárhely, Szőlőhegy 41."], t, None, ["Jövedéki eng.: HU00041266"])
t = tn("2181463", 2, 19); BAKE = P("Friss Kemence Pékség Bt.", ["8230 Balatonfüred, Ady E. u. 2."], t, None)
t = tn("1045298", 2, 44); POWER = P("Dunamenti Áramszolgáltató Zrt.", ["1134 Budapest, Váci út 72.", "Ügyfélszolgálat: 06 80 555 010"], t, vatno(t))
t = tn("1177340", 2, 44); TEL = P("TeleHullám Távközlési Nyrt.", ["1097 Budapest, Könyves Kálmán krt. 36."], t, vatno(t))
t = tn("5812239", 1, 26); TUTOR = P("Kovácsné Bíró Enikő e.v.", ["6726 Szeged, Fő fasor 71."], t, None, ["Nyilvántartási szám: 51208844"])

# ---- buyers of issued invoices
t = tn("1298430", 2, 7); PRECIZ = P("Precíz Gépgyártó Kft.", ["2400 Dunaújváros, Papírgyári út 46."], t, vatno(t))
t = tn("2711586", 2, 13); ZOLD = P("Zöldmező Logisztika Zrt.", ["2051 Biatorbágy, Rozália park 9."], t, vatno(t))
t = tn("2930172", 2, 41); HIDFO = P("Hídfő Informatika Kft.", ["1138 Budapest, Népfürdő utca 22."], t, vatno(t))
ALPEN = P("Alpenwerk Technik GmbH", ["Industriestraße 17", "D-85053 Ingolstadt"], None, "DE284615937")

TAM_MED = "Tárgyi adómentes egészségügyi szolgáltatás – Áfa tv. 85. § (1) bekezdés c) pont."
TAM_EDU = "Tárgyi adómentes oktatási szolgáltatás – Áfa tv. 85. § (1) bekezdés i) pont."
MARGIN = "Különbözet szerinti adózás – utazási irodák (Áfa tv. 206–214. §). A számla áthárított adót nem tartalmaz."
IFA = "Az idegenforgalmi adó (IFA) az áfa tárgyi hatályán kívül esik."

MEDI_ITEMS = [("Nitril vizsgálókesztyű M (100 db)", 2890, "27"), ("Steril gézlap 10x10 cm", 1450, "27"), ("Injekciós fecskendő 5 ml", 38, "27"),
              ("Tű 0,8x40 mm", 22, "27"), ("Fertőtlenítő kézkrém 500 ml", 1990, "27"), ("Paracetamol 500 mg tabletta", 790, "5"),
              ("Sebtapasz tekercs 5 m", 640, "27"), ("Vizsgálóágy-lepedő papír", 2350, "27"), ("Szájmaszk FFP2", 260, "27"),
              ("Ibuprofen 400 mg tabletta", 1120, "5"), ("Vérvételi cső EDTA", 95, "27"), ("Alkoholos törlőkendő", 12, "27")]


def medi_lines():
    out = []
    for i in range(58):
        name, price, v = MEDI_ITEMS[i % len(MEDI_ITEMS)]
        qty = (i * 7) % 23 + 2
        out.append(Lx(f"{name}", qty, "db", price, v, sub=f"Cikkszám: MS-{40100 + i * 13} · LOT {2700 + i}"))
    return out


def docs():
    D = []
    D.append(dict(short="medi_wholesale", tpl="erp", kind="normal", title="SZÁMLA", number="MSZ-2027/004512",
                  issue="2027-03-04", fulfil="2027-03-04", due="2027-04-03", datefmt="dot", amt="sp_ft", cur="HUF",
                  seller=MEDI, buyer=CLINIC_B, lines=medi_lines(), top=["Orvosi és laboratóriumi eszközök nagykereskedelme", "Szállítólevél: SZL-88412 · Rendelés: PO-VP-2027-118"],
                  notes=["Megrendelőszám: PO-VP-2027-118", "Késedelmi kamat a Ptk. 6:155. § szerint."]))
    D.append(dict(short="lab_services", tpl="word", kind="normal", title="SZÁMLA", number="E-LABD-2027-318",
                  issue="2027-03-31", fulfil="2027-03-31", due="2027-04-15", datefmt="long", amt="dot_ft", cur="HUF",
                  seller=LAB, buyer=CLINIC_B, labels={"seller": "Számlakibocsátó", "buyer": "Megrendelő", "issue": "Kelt:", "fulfil": "Teljesítés:"},
                  lines=[Lx("Kémiai vérvizsgálat (panel A)", 84, "db", 3200, "TAM"), Lx("Vizeletvizsgálat", 41, "db", 1400, "TAM"),
                         Lx("Mikrobiológiai tenyésztés", 12, "db", 6900, "TAM"), Lx("Mintaszállítás (futár)", 8, "alkalom", 4500, "TAM")],
                  notes=[TAM_MED, "Elszámolt időszak: 2027. március 1–31."]))
    D.append(dict(short="device_leasing", tpl="online", kind="normal", title="Számla", subtitle="bérleti díj", number="ML/2027/03/0571",
                  issue="2027-03-01", fulfil=None, due="2027-03-10", datefmt="dotsp", amt="sp2_huf", cur="HUF",
                  seller=LEAS, buyer=CLINIC_B, accent="#6b2c91", labels={"num": "Bizonylatszám"},
                  meta_extra=[("Szerződésszám", "BSZ-2025/0412"), ("Elszámolási időszak", "2027. 03. 01. – 2027. 03. 31.")],
                  lines=[Lx("Ultrahang készülék bérleti díja (GE Vivid T9)", 1, "hó", 412000, "27"),
                         Lx("EKG készülék bérleti díja", 2, "hó", 38500, "27"), Lx("Szervizátalány", 1, "hó", 24000, "27")],
                  notes=["Fordított adózás nem alkalmazandó.", "Bérleti időszak: 2027.03.01–2027.03.31."]))
    D.append(dict(short="cleaning", tpl="online", kind="normal", title="SZÁMLA", number="RT2027-0088",
                  issue="2027-03-02", fulfil="2027-02-28", due="2027-03-17", datefmt="iso", amt="sp_ft", cur="HUF",
                  seller=CLEAN, buyer=CLINIC_B, accent="#2a7f62", labels={"seller": "Szolgáltató", "buyer": "Megrendelő"},
                  lines=[Lx("Rendelő napi takarítása – február", 20, "nap", 18500, "27"), Lx("Ablaktisztítás", 1, "alkalom", 46000, "27"),
                         Lx("Higiéniai fogyóanyag", 1, "tétel", 31250, "27")],
                  footer="Készült a Számlázz-e Online rendszerrel. Oldal 1/1"))
    D.append(dict(short="it_support", tpl="erp", kind="normal", title="SZÁMLA", number="BD-2027-119",
                  issue="2027-03-05", fulfil="2027-03-05", due="2027-03-20", datefmt="dotsp", amt="dot_ft", cur="HUF", font="DejaVu Sans",
                  seller=ITS, buyer=SCHOOL_B, labels={"seller": "Eladó", "buyer": "Vevő (megrendelő)"},
                  lines=[Lx("IT üzemeltetési átalány – március", 1, "hó", 145000, "27"), Lx("Laptop újratelepítés", 6, "db", 9500, "27"),
                         Lx("Helyszíni kiszállás", 2, "alkalom", 8000, "27")],
                  notes=["Hibajegy: #INC-55031, #INC-55047"], footer="Számla készült: ByteDoktor Excel-sablon v3"))
    D.append(dict(short="textbooks", tpl="word", kind="normal", title="S Z Á M L A", number="TT-2027/0642", font="DejaVu Sans",
                  issue="2027-03-08", fulfil="2027-03-08", due="2027-03-23", datefmt="abbr", amt="sp_ft", cur="HUF",
                  seller=BOOKS, buyer=SCHOOL_B, labels={"seller": "Eladó", "buyer": "Vevő", "num": "Sorszám:"},
                  lines=[Lx("Angol B1 tankönyv (ISBN 978-963-0000-41-7)", 40, "db", 4990, "5"), Lx("Angol B1 munkafüzet", 40, "db", 2490, "5"),
                         Lx("Német A2 tankönyv csomag", 25, "db", 6290, "5"), Lx("Szállítási díj", 1, "db", 4800, "27")],
                  notes=["ISBN-számos kiadványok 5%-os áfával."]))
    D.append(dict(short="software_licence", tpl="rl", kind="normal", title="SZÁMLA", number="LSZ 2027/000213",
                  issue="2027-03-10", fulfil="2027-03-10", due="2027-03-25", datefmt="dot", amt="dot_ft", cur="HUF",
                  seller=SOFT, buyer=SCHOOL_B, labels={"seller": "Szállító", "buyer": "Vevő"},
                  lines=[Lx("TanórAdmin Pro licenc (éves, 25 felhasználó)", 25, "fő", 14800, "27"),
                         Lx("Online óraterem bővítmény", 1, "db", 96000, "27"), Lx("Bevezetési támogatás", 4, "óra", 18000, "27")],
                  meta_extra=[("Ügyfélazonosító", "LC-002391")]))
    D.append(dict(short="booking_commission_eur", tpl="rl", kind="normal", title="INVOICE / SZÁMLA", number="SL-HU-2027-03-88412",
                  issue="2027-03-31", fulfil="2027-03-31", due="2027-04-14", datefmt="iso", amt="eur_pre", cur="EUR", rl_cond=True,
                  seller=STAY, buyer=dict(TRAVEL_NOEXTRA, extra=["Property ID: 1184522"]), taxlab="Tax no.:", vatlab="VAT ID:",
                  labels={"seller": "Supplier / Szolgáltató", "buyer": "Customer / Vevő", "num": "Invoice no.", "issue": "Invoice date",
                          "fulfil": "Date of supply", "due": "Due date", "pay": "Payment", "gross": "Total due:", "net": "Net amount:", "vat": "VAT:"},
                  paymode="direct debit", footer="StayLoop B.V. · IBAN NL12 ABNA 0417 1644 09 · Page 1 of 1",
                  lines=[Lx("Commission on 146 stays, March 2027", 1, "pc", "6842.35", "EUKOZ"), Lx("Preferred partner programme fee", 1, "pc", "410.00", "EUKOZ")],
                  notes=["Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC).", "Fordított adózás – az adót a szolgáltatás igénybevevője fizeti."]))
    D.append(dict(short="airline_consolidator", tpl="erp", kind="normal", title="SZÁMLA", number="AK27-01974", font="DejaVu Serif", fs=8,
                  issue="2027-03-12", fulfil="2027-03-12", due="2027-03-19", datefmt="eu", amt="sp_ft", cur="HUF",
                  seller=AIR, buyer=TRAVEL_NOEXTRA, labels={"issue": "Kiállítva", "fulfil": "Teljesítés", "due": "Esedékesség"},
                  lines=[Lx("Repülőjegy BUD–LIS–BUD, 24 fő (PNR: K7Q2LM)", 24, "db", 118400, "MAA", sub="Nemzetközi személyszállítás – adómentes, Áfa tv. 102. §"),
                         Lx("Jegykiállítási szolgáltatási díj", 24, "db", 3500, "27")],
                  notes=["Csoport: Lisszabon tavaszi körút, indulás 2027.04.22."]))
    D.append(dict(short="bus_rental", tpl="word", kind="normal", title="SZÁMLA", number="BB/2027/045", font="DejaVu Serif Condensed",
                  issue="2027-03-15", fulfil="2027-03-14", due="2027-03-30", datefmt="dot", amt="dotdash", cur="HUF",
                  seller=BUS, buyer=TRAVEL_NOEXTRA, labels={"seller": "Vállalkozó", "buyer": "Megrendelő", "fulfil": "Teljesítés napja:", "gross": "Fizetendő összesen:"},
                  lines=[Lx("Autóbusz bérlés sofőrrel – Balatonfüred–Pannonhalma–Balatonfüred", 1, "nap", 185000, "27"),
                         Lx("Kilométerdíj", 212, "km", 420, "27"), Lx("Parkolási díj továbbszámlázva", 1, "db", 6000, "27")],
                  notes=["Rendszám: PBX-418 · Menetlevél: 0045/2027"]))
    D.append(dict(short="wine_supplier", tpl="online", kind="normal", title="Számla", number="SBH-2027-0311",
                  issue="2027-03-16", fulfil="2027-03-16", due="2027-03-31", datefmt="dot", amt="dot_ft", cur="HUF", font="DejaVu Serif",
                  seller=WINE, buyer=TRAVEL_NOEXTRA, accent="#7b1e3a", labels={"num": "Számlaszám", "issue": "Számla kelte"},
                  lines=[Lx("Somlói Juhfark 2024 0,75 l", 60, "palack", 3400, "27"), Lx("Olaszrizling 2025 0,75 l", 90, "palack", 1850, "27"),
                         Lx("Göngyöleg (karton)", 25, "db", 0, "27")],
                  notes=["A termék jövedéki adót tartalmaz."]))
    D.append(dict(short="bakery_receipt", tpl="receipt", kind="normal", title="EGYSZERŰSÍTETT SZÁMLA", number="FK-0000873",
                  issue="2027-03-18", fulfil="2027-03-18", due=None, datefmt="dot", amt="sp_ft", cur="HUF",
                  seller=BAKE, buyer=TRAVEL_NOEXTRA, paymode="készpénz",
                  lines=[Lx("Fehér kenyér 1 kg", 6, "db", 620, "5"), Lx("Kifli", 80, "db", 45, "5"), Lx("Kakaós csiga", 40, "db", 210, "18"), Lx("Túrós táska", 30, "db", 260, "18")]))
    util_lines = [Lx("Villamosenergia – zónaidős (nappal)", 18420, "kWh", "41.36", "27"), Lx("Villamosenergia – éjszakai", 6210, "kWh", "29.80", "27"),
                  Lx("Rendszerhasználati díj – átvitel", 24630, "kWh", "3.12", "27"), Lx("Elosztói forgalmi díj", 24630, "kWh", "7.48", "27"),
                  Lx("Rendszerirányítási díj", 24630, "kWh", "1.96", "27"), Lx("Teljesítménydíj", 63, "kW", 1530, "27"),
                  Lx("Meddő energia díja", 1280, "kVArh", "5.40", "27"), Lx("KÁT/METÁR pénzeszköz", 24630, "kWh", "0.92", "27"),
                  Lx("Pénzügyi szervezetek különadója", 24630, "kWh", "0.27", "27"), Lx("Villamosenergia-adó", 24.63, "MWh", 1262, "27"),
                  Lx("Szénipari szerkezetátalakítási díj", 24630, "kWh", "0.15", "27"), Lx("Mérőhely havidíj", 3, "db", 2350, "27"),
                  Lx("Elszámolási különbözet (2027. febr.)", 1, "tétel", -14220, "27")]
    D.append(dict(short="electricity", tpl="rl", kind="normal", title="Villamosenergia számla", number="DA2703-9910452", rl_per_page=8,
                  issue="2027-03-06", fulfil="2027-02-28", due="2027-03-21", datefmt="dotsp", amt="sp_ft", cur="HUF",
                  seller=POWER, buyer=dict(CLINIC_B, extra=["Felhasználási hely: 1126 Budapest, Böszörményi út 19.", "POD: HU000130F11-S00000000000000412833"]),
                  labels={"seller": "Kereskedő", "buyer": "Felhasználó / Fizető", "fulfil": "Teljesítési időpont", "gross": "Fizetendő:"},
                  meta_extra=[("Elszámolási időszak", "2027.02.01–2027.02.28"), ("Felhasználó azonosító", "88412006")],
                  lines=util_lines, paymode="csoportos beszedés", notes=["Mérőóra: 44729133 · Leolvasás: 2027.02.28."]))
    D.append(dict(short="telecom", tpl="pms", kind="normal", title="SZÁMLA – Távközlési szolgáltatás", number="TH-27-4471092", font="DejaVu Sans", fs=8.5,
                  issue="2027-03-03", fulfil="2027-03-03", due="2027-03-18", datefmt="slash", amt="sp2_huf", cur="HUF",
                  seller=TEL, buyer=SCHOOL_B, labels={"buyer": "Előfizető:", "num": "Számlaszám:", "fulfil": "Teljesítés dátuma:", "issue": "Számla kelte:", "due": "Fizetési határidő:"},
                  folio=[("Ügyfélszám:", "3011-884102"), ("Számlázási időszak:", "2027/02/01 – 2027/02/28")], paymode="átutalás",
                  lines=[Lx("Üzleti internet 1000/300 havidíj", 1, "hó", 21990, "27"), Lx("Mobil flotta havidíj (6 SIM)", 6, "db", 4990, "27"),
                         Lx("Roaming forgalom (EU)", 1, "tétel", "3271.65", "27"), Lx("Távközlési adó", 1, "tétel", 2300, "AHK")],
                  footer="TeleHullám e-számla · 1. oldal"))
    # ---- issued by the clinic
    D.append(dict(short="patient_tam", tpl="practice", kind="normal", title="SZÁMLA", number="VPK-2027-01342",
                  issue="2027-03-09", fulfil="2027-03-09", due="2027-03-09", datefmt="dot", amt="sp_ft", cur="HUF",
                  seller=CLINIC, buyer=P("Szabó Gergely", ["1118 Budapest, Rétköz utca 14."]),
                  meta_extra=[("Páciens azonosító", "P-0048813"), ("TAJ szám", "038 511 462"), ("Kezelőorvos", "Dr. Farkas Lőrinc (pecsétszám: 71154)")],
                  lines=[Lx("Kardiológiai szakorvosi vizsgálat", 1, "alk.", 38000, "TAM"), Lx("Terheléses EKG", 1, "alk.", 26000, "TAM"),
                         Lx("Szívultrahang", 1, "alk.", 32000, "TAM")],
                  notes=[TAM_MED], words="Azaz kilencvenhatezer forint."))
    D.append(dict(short="patient_rl", tpl="rl", kind="normal", title="Számla", number="VPK-2027-01377", rl_serif=True,
                  issue="2027-03-16", fulfil="2027-03-16", due=None, datefmt="abbr", amt="sp2_huf", cur="HUF",
                  seller=CLINIC_B, buyer=P("Tóth Annamária", ["2030 Érd, Diósdi út 112."], extra=["TAJ: 112 640 387"]),
                  labels={"seller": "Egészségügyi szolgáltató", "buyer": "Páciens", "fulfil": "Ellátás napja", "gross": "Fizetve (bankkártya):"},
                  paymode="bankkártya", meta_extra=[("Betegazonosító", "P-0051207")],
                  lines=[Lx("Nőgyógyászati szakrendelés", 1, "alk.", 35000, "TAM"), Lx("Citológia", 1, "db", 9800, "TAM"),
                         Lx("Parkolójegy (rendelői parkoló)", 1, "db", 1500, "27")],
                  notes=[TAM_MED]))
    D.append(dict(short="occ_health", tpl="practice", kind="normal", title="SZÁMLA", number="VPK-2027-01298",
                  issue="2027-03-02", fulfil="2027-02-28", due="2027-03-17", datefmt="dotsp", amt="dot_ft", cur="HUF",
                  seller=CLINIC, buyer=PRECIZ, paymode="átutalás", labels={"buyer": "Vevő", "seller": "Eladó", "fulfil": "Teljesítés dátuma"},
                  meta_extra=[("Szerződés", "FEÜ-2026/031")],
                  lines=[Lx("Foglalkozás-egészségügyi csomag – alap", 42, "fő", 14500, "TAM"), Lx("Foglalkozás-egészségügyi csomag – kiemelt", 9, "fő", 29000, "TAM"),
                         Lx("Munkaköri alkalmassági igazolás másolata", 12, "db", 1500, "27")],
                  notes=[TAM_MED]))
    D.append(dict(short="occ_health_correction", tpl="practice", kind="correction", title="HELYESBÍTŐ SZÁMLA", number="VPK-2027-01401",
                  issue="2027-03-22", fulfil="2027-02-28", due="2027-04-06", datefmt="dotsp", amt="dot_ft", cur="HUF",
                  seller=CLINIC, buyer=PRECIZ, paymode="átutalás", preceding="VPK-2027-01298",
                  labels={"prec": "Helyesbített számla sorszáma", "gross": "Különbözet (bruttó):", "net": "Nettó különbözet:", "vat": "Áfa különbözet:"},
                  lines=[Lx("Foglalkozás-egészségügyi csomag – alap (meg nem jelent munkavállalók)", -3, "fő", 14500, "TAM"),
                         Lx("Munkaköri alkalmassági igazolás másolata", -4, "db", 1500, "27")],
                  notes=["Helyesbítés oka: 3 munkavállaló nem jelent meg a vizsgálaton.", TAM_MED]))
    # ---- issued by the language school
    D.append(dict(short="student_fee", tpl="online", kind="normal", title="SZÁMLA", number="LH/2027/0412",
                  issue="2027-03-01", fulfil="2027-03-01", due="2027-03-08", datefmt="dot", amt="sp_ft", cur="HUF", accent="#c64600",
                  seller=SCHOOL, buyer=P("Németh Lili", ["6723 Szeged, Csaba utca 40."]),
                  meta_extra=[("Hallgatói azonosító", "HALL-2027-0331"), ("Kurzuskód", "ANG-B2-T27")],
                  labels={"seller": "Képző intézmény", "buyer": "Hallgató"},
                  lines=[Lx("Angol B2 intenzív tanfolyam – tavaszi félév (60 óra)", 1, "db", 168000, "TAM"),
                         Lx("Vizsgafelkészítő modul", 1, "db", 24000, "TAM")],
                  notes=[TAM_EDU]))
    D.append(dict(short="corporate_course", tpl="erp", kind="normal", title="SZÁMLA", number="LH/2027/0438", font="DejaVu Sans Light", fs=9,
                  issue="2027-03-11", fulfil="2027-03-10", due="2027-03-26", datefmt="long", amt="sp2_huf", cur="HUF",
                  seller=SCHOOL, buyer=ZOLD, labels={"seller": "Számla kiállítója", "buyer": "Vevő neve, címe"},
                  lines=[Lx("Céges német nyelvtanfolyam, csoport DE-Z1 – 2027. február", 16, "óra", 14500, "27"),
                         Lx("Céges angol nyelvtanfolyam, csoport EN-Z3 – 2027. február", 24, "óra", 12800, "27"),
                         Lx("Szintfelmérő teszt", 8, "fő", 6500, "27")],
                  notes=["Jelenléti ívek: 2027.02.03–2027.02.26."]))
    D.append(dict(short="corporate_course_storno", tpl="erp", kind="storno", title="SZTORNÓ SZÁMLA", number="LH/2027/0451", font="DejaVu Sans Light", fs=9,
                  issue="2027-03-13", fulfil="2027-03-10", due="2027-03-26", datefmt="long", amt="sp2_huf", cur="HUF",
                  seller=SCHOOL, buyer=ZOLD, preceding="LH/2027/0438", watermark="SZTORNÓ",
                  labels={"seller": "Számla kiállítója", "buyer": "Vevő neve, címe", "prec": "Érvénytelenített számla:"},
                  lines=[Lx("Céges német nyelvtanfolyam, csoport DE-Z1 – 2027. február", -16, "óra", 14500, "27"),
                         Lx("Céges angol nyelvtanfolyam, csoport EN-Z3 – 2027. február", -24, "óra", 12800, "27"),
                         Lx("Szintfelmérő teszt", -8, "fő", 6500, "27")],
                  notes=["A számla a LH/2027/0438 sorszámú számlát teljes egészében érvényteleníti (hibás vevőadat)."]))
    D.append(dict(short="tutor_aam", tpl="word", kind="normal", title="Számla", number="2027/007", font="DejaVu Sans Condensed",
                  issue="2027-03-31", fulfil="2027-03-31", due="2027-04-08", datefmt="dotsp", amt="sp_ft", cur="HUF",
                  seller=TUTOR, buyer=SCHOOL_B, labels={"seller": "Eladó", "buyer": "Vevő", "num": "Számla sorszáma:"}, no_vs=True,
                  lines=[Lx("Spanyol nyelvóra tartása (március)", 28, "óra", 7500, "AAM")],
                  notes=["Alanyi adómentes (Áfa tv. 187. §)."]))
    # ---- issued by the travel agency / hotel
    D.append(dict(short="package_tour_margin", tpl="online", kind="normal", title="SZÁMLA", number="BHZ-U-2027-0088", margin=True, accent="#006d77",
                  issue="2027-03-05", fulfil="2027-04-26", due="2027-03-20", datefmt="dot", amt="sp_ft", cur="HUF",
                  seller=TRAVEL, buyer=P("Varga Bence", ["8200 Veszprém, Jutasi út 61."]),
                  meta_extra=[("Foglalási szám", "FOG-27-33104"), ("Utazás", "2027.04.22–2027.04.26.")],
                  labels={"seller": "Utazásszervező", "buyer": "Utas / Megrendelő", "gross": "Fizetendő összesen", "fulfil": "Teljesítés (hazaérkezés)"},
                  lines=[Lx("Lisszaboni tavaszi körút, 5 nap / 4 éj, 2 fő", 2, "fő", 389000, "KULONB"),
                         Lx("Egyágyas felár", 1, "db", 0, "KULONB"), Lx("Utasbiztosítás (közvetített)", 2, "fő", 6900, "KULONB")],
                  notes=[MARGIN]))
    D.append(dict(short="group_tour_margin_word", tpl="word", kind="normal", title="SZÁMLA", number="BHZ-U-2027-0102", margin=True,
                  issue="2027-03-19", fulfil="2027-03-29", due="2027-03-26", datefmt="long", amt="dot_ft", cur="HUF", font="DejaVu Serif",
                  seller=TRAVEL, buyer=HIDFO, labels={"seller": "Utazásszervező", "buyer": "Megrendelő", "gross": "Összesen fizetendő:"},
                  subtitle="Utazási csomag – különbözet szerinti adózás",
                  lines=[Lx("Pécs–Villány borvidéki kirándulás, 2 nap, 18 fő", 18, "fő", 54000, "KULONB")],
                  notes=[MARGIN, "Az utazás időpontja: 2027. március 28–29."]))
    hotel_lines = [Lx("Szállás – Superior kétágyas szoba", 3, "éj", 46000, "18", sub="Szoba: 214 · 2027.03.19–22."),
                   Lx("Félpanzió felár", 6, "fő/nap", 7500, "18"), Lx("Wellness masszázs", 2, "db", 12000, "27"),
                   Lx("Minibár", 1, "tétel", 4800, "27"), Lx("Idegenforgalmi adó (IFA)", 6, "fő/éj", 500, "AHK")]
    D.append(dict(short="hotel_stay_ifa", tpl="pms", kind="normal", title="SZÁMLA / INVOICE", number="HH-27-002614",
                  issue="2027-03-22", fulfil="2027-03-22", due="2027-03-22", datefmt="dot", amt="sp_ft", cur="HUF",
                  seller=dict(TRAVEL, name="Balaton Horizont Utazási Iroda és Szálloda Kft.", addr=["Hotel Horizont Balatonfüred", "8230 Balatonfüred, Tagore sétány 5."], extra=["NTAK reg.: SZ19001234"]),
                  buyer=P("Kiss Péter", ["1145 Budapest, Amerikai út 30."]),
                  folio=[("Foglalás:", "RES-884120"), ("Szoba:", "214"), ("Érkezés / Távozás:", "2027.03.19 / 2027.03.22"), ("Vendégek:", "2 fő")],
                  lines=hotel_lines, notes=[IFA], footer="Nyomtatva: HotelSoft PMS v7.2 · Kezelő: recepcio2 · 1/1", watermark="ORIGINAL"))
    D.append(dict(short="hotel_stay_eur", tpl="pms", kind="normal", title="SZÁMLA / RECHNUNG", number="HH-27-002655", font="DejaVu Sans Mono", fs=7.5,
                  issue="2027-03-26", fulfil="2027-03-26", due="2027-04-09", datefmt="eu", amt="eur_suf", cur="EUR",
                  seller=dict(TRAVEL, addr=["Hotel Horizont Balatonfüred", "8230 Balatonfüred, Tagore sétány 5."], extra=["EUR számla: HU07 1177 3449 0162 5530 0010 0004"]),
                  buyer=ALPEN, vatlab="USt-IdNr./EU adószám:",
                  folio=[("Foglalás:", "RES-884377"), ("Csoport:", "Alpenwerk Schulung"), ("Érkezés / Távozás:", "23.03.2027 / 26.03.2027")],
                  paymode="átutalás", labels={"due": "Fälligkeit / Határidő:"},
                  lines=[Lx("Szállás egyágyas szoba / Einzelzimmer", 12, "éj", "96.00", "18"), Lx("Konferenciaterem bérlet", 3, "nap", "240.00", "27"),
                         Lx("Kávészünet", 24, "fő", "8.50", "27"), Lx("Idegenforgalmi adó (IFA)", 12, "fő/éj", "1.30", "AHK")],
                  fx="402.15", notes=[IFA]))
    tour_lines = [Lx("Csapatépítő rendezvény szervezése – Hídfő Informatika, 2027. március 25–27.", 1, "db", 1250000, "27")]
    D.append(dict(short="group_event_advance", tpl="erp", kind="advance", title="ELŐLEGSZÁMLA", number="BHZ-R-2027-0031",
                  issue="2027-03-01", fulfil="2027-03-01", due="2027-03-08", datefmt="dot", amt="dot_ft", cur="HUF",
                  seller=TRAVEL, buyer=HIDFO, labels={"fulfil": "Teljesítés (előleg jóváírása)", "gross": "Fizetendő előleg"},
                  lines=[Lx("Előleg: csapatépítő rendezvény 2027. március 25–27. (60 fő)", 1, "db", 1000000, "27")],
                  notes=["Ajánlat: AJ-2027-0211 · Az előleg a végszámlában kerül levonásra."], footer="Integra ERP 9.4 · Előlegszámla"))
    final_lines = [Lx("Szállás 2 éj, 60 fő, teljes ellátással", 120, "fő/éj", 21500, "18"),
                   Lx("Konferenciaterem és technika", 2, "nap", 180000, "27")]
    prog = ["Kenutúra vezetővel", "Borkóstoló a Tihanyi-félszigeten", "Íjászat és lovasbemutató", "Tematikus vetélkedő", "Gálavacsora élőzenével",
            "Hajókirándulás", "Buszos transzfer", "Fotós és videós", "Dekoráció", "Emléktárgyak"]
    for i, p in enumerate(prog * 3):
        final_lines.append(Lx(f"Program: {p} ({i // len(prog) + 1}. csoport)", 1, "db", 28000 + (i * 3700) % 21000, "27"))
    final_lines.append(Lx("Levonva: előleg a BHZ-R-2027-0031 sz. előlegszámla alapján", -1, "db", 1000000, "27"))
    D.append(dict(short="group_event_final", tpl="online", kind="final", title="VÉGSZÁMLA", number="BHZ-R-2027-0047", accent="#0b3954", fs=9.5,
                  issue="2027-03-29", fulfil="2027-03-27", due="2027-04-13", datefmt="dot", amt="dot_ft", cur="HUF",
                  seller=TRAVEL, buyer=HIDFO, labels={"gross": "Fizetendő (előleggel csökkentve)"},
                  meta_extra=[("Előlegszámla", "BHZ-R-2027-0031")], lines=final_lines,
                  notes=["A végszámla az előleggel csökkentett fizetendő összeget tartalmazza."], footer="Számlázz-e Online · végszámla"))
    D.append(dict(short="tour_proforma", tpl="word", kind="proforma", title="DÍJBEKÉRŐ", number="DB-2027/0031", font="DejaVu Sans",
                  issue="2027-03-24", fulfil=None, due="2027-03-31", datefmt="dot", amt="sp_ft", cur="HUF", margin=True,
                  seller=TRAVEL, buyer=P("Horváth Zsuzsanna", ["9021 Győr, Baross Gábor út 18."]),
                  labels={"num": "Díjbekérő száma:", "issue": "Kelt:", "due": "Befizetési határidő:", "gross": "Fizetendő:"},
                  lines=[Lx("Krétai nyaralás, 8 nap, 2 fő – részvételi díj", 2, "fő", 412000, "KULONB")],
                  notes=["Ez a dokumentum nem számla, számviteli bizonylatként nem használható.", "Közlemény: FOG-27-33988"]))
    D.append(dict(short="medi_credit_note", tpl="rl", kind="correction", title="JÓVÁÍRÓ SZÁMLA (módosító)", number="MSZ-2027/004731", rl_cond=True,
                  issue="2027-03-19", fulfil="2027-03-04", due="2027-03-19", datefmt="iso", amt="sp_ft", cur="HUF",
                  seller=MEDI, buyer=CLINIC_B, preceding="MSZ-2027/004512", paymode="beszámítás",
                  labels={"prec": "Módosított számla", "gross": "Jóváírás összesen:"},
                  lines=[Lx("Visszáru: Szájmaszk FFP2 (sérült csomagolás)", -200, "db", 260, "27"), Lx("Visszáru: Paracetamol 500 mg tabletta", -5, "db", 790, "5")],
                  notes=["Reklamáció: RK-2027-0119"]))
    return D

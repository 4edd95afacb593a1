"""The 30 documents of set G: one November 2026 of Pannon-Forg Kft.'s invoice inbox and outbox (all invented)."""

from __future__ import annotations

from .core import D, Doc, Line, Party, fmt_money, hu_vat, tax_number


def L(desc, q, unit, price, rate=27):
    return Line(desc, D(str(q)), unit, D(str(price)), rate)


T_US = tax_number("2461830", 2, "07")
US_ADDR = ["8000 Székesfehérvár", "Ipari park, Kőrösi Csoma Sándor út 14."]


def us(vat=False, extra=None, name="Pannon-Forg Fémmegmunkáló Kft."):
    return Party(name, list(US_ADDR), T_US, hu_vat(T_US) if vat else None, extra or [])


US_BANK = ("Bankszámlaszám", "11773016-20518834-00000000")


def all_docs() -> list[Doc]:
    docs: list[Doc] = []
    add = docs.append

    # ------------------------------------------------------------------ online invoicing, Számlázz-like / Billingo-like
    t = tax_number("1385274", 2, "13")
    add(Doc("g01_csavarker", "szlz", "RCS-2026-01187", "normal", "2026-11-03", "2026-11-03", "2026-11-18", "HUF",
            Party("Rácz és Társa Csavarkereskedelmi Kft.", ["2040 Budaörs", "Gyár utca 7."], t, None,
                  [("Bankszámlaszám", "10403239-50526789-12341009")]),
            us(),
            [L("DIN 933 M10x40 8.8 horg. csavar", 500, "db", 38), L("DIN 934 M10 anya horg.", 500, "db", 11),
             L("Alátét M10 DIN 125", 1000, "db", 4.5), L("Menetes szár M12x1000 4.6", 40, "db", 690)],
            datefmt="dot", moneyfmt="sp", opts={"foot": "Megrendelés: PF-B-2026/0871"}))

    t = tax_number("2770412", 2, "42")
    add(Doc("g02_gepszerviz_eur", "bgo", "GSZ-2026-000214", "normal", "2026-11-04", "2026-11-02", "2026-11-19", "EUR",
            us(vat=True, extra=[US_BANK]),
            Party("Mechatron Gépszerviz Zrt.", ["1097 Budapest", "Könyves Kálmán körút 12-14."], t, hu_vat(t)),
            [L("CNC megmunkált tengely, 42CrMo4, rajzsz. MT-118", 24, "db", 86.40),
             L("Csapágyház GG25, megmunkálva", 12, "db", 142.75), L("Szállítás", 1, "alkalom", 65)],
            datefmt="dot", moneyfmt="sp2", opts={"cur_label": "EUR", "notes": [
                "Árfolyam: 1 EUR = 392,17 HUF (MNB, 2026.11.02.)",
                "ÁFA_HUF"]}))
    g02 = docs[-1]
    g02.opts["notes"][1] = f"Áfa forintban: 27% áfa {fmt_money(g02.q(g02.vat * D('392.17')).quantize(D('1')), 'sp')} Ft"

    add(Doc("g03_maganszemely", "szlz", "PF-2026/0934", "normal", "2026-11-05", "2026-11-05", "2026-11-05", "HUF",
            us(extra=[US_BANK]), Party("Szalai Gergely", ["8143 Sárszentmihály", "Kossuth Lajos utca 31."]),
            [L("Kovácsoltvas kerítéselem 2000x1200, porfestve", 3, "db", 58500), L("Kapuzár szerelvény", 1, "klt", 12400),
             L("Helyszíni szerelés", 4, "óra", 9800)],
            datefmt="dotsp", moneyfmt="dot", opts={"pay": "Készpénz", "azaz": True,
                                                  "labels": {"no": "Sorszám"}}))

    t = tax_number("2331907", 2, "07")
    add(Doc("g04_catering_multirate", "bgo", "E-VKB-2026-312", "normal", "2026-11-06", "2026-11-06", "2026-11-14", "HUF",
            Party("Vadkerti Büfé és Catering Bt.", ["8000 Székesfehérvár", "Palotai út 55."], t, None,
                  [("Telefon", "+36 22 555 0193")]),
            us(),
            [L("Hidegtál, vegyes (30 főre)", 3, "tál", 24000, 5), L("Pogácsa, túrós", 4, "kg", 3600, 18),
             L("Kenyér, fehér", 6, "db", 720, 18), L("Ásványvíz 0,5 l", 60, "db", 190, 27),
             L("Üdítő 1,5 l", 12, "db", 690, 27), L("Kiszállítás, tálalás", 1, "alkalom", 8000, 27)],
            datefmt="long", moneyfmt="sp", opts={"pay": "Átutalás",
                                                 "notes": ["Céges évzáró rendezvény, 2026. 11. 06."]}))

    t_ad = tax_number("1459021", 2, "07")
    buyer_ad = Party("Alba-Agrotech Mezőgazdasági Gépgyártó Kft.", ["8060 Mór", "Dózsa György út 101."], t_ad, None)
    add(Doc("g05_eloleg", "szlz", "PF-2026/0941", "advance", "2026-11-09", "2026-11-09", "2026-11-16", "HUF",
            us(extra=[US_BANK]), buyer_ad,
            [L("Előleg a PF-AJ-2026-118 sz. ajánlat szerinti acélszerkezet gyártására (30%)", 1, "db", 1560000)],
            datefmt="dot", moneyfmt="sp", opts={"notes": ["Előlegszámla. Az előleg a végszámlában kerül levonásra."]}))

    add(Doc("g06_vegszamla", "szlz", "PF-2026/0987", "final", "2026-11-27", "2026-11-26", "2026-12-11", "HUF",
            us(extra=[US_BANK]), buyer_ad,
            [L("Acélszerkezet gyártása, PF-AJ-2026-118 szerint", 1, "klt", 4780000),
             L("Felületkezelés, tűzihorganyzás", 1, "klt", 420000),
             L("Levonva: előleg, PF-2026/0941 sz. előlegszámla", -1, "db", 1560000)],
            preceding="PF-2026/0941", datefmt="dot", moneyfmt="sp",
            opts={"pre_label": "Előlegszámla sorszáma", "pay_label": "Még fizetendő",
                  "notes": ["Végszámla. Teljes ellenérték: 5 200 000 Ft + 27% áfa, ebből előleg 1 560 000 Ft + áfa."]}))

    t = tax_number("2590276", 2, "07")
    add(Doc("g07_sztorno", "bgo", "KRT-2026-00456", "storno", "2026-11-10", "2026-11-05", "2026-11-10", "HUF",
            Party("Kertész Raktártechnika Kft.", ["8000 Székesfehérvár", "Berényi út 72."], t, hu_vat(t)),
            us(),
            [L("Polcrendszer, nehézáru, 2500 mm", -6, "db", 48900), L("Polc betét, horganyzott", -24, "db", 6100)],
            preceding="KRT-2026-00431", datefmt="dot", moneyfmt="sp",
            opts={"pre_label": "Sztornózott számla", "labels": {"no": "Sztornó számla száma"},
                  "notes": ["A KRT-2026-00431 számú számlát téves vevőadatok miatt érvénytelenítjük."]}))

    t = tax_number("1127804", 2, "19")
    add(Doc("g08_helyesbito", "szlz", "HG-2026-1043", "correction", "2026-11-12", "2026-11-12", "2026-11-27", "HUF",
            Party("Hegesztőanyag Galéria Kereskedelmi Kft.", ["8200 Veszprém", "Házgyári út 3."], t, None,
                  [("Bankszámlaszám", "12010301-01467725-00100002")]),
            us(),
            [L("MIG huzal SG2 1,0 mm 15 kg – árkülönbözet", -12, "tek", 2350),
             L("Argon-CO2 gázpalack bérleti díj – visszavét", -2, "hó", 4200)],
            preceding="HG-2026-0977", datefmt="dot", moneyfmt="sp",
            opts={"title": "HELYESBÍTŐ SZÁMLA", "pre_label": "Módosított számla sorszáma",
                  "notes": ["Módosítás oka: árengedmény utólagos érvényesítése.", "Az eredeti számla kelte: 2026.10.28."]}))

    t = tax_number("2899513", 2, "41")
    add(Doc("g09_dijbekero", "bgo", "DB-2026-0078", "proforma", "2026-11-13", None, "2026-11-20", "HUF",
            Party("Precíz Szakképző és Tanácsadó Kft.", ["1117 Budapest", "Fehérvári út 50-52."], t, None,
                  [("Bankszámlaszám", "16200010-00012345-00000000")]),
            us(),
            [L("Hegesztő-vizsgáztató tanfolyam, MSZ EN ISO 9606-1, 3 fő", 3, "fő", 185000)],
            datefmt="dot", moneyfmt="sp",
            opts={"title": "Díjbekérő", "labels": {"no": "Díjbekérő száma", "issue": "Kelte"},
                  "notes": ["Ez a dokumentum nem számla, áfa levonására nem jogosít. A számlát a díj beérkezése után állítjuk ki."]}))

    t = tax_number("1063325", 2, "44")
    lines10 = [L(f"Hidegen hengerelt lemez DC01 {th} mm, {w}x{h}", q, "kg", p)
               for th, w, h, q, p in [("0,8", 1000, 2000, 620, 498), ("1,0", 1000, 2000, 940, 489), ("1,5", 1250, 2500, 1210, 482),
                                      ("2,0", 1250, 2500, 1480, 479), ("3,0", 1500, 3000, 2240, 471)]]
    lines10 += [L(f"Zártszelvény S235 {s} mm, 6 m", q, "szál", p)
                for s, q, p in [("20x20x2", 40, 5240), ("30x30x2", 60, 7980), ("40x40x3", 45, 14900), ("50x30x3", 30, 15620),
                                ("60x40x3", 28, 19450), ("80x40x4", 16, 31200), ("100x50x4", 12, 39880)]]
    lines10 += [L(f"Laposacél S235 {s}, 6 m", q, "szál", p)
                for s, q, p in [("20x5", 50, 3310), ("30x5", 50, 4790), ("40x8", 30, 9920), ("50x10", 20, 15400)]]
    lines10 += [L(f"Gömbacél S355 Ø{s}, 3 m", q, "szál", p)
                for s, q, p in [(20, 25, 6240), (30, 20, 13850), (40, 15, 24600), (60, 6, 55300)]]
    lines10 += [L("Vágás méretre", 86, "vágás", 450), L("Darus rakodás, szállítás Székesfehérvárra", 1, "fuvar", 68000)]
    add(Doc("g10_acelnagyker_hosszu", "szlz", "DAN-2026/S-004512", "normal", "2026-11-16", "2026-11-16", "2026-12-16", "HUF",
            Party("Duna-Alföldi Nemesacél és Hengereltáru Nagykereskedelmi Zártkörűen Működő Részvénytársaság",
                  ["2400 Dunaújváros", "Vasmű tér 1-3., D épület"], t, hu_vat(t),
                  [("Bankszámlaszám", "10918001-00000068-49870007"), ("Cégjegyzékszám", "07-10-001587")]),
            Party("Pannon-Forg Fémmegmunkáló Korlátolt Felelősségű Társaság", list(US_ADDR), T_US, hu_vat(T_US)),
            lines10, datefmt="dot", moneyfmt="sp",
            opts={"window": True, "pages": 2, "labels": {"seller": "Szállító"},
                  "notes": ["Szállítólevél: SZL-2026-118830, SZL-2026-118831", "Vevőkód: V-004417",
                            "Késedelmes fizetés esetén a Ptk. szerinti késedelmi kamatot számítjuk fel."]}))

    t = tax_number("6832117", 1, "27")
    add(Doc("g11_aam_villanyszerelo", "bgo", "2026/047", "normal", "2026-11-17", "2026-11-14", "2026-11-25", "HUF",
            Party("Borsos Tamás egyéni vállalkozó", ["8151 Szabadbattyán", "Rákóczi utca 4."], t, None,
                  [("Nyilvántartási szám", "51284733")]),
            us(),
            [L("Csarnokvilágítás javítása, LED fénytest csere", 1, "tétel", 86000, "AAM"),
             L("Kiszállási díj", 1, "alkalom", 12000, "AAM")],
            datefmt="dot", moneyfmt="sp",
            opts={"notes": ["Alanyi adómentes. Az Áfa tv. 187. § alapján a számla áfát nem tartalmaz."],
                  "labels": {"no": "Számla sorszáma"}}))

    t = tax_number("2742296", 2, "07")
    add(Doc("g12_forditott_hulladekvas", "szlz", "PF-2026/0962", "normal", "2026-11-18", "2026-11-18", "2026-11-25", "HUF",
            us(vat=False, extra=[US_BANK]),
            Party("Fehérvári Fémhulladék Hasznosító Kft.", ["8000 Székesfehérvár", "Sóstói ipari terület, hrsz. 2711/4"], t, None),
            [L("Acélhulladék, vegyes (EWC 12 01 01)", 7.84, "t", 118000, "FA"),
             L("Alumínium forgács (EWC 12 01 03)", 0.62, "t", 365000, "FA")],
            datefmt="dot", moneyfmt="sp",
            opts={"notes": ["Fordított adózás – Áfa tv. 142. § (1) g) pont. Az adót a vevő fizeti."],
                  "labels": {"issue": "Kelt", "fulf": "Teljesítés időpontja"}}))

    # ------------------------------------------------------------------ ERP / desktop printouts
    t = tax_number("1215366", 2, "03")
    add(Doc("g13_kulcs_festek", "erp", "FES-0027731", "normal", "2026-11-05", "2026-11-04", "2026-12-04", "HUF",
            Party("Kolor-Ipar Festékgyártó Kft.", ["6000 Kecskemét", "Szent István krt. 9."], t, None,
                  [("Bankszámla", "11732002-20336718"), ("Tel", "+36 76 481 220")]),
            us(),
            [L("Alapozó RAL 7035 2K epoxi", 120, "kg", 2890), L("Fedőfesték RAL 5010 PUR", 80, "kg", 4120),
             L("Hígító PUR-hoz", 40, "l", 1640), L("Edző 2K", 24, "kg", 5300)] +
            [L(f"Szórópisztoly fúvóka {s} mm", 4, "db", 6900) for s in ("1,3", "1,4", "1,7", "2,0")] +
            [L("Csiszolópapír P{0} tekercs".format(g), 10, "tek", 3450) for g in (80, 120, 180, 240, 320)] +
            [L("Maszkolószalag 38 mm", 72, "db", 740), L("Takarófólia 4x5 m", 40, "db", 590),
             L("Raklapdíj (visszaváltható)", 3, "db", 2800)],
            datefmt="dot", moneyfmt="sp",
            opts={"flavour": "kulcs", "stamp": "EREDETI", "extra_meta": [("Szállítólevél", "SZ-26-11872"),
                                                                         ("Megrendelés", "PF-B-2026/0853"),
                                                                         ("Fizetési mód", "átutalás")],
                  "right_box": "Vevőkód: 000418<br>Szállítási cím: 8000 Székesfehérvár, Kőrösi Cs. S. út 14., festőüzem",
                  "footl": "Kulcs-Ügyvitel típusú program · nyomtatva 2026.11.05. 14:22", "footr": "1/1",
                  "notes": ["A termék a vételár teljes kifizetéséig az eladó tulajdona."]}))

    t_cust = tax_number("2502849", 2, "11")
    add(Doc("g14_novitax_kimeno", "erp", "2026/00612", "normal", "2026-11-11", "2026-11-10", "2026-12-10", "HUF",
            us(extra=[US_BANK]),
            Party("Komáromi Járműalkatrész Gyártó Kft.", ["2900 Komárom", "Ipari park, Bánki Donát utca 3."], t_cust,
                  hu_vat(t_cust)),
            [L("Tartókonzol KJ-44, lézervágott, hajlított, porfestett", 1800, "db", 1285),
             L("Rögzítőlemez KJ-47, zincelt", 2400, "db", 412), L("Csomagolás, EUR raklap", 6, "db", 4500)],
            datefmt="dotsp", moneyfmt="dotdash",
            opts={"flavour": "novitax", "cur_label": "Ft", "azaz": True,
                  "extra_meta": [("Fizetés módja", "átutalás"), ("Vevő rendelésszáma", "KJ-PO-77120")],
                  "footl": "Nyomtatta: NOVA-Számla 9.2", "footr": "Oldal: 1",
                  "notes": ["Szállítólevél: PF-SZL-2026-1204"]}))

    t = tax_number("1090315", 2, "44")
    add(Doc("g15_sap_ipari_gaz", "erp", "9140027715", "normal", "2026-11-02", "2026-10-31", "2026-12-02", "HUF",
            Party("Ipargáz Hungária Termelő és Kereskedelmi Zrt.", ["1097 Budapest", "Illatos út 9/A"], t, hu_vat(t),
                  [("Bank / Bank account", "HU42 1040 5004 0002 6351 0000 0000")]),
            us(vat=True),
            [L("Argon 4.6, 50 l palack / Argon 4.6, 50 l cylinder", 8, "pal", 21450),
             L("Corgon 18, 50 l palack / cylinder", 14, "pal", 19870),
             L("Oxigén 2.5, 40 l / Oxygen 2.5, 40 l", 6, "pal", 9340),
             L("Palackbérleti díj 10/2026 / Cylinder rental", 31, "pal·hó", 1150),
             L("Környezetvédelmi hozzájárulás / Environmental fee", 1, "tétel", 2900)],
            datefmt="dot", moneyfmt="sp",
            opts={"flavour": "sap", "title": "SZÁMLA / INVOICE",
                  "extra_meta": [("Vevőszám / Customer no.", "0000412877"), ("Rendelés / Order", "4500318842"),
                                 ("Fizetési mód / Payment", "átutalás / transfer")],
                  "cols": ["Megnevezés / Description", "Menny. / Qty", "ME / UoM", "Egységár / Unit price",
                           "Nettó / Net", "ÁFA / VAT", "ÁFA összeg / VAT amount", "Bruttó / Gross"],
                  "sum_heads": ("ÁFA / VAT", "Nettó / Net", "ÁFA / VAT", "Bruttó / Gross"),
                  "sum_total": "Összesen / Total", "pay_label": "Fizetendő / Amount due",
                  "footl": "Cégjegyzékszám: 01-10-041987 · Fővárosi Törvényszék Cégbírósága", "footr": "Oldal / Page 1/1"}))

    t = tax_number("5531409", 1, "07")
    add(Doc("g16_dos_vaskereskedes", "dos", "V/26/01944", "normal", "2026-11-06", "2026-11-06", "2026-11-21", "HUF",
            Party("Virág Vasudvar Kft.", ["8000 Székesfehérvár,", "Berényi út 11."], t, None),
            us(),
            [L("Flexkorong 125x1,0 inox", 50, "db", 245), L("Tisztítókorong 125x6", 20, "db", 690),
             L("Lamellás korong 125 P60", 30, "db", 520), L("Munkavédelmi kesztyű bőr", 36, "pár", 890),
             L("Fúrószár HSS-Co 8,5 mm", 10, "db", 1540), L("WD-40 400 ml", 12, "db", 2190)],
            datefmt="dot", moneyfmt="plain",
            opts={"bank": "11600006-00000000-12345678", "sz": "SZ-011944", "vk": "P0114",
                  "codes": ["FK125I", "TK1256", "LK125-60", "KBOR10", "FSC085", "WD40-4"],
                  "notes": ["Átvettem: ____________________"]}, engine="rl"))

    t = tax_number("6114528", 2, "07")
    add(Doc("g17_erp_kp_kerekites", "erp2", "A-2026-003318", "normal", "2026-11-19", "2026-11-19", "2026-11-19", "HUF",
            Party("Fehér Hidraulika Szerviz Bt.", ["8000 Székesfehérvár", "Takarodó út 3."], t, None),
            us(),
            [L("Hidraulika tömlő préselése 1/2\" 2SN", 4, "db", 6350), L("Hidraulikaolaj HLP46", 20, "l", 1190),
             L("Munkadíj", 1.5, "óra", 11500)],
            datefmt="dot", moneyfmt="sp",
            opts={"cg": "07-06-013344", "tel": "+36 22 318 744", "bank": "11736006-20213451", "pay": "készpénz",
                  "notes": ["Készpénzes fizetésnél a fizetendő összeg 5 forintra kerekítve."]}, engine="rl"))

    add(Doc("g18_sap_jovairas", "erp", "6200018834", "correction", "2026-11-20", "2026-11-20", "2026-12-05", "HUF",
            Party("Ipargáz Hungária Termelő és Kereskedelmi Zrt.", ["1097 Budapest", "Illatos út 9/A"],
                  tax_number("1090315", 2, "44"), hu_vat(tax_number("1090315", 2, "44")),
                  [("Bank / Bank account", "HU42 1040 5004 0002 6351 0000 0000")]),
            us(vat=True),
            [L("Palackbérleti díj jóváírás 10/2026 / Cylinder rental credit", -9, "pal·hó", 1150),
             L("Corgon 18 visszáru / return", -2, "pal", 19870)],
            preceding="9140027715", datefmt="dot", moneyfmt="sp",
            opts={"flavour": "sap", "title": "JÓVÁÍRÓ SZÁMLA (HELYESBÍTŐ) / CREDIT MEMO",
                  "pre_label": "Eredeti számla / Original invoice",
                  "extra_meta": [("Vevőszám / Customer no.", "0000412877")],
                  "cols": ["Megnevezés / Description", "Menny. / Qty", "ME / UoM", "Egységár / Unit price",
                           "Nettó / Net", "ÁFA / VAT", "ÁFA összeg / VAT amount", "Bruttó / Gross"],
                  "sum_heads": ("ÁFA / VAT", "Nettó / Net", "ÁFA / VAT", "Bruttó / Gross"),
                  "sum_total": "Összesen / Total", "pay_label": "Jóváírt összeg / Credited amount",
                  "footl": "Cégjegyzékszám: 01-10-041987", "footr": "Oldal / Page 1/1"}))

    # ------------------------------------------------------------------ utilities
    t = tax_number("1321478", 2, "44")
    meters = "<table class='items'><tr><th>Mérő gyári száma</th><th>Előző állás</th><th>Aktuális állás</th><th>Fogyasztás</th></tr>" \
             "<tr><td>31-772-0918</td><td class=r>1 284 402</td><td class=r>1 322 910</td><td class=r>38 508 kWh</td></tr></table>"
    add(Doc("g19_villamos_energia", "utility", "VE2611-00418832", "normal", "2026-11-08", "2026-10-31", "2026-11-23", "HUF",
            Party("Magyar Áramkereskedő Energiaszolgáltató Zrt.", ["1134 Budapest", "Váci út 17."], t, hu_vat(t)),
            us(),
            [L("Villamos energia, csúcsidő", 23105, "kWh", 52.84), L("Villamos energia, völgyidő", 15403, "kWh", 38.12),
             L("Rendszerhasználati díj – átviteli", 38508, "kWh", 4.31), L("Rendszerhasználati díj – elosztói", 38508, "kWh", 9.68),
             L("Teljesítménydíj 160 kW", 160, "kW", 1460), L("Villamosenergia-adó (jövedéki)", 38.508, "MWh", 1181),
             L("KÁT / prémium pénzeszköz", 38508, "kWh", 1.02)],
            datefmt="dot", moneyfmt="sp",
            opts={"brand": "MÁE Zrt. – áram", "pages": 2, "period": "Elszámolt időszak: 2026.10.01–2026.10.31",
                  "extra_meta": [("Ügyfél azonosító", "30041883"), ("POD", "HU000110F11-S00000000000000418832"),
                                 ("Szerződésszám", "K-2023-7741")],
                  "pre_items": meters, "notes": ["Csoportos beszedési megbízás esetén az összeget a határidőn terheljük."]}))

    t = tax_number("1290833", 2, "44")
    add(Doc("g20_foldgaz", "utility", "GZ-2026-7718204", "normal", "2026-11-07", "2026-10-31", "2026-11-22", "HUF",
            Party("Közép-Dunántúli Földgázkereskedő Kft.", ["1081 Budapest", "Kerepesi út 40."], t, None),
            us(),
            [L("Földgáz energia díj", 118430, "MJ", 6.11), L("Földgáz rendszerhasználati forgalmi díj", 118430, "MJ", 0.94),
             L("Kapacitásdíj", 1, "hó", 38200), L("Földgáz jövedéki adó", 118.43, "GJ", 303.80)],
            datefmt="dotsp", moneyfmt="sp",
            opts={"color": "#a1411c", "brand": "KDFK földgáz", "doc_title": "Gázszámla", "pages": 3,
                  "labels": {"no": "Számlaszám", "issue": "Kiállítás dátuma", "fulf": "Teljesítés", "due": "Esedékesség"},
                  "extra_meta": [("Felhasználási hely", "8000 Székesfehérvár, Kőrösi Cs. S. út 14."), ("Felhasználó azonosító", "FG-0047712")],
                  "page3": "<div class='pb'></div><div class='sec'>Tájékoztató</div><p class='note'>A földgáz hőmennyiség-elszámolása "
                           "a 19/2009. (I. 30.) Korm. rendelet szerint történik. Panasz esetén forduljon ügyfélszolgálatunkhoz "
                           "(06 80 440 440) vagy a Magyar Energetikai és Közmű-szabályozási Hivatalhoz.</p><div class='pg'>3 / 3 oldal</div>",
                  "notes": ["Átalány- és leolvasott mennyiség: leolvasott"]}))

    t = tax_number("1114920", 2, "07")
    add(Doc("g21_viz_csatorna", "water", "FV/2026/0338114", "normal", "2026-11-10", "2026-11-10", "2026-11-25", "HUF",
            Party("Fejérvíz Regionális Víziközmű Zrt.", ["8000 Székesfehérvár", "Királysor 3-15."], t, None),
            Party("Pannon-Forg Fémmegmunkáló Kft.", ["8000 Székesfehérvár", "Ipari park, Kőrösi Csoma Sándor út 14."], T_US, None),
            [L("Ivóvíz alapdíj", 1, "hó", 8640), L("Ivóvíz fogyasztás", 212, "m3", 541.2),
             L("Csatorna alapdíj", 1, "hó", 6120), L("Szennyvízelvezetés és -tisztítás", 198, "m3", 689.5),
             L("Vízterhelési díj", 198, "m3", 15.3)],
            datefmt="dot", moneyfmt="sp",
            opts={"tel": "+36 22 535 200", "bank": "11600006-00000000-04820014", "fhely": "FH-07-118833",
                  "period": "2026.10.01–2026.10.31",
                  "meters": ["Mérő: 2214477 (DN40)   előző: 18 344 m3 (2026.09.30.)   aktuális: 18 556 m3 (2026.10.31.)",
                             "Locsolási mellékmérő: 2214478   fogyasztás: 14 m3 (csatornadíj nem terheli)"],
                  "notes": ["A számla a 2026. október havi elszámolást tartalmazza.", "Ügyfélszám: 4018833"]}, engine="rl"))

    t = tax_number("1290116", 2, "44")
    add(Doc("g22_telekom_internet", "utility", "T-2611-55820193", "normal", "2026-11-01", "2026-10-31", "2026-11-16", "HUF",
            Party("Dunanet Távközlési Nyrt.", ["1117 Budapest", "Budafoki út 91."], t, hu_vat(t)),
            us(),
            [L("Üzleti optikai internet 1000/300 Mbit/s", 1, "hó", 42900), L("Fix IP cím csomag (/29)", 1, "hó", 6500),
             L("Üzleti mobil flotta, 18 előfizetés havidíj", 18, "db", 4990), L("Mobil adatforgalom túllépés", 3.4, "GB", 1200),
             L("Belföldi hívások (részletező szerint)", 1, "tétel", 11874)],
            datefmt="eu", moneyfmt="sp2",
            opts={"color": "#7a1fa2", "brand": "dunanet business", "pages": 2,
                  "labels": {"no": "Számlaszám", "issue": "Számla kelte", "fulf": "Teljesítés időpontja", "due": "Fizetési határidő"},
                  "extra_meta": [("Ügyfélszám", "1.42558731"), ("Számlázási időszak", "01.10.2026–31.10.2026")],
                  "notes": ["A hívásrészletező a Dunanet Online ügyfélszolgálaton érhető el."]}))

    t = tax_number("1526940", 2, "07")
    add(Doc("g23_hulladek_kozszolg", "utility", "SZHK/2026/K-018840", "normal", "2026-11-04", "2026-10-31", "2026-11-19", "HUF",
            Party("Székesfehérvári Hulladékgazdálkodási Közszolgáltató Nonprofit Kft.", ["8000 Székesfehérvár", "Sörház tér 6."], t, None),
            us(),
            [L("Vegyes települési hulladék gyűjtése, 1100 l edény ürítés", 9, "ürítés", 14820),
             L("Szelektív (papír) 1100 l ürítés", 4, "ürítés", 7650), L("Edénybérlet 1100 l", 3, "db·hó", 2250)],
            datefmt="dot", moneyfmt="sp",
            opts={"color": "#2d7d2d", "brand": "SZHK – Fehérvár tisztán", "pages": 2, "doc_title": "Közszolgáltatási számla",
                  "labels": {"no": "Bizonylatszám", "issue": "Kelt"},
                  "extra_meta": [("Partnerkód", "K-018840"), ("Szerződés", "GK-2019/4471")],
                  "notes": ["Nem lakossági felhasználó, gazdálkodó szervezet."]}))

    # ------------------------------------------------------------------ webshops, card-paid
    t = tax_number("2615574", 2, "13")
    add(Doc("g24_webshop_irodaszer", "shop", "WEB-2026-1184306", "normal", "2026-11-12", "2026-11-12", "2026-11-12", "HUF",
            Party("Irodapont Webáruház Kft.", ["2310 Szigetszentmiklós", "Leshegy út 22."], t, None,
                  [("Ügyfélszolgálat", "+36 1 445 0707")]),
            us(),
            [L("Fénymásolópapír A4 80 g, 5 csomag/doboz", 8, "doboz", 11490), L("Toner HP 87A kompatibilis", 2, "db", 18990),
             L("Iratrendező 75 mm, kék", 20, "db", 790), L("Szállítási díj", 1, "db", 0)],
            datefmt="iso", moneyfmt="sp",
            opts={"logo": "irodapont.hu", "title": "Számla", "extra_meta": [("Rendelésszám", "#1184306"), ("Fizetés", "Bankkártya (online)")],
                  "notes": ["A számla elektronikus úton került kiállításra, aláírás nélkül érvényes."]}))

    t = tax_number("1006725", 2, "44")
    add(Doc("g25_kutszamla", "receipt", "KT-0412/26/08813", "normal", "2026-11-14", "2026-11-14", None, "HUF",
            Party("Magyar Üzemanyag-kereskedelmi Nyrt.", ["1117 Budapest, Október huszonharmadika u. 18."], t, None),
            us(),
            [L("Gázolaj Diesel 5", 64.12, "l", 529), L("Ablakmosó folyadék -20 °C 4 l", 1, "db", 1661)],
            datefmt="dot", moneyfmt="sp",
            opts={"shop": "0412 sz. töltőállomás, Székesfehérvár", "time": "07:42",
                  "card": "Kártya: ************4471 (ÜZEMANYAGKÁRTYA)", "fleet": "Rendszám: ABC-123   Km: 184 220",
                  "ap": "AP A23104471"}, engine="rl"))

    t = tax_number("2810066", 2, "42")
    add(Doc("g26_piacter_szerszam", "shop", "MP-HU-26-00987112", "normal", "2026-11-21", "2026-11-20", "2026-11-21", "HUF",
            Party("ProSzerszám Kereskedelmi Kft.", ["1239 Budapest", "Ócsai út 1-3."], t, hu_vat(t)),
            Party("Pannon-Forg Fémmegmunkáló Kft.", ["8000 Székesfehérvár", "Kőrösi Csoma Sándor út 14."], T_US, None),
            [L("Akkus fúró-csavarozó 18V, 2x5Ah", 2, "db", 62992), L("Bitkészlet 100 részes", 3, "db", 7079),
             L("Marketplace szállítási díj", 1, "db", 1568)],
            datefmt="dot", moneyfmt="sp",
            opts={"logo": "piactér.hu · partner", "title": "Számla (eladó: marketplace partner)",
                  "sl": "Eladó (a piactér partnere)", "paid": "Fizetve: online kártyás fizetés",
                  "extra_meta": [("Rendelés azonosító", "MPL-33182274"), ("Fuvarlevél", "GLS 6400123987")],
                  "notes": ["A piactér üzemeltetője közvetítő szolgáltatóként nem eladó, a számlát a partner állítja ki."]}))

    # ------------------------------------------------------------------ foreign suppliers in EUR
    add(Doc("g27_at_wartung", "foreign", "RE-2026-11-0219", "normal", "2026-11-09", "2026-11-06", "2026-11-23", "EUR",
            Party("Alpenhydraulik Service GmbH", ["Industriestraße 44", "4060 Leonding, Österreich"], None, "ATU68213579"),
            Party("Pannon-Forg Fémmegmunkáló Kft.", ["Kőrösi Csoma Sándor út 14.", "8000 Székesfehérvár, Ungarn"], None, hu_vat(T_US)),
            [L("Wartung Abkantpresse / Karbantartás élhajlító", 1, "Pausch.", 1450, "RC"), L("Techniker Arbeitszeit / Munkaidő", 14, "Std.", 96, "RC"),
             L("Reisekosten / Kiszállás", 1, "Pausch.", 380, "RC")],
            datefmt="eu", moneyfmt="de2",
            opts={"sym": "€", "labels": {"no": "Rechnungs-Nr. / Számlaszám", "issue": "Datum / Kelt", "fulf": "Leistung / Teljesítés",
                                       "due": "Fällig / Esedékes", "title": "RECHNUNG / SZÁMLA", "bvat": "UID / Közösségi adószám",
                                       "cols": ["Pos.", "Bezeichnung / Megnevezés", "Menge", "Preis", "USt.", "Betrag"],
                                       "net": "Netto / Nettó", "vat": "USt. / Áfa", "gross": "Gesamt / Összesen",
                                       "svat": "UID-Nr."},
                  "contact": "Tel. +43 732 680 411<br>service@alpenhydraulik.example",
                  "reg": "FN 412877 s, LG Linz", "bank": "IBAN AT61 3400 0000 0218 4471 · BIC RZOOAT2L",
                  "notes": ["Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) – Fordított adózás.",
                            "Ihre Bestellung / Megrendelés: PF-B-2026/0840"]}))

    add(Doc("g28_de_schleifmittel", "german", "2026-104477", "normal", "2026-11-13", "2026-11-11", "2026-12-13", "EUR",
            Party("Rheinschliff Abrasives GmbH & Co. KG", ["Am Hafen 12", "47119 Duisburg, Deutschland"], None, "DE284419733"),
            Party("Pannon-Forg Fémmegmunkáló Kft.", ["Kőrösi Csoma Sándor út 14.", "H-8000 Székesfehérvár", "Ungarn / Hungary"],
                  None, hu_vat(T_US)),
            [L("Schleifband 75x2000 K60 / Grinding belt", 200, "Stk", 3.85, "EU"),
             L("Fächerscheibe 125 K80 / Flap disc", 400, "Stk", 1.92, "EU"),
             L("Trennscheibe 230x1,9 / Cutting disc", 300, "Stk", 2.14, "EU")],
            datefmt="eu", moneyfmt="de2",
            opts={"reg": "HRA 8841, AG Duisburg", "kdnr": "K-70331", "order": "PF-B-2026/0866", "ls": "LS-2026-55120",
                  "bank": "Commerzbank Duisburg · IBAN DE12 3504 0038 0441 7700 00 · BIC COBADEFFXXX",
                  "notes": ["Steuerfreie innergemeinschaftliche Lieferung gem. § 4 Nr. 1b UStG.",
                            "Tax exempt intra-Community supply of goods, Art. 138 Directive 2006/112/EC."]}, engine="rl"))

    sk_lines = [L(f"Lisovaný diel / Pressed part SK-{100 + i}, {m}", q, "pcs", p, "EU")
                for i, (m, q, p) in enumerate([("DC04 1,5 mm", 1200, 0.84), ("DC04 2,0 mm", 900, 1.12), ("S355MC 3 mm", 600, 2.45),
                                               ("S355MC 4 mm", 400, 3.18), ("DX51D+Z 1,0 mm", 2000, 0.56), ("DX51D+Z 1,5 mm", 1500, 0.71),
                                               ("1.4301 1,0 mm", 300, 4.92), ("1.4301 1,5 mm", 250, 6.35), ("AlMg3 2 mm", 500, 2.88),
                                               ("AlMg3 3 mm", 350, 3.96), ("S235JR 5 mm", 200, 5.40), ("S235JR 6 mm", 150, 6.75)])]
    sk_lines += [L("Nástroj – podiel na výrobe / Tooling share", 1, "lot", 1850, "EU"),
                 L("Doprava / Transport Nitra – Székesfehérvár", 2, "trip", 410, "EU")]
    add(Doc("g29_sk_lisovne", "foreign", "FV2026110342", "normal", "2026-11-20", "2026-11-18", "2026-12-20", "EUR",
            Party("Lisovne Nitra s.r.o.", ["Priemyselná 8", "949 01 Nitra, Slovensko"], None, "SK2021884417"),
            Party("Pannon-Forg Fémmegmunkáló Kft.", ["Kőrösi Csoma Sándor út 14.", "8000 Székesfehérvár, Maďarsko / Hungary"],
                  None, hu_vat(T_US)),
            sk_lines, datefmt="eu", moneyfmt="sp2",
            opts={"labels": {"no": "Faktúra č. / Invoice No.", "issue": "Dátum vystavenia / Issue date",
                             "fulf": "Dátum dodania / Delivery date", "due": "Dátum splatnosti / Due date",
                             "title": "FAKTÚRA – DAŇOVÝ DOKLAD / INVOICE", "bvat": "IČ DPH / VAT ID",
                             "cols": ["#", "Popis / Description", "Množstvo / Qty", "Cena / Unit price", "DPH / VAT", "Spolu / Amount"],
                             "net": "Základ / Net", "vat": "DPH / VAT", "gross": "Celkom na úhradu / Total due",
                             "svat": "IČ DPH"},
                  "extra_meta": [("Variabilný symbol", "2026110342"), ("Objednávka / Order", "PF-B-2026/0879"),
                                 ("Dodací list / Delivery note", "DL-26-8812")],
                  "contact": "IČO: 44218841<br>Tel. +421 37 655 1200", "reg": "OR OS Nitra, odd. Sro, vl. č. 28841/N",
                  "bank": "IBAN SK31 1100 0000 0029 4411 8812 · Tatra banka",
                  "tail": "<p class='note'>Strana 1/2 – pokračovanie / continued</p><div class='pb'></div>"
                          "<p class='note'><b>Poznámky / Notes</b></p><p class='note'>Oslobodené od dane – dodanie tovaru do iného "
                          "členského štátu podľa § 43 zákona o DPH. / VAT exempt intra-Community supply, Art. 138 of Directive 2006/112/EC.</p>"
                          "<p class='note'>Tovar zostáva majetkom predávajúceho až do úplného zaplatenia. / Goods remain our property until paid in full.</p>"
                          "<p class='note'>Strana 2/2</p>"}))

    add(Doc("g30_pl_szerwis", "foreign", "FV/1184/11/2026", "normal", "2026-11-24", "2026-11-23", "2026-12-08", "EUR",
            Party("Serwis Laser Polska Sp. z o.o.", ["ul. Przemysłowa 27", "43-300 Bielsko-Biała, Polska"], None, "PL5472219034"),
            Party("Pannon-Forg Fémmegmunkáló Kft.", ["Kőrösi Csoma Sándor út 14.", "8000 Székesfehérvár, Hungary"], None, hu_vat(T_US)),
            [L("Laser cutting head repair / Naprawa głowicy tnącej", 1, "szt.", 2380, "oo"),
             L("Protective window 37x7 / Szybka ochronna", 10, "szt.", 18.50, "oo"),
             L("Service engineer 2 days / Serwisant 2 dni", 16, "h", 72, "oo")],
            datefmt="iso", moneyfmt="en2",
            opts={"sym": "EUR", "labels": {"no": "Faktura VAT nr / Invoice no.", "issue": "Data wystawienia / Issue date",
                                         "fulf": "Data wykonania usługi / Service date", "due": "Termin płatności / Due date",
                                         "title": "FAKTURA VAT / INVOICE", "bvat": "NIP UE / EU VAT ID",
                                         "cols": ["Lp.", "Nazwa / Description", "Ilość / Qty", "Cena netto / Unit net", "VAT", "Wartość netto / Net"],
                                         "net": "Razem netto / Total net", "vat": "VAT", "gross": "Do zapłaty / Amount due",
                                         "svat": "NIP"},
                  "contact": "NIP: 547-221-90-34<br>KRS 0000412288", "bank": "IBAN PL61 1090 1014 0000 0712 1981 2874 · SWIFT WBKPPLPP",
                  "notes": ["Odwrotne obciążenie / Reverse charge – Art. 196 Directive 2006/112/EC. VAT to be accounted for by the customer.",
                            "Sposób płatności / Payment: przelew / bank transfer, 14 dni"]}))
    return docs

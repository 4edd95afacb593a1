# ruff: noqa
"""The 30 invented documents of blind set I: a town's cultural and sports nonprofit company, January 2027."""

from __future__ import annotations

import datetime as dt

from .core import D, Doc, Line, Party, hu_vat, tn

J = lambda d: dt.date(2027, 1, d)
DEC = lambda d: dt.date(2026, 12, d)
FEB = lambda d: dt.date(2027, 2, d)

# --- the company itself --------------------------------------------------------------------------------
US_TAX = tn("2874153", 2, "19")
US = Party("Hegyesdombi Kulturális és Sportlétesítmény Nonprofit Kft.", "8463 Hegyesdomb, Szabadság tér 4.", US_TAX, hu_vat(US_TAX))
US_EXTRA = ["Cégjegyzékszám: 19-09-518372", "Bankszámla: 11748052-20417733-00000000", "Tel.: +36 88 512 400"]


def us(vat=False, extra=None):
    return Party(US.name, US.addr, US.tax, US.vat, list(extra if extra is not None else []), show_vat=vat)


def us_seller(vat=False):
    return Party(US.name, US.addr, US.tax, US.vat, list(US_EXTRA), show_vat=vat)


def P(name, addr, seven, v, cc, extra=(), vat=False):
    t = tn(seven, v, cc)
    return Party(name, addr, t, hu_vat(t), list(extra), show_vat=vat)


L = lambda desc, qty, unit, price, rate, note="": Line(desc, D(str(qty)), unit, D(str(price)), rate, note)

TOWN_TAX = tn("1573408", 2, "19")
TOWN = Party("Hegyesdomb Város Önkormányzata", "8463 Hegyesdomb, Szabadság tér 1.", TOWN_TAX, hu_vat(TOWN_TAX),
             ["Törzskönyvi azonosító szám (PIR): 734419", "Áht. azonosító: 739251", "Számlaszám: 11748052-15734087-00000000"], show_vat=False)
SCHOOL_TAX = tn("1583526", 1, "41")
SCHOOL = Party("Bakonyaljai Tankerületi Központ", "8200 Veszprém, Jutasi út 12.", SCHOOL_TAX, hu_vat(SCHOOL_TAX),
               ["Törzskönyvi azonosító szám: 836512", "Kötelezettségvállalás száma: BTK/2027/0041"], show_vat=False)


def build() -> list[Doc]:
    docs: list[Doc] = []
    a = docs.append

    # i01 event technology rental — online invoicer boxes
    a(Doc("i01", "rendezvenytechnika", "onlinebox", "normal", "PST-2027-00042", J(8), J(6), J(22), "HUF",
          P("ProStage Rendezvénytechnika Kft.", "1118 Budapest, Dayka Gábor utca 17.", "2561873", 2, "43",
            ["Bankszámla: 10918001-00000068-61730009", "IBAN: HU42 1091 8001 0000 0068 6173 0009"]),
          us(extra=["Szállítási cím: Hegyesdombi Sportcsarnok, 8463 Hegyesdomb, Sport utca 2."]),
          [L("Line array hangrendszer bérlés (újévi koncert)", 1, "nap", 385000, 27),
           L("Színpadi fénytechnika – 24 db LED spot", 1, "nap", 214000, 27),
           L("Hangtechnikus díj", 14, "óra", 9500, 27),
           L("Szállítás, telepítés, bontás", 1, "alkalom", 96000, 27)],
          dfmt="dot", afmt="sp",
          opts={"brand": "ProStage", "tagline": "Hang • Fény • Színpad", "meta_extra": [("Megrendelés száma", "HKS-MR-2027/003")],
                "notes": ["Szerződésszám: PST-SZ-2026/118. Kérjük, utaláskor a számla sorszámát tüntesse fel."]}))

    # i02 catering — Word template, restaurant service 5% + drinks 27%
    a(Doc("i02", "catering_fogadas", "wordtpl", "normal", "IT-2027/0007", J(11), J(9), J(25), "HUF",
          P("Ízes Terítek Vendéglátó Bt.", "8460 Devecser, Kossuth Lajos utca 31.", "2204619", 2, "19",
            ["Bankszámla: 73200189-11264378", "Tel.: +36 30 418 2290"]),
          us(),
          [L("Állófogadás – hidegtál, meleg falatok (személy)", 120, "fő", 4900, 5),
           L("Felszolgálás (3 fő × 6 óra)", 18, "óra", 5200, 5),
           L("Pezsgő 0,75 l", 20, "üveg", 4200, 27),
           L("Ásványvíz, üdítő", 1, "csomag", 38500, 27)],
          dfmt="long", afmt="dot",
          opts={"blocks": [("Rendezvény:", "Újévi polgármesteri fogadás, Művelődési Ház nagyterme, 2027. 01. 09.")],
                "notes": ["A vendéglátás helyszíne: 8463 Hegyesdomb, Szabadság tér 4."]}))

    # i03 security — ERP printout, 3 pages, carry-over
    sec_lines = []
    events = ["Újévi koncert", "Jégdiszkó", "Kézilabda NB II mérkőzés", "Farsangi bál előkészítés", "Kiállításmegnyitó",
              "Futsal kupa", "Színházi előadás", "Ifjúsági táncház", "Asztalitenisz bajnokság", "Vállalkozói fórum",
              "Társastánc verseny", "Filmklub", "Kosárlabda mérkőzés", "Operett gála", "Jótékonysági est",
              "Úszóverseny", "Nyugdíjas klub", "Koncert – Bakony Big Band", "Kick-box gála", "Gyermekszínház",
              "Borkóstoló est", "Sakkverseny", "Teremlabdarúgás", "Családi nap"]
    for i, ev in enumerate(events):
        day = 2 + i if 2 + i <= 31 else 31
        sec_lines.append(L(f"Rendezvénybiztosítás – {ev} (2027.01.{day:02d}.)", 4 + (i % 5) * 2, "óra", 4650 if i % 3 else 5200, 27))
    sec_lines.append(L("Objektumőrzés – sportcsarnok, havidíj", 1, "hó", 612000, 27))
    sec_lines.append(L("Kamerarendszer távfelügyelet, havidíj", 1, "hó", 38000, 27))
    a(Doc("i03", "vagyonvedelem", "erp", "normal", "SZ/2027/000318", J(31), J(31), FEB(15), "HUF",
          P("Őrszem Vagyonvédelmi Zrt.", "8200 Veszprém, Házgyári út 9.", "1439620", 2, "19",
            ["Cg.: 19-10-500713", "Számlavezető: 11600006-00000000-48213907", "Működési engedély: SZVMSZK 2019/44"]),
          us(extra=["Vevőkód: V-004417"]),
          sec_lines, dfmt="iso", afmt="sp",
          opts={"per_page": 11, "hdr_extra": [("Vevőkód", "V-004417"), ("Szerződés", "ŐR-2025/061")],
                "pt_extra": [("Teljesítés helye", "Hegyesdombi Sportcsarnok és Művelődési Ház")],
                "notes": ["Fizetési mód: átutalás. Késedelmes fizetés esetén a Ptk. 6:155. § szerinti kamatot számítjuk fel."]}))

    # i04 cleaning — Excel grid
    a(Doc("i04", "takaritas", "excel", "normal", "TF-0012/2027", J(5), DEC(31), J(20), "HUF",
          P("Tisztafény Takarító Kft.", "8460 Devecser, Petőfi tér 3.", "2698047", 2, "19",
            ["OTP 11748045-20018856", "Cg. 19-09-516204"]),
          us(extra=["Szerződésszám: TF-2024/19"]),
          [L("Napi takarítás – Művelődési Ház, december", 1, "hó", 845000, 27),
           L("Napi takarítás – Sportcsarnok, december", 1, "hó", 1120000, 27),
           L("Rendezvény utáni nagytakarítás (szilveszter)", 1, "alkalom", 165000, 27),
           L("Higiéniai fogyóanyag (papírtörlő, szappan)", 1, "tétel", 87400, 27)],
          dfmt="dotsp", afmt="sp00",
          opts={"cur": " HUF", "grid_extra": [("Fizetési mód", "átutalás"), ("Időszak", "2026. 12. 01. – 2026. 12. 31.")]}))

    # i05 printing — reportlab classic, label under value
    a(Doc("i05", "nyomda_plakat", "rl_classic", "normal", "NYM 2027/00031", J(13), J(12), J(27), "HUF",
          P("Nyomdaműhely Print Kft.", "8400 Ajka, Bródy Imre utca 5.", "1307482", 2, "19",
            ["Bankszámla: 10700550-48211009-51100005", "Tel.: 88/210-333"]),
          us(extra=["Szállítási cím: Művelődési Ház, Szabadság tér 4."]),
          [L("Plakát A2, 4+0 színes, 170 g műnyomó", 300, "db", 185, 27),
           L("Szórólap A5, 4+4, 130 g", 5000, "db", 21.6, 27),
           L("Molinó 3×1 m, ringlizve", 2, "db", 14800, 27),
           L("Grafikai tervezés", 3, "óra", 12000, 27)],
          dfmt="abbr", afmt="dot",
          opts={"footer": "NyomtatványSoft Számla 9 – 1/1. oldal – Megrendelés: HKS-MR-2027/011",
                "notes": ["Megrendelés azonosító: HKS-MR-2027/011", "Fizetés: átutalással"]}))

    # i06 ticketing platform commission — online box, different program
    a(Doc("i06", "jegyertekesites_jutalek", "onlinebox", "normal", "JP-2027-0001388", J(4), DEC(31), J(14), "HUF",
          P("JegyPont Online Kft.", "1062 Budapest, Váci út 1-3.", "2518439", 2, "42",
            ["IBAN: HU93 1200 1008 0158 8346 0010 0002", "Ügyfélszolgálat: +36 1 555 0199"]),
          us(extra=["Partnerazonosító: JP-PARTNER-00871"]),
          [L("Jegyértékesítési jutalék – 2026. december (bruttó forgalom 6 482 300 Ft × 6,5%)", 1, "hó", 421350, 27),
           L("Bankkártyás fizetési tranzakciós díj (1 214 db)", 1214, "db", 45, 27),
           L("E-jegy kiküldés", 1, "hó", 12000, 27)],
          dfmt="iso", afmt="sp",
          opts={"brand": "JegyPont", "tagline": "online jegyértékesítés", "sl": "Szolgáltató", "bl": "Partner",
                "footer": "Számlázó: JegyPont saját elszámoló rendszer – a jutalékot az elszámolásból nem vonjuk le.",
                "notes": ["Elszámolási azonosító: ELSZ-2026-12-00871", "A jegyárbevétel továbbutalása külön elszámolás szerint történik."]}))

    # i07 electricity — utility, 3 pages
    el = []
    places = [("Művelődési Ház", "HU000120F11-S00000000000000412345"), ("Sportcsarnok", "HU000120F11-S00000000000000412377"),
              ("Uszoda gépház", "HU000120F11-S00000000000000412390")]
    for nm, pod in places:
        el += [L(f"{nm} – villamos energia díj (csúcs)", 10480 if nm != "Uszoda gépház" else 18220, "kWh", 48.92, 27, f"POD: {pod}"),
               L(f"{nm} – villamos energia díj (völgy)", 4210 if nm != "Uszoda gépház" else 9640, "kWh", 36.4, 27),
               L(f"{nm} – rendszerhasználati díj", 1, "hó", 96400 if nm != "Uszoda gépház" else 171300, 27),
               L(f"{nm} – teljesítménydíj", 63 if nm != "Uszoda gépház" else 110, "kW", 1170, 27),
               L(f"{nm} – energiaadó", 14690 if nm != "Uszoda gépház" else 27860, "kWh", 0.33, 27)]
    a(Doc("i07", "villamos_energia", "utility", "normal", "VA270001457", J(7), DEC(31), J(22), "HUF",
          P("Volta Áramkereskedő Zrt.", "1134 Budapest, Lehel utca 22.", "2309855", 2, "41",
            ["Bankszámla: 10401000-00028513-00000003", "Ügyfélszolgálat: 06 80 200 300"]),
          us(extra=["Felhasználó azonosító: 5002 1187 34", "Szerződéses folyószámla: 300145226"]),
          el, dfmt="dot", afmt="dot",
          opts={"brand": "VOLTA energia", "color": "#d4820a", "per_page": 6,
                "kv": [("Elszámolási időszak", "2026.12.01.–2026.12.31."), ("Ügyfélazonosító", "5002118734")],
                "site": ["3 felhasználási hely (részletezés a 2. oldaltól)", "8463 Hegyesdomb, Szabadság tér 4.", "8463 Hegyesdomb, Sport utca 2."],
                "notes": ["Mérőállás leolvasás: 2026.12.31. – Fogyasztás összesen: 57 540 kWh."]}))

    # i08 gas — reportlab table, 2 pages
    gas = []
    for nm, m3, mj in (("Művelődési Ház", 6120, 34.1), ("Sportcsarnok", 9870, 34.1)):
        kwh = int(m3 * mj / 3.6)
        gas += [L(f"{nm} – földgáz energiadíj", kwh, "kWh", 16.82, 27),
                L(f"{nm} – rendszerhasználati díj (forgalmi)", kwh, "kWh", 2.81, 27),
                L(f"{nm} – alapdíj", 1, "hó", 18400, 27),
                L(f"{nm} – kapacitásdíj", 40, "m3/h", 1325, 27),
                L(f"{nm} – energiaadó", int(kwh * 0.0036 * 1000) / 1000 if False else round(kwh * 3.6 / 1000), "GJ", 303, 27)]
    gas += [L("Gázmérő hitelesítési díj", 1, "db", 24000, 27), L("Késedelmi kamat (2026. november)", 1, "tétel", 1860, "KIVUL")]
    a(Doc("i08", "foldgaz", "rl_table", "normal", "GSZ-27-0048812", J(6), DEC(31), J(21), "HUF",
          P("Gázszolga Földgázkereskedelmi Zrt.", "6724 Szeged, Pulcz utca 44.", "1427750", 2, "06",
            ["Bankszámla: 11600006-00000000-12456677", "Engedély: MEKH 2113/2016"]),
          us(extra=["Ügyfélszám: 7100452890"]),
          gas, dfmt="slash", afmt="sp",
          opts={"per_page": 7, "rate_labels": {"KIVUL": "ÁFA tv. hatályán kívül"},
                "kv": [("Ügyfélszám", "7100452890"), ("Elszámolási időszak", "01/12/2026 – 31/12/2026")],
                "notes": ["A késedelmi kamat az ÁFA tv. hatályán kívüli tétel.", "Fűtőérték: 34,1 MJ/m3"],
                "footer": "Gázszolga ügyfélrendszer – számlakép"}))

    # i09 district heating — utility, 5%
    a(Doc("i09", "tavho", "utility", "normal", "THK-2027-000219", J(5), DEC(31), J(20), "HUF",
          P("Hegyesdombi Távhőszolgáltató Kft.", "8463 Hegyesdomb, Ipari út 7.", "1136024", 2, "19",
            ["Bankszámla: 11748052-20003156-00000000", "Hibabejelentés: 88/512-900"]),
          us(extra=["Felhasználó azonosító: TH-000388"]),
          [L("Távhő alapdíj – Művelődési Ház (légtérfogat)", 8420, "lm3", 19.5, 5),
           L("Távhő hődíj – Művelődési Ház", 212.4, "GJ", 5860, 5),
           L("Használati melegvíz-készítés hődíja", 18.7, "GJ", 5860, 5),
           L("Hőközpont karbantartás (nem lakossági)", 1, "hó", 42000, 27)],
          dfmt="dotsp", afmt="sp",
          opts={"brand": "Hegyesdombi TÁVHŐ", "color": "#b22222", "pg_fmt": "{i}/{n}. oldal",
                "kv": [("Elszámolási időszak", "2026. 12. 01. – 2026. 12. 31."), ("Hőmennyiségmérő", "HM-11093")],
                "site": ["Művelődési Ház", "8463 Hegyesdomb, Szabadság tér 4."],
                "notes": ["A távhőszolgáltatás áfája az Áfa tv. 3. sz. melléklet szerint 5%."]}))

    # i10 water — utility, 3 pages, carry-over
    wl = []
    meters = [("Művelődési Ház főmérő", "VM-22817", 184), ("Művelődési Ház büfé", "VM-22819", 23), ("Sportcsarnok főmérő", "VM-30442", 412),
              ("Sportcsarnok öltözők", "VM-30447", 96), ("Uszoda pótvíz", "VM-30460", 1380), ("Locsolómérő park", "VM-30475", 0)]
    for nm, mid, m3 in meters:
        wl.append(L(f"{nm} – ivóvíz díj", m3, "m3", 412, 27, f"Mérő: {mid}"))
        wl.append(L(f"{nm} – szennyvízelvezetés díja", m3, "m3", 598, 27))
        wl.append(L(f"{nm} – alapdíj", 1, "hó", 3860, 27))
    a(Doc("i10", "viz_csatorna", "utility", "normal", "BV/2027/0124871", J(12), DEC(31), J(27), "HUF",
          P("Bakonyvíz Regionális Víziközmű Zrt.", "8200 Veszprém, Budapest út 2.", "1156213", 2, "19",
            ["Bankszámla: 11748007-20024517-00000000", "Ügyfélszolgálat: 06 88 555 010"]),
          us(extra=["Felhasználó azonosító: 0400071120"]),
          wl, dfmt="dot", afmt="sp",
          opts={"brand": "BAKONYVÍZ", "color": "#1565c0", "per_page": 8,
                "kv": [("Felhasználó azonosító", "0400071120"), ("Számlázási időszak", "2026.12.01.-2026.12.31.")],
                "dl": "Felhasználási helyek", "site": ["8463 Hegyesdomb, Szabadság tér 4.", "8463 Hegyesdomb, Sport utca 2.", "8463 Hegyesdomb, Park sor (locsoló)"],
                "notes": ["Víziközmű-fejlesztési hozzájárulás nem került felszámításra."]}))

    # i11 waste — municipality-owned company, municipal finance system
    a(Doc("i11", "hulladek", "municipal", "normal", "HG-K/2027/00114", J(8), DEC(31), J(23), "HUF",
          P("Hulladékgazda Közszolgáltató Nonprofit Kft.", "8460 Devecser, Hulladéklerakó út 1.", "2445716", 2, "19",
            ["Cg.: 19-09-512880", "Bankszámla: 11748045-20098811-00000000"]),
          us(),
          [L("Vegyes hulladék gyűjtése, 1100 l edény ürítés", 26, "ürítés", 9850, 27),
           L("Szelektív hulladék gyűjtése, 1100 l", 9, "ürítés", 4200, 27),
           L("Rendezvényi többlethulladék elszállítása (szilveszter)", 1, "alkalom", 58000, 27),
           L("Edénybérleti díj", 6, "db/hó", 1650, 27)],
          dfmt="dot", afmt="sp",
          opts={"system": "VárosGazd közszolgáltatási számlázó – Hulladékgazda", "printed": "2027.01.08. 09:14",
                "left_info": [("Ügyfélszám", "HG-020117"), ("Közszolgáltatási szerződés", "KSZ-2023/0388"), ("Időszak", "2026. december")],
                "clerk": "Számlázási csoport"}))

    # i12 telecom — ERP, 2 pages
    tl = []
    for i, (num, who) in enumerate([("+36 30 412 1001", "igazgató"), ("+36 30 412 1002", "gazdasági vezető"), ("+36 30 412 1003", "rendezvényszervező"),
                                      ("+36 30 412 1004", "gondnok"), ("+36 30 412 1005", "sportcsarnok ügyelet"), ("+36 30 412 1006", "pénztár"),
                                      ("+36 30 412 1007", "műszak"), ("+36 30 412 1008", "marketing")]):
        tl.append(L(f"Mobil előfizetés {num} ({who}) – Üzleti S díjcsomag", 1, "hó", 4990, 27))
        tl.append(L(f"  {num} – forgalmi díjak", 1, "tétel", 820 + i * 310, 27))
    tl += [L("Üzleti internet 1000/300 Mbit – Szabadság tér 4.", 1, "hó", 24900, 27),
           L("Fix IP-cím", 1, "hó", 3500, 27), L("Vezetékes telefon alapdíj (3 vonal)", 3, "vonal", 2890, 27)]
    a(Doc("i12", "telekom", "erp", "normal", "HT-27-01-88312045", J(3), DEC(31), J(18), "HUF",
          P("Hullámvonal Telekom Nyrt.", "1097 Budapest, Könyves Kálmán körút 36.", "1093354", 2, "44",
            ["Bankszámla: 10800007-22090011-00000000"]),
          us(extra=["Ügyfélszám: 2.000.418.877", "Számlaküldési cím: 8463 Hegyesdomb, Pf. 27."]),
          tl, dfmt="eu", afmt="dot",
          opts={"per_page": 10, "font": "'DejaVu Sans Condensed'", "size": "8.5pt",
                "hdr_extra": [("Ügyfélszám", "2.000.418.877"), ("Számlázási időszak", "01.12.2026–31.12.2026")],
                "notes": ["Ügyfélszolgálat: 1414 – a számla elektronikusan is elérhető az ügyfélportálon."]}))

    # i13 foreign EU stage equipment supplier (goods, intra-Community supply), EUR
    a(Doc("i13", "buhnenwerk_eur", "foreign", "normal", "RE-2027-00097", J(14), J(12), FEB(13), "EUR",
          Party("Bühnenwerk Technik GmbH", "Industriestraße 14, 4020 Linz, Austria", None, "ATU68412207",
                ["IBAN: AT61 3400 0000 0412 8833", "BIC: RZOOAT2L", "FN 418822 x, Landesgericht Linz"]),
          us(vat=True),
          [L("Truss system F34, 3 m segment", 8, "pcs", 289.5, "EU"),
           L("Chain hoist 500 kg, D8+", 2, "pcs", 1385, "EU"),
           L("Stage platform 2x1 m, adjustable legs", 6, "pcs", 412.75, "EU"),
           L("Freight DAP Hegyesdomb", 1, "lot", 320, "EU")],
          dfmt="eu", afmt="en",
          opts={"cur": "EUR ", "rate_labels": {"EU": "0%"}, "contact": ["Tel. +43 732 778 410", "office@buehnenwerk.example"],
                "ship": ["Hegyesdombi Sportcsarnok – raktár", "Sport utca 2., 8463 Hegyesdomb, Hungary"],
                "kv": [("Customer no.", "K-20518"), ("Your order", "HKS-MR-2026/244")],
                "notes": ["Tax-exempt intra-Community supply of goods, Art. 138 Directive 2006/112/EC (§ 7 UStG).",
                          "Steuerfreie innergemeinschaftliche Lieferung."]}))

    # i14 foreign artists' agency — services, reverse charge, EUR
    a(Doc("i14", "artist_agency_rc", "foreign", "normal", "LAA/27/0012", J(18), J(16), J(31), "EUR",
          Party("Lumière Artists Agency B.V.", "Keizersgracht 402, 1016 GC Amsterdam, Netherlands", None, "NL859372614B01",
                ["KvK 71843302", "IBAN: NL20 INGB 0006 8412 77"]),
          us(vat=True),
          [L("Booking fee – concert 'Winter Strings', Hegyesdomb, 16 Jan 2027", 1, "event", 3800, "RC"),
           L("Artist travel & accommodation (lump sum)", 1, "lot", 940, "RC"),
           L("Technical rider coordination", 1, "lot", 260, "RC")],
          dfmt="slash", afmt="eu",
          opts={"cur": " €", "rate_labels": {"RC": "RC"}, "title": "INVOICE / SZÁMLA", "supply_label": "Performance date",
                "contact": ["bookings@lumiere-artists.example", "+31 20 555 0142"], "kv": [("Contract ref.", "LAA-C-2026-318")],
                "vat_note": "(reverse charge)",
                "notes": ["Reverse charge – VAT to be accounted for by the recipient, Art. 196 Directive 2006/112/EC.",
                          "Fordított adózás – az adót a szolgáltatás igénybevevője fizeti."]}))

    # i15 insurance — exempt (TAM), municipal-style formal template from an insurer's system
    a(Doc("i15", "biztositas_tam", "municipal", "normal", "PKB-2027-004411", J(4), J(1), J(19), "HUF",
          P("Pannon Kölcsönös Biztosító Egyesület", "9022 Győr, Árpád út 38.", "1870036", 1, "08",
            ["Bankszámla: 10300002-10552433-49020019", "MNB engedély: H-EN-I-447/2014"]),
          us(),
          [L("Rendezvény-felelősségbiztosítási díj, 2027. I. negyedév", 1, "negyedév", 186000, "TAM"),
           L("Csoportos balesetbiztosítás – sportesemények résztvevői", 1, "negyedév", 94500, "TAM")],
          dfmt="long", afmt="sp",
          opts={"system": "PKB Biztosítási Ügyviteli Rendszer", "printed": "2027. január 4.", "sl": "Biztosító", "bl": "Szerződő",
                "rate_labels": {"TAM": "TAM"}, "left_info": [("Kötvényszám", "PKB-FB-0077124"), ("Szerződő azonosító", "SZ-441876")],
                "notes": ["Tárgyi adómentes szolgáltatás – Áfa tv. 86. § (1) bekezdés e) pontja alapján."], "clerk": "Díjelszámolás"}))

    # i16 bank fee invoice — reportlab classic, exempt financial service
    a(Doc("i16", "bank_dij", "rl_classic", "normal", "DTB-2027-1-00058813", J(2), DEC(31), J(2), "HUF",
          P("Dunakanyar Takarékbank Zrt.", "2600 Vác, Széchenyi utca 11.", "1027739", 4, "13",
            ["BIC: DUTAHUHB", "Felügyeleti engedély: MNB E-III/110/2015"]),
          us(extra=["Bankszámla: 11748052-20417733-00000000"]),
          [L("Számlavezetési díj – 2026. december", 1, "hó", 6500, "TAM"),
           L("Elektronikus banki csomag díja", 1, "hó", 4200, "TAM"),
           L("Forint átutalás tranzakciós díj", 148, "db", 95, "TAM"),
           L("Készpénzfelvét jutaléka", 3, "db", 1450, "TAM"),
           L("Bankkártya éves díj", 2, "db", 8900, "TAM")],
          dfmt="dot", afmt="sp",
          opts={"title": "SZÁMLA – bankköltségek", "sl": "Bank", "bl": "Ügyfél", "copy": "Elektronikus példány",
                "gross_label": "Terhelt összeg", "rate_labels": {"TAM": "TAM"},
                "notes": ["Tárgyi adómentes pénzügyi szolgáltatás (Áfa tv. 86. § (1) b) pont).",
                          "A díjak a 11748052-20417733-00000000 számú számláról 2027.01.02-án terhelésre kerültek."]}))

    # i17 municipality invoices the company (rent of a municipal property) — municipal system
    a(Doc("i17", "onkormanyzat_berleti", "municipal", "normal", "ÖNK-2027/000023", J(6), J(5), J(20), "HUF",
          TOWN, us(),
          [L("Szabadtéri színpad és park bérleti díja – 2027. január", 1, "hó", 250000, 27),
           L("Raktárhelyiség bérleti díja (Ipari út 3.) – 2027. január", 1, "hó", 84000, 27),
           L("Közterület-használati díj (rendezvényi standok)", 1, "tétel", 36000, "KIVUL")],
          dfmt="dot", afmt="sp",
          opts={"printed": "2027.01.06. 10:02", "rate_labels": {"KIVUL": "Áfa tv. hatályán kívül"}, "copy": "EREDETI",
                "left_info": [("Bérleti szerződés", "ÖNK/VAG/112-4/2024"), ("Kormányzati funkció", "082091")],
                "clerk": "Pénzügyi Iroda – Kovácsné T. Ildikó"}))

    # i18 the company invoices the state school district (PE lessons in the sports hall) — own system
    a(Doc("i18", "tankerulet_teremberlet", "ownsys", "normal", "HKS-2027/000012", J(7), J(6), J(22), "HUF",
          us_seller(), SCHOOL,
          [L("Sportcsarnok használata – testnevelés órák, 2027. január", 64, "óra", 7800, 27),
           L("Tanuszoda használat – úszásoktatás", 22, "óra", 14500, 27),
           L("Öltöző és zuhanyzó használat", 1, "hó", 45000, 27)],
          dfmt="abbr", afmt="sp",
          opts={"kv": [("Szerződésszám", "BTK-SZ-2026/221"), ("Fizetési mód", "átutalás")],
                "post": ["Bakonyaljai Tankerületi Központ – Gazdasági Osztály", "8201 Veszprém, Pf. 310."]}))

    # i19 sponsorship invoice the company issues — own system
    a(Doc("i19", "szponzoracio", "ownsys", "normal", "HKS-2027/000019", J(15), J(15), J(30), "HUF",
          us_seller(vat=True),
          P("Szélmalom Energia Kft.", "8200 Veszprém, Kistó utca 20.", "2653301", 2, "19", ["Cg. 19-09-520017"], vat=True),
          [L("Reklámszolgáltatás – főtámogatói megjelenés, Hegyesdombi Téli Fesztivál 2027", 1, "csomag", 2400000, 27),
           L("Molinós megjelenés a sportcsarnokban (6 hónap)", 6, "hó", 65000, 27)],
          dfmt="dot", afmt="dot",
          opts={"kv": [("Szponzori szerződés", "SZP-2026/09")], "copy": "1. példány – Eredeti",
                "notes": ["A támogatás ellenében nyújtott reklámszolgáltatás ellenértéke."]}))

    # i20 hall rental to a company — own system, but with delivery address and watermark-free
    a(Doc("i20", "teremberlet_ceg", "ownsys", "normal", "HKS-2027/000024", J(20), J(19), FEB(4), "HUF",
          us_seller(),
          P("Bakonyi Gépgyártó Zrt.", "8400 Ajka, Gyártelep 1.", "1082377", 2, "19", ["Vevőkód: B-0311"]),
          [L("Nagyterem bérleti díja – céges évnyitó (8 óra)", 8, "óra", 38000, 27),
           L("Színpadtechnika használata", 1, "alkalom", 65000, 27),
           L("Ruhatár szolgáltatás", 1, "alkalom", 24000, 27),
           L("Takarítási díj", 1, "alkalom", 30000, 27)],
          dfmt="iso", afmt="sp",
          opts={"kv": [("Megrendelés", "BGY-PO-2027-0017")], "dl": "POSTÁZÁSI CÍM",
                "post": ["Bakonyi Gépgyártó Zrt. – Pénzügy", "8401 Ajka, Pf. 55."]}))

    # i21 hall rental to a private person — reportlab table
    a(Doc("i21", "teremberlet_magan", "rl_table", "normal", "HKS-2027/000027", J(25), J(23), J(25), "HUF",
          us_seller(),
          Party("Kovácsné Tarr Edina", "8463 Hegyesdomb, Rózsa utca 14.", None, None, ["Telefon: +36 20 381 4467"]),
          [L("Kisterem bérlése – családi rendezvény (2027.01.23.)", 6, "óra", 18000, 27),
           L("Konyha használat", 1, "alkalom", 15000, 27),
           L("Asztalterítő, székszoknya bérlés", 40, "db", 450, 27)],
          dfmt="dotsp", afmt="sp",
          opts={"pay": "készpénz", "kv": [("Bérleti megállapodás", "BM-2027/006")], "fonts": ("DV", "DV-B"),
                "footer": "KultúrSzámla 2026 – nyomtatott példány", "gross_label": "Fizetve:",
                "notes": ["A fizetés készpénzben megtörtént."]}))

    # i22 advance invoice for renovation — Word template
    a(Doc("i22", "felujitas_eloleg", "wordtpl", "advance", "VM-E-2027/003", J(4), J(4), J(11), "HUF",
          P("Vakolat-Mester Építőipari Kft.", "8400 Ajka, Fő utca 90.", "2739118", 2, "19",
            ["Bankszámla: 12094507-01382215-00100005", "Cg. 19-09-519944"]),
          us(),
          [L("Előleg – Sportcsarnok öltözőinek felújítása (Vállalkozási szerződés VSZ-2026/14, 30%)", 1, "tétel", 3744000, 27)],
          dfmt="long", afmt="dash",
          opts={"title": "ELŐLEGSZÁMLA", "place": "Ajka", "vs": False, "cur": "",
                "blocks": [("Munkavégzés helye:", "Hegyesdombi Sportcsarnok, 8463 Hegyesdomb, Sport utca 2.")],
                "notes": ["Az előleg összege a vállalkozási díj 30%-a. Építési engedélyhez nem kötött munka."]}))

    # i23 final invoice for the renovation — Word template
    a(Doc("i23", "felujitas_vegszamla", "wordtpl", "final", "VM-2027/0019", J(29), J(28), FEB(12), "HUF",
          P("Vakolat-Mester Építőipari Kft.", "8400 Ajka, Fő utca 90.", "2739118", 2, "19",
            ["Bankszámla: 12094507-01382215-00100005", "Cg. 19-09-519944"]),
          us(),
          [L("Öltözők felújítása – burkolás, festés, vizesblokk (VSZ-2026/14)", 1, "tétel", 10860000, 27),
           L("Pótmunka: zuhanyzó csaptelepek cseréje", 1, "tétel", 1620000, 27),
           L("Levonva: VM-E-2027/003 sz. előlegszámla nettó összege", -1, "tétel", 3744000, 27)],
          dfmt="long", afmt="dash",
          opts={"title": "VÉGSZÁMLA", "place": "Ajka", "cur": "",
                "blocks": [("Munkavégzés helye:", "Hegyesdombi Sportcsarnok, 8463 Hegyesdomb, Sport utca 2."),
                           ("Teljes vállalkozási díj:", "nettó 12.480.000,-, áfa 3.369.600,-, bruttó 15.849.600,-")],
                "notes": ["Átadás-átvételi jegyzőkönyv: 2027. január 28.", "A levont előleg áfája: 1.010.880,-"]}))

    # i24 correction of the catering invoice (fewer guests) — Word template
    a(Doc("i24", "catering_helyesbito", "wordtpl", "correction", "IT-2027/0011", J(19), J(9), J(25), "HUF",
          P("Ízes Terítek Vendéglátó Bt.", "8460 Devecser, Kossuth Lajos utca 31.", "2204619", 2, "19",
            ["Bankszámla: 73200189-11264378", "Tel.: +36 30 418 2290"]),
          us(),
          [L("Állófogadás – létszámkülönbözet (120 fő helyett 104 fő)", -16, "fő", 4900, 5),
           L("Pezsgő 0,75 l – visszáru", -4, "üveg", 4200, 27)],
          preceding="IT-2027/0007", dfmt="long", afmt="dot",
          opts={"title": "HELYESBÍTŐ SZÁMLA", "ref_label": "A helyesbített (eredeti) számla sorszáma",
                "gross_label": "Visszatérítendő:",
                "notes": ["Módosítás oka: a ténylegesen megjelent vendégek száma 104 fő."]}))

    # i25 storno of an own invoice — reportlab classic with a copy stamp
    a(Doc("i25", "sztorno_teremberlet", "rl_classic", "storno", "HKS-2027/000029", J(26), J(14), J(29), "HUF",
          us_seller(),
          P("Dallamház Zeneiskola Kft.", "8460 Devecser, Deák tér 2.", "2841005", 2, "19", ["Vevőkód: D-0117"]),
          [L("Kisterem bérleti díja – vizsgakoncert (sztornó)", -5, "óra", 16000, 27),
           L("Hangosítás (sztornó)", -1, "alkalom", 28000, 27)],
          preceding="HKS-2027/000016", dfmt="iso", afmt="sp",
          opts={"title": "SZTORNÓ SZÁMLA", "ref_label": "Érvénytelenített számla sorszáma", "sl": "Eladó", "bl": "Vevő",
                "stamp": "MÁSOLAT", "copy": "2. példány",
                "footer": "KultúrSzámla 2026 – asztali számlázó – 1/1. oldal",
                "notes": ["A HKS-2027/000016 sorszámú számlát téves vevőadatok miatt érvénytelenítjük."]}))

    # i26 proforma (díjbekérő) — Excel grid
    a(Doc("i26", "dijbekero_konferencia", "excel", "proforma", "DB-2027-0004", J(10), None, J(20), "HUF",
          P("Kulturális Menedzserek Országos Egyesülete", "1011 Budapest, Corvin tér 8.", "1865417", 1, "41",
            ["Bankszámla: 10402142-50526574-69811002"]),
          us(),
          [L("Részvételi díj – Kultúra és Közösség konferencia, Siófok, 2027. február", 3, "fő", 38000, 27),
           L("Szállás 2 éj, kétágyas szoba", 2, "szoba", 52000, 27)],
          dfmt="dot", afmt="sp",
          opts={"title": "DÍJBEKÉRŐ", "nolabel": "Díjbekérő száma", "gross_label": "Fizetendő",
                "notes": ["A díjbekérő nem számla, áfa levonására nem jogosít. A számlát a befizetés után állítjuk ki."]}))

    # i27 book shop — online invoicer, 5% books + 27% stationery
    a(Doc("i27", "konyvesbolt", "onlinebox", "normal", "LKH/2027/000156", J(21), J(21), FEB(5), "HUF",
          P("Lapozó Könyvesház Kft.", "8200 Veszprém, Óváros tér 6.", "2398741", 2, "19",
            ["Bankszámla: 11600006-00000000-77412590"]),
          us(extra=["Szállítási cím: Városi Könyvtár, 8463 Hegyesdomb, Szabadság tér 4., I. em."]),
          [L("Könyvtári állománygyarapítás – szépirodalom", 42, "db", 3980, 5),
           L("Ismeretterjesztő gyermekkönyvek", 18, "db", 2790, 5),
           L("Naptár 2027, falinaptár", 10, "db", 1890, 27),
           L("Könyvborító fólia, tekercs", 4, "tekercs", 6200, 27)],
          dfmt="abbr", afmt="sp",
          opts={"brand": "Lapozó", "tagline": "könyvesház · Veszprém", "sl": "Számla kiállítója", "bl": "Számla befogadója",
                "footer": "Készült a Konyvelo.online számlázóval – számla azonosító a NAV Online Számla rendszerben.",
                "meta_extra": [("Rendelésszám", "LK-W-88123")]}))

    # i28 bakery — ERP printout, 18% + 27%
    a(Doc("i28", "pekaru_buffet", "erp", "normal", "PM-2027-000231", J(16), J(15), J(30), "HUF",
          P("Pékmanufaktúra Hegyesdomb Kft.", "8463 Hegyesdomb, Malom utca 3.", "2957340", 2, "19",
            ["Bankszámla: 11748052-20122345-00000000"]),
          us(extra=["Átvételi hely: Sportcsarnok büfé"]),
          [L("Fehér kenyér 1 kg", 40, "db", 520, 18), L("Kakaós csiga", 240, "db", 210, 27),
           L("Túrós pogácsa", 10, "kg", 3900, 27), L("Tej 2,8% 1 l", 30, "db", 410, 18),
           L("Natúr joghurt 150 g", 48, "db", 185, 18)],
          dfmt="dot", afmt="sp",
          opts={"font": "'DejaVu Sans'", "size": "8.5pt",
                "hdr_extra": [("Szállítólevél", "SZL-2027-0044, -0051, -0058")]}))

    # i29 AAM photographer — reportlab classic
    a(Doc("i29", "fotos_aam", "rl_classic", "normal", "2027/004", J(17), J(16), J(24), "HUF",
          P("Szalay Bence e.v.", "8460 Devecser, Vár utca 9.", "6741320", 1, "39",
            ["Nyilvántartási szám: 55183902", "Bankszámla: 11773346-01122987"]),
          us(),
          [L("Rendezvényfotózás – Winter Strings koncert", 4, "óra", 15000, "AAM"),
           L("Képek utómunkája, átadás online galériában", 1, "tétel", 22000, "AAM")],
          dfmt="eu", afmt="sp",
          opts={"fonts": ("DVS", "DVS-B"), "sl": "Eladó", "bl": "Vevő", "copy": "Eredeti",
                "rate_labels": {"AAM": "AAM"}, "footer": "Készült kézi számlázó sablonnal – 1/1",
                "notes": ["Alanyi adómentes – az Áfa tv. 187. §-a alapján."]}))

    # i30 domestic lighting rental invoiced in EUR with 27% VAT and the HUF VAT line — online box
    a(Doc("i30", "fenyberles_eur", "onlinebox", "normal", "FO-2027-0008", J(22), J(20), FEB(5), "EUR",
          P("Fényóceán Light Rental Kft.", "2040 Budaörs, Szabadság út 117.", "2814407", 2, "13",
            ["EUR számla: HU70 1040 0463 0000 0000 0000 0000", "Tel.: +36 23 500 180"]),
          us(),
          [L("Mozgófejes lámpa bérlés (12 db × 2 nap)", 24, "db/nap", 42.5, 27),
           L("Fénypult grandMA3 compact", 2, "nap", 180, 27),
           L("Ködgép, hazer", 2, "nap", 35, 27),
           L("Fénytechnikus", 16, "óra", 28, 27)],
          dfmt="dot", afmt="eu",
          opts={"cur": " €", "brand": "FÉNYÓCEÁN", "tagline": "light rental", "vs": True,
                "meta_extra": [("Árfolyam (MNB)", "1 EUR = 404,12 HUF")],
                "notes": ["Az áfa összege forintban: 207 095 Ft (MNB 2027.01.20. árfolyam: 404,12 HUF/EUR).",
                          "Projektszám: FO-P-2027-003"]}))
    return docs

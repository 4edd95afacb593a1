# ruff: noqa
"""Invented firms, items and invoices for blind set ZA (long wholesaler invoices)."""
import random
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SELLERS = {
    "food": dict(name="Tiszamenti Élelmiszer-Nagykereskedelmi Kft.", tax="14528736-2-06", eu="HU14528736",
                 addr="6728 Szeged, Kereskedő körút 14.", bank="10918001-00000341-72550006", short="TIMÉL"),
    "pharma": dict(name="Medivita Gyógyszer-nagykereskedelmi Zrt.", tax="23107845-2-13", eu="HU23107845",
                   addr="2040 Budaörs, Raktárváros utca 3.", bank="12010855-01466210-00100007", short="MEDIVITA"),
    "build": dict(name="Kőkapu Építőanyag-kereskedés Kft.", tax="11846320-2-20", eu="HU11846320",
                  addr="8900 Zalaegerszeg, Téglagyári út 22.", bank="11749008-20154873-00000000", short="KŐKAPU"),
    "elec": dict(name="VoltPont Elektronikai Disztribúciós Kft.", tax="25649013-2-43", eu="HU25649013",
                 addr="1097 Budapest, Gyáli út 41/B.", bank="10402142-50526788-49481005", short="VOLTPONT"),
    "office": dict(name="Irodakas Papír- és Irodaszer Nagykereskedés Bt.", tax="21734558-2-09", eu="HU21734558",
                   addr="4031 Debrecen, Határ út 7.", bank="11738008-20987412-00000000", short="IRODAKAS"),
    "auto": dict(name="Futómű-Pláza Autóalkatrész Nagykereskedelem Kft.", tax="13092874-2-15", eu="HU13092874",
                 addr="4400 Nyíregyháza, Kótaji út 55.", bank="10300002-10638415-49020014", short="FUTÓMŰ-PLÁZA"),
    "food2": dict(name="Hegyalja Friss Disztribúció Zrt.", tax="26470519-2-05", eu="HU26470519",
                  addr="3527 Miskolc, Sajószigeti út 9.", bank="11734004-20412877-00000000", short="HEGYALJA FRISS"),
    "build2": dict(name="Dunakavics Tüzép és Építőanyag Kft.", tax="12658837-2-07", eu="HU12658837",
                   addr="2400 Dunaújváros, Papírgyári út 18.", bank="11600006-00000000-41978335", short="DUNAKAVICS"),
    # foreign distributors (EUR)
    "at_elec": dict(name="Alpenstrom Elektronik Vertriebs GmbH", tax=None, eu="ATU68421937",
                    addr="A-4020 Linz, Industriezeile 47", bank="IBAN AT61 3400 0000 0684 2193", short="ALPENSTROM"),
    "de_auto": dict(name="Rheinachse Autoteile Großhandel GmbH", tax=None, eu="DE287461935",
                    addr="D-50829 Köln, Mathias-Brüggen-Straße 88", bank="IBAN DE44 3705 0198 0028 7461 93", short="RHEINACHSE"),
}

BUYERS = [
    dict(name="Sárközi Vendéglátó és Szálloda Kft.", tax="24816037-2-17", eu="HU24816037", addr="7100 Szekszárd, Garay tér 5."),
    dict(name="Patika-Lánc Egészségtár Zrt.", tax="27361942-2-41", eu="HU27361942", addr="1134 Budapest, Váci út 76."),
    dict(name="Bakonyépítő Generálkivitelező Kft.", tax="13579246-2-19", eu="HU13579246", addr="8200 Veszprém, Kistó utca 12."),
    dict(name="Kiskun Műszaki Áruház Kft.", tax="22094618-2-03", eu="HU22094618", addr="6000 Kecskemét, Izsáki út 31."),
    dict(name="Pannon Oktatási Központ Nonprofit Kft.", tax="18254397-2-08", eu="HU18254397", addr="9022 Győr, Bajcsy-Zsilinszky út 44."),
    dict(name="Gyorsjavító Autószerviz Bt.", tax="26813054-2-10", eu="HU26813054", addr="3300 Eger, Kertész utca 101."),
    dict(name="Harmatcsepp Élelmiszerbolt-hálózat Kft.", tax="25197036-2-14", eu="HU25197036", addr="7400 Kaposvár, Füredi utca 62."),
    dict(name="Vértes Lakópark Projekt Kft.", tax="28430617-2-11", eu="HU28430617", addr="2800 Tatabánya, Győri út 3."),
    dict(name="Sólyom Patika Bt.", tax="21348576-1-16", eu=None, addr="5000 Szolnok, Baross utca 19."),
    dict(name="Bitpark Informatikai Szolgáltató Zrt.", tax="24759381-2-42", eu="HU24759381", addr="1139 Budapest, Röppentyű utca 58."),
    dict(name="Kovács Gábor e.v.", tax="67219834-1-33", eu=None, addr="2600 Vác, Zrínyi utca 8."),
    dict(name="Balatonparti Üdülőszövetkezet", tax="19083745-2-14", eu="HU19083745", addr="8630 Balatonboglár, Kikötő utca 2."),
]

ITEMS = {
    "food": [("Trappista sajt tömb 2,5 kg", "kg", 2890, "18"), ("UHT tej 2,8% 1 l", "db", 389, "5"), ("Sertéscomb csont nélkül", "kg", 2290, "5"),
             ("Csirkemell filé fagyasztott", "kg", 1890, "5"), ("Tojás M-es 30 db/tálca", "tálca", 2150, "5"),
             ("Paprikás kolbász 400 g", "db", 1590, "27"), ("Napraforgó étolaj 1 l", "db", 749, "27"), ("Kristálycukor 1 kg", "kg", 429, "27"),
             ("BL55 finomliszt 1 kg", "kg", 279, "27"), ("Fehér kenyér 1 kg szeletelt", "db", 699, "18"), ("Tejföl 20% 330 g", "db", 459, "18"),
             ("Ásványvíz szénsavas 1,5 l", "db", 189, "27"), ("Almalé 100% 1 l", "db", 529, "27"), ("Vaj 82% 200 g", "db", 899, "18"),
             ("Sertészsír 1 kg", "kg", 1190, "5"), ("Vöröshagyma 10 kg/zsák", "zsák", 2490, "27"), ("Burgonya 25 kg/zsák", "zsák", 4990, "27"),
             ("Rizs hosszúszemű 1 kg", "kg", 699, "27"), ("Paradicsompüré 500 g", "db", 449, "27"), ("Natúr joghurt 150 g", "db", 159, "18")],
    "pharma": [("Algopyrin 500 mg tabletta 20x", "doboz", 1245, "5"), ("No-Spa 40 mg tabletta 24x", "doboz", 1690, "5"),
               ("Cataflam 50 mg bevont tabletta 20x", "doboz", 1530, "5"), ("Vitamin C 1000 mg pezsgőtabletta 20x", "tubus", 890, "27"),
               ("Orrspray tengervizes 20 ml", "db", 1380, "5"), ("Sebtapasz vegyes 20 db", "csomag", 640, "27"),
               ("Fertőtlenítő kézgél 500 ml", "db", 1490, "27"), ("Lázmérő digitális", "db", 2390, "27"),
               ("Magnézium + B6 tabletta 60x", "doboz", 2150, "27"), ("Szemcsepp műkönny 10 ml", "db", 2760, "5"),
               ("Köhögéscsillapító szirup 100 ml", "üveg", 1920, "5"), ("Gyógyszertári papírzacskó 1000 db", "karton", 4300, "27"),
               ("Ibuprofen 400 mg filmtabletta 30x", "doboz", 1340, "5"), ("Omega-3 kapszula 90x", "doboz", 3990, "27"),
               ("Steril gézlap 10x10 cm 100 db", "doboz", 2450, "27"), ("Babaápoló krém 100 ml", "db", 1190, "27")],
    "build": [("Falazóblokk B30 (30x24x23,8)", "db", 389, "27"), ("Portlandcement CEM II 25 kg", "zsák", 2390, "27"),
              ("Gipszkarton 12,5 mm 1200x2000", "tábla", 2890, "27"), ("Hőszigetelő EPS 80 10 cm", "m2", 3150, "27"),
              ("Betonacél B500B 12 mm", "kg", 385, "27"), ("Cserép Tondach hornyolt natúr", "db", 478, "27"),
              ("Csemperagasztó flexibilis 25 kg", "zsák", 4690, "27"), ("Vakolóhabarcs 40 kg", "zsák", 2150, "27"),
              ("Zsaluzókő 30 cm", "db", 590, "27"), ("Tetőléc 2,5x5 cm fenyő", "fm", 265, "27"), ("OSB lap 12 mm 2500x1250", "tábla", 6990, "27"),
              ("Homok mosott 0-4 mm", "t", 7900, "27"), ("Kavics 8-16 mm", "t", 9400, "27"), ("Kőzetgyapot 15 cm", "m2", 4280, "27"),
              ("PVC lefolyócső 110 mm 2 m", "db", 2890, "27"), ("Vízszigetelő kenhető 7 kg", "vödör", 11900, "27")],
    "elec": [("LED izzó E27 9W meleg fehér", "db", 690, "27"), ("USB-C töltő 65W", "db", 8990, "27"), ("HDMI kábel 2.0 2 m", "db", 1790, "27"),
             ("Vezeték nélküli egér", "db", 4290, "27"), ("Billentyűzet USB magyar", "db", 5990, "27"), ("SSD 1 TB NVMe", "db", 24900, "27"),
             ("Monitor 27\" IPS QHD", "db", 89900, "27"), ("Elosztó 5-ös kapcsolós 3 m", "db", 3490, "27"),
             ("AA alkáli elem 4 db", "csomag", 1190, "27"), ("Router Wi-Fi 6 AX3000", "db", 27900, "27"), ("Hálózati kábel Cat6 305 m", "doboz", 38900, "27"),
             ("Okoskonnektor Wi-Fi", "db", 4990, "27"), ("Powerbank 20000 mAh", "db", 9490, "27"), ("Fejhallgató Bluetooth", "db", 15990, "27"),
             ("Webkamera Full HD", "db", 12490, "27"), ("Mikro SD kártya 128 GB", "db", 5490, "27")],
    "office": [("Másolópapír A4 80 g 500 lap", "csomag", 2190, "27"), ("Golyóstoll kék 0,7 mm", "db", 149, "27"),
               ("Iratrendező 75 mm karton", "db", 890, "27"), ("Spirálfüzet A4 kockás", "db", 590, "27"), ("Tűzőgép 24/6", "db", 2490, "27"),
               ("Tűzőkapocs 24/6 1000 db", "doboz", 229, "27"), ("Öntapadó jegyzettömb 76x76", "csomag", 690, "27"),
               ("Szövegkiemelő 4 szín", "csomag", 1190, "27"), ("Genotherm A4 100 db", "csomag", 1490, "27"),
               ("Tonerkazetta fekete kompatibilis", "db", 14900, "27"), ("Borítékok LC/5 1000 db", "doboz", 6490, "27"),
               ("Ragasztószalag 19 mm", "db", 179, "27"), ("Tankönyv Számvitel alapjai", "db", 4290, "5"),
               ("Határidőnapló 2028 A5", "db", 3290, "27"), ("Lefűzős mappa PP", "db", 99, "27"), ("Irodai olló 21 cm", "db", 990, "27")],
    "auto": [("Fékbetét első szett", "szett", 12490, "27"), ("Féktárcsa hűtött 280 mm", "db", 14900, "27"),
             ("Olajszűrő", "db", 2190, "27"), ("Levegőszűrő", "db", 3490, "27"), ("Pollenszűrő aktívszenes", "db", 4290, "27"),
             ("Motorolaj 5W-30 5 l", "kanna", 16900, "27"), ("Gyújtógyertya irídium", "db", 3890, "27"), ("Ablaktörlő lapát 600 mm", "db", 3190, "27"),
             ("Vezérlés készlet vízpumpával", "készlet", 64900, "27"), ("Lengéscsillapító hátsó", "db", 18900, "27"),
             ("Akkumulátor 12V 74Ah", "db", 36900, "27"), ("Fagyálló G12 5 l", "kanna", 6490, "27"), ("Gumiabroncs 205/55 R16 nyári", "db", 27900, "27"),
             ("Kuplungszett", "készlet", 72900, "27"), ("Izzó H7 12V 55W", "db", 1490, "27"), ("Stabilizátor pálca", "db", 8490, "27")],
}
ITEMS["food2"] = ITEMS["food"]
ITEMS["build2"] = ITEMS["build"]
ITEMS["at_elec"] = ITEMS["elec"]
ITEMS["de_auto"] = ITEMS["auto"]

DEPOSITS = {
    "food": [("Betétdíj rekesz (göngyöleg)", "db", 1200), ("Betétdíj raklap EUR (göngyöleg)", "db", 3500)],
    "build": [("Göngyöleg: EUR raklap betétdíj", "db", 4000)],
}
DEPOSITS["food2"] = DEPOSITS["food"]
DEPOSITS["build2"] = DEPOSITS["build"]

D = Decimal


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def q0(x):
    return D(x).quantize(D("1"), rounding=ROUND_HALF_UP)


RATE_PCT = {"27": D("0.27"), "18": D("0.18"), "5": D("0.05"), "AAM": D(0), "TAM": D(0), "ÁHK": D(0), "EU": D(0), "0": D(0)}


def make_lines(rng, sector, n, *, eur=False, rate_override=None, deposits=False, discount=None, deliveries=None,
               start=date(2027, 3, 1), sign=1, small=False):
    items = ITEMS[sector]
    lines = []
    for i in range(n):
        name, unit, price, rate = items[rng.randrange(len(items))]
        if rate_override:
            rate = rate_override
        if unit in ("kg", "t", "m2", "fm"):
            qty = D(rng.randrange(5, 400)) / (D(10) if unit != "fm" else D(1))
        else:
            qty = D(rng.choice([1, 2, 4] if small else [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 40, 50, 60, 100]))
        p = D(price)
        if eur:
            p = q2(D(price) / D("395") * D(rng.choice([95, 100, 104, 110])) / D(100))
        else:
            p = D(int(price * rng.choice([90, 95, 100, 103, 110]) / 100))
        disc = None
        if discount and rng.random() < discount:
            disc = rng.choice([3, 5, 8, 10, 12, 15])
        lines.append(dict(code=f"{rng.randrange(100000, 999999)}", name=name, unit=unit, qty=qty * sign, price=p, rate=rate, disc=disc))
    if deposits and sector in DEPOSITS:
        for i in range(rng.randint(2, 4)):
            name, unit, price = DEPOSITS[sector][i % len(DEPOSITS[sector])]
            pos = rng.randrange(len(lines))
            lines.insert(pos, dict(code="BET" + str(100 + i), name=name, unit=unit, qty=D(rng.randint(2, 40)) * sign,
                                   price=D(price), rate="ÁHK", disc=None))
    # delivery notes and orders
    dn_no = rng.randrange(1000, 8000)
    ord_no = rng.randrange(100, 900)
    per = deliveries or rng.randint(6, 18)
    d = start
    for i, ln in enumerate(lines):
        if i % per == 0:
            dn_no += rng.randint(1, 30)
            ord_no += rng.randint(1, 9)
            d = d + timedelta(days=rng.randint(1, 3))
        ln["dn"] = f"SZL-{dn_no:05d}"
        ln["dn_date"] = d
        ln["order"] = f"R{ord_no:04d}"
    for ln in lines:
        gross_unit = ln["qty"] * ln["price"]
        if ln["disc"]:
            gross_unit = gross_unit * (D(100) - D(ln["disc"])) / D(100)
        ln["net"] = q2(gross_unit) if eur else q0(gross_unit)
    return lines


def breakdown(lines, eur=False):
    order = ["27", "18", "5", "AAM", "TAM", "ÁHK", "EU", "0"]
    out = []
    for r in order:
        nets = [ln["net"] for ln in lines if ln["rate"] == r]
        if not nets:
            continue
        net = sum(nets, D(0))
        vat = net * RATE_PCT[r]
        vat = q2(vat) if eur else q0(vat)
        out.append(dict(rate=r, net=net, vat=vat, gross=net + vat))
    net = sum((b["net"] for b in out), D(0))
    vat = sum((b["vat"] for b in out), D(0))
    return out, net, vat, net + vat

# ruff: noqa
"""Invented parties (names and numbers are fictional)."""
from .common import taxno, huvat


def P(name, addr, seven=None, vat="2", county="13", eu=False, bank=None, **kw):
    t = taxno(seven, vat, county) if seven else None
    d = dict(name=name, addr=addr, tax=t, vat=huvat(t) if (t and eu) else None, bank=bank)
    d.update(kw)
    return d


KOVACS_FUV = P("Kovács és Társa Fuvarozó Kft.", "6000 Kecskemét, Szolnoki út 112.", "2471385", "2", "03", bank="11732002-20418855-00000000")
DUNAMENTI = P("Dunamenti Trans Logisztika Zrt.", "2400 Dunaújváros, Kikötő sor 4.", "1390262", "2", "07", eu=True, bank="10402142-50526581-74831005")
UTDIJ_PONT = P("Útdíj-Pont Szolgáltató Zrt.", "1134 Budapest, Váci út 45/B.", "2690871", "2", "41")
UTVONAL = P("Útvonal Díjkezelő Zrt.", "1036 Budapest, Lajos utca 160.", "2558117", "2", "41", bank="10032000-01234576-00000000")
PETROLKARTYA = P("Petrolkártya Hungária Kft.", "1117 Budapest, Budafoki út 70.", "1483920", "2", "43", eu=True, bank="12010611-01482290-00100008")
EURODIESEL = P("EuroDiesel Card Services Kft.", "9027 Győr, Kandó Kálmán utca 11.", "2871604", "2", "08", eu=True)
BALOGH_GUMI = P("Gumi-Szerviz Balogh Bt.", "7623 Pécs, Rét utca 34.", "2105847", "2", "02", bank="11731001-20534412")
AUTOMIET = P("AutoMiet Budapest Kft.", "1185 Budapest, Ferihegy Repülőtér, 2. Terminál", "2310564", "2", "43", eu=True)
FLOTTA_LIZING = P("Flotta Lízing Zrt.", "1095 Budapest, Lechner Ödön fasor 8.", "1176443", "4", "44", bank="10918001-00000047-11230009")
PREMIUM_AUTO = P("Prémium Használtautó Kereskedés Kft.", "8000 Székesfehérvár, Palotai út 201.", "2934182", "2", "07", bank="11600006-00000000-78451122")
FEKETE_KAROSSZ = P("Karosszéria-Műhely Fekete Kft.", "3527 Miskolc, Sajó utca 19.", "2066715", "2", "05")
VAROSI_PARK = P("Városi Parkolás Nonprofit Kft.", "4025 Debrecen, Piac utca 20.", "1850436", "2", "09", bank="11738008-20011423")
CITYCAB = P("CityCab Taxi Szolgáltató Zrt.", "1097 Budapest, Gubacsi út 6.", "2742290", "2", "43", brand="CityCab")
VILLAM = P("Villám Futár Kft.", "1239 Budapest, Európa utca 12.", "2511976", "2", "43", eu=True, bank="10700079-48563214-51100005")
EMELOGEP = P("Emelő-Gép Bérbeadó Kft.", "2040 Budaörs, Gyár utca 2.", "2193058", "2", "13", bank="11742087-20376540")
NEHEZGEP = P("Nehézgépjármű Centrum Kft.", "2330 Dunaharaszti, Jedlik Ányos utca 29.", "1264079", "2", "13", eu=True, bank="EUR: HU42 1040 0643 0000 1234 5678 9012")
TATRA = dict(name="Tatra Cargo s.r.o.", addr="Priemyselná 14; 917 01 Trnava; Slovensko", tax=None, vat="SK2023456781", bank="IBAN SK31 1100 0000 0026 1234 5678")
CARPATI = dict(name="Carpați Transport S.R.L.", addr="Str. Fabricii nr. 7; 400632 Cluj-Napoca; România", tax=None, vat="RO18273645", bank="IBAN RO49 AAAA 1B31 0075 9384 0000")
TACHO = P("Tacho-Kalibra Kft.", "5000 Szolnok, Thököly út 88.", "2380215", "2", "16", bank="10300002-10487263-49020017")
KAMIONPARK = P("Határ Kamionparkoló és Motel Kft.", "5700 Gyula, Csabai út 61.", "2627493", "2", "04")
CSILLAG_MOSO = P("Csillag Autómosó e.v.", "2600 Vác, Szent László út 3.", "6839125", "1", "33")
ALKATRESZ = P("Tengely Alkatrész Kereskedés Kft.", "9200 Mosonmagyaróvár, Gabona rakpart 5.", "2245708", "2", "08")
TELEMATIKA = P("FleetSense Telematika Kft.", "6724 Szeged, Kossuth Lajos sugárút 80.", "2815630", "2", "06", eu=True)
PONYVA = P("Ponyva-Tech Felépítményjavító Kft.", "2310 Szigetszentmiklós, Gyári út 44.", "2974401", "2", "13", bank="12100011-17654320")
FLOTTASZERVIZ = P("Flottaszerviz Hungary Kft.", "1097 Budapest, Táblás utca 36.", "2403897", "2", "43", bank="10918001-00000089-30510003")
ADR_OKTATO = P("ADR-Képző Oktatási Kft.", "4400 Nyíregyháza, Tünde utca 9.", "2689542", "2", "15")
GPS_BOLT = P("NaviTruck Eszközkereskedés Kft.", "8900 Zalaegerszeg, Balatoni út 3.", "2551308", "2", "20", bank="11749015-20187736")

# buyers
ALFOLD_AGRO = P("Alföld-Agro Kereskedelmi Kft.", "6100 Kiskunfélegyháza, Majsai út 20.", "1487209", "2", "03")
MAGYAR_BUTOR = P("Magyar Bútorgyártó Zrt.", "9700 Szombathely, Körmendi út 88.", "1052936", "2", "18", eu=True)
SPEDI_FLOTTA = P("Spedi-Flotta Fuvarozó Kft.", "2100 Gödöllő, Fenyvesi nagyút 12.", "2207431", "2", "13", eu=True)
ZOLD_KAMION = P("Zöld Kamion Logisztika Kft.", "8200 Veszprém, Házgyári út 7.", "2319856", "2", "19")
RAPID_SZALLITO = P("Rapid Szállító Bt.", "3300 Eger, Kistályai út 41.", "2836174", "2", "10")
BAU_MUNCHEN = dict(name="BauTechnik München GmbH", addr="Landsberger Straße 302, 80687 München, Deutschland", tax=None, vat="DE287654312")
IRODA_PARK = P("Irodapark Ingatlanüzemeltető Kft.", "1138 Budapest, Váci út 152.", "2468013", "2", "41")
PANNON_GYOGY = P("Pannon Gyógyszer-Nagykereskedés Zrt.", "7630 Pécs, Hengermalom utca 4.", "1211670", "2", "02", eu=True)
NAGY_PETER = dict(name="Nagy Péter", addr="1148 Budapest, Örs vezér tere 3. 4/12.", tax=None, vat=None)
SZABO_REKA = dict(name="Szabó Réka", addr="8000 Székesfehérvár, Gyümölcs utca 15.", tax=None, vat=None)
EPITO_KFT = P("Vár-Építő Generálkivitelező Kft.", "1211 Budapest, Weiss Manfréd út 5.", "2591384", "2", "43")
KERAMIA = P("Kerámia Csempe Gyártó Zrt.", "7100 Szekszárd, Ipar utca 3.", "1317658", "2", "17", eu=True)
HUTO_TRANS = P("Hűtő-Trans Nemzetközi Fuvarozó Kft.", "4031 Debrecen, Kishegyesi út 263.", "2340917", "2", "09", eu=True)

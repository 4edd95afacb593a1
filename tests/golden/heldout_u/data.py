# ruff: noqa
from .common import taxnum, hu_vat


def P(name, seven, addr, bank=None, vatcode="2", county="13", eu=False, tax=True):
    t = taxnum(seven, vatcode, county)
    d = dict(name=name, addr=addr, tax=t if tax else None)
    if eu:
        d["vat"] = hu_vat(t)
    if bank:
        d["bank"] = bank
    return d


FENYJEL = P("Fényjel Média Ügynökség Kft.", "2514783", "1062 Budapest, Lendvay u. 14.", "11700024-20413355", "2", "42", eu=True)
ARANY = P("Aranykalász Élelmiszeripari Zrt.", "1087452", "6000 Kecskemét, Szegedi út 88.", None, "2", "03")
ZOLD = P("Zöldfény Filmgyártó Kft.", "2639150", "1145 Budapest, Amerikai út 61.", "10402142-49505152", "2", "42", eu=True)
ZOLD_B = dict(ZOLD); ZOLD_B.pop("bank")
FENYJEL_B = dict(FENYJEL); FENYJEL_B.pop("bank")
KARPAT = P("Kárpát TV Értékesítő Zrt.", "1458820", "1037 Budapest, Bokor u. 23.", "12010611-01345678", "2", "41")
HULLAM = P("Hullámhossz Rádió Kft.", "1390271", "4025 Debrecen, Piac u. 51.", "10918001-00000412-77710006", "2", "09")
PLAKAT = P("Plakátfal Kültéri Hirdetés Kft.", "2277314", "2040 Budaörs, Szabadság út 117.", "11600006-00000000-81234560", "2", "13")
OBJ = P("Objektív Filmtechnika Kft.", "2458806", "1214 Budapest, II. Rákóczi Ferenc út 189.", "10700024-70123456-51100005", "2", "43", eu=True)
SZABO = P("Szabó Réka e.v.", "6812345", "2000 Szentendre, Bükkös part 7.", "11773016-01234567", "1", "33")
TOTH = P("Tóth Bence e.v.", "5920411", "9021 Győr, Árpád út 30.", "58600276-11020304", "2", "28")
ARCOK = P("Arcok Casting Bt.", "2190563", "1073 Budapest, Erzsébet krt. 9.", "10300002-10622334-49020011", "2", "42")
SOMLYO = P("Somlyó Kastélyszálló Kft.", "1478936", "8481 Somlóvásárhely, Kastély tér 1.", "73200017-11345678", "2", "19")
DALLAM = P("Dallamház Zeneműkiadó Kft.", "1306625", "1051 Budapest, Nádor u. 5.", "10101010-20202020-30303030", "2", "41", eu=True)
PIXEL = dict(name="PixelVault Images Ltd.", addr="4 Grand Canal Quay, Dublin 2, D02 XY71, Ireland", vat="IE3412876LH", tax=None)
SCHNITT = dict(name="Schnittwerk Postproduktion GmbH", addr="Neubaugasse 42, 1070 Wien, Österreich", vat="ATU61234578", tax=None,
               bank="IBAN AT61 1904 3002 3457 3201")
FALAT = P("Forgatási Falatok Kft.", "2705148", "1097 Budapest, Gubacsi út 6.", "11711003-20998877", "2", "43")
NYOMDA = P("Nyomdaipari Műhely Zrt.", "1062783", "8000 Székesfehérvár, Berényi út 72.", "11736006-20001111", "2", "07")
FELIRAT = P("Felirat Pont Fordítóiroda Kft.", "2830517", "6720 Szeged, Kárász u. 11.", "HU42 1040 2805 5052 6789 1234 1001", "2", "06", eu=True)
JEGY = P("JegyVonal Rendezvényiroda Kft.", "2561872", "1061 Budapest, Andrássy út 36.", None, "2", "42")
KOVACS = dict(name="Kovács Anna", addr="1116 Budapest, Fehérvári út 120.")
AKADEMIA = P("Kreatív Akadémia Oktatási Kft.", "2314906", "1117 Budapest, Infopark sétány 1.", "12100011-10998877", "1", "43")
VARGA = P("Varga Dóra e.v.", "6743291", "7621 Pécs, Király u. 19.", "11731001-21234455", "1", "02")
LEGI = P("Légifelvétel Drón Stúdió Kft.", "2938472", "3525 Miskolc, Széchenyi u. 40.", "HU93 1176 3055 0123 4567 0000 0000", "2", "05", eu=True)
SKPROD = dict(name="Dunaj Film Production s.r.o.", addr="Mlynské nivy 10, 821 09 Bratislava, Slovensko", vat="SK2021234567", tax=None)
VISSZHANG = P("Visszhang Hangstúdió Kft.", "2648157", "1139 Budapest, Váci út 99.", "10918001-00000123-45600008", "2", "41")
VAROSFENY = P("Városfény Digitális Kijelző Zrt.", "1398264", "1138 Budapest, Népfürdő u. 22.", "13700016-04561234", "2", "41", eu=True)
DISZLET = P("Díszletgyár Kft.", "2493857", "2330 Dunaharaszti, Jedlik Ányos u. 3.", "11742001-20556677", "2", "13")
JELMEZ = P("Jelmeztár Bt.", "2157390", "1087 Budapest, Könyves Kálmán krt. 12.", "10403002-50516171", "2", "42")
HALO = P("Hirdetőháló Kft.", "2776401", "1095 Budapest, Soroksári út 30.", "11600006-00000000-94561238", "2", "43", eu=True)

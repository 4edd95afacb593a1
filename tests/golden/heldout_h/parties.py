"""The invented people and firms of set H: an accounting office's ten clients and their partners."""

from tests.golden.heldout_h.engine import taxno, vatno

# the office's clients
PEK = dict(name="Aranykalász Pékség Kft.", tax=taxno("2561734", 2, 3), addr="6000 Kecskemét, Szolnoki út 41.")
FOG = dict(name="Dr. Somogyi Fogászat Bt.", tax=taxno("2187420", 1, 13), addr="2030 Érd, Budai út 12/A")
VIZ = dict(name="Kertész Balázs e.v.", tax=taxno("6834125", 1, 33), addr="2360 Gyál, Kőrösi út 8.")
FUV = dict(name="Tiszamenti Fuvar Kft.", tax=taxno("2470381", 2, 16), addr="5000 Szolnok, Thököly út 112.")
VIR = dict(name="Pipacs Virágbolt Kft.", tax=taxno("2903516", 2, 6), addr="6720 Szeged, Kárász utca 5.")
HOT = dict(name="Hársfa Panzió Kft.", tax=taxno("1488260", 2, 19), addr="8230 Balatonfüred, Hársfa sétány 3.")
WEB = dict(name="Pixelkert Digitális Ügynökség Kft.", tax=taxno("2771903", 2, 42), addr="1066 Budapest, Teréz körút 19.")
AUT = dict(name="Zöldút Autósiskola Kft.", tax=taxno("2335647", 2, 9), addr="4025 Debrecen, Piac utca 60.")
OST = dict(name="Fekete Gergely", tax=taxno("5912047", 1, 3), addr="6064 Tiszaug, Tanya 118.")
CSG = dict(name="Fekete és Társa Családi Gazdaság Kft.", tax=taxno("2689154", 2, 3), addr="6064 Tiszaug, Fő utca 2.")
OVI = dict(name="Napraforgó Óvoda Alapítvány", tax=taxno("1870332", 1, 13), addr="2040 Budaörs, Szivárvány utca 7.")
KONY = dict(name="Mérleg-Pont Könyvelőiroda Kft.", tax=taxno("2412786", 2, 13), addr="2040 Budaörs, Kossuth Lajos utca 22.")

for p in (PEK, FOG, VIZ, FUV, VIR, HOT, WEB, AUT, OST, CSG, OVI, KONY):
    p["vat"] = vatno(p["tax"])

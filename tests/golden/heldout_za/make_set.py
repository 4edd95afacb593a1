# ruff: noqa
"""Blind set ZA: long multi-page invoices of wholesalers and distributors (plus a few short ones).

Rebuild: .venv/bin/python -m tests.golden.heldout_za.make_set        (build + self-check)
         .venv/bin/python -m tests.golden.heldout_za.make_set check  (self-check only)
"""
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from .data import BUYERS, SELLERS, breakdown, make_lines, q0, q2
from .render import famt, fdate, render
from .rl import render_rl

HERE = Path(__file__).resolve().parent
D = Decimal
SANS = "'DejaVu Sans', sans-serif"
SERIF = "'DejaVu Serif', serif"
MONO = "'DejaVu Sans Mono', monospace"
COND = "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif"
ALL = ["no", "code", "name", "dn", "order", "qty", "unit", "price", "disc", "net", "rate"]

C1 = ("Áthozat", "Átvitel", None)
C2 = ("Áthozat az előző oldalról", "Átvitel a következő oldalra", "Összesen az oldalon")
C3 = ("Áthozat", "Átvitel", "Oldal összesen")
C4 = ("Előző oldal(ak) összesen", "Összesen (átvitel)", None)

LAYOUTS = {
    "timel_band": dict(font=SANS, fs="7.5", acc="#1d4e89", head="band", parties="side", meta="grid", labels="a", date="dot",
                       amt="space", cur_huf="Ft", cur_eur="EUR", cols=ALL, carry=C1, pg="Számla: {num} – {p}/{n}. oldal",
                       pgfoot="{p}/{n}", software="Számlázó: KerSzám Pro 7.4"),
    "medivita_window": dict(font=COND, fs="7.5", acc="#00796b", head="right", parties="window", meta="kv", labels="b", date="iso",
                            amt="dot", cur_huf="HUF", cur_eur="EUR", cols=["code", "name", "qty", "unit", "price", "net", "rate", "dn", "order"],
                            carry=C2, pg="{title} {num} · {p}. oldal / {n}", pgfoot="Oldal: {p} / {n}", software="PharmaLogiX ERP"),
    "kokapu_box": dict(font=SERIF, fs="7.5", acc="#8b3a1a", head="box", parties="side_rev", meta="grid", labels="c", date="long",
                       amt="dotdash", cur_huf="Ft", cur_eur="EUR", cols=["no", "name", "dn", "dnd", "qty", "unit", "price", "disc", "net", "rate"],
                       carry=C1, pg="{num} sz. számla, {p}. oldal ({n} oldalból)", pgfoot="{p}. oldal", pct_tight=True,
                       colnames={"dnd": "Száll. dátum"}),
    "voltpont_right": dict(font=SANS, fs="7", acc="#e65100", head="right", parties="topmeta", meta="kv", labels="a", date="dot",
                           amt="space", cur_huf="HUF", cur_eur="EUR", cols=["no", "code", "name", "order", "dn", "qty", "unit", "price", "net", "rate"],
                           carry=C3, pg="Számlaszám: {num}   Oldal: {p}/{n}", pgfoot="{p}/{n}", software="VoltPont ügyviteli rendszer",
                           colnames={"code": "Termékkód", "order": "Vevői rendelés"}),
    "irodakas_mono": dict(font=MONO, fs="7", acc="#000", head="mono", parties="stack", meta="kv", labels="d", date="dot",
                          amt="dot", cur_huf="Ft", cur_eur="EUR", cols=["code", "name", "dn", "qty", "unit", "price", "net", "rate"],
                          carry=C1, pg="{num}  {p}/{n}", pgfoot="-- {p}/{n} --", software="IKas DOS-számlázó v3"),
    "futomu_center": dict(font=SANS, fs="7.5", acc="#333", head="center", parties="side", meta="line", labels="b", date="dotsp",
                          amt="space", cur_huf="Ft", cur_eur="EUR", cols=["no", "code", "name", "qty", "unit", "price", "disc", "net", "rate", "dn"],
                          carry=C2, pg="{short} – számla {num} – {p}. lap / {n}", pgfoot="{p}. lap / {n}", software="AutoPartner Számla 2027",
                          colnames={"code": "Gyári szám"}),
    "hegyalja_plain": dict(font=SERIF, fs="7.5", acc="#2e7d32", head="plain", parties="stack", meta="kv", labels="c", date="dot",
                           amt="dot", cur_huf="Ft", cur_eur="EUR", cols=["no", "code", "name", "qty", "unit", "price", "net", "rate"],
                           carry=C1, group=True, pg="{title} – {num} – {p}/{n}", pgfoot="{p}/{n}. oldal", software="FrissERP"),
    "dunakavics_band": dict(font=SANS, fs="7.5", acc="#33691e", head="band", parties="window", meta="grid", labels="d", date="iso",
                            amt="space", cur_huf="HUF", cur_eur="EUR", cols=["no", "name", "dn", "order", "qty", "unit", "price", "net", "rate"],
                            carry=C3, pg="{num} / {p}. oldal a {n}-ből", pgfoot="{p}/{n}", software="TüzépSoft"),
    "alpen_bilingual": dict(font=SANS, fs="7.5", acc="#b71c1c", head="right", parties="side", meta="kv", labels="a", date="dot",
                            amt="dot", cur_huf="HUF", cur_eur="EUR", cols=["no", "code", "name", "order", "dn", "qty", "unit", "price", "net", "rate"],
                            carry=("Übertrag / Áthozat", "Übertrag / Átvitel", None), pg="Rechnung / Számla {num} – Seite/Oldal {p}/{n}",
                            pgfoot="Seite {p} von {n}", buyer_eu=True,
                            L=dict(number="Rechnungsnummer / Számlaszám", issue="Rechnungsdatum / Számla kelte",
                                   fulfil="Lieferdatum / Teljesítés", due="Fällig am / Fizetési határidő",
                                   seller="Verkäufer / Eladó", buyer="Käufer / Vevő", tax="Adószám", eu="UID-Nr. / Közösségi adószám",
                                   payable="Zahlbetrag / Fizetendő", pay="Zahlungsart / Fizetési mód")),
    "rhein_box": dict(font=SERIF, fs="7.5", acc="#0d47a1", head="box", parties="side_rev", meta="grid", labels="b", date="iso",
                      amt="space", cur_huf="HUF", cur_eur="EUR", cols=["no", "code", "name", "qty", "unit", "price", "disc", "net", "rate", "dn"],
                      carry=C1, pg="{num} | {p}/{n}", pgfoot="{p}/{n}", buyer_eu=True, L=dict(eu="USt-IdNr. / Közösségi adószám")),
    "voltpont_eur": dict(font=COND, fs="7.5", acc="#4a148c", head="plain", parties="side", meta="grid", labels="a", date="dot",
                         amt="space", cur_huf="Ft", cur_eur="EUR", cols=ALL, carry=C2, pg="Számla sorszáma: {num} · {p}/{n}",
                         pgfoot="{p}/{n}", buyer_eu=True),
    "medivita_gyujto": dict(font=SANS, fs="7", acc="#006064", head="box", parties="topmeta", meta="kv", labels="a", date="dot",
                            amt="space", cur_huf="Ft", cur_eur="EUR", cols=["no", "code", "name", "qty", "unit", "price", "net", "rate"],
                            carry=C3, group=True, pg="{title} {num} – {p}. oldal / {n}", pgfoot="{p}/{n}"),
    "irodakas_gyujto": dict(font=SANS, fs="7.5", acc="#5d4037", head="center", parties="side_rev", meta="kv", labels="b", date="long",
                            amt="space", cur_huf="Ft", cur_eur="EUR", cols=["no", "dn", "dnd", "name", "qty", "unit", "price", "net", "rate"],
                            carry=C4, pg="{num} – {p}/{n}", pgfoot="{p}. oldal / {n}", colnames={"dnd": "Szállítás napja"}),
    "futomu_eur": dict(font=SERIF, fs="7.5", acc="#263238", head="band", parties="stack", meta="kv", labels="c", date="iso",
                       amt="space", cur_huf="Ft", cur_eur="EUR", cols=["no", "code", "name", "dn", "qty", "unit", "price", "disc", "net", "rate"],
                       carry=C1, pg="{num} – {p}. oldal", pgfoot="{p}/{n}", buyer_eu=True),
    "timel_classic": dict(font=MONO, fs="6.8", acc="#000", head="plain", parties="side", meta="line", labels="a", date="dotsp",
                          amt="dotdash", cur_huf="Ft", cur_eur="EUR", cols=["code", "name", "order", "dn", "qty", "unit", "price", "net", "rate"],
                          carry=C2, pg="{num}   {p}. oldal", pgfoot="{p}/{n}", software="Gépi számla, KerSzám Classic"),
    "medivita_short": dict(font=SANS, fs="8.5", acc="#c62828", head="center", parties="stack", meta="kv", labels="d", date="long",
                           amt="dot", cur_huf="Ft", cur_eur="EUR", cols=["no", "code", "name", "qty", "unit", "price", "net", "rate"],
                           carry=C1, pg="{num} {p}/{n}", pgfoot="{p}/{n}"),
    "kokapu_modern": dict(font=COND, fs="8", acc="#ef6c00", head="right", parties="side", meta="grid", labels="b", date="dot",
                          amt="space", cur_huf="Ft", cur_eur="EUR", cols=["no", "name", "order", "dn", "qty", "unit", "price", "disc", "net", "rate"],
                          carry=C3, pg="{short} · {num} · {p}/{n}", pgfoot="{p}/{n}", buyer_eu=True),
    "dense_band": dict(font=SANS, fs="6.5", acc="#37474f", head="band", parties="topmeta", meta="kv", labels="c", date="iso",
                           amt="dot", cur_huf="Ft", cur_eur="EUR", cols=ALL, carry=C4, pg="{num} – oldal {p}/{n}", pgfoot="oldal {p}/{n}"),
    "futomu_proforma": dict(font=SERIF, fs="8.5", acc="#6a1b9a", head="box", parties="window", meta="kv", labels="a", date="long",
                            amt="space", cur_huf="Ft", cur_eur="EUR", cols=["no", "code", "name", "qty", "unit", "price", "net", "rate"],
                            carry=C1, pg="{num} {p}/{n}", pgfoot="{p}/{n}"),
    "hegyalja_grid": dict(font=SANS, fs="7.5", acc="#1b5e20", head="box", parties="side", meta="grid", labels="d", date="dotsp",
                          amt="dot", cur_huf="Ft", cur_eur="EUR", cols=["no", "code", "name", "dn", "order", "qty", "unit", "price", "disc", "net", "rate"],
                          carry=C2, pg="Számla {num} – {p}/{n}. oldal", pgfoot="{p}/{n}", buyer_eu=True),
    "listing_rl": dict(engine="rl", rlfont=("ZaMono", "ZaMonoB"), fs="7.5", labels="a", date="dot", amt="space", cur_huf="Ft",
                       cur_eur="EUR", cols=["no", "code", "name", "dn", "qty", "unit", "price", "net", "rate"], rows=(52, 68, 44),
                       carry=("ÁTHOZAT", "ÁTVITEL", "OLDAL ÖSSZESEN"), pg="Számla: {num}  Lap: {p}/{n}", pgfoot="Lap: {p}/{n}",
                       software="Nyomtatva: KerSzám Listázó"),
    "ledger_rl": dict(engine="rl", rlfont=("ZaSerif", "ZaSerifB"), rlparties="side", fs="7.5", labels="c", date="iso", amt="dot", cur_huf="Ft",
                      cur_eur="EUR", cols=["no", "code", "name", "order", "qty", "unit", "price", "net", "rate"], rows=(50, 68, 42),
                      carry=C1, pg="{num} — {p}. oldal / {n}", pgfoot="{p}. oldal / {n}", buyer_eu=True, software="Irodakas Főkönyv 2027"),
}

TOTALS = dict(timel_band="lines", medivita_window="box", kokapu_box="table", voltpont_right="lines", irodakas_mono="table",
              futomu_center="box", hegyalja_plain="lines", dunakavics_band="box", alpen_bilingual="lines", rhein_box="table",
              voltpont_eur="lines", medivita_gyujto="table", irodakas_gyujto="box", futomu_eur="lines", timel_classic="table",
              medivita_short="lines", kokapu_modern="box", dense_band="table", futomu_proforma="lines", hegyalja_grid="box")
for _k, _v in TOTALS.items():
    LAYOUTS[_k]["totals"] = _v
LAYOUTS["medivita_short"]["rows"] = (24, 40, 18)
LAYOUTS["medivita_gyujto"]["rows"] = (36, 50, 30)
LAYOUTS["dense_band"]["rows"] = (37, 52, 30)

PRIVATE = dict(name="Varga Ildikó", tax=None, eu=None, addr="3200 Gyöngyös, Kossuth Lajos utca 27.")
PAY = ["Átutalás", "Átutalás 30 nap", "Banki átutalás", "Készpénz", "Csoportos beszedés", "Átutalás (8 nap)"]


def spec():
    """The 30 invoices: (id, seller, buyer, kind, lines, layout, currency, extras)."""
    B = BUYERS
    S = [
        ("za01", "food", B[0], "normal", 120, "timel_band", "HUF", dict(number="TIM-2027/003418", issue=date(2027, 3, 14), days=15, deposits=True)),
        ("za02", "food", B[0], "correction", 6, "timel_band", "HUF", dict(number="TIM-2027/003622", issue=date(2027, 3, 22), days=15, pre="TIM-2027/003418",
                                                                            pre_label="Helyesbített számla sorszáma", title="HELYESBÍTŐ SZÁMLA",
                                                                            notes=["Módosítás oka: visszáru (lejárt szavatosság, sérült csomagolás)."])),
        ("za03", "pharma", B[1], "normal", 95, "medivita_window", "HUF", dict(number="MV27-004512", issue=date(2027, 4, 3), days=30)),
        ("za04", "pharma", B[8], "advance", 2, "medivita_gyujto", "HUF", dict(number="MV27-E00041", issue=date(2027, 2, 8), days=0, title="ELŐLEGSZÁMLA")),
        ("za05", "build", B[2], "normal", 70, "kokapu_box", "HUF", dict(number="KK/2027/00871", issue=date(2027, 5, 12), days=8, deposits=True, discount=0.3)),
        ("za06", "build", B[7], "final", 40, "kokapu_box", "HUF", dict(number="KK/2027/00904", issue=date(2027, 5, 28), days=8, pre="KK/2027/E0112",
                                                                      adv_net=D(1850000), pre_label="Előlegszámla sorszáma", title="VÉGSZÁMLA")),
        ("za07", "elec", B[3], "normal", 140, "voltpont_right", "HUF", dict(number="VP-2027-03512", issue=date(2027, 6, 7), days=30)),
        ("za08", "elec", B[9], "storno", 8, "voltpont_right", "HUF", dict(number="VP-2027-03577", issue=date(2027, 6, 11), days=None, pre="VP-2027-03498",
                                                                        pre_label="Az érvénytelenített számla sorszáma", title="SZTORNÓ SZÁMLA")),
        ("za09", "office", B[4], "normal", 60, "irodakas_mono", "HUF", dict(number="IK 2027/0412", issue=date(2027, 1, 19), days=15)),
        ("za10", "office", B[4], "proforma", 62, "irodakas_gyujto", "HUF", dict(number="DB-2027/0045", issue=date(2027, 8, 2), days=8, title="DÍJBEKÉRŐ",
                                                                              notes=["A díjbekérő nem számla, ÁFA levonására nem jogosít. A számlát a befizetés után állítjuk ki."])),
        ("za11", "auto", B[5], "normal", 80, "futomu_center", "HUF", dict(number="FP27/01923", issue=date(2027, 7, 15), days=30, discount=0.4)),
        ("za12", "auto", PRIVATE, "normal", 5, "futomu_center", "HUF", dict(number="FP27/02011", issue=date(2027, 7, 23), days=0, pay="Bankkártya")),
        ("za13", "food2", B[6], "normal", 110, "hegyalja_plain", "HUF", dict(number="HF-A-2027-000331", issue=date(2027, 5, 3), days=15, gyujto=(2027, 4),
                                                                            title="GYŰJTŐSZÁMLA", deposits=True)),
        ("za14", "food2", B[11], "normal", 45, "medivita_short", "HUF", dict(number="HF-A-2027-000402", issue=date(2027, 6, 20), days=8)),
        ("za15", "build2", B[7], "normal", 150, "dunakavics_band", "HUF", dict(number="DK-2027/1187", issue=date(2027, 9, 9), days=30, deposits=True)),
        ("za16", "build2", B[7], "correction", 4, "dunakavics_band", "HUF", dict(number="DK-2027/1240", issue=date(2027, 9, 24), days=30, pre="DK-2027/1187",
                                                                               pre_label="Módosított számla sorszáma", title="MÓDOSÍTÓ SZÁMLA", pricefix=True,
                                                                               notes=["Módosítás oka: egységár-korrekció a keretszerződés szerinti árra."])),
        ("za17", "at_elec", B[9], "normal", 75, "alpen_bilingual", "EUR", dict(number="AS-27-40091", issue=date(2027, 4, 16), days=30, rc=True, fx=D("398.14"), pay="Banküberweisung / Átutalás")),
        ("za18", "de_auto", B[5], "normal", 50, "rhein_box", "EUR", dict(number="RA-2027-7734", issue=date(2027, 10, 4), days=14, rc=True, fx=D("401.27"), pay="Überweisung / Átutalás")),
        ("za19", "elec", B[3], "normal", 60, "voltpont_eur", "EUR", dict(number="VP-2027-E0219", issue=date(2027, 8, 18), days=30, fx=D("396.85"))),
        ("za20", "pharma", B[1], "normal", 130, "medivita_gyujto", "HUF", dict(number="MV27-006120", issue=date(2027, 6, 2), days=30, gyujto=(2027, 5),
                                                                             title="GYŰJTŐSZÁMLA")),
        ("za21", "office", B[10], "normal", 90, "irodakas_gyujto", "HUF", dict(number="IK 2027/0877", issue=date(2027, 11, 2), days=15, gyujto=(2027, 10),
                                                                             title="GYŰJTŐSZÁMLA")),
        ("za22", "auto", B[5], "normal", 58, "futomu_eur", "EUR", dict(number="FP27/E0388", issue=date(2027, 11, 12), days=15, fx=D("399.60"))),
        ("za23", "food", B[11], "normal", 55, "listing_rl", "HUF", dict(number="TIM-2027/007205", issue=date(2027, 7, 1), days=8, deposits=True)),
        ("za24", "pharma", B[8], "storno", 7, "timel_classic", "HUF", dict(number="MV27-006388", issue=date(2027, 6, 30), days=None, pre="MV27-006301",
                                                                          pre_label="Érvénytelenített számla", title="ÉRVÉNYTELENÍTŐ SZÁMLA")),
        ("za25", "build", B[2], "advance", 1, "kokapu_modern", "HUF", dict(number="KK/2027/E0187", issue=date(2027, 10, 5), days=5, title="ELŐLEGSZÁMLA")),
        ("za26", "build", B[2], "final", 65, "kokapu_modern", "HUF", dict(number="KK/2027/01342", issue=date(2027, 11, 9), days=8, pre="KK/2027/E0187",
                                                                        pre_label="Előlegszámla száma", title="VÉGSZÁMLA", discount=0.25)),
        ("za27", "elec", B[0], "normal", 100, "dense_band", "HUF", dict(number="VP-2027-05110", issue=date(2027, 9, 27), days=60)),
        ("za28", "auto", B[5], "proforma", 6, "futomu_proforma", "HUF", dict(number="FP-DB-2027/0117", issue=date(2027, 12, 1), days=5, title="DÍJBEKÉRŐ",
                                                                           notes=["Ez a dokumentum nem számla, számviteli bizonylatként nem használható."])),
        ("za29", "food2", B[6], "normal", 75, "hegyalja_grid", "HUF", dict(number="HF-A-2027-000587", issue=date(2027, 8, 23), days=15, deposits=True, discount=0.3)),
        ("za30", "office", B[4], "normal", 95, "ledger_rl", "HUF", dict(number="IK 2027/0951", issue=date(2027, 12, 6), days=15)),
    ]
    return S


def last_day(y, m):
    return (date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)) - timedelta(days=1)


def build_invoice(sid, sector, buyer, kind, n, layout, cur, x, advances):
    rng = random.Random(sid)
    cfg = LAYOUTS[layout]
    eur = cur != "HUF"
    seller = SELLERS[sector]
    issue = x["issue"]
    title = x.get("title", "SZÁMLA" if not eur else "SZÁMLA / RECHNUNG" if x.get("rc") else "SZÁMLA")
    fulfil = issue - timedelta(days=rng.randint(0, 4))
    start = issue - timedelta(days=20)
    period = None
    if x.get("gyujto"):
        y, m = x["gyujto"]
        fulfil = last_day(y, m)
        start = date(y, m, 1) - timedelta(days=1)
        period = f"{fdate(date(y, m, 1), cfg['date'])} – {fdate(fulfil, cfg['date'])}"
    if kind in ("advance",):
        fulfil = issue
    if kind == "proforma":
        fulfil = None
    due = issue + timedelta(days=x["days"]) if x.get("days") is not None else None
    notes = list(x.get("notes", []))
    intro = None
    if kind == "advance":
        ordno = f"R{rng.randrange(1000, 9999)}"
        amount = D(rng.choice([850000, 1250000, 2400000, 3150000]))
        name = ("Előleg a(z) " + ordno + " sz. megrendelés alapján") if sector != "pharma" else ("Előleg a " + ordno + " sz. éves keretrendelésre")
        lines = [dict(code="ELO", name=name, unit="alkalom", qty=D(1), price=amount, rate="27" if sector != "pharma" else "5", disc=None, net=amount,
                      dn="", order=ordno, dn_date=None)]
        if n > 1:
            lines.append(dict(code="ELO2", name="Előleg – kiegészítő termékek (27%)", unit="alkalom", qty=D(1), price=D(240000), rate="27", disc=None,
                              net=D(240000), dn="", order=ordno, dn_date=None))
        notes.append("Előlegszámla: a teljesítés időpontja az előleg jóváírásának napja. A végszámlában levonásra kerül.")
    else:
        lines = make_lines(rng, sector, n, eur=eur, deposits=x.get("deposits"), discount=x.get("discount"), start=start,
                           sign=-1 if kind == "storno" or (kind == "correction" and not x.get("pricefix")) else 1,
                           deliveries=rng.randint(4, 9) if x.get("gyujto") else None, small=n <= 10)
        if x.get("rc"):
            for ln in lines:
                ln["rate"] = "EU"
            notes.append("Steuerschuldnerschaft des Leistungsempfängers / Fordított adózás: az adót a termék beszerzője fizeti "
                         "(2006/112/EK irányelv 138. cikk; Áfa tv. 89. §). Közösségen belüli termékértékesítés.")
        if x.get("pricefix"):
            for ln in lines:
                ln["name"] = "Árkülönbözet: " + ln["name"]
                ln["price"] = D(rng.choice([-35, -20, 15, 25, 40]))
                ln["qty"] = D(rng.choice([100, 200, 350, 500]))
                ln["net"] = q0(ln["qty"] * ln["price"])
        if kind == "final":
            adv = advances.get(x["pre"], x.get("adv_net"))
            lines.append(dict(code="ELO-", name=f"Előleg levonása ({x['pre']} sz. előlegszámla)", unit="alkalom", qty=D(-1), price=adv,
                              rate="27", disc=None, net=-adv, dn="", order="", dn_date=None))
    if x.get("pre_label") and kind == "correction":
        intro = f"Ez a számla a(z) {x['pre']} sorszámú számlát módosítja."
    if kind == "storno":
        intro = f"Ez a számla a(z) {x['pre']} sorszámú számla érvénytelenítésére szolgál. Az összegek negatív előjellel szerepelnek."
    if kind == "final":
        intro = f"Végszámla a(z) {x['pre']} sorszámú előlegszámlához kapcsolódó teljesítésről."
    bd, net, vat, gross = breakdown(lines, eur)
    inv = dict(id=sid, number=x["number"], kind=kind, title=title, issue=issue, fulfil=fulfil, due=due, currency=cur,
               seller=seller, buyer=buyer, lines=lines, breakdown=bd, net=net, vat=vat, gross=gross,
               pay=x.get("pay") or (PAY[rng.randrange(len(PAY))] if x.get("days") else "Átutalás"),
               preceding=x.get("pre"), pre_label=x.get("pre_label"), period=period, notes=notes, intro=intro,
               number_label={"proforma": "Díjbekérő száma"}.get(kind), short=n <= 10, show_buyer_eu=bool(cfg.get("buyer_eu") and buyer.get("eu")), layout=layout)
    if kind == "advance":
        advances[x["number"]] = net
    if eur:
        fx = x["fx"]
        inv["fx_str"] = f"{fx:.2f}".replace(".", ",")
        inv["fx_src"] = f"MNB, {fdate(fulfil, cfg['date'])}"
        inv["vat_huf"] = q0(vat * fx)
    return inv, cfg


def expected(inv):
    eur = inv["currency"] != "HUF"
    m = (lambda v: f"{v:.2f}") if eur else (lambda v: str(int(v)))
    s, b = inv["seller"], inv["buyer"]
    return {
        "invoice_number": inv["number"],
        "kind": inv["kind"],
        "issue_date": inv["issue"].isoformat(),
        "fulfilment_date": inv["fulfil"].isoformat() if inv["fulfil"] else None,
        "due_date": inv["due"].isoformat() if inv["due"] else None,
        "currency": inv["currency"],
        "net_total": m(inv["net"]),
        "vat_total": m(inv["vat"]),
        "gross_total": m(inv["gross"]),
        "seller.name": s["name"],
        "seller.tax_number": s.get("tax"),
        "seller.vat_number": s.get("eu") if LAYOUTS[inv["layout"]].get("seller_eu", True) else None,
        "buyer.name": b["name"],
        "buyer.tax_number": b.get("tax"),
        "buyer.vat_number": b.get("eu") if inv["show_buyer_eu"] else None,
        "preceding_invoice": inv["preceding"],
        "layout": "blind_za_" + inv["layout"],
    }


def printed(inv, cfg):
    """The expected values as the PDF prints them."""
    eur = inv["currency"] != "HUF"
    ex = expected(inv)
    out = [inv["number"], ex["seller.name"], ex["buyer.name"], fdate(inv["issue"], cfg["date"]),
           famt(inv["net"], cfg["amt"], eur), famt(inv["vat"], cfg["amt"], eur), famt(inv["gross"], cfg["amt"], eur)]
    for k in ("seller.tax_number", "seller.vat_number", "buyer.tax_number", "buyer.vat_number", "preceding_invoice"):
        if ex[k]:
            out.append(ex[k])
    if inv["fulfil"]:
        out.append(fdate(inv["fulfil"], cfg["date"]))
    if inv["due"]:
        out.append(fdate(inv["due"], cfg["date"]))
    return out


def all_invoices():
    advances = {}
    out = []
    for sid, sector, buyer, kind, n, layout, cur, x in spec():
        inv, cfg = build_invoice(sid, sector, buyer, kind, n, layout, cur, x, advances)
        # sanity: totals add up and equal the items
        assert inv["net"] + inv["vat"] == inv["gross"]
        assert sum((ln["net"] for ln in inv["lines"]), D(0)) == inv["net"], sid
        out.append((inv, cfg))
    return out


def html_to_pdf(html_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="za_chrome_")
    try:
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}", f"--print-to-pdf={pdf_path}", f"file://{html_path}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    data = Path(pdf_path).read_bytes()
    data = re.sub(rb"/CreationDate \(D:[^)]*\)", b"/CreationDate (D:20270101000000+00'00')", data)
    data = re.sub(rb"/ModDate \(D:[^)]*\)", b"/ModDate (D:20270101000000+00'00')", data)
    Path(pdf_path).write_bytes(data)


def build(only=None):
    import pypdfium2 as pdfium
    work = Path(tempfile.mkdtemp(prefix="za_html_"))
    pages_info = {}
    from concurrent.futures import ThreadPoolExecutor
    todo = [(inv, cfg) for inv, cfg in all_invoices() if not only or inv["id"] in only]
    rl = [ic for ic in todo if ic[1].get("engine") == "rl"]
    ch = [ic for ic in todo if ic[1].get("engine") != "rl"]
    results = [_build_one(inv, cfg, work) for inv, cfg in rl]
    with ThreadPoolExecutor(3) as pool:
        results += list(pool.map(lambda ic: _build_one(ic[0], ic[1], work), ch))
    results.sort(key=lambda r: r[0]["id"])
    for inv, n in results:
        doc = pdfium.PdfDocument(str(HERE / f"{inv['id']}.pdf"))
        real = len(doc)
        doc.close()
        pages_info[inv["id"]] = (n, real, len(inv["lines"]))
        flag = "" if n == real else "   <-- PAGE COUNT MISMATCH"
        print(f"{inv['id']}: {inv['kind']:<10} {inv['currency']} lines={len(inv['lines']):>3} pages planned={n} real={real}{flag}")
    shutil.rmtree(work, ignore_errors=True)
    return pages_info


def _build_one(inv, cfg, work):
    if True:
        pdf = HERE / f"{inv['id']}.pdf"
        if cfg.get("engine") == "rl":
            n = render_rl(inv, cfg, pdf)
            data = pdf.read_bytes()
            data = re.sub(rb"/CreationDate \(D:[^)]*\)", b"/CreationDate (D:20270101000000+00'00')", data)
            data = re.sub(rb"/ModDate \(D:[^)]*\)", b"/ModDate (D:20270101000000+00'00')", data)
            pdf.write_bytes(data)
        else:
            html, n = render(inv, cfg)
            hp = work / f"{inv['id']}.html"
            hp.write_text(html, encoding="utf-8")
            html_to_pdf(hp, pdf)
        (HERE / f"{inv['id']}.json").write_text(json.dumps(expected(inv), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return inv, n


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    from pdfminer.high_level import extract_text
    bad = 0
    for inv, cfg in all_invoices():
        text = norm(extract_text(str(HERE / f"{inv['id']}.pdf")))
        missing = [v for v in printed(inv, cfg) if norm(v) not in text]
        exp = json.loads((HERE / f"{inv['id']}.json").read_text(encoding="utf-8"))
        assert exp == expected(inv), inv["id"]
        assert D(exp["net_total"]) + D(exp["vat_total"]) == D(exp["gross_total"])
        if missing:
            bad += 1
            print(f"{inv['id']}: MISSING {missing}")
    print(f"self-check: {30 - bad}/30 invoices have every expected value in their text layer")
    assert bad == 0
    return bad


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "check":
        check()
    else:
        build(set(args) or None)
        if not args:
            check()

"""A realistic, seeded reference set for measuring the matcher (``szamlatar demo match-eval``).

Hundreds of clients whose names are near-duplicates of each other (the same name with another
legal form, a shared prefix plus one more word), private persons without tax numbers (some with
the same name, told apart only by address), projects whose numbers overlap across clients,
contracts, orders and delivery notes; and invoices that name their counterparty the way real
ones do: with or without a tax number, the legal form written out or abbreviated, accents lost,
upper case, a typo, the order number only in the PDF text. Each invoice carries its truth.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from typing import Any

from szamlatar_dev.emulators.demo_data import tax_number

_PREFIXES = ("Duna", "Tisza", "Mátra", "Bakony", "Alföld", "Balaton", "Pannon", "Hungária", "Kárpát", "Zemplén",
             "Mecsek", "Bükk", "Rába", "Dráva", "Kőrös", "Maros", "Vértes", "Pilis", "Hortobágy", "Őrség",
             "Jászság", "Nyírség", "Somogy", "Hegyalja", "Szigetköz")
_DOMAINS = ("Logisztika", "Informatika", "Építőipari", "Kereskedelmi", "Szolgáltató", "Nyomda", "Gépészet",
            "Agrár", "Pékség", "Bútorgyártó", "Energia", "Üvegtechnika", "Tanácsadó", "Vagyonkezelő",
            "Könyvelőiroda", "Fuvarozó", "Elektronika")
_EXTRA = ("Szerviz", "Holding", "Trade", "Plusz", "Csoport", "Hungary")
_FORMS = (("Kft.", "Korlátolt Felelősségű Társaság"), ("Zrt.", "Zártkörűen Működő Részvénytársaság"),
          ("Bt.", "Betéti Társaság"), ("Kkt.", "Közkereseti Társaság"))
_SURNAMES = ("Kovács", "Nagy", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
             "Balogh", "Papp")
_FIRST = ("János", "Katalin", "Péter", "Éva", "László", "Zsófia", "Gábor", "Anna", "István", "Judit")
_CITIES = (("1111", "Budapest"), ("6720", "Szeged"), ("4024", "Debrecen"), ("7621", "Pécs"), ("9021", "Győr"),
           ("3300", "Eger"), ("8000", "Székesfehérvár"))
_WORK = {
    "web": ("Webfejlesztés", "Frontend fejlesztés", "Tárhely díj"),
    "ops": ("Szerver karbantartás", "Ügyeleti díj", "Monitorozás"),
    "build": ("Betonozás", "Zsaluzás", "Kotrógép bérlés"),
    "goods": ("Irodaszer", "Fénymásolópapír", "Tonerkazetta"),
    "advice": ("Adótanácsadás", "Könyvvizsgálat", "Bérszámfejtés"),
    "transport": ("Fuvardíj", "Raklapszállítás", "Rakodás"),
}


@dataclass(frozen=True)
class Case:
    invoice: dict[str, Any]
    text: str
    client_id: str | None  # truth: None for a counterparty we do not know
    project_id: str | None


@dataclass(frozen=True)
class ReferenceSet:
    records: list[dict[str, Any]]  # normalised-ready raw records with "kind"
    cases: list[Case]


def _fold_case(rng: random.Random, name: str) -> str:
    roll = rng.random()
    if roll < 0.25:
        return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if roll < 0.45:
        return name.upper()
    if roll < 0.55 and len(name) > 6:
        i = rng.randrange(2, len(name) - 2)
        return name[:i] + name[i + 1:]  # a dropped letter
    return name


def generate_reference_set(seed: int = 1, clients: int = 300, persons: int = 60, invoices: int = 800) -> ReferenceSet:
    rng = random.Random(seed)
    records: list[dict[str, Any]] = []
    companies: list[dict[str, Any]] = []
    used: set[str] = set()
    base7 = 1_000_000
    while len(companies) < clients:
        prefix, domain = rng.choice(_PREFIXES), rng.choice(_DOMAINS)
        roll = rng.random()
        if companies and roll < 0.2:  # the same name with another legal form
            twin = rng.choice(companies)
            core, form = twin["core"], rng.choice([f for f in _FORMS if f[0] != twin["form"][0]])
        elif companies and roll < 0.4:  # shared prefix plus one word
            core, form = f"{rng.choice(companies)['core']} {rng.choice(_EXTRA)}", rng.choice(_FORMS)
        else:
            core, form = f"{prefix} {domain}", rng.choice(_FORMS)
        name = f"{core} {form[0]}"
        if name in used:
            continue
        used.add(name)
        base7 += rng.randrange(1, 5000)
        cid = f"c{len(companies) + 1:04d}"
        pc, city = rng.choice(_CITIES)
        companies.append({"id": cid, "core": core, "form": form, "name": name, "tax_number": tax_number(base7, 2, 41),
                          "postal_code": pc, "city": city, "partner": str(10_000 + len(companies))})
    people: list[dict[str, Any]] = []
    for n in range(persons):
        pc, city = rng.choice(_CITIES)
        people.append({"id": f"m{n + 1:03d}", "name": f"{rng.choice(_SURNAMES)} {rng.choice(_FIRST)}",
                       "postal_code": pc, "city": city})
    for c in companies:
        records.append({"kind": "client", "id": c["id"], "name": c["name"], "tax_number": c["tax_number"],
                        "postal_code": c["postal_code"], "city": c["city"],
                        "partner_ids": [f"billingo:{c['partner']}"]})
    for p in people:
        records.append({"kind": "client", "id": p["id"], "name": p["name"], "private_person": True,
                        "postal_code": p["postal_code"], "city": p["city"]})
    projects: dict[str, list[tuple[str, str, str]]] = {}  # client → (project id, number, work kind)
    orders: dict[str, list[str]] = {}
    for n, c in enumerate(companies):
        for k in range(rng.choice((0, 1, 1, 2, 3))):
            pid = f"p{n:04d}-{k}"
            number = f"P-2025-{rng.randrange(1, 60):03d}"  # 60 numbers for ~400 projects: they overlap
            work = rng.choice(sorted(_WORK))
            projects.setdefault(c["id"], []).append((pid, number, work))
            records.append({"kind": "project", "id": pid, "number": number, "client_id": c["id"],
                            "name": f"{c['core']} {work}"})
            kid = f"k{n:04d}-{k}"
            records.append({"kind": "contract", "id": kid, "number": f"SZ-{n:04d}/{k}", "client_id": c["id"],
                            "project_id": pid})
            for j in range(rng.choice((0, 1, 2))):
                oid = f"o{n:04d}-{k}-{j}"
                onum = f"RE-{rng.randrange(10_000, 99_999)}"
                orders.setdefault(c["id"], []).append(onum)
                records.append({"kind": "order", "id": oid, "number": onum, "client_id": c["id"],
                                "contract_id": kid, "project_id": pid})
    cases: list[Case] = []
    for i in range(invoices):
        roll = rng.random()
        if roll < 0.12:  # a counterparty we do not know (a new client, not in the reference set)
            known = None
            name = f"{rng.choice(_PREFIXES)} {rng.choice(_DOMAINS)} {rng.choice(_EXTRA)} {rng.choice(_FORMS)[0]}"
            party: dict[str, Any] = {"name": name, "tax_number": tax_number(9_000_000 + i, 2, 13)
                                     if rng.random() < 0.7 else None}
        elif roll < 0.25:
            person = rng.choice(people)
            known = person["id"]
            party = {"name": _fold_case(rng, person["name"]), "tax_number": None, "private_person": True}
            if rng.random() < 0.6:
                party["address"] = {"postal_code": person["postal_code"], "city": person["city"]}
        else:
            c = rng.choice(companies)
            known = c["id"]
            style = rng.random()
            name = f"{c['core']} {c['form'][1] if style < 0.3 else c['form'][0]}"
            party = {"name": _fold_case(rng, name), "tax_number": c["tax_number"] if rng.random() < 0.7 else None}
            if party["tax_number"] is None and rng.random() < 0.2:
                party["partner_id"] = c["partner"]
        refs: dict[str, Any] = {}
        text_bits: list[str] = []
        project = None
        work = rng.choice(sorted(_WORK))
        client_projects = projects.get(known or "", [])
        if client_projects:
            pid, pnum, work = rng.choice(client_projects)
            project = pid
            where = rng.random()
            if where < 0.35:
                refs["project"] = pnum
            elif where < 0.55:
                text_bits.append(f"Projekt: {pnum}")
            # else: no project number anywhere — only the learned matcher can tell
            if orders.get(known or "") and rng.random() < 0.3:
                text_bits.append(f"Megrendelés: {rng.choice(orders[known or ''])}")
        words = rng.sample(_WORK[work], 2)
        invoice = {"number": f"EVAL-{i:05d}", "direction": "outgoing", "currency": "HUF", "kind": "normal",
                   "gross_total": str(rng.randrange(5, 5000) * 1000), "buyer": party, "references": refs,
                   "lines": [{"description": w} for w in words]}
        cases.append(Case(invoice, " ".join(["Számla", *text_bits]), known, project))
    return ReferenceSet(records, cases)

"""Reference data for the demo tenant, derived from the same demo book ``szamlatar demo seed``
posts: each partner with a tax number is a client (the ids demo seed uses, ``client-NNN``) with
one project and one framework contract; every order number the demo invoices carry is an order
of its buyer, naming that contract and project. A demo invoice's order number (in its data and
printed on its PDF) then links it to order → contract → project, with the evidence shown."""

from __future__ import annotations

from typing import Any

from szamlatar_dev.emulators.demo_data import DemoBook

_WORKS = ("Irodaház karbantartás", "Raktárbővítés", "Informatikai üzemeltetés", "Telephely-felújítás",
          "Gépbeszerzés", "Energetikai korszerűsítés")


def demo_reference_records(book: DemoBook, site: str = "budapest") -> dict[str, list[dict[str, Any]]]:
    """Records by kind (``client``, ``project``, ``contract``, ``order``), ready for
    ``normalise_record``."""
    clients: list[dict[str, Any]] = []
    projects: list[dict[str, Any]] = []
    contracts: list[dict[str, Any]] = []
    by_tax: dict[str, str] = {}
    year = book.today.year
    for i, partner in enumerate(book.partners):
        if not partner.tax_number:
            continue  # private persons: demo seed makes no client card for them either
        cid = f"client-{i + 1:03d}"
        by_tax[partner.tax_number] = cid
        clients.append({"id": cid, "name": partner.name, "tax_number": partner.tax_number, "site": site})
        projects.append({"id": f"prj-{i + 1:03d}", "number": f"PRJ-{year}-{i + 1:03d}", "client_id": cid,
                         "name": f"{_WORKS[i % len(_WORKS)]} — {partner.name}", "site": site,
                         "cost_centre": f"KK-{100 + i}"})
        contracts.append({"id": f"szerz-{i + 1:03d}", "number": f"SZ-{year}/{i + 1:03d}", "client_id": cid,
                          "project_id": f"prj-{i + 1:03d}", "name": f"Keretszerződés — {partner.name}",
                          "site": site})
    orders: dict[str, dict[str, Any]] = {}
    for inv in book.invoices:
        cid = by_tax.get(inv.buyer.tax_number or "")
        if cid is None or not inv.order_number or inv.order_number in orders:
            continue
        n = cid.removeprefix("client-")
        orders[inv.order_number] = {"id": f"o-{inv.order_number}", "number": inv.order_number, "client_id": cid,
                                    "contract_id": f"szerz-{n}", "project_id": f"prj-{n}", "site": site}
    return {"client": clients, "project": projects, "contract": contracts, "order": list(orders.values())}


# The in-house system's bigger invoices wait for approval in the demo, so `make run` shows the review
# queue (Jóváhagyás) with something in it; the connection is the one `szamlatar demo pull` creates.
DEMO_APPROVAL_RULE: dict[str, Any] = {
    "id": "jovahagyas-belso-600e",
    "name": "Saját rendszer, bruttó 600 000 Ft felett: jóváhagyás kell",
    "priority": 10,
    "conditions": {"connections": ["demo-inhouse"], "amount_min": "600000", "currencies": ["HUF"]},
    "actions": {"archive": "approval", "add_tags": ["jóváhagyandó"]},
}

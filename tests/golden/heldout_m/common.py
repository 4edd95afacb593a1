# ruff: noqa
"""Shared helpers for blind set M: tax numbers, totals, number/date formatting."""
from decimal import Decimal, ROUND_HALF_UP
import datetime as _dt

D = Decimal

HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def taxno(seven: str, vat: int = 2, county: str = "41") -> str:
    """Build a Hungarian adószám NNNNNNNN-N-NN with a valid check digit."""
    assert len(seven) == 7 and seven.isdigit()
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(seven, w))
    d8 = (10 - s % 10) % 10
    return f"{seven}{d8}-{vat}-{county}"


def valid_taxno(t: str) -> bool:
    core = t.replace("-", "")[:8]
    w = [9, 7, 3, 1, 9, 7, 3, 1]
    return sum(int(c) * k for c, k in zip(core, w)) % 10 == 0


def euvat(tax: str) -> str:
    return "HU" + tax[:8]


# VAT codes: numeric rates, or exempt/out-of-scope codes with 0 VAT
RATE = {"27": D(27), "18": D(18), "5": D(5), "0": D(0), "AAM": D(0), "TAM": D(0),
        "FAD": D(0), "EUFAD": D(0), "KBAET": D(0)}
CODE_ORDER = ["27", "18", "5", "0", "AAM", "TAM", "KBAET", "EUFAD", "FAD"]


def q(x: Decimal, cur: str) -> Decimal:
    exp = D("1") if cur == "HUF" else D("0.01")
    return x.quantize(exp, rounding=ROUND_HALF_UP)


def compute(inv: dict) -> dict:
    """Fill in line and summary amounts. Line: dict(desc, qty, unit, price, code).
    If inv['gross_mode'] the price is a gross unit price (simplified invoice)."""
    cur = inv["currency"]
    lines = []
    for ln in inv["lines"]:
        ln = dict(ln)
        qty = D(str(ln["qty"]))
        price = D(str(ln["price"]))
        r = RATE[ln["code"]]
        if inv.get("gross_mode"):
            gross = q(qty * price, cur)
            vat = q(gross * r / (D(100) + r), cur)
            net = gross - vat
        else:
            net = q(qty * price, cur)
            vat = q(net * r / D(100), cur)
            gross = net + vat
        ln.update(qty=qty, price=price, net=net, vat=vat, gross=gross, rate=r)
        lines.append(ln)
    groups = {}
    for ln in lines:
        g = groups.setdefault(ln["code"], {"net": D(0), "vat": D(0), "gross": D(0)})
        g["net"] += ln["net"]; g["vat"] += ln["vat"]; g["gross"] += ln["gross"]
    summary = [(c, groups[c]) for c in CODE_ORDER if c in groups]
    net = sum((ln["net"] for ln in lines), D(0))
    vat = sum((ln["vat"] for ln in lines), D(0))
    gross = net + vat
    assert gross == sum((ln["gross"] for ln in lines), D(0))
    for c, g in summary:
        assert g["net"] + g["vat"] == g["gross"]
    out = dict(inv)
    out.update(lines=lines, summary=summary, net=net, vat=vat, gross=gross)
    if cur != "HUF" and inv.get("fx"):
        fx = D(str(inv["fx"]))
        out["vat_huf"] = q(vat * fx, "HUF")
        out["net_huf"] = q(net * fx, "HUF")
        out["gross_huf"] = out["net_huf"] + out["vat_huf"]
        out["summary_huf"] = [(c, {"net": q(g["net"] * fx, "HUF"), "vat": q(g["vat"] * fx, "HUF")})
                              for c, g in summary]
    return out


def amt(x: Decimal, style: str = "hu", decimals: int | None = None, cur: str = "HUF") -> str:
    """Format an amount. styles: hu (1 234 567,50), hudot (1.234.567,50), en (1,234,567.50),
    plain (1234567.50)."""
    if decimals is None:
        decimals = 0 if cur == "HUF" else 2
    neg = x < 0
    x = abs(x).quantize(D(1) if decimals == 0 else D("0.01"), rounding=ROUND_HALF_UP)
    s = f"{x:.{decimals}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    groups.insert(0, ip)
    sep, dec = {"hu": (" ", ","), "hudot": (".", ","), "en": (",", "."), "plain": ("", "."),
                "hunb": ("\u00a0", ",")}[style]
    r = sep.join(groups) + (dec + fp if fp else "")
    return ("-" if neg else "") + r


def qty_s(x: Decimal) -> str:
    s = f"{x.normalize():f}"
    return s.replace(".", ",")


def dfmt(iso: str | None, style: str) -> str:
    if iso is None:
        return ""
    d = _dt.date.fromisoformat(iso)
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "dot_nodot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dotsp":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    if style == "iso":
        return d.isoformat()
    if style == "hulong":
        return f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}."
    if style == "enlong":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if style == "eu":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


def expected(inv: dict, layout: str) -> dict:
    s, b = inv["seller"], inv["buyer"]

    def dec(x):
        return str(x)
    return {
        "invoice_number": inv["number"],
        "kind": inv["kind"],
        "issue_date": inv["issue"],
        "fulfilment_date": inv.get("fulfil"),
        "due_date": inv.get("due"),
        "currency": inv["currency"],
        "net_total": dec(inv["net"]),
        "vat_total": dec(inv["vat"]),
        "gross_total": dec(inv["gross"]),
        "seller.name": s["name"],
        "seller.tax_number": s.get("tax"),
        "seller.vat_number": s.get("vat"),
        "buyer.name": b.get("name"),
        "buyer.tax_number": b.get("tax"),
        "buyer.vat_number": b.get("vat"),
        "preceding_invoice": inv.get("preceding"),
        "layout": f"blind_m_{layout}",
    }


CODE_LABEL_HU = {"27": "27%", "18": "18%", "5": "5%", "0": "0%", "AAM": "AAM", "TAM": "TAM",
                 "FAD": "FAD", "EUFAD": "EUFAD", "KBAET": "KBAET"}
CODE_NOTE_HU = {
    "AAM": "Alanyi adómentes (Áfa tv. 187. §)",
    "TAM": "Tárgyi adómentes (Áfa tv. 85-86. §)",
    "FAD": "Fordított adózás (Áfa tv. 142. §)",
    "EUFAD": "Fordított adózás – közösségen belüli szolgáltatásnyújtás (Áfa tv. 37. §), Reverse charge",
    "KBAET": "Közösségen belüli adómentes termékértékesítés (Áfa tv. 89. §)",
}

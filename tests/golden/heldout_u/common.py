# ruff: noqa
from decimal import Decimal as D, ROUND_HALF_UP

HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def taxnum(seven, vat="2", county="41"):
    d = [int(c) for c in seven]
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(a * b for a, b in zip(d, w))
    d8 = (10 - s % 10) % 10
    return f"{seven}{d8}-{vat}-{county}"


def hu_vat(tax):
    return "HU" + tax[:8]


def fdate(iso, style):
    if iso is None:
        return ""
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    if style == "dot":
        return f"{y}.{m}.{d}."
    if style == "dotns":
        return f"{y}. {m}. {d}."
    if style == "long":
        return f"{y}. {HU_MONTHS[mi-1]} {di}."
    if style == "de":
        return f"{d}.{m}.{y}"
    if style == "iso":
        return iso
    if style == "slash":
        return f"{y}/{m}/{d}"
    if style == "en":
        return f"{di} {EN_MONTHS[mi-1]} {y}"
    raise ValueError(style)


def q(x, cur):
    return x.quantize(D("1") if cur == "HUF" else D("0.01"), rounding=ROUND_HALF_UP)


def fmoney(x, style, cur="HUF"):
    x = D(x)
    neg = x < 0
    x = abs(x)
    dec = 0 if cur == "HUF" else 2
    if style.endswith("00"):
        dec = 2
    s = f"{x:.{dec}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    base = style[:-2] if style.endswith("00") else style
    if base == "space":
        r = " ".join(groups) + ("," + fp if fp else "")
    elif base == "dot":
        r = ".".join(groups) + ("," + fp if fp else "")
    elif base == "plain":
        r = "".join(groups) + ("," + fp if fp else "")
    elif base == "en":
        r = ",".join(groups) + ("." + fp if fp else "")
    elif base == "apos":
        r = "'".join(groups) + ("," + fp if fp else "")
    else:
        raise ValueError(style)
    return ("-" if neg else "") + r


RATES = {"27": D("27"), "18": D("18"), "5": D("5"), "0": D("0"), "AAM": D("0"), "TAM": D("0"),
         "EU": D("0"), "FAD": D("0"), "RC": D("0")}
RATE_LABEL = {"27": "27%", "18": "18%", "5": "5%", "0": "0%", "AAM": "AAM", "TAM": "TAM",
              "EU": "EU", "FAD": "FAD", "RC": "Reverse charge"}


def compute(inv):
    cur = inv["cur"]
    lines = []
    for ln in inv["lines"]:
        desc, qty, unit, price, rate = ln
        net = q(D(str(qty)) * D(str(price)), cur)
        lines.append(dict(desc=desc, qty=D(str(qty)), unit=unit, price=D(str(price)), rate=rate, net=net))
    groups = {}
    for ln in lines:
        groups.setdefault(ln["rate"], D(0))
        groups[ln["rate"]] += ln["net"]
    summary = []
    for r, net in groups.items():
        vat = q(net * RATES[r] / 100, cur)
        summary.append(dict(rate=r, net=net, vat=vat, gross=net + vat))
    for ln in lines:
        ln["vat"] = q(ln["net"] * RATES[ln["rate"]] / 100, cur)
        ln["gross"] = ln["net"] + ln["vat"]
    net = sum((s["net"] for s in summary), D(0))
    vat = sum((s["vat"] for s in summary), D(0))
    inv["_lines"] = lines
    inv["_summary"] = summary
    inv["_net"], inv["_vat"], inv["_gross"] = net, vat, net + vat
    if inv.get("fx"):
        inv["_vat_huf"] = (vat * D(inv["fx"])).quantize(D("1"), rounding=ROUND_HALF_UP)
    return inv


def amt_str(x, cur):
    return str(x) if cur != "HUF" else str(int(x))


def expected(inv, layout):
    s, b = inv["seller"], inv["buyer"]
    return {
        "invoice_number": inv["num"], "kind": inv["kind"], "issue_date": inv["issue"],
        "fulfilment_date": inv.get("ful"), "due_date": inv.get("due"), "currency": inv["cur"],
        "net_total": amt_str(inv["_net"], inv["cur"]), "vat_total": amt_str(inv["_vat"], inv["cur"]),
        "gross_total": amt_str(inv["_gross"], inv["cur"]),
        "seller.name": s["name"], "seller.tax_number": s.get("tax"), "seller.vat_number": s.get("vat"),
        "buyer.name": b.get("name") if b else None, "buyer.tax_number": b.get("tax") if b else None,
        "buyer.vat_number": b.get("vat") if b else None,
        "preceding_invoice": inv.get("prev"), "layout": "blind_u_" + layout,
    }

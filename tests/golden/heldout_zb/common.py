# ruff: noqa
"""Invoice model, number/date formatting and shared HTML fragments for blind set ZB."""
from decimal import Decimal, ROUND_HALF_UP
import datetime as _dt

D = Decimal
HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def q(x, cur):
    return D(x).quantize(D("1") if cur == "HUF" else D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- formatting
def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fa(x, style, cur="HUF"):
    """Format an amount. style: sp | dot | plain | en | sp2 | nb"""
    x = D(x)
    neg = x < 0
    x = abs(x)
    dec = cur != "HUF" or style in ("sp2", "en2")
    x = x.quantize(D("0.01") if dec else D("1"), rounding=ROUND_HALF_UP)
    ip = int(x)
    frac = ("%s" % x).split(".")[1] if dec else ""
    if style in ("sp", "sp2"):
        s = _group(ip, " ") + ("," + frac if dec else "")
    elif style == "dot":
        s = _group(ip, ".") + ("," + frac if dec else ",-")
    elif style == "plain":
        s = str(ip) + ("," + frac if dec else "")
    elif style in ("en", "en2"):
        s = _group(ip, ",") + ("." + frac if dec else "")
    else:
        raise ValueError(style)
    return ("-" if neg else "") + s


def fd(d, style):
    if d is None:
        return ""
    y, m, dd = d.year, d.month, d.day
    if style == "dot":
        return f"{y}.{m:02d}.{dd:02d}."
    if style == "dotn":
        return f"{y}.{m:02d}.{dd:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "long":
        return f"{y}. {HU_MONTHS[m-1]} {dd}."
    if style == "en":
        return f"{dd} {EN_MONTHS[m-1]} {y}"
    if style == "us":
        return f"{EN_MONTHS[m-1]} {dd}, {y}"
    if style == "eu":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "slash":
        return f"{dd:02d}/{m:02d}/{y}"
    raise ValueError(style)


def d(s):
    return _dt.date.fromisoformat(s) if s else None


def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- model
RATE_PCT = {"27": D("0.27"), "18": D("0.18"), "5": D("0.05"), "AAM": D(0), "TAM": D(0),
            "FA": D(0), "KBAET": D(0), "EUFAD37": D(0)}


class Item:
    def __init__(self, desc, qty, unit, price, rate, cur, note=""):
        self.desc = desc
        self.qty = D(str(qty))
        self.unit = unit
        self.price = D(str(price))
        self.rate = rate
        self.note = note
        self.net = q(self.qty * self.price, cur)
        self.vat = q(self.net * RATE_PCT[rate], cur)
        self.gross = self.net + self.vat


class Party:
    def __init__(self, name, addr, tax=None, vat=None, extra=None):
        self.name, self.addr, self.tax, self.vat = name, addr, tax, vat
        self.extra = extra or []


class Invoice:
    def __init__(self, code, number, kind, layout, seller, buyer, issue, fulfil, due, cur,
                 items, preceding=None, fx=None, pay="Átutalás", bank=None, note="", **kw):
        self.code, self.number, self.kind, self.layout = code, number, kind, layout
        self.seller, self.buyer = seller, buyer
        self.issue, self.fulfil, self.due = d(issue), d(fulfil), d(due)
        self.cur = cur
        self.items = [Item(*it[:5], cur, *(it[5:])) for it in items]
        self.preceding = preceding
        self.fx = D(fx) if fx else None
        self.pay, self.bank, self.note = pay, bank, note
        self.kw = kw
        self.net = sum((i.net for i in self.items), D(0))
        self.vat = sum((i.vat for i in self.items), D(0))
        self.gross = self.net + self.vat
        groups = {}
        for i in self.items:
            g = groups.setdefault(i.rate, [D(0), D(0), D(0)])
            g[0] += i.net
            g[1] += i.vat
            g[2] += i.gross
        order = ["27", "18", "5", "AAM", "TAM", "FA", "KBAET", "EUFAD37"]
        self.groups = [(r, *groups[r]) for r in order if r in groups]

    @property
    def vat_huf(self):
        return q(self.vat * self.fx, "HUF") if self.fx else None

    def amt(self, x):
        return str(q(x, self.cur)) if self.cur != "HUF" else str(int(q(x, "HUF")))

    def expected(self):
        return {
            "invoice_number": self.number,
            "kind": self.kind,
            "issue_date": self.issue.isoformat(),
            "fulfilment_date": self.fulfil.isoformat() if self.fulfil else None,
            "due_date": self.due.isoformat() if self.due else None,
            "currency": self.cur,
            "net_total": self.amt(self.net),
            "vat_total": self.amt(self.vat),
            "gross_total": self.amt(self.gross),
            "seller.name": self.seller.name,
            "seller.tax_number": self.seller.tax,
            "seller.vat_number": self.seller.vat,
            "buyer.name": self.buyer.name,
            "buyer.tax_number": self.buyer.tax,
            "buyer.vat_number": self.buyer.vat,
            "preceding_invoice": self.preceding,
            "layout": "blind_zb_" + self.layout,
        }


def rate_label(r, style="sp"):
    if r in ("27", "18", "5"):
        return r + (" %" if style == "sp" else "%")
    return {"FA": "FAD" if style == "code" else "fordított adózás", "EUFAD37": "EUFAD37",
            "KBAET": "KBAET"}.get(r, r)


def fmt_qty(x):
    s = ("%s" % x.normalize()) if x != x.to_integral() else str(int(x))
    return s.replace(".", ",")


def page(css, body, font="DejaVu Sans", size="9.5pt", margin="14mm 14mm 14mm 14mm"):
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: {margin}; }}
body {{ font-family: '{font}'; font-size: {size}; color: #111; margin: 0; }}
table {{ border-collapse: collapse; }}
.r {{ text-align: right; }} td.r {{ white-space: nowrap; }} .c {{ text-align: center; }} .b {{ font-weight: bold; }}
{css}
</style></head><body>{body}</body></html>"""


def party_lines(p, taxlbl="Adószám:", vatlbl="Közösségi adószám:", sep="<br>"):
    out = [f"<b>{esc(p.name)}</b>"] + [esc(a) for a in p.addr]
    if p.tax:
        out.append(f"{taxlbl} {p.tax}")
    if p.vat:
        out.append(f"{vatlbl} {p.vat}")
    out += [esc(e) for e in p.extra]
    return sep.join(out)


def items_table(inv, cols, st, cls="items", rstyle="sp"):
    """cols: list of (header, key). keys: no, desc, qty, unit, qtyunit, price, net, rate, vat, gross"""
    head = "".join(f'<th class="{"" if k in ("desc", "no") else "r"}">{h}</th>' for h, k in cols)
    rows = []
    for n, it in enumerate(inv.items, 1):
        cells = []
        for h, k in cols:
            if k == "no":
                v = f"{n}."
            elif k == "desc":
                v = esc(it.desc) + (f'<div class="note">{esc(it.note)}</div>' if it.note else "")
            elif k == "qty":
                v = fmt_qty(it.qty)
            elif k == "unit":
                v = esc(it.unit)
            elif k == "qtyunit":
                v = f"{fmt_qty(it.qty)} {esc(it.unit)}"
            elif k == "price":
                v = fa(it.price, st, inv.cur)
            elif k == "net":
                v = fa(it.net, st, inv.cur)
            elif k == "rate":
                v = rate_label(it.rate, rstyle)
            elif k == "vat":
                v = fa(it.vat, st, inv.cur)
            elif k == "gross":
                v = fa(it.gross, st, inv.cur)
            cells.append(f'<td class="{"" if k in ("desc", "no") else "r"}">{v}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def vat_table(inv, st, heads=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), cls="vat", total_label="Összesen", rstyle="sp", suffix=""):
    rows = "".join(
        f'<tr><td>{rate_label(r, rstyle)}</td><td class="r">{fa(n, st, inv.cur)}{suffix}</td>'
        f'<td class="r">{fa(v, st, inv.cur)}{suffix}</td><td class="r">{fa(g, st, inv.cur)}{suffix}</td></tr>'
        for r, n, v, g in inv.groups)
    tot = (f'<tr class="tot"><td><b>{total_label}</b></td><td class="r"><b>{fa(inv.net, st, inv.cur)}{suffix}</b></td>'
           f'<td class="r"><b>{fa(inv.vat, st, inv.cur)}{suffix}</b></td><td class="r"><b>{fa(inv.gross, st, inv.cur)}{suffix}</b></td></tr>')
    h = "".join(f'<th class="{"r" if i else ""}">{x}</th>' for i, x in enumerate(heads))
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{rows}{tot}</tbody></table>'

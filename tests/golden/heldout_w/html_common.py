# ruff: noqa
"""Shared bits for the HTML templates of blind set W."""
from decimal import Decimal
from html import escape

from .model import RATE_LABEL, RATE_PCT, fmt_num

TITLE_HU = {"normal": "Számla", "advance": "Előlegszámla", "final": "Végszámla",
            "correction": "Helyesbítő számla", "storno": "Sztornó számla", "proforma": "Díjbekérő"}


def e(s) -> str:
    return escape(str(s))


def qty(inv, x: Decimal) -> str:
    x = x.normalize()
    dec = max(0, -x.as_tuple().exponent)
    style = "en" if inv.numfmt == "en" else ("sp" if inv.numfmt in ("sp", "sp00", "plain", "plain00") else "dot")
    if inv.numfmt in ("plain", "plain00"):
        style = "plain"
    return fmt_num(x, style, dec)


def price(inv, x: Decimal) -> str:
    dec = max(inv.dec, -x.as_tuple().exponent)
    return fmt_num(x, inv.numfmt, dec)


def rate(r: str) -> str:
    return RATE_LABEL[r]


def party_lines(p, tax_label="Adószám", vat_label="Közösségi adószám", extra=True):
    out = [p.name] + list(p.addr)
    if p.tax:
        out.append(f"{tax_label}: {p.tax}")
    if p.vat:
        out.append(f"{vat_label}: {p.vat}")
    if extra:
        out += p.extra
    return out


def party_html(p, tax_label="Adószám", vat_label="Közösségi adószám", extra=True, name_tag="b"):
    ls = party_lines(p, tax_label, vat_label, extra)
    return f"<{name_tag}>{e(ls[0])}</{name_tag}><br>" + "<br>".join(e(x) for x in ls[1:])


def lines_table(inv, cols, cls="items"):
    """cols: list of (header, key, align)."""
    head = "".join(f'<th class="{a}">{h}</th>' for h, k, a in cols)
    rows = []
    for i, ln in enumerate(inv.lines, 1):
        net = inv.line_net(ln)
        vat = inv.line_vat(ln)
        vals = {"no": str(i), "desc": e(ln.desc), "qty": qty(inv, ln.qty), "unit": e(ln.unit),
                "qtyunit": f"{qty(inv, ln.qty)} {e(ln.unit)}", "price": price(inv, ln.price),
                "net": inv.n(net), "rate": rate(ln.rate), "vat": inv.n(vat), "gross": inv.n(net + vat)}
        rows.append("<tr>" + "".join(f'<td class="{a}">{vals[k]}</td>' for h, k, a in cols) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def vat_summary(inv, hdr=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), cls="vatsum", total_label="Összesen", huf=False):
    h = "".join(f'<th{" class=r" if i else ""}>{x}</th>' for i, x in enumerate(hdr))
    rows = ""
    for r, net, vat, gross in inv.groups:
        extra = f'<td class="r">{fmt_num(inv.huf(vat), "sp", 0)}</td>' if huf else ""
        rows += f'<tr><td>{rate(r)}</td><td class="r">{inv.n(net)}</td><td class="r">{inv.n(vat)}</td><td class="r">{inv.n(gross)}</td>{extra}</tr>'
    extra = f'<td class="r"><b>{fmt_num(inv.huf(inv.vat), "sp", 0)}</b></td>' if huf else ""
    rows += (f'<tr class="tot"><td><b>{total_label}</b></td><td class="r"><b>{inv.n(inv.net)}</b></td>'
             f'<td class="r"><b>{inv.n(inv.vat)}</b></td><td class="r"><b>{inv.n(inv.gross)}</b></td>{extra}</tr>')
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{rows}</tbody></table>'


def notes_html(inv, cls="notes"):
    return "".join(f'<p class="{cls}">{e(n)}</p>' for n in inv.notes)


def page(css, body, size="A4", margin="14mm"):
    return f"""<!doctype html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: {margin}; }}
body {{ margin:0; }}
.r {{ text-align:right; white-space:nowrap; }} .c {{ text-align:center; }} .l {{ text-align:left; }}
table {{ border-collapse: collapse; }}
{css}
</style></head><body>{body}</body></html>"""

"""HTML building blocks for set F."""

from __future__ import annotations

from .core import Doc, e

COLS = ("no", "desc", "qty", "unit", "price", "net", "rate", "vat", "gross")


def page(css: str, body: str, font: str = "DejaVu Sans", size: str = "9pt", landscape: bool = False) -> str:
    return f"""<!doctype html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: A4{' landscape' if landscape else ''}; margin: 12mm 12mm 14mm 12mm; }}
* {{ box-sizing: border-box; }}
body {{ font-family: "{font}"; font-size: {size}; margin: 0; color: #111; font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }}
table {{ border-collapse: collapse; }}
td.n, th.n {{ text-align: right; white-space: nowrap; }}
.nw {{ white-space: nowrap; }}
.pb {{ page-break-after: always; }}
{css}
</style></head><body>{body}</body></html>"""


def table(doc: Doc, heads: dict, amt, cls: str = "items", lines=None, start: int = 1) -> str:
    lines = doc.lines if lines is None else lines
    cols = [c for c in COLS if c in heads]
    out = [f'<table class="{cls}"><thead><tr>']
    for c in cols:
        out.append(f'<th class="{"n" if c not in ("desc", "unit", "no") else ""}">{heads[c]}</th>')
    out.append("</tr></thead><tbody>")
    for i, ln in enumerate(lines, start):
        out.append("<tr>")
        for c in cols:
            v = {
                "no": str(i), "desc": e(ln.desc), "qty": e(amt(ln.qty, qty=True)), "unit": e(ln.unit),
                "price": e(amt(ln.price)), "net": e(amt(ln.net)), "rate": e(ln.rate_label),
                "vat": e(amt(ln.vat)), "gross": e(amt(ln.gross)),
            }[c]
            out.append(f'<td class="{"n" if c not in ("desc", "unit", "no") else ""}">{v}</td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def vat_table(doc: Doc, heads: tuple, amt, total_label: str | None, cls: str = "vat", record: bool = True) -> str:
    """Rate | net | VAT | gross by rate, then an Összesen row whose figures the check looks for."""
    out = [f'<table class="{cls}"><tr>' + "".join(
        f'<th class="{"n" if i else ""}">{h}</th>' for i, h in enumerate(heads)) + "</tr>"]
    for rate, net, vat, gross in doc.groups():
        out.append(f'<tr><td>{e(rate)}</td><td class="n">{e(amt(net))}</td><td class="n">{e(amt(vat))}</td>'
                   f'<td class="n">{e(amt(gross))}</td></tr>')
    if total_label:
        f = doc.p if record else e
        out.append(f'<tr class="tot"><td>{total_label}</td><td class="n">{f(amt(doc.net))}</td>'
                   f'<td class="n">{f(amt(doc.vat))}</td><td class="n">{f(amt(doc.gross))}</td></tr>')
    out.append("</table>")
    return "".join(out)


def party(doc: Doc, p, title: str, tax_label: str = "Adószám:", vat_label: str = "Közösségi adószám:",
          cls: str = "party") -> str:
    rows = [f'<div class="{cls}"><div class="ttl">{title}</div><div class="nm">{doc.p(p.name)}</div>',
            f"<div>{e(p.address)}</div>"]
    if p.tax:
        rows.append(f'<div>{tax_label} <span class="nw">{doc.p(p.tax)}</span></div>')
    if p.vat:
        rows.append(f'<div>{vat_label} <span class="nw">{doc.p(p.vat)}</span></div>')
    rows += [f"<div>{e(x)}</div>" for x in p.extra]
    rows.append("</div>")
    return "".join(rows)

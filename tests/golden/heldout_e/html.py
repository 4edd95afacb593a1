"""HTML + CSS pages for set E, printed to PDF by headless Chromium."""

from __future__ import annotations

import re
import subprocess
import tempfile
from html import escape as esc
from pathlib import Path

from tests.golden.heldout_e.model import RATES, Doc, Party, fmt_amount, in_words

CHROMIUM = "/usr/bin/chromium"


def print_pdf(html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
    data = out.read_bytes()
    # fixed dates of the same length, so the file does not change from run to run
    data = re.sub(rb"\(D:\d{14}[^)]*\)", lambda mo: b"(D:20261201120000" + b" " * (len(mo.group(0)) - 18) + b")",
                  data)
    # the tagged-PDF node ids count on from whatever Chromium numbered before: renumber them from 1, in order
    ids = sorted({int(n) for n in re.findall(rb"\(node(\d{8})\)", data)})
    renumber = {b"%08d" % old: b"%08d" % new for new, old in enumerate(ids, 1)}
    data = re.sub(rb"\(node(\d{8})\)", lambda mo: b"(node" + renumber[mo.group(1)] + b")", data)
    out.write_bytes(data)


def rate_label(doc: Doc, rate: str) -> str:
    names = doc.opts.get("rate_names", {})
    if rate in names:
        return names[rate]
    return {"AAM": "AAM", "TAM": "TAM", "KBAET": "KBAET", "FAD": "FAD", "EUFAD": "EUFAD"}.get(rate, f"{rate}%")


def money(doc: Doc, x) -> str:
    pre, suf = doc.opts.get("cur_pre", ""), doc.opts.get("cur_suf", "")
    return f"{pre}{doc.m(x)}{suf}"


def labels(doc: Doc) -> dict:
    base = {"number": "Számlaszám", "issue": "Számla kelte", "fulfil": "Teljesítés dátuma",
            "due": "Fizetési határidő", "pay": "Fizetési mód", "seller": "Eladó", "buyer": "Vevő",
            "tax": "Adószám", "vat": "Közösségi adószám", "net": "Nettó összesen", "vat_amt": "ÁFA összesen",
            "gross": "Bruttó összesen", "desc": "Megnevezés", "qty": "Menny.", "unit": "Me.",
            "price": "Nettó egységár", "netv": "Nettó érték", "rate": "ÁFA", "vatv": "ÁFA érték",
            "grossv": "Bruttó érték", "preceding": "Eredeti számla sorszáma", "title": "SZÁMLA"}
    base.update(doc.opts.get("labels", {}))
    return base


def meta(doc: Doc) -> list[tuple[str, str]]:
    lab = labels(doc)
    rows = []
    for key in doc.opts.get("meta_order", ["number", "issue", "fulfil", "due", "pay"]):
        if key == "number":
            rows.append((lab["number"], doc.number))
        elif key == "issue":
            rows.append((lab["issue"], doc.d(doc.issue)))
        elif key == "fulfil" and doc.fulfil:
            rows.append((lab["fulfil"], doc.d(doc.fulfil)))
        elif key == "due" and doc.due:
            rows.append((lab["due"], doc.d(doc.due)))
        elif key == "pay":
            rows.append((lab["pay"], doc.opts.get("pay", "Átutalás")))
        elif key == "preceding" and doc.preceding:
            rows.append((lab["preceding"], doc.preceding))
    rows += doc.opts.get("extra_meta", [])
    return rows


def party_html(doc: Doc, p: Party, heading: str, cls: str = "party") -> str:
    lab = labels(doc)
    lines = [f'<div class="ph">{esc(heading)}</div>', f'<div class="pn">{esc(p.name)}</div>']
    lines += [f"<div>{esc(a)}</div>" for a in p.address]
    if p.tax:
        lines.append(f'<div><span class="pl">{esc(lab["tax"])}:</span> {esc(p.tax)}</div>')
    if p.vat:
        lines.append(f'<div><span class="pl">{esc(lab["vat"])}:</span> {esc(p.vat)}</div>')
    lines += [f'<div class="px">{esc(e)}</div>' for e in p.extra]
    return f'<div class="{cls}">' + "".join(lines) + "</div>"


def items_table(doc: Doc, cols: str = "full") -> str:
    lab = labels(doc)
    pl = doc.places
    if cols == "full":
        head = ["#", lab["desc"], lab["qty"], lab["unit"], lab["price"], lab["netv"], lab["rate"], lab["vatv"],
                lab["grossv"]]
    elif cols == "short":
        head = [lab["desc"], lab["qty"], lab["price"], lab["rate"], lab["netv"]]
    else:  # gross
        head = [lab["desc"], lab["qty"], lab["unit"], lab["price"], lab["rate"], lab["netv"], lab["grossv"]]
    rows = []
    for i, ln in enumerate(doc.lines, 1):
        qty = f"{ln.qty.normalize():f}".replace(".", ",")
        net, vat = ln.net(pl), ln.vat(pl)
        price = fmt_amount(ln.price, doc.amtfmt, pl if ln.price == ln.price.to_integral() else 2)
        rl = rate_label(doc, ln.rate)
        if cols == "full":
            cells = [str(i), esc(ln.desc), qty, ln.unit, price, doc.m(net), rl, doc.m(vat), doc.m(net + vat)]
        elif cols == "short":
            cells = [esc(ln.desc), f"{qty} {ln.unit}", price, rl, doc.m(net)]
        else:
            cells = [esc(ln.desc), qty, ln.unit, price, rl, doc.m(net), doc.m(net + vat)]
        rows.append("<tr>" + "".join(f'<td class="{"l" if c == esc(ln.desc) else "r"}">{c}</td>' for c in cells)
                    + "</tr>")
    return ('<table class="items"><thead><tr>' + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def vat_summary(doc: Doc, title: str = "ÁFA összesítő") -> str:
    lab = labels(doc)
    rows = "".join(f'<tr><td class="l">{esc(rate_label(doc, r))}</td><td class="r">{doc.m(n)}</td>'
                   f'<td class="r">{doc.m(v)}</td><td class="r">{doc.m(g)}</td></tr>' for r, n, v, g in doc.groups())
    return (f'<table class="vatsum"><thead><tr><th>{esc(title)}</th><th>{esc(lab["netv"])}</th><th>{esc(lab["vatv"])}'
            f'</th><th>{esc(lab["grossv"])}</th></tr></thead><tbody>{rows}</tbody></table>')


def totals_block(doc: Doc) -> str:
    lab = labels(doc)
    rows = [(lab["net"], money(doc, doc.net)), (lab["vat_amt"], money(doc, doc.vat)),
            (lab["gross"], money(doc, doc.gross))]
    rows += doc.opts.get("after_totals", [])
    return '<table class="totals">' + "".join(
        f'<tr class="t{i}"><td>{esc(a)}</td><td class="r">{esc(b)}</td></tr>' for i, (a, b) in enumerate(rows)) + "</table>"


def words(doc: Doc) -> str:
    if not doc.opts.get("words"):
        return ""
    n = int(doc.gross)
    unit = "forint" if doc.currency == "HUF" else "euró"
    return f'<p class="words">azaz {in_words(n)} {unit}{"" if doc.places == 0 else " " + str(doc.gross).split(".")[1] + " cent"}</p>'


def notes(doc: Doc) -> str:
    return "".join(f'<p class="note">{esc(n)}</p>' for n in doc.opts.get("notes", []))


def page_css(doc: Doc, extra: str = "") -> str:
    font = doc.opts.get("font", '"DejaVu Sans"')
    size = doc.opts.get("size", "9.5pt")
    footer = doc.opts.get("footer", "")
    pages = doc.opts.get("page_numbers", False)
    box = ""
    if footer:
        box += f'@bottom-left{{content:"{footer}"; font: 7pt {font}; color:#555}}'
    if pages:
        box += f'@bottom-right{{content: counter(page) "/" counter(pages); font: 8pt {font}}}'
    psize = doc.opts.get("page", "A4")
    margin = doc.opts.get("margin", "14mm 14mm 18mm 14mm")
    return f"""@page {{ size: {psize}; margin: {margin}; {box} }}
body {{ font-family: {font}; font-size: {size}; color: #111; margin: 0;
  font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }}
table {{ border-collapse: collapse; }}
td.r, th.r {{ text-align: right; }} td.l {{ text-align: left; }}
.items {{ width: 100%; margin-top: 8px; }}
.items th {{ font-size: 0.85em; text-align: right; }} .items th:nth-child(2), .items th:first-child {{ text-align: left; }}
.items td, .items th {{ padding: 3px 4px; }}
.items tr {{ page-break-inside: avoid; }}
.vatsum td, .vatsum th {{ padding: 2px 8px; }}
.totals td {{ padding: 2px 8px; }}
.words {{ font-style: italic; }}
.note {{ font-size: 0.9em; margin: 3px 0; }}
.stamp {{ position: fixed; top: 60mm; left: 30mm; font-size: 56pt; color: rgba(200,0,0,0.22);
  transform: rotate(-20deg); border: 6px solid rgba(200,0,0,0.22); padding: 4px 18px; font-weight: bold; }}
.water {{ position: fixed; top: 120mm; left: 10mm; font-size: 70pt; color: rgba(0,0,0,0.06); transform: rotate(-35deg); }}
{extra}"""


def wrap(doc: Doc, css: str, body: str) -> str:
    stamp = f'<div class="stamp">{esc(doc.opts["stamp"])}</div>' if doc.opts.get("stamp") else ""
    water = f'<div class="water">{esc(doc.opts["watermark"])}</div>' if doc.opts.get("watermark") else ""
    return (f'<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><style>{css}</style></head><body>'
            f"{stamp}{water}{body}</body></html>")


# --- layouts ------------------------------------------------------------------------------------------------


def classic(doc: Doc) -> str:
    """Web-invoicer look: title band, two party boxes side by side, four meta boxes with the label above."""
    lab = labels(doc)
    accent = doc.opts.get("accent", "#1d5fa8")
    css = page_css(doc, f"""
.top {{ display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid {accent};
  padding-bottom:6px; }}
.top h1 {{ margin:0; font-size:20pt; color:{accent}; letter-spacing:1px; }}
.parties {{ display:flex; gap:10px; margin-top:10px; }}
.party {{ flex:1; border:1px solid #bbb; border-radius:4px; padding:8px; line-height:1.35; }}
.ph {{ font-size:0.8em; text-transform:uppercase; color:{accent}; font-weight:bold; margin-bottom:3px; }}
.pn {{ font-weight:bold; font-size:1.1em; }}
.px {{ color:#444; font-size:0.9em; }}
.metas {{ display:grid; grid-template-columns: repeat(4, 1fr); gap:6px; margin-top:10px; }}
.meta {{ border:1px solid {accent}; padding:4px 6px; }}
.meta .k {{ font-size:0.75em; color:#555; }} .meta .v {{ font-weight:bold; }}
.items th {{ background:{accent}; color:white; }}
.items td {{ border-bottom:1px solid #ddd; }}
.sumrow {{ display:flex; justify-content:space-between; margin-top:10px; align-items:flex-start; }}
.totals .t2 td {{ font-weight:bold; font-size:1.2em; border-top:2px solid {accent}; }}
""")
    metas = "".join(f'<div class="meta"><div class="k">{esc(k)}</div><div class="v">{esc(v)}</div></div>'
                    for k, v in meta(doc))
    sub = doc.opts.get("subtitle", "")
    body = (f'<div class="top"><div>{doc.opts.get("brand", "")}</div><div><h1>{esc(lab["title"])}</h1>'
            f'<div>{esc(sub)}</div></div></div>'
            f'<div class="parties">{party_html(doc, doc.seller, lab["seller"])}{party_html(doc, doc.buyer, lab["buyer"])}</div>'
            f'<div class="metas">{metas}</div>{items_table(doc, doc.opts.get("cols", "full"))}'
            f'<div class="sumrow">{vat_summary(doc)}{totals_block(doc)}</div>{words(doc)}{notes(doc)}')
    return wrap(doc, css, body)


def grid(doc: Doc) -> str:
    """SaaS look: coloured header band with the seller, meta as chips with two labels per line, buyer card."""
    lab = labels(doc)
    accent = doc.opts.get("accent", "#0b7a6b")
    css = page_css(doc, f"""
.band {{ background:{accent}; color:white; padding:12px 14px; display:grid; grid-template-columns: 2fr 1fr; }}
.band .pn {{ font-size:16pt; font-weight:bold; }}
.band .ph {{ display:none; }}
.band h1 {{ margin:0; text-align:right; font-size:18pt; font-weight:300; }}
.band .num {{ text-align:right; font-size:11pt; }}
.row2 {{ display:grid; grid-template-columns: 1fr 1fr; gap:14px; margin-top:12px; }}
.card {{ background:#f3f6f6; padding:10px; border-left:4px solid {accent}; line-height:1.4; }}
.card .ph {{ font-size:0.75em; text-transform:uppercase; letter-spacing:1px; color:{accent}; }}
.card .pn {{ font-weight:bold; font-size:1.1em; }}
.chips {{ display:grid; grid-template-columns: auto auto; gap:3px 12px; align-content:start; }}
.chips span.k {{ color:#666; }} .chips span.v {{ font-weight:bold; text-align:right; }}
.items th {{ border-bottom:2px solid {accent}; color:{accent}; }}
.items td {{ border-bottom:1px dotted #aaa; }}
.bottom {{ display:grid; grid-template-columns: 1.2fr 1fr; gap:14px; margin-top:12px; }}
.totals {{ width:100%; }} .totals td {{ border-bottom:1px solid #ddd; }}
.totals .t2 td {{ background:{accent}; color:white; font-weight:bold; font-size:1.15em; }}
""")
    chips = "".join(f'<span class="k">{esc(k)}</span><span class="v">{esc(v)}</span>' for k, v in meta(doc))
    seller = party_html(doc, doc.seller, lab["seller"], "sellerband")
    body = (f'<div class="band">{seller}<div><h1>{esc(lab["title"])}</h1>'
            f'<div class="num">{esc(doc.opts.get("band_number", ""))}</div></div></div>'
            f'<div class="row2">{party_html(doc, doc.buyer, lab["buyer"], "card")}<div class="chips">{chips}</div></div>'
            f'{notes(doc) if doc.opts.get("notes_top") else ""}'
            f'{items_table(doc, doc.opts.get("cols", "gross"))}'
            f'<div class="bottom">{vat_summary(doc, doc.opts.get("vs_title", "ÁFA-kulcs"))}{totals_block(doc)}</div>'
            f'{words(doc)}{"" if doc.opts.get("notes_top") else notes(doc)}')
    return wrap(doc, css, body)


def lefttable(doc: Doc) -> str:
    """Government-form look: stacked sections, labels in a left column of a bordered table."""
    lab = labels(doc)
    css = page_css(doc, """
h1 { text-align:center; font-size:15pt; margin:0 0 2px 0; }
.sub { text-align:center; font-size:0.9em; margin-bottom:8px; }
h2 { font-size:10pt; background:#e4e4e4; padding:3px 6px; margin:10px 0 0 0; border:1px solid #888; }
table.kv { width:100%; } table.kv td { border:1px solid #888; padding:3px 6px; vertical-align:top; }
table.kv td.k { width:38%; background:#f6f6f6; }
.items td, .items th { border:1px solid #888; } .items th { background:#f0f0f0; }
.vatsum td, .vatsum th { border:1px solid #888; }
.totals { margin-left:auto; margin-top:8px; } .totals td { border:1px solid #888; }
.totals .t2 td { font-weight:bold; }
""")

    def kv(rows: list[tuple[str, str]]) -> str:
        return '<table class="kv">' + "".join(f'<tr><td class="k">{esc(k)}</td><td>{esc(v)}</td></tr>'
                                               for k, v in rows if v) + "</table>"

    def prows(p: Party) -> list[tuple[str, str]]:
        rows = [(doc.opts.get("name_label", "Név"), p.name), ("Cím", ", ".join(p.address)),
                (lab["tax"], p.tax or ""), (lab["vat"], p.vat or "")]
        rows += [tuple(e.split(": ", 1)) if ": " in e else tuple(e.split(" ", 1)) for e in p.extra]  # type: ignore[misc]
        return rows

    body = (f'<h1>{esc(lab["title"])}</h1><div class="sub">{esc(doc.opts.get("subtitle", ""))}</div>'
            f'<h2>{esc(doc.opts.get("meta_head", "A számla adatai"))}</h2>{kv(meta(doc))}'
            f'<h2>{esc(lab["seller"])}</h2>{kv(prows(doc.seller))}'
            f'<h2>{esc(lab["buyer"])}</h2>{kv(prows(doc.buyer))}'
            f'<h2>{esc(doc.opts.get("items_head", "Tételek"))}</h2>{items_table(doc, "full")}'
            f'<h2>{esc(doc.opts.get("sum_head", "Összesítés"))}</h2>{vat_summary(doc)}{totals_block(doc)}'
            f'{words(doc)}{notes(doc)}')
    return wrap(doc, css, body)


def letterhead(doc: Doc) -> str:
    """Letter look: the seller as a letterhead with a round monogram, buyer in an envelope window, meta right."""
    lab = labels(doc)
    accent = doc.opts.get("accent", "#7a2e1d")
    s = doc.seller
    mono = "".join(w[0] for w in re.findall(r"[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+", s.name)[:2])
    css = page_css(doc, f"""
.lh {{ display:flex; align-items:center; gap:14px; border-bottom:1px solid {accent}; padding-bottom:8px; }}
.logo {{ width:54px; height:54px; border-radius:27px; background:{accent}; color:white; font-size:22pt;
  display:flex; align-items:center; justify-content:center; font-weight:bold; }}
.lh .big {{ font-size:19pt; font-weight:bold; color:{accent}; }}
.lh .small {{ font-size:0.85em; color:#333; }}
.env {{ margin-top:16mm; margin-left:0; width:85mm; min-height:30mm; border:0.5px solid #ccc; padding:4mm;
  line-height:1.4; }}
.env .ph {{ font-size:0.75em; color:#777; }} .env .pn {{ font-weight:bold; }}
.right {{ position:absolute; right:0; top:34mm; width:80mm; }}
.right table {{ width:100%; }} .right td {{ padding:2px 4px; }} .right td.v {{ text-align:right; font-weight:bold; }}
h1 {{ font-size:14pt; margin:10mm 0 2mm 0; letter-spacing:3px; }}
.items th {{ border-top:1px solid #000; border-bottom:1px solid #000; }}
.items td {{ border-bottom:0.5px solid #ccc; }}
.fin {{ display:flex; justify-content:flex-end; gap:18px; margin-top:8px; }}
.totals .t2 td {{ font-weight:bold; border-top:1.5px solid #000; }}
.foot {{ margin-top:14px; font-size:0.8em; color:#444; border-top:1px solid {accent}; padding-top:4px; }}
""")
    sl = [s.name] if doc.opts.get("lh_name_twice") else []
    small = " · ".join(s.address + ([f"{lab['tax']}: {s.tax}"] if s.tax else []) + ([f"{lab['vat']}: {s.vat}"] if s.vat else []))
    metas = "".join(f'<tr><td>{esc(k)}</td><td class="v">{esc(v)}</td></tr>' for k, v in meta(doc))
    body = (f'<div style="position:relative">'
            f'<div class="lh"><div class="logo">{esc(mono)}</div><div><div class="big">{esc(s.name)}</div>'
            f'<div class="small">{esc(small)}</div></div></div>'
            f'{party_html(doc, doc.buyer, lab["buyer"], "env")}'
            f'<div class="right"><table>{metas}</table></div></div>'
            f'<h1>{esc(lab["title"])}</h1>{notes(doc) if doc.opts.get("notes_top") else ""}'
            f'{items_table(doc, doc.opts.get("cols", "short"))}'
            f'<div class="fin">{vat_summary(doc, "Adókulcs") if doc.opts.get("vs", True) else ""}{totals_block(doc)}</div>'
            f'{words(doc)}{"" if doc.opts.get("notes_top") else notes(doc)}'
            f'<div class="foot">{esc(" | ".join(sl + s.extra))}</div>')
    return wrap(doc, css, body)


def receipt(doc: Doc) -> str:
    """Till-roll look: a narrow page, monospace, everything stacked, gross prices with the VAT content."""
    lab = labels(doc)
    css = page_css(doc, """
body { width: 70mm; } .c { text-align:center; } hr { border:0; border-top:1px dashed #000; }
.row { display:flex; justify-content:space-between; } .b { font-weight:bold; }
.party div { line-height:1.25; } .ph { text-decoration: underline; }
""")
    s, b = doc.seller, doc.buyer
    pl = doc.places
    items = ""
    for ln in doc.lines:
        g = ln.net(pl) + ln.vat(pl)
        items += (f'<div>{esc(ln.desc)}</div><div class="row"><span>{ln.qty.normalize():f} {ln.unit} '
                  f'[{rate_label(doc, ln.rate)}]</span><span>{doc.m(g)}</span></div>')
    groups = "".join(f'<div class="row"><span>{esc(rate_label(doc, r))} nettó {doc.m(n)}</span><span>ÁFA {doc.m(v)}</span></div>'
                     for r, n, v, g in doc.groups())
    extra = "".join(f'<div class="row"><span>{esc(a)}</span><span>{esc(c)}</span></div>'
                    for a, c in doc.opts.get("after_totals", []))
    metas = "".join(f'<div class="row"><span>{esc(k)}</span><span>{esc(v)}</span></div>' for k, v in meta(doc))
    body = (f'<div class="c b">{esc(s.name)}</div>' + "".join(f'<div class="c">{esc(a)}</div>' for a in s.address)
            + f'<div class="c">{esc(lab["tax"])}: {esc(s.tax or "")}</div>'
            + "".join(f'<div class="c">{esc(e)}</div>' for e in s.extra)
            + f'<hr><div class="c b">{esc(lab["title"])}</div>{metas}<hr>{party_html(doc, b, lab["buyer"])}<hr>{items}<hr>'
            f'{groups}<div class="row"><span>{esc(lab["net"])}</span><span>{doc.m(doc.net)}</span></div>'
            f'<div class="row"><span>{esc(lab["vat_amt"])}</span><span>{doc.m(doc.vat)}</span></div>'
            f'<div class="row b"><span>{esc(lab["gross"])}</span><span>{money(doc, doc.gross)}</span></div>{extra}<hr>'
            f'{notes(doc)}')
    return wrap(doc, css, body)


def smallcaps(doc: Doc) -> str:
    """Accounting-suite look: bold small-caps labels, values far right, parties stacked, thin rules."""
    lab = labels(doc)
    css = page_css(doc, """
.hdr { display:grid; grid-template-columns: 1fr 1fr; border:1.5px solid #000; }
.hdr > div { padding:6px 8px; } .hdr > div + div { border-left:1.5px solid #000; }
h1 { font-variant: small-caps; font-size:17pt; margin:0; }
.lbl, .ph, .pl { font-variant: small-caps; font-weight:bold; }
.ph { border-bottom:1px solid #000; margin-bottom:3px; } .pn { font-weight:bold; }
.party { padding:6px 8px; border:1.5px solid #000; border-top:0; line-height:1.35; }
.mt { width:100%; } .mt td { padding:1px 0; } .mt td.v { text-align:right; }
.items th { font-variant: small-caps; border-bottom:1.5px solid #000; } .items td { border-bottom:0.5px solid #999; }
.fin { display:grid; grid-template-columns: 1fr 1fr; gap:10px; margin-top:8px; }
.totals { width:100%; } .totals td:first-child { font-variant: small-caps; font-weight:bold; }
.totals .t2 td { border-top:1.5px solid #000; border-bottom:3px double #000; font-size:1.1em; }
""")
    metas = "".join(f'<tr><td class="lbl">{esc(k)}</td><td class="v">{esc(v)}</td></tr>' for k, v in meta(doc))
    body = (f'<div class="hdr"><div><h1>{esc(lab["title"])}</h1><div>{esc(doc.opts.get("subtitle", ""))}</div></div>'
            f'<div><table class="mt">{metas}</table></div></div>'
            f'{party_html(doc, doc.seller, lab["seller"])}{party_html(doc, doc.buyer, lab["buyer"])}'
            f'{notes(doc) if doc.opts.get("notes_top") else ""}{items_table(doc, doc.opts.get("cols", "full"))}'
            f'<div class="fin">{vat_summary(doc, "Kulcs")}{totals_block(doc)}</div>{words(doc)}'
            f'{"" if doc.opts.get("notes_top") else notes(doc)}')
    return wrap(doc, css, body)


def twolabel(doc: Doc) -> str:
    """Older desktop suite look: two labels on one line, parties in one bordered box split by a rule."""
    lab = labels(doc)
    css = page_css(doc, """
.t { display:flex; justify-content:space-between; align-items:baseline; }
.t h1 { font-size:16pt; margin:0; } .copy { border:1px solid #000; padding:1px 6px; }
.pp { display:grid; grid-template-columns: 1fr 1fr; border:1px solid #000; margin-top:6px; }
.pp .party { padding:6px; line-height:1.3; } .pp .party + .party { border-left:1px solid #000; }
.ph { font-weight:bold; font-size:0.85em; } .pn { font-weight:bold; }
.ml { display:flex; gap:0; border:1px solid #000; border-top:0; }
.ml div { flex:1; padding:3px 6px; } .ml div + div { border-left:1px solid #000; }
.items th { border:1px solid #000; background:#eee; } .items td { border-left:1px solid #000; border-right:1px solid #000; }
.items { border-bottom:1px solid #000; }
.vatsum td, .vatsum th { border:1px solid #000; }
.fin { display:flex; justify-content:space-between; margin-top:6px; }
.totals .t2 td { font-weight:bold; font-size:1.15em; }
""")
    m = meta(doc)
    pairs = [m[i:i + 2] for i in range(0, len(m), 2)]
    mls = "".join('<div class="ml">' + "".join(f"<div><b>{esc(k)}:</b> {esc(v)}</div>" for k, v in pr) + "</div>"
                  for pr in pairs)
    body = (f'<div class="t"><h1>{esc(lab["title"])}</h1><span class="copy">{esc(doc.opts.get("copy", "1. példány"))}</span></div>'
            f'<div class="pp">{party_html(doc, doc.seller, lab["seller"])}{party_html(doc, doc.buyer, lab["buyer"])}</div>'
            f'{mls}{items_table(doc, doc.opts.get("cols", "full"))}'
            f'<div class="fin">{vat_summary(doc)}{totals_block(doc)}</div>{words(doc)}{notes(doc)}')
    return wrap(doc, css, body)


LAYOUTS = {"classic": classic, "grid": grid, "lefttable": lefttable, "letterhead": letterhead, "receipt": receipt,
           "smallcaps": smallcaps, "twolabel": twolabel}

_ = RATES

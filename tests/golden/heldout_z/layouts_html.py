# ruff: noqa
"""HTML page templates for blind set Z: hand-made and cheap-tool invoices."""

from html import escape as E

from .model import rate_label

TITLES = {
    "normal": "SZÁMLA",
    "advance": "ELŐLEGSZÁMLA",
    "final": "VÉGSZÁMLA",
    "proforma": "DÍJBEKÉRŐ",
    "storno": "SZTORNÓ SZÁMLA",
    "correction": "HELYESBÍTŐ SZÁMLA",
}
REFS = {
    "final": "Előlegszámla sorszáma",
    "storno": "Az eredeti (sztornózott) számla sorszáma",
    "correction": "A módosított számla sorszáma",
}


def title(inv):
    return getattr(inv, "title", None) or TITLES[inv.kind]


def refline(inv, label=None):
    if not inv.preceding:
        return ""
    return f"{E(label or getattr(inv, 'ref_label', None) or REFS[inv.kind])}: {E(inv.preceding)}"


def page(body, css, size="A4"):
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: 14mm 14mm 14mm 14mm; }}
body {{ margin:0; font-variant-ligatures:none; }}
.r {{ white-space:nowrap; }}
{css}
</style></head><body>{body}</body></html>"""


def party_lines(p, tax_label="Adószám", vat_label="Közösségi adószám", bank_in_party=True):
    out = [f"<b>{E(p['name'])}</b>"]
    for ln in p.get("addr", "").split("|"):
        if ln:
            out.append(E(ln))
    if p.get("tax"):
        out.append(f"{tax_label}: {E(p['tax'])}")
    if p.get("vat"):
        out.append(f"{vat_label}: {E(p['vat'])}")
    if p.get("bank") and bank_in_party:
        out.append(f"Bankszámlaszám: {E(p['bank'])}")
    for ln in p.get("extra", []):
        out.append(E(ln))
    return "<br>".join(out)


def notes(inv):
    return "".join(f"<p class='note'>{E(n)}</p>" for n in inv.notes)


def cur_sign(inv, short=False):
    return {"HUF": "Ft", "EUR": "EUR"}[inv.cur]


def fx_huf(inv):
    from .model import famt

    return famt(inv.vat_huf, "sp", "HUF")


def fx_text(inv):
    if not inv.fx:
        return ""
    return (
        f"Árfolyam: 1 EUR = {str(inv.fx).replace('.', ',')} HUF (MNB középárfolyam, {inv.d(inv.fx_date)}). "
        f"ÁFA forintban: {fx_huf(inv)} Ft"
    )


# ---------------------------------------------------------------- 1 Word template (serif, table)
def word_classic(inv):
    css = """body{font-family:'Times New Roman',serif;font-size:11pt;}
h1{text-align:center;font-size:22pt;letter-spacing:6px;margin:4mm 0;}
table{border-collapse:collapse;width:100%;} td,th{border:1px solid #000;padding:3px 5px;vertical-align:top;}
.r{text-align:right}.nob td{border:none}.note{font-size:9.5pt;margin:2px 0}"""
    rows = "".join(
        f"<tr><td>{i + 1}.</td><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])} {E(l['unit'])}</td>"
        f"<td class=r>{inv.a(l['price'])}</td><td class=r>{inv.a(l['net'])}</td><td class=r>{rate_label(l['rate'])}</td>"
        f"<td class=r>{inv.a(l['vat'])}</td><td class=r>{inv.a(l['gross'])}</td></tr>"
        for i, l in enumerate(inv.lines)
    )
    c = cur_sign(inv)
    body = f"""<h1>{title(inv)}</h1>
<table class=nob><tr><td>Számla sorszáma: <b>{E(inv.number)}</b></td><td class=r>{refline(inv)}</td></tr></table>
<table style="margin-top:3mm"><tr><th style="width:50%">Eladó</th><th>Vevő</th></tr>
<tr><td>{party_lines(inv.seller)}</td><td>{party_lines(inv.buyer)}</td></tr></table>
<table style="margin-top:3mm"><tr><th>Fizetési mód</th><th>Teljesítés dátuma</th><th>Számla kelte</th><th>Fizetési határidő</th></tr>
<tr><td>{E(inv.pay)}</td><td>{inv.d(inv.fulfil)}</td><td>{inv.d(inv.issue)}</td><td>{inv.d(inv.due)}</td></tr></table>
<table style="margin-top:3mm"><tr><th>#</th><th>Megnevezés</th><th>Mennyiség</th><th>Egységár</th><th>Nettó érték</th><th>ÁFA</th><th>ÁFA érték</th><th>Bruttó érték</th></tr>
{rows}
<tr><td colspan=4 class=r><b>Összesen ({c}):</b></td><td class=r><b>{inv.a(inv.net)}</b></td><td></td><td class=r><b>{inv.a(inv.vat)}</b></td><td class=r><b>{inv.a(inv.gross)}</b></td></tr></table>
<p style="font-size:14pt;text-align:right">Fizetendő összesen: <b>{inv.a(inv.gross)} {c}</b></p>
{notes(inv)}
<p style="margin-top:20mm">………………………………………<br>aláírás</p>"""
    return page(body, css)


# ---------------------------------------------------------------- 2 Excel sheet with gridlines
def excel_grid(inv):
    css = """body{font-family:Calibri,'DejaVu Sans Condensed',sans-serif;font-size:10pt;}
table{border-collapse:collapse;width:100%;} td{border:1px solid #bbb;padding:1px 4px;height:16px;}
.h{background:#d9e1f2;font-weight:bold}.r{text-align:right}.big{font-size:16pt;font-weight:bold}.note{font-size:9pt;margin:1px}"""
    s, b = inv.seller, inv.buyer
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])}</td><td>{E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td>"
        f"<td class=r>{inv.a(l['net'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['vat'])}</td><td class=r>{inv.a(l['gross'])}</td></tr>"
        for l in inv.lines
    )
    brk = "".join(
        f"<tr><td colspan=4 class=r>{rate_label(x['rate'])} kulcs:</td><td class=r>{inv.a(x['net'])}</td><td></td><td class=r>{inv.a(x['vat'])}</td><td class=r>{inv.a(x['gross'])}</td></tr>"
        for x in inv.brk
    )
    body = f"""<table>
<tr><td colspan=4 class=big>{title(inv)}</td><td colspan=2 class=h>Számlaszám:</td><td colspan=2><b>{E(inv.number)}</b></td></tr>
<tr><td colspan=8>{refline(inv)}</td></tr>
<tr><td colspan=4 class=h>Szállító</td><td colspan=4 class=h>Vevő</td></tr>
<tr><td colspan=4>{E(s["name"])}</td><td colspan=4>{E(b["name"])}</td></tr>
<tr><td colspan=4>{E(s["addr"].replace("|", ", "))}</td><td colspan=4>{E(b.get("addr", "").replace("|", ", "))}</td></tr>
<tr><td colspan=2>Adószám:</td><td colspan=2>{E(s.get("tax") or "")}</td><td colspan=2>Adószám:</td><td colspan=2>{E(b.get("tax") or "")}</td></tr>
<tr><td colspan=2>Bankszámla:</td><td colspan=2>{E(s.get("bank", ""))}</td><td colspan=2>{"Közösségi adószám:" if b.get("vat") else ""}</td><td colspan=2>{E(b.get("vat") or "")}</td></tr>
<tr><td colspan=8></td></tr>
<tr><td colspan=2 class=h>Kiállítás dátuma</td><td colspan=2 class=h>Teljesítés dátuma</td><td colspan=2 class=h>Fizetési határidő</td><td colspan=2 class=h>Fizetési mód</td></tr>
<tr><td colspan=2>{inv.d(inv.issue)}</td><td colspan=2>{inv.d(inv.fulfil)}</td><td colspan=2>{inv.d(inv.due)}</td><td colspan=2>{E(inv.pay)}</td></tr>
<tr><td colspan=8></td></tr>
<tr class=h><td>Megnevezés</td><td>Menny.</td><td>Me.</td><td>Egységár</td><td>Nettó</td><td>ÁFA %</td><td>ÁFA</td><td>Bruttó</td></tr>
{rows}
<tr><td colspan=8></td></tr>
{brk}
<tr class=h><td colspan=4 class=r>ÖSSZESEN:</td><td class=r>{inv.a(inv.net)}</td><td></td><td class=r>{inv.a(inv.vat)}</td><td class=r>{inv.a(inv.gross)}</td></tr>
<tr><td colspan=6 class=r><b>Fizetendő:</b></td><td colspan=2 class=r><b>{inv.a(inv.gross)} {c}</b></td></tr>
</table>{notes(inv)}"""
    return page(body, css)


# ---------------------------------------------------------------- 3 Google Docs (Arial, headings, plain table)
def gdocs(inv):
    css = """body{font-family:Arial,'DejaVu Sans',sans-serif;font-size:10.5pt;line-height:1.35}
h1{font-weight:normal;font-size:24pt;margin:0 0 2mm}h2{font-size:12pt;margin:5mm 0 1mm;color:#444}
table{border-collapse:collapse;width:100%}td,th{padding:4px;border-bottom:1px solid #ccc;text-align:left}.r{text-align:right}
.note{font-size:9pt;color:#555}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])} {E(l['unit'])}</td><td class=r>{inv.a(l['price'])} {c}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['net'])} {c}</td></tr>"
        for l in inv.lines
    )
    brk = "".join(
        f"<tr><td>{rate_label(x['rate'])}</td><td class=r>{inv.a(x['net'])} {c}</td><td class=r>{inv.a(x['vat'])} {c}</td><td class=r>{inv.a(x['gross'])} {c}</td></tr>"
        for x in inv.brk
    )
    body = f"""<h1>{title(inv).capitalize()}</h1>
<p>Sorszám: <b>{E(inv.number)}</b><br>{refline(inv)}</p>
<h2>Kiállító</h2><p>{party_lines(inv.seller)}</p>
<h2>Vevő</h2><p>{party_lines(inv.buyer)}</p>
<p>Kiállítás dátuma: {inv.d(inv.issue)}<br>Teljesítés dátuma: {inv.d(inv.fulfil)}<br>Fizetési határidő: {inv.d(inv.due)}<br>Fizetés módja: {E(inv.pay)}</p>
<h2>Tételek</h2><table><tr><th>Megnevezés</th><th class=r>Mennyiség</th><th class=r>Egységár</th><th class=r>ÁFA</th><th class=r>Nettó</th></tr>{rows}</table>
<h2>ÁFA-összesítő</h2><table><tr><th>Kulcs</th><th class=r>Nettó</th><th class=r>ÁFA</th><th class=r>Bruttó</th></tr>{brk}
<tr><td><b>Összesen</b></td><td class=r><b>{inv.a(inv.net)} {c}</b></td><td class=r><b>{inv.a(inv.vat)} {c}</b></td><td class=r><b>{inv.a(inv.gross)} {c}</b></td></tr></table>
<p>{fx_text(inv)}</p>{notes(inv)}"""
    return page(body, css)


# ---------------------------------------------------------------- 4 DOS-era monospace (80 columns, dashes)
def _mono_lines(inv, width=78, box=False):
    c = cur_sign(inv)
    L = []
    hr = ("+" + "-" * (width - 2) + "+") if box else "-" * width
    eq = "=" * width

    def row(a, b=""):
        sp = width - len(a) - len(b)
        return a + " " * max(sp, 1) + b

    s, b = inv.seller, inv.buyer
    L.append(row(s["name"], "Sz. sz.: " + inv.number))
    for ln in s["addr"].split("|"):
        L.append(ln)
    if s.get("tax"):
        L.append("Adószám: " + s["tax"])
    if s.get("vat"):
        L.append("Közösségi adószám: " + s["vat"])
    if s.get("bank"):
        L.append("Bankszámla: " + s["bank"])
    L.append(eq)
    t = title(inv)
    L.append(" " * ((width - len(t) * 2) // 2) + " ".join(t))
    L.append(eq)
    if inv.preceding:
        L.append(refline(inv).replace("&amp;", "&"))
    L.append("Vevő neve : " + b["name"])
    L.append("Vevő címe : " + b.get("addr", "").replace("|", ", "))
    if b.get("tax"):
        L.append("Adószáma  : " + b["tax"])
    if b.get("vat"):
        L.append("Közösségi adószáma: " + b["vat"])
    L.append(hr)
    L.append(row(f"Fiz. mód: {inv.pay}", f"Telj. dátuma: {inv.d(inv.fulfil)}" if inv.fulfil else ""))
    L.append(row(f"Számla kelte: {inv.d(inv.issue)}", f"Fiz. határidő: {inv.d(inv.due)}" if inv.due else ""))
    L.append(hr)
    L.append(f"{'Megnevezés':<30}{'Menny.':>8} {'Me':<4}{'Egységár':>11}{'Áfa':>5}{'Nettó ért.':>14}")
    L.append(hr)
    for l in inv.lines:
        import textwrap

        parts = textwrap.wrap(l["desc"], 29)
        L.append(
            f"{parts[0]:<30}{inv.qty(l['qty']):>8} {l['unit']:<4}{inv.a(l['price']):>11}{rate_label(l['rate']):>5}{inv.a(l['net']):>14}"
        )
        for rest in parts[1:]:
            L.append("  " + rest)
    L.append(hr)
    for x in inv.brk:
        L.append(row(f"  {rate_label(x['rate']):>5} kulcs alapja:{inv.a(x['net']):>14}", f"adó: {inv.a(x['vat']):>12}"))
    L.append(hr)
    L.append(row("NETTÓ ÖSSZESEN:", f"{inv.a(inv.net)} {c}"))
    L.append(row("ÁFA ÖSSZESEN:", f"{inv.a(inv.vat)} {c}"))
    L.append(row("BRUTTÓ ÖSSZESEN:", f"{inv.a(inv.gross)} {c}"))
    L.append(eq)
    L.append(row("FIZETENDŐ:", f"{inv.a(inv.gross)} {c}"))
    L.append(eq)
    if inv.fx:
        L.append(fx_text(inv))
    for n in inv.notes:
        L.append(n)
    L.append("")
    L.append("Kelt: " + getattr(inv, "place", "Budapest") + ", " + inv.d(inv.issue))
    L.append("")
    L.append(" " * 44 + "............................")
    L.append(" " * 48 + "kiállító aláírása")
    return L


def dos_mono(inv):
    css = "pre{font-family:'Courier New','DejaVu Sans Mono',monospace;font-size:9pt;line-height:1.25;margin:0}"
    return page("<pre>" + E("\n".join(_mono_lines(inv))) + "</pre>", css)


def dos_box(inv):
    css = "pre{font-family:'DejaVu Sans Mono',monospace;font-size:8.6pt;line-height:1.2;margin:0}"
    L = _mono_lines(inv, width=80, box=True)
    L.insert(0, "Nyomtatva: SZÁMLÁZÓ v3.11 (c) 1996-2004          1. példány")
    L.insert(1, "")
    return page("<pre>" + E("\n".join(L)) + "</pre>", css)


# ---------------------------------------------------------------- 6 early-2000s invoicing program (grey boxes, Verdana-ish)
def prog2003(inv):
    css = """body{font-family:Verdana,'DejaVu Sans',sans-serif;font-size:8pt}
.box{border:1px solid #000;padding:2mm;margin-bottom:2mm}.gr{background:#ddd;font-weight:bold;padding:1mm;border:1px solid #000}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:1px 3px}th{background:#ddd}.r{text-align:right}
.t{font-size:18pt;font-weight:bold;text-align:right}.note{margin:1mm 0}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])}</td><td>{E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['net'])}</td><td class=r>{inv.a(l['vat'])}</td><td class=r>{inv.a(l['gross'])}</td></tr>"
        for l in inv.lines
    )
    brk = "".join(
        f"<tr><td>{rate_label(x['rate'])}</td><td class=r>{inv.a(x['net'])}</td><td class=r>{inv.a(x['vat'])}</td><td class=r>{inv.a(x['gross'])}</td></tr>"
        for x in inv.brk
    )
    body = f"""<table style="border:none"><tr><td style="border:none;width:55%"><div class=gr>Szállító</div><div class=box>{party_lines(inv.seller)}</div></td>
<td style="border:none"><div class=t>{title(inv)}</div><div style="text-align:right">Eredeti példány<br>Bizonylat száma: <b>{E(inv.number)}</b><br>{refline(inv)}</div></td></tr></table>
<div class=gr>Vevő</div><div class=box>{party_lines(inv.buyer)}</div>
<table><tr><th>Fizetési mód</th><th>Teljesítés kelte</th><th>Számla kelte</th><th>Esedékesség</th><th>Pénznem</th></tr>
<tr><td>{E(inv.pay)}</td><td>{inv.d(inv.fulfil)}</td><td>{inv.d(inv.issue)}</td><td>{inv.d(inv.due)}</td><td>{inv.cur}</td></tr></table><br>
<table><tr><th>Termék / szolgáltatás</th><th>Menny.</th><th>M.e.</th><th>Egységár</th><th>ÁFA</th><th>Nettó</th><th>ÁFA összeg</th><th>Bruttó</th></tr>{rows}</table><br>
<table style="width:60%;margin-left:40%"><tr><th>ÁFA kulcs</th><th>Nettó</th><th>ÁFA</th><th>Bruttó</th></tr>{brk}
<tr><th>Összesen</th><th class=r>{inv.a(inv.net)}</th><th class=r>{inv.a(inv.vat)}</th><th class=r>{inv.a(inv.gross)}</th></tr></table>
<p style="text-align:right;font-size:11pt"><b>Fizetendő végösszeg: {inv.a(inv.gross)} {c}</b></p>
<p>{fx_text(inv)}</p>{notes(inv)}
<p style="font-size:6.5pt;color:#555;margin-top:10mm">Készült a MiniSzámla 2.4 számlázó programmal. Program nyilvántartási szám: 0000123-HU</p>"""
    return page(body, css)


# ---------------------------------------------------------------- 7 tradesman's handwritten-style form printed from template
def hand_form(inv):
    css = """body{font-family:'DejaVu Serif',serif;font-size:10pt}
.f{border-bottom:1px dotted #000;font-family:'DejaVu Sans Condensed',sans-serif;font-style:italic;color:#123e8a;padding:0 4px}
.b{border:2px solid #000;padding:2mm;margin-bottom:2mm}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #000;padding:2px 4px;font-size:9pt}th{font-weight:normal;font-size:8pt}.r{text-align:right}
.hw{font-family:'DejaVu Sans Condensed',sans-serif;font-style:italic;color:#123e8a}.note{font-size:8.5pt}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr class=hw><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])} {E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{inv.a(l['net'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['vat'])}</td></tr>"
        for l in inv.lines
    )
    rows += "<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td></tr>" * 3
    s, b = inv.seller, inv.buyer
    body = f"""<table style="border:none"><tr><td style="border:none;font-size:20pt;font-weight:bold">{title(inv)}</td>
<td style="border:none" class=r>No. <span class=f style="font-size:14pt">{E(inv.number)}</span></td></tr></table>
<div class=b>Eladó (szállító) neve, címe: <span class=f>{E(s["name"])}</span>, <span class=f>{E(s["addr"].replace("|", ", "))}</span><br>
Adószáma: <span class=f>{E(s.get("tax") or "")}</span> &nbsp; Bankszámlaszáma: <span class=f>{E(s.get("bank", "—"))}</span></div>
<div class=b>Vevő neve, címe: <span class=f>{E(b["name"])}</span>, <span class=f>{E(b.get("addr", "").replace("|", ", "))}</span><br>
Adószáma: <span class=f>{E(b.get("tax") or "")}</span></div>
<table><tr><th>Fizetés módja</th><th>Teljesítés időpontja</th><th>Számla kelte</th><th>Fizetési határidő</th></tr>
<tr class=hw><td>{E(inv.pay)}</td><td>{inv.d(inv.fulfil)}</td><td>{inv.d(inv.issue)}</td><td>{inv.d(inv.due)}</td></tr></table><br>
<table><tr><th>Termék, szolgáltatás megnevezése</th><th>Mennyiség</th><th>Egységár (nettó)</th><th>Érték (nettó)</th><th>ÁFA kulcs</th><th>ÁFA összege</th></tr>{rows}
<tr><td colspan=3 class=r>Összesen:</td><td class="r hw">{inv.a(inv.net)}</td><td></td><td class="r hw">{inv.a(inv.vat)}</td></tr></table>
<p>Számla végösszege: <span class=f style="font-size:13pt">{inv.a(inv.gross)} {c}</span></p>
<p class=hw>{refline(inv)}</p>{notes(inv)}
<p style="margin-top:14mm">.............................................<br>&nbsp;&nbsp;&nbsp;kiállító aláírása</p>
<p style="font-size:7pt">B.13-as nyomtatvány mintájára — saját kiadás</p>"""
    return page(body, css)


# ---------------------------------------------------------------- 8 KATA-era sole trader, letter head centered
def kata_ev(inv):
    css = """body{font-family:Georgia,'DejaVu Serif',serif;font-size:10.5pt}
.head{text-align:center;border-bottom:3px double #333;padding-bottom:3mm}.head b{font-size:15pt}
table{border-collapse:collapse;width:100%}.it td,.it th{border-bottom:1px solid #999;padding:3px}.r{text-align:right}.note{font-size:9.5pt;font-style:italic}"""
    s = inv.seller
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])} {E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['net'])}</td></tr>"
        for l in inv.lines
    )
    body = f"""<div class=head><b>{E(s["name"])}</b><br>{E(s["addr"].replace("|", " · "))}<br>Adószám: {E(s.get("tax") or "")}
{"<br>Közösségi adószám: " + E(s["vat"]) if s.get("vat") else ""}<br>{E(" · ".join(s.get("extra", [])))}</div>
<h2 style="text-align:center;letter-spacing:3px">{title(inv)}</h2>
<table><tr><td style="width:55%;vertical-align:top">Vevő:<br>{party_lines(inv.buyer)}</td>
<td style="vertical-align:top">Számla száma: <b>{E(inv.number)}</b><br>Teljesítés: {inv.d(inv.fulfil)}<br>Fizetési határidő: {inv.d(inv.due)}<br>Fizetés módja: {E(inv.pay)}<br>{refline(inv)}</td></tr></table><br>
<table class=it><tr><th style="text-align:left">Megnevezés</th><th class=r>Mennyiség</th><th class=r>Egységár</th><th class=r>Adókulcs</th><th class=r>Összeg</th></tr>{rows}</table>
<table style="width:55%;margin-left:45%;margin-top:3mm"><tr><td>Nettó összesen:</td><td class=r>{inv.a(inv.net)} {c}</td></tr>
<tr><td>ÁFA összesen:</td><td class=r>{inv.a(inv.vat)} {c}</td></tr><tr><td><b>Fizetendő:</b></td><td class=r><b>{inv.a(inv.gross)} {c}</b></td></tr></table>
{notes(inv)}
<p style="margin-top:8mm">Kelt: {E(getattr(inv, "place", "Budapest"))}, {inv.d(inv.issue)}</p>
<p style="margin-top:12mm;margin-left:60%">________________________<br>{E(s["name"])}</p>"""
    return page(body, css)


# ---------------------------------------------------------------- 9 AAM seller, letter style, right column meta
def aam_letter(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}
.grid{display:flex;gap:8mm}.grid>div{flex:1}.meta td{padding:1px 6px 1px 0}
.it{border-collapse:collapse;width:100%;margin-top:5mm}.it th{border-top:2px solid #000;border-bottom:1px solid #000;text-align:left;padding:3px}.it td{padding:3px}
.r{text-align:right!important}.tot{border-top:2px solid #000}.note{font-size:8.5pt}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])}</td><td>{E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['gross'])}</td></tr>"
        for l in inv.lines
    )
    body = f"""<div class=grid><div><div style="font-size:8pt;color:#666">Szolgáltató</div>{party_lines(inv.seller)}</div>
<div><div style="font-size:26pt;font-weight:bold;color:#2b5d34">{title(inv).capitalize()}</div>
<table class=meta><tr><td>Sorszám:</td><td><b>{E(inv.number)}</b></td></tr><tr><td>Kelt:</td><td>{inv.d(inv.issue)}</td></tr>
<tr><td>Teljesítés:</td><td>{inv.d(inv.fulfil)}</td></tr><tr><td>Határidő:</td><td>{inv.d(inv.due)}</td></tr><tr><td>Fizetés:</td><td>{E(inv.pay)}</td></tr></table></div></div>
<div style="margin-top:6mm"><div style="font-size:8pt;color:#666">Megrendelő</div>{party_lines(inv.buyer)}</div>
<p>{refline(inv)}</p>
<table class=it><tr><th>Leírás</th><th class=r>Menny.</th><th>Egys.</th><th class=r>Egységár</th><th class=r>Adó</th><th class=r>Összeg</th></tr>{rows}
<tr class=tot><td colspan=5 class=r>Nettó érték:</td><td class=r>{inv.a(inv.net)} {c}</td></tr>
<tr><td colspan=5 class=r>ÁFA:</td><td class=r>{inv.a(inv.vat)} {c}</td></tr>
<tr><td colspan=5 class=r><b>Végösszeg:</b></td><td class=r><b>{inv.a(inv.gross)} {c}</b></td></tr></table>
{notes(inv)}"""
    return page(body, css)


# ---------------------------------------------------------------- 10 private-person buyer, A5 receipt-like
def a5_simple(inv):
    css = """body{font-family:'DejaVu Sans Condensed',sans-serif;font-size:9pt}
table{border-collapse:collapse;width:100%}td{padding:2px 3px}.it td{border-bottom:1px dashed #888}.r{text-align:right}.note{font-size:8pt}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}<br><small>{inv.qty(l['qty'])} {E(l['unit'])} × {inv.a(l['price'])} ({rate_label(l['rate'])})</small></td><td class=r>{inv.a(l['gross'])}</td></tr>"
        for l in inv.lines
    )
    brk = "".join(
        f"<tr><td>{rate_label(x['rate'])}: alap {inv.a(x['net'])}, adó {inv.a(x['vat'])}</td><td class=r>{inv.a(x['gross'])}</td></tr>"
        for x in inv.brk
    )
    body = f"""<div style="text-align:center">{party_lines(inv.seller)}</div><hr>
<div style="text-align:center;font-size:13pt;font-weight:bold">{title(inv)}</div>
<div style="text-align:center">Sorszám: {E(inv.number)}</div><hr>
<p>Vevő: {party_lines(inv.buyer)}</p>
<p>Teljesítés: {inv.d(inv.fulfil)} &nbsp; Kelte: {inv.d(inv.issue)}<br>{"Fizetési határidő: " + inv.d(inv.due) + "<br>" if inv.due else ""}Fizetés módja: {E(inv.pay)}<br>{refline(inv)}</p>
<table class=it>{rows}</table><table>{brk}
<tr><td>Nettó összesen:</td><td class=r>{inv.a(inv.net)} {c}</td></tr><tr><td>ÁFA összesen:</td><td class=r>{inv.a(inv.vat)} {c}</td></tr>
<tr><td style="font-size:12pt"><b>FIZETENDŐ:</b></td><td class=r style="font-size:12pt"><b>{inv.a(inv.gross)} {c}</b></td></tr></table><hr>{notes(inv)}"""
    return page(body, css, size="A5")


# ---------------------------------------------------------------- 11 modern small-firm template, two boxes side by side, colored bar
def bar_modern(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#222}
.bar{background:#1f4e79;color:#fff;padding:4mm;display:flex;justify-content:space-between;align-items:center}
.bar .t{font-size:20pt;font-weight:bold}.cols{display:flex;gap:6mm;margin-top:4mm}.cols>div{flex:1;border:1px solid #1f4e79;padding:3mm}
.lbl{color:#1f4e79;font-weight:bold;font-size:8pt;text-transform:uppercase}table{border-collapse:collapse;width:100%}
.it th{background:#1f4e79;color:#fff;padding:3px}.it td{padding:3px;border-bottom:1px solid #ddd}.r{text-align:right}.note{font-size:8pt}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])} {E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{inv.a(l['net'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['vat'])}</td><td class=r>{inv.a(l['gross'])}</td></tr>"
        for l in inv.lines
    )
    brk = "".join(
        f"<tr><td>{rate_label(x['rate'])}</td><td class=r>{inv.a(x['net'])}</td><td class=r>{inv.a(x['vat'])}</td><td class=r>{inv.a(x['gross'])}</td></tr>"
        for x in inv.brk
    )
    body = f"""<div class=bar><div class=t>{title(inv)}</div><div>Számlaszám<br><b style="font-size:13pt">{E(inv.number)}</b></div></div>
<div class=cols><div><div class=lbl>Eladó</div>{party_lines(inv.seller)}</div><div><div class=lbl>Vevő</div>{party_lines(inv.buyer)}</div></div>
<table style="margin-top:4mm"><tr><td><span class=lbl>Kiállítás dátuma</span><br>{inv.d(inv.issue)}</td><td><span class=lbl>Teljesítés dátuma</span><br>{inv.d(inv.fulfil)}</td>
<td><span class=lbl>Fizetési határidő</span><br>{inv.d(inv.due)}</td><td><span class=lbl>Fizetési mód</span><br>{E(inv.pay)}</td><td><span class=lbl>Pénznem</span><br>{inv.cur}</td></tr></table>
<p>{refline(inv)}</p>
<table class=it style="margin-top:3mm"><tr><th>Megnevezés</th><th class=r>Mennyiség</th><th class=r>Nettó egységár</th><th class=r>Nettó</th><th class=r>ÁFA</th><th class=r>ÁFA érték</th><th class=r>Bruttó</th></tr>{rows}</table>
<div style="display:flex;gap:6mm;margin-top:4mm"><div style="flex:1">{fx_text(inv)}{notes(inv)}</div>
<table class=it style="flex:1"><tr><th>Kulcs</th><th class=r>Nettó</th><th class=r>ÁFA</th><th class=r>Bruttó</th></tr>{brk}
<tr><td><b>Összesen</b></td><td class=r><b>{inv.a(inv.net)}</b></td><td class=r><b>{inv.a(inv.vat)}</b></td><td class=r><b>{inv.a(inv.gross)}</b></td></tr></table></div>
<p style="text-align:right;font-size:14pt;color:#1f4e79">Fizetendő: <b>{inv.a(inv.gross)} {c}</b></p>"""
    return page(body, css)


# ---------------------------------------------------------------- 12 sidebar: seller in a left band
def sidebar(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}.wrap{display:flex;gap:6mm}
.side{width:52mm;background:#f0ede4;padding:4mm;font-size:8.5pt}.main{flex:1}
table{border-collapse:collapse;width:100%}.it td,.it th{border-bottom:1px solid #aaa;padding:3px}.r{text-align:right}.note{font-size:8pt}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])}&nbsp;{E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['net'])}</td></tr>"
        for l in inv.lines
    )
    brk = "".join(
        f"<tr><td>{rate_label(x['rate'])} alap</td><td class=r>{inv.a(x['net'])}</td><td>adó</td><td class=r>{inv.a(x['vat'])}</td></tr>"
        for x in inv.brk
    )
    body = f"""<div class=wrap><div class=side><div style="font-size:7.5pt;color:#777">SZÁLLÍTÓ</div>{party_lines(inv.seller)}
<br><br><div style="font-size:7.5pt;color:#777">DÁTUMOK</div>Számla kelte:<br>{inv.d(inv.issue)}<br>Teljesítés:<br>{inv.d(inv.fulfil)}<br>Fizetési határidő:<br>{inv.d(inv.due)}<br>Fizetési mód:<br>{E(inv.pay)}</div>
<div class=main><div style="font-size:22pt;font-weight:bold">{title(inv)}</div><div>Számlaszám: <b>{E(inv.number)}</b></div><p>{refline(inv)}</p>
<div style="font-size:7.5pt;color:#777;margin-top:5mm">VEVŐ</div><p>{party_lines(inv.buyer)}</p>
<table class=it><tr><th style="text-align:left">Tétel</th><th class=r>Menny.</th><th class=r>Egységár</th><th class=r>ÁFA</th><th class=r>Nettó</th></tr>{rows}</table>
<table style="margin-top:3mm">{brk}</table>
<table style="margin-top:3mm;font-size:10pt"><tr><td>Nettó összesen</td><td class=r>{inv.a(inv.net)} {c}</td></tr><tr><td>ÁFA összesen</td><td class=r>{inv.a(inv.vat)} {c}</td></tr>
<tr><td><b>Bruttó összesen</b></td><td class=r><b>{inv.a(inv.gross)} {c}</b></td></tr></table><p>{fx_text(inv)}</p>{notes(inv)}</div></div>"""
    return page(body, css)


# ---------------------------------------------------------------- 13 totals on top, parties at the bottom
def totals_top(inv):
    css = """body{font-family:'DejaVu Serif',serif;font-size:9.5pt}.kpi{display:flex;gap:3mm}.kpi div{flex:1;border:1px solid #444;padding:2mm;text-align:center}
.kpi b{display:block;font-size:12pt}table{border-collapse:collapse;width:100%}.it td,.it th{border:1px solid #666;padding:2px 4px}.r{text-align:right}.note{font-size:8.5pt}
.parties{display:flex;gap:8mm;margin-top:8mm;border-top:1px solid #000;padding-top:3mm}.parties>div{flex:1}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])} {E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{inv.a(l['net'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['vat'])}</td></tr>"
        for l in inv.lines
    )
    brk = "".join(
        f"<tr><td>{rate_label(x['rate'])}</td><td class=r>{inv.a(x['net'])}</td><td class=r>{inv.a(x['vat'])}</td><td class=r>{inv.a(x['gross'])}</td></tr>"
        for x in inv.brk
    )
    body = f"""<div style="display:flex;justify-content:space-between"><div style="font-size:18pt">{title(inv)}</div><div>Számla sorszáma: <b>{E(inv.number)}</b></div></div>
<p>{refline(inv)}</p>
<div class=kpi><div>Nettó összesen<b>{inv.a(inv.net)} {c}</b></div><div>ÁFA összesen<b>{inv.a(inv.vat)} {c}</b></div><div>Fizetendő<b>{inv.a(inv.gross)} {c}</b></div><div>Fizetési határidő<b>{inv.d(inv.due)}</b></div></div>
<p>Számla kelte: {inv.d(inv.issue)} · Teljesítés dátuma: {inv.d(inv.fulfil)} · Fizetési mód: {E(inv.pay)}</p>
<table class=it><tr><th>Megnevezés</th><th>Mennyiség</th><th>Egységár</th><th>Nettó</th><th>ÁFA %</th><th>ÁFA</th></tr>{rows}</table>
<table class=it style="width:60%;margin-top:3mm"><tr><th>ÁFA-kulcs</th><th>Adóalap</th><th>Adó</th><th>Bruttó</th></tr>{brk}</table>
<p>{fx_text(inv)}</p>{notes(inv)}
<div class=parties><div><i>Eladó</i><br>{party_lines(inv.seller)}</div><div><i>Vevő</i><br>{party_lines(inv.buyer)}</div></div>"""
    return page(body, css)


# ---------------------------------------------------------------- 14 correction with before/after table
def correction_table(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}h1{font-size:17pt;margin:0}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #000;padding:2px 4px}.r{text-align:right}.nb td{border:none;vertical-align:top;padding:0 4mm 0 0}.note{font-size:8.5pt}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])} {E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{inv.a(l['net'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['vat'])}</td><td class=r>{inv.a(l['gross'])}</td></tr>"
        for l in inv.lines
    )
    body = f"""<h1>{title(inv)}</h1><p>(a számlával egy tekintet alá eső okirat)</p>
<table class=nb><tr><td style="width:50%">Szállító:<br>{party_lines(inv.seller)}</td><td>Vevő:<br>{party_lines(inv.buyer)}</td></tr></table><br>
<table><tr><td>Bizonylatszám: <b>{E(inv.number)}</b></td><td>{refline(inv)}</td></tr>
<tr><td>Kiállítás dátuma: {inv.d(inv.issue)}</td><td>Teljesítés dátuma: {inv.d(inv.fulfil)}</td></tr>
<tr><td>Fizetési határidő: {inv.d(inv.due)}</td><td>Módosítás oka: {E(getattr(inv, "reason", ""))}</td></tr></table><br>
<table><tr><th>Tétel (változás)</th><th>Menny.</th><th>Egységár</th><th>Nettó</th><th>ÁFA</th><th>ÁFA összeg</th><th>Bruttó</th></tr>{rows}
<tr><td colspan=3 class=r><b>Különbözet összesen:</b></td><td class=r><b>{inv.a(inv.net)}</b></td><td></td><td class=r><b>{inv.a(inv.vat)}</b></td><td class=r><b>{inv.a(inv.gross)}</b></td></tr></table>
<p style="font-size:12pt">{"Fizetendő" if inv.gross >= 0 else "Visszajár"}: <b>{inv.a(inv.gross)} {c}</b></p>{notes(inv)}"""
    return page(body, css)


# ---------------------------------------------------------------- 15 proforma / díjbekérő (simple, bank details big)
def dijbekero(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}.t{font-size:24pt;font-weight:bold;border-bottom:4px solid #c33}
table{border-collapse:collapse;width:100%}.it td,.it th{padding:3px;border-bottom:1px solid #ccc}.r{text-align:right}.pay{border:2px solid #c33;padding:3mm;margin-top:5mm}.note{font-size:8.5pt}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])} {E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['net'])}</td><td class=r>{inv.a(l['gross'])}</td></tr>"
        for l in inv.lines
    )
    body = f"""<div class=t>{title(inv)}</div><p>Ez a dokumentum nem számla, számviteli bizonylatként nem használható. A számlát a díj beérkezése után állítjuk ki.</p>
<table><tr><td style="width:50%;vertical-align:top"><b>Kiállító</b><br>{party_lines(inv.seller)}</td><td style="vertical-align:top"><b>Megrendelő</b><br>{party_lines(inv.buyer)}</td></tr></table>
<p>Díjbekérő száma: <b>{E(inv.number)}</b><br>Kelte: {inv.d(inv.issue)}<br>Fizetési határidő: {inv.d(inv.due)}</p>
<table class=it><tr><th style="text-align:left">Megnevezés</th><th class=r>Mennyiség</th><th class=r>Egységár</th><th class=r>ÁFA</th><th class=r>Nettó</th><th class=r>Bruttó</th></tr>{rows}
<tr><td colspan=4 class=r>Összesen:</td><td class=r>{inv.a(inv.net)}</td><td class=r>{inv.a(inv.gross)}</td></tr></table>
<p class=r>ebből ÁFA: {inv.a(inv.vat)} {c}</p>
<div class=pay>Kérjük, a <b>{inv.a(inv.gross)} {c}</b> összeget {inv.d(inv.due)}-ig utalja a {E(inv.seller.get("bank", ""))} számlaszámra, közleményben a díjbekérő számával.</div>{notes(inv)}"""
    return page(body, css)


# ---------------------------------------------------------------- 16 invoice book (számlatömb) copy, "1. példány"
def szamlatomb(inv):
    css = """body{font-family:'DejaVu Sans Condensed',sans-serif;font-size:8.5pt}.outer{border:2px solid #000;padding:3mm}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:2px 3px;vertical-align:top}th{font-size:7pt;font-weight:normal;background:#eee}
.hw{font-family:'DejaVu Serif',serif;font-style:italic;font-size:10pt;color:#1a2a6c}.r{text-align:right}.note{font-size:8pt}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr class=hw><td>{E(l['desc'])}</td><td>{E(getattr(inv, 'vtsz', ''))}</td><td>{E(l['unit'])}</td><td class=r>{inv.qty(l['qty'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{inv.a(l['net'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['vat'])}</td></tr>"
        for l in inv.lines
    )
    rows += "<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>" * 2
    body = f"""<div class=outer><table style="border:none"><tr><td style="border:none;font-size:16pt;font-weight:bold">{title(inv)}</td><td style="border:none" class=r>Sorszám: <span class=hw style="font-size:13pt;color:#b00">{E(inv.number)}</span><br>1. példány — vevőé</td></tr></table>
<table><tr><th style="width:50%">Eladó neve, címe, adószáma</th><th>Vevő neve, címe, adószáma</th></tr><tr><td class=hw>{party_lines(inv.seller)}</td><td class=hw>{party_lines(inv.buyer)}</td></tr></table>
<table><tr><th>Fizetési mód</th><th>Teljesítés kelte</th><th>Számla kelte</th><th>Fizetési határidő</th></tr><tr class=hw><td>{E(inv.pay)}</td><td>{inv.d(inv.fulfil)}</td><td>{inv.d(inv.issue)}</td><td>{inv.d(inv.due)}</td></tr></table>
<table><tr><th>Termék / szolgáltatás megnevezése</th><th>VTSZ/SZJ</th><th>Me.e.</th><th>Menny.</th><th>Egységár</th><th>Érték ÁFA nélkül</th><th>ÁFA %</th><th>ÁFA összege</th></tr>{rows}
<tr><td colspan=5 class=r>Összesen:</td><td class="r hw">{inv.a(inv.net)}</td><td></td><td class="r hw">{inv.a(inv.vat)}</td></tr>
<tr><td colspan=5 class=r>Számla végösszege:</td><td colspan=3 class="r hw">{inv.a(inv.gross)} {c}</td></tr></table>
<p class=hw>{refline(inv)}</p>{notes(inv)}
<table style="border:none;margin-top:8mm"><tr><td style="border:none">...................................<br>átvevő</td><td style="border:none" class=r>...................................<br>kiállító</td></tr></table></div>
<p style="font-size:6.5pt">Szigorú számadású nyomtatvány. B.13-30/V</p>"""
    return page(body, css)


# ---------------------------------------------------------------- 17 EUR export with double currency summary
def eur_export(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}.t{font-size:18pt;font-weight:bold}.sub{color:#555}
table{border-collapse:collapse;width:100%}.it td,.it th{border:1px solid #999;padding:3px}.r{text-align:right}.note{font-size:8pt}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])} {E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{inv.a(l['net'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['vat'])}</td></tr>"
        for l in inv.lines
    )
    body = f"""<table><tr><td><div class=t>{title(inv)} / INVOICE</div><div class=sub>Számlaszám / Invoice No.: <b>{E(inv.number)}</b></div></td><td class=r>Pénznem / Currency: {inv.cur}</td></tr></table><br>
<table><tr><td style="width:50%;vertical-align:top"><b>Eladó / Seller</b><br>{party_lines(inv.seller)}</td><td style="vertical-align:top"><b>Vevő / Buyer</b><br>{party_lines(inv.buyer, vat_label="VAT No.")}</td></tr></table><br>
<table class=it><tr><th>Kelt / Date of issue</th><th>Teljesítés / Date of supply</th><th>Fizetési határidő / Due</th><th>Fizetés / Payment</th></tr>
<tr><td>{inv.d(inv.issue)}</td><td>{inv.d(inv.fulfil)}</td><td>{inv.d(inv.due)}</td><td>{E(inv.pay)}</td></tr></table><br>
<table class=it><tr><th>Megnevezés / Description</th><th>Menny. / Qty</th><th>Egységár / Unit price</th><th>Nettó / Net</th><th>ÁFA / VAT</th><th>ÁFA összeg</th></tr>{rows}</table><br>
<table class=it style="width:60%;margin-left:40%"><tr><td>Nettó összesen / Net total</td><td class=r>{inv.a(inv.net)} {c}</td></tr><tr><td>ÁFA / VAT</td><td class=r>{inv.a(inv.vat)} {c}</td></tr>
<tr><td><b>Bruttó / Total</b></td><td class=r><b>{inv.a(inv.gross)} {c}</b></td></tr>{"<tr><td>ÁFA forintban / VAT in HUF</td><td class=r>" + fx_huf(inv) + " Ft</td></tr>" if inv.fx else ""}</table>
<p>{fx_text(inv)}</p><p>{refline(inv)}</p>{notes(inv)}"""
    return page(body, css)


# ---------------------------------------------------------------- 18 Word letter with "Kelt:" only at the bottom, free text items
def word_letter(inv):
    css = """body{font-family:'DejaVu Serif',serif;font-size:11pt;line-height:1.4}.r{text-align:right}
table{border-collapse:collapse;width:100%}td{padding:2px 4px}.it td{border-bottom:1px dotted #555}.note{font-size:10pt}"""
    c = cur_sign(inv)
    rows = "".join(
        f"<tr><td>{i + 1}. {E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])} {E(l['unit'])} × {inv.a(l['price'])} {c}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['net'])} {c}</td></tr>"
        for i, l in enumerate(inv.lines)
    )
    brk = "".join(
        f"<tr><td>ÁFA {rate_label(x['rate'])} (alap: {inv.a(x['net'])} {c})</td><td class=r>{inv.a(x['vat'])} {c}</td></tr>"
        for x in inv.brk
    )
    s = inv.seller
    body = f"""<p><b>{E(s["name"])}</b><br>{E(s["addr"].replace("|", ", "))}<br>Adószám: {E(s.get("tax") or "")}{"<br>Közösségi adószám: " + E(s["vat"]) if s.get("vat") else ""}{"<br>Számlaszám: " + E(s["bank"]) if s.get("bank") else ""}</p>
<p style="margin-left:50%">{party_lines(inv.buyer)}</p>
<h2 style="text-align:center">{title(inv)}<br><span style="font-size:12pt;font-weight:normal">Sorszám: {E(inv.number)}</span></h2>
<p>{refline(inv)}</p>
<p>Teljesítés időpontja: {inv.d(inv.fulfil)}{"<br>Fizetési határidő: " + inv.d(inv.due) if inv.due else ""}<br>Fizetés módja: {E(inv.pay)}</p>
<table class=it>{rows}</table><br>
<table style="width:70%;margin-left:30%"><tr><td>Nettó összesen:</td><td class=r>{inv.a(inv.net)} {c}</td></tr>{brk}
<tr><td>ÁFA összesen:</td><td class=r>{inv.a(inv.vat)} {c}</td></tr><tr><td><b>Mindösszesen:</b></td><td class=r><b>{inv.a(inv.gross)} {c}</b></td></tr></table>
{notes(inv)}
<p style="margin-top:10mm">Kelt: {E(getattr(inv, "place", "Budapest"))}, {inv.d(inv.issue)}</p>
<p style="margin-left:55%;margin-top:12mm;text-align:center">…………………………………<br>{E(s["name"])}</p>"""
    return page(body, css)


# ---------------------------------------------------------------- 19 narrow two-column key/value list (cheap online generator)
def kv_online(inv):
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}.kv{display:grid;grid-template-columns:45mm 1fr;row-gap:1mm}
.sec{background:#eee;padding:1mm 2mm;margin:4mm 0 2mm;font-weight:bold}table{border-collapse:collapse;width:100%}.it td,.it th{border:1px solid #ccc;padding:2px}.r{text-align:right}.note{font-size:8pt}"""
    c = cur_sign(inv)
    s, b = inv.seller, inv.buyer

    def kv(pairs):
        return "<div class=kv>" + "".join(f"<div>{k}</div><div>{v}</div>" for k, v in pairs if v) + "</div>"

    rows = "".join(
        f"<tr><td>{E(l['desc'])}</td><td class=r>{inv.qty(l['qty'])}</td><td>{E(l['unit'])}</td><td class=r>{inv.a(l['price'])}</td><td class=r>{rate_label(l['rate'])}</td><td class=r>{inv.a(l['net'])}</td><td class=r>{inv.a(l['vat'])}</td><td class=r>{inv.a(l['gross'])}</td></tr>"
        for l in inv.lines
    )
    body = f"""<div style="font-size:20pt">{title(inv)}</div>
<div class=sec>Számla adatai</div>{kv([("Számla száma", "<b>" + E(inv.number) + "</b>"), ("Kiállítás dátuma", inv.d(inv.issue)), ("Teljesítés dátuma", inv.d(inv.fulfil)), ("Fizetési határidő", inv.d(inv.due)), ("Fizetési mód", E(inv.pay)), ("Hivatkozás", refline(inv))])}
<div class=sec>Eladó</div>{kv([("Név", E(s["name"])), ("Cím", E(s["addr"].replace("|", ", "))), ("Adószám", E(s.get("tax") or "")), ("Közösségi adószám", E(s.get("vat") or "")), ("Bankszámlaszám", E(s.get("bank", "")))])}
<div class=sec>Vevő</div>{kv([("Név", E(b["name"])), ("Cím", E(b.get("addr", "").replace("|", ", "))), ("Adószám", E(b.get("tax") or "")), ("Közösségi adószám", E(b.get("vat") or ""))])}
<div class=sec>Tételek</div><table class=it><tr><th>Megnevezés</th><th>Menny.</th><th>Me.</th><th>Egységár</th><th>ÁFA</th><th>Nettó</th><th>ÁFA</th><th>Bruttó</th></tr>{rows}</table>
<div class=sec>Összesítés</div>{kv([("Nettó összesen", inv.a(inv.net) + " " + c), ("ÁFA összesen", inv.a(inv.vat) + " " + c), ("Bruttó összesen", "<b>" + inv.a(inv.gross) + " " + c + "</b>"), ("Árfolyam", fx_text(inv))])}
{notes(inv)}<p style="font-size:7pt;color:#888">A számla a szamlakeszito-ingyen.example oldalon készült.</p>"""
    return page(body, css)


LAYOUTS = {
    f.__name__: f
    for f in [
        word_classic,
        excel_grid,
        gdocs,
        dos_mono,
        dos_box,
        prog2003,
        hand_form,
        kata_ev,
        aam_letter,
        a5_simple,
        bar_modern,
        sidebar,
        totals_top,
        correction_table,
        dijbekero,
        szamlatomb,
        eur_export,
        word_letter,
        kv_online,
    ]
}

# ruff: noqa
"""HTML looks for set J; each returns a full HTML page for Chromium to print."""
from html import escape as E
from .common import words

BASE = """<!doctype html><html lang="hu"><head><meta charset="utf-8"><style>
*{font-variant-ligatures:none;box-sizing:border-box}
td.r{white-space:nowrap}
@page{size:A4;margin:14mm 13mm}
body{font-family:'%(font)s';font-size:%(fs)spt;margin:0;color:#111}
table{border-collapse:collapse}
.wm{position:fixed;top:38%%;left:8%%;font-size:80pt;color:rgba(200,0,0,.12);transform:rotate(-30deg);z-index:-1}
.stamp{border:2px solid #a00;color:#a00;display:inline-block;padding:2px 8px;transform:rotate(-4deg);font-weight:bold}
%(css)s</style></head><body>%(wm)s%(body)s</body></html>"""


def page(d, css, body):
    wm = f'<div class="wm">{E(d.watermark)}</div>' if d.watermark else ""
    return BASE % {"font": d.font, "fs": d.fsize, "css": css, "wm": wm, "body": body}


def party_lines(p, taxlab="Adószám", vatlab="Közösségi adószám", sep=": "):
    out = [f"<b>{E(p.name)}</b>", E(p.addr)]
    if p.tax:
        out.append(f"{taxlab}{sep}{p.tax}")
    if p.vat:
        out.append(f"{vatlab}{sep}{p.vat}")
    for k, v in p.extra:
        out.append(f"{E(k)}{sep}{E(v)}")
    return "<br>".join(out)


def items_table(d, heads=("Megnevezés", "Menny.", "Egység", "Egységár", "Nettó érték", "ÁFA", "ÁFA összeg", "Bruttó"), cls="items"):
    h = "".join(f"<th>{E(x)}</th>" for x in heads)
    rows = []
    for ln in d.lines:
        net = d.line_net(ln)
        pct = ln[4] if isinstance(ln[4], int) else 0
        v = d.q(net * pct / 100)
        rows.append(f"<tr><td>{E(ln[0])}</td><td class=r>{E(str(ln[1]).replace('.', ','))}</td><td>{E(ln[2])}</td>"
                    f"<td class=r>{d.A(ln[3])}</td><td class=r>{d.A(net)}</td><td class=r>{d.rate_label(ln[4])}</td>"
                    f"<td class=r>{d.A(v)}</td><td class=r>{d.A(net + v)}</td></tr>")
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def vat_summary(d, title="ÁFA összesítő", heads=("ÁFA kulcs", "Nettó", "ÁFA", "Bruttó"), total_label="Összesen"):
    rows = "".join(f"<tr><td>{d.rate_label(r)}</td><td class=r>{d.A(n)}</td><td class=r>{d.A(v)}</td><td class=r>{d.A(g)}</td></tr>"
                   for r, n, v, g in d.summary())
    n, v, g = d.totals()
    rows += f"<tr class=tot><td>{E(total_label)}</td><td class=r>{d.A(n)}</td><td class=r>{d.A(v)}</td><td class=r>{d.A(g)}</td></tr>"
    return f'<table class="vs"><caption>{E(title)}</caption><tr>{"".join(f"<th>{x}</th>" for x in heads)}</tr>{rows}</table>'


def words_line(d):
    g = d.totals()[2]
    if not d.words:
        return ""
    sign = "mínusz " if g < 0 else ""
    return f"<p>azaz {sign}{words(g)} forint</p>"


def extras(d):
    s = "".join(f"<p class=note>{E(x)}</p>" for x in d.notes)
    return s


def after(d):
    return "".join(f"<tr><td>{E(k)}</td><td class=r>{E(v)}</td></tr>" for k, v in d.after_totals)


# ---------------------------------------------------------------- online invoicer
def online(d):
    css = """.top{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:3px solid #2a7ab8;padding-bottom:8px}
.brand{font-size:16pt;color:#2a7ab8;font-weight:bold}.title{font-size:20pt;font-weight:bold;text-align:right}
.meta{margin-top:4px;text-align:right}.meta div{margin:1px 0}
.parties{display:flex;gap:16px;margin:14px 0}.parties>div{flex:1;background:#f2f6fa;padding:8px;border-radius:6px}
.parties h4{margin:0 0 4px 0;color:#2a7ab8;font-size:9pt;text-transform:uppercase}
.items{width:100%;font-size:8.5pt}.items th{background:#2a7ab8;color:#fff;padding:4px;text-align:left}.items td{padding:3px 4px;border-bottom:1px solid #ddd}
.r{text-align:right}.vs{margin-top:10px;margin-left:auto;font-size:9pt}.vs td,.vs th{padding:2px 8px}.vs caption{text-align:left;font-weight:bold}
.tot td{font-weight:bold;border-top:1px solid #333}.grand{margin-top:10px;text-align:right;font-size:13pt;font-weight:bold}
.note{font-size:8pt;color:#444;margin:3px 0}.foot{margin-top:24px;font-size:7.5pt;color:#888;border-top:1px solid #ccc;padding-top:4px}"""
    meta = [(d.no_label or "Számla sorszáma", d.no), ("Kiállítás kelte", d.Dt(d.issue))]
    if d.fulf_printed and d.fulf:
        meta.append(("Teljesítés dátuma", d.Dt(d.fulf)))
    if d.due:
        meta.append(("Fizetési határidő", d.Dt(d.due)))
    meta.append(("Fizetés módja", d.payment))
    if d.prec:
        meta.append(("Eredeti számla sorszáma", d.prec))
    meta += d.header_extra
    g = d.totals()[2]
    body = f"""<div class=top><div><div class=brand>{E(d.seller.name)}</div><div>{E(d.seller.addr)}</div></div>
<div><div class=title>{E(d.title)}</div><div class=meta>{''.join(f'<div>{E(k)}: <b>{E(v)}</b></div>' for k, v in meta)}</div></div></div>
{'<p>' + E(d.period) + '</p>' if d.period else ''}
<div class=parties><div><h4>Eladó</h4>{party_lines(d.seller)}</div><div><h4>Vevő</h4>{party_lines(d.buyer)}</div></div>
{items_table(d)}{vat_summary(d)}
<div class=grand>Fizetendő végösszeg: {d.A(g)} {d.cur}</div>{words_line(d)}
<table class=vs>{after(d)}</table>{extras(d)}
<div class=foot>A számla a Számlázz-Online rendszerrel készült. 1. oldal / 1</div>"""
    return page(d, css, body)


# ---------------------------------------------------------------- ERP printout, left label column
def erp(d):
    css = """h1{font-size:14pt;margin:0 0 6px 0;border-bottom:1px solid #000}
.lab{width:100%;font-size:8.5pt}.lab td{border:1px solid #777;padding:3px 5px;vertical-align:top}.lab td.k{background:#e8e8e8;width:24%;font-weight:bold}
.items{width:100%;font-size:8pt;margin-top:8px}.items th{border:1px solid #000;background:#ddd;padding:2px}.items td{border:1px solid #999;padding:2px 3px}
.r{text-align:right}.vs{margin-top:8px;font-size:8.5pt;margin-left:auto}.vs td,.vs th{border:1px solid #777;padding:2px 6px}.vs caption{text-align:left}
.tot td{font-weight:bold}.note{font-size:7.5pt;margin:2px 0}.ftr{font-size:7pt;margin-top:18px;color:#555}"""
    rows = [("Bizonylat szám", d.no), ("Bizonylat dátuma", d.Dt(d.issue))]
    if d.fulf_printed and d.fulf:
        rows.append(("Teljesítés kelte", d.Dt(d.fulf)))
    if d.due:
        rows.append(("Esedékesség", d.Dt(d.due)))
    rows.append(("Fizetési mód", d.payment))
    rows.append(("Pénznem", d.cur))
    if d.prec:
        rows.append(("Hivatkozott számla", d.prec))
    rows += d.header_extra
    s, b = d.seller, d.buyer
    party = f"""<tr><td class=k>Szállító</td><td>{E(s.name)}<br>{E(s.addr)}</td><td class=k>Vevő</td><td>{E(b.name)}<br>{E(b.addr)}</td></tr>
<tr><td class=k>Adószám</td><td>{s.tax or ''}</td><td class=k>Adószám</td><td>{b.tax or ''}</td></tr>
<tr><td class=k>EU adószám</td><td>{s.vat or ''}</td><td class=k>EU adószám</td><td>{b.vat or ''}</td></tr>"""
    for (k1, v1), (k2, v2) in zip(s.extra + [("", "")] * 5, (b.extra + [("", "")] * 5)[:len(s.extra)]):
        party += f"<tr><td class=k>{E(k1)}</td><td>{E(v1)}</td><td class=k>{E(k2)}</td><td>{E(v2)}</td></tr>"
    hdr = "".join(f"<tr><td class=k>{E(k)}</td><td colspan=3>{E(v)}</td></tr>" for k, v in rows)
    n, v, g = d.totals()
    body = f"""<h1>{E(d.title)}</h1><table class=lab>{party}{hdr}</table>
{items_table(d, heads=("Cikk / leírás", "Mennyiség", "ME", "Nettó egységár", "Nettó", "Áfa%", "Áfa", "Bruttó"))}
{vat_summary(d, title="Áfa-kulcsonkénti összesítés", heads=("Kulcs", "Adóalap", "Adó", "Bruttó"), total_label="Mindösszesen")}
<table class=vs><tr><td>Nettó összesen</td><td class=r>{d.A(n)} {d.cur}</td></tr><tr><td>Áfa összesen</td><td class=r>{d.A(v)} {d.cur}</td></tr>
<tr class=tot><td>Bruttó összesen</td><td class=r>{d.A(g)} {d.cur}</td></tr>{after(d)}</table>{words_line(d)}{extras(d)}
<div class=ftr>Nyomtatva: SAP-HU Business One 10.2 — ügyviteli modul — {E(d.no)}</div>"""
    return page(d, css, body)


# ---------------------------------------------------------------- Word template, captions under the values
def word(d):
    css = """.c{text-align:center}h1{font-size:18pt;letter-spacing:0;margin:4px 0 12px 0;text-align:center}
.pp{width:100%}.pp td{width:50%;vertical-align:top;padding:6px;border:1px solid #000}
.pp .h{font-style:italic;text-decoration:underline;margin-bottom:4px}
.cap{display:inline-block;margin-right:22px;text-align:center;margin-top:8px}.cap .v{font-weight:bold;font-size:11pt;border-bottom:1px dotted #000;padding:0 6px}.cap .l{font-size:7.5pt}
.items{width:100%;margin-top:12px;font-size:9pt}.items th{border-top:2px solid #000;border-bottom:1px solid #000;padding:3px;font-weight:normal;font-style:italic}.items td{padding:3px}
.r{text-align:right}.vs{margin-top:8px;font-size:9pt}.vs td,.vs th{padding:1px 10px}.vs caption{text-align:left;font-style:italic}.tot td{border-top:1px solid #000}
.note{font-size:8.5pt;margin:3px 0}.sig{margin-top:40px;text-align:right}"""
    caps = [(d.no, "számla sorszáma"), (d.Dt(d.issue), "számla kelte")]
    if d.fulf_printed and d.fulf:
        caps.append((d.Dt(d.fulf), "teljesítés időpontja"))
    if d.due:
        caps.append((d.Dt(d.due), "fizetési határidő"))
    caps.append((d.payment, "fizetés módja"))
    if d.prec:
        caps.append((d.prec, "helyesbített számla száma"))
    caps += [(v, k) for k, v in d.header_extra]
    g = d.totals()[2]
    body = f"""<h1>{E(d.title)}</h1>{'<div class=c><span class=stamp>' + E(d.stamp) + '</span></div>' if d.stamp else ''}
<table class=pp><tr><td><div class=h>Számlakibocsátó:</div>{party_lines(d.seller, "Adószáma")}</td>
<td><div class=h>Számlabefogadó:</div>{party_lines(d.buyer, "Adószáma")}</td></tr></table>
<div>{''.join(f'<div class=cap><div class=v>{E(v)}</div><div class=l>{E(k)}</div></div>' for v, k in caps)}</div>
{'<p>' + E(d.period) + '</p>' if d.period else ''}
{items_table(d, heads=("Tétel megnevezése", "Mennyiség", "Me.e.", "Egységár", "Nettó ár", "Áfa", "Áfa érték", "Bruttó ár"))}
{vat_summary(d, title="Áfa-kimutatás")}
<p><b>Fizetendő összesen: {d.A(g)} Ft</b></p>{words_line(d)}<table class=vs>{after(d)}</table>{extras(d)}
<div class=sig>………………………………<br>kiállító aláírása</div>"""
    return page(d, css, body)


# ---------------------------------------------------------------- Excel-like grid, header fields in a right column
def grid(d):
    css = """.g{width:100%;font-size:8.5pt}.g td{border:1px solid #9bb;padding:2px 4px;vertical-align:top}
.hd{background:#dfeee6;font-weight:bold}.big{font-size:16pt;font-weight:bold}
.items{width:100%;font-size:8pt;margin-top:6px}.items th{background:#dfeee6;border:1px solid #9bb;padding:2px}.items td{border:1px solid #cdd;padding:2px}
.r{text-align:right}.vs{margin-top:6px;font-size:8.5pt;margin-left:auto}.vs td,.vs th{border:1px solid #9bb;padding:2px 6px}.vs caption{text-align:left}.tot td{font-weight:bold}.note{font-size:8pt;margin:2px 0}"""
    right = [((d.no_label or "Számlaszám") + ":", d.no), ("Kelt:", d.Dt(d.issue))]
    if d.fulf_printed and d.fulf:
        right.append(("Teljesítés:", d.Dt(d.fulf)))
    if d.due:
        right.append(("Fiz. határidő:", d.Dt(d.due)))
    right.append(("Fiz. mód:", d.payment))
    if d.prec:
        right.append(("Módosított számla:", d.prec))
    right += [(k + ":", v) for k, v in d.header_extra]
    rr = "".join(f"<tr><td class=hd>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in right)
    g = d.totals()[2]
    body = f"""<table class=g><tr><td rowspan=2 style="width:60%"><div class=big>{E(d.title)}</div><br>
<b>Kibocsátó</b><br>{party_lines(d.seller)}<br><br><b>Vevő / megrendelő</b><br>{party_lines(d.buyer)}</td>
<td style="padding:0"><table class=g style="border:0">{rr}</table></td></tr></table>
{'<p>' + E(d.period) + '</p>' if d.period else ''}
{items_table(d, heads=("Megnevezés", "Menny.", "Me.", "Egységár", "Nettó", "Áfakulcs", "Áfa", "Bruttó"))}
{vat_summary(d)}<table class=vs><tr class=tot><td>FIZETENDŐ</td><td class=r>{d.A(g)} Ft</td></tr>{after(d)}</table>{words_line(d)}{extras(d)}"""
    return page(d, css, body)


# ---------------------------------------------------------------- utility bill, summary then detail pages
def utility(d):
    css = """.hdr{display:flex;justify-content:space-between;border-bottom:2px solid #e07b00}.logo{font-size:18pt;font-weight:bold;color:#e07b00}
.box{border:1px solid #e07b00;padding:6px;margin:8px 0}.two{display:flex;gap:10px}.two>div{flex:1}
.k{color:#666;font-size:8pt}.big{font-size:15pt;font-weight:bold}
.items{width:100%;font-size:7.5pt}.items th{border-bottom:1px solid #e07b00;text-align:left}.items td{padding:1px 3px;border-bottom:1px dotted #ccc}
.r{text-align:right}.vs{font-size:8.5pt;margin-top:6px}.vs td,.vs th{padding:2px 8px}.vs caption{text-align:left;font-weight:bold}.tot td{font-weight:bold}
.pb{page-break-before:always}.note{font-size:7.5pt;margin:2px 0}.pg{font-size:7pt;text-align:right;color:#777}"""
    s, b = d.seller, d.buyer
    n, v, g = d.totals()
    hx = "".join(f"<div><span class=k>{E(k)}</span><br>{E(val)}</div>" for k, val in d.header_extra)
    body = f"""<div class=hdr><div class=logo>{E(s.name)}</div><div class=pg>1. oldal</div></div>
<div class=k>{E(s.addr)} · Adószám: {s.tax or ''}{' · Közösségi adószám: ' + s.vat if s.vat else ''}{''.join(' · ' + E(k) + ': ' + E(x) for k, x in s.extra)}</div>
<h2>{E(d.title)}</h2>
<div class=two><div class=box><span class=k>Fizető / vevő</span><br>{party_lines(b)}</div>
<div class=box><span class=k>Számlaszám</span><br><b>{E(d.no)}</b><br><span class=k>Számla kelte</span><br>{d.Dt(d.issue)}
{('<br><span class=k>Teljesítés időpontja</span><br>' + d.Dt(d.fulf)) if (d.fulf and d.fulf_printed) else ''}
<br><span class=k>Fizetési határidő</span><br>{d.Dt(d.due)}{('<br><span class=k>Elszámolt időszak</span><br>' + E(d.period)) if d.period else ''}</div></div>
<div class=two>{hx}</div>
<div class=box><span class=k>Fizetendő összeg</span><div class=big>{d.A(g)} Ft</div>{words_line(d)}</div>
{vat_summary(d, title="Összesítő áfakulcsonként")}
<table class=vs><tr><td>Nettó összesen</td><td class=r>{d.A(n)} Ft</td></tr><tr><td>Áfa összesen</td><td class=r>{d.A(v)} Ft</td></tr><tr class=tot><td>Bruttó összesen</td><td class=r>{d.A(g)} Ft</td></tr>{after(d)}</table>
{extras(d)}
<div class=pb></div><div class=pg>Számlarészletező — {E(d.no)} — 2. oldaltól</div>
{items_table(d, heads=("Tétel", "Mennyiség", "Egység", "Egységár", "Nettó", "Áfa", "Áfa összeg", "Bruttó"))}
<p class=note>A részletező a számla elválaszthatatlan része.</p>"""
    return page(d, css, body)


# ---------------------------------------------------------------- bilingual (DE/HU or EN/HU), EUR
def bilingual(d, lang="de"):
    L = {"de": {"no": "Rechnungsnummer / Számlaszám", "iss": "Rechnungsdatum / Kiállítás dátuma", "ful": "Leistungsdatum / Teljesítés dátuma",
                "due": "Fällig am / Fizetési határidő", "sel": "Lieferant / Szállító", "buy": "Kunde / Vevő", "tax": "Steuernummer / Adószám",
                "vat": "USt-IdNr. / Közösségi adószám", "net": "Nettobetrag / Nettó összesen", "vat_t": "MwSt. / ÁFA", "gro": "Gesamtbetrag / Bruttó összesen",
                "heads": ("Artikel / Megnevezés", "Menge / Menny.", "Einh. / Me.", "Preis / Egységár", "Netto / Nettó", "MwSt / Áfa", "MwSt-Betrag", "Brutto / Bruttó")},
         "en": {"no": "Invoice No. / Számlaszám", "iss": "Invoice date / Kelte", "ful": "Date of supply / Teljesítés", "due": "Due date / Fizetési határidő",
                "sel": "Supplier / Eladó", "buy": "Customer / Vevő", "tax": "Tax ID / Adószám", "vat": "VAT ID / Közösségi adószám",
                "net": "Net total / Nettó", "vat_t": "VAT / ÁFA", "gro": "Total / Bruttó végösszeg",
                "heads": ("Item / Tétel", "Qty / Menny.", "Unit / Me.", "Unit price / Egységár", "Net / Nettó", "VAT / Áfa", "VAT amt", "Gross / Bruttó")}}[lang]
    css = """.h{display:flex;justify-content:space-between}.t{font-size:17pt;font-weight:bold}.k{font-size:7.5pt;color:#555}
.p{display:flex;gap:20px;margin:10px 0}.p>div{flex:1;border-top:1px solid #000;padding-top:4px}
.items{width:100%;font-size:8pt;margin-top:8px}.items th{text-align:left;border-bottom:1px solid #000;font-size:7pt}.items td{padding:2px}
.r{text-align:right}.vs{margin-top:8px;margin-left:auto;font-size:9pt}.vs td{padding:2px 8px}.vs th{padding:2px 8px;font-size:7.5pt}.vs caption{text-align:left}.tot td{font-weight:bold;border-top:1px solid #000}.note{font-size:8pt;margin:2px 0}"""
    s, b = d.seller, d.buyer

    def pb(p):
        out = [f"<b>{E(p.name)}</b>", E(p.addr)]
        if p.tax:
            out.append(f"{L['tax']}: {p.tax}")
        if p.vat:
            out.append(f"{L['vat']}: {p.vat}")
        out += [f"{E(k)}: {E(v)}" for k, v in p.extra]
        return "<br>".join(out)
    meta = [(L["no"], d.no), (L["iss"], d.Dt(d.issue))]
    if d.fulf and d.fulf_printed:
        meta.append((L["ful"], d.Dt(d.fulf)))
    if d.due:
        meta.append((L["due"], d.Dt(d.due)))
    meta += d.header_extra
    n, v, g = d.totals()
    cur = "€" if d.amt == "de2" else "EUR"
    body = f"""<div class=h><div class=t>{E(d.title)}</div><div>{''.join(f'<div><span class=k>{E(k)}</span> {E(x)}</div>' for k, x in meta)}</div></div>
<div class=p><div><span class=k>{L['sel']}</span><br>{pb(s)}</div><div><span class=k>{L['buy']}</span><br>{pb(b)}</div></div>
{items_table(d, heads=L['heads'])}
<table class=vs><tr><td>{L['net']}</td><td class=r>{d.A(n)} {cur}</td></tr><tr><td>{L['vat_t']}</td><td class=r>{d.A(v)} {cur}</td></tr>
<tr class=tot><td>{L['gro']}</td><td class=r>{d.A(g)} {cur}</td></tr>{after(d)}</table>{extras(d)}"""
    return page(d, css, body)


# ---------------------------------------------------------------- dot-matrix like monospace print
def pre(d):
    css = "pre{font-family:'DejaVu Sans Mono';font-size:8.6pt;line-height:1.25}"
    W = 92
    s, b = d.seller, d.buyer
    L = []
    L.append("=" * W)
    L.append(f"{d.title:^{W}}")
    L.append("=" * W)
    L.append(f"Szla.sz.: {d.no:<30}{'Eredeti példány':>{W-40}}")
    L.append("-" * W)
    L.append(f"{'SZALLITO:':<46}{'VEVO:'}")
    sl = [s.name, s.addr, f"Adosz.: {s.tax}"] + ([f"Koz.adosz.: {s.vat}"] if s.vat else []) + [f"{k}: {v}" for k, v in s.extra]
    bl = [b.name, b.addr] + ([f"Adosz.: {b.tax}"] if b.tax else []) + ([f"Koz.adosz.: {b.vat}"] if b.vat else []) + [f"{k}: {v}" for k, v in b.extra]
    for i in range(max(len(sl), len(bl))):
        a = sl[i] if i < len(sl) else ""
        c = bl[i] if i < len(bl) else ""
        L.append(f"{a:<46}{c}")
    L.append("-" * W)
    f = [f"Kelt: {d.Dt(d.issue)}"]
    if d.fulf and d.fulf_printed:
        f.append(f"Telj.: {d.Dt(d.fulf)}")
    if d.due:
        f.append(f"Esed.: {d.Dt(d.due)}")
    f.append(f"Fiz.mod: {d.payment}")
    L.append("   ".join(f))
    for k, v in d.header_extra:
        L.append(f"{k}: {v}")
    if d.prec:
        L.append(f"Helyesbitett szamla: {d.prec}")
    L.append("-" * W)
    L.append(f"{'Megnevezes':<34}{'Menny':>7} {'ME':<4}{'Egysegar':>12}{'Netto':>13}{'Afa':>5}{'Afa ert.':>12}")
    for ln in d.lines:
        net = d.line_net(ln)
        pct = ln[4] if isinstance(ln[4], int) else 0
        v = d.q(net * pct / 100)
        L.append(f"{ln[0][:34]:<34}{str(ln[1]).replace('.', ','):>7} {ln[2]:<4}{d.A(ln[3]):>12}{d.A(net):>13}{d.rate_label(ln[4]):>5}{d.A(v):>12}")
    L.append("-" * W)
    for r, n, v, g in d.summary():
        L.append(f"{'Afakulcs ' + d.rate_label(r):<30}{'alap:':>8}{d.A(n):>14}{'ado:':>8}{d.A(v):>14}")
    n, v, g = d.totals()
    L.append(f"{'NETTO OSSZESEN:':<40}{d.A(n):>20} Ft")
    L.append(f"{'AFA OSSZESEN:':<40}{d.A(v):>20} Ft")
    L.append(f"{'BRUTTO OSSZESEN:':<40}{d.A(g):>20} Ft")
    for k, x in d.after_totals:
        L.append(f"{k + ':':<40}{x:>20}")
    if d.words:
        L.append(f"azaz {words(g)} forint")
    L.append("=" * W)
    for x in d.notes:
        L.append(x)
    L.append("")
    L.append(f"{'1/1':>{W}}")
    return page(d, css, "<pre>" + E("\n".join(L)) + "</pre>")


def bilingual_en(d):
    return bilingual(d, "en")


STYLES = {"online": online, "erp": erp, "word": word, "grid": grid, "utility": utility, "bilingual_de": bilingual,
          "bilingual_en": bilingual_en, "dotmatrix": pre}

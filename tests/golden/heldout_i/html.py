# ruff: noqa
"""HTML templates (printed by headless Chromium) for the blind set I."""

from __future__ import annotations

from html import escape as e

from .core import D, RATE_LABEL, Doc, Party, words

BASE_CSS = """
@page { size: A4; margin: %(margin)s; }
* { font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; box-sizing: border-box; }
body { font-family: %(font)s; font-size: %(size)s; color: #111; margin: 0; }
table { border-collapse: collapse; }
.r { text-align: right; } .c { text-align: center; } .b { font-weight: bold; }
.small { font-size: 0.8em; color: #333; }
.page { page-break-after: always; position: relative; }
.page:last-child { page-break-after: auto; }
table.items td + td { padding-left: 7px !important; white-space: nowrap; }
.wm { position: fixed; top: 40%%; left: 8%%; font-size: 90px; color: rgba(200,0,0,0.12); transform: rotate(-30deg); z-index: -1; }
"""


def page(doc: Doc, body: str, css: str = "", font="'DejaVu Sans'", size="10pt", margin="14mm") -> str:
    wm = f'<div class="wm">{e(doc.opts["watermark"])}</div>' if doc.opts.get("watermark") else ""
    return (f"<!DOCTYPE html><html lang='hu'><head><meta charset='utf-8'><title>{e(doc.number)}</title><style>"
            + BASE_CSS % {"font": font, "size": size, "margin": margin} + css + f"</style></head><body>{wm}{body}</body></html>")


def cur(doc: Doc, v, style=None) -> str:
    """Amount with the document's currency marker."""
    s = doc.n(v, style)
    mark = doc.opts.get("cur", {"HUF": " Ft", "EUR": " EUR"}.get(doc.currency, " " + doc.currency))
    if mark.endswith(" ") :
        return mark + s
    return s + mark


def rate_txt(doc: Doc, r) -> str:
    return doc.opts.get("rate_labels", {}).get(r, RATE_LABEL[r])


def party_lines(p: Party, tax_label="Adószám", vat_label="Közösségi adószám", extra=True) -> list[str]:
    out = [f"<b>{e(p.name)}</b>", e(p.addr)]
    if p.tax:
        out.append(f"{tax_label}: {e(p.tax)}")
    if p.vat and p.show_vat:
        out.append(f"{vat_label}: {e(p.vat)}")
    if extra:
        out += [e(x) for x in p.extra]
    return out


def items_table(doc: Doc, lines, cols=("Megnevezés", "Menny.", "Egys.", "Egységár", "Nettó érték", "ÁFA", "ÁFA érték", "Bruttó érték"), cls="items", vat_col=True) -> str:
    h = "".join(f"<th>{e(c)}</th>" for c in cols)
    rows = []
    for ln in lines:
        net = doc.line_net(ln)
        vat = doc.line_vat(ln)
        qty = f"{ln.qty:f}".rstrip("0").rstrip(".") if "." in f"{ln.qty:f}" else f"{ln.qty:f}"
        qty = qty.replace(".", ",")
        desc = e(ln.desc) + (f"<br><span class='small'>{e(ln.note)}</span>" if ln.note else "")
        cells = [desc, qty, e(ln.unit), doc.price(ln.price), doc.n(net)]
        if vat_col:
            cells += [rate_txt(doc, ln.rate), doc.n(vat), doc.n(net + vat)]
        rows.append("<tr>" + "".join(f"<td{' class=r' if i else ''}>{c}</td>" for i, c in enumerate(cells)) + "</tr>")
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def vat_summary(doc: Doc, title="ÁFA-összesítő", cols=("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), cls="vs") -> str:
    rows = "".join(f"<tr><td>{rate_txt(doc, r)}</td><td class=r>{doc.n(n)}</td><td class=r>{doc.n(v)}</td><td class=r>{doc.n(g)}</td></tr>"
                   for r, n, v, g in doc.groups())
    h = "".join(f"<th>{e(c)}</th>" for c in cols)
    tot = f"<tr class=b><td>Összesen</td><td class=r>{doc.n(doc.net)}</td><td class=r>{doc.n(doc.vat)}</td><td class=r>{doc.n(doc.gross)}</td></tr>"
    return f"<div class='vst'>{e(title)}</div><table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{rows}{tot}</tbody></table>"


def notes(doc: Doc) -> str:
    return "".join(f"<p class='note'>{e(x)}</p>" for x in doc.opts.get("notes", []))


KIND_TITLE = {"normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA", "correction": "HELYESBÍTŐ SZÁMLA",
              "storno": "SZTORNÓ SZÁMLA", "proforma": "DÍJBEKÉRŐ"}


def title(doc: Doc) -> str:
    return doc.opts.get("title", KIND_TITLE[doc.kind])


def ref_line(doc: Doc) -> str:
    if doc.preceding:
        lab = doc.opts.get("ref_label", "Az eredeti számla sorszáma")
        return f"<p class='ref'>{e(lab)}: <b>{e(doc.preceding)}</b></p>"
    return ""


# ---------------------------------------------------------------------------------------------
# A. online invoicer: boxes, labels above values
def onlinebox(doc: Doc) -> str:
    css = """
    .top { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 3px solid #2a6db0; padding-bottom: 6px; }
    .brand { color: #2a6db0; font-size: 18pt; font-weight: bold; }
    .ttl { text-align: right; } .ttl .t { font-size: 20pt; font-weight: bold; } .ttl .no { font-size: 12pt; }
    .parties { display: flex; gap: 10px; margin-top: 10px; }
    .parties .box { flex: 1; border: 1px solid #9bb; border-radius: 4px; padding: 6px 8px; line-height: 1.35; }
    .box .h { font-size: 8pt; color: #2a6db0; font-weight: bold; margin-bottom: 2px; }
    .meta { display: flex; gap: 6px; margin-top: 10px; }
    .meta div { flex: 1; border: 1px solid #ccc; background: #f4f8fc; padding: 4px 6px; }
    .meta .l { font-size: 7.5pt; color: #555; display: block; } .meta .v { font-weight: bold; }
    table.items { width: 100%; margin-top: 12px; font-size: 8.5pt; }
    table.items th { background: #2a6db0; color: white; padding: 4px; font-weight: normal; }
    table.items td { border-bottom: 1px solid #ddd; padding: 4px; }
    .vst { margin-top: 10px; font-weight: bold; font-size: 9pt; }
    table.vs { font-size: 8.5pt; } table.vs td, table.vs th { border: 1px solid #ccc; padding: 2px 8px; }
    .totals { margin-top: 10px; margin-left: auto; width: 55%; border: 2px solid #2a6db0; padding: 6px 10px; }
    .totals div { display: flex; justify-content: space-between; } .totals .g { font-size: 13pt; font-weight: bold; }
    .note { font-size: 8.5pt; margin: 3px 0; } .foot { margin-top: 20px; font-size: 7.5pt; color: #777; border-top: 1px solid #ccc; }
    """
    o = doc.opts
    meta = [("Számla kelte", doc.d(doc.issue)), ("Teljesítés dátuma", doc.d(doc.fulfil)), ("Fizetési határidő", doc.d(doc.due)),
            ("Fizetési mód", o.get("pay", "Átutalás"))]
    if doc.kind == "proforma":
        meta = [("Kelt", doc.d(doc.issue)), ("Fizetési határidő", doc.d(doc.due)), ("Fizetési mód", o.get("pay", "Átutalás"))]
    meta += o.get("meta_extra", [])
    body = f"""
    <div class="top"><div><div class="brand">{e(o.get('brand', doc.seller.name))}</div><div class="small">{e(o.get('tagline', ''))}</div></div>
      <div class="ttl"><div class="t">{e(title(doc))}</div><div class="no">Sorszám: <b>{e(doc.number)}</b></div></div></div>
    <div class="parties">
      <div class="box"><div class="h">{e(o.get('sl', 'Eladó'))}</div>{'<br>'.join(party_lines(doc.seller))}</div>
      <div class="box"><div class="h">{e(o.get('bl', 'Vevő'))}</div>{'<br>'.join(party_lines(doc.buyer))}</div>
    </div>
    <div class="meta">{''.join(f"<div><span class=l>{e(a)}</span><span class=v>{e(b)}</span></div>" for a, b in meta)}</div>
    {ref_line(doc)}
    {items_table(doc, doc.lines)}
    {vat_summary(doc) if o.get('vs', True) else ''}
    <div class="totals"><div><span>Nettó összesen:</span><span>{cur(doc, doc.net)}</span></div>
      <div><span>ÁFA összesen:</span><span>{cur(doc, doc.vat)}</span></div>
      <div class="g"><span>{e(o.get('gross_label', 'Fizetendő:'))}</span><span>{cur(doc, doc.gross)}</span></div></div>
    {notes(doc)}
    <div class="foot">{e(o.get('footer', 'A számla a Számlafelhő online számlázó programmal készült. Program: Számlafelhő 4.12'))}</div>
    """
    return page(doc, body, css, font=o.get("font", "'DejaVu Sans'"), size=o.get("size", "9.5pt"))


# ---------------------------------------------------------------------------------------------
# B. ERP printout: monospace, label: value columns, parties in a table with a left label column, paging
def erp(doc: Doc) -> str:
    css = """
    .hdr { display: flex; justify-content: space-between; border-bottom: 1px dashed #000; padding-bottom: 4px; }
    table.kv td { padding: 0 6px 0 0; vertical-align: top; }
    table.pt { width: 100%; margin-top: 6px; border: 1px solid #000; } table.pt td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; }
    table.pt td.lab { width: 22%; font-weight: bold; background: #eee; }
    table.items { width: 100%; margin-top: 6px; } table.items th { border-top: 1px solid #000; border-bottom: 1px solid #000; text-align: left; padding: 2px; }
    table.items td { padding: 1px 2px; }
    .carry { border-top: 1px dashed #000; text-align: right; padding: 2px; }
    .vst { margin-top: 8px; font-weight: bold; } table.vs td, table.vs th { border: 1px solid #000; padding: 1px 6px; }
    .tot { margin-top: 8px; border-top: 2px solid #000; } .tot td { padding: 1px 8px; }
    .note { margin: 2px 0; } .pg { position: absolute; top: 0; right: 0; }
    """
    o = doc.opts
    per = o.get("per_page", 1000)
    chunks = [doc.lines[i:i + per] for i in range(0, len(doc.lines), per)] or [[]]
    npg = len(chunks)
    pages = []
    carried = D(0)
    for i, ch in enumerate(chunks):
        head = f"""<div class="hdr"><div><b>{e(doc.seller.name)}</b><br>{e(doc.seller.addr)}<br>{'<br>'.join(e(x) for x in doc.seller.extra)}</div>
        <div><table class="kv">
        <tr><td>{e(title(doc))} száma:</td><td><b>{e(doc.number)}</b></td></tr>
        <tr><td>Oldal:</td><td>{i + 1}/{npg}</td></tr>
        {''.join(f'<tr><td>{e(a)}:</td><td>{e(b)}</td></tr>' for a, b in o.get('hdr_extra', []))}
        </table></div></div>"""
        first = ""
        if i == 0:
            first = f"""<table class="pt">
            <tr><td class="lab">Szállító</td><td>{e(doc.seller.name)}<br>{e(doc.seller.addr)}<br>Adószám: {e(doc.seller.tax)}{('<br>EU adószám: ' + e(doc.seller.vat)) if doc.seller.vat and doc.seller.show_vat else ''}</td></tr>
            <tr><td class="lab">Vevő</td><td>{'<br>'.join(party_lines(doc.buyer, vat_label='EU adószám'))}</td></tr>
            {''.join(f'<tr><td class="lab">{e(a)}</td><td>{e(b)}</td></tr>' for a, b in o.get('pt_extra', []))}
            <tr><td class="lab">Dátumok</td><td>Számla kelte: {doc.d(doc.issue)} &nbsp; Teljesítés: {doc.d(doc.fulfil)} &nbsp; Esedékesség: {doc.d(doc.due)}</td></tr>
            </table>{ref_line(doc)}"""
        carry_in = f"<div class='carry'>Áthozat: {doc.n(carried)}</div>" if i else ""
        sub = sum((doc.line_net(l) for l in ch), start=doc.line_net(ch[0]) * 0) if ch else 0
        carried = carried + sub
        tail = ""
        if i < npg - 1:
            tail = f"<div class='carry'>Átvitel (nettó): {doc.n(carried)}</div><div class='c small'>folytatás a következő oldalon</div>"
        else:
            tail = f"""{vat_summary(doc, 'ÁFA összesítés kulcsonként', ('Kulcs', 'Adóalap', 'Adó', 'Bruttó'))}
            <table class="tot"><tr><td>Nettó összeg:</td><td class=r>{cur(doc, doc.net)}</td></tr>
            <tr><td>ÁFA összeg:</td><td class=r>{cur(doc, doc.vat)}</td></tr>
            <tr class=b><td>Számla végösszege:</td><td class=r>{cur(doc, doc.gross)}</td></tr></table>
            <p>azaz {words(int(doc.gross))} forint</p>{notes(doc)}"""
        pages.append(f"<div class='page'>{head}{first}{carry_in}{items_table(doc, ch, ('Megnevezés', 'Mennyiség', 'ME', 'Egységár', 'Nettó', 'Kulcs', 'ÁFA', 'Bruttó'))}{tail}</div>")
    return page(doc, "".join(pages), css, font=o.get("font", "'DejaVu Sans Mono'"), size=o.get("size", "8pt"), margin="12mm")


# ---------------------------------------------------------------------------------------------
# C. municipality finance system: formal, headings above party blocks, dates in right column table
def municipal(doc: Doc) -> str:
    css = """
    h1 { text-align: center; font-size: 15pt; letter-spacing: 0; margin: 4px 0; }
    .sys { font-size: 7pt; color: #444; display: flex; justify-content: space-between; }
    .two { display: flex; gap: 0; border: 1px solid #000; margin-top: 6px; }
    .two > div { flex: 1; padding: 6px; line-height: 1.4; } .two > div + div { border-left: 1px solid #000; }
    .hd { font-weight: bold; text-decoration: underline; margin-bottom: 3px; }
    .wrap { display: flex; gap: 8px; margin-top: 6px; } .wrap .left { flex: 1.4; } .wrap .right { flex: 1; }
    table.dt { width: 100%; border: 1px solid #000; } table.dt td { border: 1px solid #000; padding: 3px 5px; }
    table.items { width: 100%; margin-top: 8px; font-size: 8.5pt; } table.items th, table.items td { border: 1px solid #000; padding: 3px; }
    table.items th { background: #ddd; }
    .vst { margin-top: 6px; font-weight: bold; } table.vs td, table.vs th { border: 1px solid #000; padding: 2px 6px; font-size: 8.5pt; }
    .sum { margin-top: 8px; border: 1px solid #000; padding: 6px; } .sum td { padding: 1px 10px 1px 0; }
    .note { font-size: 8.5pt; margin: 2px 0; } .sign { margin-top: 30px; display: flex; justify-content: space-between; font-size: 8.5pt; }
    """
    o = doc.opts
    body = f"""
    <div class="sys"><span>{e(o.get('system', 'ÖKOGAZD Önkormányzati Gazdálkodási Rendszer v7.3 – Kimenő számla'))}</span><span>Nyomtatva: {e(o.get('printed', ''))}</span></div>
    <h1>{e(title(doc))}</h1>
    <div class="c">Számla sorszáma: <b>{e(doc.number)}</b> &nbsp; {e(o.get('copy', ''))}</div>
    <div class="two">
      <div><div class="hd">{e(o.get('sl', 'Számlakibocsátó (eladó)'))}</div>{'<br>'.join(party_lines(doc.seller))}</div>
      <div><div class="hd">{e(o.get('bl', 'Vevő (számlabefogadó)'))}</div>{'<br>'.join(party_lines(doc.buyer))}</div>
    </div>
    <div class="wrap"><div class="left">{''.join(f'<div>{e(a)}: {e(b)}</div>' for a, b in o.get('left_info', []))}{ref_line(doc)}</div>
    <div class="right"><table class="dt">
      <tr><td>Számla kelte</td><td class=r>{doc.d(doc.issue)}</td></tr>
      <tr><td>Teljesítés időpontja</td><td class=r>{doc.d(doc.fulfil)}</td></tr>
      <tr><td>Fizetési határidő</td><td class=r>{doc.d(doc.due)}</td></tr>
      <tr><td>Fizetés módja</td><td class=r>{e(o.get('pay', 'átutalás'))}</td></tr></table></div></div>
    {items_table(doc, doc.lines, ('Megnevezés', 'Menny.', 'Me.e.', 'Egységár', 'Nettó érték', 'Áfa %', 'Áfa', 'Bruttó érték'))}
    {vat_summary(doc, 'Áfa összesítő', ('Áfakulcs', 'Nettó érték', 'Áfa érték', 'Bruttó érték'))}
    <div class="sum"><table><tr><td>Nettó érték összesen:</td><td class=r>{cur(doc, doc.net)}</td></tr>
      <tr><td>Áfa összesen:</td><td class=r>{cur(doc, doc.vat)}</td></tr>
      <tr class=b><td>Fizetendő végösszeg:</td><td class=r>{cur(doc, doc.gross)}</td></tr></table>
      <div>azaz: {words(int(doc.gross))} forint</div></div>
    {notes(doc)}
    <div class="sign"><span>Kiállította: {e(o.get('clerk', 'Pénzügyi Iroda'))}</span><span>P.H.</span></div>
    """
    return page(doc, body, css, font=o.get("font", "'DejaVu Serif'"), size=o.get("size", "9.5pt"))


# ---------------------------------------------------------------------------------------------
# D. Word-like template: letterhead, parties one under another, dates as prose at the bottom
def wordtpl(doc: Doc) -> str:
    css = """
    .lh { text-align: center; border-bottom: 1px solid #000; padding-bottom: 6px; }
    .lh .n { font-size: 16pt; font-weight: bold; }
    h1 { text-align: center; font-size: 17pt; margin: 12px 0 2px; } .sn { text-align: center; margin-bottom: 10px; }
    .blk { margin: 8px 0; line-height: 1.4; } .blk .lab { font-style: italic; }
    table.items { width: 100%; margin-top: 10px; } table.items th { border-bottom: 2px solid #000; padding: 3px; font-size: 9pt; }
    table.items td { padding: 3px; border-bottom: 1px dotted #999; font-size: 9pt; }
    .vst { margin-top: 10px; } table.vs td, table.vs th { padding: 1px 10px; border-bottom: 1px solid #aaa; font-size: 9pt; }
    .tot { margin-top: 10px; font-size: 11pt; } .tot td { padding: 2px 12px 2px 0; }
    .dates { margin-top: 16px; line-height: 1.6; } .note { margin: 2px 0; font-size: 9pt; }
    """
    o = doc.opts
    s = doc.seller
    body = f"""
    <div class="lh"><div class="n">{e(s.name)}</div><div>{e(s.addr)}</div>
    <div class="small">Adószám: {e(s.tax)}{(' &nbsp;•&nbsp; Közösségi adószám: ' + e(s.vat)) if s.vat and s.show_vat else ''}<br>{' • '.join(e(x) for x in s.extra)}</div></div>
    <h1>{e(title(doc))}</h1><div class="sn">Sorszám: {e(doc.number)}</div>
    <div class="blk"><div class="lab">{e(o.get('bl', 'Vevő neve, címe:'))}</div>{'<br>'.join(party_lines(doc.buyer, 'Adószáma'))}</div>
    {''.join(f'<div class="blk"><div class="lab">{e(a)}</div>{e(b)}</div>' for a, b in o.get('blocks', []))}
    {ref_line(doc)}
    {items_table(doc, doc.lines, ('Tétel megnevezése', 'Menny.', 'Egység', 'Egységár (nettó)', 'Nettó', 'ÁFA', 'ÁFA összeg', 'Bruttó'))}
    {vat_summary(doc, 'ÁFA kulcsonkénti összesítő', ('Kulcs', 'Nettó', 'ÁFA', 'Bruttó')) if o.get('vs', True) else ''}
    <table class="tot"><tr><td>Nettó összesen:</td><td class=r>{cur(doc, doc.net)}</td></tr>
    <tr><td>ÁFA összesen:</td><td class=r>{cur(doc, doc.vat)}</td></tr>
    <tr class=b><td>{e(o.get('gross_label', 'Mindösszesen:'))}</td><td class=r>{cur(doc, doc.gross)}</td></tr></table>
    <div>(azaz {words(int(doc.gross))} forint)</div>
    {notes(doc)}
    <div class="dates">{e(o.get('pay_line', 'Fizetés módja: banki átutalás'))}<br>
    {'Teljesítés kelte: ' + doc.d(doc.fulfil) + '<br>' if doc.fulfil else ''}Fizetési határidő: {doc.d(doc.due)}<br>
    Kelt: {e(o.get('place', 'Hegyesdomb'))}, {doc.d(doc.issue)}</div>
    <div style="margin-top:30px; text-align:right">……………………………<br>aláírás</div>
    """
    return page(doc, body, css, font=o.get("font", "'DejaVu Serif'"), size=o.get("size", "10.5pt"), margin="18mm")


# ---------------------------------------------------------------------------------------------
# E. Excel-like grid: everything in one bordered grid, labels in the left column
def excel(doc: Doc) -> str:
    css = """
    table.g { width: 100%; } table.g td { border: 1px solid #888; padding: 2px 4px; height: 16px; }
    td.lab { background: #e8efe0; font-weight: bold; width: 18%; }
    td.ttl { font-size: 16pt; font-weight: bold; text-align: center; background: #cfe0bf; }
    table.items { width: 100%; margin-top: 6px; } table.items th { border: 1px solid #888; background: #cfe0bf; padding: 2px; }
    table.items td { border: 1px solid #888; padding: 2px 4px; }
    .vst { margin-top: 6px; font-weight: bold; } table.vs td, table.vs th { border: 1px solid #888; padding: 1px 6px; }
    table.t2 { margin-top: 6px; margin-left: auto; } table.t2 td { border: 1px solid #888; padding: 2px 6px; }
    .note { margin: 2px 0; font-size: 8.5pt; }
    """
    o = doc.opts
    s, b = doc.seller, doc.buyer
    kv = lambda a, c: f"<td class=lab>{e(a)}</td><td>{c}</td>"
    rows = [
        f"<tr><td class=ttl colspan=4>{e(title(doc))}</td></tr>",
        f"<tr>{kv(o.get('nolabel', 'Számlaszám'), '<b>' + e(doc.number) + '</b>')}{kv('Kelt', doc.d(doc.issue))}</tr>",
        f"<tr>{kv('Eladó', '<b>' + e(s.name) + '</b>')}{kv('Vevő', '<b>' + e(b.name) + '</b>')}</tr>",
        f"<tr>{kv('Cím', e(s.addr))}{kv('Cím', e(b.addr))}</tr>",
        f"<tr>{kv('Adószám', e(s.tax or ''))}{kv('Adószám', e(b.tax or ''))}</tr>",
    ]
    if (s.vat and s.show_vat) or (b.vat and b.show_vat):
        rows.append(f"<tr>{kv('EU adószám', e(s.vat or '') if s.show_vat else '')}{kv('EU adószám', e(b.vat or '') if b.show_vat else '')}</tr>")
    ex = max(len(s.extra), len(b.extra))
    for i in range(ex):
        rows.append(f"<tr><td class=lab></td><td>{e(s.extra[i]) if i < len(s.extra) else ''}</td><td class=lab></td><td>{e(b.extra[i]) if i < len(b.extra) else ''}</td></tr>")
    if doc.kind != "proforma":
        rows.append(f"<tr>{kv('Teljesítés', doc.d(doc.fulfil))}{kv('Fiz. határidő', doc.d(doc.due))}</tr>")
    else:
        rows.append(f"<tr>{kv('Fiz. határidő', doc.d(doc.due))}{kv('Fiz. mód', e(o.get('pay', 'átutalás')))}</tr>")
    for a, c in o.get("grid_extra", []):
        rows.append(f"<tr>{kv(a, e(c))}<td class=lab></td><td></td></tr>")
    body = f"""<table class="g">{''.join(rows)}</table>{ref_line(doc)}
    {items_table(doc, doc.lines, ('Megnevezés', 'Db', 'Me', 'Egységár', 'Nettó', 'Áfa', 'Áfa Ft', 'Bruttó'))}
    {vat_summary(doc, 'Áfa összesítő', ('Kulcs', 'Nettó', 'Áfa', 'Bruttó')) if o.get('vs', True) else ''}
    <table class="t2"><tr><td>Nettó</td><td class=r>{cur(doc, doc.net)}</td></tr><tr><td>Áfa</td><td class=r>{cur(doc, doc.vat)}</td></tr>
    <tr class=b><td>{e(o.get('gross_label', 'Bruttó végösszeg'))}</td><td class=r>{cur(doc, doc.gross)}</td></tr></table>{notes(doc)}"""
    return page(doc, body, css, font=o.get("font", "'DejaVu Sans Condensed'"), size=o.get("size", "9pt"))


# ---------------------------------------------------------------------------------------------
# F. utility bill: summary first page with "Fizetendő összeg", details on following pages with carry-over
def utility(doc: Doc) -> str:
    css = """
    .hd { display: flex; justify-content: space-between; align-items: flex-start; }
    .logo { font-size: 20pt; font-weight: bold; color: %(col)s; }
    .kv { font-size: 8.5pt; } .kv td { padding: 1px 6px 1px 0; }
    .pay { border: 3px solid %(col)s; padding: 8px; margin: 10px 0; display: flex; justify-content: space-between; font-size: 12pt; }
    .pay .a { font-size: 18pt; font-weight: bold; }
    .addr { display: flex; gap: 16px; margin-top: 8px; } .addr > div { flex: 1; border-top: 2px solid %(col)s; padding-top: 4px; line-height: 1.35; }
    .addr .h { font-size: 8pt; color: %(col)s; font-weight: bold; }
    table.items { width: 100%%; margin-top: 6px; font-size: 8pt; } table.items th { background: %(col)s; color: #fff; padding: 3px; }
    table.items td { border-bottom: 1px solid #ddd; padding: 2px 3px; }
    .carry { text-align: right; font-weight: bold; padding: 3px; background: #f0f0f0; }
    .vst { margin-top: 8px; font-weight: bold; } table.vs td, table.vs th { border: 1px solid #bbb; padding: 2px 8px; font-size: 8.5pt; }
    .sumt td { padding: 2px 10px 2px 0; } .note { font-size: 8pt; margin: 2px 0; }
    .pg { text-align: right; font-size: 8pt; color: #555; }
    """ % {"col": doc.opts.get("color", "#0a7a3a")}
    o = doc.opts
    per = o.get("per_page", 1000)
    chunks = [doc.lines[i:i + per] for i in range(0, len(doc.lines), per)]
    npg = len(chunks) + 1
    s, b = doc.seller, doc.buyer
    first = f"""<div class="page"><div class="pg">{o.get('pg_fmt', '{i}. oldal / {n}').format(i=1, n=npg)}</div>
    <div class="hd"><div><div class="logo">{e(o.get('brand', s.name))}</div><div class="small">{e(s.name)}<br>{e(s.addr)}<br>Adószám: {e(s.tax)}<br>{'<br>'.join(e(x) for x in s.extra)}</div></div>
    <div><div style="font-size:14pt;font-weight:bold">{e(title(doc))}</div><table class="kv">
    <tr><td>Számla sorszáma:</td><td><b>{e(doc.number)}</b></td></tr>
    <tr><td>Számla kelte:</td><td>{doc.d(doc.issue)}</td></tr>
    <tr><td>Teljesítés dátuma:</td><td>{doc.d(doc.fulfil)}</td></tr>
    {''.join(f'<tr><td>{e(a)}:</td><td>{e(c)}</td></tr>' for a, c in o.get('kv', []))}
    <tr><td>Fizetési határidő:</td><td><b>{doc.d(doc.due)}</b></td></tr></table></div></div>
    <div class="pay"><span>Fizetendő összeg:</span><span class="a">{cur(doc, doc.gross)}</span></div>
    <div class="addr"><div><div class="h">{e(o.get('bl', 'Vevő (fizető)'))}</div>{'<br>'.join(party_lines(b))}</div>
    <div><div class="h">{e(o.get('dl', 'Felhasználási hely'))}</div>{'<br>'.join(e(x) for x in o.get('site', []))}</div></div>
    {vat_summary(doc, 'Az elszámolás összesítője', ('Áfakulcs', 'Nettó', 'Áfa', 'Bruttó'))}
    <table class="sumt"><tr><td>Nettó összeg:</td><td class=r>{cur(doc, doc.net)}</td></tr><tr><td>Áfa összeg:</td><td class=r>{cur(doc, doc.vat)}</td></tr>
    <tr class=b><td>Bruttó összeg:</td><td class=r>{cur(doc, doc.gross)}</td></tr></table>{notes(doc)}</div>"""
    pages = [first]
    carried = None
    for i, ch in enumerate(chunks):
        sub = sum(doc.line_net(l) + doc.line_vat(l) for l in ch)
        cin = f"<div class='carry'>Áthozat (bruttó): {cur(doc, carried)}</div>" if carried is not None else ""
        carried = sub if carried is None else carried + sub
        cout = f"<div class='carry'>Átvitel (bruttó): {cur(doc, carried)}</div>" if i < len(chunks) - 1 else f"<div class='carry'>Tételek összesen (bruttó): {cur(doc, carried)}</div>"
        pages.append(f"""<div class="page"><div class="pg">{o.get('pg_fmt', '{i}. oldal / {n}').format(i=i + 2, n=npg)}</div>
        <div class="small">{e(s.name)} – {e(doc.number)} sz. számla részletező</div>{cin}
        {items_table(doc, ch, ('Tétel', 'Mennyiség', 'Me.', 'Egységár', 'Nettó', 'Áfa', 'Áfa össz.', 'Bruttó'))}{cout}</div>""")
    return page(doc, "".join(pages), css, font=o.get("font", "'DejaVu Sans'"), size=o.get("size", "9pt"))


# ---------------------------------------------------------------------------------------------
# G. foreign (EU) invoice in English, EUR
def foreign(doc: Doc) -> str:
    css = """
    .hd { display: flex; justify-content: space-between; } .nm { font-size: 17pt; font-weight: bold; }
    h1 { font-size: 22pt; margin: 14px 0 4px; color: #444; }
    .two { display: flex; gap: 20px; margin-top: 8px; } .two > div { flex: 1; line-height: 1.4; }
    .h { font-size: 8pt; text-transform: none; color: #777; border-bottom: 1px solid #777; margin-bottom: 3px; }
    table.kv td { padding: 1px 10px 1px 0; }
    table.items { width: 100%; margin-top: 12px; } table.items th { border-bottom: 2px solid #444; text-align: left; padding: 3px; }
    table.items td { padding: 3px; border-bottom: 1px solid #ddd; }
    .tot { margin-left: auto; margin-top: 8px; } .tot td { padding: 2px 0 2px 24px; } .note { font-size: 8.5pt; margin: 2px 0; }
    .vst { display: none; }
    """
    o = doc.opts
    s, b = doc.seller, doc.buyer
    sl = [f"<b>{e(s.name)}</b>", e(s.addr)] + ([f"VAT ID: {e(s.vat)}"] if s.vat else []) + ([f"HU tax no.: {e(s.tax)}"] if s.tax else []) + [e(x) for x in s.extra]
    bl = [f"<b>{e(b.name)}</b>", e(b.addr)] + ([f"VAT ID: {e(b.vat)}"] if b.vat and b.show_vat else []) + ([f"Tax number: {e(b.tax)}"] if b.tax else []) + [e(x) for x in b.extra]
    body = f"""
    <div class="hd"><div class="nm">{e(s.name)}</div><div class="small r">{'<br>'.join(e(x) for x in o.get('contact', []))}</div></div>
    <h1>{e(o.get('title', 'INVOICE'))}</h1>
    <div class="two"><div><div class="h">{e(o.get('bl', 'Bill to'))}</div>{'<br>'.join(bl)}</div>
    <div><div class="h">Invoice details</div><table class="kv">
    <tr><td>Invoice no.</td><td><b>{e(doc.number)}</b></td></tr>
    <tr><td>Invoice date</td><td>{doc.d(doc.issue)}</td></tr>
    <tr><td>{e(o.get('supply_label', 'Date of supply'))}</td><td>{doc.d(doc.fulfil)}</td></tr>
    <tr><td>Due date</td><td>{doc.d(doc.due)}</td></tr>
    {''.join(f'<tr><td>{e(a)}</td><td>{e(c)}</td></tr>' for a, c in o.get('kv', []))}</table></div></div>
    <div class="two"><div><div class="h">From</div>{'<br>'.join(sl)}</div><div>{('<div class="h">Ship to</div>' + '<br>'.join(e(x) for x in o['ship'])) if o.get('ship') else ''}</div></div>
    {items_table(doc, doc.lines, ('Description', 'Qty', 'Unit', 'Unit price', 'Net amount', 'VAT', 'VAT amount', 'Total'))}
    <table class="tot"><tr><td>Net total</td><td class=r>{cur(doc, doc.net)}</td></tr><tr><td>VAT {e(o.get('vat_note', ''))}</td><td class=r>{cur(doc, doc.vat)}</td></tr>
    <tr class=b><td>Total due</td><td class=r>{cur(doc, doc.gross)}</td></tr></table>
    {notes(doc)}"""
    return page(doc, body, css, font=o.get("font", "'DejaVu Sans'"), size=o.get("size", "9.5pt"))


# ---------------------------------------------------------------------------------------------
# H. the cultural centre's own desktop invoicing suite: right column header, delivery/billing addresses
def ownsys(doc: Doc) -> str:
    css = """
    .g { display: grid; grid-template-columns: 1.3fr 1fr; gap: 10px; }
    .nm { font-size: 13pt; font-weight: bold; } .rc { border-left: 4px solid #7a3a8a; padding-left: 8px; }
    .rc .t { font-size: 16pt; font-weight: bold; color: #7a3a8a; }
    .rc table td { padding: 1px 8px 1px 0; font-size: 9pt; }
    .lbl { font-size: 7.5pt; color: #7a3a8a; font-weight: bold; margin-top: 6px; }
    table.items { width: 100%; margin-top: 12px; font-size: 8.5pt; } table.items th { border-bottom: 1px solid #7a3a8a; color: #7a3a8a; padding: 3px; }
    table.items td { padding: 3px; border-bottom: 1px solid #eee; }
    .vst { margin-top: 8px; font-size: 8.5pt; font-weight: bold; } table.vs td, table.vs th { padding: 1px 8px; font-size: 8.5pt; border-bottom: 1px solid #ccc; }
    .tot { margin-left: auto; margin-top: 8px; width: 50%; } .tot td { padding: 2px; } .tot .g2 td { border-top: 2px solid #7a3a8a; font-weight: bold; font-size: 11pt; }
    .note { font-size: 8.5pt; margin: 2px 0; } .foot { font-size: 7pt; color: #666; margin-top: 20px; }
    """
    o = doc.opts
    s, b = doc.seller, doc.buyer
    body = f"""
    <div class="g"><div><div class="nm">{e(s.name)}</div>{e(s.addr)}<br>Adószám: {e(s.tax)}<br>{('Közösségi adószám: ' + e(s.vat) + '<br>') if s.vat and s.show_vat else ''}{'<br>'.join(e(x) for x in s.extra)}
      <div class="lbl">{e(o.get('bl', 'SZÁMLÁZÁSI CÍM / VEVŐ'))}</div>{'<br>'.join(party_lines(b, 'Adószám', 'EU adószám'))}
      {('<div class="lbl">' + e(o.get('dl', 'POSTÁZÁSI CÍM')) + '</div>' + '<br>'.join(e(x) for x in o['post'])) if o.get('post') else ''}</div>
    <div class="rc"><div class="t">{e(title(doc))}</div><table>
      <tr><td>Sorszám</td><td><b>{e(doc.number)}</b></td></tr>
      <tr><td>Kiállítás</td><td>{doc.d(doc.issue)}</td></tr>
      <tr><td>Teljesítés</td><td>{doc.d(doc.fulfil)}</td></tr>
      <tr><td>Esedékes</td><td>{doc.d(doc.due)}</td></tr>
      {''.join(f'<tr><td>{e(a)}</td><td>{e(c)}</td></tr>' for a, c in o.get('kv', []))}</table>
      <div class="small" style="margin-top:6px">{e(o.get('copy', 'Eredeti példány'))}</div></div></div>
    {ref_line(doc)}
    {items_table(doc, doc.lines)}
    {vat_summary(doc, 'Áfa-kimutatás', ('Kulcs', 'Alap', 'Áfa', 'Bruttó'))}
    <table class="tot"><tr><td>Nettó</td><td class=r>{cur(doc, doc.net)}</td></tr><tr><td>Áfa</td><td class=r>{cur(doc, doc.vat)}</td></tr>
    <tr class="g2"><td>Végösszeg</td><td class=r>{cur(doc, doc.gross)}</td></tr></table>
    <div>Azaz: {words(int(doc.gross))} forint.</div>{notes(doc)}
    <div class="foot">{e(o.get('footer', 'Készült: KultúrSzámla 2026 asztali számlázó program – a programot forgalmazza: Program-Ház Kft.'))}</div>"""
    return page(doc, body, css, font=o.get("font", "'DejaVu Sans'"), size=o.get("size", "9.5pt"))


TEMPLATES = {"onlinebox": onlinebox, "erp": erp, "municipal": municipal, "wordtpl": wordtpl, "excel": excel,
             "utility": utility, "foreign": foreign, "ownsys": ownsys}

"""HTML layouts of set G (printed by headless Chromium)."""

from __future__ import annotations

from html import escape as e

from .core import Doc, Party, qty, rate_label, words

BASE_CSS = """
* { font-variant-ligatures: none; box-sizing: border-box; }
body { margin: 0; color: #111; }
table { border-collapse: collapse; }
.pb { page-break-before: always; }
.r { text-align: right; } .c { text-align: center; } .b { font-weight: bold; }
"""

TITLES = {"normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA", "correction": "HELYESBÍTŐ SZÁMLA",
          "storno": "SZTORNÓ SZÁMLA", "proforma": "DÍJBEKÉRŐ"}


def page(css: str, body: str, size: str = "A4", margin: str = "14mm 14mm 16mm 14mm") -> str:
    return (f"<!doctype html><html lang='hu'><head><meta charset='utf-8'><style>@page {{ size: {size}; margin: {margin}; }}"
            f"{BASE_CSS}{css}</style></head><body>{body}</body></html>")


def party_lines(p: Party, tax_label: str = "Adószám", vat_label: str = "EU adószám") -> str:
    out = [f"<div class='pn'>{e(p.name)}</div>"] + [f"<div>{e(a)}</div>" for a in p.addr]
    if p.tax:
        out.append(f"<div>{tax_label}: {p.tax}</div>")
    if p.vat:
        out.append(f"<div>{vat_label}: {p.vat}</div>")
    out += [f"<div>{e(k)}: {e(v)}</div>" for k, v in p.extra]
    return "".join(out)


def items_table(d: Doc, cols: list[str], cls: str = "items", unit_in_qty: bool = False) -> str:
    head = "".join(f"<th>{c}</th>" for c in cols)
    rows = []
    for ln in d.lines:
        cells = [e(ln.desc)]
        if unit_in_qty:
            cells += [f"{qty(ln.qty)} {e(ln.unit)}"]
        else:
            cells += [qty(ln.qty), e(ln.unit)]
        cells += [d.m(ln.price), d.m(d.lnet(ln)), rate_label(ln.rate), d.m(d.lvat(ln)), d.m(d.lgross(ln))]
        cells = cells[: len(cols)]
        rows.append("<tr>" + "".join(f"<td{' class=r' if i > 0 else ''}>{c}</td>" for i, c in enumerate(cells)) + "</tr>")
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def vat_summary(d: Doc, heads=("ÁFA kulcs", "Nettó érték", "ÁFA érték", "Bruttó érték"), total="Összesen") -> str:
    rows = "".join(f"<tr><td>{rate_label(r)}</td><td class=r>{d.m(n)}</td><td class=r>{d.m(v)}</td><td class=r>{d.m(g)}</td></tr>"
                   for r, n, v, g in d.by_rate())
    rows += (f"<tr class=b><td>{total}</td><td class=r>{d.m(d.net)}</td><td class=r>{d.m(d.vat)}</td>"
             f"<td class=r>{d.m(d.gross)}</td></tr>")
    return f"<table class='sum'><tr>{''.join(f'<th>{h}</th>' for h in heads)}</tr>{rows}</table>"


def notes(d: Doc) -> str:
    return "".join(f"<p class='note'>{n}</p>" for n in d.opts.get("notes", []))


# ---------------------------------------------------------------- Számlázz-like online invoice
def szlz(d: Doc) -> str:
    o = d.opts
    cur = o.get("cur_label", "Ft")
    L = {"no": "Számla sorszáma", "issue": "Számla kelte", "fulf": "Teljesítés dátuma", "due": "Fizetési határidő",
         "pay": "Fizetési mód", "seller": "Eladó", "buyer": "Vevő"} | o.get("labels", {})
    css = """
    body { font-family: 'DejaVu Sans'; font-size: 9pt; }
    h1 { font-size: 20pt; margin: 0; letter-spacing: 1px; }
    .top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #333; padding-bottom: 6px; }
    .parties { display: flex; gap: 10px; margin-top: 10px; }
    .box { flex: 1; border: 1px solid #777; padding: 6px 8px; min-height: 32mm; }
    .box h3 { margin: 0 0 4px 0; font-size: 8pt; text-transform: uppercase; color: #555; }
    .pn { font-weight: bold; font-size: 10.5pt; }
    .meta { display: flex; margin-top: 10px; border: 1px solid #777; }
    .meta div { flex: 1; padding: 4px 6px; border-right: 1px solid #bbb; }
    .meta span { display: block; font-size: 7.5pt; color: #555; }
    .items { width: 100%; margin-top: 12px; font-size: 8.5pt; }
    .items th { border-bottom: 1px solid #333; background: #eee; padding: 3px; font-size: 7.5pt; }
    .items td { border-bottom: 1px dotted #aaa; padding: 3px; }
    .sum { margin: 10px 0 0 auto; font-size: 8.5pt; } .sum td, .sum th { padding: 2px 8px; border-bottom: 1px solid #ccc; }
    .pay { margin-top: 10px; text-align: right; font-size: 14pt; font-weight: bold; }
    .azaz { text-align: right; font-style: italic; }
    .note { font-size: 8pt; margin: 4px 0; }
    .foot { margin-top: 16px; border-top: 1px solid #999; font-size: 7pt; color: #444; padding-top: 4px; }
    .window { margin-left: 95mm; margin-top: 6mm; margin-bottom: 6mm; width: 85mm; font-size: 10pt; }
    """
    title = o.get("title", TITLES[d.kind])
    window = ""
    if o.get("window"):
        window = "<div class='window'>" + "<br>".join(e(x) for x in [d.buyer.name] + d.buyer.addr) + "</div>"
    meta = [(L["pay"], o.get("pay", "Átutalás")), (L["fulf"], d.d(d.fulf)), (L["issue"], d.d(d.issue)), (L["due"], d.d(d.due))]
    meta = [(k, v) for k, v in meta if v]
    pre = ""
    if d.preceding:
        pre = f"<p class='note'><b>{o.get('pre_label', 'Eredeti számla sorszáma')}:</b> {d.preceding}</p>"
    body = f"""
    <div class='top'><div><h1>{title}</h1><div>{o.get('subtitle', 'Eredeti példány')}</div></div>
      <div class='r'>{L['no']}:<br><b style='font-size:13pt'>{d.number}</b><br>Oldal: 1/{o.get('pages', 1)}</div></div>
    {window}
    <div class='parties'><div class='box'><h3>{L['seller']}</h3>{party_lines(d.seller)}</div>
      <div class='box'><h3>{L['buyer']}</h3>{party_lines(d.buyer)}</div></div>
    <div class='meta'>{''.join(f'<div><span>{k}</span>{v}</div>' for k, v in meta)}</div>
    {pre}
    {items_table(d, ['Megnevezés', 'Menny.', 'Me.', 'Nettó egységár', 'Nettó érték', 'ÁFA', 'ÁFA érték', 'Bruttó érték'])}
    {vat_summary(d)}
    <div class='pay'>{o.get('pay_label', 'Fizetendő')}: {d.m(d.gross)} {cur}</div>
    {f"<div class='azaz'>azaz {words(int(d.gross))} forint</div>" if o.get('azaz') else ''}
    {notes(d)}
    <div class='foot'>A számla a Szamlakert.hu online számlázó programmal készült. · {o.get('foot', '')}</div>
    """
    return page(css, body)


# ---------------------------------------------------------------- Billingo-like online invoice
def bgo(d: Doc) -> str:
    o = d.opts
    cur = o.get("cur_label", "Ft")
    L = {"no": "Számlaszám", "issue": "Kiállítás dátuma", "fulf": "Teljesítés dátuma", "due": "Fizetési határidő",
         "pay": "Fizetési mód", "seller": "Szállító", "buyer": "Vevő"} | o.get("labels", {})
    css = """
    body { font-family: 'DejaVu Sans Condensed'; font-size: 9.5pt; }
    .hd { display: flex; justify-content: space-between; }
    .title { font-size: 24pt; color: #2a6; font-weight: bold; }
    .num { font-size: 12pt; }
    .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin-top: 14px; }
    .lbl { color: #2a6; font-size: 8pt; font-weight: bold; text-transform: uppercase; border-bottom: 1px solid #2a6; margin-bottom: 4px; }
    .pn { font-weight: bold; }
    .dates { margin-top: 12px; background: #f2f7f4; padding: 6px 10px; }
    .dates td { padding: 1px 14px 1px 0; }
    .items { width: 100%; margin-top: 14px; }
    .items th { text-align: left; color: #fff; background: #2a6; padding: 4px; font-size: 8pt; }
    .items td { padding: 4px; border-bottom: 1px solid #dde; }
    .sum { margin: 12px 0 0 auto; } .sum th { font-size: 8pt; color: #2a6; padding: 2px 10px; } .sum td { padding: 2px 10px; }
    .total { margin-top: 10px; text-align: right; font-size: 15pt; }
    .note { font-size: 8.5pt; color: #333; }
    .foot { margin-top: 20px; font-size: 7.5pt; color: #666; text-align: center; }
    """
    rows = [(L["issue"], d.d(d.issue)), (L["fulf"], d.d(d.fulf)), (L["due"], d.d(d.due)),
            (L["pay"], o.get("pay", "Banki átutalás"))] + o.get("extra_meta", [])
    pre = f"<p class='note'>{o.get('pre_label', 'Hivatkozott számla')}: <b>{d.preceding}</b></p>" if d.preceding else ""
    body = f"""
    <div class='hd'><div><div class='title'>{o.get('title', TITLES[d.kind].capitalize())}</div>
      <div class='num'>{L['no']}: <b>{d.number}</b></div></div>
      <div class='r'>{o.get('logo', '')}</div></div>
    <div class='grid'><div><div class='lbl'>{L['seller']}</div>{party_lines(d.seller, vat_label='Közösségi adószám')}</div>
      <div><div class='lbl'>{L['buyer']}</div>{party_lines(d.buyer, vat_label='Közösségi adószám')}</div></div>
    <table class='dates'>{''.join(f'<tr><td>{k}:</td><td><b>{v}</b></td></tr>' for k, v in rows if v)}</table>
    {pre}
    {items_table(d, ['Tétel', 'Mennyiség', 'Nettó egységár', 'Nettó ár', 'Áfa', 'Áfa összeg', 'Bruttó ár'], unit_in_qty=True)}
    {vat_summary(d, heads=('Áfakulcs', 'Nettó', 'Áfa', 'Bruttó'), total='Összesen')}
    <div class='total'>{o.get('pay_label', 'Fizetendő összeg')}: <b>{d.m(d.gross)} {cur}</b></div>
    {notes(d)}
    <div class='foot'>Ezt a számlát a Fakturo számlázó programmal állították ki. · fakturo.hu</div>
    """
    return page(css, body)


# ---------------------------------------------------------------- ERP desktop printouts
def erp(d: Doc) -> str:
    o = d.opts
    flavour = o.get("flavour", "kulcs")
    cur = o.get("cur_label", "Ft")
    if flavour == "sap":
        L = {"no": "Számlaszám / Invoice No.", "issue": "Számla kelte / Invoice date",
             "fulf": "Teljesítés / Date of supply", "due": "Esedékesség / Due date",
             "seller": "Szállító / Supplier", "buyer": "Vevő / Customer"}
        font = "'DejaVu Sans'"
    elif flavour == "novitax":
        L = {"no": "Sorszám", "issue": "Kelt", "fulf": "Teljesítés időpontja", "due": "Esedékesség",
             "seller": "Szállító", "buyer": "Vevő"}
        font = "'DejaVu Serif'"
    else:
        L = {"no": "Bizonylatszám", "issue": "Számla kelte", "fulf": "Teljesítés", "due": "Fiz. határidő",
             "seller": "Eladó", "buyer": "Vevő"}
        font = "'DejaVu Sans Condensed'"
    L |= o.get("labels", {})
    css = f"""
    body {{ font-family: {font}; font-size: 8.5pt; }}
    .frame {{ border: 1.5px solid #000; }}
    .t {{ font-size: 15pt; font-weight: bold; text-align: center; padding: 4px; border-bottom: 1px solid #000; }}
    .row {{ display: flex; border-bottom: 1px solid #000; }}
    .row > div {{ flex: 1; padding: 5px 7px; }}
    .row > div + div {{ border-left: 1px solid #000; }}
    .h {{ font-size: 7pt; font-weight: bold; text-decoration: underline; }}
    .pn {{ font-weight: bold; font-size: 9.5pt; }}
    .kv td {{ padding: 1px 6px 1px 0; }}
    .items {{ width: 100%; }} .items th {{ border-bottom: 1px solid #000; font-size: 7.5pt; padding: 2px; }}
    .items td {{ padding: 2px 3px; border-bottom: 0.5px solid #999; }}
    .sum {{ margin: 6px 6px 6px auto; }} .sum th, .sum td {{ padding: 1px 8px; }}
    .note {{ padding: 0 7px; margin: 3px 0; }}
    .stamp {{ position: absolute; top: 8mm; right: 6mm; border: 2px solid #888; color: #888; padding: 2px 8px;
              font-weight: bold; transform: rotate(-8deg); }}
    .foot {{ font-size: 7pt; margin-top: 6px; display: flex; justify-content: space-between; }}
    .wm {{ position: fixed; top: 110mm; left: 30mm; font-size: 60pt; color: rgba(0,0,0,0.07); transform: rotate(-30deg); }}
    """
    kv = [(L["no"], f"<b>{d.number}</b>"), (L["issue"], d.d(d.issue)), (L["fulf"], d.d(d.fulf)), (L["due"], d.d(d.due))]
    kv += o.get("extra_meta", [])
    if d.preceding:
        kv.append((o.get("pre_label", "Eredeti számla / Original invoice" if flavour == "sap" else "Eredeti számla"),
                   d.preceding))
    kvh = "".join(f"<tr><td>{k}:</td><td>{v}</td></tr>" for k, v in kv if v)
    cols = o.get("cols", ["Megnevezés", "Menny.", "ME", "Egységár", "Nettó érték", "ÁFA%", "ÁFA", "Bruttó"])
    title = o.get("title", TITLES[d.kind])
    body = f"""
    {f"<div class='wm'>{o['watermark']}</div>" if o.get('watermark') else ''}
    <div style='position:relative'>{f"<div class='stamp'>{o['stamp']}</div>" if o.get('stamp') else ''}
    <div class='frame'>
      <div class='t'>{title}</div>
      <div class='row'><div><div class='h'>{L['seller']}</div>{party_lines(d.seller)}</div>
        <div><table class='kv'>{kvh}</table></div></div>
      <div class='row'><div><div class='h'>{L['buyer']}</div>{party_lines(d.buyer)}</div>
        <div>{o.get('right_box', '')}</div></div>
      {items_table(d, cols)}
      {vat_summary(d, heads=o.get('sum_heads', ('ÁFA', 'Nettó', 'ÁFA összeg', 'Bruttó')), total=o.get('sum_total', 'Összesen'))}
      <div class='note b' style='font-size:11pt; text-align:right; padding:4px 8px'>{o.get('pay_label', 'Fizetendő')}: {d.m(d.gross)} {cur}</div>
      {f"<div class='note' style='text-align:right'>azaz {words(int(d.gross))} forint</div>" if o.get('azaz') else ''}
      {notes(d)}
    </div></div>
    <div class='foot'><span>{o.get('footl', 'Készült: Kulcs-Ügyvitel-szerű ERP')}</span><span>{o.get('footr', '1. oldal')}</span></div>
    {o.get('tail', '')}
    """
    return page(css, body)


# ---------------------------------------------------------------- utility bill, summary first
def utility(d: Doc) -> str:
    o = d.opts
    L = {"no": "Számla sorszáma", "issue": "Számla kelte", "fulf": "Teljesítés időpontja", "due": "Fizetési határidő"} | o.get("labels", {})
    color = o.get("color", "#1c4f9c")
    css = f"""
    body {{ font-family: 'DejaVu Sans'; font-size: 9pt; }}
    .brand {{ font-size: 17pt; font-weight: bold; color: {color}; }}
    .hd {{ display: flex; justify-content: space-between; border-bottom: 3px solid {color}; padding-bottom: 6px; }}
    .cols {{ display: flex; gap: 12px; margin-top: 10px; }}
    .cols > div {{ flex: 1; }}
    .pn {{ font-weight: bold; }}
    .big {{ background: {color}; color: #fff; padding: 10px; margin-top: 12px; display: flex; justify-content: space-between; font-size: 12pt; }}
    .kv td {{ padding: 2px 10px 2px 0; }}
    .items {{ width: 100%; margin-top: 8px; font-size: 8.5pt; }} .items th {{ background: #e4e9f3; padding: 3px; font-size: 7.5pt; }}
    .items td {{ padding: 3px; border-bottom: 1px solid #ddd; }}
    .sum {{ margin: 8px 0 0 auto; }} .sum td, .sum th {{ padding: 2px 8px; }}
    .sec {{ font-weight: bold; color: {color}; margin-top: 12px; font-size: 10pt; }}
    .note {{ font-size: 8pt; }}
    .pg {{ font-size: 7.5pt; text-align: right; color: #555; margin-top: 8px; }}
    """
    pages = o.get("pages", 2)
    kv = [(L["no"], f"<b>{d.number}</b>"), (L["issue"], d.d(d.issue)), (L["fulf"], d.d(d.fulf)),
          (L["due"], d.d(d.due))] + o.get("extra_meta", [])
    kvh = "".join(f"<tr><td>{k}:</td><td>{v}</td></tr>" for k, v in kv if v)
    body = f"""
    <div class='hd'><div class='brand'>{o.get('brand', e(d.seller.name))}</div><div class='r'>{o.get('doc_title', 'Számla')}<br>{o.get('period', '')}</div></div>
    <div class='cols'><div><div class='sec'>Szolgáltató</div>{party_lines(d.seller)}</div>
      <div><div class='sec'>Felhasználó / Vevő</div>{party_lines(d.buyer)}</div>
      <div><table class='kv'>{kvh}</table></div></div>
    <div class='big'><span>{o.get('pay_label', 'Fizetendő összeg')}</span><b>{d.m(d.gross)} Ft</b></div>
    <div class='sec'>Összesítő</div>
    {vat_summary(d, heads=('Áfa mérték', 'Nettó összeg', 'Áfa összeg', 'Bruttó összeg'), total='Számla összesen')}
    {notes(d)}
    <div class='pg'>1 / {pages} oldal</div>
    <div class='pb'></div>
    <div class='sec'>Részletező – {e(d.number)}</div>
    {o.get('pre_items', '')}
    {items_table(d, o.get('cols', ['Tétel megnevezése', 'Mennyiség', 'Egység', 'Egységár', 'Nettó', 'Áfa', 'Áfa összeg', 'Bruttó']))}
    {o.get('page2', '')}
    <div class='pg'>2 / {pages} oldal</div>
    {o.get('page3', '')}
    """
    return page(css, body)


# ---------------------------------------------------------------- webshop invoice
def shop(d: Doc) -> str:
    o = d.opts
    L = {"no": "Számla száma", "issue": "Számla kelte", "fulf": "Teljesítés", "due": "Fizetési határidő"} | o.get("labels", {})
    css = """
    body { font-family: 'DejaVu Sans Light', 'DejaVu Sans'; font-size: 9pt; }
    .logo { font-size: 22pt; font-weight: bold; letter-spacing: -1px; }
    .hd { display: flex; justify-content: space-between; align-items: center; }
    .two { display: flex; gap: 20px; margin-top: 14px; } .two > div { flex: 1; background: #fafafa; padding: 8px; }
    .pn { font-weight: bold; }
    .meta td { padding: 2px 12px 2px 0; }
    .items { width: 100%; margin-top: 12px; } .items th { border-bottom: 2px solid #000; text-align: left; padding: 3px; }
    .items td { padding: 4px 3px; border-bottom: 1px solid #eee; }
    .sum { margin: 10px 0 0 auto; } .sum td, .sum th { padding: 2px 8px; }
    .paid { margin-top: 12px; border: 2px solid #0a0; color: #0a0; display: inline-block; padding: 4px 10px; font-weight: bold; }
    .note { font-size: 8pt; color: #444; }
    """
    meta = [(L["no"], f"<b>{d.number}</b>"), (L["issue"], d.d(d.issue)), (L["fulf"], d.d(d.fulf)),
            (L["due"], d.d(d.due))] + o.get("extra_meta", [])
    body = f"""
    <div class='hd'><div class='logo'>{o.get('logo', '')}</div><div style='font-size:16pt'>{o.get('title', 'Számla')}</div></div>
    <table class='meta'>{''.join(f'<tr><td>{k}</td><td>{v}</td></tr>' for k, v in meta if v)}</table>
    <div class='two'><div><b>{o.get('sl', 'Eladó')}</b><br>{party_lines(d.seller)}</div><div><b>{o.get('bl', 'Vevő / Számlázási cím')}</b><br>{party_lines(d.buyer)}</div></div>
    {items_table(d, ['Termék', 'Db', 'Egység', 'Nettó egységár', 'Nettó', 'ÁFA', 'ÁFA összeg', 'Bruttó'])}
    {vat_summary(d, heads=('ÁFA', 'Nettó', 'ÁFA', 'Bruttó'), total='Végösszeg')}
    <div class='r' style='font-size:13pt;margin-top:6px'>{o.get('pay_label', 'Fizetendő')}: <b>{d.m(d.gross)} {o.get('cur_label', 'Ft')}</b></div>
    <div class='paid'>{o.get('paid', 'FIZETVE – BANKKÁRTYA')}</div>
    {notes(d)}
    """
    return page(css, body)


# ---------------------------------------------------------------- foreign supplier (EN/DE/SK/PL)
def foreign(d: Doc) -> str:
    o = d.opts
    L = o["labels"]
    css = """
    body { font-family: 'DejaVu Sans'; font-size: 9pt; }
    .hd { display: flex; justify-content: space-between; }
    .co { font-size: 15pt; font-weight: bold; }
    .addrwin { margin-top: 12mm; font-size: 10pt; width: 90mm; }
    .meta { margin-left: auto; } .meta td { padding: 1px 0 1px 12px; }
    h1 { font-size: 16pt; margin: 10px 0 4px 0; }
    .items { width: 100%; margin-top: 10px; } .items th { border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 3px; font-size: 8pt; }
    .items td { padding: 3px; }
    .tot { margin: 8px 0 0 auto; } .tot td { padding: 2px 6px; } .tot tr.g td { border-top: 1.5px solid #000; font-weight: bold; }
    .note { font-size: 8.5pt; margin: 5px 0; }
    .foot { margin-top: 14px; border-top: 1px solid #000; font-size: 7pt; display: flex; justify-content: space-between; padding-top: 4px; }
    .pn { font-weight: bold; }
    """
    s, b = d.seller, d.buyer
    cur = d.cur
    meta = [(L["no"], f"<b>{d.number}</b>"), (L["issue"], d.d(d.issue)), (L["fulf"], d.d(d.fulf)), (L["due"], d.d(d.due))]
    meta += o.get("extra_meta", [])
    if d.preceding:
        meta.append((L.get("pre", "Original invoice"), d.preceding))
    cols = L["cols"]
    rows = "".join(f"<tr><td>{i + 1}</td><td>{e(ln.desc)}</td><td class=r>{qty(ln.qty)} {e(ln.unit)}</td>"
                   f"<td class=r>{d.m(ln.price)}</td><td class=r>{rate_label(ln.rate)}</td><td class=r>{d.m(d.lnet(ln))}</td></tr>"
                   for i, ln in enumerate(d.lines))
    sym = o.get("sym", cur)
    body = f"""
    <div class='hd'><div><div class='co'>{e(s.name)}</div>{'<br>'.join(e(a) for a in s.addr)}</div>
      <div class='r'>{o.get('contact', '')}</div></div>
    <div style='display:flex'>
      <div class='addrwin'><div style='font-size:7pt;text-decoration:underline'>{e(s.name)} · {e(s.addr[-1])}</div>
        <div class='pn'>{e(b.name)}</div>{'<br>'.join(e(a) for a in b.addr)}<br>{L['bvat']}: {b.vat}
        {f"<br>{L.get('btax', 'Tax no.')}: {b.tax}" if b.tax else ''}</div>
      <table class='meta'>{''.join(f'<tr><td>{k}</td><td>{v}</td></tr>' for k, v in meta if v)}</table></div>
    <h1>{L['title']}</h1>
    <table class='items'><tr>{''.join(f'<th>{c}</th>' for c in cols)}</tr>{rows}</table>
    <table class='tot'><tr><td>{L['net']}</td><td class=r>{d.m(d.net)} {sym}</td></tr>
      <tr><td>{L['vat']}</td><td class=r>{d.m(d.vat)} {sym}</td></tr>
      <tr class='g'><td>{L['gross']}</td><td class=r>{d.m(d.gross)} {sym}</td></tr></table>
    {notes(d)}
    {o.get('tail', '')}
    <div class='foot'><span>{L['svat']}: {s.vat}{(' · ' + o['reg']) if o.get('reg') else ''}</span><span>{o.get('bank', '')}</span></div>
    """
    return page(css, body)


RENDERERS = {"szlz": szlz, "bgo": bgo, "erp": erp, "utility": utility, "shop": shop, "foreign": foreign}

# ruff: noqa
"""HTML+CSS invoice templates of blind set M (printed with headless Chromium)."""
from html import escape as E
from decimal import Decimal
from .common import amt, dfmt, qty_s, CODE_LABEL_HU, CODE_NOTE_HU

# (amount style, date style, HUF decimals) per template; the checker uses the same table
STYLES = {
    "classic": ("hu", "dot", 0),
    "letterhead": ("hudot", "hulong", 0),
    "grid": ("hu", "iso", 2),
    "modern": ("hunb", "dot_nodot", 0),
    "saas_en": ("en", "enlong", 0),
    "bilingual": ("hu", "dot", 0),
    "multipage": ("hu", "dot", 0),
    "dotmatrix": ("hudot", "dot_nodot", 0),
    "receipt": ("hu", "dot", 0),
    "boxed": ("hu", "dotsp", 0),
}


def fmt_factory(tpl, inv):
    st, ds, hd = STYLES[tpl]
    cur = inv["currency"]
    dec = hd if cur == "HUF" else 2

    def A(x):
        return amt(x, st, dec, cur)

    def PR(x):  # unit price: show decimals only when needed (HUF)
        if cur == "HUF" and x == x.to_integral_value() and dec == 0:
            return amt(x, st, 0, cur)
        return amt(x, st, 2, cur)

    def DT(iso):
        return dfmt(iso, ds)
    return A, PR, DT


def rate_label(code, lang="hu"):
    if code == "EUFAD":
        return {"hu": "FAD", "en": "RC", "de": "RC"}.get(lang, "FAD")
    return CODE_LABEL_HU[code]


def addr_html(p, sep="<br>"):
    return sep.join(E(a) for a in p["addr"])


def page(css, body, size="A4"):
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: 14mm 13mm 14mm 13mm; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-size: 10pt; color: #111; }}
table {{ border-collapse: collapse; }}
{css}
</style></head><body>{body}</body></html>"""


def kind_ref_hu(inv):
    if inv["kind"] == "correction":
        return f"Helyesbített (eredeti) számla sorszáma: <b>{E(inv['preceding'])}</b>"
    if inv["kind"] == "storno":
        return f"Érvénytelenített számla sorszáma: <b>{E(inv['preceding'])}</b>"
    return ""


def huf_vat_block(inv, DT, lang2=None):
    """Hungarian law: VAT in HUF and the exchange rate for foreign currency invoices."""
    if inv["currency"] == "HUF" or "vat_huf" not in inv:
        return ""
    fx = amt(Decimal(inv["fx"]), "hu", 2)
    l2 = {"en": (" / VAT in HUF", " / Exchange rate", " / Net in HUF"),
          "de": (" / MwSt. in HUF", " / Wechselkurs", " / Netto in HUF"),
          None: ("", "", "")}[lang2]
    return (f"<div class='hufbox'>ÁFA összege forintban{l2[0]}: <b>{amt(inv['vat_huf'], 'hu', 0)} Ft</b> &nbsp;·&nbsp; "
            f"Nettó forintban{l2[2]}: {amt(inv['net_huf'], 'hu', 0)} Ft &nbsp;·&nbsp; "
            f"Árfolyam{l2[1]}: 1 {inv['currency']} = {fx} HUF (MNB, {DT(inv['fulfil'] or inv['issue'])})</div>")


def notes_for_codes(inv, lang2=None):
    out = []
    for code, _ in inv["summary"]:
        if code in CODE_NOTE_HU:
            t = CODE_NOTE_HU[code]
            if code == "EUFAD" and lang2 == "de":
                t = "Fordított adózás / Steuerschuldnerschaft des Leistungsempfängers (Art. 196 MwStSystRL)"
            elif code == "EUFAD" and lang2 == "en":
                t = "Fordított adózás / Reverse charge – VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)"
            out.append(f"{E(code)}: {E(t)}" if code != "EUFAD" else E(t))
    return out


# ------------------------------------------------------------------ 1. classic ERP
def classic(inv):
    A, PR, DT = fmt_factory("classic", inv)
    s, b, cur = inv["seller"], inv["buyer"], inv["currency"]
    title = inv.get("title", "SZÁMLA")

    def party(label, p):
        rows = [f"<div class='pl'>{label}</div><div class='pn'>{E(p['name'])}</div><div>{addr_html(p)}</div>"]
        if p.get("tax"):
            rows.append(f"<div>Adószám: {p['tax']}</div>")
        if p.get("vat"):
            rows.append(f"<div>Közösségi adószám: {p['vat']}</div>")
        if p.get("reg"):
            rows.append(f"<div>Cégjegyzékszám: {E(p['reg'].replace('Cg. ', ''))}</div>")
        if p.get("bank"):
            rows.append(f"<div>Bankszámla: {E(p['bank'])}</div>")
        return "<td class='party'>" + "".join(rows) + "</td>"
    items = "".join(
        f"<tr><td>{i+1}.</td><td class='l'>{E(l['desc'])}</td><td>{qty_s(l['qty'])}</td><td>{E(l['unit'])}</td>"
        f"<td>{PR(l['price'])}</td><td>{A(l['net'])}</td><td>{rate_label(l['code'])}</td><td>{A(l['vat'])}</td><td>{A(l['gross'])}</td></tr>"
        for i, l in enumerate(inv["lines"]))
    summ = "".join(f"<tr><td>{rate_label(c)}</td><td>{A(g['net'])}</td><td>{A(g['vat'])}</td><td>{A(g['gross'])}</td></tr>"
                   for c, g in inv["summary"])
    ref = kind_ref_hu(inv)
    notes = notes_for_codes(inv) + ([inv["note"]] if inv.get("note") else [])
    css = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; }
h1 { text-align: center; font-size: 18pt; letter-spacing: 3px; margin: 0 0 2px 0; }
.sub { text-align: center; margin-bottom: 10px; }
.parties { width: 100%; margin-bottom: 8px; }
.party { width: 50%; border: 1px solid #444; padding: 6px 8px; vertical-align: top; }
.pl { font-size: 7.5pt; text-transform: uppercase; color: #555; }
.pn { font-weight: bold; font-size: 11pt; margin: 2px 0; }
.hdr { width: 100%; margin-bottom: 10px; }
.hdr th { background: #e4e4e4; border: 1px solid #444; font-size: 8pt; padding: 3px; }
.hdr td { border: 1px solid #444; text-align: center; padding: 4px; }
.items { width: 100%; }
.items th { border-bottom: 2px solid #000; font-size: 8pt; padding: 3px; text-align: right; }
.items td { border-bottom: 1px solid #bbb; padding: 3px; text-align: right; }
.items td.l, .items th.l { text-align: left; }
.sumt { margin-top: 10px; margin-left: auto; }
.sumt th, .sumt td { border: 1px solid #444; padding: 3px 8px; text-align: right; }
.total { margin-top: 8px; text-align: right; font-size: 13pt; font-weight: bold; }
.notes { margin-top: 14px; font-size: 8pt; }
.ref { text-align: center; margin-bottom: 8px; font-size: 10pt; }
"""
    body = f"""<h1>{E(title)}</h1><div class='sub'>Sorszám: <b>{E(inv['number'])}</b> &nbsp; (1. példány)</div>
{f"<div class='ref'>{ref}</div>" if ref else ""}
<table class='parties'><tr>{party('Eladó', s)}{party('Vevő', b)}</tr></table>
<table class='hdr'><tr><th>Fizetési mód</th><th>Teljesítés dátuma</th><th>Számla kelte</th><th>Fizetési határidő</th><th>Pénznem</th></tr>
<tr><td>{E(inv['pay'])}</td><td>{DT(inv['fulfil'])}</td><td>{DT(inv['issue'])}</td><td>{DT(inv['due'])}</td><td>{cur}</td></tr></table>
<table class='items'><tr><th>#</th><th class='l'>Megnevezés</th><th>Menny.</th><th>Egys.</th><th>Nettó egységár</th><th>Nettó érték</th><th>ÁFA</th><th>ÁFA érték</th><th>Bruttó érték</th></tr>{items}</table>
<table class='sumt'><tr><th>ÁFA-kulcs</th><th>Nettó</th><th>ÁFA</th><th>Bruttó</th></tr>{summ}
<tr><th>Összesen</th><th>{A(inv['net'])}</th><th>{A(inv['vat'])}</th><th>{A(inv['gross'])}</th></tr></table>
<div class='total'>Fizetendő: {A(inv['gross'])} {'Ft' if cur == 'HUF' else cur}</div>
{huf_vat_block(inv, DT)}
<div class='notes'>{'<br>'.join(E(n) for n in notes)}</div>"""
    return page(css, body)


# ------------------------------------------------------------------ 2. letterhead
def letterhead(inv):
    A, PR, DT = fmt_factory("letterhead", inv)
    s, b = inv["seller"], inv["buyer"]
    title = inv.get("title", "Számla")
    contact = " · ".join(x for x in [", ".join(s["addr"]), s.get("phone"), s.get("email"), s.get("web")] if x)
    meta = [("Számlaszám", inv["number"]), ("Kelt", DT(inv["issue"]))]
    if inv.get("fulfil"):
        meta.append(("Teljesítés kelte", DT(inv["fulfil"])))
    meta.append(("Esedékesség" if inv["kind"] != "proforma" else "Befizetési határidő", DT(inv["due"])))
    meta.append(("Fizetés módja", inv["pay"]))
    meta_html = "".join(f"<tr><td class='k'>{k}:</td><td class='v'>{E(v)}</td></tr>" for k, v in meta)
    items = "".join(
        f"<tr><td class='l'>{E(l['desc'])}</td><td>{qty_s(l['qty'])} {E(l['unit'])}</td><td>{PR(l['price'])}</td>"
        f"<td>{A(l['net'])}</td><td>{rate_label(l['code'])}</td></tr>" for l in inv["lines"])
    summ = "".join(f"<tr><td class='l'>Nettó {rate_label(c)}</td><td>{A(g['net'])} Ft</td></tr>"
                   f"<tr><td class='l'>ÁFA {rate_label(c)}</td><td>{A(g['vat'])} Ft</td></tr>" for c, g in inv["summary"])
    buyer_tax = f"<br>Adószám: {b['tax']}" if b.get("tax") else ""
    buyer_vat = f"<br>EU adószám: {b['vat']}" if b.get("vat") else ""
    foot = (f"{E(s['name'])} · Adószám: {s['tax']}" + (f" · Közösségi adószám: {s['vat']}" if s.get("vat") else "")
            + (f" · {E(s['bank'])}" if s.get("bank") else ""))
    notes = notes_for_codes(inv) + ([inv["note"]] if inv.get("note") else [])
    css = """
body { font-family: 'DejaVu Serif'; font-size: 9.5pt; }
.lh { border-bottom: 3px double #6b4b2a; padding-bottom: 6px; margin-bottom: 18px; }
.lh .n { font-size: 20pt; color: #6b4b2a; letter-spacing: .5px; }
.lh .c { font-size: 8pt; color: #555; }
.top { width: 100%; }
.win { width: 55%; vertical-align: top; padding-top: 10px; }
.win .lab { font-size: 7pt; color: #888; }
.meta { width: 45%; vertical-align: top; }
.meta table { margin-left: auto; }
.meta td.k { text-align: right; color: #666; padding: 2px 6px; }
.meta td.v { text-align: right; font-weight: bold; padding: 2px 0; }
h2 { font-size: 15pt; margin: 20px 0 8px 0; font-weight: normal; letter-spacing: 1px; }
.items { width: 100%; margin-top: 6px; }
.items th { font-size: 8pt; color: #6b4b2a; border-bottom: 1px solid #6b4b2a; text-align: right; padding: 3px; }
.items td { text-align: right; padding: 4px 3px; border-bottom: 1px dotted #aaa; }
.items .l { text-align: left; }
.sum { margin-left: auto; margin-top: 10px; }
.sum td { text-align: right; padding: 2px 6px; }
.sum .l { text-align: left; color: #555; }
.sum tr.g td { border-top: 1px solid #000; font-weight: bold; font-size: 11pt; }
.notes { font-size: 8pt; margin-top: 16px; color: #333; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 7.5pt; color: #666; text-align: center; border-top: 1px solid #ccc; padding-top: 3px; }
"""
    body = f"""<div class='lh'><div class='n'>{E(s['name'])}</div><div class='c'>{E(contact)}</div></div>
<table class='top'><tr><td class='win'><div class='lab'>Ügyfél</div><b>{E(b['name'])}</b><br>{addr_html(b)}{buyer_tax}{buyer_vat}</td>
<td class='meta'><table>{meta_html}</table></td></tr></table>
<h2>{E(title)}</h2>
<table class='items'><tr><th class='l'>Tétel</th><th>Mennyiség</th><th>Egységár</th><th>Nettó</th><th>ÁFA</th></tr>{items}</table>
<table class='sum'>{summ}<tr><td class='l'>Nettó összesen</td><td>{A(inv['net'])} Ft</td></tr>
<tr><td class='l'>ÁFA összesen</td><td>{A(inv['vat'])} Ft</td></tr>
<tr class='g'><td class='l'>{'Fizetendő' if inv['kind'] != 'proforma' else 'Befizetendő'}</td><td>{A(inv['gross'])} Ft</td></tr></table>
<div class='notes'>{'<br>'.join(E(n) for n in notes)}</div>
<div class='foot'>{foot}</div>"""
    return page(css, body)


# ------------------------------------------------------------------ 3. label:value grid
def grid(inv):
    A, PR, DT = fmt_factory("grid", inv)
    s, b = inv["seller"], inv["buyer"]

    def cell(lbl, val, w=""):
        return f"<div class='cell' style='{w}'><div class='gl'>{lbl}</div><div class='gv'>{val}</div></div>"

    sp = [cell("Szolgáltató", f"<b>{E(s['name'])}</b>", "width:45%"), cell("Cím", ", ".join(map(E, s["addr"])), "width:35%"),
          cell("Adószám", s["tax"], "width:20%")]
    bp = [cell("Vevő (számlázási cím)", f"<b>{E(b['name'])}</b>", "width:45%"), cell("Cím", ", ".join(map(E, b["addr"])), "width:35%"),
          cell("Vevő adószáma", b.get("tax") or "–", "width:20%")]
    mp = [cell("Bizonylatszám", f"<b>{E(inv['number'])}</b>", "width:25%"), cell("Kiállítás dátuma", DT(inv["issue"]), "width:18%"),
          cell("Teljesítés dátuma", DT(inv["fulfil"]), "width:18%"), cell("Fizetési határidő", DT(inv["due"]), "width:18%"),
          cell("Fizetési mód", E(inv["pay"]), "width:21%")]
    bank = cell("Számlaszám (bank)", E(s.get("bank", "")), "width:100%") if s.get("bank") else ""
    items = "".join(
        f"<tr><td class='l'>{E(l['desc'])}</td><td>{qty_s(l['qty'])}</td><td>{E(l['unit'])}</td><td>{PR(l['price'])}</td>"
        f"<td>{rate_label(l['code'])}</td><td>{A(l['net'])}</td><td>{A(l['vat'])}</td><td>{A(l['gross'])}</td></tr>"
        for l in inv["lines"])
    summ = "".join(f"<tr><td class='l'>{rate_label(c)}</td><td>{A(g['net'])}</td><td>{A(g['vat'])}</td><td>{A(g['gross'])}</td></tr>"
                   for c, g in inv["summary"])
    notes = notes_for_codes(inv) + ([inv["note"]] if inv.get("note") else [])
    css = """
body { font-family: 'DejaVu Sans Condensed'; font-size: 9pt; }
.head { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 1px solid #999; padding-bottom: 4px; margin-bottom: 8px; }
.head .t { font-size: 16pt; font-weight: bold; color: #333; }
.head .s { font-size: 7.5pt; color: #999; }
.row { display: flex; border-left: 1px solid #ddd; margin-bottom: 6px; }
.cell { border-right: 1px solid #ddd; border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; padding: 2px 5px; }
.gl { font-size: 6pt; color: #999; text-transform: uppercase; letter-spacing: .5px; }
.gv { font-size: 9pt; min-height: 12px; }
.items { width: 100%; margin-top: 8px; }
.items th { font-size: 6.5pt; color: #888; font-weight: normal; text-transform: uppercase; text-align: right; border-bottom: 1px solid #888; padding: 2px; }
.items td { text-align: right; padding: 3px 2px; border-bottom: 1px solid #eee; }
.items .l { text-align: left; }
.bottom { display: flex; justify-content: space-between; margin-top: 10px; }
.sum th { font-size: 6.5pt; color: #888; font-weight: normal; text-align: right; padding: 2px 6px; }
.sum td { text-align: right; padding: 2px 6px; }
.sum .l { text-align: left; }
.grand { border: 1px solid #333; padding: 6px 10px; text-align: right; }
.grand .gl { text-align: left; }
.grand .gv { font-size: 14pt; font-weight: bold; }
.notes { font-size: 7.5pt; color: #555; margin-top: 12px; }
"""
    body = f"""<div class='head'><div class='t'>Számla</div><div class='s'>Eredeti példány · 1/1 oldal</div></div>
<div class='row'>{''.join(sp)}</div><div class='row'>{bank}</div><div class='row'>{''.join(bp)}</div><div class='row'>{''.join(mp)}</div>
<table class='items'><tr><th class='l'>Megnevezés</th><th>Menny.</th><th>Me.</th><th>Egységár</th><th>ÁFA</th><th>Nettó</th><th>ÁFA összeg</th><th>Bruttó</th></tr>{items}</table>
<div class='bottom'><table class='sum'><tr><th class='l'>Kulcs</th><th>Nettó</th><th>ÁFA</th><th>Bruttó</th></tr>{summ}
<tr><td class='l'><b>Összesen</b></td><td><b>{A(inv['net'])}</b></td><td><b>{A(inv['vat'])}</b></td><td><b>{A(inv['gross'])}</b></td></tr></table>
<div class='grand'><div class='gl'>Fizetendő összeg (HUF)</div><div class='gv'>{A(inv['gross'])}</div></div></div>
<div class='notes'>{'<br>'.join(E(n) for n in notes)}</div>"""
    return page(css, body)


# ------------------------------------------------------------------ 4. modern agency
def modern(inv):
    A, PR, DT = fmt_factory("modern", inv)
    s, b, cur = inv["seller"], inv["buyer"], inv["currency"]
    eu = cur != "HUF"
    title = inv.get("title", "Számla" + (" / Invoice" if eu else ""))
    csym = "Ft" if cur == "HUF" else cur

    def party(lbl, p):
        x = [f"<div class='lbl'>{lbl}</div><div class='nm'>{E(p['name'])}</div>{addr_html(p)}"]
        if p.get("tax"):
            x.append(f"<br>Adószám: {p['tax']}")
        if p.get("vat"):
            x.append(f"<br>{'Közösségi adószám / EU VAT' if eu else 'Közösségi adószám'}: {p['vat']}")
        return "<div class='party'>" + "".join(x) + "</div>"
    hdr_l = ["Számlaszám", "Kiállítás kelte", "Teljesítés", "Fizetési határidő", "Fizetési mód"]
    if eu:
        hdr_l = ["Számlaszám / No.", "Kelt / Date", "Teljesítés / Supply", "Határidő / Due", "Fizetés / Payment"]
    hdr_v = [f"<b>{E(inv['number'])}</b>", DT(inv["issue"]), DT(inv["fulfil"]), DT(inv["due"]), E(inv["pay"])]
    items = "".join(
        f"<tr><td class='l'>{E(l['desc'])}</td><td>{qty_s(l['qty'])} {E(l['unit'])}</td><td>{PR(l['price'])}</td>"
        f"<td>{rate_label(l['code'], 'en' if eu else 'hu')}</td><td>{A(l['net'])}</td></tr>" for l in inv["lines"])
    summ = "".join(f"<tr><td>ÁFA {rate_label(c, 'en' if eu else 'hu')} alap</td><td>{A(g['net'])} {csym}</td></tr>"
                   f"<tr><td>ÁFA {rate_label(c, 'en' if eu else 'hu')}</td><td>{A(g['vat'])} {csym}</td></tr>" for c, g in inv["summary"])
    ref = kind_ref_hu(inv)
    notes = notes_for_codes(inv, "en" if eu else None) + ([inv["note"]] if inv.get("note") else [])
    css = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; }
.band { background: #1d3557; color: #fff; padding: 14px 16px; display: flex; justify-content: space-between; align-items: center; }
.band .t { font-size: 22pt; font-weight: bold; }
.band .s { text-align: right; font-size: 8pt; }
.hdr { width: 100%; margin: 12px 0; }
.hdr th { font-size: 7pt; color: #1d3557; text-align: left; border-bottom: 2px solid #e63946; padding: 3px; }
.hdr td { padding: 4px 3px; }
.parties { display: flex; gap: 20px; }
.party { flex: 1; background: #f1f4f8; padding: 8px 10px; }
.lbl { font-size: 7pt; color: #e63946; font-weight: bold; text-transform: uppercase; }
.nm { font-weight: bold; font-size: 11pt; margin: 2px 0; }
.items { width: 100%; margin-top: 14px; }
.items th { background: #1d3557; color: #fff; font-size: 8pt; padding: 4px; text-align: right; }
.items td { padding: 5px 4px; text-align: right; border-bottom: 1px solid #dde; }
.items .l { text-align: left; }
.sum { margin-left: auto; margin-top: 10px; }
.sum td { text-align: right; padding: 2px 8px; }
.sum tr.g td { background: #e63946; color: #fff; font-size: 12pt; font-weight: bold; padding: 6px 8px; }
.ref { margin-top: 8px; padding: 4px 8px; border-left: 4px solid #e63946; }
.notes { font-size: 7.5pt; margin-top: 14px; color: #444; }
.hufbox { margin-top: 8px; font-size: 8pt; text-align: right; }
"""
    body = f"""<div class='band'><div class='t'>{E(title)}</div><div class='s'>{E(s['name'])}<br>{E(s.get('web', ''))}</div></div>
<table class='hdr'><tr>{''.join(f'<th>{h}</th>' for h in hdr_l)}</tr><tr>{''.join(f'<td>{v}</td>' for v in hdr_v)}</tr></table>
{f"<div class='ref'>{ref}</div>" if ref else ""}
<div class='parties'>{party('Kibocsátó' + (' / Supplier' if eu else ''), s)}{party('Ügyfél' + (' / Customer' if eu else ''), b)}</div>
<table class='items'><tr><th class='l'>Leírás{' / Description' if eu else ''}</th><th>Mennyiség</th><th>Egységár</th><th>ÁFA</th><th>Nettó érték</th></tr>{items}</table>
<table class='sum'>{summ}<tr><td>Nettó összesen</td><td>{A(inv['net'])} {csym}</td></tr><tr><td>ÁFA összesen</td><td>{A(inv['vat'])} {csym}</td></tr>
<tr class='g'><td>Végösszeg{' / Total' if eu else ''}</td><td>{A(inv['gross'])} {csym}</td></tr></table>
{huf_vat_block(inv, DT, 'en' if eu else None)}
<div class='notes'>{'<br>'.join(E(n) for n in notes)}<br>Bankszámla: {E(s.get('bank', ''))}{(' · IBAN: ' + s['iban']) if eu and s.get('iban') else ''} · {E(s.get('reg', ''))}</div>"""
    return page(css, body)


# ------------------------------------------------------------------ 5. English SaaS
def saas_en(inv):
    A, PR, DT = fmt_factory("saas_en", inv)
    s, b, cur = inv["seller"], inv["buyer"], inv["currency"]
    items = "".join(
        f"<tr><td class='l'>{E(l['desc'])}</td><td>{l['qty']}</td><td>€{PR(l['price'])}</td><td>0%</td><td>€{A(l['net'])}</td></tr>"
        for l in inv["lines"])
    css = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #222; }
.top { display: flex; justify-content: space-between; }
.logo { font-size: 18pt; font-weight: bold; color: #0b7285; }
.inv { font-size: 26pt; color: #aaa; font-weight: 200; text-align: right; }
.meta { margin-top: 16px; display: flex; gap: 40px; }
.meta div .k { color: #888; font-size: 7.5pt; }
.cols { display: flex; justify-content: space-between; margin-top: 22px; }
.cols > div { width: 45%; }
.k { color: #888; font-size: 7.5pt; }
.items { width: 100%; margin-top: 24px; }
.items th { color: #888; font-size: 7.5pt; font-weight: normal; text-align: right; border-bottom: 1px solid #ccc; padding: 4px; }
.items td { text-align: right; padding: 6px 4px; border-bottom: 1px solid #f0f0f0; }
.items .l { text-align: left; }
.tot { width: 45%; margin-left: auto; margin-top: 12px; }
.tot td { padding: 4px; text-align: right; }
.tot .k2 { text-align: left; color: #555; }
.tot tr.g td { font-size: 13pt; font-weight: bold; border-top: 2px solid #0b7285; }
.rc { margin-top: 18px; font-size: 8pt; background: #f3f9fa; padding: 8px; }
.foot { margin-top: 30px; font-size: 7pt; color: #999; border-top: 1px solid #eee; padding-top: 6px; }
"""
    body = f"""<div class='top'><div class='logo'>cloudharbor</div><div class='inv'>INVOICE</div></div>
<div class='meta'><div><div class='k'>Invoice number</div><b>{E(inv['number'])}</b></div>
<div><div class='k'>Date of issue</div>{DT(inv['issue'])}</div><div><div class='k'>Date due</div>{DT(inv['due'])}</div></div>
<div class='cols'><div><div class='k'>Bill to</div><b>{E(b['name'])}</b><br>{addr_html(b)}<br>VAT ID: {b['vat']}</div>
<div><div class='k'>From</div><b>{E(s['name'])}</b><br>{addr_html(s)}<br>VAT No.: {s['vat']}<br>{E(s['email'])}</div></div>
<div style='margin-top:18px;font-size:13pt'>€{A(inv['gross'])} due {DT(inv['due'])}</div>
<table class='items'><tr><th class='l'>Description</th><th>Qty</th><th>Unit price</th><th>Tax</th><th>Amount</th></tr>{items}</table>
<table class='tot'><tr><td class='k2'>Subtotal</td><td>€{A(inv['net'])}</td></tr>
<tr><td class='k2'>VAT (0% – reverse charge)</td><td>€{A(inv['vat'])}</td></tr>
<tr><td class='k2'>Total excluding tax</td><td>€{A(inv['net'])}</td></tr>
<tr class='g'><td class='k2'>Amount due ({cur})</td><td>€{A(inv['gross'])}</td></tr></table>
<div class='rc'>Reverse charge: VAT to be accounted for by the recipient under Article 196 of Council Directive 2006/112/EC.
Supply of electronically supplied services to a business customer in Hungary.</div>
<div class='foot'>{E(s['name'])} · Registered in Ireland · {E(', '.join(s['addr']))} · {E(s['web'])}</div>"""
    return page(css, body, "A4")


# ------------------------------------------------------------------ 6. bilingual HU/EN or HU/DE
def bilingual(inv):
    A, PR, DT = fmt_factory("bilingual", inv)
    s, b, cur = inv["seller"], inv["buyer"], inv["currency"]
    l2 = inv["lang2"]
    T = {
        "en": dict(title="SZÁMLA / INVOICE", seller="Eladó / Seller", buyer="Vevő / Buyer", no="Számla sorszáma / Invoice No.",
                   issue="Számla kelte / Date of issue", ful="Teljesítés dátuma / Date of supply", due="Fizetési határidő / Due date",
                   pay="Fizetési mód / Payment", cur="Pénznem / Currency", tax="Adószám / Tax No.", vat="Közösségi adószám / EU VAT No.",
                   desc="Megnevezés / Description", qty="Menny. / Qty", unit="Egységár / Unit price", net="Nettó / Net",
                   rate="ÁFA % / VAT %", vatv="ÁFA / VAT", gross="Bruttó / Gross", tot="Összesen / Total",
                   due_amt="Fizetendő / Amount due", bank="Bankszámla / Bank account"),
        "de": dict(title="SZÁMLA / RECHNUNG", seller="Eladó / Verkäufer", buyer="Vevő / Käufer", no="Számlaszám / Rechnungsnummer",
                   issue="Kelt / Rechnungsdatum", ful="Teljesítés / Leistungsdatum", due="Fizetési határidő / Fällig am",
                   pay="Fizetési mód / Zahlungsart", cur="Pénznem / Währung", tax="Adószám / Steuernummer", vat="Közösségi adószám / USt-IdNr.",
                   desc="Megnevezés / Bezeichnung", qty="Menny. / Menge", unit="Egységár / Einzelpreis", net="Nettó / Netto",
                   rate="ÁFA / MwSt.", vatv="ÁFA / MwSt.", gross="Bruttó / Brutto", tot="Összesen / Gesamt",
                   due_amt="Fizetendő / Zahlbetrag", bank="Bankszámla / Bankverbindung"),
    }[l2]

    def party(lbl, p):
        x = [f"<td class='pl'>{lbl}</td><td><b>{E(p['name'])}</b>, {', '.join(map(E, p['addr']))}"]
        if p.get("tax"):
            x.append(f"<br>{T['tax']}: {p['tax']}")
        if p.get("vat"):
            x.append(f"<br>{T['vat']}: {p['vat']}")
        return "<tr>" + "".join(x) + "</td></tr>"
    meta = [(T["no"], f"<b>{E(inv['number'])}</b>"), (T["issue"], DT(inv["issue"])), (T["ful"], DT(inv["fulfil"])),
            (T["due"], DT(inv["due"])), (T["pay"], E(inv["pay"])), (T["cur"], cur)]
    meta_html = "".join(f"<tr><td class='k'>{k}</td><td class='v'>{v}</td></tr>" for k, v in meta)
    items = "".join(
        f"<tr><td class='l'>{E(l['desc'])}</td><td>{qty_s(l['qty'])} {E(l['unit'])}</td><td>{PR(l['price'])}</td><td>{A(l['net'])}</td>"
        f"<td>{rate_label(l['code'], l2)}</td><td>{A(l['vat'])}</td><td>{A(l['gross'])}</td></tr>" for l in inv["lines"])
    summ = "".join(f"<tr><td class='l'>{rate_label(c, l2)}</td><td>{A(g['net'])}</td><td>{A(g['vat'])}</td><td>{A(g['gross'])}</td></tr>"
                   for c, g in inv["summary"])
    notes = notes_for_codes(inv, l2) + ([inv["note"]] if inv.get("note") else [])
    css = """
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; }
.top { display: flex; justify-content: space-between; align-items: flex-start; margin-bottom: 10px; }
.top .t { font-size: 17pt; font-weight: bold; color: #2b2b2b; border-bottom: 4px solid #c9a227; }
.meta td.k { color: #666; text-align: right; padding: 1px 6px; font-size: 7.5pt; }
.meta td.v { text-align: right; padding: 1px 0; }
.parties { width: 100%; margin: 8px 0; border-top: 1px solid #999; border-bottom: 1px solid #999; }
.parties td { padding: 5px; vertical-align: top; }
.parties td.pl { width: 22%; color: #666; font-size: 7.5pt; }
.items { width: 100%; margin-top: 8px; }
.items th { background: #f2eedf; font-size: 7pt; text-align: right; padding: 3px; border-bottom: 1px solid #c9a227; }
.items td { text-align: right; padding: 3px; border-bottom: 1px solid #eee; }
.items .l { text-align: left; }
.sum { margin-left: auto; margin-top: 10px; }
.sum td, .sum th { text-align: right; padding: 2px 8px; font-size: 8pt; }
.sum .l { text-align: left; }
.due { text-align: right; font-size: 13pt; font-weight: bold; margin-top: 8px; }
.hufbox { margin-top: 10px; border: 1px solid #c9a227; padding: 5px; font-size: 8pt; }
.notes { font-size: 7.5pt; margin-top: 12px; }
"""
    body = f"""<div class='top'><div class='t'>{T['title']}</div><table class='meta'>{meta_html}</table></div>
<table class='parties'>{party(T['seller'], s)}{party(T['buyer'], b)}</table>
<table class='items'><tr><th class='l'>{T['desc']}</th><th>{T['qty']}</th><th>{T['unit']}</th><th>{T['net']}</th><th>{T['rate']}</th><th>{T['vatv']}</th><th>{T['gross']}</th></tr>{items}</table>
<table class='sum'><tr><th class='l'>{T['rate']}</th><th>{T['net']}</th><th>{T['vatv']}</th><th>{T['gross']}</th></tr>{summ}
<tr><th class='l'>{T['tot']}</th><th>{A(inv['net'])}</th><th>{A(inv['vat'])}</th><th>{A(inv['gross'])}</th></tr></table>
<div class='due'>{T['due_amt']}: {A(inv['gross'])} {cur}</div>
{huf_vat_block(inv, DT, l2)}
<div class='notes'>{'<br>'.join(E(n) for n in notes)}<br>{T['bank']}: {E(s.get('bank', ''))}{(' · IBAN: ' + s['iban']) if s.get('iban') else ''}</div>"""
    return page(css, body)


# ------------------------------------------------------------------ 7. multi-page
def multipage(inv):
    A, PR, DT = fmt_factory("multipage", inv)
    s, b = inv["seller"], inv["buyer"]
    force_break = inv.get("force_break", True)
    items = "".join(
        f"<tr><td>{i+1}</td><td class='l'>{E(l['desc'])}</td><td>{qty_s(l['qty'])}</td><td>{E(l['unit'])}</td><td>{PR(l['price'])}</td>"
        f"<td>{rate_label(l['code'])}</td><td>{A(l['net'])}</td><td>{A(l['gross'])}</td></tr>" for i, l in enumerate(inv["lines"]))
    summ = "".join(f"<tr><td class='l'>{rate_label(c)}</td><td>{A(g['net'])}</td><td>{A(g['vat'])}</td><td>{A(g['gross'])}</td></tr>"
                   for c, g in inv["summary"])
    btax = f"<tr><td class='k'>Vevő adószáma:</td><td>{b['tax']}</td></tr>" if b.get("tax") else ""
    extra = "".join(f"<div class='x'>{E(inv[k])}</div>" for k in ("vehicle", "period_note") if inv.get(k))
    css = """
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; }
.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #333; padding-bottom: 6px; }
.hd .sn { font-weight: bold; font-size: 12pt; }
.hd .t { font-size: 20pt; font-weight: bold; text-align: right; }
.kv td { padding: 1px 4px; }
.kv td.k { color: #555; }
.blk { display: flex; justify-content: space-between; margin-top: 8px; }
.x { margin-top: 6px; font-weight: bold; }
.items { width: 100%; margin-top: 10px; }
.items thead th { border-top: 1px solid #333; border-bottom: 1px solid #333; background: #eee; font-size: 7.5pt; padding: 3px; text-align: right; }
.items td { text-align: right; padding: 2px 3px; border-bottom: 1px solid #e5e5e5; }
.items .l { text-align: left; }
.items tr { page-break-inside: avoid; }
.totals { margin-top: 12px; }
.totals.br { break-before: page; }
.totals h3 { font-size: 10pt; margin: 0 0 4px 0; border-bottom: 1px solid #333; }
.sum td, .sum th { padding: 2px 10px; text-align: right; }
.sum .l { text-align: left; }
.pay { margin-top: 10px; font-size: 12pt; font-weight: bold; }
"""
    body = f"""<div class='hd'><div><div class='sn'>{E(s['name'])}</div>{', '.join(map(E, s['addr']))}<br>Adószám: {s['tax']}
{('<br>Közösségi adószám: ' + s['vat']) if s.get('vat') else ''}{('<br>' + E(s['bank'])) if s.get('bank') else ''}</div>
<div><div class='t'>SZÁMLA</div><table class='kv'><tr><td class='k'>Számlaszám:</td><td><b>{E(inv['number'])}</b></td></tr>
<tr><td class='k'>Kiállítás dátuma:</td><td>{DT(inv['issue'])}</td></tr><tr><td class='k'>Teljesítés dátuma:</td><td>{DT(inv['fulfil'])}</td></tr>
<tr><td class='k'>Fizetési határidő:</td><td>{DT(inv['due'])}</td></tr><tr><td class='k'>Fizetés módja:</td><td>{E(inv['pay'])}</td></tr></table></div></div>
<div class='blk'><table class='kv'><tr><td class='k'>Megrendelő:</td><td><b>{E(b['name'])}</b></td></tr><tr><td class='k'>Cím:</td><td>{', '.join(map(E, b['addr']))}</td></tr>{btax}</table></div>
{extra}
<table class='items'><thead><tr><th>Ssz.</th><th class='l'>Megnevezés</th><th>Menny.</th><th>Me.</th><th>Nettó egységár</th><th>ÁFA</th><th>Nettó érték</th><th>Bruttó érték</th></tr></thead>
<tbody>{items}</tbody></table>
<div class='totals{' br' if force_break else ''}'><h3>ÖSSZESÍTÉS – {E(inv['number'])}</h3>
<table class='sum'><tr><th class='l'>ÁFA-kulcs</th><th>Nettó</th><th>ÁFA</th><th>Bruttó</th></tr>{summ}
<tr><th class='l'>Mindösszesen</th><th>{A(inv['net'])}</th><th>{A(inv['vat'])}</th><th>{A(inv['gross'])}</th></tr></table>
<div class='pay'>Fizetendő összeg: {A(inv['gross'])} Ft</div></div>"""
    return page(css, body)


# ------------------------------------------------------------------ 8. dot-matrix
def dotmatrix(inv):
    A, PR, DT = fmt_factory("dotmatrix", inv)
    s, b = inv["seller"], inv["buyer"]
    W = 86
    out = []
    out.append("=" * W)
    out.append(f"{s['name']:<50}{'SZAMLA':>36}")
    out.append(f"{', '.join(s['addr']):<50}{'SORSZAM: ' + inv['number']:>36}")
    out.append(f"ADOSZAM: {s['tax']:<41}{'EREDETI PELDANY':>36}")
    if s.get("bank"):
        out.append(f"BANK: {s['bank']}")
    if s.get("license"):
        out.append(s["license"])
    out.append("-" * W)
    out.append(f"VEVO   : {b['name']}")
    out.append(f"CIM    : {', '.join(b['addr'])}")
    if b.get("tax"):
        out.append(f"ADOSZAM: {b['tax']}")
    out.append("-" * W)
    out.append(f"SZAMLA KELTE: {DT(inv['issue'])}   TELJESITES: {DT(inv['fulfil'])}   ESEDEKES: {DT(inv['due'])}")
    out.append(f"FIZETESI MOD: {inv['pay']}")
    if inv.get("vehicle"):
        out.append(inv["vehicle"])
    out.append("-" * W)
    out.append(f"{'MEGNEVEZES':<36}{'MENNY':>7} {'ME':<4}{'EGYSEGAR':>11}{'AFA':>5}{'NETTO':>11}{'BRUTTO':>11}")
    out.append("-" * W)
    for l in inv["lines"]:
        out.append(f"{l['desc'][:36]:<36}{qty_s(l['qty']):>7} {l['unit'][:4]:<4}{PR(l['price']):>11}{rate_label(l['code']):>5}{A(l['net']):>11}{A(l['gross']):>11}")
    out.append("-" * W)
    for c, g in inv["summary"]:
        out.append(f"{'AFA ' + rate_label(c) + ' ALAP:':<20}{A(g['net']):>14}   {'AFA:':<6}{A(g['vat']):>12}   {'BRUTTO:':<8}{A(g['gross']):>12}")
    out.append("=" * W)
    out.append(f"{'NETTO OSSZESEN:':<30}{A(inv['net']):>20} FT")
    out.append(f"{'AFA OSSZESEN:':<30}{A(inv['vat']):>20} FT")
    out.append(f"{'FIZETENDO VEGOSSZEG:':<30}{A(inv['gross']):>20} FT")
    out.append("=" * W)
    out.append("A SZAMLA A 23/2014. NGM RENDELET SZERINTI SZAMLAZO PROGRAMMAL KESZULT.  1/1")
    css = """
body { font-family: 'DejaVu Sans Mono'; font-size: 8.4pt; color: #222; }
pre { font-family: 'DejaVu Sans Mono'; margin: 0; line-height: 1.35; }
"""
    return page(css, "<pre>" + E("\n".join(out)) + "</pre>")


# ------------------------------------------------------------------ 9. receipt-like simplified invoice
def receipt(inv):
    A, PR, DT = fmt_factory("receipt", inv)
    s, b = inv["seller"], inv["buyer"]
    rows = "".join(f"<div class='it'>{E(l['desc'])}</div><div class='ln'><span>{qty_s(l['qty'])} {E(l['unit'])} x {PR(l['price'])}</span>"
                   f"<span>{A(l['gross'])} {rate_label(l['code'])}</span></div>" for l in inv["lines"])
    vt = "".join(f"<div class='ln'><span>ÁFA tartalom {rate_label(c)}</span><span>{A(g['vat'])}</span></div>" for c, g in inv["summary"])
    css = """
@page { size: 80mm 210mm; margin: 4mm; }
body { font-family: 'DejaVu Sans Mono'; font-size: 7.6pt; }
.c { text-align: center; }
.b { font-weight: bold; }
hr { border: none; border-top: 1px dashed #000; margin: 4px 0; }
.ln { display: flex; justify-content: space-between; }
.it { margin-top: 2px; }
.big { font-size: 11pt; font-weight: bold; }
"""
    body = f"""<div class='c b'>{E(s['name'])}</div><div class='c'>{', '.join(map(E, s['addr']))}</div><div class='c'>Adószám: {s['tax']}</div>
<hr><div class='c b'>EGYSZERŰSÍTETT ADATTARTALMÚ SZÁMLA</div>
<div class='ln'><span>Sorszám:</span><span>{E(inv['number'])}</span></div>
<div class='ln'><span>Kelt:</span><span>{DT(inv['issue'])}</span></div>
<div class='ln'><span>Teljesítés:</span><span>{DT(inv['fulfil'])}</span></div><hr>
{rows}<hr>
<div class='ln'><span>Nettó összesen</span><span>{A(inv['net'])}</span></div>{vt}
<div class='ln'><span>ÁFA összesen</span><span>{A(inv['vat'])}</span></div>
<div class='ln big'><span>ÖSSZESEN</span><span>{A(inv['gross'])} Ft</span></div><hr>
<div class='ln'><span>Fizetés módja:</span><span>{E(inv['pay'])}</span></div><hr>
<div>Vevő: {E(b['name'])}</div><div>{', '.join(map(E, b['addr']))}</div><hr>
<div class='c'>Köszönjük a vásárlást!</div><div class='c'>Gumiraktár – gumitárolás, szerelés</div>"""
    return page(css, body, "80mm 210mm")


# ------------------------------------------------------------------ 10. boxed form
def boxed(inv):
    A, PR, DT = fmt_factory("boxed", inv)
    s, b = inv["seller"], inv["buyer"]

    def box(lbl, val, cls=""):
        return f"<td class='bx {cls}'><div class='bl'>{lbl}</div><div class='bv'>{val}</div></td>"

    def pv(p):
        v = f"<b>{E(p['name'])}</b><br>{addr_html(p)}<br>Adószám: {p['tax']}"
        if p.get("vat"):
            v += f"<br>Közösségi adószám: {p['vat']}"
        if p.get("bank"):
            v += f"<br>Bankszámlaszám: {E(p['bank'])}"
        if p.get("reg"):
            v += f"<br>{E(p['reg'])}"
        return v
    items = "".join(
        f"<tr><td class='l'>{E(l['desc'])}</td><td>{qty_s(l['qty'])}</td><td>{E(l['unit'])}</td><td>{PR(l['price'])}</td>"
        f"<td>{A(l['net'])}</td><td>{rate_label(l['code'])}</td><td>{A(l['vat'])}</td></tr>" for l in inv["lines"])
    summ = "".join(f"<tr><td>{rate_label(c)}</td><td>{A(g['net'])}</td><td>{A(g['vat'])}</td><td>{A(g['gross'])}</td></tr>"
                   for c, g in inv["summary"])
    css = """
body { font-family: 'DejaVu Serif Condensed'; font-size: 9pt; }
.f { width: 100%; border: 2px solid #000; }
.bx { border: 1px solid #000; vertical-align: top; padding: 2px 4px 4px 4px; }
.bl { font-size: 6.5pt; font-style: italic; }
.bv { font-size: 9.5pt; }
.ttl { text-align: center; font-size: 22pt; font-weight: bold; letter-spacing: 8px; padding: 6px; }
.items { width: 100%; border: 2px solid #000; border-top: none; }
.items th { border: 1px solid #000; font-size: 7pt; font-weight: normal; font-style: italic; padding: 2px; }
.items td { border-left: 1px solid #000; border-right: 1px solid #000; text-align: right; padding: 3px; }
.items .l { text-align: left; }
.sum { width: 60%; margin-left: auto; border: 2px solid #000; border-top: none; }
.sum td, .sum th { border: 1px solid #000; text-align: right; padding: 2px 5px; }
.sum th { font-size: 7pt; font-style: italic; font-weight: normal; }
.g { font-size: 12pt; font-weight: bold; }
"""
    body = f"""<table class='f'><tr><td colspan='2' class='ttl'>SZÁMLA</td><td class='bx' style='width:28%'><div class='bl'>Számla sorszáma</div><div class='bv'><b>{E(inv['number'])}</b></div></td></tr>
<tr>{box('Szállító (név, cím, adószám)', pv(s))}{box('Vevő (név, cím, adószám)', pv(b))}<td class='bx'><div class='bl'>Példány</div><div class='bv'>1. eredeti</div></td></tr></table>
<table class='f' style='border-top:none'><tr>{box('Fizetés módja', E(inv['pay']))}{box('Teljesítés kelte', DT(inv['fulfil']))}{box('Számla kelte', DT(inv['issue']))}{box('Fizetési határidő', DT(inv['due']))}</tr></table>
<table class='items'><tr><th class='l'>Termék / szolgáltatás megnevezése</th><th>Menny.</th><th>Me.e.</th><th>Egységár</th><th>Érték (nettó)</th><th>ÁFA %</th><th>ÁFA összege</th></tr>{items}
<tr><td class='l' style='height:40px'></td><td></td><td></td><td></td><td></td><td></td><td></td></tr></table>
<table class='sum'><tr><th>ÁFA %</th><th>Nettó érték</th><th>ÁFA összeg</th><th>Bruttó érték</th></tr>{summ}
<tr><td><b>Összesen</b></td><td>{A(inv['net'])}</td><td>{A(inv['vat'])}</td><td>{A(inv['gross'])}</td></tr>
<tr><td colspan='4' class='g'>Fizetendő végösszeg: {A(inv['gross'])} Ft</td></tr></table>
<div style='margin-top:30px;display:flex;justify-content:space-between;font-size:8pt'><span>Kiállító: ....................................</span><span>Átvevő: ....................................</span></div>"""
    return page(css, body)


TEMPLATES = {"classic": classic, "letterhead": letterhead, "grid": grid, "modern": modern, "saas_en": saas_en,
             "bilingual": bilingual, "multipage": multipage, "dotmatrix": dotmatrix, "receipt": receipt, "boxed": boxed}

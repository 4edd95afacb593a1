# ruff: noqa
"""HTML layouts of the blind set ZC (printed by Chromium)."""
from decimal import Decimal
from html import escape as e
import datetime as dt

from .common import fdate, famt, fqty, RATE_LABEL, HU_MONTHS, d

KIND_TITLE = {
    "normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA", "proforma": "DÍJBEKÉRŐ",
    "storno": "SZTORNÓ SZÁMLA", "correction": "HELYESBÍTŐ SZÁMLA",
}


class P:
    def __init__(self, inv):
        self.inv = inv
        self.cur = inv["currency"]

    def D(self, s):
        return fdate(s, self.inv["datefmt"])

    def A(self, v):
        return famt(v, self.inv["amtfmt"], self.cur)

    def M(self, v):
        lab = self.inv.get("curlabel") or ("Ft" if self.cur == "HUF" else self.cur)
        return f"{self.A(v)} {lab}"

    def Q(self, v):
        return fqty(v)

    def title(self):
        return self.inv.get("title") or KIND_TITLE[self.inv["kind"]]


def plus_days(s, n):
    return (d(s) + dt.timedelta(days=n)).isoformat()


def html_doc(body, css, size="A4"):
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: 0; }}
html, body {{ margin: 0; padding: 0; font-variant-ligatures: none; font-feature-settings: 'liga' 0, 'clig' 0; }}
.page {{ page-break-after: always; position: relative; box-sizing: border-box; }}
.page:last-child {{ page-break-after: auto; }}
.nw {{ white-space: nowrap; }}
.r {{ text-align: right; }}
.c {{ text-align: center; }}
table {{ border-collapse: collapse; }}
{css}
</style></head><body>{body}</body></html>"""


# ---------------------------------------------------------------- shared fragments

def party(p, role, lab, extra_rows=()):
    """lab: dict with keys tax, vat, bank labels"""
    rows = [f'<div class="pname"><b>{e(p["name"])}</b></div>']
    for a in p.get("addr", []):
        rows.append(f"<div>{e(a)}</div>")
    if p.get("tax"):
        rows.append(f'<div>{lab.get("tax", "Adószám:")} <span class="nw">{p["tax"]}</span></div>')
    if p.get("vat"):
        rows.append(f'<div>{lab.get("vat", "Közösségi adószám:")} <span class="nw">{p["vat"]}</span></div>')
    if p.get("bank") and lab.get("bank"):
        rows.append(f'<div>{lab["bank"]} <span class="nw">{p["bank"]}</span></div>')
    for r in extra_rows:
        rows.append(f"<div>{r}</div>")
    return f'<div class="party"><div class="role">{role}</div>{"".join(rows)}</div>'


def items_table(inv, pr, cols=("desc", "qty", "unit", "price", "net", "rate", "vat", "gross"), heads=None, cls="items"):
    H = {"no": "#", "code": "VTSZ/SZJ", "desc": "Megnevezés", "qty": "Menny.", "unit": "Egys.",
         "price": "Egységár", "net": "Nettó érték", "rate": "ÁFA %", "vat": "ÁFA összeg", "gross": "Bruttó érték"}
    if heads:
        H.update(heads)
    th = "".join(f'<th class="{"" if c in ("desc", "code") else "r"}">{H[c]}</th>' for c in cols)
    trs = []
    for i, l in enumerate(inv["lines"], 1):
        cells = []
        for c in cols:
            if c == "no":
                v = f"{i}."
            elif c == "code":
                v = e(l["code"])
            elif c == "desc":
                v = e(l["desc"])
            elif c == "qty":
                v = pr.Q(l["qty"])
            elif c == "unit":
                v = e(l["unit"])
            elif c == "price":
                v = pr.A(l["price"])
            elif c == "rate":
                v = RATE_LABEL[l["rate"]]
            else:
                v = pr.A(l[c])
            klass = "" if c in ("desc", "code") else "r nw"
            cells.append(f'<td class="{klass}">{v}</td>')
        trs.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{"".join(trs)}</tbody></table>'


def vat_table(inv, pr, title="ÁFA összesítő", heads=("ÁFA kulcs", "Nettó", "ÁFA", "Bruttó"), total_label="Összesen", cls="vat"):
    trs = []
    for r, n, v, g in inv["breakdown"]:
        trs.append(f'<tr><td>{RATE_LABEL[r]}</td><td class="r nw">{pr.A(n)}</td><td class="r nw">{pr.A(v)}</td><td class="r nw">{pr.A(g)}</td></tr>')
    trs.append(f'<tr class="tot"><td><b>{total_label}</b></td><td class="r nw"><b>{pr.A(inv["net"])}</b></td>'
               f'<td class="r nw"><b>{pr.A(inv["vat"])}</b></td><td class="r nw"><b>{pr.A(inv["gross"])}</b></td></tr>')
    th = "".join(f'<th class="{"" if i == 0 else "r"}">{h}</th>' for i, h in enumerate(heads))
    cap = f'<div class="vcap">{title}</div>' if title else ""
    return f'{cap}<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{"".join(trs)}</tbody></table>'


def notes(inv, pr):
    out = []
    k = inv["kind"]
    if k == "storno":
        out.append(f'Érvénytelenített (sztornózott) számla sorszáma: <b>{e(inv["preceding"])}</b>')
    elif k == "correction":
        out.append(f'Módosított számla sorszáma: <b>{e(inv["preceding"])}</b>')
        if inv.get("reason"):
            out.append(f'Módosítás oka: {e(inv["reason"])}')
    elif k == "final":
        out.append(f'A végszámla az előlegszámla (sorszám: <b>{e(inv["preceding"])}</b>) összegét levonja.')
    elif k == "advance":
        out.append("Előlegszámla – a végszámla a teljesítést követően kerül kiállításra.")
    elif k == "proforma":
        out.append("Díjbekérő – ez a dokumentum nem minősül számlának, ÁFA levonására nem jogosít. "
                   "A számlát az összeg beérkezését követően állítjuk ki.")
    rates = {l["rate"] for l in inv["lines"]}
    if "AAM" in rates:
        out.append("AAM: alanyi adómentes – Áfa tv. XIII. fejezet.")
    if "TAM" in rates:
        out.append("TAM: tárgyi adómentes – Áfa tv. 85. § (1) bekezdés.")
    if "EUFAD" in rates:
        out.append("Fordított adózás / Reverse charge – Áfa tv. 37. § (1), 2006/112/EK irányelv 196. cikk.")
    if pr.cur != "HUF":
        out.append(f'Alkalmazott árfolyam: 1 {pr.cur} = {inv["fx"].replace(".", ",")} Ft (MNB, {pr.D(inv["fxdate"])}). '
                   f'Áthárított ÁFA forintban: {famt(inv["vat_huf"], "sp", "HUF")} Ft.')
    for n in inv.get("notes", []):
        out.append(e(n))
    return "".join(f"<div>{x}</div>" for x in out)


def meta_rows(inv, pr, labels):
    """labels: list of (label, key)"""
    rows = []
    for lab, key in labels:
        if key == "number":
            v = f"<b>{e(inv['number'])}</b>"
        elif key in ("issue", "fulfil", "due"):
            if inv.get(key) is None:
                continue
            v = pr.D(inv[key])
        elif key == "pay":
            v = e(inv["pay"])
        elif key == "cur":
            v = pr.cur
        elif key == "preceding":
            if not inv.get("preceding"):
                continue
            v = e(inv["preceding"])
        elif key == "order":
            if not inv.get("order"):
                continue
            v = e(inv["order"])
        else:
            v = e(str(inv.get(key, "")))
        rows.append((lab, v))
    return rows


STD_META = [("Számla sorszáma:", "number"), ("Fizetési mód:", "pay"), ("Kiállítás dátuma:", "issue"),
            ("Teljesítés dátuma:", "fulfil"), ("Fizetési határidő:", "due"), ("Pénznem:", "cur")]


def std_invoice(inv, pr, v=0, banner=""):
    """Classic seller-left / buyer-right invoice; v picks a visual variant."""
    s, b = inv["seller"], inv["buyer"]
    meta = meta_rows(inv, pr, STD_META if v != 1 else
                     [("Számlaszám:", "number"), ("Számla kelte:", "issue"), ("Teljesítés kelte:", "fulfil"),
                      ("Fizetési határidő:", "due"), ("Fizetés módja:", "pay"), ("Rendelésszám:", "order")])
    mt = "".join(f'<td><div class="ml">{l}</div><div class="mv nw">{v_}</div></td>' for l, v_ in meta)
    sl = "Eladó" if v != 1 else "Szállító"
    bl = "Vevő"
    ban = f'<div class="banner">{banner}</div>' if banner else ""
    return f"""
<div class="head"><div class="title">{pr.title()}</div>{ban}<div class="sub">Sorszám: <b>{e(inv['number'])}</b></div></div>
<table class="parties"><tr>
<td>{party(s, sl, {"tax": "Adószám:", "vat": "Közösségi adószám:", "bank": "Bankszámlaszám:"})}</td>
<td>{party(b, bl, {"tax": "Adószám:", "vat": "Közösségi adószám:"})}</td></tr></table>
<table class="meta"><tr>{mt}</tr></table>
{items_table(inv, pr, cols=("no", "desc", "qty", "unit", "price", "rate", "net", "vat", "gross"))}
<div class="sumwrap"><div>{vat_table(inv, pr)}</div>
<div class="pay">{'Fizetendő összeg' if inv['kind'] != 'storno' else 'Végösszeg'}: <span class="nw">{pr.M(inv['gross'])}</span></div></div>
<div class="notes">{notes(inv, pr)}</div>
"""


STD_CSS = """
.page { width: 210mm; height: 297mm; padding: 14mm 15mm; }
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #111; }
.head { border-bottom: 2px solid #333; margin-bottom: 6mm; padding-bottom: 2mm; position: relative; }
.title { font-size: 20pt; font-weight: bold; letter-spacing: 1px; }
.sub { position: absolute; right: 0; bottom: 3mm; font-size: 11pt; }
.banner { position: absolute; left: 88mm; top: 0; font-size: 12pt; font-weight: bold; border: 2px solid #333; padding: 1mm 4mm; }
.parties { width: 100%; margin-bottom: 5mm; } .parties td { width: 50%; vertical-align: top; padding-right: 6mm; }
.role { font-size: 8pt; text-transform: uppercase; color: #555; border-bottom: 1px solid #aaa; margin-bottom: 1mm; }
.pname { font-size: 11pt; }
.meta { width: 100%; border: 1px solid #999; margin-bottom: 5mm; } .meta td { border-right: 1px solid #ccc; padding: 1.5mm; vertical-align: top; }
.ml { font-size: 7pt; color: #555; } .mv { font-size: 9.5pt; }
.items { width: 100%; margin-bottom: 5mm; } .items th { background: #e8e8e8; font-size: 7.5pt; padding: 1.5mm; border-bottom: 1px solid #555; }
.items td { padding: 1.5mm; border-bottom: 1px solid #ddd; font-size: 8.5pt; }
.sumwrap { display: flex; justify-content: space-between; align-items: flex-start; }
.vcap { font-weight: bold; margin-bottom: 1mm; }
.vat th, .vat td { padding: 1mm 2.5mm; border-bottom: 1px solid #ccc; font-size: 8.5pt; }
.pay { font-size: 13pt; font-weight: bold; border: 2px solid #111; padding: 3mm 5mm; margin-top: 5mm; }
.notes { margin-top: 6mm; font-size: 8pt; color: #333; } .notes div { margin-bottom: 1mm; }
"""


def footer_line(inv):
    s = inv["seller"]
    return f'<div style="position:absolute; bottom:10mm; left:15mm; right:15mm; font-size:7pt; color:#666; border-top:1px solid #bbb; padding-top:1mm">{e(s["name"])} · {e(", ".join(s.get("addr", [])))} · {e(inv.get("regno", ""))}</div>'


# ---------------------------------------------------------------- layouts

def L_cover_letter(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    letter_date = plus_days(inv["issue"], 1)
    ld = d(letter_date)
    body = f"""
<div class="page letter">
<div class="lh"><b>{e(s['name'])}</b><br>{'<br>'.join(e(a) for a in s['addr'])}<br>Tel.: {e(inv.get('phone', '+36 1 555 0142'))}</div>
<div class="addr">{e(b['name'])}<br>{'<br>'.join(e(a) for a in b['addr'])}<br>{e(inv.get('attn', 'Pénzügyi osztály részére'))}</div>
<div class="ref">Iktatószám: {e(inv['letter_ref'])}<br>Ügyintéző: {e(inv.get('clerk', 'Fekete Judit'))}</div>
<p><b>Tárgy: számla megküldése</b></p>
<p>Tisztelt Partnerünk!</p>
<p>Mellékelten megküldjük a(z) {e(inv.get('contract', 'keretszerződés'))} alapján elvégzett munkákról kiállított számlánkat.
Kérjük, hogy a számla összegét a számlán feltüntetett fizetési határidőig szíveskedjenek átutalni bankszámlánkra.
Az átutalás közleményében kérjük a számla sorszámát feltüntetni.</p>
<p>Amennyiben a számlával kapcsolatban kérdésük merülne fel, ügyintézőnk készséggel áll rendelkezésükre.
Kérjük, hogy a kísérőlevél egy aláírt példányát a kézhezvételt követő {inv.get('ack_days', 15)} napon belül szíveskedjenek visszaküldeni.</p>
<p>Mellékletek: 1 db számla, {inv.get('annex', '1 db teljesítésigazolás másolata')}</p>
<p>{e(inv.get('city', 'Budapest'))}, {ld.year}. {HU_MONTHS[ld.month - 1]} {ld.day}.</p>
<p style="margin-top:14mm">Tisztelettel:<br><br>………………………………<br>{e(inv.get('signer', 'Dr. Halmi Ottó'))}<br>ügyvezető</p>
</div>
<div class="page">{std_invoice(inv, pr, v=1)}{footer_line(inv)}</div>"""
    css = STD_CSS + """
.letter { font-family: 'DejaVu Serif'; font-size: 10.5pt; padding: 20mm 22mm; }
.lh { border-bottom: 1px solid #000; padding-bottom: 3mm; margin-bottom: 10mm; font-size: 9pt; }
.addr { margin-left: 95mm; margin-bottom: 10mm; }
.ref { font-size: 9pt; margin-bottom: 6mm; }
"""
    return html_doc(body, css)


def L_inv_delivery(inv, pr):
    dn = inv["dn"]
    rows = "".join(f"<tr><td>{i}.</td><td>{e(l['desc'])}</td><td class='r'>{pr.Q(abs(l['qty']))}</td><td>{e(l['unit'])}</td><td>{e(dn.get('lot', 'L-' + str(4400 + i)))}</td></tr>"
                   for i, l in enumerate(inv["lines"], 1) if l["unit"] not in ("alkalom", "óra", "hó"))
    s, b = inv["seller"], inv["buyer"]
    body = f"""
<div class="page">{std_invoice(inv, pr, v=0)}{footer_line(inv)}</div>
<div class="page dn">
<div class="title">SZÁLLÍTÓLEVÉL</div>
<table class="dh"><tr><td>Szállítólevél száma: <b>{e(dn['number'])}</b></td><td>Kiállítva: {pr.D(dn['date'])}</td></tr>
<tr><td>Szállítás napja: {pr.D(dn['ship'])}</td><td>Rendelés: {e(dn['order'])}</td></tr>
<tr><td>Feladó: {e(s['name'])}</td><td>Címzett: {e(b['name'])}</td></tr>
<tr><td>Rakodási hely: {e(s['addr'][-1])}</td><td>Lerakodási hely: {e(dn.get('dest', b['addr'][-1]))}</td></tr>
<tr><td>Gépjármű rendszám: {e(dn.get('plate', 'RTK-482'))}</td><td>Fuvarozó: saját</td></tr></table>
<table class="items"><thead><tr><th>#</th><th>Termék</th><th class="r">Mennyiség</th><th>Egys.</th><th>Tétel / sarzs</th></tr></thead><tbody>{rows}</tbody></table>
<p>Összesen {len(inv['lines'])} tétel. Göngyöleg: {e(dn.get('pack', '2 db EUR raklap'))}.</p>
<table class="sig"><tr><td>………………………………<br>átadó</td><td>………………………………<br>átvevő (név, dátum)</td></tr></table>
</div>"""
    css = STD_CSS + """
.dn .title { font-size: 18pt; margin-bottom: 5mm; }
.dh { width: 100%; margin-bottom: 6mm; border: 1px solid #555; } .dh td { padding: 1.5mm; border: 1px solid #aaa; }
.sig { width: 100%; margin-top: 25mm; } .sig td { text-align: center; }
"""
    return html_doc(body, css)


def L_inv_teljig(inv, pr):
    t = inv["tig"]
    s, b = inv["seller"], inv["buyer"]
    body = f"""
<div class="page">{std_invoice(inv, pr, v=1)}{footer_line(inv)}</div>
<div class="page tig">
<h2>TELJESÍTÉSIGAZOLÁS</h2>
<p>Igazolás száma: <b>{e(t['number'])}</b><br>Szerződés / megrendelés száma: {e(t['contract'])}</p>
<p>Alulírott, a(z) <b>{e(b['name'])}</b> (megrendelő) képviseletében igazolom, hogy a(z) <b>{e(s['name'])}</b> (vállalkozó)
a(z) {e(t['what'])} tárgyában vállalt feladatait a szerződésnek megfelelően, hiány- és hibamentesen teljesítette.</p>
<table class="kv">
<tr><td>A teljesítés időszaka:</td><td>{pr.D(t['from'])} – {pr.D(t['to'])}</td></tr>
<tr><td>Az igazolt teljesítés értéke (nettó):</td><td>{pr.M(inv['net'] if t['value'] == 'net' else t['value'])}</td></tr>
<tr><td>Teljesítés mértéke:</td><td>{e(t.get('pct', '100 %'))}</td></tr>
<tr><td>A számla kiállítására jogosult:</td><td>igen</td></tr>
</table>
<p>Kelt: {e(inv.get('city', 'Budapest'))}, {pr.D(t['date'])}</p>
<table class="sig"><tr><td>………………………………<br>megrendelő képviselője<br>{e(t.get('signer', 'Sárosi Kinga'))}</td><td>………………………………<br>vállalkozó képviselője</td></tr></table>
</div>"""
    css = STD_CSS + """
.tig { font-family: 'DejaVu Serif'; font-size: 10.5pt; padding: 25mm 22mm; }
.tig h2 { text-align: center; letter-spacing: 2px; margin-bottom: 10mm; }
.kv td { padding: 2mm 4mm 2mm 0; }
.sig { width: 100%; margin-top: 30mm; } .sig td { text-align: center; font-size: 9pt; }
"""
    return html_doc(body, css)


def L_orig_copy(inv, pr):
    body = "".join(f'<div class="page">{std_invoice(inv, pr, v=0, banner=bn)}'
                   f'<div class="wm">{bn}</div>{footer_line(inv)}</div>' for bn in ("EREDETI", "MÁSOLAT"))
    css = STD_CSS + """
body { font-family: 'DejaVu Sans Condensed'; }
.wm { position: absolute; bottom: 18mm; right: 15mm; font-size: 8pt; color: #444; }
"""
    return html_doc(body, css)


def _peldany_page(inv, pr, no):
    s, b = inv["seller"], inv["buyer"]
    meta = meta_rows(inv, pr, [("Számla kelte", "issue"), ("Teljesítés időpontja", "fulfil"),
                               ("Fizetési határidő", "due"), ("Fizetés módja", "pay")])
    mt = "".join(f"<tr><td class='ml'>{l}</td><td class='nw'>{v}</td></tr>" for l, v in meta)
    return f"""<div class="page">
<div class="pno">{no}. példány</div>
<table class="top"><tr><td class="sel"><div class="sname">{e(s['name'])}</div>{'<br>'.join(e(a) for a in s['addr'])}<br>
Adószám: {s['tax']}<br>{('Közösségi adószám: ' + s['vat'] + '<br>') if s.get('vat') else ''}Számlaszám: {e(s['bank'])}</td>
<td class="ttl"><div class="t">{pr.title()}</div><div>Sorszám: <b>{e(inv['number'])}</b></div></td></tr></table>
<table class="top"><tr><td class="buy"><div class="ml">Vevő neve, címe</div><b>{e(b['name'])}</b><br>{'<br>'.join(e(a) for a in b['addr'])}<br>
{('Adószám: ' + b['tax'] + '<br>') if b.get('tax') else ''}{('Közösségi adószám: ' + b['vat']) if b.get('vat') else ''}</td>
<td><table class="mt">{mt}</table></td></tr></table>
{items_table(inv, pr, cols=("desc", "qty", "unit", "price", "net", "rate", "vat", "gross"), heads={"price": "Nettó egységár"})}
<table class="low"><tr><td>{vat_table(inv, pr, title="Adókulcsonkénti összesítés")}</td>
<td class="tb"><div>Nettó összesen: <b class="nw">{pr.M(inv['net'])}</b></div><div>ÁFA összesen: <b class="nw">{pr.M(inv['vat'])}</b></div>
<div class="big">Bruttó végösszeg: <span class="nw">{pr.M(inv['gross'])}</span></div></td></tr></table>
<div class="notes">{notes(inv, pr)}</div>
<div class="foot">A számla {inv.get('copies', 2)} példányban készült. Ez a(z) {no}. példány.</div>
</div>"""


def L_peldany(inv, pr):
    body = _peldany_page(inv, pr, 1) + _peldany_page(inv, pr, 2)
    css = """
.page { width: 210mm; height: 297mm; padding: 12mm 14mm; }
body { font-family: 'DejaVu Serif'; font-size: 9pt; }
.pno { position: absolute; top: 5mm; right: 14mm; font-size: 9pt; font-style: italic; }
.top { width: 100%; margin-bottom: 4mm; border: 1px solid #000; } .top td { vertical-align: top; padding: 2mm; width: 50%; border: 1px solid #000; }
.sname { font-size: 13pt; font-weight: bold; }
.ttl .t { font-size: 22pt; font-weight: bold; text-align: center; } .ttl div { text-align: center; }
.ml { color: #444; font-size: 8pt; padding-right: 4mm; }
.items { width: 100%; margin-bottom: 4mm; } .items th, .items td { border: 1px solid #000; padding: 1mm 1.5mm; font-size: 8pt; }
.low { width: 100%; } .low td { vertical-align: top; }
.vcap { font-weight: bold; } .vat td, .vat th { border: 1px solid #000; padding: 1mm 2mm; }
.tb { text-align: right; } .tb div { margin-bottom: 1.5mm; } .big { font-size: 12pt; font-weight: bold; }
.notes { margin-top: 5mm; font-size: 8pt; }
.foot { position: absolute; bottom: 10mm; left: 14mm; font-size: 7.5pt; }
"""
    return html_doc(body, css)


def L_landscape(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    meta = meta_rows(inv, pr, [("Számlaszám", "number"), ("Kelt", "issue"), ("Teljesítés", "fulfil"),
                               ("Esedékesség", "due"), ("Fizetési mód", "pay"), ("Pénznem", "cur"), ("Megrendelés", "order")])
    mt = "".join(f"<tr><td class='ml'>{l}</td><td class='nw'>{v}</td></tr>" for l, v in meta)
    lab = {"tax": "Adószám:", "vat": "EU adószám:", "bank": "IBAN:"}
    body = f"""<div class="page">
<div class="hdr"><span class="t">{pr.title()}</span><span class="inv">INVOICE</span></div>
<table class="three"><tr><td>{party(s, 'Eladó / Supplier', lab)}</td><td>{party(b, 'Vevő / Customer', lab)}</td><td><table class="mt">{mt}</table></td></tr></table>
{items_table(inv, pr, cols=("no", "code", "desc", "qty", "unit", "price", "net", "rate", "vat", "gross"),
             heads={"price": f"Egységár ({pr.cur})", "net": f"Nettó ({pr.cur})", "vat": f"ÁFA ({pr.cur})", "gross": f"Bruttó ({pr.cur})"})}
<table class="low"><tr><td class="n">{notes(inv, pr)}</td><td>{vat_table(inv, pr, title="ÁFA-összesítő")}</td>
<td class="tot"><div>Nettó: <span class="nw">{pr.M(inv['net'])}</span></div><div>ÁFA: <span class="nw">{pr.M(inv['vat'])}</span></div>
<div class="big">Fizetendő: <span class="nw">{pr.M(inv['gross'])}</span></div></td></tr></table>
</div>"""
    css = """
.page { width: 297mm; height: 210mm; padding: 10mm 12mm; }
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; }
.hdr { background: #234; color: #fff; padding: 2mm 4mm; margin-bottom: 4mm; } .hdr .t { font-size: 16pt; font-weight: bold; } .hdr .inv { float: right; font-size: 12pt; margin-top: 1.5mm; }
.three { width: 100%; margin-bottom: 4mm; } .three > tbody > tr > td { vertical-align: top; width: 33%; padding-right: 5mm; }
.role { font-weight: bold; color: #234; border-bottom: 1px solid #234; margin-bottom: 1mm; } .pname { font-size: 10pt; }
.ml { color: #555; padding-right: 5mm; }
.items { width: 100%; margin-bottom: 4mm; } .items th { border-bottom: 1.5px solid #234; font-size: 7.5pt; padding: 1mm; } .items td { padding: 1mm; border-bottom: 1px solid #ddd; }
.low { width: 100%; } .low td { vertical-align: top; } .low .n { width: 45%; font-size: 7.5pt; padding-right: 6mm; }
.vcap { font-weight: bold; } .vat td, .vat th { padding: 0.8mm 2mm; border-bottom: 1px solid #ccc; }
.tot { text-align: right; } .tot div { margin-bottom: 1mm; } .big { font-size: 12pt; font-weight: bold; border-top: 2px solid #234; padding-top: 1mm; }
"""
    return html_doc(body, css, size="A4 landscape")


def L_a5(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    rows = "".join(f"<tr><td>{e(l['desc'])}<br><span class='sm'>{pr.Q(l['qty'])} {e(l['unit'])} × {pr.A(l['price'])} · {RATE_LABEL[l['rate']]}</span></td>"
                   f"<td class='r nw'>{pr.A(l['gross'])}</td></tr>" for l in inv["lines"])
    meta = meta_rows(inv, pr, [("Számla sorszáma", "number"), ("Kelt", "issue"), ("Teljesítés", "fulfil"),
                               ("Fiz. határidő", "due"), ("Fizetés módja", "pay")])
    mt = "".join(f"<tr><td class='ml'>{l}:</td><td class='nw'>{v}</td></tr>" for l, v in meta)
    body = f"""<div class="page">
<div class="c"><b class="sn">{e(s['name'])}</b><br>{' · '.join(e(a) for a in s['addr'])}<br>Adószám: {s['tax']}</div>
<div class="t">{pr.title()}</div>
<table class="mt">{mt}</table>
<div class="buy"><span class="ml">Vevő:</span> <b>{e(b['name'])}</b>, {', '.join(e(a) for a in b['addr'])}{(' · Adószám: ' + b['tax']) if b.get('tax') else ''}</div>
<table class="it"><thead><tr><th>Tétel</th><th class="r">Bruttó</th></tr></thead><tbody>{rows}</tbody></table>
{vat_table(inv, pr, title="", heads=("Kulcs", "Nettó", "ÁFA", "Bruttó"), total_label="Össz.")}
<div class="big">FIZETENDŐ: <span class="nw">{pr.M(inv['gross'])}</span></div>
<div class="notes">{notes(inv, pr)}</div>
<div class="thx">Köszönjük a vásárlást!</div>
</div>"""
    css = """
.page { width: 148mm; height: 210mm; padding: 8mm 9mm; }
body { font-family: 'DejaVu Sans Condensed'; font-size: 8pt; }
.sn { font-size: 11pt; }
.t { text-align: center; font-size: 14pt; font-weight: bold; margin: 3mm 0; border-top: 1px dashed #000; border-bottom: 1px dashed #000; }
.ml { color: #444; padding-right: 3mm; } .mt { margin-bottom: 2mm; }
.buy { margin-bottom: 3mm; }
.it { width: 100%; margin-bottom: 3mm; } .it th { border-bottom: 1px solid #000; } .it td { padding: 0.8mm 0; border-bottom: 1px dotted #999; } .sm { font-size: 7pt; color: #333; }
.vat { width: 100%; } .vat td, .vat th { font-size: 7.5pt; padding: 0.5mm 1mm; }
.big { font-size: 12pt; font-weight: bold; text-align: right; margin-top: 3mm; }
.notes { font-size: 7pt; margin-top: 3mm; } .thx { text-align: center; margin-top: 4mm; font-style: italic; }
"""
    return html_doc(body, css, size="A5")


def L_utility(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    u = inv["util"]
    rows = "".join(f"<tr><td>{e(l['desc'])}</td><td class='r'>{pr.Q(l['qty'])} {e(l['unit'])}</td><td class='r nw'>{pr.A(l['price'])}</td>"
                   f"<td class='r nw'>{pr.A(l['net'])}</td><td class='r'>{RATE_LABEL[l['rate']]}</td><td class='r nw'>{pr.A(l['vat'])}</td><td class='r nw'>{pr.A(l['gross'])}</td></tr>"
                   for l in inv["lines"])
    buyer_tax = (f"<div>Adószám: {b['tax']}</div>" if b.get("tax") else "") + (f"<div>Közösségi adószám: {b['vat']}</div>" if b.get("vat") else "")
    body = f"""<div class="page">
<table class="two"><tr><td class="l">
<div class="sn">{e(s['name'])}</div><div class="sm">{' · '.join(e(a) for a in s['addr'])}<br>Adószám: {s['tax']} · Közösségi adószám: {s['vat']}<br>Ügyfélszolgálat: {e(u['phone'])}</div>
<div class="box"><div class="bl">Fizető / Vevő</div><b>{e(b['name'])}</b><br>{'<br>'.join(e(a) for a in b['addr'])}{buyer_tax}</div>
<div class="box"><div class="bl">Felhasználási hely</div>{e(u['site'])}<br>Felhasználási hely azonosító: {e(u['pod'])}<br>Ügyfélazonosító: {e(u['customer'])}</div>
</td><td class="rr">
<div class="t">{e(inv.get('title', 'Számla'))}</div>
<table class="mt">
<tr><td>Számla sorszáma:</td><td class="nw"><b>{e(inv['number'])}</b></td></tr>
<tr><td>Számla kelte:</td><td class="nw">{pr.D(inv['issue'])}</td></tr>
<tr><td>Teljesítés időpontja:</td><td class="nw">{pr.D(inv['fulfil'])}</td></tr>
<tr><td>Elszámolt időszak:</td><td class="nw">{pr.D(u['from'])} – {pr.D(u['to'])}</td></tr>
<tr><td>Fizetési mód:</td><td>{e(inv['pay'])}</td></tr>
</table>
<div class="due"><div>Fizetési határidő</div><div class="dv">{pr.D(inv['due'])}</div>
<div>Fizetendő összeg</div><div class="dv">{pr.M(inv['gross'])}</div></div>
<div class="sm">Következő leolvasás várható ideje: {pr.D(u['next'])}</div>
</td></tr></table>
<div class="h">Elszámolás részletezése</div>
<table class="it"><thead><tr><th>Tétel</th><th class="r">Mennyiség</th><th class="r">Egységár</th><th class="r">Nettó</th><th class="r">ÁFA</th><th class="r">ÁFA összeg</th><th class="r">Bruttó</th></tr></thead><tbody>{rows}</tbody></table>
<div class="sm">Mérőóra: {e(u['meter'])} · Előző állás: {u['prev']} · Jelenlegi állás: {u['curr']}</div>
<table class="two2"><tr><td>{vat_table(inv, pr, title="Összesítés adókulcsonként", heads=("Adókulcs", "Nettó érték", "ÁFA érték", "Bruttó érték"))}</td>
<td class="notes">{notes(inv, pr)}</td></tr></table>
<div class="csekk">
<div class="ck">BEFIZETÉSI UTALVÁNY – csekk</div>
<table class="ct"><tr><td>Kedvezményezett: <b>{e(s['name'])}</b><br>Kedvezményezett számlaszáma: {e(s['bank'])}<br>
Befizető: {e(b['name'])}<br>{e(', '.join(b['addr']))}</td>
<td>Összeg: <b class="nw">{pr.A(inv['gross'])}</b> Ft<br>Közlemény: {e(inv['number'])} / {e(u['customer'])}<br>Befizetési határidő: {pr.D(inv['due'])}</td></tr></table>
<div class="ocr">&lt;{u['customer'].replace('-', '')}&gt; &lt;{int(inv['gross']):010d}&gt; &lt;62&gt;</div>
</div>
</div>"""
    css = """
.page { width: 210mm; height: 297mm; padding: 10mm 12mm; }
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; }
.two { width: 100%; } .two td { vertical-align: top; } .two .l { width: 56%; padding-right: 6mm; }
.sn { font-size: 14pt; font-weight: bold; color: #035; } .sm { font-size: 7.5pt; color: #333; margin-bottom: 2mm; }
.box { border: 1px solid #8ab; padding: 2mm; margin-bottom: 2mm; } .bl { font-size: 7pt; color: #357; text-transform: uppercase; }
.rr .t { font-size: 18pt; font-weight: bold; color: #035; }
.mt td { padding: 0.7mm 2mm 0.7mm 0; }
.due { background: #e3eef5; padding: 3mm; margin: 2mm 0; } .dv { font-size: 13pt; font-weight: bold; margin-bottom: 1.5mm; }
.h { font-weight: bold; color: #035; margin-top: 3mm; border-bottom: 1px solid #035; }
.it { width: 100%; margin: 1mm 0 2mm; } .it th { font-size: 7.5pt; border-bottom: 1px solid #555; } .it td { padding: 0.8mm; border-bottom: 1px solid #ddd; }
.two2 { width: 100%; } .two2 td { vertical-align: top; width: 50%; }
.vcap { font-weight: bold; } .vat td, .vat th { padding: 0.6mm 2mm; font-size: 8pt; }
.notes { font-size: 7.5pt; padding-left: 5mm; }
.csekk { position: absolute; left: 12mm; right: 12mm; bottom: 10mm; height: 62mm; border-top: 1px dashed #000; padding-top: 3mm; background: #fdf7e6; }
.ck { font-weight: bold; font-size: 10pt; margin: 1mm 3mm 3mm; } .ct { width: 100%; } .ct td { vertical-align: top; padding: 2mm 3mm; width: 50%; border: 1px solid #cba; }
.ocr { font-family: 'DejaVu Sans Mono'; margin: 5mm 3mm; font-size: 10pt; }
"""
    return html_doc(body, css)


def L_multisite(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    m = inv["ms"]
    sites = "".join(f"<div>{e(x)}</div>" for x in m["sites"])
    banks = "".join(f"<div>{e(x)}</div>" for x in m["banks"])
    meta = meta_rows(inv, pr, [("Számlaszám", "number"), ("Számla kelte", "issue"), ("Teljesítés dátuma", "fulfil"),
                               ("Fizetési határidő", "due"), ("Fizetési mód", "pay"), ("Eredeti számla", "preceding")])
    mt = "".join(f"<tr><td class='ml'>{l}:</td><td class='nw'>{v}</td></tr>" for l, v in meta)
    body = f"""<div class="page">
<table class="hd"><tr><td class="nm"><div class="sn">{e(s['name'])}</div>
<div>Székhely: {e(', '.join(s['addr']))}</div><div>Adószám: {s['tax']} · Közösségi adószám: {s['vat']}</div><div>Cégjegyzékszám: {e(inv.get('regno', ''))}</div></td>
<td><div class="hl">Telephelyek</div>{sites}</td><td><div class="hl">Bankszámlák</div>{banks}</td></tr></table>
<div class="t">{pr.title()}</div>
<table class="mid"><tr><td class="buy"><div class="hl">Vevő</div><b>{e(b['name'])}</b><br>{'<br>'.join(e(a) for a in b['addr'])}<br>
{('Adószám: ' + b['tax'] + '<br>') if b.get('tax') else ''}{('Közösségi adószám: ' + b['vat']) if b.get('vat') else ''}
<br>Szállítási cím: {e(m.get('ship', b['addr'][-1]))}</td><td><table>{mt}</table></td></tr></table>
{items_table(inv, pr, cols=("no", "code", "desc", "qty", "unit", "price", "net", "rate", "vat"), heads={"code": "Cikkszám"})}
<table class="low"><tr><td class="notes">{notes(inv, pr)}<div>Kiszolgáló telephely: {e(m['sites'][m.get('site_idx', 0)])}</div></td>
<td>{vat_table(inv, pr, title="ÁFA bontás")}
<div class="big">Fizetendő összesen: <span class="nw">{pr.M(inv['gross'])}</span></div></td></tr></table>
</div>"""
    css = """
.page { width: 210mm; height: 297mm; padding: 10mm 12mm; }
body { font-family: 'DejaVu Sans Condensed'; font-size: 8.5pt; }
.hd { width: 100%; border-bottom: 3px double #600; margin-bottom: 3mm; } .hd td { vertical-align: top; font-size: 7.5pt; padding: 0 2mm 2mm 0; }
.hd .nm { width: 38%; } .sn { font-size: 13pt; font-weight: bold; color: #600; white-space: nowrap; }
.hl { font-weight: bold; color: #600; font-size: 8pt; }
.t { font-size: 17pt; font-weight: bold; text-align: right; margin: 2mm 0 3mm; }
.mid { width: 100%; margin-bottom: 4mm; } .mid td { vertical-align: top; width: 50%; } .buy { border: 1px solid #600; padding: 2mm; }
.ml { padding: 0.6mm 4mm 0.6mm 6mm; color: #444; }
.items { width: 100%; } .items th { background: #600; color: #fff; font-size: 7.5pt; padding: 1mm; } .items td { padding: 1mm; border-bottom: 1px solid #ddd; }
.low { width: 100%; margin-top: 4mm; } .low td { vertical-align: top; } .low .notes { width: 48%; font-size: 7.5pt; padding-right: 5mm; }
.vcap { font-weight: bold; } .vat th, .vat td { padding: 0.8mm 2mm; border-bottom: 1px solid #ccc; }
.big { font-size: 12pt; font-weight: bold; margin-top: 3mm; text-align: right; }
"""
    return html_doc(body, css)


ASZF = [
    "Általános rendelkezések. Jelen Általános Szerződési Feltételek (ÁSZF) a Szállító és a Megrendelő között létrejött valamennyi adásvételi és vállalkozási szerződésre irányadók, amennyiben a felek írásban eltérően nem állapodnak meg.",
    "Ajánlat, megrendelés. A Szállító ajánlata a kiállítástól számított 30 napig érvényes. A megrendelés a Szállító írásbeli visszaigazolásával válik érvényessé.",
    "Árak. Az árak forintban értendők és nem tartalmazzák az általános forgalmi adót, kivéve, ha ezt a Szállító kifejezetten jelzi.",
    "Fizetési feltételek. A számla ellenértékét a számlán feltüntetett fizetési határidőig kell megfizetni. Késedelmes fizetés esetén a Szállító a Ptk. 6:155. § szerinti késedelmi kamatot és 40 eurónak megfelelő forintösszeg behajtási költségátalányt jogosult felszámítani.",
    "Tulajdonjog-fenntartás. Az áru tulajdonjoga a vételár maradéktalan megfizetéséig a Szállítót illeti meg.",
    "Szállítás, kárveszélyviselés. A kárveszély az áru átadásával száll át a Megrendelőre. Mennyiségi kifogást az átvételkor, minőségi kifogást az átvételtől számított 8 munkanapon belül lehet írásban közölni.",
    "Szavatosság, jótállás. A Szállító a jogszabályokban előírt szavatossági és jótállási kötelezettségeket vállalja; a jótállás nem terjed ki a szakszerűtlen használatból eredő hibákra.",
    "Adatkezelés. A Szállító a Megrendelő adatait a GDPR és az Infotv. rendelkezései szerint kezeli; az adatkezelési tájékoztató a Szállító honlapján érhető el.",
    "Vitarendezés. A felek vitáikat elsősorban tárgyalás útján rendezik; ennek eredménytelensége esetén a Szállító székhelye szerint illetékes bíróság kizárólagos illetékességét kötik ki.",
    "Hatály. Jelen ÁSZF 2026. január 1. napjától hatályos, és visszavonásig érvényes. A Szállító jogosult az ÁSZF-et egyoldalúan módosítani, amelyről honlapján tájékoztatást ad.",
]


def L_aszf(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    legal = (f"{e(s['name'])} · Cégjegyzékszám: {e(inv.get('regno', ''))} · Nyilvántartó bíróság: {e(inv.get('court', 'Fővárosi Törvényszék Cégbírósága'))} · "
             f"Jegyzett tőke: {e(inv.get('capital', '3 000 000 Ft'))} · Székhely: {e(', '.join(s['addr']))} · "
             "A számla az Áfa tv. 169. §-ában előírt adattartalommal rendelkezik. A számla kiegyenlítésével a vevő elfogadja a 2. oldalon található Általános Szerződési Feltételeket. "
             "Késedelmes fizetés esetén a Ptk. 6:155. § szerinti késedelmi kamatot számítunk fel, valamint a 2016. évi IX. törvény szerinti 40 EUR behajtási költségátalányra tartunk igényt. "
             "Reklamációt a számla kézhezvételétől számított 8 napon belül fogadunk el. Az áru a vételár kiegyenlítéséig a szállító tulajdonát képezi.")
    clauses = "".join(f"<p><b>{i}.</b> {e(c)}</p>" for i, c in enumerate(ASZF, 1))
    body = f"""<div class="page">{std_invoice(inv, pr, v=1)}<div class="legal">{legal}</div><div class="pg">1 / 2</div></div>
<div class="page aszf"><h3>{e(s['name'])} – Általános Szerződési Feltételek (ÁSZF)</h3>
<div class="cols">{clauses}</div><div class="pg">2 / 2</div></div>"""
    css = STD_CSS + """
body { font-family: 'DejaVu Serif'; }
.legal { position: absolute; bottom: 16mm; left: 15mm; right: 15mm; font-size: 6.5pt; color: #444; border-top: 1px solid #999; padding-top: 1.5mm; text-align: justify; }
.pg { position: absolute; bottom: 8mm; right: 15mm; font-size: 7pt; }
.aszf { font-size: 7.5pt; } .aszf h3 { font-size: 11pt; } .cols { column-count: 2; column-gap: 8mm; text-align: justify; }
"""
    return html_doc(body, css)


def L_program_box(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    labs = [("Fizetési mód", e(inv["pay"])), ("Teljesítés dátuma", pr.D(inv["fulfil"]) if inv.get("fulfil") else "–"),
            ("Számla kelte", pr.D(inv["issue"])), ("Fizetési határidő", pr.D(inv["due"]) if inv.get("due") else "–")]
    boxes = "".join(f"<td><div class='bl'>{l}</div><div class='bv'>{v}</div></td>" for l, v in labs)
    body = f"""<div class="page">
<table class="top"><tr><td><div class="t">{pr.title().capitalize()}</div></td><td class="r"><div class="bl">Számlaszám</div><div class="num">{e(inv['number'])}</div></td></tr></table>
<table class="pp"><tr><td><div class="bl">Eladó</div><div class="nm">{e(s['name'])}</div>{'<br>'.join(e(a) for a in s['addr'])}
<br>Adószám: {s['tax']}{('<br>EU adószám: ' + s['vat']) if s.get('vat') else ''}<br>Bankszámlaszám: {e(s['bank'])}</td>
<td><div class="bl">Vevő</div><div class="nm">{e(b['name'])}</div>{'<br>'.join(e(a) for a in b['addr'])}
{('<br>Adószám: ' + b['tax']) if b.get('tax') else ''}{('<br>EU adószám: ' + b['vat']) if b.get('vat') else ''}</td></tr></table>
<table class="bx"><tr>{boxes}</tr></table>
{items_table(inv, pr, cols=("desc", "qty", "unit", "price", "rate", "net", "vat", "gross"), heads={"price": "Nettó egységár", "net": "Nettó ár", "vat": "ÁFA érték", "gross": "Bruttó ár"})}
<table class="low"><tr><td class="notes">{notes(inv, pr)}</td><td>{vat_table(inv, pr, title="Összesítés", heads=("ÁFA kulcs", "Nettó ár", "ÁFA érték", "Bruttó ár"))}
<div class="pay"><span>Fizetendő:</span> <span class="nw">{pr.M(inv['gross'])}</span></div></td></tr></table>
<div class="gen">A számlát a Számlakovács online számlázó program készítette · {e(inv['number'])} · 1/1 oldal</div>
</div>"""
    css = """
.page { width: 210mm; height: 297mm; padding: 12mm 14mm; }
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #222; }
.top { width: 100%; margin-bottom: 5mm; } .t { font-size: 26pt; font-weight: bold; color: #2a6; } .num { font-size: 14pt; font-weight: bold; }
.bl { font-size: 7pt; color: #888; text-transform: uppercase; letter-spacing: 0.5px; }
.pp { width: 100%; border-collapse: separate; border-spacing: 3mm 0; margin: 0 -3mm 4mm; } .pp td { width: 50%; border: 1px solid #ccc; border-radius: 2mm; padding: 3mm; vertical-align: top; }
.nm { font-size: 11pt; font-weight: bold; margin: 1mm 0; }
.bx { width: 100%; margin-bottom: 5mm; background: #f1f6f3; } .bx td { padding: 2mm 3mm; width: 25%; } .bv { font-size: 10pt; font-weight: bold; }
.items { width: 100%; } .items th { font-size: 7pt; color: #888; text-transform: uppercase; border-bottom: 2px solid #2a6; padding: 1mm; } .items td { padding: 1.5mm 1mm; border-bottom: 1px solid #eee; }
.low { width: 100%; margin-top: 5mm; } .low td { vertical-align: top; } .low .notes { width: 45%; font-size: 7.5pt; padding-right: 5mm; }
.vcap { font-weight: bold; } .vat { width: 100%; } .vat th, .vat td { padding: 0.8mm 1.5mm; border-bottom: 1px solid #eee; font-size: 8pt; }
.pay { background: #2a6; color: #fff; font-size: 14pt; font-weight: bold; padding: 3mm; margin-top: 3mm; text-align: right; }
.gen { position: absolute; bottom: 8mm; left: 14mm; right: 14mm; text-align: center; font-size: 7pt; color: #999; }
"""
    return html_doc(body, css)


def L_classic_grid(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    meta = meta_rows(inv, pr, [("Számla száma", "number"), ("Számla kelte", "issue"), ("Teljesítés kelte", "fulfil"),
                               ("Fizetési határidő", "due"), ("Fizetés módja", "pay"), ("Előlegszámla száma", "preceding")])
    mrow = "".join(f"<th>{l}</th>" for l, _ in meta)
    mval = "".join(f"<td class='c nw'>{v}</td>" for _, v in meta)
    body = f"""<div class="page">
<div class="t">{pr.title()}</div>
<table class="g"><tr><th style="width:50%">Szállító</th><th>Vevő</th></tr>
<tr><td><b>{e(s['name'])}</b><br>{'<br>'.join(e(a) for a in s['addr'])}<br>Adószám: {s['tax']}<br>Közösségi adószám: {s.get('vat') or '–'}<br>Pénzforgalmi számlaszám: {e(s['bank'])}</td>
<td><b>{e(b['name'])}</b><br>{'<br>'.join(e(a) for a in b['addr'])}{('<br>Adószám: ' + b['tax']) if b.get('tax') else ''}{('<br>Közösségi adószám: ' + b['vat']) if b.get('vat') else ''}</td></tr></table>
<table class="g"><tr>{mrow}</tr><tr>{mval}</tr></table>
{items_table(inv, pr, cols=("no", "code", "desc", "qty", "unit", "price", "net", "rate", "vat", "gross"), cls="g items", heads={"code": "SZJ/VTSZ"})}
{vat_table(inv, pr, title="", heads=("ÁFA-kulcs", "Nettó érték", "ÁFA érték", "Bruttó érték"), total_label="Mindösszesen", cls="g vat")}
<div class="big">Fizetendő végösszeg: <span class="nw">{pr.M(inv['gross'])}</span></div>
<div class="notes">{notes(inv, pr)}</div>
<table class="sig"><tr><td>………………………………<br>kiállító</td><td>………………………………<br>átvevő</td></tr></table>
</div>"""
    css = """
.page { width: 210mm; height: 297mm; padding: 14mm 15mm; }
body { font-family: 'DejaVu Serif'; font-size: 9pt; }
.t { text-align: center; font-size: 20pt; font-weight: bold; letter-spacing: 6px; margin-bottom: 5mm; }
.g { width: 100%; margin-bottom: 3mm; } .g th, .g td { border: 1px solid #000; padding: 1.2mm; vertical-align: top; font-size: 8.5pt; } .g th { background: #eee; font-size: 7.5pt; }
.vat { width: 60%; margin-left: 40%; }
.big { text-align: right; font-size: 12pt; font-weight: bold; margin: 3mm 0; }
.notes { font-size: 8pt; } .sig { width: 100%; margin-top: 20mm; } .sig td { text-align: center; }
"""
    return html_doc(body, css)


def L_buyer_left(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    meta = meta_rows(inv, pr, [("Számlaszám", "number"), ("Helyesbített számla", "preceding"), ("Kiállítás kelte", "issue"),
                               ("Teljesítés kelte", "fulfil"), ("Fizetési határidő", "due"), ("Fizetési mód", "pay")])
    mt = "".join(f"<tr><td class='ml'>{l}</td><td class='nw'>{v}</td></tr>" for l, v in meta)
    body = f"""<div class="page">
<div class="logo"><div class="sn">{e(s['name'])}</div><div>{' | '.join(e(a) for a in s['addr'])}</div>
<div>Adószám: {s['tax']} | Közösségi adószám: {s['vat']} | Bank: {e(s['bank'])}</div></div>
<table class="w"><tr><td class="win"><div class="ml">Címzett / Vevő</div><b>{e(b['name'])}</b><br>{'<br>'.join(e(a) for a in b['addr'])}
{('<br>Adószám: ' + b['tax']) if b.get('tax') else ''}{('<br>Közösségi adószám: ' + b['vat']) if b.get('vat') else ''}</td>
<td class="mb"><div class="t">{pr.title()}</div><table>{mt}</table></td></tr></table>
{items_table(inv, pr, cols=("desc", "qty", "unit", "price", "net", "rate", "vat", "gross"))}
<table class="low"><tr><td class="notes">{notes(inv, pr)}</td><td>{vat_table(inv, pr)}
<table class="tt"><tr><td>Nettó összesen</td><td class="r nw">{pr.M(inv['net'])}</td></tr><tr><td>ÁFA összesen</td><td class="r nw">{pr.M(inv['vat'])}</td></tr>
<tr class="g"><td>Bruttó összesen</td><td class="r nw">{pr.M(inv['gross'])}</td></tr></table></td></tr></table>
</div>"""
    css = """
.page { width: 210mm; height: 297mm; padding: 12mm 16mm; }
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; }
.logo { text-align: right; border-bottom: 1px solid #777; padding-bottom: 2mm; margin-bottom: 8mm; font-size: 7.5pt; } .sn { font-size: 15pt; font-weight: bold; color: #446; }
.w { width: 100%; margin-bottom: 8mm; } .w td { vertical-align: top; } .win { width: 85mm; height: 40mm; padding: 3mm; border: 0.5px solid #bbb; font-size: 10pt; }
.mb { padding-left: 10mm; } .t { font-size: 17pt; font-weight: bold; color: #446; margin-bottom: 2mm; }
.ml { color: #666; font-size: 7.5pt; padding-right: 4mm; }
.items { width: 100%; } .items th { border-top: 1px solid #446; border-bottom: 1px solid #446; font-size: 7.5pt; padding: 1mm; } .items td { padding: 1.2mm 1mm; }
.low { width: 100%; margin-top: 6mm; } .low td { vertical-align: top; } .low .notes { width: 45%; font-size: 7.5pt; padding-right: 5mm; }
.vcap { font-weight: bold; } .vat th, .vat td { padding: 0.8mm 2mm; border-bottom: 1px solid #ddd; }
.tt { width: 100%; margin-top: 3mm; } .tt td { padding: 1mm; } .tt .g td { font-size: 12pt; font-weight: bold; border-top: 2px solid #446; }
"""
    return html_doc(body, css)


def L_stacked(inv, pr):
    s, b = inv["seller"], inv["buyer"]

    def blk(p, role):
        rows = [("Név", f"<b>{e(p['name'])}</b>"), ("Cím", e(", ".join(p["addr"])))]
        if p.get("tax"):
            rows.append(("Adószám", p["tax"]))
        if p.get("vat"):
            rows.append(("Közösségi adószám", p["vat"]))
        if p.get("bank") and role == "Eladó":
            rows.append(("Bankszámla", e(p["bank"])))
        return f"<div class='h'>{role} adatai</div>" + "".join(f"<div class='kv'><span class='k'>{k}:</span> {v}</div>" for k, v in rows)

    meta = meta_rows(inv, pr, [("Bizonylat száma", "number"), ("Érvénytelenített számla", "preceding"), ("Kiállítás dátuma", "issue"),
                               ("Teljesítés dátuma", "fulfil"), ("Fizetési határidő", "due"), ("Fizetési mód", "pay"), ("Pénznem", "cur")])
    md = "".join(f"<div class='kv'><span class='k'>{k}:</span> <span class='nw'>{v}</span></div>" for k, v in meta)
    body = f"""<div class="page">
<div class="t">{pr.title()}</div>
{blk(s, 'Eladó')}{blk(b, 'Vevő')}<div class='h'>Számla adatai</div>{md}
<div class='h'>Tételek</div>
{items_table(inv, pr, cols=("no", "desc", "qty", "unit", "price", "net", "rate", "vat", "gross"))}
<div class='h'>Összesítés</div>{vat_table(inv, pr, title="")}
<div class="kv big"><span class="k">Nettó érték összesen:</span> {pr.M(inv['net'])}</div>
<div class="kv big"><span class="k">ÁFA összesen:</span> {pr.M(inv['vat'])}</div>
<div class="kv big"><span class="k">Bruttó összesen:</span> {pr.M(inv['gross'])}</div>
<div class="notes">{notes(inv, pr)}</div>
</div>"""
    css = """
.page { width: 210mm; height: 297mm; padding: 12mm 20mm; }
body { font-family: 'DejaVu Sans Condensed'; font-size: 9pt; }
.t { font-size: 18pt; font-weight: bold; border-bottom: 3px solid #a00; margin-bottom: 3mm; }
.h { font-weight: bold; background: #f3e6e6; padding: 0.8mm 2mm; margin: 3mm 0 1mm; }
.kv { padding: 0.3mm 2mm; } .k { display: inline-block; width: 48mm; color: #555; }
.items { width: 100%; } .items th { font-size: 7.5pt; border-bottom: 1px solid #000; padding: 0.8mm; } .items td { padding: 0.8mm; border-bottom: 1px solid #eee; }
.vat th, .vat td { padding: 0.6mm 3mm; } .big { font-weight: bold; font-size: 10pt; }
.notes { margin-top: 4mm; font-size: 8pt; }
"""
    return html_doc(body, css)


def L_bilingual(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    meta = meta_rows(inv, pr, [("Számlaszám / Invoice No.", "number"), ("Kiállítás dátuma / Date of issue", "issue"),
                               ("Teljesítés dátuma / Date of supply", "fulfil"), ("Fizetési határidő / Due date", "due"),
                               ("Fizetési mód / Payment", "pay"), ("Pénznem / Currency", "cur"), ("Előlegszámla / Advance invoice", "preceding")])
    mt = "".join(f"<tr><td class='ml'>{l}</td><td class='nw'>{v}</td></tr>" for l, v in meta)
    lab = {"tax": "Adószám / Tax No.:", "vat": "Közösségi adószám / VAT ID:", "bank": "IBAN:"}
    t = pr.title()
    en = {"SZÁMLA": "INVOICE", "ELŐLEGSZÁMLA": "ADVANCE INVOICE", "VÉGSZÁMLA": "FINAL INVOICE"}.get(t, "INVOICE")
    body = f"""<div class="page">
<table class="hd"><tr><td><div class="t">{t} / {en}</div></td><td class="r sm">{e(s['name'])}<br>{'<br>'.join(e(a) for a in s['addr'])}</td></tr></table>
<table class="pp"><tr><td>{party(s, 'Eladó / Seller', lab, [('SWIFT: ' + inv.get('swift', 'HBKAHUHB'))])}</td><td>{party(b, 'Vevő / Buyer', lab)}</td></tr></table>
<table class="mt">{mt}</table>
{items_table(inv, pr, cols=("desc", "qty", "unit", "price", "net", "rate", "vat", "gross"),
             heads={"desc": "Megnevezés / Description", "qty": "Menny. / Qty", "unit": "Egys. / Unit", "price": "Egységár / Unit price",
                    "net": "Nettó / Net", "rate": "ÁFA / VAT", "vat": "ÁFA össz. / VAT amt.", "gross": "Bruttó / Gross"})}
{vat_table(inv, pr, title="ÁFA összesítő / VAT summary", heads=("Kulcs / Rate", "Nettó / Net", "ÁFA / VAT", "Bruttó / Gross"), total_label="Összesen / Total")}
<div class="big">Fizetendő / Amount due: <span class="nw">{pr.M(inv['gross'])}</span></div>
<div class="notes">{notes(inv, pr)}</div>
</div>"""
    css = """
.page { width: 210mm; height: 297mm; padding: 12mm 14mm; }
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; }
.hd { width: 100%; border-bottom: 1px solid #000; margin-bottom: 4mm; } .t { font-size: 16pt; font-weight: bold; } .sm { font-size: 7.5pt; }
.pp { width: 100%; margin-bottom: 3mm; } .pp td { width: 50%; vertical-align: top; padding-right: 5mm; }
.role { font-style: italic; color: #555; } .pname { font-size: 10.5pt; }
.mt { margin-bottom: 4mm; } .ml { color: #555; padding: 0.4mm 5mm 0.4mm 0; }
.items { width: 100%; margin-bottom: 4mm; } .items th { font-size: 7pt; border-bottom: 1px solid #000; border-top: 1px solid #000; padding: 1mm; } .items td { padding: 1mm; }
.vcap { font-weight: bold; } .vat { width: 70%; } .vat th, .vat td { padding: 0.8mm 2mm; border-bottom: 1px solid #ccc; }
.big { font-size: 12pt; font-weight: bold; margin-top: 4mm; }
.notes { font-size: 7.5pt; margin-top: 4mm; }
"""
    return html_doc(body, css)


def L_mono(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    W = 92

    def ln(l="", r=""):
        return e(l + " " * max(1, W - len(l) - len(r)) + r)

    out = [ln(s["name"], pr.title()), ln(", ".join(s["addr"]), "Sorszám: " + inv["number"]),
           ln("Adószám: " + s["tax"], "Kelt: " + pr.D(inv["issue"])),
           ln("Bankszámla: " + s["bank"], "Teljesítés: " + pr.D(inv["fulfil"])),
           ln("", "Fiz. határidő: " + pr.D(inv["due"])), ln("", "Fiz. mód: " + inv["pay"]), "=" * W,
           "VEVŐ: " + e(b["name"]), e(", ".join(b["addr"]))]
    if b.get("tax"):
        out.append("Adószám: " + b["tax"])
    out.append("-" * W)
    out.append(e(f"{'Megnevezés':<36}{'Menny.':>8} {'Egys.':<6}{'Egységár':>11}{'Nettó':>12}{'ÁFA':>5}{'ÁFA össz.':>12}"))
    out.append("-" * W)
    for l in inv["lines"]:
        out.append(e(f"{l['desc'][:36]:<36}{pr.Q(l['qty']):>8} {l['unit']:<6}{pr.A(l['price']):>11}{pr.A(l['net']):>12}{RATE_LABEL[l['rate']]:>5}{pr.A(l['vat']):>12}"))
    out.append("-" * W)
    for r, n, v, g in inv["breakdown"]:
        out.append(e(f"{'ÁFA ' + RATE_LABEL[r] + ' alap:':<20}{pr.A(n):>14}   {'adó:':<6}{pr.A(v):>12}   {'bruttó:':<8}{pr.A(g):>14}"))
    out.append("=" * W)
    out.append(ln("NETTÓ ÖSSZESEN:", pr.M(inv["net"])))
    out.append(ln("ÁFA ÖSSZESEN:", pr.M(inv["vat"])))
    out.append(ln("FIZETENDŐ ÖSSZESEN:", pr.M(inv["gross"])))
    out.append("=" * W)
    body = f"""<div class="page"><pre>{chr(10).join(out)}</pre><div class="notes">{notes(inv, pr)}</div></div>"""
    css = """
.page { width: 210mm; height: 297mm; padding: 15mm 14mm; }
body { font-family: 'DejaVu Sans Mono'; font-size: 8pt; } pre { font-family: 'DejaVu Sans Mono'; font-size: 8pt; margin: 0; }
.notes { margin-top: 5mm; font-size: 7.5pt; }
"""
    return html_doc(body, css)


def L_band(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    meta = meta_rows(inv, pr, [("Számla sorszáma", "number"), ("Kiállítás dátuma", "issue"), ("Teljesítési időpont", "fulfil"),
                               ("Fizetési határidő", "due"), ("Fizetési mód", "pay"), ("Pénznem", "cur")])
    mt = "".join(f"<tr><td class='ml'>{l}</td><td class='nw'><b>{v}</b></td></tr>" for l, v in meta)
    lab = {"tax": "Adószám:", "vat": "Közösségi adószám:", "bank": "IBAN:"}
    body = f"""<div class="page">
<div class="band"><div class="sn">{e(s['name'])}</div><div class="t">{pr.title()}</div></div>
<table class="w"><tr><td>{party(s, 'Eladó', lab)}<br>{party(b, 'Vevő', lab)}</td><td class="mbox"><table>{mt}</table></td></tr></table>
{items_table(inv, pr, cols=("no", "desc", "qty", "unit", "price", "net", "rate", "vat", "gross"))}
<table class="low"><tr><td class="notes">{notes(inv, pr)}</td><td>{vat_table(inv, pr, title="ÁFA összesítés")}
<div class="big"><div>Nettó: {pr.M(inv['net'])}</div><div>ÁFA: {pr.M(inv['vat'])}</div><div class="g">Bruttó fizetendő: {pr.M(inv['gross'])}</div></div></td></tr></table>
</div>"""
    css = """
.page { width: 210mm; height: 297mm; padding: 0 0 10mm; }
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; }
.band { background: #5a2a82; color: #fff; padding: 8mm 14mm; margin-bottom: 6mm; } .band .sn { font-size: 14pt; font-weight: bold; } .band .t { font-size: 22pt; font-weight: bold; text-align: right; margin-top: -8mm; }
.w, .items, .low { margin-left: 14mm; margin-right: 14mm; width: calc(100% - 28mm); }
.w td { vertical-align: top; } .mbox { background: #f0eaf5; padding: 3mm; width: 75mm; }
.role { font-weight: bold; color: #5a2a82; } .pname { font-size: 10pt; } .ml { color: #555; padding: 0.8mm 4mm 0.8mm 0; }
.items { margin-top: 5mm; } .items th { color: #5a2a82; border-bottom: 2px solid #5a2a82; font-size: 7.5pt; padding: 1mm; } .items td { padding: 1.2mm 1mm; border-bottom: 1px solid #eee; }
.low { margin-top: 6mm; } .low td { vertical-align: top; } .low .notes { width: 45%; font-size: 7.5pt; padding-right: 5mm; }
.vcap { font-weight: bold; } .vat th, .vat td { padding: 0.8mm 2mm; }
.big { text-align: right; margin-top: 3mm; } .big .g { font-size: 13pt; font-weight: bold; color: #5a2a82; }
"""
    return html_doc(body, css)


def L_sidebar(inv, pr):
    s, b = inv["seller"], inv["buyer"]
    body = f"""<div class="page"><div class="side">
<div class="sn">{e(s['name'])}</div><div class="sl">Székhely</div>{'<br>'.join(e(a) for a in s['addr'])}
<div class="sl">Adószám</div>{s['tax']}<div class="sl">Közösségi adószám</div>{s['vat']}
<div class="sl">Bankszámlaszám</div>{e(s['bank'])}<div class="sl">Cégjegyzékszám</div>{e(inv.get('regno', ''))}
<div class="sl">Kapcsolat</div>{e(inv.get('email', 'szamla@example.hu'))}</div>
<div class="main">
<div class="t">{pr.title()}</div><div class="num">Számlaszám: {e(inv['number'])}</div>
<table class="w"><tr><td><div class="sl2">Vevő</div><b>{e(b['name'])}</b><br>{'<br>'.join(e(a) for a in b['addr'])}
{('<br>Adószám: ' + b['tax']) if b.get('tax') else ''}</td>
<td><div class="sl2">Kelt</div>{pr.D(inv['issue'])}<div class="sl2">Teljesítés</div>{pr.D(inv['fulfil'])}
<div class="sl2">Határidő</div>{pr.D(inv['due'])}<div class="sl2">Fizetés módja</div>{e(inv['pay'])}</td></tr></table>
{items_table(inv, pr, cols=("desc", "qty", "price", "rate", "net", "gross"), heads={"qty": "Db", "net": "Nettó", "gross": "Bruttó"})}
{vat_table(inv, pr, title="ÁFA-összesítő")}
<div class="big">Fizetendő összeg: <span class="nw">{pr.M(inv['gross'])}</span></div>
<div class="notes">{notes(inv, pr)}</div></div></div>"""
    css = """
.page { width: 210mm; height: 297mm; display: flex; }
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; }
.side { width: 52mm; background: #1d4d4f; color: #eef; padding: 14mm 5mm; font-size: 7.5pt; } .sn { font-size: 12pt; font-weight: bold; margin-bottom: 4mm; }
.sl { color: #9cc; margin-top: 3mm; font-size: 6.5pt; text-transform: uppercase; }
.main { flex: 1; padding: 14mm 10mm; } .t { font-size: 24pt; font-weight: bold; color: #1d4d4f; } .num { font-size: 11pt; margin-bottom: 6mm; }
.w { width: 100%; margin-bottom: 6mm; } .w td { vertical-align: top; width: 50%; } .sl2 { color: #688; font-size: 7pt; margin-top: 1.5mm; }
.items { width: 100%; margin-bottom: 5mm; } .items th { border-bottom: 1px solid #1d4d4f; font-size: 7.5pt; padding: 1mm; } .items td { padding: 1mm; border-bottom: 1px solid #eee; }
.vcap { font-weight: bold; } .vat th, .vat td { padding: 0.8mm 2mm; }
.big { font-size: 13pt; font-weight: bold; margin-top: 4mm; color: #1d4d4f; } .notes { margin-top: 5mm; font-size: 7.5pt; }
"""
    return html_doc(body, css)


LAYOUTS = {
    "cover_letter": L_cover_letter, "inv_delivery": L_inv_delivery, "inv_teljig": L_inv_teljig,
    "orig_copy": L_orig_copy, "peldany": L_peldany, "landscape": L_landscape, "a5": L_a5,
    "utility_csekk": L_utility, "multisite": L_multisite, "aszf": L_aszf, "program_box": L_program_box,
    "classic_grid": L_classic_grid, "buyer_left": L_buyer_left, "stacked": L_stacked, "bilingual": L_bilingual,
    "mono": L_mono, "band": L_band, "sidebar": L_sidebar,
}

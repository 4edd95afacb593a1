# ruff: noqa
from html import escape as e
from .common import fdate, fmoney, RATE_LABEL

LAB = {
 "A": dict(seller="Eladó", buyer="Vevő", num="Számla sorszáma", issue="Számla kelte", ful="Teljesítés dátuma",
           due="Fizetési határidő", tax="Adószám", vat="Közösségi adószám", net="Nettó összesen", vatt="ÁFA összesen",
           gross="Bruttó összesen", pay="Fizetés módja", cur="Pénznem", desc="Megnevezés", qty="Menny.", unit="Egys.",
           price="Egységár", rate="ÁFA kulcs", lnet="Nettó érték", lvat="ÁFA érték", lgross="Bruttó érték", prev="Eredeti számla száma"),
 "B": dict(seller="Szállító", buyer="Megrendelő", num="Számlaszám", issue="Kiállítás dátuma", ful="Teljesítés kelte",
           due="Esedékesség", tax="Adószám", vat="EU adószám", net="Nettó", vatt="ÁFA", gross="Bruttó",
           pay="Fizetési mód", cur="Deviza", desc="Tétel", qty="Mennyiség", unit="Me.", price="Nettó egységár",
           rate="ÁFA %", lnet="Nettó", lvat="ÁFA", lgross="Bruttó", prev="Helyesbített számla"),
 "C": dict(seller="Szolgáltató", buyer="Ügyfél", num="Bizonylatszám", issue="Kelt", ful="Teljesítés",
           due="Fizetési határidő", tax="Adószám", vat="Közösségi adószám", net="Adóalap összesen", vatt="Áthárított adó",
           gross="Fizetendő összeg", pay="Fizetés", cur="Pénznem", desc="Szolgáltatás megnevezése", qty="Menny.",
           unit="Egység", price="Egységár", rate="Adókulcs", lnet="Nettó", lvat="Adó", lgross="Bruttó",
           prev="Érvénytelenített számla"),
 "D": dict(seller="Kibocsátó", buyer="Számlázási cím", num="Sorszám", issue="Számla kelte", ful="Teljesítési időpont",
           due="Fiz. határidő", tax="Adószám", vat="Közösségi adószám", net="Nettó érték összesen", vatt="ÁFA összesen",
           gross="Számla végösszege", pay="Fizetési mód", cur="Pénznem", desc="Megnevezés", qty="Db", unit="Me",
           price="Egységár", rate="ÁFA", lnet="Nettó", lvat="ÁFA", lgross="Bruttó", prev="Módosított számla sorszáma"),
 "EN": dict(seller="Eladó / Seller", buyer="Vevő / Buyer", num="Számlaszám / Invoice no.", issue="Kelt / Issue date",
            ful="Teljesítés / Delivery date", due="Fizetési határidő / Due date", tax="Adószám / Tax no.",
            vat="Közösségi adószám / EU VAT no.", net="Nettó / Net", vatt="ÁFA / VAT", gross="Bruttó / Gross",
            pay="Fizetési mód / Payment", cur="Pénznem / Currency", desc="Megnevezés / Description", qty="Menny. / Qty",
            unit="Me. / Unit", price="Egységár / Unit price", rate="ÁFA / VAT rate", lnet="Nettó / Net",
            lvat="ÁFA / VAT", lgross="Bruttó / Gross", prev="Eredeti számla / Original invoice"),
 "DE": dict(seller="Verkäufer / Eladó", buyer="Käufer / Vevő", num="Rechnungsnummer / Számlaszám",
            issue="Rechnungsdatum / Kelt", ful="Leistungsdatum / Teljesítés", due="Fällig am / Fizetési határidő",
            tax="Steuernummer / Adószám", vat="UID-Nr. / Közösségi adószám", net="Netto / Nettó", vatt="USt. / ÁFA",
            gross="Brutto / Bruttó", pay="Zahlung / Fizetés", cur="Währung / Pénznem", desc="Leistung / Megnevezés",
            qty="Menge", unit="Einh.", price="Einzelpreis", rate="USt.", lnet="Netto", lvat="USt.", lgross="Brutto",
            prev="Ursprüngliche Rechnung"),
 "ENO": dict(seller="Supplier", buyer="Bill to", num="Invoice number", issue="Invoice date", ful="Service period end",
            due="Payment due", tax="Tax ID", vat="VAT ID", net="Subtotal", vatt="VAT", gross="Total due", pay="Payment",
            cur="Currency", desc="Description", qty="Qty", unit="Unit", price="Unit price", rate="VAT rate",
            lnet="Amount", lvat="VAT", lgross="Total", prev="Original invoice"),
}

T_LAB_STORNO = {"Sorszám": "Sztornózott számla sorszáma", "Számlaszám": "Érvénytelenített számla", "Számla sorszáma": "Sztornózott számla"}

TITLES = {"normal": "Számla", "advance": "Előlegszámla", "final": "Végszámla", "correction": "Helyesbítő számla",
          "storno": "Sztornó számla", "proforma": "Díjbekérő"}
TITLES_EN = {"normal": "Számla / Invoice", "advance": "Előlegszámla / Advance invoice", "final": "Végszámla / Final invoice",
             "correction": "Helyesbítő számla / Credit note", "storno": "Sztornó számla / Cancellation",
             "proforma": "Díjbekérő / Pro forma"}


def party(p, L, show_addr=True):
    out = [f'<div class="pname">{e(p["name"])}</div>']
    if show_addr and p.get("addr"):
        out.append(f'<div>{e(p["addr"])}</div>')
    if p.get("tax"):
        out.append(f'<div><span class="lbl">{L["tax"]}:</span> {p["tax"]}</div>')
    if p.get("vat"):
        out.append(f'<div><span class="lbl">{L["vat"]}:</span> {p["vat"]}</div>')
    if p.get("bank"):
        out.append(f'<div><span class="lbl">Bankszámla:</span> {e(p["bank"])}</div>')
    return "\n".join(out)


def meta_items(inv, L, order):
    df = inv["df"]
    m = {"num": inv["num"], "issue": fdate(inv["issue"], df), "ful": fdate(inv.get("ful"), df),
         "due": fdate(inv.get("due"), df), "pay": inv.get("pay", "átutalás"), "cur": inv["cur"],
         "prev": inv.get("prev_print") or inv.get("prev")}
    items = []
    if inv["kind"] == "storno" and T_LAB_STORNO.get(L["num"]):
        L = dict(L, prev=T_LAB_STORNO[L["num"]])
    for k in order:
        if m.get(k):
            items.append((L[k], m[k]))
    return items


def meta_html(items, mode):
    if mode == "grid":
        return '<table class="meta grid">' + "".join(f"<tr><td class='lbl'>{k}:</td><td><b>{v}</b></td></tr>" for k, v in items) + "</table>"
    if mode == "table":
        return ('<table class="meta htab"><tr>' + "".join(f"<th>{k}</th>" for k, _ in items) + "</tr><tr>"
                + "".join(f"<td>{v}</td>" for _, v in items) + "</tr></table>")
    if mode == "right":
        return '<div class="meta right">' + "".join(f"<div><span class='lbl'>{k}</span>&nbsp;&nbsp;{v}</div>" for k, v in items) + "</div>"
    if mode == "inline":
        return '<div class="meta inline">' + " &nbsp;|&nbsp; ".join(f"{k}: <b>{v}</b>" for k, v in items) + "</div>"
    if mode == "boxes":
        return '<div class="meta boxes">' + "".join(f"<div class='box'><div class='tiny'>{k}</div><div class='val'>{v}</div></div>" for k, v in items) + "</div>"
    if mode == "stack":
        return '<div class="meta stack">' + "".join(f"<div class='tiny'>{k}</div><div class='val'>{v}</div>" for k, v in items) + "</div>"
    raise ValueError(mode)


def lines_html(inv, L, cols):
    mf, cur = inv["mf"], inv["cur"]
    f = lambda x: fmoney(x, mf, cur)
    hdr = {"desc": L["desc"], "qty": L["qty"], "unit": L["unit"], "price": L["price"], "rate": L["rate"],
           "net": L["lnet"], "vat": L["lvat"], "gross": L["lgross"]}
    rows = []
    for ln in inv["_lines"]:
        cell = {"desc": e(ln["desc"]), "qty": fmoney(ln["qty"], "plain", "HUF") if ln["qty"] == int(ln["qty"]) else str(ln["qty"]).replace(".", ","),
                "unit": ln["unit"], "price": f(ln["price"]), "rate": RATE_LABEL[ln["rate"]], "net": f(ln["net"]),
                "vat": f(ln["vat"]), "gross": f(ln["gross"])}
        rows.append("<tr>" + "".join(f"<td class='{c}'>{cell[c]}</td>" for c in cols) + "</tr>")
    return ('<table class="lines"><thead><tr>' + "".join(f"<th class='{c}'>{hdr[c]}</th>" for c in cols)
            + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def totals_html(inv, L, mode):
    mf, cur = inv["mf"], inv["cur"]
    f = lambda x: fmoney(x, mf, cur)
    out = []
    if mode in ("summary", "both"):
        out.append(f'<table class="summary"><caption style="text-align:right;font-size:0.8em">ÁFA-összesítő ({cur})</caption><tr><th>{L["rate"]}</th><th>{L["lnet"]}</th><th>{L["lvat"]}</th><th>{L["lgross"]}</th></tr>')
        for s in inv["_summary"]:
            out.append(f"<tr><td>{RATE_LABEL[s['rate']]}</td><td>{f(s['net'])}</td><td>{f(s['vat'])}</td><td>{f(s['gross'])}</td></tr>")
        out.append(f"<tr class='tot'><td>Összesen</td><td>{f(inv['_net'])}</td><td>{f(inv['_vat'])}</td><td>{f(inv['_gross'])}</td></tr></table>")
    if mode in ("lines", "both"):
        out.append('<table class="totlines">')
        out.append(f"<tr><td>{L['net']}:</td><td>{f(inv['_net'])} {cur}</td></tr>")
        out.append(f"<tr><td>{L['vatt']}:</td><td>{f(inv['_vat'])} {cur}</td></tr>")
        out.append(f"<tr class='grand'><td>{L['gross']}:</td><td>{f(inv['_gross'])} {cur}</td></tr></table>")
    if mode == "bigbox":
        out.append(f"<div class='bigbox'><div>{L['net']}: {f(inv['_net'])}</div><div>{L['vatt']}: {f(inv['_vat'])}</div>"
                   f"<div class='g'>{L['gross']}: {f(inv['_gross'])} {cur}</div></div>")
    if inv.get("fx"):
        out.append(f"<p class='fx'>Árfolyam: 1 {cur} = {inv['fx'].replace('.', ',')} HUF (MNB, {fdate(inv.get('ful') or inv['issue'], inv['df'])}). "
                   f"ÁFA forintban: {fmoney(inv['_vat_huf'], 'space', 'HUF')} Ft</p>")
    return "\n".join(out)


BASE_CSS = """
@page { size: A4; margin: 14mm; }
body { margin:0; }
table { border-collapse: collapse; }
.lines { width:100%; margin-top:10px; }
.lines td, .lines th { padding:3px 5px; }
.lines td.price,.lines td.net,.lines td.vat,.lines td.gross,.lines td.qty { text-align:right; white-space:nowrap; }
.summary { margin-top:10px; margin-left:auto; }
.summary td,.summary th { padding:2px 8px; text-align:right; }
.totlines { margin-left:auto; margin-top:8px; }
.totlines td { padding:2px 8px; text-align:right; }
.grand td { font-weight:bold; font-size:1.15em; }
.bigbox { border:2px solid #000; padding:8px; margin-top:10px; width:55%; margin-left:auto; text-align:right; }
.bigbox .g { font-size:1.3em; font-weight:bold; }
.pname { font-weight:bold; }
.meta.htab { width:100%; margin:8px 0; } .meta.htab th,.meta.htab td { border:1px solid #444; padding:3px; font-size:0.85em; }
.meta.right { text-align:right; }
.meta.boxes { display:flex; flex-wrap:wrap; gap:6px; margin:8px 0; } .meta.boxes .box { border:1px solid #333; padding:3px 8px; min-width:100px; }
.tiny { font-size:0.7em; color:#777; }
.fx { font-size:0.85em; }
.note { font-size:0.8em; margin-top:8px; }
"""


def build(inv, T):
    L = LAB[T["labels"]]
    title = (TITLES_EN if T["labels"] in ("EN", "DE") else TITLES)[inv["kind"]]
    if T["labels"] == "ENO":
        title = "INVOICE"
    if T.get("caps"):
        title = title.upper()
    meta = meta_html(meta_items(inv, L, T.get("order", ["num", "issue", "ful", "due", "pay", "cur", "prev"])), T["meta"])
    s, b = inv["seller"], inv["buyer"]
    sel = party(s, L)
    buy = party(b, L) if b else ""
    lay = T["parties"]
    head = ""
    if lay == "two_col":
        head = (f"<h1>{title}</h1><table style='width:100%'><tr><td style='width:50%;vertical-align:top;border:1px solid #999;padding:6px'>"
                f"<div class='lbl'>{L['seller']}</div>{sel}</td><td style='vertical-align:top;border:1px solid #999;padding:6px'>"
                f"<div class='lbl'>{L['buyer']}</div>{buy}</td></tr></table>{meta}")
    elif lay == "stacked":
        head = (f"<div style='text-align:center'><h2>{title}</h2></div>{meta}<h4>{L['seller']}</h4>{sel}"
                f"<h4>{L['buyer']}</h4>{buy}")
    elif lay == "letterhead":
        head = (f"<div style='border-bottom:3px solid #222;padding-bottom:6px;display:flex;justify-content:space-between'>"
                f"<div style='font-size:1.6em'>{e(s['name'])}</div><div style='font-size:0.8em;text-align:right'>{e(s.get('addr',''))}<br>"
                f"{L['tax']}: {s.get('tax') or ''}{'<br>'+L['vat']+': '+s['vat'] if s.get('vat') else ''}</div></div>"
                f"<div style='display:flex;justify-content:space-between;margin-top:14px'><div><div class='lbl'>{L['buyer']}</div>{buy}</div>"
                f"<div><h2 style='margin:0'>{title}</h2>{meta}</div></div>")
    elif lay == "footer":
        head = (f"<div style='display:flex;justify-content:space-between'><div style='font-size:2em;letter-spacing:3px'>{title}</div>{meta}</div>"
                f"<div style='margin-top:12px'><div class='lbl'>{L['buyer']}</div>{buy}</div>")
    elif lay == "right_buyer":
        head = (f"<div style='display:flex;justify-content:space-between'><div>{sel}</div><div style='text-align:right'><h1 style='margin:0'>{title}</h1>{meta}</div></div>"
                f"<div style='margin:14px 0 0 55%;border-left:3px solid #888;padding-left:8px'><div class='lbl'>{L['buyer']}</div>{buy}</div>")
    body = lines_html(inv, L, T["cols"])
    filler = ""
    if T.get("pagebreak"):
        filler = "<div style='page-break-after:always'></div><p class='note'>2. oldal / 2</p>"
    tot = totals_html(inv, L, T["totals"])
    notes = "".join(f"<p class='note'>{e(n)}</p>" for n in inv.get("notes", []))
    foot = ""
    if lay == "footer":
        foot = (f"<div style='position:fixed;bottom:0;left:0;right:0;border-top:1px solid #000;font-size:0.75em;padding-top:4px'>"
                f"{L['seller']}: <b>{e(s['name'])}</b> · {e(s.get('addr',''))} · {L['tax']}: {s.get('tax') or ''}"
                f"{' · '+L['vat']+': '+s['vat'] if s.get('vat') else ''} · {e(s.get('bank',''))}</div>")
    css = BASE_CSS + T["css"]
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{head}{body}{filler}{tot}{notes}{foot}</body></html>"


TEMPLATES = {
 "agency_two_col": dict(labels="A", parties="two_col", meta="grid", cols=["desc", "qty", "unit", "price", "rate", "net", "vat", "gross"], totals="both",
     css="body{font-family:'DejaVu Sans';font-size:10pt} .lines th{background:#223;color:#fff} .lines td{border-bottom:1px solid #ccc} .lbl{color:#555;font-size:0.8em}"),
 "airtime_htab": dict(labels="B", parties="stacked", meta="table", cols=["desc", "qty", "unit", "price", "net", "rate"], totals="summary",
     order=["num", "ful", "issue", "due", "pay", "prev"],
     css="body{font-family:'DejaVu Serif';font-size:10.5pt} .lines th,.lines td{border:1px solid #000} h4{margin:8px 0 2px;text-transform:uppercase;font-size:0.8em}"),
 "billboard_letterhead": dict(labels="A", parties="letterhead", meta="right", cols=["desc", "qty", "price", "net", "rate", "vat", "gross"], totals="lines",
     order=["num", "issue", "ful", "due", "prev"],
     css="body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:10pt;color:#111} .lines thead{border-top:2px solid #000;border-bottom:2px solid #000} .lbl{font-variant:small-caps}"),
 "rental_footer": dict(labels="D", parties="footer", meta="stack", cols=["desc", "qty", "unit", "price", "net", "rate"], totals="both",
     order=["num", "issue", "ful", "due", "cur", "prev"],
     css="body{font-family:'DejaVu Sans';font-size:9.5pt} .meta.stack{text-align:right} .lines th{border-bottom:1px solid #000;text-align:left} .lbl{color:#999;font-size:0.75em}"),
 "freelance_right_buyer": dict(labels="C", parties="right_buyer", meta="grid", cols=["desc", "net", "rate", "vat", "gross"], totals="lines",
     order=["num", "issue", "ful", "due", "pay"],
     css="body{font-family:'DejaVu Serif';font-size:11pt;max-width:170mm} .lines th{font-style:italic;border-bottom:1px dotted #000} .lbl{font-style:italic}"),
 "bilingual_en_boxes": dict(labels="EN", parties="two_col", meta="boxes", cols=["desc", "qty", "unit", "price", "rate", "net", "vat", "gross"], totals="summary",
     order=["num", "issue", "ful", "due", "cur", "prev"],
     css="body{font-family:'DejaVu Sans';font-size:8.5pt} h1{font-size:16pt;color:#036} .lines th{background:#def;font-size:7.5pt}"),
 "austria_de_letterhead": dict(labels="DE", parties="letterhead", meta="grid", cols=["desc", "qty", "unit", "price", "net"], totals="lines",
     order=["num", "issue", "ful", "due", "cur"],
     css="body{font-family:'DejaVu Sans Light','DejaVu Sans';font-size:9.5pt} .lines th{border-bottom:1px solid #888;text-align:left;color:#444}"),
 "mono_dotmatrix": dict(labels="A", parties="stacked", meta="grid", cols=["desc", "qty", "unit", "price", "rate", "net"], totals="both", caps=True,
     css="body{font-family:'DejaVu Sans Mono';font-size:9pt} h2{letter-spacing:6px} .lines th,.lines td{border-bottom:1px dashed #000}"),
 "receipt_narrow": dict(labels="C", parties="stacked", meta="grid", cols=["desc", "qty", "gross", "rate"], totals="lines", caps=True,
     order=["num", "issue", "ful", "pay"],
     css="body{font-family:'DejaVu Sans Mono';font-size:8.5pt;width:80mm;margin:0 auto} h4{margin:6px 0 0;font-size:8pt}"),
 "boxed_fields": dict(labels="B", parties="two_col", meta="boxes", cols=["desc", "qty", "unit", "price", "rate", "net", "gross"], totals="bigbox",
     order=["issue", "ful", "due", "num", "pay", "prev"],
     css="body{font-family:'DejaVu Sans';font-size:9.5pt} h1{text-align:right;font-weight:300} .lines td,.lines th{border:1px solid #666}"),
 "footer_seller_htab": dict(labels="B", parties="footer", meta="table", cols=["desc", "qty", "price", "rate", "net", "vat", "gross"], totals="summary",
     order=["num", "issue", "ful", "due", "prev"],
     css="body{font-family:'DejaVu Serif Condensed','DejaVu Serif';font-size:10pt} .lines th{background:#eee}"),
 "multipage_ledger": dict(labels="D", parties="two_col", meta="table", cols=["desc", "qty", "unit", "price", "rate", "net", "vat", "gross"], totals="both", pagebreak=True,
     order=["num", "issue", "ful", "due", "pay", "cur"],
     css="body{font-family:'DejaVu Sans';font-size:9pt} .lines tr:nth-child(even){background:#f3f3f3} .lbl{font-weight:bold;font-size:0.75em}"),
 "grey_small_labels": dict(labels="A", parties="right_buyer", meta="stack", cols=["desc", "qty", "unit", "price", "net", "rate", "vat"], totals="bigbox",
     order=["num", "issue", "ful", "due", "prev"],
     css="body{font-family:'DejaVu Sans';font-size:10pt} .lbl,.tiny{color:#aaa;font-size:6.5pt;text-transform:uppercase} .lines th{color:#aaa;font-size:6.5pt;text-align:left}"),
 "caps_serif_inline": dict(labels="D", parties="stacked", meta="inline", cols=["desc", "qty", "unit", "price", "rate", "net", "vat", "gross"], totals="lines", caps=True,
     order=["num", "issue", "ful", "due", "prev"],
     css="body{font-family:'DejaVu Serif';font-size:10pt} h2{font-size:20pt;border-top:4px double #000;border-bottom:4px double #000} h4{text-transform:uppercase}"),
 "stock_en_only": dict(labels="ENO", parties="right_buyer", meta="grid", cols=["desc", "qty", "price", "net"], totals="lines",
     order=["num", "issue", "ful", "due", "cur"],
     css="body{font-family:'DejaVu Sans';font-size:10pt;color:#222} h1{color:#c30} .lines th{text-align:left;border-bottom:2px solid #c30}"),
}

# ruff: noqa
"""HTML rendering of the ZA invoices: manual pagination, carried-forward page sums, repeated headers."""
import html
from decimal import Decimal

D = Decimal
MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
          "október", "november", "december"]


def fdate(d, style):
    if d is None:
        return ""
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{d.year}. {MONTHS[d.month - 1]} {d.day}."
    if style == "dotsp":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    raise ValueError(style)


def famt(x, style, eur):
    x = D(x)
    neg = x < 0
    x = abs(x)
    if eur:
        s = f"{x:,.2f}"
        if style in ("space", "dotdash"):
            s = s.replace(",", " ").replace(".", ",")
        elif style == "dot":
            s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    else:
        s = f"{int(x):,}"
        if style == "space":
            s = s.replace(",", " ")
        elif style == "dot":
            s = s.replace(",", ".")
        elif style == "dotdash":
            s = s.replace(",", ".") + ",-"
    return ("-" + s) if neg else s


def fqty(q):
    q = D(q)
    if q == q.to_integral_value():
        return str(int(q))
    return f"{q.normalize()}".replace(".", ",")


def e(s):
    return html.escape(str(s))


LABELS = {
    "a": dict(number="Számla sorszáma", issue="Számla kelte", fulfil="Teljesítés dátuma", due="Fizetési határidő",
              seller="Eladó", buyer="Vevő", tax="Adószám", eu="Közösségi adószám", net="Nettó", vat="ÁFA", gross="Bruttó",
              payable="Fizetendő összesen", pay="Fizetési mód", bank="Bankszámlaszám", rate="ÁFA-kulcs",
              netsum="Nettó összesen", vatsum="ÁFA összesen", grosssum="Bruttó összesen"),
    "b": dict(number="Számlaszám", issue="Kiállítás dátuma", fulfil="Teljesítés kelte", due="Esedékesség",
              seller="Szállító", buyer="Vevő", tax="Adószám", eu="EU adószám", net="Nettó érték", vat="ÁFA érték", gross="Bruttó érték",
              payable="Fizetendő", pay="Fizetés módja", bank="Számlaszám (bank)", rate="ÁFA %",
              netsum="Nettó érték összesen", vatsum="ÁFA érték összesen", grosssum="Bruttó érték összesen"),
    "c": dict(number="Sorszám", issue="Kelt", fulfil="Teljesítés", due="Fizetési határidő",
              seller="Számlakibocsátó (eladó)", buyer="Vevő (megrendelő)", tax="Adószám", eu="Közösségi adószám",
              net="Adóalap", vat="Adó", gross="Összesen", payable="FIZETENDŐ", pay="Fizetési mód", bank="Bankszámla",
              rate="Adókulcs", netsum="Adóalap összesen", vatsum="Áthárított adó", grosssum="Számla végösszege"),
    "d": dict(number="Bizonylatszám", issue="Számla kelte", fulfil="Teljesítési időpont", due="Fizetési határidő",
              seller="Szállító", buyer="Megrendelő / Vevő", tax="Adószám", eu="Közösségi adószám", net="Nettó", vat="Áfa",
              gross="Bruttó", payable="Fizetendő végösszeg", pay="Fizetési feltétel", bank="Bankszámlaszám", rate="Áfakulcs",
              netsum="Nettó", vatsum="Áfa", grosssum="Bruttó"),
}

COLS = {
    "no": ("#", "c"), "code": ("Cikkszám", "l"), "name": ("Megnevezés", "l"), "dn": ("Szállítólevél", "l"),
    "order": ("Rendelés", "l"), "qty": ("Menny.", "r"), "unit": ("Me.", "l"), "price": ("Egységár", "r"),
    "disc": ("Eng. %", "r"), "net": ("Nettó érték", "r"), "rate": ("ÁFA", "c"), "dnd": ("Száll. kelte", "l"),
}


def rate_label(r, cfg):
    if r in ("27", "18", "5", "0"):
        return f"{r}%" if cfg.get("pct_tight") else f"{r} %"
    if r == "EU":
        return "0% (EU ford.)"
    return r


def cell(col, ln, cfg, eur, idx):
    a = cfg["amt"]
    if col == "no":
        return str(idx)
    if col == "code":
        return ln["code"]
    if col == "name":
        return e(ln["name"])
    if col == "dn":
        return ln.get("dn", "")
    if col == "dnd":
        return fdate(ln.get("dn_date"), cfg["date"]) if ln.get("dn_date") else ""
    if col == "order":
        return ln.get("order", "")
    if col == "qty":
        return fqty(ln["qty"])
    if col == "unit":
        return e(ln["unit"])
    if col == "price":
        return famt(ln["price"], a, eur) if eur else famt(ln["price"], "dot" if a == "dotdash" else a, eur)
    if col == "disc":
        return f"{ln['disc']}" if ln.get("disc") else ""
    if col == "net":
        return famt(ln["net"], a, eur)
    if col == "rate":
        return rate_label(ln["rate"], cfg)
    raise ValueError(col)


BASE_CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; font-family: %(font)s; font-size: %(fs)spt; color: #111; }
.page { width: 210mm; height: 296mm; padding: 11mm 13mm 14mm 13mm; position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
table { border-collapse: collapse; }
td, th { white-space: nowrap; }
.items { width: 100%%; margin-top: 3mm; }
.items th { font-weight: bold; padding: 1.2mm 1.2mm; border-bottom: 1px solid %(acc)s; }
.items td { padding: 0.55mm 1.2mm; }
.r { text-align: right; } .c { text-align: center; } .l { text-align: left; }
.carry td { font-weight: bold; border-top: 1px solid #555; padding-top: 1mm; }
.carryin td { font-style: italic; border-bottom: 1px solid #999; }
.grp td { font-weight: bold; background: #eee; padding-top: 1mm; }
.foot { position: absolute; bottom: 6mm; left: 13mm; right: 13mm; font-size: 7pt; color: #444; border-top: 1px solid #aaa; padding-top: 1mm; display: flex; justify-content: space-between; }
.pghead { display: flex; justify-content: space-between; border-bottom: 1.5px solid %(acc)s; padding-bottom: 1.5mm; margin-bottom: 2mm; }
.party { vertical-align: top; padding: 2mm 3mm; }
.partyname { font-weight: bold; font-size: 1.15em; }
.lbl { color: #444; }
.tot td { padding: 0.8mm 2mm; }
.big { font-size: 1.35em; font-weight: bold; }
.note { font-size: 0.9em; margin-top: 2mm; white-space: normal; }
"""

THEMES = {
    "band": ".title { background: %(acc)s; color: #fff; padding: 3mm 4mm; font-size: 18pt; font-weight: bold; letter-spacing: 1px; }"
            ".items th { background: %(acc)s; color: #fff; }",
    "box": ".title { border: 2px solid %(acc)s; padding: 2mm 4mm; font-size: 16pt; font-weight: bold; text-align: center; }"
           ".items td, .items th { border: 0.5px solid #999; }",
    "plain": ".title { font-size: 20pt; font-weight: normal; border-bottom: 3px double #000; padding-bottom: 1mm; }"
             ".items tr:nth-child(even) td { background: #f3f3f3; }",
    "right": ".title { text-align: right; font-size: 22pt; font-weight: bold; color: %(acc)s; }"
             ".items th { border-top: 2px solid %(acc)s; border-bottom: 2px solid %(acc)s; }",
    "center": ".title { text-align: center; font-size: 17pt; font-weight: bold; text-transform: uppercase; margin-bottom: 2mm; }"
              ".items th { border-top: 1px solid #000; border-bottom: 1px solid #000; background: #ddd; }",
    "mono": ".title { font-size: 14pt; font-weight: bold; border-top: 1px dashed #000; border-bottom: 1px dashed #000; text-align: center; padding: 1mm; }"
            ".items th { border-bottom: 1px dashed #000; }",
}


def party_html(p, role_label, L, cfg, show_eu, private=False):
    out = [f"<div class='lbl'><b>{e(role_label)}</b></div>", f"<div class='partyname'>{e(p['name'])}</div>", f"<div>{e(p['addr'])}</div>"]
    if p.get("tax"):
        out.append(f"<div><span class='lbl'>{L['tax']}:</span> {p['tax']}</div>")
    if show_eu and p.get("eu"):
        out.append(f"<div><span class='lbl'>{L['eu']}:</span> {p['eu']}</div>")
    if p.get("bank"):
        out.append(f"<div><span class='lbl'>{L['bank']}:</span> {e(p['bank'])}</div>")
    return "".join(out)


def meta_rows(inv, L, cfg):
    ds = cfg["date"]
    rows = [(inv.get("number_label") or L["number"], f"<b>{e(inv['number'])}</b>")]
    rows.append((L["issue"], fdate(inv["issue"], ds)))
    if inv.get("fulfil"):
        rows.append((L["fulfil"], fdate(inv["fulfil"], ds)))
    if inv.get("due"):
        rows.append((L["due"], fdate(inv["due"], ds)))
    rows.append((L["pay"], e(inv["pay"])))
    if inv.get("period"):
        rows.append(("Elszámolási időszak", e(inv["period"])))
    if inv.get("pre_label"):
        rows.append((inv["pre_label"], f"<b>{e(inv['preceding'])}</b>"))
    rows.append(("Pénznem", inv["currency"]))
    return rows


def meta_html(inv, L, cfg):
    rows = meta_rows(inv, L, cfg)
    if cfg["meta"] == "grid":
        ths = "".join(f"<th style='border:1px solid #888;padding:1mm 2mm;font-weight:normal;font-size:0.9em'>{e(k)}</th>" for k, _ in rows)
        tds = "".join(f"<td style='border:1px solid #888;padding:1mm 2mm;text-align:center'>{v}</td>" for _, v in rows)
        return f"<table style='width:100%;margin-top:2mm'><tr>{ths}</tr><tr>{tds}</tr></table>"
    if cfg["meta"] == "line":
        return "<div style='margin-top:2mm;white-space:normal'>" + " &nbsp;|&nbsp; ".join(f"<span class='lbl'>{e(k)}:</span> {v}" for k, v in rows) + "</div>"
    return "<table>" + "".join(f"<tr><td class='lbl' style='padding:0.4mm 3mm 0.4mm 0'>{e(k)}:</td><td>{v}</td></tr>" for k, v in rows) + "</table>"


def first_header(inv, cfg, L):
    s, b = inv["seller"], inv["buyer"]
    seller = party_html(s, L["seller"], L, cfg, cfg.get("seller_eu", True))
    buyer = party_html(b, L["buyer"], L, cfg, inv["show_buyer_eu"])
    title = f"<div class='title'>{e(inv['title'])}</div>"
    meta = meta_html(inv, L, cfg)
    p = cfg["parties"]
    if p == "side":
        parties = (f"<table style='width:100%;margin-top:2mm'><tr><td class='party' style='width:50%;border:1px solid #999'>{seller}</td>"
                   f"<td class='party' style='width:50%;border:1px solid #999'>{buyer}</td></tr></table>")
        return title + parties + meta
    if p == "side_rev":
        parties = (f"<table style='width:100%;margin-top:2mm'><tr><td class='party' style='width:50%;background:#f0f0f0'>{buyer}</td>"
                   f"<td class='party' style='width:50%'>{seller}</td></tr></table>")
        return title + meta + parties
    if p == "stack":
        return (title + f"<table style='width:100%;margin-top:2mm'><tr><td class='party' style='width:58%'>{seller}"
                f"<div style='height:2mm'></div>{buyer}</td><td style='vertical-align:top;padding-top:2mm'>{meta}</td></tr></table>")
    if p == "window":
        meta = meta_html(inv, L, dict(cfg, meta="kv"))
        # seller as letterhead, buyer in an envelope window on the right
        head = (f"<table style='width:100%'><tr><td style='vertical-align:top;width:55%'>{seller}</td>"
                f"<td style='vertical-align:top'>{title}</td></tr></table>")
        return head + (f"<table style='width:100%;margin-top:3mm'><tr><td style='vertical-align:top;width:50%'>{meta}</td>"
                       f"<td class='party' style='border:1px solid #000;border-radius:2mm'>{buyer}</td></tr></table>")
    if p == "topmeta":
        return (f"<table style='width:100%'><tr><td style='vertical-align:top'>{title}</td><td style='vertical-align:top;width:45%'>{meta}</td></tr></table>"
                f"<table style='width:100%;margin-top:2mm'><tr><td class='party' style='width:50%;border-top:2px solid {cfg['acc']}'>{seller}</td>"
                f"<td class='party' style='border-top:2px solid {cfg['acc']}'>{buyer}</td></tr></table>")
    raise ValueError(p)


def page_header(inv, cfg, p, n):
    t = cfg["pg"].format(num=inv["number"], p=p, n=n, title=inv["title"].capitalize(), short=inv["seller"]["short"])
    return f"<div class='pghead'><span><b>{e(inv['seller']['name'])}</b></span><span>{e(t)}</span></div>"


def totals_html(inv, cfg, L):
    eur = inv["currency"] != "HUF"
    a = cfg["amt"]
    cur = cfg["cur_eur"] if eur else cfg["cur_huf"]
    sfx = f" {cur}" if cur else ""
    rows = "".join(
        f"<tr><td>{rate_label(b['rate'], cfg)}</td><td class='r'>{famt(b['net'], a, eur)}{sfx}</td>"
        f"<td class='r'>{famt(b['vat'], a, eur)}{sfx}</td><td class='r'>{famt(b['gross'], a, eur)}{sfx}</td></tr>"
        for b in inv["breakdown"])
    net, vat, gross = famt(inv["net"], a, eur), famt(inv["vat"], a, eur), famt(inv["gross"], a, eur)
    bd = (f"<table class='tot' style='margin-top:3mm;border:1px solid #888'><tr style='background:#e8e8e8'><th>{L['rate']}</th>"
          f"<th class='r'>{L['net']}</th><th class='r'>{L['vat']}</th><th class='r'>{L['gross']}</th></tr>{rows}"
          f"<tr style='font-weight:bold;border-top:1px solid #000'><td>Összesen</td><td class='r'>{net}{sfx}</td><td class='r'>{vat}{sfx}</td>"
          f"<td class='r'>{gross}{sfx}</td></tr></table>")
    sums = (f"<table class='tot' style='margin-top:3mm;margin-left:auto'>"
            f"<tr><td>{L['netsum']}:</td><td class='r'>{net}{sfx}</td></tr>"
            f"<tr><td>{L['vatsum']}:</td><td class='r'>{vat}{sfx}</td></tr>"
            f"<tr><td>{L['grosssum']}:</td><td class='r'>{gross}{sfx}</td></tr></table>")
    pay = f"<div style='margin-top:3mm;text-align:right' class='big'>{L['payable']}: {gross}{sfx}</div>"
    if cfg["totals"] == "table":
        out = bd + pay
    elif cfg["totals"] == "lines":
        out = f"<table style='width:100%'><tr><td style='vertical-align:top'>{bd}</td><td style='vertical-align:top'>{sums}</td></tr></table>" + pay
    else:  # box
        out = (f"<table style='width:100%'><tr><td style='vertical-align:top'>{bd}</td><td style='vertical-align:bottom;text-align:right'>"
               f"<div style='border:2px solid {cfg['acc']};padding:3mm;display:inline-block'><div>{L['payable']}</div>"
               f"<div class='big'>{gross}{sfx}</div></div></td></tr></table>")
    if eur:
        hv = famt(inv["vat_huf"], "space" if a != "dot" else "dot", False)
        out += (f"<div class='note'>Alkalmazott árfolyam: 1 EUR = {inv['fx_str']} HUF ({inv['fx_src']}). "
                f"Az áthárított ÁFA összege forintban: {hv} Ft.</div>")
    for nt in inv.get("notes", []):
        out += f"<div class='note'>{e(nt)}</div>"
    return out


def paginate(n_rows, r1, rm, rl):
    """Split n_rows into page chunks: first page r1, middle pages rm, the last page (with totals) at most rl rows."""
    chunks = []
    left = n_rows
    cap = r1
    while True:
        if left <= (min(cap, rl)):
            chunks.append(left)
            return chunks
        take = min(cap, left)
        if take == left:
            take = left - max(1, min(rl, left // 4))
        chunks.append(take)
        left -= take
        cap = rm


def render(inv, cfg):
    L = dict(LABELS[cfg["labels"]])
    L.update(cfg.get("L", {}))
    eur = inv["currency"] != "HUF"
    a = cfg["amt"]
    cols = list(cfg["cols"])
    if not any(ln.get("disc") for ln in inv["lines"]) and "disc" in cols:
        cols.remove("disc")
    # row stream: (kind, payload)
    stream = []
    last_dn = None
    for i, ln in enumerate(inv["lines"], 1):
        if cfg.get("group") and ln.get("dn") and ln["dn"] != last_dn:
            stream.append(("grp", ln))
            last_dn = ln["dn"]
        stream.append(("item", (i, ln)))
    scale = 8.5 / float(cfg["fs"])
    r1, rm, rl = (int(x * scale) for x in cfg.get("rows", (40, 54, 32)))
    if inv.get("short"):
        r1 = rl = max(r1, len(stream))
    chunks = paginate(len(stream), r1, rm, rl)
    n = len(chunks)
    css = BASE_CSS % dict(font=cfg["font"], fs=cfg["fs"], acc=cfg["acc"]) + THEMES[cfg["head"]] % dict(acc=cfg["acc"])
    colhdr = dict((k, v) for k, v in COLS.items())
    colhdr.update(cfg.get("colnames", {}))
    thead = "<tr>" + "".join(f"<th class='{COLS[c][1]}'>{e(colhdr[c][0] if isinstance(colhdr[c], tuple) else colhdr[c])}</th>" for c in cols) + "</tr>"
    ncol = len(cols)
    netidx = cols.index("net")
    carry_in_lbl, carry_out_lbl, pagesum_lbl = cfg["carry"]
    pages = []
    pos = 0
    cum = D(0)
    for pi, cnt in enumerate(chunks, 1):
        body = []
        if pi > 1:
            body.append(page_header(inv, cfg, pi, n))
        else:
            body.append(first_header(inv, cfg, L))
            if inv.get("intro"):
                body.append(f"<div class='note'>{e(inv['intro'])}</div>")
        rows = []
        if pi > 1:
            rows.append(f"<tr class='carryin'><td colspan='{netidx}' class='r'>{e(carry_in_lbl)}:</td><td class='r'>{famt(cum, a, eur)}</td>"
                        f"<td colspan='{ncol - netidx - 1}'></td></tr>")
        page_sum = D(0)
        for kind, payload in stream[pos:pos + cnt]:
            if kind == "grp":
                ln = payload
                rows.append(f"<tr class='grp'><td colspan='{ncol}'>Szállítólevél: {ln['dn']} ({fdate(ln['dn_date'], cfg['date'])}), "
                            f"rendelésszám: {ln['order']}</td></tr>")
            else:
                i, ln = payload
                page_sum += ln["net"]
                rows.append("<tr>" + "".join(f"<td class='{COLS[c][1]}'>{cell(c, ln, cfg, eur, i)}</td>" for c in cols) + "</tr>")
        pos += cnt
        cum += page_sum
        if n > 1:
            if pagesum_lbl:
                rows.append(f"<tr class='carry'><td colspan='{netidx}' class='r'>{e(pagesum_lbl)}:</td><td class='r'>{famt(page_sum, a, eur)}</td>"
                            f"<td colspan='{ncol - netidx - 1}'></td></tr>")
            if pi < n:
                rows.append(f"<tr class='carry'><td colspan='{netidx}' class='r'>{e(carry_out_lbl)}:</td><td class='r'>{famt(cum, a, eur)}</td>"
                            f"<td colspan='{ncol - netidx - 1}'></td></tr>")
        body.append(f"<table class='items'><thead>{thead}</thead><tbody>{''.join(rows)}</tbody></table>")
        if pi == n:
            body.append(totals_html(inv, cfg, L))
        foot_l = f"{inv['seller']['short']} · {inv['number']}"
        foot_r = cfg["pgfoot"].format(p=pi, n=n)
        body.append(f"<div class='foot'><span>{e(foot_l)}</span><span>{cfg.get('software', '')}</span><span>{e(foot_r)}</span></div>")
        pages.append("<div class='page'>" + "".join(body) + "</div>")
    return (f"<!DOCTYPE html><html lang='hu'><head><meta charset='utf-8'><style>{css}</style></head><body>"
            + "".join(pages) + "</body></html>"), n

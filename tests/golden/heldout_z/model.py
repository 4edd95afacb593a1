# ruff: noqa
"""Invoice model, arithmetic and Hungarian formatting for blind set Z."""

from decimal import ROUND_HALF_UP, Decimal

D = Decimal
HONAP = [
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
]


def q(x, cur):
    return D(x).quantize(D("1") if cur == "HUF" else D("0.01"), rounding=ROUND_HALF_UP)


def fdate(iso, style):
    if iso is None:
        return ""
    y, m, d = iso.split("-")
    if style == "dot":
        return f"{y}.{m}.{d}."
    if style == "iso":
        return iso
    if style == "long":
        return f"{y}. {HONAP[int(m) - 1]} {int(d)}."
    if style == "dots":
        return f"{y}. {m}. {d}."
    if style == "nodot":
        return f"{y}.{m}.{d}"
    raise ValueError(style)


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def famt(x, style, cur):
    """Number only (no currency sign) in the invoice's printed style."""
    x = D(x)
    neg = x < 0
    x = abs(x)
    if cur == "HUF":
        i = int(q(x, "HUF"))
        if style == "sp":
            s = _group(i, " ")
        elif style == "dot":
            s = _group(i, ".") + ",-"
        elif style == "dotn":
            s = _group(i, ".")
        elif style == "plain":
            s = str(i)
        elif style == "sp00":
            s = _group(i, " ") + ",00"
        else:
            raise ValueError(style)
    else:
        v = q(x, cur)
        i, frac = str(v).split(".")
        if style in ("sp", "plain", "sp00"):
            s = _group(int(i), " " if style != "plain" else "") + "," + frac
        elif style in ("dot", "dotn"):
            s = _group(int(i), ".") + "," + frac
        else:
            raise ValueError(style)
    return ("-" if neg else "") + s


def rate_label(r):
    if isinstance(r, int):
        return f"{r}%"
    return {"AAM": "AAM", "TAM": "TAM", "EUFAD": "FAD", "KBAET": "KBAET"}[r]


class Inv:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.cur = kw.get("cur", "HUF")
        self.datefmt = kw.get("datefmt", "dot")
        self.amtfmt = kw.get("amtfmt", "sp")
        self.preceding = kw.get("preceding")
        self.fulfil = kw.get("fulfil")
        self.due = kw.get("due")
        self.fx = D(kw["fx"]) if kw.get("fx") else None
        self.notes = kw.get("notes", [])
        self.pay = kw.get("pay", "Átutalás")
        self.compute()

    def compute(self):
        lines = []
        for it in self.items:
            desc, qty, unit, price, rate = it
            net = q(D(str(qty)) * D(str(price)), self.cur)
            lines.append(dict(desc=desc, qty=D(str(qty)), unit=unit, price=D(str(price)), rate=rate, net=net))
        groups = {}
        for ln in lines:
            groups.setdefault(ln["rate"], D(0))
            groups[ln["rate"]] += ln["net"]
        brk = []
        for r, n in groups.items():
            v = q(n * D(r) / 100, self.cur) if isinstance(r, int) else q(0, self.cur)
            brk.append(dict(rate=r, net=n, vat=v, gross=n + v))
        for ln in lines:
            r = ln["rate"]
            ln["vat"] = q(ln["net"] * D(r) / 100, self.cur) if isinstance(r, int) else q(0, self.cur)
            ln["gross"] = ln["net"] + ln["vat"]
        # make line VAT sum equal breakdown VAT (adjust last line of each group)
        for b in brk:
            gl = [ln for ln in lines if ln["rate"] == b["rate"]]
            diff = b["vat"] - sum(ln["vat"] for ln in gl)
            if diff:
                gl[-1]["vat"] += diff
                gl[-1]["gross"] = gl[-1]["net"] + gl[-1]["vat"]
        self.lines = lines
        self.brk = brk
        self.net = sum((b["net"] for b in brk), D(0))
        self.vat = sum((b["vat"] for b in brk), D(0))
        self.gross = self.net + self.vat
        if self.fx:
            self.vat_huf = q(self.vat * self.fx, "HUF")

    # formatting helpers
    def d(self, iso):
        return fdate(iso, self.datefmt)

    def a(self, x):
        return famt(x, self.amtfmt, self.cur)

    def qty(self, x):
        s = str(x.normalize()) if x != x.to_integral() else str(int(x))
        return s.replace(".", ",")

    def expected(self):
        def s(x):
            return str(q(x, self.cur)) if self.cur != "HUF" else str(int(q(x, "HUF")))

        return {
            "invoice_number": self.number,
            "kind": self.kind,
            "issue_date": self.issue,
            "fulfilment_date": self.fulfil,
            "due_date": self.due,
            "currency": self.cur,
            "net_total": s(self.net),
            "vat_total": s(self.vat),
            "gross_total": s(self.gross),
            "seller.name": self.seller["name"],
            "seller.tax_number": self.seller.get("tax"),
            "seller.vat_number": self.seller.get("vat"),
            "buyer.name": self.buyer["name"],
            "buyer.tax_number": self.buyer.get("tax"),
            "buyer.vat_number": self.buyer.get("vat"),
            "preceding_invoice": self.preceding,
            "layout": "blind_z_" + self.layout,
        }

    def printed(self):
        """Strings that must appear in the PDF's text layer."""
        out = [
            self.number,
            self.seller["name"],
            self.buyer["name"],
            self.d(self.issue),
            self.a(self.net),
            self.a(self.vat),
            self.a(self.gross),
        ]
        for k in ("tax", "vat"):
            for p in (self.seller, self.buyer):
                if p.get(k):
                    out.append(p[k])
        if self.fulfil:
            out.append(self.d(self.fulfil))
        if self.due:
            out.append(self.d(self.due))
        if self.preceding:
            out.append(self.preceding)
        return out

# ruff: noqa
from decimal import Decimal as D, ROUND_HALF_UP
import datetime as dt

HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
HU_ABBR = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]


def tn(seven, v, cc):
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(seven, w))
    chk = (10 - s % 10) % 10
    return f"{seven}{chk}-{v}-{cc:02d}"


def vatno(taxnum):
    return "HU" + taxnum[:8]


def fdate(iso, style):
    if iso is None:
        return None
    d = dt.date.fromisoformat(iso)
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "dotsp":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    if style == "long":
        return f"{d.year}. {HU_MONTHS[d.month-1]} {d.day}."
    if style == "abbr":
        return f"{d.year}. {HU_ABBR[d.month-1]} {d.day}."
    if style == "iso":
        return iso
    if style == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fnum(x, style):
    """number only (no currency)."""
    x = D(x)
    neg = x < 0
    x = abs(x)
    q = x.quantize(D("0.01"), ROUND_HALF_UP)
    ip = int(q)
    dec = f"{q:.2f}".split(".")[1]
    if style == "sp":
        s = _group(ip, " ")
    elif style == "dot":
        s = _group(ip, ".")
    elif style == "sp2":
        s = _group(ip, " ") + "," + dec
    elif style == "dot2":
        s = _group(ip, ".") + "," + dec
    elif style == "dotdash":
        s = _group(ip, ".") + ",-"
    elif style == "en2":
        s = _group(ip, ",") + "." + dec
    elif style == "plain":
        s = str(ip)
    else:
        raise ValueError(style)
    return ("-" if neg else "") + s


def famt(x, style):
    """amount with currency as printed for totals."""
    if style == "sp_ft":
        return fnum(x, "sp") + " Ft"
    if style == "dot_ft":
        return fnum(x, "dot") + " Ft"
    if style == "sp2_huf":
        return fnum(x, "sp2") + " HUF"
    if style == "dotdash":
        return fnum(x, "dotdash")
    if style == "eur_pre":
        return "EUR " + fnum(x, "en2")
    if style == "eur_suf":
        return fnum(x, "dot2") + " €"
    if style == "sp2_eur":
        return fnum(x, "sp2") + " EUR"
    if style == "sp":
        return fnum(x, "sp")
    if style == "sp2":
        return fnum(x, "sp2")
    raise ValueError(style)


NUMSTYLE = {"sp_ft": "sp", "dot_ft": "dot", "sp2_huf": "sp2", "dotdash": "dotdash", "eur_pre": "en2",
            "eur_suf": "dot2", "sp2_eur": "sp2", "sp": "sp", "sp2": "sp2"}

RATES = {"27": D("0.27"), "18": D("0.18"), "5": D("0.05"), "0": D("0")}
RATE_LABEL = {"27": "27%", "18": "18%", "5": "5%", "0": "0%", "TAM": "TAM", "AAM": "AAM", "EUKOZ": "EUK",
              "FAD": "FAD", "AHK": "ÁHK", "KULONB": "K.SZ.", "MAA": "0%"}


def q(x, cur):
    return D(x).quantize(D("0.01") if cur != "HUF" else D("1"), ROUND_HALF_UP)


def compute(lines, cur):
    """lines: list of dicts desc, qty, unit, price, vat. Returns lines with net/vat/gross and totals + summary."""
    out = []
    summ = {}
    for l in lines:
        net = q(D(str(l["qty"])) * D(str(l["price"])), cur)
        r = RATES.get(l["vat"], D(0))
        vat = q(net * r, cur)
        ll = dict(l, net=net, vatamt=vat, gross=net + vat)
        out.append(ll)
        s = summ.setdefault(l["vat"], [D(0), D(0), D(0)])
        s[0] += net
        s[1] += vat
        s[2] += net + vat
    nt = sum((l["net"] for l in out), D(0))
    vt = sum((l["vatamt"] for l in out), D(0))
    return out, summ, nt, vt, nt + vt


def dstr(x):
    x = D(x)
    if x == x.to_integral_value():
        return str(int(x))
    return f"{x:.2f}"


def fprice(x, style):
    """unit price: keep decimals for fractional HUF unit prices."""
    x = D(str(x))
    if x != x.to_integral_value() and style in ("sp", "dot", "dotdash", "plain"):
        style = {"sp": "sp2", "dot": "dot2", "dotdash": "dot2", "plain": "sp2"}[style]
    return fnum(x, style)

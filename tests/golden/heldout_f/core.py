"""Shared helpers for blind set F: invented parties, number/date printing, totals, rendering."""

from __future__ import annotations

import html
import random
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

D = Decimal
HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus",
             "szeptember", "október", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def check_digit(seven: str) -> int:
    s = sum(int(c) * w for c, w in zip(seven, (9, 7, 3, 1, 9, 7, 3)))
    return (10 - s % 10) % 10


def taxno(seed: int, v: int = 2, county: int = 41, first: str = "") -> str:
    assert 1 <= v <= 5 and (2 <= county <= 44 or county == 51), (v, county)
    rng = random.Random(seed)
    seven = (first + "".join(str(rng.randrange(10)) for _ in range(7)))[:7]
    if seven[0] == "0":
        seven = "1" + seven[1:]
    return f"{seven}{check_digit(seven)}-{v}-{county:02d}"


def hu_vat(tax: str) -> str:
    return "HU" + tax[:8]


def q(x: Decimal, cur: str = "HUF") -> Decimal:
    return Decimal(x).quantize(D("1") if cur == "HUF" else D("0.01"), ROUND_HALF_UP)


def js(x: Decimal, cur: str = "HUF") -> str:
    """Amount as the expected JSON string."""
    x = q(x, cur)
    return f"{x:.0f}" if cur == "HUF" else f"{x:.2f}"


def fmt(x: Decimal, style: str = "sp", dec: int | None = None, neg: str = "-") -> str:
    """Printed amount. style: sp '1 234 567,00' | dot '1.234.567,00' | en '1,234,567.00' | plain '1234567,00'."""
    x = Decimal(x)
    if dec is None:
        dec = 0 if x == x.to_integral_value() and style in ("sp", "dot", "plain") else 2
    sign = x < 0
    x = abs(x).quantize(D(1) if dec == 0 else D("0.01"), ROUND_HALF_UP)
    whole, _, frac = f"{x:.{dec}f}".partition(".")
    th, dp = {"sp": (" ", ","), "dot": (".", ","), "en": (",", "."), "plain": ("", ",")}[style]
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    s = th.join(groups) + (dp + frac if dec else "")
    if sign:
        s = f"({s})" if neg == "()" else "-" + s
    return s


def dfmt(d: date | None, style: str) -> str:
    if d is None:
        return ""
    return {
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}.",
        "dotsp": f"{d.year}. {d.month:02d}. {d.day:02d}.",
        "long": f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}.",
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "en_short": f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}",
        "en_long": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "de": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[style]


@dataclass
class Party:
    name: str
    address: str
    tax: str | None = None
    vat: str | None = None
    extra: list[str] = field(default_factory=list)


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal
    rate: object  # int percent or a str like "AAM"
    net: Decimal = D(0)
    vat: Decimal = D(0)

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat

    @property
    def rate_label(self) -> str:
        return f"{self.rate}%" if isinstance(self.rate, int) else str(self.rate)


class Doc:
    def __init__(self, stem: str, style: str, kind: str = "normal", currency: str = "HUF"):
        self.stem, self.style, self.kind, self.currency = stem, style, kind, currency
        self.lines: list[Line] = []
        self.printed: list[str] = []
        self.number = None
        self.issue = self.fulfil = self.due = None
        self.seller = self.buyer = None
        self.preceding = None
        self.net = self.vat = self.gross = None
        self.html: str | None = None
        self.draw = None  # reportlab callable(canvas_path)

    # -- numbers
    def add(self, desc, qty, unit, price, rate) -> Line:
        ln = Line(desc, D(str(qty)), unit, D(str(price)), rate)
        ln.net = q(ln.qty * ln.price, self.currency)
        ln.vat = q(ln.net * D(ln.rate) / 100, self.currency) if isinstance(rate, int) else D(0)
        self.lines.append(ln)
        return ln

    def totals(self):
        self.net = sum((ln.net for ln in self.lines), D(0))
        self.vat = sum((ln.vat for ln in self.lines), D(0))
        self.gross = self.net + self.vat
        return self.net, self.vat, self.gross

    def groups(self):
        out: dict[str, list[Decimal]] = {}
        for ln in self.lines:
            g = out.setdefault(ln.rate_label, [D(0), D(0)])
            g[0] += ln.net
            g[1] += ln.vat
        return [(k, v[0], v[1], v[0] + v[1]) for k, v in out.items()]

    # -- printing
    def p(self, s: str) -> str:
        """Text whose exact form the self-check looks for in the PDF; HTML-escaped."""
        self.printed.append(str(s))
        return html.escape(str(s))

    def expected(self) -> dict:
        c = self.currency
        s, b = self.seller, self.buyer
        return {
            "invoice_number": self.number,
            "kind": self.kind,
            "issue_date": self.issue.isoformat() if self.issue else None,
            "fulfilment_date": self.fulfil.isoformat() if self.fulfil else None,
            "due_date": self.due.isoformat() if self.due else None,
            "currency": c,
            "net_total": js(self.net, c) if self.net is not None else None,
            "vat_total": js(self.vat, c) if self.vat is not None else None,
            "gross_total": js(self.gross, c) if self.gross is not None else None,
            "seller.name": s.name,
            "seller.tax_number": s.tax,
            "seller.vat_number": s.vat,
            "buyer.name": b.name,
            "buyer.tax_number": b.tax,
            "buyer.vat_number": b.vat,
            "preceding_invoice": self.preceding,
            "layout": f"blind_f_{self.style}",
        }


def e(s) -> str:
    return html.escape(str(s))


def chromium_pdf(html_text: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(
            ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )
    _strip_dates(out)


def _strip_dates(out: Path) -> None:
    """Chromium stamps the clock into the PDF; pin it so reruns give the same bytes where possible."""
    data = out.read_bytes()
    data = re.sub(rb"\(D:\d{14}[^)]*\)", lambda m: b"(D:20261201000000+00'00')"[: len(m.group(0))].ljust(
        len(m.group(0)), b" ") if len(m.group(0)) >= 25 else m.group(0), data)
    out.write_bytes(data)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ").replace("\u202f", " ")).strip()

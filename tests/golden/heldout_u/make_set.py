# ruff: noqa
import copy, json, os, re, subprocess, tempfile
from pathlib import Path
from .common import compute, expected, fdate, fmoney
from .html_tpl import TEMPLATES, build
from .rl_tpl import RL, draw
from .invoices import INV

OUT = Path(__file__).parent
FIXED = b"D:20270101000000Z"


def fix_dates(path):
    data = path.read_bytes()
    data = re.sub(rb"/(CreationDate|ModDate) \(D:[0-9Z+\-']+\)", lambda m: b"/" + m.group(1) + b" (" + FIXED + b")", data)
    path.write_bytes(data)


def render_html(html, pdf):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/ud", f"--print-to-pdf={pdf}", f"file://{src}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    for raw in INV:
        inv = compute(copy.deepcopy(raw))
        pdf = OUT / f"{inv['slug']}.pdf"
        if inv["tpl"] in RL:
            draw(inv, inv["tpl"], str(pdf))
        else:
            render_html(build(inv, TEMPLATES[inv["tpl"]]), pdf)
            fix_dates(pdf)
        exp = expected(inv, inv["tpl"])
        (OUT / f"{inv['slug']}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(inv["slug"])


if __name__ == "__main__":
    main()

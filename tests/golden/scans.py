"""Image-only PDFs made from text PDFs: each page rendered to a grayscale image, nothing else kept.

What a scanner or a fax gives: no text layer, the page as pixels at ``dpi``, optionally turned
(``rotation`` clockwise degrees, the page then lying sideways on the sheet).
"""

from __future__ import annotations

import io
import json
from pathlib import Path


def scan(pdf: bytes, *, dpi: int = 200, rotation: int = 0) -> bytes:
    import pypdfium2 as pdfium

    source, out = pdfium.PdfDocument(pdf), pdfium.PdfDocument.new()
    try:
        for number in range(len(source)):
            page = source[number]
            bitmap = page.render(scale=dpi / 72, rotation=rotation, grayscale=True)
            width, height = bitmap.width * 72 / dpi, bitmap.height * 72 / dpi
            sheet = out.new_page(width, height)
            image = pdfium.PdfImage.new(out)
            image.set_bitmap(bitmap)
            image.set_matrix(pdfium.PdfMatrix().scale(width, height))
            sheet.insert_obj(image)
            sheet.gen_content()
        buf = io.BytesIO()
        out.save(buf)
        return buf.getvalue()
    finally:
        out.close()
        source.close()


def write_scans(folder: Path, *, dpi: int = 200, rotation: int = 0) -> None:
    """Every generated layout as an image-only scan beside its expected JSON (layout ``<name> scan``)."""
    from tests.golden.layouts import cases, write_all

    write_all(folder)
    for stem, expected in cases():
        pdf = folder / f"{stem}.pdf"
        pdf.write_bytes(scan(pdf.read_bytes(), dpi=dpi, rotation=rotation))
        answer = folder / f"{stem}.json"
        public = json.loads(answer.read_text(encoding="utf-8"))
        public["layout"] = f"{expected['layout']} scan {dpi} dpi" + (f" turned {rotation}°" if rotation else "")
        answer.write_text(json.dumps(public, ensure_ascii=False, indent=2), encoding="utf-8")

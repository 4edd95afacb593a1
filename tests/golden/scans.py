"""Image-only PDFs made from text PDFs: each page rendered to a grayscale image, nothing else kept.

What a scanner or a fax gives: no text layer, the page as pixels at ``dpi``, optionally turned
(``rotation`` clockwise degrees, the page then lying sideways on the sheet).
"""

from __future__ import annotations

import io


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

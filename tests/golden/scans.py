"""Image-only PDFs made from text PDFs: each page rendered to a grayscale image, nothing else kept.

What a scanner or a fax gives: no text layer, the page as pixels at ``dpi``, optionally turned
(``rotation`` clockwise degrees, the page then lying sideways on the sheet), fed in askew (``skew``
degrees, counter-clockwise, as a sheet slips in the feeder) or sent by fax (``fax``: every pixel
black or white, stored one bit deep, with the speckles a phone line adds). The skew and the fax
are made with Pillow here, not with the reader's own rendering, so the reader's deskew is tested
against pixels it did not draw.
"""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

FAX_THRESHOLD = 150  # gray levels below it print black
FAX_SPECKLES = 0.002  # share of pixels a noisy line flips (black dots on white, white dropouts in strokes)


def _pixels(page: object, dpi: int, rotation: int, skew: float) -> tuple[int, int, bytes]:
    bitmap = page.render(scale=dpi / 72, rotation=rotation, grayscale=True)  # type: ignore[attr-defined]
    image = bitmap.to_pil()
    if skew:
        from PIL import Image

        image = image.rotate(skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
    return image.width, image.height, image.tobytes()


def _fax(width: int, height: int, gray: bytes, seed: int) -> bytes:
    """``gray`` thresholded to black and white, speckled, packed one bit a pixel (1 = white, as PDF's gray)."""
    from PIL import Image

    cut = bytes(0 if v < FAX_THRESHOLD else 255 for v in range(256))
    pixels = bytearray(gray.translate(cut))
    rng = random.Random(seed)
    for _ in range(int(width * height * FAX_SPECKLES)):
        at = rng.randrange(len(pixels))
        pixels[at] = 255 - pixels[at]
    return Image.frombytes("L", (width, height), bytes(pixels)).convert("1", dither=Image.Dither.NONE).tobytes()


def _image_pdf(pages: list[tuple[int, int, bytes, int]], dpi: int) -> bytes:
    """One page per image (width, height, samples, bits per sample), each filling a page of its size at ``dpi``."""
    from tests.unit.core.parsing.pdf_builder import pdf_file

    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for width, height, samples, bits in pages:
        w_pt, h_pt = width * 72 / dpi, height * 72 / dpi
        page_no = len(objects) + 1
        kids.append(b"%d 0 R" % page_no)
        data = zlib.compress(samples)
        draw = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w_pt, h_pt)
        objects += [
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >>"
            b" /Contents %d 0 R >>" % (w_pt, h_pt, page_no + 1, page_no + 2),
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent %d"
            b" /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, bits, len(data)) + data
            + b"\nendstream",
            b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream",
        ]
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    return pdf_file(objects)


def scan(pdf: bytes, *, dpi: int = 200, rotation: int = 0, skew: float = 0.0, fax: bool = False) -> bytes:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for number in range(len(source)):
            width, height, gray = _pixels(source[number], dpi, rotation, skew)
            if fax:
                pages.append((width, height, _fax(width, height, gray, seed=number), 1))
            else:
                pages.append((width, height, gray, 8))
        return _image_pdf(pages, dpi)
    finally:
        source.close()


def scan_name(dpi: int, rotation: int = 0, skew: float = 0.0, fax: bool = False) -> str:
    """The layout suffix ``szamlatar accuracy`` groups a scan's fields under: ``scan 200 dpi askew 3°``."""
    return (f"{'fax' if fax else 'scan'} {dpi} dpi" + (f" turned {rotation}°" if rotation else "")
            + (f" askew {skew:g}°" if skew else ""))


def write_scans(folder: Path, *, dpi: int = 200, rotation: int = 0, skew: float = 0.0, fax: bool = False) -> None:
    """Every generated layout as an image-only scan beside its expected JSON (layout ``<name> scan …``)."""
    from tests.golden.layouts import cases, write_all

    write_all(folder)
    for stem, expected in cases():
        pdf = folder / f"{stem}.pdf"
        pdf.write_bytes(scan(pdf.read_bytes(), dpi=dpi, rotation=rotation, skew=skew, fax=fax))
        answer = folder / f"{stem}.json"
        public = json.loads(answer.read_text(encoding="utf-8"))
        public["layout"] = f"{expected['layout']} {scan_name(dpi, rotation, skew, fax)}"
        answer.write_text(json.dumps(public, ensure_ascii=False, indent=2), encoding="utf-8")

"""Minimal hand-written PDFs: one page of text and one embedded file (name tree + /AF), or one image."""

from __future__ import annotations

import zlib


def _utf16(name: str) -> bytes:
    return b"<" + ("\ufeff" + name).encode("utf-16-be").hex().upper().encode() + b">"


def pdf_with_attachment(data: bytes, *, name: str, text: str, raw: bool = False, af: bool = True,
                        name_tree: bool = True, escaped: bool = False) -> bytes:
    """``data`` (Flate-compressed here unless ``raw``, then already compressed) embedded as ``name``;
    ``escaped`` writes the catalog's names with ``#xx`` escapes (``/E#6dbeddedFiles``, ``/A#46``)."""
    stream = data if raw else zlib.compress(data)
    line = text.encode("latin-1", errors="replace").replace(b"(", b"\\(").replace(b")", b"\\)")
    content = b"BT /F1 12 Tf 72 720 Td (" + line + b") Tj ET"
    tree, af_key = (b"/E#6dbeddedFiles", b"/A#46") if escaped else (b"/EmbeddedFiles", b"/AF")
    names = b"/Names << " + tree + b" << /Names [" + _utf16(name) + b" 6 0 R] >> >>" if name_tree else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + names + (b" " + af_key + b" [6 0 R]" if af else b"") + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Filespec /F (" + name.encode("latin-1", errors="replace") + b") /UF " + _utf16(name)
        + b" /EF << /F 7 0 R /UF 7 0 R >> /AFRelationship /Alternative >>",
        b"<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length %d >>\nstream\n" % len(stream)
        + stream + b"\nendstream",
    ]
    return pdf_file(objects)


def pdf_file(objects: list[bytes]) -> bytes:
    """``objects`` (numbered from 1, the first the catalog) with their cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def image_pdf(width: int, height: int, data: bytes, *, filters: str = "/FlateDecode",
              page: tuple[int, int] = (600, 800)) -> bytes:
    """One ``page``-sized page (points) holding one grayscale image that declares ``width``×``height`` pixels."""
    stream = b"q 500 0 0 700 50 50 cm /Im0 Do Q"
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Im0 4 0 R >> >>"
        b" /Contents 5 0 R >>" % page,
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
        b" /Filter %s /Length %d >>\nstream\n" % (width, height, filters.encode(), len(data)) + data + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ])


def text_pdf(text: str) -> bytes:
    """One page with one line of ``text`` (any Unicode reportlab's standard font can draw), nothing else."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return buf.getvalue()

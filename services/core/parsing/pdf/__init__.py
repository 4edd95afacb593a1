"""The PDF-text reader: invoice fields out of a Hungarian invoice's printed text, without templates.

Modules, each importing only those above it (``tests/unit/test_import_cycles.py`` keeps it so):

- ``lines``: ``TextLine``, one positioned line of text;
- ``normalise``: look-alike characters (dashes, no-break spaces, ligatures, Cyrillic letters) made plain;
- ``findings``: the reader's warnings, each a stable code and a Hungarian sentence;
- ``faint``: a page image's faint grey print darkened for OCR, black text, fills and rules left as drawn;
- ``ocr``: an image-only page read by an OCR engine (Tesseract, given by the sandbox) as lines;
- ``letters``: a page's letters grouped into lines by pdfminer.six's rule, watermark letters left out;
- ``pdfium_text``: the text layer's letters through PDFium, in content order, as those lines;
- ``layout``: the PDF as positioned text lines (PDFium; pdfminer.six where PDFium cannot open a file),
  or plain text in the same shape;
- ``values``: what a piece of text reads as: a date, an amount, a tax number, an invoice number;
- ``labels``: a value found by its label (after it, to its right, below it) and where it was found;
- ``party_labels``: what a seller / buyer heading is, and what can never be a party's name;
- ``dates``, ``totals``, ``parties``, ``references``, ``items``: one part of the invoice each;
- ``currency``: the currency, and a foreign-currency invoice's forint figures kept out of its totals;
- ``vat_summary``: the VAT summary's rows per rate, summed and checked against the totals;
- ``reader``: puts the parts together into one ``Invoice``.

Nothing is imported here, so importing one module does not load the others (or pdfminer).
"""

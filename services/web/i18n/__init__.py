"""UI message catalogues: Hungarian first (the reference), English beside it.

Each language is a plain dict in its own module (a page's larger share in a module of its own);
``tests/unit/web`` checks that every catalogue has exactly the Hungarian keys, so a string added to one
and forgotten in the other fails a test.
"""

from __future__ import annotations

from services.web.i18n import (
    admin_backfill_en,
    admin_backfill_hu,
    admin_data_en,
    admin_data_hu,
    admin_en,
    admin_hu,
    admin_more_en,
    admin_more_hu,
    invoice_en,
    invoice_hu,
    pages_en,
    pages_hu,
)
from services.web.i18n.en import MESSAGES as EN
from services.web.i18n.hu import MESSAGES as HU

DEFAULT_LANGUAGE = "hu"
# A page's own catalogue part joins the main one (each module stays a readable size).
CATALOGUES: dict[str, dict[str, str]] = {
    "hu": HU | invoice_hu.MESSAGES | pages_hu.MESSAGES | admin_data_hu.MESSAGES | admin_hu.MESSAGES
    | admin_more_hu.MESSAGES | admin_backfill_hu.MESSAGES,
    "en": EN | invoice_en.MESSAGES | pages_en.MESSAGES | admin_data_en.MESSAGES | admin_en.MESSAGES
    | admin_more_en.MESSAGES | admin_backfill_en.MESSAGES,
}
LANGUAGES: tuple[str, ...] = tuple(CATALOGUES)

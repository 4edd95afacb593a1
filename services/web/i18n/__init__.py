"""UI message catalogues: Hungarian first (the reference), English beside it.

Each language is a plain dict in its own module; ``tests/unit/web`` checks that every catalogue has
exactly the Hungarian keys, so a string added to one and forgotten in the other fails a test.
"""

from __future__ import annotations

from services.web.i18n.en import MESSAGES as EN
from services.web.i18n.hu import MESSAGES as HU

DEFAULT_LANGUAGE = "hu"
CATALOGUES: dict[str, dict[str, str]] = {"hu": HU, "en": EN}
LANGUAGES: tuple[str, ...] = tuple(CATALOGUES)

"""The official NAV 3.0 XSDs, loaded once per process with xmlschema.

The XSDs import each other by namespace without ``schemaLocation``, so the locations are given
here. They are copied byte-for-byte into ``data/xsd`` (MIT, NAV's public repository) so the
emulator does not depend on where the shared reference folder happens to be.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import xmlschema

from services.core.nav_signing import BASE_NS, COMMON_NS, DATA_NS

XSD_DIR = Path(__file__).parent / "data" / "xsd"


def _locations(*namespaces: tuple[str, str]) -> list[tuple[str, str]]:
    return [(ns, str(XSD_DIR / name)) for ns, name in namespaces]


@cache
def api_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(
        str(XSD_DIR / "invoiceApi.xsd"),
        locations=_locations((COMMON_NS, "common.xsd"), (BASE_NS, "invoiceBase.xsd"), (DATA_NS, "invoiceData.xsd")),
    )


@cache
def data_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(
        str(XSD_DIR / "invoiceData.xsd"),
        locations=_locations((COMMON_NS, "common.xsd"), (BASE_NS, "invoiceBase.xsd")),
    )

"""The official request XSDs, found in the shared reference folder next to the repository.

They are Számlázz.hu's public schemas without a redistribution licence, so they are read from
``shared/reference`` rather than copied into this package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import xmlschema

from services.core.errors import ConfigurationError

XSD_NAMES = ("xmlszamlaxml", "xmlszamlapdf", "xmlszamlakifiz", "xmlszamlavalasz", "szamla", "szamlavalasz")


def find_xsd_dir(start: Path | None = None) -> Path:
    here = (start or Path(__file__)).resolve()
    for parent in here.parents:
        candidate = parent / "shared" / "reference" / "szamlazzhu" / "xsd"
        if candidate.is_dir():
            return candidate
    raise ConfigurationError("Számlázz.hu XSDs not found: expected shared/reference/szamlazzhu/xsd above the repo")


@cache
def schema(name: str, xsd_dir: Path | None = None) -> xmlschema.XMLSchema:
    if name not in XSD_NAMES:
        raise ConfigurationError(f"no Számlázz.hu schema called {name}")
    return xmlschema.XMLSchema(str((xsd_dir or find_xsd_dir()) / f"{name}.xsd"))

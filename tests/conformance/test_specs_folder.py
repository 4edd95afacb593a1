"""The specs folder holds what the conformance suite checks against."""

from __future__ import annotations

from tests.conformance.conftest import spec_file


def test_the_specs_folder_holds_each_vendors_specs() -> None:
    assert spec_file("billingo", "openapi-3.0.14.yml").stat().st_size > 0
    assert sorted(p.name for p in spec_file("szamlazzhu", "xsd").glob("*.xsd"))
    assert {"invoiceApi.xsd", "invoiceData.xsd"} <= {p.name for p in spec_file("nav", "xsd").glob("*.xsd")}
    assert list(spec_file("nav", "samples", "invoiceData").glob("*.xml"))

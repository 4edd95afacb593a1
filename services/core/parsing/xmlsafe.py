"""Parsing untrusted XML: no DTDs, no entities, no network, bounded size and shape.

defusedxml refuses DTDs, entity declarations and external references before expat expands
anything, so neither a billion-laughs bomb nor an XXE file read can happen; the byte, element
and depth limits bound what a well-formed but huge document can cost.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode
from services.core.parsing.limits import DEFAULT_PDF_LIMITS, PdfLimits

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def looks_like_xml(data: bytes) -> bool:
    head = data[:64]
    for bom in _BOMS:
        if head.startswith(bom):
            return True
    return head.lstrip().startswith(b"<")


def parse_xml(data: bytes, limits: PdfLimits = DEFAULT_PDF_LIMITS) -> Element:
    """The root element of ``data``; raises ``Rejected`` errors for anything hostile or broken."""
    if len(data) > limits.max_xml_bytes:
        raise LimitExceededError(
            f"XML is {len(data)} bytes, limit {limits.max_xml_bytes}", reason=ReasonCode.TOO_LARGE
        )
    try:
        root: Element = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise MalformedDocumentError(
            f"XML uses a forbidden construct ({type(exc).__name__})", reason=ReasonCode.FORBIDDEN_XML
        ) from exc
    except (ParseError, ValueError, UnicodeError) as exc:
        raise MalformedDocumentError(f"XML is not well-formed: {exc}", reason=ReasonCode.MALFORMED_XML) from exc
    _check_shape(root, limits)
    return root


def _check_shape(root: Element, limits: PdfLimits) -> None:
    count = 0
    stack: list[tuple[Element, int]] = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        count += 1
        if count > limits.max_xml_elements:
            raise LimitExceededError(
                f"XML has more than {limits.max_xml_elements} elements", reason=ReasonCode.TOO_LARGE
            )
        if depth > limits.max_xml_depth:
            raise LimitExceededError(f"XML nests deeper than {limits.max_xml_depth}", reason=ReasonCode.TOO_LARGE)
        stack.extend((child, depth + 1) for child in element)


def split_tag(tag: str) -> tuple[str, str]:
    """``{ns}local`` → (ns, local)."""
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag

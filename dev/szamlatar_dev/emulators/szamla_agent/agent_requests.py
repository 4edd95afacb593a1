"""The Számla Agent requests the emulator serves, read into typed models by its own validation.

The real service checks every request against the XSD of its root element and answers error 57
("XML beolvasási hiba") when it does not fit. The emulator makes the same checks here, from the
element lists below, so it runs with no schema file anywhere: the root element and its namespace
(``http://www.szamlazz.hu/<root>``, every element qualified), the fixed element order, required
and repeated elements, element-only content, and the simple types (xsd string, boolean, int, date,
double, whitespace collapsed as the XSD types do). ``tests/conformance`` holds these lists to the
official XSDs.

One deliberate difference: an amount of ``INF`` or ``NaN`` is a valid xsd double, but no payment
can be that much, so it is refused like any other bad amount.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TypeVar
from xml.etree.ElementTree import Element

from szamlatar_dev.emulators.szamla_agent.xml import Kifizetes

NAMESPACE = "http://www.szamlazz.hu/{root}"
XSI = "http://www.w3.org/2001/XMLSchema-instance"  # xsi:schemaLocation and friends are allowed anywhere
_XML_SPACE = " \t\r\n"
_INT = re.compile(r"[+-]?[0-9]+")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:Z|[+-][0-9]{2}:[0-9]{2})?")
_DOUBLE = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")


T = TypeVar("T")


class RequestInvalid(Exception):
    """The request does not fit its schema; the message says where (the Agent answers error 57)."""


# -- simple types ------------------------------------------------------------------------------------


def _collapsed(text: str) -> str:
    return text.strip(_XML_SPACE)


def _string(path: str, text: str) -> str:
    return text.strip(_XML_SPACE)


def _boolean(path: str, text: str) -> bool:
    value = _collapsed(text)
    if value in ("true", "1"):
        return True
    if value in ("false", "0"):
        return False
    raise RequestInvalid(f"{path}: {value!r} nem logikai érték (true, false, 1 vagy 0)")


def _int(path: str, text: str) -> int:
    value = _collapsed(text)
    if not _INT.fullmatch(value) or not -(2**31) <= int(value) < 2**31:
        raise RequestInvalid(f"{path}: {value!r} nem egész szám (int)")
    return int(value)


def _date(path: str, text: str) -> date:
    value = _collapsed(text)
    match = _DATE.fullmatch(value)
    try:
        if match is None:
            raise ValueError(value)
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise RequestInvalid(f"{path}: {value!r} nem dátum (ÉÉÉÉ-HH-NN)") from None


def _double(path: str, text: str) -> Decimal:
    value = _collapsed(text)
    if not _DOUBLE.fullmatch(value):
        raise RequestInvalid(f"{path}: {value!r} nem szám")
    try:
        return Decimal(value)
    except InvalidOperation:  # the pattern admits nothing Decimal refuses; kept for the type checker's sake
        raise RequestInvalid(f"{path}: {value!r} nem szám") from None


# -- element lists (one xsd:sequence each) ------------------------------------------------------------


PARSERS: dict[str, Callable[[str, str], object]] = {
    "string": _string,
    "boolean": _boolean,
    "int": _int,
    "date": _date,
    "double": _double,
}


@dataclass(frozen=True)
class Leaf:
    """An element of a simple xsd type (a key of ``PARSERS``); at most once in every request served."""

    name: str
    type: str
    required: bool = False

    def parse(self, path: str, text: str) -> object:
        return PARSERS[self.type](path, text)


@dataclass(frozen=True)
class Group:
    """An element with its own sequence of children."""

    name: str
    children: tuple[Leaf, ...]
    required: bool = False
    max_occurs: int = 1


Item = Leaf | Group

LOGIN = (Leaf("felhasznalo", "string"), Leaf("jelszo", "string"), Leaf("szamlaagentkulcs", "string"))

KIFIZETES = Group(
    "kifizetes",
    (
        Leaf("datum", "date", required=True),
        Leaf("jogcim", "string", required=True),
        Leaf("osszeg", "double", required=True),
        Leaf("leiras", "string"),
    ),
    max_occurs=5,
)

SEQUENCES: dict[str, tuple[Item, ...]] = {
    "xmlszamlaxml": (
        *LOGIN,
        Leaf("szamlaszam", "string"),
        Leaf("rendelesSzam", "string"),
        Leaf("pdf", "boolean"),
        Leaf("szamlaKulsoAzon", "string"),
    ),
    "xmlszamlapdf": (
        *LOGIN,
        Leaf("szamlaszam", "string"),
        Leaf("rendelesSzam", "string"),
        Leaf("valaszVerzio", "int", required=True),
        Leaf("szamlaKulsoAzon", "string"),
    ),
    "xmlszamlakifiz": (
        Group(
            "beallitasok",
            (
                *LOGIN,
                Leaf("szamlaszam", "string", required=True),
                Leaf("adoszam", "string"),
                Leaf("additiv", "boolean", required=True),
                Leaf("aggregator", "string"),
                Leaf("valaszVerzio", "int"),
            ),
            required=True,
        ),
        KIFIZETES,
    ),
}


@dataclass(frozen=True)
class Read:
    """One element's children as read: typed values (leaves) or nested reads (groups), in document order."""

    values: dict[str, list[object]]
    texts: dict[str, str]  # each leaf's text as sent, for the record of what a client wrote

    def one(self, name: str) -> object | None:
        found = self.values.get(name)
        return found[0] if found else None

    def text(self, name: str) -> str:
        value = self.one(name)
        return value if isinstance(value, str) else ""


def _local_name(tag: str, namespace: str, path: str) -> str:
    if not tag.startswith(f"{{{namespace}}}"):
        raise RequestInvalid(f"{path}: a(z) {tag!r} elem nem a(z) {namespace} névtérben van")
    return tag[len(namespace) + 2 :]


def _no_attributes(element: Element, path: str) -> None:
    foreign = [name for name in element.attrib if not name.startswith(f"{{{XSI}}}")]
    if foreign:
        raise RequestInvalid(f"{path}: ismeretlen attribútum: {foreign[0]}")


def _read(element: Element, items: tuple[Item, ...], namespace: str, path: str) -> Read:
    _no_attributes(element, path)
    if _collapsed(element.text or ""):
        raise RequestInvalid(f"{path}: szöveg nem állhat az elemek között")
    values: dict[str, list[object]] = {}
    texts: dict[str, str] = {}
    position = 0
    for child in element:
        if _collapsed(child.tail or ""):
            raise RequestInvalid(f"{path}: szöveg nem állhat az elemek között")
        name = _local_name(child.tag, namespace, path)
        here = f"{path}/{name}"
        index = next((i for i in range(position, len(items)) if items[i].name == name), None)
        if index is None:
            if any(item.name == name for item in items[:position]):
                raise RequestInvalid(f"{here}: rossz helyen; az elemek sorrendje kötött")
            raise RequestInvalid(f"{here}: ismeretlen elem")
        item = items[index]
        seen = values.setdefault(name, [])
        limit = item.max_occurs if isinstance(item, Group) else 1
        if len(seen) >= limit:
            raise RequestInvalid(f"{here}: legfeljebb {limit} alkalommal szerepelhet")
        if isinstance(item, Group):
            seen.append(_read(child, item.children, namespace, here))
        else:
            _no_attributes(child, here)
            if len(child):
                raise RequestInvalid(f"{here}: egyszerű érték helyett elemeket tartalmaz")
            seen.append(item.parse(here, child.text or ""))
            texts[name] = child.text or ""
        position = index
    missing = next((item.name for item in items if item.required and item.name not in values), None)
    if missing is not None:
        raise RequestInvalid(f"{path}: hiányzik a(z) {missing} elem")
    return Read(values, texts)


# -- the typed requests -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Login:
    user: str
    password: str
    agent_key: str

    @property
    def key(self) -> str:
        """Legacy integrations put the agent key into ``jelszo`` (and ``felhasznalo``)."""
        return self.agent_key or self.password


@dataclass(frozen=True)
class Selector:
    """Which invoice: by number, else the latest with this order number or external id."""

    number: str
    order: str
    external_id: str


@dataclass(frozen=True)
class XmlQuery:
    """``xmlszamlaxml`` (action-szamla_agent_xml): an invoice's ``<szamla>`` document."""

    login: Login
    selector: Selector
    with_pdf: bool


@dataclass(frozen=True)
class PdfQuery:
    """``xmlszamlapdf`` (action-szamla_agent_pdf): an invoice's PDF, raw (version 1) or in XML (2)."""

    login: Login
    selector: Selector
    answer_version: int


@dataclass(frozen=True)
class CreditEntries:
    """``xmlszamlakifiz`` (action-szamla_agent_kifiz): replace or append an invoice's credit entries."""

    login: Login
    invoice_number: str
    additive: bool
    answer_version: int | None
    entries: tuple[Kifizetes, ...]
    sent: tuple[dict[str, str], ...]  # each entry's elements as sent


AgentRequest = XmlQuery | PdfQuery | CreditEntries


def _login(read: Read) -> Login:
    return Login(read.text("felhasznalo"), read.text("jelszo"), read.text("szamlaagentkulcs"))


def _selector(read: Read) -> Selector:
    return Selector(read.text("szamlaszam"), read.text("rendelesSzam"), read.text("szamlaKulsoAzon"))


def _required(read: Read, name: str, kind: type[T]) -> T:
    value = read.one(name)
    assert isinstance(value, kind), name  # the sequence made it required, and its parser gave this type
    return value


def _entry(read: Read) -> Kifizetes:
    return Kifizetes(_required(read, "datum", date), read.text("jogcim"), _required(read, "osszeg", Decimal),
                     read.text("leiras"))


def _credit_entries(read: Read) -> CreditEntries:
    settings = _required(read, "beallitasok", Read)
    entries = [e for e in read.values.get("kifizetes", []) if isinstance(e, Read)]
    version = settings.one("valaszVerzio")
    return CreditEntries(
        login=_login(settings),
        invoice_number=settings.text("szamlaszam"),
        additive=_required(settings, "additiv", bool),
        answer_version=version if isinstance(version, int) else None,
        entries=tuple(_entry(e) for e in entries),
        sent=tuple(dict(e.texts) for e in entries),
    )


def kifizetes(texts: dict[str, str]) -> Kifizetes:
    """One credit entry from its elements' texts (the admin route's JSON), checked as a request's would be."""
    known = {leaf.name: leaf for leaf in KIFIZETES.children}
    unknown = sorted(set(texts) - set(known))
    if unknown:
        raise RequestInvalid(f"kifizetes/{unknown[0]}: ismeretlen elem")
    missing = next((leaf.name for leaf in KIFIZETES.children if leaf.required and leaf.name not in texts), None)
    if missing is not None:
        raise RequestInvalid(f"kifizetes: hiányzik a(z) {missing} elem")
    values: dict[str, list[object]] = {
        name: [known[name].parse(f"kifizetes/{name}", text)] for name, text in texts.items()
    }
    return _entry(Read(values, dict(texts)))


def parse_request(root: str, element: Element) -> AgentRequest:
    """Validate a parsed request whose action names ``root``; raise :class:`RequestInvalid` when it does not fit."""
    namespace = NAMESPACE.format(root=root)
    if element.tag != f"{{{namespace}}}{root}":
        raise RequestInvalid(f"a gyökérelem {element.tag!r}; ez a művelet {root} elemet vár a(z) {namespace} névtérben")
    read = _read(element, SEQUENCES[root], namespace, root)
    if root == "xmlszamlaxml":
        return XmlQuery(_login(read), _selector(read), read.one("pdf") is True)
    if root == "xmlszamlapdf":
        return PdfQuery(_login(read), _selector(read), _required(read, "valaszVerzio", int))
    return _credit_entries(read)


def answer_version(element: Element) -> int | None:
    """The ``valaszVerzio`` a request asks for (a direct child, or in ``beallitasok``), read from the parsed
    tree — any namespace prefix, any whitespace — even when the rest of the request is invalid, so that
    its error comes back in the format the caller reads."""
    namespace = element.tag[1:].split("}", 1)[0] if element.tag.startswith("{") else ""
    qualified = f"{{{namespace}}}" if namespace else ""
    for parent in (element, element.find(f"{qualified}beallitasok")):
        found = parent.find(f"{qualified}valaszVerzio") if parent is not None else None
        if found is not None and len(found) == 0:
            try:
                return _int("valaszVerzio", found.text or "")
            except RequestInvalid:
                return None
    return None

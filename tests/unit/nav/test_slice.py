"""NAV lives in one folder, ``services/nav`` (plus its emulator, in the development kit:
``dev/szamlatar_dev/emulators/nav``)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SERVICES = ROOT / "services"
HOMES = (SERVICES / "nav", ROOT / "dev" / "szamlatar_dev" / "emulators" / "nav")
# Named for NAV but rightly elsewhere: the InvoiceData reader is a reader among readers, the CLI is
# grouped by noun (commands/nav.py).
ELSEWHERE = ("core/parsing/nav_xml.py", "commands/")
NAMESPACE_HOME = "core/parsing/"  # nav_xml.py names NAV's namespaces; everything else imports them


def _modules() -> list[tuple[str, Path]]:
    return [(p.relative_to(SERVICES).as_posix(), p) for p in sorted(SERVICES.rglob("*.py"))
            if not any(home in p.parents for home in HOMES)]


def test_modules_named_for_nav_live_in_the_slice() -> None:
    strays = [name for name, _ in _modules()
              if "nav" in Path(name).name and not name.startswith(ELSEWHERE)]
    assert strays == [], f"move into services/nav/: {strays}"


def test_navs_xml_namespaces_are_spelled_only_beside_the_reader() -> None:
    spelled = [name for name, path in _modules()
               if "schemas.nav.gov.hu" in path.read_text(encoding="utf-8") and not name.startswith(NAMESPACE_HOME)]
    assert spelled == []
    assert all(home.is_dir() for home in HOMES)
    in_slice = [p.relative_to(ROOT).as_posix() for home in HOMES for p in home.rglob("*.py")
                if "schemas.nav.gov.hu" in p.read_text(encoding="utf-8")]
    assert in_slice == [], "the slice and the emulator take the namespaces from services/nav/protocol/spec.py"

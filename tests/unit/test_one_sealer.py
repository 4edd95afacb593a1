"""One seal implementation: every secret kept at rest (connection credentials, webhook and signing
secrets, NAV keys, subscription secrets) is sealed and opened by ``adapters/sealer.py``. The
envelope cipher (``adapters/crypto.py``) is used by the sealer and, for documents, by the object
store — by nothing else, so no module can seal a secret its own way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ROOT / "services"
CIPHER = "services.adapters.crypto"
# The sealer seals secrets; the object store encrypts documents; key rotation re-wraps the documents'
# data keys under a new KEK (never a secret, never a body).
CIPHER_USERS = {"services/adapters/sealer.py", "services/adapters/s3.py", "services/compliance/keys.py"}
SEAL_NAMES = re.compile(r"^(un)?seal(_secret)?$|^open_sealed$")


def _uses_cipher(source: str) -> bool:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == CIPHER:
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "services.adapters" and \
                any(a.name == "crypto" for a in node.names):
            return True
        if isinstance(node, ast.Import) and any(a.name == CIPHER for a in node.names):
            return True
    return False


def _seal_functions(source: str) -> list[str]:
    return [n.name for n in ast.walk(ast.parse(source))
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and SEAL_NAMES.match(n.name)]


def _python_files() -> list[Path]:
    return [*SERVICES.rglob("*.py"), *(ROOT / "dev").rglob("*.py")]


def test_only_the_sealer_and_the_object_store_use_the_cipher() -> None:
    users = {str(p.relative_to(ROOT)) for p in _python_files() if _uses_cipher(p.read_text(encoding="utf-8"))}
    assert users == CIPHER_USERS


def test_no_module_but_the_sealer_defines_a_seal_function() -> None:
    found = {str(p.relative_to(ROOT)): names for p in _python_files()
             if (names := _seal_functions(p.read_text(encoding="utf-8")))}
    assert found == {"services/adapters/sealer.py": ["seal"]}


def test_the_checks_see_a_hand_made_seal() -> None:
    retyped = ("from services.adapters.crypto import encrypt\n"
               "def seal(settings, value):\n    return encrypt(value.encode(), settings.kek, settings.kek_id)\n")
    assert _uses_cipher(retyped) and _seal_functions(retyped) == ["seal"]
    assert _uses_cipher("from services.adapters import crypto\n")
    assert not _uses_cipher("from services.adapters.sealer import Sealer\n")

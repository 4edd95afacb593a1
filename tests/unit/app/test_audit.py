"""Verifying an audit chain is one use case (``app/audit.py``), which the API, the UI and the CLI call:
it checks the chain against its newest anchor, anchors an intact head, records itself, and refuses a
principal restricted to sites."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.adapters.audit_anchors import AuditAnchors
from services.app.audit import TENANT_WIDE, verify_audit_chain, verify_for
from services.core.access import Principal
from services.core.enums import Role
from services.core.errors import ForbiddenError
from tests.fakes import AuditLog, ObjectStore

NOW = datetime(2025, 9, 10, 8, 0, tzinfo=UTC)
SERVICES = Path(__file__).resolve().parents[3] / "services"


def _anchors() -> AuditAnchors:
    return AuditAnchors(ObjectStore(), retention_years=8)  # type: ignore[arg-type]  # the store's twin


def _anchored(anchors: AuditAnchors) -> tuple[int, str] | None:
    newest = anchors.newest("acme")
    return None if newest is None else (newest.seq, newest.at)


def _log(entries: int) -> AuditLog:
    log = AuditLog()
    for n in range(entries):
        log.append(tenant="acme", actor="pipeline", action="invoice.archived", target=f"inv-{n}", details={})
    return log


def test_an_intact_chain_is_anchored_at_its_head_and_the_verify_recorded() -> None:
    log, anchors = _log(3), _anchors()
    verdict = verify_audit_chain(log, anchors, "acme", actor="cli:root", clock=lambda: NOW)
    assert verdict.ok and verdict.entries == 3
    assert _anchored(anchors) == (3, NOW.isoformat())
    last = log.entries("acme")[-1]
    assert (last["action"], last["actor"], last["target"], last["details"]) == (
        "audit.verify", "cli:root", "tenant:acme", verdict.as_details())
    # ``--no-anchor``: the head (now the verify entry, seq 4) is verified but not anchored.
    verify_audit_chain(log, anchors, "acme", actor="cli:root", anchor=False)
    assert _anchored(anchors) == (3, NOW.isoformat())


def test_a_chain_cut_short_after_its_anchor_is_reported_and_not_anchored() -> None:
    log, anchors = _log(3), _anchors()
    verify_audit_chain(log, anchors, "acme", actor="anna")  # anchors seq 3; the verify itself is seq 4
    log.log = log.log[:2]
    verdict = verify_audit_chain(log, anchors, "acme", actor="anna")
    assert not verdict.ok and verdict.problem == "truncated"
    assert _anchored(anchors) is not None and _anchored(anchors)[0] == 3  # type: ignore[index]
    assert log.entries("acme")[-1]["details"] == verdict.as_details()  # a broken verdict is recorded too


def test_a_principal_restricted_to_sites_may_not_verify_the_tenants_chain() -> None:
    log, anchors = _log(1), _anchors()
    with pytest.raises(ForbiddenError) as refused:
        verify_for(log, anchors, Principal("deb", "acme", Role.AUDITOR, ("debrecen",)))
    assert refused.value.message == TENANT_WIDE and len(log.log) == 1 and _anchored(anchors) is None
    assert verify_for(log, anchors, Principal("aud", "acme", Role.AUDITOR)).ok
    assert log.entries("acme")[-1]["actor"] == "aud"


def test_api_ui_and_cli_verify_through_the_use_case() -> None:
    callers = {}
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in ("services.app.audit", "services.core.audit_chain"):
                for alias in node.names:
                    if alias.name in ("verify_for", "verify_audit_chain", "verify_chain"):
                        callers.setdefault(alias.name, []).append(str(path.relative_to(SERVICES)))
    # core/evidence.py checks an exported package's chain offline, against the anchor inside it.
    assert callers == {"verify_chain": ["app/audit.py", "core/evidence.py"],
                       "verify_audit_chain": ["commands/audit.py"],
                       "verify_for": ["web/routes/audit.py", "web/ui/pages/audit.py"]}

"""The adapters satisfy the service layer's ports structurally: mypy checks ``adapters_fit_ports.py``
with the project's strict settings, beside an adapter that does not fit, which it must refuse (so the
check is known to bite)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[3]
FIT = Path(__file__).with_name("adapters_fit_ports.py")
MISFIT = '''
from services.app import ports


class ConnectionsByTenant:
    def get(self, tenant: str, connection_id: str) -> dict[str, object] | None: ...
    def upsert(self, connection: dict[str, object]) -> None: ...


connections: ports.ConnectionRepo = ConnectionsByTenant()
'''


def test_every_adapter_fits_its_port_and_a_misfit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    misfit = tmp_path / "misfit.py"
    misfit.write_text(MISFIT, encoding="utf-8")
    monkeypatch.chdir(ROOT)
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary",
                                str(FIT.relative_to(ROOT)), str(misfit)])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1 and not err
    # Only the misfit, not one adapter (by file name: mypy's cache may report the misfit's earlier path).
    assert [Path(e.split(":")[0]).name for e in errors] == [misfit.name], out
    assert 'Incompatible types in assignment (expression has type "ConnectionsByTenant"' in errors[0]

"""``szamlatar nav …`` and the NAV emulator's command are registered where their nouns say."""

from __future__ import annotations

from typer.testing import CliRunner

from services.cli import app


def test_nav_commands_are_registered() -> None:
    runner = CliRunner()
    for command in (["emulator", "nav"], ["nav", "digest"], ["nav", "connect"], ["nav", "sync"], ["nav", "reconcile"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0, result.output


def test_nav_digest_rejects_a_bad_date() -> None:
    result = CliRunner().invoke(app, ["nav", "digest", "--from", "2024-13-01", "--to", "2024-01-02"])
    assert result.exit_code == 2 and "month must be in 1..12" in result.output

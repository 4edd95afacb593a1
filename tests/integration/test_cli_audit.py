"""Changes made with the CLI land in the tenant's hash-chained audit log like the API's own, with
the OS user as actor (``cli:<user>``), and the chain still verifies; tokens expire (default one
year, ``--expires-days``), ``token revoke`` refuses a token from its next request on, and a token
stored before tokens expired keeps working."""

from __future__ import annotations

import json
import os
import pwd
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.admin import create_token
from services.core.access import token_hash
from services.core.enums import Role
from szamlatar_dev.emulators.inhouse.app import DEMO_MAPPING
from tests.integration.conftest import SZT, Tenant

ACTOR = f"cli:{pwd.getpwuid(os.getuid()).pw_name}"


def szt(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([SZT, *args], capture_output=True, text=True, timeout=120, check=False, input=stdin,
                          env={**os.environ, "COLUMNS": "250"})
    return done


def ok(*args: str, stdin: str | None = None) -> str:
    done = szt(*args, stdin=stdin)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


def trail(db: Database[dict[str, Any]], tenant: str) -> list[tuple[str, str, str]]:
    return [(e["action"], e["target"], e["actor"]) for e in db.audit_log.find({"tenant": tenant}).sort("seq", 1)]


def test_cli_changes_are_audited_like_the_apis_with_the_os_user_as_actor(tenant: Tenant, tmp_path: Path) -> None:
    t, db = tenant.name, tenant.db
    token = ok("token", "create", "--tenant", t, "--role", "admin", "--name", "ops", "--expires-days", "30").strip()
    token_id = token_hash(token)[:12]
    conn = f"{t}-cli"
    ok("connection", "create-own-system", conn, "--tenant", t, "--site", "budapest")
    ok("webhook", "allow-url-hosts", conn, "files.example.hu")
    secret = ok("webhook", "rotate-secret", conn).strip()
    ok("webhook", "retire-old-secrets", conn)
    ok("producer", "create", f"{t}-prod", "--tenant", t, "--site", "budapest")
    ok("producer", "delete", f"{t}-prod")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({**DEMO_MAPPING, "list_url": "http://127.0.0.1:9/api/v1/invoices"}))
    ok("pull", "connect", f"{t}-pull", "--tenant", t, "--mapping", str(mapping), "--allow-host", "127.0.0.1:9",
       "--allow-private")
    ok("nav", "connect", f"{t}-nav", "--tenant", t, "--url", "http://127.0.0.1:9/invoiceService/v3", "--login", "u",
       "--password", "p", "--tax-number", "12345678", "--signature-key", "k")
    ok("user", "create", "--tenant", t, "--username", "kovacs", "--role", "finance", "--password-stdin",
       stdin="hosszu-jelszo-1\n")
    ok("user", "create", "--tenant", t, "--username", "kovacs", "--role", "viewer", "--site", "budapest",
       "--password-stdin", stdin="hosszu-jelszo-2\n")
    csv = tmp_path / "clients.csv"
    csv.write_text("id;name;tax_number\nc-1;Dunakavics Építő Kft.;12345676-2-41\n", encoding="utf-8")
    ok("reference", "import", "client", str(csv), "--tenant", t)
    ok("client", "add", "c-2", "--name", "Kovács és Társa Kft.", "--tenant", t)
    ok("subscription", "create", "http://127.0.0.1:9/hook", "--tenant", t, "--id", "hr")
    ok("subscription", "delete", "hr", "--tenant", t)
    assert "revoked" in ok("token", "revoke", token_id)

    cli = [(action, target) for action, target, actor in trail(db, t) if actor == ACTOR]
    assert cli == [
        ("token.created", f"token:{token_id}"),
        ("connection.created", conn),
        ("connection.changed", conn), ("connection.changed", conn), ("connection.changed", conn),
        ("producer.created", f"{t}-prod"), ("producer.deleted", f"{t}-prod"),
        ("connection.created", f"{t}-pull"),
        ("connection.created", f"{t}-nav"),
        ("user.create", "user:kovacs"), ("user.change", "user:kovacs"),
        ("reference.csv_imported", "client"),
        ("reference.upserted", "client"),
        ("subscription.created", "hr"), ("subscription.deleted", "hr"),
        ("token.revoked", f"token:{token_id}"),
    ], trail(db, t)
    entries = {(e["action"], e["target"]): e for e in db.audit_log.find({"tenant": t})}
    assert entries[("token.created", f"token:{token_id}")]["details"]["role"] == "admin"
    assert entries[("user.change", "user:kovacs")]["details"] == {"role": "viewer", "sites": ["budapest"]}
    written = json.dumps([e["details"] for e in entries.values()], default=str, ensure_ascii=False)
    assert secret not in written and token not in written  # names what changed, never a secret's value

    verified = szt("audit", "verify", "--tenant", t, "--no-anchor")
    assert verified.returncode == 0 and f"{t}: ok" in verified.stdout, verified


def test_tokens_expire_can_be_revoked_and_old_tokens_without_expiry_keep_working(tenant: Tenant) -> None:
    t, db = tenant.name, tenant.db
    url = f"{tenant.api}/api/v1/invoices"

    def status(token: str) -> requests.Response:
        return requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=30)

    made = ok("token", "create", "--tenant", t, "--name", "yearly")
    token = made.strip()
    record = db.api_tokens.find_one({"_id": token_hash(token)})
    assert record is not None
    expires = record["expires_at"].replace(tzinfo=UTC)
    assert timedelta(days=364) < expires - datetime.now(UTC) <= timedelta(days=365)  # the default: a year
    listed = ok("token", "list", "--tenant", t)
    assert f"{token_hash(token)[:12]}\t{t}\tyearly\tfinance\t*\texpires {expires:%Y-%m-%d}\tactive" in listed
    assert status(token).status_code == 200

    db.api_tokens.update_one({"_id": token_hash(token)}, {"$set": {"expires_at": datetime.now(UTC) - timedelta(
        minutes=1)}})
    expired = status(token)
    assert expired.status_code == 401 and "expired" in expired.json()["detail"], expired.text

    old = create_token(db, tenant=t, role=Role.FINANCE, name="before-expiry")
    db.api_tokens.update_one({"_id": token_hash(old)}, {"$unset": {"expires_at": ""}})  # as stored before
    assert status(old).status_code == 200
    assert "no expiry" in ok("token", "list", "--tenant", t)
    ok("token", "revoke", token_hash(old)[:8])
    refused = status(old)
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
    again = szt("token", "revoke", token_hash(old)[:8])
    assert again.returncode == 0 and "already revoked" in again.stdout
    unknown = szt("token", "revoke", "0" * 12)
    assert unknown.returncode == 1 and "no token" in unknown.stderr

"""The one context every command shares: settings, the database, the object store and Kafka
publishers, each built on first use — ``szamlatar --help`` and ``szamlatar parse`` connect to
nothing — and the publishers closed when the command line ends.

A command takes ``ctx: typer.Context`` and asks ``context(ctx)``; a test hands in its own with
``CliRunner().invoke(app, args, obj=...)``. The adapters are imported inside the properties, so
loading the CLI stays fast and a test's monkeypatch of ``load_settings`` or ``connect`` is seen.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from services.adapters.kafka_producer import EventPublisher
    from services.adapters.mongo import MongoDb
    from services.adapters.s3 import S3ObjectStore
    from services.adapters.settings import BillingSettings, Settings


class Context:
    def __init__(self) -> None:
        self._publishers: dict[str, EventPublisher] = {}

    @cached_property
    def settings(self) -> Settings:
        from services.adapters.settings import load_settings

        return load_settings()

    @cached_property
    def billing(self) -> BillingSettings:
        """Billingo / Számlázz.hu settings (poller, status-sync, the URL allowlist of connections)."""
        from services.adapters.settings import load_billing_settings

        return load_billing_settings(self.settings.api_port)

    @cached_property
    def db(self) -> MongoDb:
        from services.adapters.mongo import connect

        return connect(self.settings)

    @cached_property
    def store(self) -> S3ObjectStore:
        from services.adapters.s3 import S3ObjectStore

        return S3ObjectStore(self.settings)

    def publisher(self, client_id: str) -> EventPublisher:
        """The Kafka publisher named ``client_id`` (the broker's logs show it), made on first use; every
        send waits for the broker's ack, and the context closes it when the command ends."""
        from services.adapters.kafka_producer import EventPublisher

        if client_id not in self._publishers:
            self._publishers[client_id] = EventPublisher.of(self.settings, client_id=client_id)
        return self._publishers[client_id]

    def audit(self, *, tenant: str, action: str, target: str, details: dict[str, Any]) -> None:
        """A change made from the CLI, into the tenant's audit log as the API writes it (actor ``cli:<user>``)."""
        from services.adapters.admin import audit_cli

        audit_cli(self.db, tenant=tenant, action=action, target=target, details=details)

    def close(self) -> None:
        while self._publishers:
            self._publishers.popitem()[1].close()


def context(ctx: typer.Context) -> Context:
    """The command line's context: the one a test passed as ``obj``, or one made now and closed when
    the command line ends."""
    root = ctx.find_root()
    if root.obj is None:
        root.obj = Context()
        root.call_on_close(root.obj.close)
    obj: Context = root.obj
    return obj

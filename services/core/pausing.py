"""A paused connection (``enabled: false``), whatever its kind, and what each process does with it.

An administrator pauses and resumes a connection on the Integrációk page or through the API
(``app/connections.set_enabled``). A pause throws nothing away; each process keeps what it would
have taken for after the resume:

- the pollers (Billingo, pull, NAV sync) skip it; its cursor stays where it was, so the first pass
  after the resume goes on from there (``running``);
- the doors (own-system webhook, Számlázz.hu push) answer 503 ``disabled`` with ``Retry-After``
  once the sender has proved who it is: nothing was accepted, and the sender's retry brings the
  invoice in after the resume (``check_door_open``). Not a 409: the webhook's 409 means "received
  before, do not send again";
- the export inbox and the watched folder leave the tenant's drops where they are (``running``);
- a direct producer's records cannot be refused at Kafka's door, so the parse stage dead-letters
  them with reason ``disabled`` (``check_producer_running``); ``szamlatar dlq replay`` sends them
  again after the resume. Retrying them in place would hold every other invoice of the partition.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from services.core.errors import ConnectionDisabledError, ConnectionPausedError

PAUSED_RETRY_AFTER = 600  # seconds a door asks a paused connection's sender to wait
C = TypeVar("C", bound=Mapping[str, Any])


def paused(connection: Mapping[str, Any] | None) -> bool:
    """Whether this stored connection is paused; one without the field (older ones) is running."""
    return connection is not None and connection.get("enabled", True) is False


def running(connections: Iterable[C]) -> list[C]:
    """The connections a poller works on this pass: the paused ones left out, their order kept."""
    return [c for c in connections if not paused(c)]


def check_door_open(connection: Mapping[str, Any]) -> None:
    """``ConnectionDisabledError`` (503, ``Retry-After``) for a paused connection; call it after the
    sender is authenticated, so only the sender learns of the pause."""
    if paused(connection):
        raise ConnectionDisabledError(f"connection {connection.get('_id')!r} is paused; nothing was accepted, "
                                      "send it again later", retry_after=PAUSED_RETRY_AFTER)


def check_producer_running(connection: Mapping[str, Any]) -> None:
    """``ConnectionPausedError`` (to the dead-letter topic, replayable) for a paused producer's record."""
    if connection.get("kind") == "producer" and paused(connection):
        raise ConnectionPausedError(f"producer connection {connection.get('_id')!r} is paused; replay this record "
                                    "after resuming it (szamlatar dlq replay)")

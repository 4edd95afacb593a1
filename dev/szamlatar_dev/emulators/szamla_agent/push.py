"""Pénzügyi adatkapcsolat: push each issued or changed invoice's ``<szamla>`` XML to a registered receiver.

The receiver must answer 200 with a ``szamlavalasz`` whose ``alap/id`` echoes the invoice id.
Anything else is retried with exponential backoff, except ``KEY_ERR``/``KEY_DEL``: the real service
stops sending then until the invoice changes. Transport and sleep are injected, so tests can run a
delivery synchronously with :meth:`PushDispatcher.drain`; the process starts a worker thread.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from defusedxml import ElementTree

logger = logging.getLogger(__name__)

Post = Callable[[str, bytes, dict[str, str]], tuple[int, bytes]]
NS = "{http://www.szamlazz.hu/szamlavalasz}"


@dataclass
class PushTarget:
    url: str
    key: str
    with_pdf: bool = True


@dataclass
class Delivery:
    invoice_id: int
    invoice_number: str
    attempts: int = 0
    outcome: str = "pending"  # pending | acknowledged | key_error | gave_up
    last_status: int | None = None
    history: list[str] = field(default_factory=list)
    resent_from: int | None = None  # the earlier delivery whose payload this one sends again


def requests_post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    import requests

    try:
        response = requests.post(url, data=body, headers=headers, timeout=(3, 15))
    except requests.RequestException as exc:
        return 0, type(exc).__name__.encode()
    return response.status_code, response.content


def acknowledgement(status: int, body: bytes, invoice_id: int) -> str:
    """'ok', 'key_error' (do not retry) or 'retry'."""
    if status != 200:
        return "retry"
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError:
        return "retry"
    if root.tag != f"{NS}szamlavalasz":
        return "retry"
    if root.find(f"{NS}hibakod") is not None:
        return "key_error"
    echoed = root.findtext(f"{NS}alap/{NS}id")
    return "ok" if echoed is not None and echoed.strip() == str(invoice_id) else "retry"


class PushDispatcher:
    def __init__(
        self,
        post: Post = requests_post,
        *,
        sleep: Callable[[float], None] = time.sleep,
        max_attempts: int = 8,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
    ) -> None:
        self.target: PushTarget | None = None
        self.deliveries: list[Delivery] = []
        self._payloads: list[bytes] = []  # each delivery's body, by the same index
        self._post = post
        self._sleep = sleep
        self._max_attempts = max_attempts
        self._base_delay = base_delay
        self._max_delay = max_delay
        self._queue: queue.Queue[tuple[Delivery, bytes, PushTarget]] = queue.Queue()
        self._thread: threading.Thread | None = None

    def enqueue(self, invoice_id: int, invoice_number: str, xml: bytes) -> Delivery | None:
        if self.target is None:
            return None
        return self._queue_delivery(Delivery(invoice_id, invoice_number), xml, self.target)

    def resend(self, index: int) -> Delivery | None:
        """Deliver an earlier push's body again, as it was then — what a receiver sees when Számlázz.hu
        re-sends a push whose acknowledgement never reached it, possibly after the invoice changed and
        a newer push went through (the ``<szamla>`` carries no change time to tell the two apart)."""
        if self.target is None or not 0 <= index < len(self.deliveries):
            return None
        earlier = self.deliveries[index]
        return self._queue_delivery(Delivery(earlier.invoice_id, earlier.invoice_number, resent_from=index),
                                    self._payloads[index], self.target)

    def _queue_delivery(self, delivery: Delivery, xml: bytes, target: PushTarget) -> Delivery:
        self.deliveries.append(delivery)
        self._payloads.append(xml)
        self._queue.put((delivery, xml, target))
        return delivery

    def drain(self) -> None:
        """Deliver everything queued, in this thread (tests; the worker thread calls it too)."""
        while True:
            try:
                delivery, xml, target = self._queue.get_nowait()
            except queue.Empty:
                return
            self._deliver(delivery, xml, target)

    def start(self) -> None:
        def work() -> None:
            while True:
                item = self._queue.get()
                self._deliver(*item)

        self._thread = threading.Thread(target=work, name="szamlazz-push", daemon=True)
        self._thread.start()

    def _deliver(self, delivery: Delivery, xml: bytes, target: PushTarget) -> None:
        # The key goes in the header only; it is never logged.
        headers = {"X-Szamlazzhu-Key": target.key, "Content-Type": "application/xml; charset=utf-8"}
        while delivery.attempts < self._max_attempts:
            delivery.attempts += 1
            status, body = self._post(target.url, xml, headers)
            delivery.last_status = status
            verdict = acknowledgement(status, body, delivery.invoice_id)
            delivery.history.append(f"{status}:{verdict}")
            if verdict == "ok":
                delivery.outcome = "acknowledged"
                return
            if verdict == "key_error":
                delivery.outcome = "key_error"
                return
            delay = min(self._max_delay, self._base_delay * 2 ** (delivery.attempts - 1))
            logger.info("push retry", extra={"invoice": delivery.invoice_number, "attempt": delivery.attempts})
            self._sleep(delay)
        delivery.outcome = "gave_up"

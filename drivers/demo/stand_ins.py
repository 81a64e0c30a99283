"""Demo stand-ins for the ID reader, the outbox and the receipt printer."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.domain.identity import CardType, Gender, Identity
from kiosk.ports import (
    CardRead,
    EventSink,
    OutboundItem,
    OutboxStatus,
    PrintOutcome,
    PrintState,
)

DEMO_IDENTITY = Identity(
    card_type=CardType.RESIDENT_ID,
    name="王小明",
    document_number="320102199003071239",
    gender=Gender.MALE,
    birth_date=date(1990, 3, 7),
    ethnicity="汉",
    address="江苏省南京市玄武区中山路100号",
    issuer="南京市公安局玄武分局",
    valid_from=date(2020, 5, 1),
    valid_to=date(2040, 5, 1),
)


class DemoCardReader:
    """Reports a fixed demo card when the demo button asks for it."""

    name = "idcard"

    def __init__(self, identity: Identity = DEMO_IDENTITY) -> None:
        self._identity = identity
        self._sink: EventSink | None = None

    def start(self, sink: EventSink) -> None:
        self._sink = sink

    def stop(self) -> None:
        self._sink = None

    def present_card(self) -> None:
        if self._sink is not None:
            self._sink(CardRead(self._identity))


class DemoOutbox:
    """Keeps submitted items in memory; nothing is durable and nothing is sent."""

    def __init__(self) -> None:
        self.items: list[OutboundItem] = []
        self._lock = threading.Lock()

    def submit(self, items: Sequence[OutboundItem]) -> None:
        with self._lock:
            self.items.extend(items)

    def status(self) -> OutboxStatus:
        with self._lock:
            return OutboxStatus(pending=len(self.items), platform_reachable=False)


class DemoReceiptPrinter:
    """Writes the receipt's fields as text into a folder and says it printed."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def __call__(self, fields: Mapping[str, Any]) -> PrintOutcome:
        self._folder.mkdir(parents=True, exist_ok=True)
        path = self._folder / f"receipt-{fields['tracking_number']}.txt"
        path.write_text("\n".join(f"{k}: {v}" for k, v in fields.items()), encoding="utf-8")
        return PrintOutcome(PrintState.COMPLETED, "回执已打印，请在出纸口取走", job_id=path.name)

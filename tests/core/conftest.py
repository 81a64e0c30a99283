from __future__ import annotations

from datetime import date

import pytest

from kiosk.clock import ManualClock
from kiosk.codes import make_tracking_number
from kiosk.domain.identity import CardType, Gender, Identity
from kiosk.session.machine import SessionMachine, Timeouts


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def machine(clock: ManualClock) -> SessionMachine:
    return SessionMachine(clock, Timeouts(default_s=90, form_s=180, receipt_s=60, warning_s=20))


@pytest.fixture
def identity() -> Identity:
    return Identity(
        card_type=CardType.RESIDENT_ID,
        name="张三丰",
        document_number="11010519491231002X",
        gender=Gender.MALE,
        birth_date=date(1949, 12, 31),
        address="北京市东城区景山前街4号",
        issuer="北京市公安局东城分局",
        valid_from=date(2015, 1, 1),
        long_term=True,
    )


@pytest.fixture
def terminal(machine: SessionMachine, clock: ManualClock):  # type: ignore[no-untyped-def]
    """The core with in-memory stand-ins: for unit tests of the use cases only."""
    from kiosk.tasks import InlineTaskRunner
    from kiosk.terminal import Terminal
    from tests.core.fakes import MemoryOutbox, RecordingPrinting, TinyServices

    services = TinyServices()
    printing = RecordingPrinting()
    return Terminal(
        terminal_id="TEST-0001",
        clock=clock,
        session=machine,
        outbox=MemoryOutbox(),
        tasks=InlineTaskRunner(),
        services=services,
        forms=services,
        receipts=printing,
        documents=printing,
        new_tracking_number=lambda: make_tracking_number(date(2026, 11, 23), random_part="ABCDEFGH").text,
    )

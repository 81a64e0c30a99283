"""提交 stores the filing off the UI thread: the tap returns at once, the receipt comes only after
the store has committed the whole filing, and a refused store goes back to review with every answer.

The task runner here holds each job until the test runs it, as a worker thread would: what the
citizen sees between the tap and the store's answer is then observable without timing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pytest

from kiosk.clock import ManualClock
from kiosk.codes import make_tracking_number
from kiosk.domain.identity import Identity
from kiosk.messages import Say
from kiosk.ports import OutboundItem, StorageFull
from kiosk.session.machine import SessionMachine
from kiosk.session.states import Purpose, State
from kiosk.terminal import Terminal
from tests.core.fakes import MemoryOutbox, RecordingPrinting, TinyServices


class HeldTasks:
    """Runs each job only when the test says so (``run_all``), like a worker that has not yet run."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.jobs.append((work, done))

    def run_all(self) -> None:
        while self.jobs:
            work, done = self.jobs.pop(0)
            try:
                result = work()
            except Exception as exc:
                result = exc
            done(result)


class RefusingOutbox(MemoryOutbox):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def submit(self, items: Sequence[OutboundItem]) -> None:
        raise self.error


def _terminal(machine: SessionMachine, clock: ManualClock, outbox: MemoryOutbox, tasks: HeldTasks) -> Terminal:
    services = TinyServices()
    printing = RecordingPrinting()
    return Terminal(
        terminal_id="TEST-0001",
        clock=clock,
        session=machine,
        outbox=outbox,
        tasks=tasks,
        services=services,
        forms=services,
        receipts=printing,
        documents=printing,
        new_tracking_number=lambda: make_tracking_number(date(2026, 11, 23), random_part="ABCDEFGH").text,
    )


def _at_review(terminal: Terminal, identity: Identity) -> None:
    terminal.start(Purpose.APPLY)
    terminal.identified(identity)
    terminal.choose_service("DEMO-HJ-001")
    terminal.session.go(State.FORM)
    terminal.session.data.form_values = {"phone": "13812345678", "regions": ["320000", "320100"]}
    terminal.session.go(State.REVIEW)
    terminal.accept_pledge()


def test_submit_returns_before_the_filing_is_stored_and_shows_no_receipt_until_it_is(
    machine: SessionMachine, clock: ManualClock, identity: Identity
) -> None:
    outbox, tasks = MemoryOutbox(), HeldTasks()
    terminal = _terminal(machine, clock, outbox, tasks)
    _at_review(terminal, identity)

    terminal.submit()

    assert outbox.items == []  # the store is the worker's: not done inside the tap
    assert machine.state is State.SUBMIT
    assert machine.data.tracking_number == ""
    assert terminal.receipts.printed == []  # type: ignore[attr-defined]
    tasks.run_all()
    assert {i.kind for i in outbox.items} == {"application"}
    assert machine.state is State.RECEIPT
    assert machine.data.tracking_number == outbox.items[0].payload["tracking_number"]
    assert len(terminal.receipts.printed) == 1  # type: ignore[attr-defined]


def test_the_receipt_is_prepared_by_the_worker_after_the_store_and_before_it_shows(
    machine: SessionMachine, clock: ManualClock, identity: Identity
) -> None:
    outbox, tasks = MemoryOutbox(), HeldTasks()
    terminal = _terminal(machine, clock, outbox, tasks)
    seen: list[tuple[str, int, State]] = []
    terminal.prepare_receipt = lambda tracking: seen.append((tracking, len(outbox.items), machine.state))
    _at_review(terminal, identity)

    terminal.submit()
    assert seen == []
    tasks.run_all()

    assert seen == [(machine.data.tracking_number, 1, State.SUBMIT)]


def test_a_failing_receipt_preparation_still_shows_the_receipt_of_a_stored_filing(
    machine: SessionMachine, clock: ManualClock, identity: Identity
) -> None:
    outbox, tasks = MemoryOutbox(), HeldTasks()
    terminal = _terminal(machine, clock, outbox, tasks)

    def broken(tracking: str) -> None:
        raise RuntimeError("no QR today")

    terminal.prepare_receipt = broken
    _at_review(terminal, identity)
    terminal.submit()
    tasks.run_all()

    assert machine.state is State.RECEIPT and len(outbox.items) == 1


@pytest.mark.parametrize(
    ("error", "said"),
    [(StorageFull("disk full"), Say.STORAGE_FULL), (OSError("I/O error"), Say.STORE_FAILED),
     (ValueError("key holds another item"), Say.STORE_FAILED)],
    ids=["full", "io", "refused"],
)
def test_a_store_refused_on_the_worker_goes_back_to_review_with_the_notice_and_every_answer(
    machine: SessionMachine, clock: ManualClock, identity: Identity, error: Exception, said: Say
) -> None:
    tasks = HeldTasks()
    terminal = _terminal(machine, clock, RefusingOutbox(error), tasks)
    _at_review(terminal, identity)
    machine.data.attachments.append({"kind": "photo", "material": "户口簿", "jpeg_b64": "AAAA"})

    terminal.submit()
    tasks.run_all()

    assert machine.state is State.REVIEW
    notice = machine.data.notice
    assert notice is not None and notice.kind is said
    assert machine.data.tracking_number == ""
    assert terminal.receipts.printed == []  # type: ignore[attr-defined]
    assert machine.data.form_values == {"phone": "13812345678", "regions": ["320000", "320100"]}
    assert machine.data.attachments == [{"kind": "photo", "material": "户口簿", "jpeg_b64": "AAAA"}]
    terminal.submit()  # and the citizen may try again
    assert machine.state is State.SUBMIT


def test_a_session_wiped_while_its_filing_is_stored_still_stores_what_the_citizen_confirmed(
    machine: SessionMachine, clock: ManualClock, identity: Identity
) -> None:
    outbox, tasks = MemoryOutbox(), HeldTasks()
    terminal = _terminal(machine, clock, outbox, tasks)
    _at_review(terminal, identity)

    terminal.submit()
    machine.end("timeout")  # the wipe clears the session's dicts and lists in place
    tasks.run_all()

    (filing,) = outbox.items
    assert filing.payload["form"] == {"phone": "13812345678", "regions": ["320000", "320100"]}
    assert machine.state is State.IDLE and machine.data.tracking_number == ""  # nobody is shown a receipt

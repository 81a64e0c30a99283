"""Leaving a session for any reason leaves nothing personal behind."""

from __future__ import annotations

import gc

import pytest

from kiosk.clock import ManualClock
from kiosk.domain.identity import Identity
from kiosk.messages import Message, Say
from kiosk.session.machine import SessionMachine
from kiosk.session.states import Purpose, State


def _fill(machine: SessionMachine, identity: Identity) -> None:
    machine.start(Purpose.APPLY)
    machine.identified(identity)
    d = machine.data
    d.service_code = "SH-GA-001"
    d.form_values.update({"phone": "13812345678", "address": identity.address, "name": identity.name})
    d.attachments.append({"kind": "photo", "bytes": b"\xff\xd8page"})
    d.delivery.update({"method": "ems", "recipient": identity.name})
    d.tracking_number = "T-DEMO-0001"
    d.receipt_pdf = b"%PDF-1.4 receipt of " + identity.name.encode()
    d.notice = Message(Say.CODE_LICENSE_ADDED, (identity.name,))  # a notice carrying personal data


def _reachable_strings(obj: object) -> str:
    return repr(vars(obj)) + repr(vars(obj.data))  # type: ignore[attr-defined]


@pytest.mark.parametrize("reason", ["done", "cancelled", "left", "timeout"])
def test_no_personal_value_is_reachable_after_the_wipe(
    machine: SessionMachine, clock: ManualClock, identity: Identity, reason: str
) -> None:
    _fill(machine, identity)
    held_form = machine.data.form_values
    held_attachments = machine.data.attachments
    if reason == "timeout":
        clock.advance(1000)
        machine.tick()
    else:
        machine.end(reason)
    gc.collect()
    assert machine.state is State.IDLE
    assert machine.data.is_empty()
    text = _reachable_strings(machine)
    for secret in (identity.name, identity.document_number, identity.address, "13812345678", "T-DEMO-0001"):
        assert secret not in text
    # Views that kept a reference to the session's containers see them emptied too.
    assert held_form == {}
    assert held_attachments == []


def test_wipe_hooks_run_on_every_end(machine: SessionMachine, identity: Identity) -> None:
    calls: list[str] = []
    machine.on_wipe(lambda: calls.append("wiped"))
    _fill(machine, identity)
    machine.end("left")
    assert calls == ["wiped"]


def test_a_failing_wipe_hook_does_not_stop_the_wipe(machine: SessionMachine, identity: Identity) -> None:
    def broken() -> None:
        raise RuntimeError("boom")

    machine.on_wipe(broken)
    _fill(machine, identity)
    machine.end("timeout")
    assert machine.data.is_empty()

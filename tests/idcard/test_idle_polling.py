"""The idle reader's loop: repeated finds that cost a write and a comparison, yet miss nothing."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from drivers.idcard import frames as f
from drivers.idcard.sim_card import SimCard
from drivers.idcard.sim_faults import FlipByte, Noise
from drivers.idcard.simulator import Simulator
from drivers.idcard.stop_signal import StopSignal
from drivers.idcard.transport import SerialLink


@pytest.fixture
def link(sim: Simulator) -> Iterator[SerialLink]:
    opened = SerialLink(sim.path, 115200)
    assert opened.exchange(f.FIND_CARD).sw3 == f.SW3_NOT_FOUND
    yield opened
    opened.close()


def stop_after(seconds: float) -> StopSignal:
    stop = StopSignal()
    threading.Timer(seconds, stop.set).start()
    return stop


def test_a_stop_signal_wakes_a_waiting_thread_before_its_timeout() -> None:
    stop, woke = StopSignal(), []
    waiter = threading.Thread(target=lambda: woke.append(stop.wait(3600.0)), daemon=True)
    waiter.start()
    stop.set()
    waiter.join(60.0)  # far below the hour it would wait if set() did not wake it
    assert woke == [True]


def test_a_stop_signal_wait_runs_out_when_nobody_sets_it() -> None:
    assert StopSignal().wait(0.01) is False


def test_a_cleared_stop_signal_waits_again() -> None:
    stop = StopSignal()
    stop.set()
    stop.clear()
    assert not stop.is_set()
    assert stop.wait(0.01) is False


def test_idle_finds_repeat_until_a_card_arrives(sim: Simulator, link: SerialLink) -> None:
    before = sim.requests

    def place_after_five_asks() -> None:
        # The card arrives only once the reader has asked five times over an empty field, so the
        # test says "it kept asking" however slowly a loaded machine runs it (a 0.3 s timer did not).
        while sim.requests - before < 5:
            time.sleep(0.005)
        sim.place(SimCard.resident())

    threading.Thread(target=place_after_five_asks, daemon=True).start()
    reply = link.repeat_until_changed(f.FIND_CARD, 0.01, stop_after(60.0))
    assert reply is not None and reply.sw3 == f.SW3_FOUND


def test_idle_finds_report_the_card_leaving(sim: Simulator, link: SerialLink) -> None:
    sim.place(SimCard.resident())
    assert link.exchange(f.FIND_CARD).sw3 == f.SW3_FOUND
    threading.Timer(0.2, sim.remove).start()
    reply = link.repeat_until_changed(f.FIND_CARD, 0.01, stop_after(5.0))
    assert reply is not None and reply.sw3 == f.SW3_NOT_FOUND


def test_idle_finds_end_when_stopped(link: SerialLink) -> None:
    assert link.repeat_until_changed(f.FIND_CARD, 0.01, stop_after(0.2)) is None


def test_a_corrupted_idle_reply_is_reported_as_a_checksum_error(sim: Simulator, link: SerialLink) -> None:
    sim.inject(FlipByte(offset=9), on=f.FIND_CARD)
    with pytest.raises(f.ChecksumError):
        link.repeat_until_changed(f.FIND_CARD, 0.01, stop_after(5.0))


def test_noise_before_an_idle_reply_is_skipped_and_the_reply_still_decoded(sim: Simulator, link: SerialLink) -> None:
    sim.inject(Noise(), on=f.FIND_CARD)
    reply = link.repeat_until_changed(f.FIND_CARD, 0.01, stop_after(5.0))
    assert reply is not None and reply.sw3 == f.SW3_NOT_FOUND


def test_a_reply_carrying_card_data_is_never_remembered(sim: Simulator, link: SerialLink) -> None:
    card = SimCard.resident()
    sim.place(card)
    link.exchange(f.FIND_CARD)
    link.exchange(f.SELECT_CARD)
    assert link.exchange(f.READ_TEXT_PHOTO).sw3 == f.SW3_OK
    number = card.identity.document_number.encode("utf-16-le")
    remembered = b"".join(frame for frame, _reply in link._repeats.values())
    assert number not in remembered
    assert f.READ_TEXT_PHOTO not in link._repeats


def test_the_technician_self_test_gets_through_while_the_reader_idles(sim: Simulator, start_reader) -> None:
    reader = start_reader(sim.path, poll_interval=0.02)
    deadline = time.monotonic() + 5
    while reader._link is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)  # several quiet finds in
    ok, message, _details = reader.self_test()
    assert ok, message

"""Requests damaged on the way to the reader: the simulator answers as readers do, the driver sends again."""

from __future__ import annotations

import os
import select
import time
from collections.abc import Iterator

import pytest

from drivers.idcard import frames as f
from drivers.idcard.sim_card import SimCard
from drivers.idcard.sim_faults import GarbledRequest
from drivers.idcard.simulator import BadFrames, Simulator
from drivers.idcard.transport import RequestDamaged, SerialLink
from kiosk.ports import CardRead, CardRemoved


def open_raw(path: str) -> int:
    link = SerialLink(path, 115200)  # sets the line up (raw mode, baud) the way the driver does
    fd = os.dup(link._port.fileno())
    link.close()
    return fd


def answer_to(fd: int, request: bytes, wait: float = 0.5) -> bytes:
    os.write(fd, request)
    received = b""
    deadline = time.monotonic() + wait
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            received += os.read(fd, 256)
    return received


@pytest.fixture
def bad_frame_sim(tmp_path, request: pytest.FixtureRequest) -> Iterator[Simulator]:
    mode: BadFrames = request.param
    simulator = Simulator(115200, link_dir=tmp_path, bad_frames=mode).start()
    yield simulator
    simulator.stop()


def with_wrong_checksum(frame: bytes) -> bytes:
    return frame[:-1] + bytes([frame[-1] ^ 0xFF])


def with_impossible_length(frame: bytes) -> bytes:
    return f.PREAMBLE + b"\x00\x01" + frame[7:]


@pytest.mark.parametrize("bad_frame_sim", ["reply"], indirect=True)
@pytest.mark.parametrize(("spoil", "sw3"), [(with_wrong_checksum, 0x10), (with_impossible_length, 0x11)])
def test_the_simulator_answers_a_damaged_request_with_its_status_code(bad_frame_sim, spoil, sw3) -> None:
    fd = open_raw(bad_frame_sim.path)
    try:
        reply = f.decode_reply(answer_to(fd, spoil(f.encode_command(f.FIND_CARD))))
    finally:
        os.close(fd)
    assert reply.sw3 == sw3


@pytest.mark.parametrize("bad_frame_sim", ["silent"], indirect=True)
def test_a_silent_simulator_ignores_a_damaged_request(bad_frame_sim) -> None:
    fd = open_raw(bad_frame_sim.path)
    try:
        assert answer_to(fd, with_wrong_checksum(f.encode_command(f.FIND_CARD)), wait=0.3) == b""
    finally:
        os.close(fd)


@pytest.mark.parametrize("bad_frame_sim", ["garbage"], indirect=True)
def test_a_garbage_simulator_answers_a_damaged_request_with_bytes_that_are_no_frame(bad_frame_sim) -> None:
    fd = open_raw(bad_frame_sim.path)
    try:
        received = answer_to(fd, with_wrong_checksum(f.encode_command(f.FIND_CARD)))
    finally:
        os.close(fd)
    assert received
    decoder = f.FrameDecoder()
    decoder.feed(received)
    assert decoder.next_frame() is None


def test_the_driver_sends_a_damaged_request_again(sim) -> None:
    link = SerialLink(sim.path, 115200)
    try:
        sim.inject(GarbledRequest(), on=f.SAM_STATUS)
        assert link.exchange(f.SAM_STATUS).sw3 == f.SW3_OK
    finally:
        link.close()


def test_a_request_damaged_twice_is_a_protocol_error_that_names_the_cable(sim) -> None:
    link = SerialLink(sim.path, 115200)
    try:
        sim.inject(GarbledRequest(), on=f.SAM_STATUS)
        sim.inject(GarbledRequest(), on=f.SAM_STATUS)
        with pytest.raises(RequestDamaged, match="cable"):
            link.exchange(f.SAM_STATUS)
    finally:
        link.close()


def test_a_damaged_find_does_not_make_a_card_on_the_reader_look_removed(sim, events, start_reader) -> None:
    sim.set_hide_after_read(False)
    start_reader(sim.path)
    sim.place(SimCard.resident())
    events.wait_for(CardRead)
    time.sleep(0.2)  # the reader settles into quiet finds that keep finding the card
    sim.inject(GarbledRequest(), on=f.FIND_CARD)
    time.sleep(0.5)
    assert events.of(CardRemoved) == []
    sim.remove()
    events.wait_for(CardRemoved)

"""The serial link to the reader: one command at a time, replies framed as 7+LEN bytes.

Reads block in ``select`` until bytes arrive or the command's deadline passes, so an idle reader
costs nothing between polls. Bytes move with ``os.read``/``os.write`` on pyserial's descriptor:
pyserial's own read and write add a select and bookkeeping per call, which made up half of the
CPU an idle reader spends on each find (pyserial still opens, configures and closes the port).
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import select
import termios
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import serial
from serial.tools import list_ports

from drivers.idcard.errors import IdCardError
from drivers.idcard.frames import (
    SAM_STATUS,
    ChecksumError,
    Command,
    FrameDecoder,
    FrameError,
    Reply,
    decode_reply,
    encode_command,
    reply_fits,
)
from drivers.idcard.stop_signal import StopSignal

log = logging.getLogger(__name__)

PROBE_BAUDS = (115200, 57600, 38400, 19200, 9600)
BITS_PER_BYTE = 10  # start + 8 data + stop

# Expected reply sizes, so deadlines can include wire time at slow baud rates.
_REPLY_BYTES = {0x20: 19, 0x30: 2321, 0x12: 27}
# Base latency allowances (seconds) on top of wire time, from the survey of working drivers.
_BASE_TIMEOUT = {0x20: 0.8, 0x30: 2.0}
_DEFAULT_TIMEOUT = 1.0
PROBE_TIMEOUT = 0.3
_READ_CHUNK = 4096
_REQUEST_DAMAGED = (0x10, 0x11)  # checksum or length of our request was wrong on arrival
_REMEMBERED_FRAME = 32  # bytes; the find, select and status replies, never a card read
# How a port closed or unplugged under us shows: pyserial raises TypeError/OSError from fileno()
# and select on a closed port.
_PORT_ERRORS = (serial.SerialException, OSError, TypeError, termios.error)


class _Remembered(NamedTuple):
    frame: bytes
    reply: Reply


class LinkError(IdCardError):
    """The link failed; ``str()`` is technician-facing."""


class ReplyTimeout(LinkError):
    pass


class IncompleteFrame(FrameError):
    """A reply started but stopped arriving (a dropped byte, or the device stalled mid-frame)."""


class RequestDamaged(FrameError):
    """The reader twice reported our request as corrupted on arrival (SW3 0x10 or 0x11)."""


class PortGone(LinkError):
    """The port vanished or cannot be opened (unplugged, wrong path, permissions)."""


def wire_time(n_bytes: int, baud: int) -> float:
    return n_bytes * BITS_PER_BYTE / baud


def command_timeout(command: Command, baud: int) -> float:
    base = _BASE_TIMEOUT.get(command.cmd, _DEFAULT_TIMEOUT)
    return base + 1.5 * wire_time(_REPLY_BYTES.get(command.cmd, 11) + 11, baud)


class SerialLink:
    """An open serial port speaking the SAM protocol. Thread-safe: one exchange at a time."""

    def __init__(self, path: str, baud: int) -> None:
        self.path = path
        self.baud = baud
        self._lock = threading.Lock()
        self._decoder = FrameDecoder()
        # An idle reader answers every find with the same few bytes; recognising them saves the
        # decoding that was a third of an idle poll's CPU. Only short status replies are kept:
        # a reply carrying card data is never remembered.
        self._repeats: dict[Command, _Remembered] = {}
        try:
            self._port = serial.Serial(path, baud, timeout=0, exclusive=True)
            # Waiting happens in select() with the command's deadline, never inside read or write.
            os.set_blocking(self._port.fileno(), False)
        except (serial.SerialException, OSError, ValueError) as exc:
            raise PortGone(f"cannot open {path} at {baud}: {exc}", port=path) from exc

    def close(self) -> None:
        with contextlib.suppress(serial.SerialException, OSError):
            self._port.close()

    def set_baud(self, baud: int) -> None:
        try:
            self._port.baudrate = baud
        except (serial.SerialException, OSError, ValueError) as exc:
            raise PortGone(f"cannot set {self.path} to {baud}: {exc}", port=self.path) from exc
        self.baud = baud

    def exchange(self, command: Command, data: bytes = b"", timeout: float | None = None) -> Reply:
        with self._lock:
            return self._exchange(
                command, data, timeout if timeout is not None else command_timeout(command, self.baud)
            )

    def _exchange(self, command: Command, data: bytes, timeout: float) -> Reply:
        return self._resent_if_damaged(command, data, timeout, self._exchange_once(command, data, timeout))

    def _resent_if_damaged(self, command: Command, data: bytes, timeout: float, reply: Reply) -> Reply:
        """``reply``, or when the reader says the request arrived damaged, the reply to sending it once more."""
        if reply.sw3 in _REQUEST_DAMAGED:
            log.warning(
                "reader received %s damaged (SW3=0x%02X %s); sending it again", command, reply.sw3, reply.meaning
            )
            reply = self._exchange_once(command, data, timeout)
            if reply.sw3 in _REQUEST_DAMAGED:
                raise RequestDamaged(
                    f"reader received {command} damaged twice on {self.path} (SW3=0x{reply.sw3:02X} {reply.meaning}): "
                    "check the cable, its shielding and the baud rate",
                    port=self.path,
                    command=str(command),
                )
        return reply

    def _exchange_once(self, command: Command, data: bytes, timeout: float) -> Reply:
        deadline = time.monotonic() + timeout
        try:
            fd = self._port.fileno()
            # A late reply to an earlier, timed-out command must not be taken for this one's.
            termios.tcflush(fd, termios.TCIFLUSH)
            self._decoder.clear()
            self._write(fd, encode_command(command, data), deadline)
            return self._receive(fd, command, timeout, deadline)
        except _PORT_ERRORS as exc:
            raise PortGone(f"{self.path}: {exc}", port=self.path) from exc

    def _receive(self, fd: int, command: Command, timeout: float, deadline: float) -> Reply:
        # A UART sends a frame without pauses; a long gap inside one means a byte was lost.
        gap = 0.2 + wire_time(256, self.baud)
        corrupt_before = self._decoder.corrupt_frames
        repeat = self._repeats.get(command)
        while True:
            frame = self._decoder.next_frame()
            if frame is not None:
                reply = decode_reply(frame)
                if reply_fits(command, reply):
                    if len(frame) <= _REMEMBERED_FRAME:
                        self._repeats[command] = _Remembered(frame, reply)
                    return reply
                log.debug("skipped a reply that does not answer %s (SW3=0x%02X)", command, reply.sw3)
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ReplyTimeout(
                    f"no complete reply to {command} within {timeout:.2f} s on {self.path} at {self.baud} "
                    f"({self._decoder.pending()} bytes pending, {self._decoder.discarded} discarded)",
                    port=self.path,
                    command=str(command),
                )
            broken = self._decoder.in_frame() or self._decoder.corrupt_frames > corrupt_before
            ready, _, _ = select.select([fd], [], [], min(remaining, gap) if broken else remaining)
            if ready:
                chunk = self._read_available(fd)
                if repeat is not None and chunk == repeat.frame and not self._decoder.pending():
                    return repeat.reply
                self._decoder.feed(chunk)
            elif self._decoder.corrupt_frames > corrupt_before:
                raise ChecksumError(f"reply to {command} on {self.path} failed its XOR checksum")
            elif self._decoder.in_frame():
                pending = self._decoder.pending()
                raise IncompleteFrame(
                    f"reply to {command} on {self.path} stopped after {pending} bytes",
                    port=self.path,
                    command=str(command),
                )

    def repeat_until_changed(self, command: Command, interval: float, stop: StopSignal) -> Reply | None:
        """Send ``command`` every ``interval`` seconds while the device answers byte for byte as last time.

        Returns the first reply that differs, decoded and checked as ``exchange`` would, or None
        once ``stop`` is set. This is the idle reader's loop: forty finds a second that all say
        "no card", each costing one write, one wait and one comparison instead of a decode.
        """
        timeout = command_timeout(command, self.baud)
        request = encode_command(command)
        while not stop.wait(interval):
            with self._lock:
                remembered = self._repeats.get(command)
                if remembered is None:
                    return self._exchange(command, b"", timeout)
                deadline = time.monotonic() + timeout
                try:
                    fd = self._port.fileno()
                    self._write(fd, request, deadline)
                    ready, _, _ = select.select([fd], [], [], timeout)
                    chunk = self._read_available(fd) if ready else b""
                    if chunk == remembered.frame:
                        continue
                    # Anything else (a card, a fault, noise, half a frame) takes the careful path.
                    self._decoder.clear()
                    self._decoder.feed(chunk)
                    reply = self._receive(fd, command, timeout, deadline)
                except _PORT_ERRORS as exc:
                    raise PortGone(f"{self.path}: {exc}", port=self.path) from exc
                return self._resent_if_damaged(command, b"", timeout, reply)
        return None

    def _read_available(self, fd: int) -> bytes:
        try:
            chunk = os.read(fd, _READ_CHUNK)
        except BlockingIOError:  # a spurious wake-up: nothing to read after all
            return b""
        if not chunk:
            # Readable yet empty: the device behind the descriptor is gone (USB unplugged).
            raise PortGone(f"{self.path} reports data but returns none: device disconnected", port=self.path)
        return chunk

    def _write(self, fd: int, frame: bytes, deadline: float) -> None:
        # The descriptor is non-blocking: a full output queue (flow control, a stuck UART) shows
        # as a short write, and we wait for room only until the command's deadline.
        view = memoryview(frame)
        while view:
            try:
                view = view[os.write(fd, view) :]
            except BlockingIOError:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ReplyTimeout(
                        f"{self.path} would not take the request within the command's time", port=self.path
                    ) from None
                select.select([], [fd], [], remaining)


@dataclass(frozen=True)
class ProbeResult:
    path: str
    baud: int
    status: Reply


def probe_port(path: str, bauds: Sequence[int] = PROBE_BAUDS) -> tuple[SerialLink, Reply] | None:
    """Open ``path`` and try the status command at each baud rate; the first intelligible reply wins."""
    link = SerialLink(path, bauds[0])
    try:
        for baud in bauds:
            if baud != link.baud:
                link.set_baud(baud)
            try:
                reply = link.exchange(SAM_STATUS, timeout=PROBE_TIMEOUT + wire_time(40, baud))
            except ReplyTimeout:
                log.debug("no status reply from %s at %d baud", path, baud)
                continue
            log.info("reader answered on %s at %d baud (SW3=0x%02X)", path, baud, reply.sw3)
            return link, reply
    except LinkError:
        link.close()
        raise
    link.close()
    return None


def probe_order(preferred: int) -> tuple[int, ...]:
    if preferred in PROBE_BAUDS:
        return (preferred, *(b for b in PROBE_BAUDS if b != preferred))
    return PROBE_BAUDS


def candidate_ports(explicit: Iterable[str] | Callable[[], Iterable[str]], include_system: bool = True) -> list[str]:
    """Explicit paths or glob patterns (e.g. ``/dev/serial/by-id/*``) first, then pyserial's ports."""
    found: list[str] = []
    for item in explicit() if callable(explicit) else explicit:
        matches = sorted(glob.glob(item)) if glob.has_magic(item) else [item]
        found.extend(m for m in matches if m not in found)
    if include_system:
        found.extend(p.device for p in list_ports.comports() if p.device not in found)
    return found

"""The ID card reader as an ``EventSource``: its own thread, edge-triggered reads, reconnect on loss."""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from drivers.idcard import frames as f
from drivers.idcard.photo import PhotoDecoder, with_decoded_photo
from drivers.idcard.replies import decode_appended_addresses, decode_read, decode_read_with_fingerprint, decode_sam_id
from drivers.idcard.stop_signal import StopSignal
from drivers.idcard.textblock import UnknownCardType, decode_text
from drivers.idcard.transport import (
    LinkError,
    PortGone,
    ReplyTimeout,
    SerialLink,
    candidate_ports,
    probe_order,
    probe_port,
)
from drivers.idcard.validation import rejection_reason
from kiosk.clock import SystemClock
from kiosk.domain.identity import CardType
from kiosk.messages import CardProblem
from kiosk.ports import CardRead, CardRejected, CardRemoved, Clock, DeviceBack, DeviceLost, EventSink

log = logging.getLogger(__name__)

DEVICE = "idcard"
MAX_RF_FRAME = 0x50
_TIMEOUTS_BEFORE_LOST = 3
_READ_ATTEMPTS = 3
# Between finds. A new card waits on average half a cycle (this plus the find itself, ~27 ms at
# 115200) before a find sees it. An idle find costs two wake-ups, ~0.2 ms of CPU on our test
# machines, whatever the code does between them; so the cycle trades CPU against latency at
# about 0.1 ms·%: 20 ms gives ~0.75% of a core and ~+8% on a 170 ms read (benchmarks/idcard_read.py).
DEFAULT_POLL_S = 0.020


class SamFault(LinkError):
    pass


class _Card(enum.Enum):
    NONE = "none"  # no card read since the reader last reported an empty field
    JUST_READ = "just_read"  # read; the next find tells which kind of reader this is
    PRESENT = "present"  # read, and the reader still reports it
    HIDDEN = "hidden"  # read, and the reader hides it: only a new find success means a new arrival


@dataclass
class _Status:
    port: str = ""
    baud: int = 0
    sam_id: str = ""
    last_read: str = ""
    last_error: str = ""


class IdCardReader:
    """Polls a GA/T 467 SAM reader and reports card and device events to a sink.

    ``port``: a device path, or "auto" to probe ``candidates`` (paths or glob patterns, or a
    callable returning them) and, with ``system_ports``, every port pyserial lists.
    ``baud``: the rate to try first; 0 means probe 115200 → 9600.
    """

    name = DEVICE

    def __init__(
        self,
        port: str = "auto",
        baud: int = 0,
        *,
        candidates: Sequence[str] | Callable[[], Iterable[str]] = (),
        system_ports: bool = True,
        poll_interval: float = DEFAULT_POLL_S,
        read_fingerprint: bool = False,
        photo_decoder: PhotoDecoder | None = None,
        clock: Clock | None = None,
        max_backoff: float = 2.0,
    ) -> None:
        self.port = port
        self.baud = baud
        self.candidates = candidates
        self.system_ports = system_ports
        self.poll_interval = poll_interval
        self.read_fingerprint = read_fingerprint
        self.photo_decoder = photo_decoder
        self.clock: Clock = clock or SystemClock()
        self.max_backoff = max_backoff
        self._link: SerialLink | None = None
        self._link_lock = threading.Lock()
        self._stop = StopSignal()
        self._thread: threading.Thread | None = None
        self._sink: EventSink = lambda _e: None
        self._card = _Card.NONE
        self._read_failures = 0
        self._keeps_finding = False  # learned from the first card left on the reader
        self._lost = False
        self._status = _Status()
        self.thread_native_id: int | None = None  # for CPU measurements

    # --- EventSource ----------------------------------------------------------------------------

    def start(self, sink: EventSink) -> None:
        if self._thread and self._thread.is_alive():
            raise RuntimeError("ID card reader already started")
        self._sink = sink
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="idcard-reader", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        # Whatever the thread still finds on its way out goes nowhere: the window it would be
        # posted to may be closing (a late CardRemoved once reached a deleted dispatcher).
        self._sink = lambda _e: None
        if self._thread:
            self._thread.join(10)
            if self._thread.is_alive():
                log.warning("ID card reader thread did not stop within 10 s; it ends with the process")
        self._drop_link()

    # --- technician ----------------------------------------------------------------------------

    def self_test(self) -> tuple[bool, str, dict[str, Any]]:
        """Round-trip the status command on the open port: (ok, technical detail, details).

        The technician screen names the state in words (the catalog); this detail is its second line,
        in the drivers' technical English like every other self-test."""
        details: dict[str, Any] = vars(replace(self._status))
        link = self._link
        if link is None:
            return False, f"reader not connected: {self._status.last_error or 'no reader found yet'}", details
        try:
            reply = link.exchange(f.SAM_STATUS)
        except LinkError as exc:
            return False, f"reader did not answer the status command: {exc}", details
        details["sw3"] = f"0x{reply.sw3:02X}"
        if reply.sw3 != f.SW3_OK:
            return False, f"security module fault SW3=0x{reply.sw3:02X} ({reply.meaning})", details
        return True, f"reader answered the status command (SW3=0x{reply.sw3:02X})", details

    # --- thread ---------------------------------------------------------------------------------

    def _run(self) -> None:
        self.thread_native_id = threading.get_native_id()
        backoff = 0.1
        while not self._stop.is_set():
            if self._link is None:
                try:
                    self._connect()
                except LinkError as exc:
                    self._report_lost(str(exc))
                    self._stop.wait(backoff)
                    backoff = min(backoff * 2, self.max_backoff)
                    continue
                backoff = 0.1
                self._forget_card()
                self._status.last_error = ""  # recovered: the technician must not see the old fault beside OK
                if self._lost:
                    self._lost = False
                    self._sink(DeviceBack(DEVICE))
            timeouts = 0
            quiet = False
            while not self._stop.is_set() and self._link is not None:
                try:
                    reply = self._next_find(quiet)
                    if reply is None:
                        break
                    quiet = self._on_find(reply)
                    timeouts = 0
                except ReplyTimeout as exc:
                    quiet = False
                    timeouts += 1
                    log.warning("ID card reader: %s", exc)
                    if timeouts >= _TIMEOUTS_BEFORE_LOST:
                        self._drop_link()
                        self._report_lost(f"{_TIMEOUTS_BEFORE_LOST} commands without a reply: {exc}")
                        break
                except (PortGone, SamFault) as exc:
                    self._drop_link()
                    self._report_lost(str(exc))
                    break
                except f.FrameError as exc:
                    quiet = False
                    log.warning("ID card reader protocol error: %s", exc)
                except Exception as exc:  # the thread must survive anything a device can provoke
                    log.exception("ID card reader: unexpected error")
                    self._drop_link()
                    self._report_lost(f"unexpected {type(exc).__name__}")
                    break

    def _forget_card(self) -> None:
        """After (re)connecting nothing is known of the field: a card swapped while the reader was
        away must be read, and a reader on a new port may report a card left on it differently."""
        if self._card is not _Card.NONE:
            self._sink(CardRemoved())
        self._card = _Card.NONE
        self._read_failures = 0
        self._keeps_finding = False

    def _report_lost(self, reason: str) -> None:
        self._status.last_error = reason
        if not self._lost:
            self._lost = True
            log.error("ID card reader lost: %s", reason)
            self._sink(DeviceLost(DEVICE, reason))

    def _drop_link(self) -> None:
        with self._link_lock:
            if self._link is not None:
                self._link.close()
                self._link = None

    def _connect(self) -> None:
        paths = [self.port] if self.port != "auto" else candidate_ports(self.candidates, self.system_ports)
        if not paths:
            raise PortGone("no serial port to probe (port=auto and no candidates)")
        errors = []
        for path in paths:
            try:
                found = probe_port(path, probe_order(self.baud or self._status.baud))
            except LinkError as exc:
                errors.append(str(exc))
                continue
            if found is None:
                errors.append(f"{path}: no reply at any baud rate")
                continue
            link, status = found
            try:
                self._start_up(link, status)
            except LinkError:
                link.close()
                raise
            with self._link_lock:
                self._link = link
            return
        raise PortGone("; ".join(errors))

    def _start_up(self, link: SerialLink, status: f.Reply) -> None:
        if status.sw3 != f.SW3_OK:
            raise SamFault(f"SAM status on {link.path}: SW3=0x{status.sw3:02X} {status.meaning}", port=link.path)
        sam = link.exchange(f.SAM_ID)
        if sam.sw3 == f.SW3_OK:
            self._status.sam_id = str(decode_sam_id(sam.data))
        rf = link.exchange(f.SET_MAX_RF_FRAME, bytes([MAX_RF_FRAME]))
        if rf.sw3 != f.SW3_OK:
            log.warning("reader refused max RF frame 0x%02X: %s", MAX_RF_FRAME, rf.meaning)
        self._status.port, self._status.baud = link.path, link.baud
        log.info("ID card reader ready on %s at %d baud, SAM %s", link.path, link.baud, self._status.sam_id)

    # --- polling --------------------------------------------------------------------------------

    def _open_link(self) -> SerialLink:
        link = self._link
        if link is None:
            raise PortGone("port closed")
        return link

    def _exchange(self, command: f.Command, data: bytes = b"") -> f.Reply:
        return _unless_sam_fault(command, self._open_link().exchange(command, data))

    def _next_find(self, quiet: bool) -> f.Reply | None:
        """The next find reply after one poll interval, or None when stopping.

        ``quiet``: the last reply changed nothing, so the link may repeat the find without
        handing back replies identical to it; a card's arrival or departure still ends the wait.
        """
        if quiet:
            reply = self._open_link().repeat_until_changed(f.FIND_CARD, self.poll_interval, self._stop)
            return None if reply is None else _unless_sam_fault(f.FIND_CARD, reply)
        if self._stop.wait(self.poll_interval):
            return None
        return self._exchange(f.FIND_CARD)

    def _on_find(self, reply: f.Reply) -> bool:
        """Act on one find reply; True when the same reply again would change nothing."""
        found = reply.sw3 == f.SW3_FOUND
        state = self._card
        if not found:
            if state is _Card.NONE and self._read_failures:
                self._lost_mid_read()
                return True
            if state is _Card.PRESENT or (state is _Card.JUST_READ and self._keeps_finding):
                self._card = _Card.NONE
                self._sink(CardRemoved())
            elif state is _Card.JUST_READ:
                self._card = _Card.HIDDEN
            self._read_failures = 0
            return True
        if state is _Card.JUST_READ:
            # This reader keeps finding a read card, so a later "not found" means it left.
            self._keeps_finding = True
            self._card = _Card.PRESENT
            return True
        if state is _Card.PRESENT:
            return True
        if state is _Card.HIDDEN:
            # A hiding reader finds a card again only after it left the field: a new arrival.
            self._card = _Card.NONE
            self._sink(CardRemoved())
        self._read_card()
        return False

    def _read_card(self) -> None:
        if self._exchange(f.SELECT_CARD).sw3 != f.SW3_OK:
            return
        command = f.READ_WITH_FINGERPRINT if self.read_fingerprint else f.READ_TEXT_PHOTO
        try:
            reply = self._exchange(command)
        except (f.FrameError, ReplyTimeout) as exc:
            self._failed(f"the reply broke off: {exc}")
            return
        if reply.sw3 == 0x40:
            self._finish(CardRejected(CardProblem.UNRECOGNISED))
            return
        if reply.sw3 != f.SW3_OK:
            self._failed(f"read {command}: SW3=0x{reply.sw3:02X} {reply.meaning}")
            return
        try:
            data = decode_read_with_fingerprint(reply.data) if self.read_fingerprint else decode_read(reply.data)
            identity = decode_text(data.text, data.photo)
        except UnknownCardType as exc:
            log.warning("card rejected: %s", exc)
            self._finish(CardRejected(CardProblem.UNRECOGNISED))
            return
        except f.FrameError as exc:
            self._failed(str(exc))
            return
        if identity.card_type is CardType.RESIDENT_ID:
            extra = self._exchange(f.READ_APPENDED_ADDRESS)
            if extra.sw3 == f.SW3_OK:
                try:
                    identity = replace(identity, extra_addresses=decode_appended_addresses(extra.data))
                except f.FrameError as exc:
                    log.warning("appended address ignored: %s", exc)
        rejected = rejection_reason(identity, self.clock.now().date())
        if rejected is None:
            identity = with_decoded_photo(identity, self.photo_decoder)
        self._status.last_read = self.clock.now().isoformat(timespec="seconds")
        if rejected is not None:
            log.info("card %s %s rejected: %s", identity.card_type.value, identity.masked_number,
                     rejected.problem.value)
            self._finish(rejected)
        else:
            log.info("card %s %s read", identity.card_type.value, identity.masked_number)
            self._finish(CardRead(identity))

    def _finish(self, event: CardRead | CardRejected) -> None:
        self._card = _Card.JUST_READ
        self._read_failures = 0
        self._sink(event)

    def _lost_mid_read(self) -> None:
        """A read failed and the reader no longer finds the card: tell the citizen to place it again.

        Readers hide a card they have read until it leaves the field, so a read whose reply was
        spoiled on the line cannot be repeated; the citizen may also have lifted the card too soon.
        Either way only placing it again can read it, and waiting in silence would leave them in
        front of a screen that never changes."""
        log.warning("card read failed and the reader no longer finds the card: asking for it again")
        self._card = _Card.HIDDEN
        self._read_failures = 0
        self._sink(CardRejected(CardProblem.UNREADABLE))

    def _failed(self, why: str) -> None:
        self._read_failures += 1
        log.warning("card read attempt %d failed: %s", self._read_failures, why)
        if self._read_failures >= _READ_ATTEMPTS:
            self._finish(CardRejected(CardProblem.UNREADABLE))


def _unless_sam_fault(command: f.Command, reply: f.Reply) -> f.Reply:
    if reply.sw3 in (0x60, 0x66):
        raise SamFault(f"SAM fault during {command}: SW3=0x{reply.sw3:02X} {reply.meaning}", command=str(command))
    return reply


def wait_until(predicate: Callable[[], bool], timeout: float, step: float = 0.01) -> bool:
    """Small polling helper for demos and tests."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()

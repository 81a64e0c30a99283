"""A protocol-accurate ID card reader on a pseudo-terminal: the device's side of the same codec.

The driver opens the pty's slave path through pyserial exactly like a real port. Baud rate on a
pty carries no meaning electrically, so the simulator emulates it honestly: it has its own "line
baud" and reads the host's configured rate from the pty's termios (the master sees the speed the
slave was set to). When they differ, a real UART pair sees framing errors, so the simulator
discards what it received and answers with junk that never forms a frame. Replies are paced at
the line baud (10 bits per byte) and written in chunks, so the driver sees partial frames.

Unplug closes both pty ends (the slave path disappears and the driver's reads fail); replug opens
a new pty. With ``link_dir`` the simulator keeps a stable symlink to the current slave (like a
udev ``/dev/serial/by-id`` name), re-pointed on replug, or a new name with ``replug(new_path=True)``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import select
import termios
import threading
import time
import tty
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from drivers.idcard import frames as f
from drivers.idcard.replies import (
    CardData,
    SamId,
    encode_appended_addresses,
    encode_read,
    encode_read_with_fingerprint,
    encode_sam_id,
)
from drivers.idcard.sim_card import SimCard
from drivers.idcard.sim_faults import DropByte, Duplicate, Fault, FlipByte, GarbledRequest, Noise, Silence, Stall

log = logging.getLogger(__name__)

_SPEED_OF = {getattr(termios, f"B{b}"): b for b in (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400)}

DEMO_SAM_ID = SamId(5, 1, 20240101, 1234567, 89012345)


@dataclass(frozen=True)
class SimLatency:
    """Seconds the simulated SAM takes to start answering, per command family."""

    find: float = 0.005
    select: float = 0.005
    read: float = 0.020
    other: float = 0.002

    def for_command(self, cmd: int, para: int) -> float:
        if cmd == 0x20:
            return self.find if para == 0x01 else self.select
        return self.read if cmd == 0x30 else self.other


BadFrames = Literal["reply", "silent", "garbage"]  # how the reader meets a request it cannot parse


class Simulator:
    def __init__(
        self,
        baud: int = 115200,
        *,
        latency: SimLatency | None = None,
        chunk_size: int = 64,
        pace: bool = True,
        hide_after_read: bool = True,
        link_dir: str | Path | None = None,
        sam_id: SamId = DEMO_SAM_ID,
        appended_empty_sw3: int = f.SW3_NO_CONTENT,
        bad_frames: BadFrames = "reply",
    ) -> None:
        self.latency = latency or SimLatency()
        self.chunk_size = chunk_size
        self.pace = pace
        self.sam_id = sam_id
        self.appended_empty_sw3 = appended_empty_sw3
        self.bad_frames = bad_frames
        self._line_baud = baud
        self._hide_after_read = hide_after_read
        self._link_dir = Path(link_dir) if link_dir else None
        self._link_index = 0
        self._lock = threading.Lock()
        self._card: SimCard | None = None
        self._hidden = False  # a read card answers find with 0x80 until removed
        self._selected = False
        self._sam_fault: int | None = None
        self._faults: deque[tuple[Fault, f.Command | None]] = deque()
        self._master = -1
        self._slave = -1
        self._slave_path = ""
        self._plugged = threading.Event()
        self._stop = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        self._thread: threading.Thread | None = None
        self.requests = 0  # requests answered, for tests and the benchmark
        self.reads = 0  # successful card reads

    # --- lifecycle ------------------------------------------------------------------------------

    def start(self) -> Simulator:
        self._open_pty(new_name=False)
        self._thread = threading.Thread(target=self._run, name="idcard-sim", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        os.write(self._wake_w, b"x")
        if self._thread:
            self._thread.join(5)
        with self._lock:
            self._close_pty()
        os.close(self._wake_r)
        os.close(self._wake_w)

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def path(self) -> str:
        """The path a driver should open: the stable link when ``link_dir`` is set, else the pty slave."""
        with self._lock:
            return self._current_link() if self._link_dir else self._slave_path

    @property
    def slave_path(self) -> str:
        return self._slave_path

    # --- control API (any thread) ---------------------------------------------------------------

    def place(self, card: SimCard) -> None:
        """Put ``card`` on the reader; raises ``TextBlockError`` at once if its fields do not fit."""
        _ = card.text
        with self._lock:
            self._card, self._hidden, self._selected = card, False, False

    @property
    def holds_card(self) -> bool:
        """A card lies on the reader (the demo lifts its own a moment after laying it)."""
        with self._lock:
            return self._card is not None

    def remove(self) -> None:
        with self._lock:
            self._card, self._hidden, self._selected = None, False, False

    def inject(self, fault: Fault, on: f.Command | None = None) -> None:
        """Apply ``fault`` to the next reply, or to the next reply to command ``on``."""
        with self._lock:
            self._faults.append((fault, on))

    def set_sam_fault(self, sw3: int | None) -> None:
        """0x60 (self-test failed) or 0x66 (not authorised) makes every command fail; None heals."""
        with self._lock:
            self._sam_fault = sw3

    def set_hide_after_read(self, hide: bool) -> None:
        with self._lock:
            self._hide_after_read = hide

    def set_baud(self, baud: int) -> None:
        """Change the reader's line rate (as a technician's tool would); the host must re-probe."""
        with self._lock:
            self._line_baud = baud

    @property
    def line_baud(self) -> int:
        return self._line_baud

    def unplug(self) -> None:
        with self._lock:
            self._close_pty()
        os.write(self._wake_w, b"x")

    def replug(self, new_path: bool = False) -> str:
        with self._lock:
            self._close_pty()
            self._open_pty(new_name=new_path)
            path = self._current_link() if self._link_dir else self._slave_path
        os.write(self._wake_w, b"x")
        return path

    # --- pty ------------------------------------------------------------------------------------

    def _current_link(self) -> str:
        assert self._link_dir is not None
        return str(self._link_dir / f"ttyIDCARD{self._link_index}")

    def _open_pty(self, new_name: bool) -> None:
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        attrs = termios.tcgetattr(slave)
        attrs[4] = attrs[5] = getattr(termios, f"B{self._line_baud}")
        termios.tcsetattr(slave, termios.TCSANOW, attrs)
        os.set_blocking(master, False)
        self._master, self._slave, self._slave_path = master, slave, os.ttyname(slave)
        if self._link_dir:
            if new_name:
                self._link_index += 1
            link = Path(self._current_link())
            link.unlink(missing_ok=True)
            link.symlink_to(self._slave_path)
        self._plugged.set()

    def _close_pty(self) -> None:
        self._plugged.clear()
        if self._link_dir:
            Path(self._current_link()).unlink(missing_ok=True)
        for fd in (self._master, self._slave):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = -1

    # --- device loop ----------------------------------------------------------------------------

    def _run(self) -> None:
        decoder = f.FrameDecoder(minimum=f.MIN_REQUEST_LEN)
        while not self._stop.is_set():
            master = self._master
            if master < 0:
                self._wait_wake(None)
                decoder.clear()
                continue
            try:
                ready, _, _ = select.select([master, self._wake_r], [], [])
                if self._wake_r in ready:
                    os.read(self._wake_r, 64)
                if master not in ready or master != self._master:
                    continue
                data = os.read(master, 4096)
                host_baud = _SPEED_OF.get(termios.tcgetattr(master)[4], 0)
            except OSError:
                decoder.clear()
                self._wait_wake(0.05)
                continue
            if host_baud != self._line_baud:
                decoder.clear()
                self._write(master, _junk(len(data)), self._line_baud)
                continue
            corrupt, bad_lengths = decoder.corrupt_frames, decoder.bad_lengths
            decoder.feed(data)
            while (frame := decoder.next_frame()) is not None:
                self._answer(master, f.decode_request(frame))
            if decoder.corrupt_frames > corrupt:
                self._refuse(master, 0x10)
            elif decoder.bad_lengths > bad_lengths:
                self._refuse(master, 0x11)

    def _wait_wake(self, timeout: float | None) -> None:
        ready, _, _ = select.select([self._wake_r], [], [], timeout)
        if ready:
            os.read(self._wake_r, 64)

    def _answer(self, master: int, request: f.Request) -> None:
        with self._lock:
            fault = self._take_fault(request.command)
            if isinstance(fault, Silence):
                if fault.count > 1:
                    self._faults.appendleft((Silence(fault.count - 1), None))
                return
            baud = self._line_baud
            reply = f.Reply(0, 0, 0x10) if isinstance(fault, GarbledRequest) else self._reply_to(request)
        time.sleep(self.latency.for_command(request.cmd, request.para))
        out = f.encode_reply(reply)
        self.requests += 1
        if request.cmd == 0x60 and reply.sw3 == f.SW3_OK:
            # The reply goes out at the old rate; the new rate applies from the next frame.
            self._send(master, out, baud, fault)
            with self._lock:
                self._line_baud = f.PARA_BAUD[request.para]
            return
        self._send(master, out, baud, fault)

    def _refuse(self, master: int, sw3: int) -> None:
        """A request that failed its checksum (0x10) or length (0x11); real readers differ in how they react."""
        if self.bad_frames == "silent":
            return
        out = f.encode_reply(f.Reply(0, 0, sw3)) if self.bad_frames == "reply" else _junk(11)
        self._write(master, out, self._line_baud)

    def _take_fault(self, command: f.Command) -> Fault | None:
        for i, (fault, on) in enumerate(self._faults):
            if on is None or on == command:
                del self._faults[i]
                return fault
        return None

    def _reply_to(self, req: f.Request) -> f.Reply:
        def ok(data: bytes = b"", sw3: int = f.SW3_OK) -> f.Reply:
            return f.Reply(0, 0, sw3, data)

        if self._sam_fault is not None:
            return ok(sw3=self._sam_fault)
        key = (req.cmd, req.para)
        card = self._card
        if key in ((0x10, 0xFF), (0x11, 0xFF)) or (req.cmd == 0x61 and req.para == 0xFF and len(req.data) == 1):
            return ok()
        if key == (0x12, 0xFF):
            return ok(encode_sam_id(self.sam_id))
        if req.cmd == 0x60 and req.para in f.PARA_BAUD:
            return ok()
        if key == (0x20, 0x01):
            found = card is not None and not self._hidden
            self._selected = False
            return ok(bytes(4), f.SW3_FOUND) if found else ok(sw3=f.SW3_NOT_FOUND)
        if key == (0x20, 0x02):
            if card is None or self._hidden:
                return ok(sw3=0x81)
            self._selected = True
            return ok(bytes(8))
        if req.cmd == 0x30 and req.para in (0x01, 0x03, 0x05, 0x10):
            if card is None or not self._selected:
                return ok(sw3=0x41)
            if card.unrecognised:
                return ok(sw3=0x40)
            if req.para == 0x03:
                if not card.appended_addresses:
                    return ok(sw3=self.appended_empty_sw3)
                return ok(encode_appended_addresses(card.appended_addresses))
            if req.para == 0x05:
                return ok(bytes(28))
            data = CardData(card.text, card.photo, card.fingerprint)
            self.reads += 1
            if self._hide_after_read:
                self._hidden = True
            return ok(encode_read(data) if req.para == 0x01 else encode_read_with_fingerprint(data))
        return ok(sw3=0x21)

    def _send(self, master: int, out: bytes, baud: int, fault: Fault | None) -> None:
        if isinstance(fault, DropByte) and out:
            i = min(fault.offset, len(out) - 1)
            out = out[:i] + out[i + 1 :]
        elif isinstance(fault, FlipByte) and out:
            i = min(fault.offset, len(out) - 1)
            out = out[:i] + bytes([out[i] ^ 0xFF]) + out[i + 1 :]
        elif isinstance(fault, Noise):
            out = _noise(fault.length) + out
        elif isinstance(fault, Duplicate):
            out = out + out
        if isinstance(fault, Stall):
            self._write(master, out[: fault.after_bytes], baud)
            self._stop.wait(fault.seconds)
            out = out[fault.after_bytes :]
        self._write(master, out, baud)

    def _write(self, master: int, data: bytes, baud: int) -> None:
        """Send ``data`` in chunks, each arriving when its last byte would have crossed the line."""
        start = time.monotonic()
        sent = 0
        for i in range(0, len(data), self.chunk_size):
            chunk = data[i : i + self.chunk_size]
            sent += len(chunk)
            if self.pace:
                delay = start + sent * 10 / baud - time.monotonic()
                if delay > 0 and self._stop.wait(delay):
                    return
            if not _write_all(master, chunk):
                return


def _write_all(fd: int, data: bytes) -> bool:
    view = memoryview(data)
    while view:
        try:
            n = os.write(fd, view)
        except BlockingIOError:
            _, writable, _ = select.select([], [fd], [], 1.0)
            if not writable:
                return False  # nobody is draining the line; a real UART would drop it too
            continue
        except OSError:
            return False
        view = view[n:]
    return True


def _junk(n_received: int) -> bytes:
    # What a host at the wrong rate sees: a reply of about the right duration, but garbled bytes.
    # 0xAA is excluded so no accidental preamble appears.
    return bytes(random.choice(range(0x00, 0xA0)) for _ in range(max(4, n_received)))


def _noise(n: int) -> bytes:
    # Includes preamble fragments so the driver's resync is exercised, but never a full frame.
    pieces = [bytes([random.randrange(256)]) for _ in range(n)]
    pieces[n // 2 : n // 2] = [f.PREAMBLE[:4], b"\x00"]
    return b"".join(pieces)

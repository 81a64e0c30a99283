"""GA/T 467 host-to-SAM framing: preamble, big-endian length, XOR checksum, SW3 status.

Pure functions and a streaming decoder; no I/O. Every failure is a subclass of ``FrameError``.
"""

from __future__ import annotations

from dataclasses import dataclass

from drivers.idcard.errors import IdCardError

PREAMBLE = b"\xaa\xaa\xaa\x96\x69"
HEADER_LEN = 7  # preamble + LEN_H + LEN_L
MIN_REQUEST_LEN = 3  # CMD + PARA + CHK
MIN_REPLY_LEN = 4  # SW1 + SW2 + SW3 + CHK
# The largest legitimate reply is 2321 bytes (30 10 with two fingerprints); anything far beyond is
# line noise that happens to follow a preamble, and must not make us wait for kilobytes.
MAX_LEN = 4096


class FrameError(IdCardError, ValueError):
    """Bytes that are not a valid frame. ``str()`` is technician-facing and holds no card data."""


class ChecksumError(FrameError):
    pass


class LengthError(FrameError):
    pass


class PreambleError(FrameError):
    pass


def xor_checksum(data: bytes) -> int:
    value = 0
    for b in data:
        value ^= b
    return value


# --- SW3 -------------------------------------------------------------------------------------

SW3_OK = 0x90
SW3_FOUND = 0x9F
SW3_NO_CONTENT = 0x91
SW3_NOT_FOUND = 0x80

SW3_MEANINGS: dict[int, str] = {
    0x90: "操作成功",
    0x9F: "寻找证/卡成功",
    0x91: "证/卡中此项无内容",
    0x10: "接收业务终端数据的校验和错",
    0x11: "接收业务终端数据的长度错",
    0x21: "接收业务终端的命令错误",
    0x23: "越权操作",
    0x24: "无法识别的错误",
    0x31: "证/卡认证SAM失败",
    0x32: "SAM认证证/卡失败",
    0x33: "信息验证错误",
    0x40: "无法识别的证/卡类型",
    0x41: "读证/卡操作失败",
    0x47: "取随机数失败",
    0x60: "SAM自检失败，不能接收命令",
    0x66: "SAM未经授权，无法使用",
    0x80: "寻找证/卡失败",
    0x81: "选取证/卡失败",
}


def sw3_meaning(sw3: int) -> str:
    return SW3_MEANINGS.get(sw3, f"未知状态码 0x{sw3:02X}")


# --- commands --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    cmd: int
    para: int

    def __str__(self) -> str:
        return f"{self.cmd:02X} {self.para:02X}"


RESET_SAM = Command(0x10, 0xFF)
SAM_STATUS = Command(0x11, 0xFF)
SAM_ID = Command(0x12, 0xFF)
FIND_CARD = Command(0x20, 0x01)
SELECT_CARD = Command(0x20, 0x02)
READ_TEXT_PHOTO = Command(0x30, 0x01)
READ_APPENDED_ADDRESS = Command(0x30, 0x03)
READ_MANAGEMENT_NUMBER = Command(0x30, 0x05)
READ_WITH_FINGERPRINT = Command(0x30, 0x10)
SET_MAX_RF_FRAME = Command(0x61, 0xFF)

BAUD_PARA: dict[int, int] = {115200: 0x00, 57600: 0x01, 38400: 0x02, 19200: 0x03, 9600: 0x04}
PARA_BAUD: dict[int, int] = {v: k for k, v in BAUD_PARA.items()}


def set_baud_command(baud: int) -> Command:
    if baud not in BAUD_PARA:
        raise FrameError(f"unsupported baud rate {baud}")
    return Command(0x60, BAUD_PARA[baud])


@dataclass(frozen=True)
class Request:
    cmd: int
    para: int
    data: bytes = b""

    @property
    def command(self) -> Command:
        return Command(self.cmd, self.para)


@dataclass(frozen=True)
class Reply:
    sw1: int
    sw2: int
    sw3: int
    data: bytes = b""

    @property
    def ok(self) -> bool:
        return self.sw3 in (SW3_OK, SW3_FOUND)

    @property
    def meaning(self) -> str:
        return sw3_meaning(self.sw3)


def _frame(body: bytes) -> bytes:
    length = len(body) + 1
    if length > MAX_LEN:
        raise LengthError(f"frame body of {length} bytes exceeds the {MAX_LEN}-byte cap")
    head = length.to_bytes(2, "big")
    return PREAMBLE + head + body + bytes([xor_checksum(head + body)])


def encode_request(request: Request) -> bytes:
    return _frame(bytes([request.cmd, request.para]) + request.data)


def encode_command(command: Command, data: bytes = b"") -> bytes:
    return encode_request(Request(command.cmd, command.para, data))


def encode_reply(reply: Reply) -> bytes:
    return _frame(bytes([reply.sw1, reply.sw2, reply.sw3]) + reply.data)


def _split_frame(frame: bytes, minimum: int) -> bytes:
    """Check preamble, LEN and XOR; return the bytes between LEN and CHK."""
    if len(frame) < HEADER_LEN + minimum:
        raise LengthError(f"frame of {len(frame)} bytes is shorter than the minimum {HEADER_LEN + minimum}")
    if frame[:5] != PREAMBLE:
        raise PreambleError(f"frame starts with {frame[:5].hex(' ')} instead of the preamble")
    length = int.from_bytes(frame[5:7], "big")
    if length < minimum or length > MAX_LEN:
        raise LengthError(f"LEN field {length} outside {minimum}..{MAX_LEN}")
    if len(frame) != HEADER_LEN + length:
        raise LengthError(f"LEN field says {HEADER_LEN + length} bytes, frame has {len(frame)}")
    if xor_checksum(frame[5:]) != 0:
        raise ChecksumError(f"XOR checksum mismatch (expected 0x{xor_checksum(frame[5:-1]):02X})")
    return frame[7:-1]


def decode_request(frame: bytes) -> Request:
    body = _split_frame(frame, MIN_REQUEST_LEN)
    return Request(body[0], body[1], bytes(body[2:]))


def decode_reply(frame: bytes) -> Reply:
    body = _split_frame(frame, MIN_REPLY_LEN)
    return Reply(body[0], body[1], body[2], bytes(body[3:]))


_SUCCESS_DATA_LEN: dict[tuple[int, int], tuple[int, ...]] = {
    (0x20, 0x01): (4,),
    (0x20, 0x02): (8,),
    (0x12, 0xFF): (16,),
    (0x30, 0x01): (1284,),
    (0x30, 0x03): (70, 140, 210, 280, 0),
    (0x30, 0x05): (28,),
    (0x30, 0x10): (1286, 1798, 2310),
}


def reply_fits(command: Command, reply: Reply) -> bool:
    """Whether ``reply`` can be the answer to ``command`` (tells a stale reply from the current one)."""
    success = SW3_FOUND if command == FIND_CARD else SW3_OK
    if reply.sw3 != success:
        return not reply.data and reply.sw3 not in (SW3_OK, SW3_FOUND)
    return len(reply.data) in _SUCCESS_DATA_LEN.get((command.cmd, command.para), (0,))


class FrameDecoder:
    """Accumulates a byte stream and yields whole frames, resynchronising on the preamble.

    Garbage before a preamble is skipped; a frame with an impossible LEN or a bad checksum is
    dropped by sliding one byte past its preamble, so a preamble hidden inside a corrupt frame
    is still found.
    """

    def __init__(self, minimum: int = MIN_REPLY_LEN, max_len: int = MAX_LEN) -> None:
        self._buf = bytearray()
        self._minimum = minimum
        self._max_len = max_len
        self.discarded = 0  # bytes thrown away while resynchronising, for diagnostics
        self.corrupt_frames = 0  # complete frames dropped for a bad checksum
        self.bad_lengths = 0  # preambles followed by an impossible LEN

    def feed(self, data: bytes) -> None:
        self._buf += data

    def clear(self) -> None:
        self._buf.clear()

    def pending(self) -> int:
        return len(self._buf)

    def in_frame(self) -> bool:
        """A preamble has been seen and its frame is not complete yet."""
        return PREAMBLE in self._buf

    def next_frame(self) -> bytes | None:
        """The next complete, checksum-valid frame in the buffer, or None when more bytes are needed."""
        while True:
            start = self._buf.find(PREAMBLE)
            if start < 0:
                keep = len(PREAMBLE) - 1
                if len(self._buf) > keep:
                    self.discarded += len(self._buf) - keep
                    del self._buf[: len(self._buf) - keep]
                return None
            if start:
                self.discarded += start
                del self._buf[:start]
            if len(self._buf) < HEADER_LEN:
                return None
            length = int.from_bytes(self._buf[5:7], "big")
            if length < self._minimum or length > self._max_len:
                self.bad_lengths += 1
                self._skip_one()
                continue
            total = HEADER_LEN + length
            if len(self._buf) < total:
                return None
            frame = bytes(self._buf[:total])
            if xor_checksum(frame[5:]) != 0:
                self.corrupt_frames += 1
                self._skip_one()
                continue
            del self._buf[:total]
            return frame

    def _skip_one(self) -> None:
        self.discarded += 1
        del self._buf[:1]

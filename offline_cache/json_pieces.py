"""JSON read and written one element at a time, so the thread doing it lets the UI thread run.

``json.loads`` and ``json.dumps`` are each one C call that holds the interpreter lock from the
first byte to the last: a province catalog (~6 MB, 3,000 items) held it for 120–400 ms, and the UI
thread, which needs the lock to draw a frame, waited that long (``benchmarks/catalog_stall.py``).
Here the containers near the top of the document are walked in Python and only their elements (one
catalog entry, a few KB) go to the C parser or encoder; between two elements the interpreter may
hand the lock to another thread, as it does every ``sys.getswitchinterval()`` in Python code.
Read and write the platform's documents and the read cache through these; small documents cost
next to nothing extra.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from json.decoder import JSONDecodeError
from typing import Any

# Two levels: the document (an object) and its lists (items, bundles, regions), so one C call
# parses or writes one entry. Deeper walking would only add Python work per small value.
DEPTH = 2
# Bytes decoded from UTF-8 per call: ~1 ms of C each.
_TEXT_PIECE = 256 * 1024

_WS = re.compile(r"[ \t\n\r]*")
_decoder = json.JSONDecoder()
# The C scanner json.loads uses (one value from an offset) and its string reader (a key).
_scan: Callable[[str, int], tuple[Any, int]] = getattr(_decoder, "scan_once")  # noqa: B009 (not in typeshed)
scanstring: Callable[[str, int], tuple[str, int]] = getattr(_decoder, "parse_string")  # noqa: B009
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def loads(data: bytes | str, depth: int = DEPTH) -> Any:
    """What ``json.loads(data)`` gives (UTF-8 bytes or text), with the same ``JSONDecodeError``
    (a ``ValueError``) for bad input, parsed in pieces."""
    text = _text(data) if isinstance(data, bytes) else data
    try:
        value, end = _value(text, _WS.match(text, 0).end(), depth)  # type: ignore[union-attr]
    except IndexError:
        raise JSONDecodeError("Unexpected end of document", text, len(text)) from None
    end = _WS.match(text, end).end()  # type: ignore[union-attr]
    if end != len(text):
        raise JSONDecodeError("Extra data", text, end)
    return value


def dumps(value: Any, depth: int = DEPTH) -> bytes:
    """``value`` as compact UTF-8 JSON (non-ASCII kept as is), written in pieces."""
    pieces: list[bytes] = []
    _write(value, depth, pieces)
    return b"".join(pieces)


def _text(data: bytes) -> str:
    decoder = codecs.getincrementaldecoder("utf-8")()
    parts = [decoder.decode(data[i : i + _TEXT_PIECE]) for i in range(0, len(data), _TEXT_PIECE)]
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def _skip(text: str, at: int) -> int:
    return _WS.match(text, at).end()  # type: ignore[union-attr]  # matches the empty string too


def _value(text: str, at: int, depth: int) -> tuple[Any, int]:
    first = text[at] if at < len(text) else ""
    if depth > 0 and first == "[":
        return _array(text, at + 1, depth - 1)
    if depth > 0 and first == "{":
        return _object(text, at + 1, depth - 1)
    try:
        return _scan(text, at)
    except StopIteration as exc:
        raise JSONDecodeError("Expecting value", text, exc.value) from None


def _array(text: str, at: int, depth: int) -> tuple[list[Any], int]:
    out: list[Any] = []
    at = _skip(text, at)
    if text[at] == "]":
        return out, at + 1
    while True:
        value, at = _value(text, at, depth)
        out.append(value)
        at = _skip(text, at)
        if text[at] == "]":
            return out, at + 1
        if text[at] != ",":
            raise JSONDecodeError("Expecting ',' delimiter", text, at)
        at = _skip(text, at + 1)


def _object(text: str, at: int, depth: int) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    at = _skip(text, at)
    if text[at] == "}":
        return out, at + 1
    while True:
        if text[at] != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", text, at)
        key, at = scanstring(text, at + 1)
        at = _skip(text, at)
        if text[at] != ":":
            raise JSONDecodeError("Expecting ':' delimiter", text, at)
        out[key], at = _value(text, _skip(text, at + 1), depth)
        at = _skip(text, at)
        if text[at] == "}":
            return out, at + 1
        if text[at] != ",":
            raise JSONDecodeError("Expecting ',' delimiter", text, at)
        at = _skip(text, at + 1)


def _write(value: Any, depth: int, pieces: list[bytes]) -> None:
    # Each piece is encoded to UTF-8 on its own: one .encode() of the whole text is another long C call.
    if depth > 0 and isinstance(value, dict) and all(isinstance(k, str) for k in value):
        pieces.append(b"{")
        for n, (key, item) in enumerate(value.items()):
            pieces.append((("," if n else "") + _encode(key) + ":").encode())
            _write(item, depth - 1, pieces)
        pieces.append(b"}")
    elif depth > 0 and isinstance(value, list | tuple):
        pieces.append(b"[")
        for n, item in enumerate(value):
            if n:
                pieces.append(b",")
            _write(item, depth - 1, pieces)
        pieces.append(b"]")
    else:
        pieces.append(_encode(value).encode())

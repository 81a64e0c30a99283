"""Logging to rotating JSON-lines files, with personal data masked before anything is written.

Masking happens in a filter on the handler, after the message is formatted with its arguments,
so an ID number passed as an argument is caught as surely as one written into the text.
"""

from __future__ import annotations

import hashlib
import json
import logging
import logging.handlers
import os
import re
import secrets
import threading
from collections import OrderedDict
from datetime import UTC, datetime
from io import TextIOWrapper
from pathlib import Path

from kiosk.domain.masking import mask_name, mask_text

# Key/value spellings that carry a name even when we do not know it yet ("name=张三", "姓名：张三").
_NAME_FIELD_RE = re.compile(
    r"""(?P<key>(?:\bname|\bholder|\bapplicant|\brecipient|姓名|申请人|收件人)["']?\s*[:=：]\s*["']?)"""
    r"""(?P<value>[\u3400-\u9fff\U00020000-\U0002ebef·]{1,20}|[A-Za-z][A-Za-z .'-]{0,40}[A-Za-z])"""
)


class PersonalNames:
    """Names that logs must mask: the session's citizen and form recipients, and earlier citizens.

    While a session runs its names are held as text. When the session is wiped the text goes, but a
    keyed digest of each name stays (the key is random, per process, and never written), so a name
    that comes back later in free text (a platform reason echoing it, an exception message) is still
    recognised and masked, while nothing in memory can give the name back.
    """

    def __init__(self, remember: int = 1000) -> None:
        self._names: set[str] = set()
        self._key = secrets.token_bytes(32)
        self._forgotten: OrderedDict[bytes, None] = OrderedDict()
        self._lengths: set[int] = set()  # the lengths of remembered names: the windows to look through
        self._remember = remember
        self._lock = threading.Lock()

    def add(self, name: str) -> None:
        if name and name.strip():
            with self._lock:
                self._names.add(name.strip())

    def clear(self) -> None:
        with self._lock:
            for name in self._names:
                self._keep_digest(name)
            self._names.clear()

    def _digest(self, text: str) -> bytes:
        return hashlib.blake2b(text.casefold().encode(), key=self._key, digest_size=16).digest()

    def _keep_digest(self, name: str) -> None:
        digest = self._digest(name)
        if digest in self._forgotten:
            self._forgotten.move_to_end(digest)
            return
        self._forgotten[digest] = None
        self._lengths.add(len(name))
        while len(self._forgotten) > self._remember:
            # Lengths are not kept per digest; a stale length costs only a few extra hashes.
            self._forgotten.popitem(last=False)

    def snapshot(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._names)

    def mask_forgotten(self, text: str) -> str:
        """Mask every stretch of ``text`` that is one of the wiped names."""
        with self._lock:
            lengths = sorted((n for n in self._lengths if n >= _MIN_NAME_CHARS), reverse=True)
            if not lengths or not self._forgotten:
                return text
            taken = [False] * len(text)
            spans: list[tuple[int, int]] = []
            for size in lengths:  # longest first, so a longer name wins over a name inside it
                for start in range(0, len(text) - size + 1):
                    end = start + size
                    if any(taken[start:end]):
                        continue
                    window = text[start:end]
                    if not window[0].isalpha() or "*" in window:
                        continue
                    if window.isascii() and not _ascii_word_bounds(text, start, end):
                        continue
                    if self._digest(window) in self._forgotten:
                        spans.append((start, end))
                        taken[start:end] = [True] * size
        pieces, last = [], 0
        for start, end in sorted(spans):
            pieces += [text[last:start], mask_name(text[start:end])]
            last = end
        pieces.append(text[last:])
        return "".join(pieces)


# Shorter windows would mask ordinary two-letter words far too often for what they protect.
_MIN_NAME_CHARS = 2


def _ascii_word_bounds(text: str, start: int, end: int) -> bool:
    """A Latin-script name counts only as whole words (not "LI" inside "CLIENT")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


PERSONAL_NAMES = PersonalNames()


def mask(text: str) -> str:
    text = _NAME_FIELD_RE.sub(lambda m: m.group("key") + mask_name(m.group("value")), text)
    text = mask_text(text, PERSONAL_NAMES.snapshot())
    return PERSONAL_NAMES.mask_forgotten(text)


_INSTALLED: list[logging.Handler] = []


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        record.exc_info = None
        return True


class JsonLinesFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_text:
            entry["exc"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


class OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotating log files created 0600: even masked, a log says who used the terminal when."""

    def _open(self) -> TextIOWrapper:
        # Create (or tighten) the file first; the handler then opens what is already there.
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            if os.fstat(fd).st_mode & 0o077:
                os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
        return super()._open()


def configure_logging(log_dir: Path, level: str = "INFO", max_bytes: int = 5_000_000, backups: int = 5) -> Path:
    """Send every logger's records, masked, to ``log_dir/kiosk.jsonl``; returns the file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "kiosk.jsonl"
    handler = OwnerOnlyRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.addFilter(MaskingFilter())
    handler.setFormatter(JsonLinesFormatter())
    console = logging.StreamHandler()
    console.addFilter(MaskingFilter())
    console.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    console.setLevel(logging.WARNING)
    root = logging.getLogger()
    while _INSTALLED:
        old = _INSTALLED.pop()
        root.removeHandler(old)
        old.close()
    for h in (handler, console):
        _INSTALLED.append(h)
        root.addHandler(h)
    root.setLevel(level)
    return path

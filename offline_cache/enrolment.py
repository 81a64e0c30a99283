"""A terminal's identity on the platform: its private key file, enrolment with a one-time code, rotation.

The terminal creates its key pair itself and keeps only the private key (``platform.key_file``,
mode 0600); the platform learns the public key from ``POST /v1/enrol`` together with a one-time
code an operator issued for a terminal id and site. What the platform answered is kept beside the
key (``<key file stem>.enrolment.json``: terminal id, site, key id, when) for ``kiosk doctor`` and
the technician screen. A production terminal with no key file is not enrolled: it refuses to
sync and says so; it never makes up a key the platform would not know.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import requests

from kiosk.atomic_file import OWNER_ONLY, write_atomic
from offline_cache.signing import TerminalKey

ENROLMENT_TIMEOUT_S = 10.0


class NotEnrolled(Exception):
    """No key file: the terminal was never enrolled (or its key was removed)."""


class KeyFileUnusable(Exception):
    """The key file exists but is not a 32-byte hex key; the message names the file."""


class EnrolmentFailed(Exception):
    """``reason`` is a code for the technician screen's word catalog: unknown_code, code_used,
    code_expired, unreachable, refused, bad_answer."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Enrolment:
    terminal_id: str
    site: str
    region_code: str
    key_id: str
    enrolled_at: float
    rotated_at: float | None = None
    how: str = "code"  # "code": enrolled with a one-time code; "installed": a key put there by hand
    config_key: str = ""  # the platform's key for configuration documents (hex), from the enrolment answer


def record_path(key_file: str | Path) -> Path:
    path = Path(key_file)
    return path.with_name(path.stem + ".enrolment.json")


def write_secret(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` with mode 0600, atomically: a crash leaves the old file or the new one."""
    write_atomic(path, text.encode("utf-8"), mode=OWNER_ONLY)


def load_terminal_key(key_file: str | Path) -> TerminalKey:
    """The terminal's signing key; ``NotEnrolled`` when there is none (never a silent new one)."""
    path = Path(key_file)
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise NotEnrolled(f"terminal key file {path} is missing: this terminal is not enrolled") from None
    except (UnicodeDecodeError, OSError) as exc:
        raise KeyFileUnusable(f"{path}: cannot be read ({type(exc).__name__})") from None
    try:
        key = TerminalKey(bytes.fromhex(text))
    except ValueError:
        raise KeyFileUnusable(f"{path}: not a 32-byte hex key") from None
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    return key


def read_enrolment(key_file: str | Path) -> Enrolment | None:
    """What enrolment recorded; a key file without a record is a key installed by hand."""
    try:
        data = json.loads(record_path(key_file).read_text(encoding="utf-8"))
        return Enrolment(**data)
    except FileNotFoundError:
        pass
    except (ValueError, TypeError):
        return None
    try:
        key = load_terminal_key(key_file)
    except (NotEnrolled, KeyFileUnusable):
        return None
    return Enrolment("", "", "", key.key_id, Path(key_file).stat().st_mtime, how="installed")


def _write_record(key_file: str | Path, enrolment: Enrolment) -> None:
    write_secret(record_path(key_file), json.dumps(asdict(enrolment), ensure_ascii=False, indent=1) + "\n")


def enrol(
    base_url: str,
    code: str,
    key_file: str | Path,
    *,
    ca_bundle: str = "",
    timeout_s: float = ENROLMENT_TIMEOUT_S,
    post: Callable[..., requests.Response] | None = None,
) -> tuple[Enrolment, TerminalKey]:
    """Create a key pair, have the platform bind its public half with ``code``, keep the private half.

    The key file is written only once the platform said yes, so a refused code leaves an enrolled
    terminal's key exactly as it was.
    """
    key, seed = TerminalKey.generate()
    body = {"code": code.strip(), "public_key": key.public_bytes.hex()}
    send = post or requests.post
    try:
        resp = send(
            base_url.rstrip("/") + "/v1/enrol", json=body, timeout=(3.0, timeout_s), verify=ca_bundle or True
        )
    except requests.RequestException as exc:
        raise EnrolmentFailed("unreachable", type(exc).__name__) from None
    answer: dict[str, Any] = {}
    try:
        parsed = resp.json()
        answer = parsed if isinstance(parsed, dict) else {}
    except ValueError:
        pass
    if resp.status_code != 201:
        reason = str(answer.get("error", ""))
        if reason in ("unknown_code", "code_used", "code_expired"):
            raise EnrolmentFailed(reason)
        raise EnrolmentFailed("refused", f"{resp.status_code} {reason}".strip())
    if answer.get("key_id") != key.key_id or not answer.get("terminal_id"):
        raise EnrolmentFailed("bad_answer", "platform did not confirm this key")
    enrolment = Enrolment(
        terminal_id=str(answer["terminal_id"]),
        site=str(answer.get("site", "")),
        region_code=str(answer.get("region_code", "")),
        key_id=key.key_id,
        enrolled_at=time.time(),
        config_key=str(answer.get("config_public_key", "")),
    )
    write_secret(Path(key_file), seed.hex() + "\n")
    _write_record(key_file, enrolment)
    return enrolment, key


def next_key_path(key_file: str | Path) -> Path:
    path = Path(key_file)
    return path.with_name(path.name + ".next")


def rotate(key_file: str | Path, register: Callable[[bytes], str]) -> tuple[Enrolment, TerminalKey]:
    """Make a new key, have the platform add it (``register(public) -> key id``, signed with the
    current key), then switch. The new seed is on disk (``.next``) before the platform hears of it,
    so a crash in between never leaves the platform holding a key the terminal lost; the next
    rotation reuses it (the platform treats a repeat as done)."""
    pending = next_key_path(key_file)
    before = read_enrolment(key_file)
    try:
        new = load_terminal_key(pending)
        seed_hex = pending.read_text(encoding="ascii").strip()
    except (NotEnrolled, KeyFileUnusable):
        new, seed = TerminalKey.generate()
        seed_hex = seed.hex()
        write_secret(pending, seed_hex + "\n")
    confirmed = register(new.public_bytes)
    if confirmed != new.key_id:
        raise EnrolmentFailed("bad_answer", "platform did not confirm the new key")
    write_secret(Path(key_file), seed_hex + "\n")
    pending.unlink(missing_ok=True)
    now = time.time()
    enrolment = Enrolment(
        terminal_id=before.terminal_id if before else "",
        site=before.site if before else "",
        region_code=before.region_code if before else "",
        key_id=new.key_id,
        enrolled_at=before.enrolled_at if before else now,
        rotated_at=now,
        how=before.how if before else "installed",
        config_key=before.config_key if before else "",
    )
    _write_record(key_file, enrolment)
    return enrolment, new

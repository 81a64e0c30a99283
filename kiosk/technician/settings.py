"""Settings a technician may change on site, each checked on its own, and the site file saved
atomically (temp file, fsync, validate the whole configuration, rename)."""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import BaseModel, ValidationError

from kiosk.atomic_file import write_atomic
from kiosk.config.loader import CONFIG_DIR, ConfigError, load_config
from kiosk.config.models import KioskConfig
from kiosk.messages import Arg, Message, Tell

log = logging.getLogger(__name__)

PROFILES_DIR = CONFIG_DIR / "profiles"


class SettingError(ValueError):
    """``err.message`` is what the field shows (a ``Tell`` kind with its data; words in the catalog)."""

    def __init__(self, kind: Tell, *args: Arg) -> None:
        self.message = Message(kind, tuple(args))
        super().__init__(f"{kind.value} {args!r}")


@dataclass(frozen=True)
class Setting:
    key: str  # "section.field" in the configuration
    kind: str  # "port", "camera", "queue", "text", "choice", "number", "file"
    choices: tuple[str, ...] = ()

    @property
    def label_id(self) -> str:
        """The catalog id of the label on the settings screen."""
        return f"tech.label.{self.key}"


SETTINGS: tuple[Setting, ...] = (
    Setting("idcard.port", "port"),
    Setting("camera.device", "camera"),
    Setting("printer.queue", "queue"),
    Setting("platform.url", "text"),
    Setting("terminal.id", "text"),
    Setting("platform.key_file", "file"),
    Setting("terminal.site_profile", "choice", ("service_hall", "bank_branch")),
    Setting("session.idle_timeout_s", "number"),
    Setting("terminal.language", "choice", ("zh_CN", "en_US")),
)
SETTINGS_BY_KEY = {s.key: s for s in SETTINGS}

_QUEUE_RE = re.compile(r"^[A-Za-z0-9_.@-]{1,127}$")


def current_value(config: KioskConfig, key: str) -> str:
    section, _, name = key.partition(".")
    value = getattr(getattr(config, section), name)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _model_check(config: KioskConfig, key: str, raw: str) -> Any:
    section_name, _, name = key.partition(".")
    section: BaseModel = getattr(config, section_name)
    try:
        checked = type(section).model_validate({**section.model_dump(), name: raw.strip()})
    except ValidationError as exc:
        raise _explain(key, raw, exc.errors()[0]) from None
    return getattr(checked, name)


def _explain(key: str, raw: str, err: Mapping[str, Any]) -> SettingError:
    ctx = err.get("ctx") or {}
    kind = err["type"]
    if key == "terminal.id":
        return SettingError(Tell.SETTING_BAD_TERMINAL_ID, raw)
    if key == "platform.url":
        return SettingError(Tell.SETTING_BAD_URL, raw)
    if kind == "literal_error":
        return SettingError(Tell.SETTING_ONLY, str(ctx.get("expected")), raw)
    if kind in ("greater_than_equal", "less_than_equal"):
        section, _, name = key.partition(".")
        field = KioskConfig.model_fields[section].annotation.model_fields[name]  # type: ignore[union-attr]
        low = high = None
        for meta in field.metadata:
            low = getattr(meta, "ge", low)
            high = getattr(meta, "le", high)
        return SettingError(Tell.SETTING_RANGE, f"{low:g}", f"{high:g}", raw)
    if kind in ("float_parsing", "int_parsing"):
        return SettingError(Tell.SETTING_NOT_NUMBER, raw)
    return SettingError(Tell.SETTING_INVALID, str(err["msg"]), raw)


def validate_setting(
    config: KioskConfig,
    key: str,
    raw: str,
    *,
    known_queues: Iterable[str] | None = None,
    base_dir: Path | None = None,
) -> Any:
    """The typed value for ``key``, or ``SettingError`` with the message for the field."""
    if key not in SETTINGS_BY_KEY:
        raise SettingError(Tell.SETTING_UNKNOWN, key)
    raw = raw.strip()
    if not raw:
        raise SettingError(Tell.SETTING_EMPTY)
    if key == "idcard.port" and raw != "auto":
        _check_device(raw, Message(Tell.SETTING_WHAT_PORT))
    if key == "camera.device" and not raw.isdigit():
        _check_device(raw, Message(Tell.SETTING_WHAT_CAMERA))
    if key == "printer.queue":
        if not _QUEUE_RE.match(raw):
            raise SettingError(Tell.SETTING_QUEUE_CHARS, raw)
        queues = tuple(known_queues or [])
        if known_queues is not None and raw not in queues:
            raise SettingError(Tell.SETTING_NO_QUEUE, raw, queues or Message(Tell.SETTING_NONE))
    if key == "platform.key_file":
        _check_key_file(raw, base_dir or Path.cwd())
    return _model_check(config, key, raw)


def _check_device(path: str, what: Message) -> None:
    if not path.startswith("/dev/"):
        raise SettingError(Tell.SETTING_NOT_DEVICE, what, path)
    if not os.path.exists(path):
        raise SettingError(Tell.SETTING_NO_DEVICE, what, path)
    if not os.access(path, os.R_OK | os.W_OK):
        raise SettingError(Tell.SETTING_DEVICE_ACCESS, what, path)


def _check_key_file(raw: str, base_dir: Path) -> None:
    path = Path(raw) if Path(raw).is_absolute() else base_dir / raw
    if not path.is_file():
        raise SettingError(Tell.SETTING_KEY_MISSING, raw)
    if not os.access(path, os.R_OK):
        raise SettingError(Tell.SETTING_KEY_UNREADABLE, raw)
    if path.stat().st_size == 0:
        raise SettingError(Tell.SETTING_KEY_EMPTY, raw)


def read_profile(name: str, profiles_dir: Path = PROFILES_DIR) -> dict[str, Any]:
    path = profiles_dir / f"{name}.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _merge(into: dict[str, Any], layer: Mapping[str, Any]) -> None:
    for section, values in layer.items():
        if isinstance(values, Mapping):
            into.setdefault(section, {}).update(values)
        else:
            into[section] = values


class SiteFile:
    """The site's TOML file: the layer a technician edits on top of the packaged defaults."""

    def __init__(self, path: Path, *, profiles_dir: Path = PROFILES_DIR, environ: Mapping[str, str] | None = None):
        self.path = path
        self._profiles_dir = profiles_dir
        self._environ = environ

    def read(self) -> dict[str, Any]:
        try:
            with self.path.open("rb") as fh:
                return tomllib.load(fh)
        except FileNotFoundError:
            return {}

    def save(self, changes: Mapping[str, Any]) -> KioskConfig:
        """Write ``{"section.key": value}`` into the site file; a new site profile brings its
        branding, services and fitted devices along. Returns the configuration now in force."""
        data = self.read()
        profile = changes.get("terminal.site_profile")
        if profile is not None and profile != data.get("terminal", {}).get("site_profile"):
            _merge(data, read_profile(str(profile), self._profiles_dir))
        for key, value in changes.items():
            section, _, name = key.partition(".")
            data.setdefault(section, {})[name] = str(value) if key == "platform.url" else value
        return self.write(data)

    def write(self, data: Mapping[str, Any]) -> KioskConfig:
        encoded = tomli_w.dumps(dict(data)).encode()
        # Check the candidate in full before it replaces the file the terminal starts from.
        probe = self.path.with_name(f".{self.path.name}.check.toml")
        write_atomic(probe, encoded)
        try:
            load_config(probe, environ={})
        except ConfigError as exc:
            raise SettingError(Tell.SETTING_SAVE_FAILED, str(exc)) from None
        finally:
            probe.unlink(missing_ok=True)
        write_atomic(self.path, encoded)  # 0600: it holds the technician PIN's hash
        return load_config(self.path, environ=self._environ)


def log_changes(before: KioskConfig, changes: Mapping[str, Any], who: Callable[[str], str] = str) -> None:
    for key, value in changes.items():
        if key == "technician.pin_hash":
            log.info("technician changed technician.pin_hash")
            continue
        log.info("technician changed %s: %s -> %s", key, current_value(before, key), who(str(value)))

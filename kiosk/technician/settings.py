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

from kiosk.config.loader import CONFIG_DIR, ConfigError, load_config
from kiosk.config.models import KioskConfig
from kiosk.technician.pin import write_atomic

log = logging.getLogger(__name__)

PROFILES_DIR = CONFIG_DIR / "profiles"


class SettingError(ValueError):
    """``str(err)`` is the Chinese message shown next to the field."""


@dataclass(frozen=True)
class Setting:
    key: str  # "section.field" in the configuration
    label: str  # Chinese label on the settings screen
    kind: str  # "port", "camera", "queue", "text", "choice", "number", "file"
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("idcard.port", "身份证阅读器串口", "port"),
    Setting("camera.device", "摄像头", "camera"),
    Setting("printer.queue", "打印队列", "queue"),
    Setting("platform.url", "平台地址", "text"),
    Setting("terminal.id", "终端编号", "text"),
    Setting("platform.key_file", "终端密钥文件", "file"),
    Setting("terminal.site_profile", "站点类型", "choice", ("service_hall", "bank_branch")),
    Setting("session.idle_timeout_s", "无操作退出（秒）", "number"),
    Setting("terminal.language", "默认语言", "choice", ("zh_CN", "en_US")),
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
        raise SettingError(_explain(key, raw, exc.errors()[0])) from None
    return getattr(checked, name)


def _explain(key: str, raw: str, err: Mapping[str, Any]) -> str:
    ctx = err.get("ctx") or {}
    kind = err["type"]
    if key == "terminal.id":
        return f"终端编号须为 3–32 位大写字母、数字或连字符，且以字母或数字开头（收到 {raw!r}）"
    if key == "platform.url":
        return f"平台地址须为 http:// 或 https:// 开头的完整地址（收到 {raw!r}）"
    if kind == "literal_error":
        return f"只能选择 {ctx.get('expected')}（收到 {raw!r}）"
    if kind in ("greater_than_equal", "less_than_equal"):
        section, _, name = key.partition(".")
        field = KioskConfig.model_fields[section].annotation.model_fields[name]  # type: ignore[union-attr]
        low = high = None
        for meta in field.metadata:
            low = getattr(meta, "ge", low)
            high = getattr(meta, "le", high)
        return f"须为 {low:g} 到 {high:g} 之间的数字（收到 {raw!r}）"
    if kind in ("float_parsing", "int_parsing"):
        return f"须为数字（收到 {raw!r}）"
    return f"数值无效：{err['msg']}（收到 {raw!r}）"


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
        raise SettingError(f"未知的设置项 {key}")
    raw = raw.strip()
    if not raw:
        raise SettingError("不能为空")
    if key == "idcard.port" and raw != "auto":
        _check_device(raw, "串口")
    if key == "camera.device" and not raw.isdigit():
        _check_device(raw, "摄像头设备")
    if key == "printer.queue":
        if not _QUEUE_RE.match(raw):
            raise SettingError(f"打印队列名只能包含字母、数字和 _ . @ -（收到 {raw!r}）")
        queues = list(known_queues or [])
        if known_queues is not None and raw not in queues:
            shown = "、".join(queues) or "无"
            raise SettingError(f"CUPS 中没有名为 {raw} 的打印队列（现有：{shown}）")
    if key == "platform.key_file":
        _check_key_file(raw, base_dir or Path.cwd())
    return _model_check(config, key, raw)


def _check_device(path: str, what: str) -> None:
    if not path.startswith("/dev/"):
        raise SettingError(f"{what}须为 /dev/ 下的设备路径（收到 {path!r}）")
    if not os.path.exists(path):
        raise SettingError(f"{what} {path} 不存在，请检查连线或重新选择")
    if not os.access(path, os.R_OK | os.W_OK):
        raise SettingError(f"{what} {path} 无读写权限（请把 kiosk 用户加入 dialout/video 组）")


def _check_key_file(raw: str, base_dir: Path) -> None:
    path = Path(raw) if Path(raw).is_absolute() else base_dir / raw
    if not path.is_file():
        raise SettingError(f"密钥文件 {raw} 不存在")
    if not os.access(path, os.R_OK):
        raise SettingError(f"密钥文件 {raw} 不可读（检查文件权限）")
    if path.stat().st_size == 0:
        raise SettingError(f"密钥文件 {raw} 是空文件")


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
            raise SettingError(f"保存失败：{exc}") from None
        finally:
            probe.unlink(missing_ok=True)
        write_atomic(self.path, encoded)
        return load_config(self.path, environ=self._environ)


def log_changes(before: KioskConfig, changes: Mapping[str, Any], who: Callable[[str], str] = str) -> None:
    for key, value in changes.items():
        if key == "technician.pin_hash":
            log.info("technician changed technician.pin_hash")
            continue
        log.info("technician changed %s: %s -> %s", key, current_value(before, key), who(str(value)))

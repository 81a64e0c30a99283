"""Configuration in layers: packaged defaults < site file < environment (``KIOSK_SECTION__KEY``).

A wrong value stops the terminal with one line that names where it came from, the key, the bad
value and what is allowed, because the person reading it is a technician in a busy hall.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import ValidationError

from kiosk.config.models import KioskConfig
from kiosk.resources import data_root

CONFIG_DIR = data_root() / "config"
DEFAULTS_FILE = CONFIG_DIR / "defaults.toml"
ENV_PREFIX = "KIOSK_"


class ConfigError(Exception):
    """``str(err)`` is the one-line message for the technician."""


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise ConfigError(
            f"{path}: line {line}: byte 0x{exc.object[exc.start]:02x} is not UTF-8; save the file as UTF-8"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror or exc}") from None


def _env_layer(environ: Mapping[str, str]) -> dict[str, Any]:
    layer: dict[str, Any] = {}
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        section, _, key = name[len(ENV_PREFIX) :].lower().partition("__")
        value: Any = raw
        # Lists and booleans arrive as JSON (KIOSK_UI__SERVICES='["a","b"]'); plain words stay strings.
        if raw[:1] in "[{" or raw in ("true", "false"):
            try:
                value = json.loads(raw)
            except json.JSONDecodeError:
                value = raw
        layer.setdefault(section, {})[key] = _as_choice(section, key, value)
    return layer


def _as_choice(section: str, key: str, value: Any) -> Any:
    """An environment string for a field whose allowed values are numbers ("9600" for
    ``Literal[0, 9600, …]``) becomes that number; validation still names a value that is not allowed."""
    if not isinstance(value, str):
        return value
    section_field = KioskConfig.model_fields.get(section)
    model = section_field.annotation if section_field else None
    fields = getattr(model, "model_fields", {})
    annotation = fields[key].annotation if key in fields else None
    if get_origin(annotation) is not Literal:
        return value
    for choice in get_args(annotation):
        if not isinstance(choice, str) and str(choice) == value.strip():
            return choice
    return value


def _merge(into: dict[str, Any], layer: dict[str, Any], source: str, origin: dict[str, str]) -> None:
    for section, values in layer.items():
        if not isinstance(values, dict):
            into[section] = values
            origin[section] = source
            continue
        target = into.setdefault(section, {})
        for key, value in values.items():
            target[key] = value
            origin[f"{section}.{key}"] = source


def _describe(err: Mapping[str, Any], origin: Mapping[str, str]) -> str:
    loc = ".".join(str(p) for p in err["loc"])
    source = origin.get(loc) or origin.get(loc.split(".")[0]) or "configuration"
    if source.startswith("env:"):
        source = f"environment {ENV_PREFIX}{loc.replace('.', '__', 1).upper()}"
    if err["type"] == "extra_forbidden":
        section = loc.rsplit(".", 1)[0] if "." in loc else ""
        allowed = _allowed_keys(section)
        return f"{source}: {loc}: unknown key (allowed: {', '.join(allowed)})"
    value = err.get("input")
    return f"{source}: {loc} = {value!r}: {_allowed(err)}"


def _allowed(err: Mapping[str, Any]) -> str:
    ctx = err.get("ctx") or {}
    kind = err["type"]
    if kind == "literal_error":
        return f"allowed values are {ctx.get('expected')}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"must be a number that is {err['msg'].removeprefix('Input should be ')}"
    if kind == "value_error" and ctx.get("error"):
        return str(ctx["error"])
    if kind == "string_pattern_mismatch":
        return f"must match the pattern {ctx.get('pattern')}"
    return str(err["msg"])


def _allowed_keys(section: str) -> list[str]:
    model: Any = KioskConfig
    if section:
        model = KioskConfig.model_fields[section].annotation
    return sorted(model.model_fields)


def load_config(
    site_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    remote: tuple[str, dict[str, Any]] | None = None,
) -> KioskConfig:
    """Build the configuration from defaults, an optional site file, an optional remote layer
    (``(where it came from, layer)``, see ``kiosk.config.remote``) and the environment."""
    environ = os.environ if environ is None else environ
    merged: dict[str, Any] = {}
    origin: dict[str, str] = {}
    layers: list[tuple[str, dict[str, Any]]] = [(str(DEFAULTS_FILE), _read_toml(DEFAULTS_FILE))]
    if site_file is not None:
        layers.append((str(site_file), _read_toml(site_file)))
    if remote is not None:
        layers.append(remote)
    layers.append(("env:", _env_layer(environ)))
    for source, layer in layers:
        _merge(merged, layer, source, origin)
    try:
        return KioskConfig.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(_describe(exc.errors()[0], origin)) from None


def check_file(path: Path) -> str:
    """What ``kiosk config check FILE`` prints: ok, or the one-line error (raised)."""
    load_config(path, environ={})
    return f"{path}: ok"

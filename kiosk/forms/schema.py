"""Form schemas as the platform sends them inside each catalog item: a list of typed fields.

Parsing is strict: a schema the terminal cannot validate is refused when the catalog is loaded,
not when a citizen is halfway through the form.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.catalog.regions import RegionLevel
from kiosk.messages import Message


class FormSchemaError(ValueError):
    """Technician-facing: names the field and what is wrong with its definition."""


class FieldType(enum.Enum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    REGION = "region"  # province/city/county cascade; the value is the deepest code chosen
    PHONE = "phone"  # mainland mobile number
    ID_NUMBER = "id_number"  # GB 11643 resident identity number
    ADDRESS = "address"


class PrefillSource(enum.Enum):
    """Which value of the identified citizen fills the field before they start typing."""

    NAME = "name"
    DOCUMENT_NUMBER = "document_number"
    GENDER = "gender"
    BIRTH_DATE = "birth_date"
    ADDRESS = "address"


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    label_en: str = ""  # the platform's English label, when it sends one


@dataclass(frozen=True)
class FieldSpec:
    id: str
    type: FieldType
    label: str | Message  # the platform's words (data), or a built-in field's message kind
    required: bool = False
    min_length: int | None = None
    max_length: int | None = None
    min_value: float | None = None
    max_value: float | None = None
    integer: bool = False
    min_date: date | None = None
    max_date: date | None = None
    not_in_future: bool = False
    options: tuple[Option, ...] = ()
    region_level: RegionLevel = RegionLevel.COUNTY
    prefill: PrefillSource | None = None
    hint: str = ""
    label_en: str = ""  # the platform's English label and hint, when it sends them
    hint_en: str = ""

    def option_values(self) -> frozenset[str]:
        return frozenset(o.value for o in self.options)


@dataclass(frozen=True)
class FormSchema:
    fields: tuple[FieldSpec, ...]

    def field(self, field_id: str) -> FieldSpec:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    @property
    def field_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.fields)

    def merged_with(self, other: FormSchema) -> FormSchema:
        """One form for a bundle: fields shared by id are asked once, in first-seen order."""
        seen = set(self.field_ids)
        extra = tuple(f for f in other.fields if f.id not in seen)
        return FormSchema(self.fields + extra)


EMPTY_FORM = FormSchema(())


def parse_form_schema(raw: Mapping[str, Any], where: str = "form") -> FormSchema:
    raw_fields = raw.get("fields", [])
    if not isinstance(raw_fields, Sequence) or isinstance(raw_fields, str):
        raise FormSchemaError(f"{where}: 'fields' must be a list")
    parsed = tuple(_parse_field(f, f"{where}.fields[{i}]") for i, f in enumerate(raw_fields))
    ids = [f.id for f in parsed]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise FormSchemaError(f"{where}: duplicate field ids {dupes}")
    return FormSchema(parsed)


def _parse_field(raw: Any, where: str) -> FieldSpec:
    if not isinstance(raw, Mapping):
        raise FormSchemaError(f"{where}: expected an object, got {type(raw).__name__}")
    field_id = raw.get("id")
    if not isinstance(field_id, str) or not field_id:
        raise FormSchemaError(f"{where}: missing 'id'")
    where = f"{where} ({field_id})"
    try:
        field_type = FieldType(raw.get("type"))
    except ValueError:
        known = ", ".join(t.value for t in FieldType)
        raise FormSchemaError(f"{where}: unknown type {raw.get('type')!r}; known: {known}") from None
    label = raw.get("label")
    if not isinstance(label, str) or not label:
        raise FormSchemaError(f"{where}: missing 'label'")
    options = tuple(_parse_option(o, f"{where}.options") for o in raw.get("options", []))
    if field_type is FieldType.CHOICE and not options:
        raise FormSchemaError(f"{where}: a choice field needs 'options'")
    try:
        prefill = PrefillSource(raw["prefill"]) if raw.get("prefill") else None
        level = RegionLevel[str(raw.get("level", "county")).upper()]
    except (ValueError, KeyError) as exc:
        raise FormSchemaError(f"{where}: bad 'prefill' or 'level': {exc}") from None
    spec = FieldSpec(
        id=field_id,
        type=field_type,
        label=label,
        required=bool(raw.get("required", False)),
        min_length=_opt_int(raw, "min_length", where),
        max_length=_opt_int(raw, "max_length", where),
        min_value=_opt_number(raw, "min", where) if field_type is FieldType.NUMBER else None,
        max_value=_opt_number(raw, "max", where) if field_type is FieldType.NUMBER else None,
        integer=bool(raw.get("integer", False)),
        min_date=_opt_date(raw, "min", where) if field_type is FieldType.DATE else None,
        max_date=_opt_date(raw, "max", where) if field_type is FieldType.DATE else None,
        not_in_future=bool(raw.get("not_in_future", False)),
        options=options,
        region_level=level,
        prefill=prefill,
        hint=str(raw.get("hint", "")),
        label_en=_opt_str(raw, "label_en", where),
        hint_en=_opt_str(raw, "hint_en", where),
    )
    if spec.min_length is not None and spec.max_length is not None and spec.min_length > spec.max_length:
        raise FormSchemaError(f"{where}: min_length {spec.min_length} > max_length {spec.max_length}")
    return spec


def _parse_option(raw: Any, where: str) -> Option:
    if isinstance(raw, Mapping) and isinstance(raw.get("value"), str) and isinstance(raw.get("label"), str):
        return Option(raw["value"], raw["label"], _opt_str(raw, "label_en", f"{where} ({raw['value']})"))
    raise FormSchemaError(f"{where}: each option needs string 'value' and 'label', got {raw!r}")


def _opt_str(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise FormSchemaError(f"{where}: '{key}' must be a string, got {value!r}")
    return value


def _opt_int(raw: Mapping[str, Any], key: str, where: str) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise FormSchemaError(f"{where}: '{key}' must be a non-negative integer, got {value!r}")
    return value


def _opt_number(raw: Mapping[str, Any], key: str, where: str) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FormSchemaError(f"{where}: '{key}' must be a number, got {value!r}")
    return float(value)


def _opt_date(raw: Mapping[str, Any], key: str, where: str) -> date | None:
    value = raw.get(key)
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise FormSchemaError(f"{where}: '{key}' must be an ISO date, got {value!r}") from None

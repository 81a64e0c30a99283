"""Field-by-field validation. Each problem is a ``Message`` (its words in the catalog) that sits next to its field."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from datetime import date

from kiosk.catalog.regions import RegionTable, region_level_of
from kiosk.domain.idnumber import IdNumberError, validate_id_number
from kiosk.forms.schema import FieldSpec, FieldType, FormSchema
from kiosk.messages import Message, Say
from kiosk.platform_text import PlatformText

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_REGION_CODE_RE = re.compile(r"\d{6}")
_DATE_RE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")


def _text(value: object) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _label(spec: FieldSpec) -> str | Message:
    """The field's name as its messages say it: with the platform's English beside it, so an English
    screen does not name the field in Chinese after naming it in English ("Mobile phone number:
    Please fill in: 手机号码")."""
    return PlatformText(spec.label, spec.label_en) if isinstance(spec.label, str) else spec.label


def _ask(spec: FieldSpec) -> Message:
    picked = spec.type in (FieldType.CHOICE, FieldType.REGION, FieldType.DATE)
    return Message(Say.FORM_PLEASE_CHOOSE if picked else Say.FORM_PLEASE_FILL, (_label(spec),))


def _length(spec: FieldSpec, text: str) -> Message | None:
    if spec.min_length is not None and len(text) < spec.min_length:
        return Message(Say.FORM_TOO_SHORT, (_label(spec), spec.min_length))
    if spec.max_length is not None and len(text) > spec.max_length:
        return Message(Say.FORM_TOO_LONG, (_label(spec), spec.max_length))
    return None


def _number(spec: FieldSpec, text: str) -> Message | None:
    try:
        number = float(text)
    except ValueError:
        return Message(Say.FORM_NOT_NUMBER, (_label(spec),))
    if not math.isfinite(number):
        return Message(Say.FORM_NOT_NUMBER, (_label(spec),))
    if spec.integer and not number.is_integer():
        return Message(Say.FORM_NOT_INTEGER, (_label(spec),))
    if spec.min_value is not None and number < spec.min_value:
        return Message(Say.FORM_TOO_SMALL, (_label(spec), _show(spec.min_value)))
    if spec.max_value is not None and number > spec.max_value:
        return Message(Say.FORM_TOO_LARGE, (_label(spec), _show(spec.max_value)))
    return None


def _show(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def parse_date(text: str) -> date | None:
    """Accept 2024-03-05, 2024/3/5 and 2024年3月5日; None when it is not a real calendar day."""
    m = _DATE_RE.fullmatch(text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _date(spec: FieldSpec, text: str, today: date) -> Message | None:
    day = parse_date(text)
    if day is None:
        return Message(Say.FORM_BAD_DATE, (_label(spec),))
    if spec.not_in_future and day > today:
        return Message(Say.FORM_FUTURE_DATE, (_label(spec),))
    if spec.min_date is not None and day < spec.min_date:
        return Message(Say.FORM_DATE_BEFORE, (_label(spec), spec.min_date))
    if spec.max_date is not None and day > spec.max_date:
        return Message(Say.FORM_DATE_AFTER, (_label(spec), spec.max_date))
    return None


def _choice(spec: FieldSpec, text: str) -> Message | None:
    if text not in spec.option_values():
        return Message(Say.FORM_BAD_OPTION, (_label(spec),))
    return None


def _region(spec: FieldSpec, text: str, regions: Container[str] | None) -> Message | None:
    if not _REGION_CODE_RE.fullmatch(text) or (regions is not None and text not in regions):
        return Message(Say.FORM_BAD_REGION, (_label(spec),))
    leaf = isinstance(regions, RegionTable) and regions.is_leaf(text)  # 东莞市 has no counties
    if region_level_of(text) < spec.region_level and not leaf:
        return Message(Say.FORM_REGION_LEVEL, (_label(spec), spec.region_level.words))
    return None


def _phone(spec: FieldSpec, text: str) -> Message | None:
    digits = text.replace(" ", "").replace("-", "")
    if not digits.isdigit() or len(digits) != 11:
        return Message(Say.FORM_PHONE_DIGITS, (_label(spec),))
    if not _MOBILE_RE.fullmatch(digits):
        return Message(Say.FORM_PHONE_WRONG, (_label(spec),))
    return None


def _id_number(spec: FieldSpec, text: str) -> Message | None:
    try:
        validate_id_number(text)
    except IdNumberError as err:
        return Message(err.say, (_label(spec),))  # the reason, naming this field
    return None


def _address(spec: FieldSpec, text: str) -> Message | None:
    minimum = spec.min_length if spec.min_length is not None else 5
    if len(text) < minimum:
        return Message(Say.FORM_ADDRESS_SHORT, (_label(spec), minimum))
    if spec.max_length is not None and len(text) > spec.max_length:
        return Message(Say.FORM_TOO_LONG, (_label(spec), spec.max_length))
    return None


def validate_field(
    spec: FieldSpec, value: object, *, today: date, regions: Container[str] | None = None
) -> Message | None:
    """The message to show next to this field, or None when its value is acceptable."""
    text = _text(value)
    if not text:
        return _ask(spec) if spec.required else None
    checks: dict[FieldType, Callable[[], Message | None]] = {
        FieldType.TEXT: lambda: _length(spec, text),
        FieldType.NUMBER: lambda: _number(spec, text),
        FieldType.DATE: lambda: _date(spec, text, today),
        FieldType.CHOICE: lambda: _choice(spec, text),
        FieldType.REGION: lambda: _region(spec, text, regions),
        FieldType.PHONE: lambda: _phone(spec, text),
        FieldType.ID_NUMBER: lambda: _id_number(spec, text),
        FieldType.ADDRESS: lambda: _address(spec, text),
    }
    return checks[spec.type]()


@dataclass(frozen=True)
class Form:
    """A schema bound to what validation needs from outside: the region table and today's date."""

    schema: FormSchema
    today: date
    regions: Container[str] | None = None

    def validate(self, values: Mapping[str, object]) -> dict[str, Message]:
        errors: dict[str, Message] = {}
        for spec in self.schema.fields:
            message = validate_field(spec, values.get(spec.id), today=self.today, regions=self.regions)
            if message is not None:
                errors[spec.id] = message
        return errors

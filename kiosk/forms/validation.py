"""Field-by-field validation. Every message is plain Chinese meant to sit next to its field."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from datetime import date

from kiosk.catalog.regions import RegionTable, region_level_of
from kiosk.domain.idnumber import IdNumberError, validate_id_number
from kiosk.forms.schema import FieldSpec, FieldType, FormSchema

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_REGION_CODE_RE = re.compile(r"\d{6}")
_DATE_RE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")


def _text(value: object) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _ask(spec: FieldSpec) -> str:
    picked = spec.type in (FieldType.CHOICE, FieldType.REGION, FieldType.DATE)
    return f"请选择{spec.label}" if picked else f"请填写{spec.label}"


def _length(spec: FieldSpec, text: str) -> str | None:
    if spec.min_length is not None and len(text) < spec.min_length:
        return f"{spec.label}至少{spec.min_length}个字"
    if spec.max_length is not None and len(text) > spec.max_length:
        return f"{spec.label}不能超过{spec.max_length}个字"
    return None


def _number(spec: FieldSpec, text: str) -> str | None:
    try:
        number = float(text)
    except ValueError:
        return f"{spec.label}应为数字"
    if not math.isfinite(number):
        return f"{spec.label}应为数字"
    if spec.integer and not number.is_integer():
        return f"{spec.label}应为整数"
    if spec.min_value is not None and number < spec.min_value:
        return f"{spec.label}不能小于{_show(spec.min_value)}"
    if spec.max_value is not None and number > spec.max_value:
        return f"{spec.label}不能大于{_show(spec.max_value)}"
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


def _date(spec: FieldSpec, text: str, today: date) -> str | None:
    day = parse_date(text)
    if day is None:
        return f"{spec.label}不是有效日期，请按“年-月-日”填写"
    if spec.not_in_future and day > today:
        return f"{spec.label}不能晚于今天"
    if spec.min_date is not None and day < spec.min_date:
        return f"{spec.label}不能早于{spec.min_date.year}年{spec.min_date.month}月{spec.min_date.day}日"
    if spec.max_date is not None and day > spec.max_date:
        return f"{spec.label}不能晚于{spec.max_date.year}年{spec.max_date.month}月{spec.max_date.day}日"
    return None


def _choice(spec: FieldSpec, text: str) -> str | None:
    if text not in spec.option_values():
        return f"{spec.label}的选项无效，请重新选择"
    return None


def _region(spec: FieldSpec, text: str, regions: Container[str] | None) -> str | None:
    if not _REGION_CODE_RE.fullmatch(text) or (regions is not None and text not in regions):
        return f"{spec.label}无效，请重新选择"
    leaf = isinstance(regions, RegionTable) and regions.is_leaf(text)  # 东莞市 has no counties
    if region_level_of(text) < spec.region_level and not leaf:
        return f"请将{spec.label}选择到{spec.region_level.label_zh}"
    return None


def _phone(spec: FieldSpec, text: str) -> str | None:
    digits = text.replace(" ", "").replace("-", "")
    if not digits.isdigit() or len(digits) != 11:
        return f"{spec.label}应为11位数字"
    if not _MOBILE_RE.fullmatch(digits):
        return f"{spec.label}不正确，请核对后重新填写"
    return None


def _id_number(spec: FieldSpec, text: str) -> str | None:
    try:
        validate_id_number(text)
    except IdNumberError as err:
        # The core's reason says "证件号码…"; keep its wording but name this field.
        return str(err).replace("证件号码", spec.label, 1)
    return None


def _address(spec: FieldSpec, text: str) -> str | None:
    minimum = spec.min_length if spec.min_length is not None else 5
    if len(text) < minimum:
        return f"请填写详细{spec.label}，至少{minimum}个字"
    if spec.max_length is not None and len(text) > spec.max_length:
        return f"{spec.label}不能超过{spec.max_length}个字"
    return None


def validate_field(spec: FieldSpec, value: object, *, today: date, regions: Container[str] | None = None) -> str | None:
    """The message to show next to this field, or None when its value is acceptable."""
    text = _text(value)
    if not text:
        return _ask(spec) if spec.required else None
    checks: dict[FieldType, Callable[[], str | None]] = {
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

    def validate(self, values: Mapping[str, object]) -> dict[str, str]:
        errors: dict[str, str] = {}
        for spec in self.schema.fields:
            message = validate_field(spec, values.get(spec.id), today=self.today, regions=self.regions)
            if message is not None:
                errors[spec.id] = message
        return errors

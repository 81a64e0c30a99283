"""How the result reaches the citizen, and, for cross-province items, which region handles it."""

from __future__ import annotations

import enum
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kiosk.catalog.regions import RegionLevel, region_contains
from kiosk.forms.schema import FieldSpec, FieldType
from kiosk.forms.validation import validate_field


class DeliveryMethod(enum.Enum):
    EMS = "ems"  # 邮政EMS寄递到家
    ONLINE = "online"  # 电子证照/网上送达
    PICKUP = "pickup"  # 窗口自取

    @property
    def label_zh(self) -> str:
        return {"ems": "EMS邮寄", "online": "网上送达", "pickup": "窗口自取"}[self.value]


# Dates play no part in these field types; validation still wants a "today".
_ANY_DAY = date(2000, 1, 1)

# EMS needs someone to hand the envelope to; the others need nothing more from the citizen.
EMS_FIELDS = (
    FieldSpec("recipient", FieldType.TEXT, "收件人姓名", required=True, max_length=30),
    FieldSpec("phone", FieldType.PHONE, "收件人手机号码", required=True),
    FieldSpec("region", FieldType.REGION, "收件地区", required=True, region_level=RegionLevel.COUNTY),
    FieldSpec("address", FieldType.ADDRESS, "详细地址", required=True, min_length=5, max_length=100),
)


@dataclass(frozen=True)
class DeliveryChoice:
    method: DeliveryMethod | None
    recipient: str = ""
    phone: str = ""
    region: str = ""
    address: str = ""

    def as_values(self) -> dict[str, str]:
        return {
            "method": self.method.value if self.method else "",
            "recipient": self.recipient,
            "phone": self.phone,
            "region": self.region,
            "address": self.address,
        }

    @classmethod
    def from_values(cls, values: Mapping[str, str]) -> DeliveryChoice:
        raw = values.get("method", "")
        method = DeliveryMethod(raw) if raw in {m.value for m in DeliveryMethod} else None
        return cls(
            method,
            recipient=values.get("recipient", ""),
            phone=values.get("phone", ""),
            region=values.get("region", ""),
            address=values.get("address", ""),
        )


def validate_delivery(
    choice: DeliveryChoice,
    allowed: Sequence[DeliveryMethod],
    *,
    regions: Container[str] | None = None,
) -> dict[str, str]:
    """Errors keyed like ``DeliveryChoice.as_values()``: ``method`` or one of the EMS fields."""
    if choice.method is None:
        return {"method": "请选择领取方式"}
    if choice.method not in allowed:
        return {"method": f"该事项不支持{choice.method.label_zh}，请重新选择"}
    if choice.method is not DeliveryMethod.EMS:
        return {}
    values = choice.as_values()
    errors: dict[str, str] = {}
    for spec in EMS_FIELDS:
        message = validate_field(spec, values[spec.id], today=_ANY_DAY, regions=regions)
        if message:
            errors[spec.id] = message
    return errors


def validate_handling_region(chosen: str, handling_regions: Sequence[str]) -> str | None:
    """For a cross-province item: the citizen's chosen 办理地 must be one the item lists."""
    if not chosen:
        return "请选择办理地"
    if not any(region_contains(r, chosen) for r in handling_regions):
        return "该事项暂不支持在所选地区办理，请重新选择"
    return None


def suggest_handling_region(document_number: str, handling_regions: Sequence[str]) -> str:
    """Most cross-province filings are handled where the citizen's household is registered; the
    first six digits of a resident ID number name that county. Empty when no listed region fits."""
    code = document_number[:6]
    if len(code) == 6 and code.isdigit() and any(region_contains(r, code) for r in handling_regions):
        return code
    return ""

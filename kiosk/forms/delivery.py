"""How the result reaches the citizen, and, for cross-province items, which region handles it."""

from __future__ import annotations

import enum
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kiosk.catalog.regions import RegionLevel, region_contains
from kiosk.forms.schema import FieldSpec, FieldType
from kiosk.forms.validation import validate_field
from kiosk.messages import Message, Say


class DeliveryMethod(enum.Enum):
    EMS = "ems"  # 邮政EMS寄递到家
    ONLINE = "online"  # 电子证照/网上送达
    PICKUP = "pickup"  # 窗口自取

    @property
    def words(self) -> Message:
        kinds = {"ems": Say.DELIVERY_EMS, "online": Say.DELIVERY_ONLINE, "pickup": Say.DELIVERY_PICKUP}
        return Message(kinds[self.value])


# Dates play no part in these field types; validation still wants a "today".
_ANY_DAY = date(2000, 1, 1)

# EMS needs someone to hand the envelope to; the others need nothing more from the citizen.
# A recipient's name as written on the envelope: a foreigner's name in Latin letters as on their
# permanent residence card runs past 40 characters (MUELLER-SCHMIDT, ANNA MARIA KATHARINA ELISE),
# which a 30-character limit refused.
EMS_FIELDS = (
    FieldSpec("recipient", FieldType.TEXT, Message(Say.FIELD_EMS_RECIPIENT), required=True, max_length=60),
    FieldSpec("phone", FieldType.PHONE, Message(Say.FIELD_EMS_PHONE), required=True),
    FieldSpec("region", FieldType.REGION, Message(Say.FIELD_EMS_REGION), required=True,
              region_level=RegionLevel.COUNTY),
    FieldSpec("address", FieldType.ADDRESS, Message(Say.FIELD_STREET_ADDRESS), required=True, min_length=5,
              max_length=100),
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
) -> dict[str, Message]:
    """Errors keyed like ``DeliveryChoice.as_values()``: ``method`` or one of the EMS fields."""
    if choice.method is None:
        return {"method": Message(Say.FORM_DELIVERY_CHOOSE)}
    if choice.method not in allowed:
        return {"method": Message(Say.FORM_DELIVERY_UNSUPPORTED, (choice.method.words,))}
    if choice.method is not DeliveryMethod.EMS:
        return {}
    values = choice.as_values()
    errors: dict[str, Message] = {}
    for spec in EMS_FIELDS:
        message = validate_field(spec, values[spec.id], today=_ANY_DAY, regions=regions)
        if message:
            errors[spec.id] = message
    return errors


def validate_handling_region(chosen: str, handling_regions: Sequence[str]) -> Message | None:
    """For a cross-province item: the citizen's chosen 办理地 must be one the item lists."""
    if not chosen:
        return Message(Say.FORM_HANDLING_CHOOSE)
    if not any(region_contains(r, chosen) for r in handling_regions):
        return Message(Say.FORM_HANDLING_UNSUPPORTED)
    return None


def suggest_handling_region(document_number: str, handling_regions: Sequence[str]) -> str:
    """Most cross-province filings are handled where the citizen's household is registered; the
    first six digits of a resident ID number name that county. Empty when no listed region fits."""
    code = document_number[:6]
    if len(code) == 6 and code.isdigit() and any(region_contains(r, code) for r in handling_regions):
        return code
    return ""

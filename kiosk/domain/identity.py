"""Who the citizen is, as the terminal learned it (ID card, residence permit, foreigner card, service code)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from kiosk.domain.masking import mask_id_number, mask_name


class CardType(enum.Enum):
    RESIDENT_ID = "resident_id"  # 居民身份证, type marker ' '
    HMT_RESIDENCE_PERMIT = "hmt_residence_permit"  # 港澳台居民居住证, marker 'J'
    FOREIGNER_2017 = "foreigner_2017"  # 外国人永久居留身份证 2017, marker 'I'
    FOREIGNER_2023 = "foreigner_2023"  # 外国人永久居留身份证 2023, marker 'Y'
    SERVICE_CODE = "service_code"  # 个人服务码 scanned with the camera

    @property
    def label_zh(self) -> str:
        return {
            CardType.RESIDENT_ID: "居民身份证",
            CardType.HMT_RESIDENCE_PERMIT: "港澳台居民居住证",
            CardType.FOREIGNER_2017: "外国人永久居留身份证",
            CardType.FOREIGNER_2023: "外国人永久居留身份证",
            CardType.SERVICE_CODE: "个人服务码",
        }[self]


class Gender(enum.Enum):
    """GB/T 2261.1 codes. Anything but 1 is *not* female: 0 and 9 are their own values."""

    UNKNOWN = "0"
    MALE = "1"
    FEMALE = "2"
    UNSTATED = "9"

    @property
    def label_zh(self) -> str:
        return {"0": "未知", "1": "男", "2": "女", "9": "未说明"}[self.value]


@dataclass(frozen=True)
class Identity:
    """An identified person. ``repr`` masks every personal field so it is safe in logs and tracebacks."""

    card_type: CardType
    name: str  # Chinese name, or the English name where the card has no Chinese one
    document_number: str
    gender: Gender = Gender.UNKNOWN
    birth_date: date | None = None
    name_en: str = ""
    ethnicity: str = ""  # display name (汉, 蒙古, …) or the raw code outside the table
    address: str = ""
    extra_addresses: tuple[str, ...] = ()
    issuer: str = ""
    valid_from: date | None = None
    valid_to: date | None = None  # None with long_term=True means 长期
    long_term: bool = False
    nationality: str = ""  # GB/T 2659 three-letter code for foreigner cards
    pass_number: str = ""  # HK/Macau/Taiwan permit: 通行证号码
    issue_count: str = ""  # 签发次数 (J) or 换证次数 (Y)
    card_version: str = ""  # 证件版本号 on the 2017 foreigner card
    former_number_link: str = ""  # 2023 foreigner card: link to the holder's 2017-card number
    photo: bytes = field(default=b"", compare=False)  # 1024 opaque WLT bytes from the card
    photo_image: bytes = field(default=b"", compare=False)  # image file bytes, only where a licensed decoder is set

    def __repr__(self) -> str:
        return (
            f"Identity(card_type={self.card_type.value}, name={mask_name(self.name)!r}, "
            f"document_number={mask_id_number(self.document_number)!r})"
        )

    __str__ = __repr__

    @property
    def display_name(self) -> str:
        return self.name or self.name_en

    @property
    def masked_number(self) -> str:
        return mask_id_number(self.document_number)

"""Cards for the simulator: a small builder per layout with valid, consistent defaults."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date

from drivers.idcard.replies import PHOTO_LEN
from drivers.idcard.textblock import encode_text
from kiosk.domain.identity import CardType, Gender, Identity
from kiosk.domain.idnumber import check_char


def make_number(prefix6: str, birth: date, sequence: int) -> str:
    """An 18-character GB 11643 number with a correct check character (sequence odd = male)."""
    first17 = f"{prefix6}{birth:%Y%m%d}{sequence % 1000:03d}"
    return first17 + check_char(first17)


def fake_photo(seed: str) -> bytes:
    """1024 opaque bytes standing in for the WLT photo (real WLT can only be made by the card issuer)."""
    out = b""
    block = seed.encode()
    while len(out) < PHOTO_LEN:
        block = hashlib.sha256(block).digest()
        out += block
    return out[:PHOTO_LEN]


def _gender_for(sequence: int, gender: Gender | None) -> Gender:
    if gender is not None:
        return gender
    return Gender.MALE if sequence % 2 else Gender.FEMALE


@dataclass(frozen=True)
class SimCard:
    identity: Identity
    fingerprint: bytes = b""  # 0, 512 or 1024 opaque bytes, served by 30 10
    appended_addresses: tuple[str, ...] = ()
    unrecognised: bool = False  # the SAM answers SW3 0x40 to reads of this card
    text_override: bytes | None = field(default=None, repr=False)  # exact 256 bytes to serve

    @property
    def text(self) -> bytes:
        return self.text_override if self.text_override is not None else encode_text(self.identity)

    @property
    def photo(self) -> bytes:
        return self.identity.photo if len(self.identity.photo) == PHOTO_LEN else fake_photo(repr(self.identity))

    @classmethod
    def resident(
        cls,
        name: str = "张三",
        number: str | None = None,
        *,
        birth: date = date(1985, 6, 15),
        sequence: int = 123,
        gender: Gender | None = None,
        ethnicity: str = "汉",
        address: str = "北京市东城区景山前街4号",
        issuer: str = "北京市公安局东城分局",
        valid_from: date = date(2020, 1, 1),
        valid_to: date | None = date(2040, 1, 1),
        long_term: bool = False,
        appended_addresses: tuple[str, ...] = (),
        fingerprint: bytes = b"",
    ) -> SimCard:
        number = number or make_number("110101", birth, sequence)
        identity = Identity(
            card_type=CardType.RESIDENT_ID, name=name, document_number=number,
            gender=_gender_for(sequence, gender), birth_date=birth, ethnicity=ethnicity, address=address,
            issuer=issuer, valid_from=valid_from, valid_to=None if long_term else valid_to, long_term=long_term,
        )  # fmt: skip
        return cls(identity, fingerprint=fingerprint, appended_addresses=appended_addresses)

    @classmethod
    def hmt_permit(
        cls,
        name: str = "陈大文",
        number: str | None = None,
        *,
        birth: date = date(1990, 3, 8),
        sequence: int = 211,
        gender: Gender | None = None,
        address: str = "广东省深圳市福田区福中三路1号",
        issuer: str = "深圳市公安局",
        valid_from: date = date(2021, 5, 1),
        valid_to: date = date(2026, 5, 1),
        pass_number: str = "H12345678",
        issue_count: str = "01",
    ) -> SimCard:
        number = number or make_number("810000", birth, sequence)
        identity = Identity(
            card_type=CardType.HMT_RESIDENCE_PERMIT, name=name, document_number=number,
            gender=_gender_for(sequence, gender), birth_date=birth, address=address, issuer=issuer,
            valid_from=valid_from, valid_to=valid_to, pass_number=pass_number, issue_count=issue_count,
        )  # fmt: skip
        return cls(identity)

    @classmethod
    def foreigner_2017(
        cls,
        name_en: str = "SMITH, JOHN",
        number: str = "USA110085061501",
        *,
        name: str = "约翰",
        gender: Gender = Gender.MALE,
        nationality: str = "USA",
        birth: date = date(1985, 6, 15),
        valid_from: date = date(2018, 1, 1),
        valid_to: date = date(2028, 1, 1),
        card_version: str = "01",
        issuer: str = "1100",
    ) -> SimCard:
        identity = Identity(
            card_type=CardType.FOREIGNER_2017, name=name or name_en, name_en=name_en, document_number=number,
            gender=gender, birth_date=birth, nationality=nationality, valid_from=valid_from, valid_to=valid_to,
            card_version=card_version, issuer=issuer,
        )  # fmt: skip
        return cls(identity)

    @classmethod
    def foreigner_2023(
        cls,
        name_en: str = "MUELLER-SCHMIDT, ANNA MARIA KATHARINA ELISE",
        number: str | None = None,
        *,
        name: str = "安娜",
        birth: date = date(1979, 11, 30),
        sequence: int = 42,
        gender: Gender | None = None,
        nationality: str = "DEU",
        valid_from: date = date(2024, 1, 15),
        valid_to: date = date(2034, 1, 15),
        renewal_count: str = "00",
        former_number_link: str = "",
    ) -> SimCard:
        number = number or make_number("931276", birth, sequence)
        identity = Identity(
            card_type=CardType.FOREIGNER_2023, name=name or name_en, name_en=name_en, document_number=number,
            gender=_gender_for(sequence, gender), birth_date=birth, nationality=nationality,
            valid_from=valid_from, valid_to=valid_to, issue_count=renewal_count,
            former_number_link=former_number_link,
        )  # fmt: skip
        return cls(identity)

    @classmethod
    def unknown_type(cls) -> SimCard:
        """A contactless card the SAM does not recognise (answers 0x40)."""
        return cls(SimCard.resident().identity, unrecognised=True)

    def expected_identity(self) -> Identity:
        """What a correct driver reports for this card (the photo is the bytes served)."""
        return replace(self.identity, photo=self.photo, extra_addresses=self.appended_addresses)

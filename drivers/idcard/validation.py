"""Checks on a card that was read correctly but may still be unusable; reasons are citizen-facing."""

from __future__ import annotations

from datetime import date

from kiosk.domain.identity import CardType, Gender, Identity
from kiosk.domain.idnumber import IdNumberError, birth_date_of, is_male, validate_id_number

_HELP = "请更换证件或联系工作人员。"

# Cards whose 18-character number embeds the birth date and the gender digit as GB 11643 does.
# The 2023 foreigner number is 18 digits with the same check character, but the survey could not
# confirm where its birth date and gender live, so only its check character is verified.
_GB11643_LAYOUT = (CardType.RESIDENT_ID, CardType.HMT_RESIDENCE_PERMIT)


def rejection_reason(identity: Identity, today: date) -> str | None:
    """None when the card can be used, else one plain-Chinese sentence telling the citizen why not."""
    number = identity.document_number
    if len(number) == 18 or identity.card_type in (*_GB11643_LAYOUT, CardType.FOREIGNER_2023):
        try:
            number = validate_id_number(number, check_region=identity.card_type in _GB11643_LAYOUT)
        except IdNumberError:
            return "证件号码校验未通过，该证件可能已损坏。" + _HELP
        if identity.card_type in _GB11643_LAYOUT:
            if identity.birth_date != birth_date_of(number):
                return "证件上的出生日期与证件号码不一致。" + _HELP
            if identity.gender in (Gender.MALE, Gender.FEMALE) and (identity.gender is Gender.MALE) != is_male(number):
                return "证件上的性别与证件号码不一致。" + _HELP
    if identity.valid_from is not None and identity.valid_from > today:
        return "证件尚未生效，暂不能使用。" + _HELP
    if not identity.long_term:
        if identity.valid_to is None:
            return "无法读取证件有效期。" + _HELP
        if identity.valid_to < today:
            end = identity.valid_to
            return f"证件已于{end.year}年{end.month}月{end.day}日过期，请使用有效证件。"
    return None

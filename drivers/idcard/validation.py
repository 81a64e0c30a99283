"""Checks on a card that was read correctly but may still be unusable, reported as a ``CardRejected``."""

from __future__ import annotations

from datetime import date

from kiosk.domain.identity import CardType, Gender, Identity
from kiosk.domain.idnumber import IdNumberError, birth_date_of, is_male, validate_id_number
from kiosk.messages import CardProblem
from kiosk.ports import CardRejected

# Cards whose 18-character number embeds the birth date and the gender digit as GB 11643 does.
# The 2023 foreigner number is 18 digits with the same check character, but the survey could not
# confirm where its birth date and gender live, so only its check character is verified.
_GB11643_LAYOUT = (CardType.RESIDENT_ID, CardType.HMT_RESIDENCE_PERMIT)


def rejection_reason(identity: Identity, today: date) -> CardRejected | None:
    """None when the card can be used, else why not (the screen finds the words)."""
    number = identity.document_number
    if len(number) == 18 or identity.card_type in (*_GB11643_LAYOUT, CardType.FOREIGNER_2023):
        try:
            number = validate_id_number(number, check_region=identity.card_type in _GB11643_LAYOUT)
        except IdNumberError:
            return CardRejected(CardProblem.BAD_NUMBER)
        if identity.card_type in _GB11643_LAYOUT:
            if identity.birth_date != birth_date_of(number):
                return CardRejected(CardProblem.BIRTH_MISMATCH)
            if identity.gender in (Gender.MALE, Gender.FEMALE) and (identity.gender is Gender.MALE) != is_male(number):
                return CardRejected(CardProblem.SEX_MISMATCH)
    if identity.valid_from is not None and identity.valid_from > today:
        return CardRejected(CardProblem.NOT_YET_VALID)
    if not identity.long_term:
        if identity.valid_to is None:
            return CardRejected(CardProblem.NO_VALIDITY)
        if identity.valid_to < today:
            return CardRejected(CardProblem.EXPIRED, identity.valid_to)
    return None

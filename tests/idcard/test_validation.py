from dataclasses import replace
from datetime import date

from drivers.idcard.sim_card import SimCard
from drivers.idcard.validation import rejection_reason
from kiosk.domain.identity import Gender
from kiosk.messages import CardProblem
from kiosk.ports import CardRejected
from ui.words import Words

ZH = Words("zh_CN")

TODAY = date(2026, 11, 23)


def test_a_consistent_unexpired_card_is_accepted():
    assert rejection_reason(SimCard.resident().identity, TODAY) is None


def test_every_builder_makes_an_acceptable_card():
    for card in (SimCard.hmt_permit(valid_to=date(2030, 1, 1)), SimCard.foreigner_2017(), SimCard.foreigner_2023()):
        assert rejection_reason(card.identity, TODAY) is None


def _words(rejected: CardRejected | None) -> str:
    """What the citizen reads (Chinese catalog) for a typed rejection."""
    assert rejected is not None
    return ZH.say(rejected.message)


def test_a_wrong_check_character_is_rejected_in_chinese():
    identity = SimCard.resident().identity
    bad = identity.document_number[:17] + ("0" if identity.document_number[17] != "0" else "1")
    reason = rejection_reason(replace(identity, document_number=bad), TODAY)
    assert reason is not None and reason.problem is CardProblem.BAD_NUMBER and "校验" in _words(reason)


def test_a_birth_date_differing_from_the_number_is_rejected():
    identity = SimCard.resident().identity
    reason = rejection_reason(replace(identity, birth_date=date(1985, 6, 16)), TODAY)
    assert reason is not None and reason.problem is CardProblem.BIRTH_MISMATCH and "出生日期" in _words(reason)


def test_a_gender_contradicting_the_sequence_digit_is_rejected():
    identity = SimCard.resident(sequence=123).identity  # odd: male
    reason = rejection_reason(replace(identity, gender=Gender.FEMALE), TODAY)
    assert reason is not None and reason.problem is CardProblem.SEX_MISMATCH and "性别" in _words(reason)


def test_gender_nine_does_not_contradict_the_number():
    assert rejection_reason(SimCard.resident(gender=Gender.UNSTATED).identity, TODAY) is None


def test_an_expired_card_is_rejected_with_its_end_date():
    reason = rejection_reason(SimCard.resident(valid_to=date(2025, 3, 1)).identity, TODAY)
    assert reason is not None and reason.expired_on == date(2025, 3, 1) and "2025年3月1日过期" in _words(reason)


def test_a_card_is_valid_on_its_last_day():
    assert rejection_reason(SimCard.resident(valid_to=TODAY).identity, TODAY) is None


def test_long_term_never_expires():
    assert rejection_reason(SimCard.resident(long_term=True).identity, TODAY) is None


def test_rejection_reasons_hold_no_personal_data():
    identity = SimCard.resident(valid_to=date(2020, 1, 1)).identity
    reason = _words(rejection_reason(identity, TODAY))
    assert identity.name not in reason and identity.document_number not in reason

"""Masks at their edges: short numbers, short phones, empty values, and names that contain each other.
Written against mutants that survived `./dev mutate`."""

from __future__ import annotations

from kiosk.domain.masking import mask_id_number, mask_phone, mask_text


def test_a_number_of_eight_characters_or_fewer_is_masked_whole() -> None:
    assert mask_id_number("12345678") == "********"
    assert mask_id_number("") == ""


def test_a_nine_character_number_keeps_its_first_and_last_four() -> None:
    assert mask_id_number("123456789") == "1234*6789"


def test_a_phone_of_six_digits_or_fewer_is_masked_whole() -> None:
    assert mask_phone("123456") == "******"


def test_a_seven_digit_phone_keeps_its_first_three_and_last_four() -> None:
    assert mask_phone("1234567") == "1234567"  # nothing hidden in the middle, and nothing lost
    assert mask_phone("12345678") == "123*5678"


def test_a_longer_name_is_masked_before_a_shorter_name_it_contains() -> None:
    # Masking 张三 first would leave 张**丰, which still gives the last character away.
    assert mask_text("申请人张三丰", names=("张三", "张三丰")) == "申请人张**"


def test_names_are_masked_longest_first_whatever_their_alphabetical_order() -> None:
    # 王五 sorts after 李王五; masked first, it would leave 李王** and the surname in the clear.
    assert mask_text("申请人李王五", names=("王五", "李王五")) == "申请人李**"

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drivers.idcard.ethnicity import ETHNICITY_BY_CODE
from drivers.idcard.replies import (
    CardData,
    ReplyDataError,
    SamId,
    decode_appended_addresses,
    decode_read,
    decode_read_with_fingerprint,
    decode_sam_id,
    encode_appended_addresses,
    encode_read,
    encode_read_with_fingerprint,
    encode_sam_id,
)
from drivers.idcard.sim_card import SimCard
from drivers.idcard.textblock import TextBlockError, UnknownCardType, card_type_of, decode_text, encode_text
from kiosk.domain.identity import CardType, Gender, Identity

# Characters a card can hold: BMP, no surrogates, no control characters.
card_chars = st.characters(min_codepoint=0x21, max_codepoint=0xFFFD, exclude_categories=("Cs", "Cc", "Zs"))


def text(max_chars, alphabet=card_chars):
    # Inner spaces are legal (names with a space); a field never ends in its padding character.
    return st.text(alphabet=st.one_of(alphabet, st.just(" ")), max_size=max_chars).map(lambda s: s.rstrip(" "))


def code(n):
    return st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=0, max_size=n)


dates = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
genders = st.sampled_from(Gender)
ethnicities = st.one_of(st.sampled_from(sorted(ETHNICITY_BY_CODE.values())), st.sampled_from(["00", "57", "99", ""]))


@st.composite
def validity(draw):
    long_term = draw(st.booleans())
    return {"long_term": long_term, "valid_to": None if long_term else draw(dates), "valid_from": draw(dates)}


@st.composite
def identities(draw):
    kind = draw(st.sampled_from([CardType.RESIDENT_ID, CardType.HMT_RESIDENCE_PERMIT, CardType.FOREIGNER_2017,
                                 CardType.FOREIGNER_2023]))  # fmt: skip
    common = {"card_type": kind, "gender": draw(genders), "birth_date": draw(dates), **draw(validity())}
    if kind is CardType.RESIDENT_ID:
        return Identity(name=draw(text(15)), document_number=draw(code(18)), ethnicity=draw(ethnicities),
                        address=draw(text(35)), issuer=draw(text(15)), **common)  # fmt: skip
    if kind is CardType.HMT_RESIDENCE_PERMIT:
        return Identity(name=draw(text(15)), document_number=draw(code(18)), address=draw(text(35)),
                        issuer=draw(text(15)), pass_number=draw(code(9)), issue_count=draw(code(2)),
                        **common)  # fmt: skip
    name_en = draw(
        text(60 if kind is CardType.FOREIGNER_2017 else 46, st.characters(min_codepoint=0x21, max_codepoint=0x7E))
    )
    name = draw(text(15)) or name_en
    if kind is CardType.FOREIGNER_2017:
        return Identity(name=name, name_en=name_en, document_number=draw(code(15)), nationality=draw(code(3)),
                        card_version=draw(code(2)), issuer=draw(code(4)), **common)  # fmt: skip
    return Identity(name=name, name_en=name_en, document_number=draw(code(18)), nationality=draw(code(3)),
                    issue_count=draw(code(2)), former_number_link=draw(code(3)), **common)  # fmt: skip


@given(identities())
def test_every_text_block_round_trips(identity):
    block = encode_text(identity)
    assert len(block) == 256
    assert decode_text(block) == identity
    assert encode_text(decode_text(block)) == block


@given(st.binary(min_size=256, max_size=256))
def test_arbitrary_text_blocks_raise_only_text_block_errors(block):
    with contextlib.suppress(TextBlockError):
        decode_text(block)


@given(st.binary(max_size=300))
def test_text_blocks_of_the_wrong_size_are_refused(block):
    if len(block) != 256:
        with pytest.raises(TextBlockError):
            decode_text(block)


def test_the_marker_at_248_decides_the_layout():
    assert card_type_of(encode_text(SimCard.resident().identity)) is CardType.RESIDENT_ID
    assert card_type_of(encode_text(SimCard.hmt_permit().identity)) is CardType.HMT_RESIDENCE_PERMIT
    assert card_type_of(encode_text(SimCard.foreigner_2017().identity)) is CardType.FOREIGNER_2017
    assert card_type_of(encode_text(SimCard.foreigner_2023().identity)) is CardType.FOREIGNER_2023


def test_an_unknown_marker_is_a_typed_error():
    block = bytearray(encode_text(SimCard.resident().identity))
    block[248:250] = "Z".encode("utf-16-le")
    with pytest.raises(UnknownCardType):
        decode_text(bytes(block))


def test_a_name_with_a_space_is_kept_whole():
    assert decode_text(encode_text(SimCard.resident(name="欧阳 娜娜").identity)).name == "欧阳 娜娜"


def test_long_term_validity_is_not_parsed_as_a_date():
    identity = decode_text(encode_text(SimCard.resident(long_term=True).identity))
    assert identity.long_term and identity.valid_to is None


def test_gender_nine_is_unstated_not_female():
    assert decode_text(encode_text(SimCard.resident(gender=Gender.UNSTATED).identity)).gender is Gender.UNSTATED


def test_ethnicity_outside_the_table_is_shown_as_its_raw_code():
    assert decode_text(encode_text(SimCard.resident(ethnicity="93").identity)).ethnicity == "93"


def test_ethnicity_codes_map_to_modern_names():
    assert ETHNICITY_BY_CODE["36"] == "毛南" and ETHNICITY_BY_CODE["46"] == "德昂"


def test_zero_padding_is_stripped_like_space_padding():
    block = bytearray(encode_text(SimCard.resident(name="李四").identity))
    block[4:30] = bytes(26)
    assert decode_text(bytes(block)).name == "李四"


def test_2023_english_name_spans_both_fields():
    long_name = "A" * 35 + "BCDEFGHIJKL"
    identity = decode_text(encode_text(SimCard.foreigner_2023(name_en=long_name).identity))
    assert identity.name_en == long_name


def test_a_malformed_date_is_a_typed_error():
    block = bytearray(encode_text(SimCard.resident().identity))
    block[36:52] = "19851345".encode("utf-16-le")
    with pytest.raises(TextBlockError):
        decode_text(bytes(block))


card_data = st.builds(CardData, st.binary(min_size=256, max_size=256), st.binary(min_size=1024, max_size=1024),
                      st.sampled_from([b"", bytes(512), bytes(range(256)) * 4]))  # fmt: skip


@given(card_data)
def test_read_replies_round_trip(data):
    assert decode_read(encode_read(data)) == CardData(data.text, data.photo)
    assert decode_read_with_fingerprint(encode_read_with_fingerprint(data)) == data


@given(st.binary(max_size=2400))
def test_arbitrary_read_data_raises_only_reply_errors(data):
    for decode in (decode_read, decode_read_with_fingerprint, decode_appended_addresses, decode_sam_id):
        with contextlib.suppress(ReplyDataError):
            decode(data)


def test_read_reply_with_wrong_declared_text_length_is_refused():
    data = bytearray(encode_read(CardData(bytes(256), bytes(1024))))
    data[0:2] = (255).to_bytes(2, "big")
    with pytest.raises(ReplyDataError):
        decode_read(bytes(data))


@given(st.lists(text(35).filter(bool), max_size=4))
def test_appended_addresses_round_trip(addresses):
    assert decode_appended_addresses(encode_appended_addresses(tuple(addresses))) == tuple(addresses)


def test_sam_id_is_little_endian_and_formatted_with_ten_digit_parts():
    sam = SamId(5, 1, 20240101, 1234567, 89012345)
    raw = encode_sam_id(sam)
    assert raw[:2] == b"\x05\x00"
    assert str(decode_sam_id(raw)) == "05.01-20240101-0001234567-0089012345"

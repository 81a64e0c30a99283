"""The charset rule for ECI-less bytes: the true text is the reading or among the readings, never lost
to a single wrong one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.qr.charset import CharsetError, eci_segments, readings, symbol_readings

# GB2312 rows 16-87 hold its 6763 hanzi; row 55 ends at 0xD7F9
GB2312_HANZI = [
    bytes([a, b]).decode("gb2312")
    for a in range(0xB0, 0xF8)
    for b in range(0xA1, 0xFF)
    if (a, b) < (0xD7, 0xFA) or a > 0xD7
]
KANA = [chr(c) for c in range(0x3041, 0x3094)] + [chr(c) for c in range(0x30A1, 0x30F7)]
JAPANESE = KANA + list("日本語東京都大阪市役所")
HALF_WIDTH_KANA = [chr(c) for c in range(0xFF66, 0xFF9E)]
_GB2312_SET = frozenset(GB2312_HANZI)
# hanzi of GBK's extension rows (outside GB2312): rare characters, often in names
GBK_EXTENSION_HANZI = [
    ch
    for ch in (bytes([a, b]).decode("gbk", "ignore") for a in range(0x81, 0xFF) for b in range(0x40, 0xFF))
    if len(ch) == 1 and "\u4e00" <= ch <= "\u9fff" and ch not in _GB2312_SET
]


def never_wrong(text: str, charset: str) -> None:
    got = readings(text.encode(charset))
    assert text in got, (text, got)


def test_no_single_gb2312_character_in_gbk_is_read_as_another_text():
    lost = [(c, readings(c.encode("gbk"))) for c in GB2312_HANZI if c not in readings(c.encode("gbk"))]
    assert lost == []


@settings(max_examples=400)
@given(st.lists(st.sampled_from(GB2312_HANZI), min_size=1, max_size=8).map("".join))
def test_gbk_text_of_one_to_eight_characters_is_its_reading_or_among_them(text):
    never_wrong(text, "gbk")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(GB2312_HANZI), min_size=1, max_size=8).map("".join))
def test_utf8_chinese_text_is_its_reading_or_among_them(text):
    never_wrong(text, "utf-8")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(JAPANESE), min_size=1, max_size=8).map("".join))
def test_shift_jis_japanese_text_is_its_reading_or_among_them(text):
    never_wrong(text, "shift_jis")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(HALF_WIDTH_KANA), min_size=1, max_size=8).map("".join), st.sampled_from(["", "QR"]))
def test_half_width_katakana_is_its_reading_or_among_them(kana, tail):
    never_wrong(kana + tail, "shift_jis")


@settings(max_examples=600)
@given(
    st.lists(st.sampled_from(GB2312_HANZI), min_size=2, max_size=8),
    st.lists(st.sampled_from(GBK_EXTENSION_HANZI), min_size=1, max_size=2),
    st.randoms(use_true_random=False),
)
def test_gbk_text_with_one_or_two_rare_characters_is_its_reading_or_among_them(common, rare, rnd):
    chars = list(common)
    for ch, at in zip(rare, rnd.sample(range(len(chars)), len(rare)), strict=False):
        chars[at] = ch
    never_wrong("".join(chars), "gbk")


def test_two_rare_gbk_characters_are_not_read_as_the_shift_jis_kanji_their_bytes_also_are():
    assert "塧鏏".encode("gbk") == "餌蹉".encode("shift_jis")
    assert "塧鏏" in readings("塧鏏".encode("gbk"))


def test_two_rare_gbk_characters_are_not_read_as_the_utf8_character_and_letter_their_bytes_also_are():
    assert "铦燝".encode("gbk") == "蝠G".encode()
    assert "铦燝" in readings("铦燝".encode("gbk"))


def test_a_name_with_two_rare_characters_in_gbk_is_read_as_itself():
    assert readings("王喆堃".encode("gbk")) == ("王喆堃",)


def test_two_japanese_characters_in_shift_jis_are_refused_as_their_bytes_are_also_two_rare_gbk_characters():
    assert set(readings("受付".encode("shift_jis"))) == {"受付", "庴晅"}


def test_utf8_chinese_without_eci_is_read_as_itself_alone():
    assert readings("中文".encode()) == ("中文",)
    assert readings("办件编号".encode()) == ("办件编号",)


def test_shift_jis_kana_and_kanji_are_read_as_themselves_alone():
    assert readings("日本語のテキスト".encode("shift_jis")) == ("日本語のテキスト",)


def test_ascii_is_ascii():
    assert readings(b"HKSC1.abc.def") == ("HKSC1.abc.def",)


def test_bytes_no_charset_fits_fall_back_to_iso_8859_1():
    assert readings(b"Caf\xe9") == ("Café",)


def test_latin1_that_is_also_gbk_is_refused_rather_than_read_as_chinese():
    assert set(readings("niño".encode("latin-1"))) == {"niño", "ni駉"}


def test_a_symbol_without_eci_goes_through_the_rule():
    assert symbol_readings("5D 51 31 CB AE") == ("水", "ﾋｮ")


def test_a_symbol_with_an_eci_is_read_in_that_charset():
    assert symbol_readings(b"]Q2\\000026a\\\\b\xe6\xb0\xb4".hex(" ")) == ("a\\b水",)
    assert symbol_readings(b"]Q2\\000029\xcb\xae".hex(" ")) == ("水",)


def test_an_unknown_eci_gives_no_text():
    with pytest.raises(CharsetError):
        symbol_readings(b"]Q2\\000999abc".hex(" "))


def test_eci_segments_split_on_designators_and_undouble_backslashes():
    assert eci_segments(b"ab\\000026c\\\\d\\000003e") == [(None, b"ab"), (26, b"c\\d"), (3, b"e")]

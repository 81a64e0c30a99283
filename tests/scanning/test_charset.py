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


def _shift_jis_pair(lead: int, trail: int) -> str | None:
    try:
        return bytes([lead, trail]).decode("shift_jis")
    except UnicodeDecodeError:
        return None


# every character of JIS X 0208, which Shift_JIS writes in two bytes
JIS_X_0208 = [
    ch
    for ch in (_shift_jis_pair(a, b) for a in [*range(0x81, 0xA0), *range(0xE0, 0xF0)] for b in range(0x40, 0xFD))
    if ch is not None
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
    st.lists(st.sampled_from(GB2312_HANZI), min_size=1, max_size=8),
    st.lists(st.sampled_from(GBK_EXTENSION_HANZI), min_size=1, max_size=8),
    st.randoms(use_true_random=False),
)
def test_gbk_text_with_any_number_of_rare_characters_is_its_reading_or_among_them(common, rare, rnd):
    chars = list(common)
    for ch, at in zip(rare, rnd.sample(range(len(chars)), min(len(rare), len(chars))), strict=False):
        chars[at] = ch
    never_wrong("".join(chars), "gbk")


def test_no_single_gbk_hanzi_in_gbk_is_read_as_another_text():
    lost = [c for c in GBK_EXTENSION_HANZI if c not in readings(c.encode("gbk"))]
    assert lost == []


def test_three_rare_gbk_characters_are_not_read_as_the_japanese_their_bytes_also_are():
    raw = bytes.fromhex("82 c7 ea 8a 90 c0")
    assert raw.decode("gbk") == "偳陫惱" and raw.decode("shift_jis") == "ど鼕逝"
    assert set(readings(raw)) == {"偳陫惱", "ど鼕逝"}


def test_three_rare_gbk_characters_are_not_read_as_the_utf8_their_bytes_also_are():
    raw = bytes.fromhex("d8 87 e1 9a b1 76")
    assert raw.decode("gbk") == "貒釟眝" and raw.decode() == "\u0607\u16b1v"
    assert "貒釟眝" in readings(raw)


@pytest.mark.parametrize(
    ("hex_bytes", "gbk", "utf8"),
    [("e5 85 91 e7 ba aa", "鍏戠邯", "兑纪"), ("e7 8a 9f e4 be ad", "鐘熶经", "犟侭")],
)
def test_gbk_text_that_is_the_garbled_form_of_everyday_utf8_chinese_is_not_read_as_that_utf8(hex_bytes, gbk, utf8):
    # the bytes are both texts; only the way they were produced (unknown without ECI) tells which
    raw = bytes.fromhex(hex_bytes)
    assert raw.decode("gbk") == gbk and raw.decode() == utf8
    assert set(readings(raw)) == {gbk, utf8}


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


def test_utf8_chinese_without_eci_whose_bytes_are_no_gbk_text_is_read_as_itself_alone():
    assert readings("中文".encode()) == ("中文",)  # the GBK reading would hold a private-use character
    assert readings("身份证".encode()) == ("身份证",)  # nine bytes: no whole number of GBK characters


def test_utf8_chinese_without_eci_whose_bytes_are_also_gbk_hanzi_is_refused():
    assert readings("办件编号".encode()) == ("办件编号", "鍔炰欢缂栧彿")


def test_every_shift_jis_double_byte_character_is_also_one_gbk_hanzi():
    # why ECI-less Shift_JIS Japanese is always ambiguous: it is, byte for byte, a GBK text
    assert len(JIS_X_0208) > 6800
    gbk = [c.encode("shift_jis").decode("gbk") for c in JIS_X_0208]
    assert all(len(g) == 1 and "\u4e00" <= g <= "\u9fff" for g in gbk)


def test_shift_jis_kana_and_kanji_without_eci_are_refused_as_their_bytes_are_also_gbk_hanzi():
    assert readings("日本語のテキスト".encode("shift_jis")) == ("擔杮岅偺僥僉僗僩", "日本語のテキスト")


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

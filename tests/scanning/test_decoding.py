"""The decoder chain: exact text or an honest "ambiguous", never a believable wrong text."""

from __future__ import annotations

import numpy as np
import pytest
import segno

from drivers.qr.chain import DecoderChain, zxing_texts
from drivers.qr.corpus import DISTORTIONS, background, empty_frames, generate

CHAIN = DecoderChain(finder_every=1)  # each test image is one frame: look every time


def render(qr: segno.QRCode, module: int = 6) -> np.ndarray:
    matrix = np.pad(np.array(qr.matrix, np.uint8), 4)
    return np.kron(1 - matrix, np.ones((module, module), np.uint8)) * 255


def decode_one(image: np.ndarray):
    results = CHAIN.decode(image)
    assert len(results) == 1, results
    return results[0]


# --- charsets ----------------------------------------------------------------------------------


def test_every_utf8_sample_of_the_corpus_with_an_eci_is_read_as_its_exact_text():
    samples = list(generate(seed=11, per_class=10, classes=("utf8_eci",)))
    assert [[d.text for d in CHAIN.decode(s.image)] for s in samples] == [[s.text] for s in samples]


def test_a_utf8_sample_without_eci_is_read_exactly_or_refused_as_ambiguous_never_as_another_text():
    # without an ECI, UTF-8 Chinese whose bytes are also GBK hanzi is ambiguous (docs/codes.md)
    samples = list(generate(seed=11, per_class=10, classes=("utf8_no_eci",)))
    results = [decode_one(s.image) for s in samples]
    pairs = list(zip(results, samples, strict=True))
    assert all(r.text == s.text or (r.text is None and s.text in r.readings) for r, s in pairs)
    assert sum(r.text == s.text for r, s in pairs) >= 7


def test_a_gbk_sample_is_read_exactly_or_refused_as_ambiguous_never_as_another_text():
    samples = list(generate(seed=11, per_class=10, classes=("gbk_no_eci",)))
    results = [decode_one(s.image) for s in samples]
    pairs = list(zip(results, samples, strict=True))
    assert all(r.text == s.text or (r.text is None and s.text in r.readings) for r, s in pairs)
    assert sum(r.text == s.text for r, s in pairs) >= 7


def test_a_half_width_katakana_shift_jis_code_is_never_read_as_chinese():
    # ﾃﾞｻﾞｲﾝQR in Shift_JIS is also 棉晦草QR in GB18030: both are plausible, so neither is the text
    result = decode_one(render(segno.make_qr("ﾃﾞｻﾞｲﾝQR", encoding="shift_jis", eci=False)))
    assert result.text is None
    assert set(result.readings) == {"ﾃﾞｻﾞｲﾝQR", "棉晦草QR"}


def test_a_half_width_katakana_code_that_is_no_chinese_reads_as_its_japanese_text():
    # the small kana ｮ and ｯ put these bytes in GB18030's private-use rows: only Shift_JIS fits
    assert decode_one(render(segno.make_qr("ｼｮｯﾌﾟ", encoding="shift_jis", eci=False))).text == "ｼｮｯﾌﾟ"


def test_a_kanji_mode_segment_of_utf8_bytes_is_refused_not_read_as_shift_jis():
    # segno puts UTF-8 刘电 in Kanji mode (every byte pair lies in its ranges) and drops the ECI;
    # by the standard that segment is Shift_JIS 蛻倡鳩, which zxing-cpp alone returns
    qr = segno.make_qr("刘电", encoding="utf-8", eci=True)
    assert qr.mode == "kanji"
    result = decode_one(render(qr))
    assert result.text is None
    assert set(result.readings) == {"刘电", "蛻倡鳩", "鍒樼數"}


def test_a_kanji_mode_japanese_code_is_refused_as_its_bytes_are_also_gbk_hanzi():
    # zxing-cpp cannot say the segment was Kanji mode, and its Shift_JIS bytes are the GBK text 搶嫗墂
    qr = segno.make_qr("東京駅", mode="kanji")
    result = decode_one(render(qr))
    assert result.text is None
    assert set(result.readings) == {"東京駅", "搶嫗墂"}


def test_a_shift_jis_japanese_code_with_its_eci_keeps_its_japanese_text():
    text = "日本語のテキスト"
    qr = segno.make_qr(text, encoding="shift_jis", eci=True, mode="byte")
    assert decode_one(render(qr)).text == text


def test_a_shift_jis_japanese_code_without_eci_is_refused_not_read_as_the_gbk_text_it_also_is():
    result = decode_one(render(segno.make_qr("日本語のテキスト", encoding="shift_jis", eci=False)))
    assert result.text is None
    assert set(result.readings) == {"日本語のテキスト", "擔杮岅偺僥僉僗僩"}


@pytest.mark.parametrize(("text", "utf8_reading"), [("水", "ˮ"), ("签注", "ǩע")])
def test_a_short_gbk_code_whose_bytes_are_also_utf8_is_never_read_as_the_utf8_text(text, utf8_reading):
    result = decode_one(render(segno.make_qr(text, encoding="gbk", eci=False)))
    assert result.text != utf8_reading
    assert result.text == text or (result.text is None and text in result.readings)


@pytest.mark.parametrize(("text", "other"), [("偳陫惱", "ど鼕逝"), ("鍏戠邯", "兑纪")])
def test_a_gbk_code_of_rare_characters_is_never_read_as_the_other_text_its_bytes_are(text, other):
    # three rare characters are also Shift_JIS Japanese; 鍏戠邯 is exactly UTF-8 兑纪 garbled
    result = decode_one(render(segno.make_qr(text, encoding="gbk", eci=False)))
    assert result.text is None
    assert set(result.readings) == {text, other}


def test_the_same_characters_with_a_utf8_eci_are_read_exactly():
    assert decode_one(render(segno.make_qr("签注", encoding="utf-8", eci=True))).text == "签注"


def test_a_gbk_code_whose_bytes_fit_nothing_else_is_read_exactly():
    assert decode_one(render(segno.make_qr("办件编号", encoding="gbk", eci=False))).text == "办件编号"


# --- failure classes of real photographs --------------------------------------------------------


def watch_frame(text: str, module: float, seed: int = 5) -> np.ndarray:
    """A light-on-dark code on a round watch face whose edge clips the code's corners."""
    import cv2

    rng = np.random.default_rng(seed)
    scene = background(rng, 1280, 720).astype(np.float32)
    matrix = np.array(segno.make_qr(text, error="m").matrix, np.uint8)
    side = int(matrix.shape[0] * module)
    code = cv2.resize(np.where(matrix > 0, 235, 25).astype(np.float32), (side, side), interpolation=cv2.INTER_AREA)
    pad = int(side * 0.08)
    face = np.full((side + 2 * pad, side + 2 * pad), 25, np.float32)
    face[pad : pad + side, pad : pad + side] = code
    yy, xx = np.mgrid[0 : face.shape[0], 0 : face.shape[1]]
    centre = face.shape[0] / 2
    face[(yy - centre) ** 2 + (xx - centre) ** 2 > (centre * 1.4142 * 0.85) ** 2] = 15
    scene[200 : 200 + face.shape[0], 500 : 500 + face.shape[1]] = face
    noisy = cv2.GaussianBlur(scene, (0, 0), 0.6) + rng.normal(0, 4, scene.shape)
    out: np.ndarray = noisy.clip(0, 255).astype(np.uint8)
    return out


@pytest.mark.parametrize("module", [2.0, 2.5])
def test_a_small_light_on_dark_code_on_a_clipped_watch_face_is_read(module):
    text = "HKSC1.watch-face-" + "x" * 30
    assert [d.text for d in CHAIN.decode(watch_frame(text, module))] == [text]


def test_a_code_printed_inside_a_code_is_one_code():
    outer = render(segno.make_qr("https://zwfw.example.gov.cn/poster/" + "A" * 60, error="h"), module=8)
    inner = render(segno.make_qr("INNER-CODE-1", error="l"), module=2)
    y, x = (outer.shape[0] - inner.shape[0]) // 2, (outer.shape[1] - inner.shape[1]) // 2
    outer[y : y + inner.shape[0], x : x + inner.shape[1]] = inner
    scene = np.full((720, 1280), 200, np.uint8)
    scene[50 : 50 + outer.shape[0], 100 : 100 + outer.shape[1]] = outer
    assert [d.text for d in CHAIN.decode(scene)] == ["https://zwfw.example.gov.cn/poster/" + "A" * 60]


def test_two_codes_side_by_side_are_both_returned():
    scene = np.full((720, 1280), 210, np.uint8)
    for x, text in ((100, "FIRST-CODE"), (700, "SECOND-CODE")):
        code = render(segno.make_qr(text), module=6)
        scene[100 : 100 + code.shape[0], x : x + code.shape[1]] = code
    assert sorted(d.text or "" for d in CHAIN.decode(scene)) == ["FIRST-CODE", "SECOND-CODE"]


# --- the corpus ---------------------------------------------------------------------------------


def test_the_chain_never_returns_a_text_other_than_the_one_encoded():
    samples = list(generate(seed=12, per_class=6, classes=DISTORTIONS))
    wrong = [(s.cls, d.readings) for s in samples for d in CHAIN.decode(s.image) if d.text != s.text]
    assert wrong == []


def test_the_chain_reads_more_of_the_corpus_than_zxing_cpp_alone():
    samples = list(generate(seed=13, per_class=8, classes=DISTORTIONS))
    chain_reads = sum(any(d.text == s.text for d in CHAIN.decode(s.image)) for s in samples)
    zxing_reads = sum(s.text in zxing_texts(s.image) for s in samples)
    assert chain_reads > zxing_reads


def test_an_empty_frame_yields_nothing():
    assert [CHAIN.decode(f) for f in empty_frames(count=3)] == [[], [], []]

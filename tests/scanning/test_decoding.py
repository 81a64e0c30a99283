"""The decoder chain on the seeded corpus: charsets exact, no misreads, better than zxing-cpp alone."""

from __future__ import annotations

import numpy as np
import pytest
import segno

from drivers.qr.chain import DecoderChain, zxing_texts
from drivers.qr.charset import fix_text
from drivers.qr.corpus import CHARSETS, DISTORTIONS, empty_frames, generate

CHAIN = DecoderChain()


@pytest.mark.parametrize("cls", CHARSETS)
def test_every_chinese_charset_sample_is_read_as_its_exact_text(cls):
    samples = list(generate(seed=11, per_class=10, classes=(cls,)))
    assert [[d.text for d in CHAIN.decode(s.image)] for s in samples] == [[s.text] for s in samples]


def test_the_chain_never_returns_a_text_other_than_the_one_encoded():
    samples = list(generate(seed=12, per_class=6, classes=DISTORTIONS))
    wrong = [(s.cls, d.text) for s in samples for d in CHAIN.decode(s.image) if d.text != s.text]
    assert wrong == []


def test_the_chain_reads_more_of_the_corpus_than_zxing_cpp_alone():
    samples = list(generate(seed=13, per_class=8, classes=DISTORTIONS))
    chain_reads = sum(any(d.text == s.text for d in CHAIN.decode(s.image)) for s in samples)
    zxing_reads = sum(s.text in zxing_texts(s.image) for s in samples)
    assert chain_reads > zxing_reads


def test_an_empty_frame_yields_nothing():
    assert [CHAIN.decode(f) for f in empty_frames(count=3)] == [[], [], []]


def test_a_shift_jis_japanese_code_keeps_its_japanese_text():
    text = "日本語のテキスト"
    matrix = np.pad(np.array(segno.make_qr(text, encoding="shift_jis").matrix, np.uint8), 4)
    image = np.kron(1 - matrix, np.ones((6, 6), np.uint8)) * 255
    assert [d.text for d in CHAIN.decode(image)] == [text]


def test_charset_rule_keeps_text_of_a_symbol_with_eci():
    raw = "ÄÖÜ".encode("latin-1")
    assert fix_text("ÄÖÜ", raw, has_eci=True) == "ÄÖÜ"


def test_charset_rule_reads_gbk_bytes_that_fell_back_to_latin1():
    raw = "办件编号".encode("gbk")
    assert fix_text(raw.decode("latin-1"), raw, has_eci=False) == "办件编号"

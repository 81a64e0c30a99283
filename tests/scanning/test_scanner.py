"""Serial scan engines: line codec (property-tested) and the code source over a real pty."""

from __future__ import annotations

import queue

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.qr.charset import readings
from drivers.scanner.codec import LineSplitter, encode_line
from drivers.scanner.simulator import ScannerSimulator
from drivers.scanner.source import SerialScannerSource
from kiosk.ports import CodeScanned

line_text = st.text(st.characters(codec="gbk", exclude_characters="\r\n"), min_size=1, max_size=60)
# GB2312 hanzi: the characters everyday Chinese on a GBK-configured engine is written in
GB2312_HANZI = [bytes([a, b]).decode("gb2312") for a in range(0xB0, 0xD7) for b in range(0xA1, 0xFF)]


@given(st.lists(line_text, min_size=1, max_size=5), st.sampled_from(["utf-8", "gbk"]),
       st.sampled_from([b"\r", b"\n", b"\r\n"]), st.integers(1, 7))  # fmt: skip
def test_lines_come_back_whole_however_the_bytes_are_chunked(texts, charset, terminator, chunk):
    stream = b"".join(encode_line(t, charset, terminator) for t in texts)
    splitter = LineSplitter()
    got = [line for i in range(0, len(stream), chunk) for line in splitter.feed(stream[i : i + chunk])]
    assert got == [readings(t.encode(charset)) for t in texts]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(GB2312_HANZI), min_size=1, max_size=8).map("".join),
       st.sampled_from(["", " 2EPM-4XAP-2WD8", "A1"]), st.sampled_from(["utf-8", "gbk"]))  # fmt: skip
def test_a_scanned_chinese_line_is_its_reading_or_among_them_never_a_single_wrong_one(hanzi, tail, charset):
    text = hanzi + tail
    (got,) = LineSplitter().feed(encode_line(text, charset))
    assert text in got, (text, got)


def test_gbk_bytes_that_also_read_as_utf8_come_back_with_every_plausible_reading():
    # 签注 in GBK is ǩע in UTF-8, which the engine's old "UTF-8 first" rule returned as the text
    assert LineSplitter().feed(encode_line("签注", "gbk")) == [("签注", "ﾇｩﾗ｢")]


def test_utf8_chinese_from_the_engine_that_is_no_gbk_text_is_read_as_itself_alone():
    # nine bytes hold no whole number of GBK characters
    assert LineSplitter().feed(encode_line("身份证", "utf-8")) == [("身份证",)]


def test_utf8_chinese_from_the_engine_whose_bytes_are_also_gbk_hanzi_comes_back_with_both_readings():
    assert LineSplitter().feed(encode_line("办件编号", "utf-8")) == [("办件编号", "鍔炰欢缂栧彿")]


@given(st.binary(max_size=200))
def test_any_bytes_give_lines_of_readings_without_terminators(data):
    for line in LineSplitter().feed(data):
        assert line
        for text in line:
            assert text and "\r" not in text and "\n" not in text


def _scan_over_a_pty(text: str, charset: str) -> object:
    sim = ScannerSimulator()
    events: queue.Queue[object] = queue.Queue()
    source = SerialScannerSource(sim.device_path, 9600)
    source.start(events.put)
    try:
        assert source.connected.wait(5)
        sim.scan(text, charset=charset)
        return events.get(timeout=5)
    finally:
        source.stop()
        sim.close()


@pytest.mark.slow
@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_a_code_scanned_on_the_serial_engine_is_emitted_as_its_text(charset):
    # a label whose bytes read one way in either charset (办件编号 alone in UTF-8 is also GBK hanzi)
    event = _scan_over_a_pty("办件编号：2EPM-4XAP-2WD8", charset)
    assert event == CodeScanned("办件编号：2EPM-4XAP-2WD8", "scanner")


@pytest.mark.slow
def test_a_scan_whose_bytes_read_two_ways_is_emitted_with_its_readings_and_no_text():
    event = _scan_over_a_pty("签注", "gbk")
    assert event == CodeScanned("", "scanner", (("签注", "ﾇｩﾗ｢"),))

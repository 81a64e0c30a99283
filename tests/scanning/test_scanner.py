"""Serial scan engines: line codec (property-tested) and the code source over a real pty."""

from __future__ import annotations

import queue

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drivers.scanner.codec import LineSplitter, encode_line
from drivers.scanner.simulator import ScannerSimulator
from drivers.scanner.source import SerialScannerSource
from kiosk.ports import CodeScanned

line_text = st.text(st.characters(codec="gbk", exclude_characters="\r\n"), min_size=1, max_size=60)


@given(st.lists(line_text, min_size=1, max_size=5), st.sampled_from(["utf-8", "gbk"]),
       st.sampled_from([b"\r", b"\n", b"\r\n"]), st.integers(1, 7))
def test_lines_come_back_exactly_however_the_bytes_are_chunked(texts, charset, terminator, chunk):
    stream = b"".join(encode_line(t, charset, terminator) for t in texts)
    splitter = LineSplitter()
    got = [line for i in range(0, len(stream), chunk) for line in splitter.feed(stream[i : i + chunk])]
    if charset == "gbk":
        # short GBK byte runs can also be valid UTF-8; every line that is not must come back exact
        expected = [t for t in texts if not _valid_utf8(t.encode("gbk")) or t.isascii()]
        assert [g for g, t in zip(got, texts, strict=True) if t in expected] == expected
    else:
        assert got == texts


def _valid_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


@given(st.binary(max_size=200))
def test_any_bytes_give_text_lines_without_terminators(data):
    for line in LineSplitter().feed(data):
        assert line and "\r" not in line and "\n" not in line


@pytest.mark.slow
@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_a_code_scanned_on_the_serial_engine_is_emitted_as_its_text(charset):
    sim = ScannerSimulator()
    events: queue.Queue[object] = queue.Queue()
    source = SerialScannerSource(sim.device_path, 9600)
    source.start(events.put)
    try:
        assert source.connected.wait(5)
        sim.scan("办件编号 2EPM-4XAP-2WD8", charset=charset)
        event = events.get(timeout=5)
    finally:
        source.stop()
        sim.close()
    assert event == CodeScanned("办件编号 2EPM-4XAP-2WD8", "scanner")

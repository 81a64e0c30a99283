"""ESC/POS receipts: DLE EOT status codec, and the backend against a fake printer on localhost TCP."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drivers.printing import samples
from drivers.printing.escpos_printer import EscposPrinter
from drivers.printing.escpos_sim import FakeEscposPrinter
from drivers.printing.escpos_status import (
    EscposStatus,
    Paper,
    decode_offline_cause,
    decode_online,
    decode_paper,
    encode_offline_cause,
    encode_online,
    encode_paper,
)
from kiosk.ports import PrintState
from kiosk.printing.documents import MEDIA_80MM
from ui.words import Words

ZH = Words("zh_CN")  # the citizen's words for a typed outcome, from the catalog


@given(st.booleans())
def test_online_status_round_trips(online):
    assert decode_online(encode_online(online)) is online


@given(st.sampled_from([Paper.OK, Paper.NEAR_END, Paper.OUT]))
def test_paper_status_round_trips(paper):
    assert decode_paper(encode_paper(paper)) is paper


@given(st.frozensets(st.sampled_from(["cover-open", "media-empty", "error"])))
def test_offline_cause_round_trips(causes):
    assert decode_offline_cause(encode_offline_cause(causes)) == causes


@given(st.binary(max_size=4))
def test_any_reply_decodes_without_raising_and_malformed_ones_are_unknown(reply):
    well_formed = len(reply) == 1 and reply[0] & 0x93 == 0x12
    assert (decode_online(reply) is None) is not well_formed
    assert (decode_paper(reply) is Paper.UNKNOWN) is not well_formed


def test_an_empty_reply_is_unknown_not_plenty_of_paper():
    assert decode_paper(b"") is Paper.UNKNOWN
    assert EscposStatus(None, Paper.UNKNOWN).problem() == "no-status"


@pytest.fixture
def fake():
    with FakeEscposPrinter() as printer:
        yield printer


@pytest.fixture(scope="module")
def receipt(renderer):
    return renderer.render_receipt(samples.sample_receipt(), MEDIA_80MM)


def printer_for(fake, timeout_s=0.5):
    return EscposPrinter(fake.host, fake.port, timeout_s=timeout_s)


def test_a_receipt_prints_as_a_raster_image_and_is_cut(fake, receipt):
    outcome = printer_for(fake).print_document(receipt)
    assert outcome.state is PrintState.COMPLETED
    assert fake.raster_rows > 500 and fake.cuts == 1


def test_paper_near_end_still_prints_and_tells_the_technician(fake, receipt):
    fake.mode = "near-end"
    outcome = printer_for(fake).print_document(receipt)
    assert outcome.ok and "paper near end" in outcome.technician_message


@pytest.mark.parametrize(("mode", "citizen_start"), [
    ("no-paper", "打印机缺纸。"),
    ("offline", "打印机未连接。"),
    ("cover-open", "打印机舱门未关好。"),
    ("silent", "打印机没有应答状态查询。"),
])
def test_a_printer_that_cannot_print_is_told_before_anything_is_sent(fake, receipt, mode, citizen_start):
    fake.mode = mode
    outcome = printer_for(fake).print_document(receipt)
    assert outcome.state is PrintState.FAILED
    assert ZH.say(outcome.message).startswith(citizen_start)
    assert fake.raster_rows == 0 and fake.cuts == 0


def test_paper_running_out_during_the_receipt_is_a_failed_print(fake, receipt):
    fake.mode = "paper-runs-out"
    outcome = printer_for(fake).print_document(receipt)
    assert outcome.state is PrintState.FAILED and ZH.say(outcome.message).startswith("打印机缺纸。")
    assert fake.raster_rows > 0


def test_a_printer_that_goes_silent_after_the_data_is_unconfirmed_not_printed(receipt):
    # Answers the status queries before the image, none after: the page may or may not have come out.
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def device() -> None:
        conn, _ = server.accept()
        with conn:
            conn.settimeout(2)
            answered = 0
            while answered < 2:
                data = conn.recv(64)
                answered += data.count(b"\x10\x04")
                conn.sendall(b"\x12" * data.count(b"\x10\x04"))
            try:
                while conn.recv(65536):
                    pass
            except OSError:
                pass

    t = threading.Thread(target=device, daemon=True)
    t.start()
    outcome = EscposPrinter("127.0.0.1", port, timeout_s=0.5).print_document(receipt)
    server.close()
    assert outcome.state is PrintState.STUCK
    assert ZH.say(outcome.message).startswith("无法确认是否已打印完成。")


def test_a_closed_port_is_a_failed_print_not_a_stuck_one(receipt):
    probe = socket.create_server(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    outcome = EscposPrinter("127.0.0.1", port, timeout_s=2).print_document(receipt)
    assert outcome.state is PrintState.FAILED  # a refusal is known at once; only silence is STUCK
    assert "cannot connect" in outcome.technician_message


def test_status_can_be_read_without_printing(fake):
    fake.mode = "no-paper"
    status = printer_for(fake).status()
    assert status.paper is Paper.OUT and status.problem() == "media-empty"


# --- real-time commands inside image data ---------------------------------------------------------

STATUS_REQUEST = b"\x10\x04\x01"  # DLE EOT 1, as real-world content once produced in a receipt's raster


def _plant(image, data: bytes, row: int, byte_col: int):
    """The receipt image with ``data``'s bits drawn at ``byte_col`` of ``row`` (dark = 1, MSB first)."""
    planted = image.convert("1").copy()
    for k, value in enumerate(data):
        for bit in range(8):
            planted.putpixel(((byte_col + k) * 8 + bit, row), 0 if value & (0x80 >> bit) else 255)
    return planted


@pytest.fixture
def receipt_with_status_request(receipt, monkeypatch):
    from drivers.printing import escpos_printer

    image = escpos_printer.rasterise(receipt.pdf, 576)
    planted = _plant(image, STATUS_REQUEST, row=image.height - 3, byte_col=30)
    monkeypatch.setattr(escpos_printer, "rasterise", lambda pdf, width_dots, dpi=203: planted)
    return receipt


def test_the_simulator_answers_a_status_request_hidden_in_image_data(fake):
    with socket.create_connection((fake.host, fake.port)) as conn:
        conn.settimeout(2)
        conn.sendall(b"\x1dv0\x00\x03\x00\x01\x00" + STATUS_REQUEST)  # one row of three bytes
        assert conn.recv(16) == b"\x12"  # answered on arrival, before the image is even complete
        deadline = time.monotonic() + 2
        while fake.raster_rows == 0 and time.monotonic() < deadline:  # the image is taken just after
            time.sleep(0.01)
    assert fake.realtime_in_data == 1 and fake.raster_rows == 1


def test_a_receipt_whose_image_holds_a_status_request_is_reported_printed_exactly_once(
        fake, receipt_with_status_request):
    outcome = printer_for(fake).print_document(receipt_with_status_request)
    assert outcome.state is PrintState.COMPLETED, outcome.technician_message
    assert fake.cuts == 1 and fake.realtime_in_data == 0


def test_the_print_service_audits_that_receipt_once_as_completed_and_keeps_nothing(
        fake, renderer, receipt_with_status_request):
    from drivers.printing.escpos_printer import EscposPrinter as Backend
    from kiosk.clock import ManualClock
    from kiosk.printing.service import PrintService
    from tests.printing.conftest import RecordingOutbox

    outbox = RecordingOutbox()
    svc = PrintService(renderer, Backend(fake.host, fake.port, timeout_s=0.5), outbox, ManualClock(), "KS0101")
    result = svc.print_receipt(samples.sample_receipt(), MEDIA_80MM)
    assert result.ok and not result.kept_for_reprint and svc.kept() == []
    assert [i.payload["outcome"] for i in outbox.items] == ["completed"]
    assert fake.cuts == 1 and fake.realtime_in_data == 0

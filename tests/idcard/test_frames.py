import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drivers.idcard import frames as f

SPEC_REQUESTS = {
    f.RESET_SAM: "AA AA AA 96 69 00 03 10 FF EC",
    f.SAM_STATUS: "AA AA AA 96 69 00 03 11 FF ED",
    f.SAM_ID: "AA AA AA 96 69 00 03 12 FF EE",
    f.FIND_CARD: "AA AA AA 96 69 00 03 20 01 22",
    f.SELECT_CARD: "AA AA AA 96 69 00 03 20 02 21",
    f.READ_TEXT_PHOTO: "AA AA AA 96 69 00 03 30 01 32",
    f.READ_APPENDED_ADDRESS: "AA AA AA 96 69 00 03 30 03 30",
    f.READ_MANAGEMENT_NUMBER: "AA AA AA 96 69 00 03 30 05 36",
    f.READ_WITH_FINGERPRINT: "AA AA AA 96 69 00 03 30 10 23",
}

requests = st.builds(f.Request, st.integers(0, 255), st.integers(0, 255), st.binary(max_size=300))
replies = st.builds(f.Reply, st.integers(0, 255), st.integers(0, 255), st.integers(0, 255), st.binary(max_size=300))


def test_request_frames_match_the_protocol_reference_byte_for_byte():
    for command, expected in SPEC_REQUESTS.items():
        assert f.encode_command(command) == bytes.fromhex(expected)


def test_set_baud_and_rf_frame_requests_match_the_reference():
    assert f.encode_command(f.set_baud_command(9600)) == bytes.fromhex("AAAAAA9669 0003 60 04 67")
    assert f.encode_command(f.SET_MAX_RF_FRAME, b"\x50") == bytes.fromhex("AAAAAA9669 0004 61 FF 50 CA")


def test_find_and_select_success_replies_match_the_reference():
    assert f.encode_reply(f.Reply(0, 0, 0x9F, bytes(4))) == bytes.fromhex("AAAAAA9669 0008 00009F 00000000 97")
    assert f.encode_reply(f.Reply(0, 0, 0x90, bytes(8))) == bytes.fromhex("AAAAAA9669 000C 000090 " + "00" * 8 + "9C")


def test_error_reply_checksum_is_0x04_xor_sw3():
    for sw3 in f.SW3_MEANINGS:
        assert f.encode_reply(f.Reply(0, 0, sw3))[-1] == 0x04 ^ sw3


def test_every_sw3_in_the_table_has_a_meaning_and_unknown_codes_are_named():
    assert f.sw3_meaning(0x41) == "读证/卡操作失败"
    assert "0x77" in f.sw3_meaning(0x77)


@given(requests)
def test_every_request_round_trips(request):
    assert f.decode_request(f.encode_request(request)) == request


@given(replies)
def test_every_reply_round_trips(reply):
    assert f.decode_reply(f.encode_reply(reply)) == reply


@given(replies)
def test_frame_length_is_seven_plus_len(reply):
    frame = f.encode_reply(reply)
    assert len(frame) == 7 + int.from_bytes(frame[5:7], "big")


@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_only_frame_errors(data):
    for decode in (f.decode_reply, f.decode_request):
        with contextlib.suppress(f.FrameError):
            decode(data)


@given(replies, st.integers(0, 10_000))
def test_a_flipped_byte_is_detected(reply, position):
    frame = bytearray(f.encode_reply(reply))
    i = 5 + position % (len(frame) - 5)
    frame[i] ^= 0x01
    try:
        decoded = f.decode_reply(bytes(frame))
    except f.FrameError:
        return
    raise AssertionError(f"corrupted frame decoded as {decoded}")


@given(st.binary(max_size=200), st.lists(replies, min_size=1, max_size=4), st.integers(1, 50))
def test_decoder_resynchronises_after_garbage_and_split_reads(garbage, reply_list, chunk):
    # Garbage must not hide a preamble of its own, or it is a frame start by definition.
    garbage = garbage.replace(b"\xaa", b"\x00")
    stream = garbage + b"".join(f.encode_reply(r) for r in reply_list)
    decoder = f.FrameDecoder()
    out = []
    for i in range(0, len(stream), chunk):
        decoder.feed(stream[i : i + chunk])
        while (frame := decoder.next_frame()) is not None:
            out.append(f.decode_reply(frame))
    assert out == reply_list


def test_decoder_skips_a_corrupt_frame_and_finds_the_next_one():
    bad = bytearray(f.encode_reply(f.Reply(0, 0, 0x90, b"abc")))
    bad[-1] ^= 0xFF
    good = f.encode_reply(f.Reply(0, 0, 0x9F, bytes(4)))
    decoder = f.FrameDecoder()
    decoder.feed(bytes(bad) + good)
    assert decoder.next_frame() == good
    assert decoder.corrupt_frames == 1


def test_decoder_does_not_wait_for_an_impossible_length():
    decoder = f.FrameDecoder()
    good = f.encode_reply(f.Reply(0, 0, 0x90))
    decoder.feed(f.PREAMBLE + b"\xff\xff" + good)
    assert decoder.next_frame() == good


def test_a_stale_reply_does_not_fit_a_different_command():
    assert not f.reply_fits(f.SELECT_CARD, f.Reply(0, 0, 0x9F, bytes(4)))
    assert f.reply_fits(f.SELECT_CARD, f.Reply(0, 0, 0x81))
    assert f.reply_fits(f.FIND_CARD, f.Reply(0, 0, 0x9F, bytes(4)))


def test_an_unsupported_baud_rate_is_named_for_the_technician():
    with pytest.raises(f.FrameError, match="unsupported baud rate 4800"):
        f.set_baud_command(4800)


@pytest.mark.parametrize(
    ("command", "data_len"),
    [(f.FIND_CARD, 4), (f.SELECT_CARD, 8), (f.SAM_ID, 16), (f.READ_TEXT_PHOTO, 1284),
     (f.READ_APPENDED_ADDRESS, 70), (f.READ_APPENDED_ADDRESS, 0), (f.READ_MANAGEMENT_NUMBER, 28),
     (f.READ_WITH_FINGERPRINT, 2310), (f.RESET_SAM, 0), (f.SAM_STATUS, 0), (f.SET_MAX_RF_FRAME, 0)],
)
def test_a_successful_reply_of_the_expected_length_answers_its_command(command, data_len):
    success = f.SW3_FOUND if command == f.FIND_CARD else f.SW3_OK
    assert f.reply_fits(command, f.Reply(0, 0, success, bytes(data_len)))
    assert not f.reply_fits(command, f.Reply(0, 0, success, bytes(data_len + 1)))


def test_a_plain_ok_or_an_error_carrying_data_is_not_the_answer_to_a_card_search():
    # A stale "操作成功" (from a reset) or an error reply with bytes after it must not be read as "no card" or "card".
    assert not f.reply_fits(f.FIND_CARD, f.Reply(0, 0, f.SW3_OK))
    assert not f.reply_fits(f.SELECT_CARD, f.Reply(0, 0, f.SW3_NOT_FOUND, b"\x01"))
    assert f.reply_fits(f.FIND_CARD, f.Reply(0, 0, f.SW3_NOT_FOUND))


def test_the_decoder_counts_every_byte_it_throws_away_and_nothing_else():
    bad = bytearray(f.encode_reply(f.Reply(0, 0, 0x90, b"abc")))
    bad[-1] ^= 0xFF
    bad_length = f.PREAMBLE + b"\xff\xff"
    good = f.encode_reply(f.Reply(0, 0, 0x9F, bytes(4)))
    decoder = f.FrameDecoder()
    decoder.feed(good)
    assert decoder.next_frame() == good
    assert (decoder.discarded, decoder.corrupt_frames, decoder.bad_lengths) == (0, 0, 0)
    decoder.feed(b"\x00\x01\x02" + bytes(bad) + bad_length + good)
    assert decoder.next_frame() == good
    assert (decoder.discarded, decoder.corrupt_frames, decoder.bad_lengths) == (3 + len(bad) + len(bad_length), 1, 1)


def test_the_decoder_says_a_frame_is_under_way_from_its_preamble_until_it_is_complete():
    # The transport waits only a short gap inside a frame (a UART sends one without pauses).
    good = f.encode_reply(f.Reply(0, 0, 0x9F, bytes(4)))
    decoder = f.FrameDecoder()
    decoder.feed(b"\x00\x01")
    assert not decoder.in_frame()
    decoder.feed(good[:6])
    assert decoder.in_frame() and decoder.next_frame() is None
    decoder.feed(good[6:])
    assert decoder.next_frame() == good and not decoder.in_frame()


def test_noise_without_a_preamble_is_counted_as_discarded_keeping_only_what_could_start_one():
    # What a technician reads when a reader sends only noise: "N bytes pending, M discarded".
    decoder = f.FrameDecoder()
    decoder.feed(bytes(range(10)))
    assert decoder.next_frame() is None
    assert (decoder.pending(), decoder.discarded) == (len(f.PREAMBLE) - 1, 6)
    decoder.feed(bytes(range(10)))
    assert decoder.next_frame() is None
    assert (decoder.pending(), decoder.discarded) == (len(f.PREAMBLE) - 1, 16)


def test_every_bad_frame_is_counted_not_just_the_first():
    bad = bytearray(f.encode_reply(f.Reply(0, 0, 0x90, b"abc")))
    bad[-1] ^= 0xFF
    bad_length = f.PREAMBLE + b"\xff\xff"
    good = f.encode_reply(f.Reply(0, 0, 0x9F, bytes(4)))
    decoder = f.FrameDecoder()
    decoder.feed(bytes(bad) * 2 + bad_length * 2 + good)
    assert decoder.next_frame() == good
    assert (decoder.corrupt_frames, decoder.bad_lengths) == (2, 2)


def test_a_preamble_with_an_impossible_length_is_dropped_as_soon_as_its_length_is_read():
    # Otherwise the transport would take it for a reply under way and give up after a short gap.
    decoder = f.FrameDecoder()
    decoder.feed(f.PREAMBLE + b"\xff\xff")
    assert decoder.next_frame() is None
    assert decoder.bad_lengths == 1 and not decoder.in_frame()


@pytest.mark.parametrize("data_len", [1284, f.MAX_LEN - 4], ids=["text-and-photo", "longest-allowed"])
def test_long_replies_come_through_the_decoder_whole(data_len):
    frame = f.encode_reply(f.Reply(0, 0, 0x90, bytes(range(256)) * (data_len // 256) + bytes(data_len % 256)))
    decoder = f.FrameDecoder()
    decoder.feed(frame)
    assert decoder.next_frame() == frame and f.decode_reply(frame).data[:3] == b"\x00\x01\x02"


def _with_checksum(head_and_body: bytes) -> bytes:
    return f.PREAMBLE + head_and_body + bytes([f.xor_checksum(head_and_body)])


@pytest.mark.parametrize(
    ("frame", "error", "says"),
    [
        (b"\xaa\xaa\xaa", f.LengthError, "frame of 3 bytes is shorter than the minimum 11"),
        (b"\xaa\xaa\xaa\x96\x68\x00\x04\x00\x00\x90\x94", f.PreambleError, "frame starts with aa aa aa 96 68 instead"),
        (_with_checksum(b"\x00\x02\x00\x00\x90\x00"), f.LengthError, "LEN field 2 outside 4..4096"),
        (_with_checksum(b"\x00\x04\x00\x00\x90\x00"), f.LengthError, "LEN field says 11 bytes, frame has 12"),
        (f.PREAMBLE + b"\x00\x04\x00\x00\x90\x00", f.ChecksumError, "XOR checksum mismatch (expected 0x94)"),
        (f.PREAMBLE + b"\x01\x04\x00\x00\x90" + bytes(256) + b"\x00", f.ChecksumError, "(expected 0x95)"),
    ],
    ids=["short", "preamble", "len-too-small", "len-disagrees", "checksum", "checksum-of-a-long-reply"],
)
def test_each_malformed_reply_is_named_for_the_technician(frame, error, says):
    with pytest.raises(error) as info:
        f.decode_reply(frame)
    assert says in str(info.value)


def test_a_reply_longer_than_the_cap_is_refused_even_when_its_len_and_checksum_add_up():
    length = f.MAX_LEN + 1
    with pytest.raises(f.LengthError, match=r"LEN field 4097 outside 4\.\.4096"):
        f.decode_reply(_with_checksum(length.to_bytes(2, "big") + b"\x00\x00\x90" + bytes(length - 4)))


def test_a_frame_too_long_to_send_is_named_with_the_cap():
    with pytest.raises(f.LengthError, match="frame body of 4097 bytes exceeds the 4096-byte cap"):
        f.encode_reply(f.Reply(0, 0, 0x90, bytes(f.MAX_LEN - 3)))

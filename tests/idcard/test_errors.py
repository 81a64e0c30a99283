"""Everything the ID card driver raises has one root and carries its context as attributes."""

from __future__ import annotations

import pytest

from drivers.idcard import frames as f
from drivers.idcard.errors import IdCardError
from drivers.idcard.photo import PhotoDecoderError, load_photo_decoder
from drivers.idcard.reader import SamFault
from drivers.idcard.transport import IncompleteFrame, LinkError, PortGone, ReplyTimeout, SerialLink


@pytest.mark.parametrize(
    "kind",
    [f.FrameError, f.ChecksumError, LinkError, PortGone, ReplyTimeout, SamFault, IncompleteFrame, PhotoDecoderError],
)
def test_every_driver_error_is_an_idcard_error(kind):
    assert issubclass(kind, IdCardError)


def test_a_port_that_cannot_be_opened_names_it_in_an_attribute(tmp_path):
    missing = str(tmp_path / "ttyNONE")
    with pytest.raises(IdCardError) as raised:
        SerialLink(missing, 115200)
    assert isinstance(raised.value, PortGone)
    assert raised.value.port == missing


def test_a_bad_photo_decoder_spec_is_an_idcard_error():
    with pytest.raises(IdCardError):
        load_photo_decoder("no-colon-here")


def test_frame_errors_still_are_value_errors():
    with pytest.raises(ValueError):
        f.decode_reply(b"\x00\x01")

"""The card photo stays opaque unless a technician configures a licensed decoder, which can never cost a read."""

from __future__ import annotations

import logging

import pytest
from pydantic import ValidationError

from drivers.idcard.photo import PHOTO_LEN, PhotoDecoderError, load_photo_decoder
from drivers.idcard.sim_card import SimCard
from kiosk.config.models import IdCardConfig
from kiosk.ports import CardRead

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def fake_decoder(wlt: bytes) -> bytes:
    assert len(wlt) == PHOTO_LEN
    return PNG_SIGNATURE + wlt[:16]


def broken_decoder(wlt: bytes) -> bytes:
    raise RuntimeError(f"cannot decode {wlt[:8]!r}")


def test_without_a_decoder_the_photo_bytes_arrive_opaque(sim, events, start_reader) -> None:
    start_reader(sim.path)
    sim.place(SimCard.resident())
    identity = events.wait_for(CardRead)[1].identity
    assert len(identity.photo) == PHOTO_LEN
    assert identity.photo_image == b""


def test_a_configured_decoder_attaches_its_image_to_the_identity(sim, events, start_reader) -> None:
    start_reader(sim.path, photo_decoder=fake_decoder)
    sim.place(SimCard.resident())
    identity = events.wait_for(CardRead)[1].identity
    assert identity.photo_image == PNG_SIGNATURE + identity.photo[:16]


def test_a_failing_decoder_still_delivers_the_read_and_logs_only_its_error_type(
    sim, events, start_reader, caplog
) -> None:
    caplog.set_level(logging.WARNING)
    start_reader(sim.path, photo_decoder=broken_decoder)
    sim.place(SimCard.resident())
    identity = events.wait_for(CardRead)[1].identity
    assert identity.photo_image == b""
    assert "RuntimeError" in caplog.text
    assert "cannot decode" not in caplog.text


def test_no_decoder_is_loaded_when_none_is_configured() -> None:
    assert load_photo_decoder("") is None


def test_a_decoder_is_loaded_from_module_and_function() -> None:
    assert load_photo_decoder("tests.idcard.test_photo:fake_decoder") is fake_decoder


def test_a_missing_decoder_module_is_named_for_the_technician() -> None:
    with pytest.raises(PhotoDecoderError, match="vendor_wlt_missing"):
        load_photo_decoder("vendor_wlt_missing:decode")


def test_a_decoder_name_that_is_not_callable_is_refused() -> None:
    with pytest.raises(PhotoDecoderError, match="PHOTO_LEN"):
        load_photo_decoder("drivers.idcard.photo:PHOTO_LEN")


def test_config_refuses_a_decoder_setting_without_module_and_function() -> None:
    with pytest.raises(ValidationError):
        IdCardConfig(photo_decoder="just_a_module")

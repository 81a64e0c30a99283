"""The PIN's format bounds, its hash and the lockout's minutes, at their edges. Written against mutants
that survived `./dev mutate` (a session-scoped hash fixture had hidden hash_pin from them)."""

from __future__ import annotations

import hashlib

import pytest

from kiosk.technician.pin import PinFormatError, _minutes, hash_pin, verify_pin


@pytest.mark.parametrize("pin", ["123456", "123456789012"])
def test_pins_of_six_and_of_twelve_digits_are_accepted(pin: str) -> None:
    assert verify_pin(pin, hash_pin(pin, salt=b"s" * 16))


@pytest.mark.parametrize("pin", ["12345", "1234567890123"])
def test_pins_of_five_or_thirteen_digits_are_refused_with_the_rule(pin: str) -> None:
    with pytest.raises(PinFormatError, match="6 to 12 digits"):
        hash_pin(pin)


def test_a_given_salt_is_used_and_a_missing_one_is_sixteen_random_bytes() -> None:
    salted = hash_pin("135791", salt=b"\x01" * 16)
    assert salted == hash_pin("135791", salt=b"\x01" * 16)
    assert salted.split("$")[1] == "01" * 16
    fresh = [hash_pin("135791").split("$") for _ in range(2)]
    assert [len(bytes.fromhex(parts[1])) for parts in fresh] == [16, 16]
    assert fresh[0][1] != fresh[1][1]
    assert len(bytes.fromhex(salted.split("$")[2])) == 32


@pytest.mark.parametrize("stored", ["", "plain$00$00", "scrypt$zz$00", "scrypt$00", "scrypt$00$00$00", "scrypt$00$"])
def test_a_malformed_stored_hash_verifies_nothing(stored: str) -> None:
    assert verify_pin("135791", stored) is False


@pytest.mark.parametrize(("seconds", "minutes"), [(1, 1), (59, 1), (60, 1), (61, 2), (120, 2), (900, 15), (901, 16)])
def test_the_lockout_is_told_in_whole_minutes_rounded_up(seconds: float, minutes: int) -> None:
    assert _minutes(seconds) == minutes


def test_a_stored_hash_with_a_longer_digest_still_verifies_the_right_pin_only() -> None:
    # The digest length is read from what is stored, so a hash made by another tool with dklen=64 works.
    salt = b"\x02" * 16
    digest = hashlib.scrypt(b"135791", salt=salt, n=2**14, r=8, p=1, dklen=64)
    stored = f"scrypt${salt.hex()}${digest.hex()}"
    assert verify_pin("135791", stored) and not verify_pin("135792", stored)

"""``kiosk update apply`` as a technician types it: a refused bundle prints one line and exits 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiring.cli import main
from wiring.update.bundle import load_private_key, make_bundle, new_signing_key
from wiring.update.slots import Slots


def test_apply_of_a_bundle_signed_with_another_key_prints_one_line_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_signing_key(tmp_path / "ours.key", tmp_path / "ours.pub")
    new_signing_key(tmp_path / "other.key", tmp_path / "other.pub")
    (tmp_path / "wheels").mkdir()
    (tmp_path / "wheels" / "hall_kiosk-0.2.0-py3-none-any.whl").write_bytes(b"PK")
    bundle = make_bundle(tmp_path / "wheels", "0.2.0", "x86_64", load_private_key(tmp_path / "other.key"),
                         tmp_path / "u.tar")
    Slots(tmp_path / "opt").root.mkdir()

    code = main(["update", "apply", str(bundle), "--root", str(tmp_path / "opt"), "--state", str(tmp_path / "var"),
                 "--key", str(tmp_path / "ours.pub")])

    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "nothing changed" in err[0] and "bad signature" in err[0]

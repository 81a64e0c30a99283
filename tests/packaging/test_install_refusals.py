"""install-terminal.sh: what it brings, and the checks it makes against what the wheelhouse says its wheels need
(``<arch>/REQUIRES``, written by scripts/build-wheelhouse) before it changes anything."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.kit import ROOT, clean_env

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="the installer runs as root")


def test_a_wheelhouse_for_another_python_is_refused_in_one_line_and_nothing_is_installed(tmp_path: Path) -> None:
    tree = tmp_path / "root"
    (tree / "etc").mkdir(parents=True)
    for name in ("passwd", "group"):
        shutil.copy(Path("/etc", name), tree / "etc" / name)
    house = tmp_path / "wheelhouse" / os.uname().machine.replace("arm64", "aarch64")
    house.mkdir(parents=True)
    (house / "hall_kiosk-0.1.0-py3-none-any.whl").write_bytes(b"PK")
    (house / "REQUIRES").write_text("python=3.99\nglibc=2.17\n")
    before = sorted(str(p) for p in tree.rglob("*"))

    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "install-terminal.sh"), "--wheelhouse", str(house.parent), "--root", str(tree),
         "--python", sys.executable],
        env=clean_env(), capture_output=True, text=True, timeout=120,
    )

    mine = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"[install] error: {sys.executable} is Python {mine}; the wheels in {house} are for Python 3.99 "
        "(give one with --python PATH)"
    ]
    assert sorted(str(p) for p in tree.rglob("*")) == before


def test_the_installer_brings_the_speech_engine_spoken_guidance_runs() -> None:
    # ui/speech/engine.py synthesises the prompts with espeak-ng; an installed terminal without it
    # was silent ("espeak-ng is not installed"), seen in the arm64 chroot install.
    script = (ROOT / "scripts" / "install-terminal.sh").read_text()
    debs = script.split("debs=(", 1)[1].split(")", 1)[0].split()
    assert "espeak-ng" in debs

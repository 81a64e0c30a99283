"""The wheelhouse takes each architecture's own pins from the lock (PySide6 differs by machine),
whatever machine builds it."""

from __future__ import annotations

from itertools import takewhile
from pathlib import Path

from build_tools.arch_lock import lock_for

ROOT = Path(__file__).resolve().parents[2]
LOCK = (ROOT / "requirements-runtime.lock").read_text(encoding="utf-8")


def _pins(text: str) -> dict[str, str]:
    return {line.split("==")[0]: line.split("==")[1].split()[0]
            for line in text.splitlines() if "==" in line and not line.startswith((" ", "#"))}


def test_arm64_terminals_get_pyside6_6_8_0_2_and_x86_64_terminals_keep_6_12_0() -> None:
    arm, x86 = _pins(lock_for(LOCK, "aarch64")), _pins(lock_for(LOCK, "x86_64"))
    for package in ("pyside6-essentials", "pyside6-addons", "shiboken6"):
        assert arm[package] == "6.8.0.2"
        assert x86[package] == "6.12.0"
    assert {p: v for p, v in arm.items() if not p.startswith(("pyside6", "shiboken6"))} == {
        p: v for p, v in x86.items() if not p.startswith(("pyside6", "shiboken6"))
    }


def test_the_share_pip_is_given_has_no_markers_keeps_every_hash_and_leaves_out_what_is_skipped() -> None:
    arm = lock_for(LOCK, "aarch64", frozenset({"pycups"}))
    assert ";" not in "".join(line for line in arm.splitlines() if not line.lstrip().startswith("#"))
    assert "colorama" not in arm  # sys_platform == 'win32'
    assert "pycups" not in _pins(arm)
    lines = arm[arm.index("pyside6-essentials==") :].splitlines()
    entry = [lines[0], *takewhile(lambda line: line.startswith(" "), lines[1:])]
    hashes = [line for line in entry if "--hash=sha256:" in line]
    assert entry[0] == "pyside6-essentials==6.8.0.2 \\" and len(hashes) == 4, entry

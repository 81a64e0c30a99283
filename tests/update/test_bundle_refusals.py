"""A bundle is taken only whole and signed: a bad signature, the wrong architecture, a missing or
altered file is refused with one clear line, and the terminal's slots stay exactly as they were."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest

from wiring.update.agent import Agent, UpdateRefused
from wiring.update.bundle import load_private_key, load_public_key, make_bundle, new_signing_key
from wiring.update.slots import Slots


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    new_signing_key(tmp_path / "release.key", tmp_path / "release.pub")
    return tmp_path / "release.key", tmp_path / "release.pub"


@pytest.fixture
def terminal(tmp_path: Path) -> Agent:
    """An installed terminal: slot a running and known good; slot b free."""
    root = tmp_path / "opt"
    (root / "slots" / "a" / "bin").mkdir(parents=True)
    (root / "slots" / "a" / "bin" / "kiosk").write_text("#!/bin/sh\n")
    slots = Slots(root)
    slots.point("current", "a")
    slots.point("known-good", "a")
    slots.write_state({})
    return Agent(slots, tmp_path / "state")


def _wheels(tmp_path: Path) -> Path:
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    (wheels / "hall_kiosk-0.2.0-py3-none-any.whl").write_bytes(b"PK not really a wheel")
    (wheels / "requirements-runtime.lock").write_text("")
    return wheels


def _snapshot(root: Path) -> dict[str, object]:
    return {
        str(p.relative_to(root)): os.readlink(p) if p.is_symlink() else (p.read_bytes() if p.is_file() else "dir")
        for p in sorted(root.rglob("*"))
    }


def _refused(agent: Agent, bundle: Path, public: Path, match: str, arch: str = "x86_64") -> None:
    before = _snapshot(agent.slots.root)
    with pytest.raises(UpdateRefused, match=match) as refusal:
        agent.stage(bundle, load_public_key(public), arch=arch)
    assert "nothing changed" in str(refusal.value)
    assert _snapshot(agent.slots.root) == before


def test_a_bundle_signed_with_another_key_is_refused(tmp_path: Path, keys: tuple[Path, Path], terminal: Agent) -> None:
    new_signing_key(tmp_path / "other.key", tmp_path / "other.pub")
    bundle = make_bundle(_wheels(tmp_path), "0.2.0", "x86_64", load_private_key(tmp_path / "other.key"),
                         tmp_path / "u.tar")
    _refused(terminal, bundle, keys[1], "bad signature")


def test_a_bundle_for_the_other_architecture_is_refused(tmp_path: Path, keys: tuple[Path, Path],
                                                        terminal: Agent) -> None:
    bundle = make_bundle(_wheels(tmp_path), "0.2.0", "aarch64", load_private_key(keys[0]), tmp_path / "u.tar")
    _refused(terminal, bundle, keys[1], "built for aarch64, this terminal is x86_64")


def _rewrite(bundle: Path, out: Path, drop: str = "", replace: tuple[str, bytes] | None = None) -> Path:
    with tarfile.open(bundle) as src, tarfile.open(out, "w") as dst:
        for member in src.getmembers():
            if member.name == drop:
                continue
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if replace and member.name == replace[0]:
                data = replace[1]
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    return out


def test_a_bundle_missing_a_listed_file_is_refused(tmp_path: Path, keys: tuple[Path, Path], terminal: Agent) -> None:
    good = make_bundle(_wheels(tmp_path), "0.2.0", "x86_64", load_private_key(keys[0]), tmp_path / "u.tar")
    bundle = _rewrite(good, tmp_path / "missing.tar", drop="hall_kiosk-0.2.0-py3-none-any.whl")
    _refused(terminal, bundle, keys[1], "listed in the manifest but missing")


def test_a_bundle_with_an_altered_file_is_refused(tmp_path: Path, keys: tuple[Path, Path], terminal: Agent) -> None:
    good = make_bundle(_wheels(tmp_path), "0.2.0", "x86_64", load_private_key(keys[0]), tmp_path / "u.tar")
    bundle = _rewrite(good, tmp_path / "tampered.tar", replace=("hall_kiosk-0.2.0-py3-none-any.whl", b"PK evil"))
    _refused(terminal, bundle, keys[1], "does not match its manifest hash")


def test_a_bundle_with_an_altered_manifest_is_refused(tmp_path: Path, keys: tuple[Path, Path],
                                                      terminal: Agent) -> None:
    good = make_bundle(_wheels(tmp_path), "0.2.0", "x86_64", load_private_key(keys[0]), tmp_path / "u.tar")
    with tarfile.open(good) as tar:
        manifest = tar.extractfile("manifest.json").read()  # type: ignore[union-attr]
    bundle = _rewrite(good, tmp_path / "m.tar", replace=("manifest.json", manifest.replace(b"0.2.0", b"9.9.9")))
    _refused(terminal, bundle, keys[1], "bad signature")

"""Update bundles: a tar holding ``manifest.json``, its Ed25519 signature ``manifest.sig`` and the
files the manifest lists with their SHA-256 (the wheels of one version for one architecture).

A bundle is verified completely before anything is written where the terminal runs: signature over
the manifest bytes, architecture, every listed file present with its hash, nothing unlisted, no
path leaving the bundle. A refusal says which check failed, in one line for the technician.
"""

from __future__ import annotations

import hashlib
import io
import json
import platform
import shutil
import tarfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
FORMAT = 1


class BundleRefused(Exception):
    """``str(err)`` is the one-line reason; nothing was changed."""


@dataclass(frozen=True)
class Manifest:
    version: str
    arch: str
    files: Mapping[str, str]  # bundle path → sha256 hex

    def to_bytes(self) -> bytes:
        body = {"format": FORMAT, "version": self.version, "arch": self.arch, "files": dict(sorted(self.files.items()))}
        return json.dumps(body, indent=1, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        try:
            body = json.loads(raw)
            if body["format"] != FORMAT:
                raise BundleRefused(f"manifest format {body['format']} is not {FORMAT}: update the terminal first")
            files = {str(k): str(v) for k, v in body["files"].items()}
            return cls(str(body["version"]), str(body["arch"]), files)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BundleRefused(f"manifest is not readable: {exc}") from None


def machine_arch() -> str:
    """``x86_64`` or ``aarch64``, as wheels name them (``arm64`` is the same machine)."""
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(arch, arch)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 private key")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(path.read_bytes())
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError(f"{path} is not an Ed25519 public key")
    return key


def new_signing_key(private_path: Path, public_path: Path) -> None:
    """A key pair for signing bundles: the private half stays with release staff (0600)."""
    key = Ed25519PrivateKey.generate()
    private_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    private_path.chmod(0o600)
    public_path.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def make_bundle(files: Path, version: str, arch: str, key: Ed25519PrivateKey, out: Path) -> Path:
    """Sign every file under ``files`` (e.g. a wheelhouse) into the bundle ``out``."""
    listed = {p.relative_to(files).as_posix(): _sha256(p) for p in sorted(files.rglob("*")) if p.is_file()}
    manifest = Manifest(version, arch, listed).to_bytes()
    with tarfile.open(out, "w") as tar:
        for name, data in ((MANIFEST, manifest), (SIGNATURE, key.sign(manifest))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for name in listed:
            tar.add(files / name, arcname=name, recursive=False)
    return out


def _safe(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts


def verify_and_extract(bundle: Path, public_key: Ed25519PublicKey, into: Path, arch: str | None = None) -> Manifest:
    """Check the bundle and write its files under ``into`` (a folder that must not exist yet).

    On any refusal ``into`` is removed again: the caller's tree is as before.
    """
    arch = arch or machine_arch()
    try:
        tar = tarfile.open(bundle)  # noqa: SIM115 -- closed by the ``with tar`` below, after the mkdir
    except (OSError, tarfile.TarError) as exc:
        raise BundleRefused(f"{bundle}: not a readable bundle ({exc})") from None
    into.mkdir(parents=True)
    try:
        with tar:
            members = {m.name: m for m in tar.getmembers()}
            for name in (MANIFEST, SIGNATURE):
                if name not in members:
                    raise BundleRefused(f"{bundle}: {name} is missing: not an update bundle")
            raw = _read(tar, members[MANIFEST])
            try:
                public_key.verify(_read(tar, members[SIGNATURE]), raw)
            except InvalidSignature:
                raise BundleRefused(
                    f"{bundle}: bad signature: the manifest was not signed by the key installed on this terminal"
                ) from None
            manifest = Manifest.from_bytes(raw)
            if manifest.arch != arch:
                raise BundleRefused(f"{bundle}: built for {manifest.arch}, this terminal is {arch}")
            extra = sorted(set(members) - set(manifest.files) - {MANIFEST, SIGNATURE})
            if extra:
                raise BundleRefused(f"{bundle}: {extra[0]} is in the bundle but not in the signed manifest")
            for name, expected in manifest.files.items():
                member = members.get(name)
                if member is None:
                    raise BundleRefused(f"{bundle}: {name} is listed in the manifest but missing")
                if not _safe(name) or not member.isfile():
                    raise BundleRefused(f"{bundle}: {name} is not a plain file inside the bundle")
                target = into / name
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                assert source is not None  # a regular file member
                digest = hashlib.sha256()
                with target.open("wb") as out:
                    while block := source.read(1 << 20):
                        digest.update(block)
                        out.write(block)
                if digest.hexdigest() != expected:
                    raise BundleRefused(f"{bundle}: {name} does not match its manifest hash (damaged or altered)")
            return manifest
    except BundleRefused:
        shutil.rmtree(into, ignore_errors=True)
        raise
    except (OSError, tarfile.TarError) as exc:
        shutil.rmtree(into, ignore_errors=True)
        raise BundleRefused(f"{bundle}: could not be read to the end ({exc})") from None


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    handle = tar.extractfile(member)
    if handle is None:
        raise BundleRefused(f"{member.name} is not a file")
    return handle.read()

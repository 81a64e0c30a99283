"""The responsiveness benchmark's platform runs in a process of its own, as a real terminal's
platform is another machine: the terminal's signed requests reach it, and it ends with the block."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest

from benchmarks.window_driver import platform_in_its_own_process
from tests.outbox.kit import make_client

pytestmark = pytest.mark.slow


def _answers(url: str) -> bool:
    parts = urlsplit(url)
    with socket.socket() as s:
        return s.connect_ex((parts.hostname or "", parts.port or 0)) == 0


def test_the_benchmark_platform_serves_the_terminals_catalog_from_another_process_and_stops_after(
    tmp_path: Path,
) -> None:
    with platform_in_its_own_process(tmp_path / "platform") as settings:
        assert settings["KIOSK_PLATFORM__SANDBOX"] == "false"
        url, key_file = settings["KIOSK_PLATFORM__URL"], Path(settings["KIOSK_PLATFORM__KEY_FILE"])
        platform = SimpleNamespace(url=url, terminal_id="DEMO-0001", key_file=key_file)
        client = make_client(platform, tmp_path)
        try:
            catalog = client.catalog().value
        finally:
            client.close()
        assert catalog.get("items")  # signed by the terminal's key, accepted by the platform process
        assert _answers(url) and not _listens_here(url)  # another process holds the port
    assert not _answers(url)


def _listens_here(url: str) -> bool:
    """Whether this process has a socket listening on the URL's port (/proc/net/tcp, by socket inode)."""
    port = urlsplit(url).port or 0
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    with open("/proc/net/tcp") as table:
        rows = [row.split() for row in table.readlines()[1:]]
    return any(int(c[1].split(":")[1], 16) == port and c[3] == "0A" and c[9] in inodes for c in rows)

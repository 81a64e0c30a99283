"""``kiosk-sandbox-platform``: run the sandbox platform until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from pathlib import Path

from offline_cache.crypto import load_or_create_key
from sandbox_platform.server import SandboxPlatform


def _terminal(spec: str) -> tuple[str, Path]:
    terminal_id, sep, key_file = spec.partition("=")
    if not sep or not terminal_id or not key_file:
        raise argparse.ArgumentTypeError("expected TERMINAL_ID=KEY_FILE")
    return terminal_id, Path(key_file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-sandbox-platform", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8470, help="0 picks a free port and prints it")
    parser.add_argument("--data-dir", default="var/sandbox-platform")
    parser.add_argument(
        "--terminal",
        type=_terminal,
        action="append",
        help="TERMINAL_ID=KEY_FILE (hex key; created if absent); default DEMO-0001=var/terminal.key",
    )
    args = parser.parse_args(argv)
    sandbox = SandboxPlatform(args.data_dir, host=args.host, port=args.port)
    for terminal_id, key_file in args.terminal or [("DEMO-0001", Path("var/terminal.key"))]:
        load_or_create_key(key_file)
        sandbox.register_terminal(terminal_id, key_file)
    sandbox.start()
    print(f"sandbox platform listening on {sandbox.url} (port {sandbox.port})", flush=True)
    print(f"admin endpoints (loopback only) take the bearer token in {sandbox.admin_token_file}", flush=True)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    with contextlib.suppress(KeyboardInterrupt):
        stopped.wait()
    sandbox.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

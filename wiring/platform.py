"""The outbox, sync worker and platform client; and, for the demo, the sandbox platform.

The sandbox (and Flask with it) is imported only when the configuration asks for it: a terminal
in production never loads the test server, and it is not even installed there (docs/packaging.md).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import HttpUrl

from kiosk.config.models import KioskConfig
from kiosk.ports import Clock, OutboxStatus, Refusal, SelfTest, SelfTestResult
from offline_cache.assembly import SyncStack, build_sync_stack
from offline_cache.crypto import load_or_create_key

if TYPE_CHECKING:
    from sandbox_platform.server import SandboxPlatform

log = logging.getLogger(__name__)


def _port_free(host: str, port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex((host, port)) != 0


def start_sandbox_if_asked(
    config: KioskConfig, closers: list[Callable[[], None]]
) -> tuple[KioskConfig, SandboxPlatform | None]:
    """Start the built-in sandbox platform (demo) and point the terminal at it."""
    if not config.platform.sandbox:
        return config, None
    try:
        from sandbox_platform.server import SandboxPlatform
    except ImportError as exc:
        raise SystemExit(
            f"platform.sandbox = true needs the sandbox platform, which is not installed ({exc}); "
            "install hall-kiosk[sandbox], or point platform.url at the real platform"
        ) from None
    wanted = config.platform.url.port or 0
    port = wanted if wanted and _port_free("127.0.0.1", wanted) else 0
    sandbox = SandboxPlatform(Path(config.terminal.data_dir) / "sandbox", port=port)
    key_file = Path(config.platform.key_file)
    load_or_create_key(str(key_file))
    sandbox.register_terminal(config.terminal.id, key_file)
    try:
        sandbox.start()
    except OSError:
        # Another demo took the port between the check and the bind: any free port serves a demo.
        sandbox.port = 0
        sandbox.start()
    closers.append(sandbox.stop)
    url = HttpUrl(sandbox.url)
    log.info("sandbox platform listening on %s", sandbox.url)
    # The demo terminal is registered by hand, not enrolled: give it the sandbox's configuration key.
    remote = config.remote.model_copy(update={"public_key": sandbox.state.fleet.configs.public_key.hex()})
    update = {"platform": config.platform.model_copy(update={"url": url}), "remote": remote}
    return config.model_copy(update=update), sandbox


def start_sync(
    config: KioskConfig, clock: Clock, on_status: Callable[[OutboxStatus], None], closers: list[Callable[[], None]]
) -> SyncStack:
    for path in (config.outbox.path, config.outbox.key_file, config.platform.key_file):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    if not Path(config.platform.key_file).exists():
        # Filings are still accepted and kept; nothing is sent until the terminal is enrolled.
        log.error(
            "terminal %s is not enrolled (no key file %s): it will not sync; "
            "enter an enrolment code in technician mode",
            config.terminal.id,
            config.platform.key_file,
        )
    stack = build_sync_stack(config, clock, on_status=on_status)
    stack.start()
    closers.append(stack.stop)
    return stack


def self_tests(stack: SyncStack) -> dict[str, SelfTest]:
    def platform_test() -> SelfTestResult:
        if not stack.client.enrolled:
            return SelfTestResult(
                "platform", False, "terminal not enrolled, nothing is sent: enter an enrolment code in technician mode",
                {"enrolled": "no"}
            )
        ok, latency, skew = stack.client.ping()
        details = {"latency_ms": f"{latency * 1000:.0f}", "clock_skew_s": "" if skew is None else f"{skew:+.1f}"}
        if ok and stack.client.refusal is Refusal.KEY:
            message = "platform refuses this terminal's key, nothing is sent: enrol it again in technician mode"
            return SelfTestResult("platform", False, message, details)
        if ok and stack.client.refusal is Refusal.CLOCK:
            message = "platform refuses this terminal's clock, nothing is sent: set the time (NTP)"
            return SelfTestResult("platform", False, message, details)
        # Technical detail (English, like the drivers' self-tests); the screen names the state in words.
        message = "platform answered the ping" if ok else (
            f"platform not reachable: {stack.worker.last_error or 'no answer'}")
        return SelfTestResult("platform", ok, message, details)

    def outbox_test() -> SelfTestResult:
        status = stack.worker.status()
        storage = stack.outbox.storage()
        details = {
            "pending": str(status.pending),
            "dead": str(status.dead),
            "oldest_pending_age_s": "" if status.oldest_pending_age_s is None else f"{status.oldest_pending_age_s:.0f}",
            "disk_used_mb": f"{storage.used_bytes / 2**20:.1f}",
            "disk_budget_mb": f"{storage.budget_bytes / 2**20:.0f}",
        }
        if status.dead:
            return SelfTestResult("outbox", False, f"{status.dead} items refused by the platform", details)
        if storage.warning:
            return SelfTestResult("outbox", False, f"storage {storage.fraction:.0%} used, close to the budget", details)
        return SelfTestResult("outbox", True, "outbox delivering normally", details)

    return {"platform": platform_test, "outbox": outbox_test}

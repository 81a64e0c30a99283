"""Self-tests for what the terminal itself owns: free disk, the outbox, the platform link."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from kiosk.ports import OutboxStatus, SelfTestResult

Ping = Callable[[], tuple[bool, float, float | None]]


def disk_check(path: Path, min_free_mb: float = 200) -> SelfTestResult:
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    usage = shutil.disk_usage(probe)
    free_mb = usage.free / 2**20
    details = {"path": str(probe), "free_mb": f"{free_mb:.0f}", "total_mb": f"{usage.total / 2**20:.0f}"}
    if free_mb < min_free_mb:
        return SelfTestResult("disk", False, f"only {free_mb:.0f} MB free on {probe} (need {min_free_mb:.0f})", details)
    return SelfTestResult("disk", True, f"{free_mb:.0f} MB free on {probe}", details)


def outbox_check(status: Callable[[], OutboxStatus]) -> SelfTestResult:
    s = status()
    details = {"pending": str(s.pending), "dead": str(s.dead)}
    if s.oldest_pending_age_s is not None:
        details["oldest_pending_s"] = f"{s.oldest_pending_age_s:.0f}"
    if s.dead:
        return SelfTestResult("outbox", False, f"{s.dead} item(s) refused by the platform; see outbox care", details)
    return SelfTestResult("outbox", True, f"{s.pending} item(s) waiting to be sent", details)


def platform_check(ping: Ping, url: str) -> SelfTestResult:
    reachable, rtt_s, skew_s = ping()
    details = {"url": url, "rtt_ms": f"{rtt_s * 1000:.0f}"}
    if skew_s is not None:
        details["clock_skew_s"] = f"{skew_s:.1f}"
    if not reachable:
        return SelfTestResult("platform", False, f"platform {url} not reachable (waited {rtt_s:.1f} s)", details)
    if skew_s is not None and abs(skew_s) > 60:
        return SelfTestResult("platform", False, f"terminal clock is {skew_s:+.0f} s off the platform's", details)
    return SelfTestResult("platform", True, f"platform answered in {rtt_s * 1000:.0f} ms", details)

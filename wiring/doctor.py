"""``kiosk doctor``: run every self-test, print an aligned table, exit non-zero when something is broken.

The table goes to stdout for a technician's terminal or a ticket; exit codes: 0 all ok, 1 something
broken, 2 the configuration itself is wrong (reported by the CLI before we get here).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TextIO

from kiosk.config.models import KioskConfig
from kiosk.ports import Refusal, SelfTest, SelfTestResult
from kiosk.technician.checks import disk_check, outbox_check, platform_check
from kiosk.technician.status import format_table, run_self_test

log = logging.getLogger(__name__)


def _path(p: str) -> Path:
    path = Path(p)
    return path if path.is_absolute() else Path.cwd() / path


def _outbox_test(config: KioskConfig) -> SelfTestResult:
    from offline_cache.crypto import FieldCipher
    from offline_cache.outbox import SqliteOutbox

    db, key = _path(config.outbox.path), _path(config.outbox.key_file)
    if not db.exists():
        return SelfTestResult("outbox", False, f"outbox database {db} does not exist (terminal never started here?)")
    if not key.exists():
        return SelfTestResult("outbox", False, f"outbox key file {key} is missing: stored items cannot be read")
    box = SqliteOutbox(db, FieldCipher.from_key_file(key), disk_budget_bytes=int(config.outbox.disk_budget_mb * 2**20))
    try:
        if not box.integrity_ok():
            return SelfTestResult("outbox", False, f"outbox database {db} failed its integrity check")
        return outbox_check(box.status)
    finally:
        box.close()


def _platform_test(config: KioskConfig) -> SelfTestResult:
    from offline_cache.enrolment import KeyFileUnusable, NotEnrolled, load_terminal_key, read_enrolment
    from offline_cache.platform_client import PlatformClient

    key_file = _path(config.platform.key_file)
    url = str(config.platform.url)
    try:
        key = load_terminal_key(key_file)
    except NotEnrolled:
        return SelfTestResult(
            "platform",
            False,
            f"terminal key file {key_file} is missing: this terminal is not enrolled and will not sync; "
            "enter an enrolment code in technician mode (技术人员模式 → 终端登记)",
            {"url": url, "enrolled": "no"},
        )
    except KeyFileUnusable as exc:
        return SelfTestResult("platform", False, str(exc), {"url": url, "enrolled": "no"})
    enrolment = read_enrolment(key_file)
    terminal_id = (enrolment.terminal_id if enrolment else "") or config.terminal.id
    client = PlatformClient(
        url,
        terminal_id,
        key,
        ca_bundle=config.platform.ca_bundle,
        connect_timeout_s=config.platform.connect_timeout_s,
        read_timeout_s=config.platform.read_timeout_s,
    )
    try:
        result = platform_check(client.ping, url)
        refusal = client.refusal
    finally:
        client.close()
    if refusal is Refusal.KEY:
        # It answered, but will take nothing signed with this key: as bad as no key at all.
        result = SelfTestResult(
            "platform",
            False,
            f"the platform refuses this terminal's key {key.key_id} (unknown or retired): it will not sync; "
            "enrol it again with a new code in technician mode (技术人员模式 → 终端登记)",
            result.details,
        )
    elif refusal is Refusal.CLOCK:
        result = SelfTestResult(
            "platform", False, "the platform refuses this terminal's clock: set the time (NTP) and retry",
            result.details,
        )
    details = dict(result.details)
    details.update({"enrolled": enrolment.how if enrolment else "installed", "key_id": key.key_id})
    if enrolment and enrolment.site:
        details["site"] = enrolment.site
    return SelfTestResult(result.device, result.ok, result.message, details)


def standard_self_tests(config: KioskConfig) -> dict[str, SelfTest]:
    """The checks that need no device driver: platform link, outbox, free disk."""
    return {
        "platform": lambda: _platform_test(config),
        "outbox": lambda: _outbox_test(config),
        "disk": lambda: disk_check(_path(config.terminal.data_dir)),
    }


def run_all(tests: Mapping[str, SelfTest]) -> list[SelfTestResult]:
    return [run_self_test(name, test) for name, test in tests.items()]


def exit_code(results: list[SelfTestResult]) -> int:
    return 0 if all(r.ok for r in results) else 1


def doctor(tests: Mapping[str, SelfTest], out: TextIO) -> int:
    results = run_all(tests)
    out.write(format_table(results) + "\n")
    broken = [r.device for r in results if not r.ok]
    out.write(
        f"\n{len(results) - len(broken)} ok, {len(broken)} broken" + (f": {', '.join(broken)}\n" if broken else "\n")
    )
    return exit_code(results)


def collect_tests(
    config: KioskConfig, device_tests: Callable[[KioskConfig], Mapping[str, SelfTest]] | None = None
) -> dict[str, SelfTest]:
    """Device self-tests (from the composition root) first, then the standard ones they do not cover."""
    tests: dict[str, SelfTest] = {}
    if device_tests is not None:
        try:
            tests.update(device_tests(config))
        except Exception as exc:
            log.exception("building the device self-tests failed")
            message = f"could not build the devices: {type(exc).__name__}: {exc}"
            tests["devices"] = lambda: SelfTestResult("devices", False, message)
    for name, test in standard_self_tests(config).items():
        tests.setdefault(name, test)
    return tests

"""Runs the self-tests, keeps each device's latest result, and lays them out as a table."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.masking import mask_text
from kiosk.messages import Message, Tell
from kiosk.ports import Clock, SelfTest, SelfTestResult

log = logging.getLogger(__name__)

# Devices the status screen names in words (catalog id ``tech.device.<name>``); any other self-test
# shows its own name.
DEVICES = {t.value.removeprefix("tech.device."): t for t in Tell if t.value.startswith("tech.device.")}


def run_self_test(name: str, test: SelfTest) -> SelfTestResult:
    """A self-test that raises is a broken device, reported with what it raised."""
    try:
        result = test()
    except Exception as exc:
        return SelfTestResult(name, False, f"self-test raised {type(exc).__name__}: {mask_text(str(exc))}")
    if not isinstance(result, SelfTestResult):
        return SelfTestResult(name, False, f"self-test returned {type(result).__name__}, not SelfTestResult")
    return result


@dataclass(frozen=True)
class CheckedResult:
    result: SelfTestResult
    at: datetime


class StatusBoard:
    """Self-tests by name and their cached results (for the status screen and the heartbeat)."""

    def __init__(self, tests: Mapping[str, SelfTest], clock: Clock) -> None:
        self.tests = dict(tests)
        self._clock = clock
        self._results: dict[str, CheckedResult] = {}

    def run(self, name: str) -> SelfTestResult:
        result = run_self_test(name, self.tests[name])
        self.record(name, result)
        return result

    def record(self, name: str, result: SelfTestResult) -> None:
        self._results[name] = CheckedResult(result, self._clock.now())
        level = logging.INFO if result.ok else logging.WARNING
        log.log(level, "self-test %s: %s (%s)", name, "ok" if result.ok else "FAILED", result.message)

    def run_all(self) -> list[SelfTestResult]:
        return [self.run(name) for name in self.tests]

    def cached(self, name: str) -> CheckedResult | None:
        return self._results.get(name)

    def results(self) -> list[SelfTestResult]:
        return [c.result for c in self._results.values()]

    def rows(self) -> list[dict[str, str | bool | Message]]:
        """One row per device: its name and state in words (``Message``s for the screen to render)
        and, as a second line, the self-test's own technical detail (the devices' words, in English)."""
        rows: list[dict[str, str | bool | Message]] = []
        for name in self.tests:
            checked = self._results.get(name)
            state = Tell.DEVICE_UNTESTED if checked is None else (
                Tell.DEVICE_OK if checked.result.ok else Tell.DEVICE_BROKEN)
            rows.append(
                {
                    "device": name,
                    "label": Message(DEVICES[name]) if name in DEVICES else name,
                    "state": "untested" if checked is None else ("ok" if checked.result.ok else "broken"),
                    "ok": bool(checked and checked.result.ok),
                    "message": Message(state),
                    "detail": "" if checked is None else checked.result.message,
                    "at": "" if checked is None else checked.at.strftime("%H:%M:%S"),
                }
            )
        return rows

    def health(self) -> dict[str, dict[str, object]]:
        """Device health for the heartbeat, from cached results only (no device is touched)."""
        return {
            name: {"ok": c.result.ok, "message": c.result.message, "at": c.at.isoformat()}
            for name, c in self._results.items()
        }


def format_table(results: Iterable[SelfTestResult]) -> str:
    """Aligned plain-text table: device, OK/BROKEN, message, details."""
    rows = [
        (
            r.device,
            "OK" if r.ok else "BROKEN",
            r.message,
            ", ".join(f"{k}={v}" for k, v in sorted(r.details.items())),
        )
        for r in results
    ]
    header = ("DEVICE", "STATE", "MESSAGE", "DETAILS")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    lines = []
    for row in [header, *rows]:
        cells = [row[i].ljust(widths[i]) for i in range(3)] + [row[3]]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)

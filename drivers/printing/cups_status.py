"""Pure classification of what CUPS reports about a queue and a job (no pycups import, unit-testable).

CUPS quirks it encodes (verified on CUPS 2.4.2): decide on job-state, not job-state-reasons (finished
jobs all say processing-to-stop-point); a driver's reasons are cleared when it exits, so faults seen
while polling are remembered; an unreachable device leaves the job processing forever with reasons
'none' and only printer-state-message saying why. A cancel of a printing job sets job-state 7 at once
with reasons 'processing-to-stop-point' while the driver is being stopped, and says
'job-canceled-by-user' only once it has stopped (a few ms on the test backend, as long as a page
takes on a real printer); a driver refusing the job (exit 5) also ends in 7 and keeps
'processing-to-stop-point' for good.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from drivers.printing.messages import ALIASES, BLOCKING
from kiosk.ports import PrintState

PRINTER_STOPPED = 5
JOB_STOPPED, JOB_CANCELED, JOB_ABORTED, JOB_COMPLETED = 6, 7, 8, 9
SUFFIXES = ("-error", "-report", "-warning")
MESSAGE_HINTS = (("jam", "media-jam"), ("offline", "offline"), ("paper", "media-empty"),
                 ("door", "door-open"), ("cover", "cover-open"), ("toner", "toner-empty"))


def reasons_tuple(value: object) -> tuple[str, ...]:
    """pycups gives a scalar for one value and a list for several."""
    if value is None:
        return ()
    items = value if isinstance(value, list | tuple) else [value]
    return tuple(str(v) for v in items if str(v) and str(v) != "none")


def _base(reason: str) -> tuple[str, str]:
    for suffix in SUFFIXES:
        if reason.endswith(suffix):
            return reason[: -len(suffix)], suffix
    return reason, ""


def fault_of(reasons: Iterable[str]) -> str | None:
    """The first reason that stops printing, as a problem key; warnings such as toner-low are not faults."""
    for reason in reasons:
        base, suffix = _base(reason)
        if suffix == "-warning":
            continue
        if base in BLOCKING:
            return ALIASES.get(base, base)
        if suffix == "-error":
            return base
    return None


def warnings_of(reasons: Iterable[str]) -> tuple[str, ...]:
    return tuple(r for r in reasons if r != "paused" and fault_of([r]) is None)


def problem_from_message(message: str) -> str | None:
    low = message.lower()
    return next((key for hint, key in MESSAGE_HINTS if hint in low), None)


@dataclass(frozen=True)
class Observation:
    printer_state: int
    printer_reasons: tuple[str, ...]
    printer_message: str
    job_state: int
    job_message: str = ""
    job_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    state: PrintState
    problem: str  # a kiosk.messages.PrintProblem value; "" when completed
    cancel: bool  # the terminal must cancel the job so it cannot come out later unexpectedly


class JobFollower:
    """Feeds on observations polled after submission; answers once the job's fate is known."""

    def __init__(self, deadline_s: float = 8.0, fault_grace_s: float = 1.0, stop_settle_s: float = 1.0) -> None:
        self.deadline_s = deadline_s
        self.fault_grace_s = fault_grace_s
        self.stop_settle_s = stop_settle_s
        self._fault: str | None = None
        self._fault_since = 0.0
        self._stopping_since: float | None = None
        self.seen_faults: list[str] = []
        self.seen_warnings: set[str] = set()

    def observe(self, obs: Observation, elapsed: float) -> Verdict | None:
        fault = fault_of(obs.printer_reasons)
        self.seen_warnings.update(warnings_of(obs.printer_reasons))
        if fault and fault not in self.seen_faults:
            self.seen_faults.append(fault)
        if obs.job_state == JOB_COMPLETED:
            return Verdict(PrintState.COMPLETED, "", cancel=False)
        if obs.job_state in (JOB_CANCELED, JOB_ABORTED):
            explained = (self.seen_faults[-1] if self.seen_faults else None) or problem_from_message(obs.job_message)
            # Only a cancel from outside says so; a driver refusing the job (exit 5) also ends in 7.
            by_user = "job-canceled-by-user" in obs.job_reasons
            if not (explained or by_user) and "processing-to-stop-point" in obs.job_reasons:
                # Still stopping: who stopped it is known once the driver is down. A refusal never
                # says more, so it is named after a bounded wait.
                if self._stopping_since is None:
                    self._stopping_since = elapsed
                if elapsed - self._stopping_since < self.stop_settle_s:
                    return None
            fallback = "canceled" if by_user else "aborted"
            return Verdict(PrintState.FAILED, explained or fallback, cancel=False)
        if obs.printer_state == PRINTER_STOPPED or obs.job_state == JOB_STOPPED:
            return Verdict(PrintState.FAILED, fault or problem_from_message(obs.printer_message) or "paused",
                           cancel=True)
        if fault != self._fault:
            self._fault, self._fault_since = fault, elapsed
        if fault is not None and elapsed - self._fault_since >= self.fault_grace_s:
            return Verdict(PrintState.FAILED, fault, cancel=True)
        if elapsed >= self.deadline_s:
            return Verdict(PrintState.STUCK, "unreachable", cancel=True)
        return None


def preflight(printer_state: int, reasons: tuple[str, ...], message: str, accepting: bool) -> str | None:
    """The problem that makes submitting pointless, checked before the job is sent."""
    if not accepting:
        return "rejecting"
    if printer_state == PRINTER_STOPPED:
        return fault_of(reasons) or problem_from_message(message) or "paused"
    return None

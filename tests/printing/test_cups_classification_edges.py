"""What CUPS says, classified at the edges: empty and warning reasons, aliases, defaults, when a fault
started, and the full verdict for each end. Written against mutants that survived `./dev mutate`."""

from __future__ import annotations

from drivers.printing.cups_status import (
    JOB_ABORTED,
    JOB_COMPLETED,
    JobFollower,
    Observation,
    Verdict,
    fault_of,
    preflight,
    reasons_tuple,
    warnings_of,
)
from kiosk.ports import PrintState

IDLE, PROCESSING, STOPPED, JOB_PROCESSING = 3, 4, 5, 5


def test_empty_and_none_reasons_are_dropped() -> None:
    assert reasons_tuple(["", "none", "media-jam-error"]) == ("media-jam-error",)


def test_a_blocking_reason_reported_only_as_a_warning_is_not_a_fault() -> None:
    assert fault_of(["media-empty-warning"]) is None


def test_a_vendor_alias_is_reported_under_the_common_problem() -> None:
    assert fault_of(["media-needed-error"]) == "media-empty"
    assert fault_of(["interlock-open-report"]) == "cover-open"


def test_warnings_leave_out_faults_and_the_paused_state() -> None:
    assert warnings_of(("media-jam-error", "toner-low-warning", "paused")) == ("toner-low-warning",)


def test_a_completed_job_is_completed_with_nothing_to_cancel() -> None:
    verdict = JobFollower().observe(Observation(IDLE, (), "", JOB_COMPLETED), 0.5)
    assert verdict == Verdict(PrintState.COMPLETED, "", cancel=False)


def test_an_aborted_job_is_a_failure_that_needs_no_cancel() -> None:
    verdict = JobFollower().observe(Observation(IDLE, (), "", JOB_ABORTED), 0.5)
    assert verdict == Verdict(PrintState.FAILED, "aborted", cancel=False)


def test_a_stopped_printer_without_a_reason_reads_as_paused() -> None:
    verdict = JobFollower().observe(Observation(STOPPED, (), "", JOB_PROCESSING), 0.5)
    assert verdict == Verdict(PrintState.FAILED, "paused", cancel=True)


def test_by_default_a_silent_job_is_stuck_after_eight_seconds_and_not_before() -> None:
    silent = Observation(PROCESSING, (), "", JOB_PROCESSING)
    assert JobFollower().observe(silent, 7.9) is None
    assert JobFollower().observe(silent, 8.0) == Verdict(PrintState.STUCK, "unreachable", cancel=True)


def test_the_fault_grace_counts_from_when_the_fault_appeared_not_from_the_start() -> None:
    follower = JobFollower()  # default grace: one second
    jammed = Observation(PROCESSING, ("media-jam-error",), "", JOB_PROCESSING)
    assert follower.observe(Observation(PROCESSING, (), "", JOB_PROCESSING), 0.2) is None
    assert follower.observe(jammed, 5.0) is None  # appeared just now, though the job is 5 s old
    assert follower.observe(jammed, 5.5) is None
    assert follower.observe(jammed, 6.0) == Verdict(PrintState.FAILED, "media-jam", cancel=True)


def test_preflight_names_the_fault_of_a_stopped_queue_even_without_a_message() -> None:
    assert preflight(STOPPED, ("media-jam-error",), "", accepting=True) == "media-jam"

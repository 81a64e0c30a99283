"""The CUPS job follower decides on job-state and remembers faults a driver clears when it exits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drivers.printing.cups_status import JobFollower, Observation, fault_of, preflight, reasons_tuple
from kiosk.ports import PrintState

PROCESSING = 5


def obs(job_state=PROCESSING, reasons=(), printer_state=4, message="", job_message="", job_reasons=()):
    return Observation(printer_state, tuple(reasons), message, job_state, job_message, job_reasons)


def test_pycups_scalar_and_list_reasons_normalise_alike():
    assert reasons_tuple("media-empty-error") == reasons_tuple(["media-empty-error"]) == ("media-empty-error",)
    assert reasons_tuple(["none"]) == ()


def test_a_warning_such_as_toner_low_is_not_a_fault():
    assert fault_of(["toner-low-report"]) is None
    assert fault_of(["toner-low-warning", "media-jam-error"]) == "media-jam"


def test_an_unknown_error_reason_is_still_a_fault():
    assert fault_of(["fuser-over-temp-error"]) == "fuser-over-temp"


def test_completed_job_is_completed_even_with_a_warning():
    follower = JobFollower()
    verdict = follower.observe(obs(9, ["toner-low-report"]), 0.3)
    assert verdict is not None and verdict.state is PrintState.COMPLETED
    assert "toner-low-report" in follower.seen_warnings


def test_a_fault_must_persist_for_the_grace_period():
    follower = JobFollower(fault_grace_s=1.0)
    assert follower.observe(obs(reasons=["media-empty-error"]), 0.1) is None
    assert follower.observe(obs(reasons=["media-empty-error"]), 0.9) is None
    verdict = follower.observe(obs(reasons=["media-empty-error"]), 1.1)
    assert verdict is not None and (verdict.state, verdict.problem, verdict.cancel) == (
        PrintState.FAILED, "media-empty", True)


def test_an_aborted_job_is_explained_by_the_fault_seen_while_it_ran():
    follower = JobFollower()
    follower.observe(obs(reasons=["offline-report"]), 0.1)
    verdict = follower.observe(obs(8), 0.2)
    assert verdict is not None and verdict.problem == "offline" and not verdict.cancel


def test_an_aborted_job_falls_back_to_its_message_when_no_reason_was_seen():
    verdict = JobFollower().observe(obs(8, job_message="Printer is offline"), 0.2)
    assert verdict is not None and verdict.problem == "offline"


def test_a_cancel_from_outside_is_told_apart_from_a_driver_refusing_the_job():
    by_user = JobFollower().observe(obs(7, job_message="", job_reasons=("job-canceled-by-user",)), 0.2)
    by_driver = JobFollower().observe(obs(7, job_message="Job rejected by printer"), 0.2)
    assert by_user is not None and by_user.problem == "canceled"
    assert by_driver is not None and by_driver.problem == "aborted"


def test_a_cancel_caught_while_the_driver_is_still_stopping_is_reported_as_a_cancel():
    # What cupsd 2.4.2 answered, poll by poll, around a Cancel-Job on a printing job: state 7 comes
    # at once, 'job-canceled-by-user' only when the driver is down (the flaky real-CUPS test caught
    # the moment between and told the citizen "print failed" instead of "print cancelled").
    follower = JobFollower()
    assert follower.observe(obs(job_message="Printing", job_reasons=("job-printing",)), 0.4) is None
    assert follower.observe(obs(7, job_message="Printing", job_reasons=("processing-to-stop-point",)), 0.61) is None
    verdict = follower.observe(obs(7, job_reasons=("job-canceled-by-user",)), 0.62)
    assert verdict is not None and (verdict.state, verdict.problem) == (PrintState.FAILED, "canceled")


def test_a_driver_refusal_that_never_finishes_stopping_is_reported_as_aborted_after_the_settle_time():
    # cupsd 2.4.2 leaves a job its driver refused (exit 5) at state 7, 'processing-to-stop-point', for good.
    refused = obs(7, job_message="Job rejected by printer", job_reasons=("processing-to-stop-point",))
    follower = JobFollower(stop_settle_s=1.0)
    assert follower.observe(refused, 2.0) is None
    assert follower.observe(refused, 2.999) is None
    verdict = follower.observe(refused, 3.0)
    assert verdict is not None and (verdict.state, verdict.problem, verdict.cancel) == (
        PrintState.FAILED, "aborted", False)


def test_by_default_a_stopping_job_is_named_one_second_after_it_was_first_seen_stopping():
    refused = obs(7, job_reasons=("processing-to-stop-point",))
    follower = JobFollower()
    assert follower.observe(refused, 0.5) is None
    assert follower.observe(refused, 1.49) is None
    assert follower.observe(refused, 1.5) is not None


def test_a_stopping_job_explained_by_a_fault_seen_while_it_ran_is_reported_at_once():
    follower = JobFollower()
    follower.observe(obs(reasons=["media-jam-error"]), 0.1)
    verdict = follower.observe(obs(7, job_reasons=("processing-to-stop-point",)), 0.2)
    assert verdict is not None and verdict.problem == "media-jam"


def test_a_stopped_printer_fails_the_job_and_cancels_it():
    verdict = JobFollower().observe(obs(3, ["media-jam-error", "paused"], printer_state=5), 0.1)
    assert verdict is not None and (verdict.problem, verdict.cancel) == ("media-jam", True)


@given(st.floats(min_value=0, max_value=7.99))
def test_a_silent_processing_job_waits_until_the_deadline(elapsed):
    assert JobFollower(deadline_s=8.0).observe(obs(message="The printer may not exist"), elapsed) is None


def test_a_job_still_processing_at_the_deadline_is_stuck_and_cancelled():
    verdict = JobFollower(deadline_s=8.0).observe(obs(message="The printer may not exist"), 8.0)
    assert verdict is not None and (verdict.state, verdict.problem, verdict.cancel) == (
        PrintState.STUCK, "unreachable", True)


def test_preflight_refuses_rejecting_and_paused_queues():
    assert preflight(3, (), "", accepting=False) == "rejecting"
    assert preflight(5, ("paused",), "维护中", accepting=True) == "paused"
    assert preflight(5, ("media-jam-error", "paused"), "Paper jam", accepting=True) == "media-jam"
    assert preflight(3, (), "", accepting=True) is None

"""A job CUPS stopped (job-state 6) while its printer still looks busy is a failure the terminal must
cancel, not a job to wait on until the deadline."""

from __future__ import annotations

from drivers.printing.cups_status import JOB_STOPPED, JobFollower, Observation
from kiosk.ports import PrintState

PRINTER_PROCESSING = 4


def test_a_stopped_job_on_a_busy_printer_fails_at_once_and_is_cancelled() -> None:
    verdict = JobFollower(deadline_s=8.0).observe(Observation(PRINTER_PROCESSING, (), "", JOB_STOPPED), elapsed=0.1)
    assert verdict is not None
    assert verdict.state is PrintState.FAILED
    assert verdict.cancel is True


def test_a_stopped_job_is_explained_by_the_printers_message_when_it_names_the_cause() -> None:
    obs = Observation(PRINTER_PROCESSING, (), "Paper jam in tray 1", JOB_STOPPED)
    verdict = JobFollower().observe(obs, elapsed=0.1)
    assert verdict is not None and verdict.problem == "media-jam"

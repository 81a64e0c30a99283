"""A CUPS queue as ``kiosk.ports.Printer``: check, submit, follow the job, explain, cancel on deadline."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import cups

from drivers.printing.cups_status import (
    JobFollower,
    Observation,
    Verdict,
    fault_of,
    preflight,
    reasons_tuple,
    warnings_of,
)
from drivers.printing.messages import problem_of, technician_explanation
from kiosk.ports import PrintDocument, PrintOutcome, PrintState

log = logging.getLogger(__name__)

PRINTER_ATTRS = ["printer-state", "printer-state-reasons", "printer-state-message", "printer-is-accepting-jobs"]
JOB_ATTRS = ["job-state", "job-printer-state-message", "job-state-reasons"]
IPP_NOT_FOUND = 0x0406
IPP_NOT_ACCEPTING = 0x0506
MEDIABOX_RE = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")


@dataclass(frozen=True)
class QueueStatus:
    queue: str
    state: int  # 3 idle, 4 processing, 5 stopped; 0 when unknown
    reasons: tuple[str, ...]
    message: str
    accepting: bool


@dataclass
class _LastJob:
    job_id: str = ""
    state: str = ""
    problem: str = ""
    at: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


def page_size_option(document: PrintDocument) -> dict[str, str]:
    """CUPS puts any page on A4 unless told the receipt's own size (height varies with content)."""
    if document.media == "A4":
        return {"PageSize": "A4"}
    match = MEDIABOX_RE.search(document.pdf)
    if not match:
        return {}
    w_mm, h_mm = (round(float(v) / 72 * 25.4) for v in match.groups())
    return {"PageSize": f"Custom.{w_mm}x{h_mm}mm"}


class CupsPrinter:
    def __init__(
        self,
        queue: str,
        *,
        name: str = "printer",
        deadline_s: float = 8.0,
        fault_grace_s: float = 1.0,
        poll_s: float = 0.1,
        test_page: Callable[[], PrintDocument] | None = None,
    ) -> None:
        self.queue = queue
        self.name = name
        self.deadline_s = deadline_s
        self.fault_grace_s = fault_grace_s
        self.poll_s = poll_s
        self._test_page = test_page
        self._last = _LastJob()

    # --- kiosk.ports.Printer ------------------------------------------------------------------

    def print_document(self, document: PrintDocument) -> PrintOutcome:
        started = time.monotonic()
        try:
            conn = cups.Connection()
        except RuntimeError as exc:
            return self._outcome(PrintState.FAILED, "no-scheduler", "", f"{exc}")
        try:
            status = self._status(conn)
        except cups.IPPError as exc:
            problem = "no-queue" if exc.args[0] == IPP_NOT_FOUND else "error"
            return self._outcome(PrintState.FAILED, problem, "", f"getPrinterAttributes: {exc.args}")
        refused = preflight(status.state, status.reasons, status.message, status.accepting)
        if refused:
            return self._outcome(PrintState.FAILED, refused, "", self._describe(status))
        try:
            job_id = self._submit(conn, document)
        except cups.IPPError as exc:
            problem = {IPP_NOT_ACCEPTING: "rejecting", IPP_NOT_FOUND: "no-queue"}.get(exc.args[0], "error")
            return self._outcome(PrintState.FAILED, problem, "", f"printFile: {exc.args}")
        return self._follow(conn, job_id, started)

    # --- diagnostics --------------------------------------------------------------------------

    def status(self) -> QueueStatus:
        try:
            return self._status(cups.Connection())
        except cups.IPPError as exc:
            found = "not-found" if exc.args and exc.args[0] == IPP_NOT_FOUND else ""
            return QueueStatus(self.queue, 0, (), f"IPPError {exc.args} {found}".strip(), False)
        except RuntimeError as exc:
            return QueueStatus(self.queue, 0, (), f"RuntimeError: {exc}", False)

    def self_test(self) -> tuple[bool, str, dict[str, Any]]:
        """Check the queue without printing: reachable, accepting, not stopped, no fault reason.

        (ok, technician message, details: queue, state, reasons, message, problem key).
        ``kiosk doctor`` and the status screen run this as often as they like; paper is only used
        by ``print_test_page``, the technician's explicit button.
        """
        status = self.status()
        details: dict[str, Any] = {
            "queue": self.queue,
            "printer_state": status.state,
            "state_reasons": list(status.reasons),
            "state_message": status.message,
            "accepting": status.accepting,
        }
        if status.state == 0:
            problem = "no-queue" if "not-found" in status.message or "1030" in status.message else "no-scheduler"
            details["problem"] = problem
            return False, f"queue {self.queue}: {technician_explanation(problem)} ({status.message})", details
        refused = preflight(status.state, status.reasons, status.message, status.accepting) or fault_of(status.reasons)
        if refused:
            details["problem"] = refused
            return False, f"queue {self.queue}: {technician_explanation(refused)}; {self._describe(status)}", details
        warnings = warnings_of(status.reasons)
        state = {3: "idle", 4: "printing"}.get(status.state, f"state {status.state}")
        note = f"; warnings: {', '.join(warnings)}" if warnings else ""
        return True, f"queue {self.queue}: {state}, accepting jobs{note} (nothing printed)", details

    def print_test_page(self) -> tuple[bool, str, dict[str, Any]]:
        """Print the test page; (ok, technician message, details: queue, state reasons, last job)."""
        if self._test_page is None:
            from drivers.printing.test_page import render_test_page

            document = render_test_page(self.queue)
        else:
            document = self._test_page()
        outcome = self.print_document(document)
        status = self.status()
        details: dict[str, Any] = {
            "queue": self.queue,
            "printer_state": status.state,
            "state_reasons": list(status.reasons),
            "state_message": status.message,
            "accepting": status.accepting,
            "last_job": {"job_id": self._last.job_id, "state": self._last.state, "problem": self._last.problem},
        }
        message = "test page printed" if outcome.ok else outcome.technician_message
        return outcome.ok, message, details

    # --- steps --------------------------------------------------------------------------------

    def _status(self, conn: Any) -> QueueStatus:
        attrs = conn.getPrinterAttributes(self.queue, requested_attributes=PRINTER_ATTRS)
        return QueueStatus(
            self.queue,
            int(attrs.get("printer-state", 0)),
            reasons_tuple(attrs.get("printer-state-reasons")),
            str(attrs.get("printer-state-message", "")),
            bool(attrs.get("printer-is-accepting-jobs", False)),
        )

    def _submit(self, conn: Any, document: PrintDocument) -> int:
        fd, path = tempfile.mkstemp(prefix="kiosk-print-", suffix=".pdf")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(document.pdf)
            # cupsd copies the file into its spool before printFile returns, so it can go at once.
            return int(conn.printFile(self.queue, path, document.title, page_size_option(document)))
        finally:
            os.unlink(path)

    def _observe(self, conn: Any, job_id: int) -> Observation:
        job = conn.getJobAttributes(job_id, requested_attributes=JOB_ATTRS)
        status = self._status(conn)
        return Observation(status.state, status.reasons, status.message, int(job.get("job-state", 0)),
                           str(job.get("job-printer-state-message", "")),
                           reasons_tuple(job.get("job-state-reasons")))

    def _follow(self, conn: Any, job_id: int, started: float) -> PrintOutcome:
        follower = JobFollower(self.deadline_s, self.fault_grace_s)
        while True:
            elapsed = time.monotonic() - started
            try:
                obs = self._observe(conn, job_id)
            except (cups.IPPError, RuntimeError) as exc:
                # cupsd went away mid-job: nothing says the page came out.
                log.error("lost CUPS while following job %s: %s", job_id, exc)
                if elapsed >= self.deadline_s:
                    return self._outcome(PrintState.STUCK, "unreachable", str(job_id), f"lost cupsd: {exc}")
                time.sleep(self.poll_s)
                with contextlib.suppress(RuntimeError):
                    conn = cups.Connection()
                continue
            verdict = follower.observe(obs, elapsed)
            if verdict is not None:
                if verdict.cancel:
                    self._cancel(conn, job_id)
                detail = self._describe_observation(obs, follower.seen_warnings)
                return self._outcome(verdict.state, verdict.problem, str(job_id), detail, verdict)
            time.sleep(self.poll_s)

    def _cancel(self, conn: Any, job_id: int) -> None:
        try:
            conn.cancelJob(job_id)
        except (cups.IPPError, RuntimeError) as exc:
            log.error("could not cancel job %s on %s: %s", job_id, self.queue, exc)

    # --- messages -----------------------------------------------------------------------------

    def _describe(self, status: QueueStatus) -> str:
        return (f"printer-state={status.state} reasons={list(status.reasons)} "
                f"message={status.message!r} accepting={status.accepting}")

    def _describe_observation(self, obs: Observation, warnings: set[str]) -> str:
        text = (f"printer-state={obs.printer_state} reasons={list(obs.printer_reasons)} "
                f"message={obs.printer_message!r} job-state={obs.job_state} job-message={obs.job_message!r}")
        if warnings:
            text += f" warnings={sorted(warnings)}"
        return text

    def _outcome(self, state: PrintState, problem: str, job_id: str, detail: str,
                 verdict: Verdict | None = None) -> PrintOutcome:
        self._last = _LastJob(job_id, state.value, problem, time.monotonic())
        if state is PrintState.COMPLETED:
            tech = f"queue {self.queue}: job {job_id} completed; {detail}"
            return PrintOutcome(state, None, tech, job_id)
        cancelled = " (job cancelled by the terminal)" if verdict and verdict.cancel else ""
        tech = f"queue {self.queue}: {technician_explanation(problem)}{cancelled}; job {job_id or '-'}; {detail}"
        log.warning("print failed: %s", tech)
        return PrintOutcome(state, problem_of(problem), tech, job_id)

"""What each printer problem means to a technician (concrete steps, for logs and the status board).

The citizen's words for a problem are in the catalog (``print.problem.<problem>``), looked up by
the screen from ``PrintOutcome.problem``.
"""

from __future__ import annotations

from kiosk.messages import PrintProblem

TECHNICIAN: dict[PrintProblem, str] = {
    PrintProblem.MEDIA_EMPTY: "out of paper (media-empty): load paper",
    PrintProblem.MEDIA_JAM: "paper jam (media-jam): clear the jam, then cupsenable the queue",
    PrintProblem.OFFLINE: "printer offline (offline-report): check power and cable",
    PrintProblem.DOOR_OPEN: "door or cover open (door-open): close it",
    PrintProblem.COVER_OPEN: "cover open (cover-open): close it",
    PrintProblem.TONER_EMPTY: "toner empty (toner-empty): replace the cartridge",
    PrintProblem.MARKER_SUPPLY_EMPTY: "marker supply empty: replace the cartridge",
    PrintProblem.INPUT_TRAY_MISSING: "input tray missing: insert the tray",
    PrintProblem.OUTPUT_AREA_FULL: "output tray full: empty it",
    PrintProblem.PAUSED: "queue is paused (stopped): fix the cause, then cupsenable the queue",
    PrintProblem.REJECTING: "queue rejects jobs: cupsaccept the queue",
    PrintProblem.NO_QUEUE: "no such CUPS queue: check printing.queue in the config",
    PrintProblem.NO_SCHEDULER: "cannot connect to cupsd: run scripts/setup_cups.sh or start cupsd",
    PrintProblem.UNREACHABLE: "job made no progress before the deadline; job cancelled",
    PrintProblem.CANCELED: "job was cancelled outside the terminal",
    PrintProblem.ABORTED: "job aborted by CUPS or the printer driver",
    PrintProblem.ERROR: "printer reports an error",
    PrintProblem.NO_STATUS: "no reply to the ESC/POS status query (DLE EOT)",
    PrintProblem.UNCONFIRMED: "printer stopped answering after the job was sent",
    PrintProblem.RENDER: "document could not be rendered",
}

# Printer-state-reasons (without -error/-report/-warning) that stop paper from coming out.
BLOCKING = frozenset(
    {"media-empty", "media-needed", "media-jam", "offline", "door-open", "cover-open", "toner-empty",
     "marker-supply-empty", "input-tray-missing", "output-area-full", "interlock-open"}
)
ALIASES = {"media-needed": "media-empty", "interlock-open": "cover-open"}


def problem_of(key: str) -> PrintProblem:
    """A problem key from CUPS or the ESC/POS status (unknown keys are a generic printer fault)."""
    try:
        return PrintProblem(ALIASES.get(key, key))
    except ValueError:
        return PrintProblem.ERROR


def technician_explanation(problem: str) -> str:
    return TECHNICIAN[problem_of(problem)]

"""80 mm receipt printer spoken to directly in ESC/POS over TCP 9100: the only path that can ask the
printer about paper and online state. The receipt PDF is rasterised (same layout and fonts as on A4
paper, rare characters included) and sent as GS v 0 bands in which no real-time command can occur
(``escpos_raster``); status is queried before and after.
"""

from __future__ import annotations

import io
import logging
import subprocess
from typing import Any

from escpos.exceptions import DeviceNotFoundError
from escpos.printer import Network
from PIL import Image

from drivers.printing.escpos_raster import raster_commands
from drivers.printing.escpos_status import (
    QUERY_OFFLINE_CAUSE,
    QUERY_PAPER,
    QUERY_PRINTER,
    EscposStatus,
    Paper,
    decode_offline_cause,
    decode_online,
    decode_paper,
)
from drivers.printing.messages import problem_of, technician_explanation
from kiosk.ports import PrintDocument, PrintOutcome, PrintState

log = logging.getLogger(__name__)


def rasterise(pdf: bytes, width_dots: int, dpi: int = 203) -> Image.Image:
    """First page as a 1-bit image ``width_dots`` wide (pdftoppm from poppler-utils)."""
    # PGM on stdout: poppler 22 writes PNG output to a file named "-.png" instead of stdout.
    pgm = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", "-f", "1", "-l", "1", "-"],
        input=pdf, capture_output=True, timeout=20, check=True,
    ).stdout
    img = Image.open(io.BytesIO(pgm)).convert("L")
    if img.width != width_dots:
        img = img.resize((width_dots, round(img.height * width_dots / img.width)))
    return img.point(lambda v: 255 if v > 160 else 0).convert("1")


class EscposPrinter:
    def __init__(self, host: str, port: int = 9100, *, name: str = "receipt-printer",
                 timeout_s: float = 2.0, width_dots: int = 576) -> None:
        self.host = host
        self.port = port
        self.name = name
        self.timeout_s = timeout_s
        self.width_dots = width_dots  # 72 mm printable at 203 dpi on 80 mm paper

    def _device(self) -> Any:
        device = Network(self.host, self.port, timeout=self.timeout_s)
        # The default profile has no paper width, and python-escpos warns about it on every image.
        device.profile.profile_data.setdefault("media", {}).setdefault("width", {})["pixels"] = self.width_dots
        return device

    def _query(self, device: Any, query: bytes) -> bytes:
        try:
            reply: bytes = device.query_status(query)
            return reply
        except OSError:  # includes the socket timeout of a silent printer
            return b""

    def read_status(self, device: Any) -> EscposStatus:
        online = decode_online(self._query(device, QUERY_PRINTER))
        paper = decode_paper(self._query(device, QUERY_PAPER)) if online is not None else Paper.UNKNOWN
        causes = decode_offline_cause(self._query(device, QUERY_OFFLINE_CAUSE)) if online is False else None
        return EscposStatus(online, paper, causes)

    def status(self) -> EscposStatus:
        device = self._device()
        try:
            device.open()
        except DeviceNotFoundError:
            return EscposStatus(None, Paper.UNKNOWN)
        try:
            return self.read_status(device)
        finally:
            device.close()

    def self_test(self) -> tuple[bool, str, dict[str, Any]]:
        """Check the printer without printing: ask its status bytes (DLE EOT 1, 4, and 2 when offline)."""
        where = f"ESC/POS {self.host}:{self.port}"
        status = self.status()
        problem = status.problem()
        details: dict[str, Any] = {"address": f"{self.host}:{self.port}", "online": status.online,
                                   "paper": status.paper.value, "causes": sorted(status.causes or ())}
        if problem:
            details["problem"] = problem
            return False, f"{where}: {technician_explanation(problem)}; {status}", details
        near = "; paper near end" if status.paper is Paper.NEAR_END else ""
        return True, f"{where}: online, paper {status.paper.value}{near} (nothing printed)", details

    def print_test_page(self) -> tuple[bool, str, dict[str, Any]]:
        """Print the test page on receipt paper: the technician's explicit button."""
        from drivers.printing.test_page import render_test_page

        outcome = self.print_document(render_test_page(f"{self.host}:{self.port}"))
        message = "test page printed" if outcome.ok else outcome.technician_message
        return outcome.ok, message, {"address": f"{self.host}:{self.port}"}

    def print_document(self, document: PrintDocument) -> PrintOutcome:
        where = f"ESC/POS {self.host}:{self.port}"
        try:
            image = rasterise(document.pdf, self.width_dots)
        except (OSError, subprocess.SubprocessError) as exc:
            return self._failed(PrintState.FAILED, "error", f"{where}: pdftoppm failed: {exc}")
        device = self._device()
        try:
            device.open()
        except DeviceNotFoundError as exc:
            return self._failed(PrintState.FAILED, "offline", f"{where}: cannot connect: {exc}")
        try:
            before = self.read_status(device)
            problem = before.problem()
            if problem:
                return self._failed(PrintState.FAILED, problem, f"{where}: before printing {before}; nothing sent")
            try:
                # Not python-escpos's image(): its raster may hold DLE EOT n, which the printer answers.
                device._raw(raster_commands(image))
                device.cut()
            except OSError as exc:
                return self._failed(PrintState.FAILED, "offline", f"{where}: connection lost while sending: {exc}")
            after = self.read_status(device)
            problem = after.problem()
            if problem == "no-status":
                return self._failed(PrintState.STUCK, "unconfirmed", f"{where}: after printing {after}")
            if problem:
                return self._failed(PrintState.FAILED, problem, f"{where}: after printing {after}")
            warn = " (paper near end)" if Paper.NEAR_END in (before.paper, after.paper) else ""
            return PrintOutcome(PrintState.COMPLETED, None, f"{where}: printed{warn}; {after}")
        finally:
            device.close()

    def _failed(self, state: PrintState, problem: str, detail: str) -> PrintOutcome:
        tech = f"{technician_explanation(problem)}; {detail}"
        log.warning("receipt print failed: %s", tech)
        return PrintOutcome(state, problem_of(problem), tech)
